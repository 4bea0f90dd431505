"""Where the bundled, read-only resources live (article, plan, icons, desktop file).

From a checkout (and an editable install, what ``make run`` does) they are the
``resources/`` folder at the top of the repository, next to the package. A
regular install (``pip install .``, a wheel) has no checkout: the same files
are installed as data files under ``<prefix>/share/recovery-journal/resources``
(see ``[tool.setuptools.data-files]`` in pyproject.toml). The first of these
that holds the article wins; ``RECOVERY_JOURNAL_RESOURCES`` can point elsewhere
(a distribution's own layout).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from desktop import APP_NAME

SOURCE_RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
RESOURCES_ENV = "RECOVERY_JOURNAL_RESOURCES"
ICON_NAME = APP_NAME  # the freedesktop icon name, and the .desktop file's name
ICON_FILE = ("icons", f"{ICON_NAME}.svg")
DESKTOP_FILE = f"{APP_NAME}.desktop"


def installed_resources_dir(prefix: str | None = None) -> Path:
    return Path(prefix or sys.prefix) / "share" / APP_NAME / "resources"


def candidate_dirs() -> list[Path]:
    override = os.environ.get(RESOURCES_ENV)
    found = [Path(override)] if override else []
    return [*found, SOURCE_RESOURCES_DIR, installed_resources_dir()]


@cache
def resources_dir() -> Path:
    """The first candidate that holds the article (the one file every start needs)."""
    for candidate in candidate_dirs():
        if (candidate / "article.txt").is_file():
            return candidate
    return SOURCE_RESOURCES_DIR  # a clear "file not found" names the checkout's path


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def icon_path() -> Path:
    return resource_path(*ICON_FILE)


@cache
def article_text() -> str:
    """The article exactly as shipped: it is shown verbatim, never edited."""
    return resource_path("article.txt").read_text(encoding="utf-8")
