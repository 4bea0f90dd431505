"""Where the checkout is, for tests that read its files (resources, translations, the package)."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
