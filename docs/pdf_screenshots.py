"""The PDF summary for a gynecologist visit, page by page, as pictures (needs ``pdftoppm``, from poppler-utils).

    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" .venv/bin/python docs/pdf_screenshots.py [--pages N]

Exports the same throw-away journal as the journal pictures (notes included)
through the exchange module that File ▸ Export… and ``recovery-journal export pdf``
use, then turns its first N pages into ``docs/screenshots/pdf/page-<n>.png``
with ``pdftoppm -png -r 60``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from journal_screenshots import seed  # noqa: E402 — the journal the other pictures show
from screenshots import OUT, TODAY, save_png, start_app  # noqa: E402 — the same start-up and saving


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=3, help="how many pages to keep (the README shows the first ones)")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdf_screenshots: pdftoppm is missing (apt-get install poppler-utils)", file=sys.stderr)
        return 1

    from desktop.exchange.formats import export_to
    from desktop.exchange.options import ExportOptions
    from desktop.store import open_journal

    with tempfile.TemporaryDirectory() as tmp:
        start_app(tmp)
        pdf = Path(tmp) / "summary.pdf"
        with open_journal(Path(tmp) / "journal.sqlite3") as journal:
            seed(journal)
            export_to("pdf", journal, pdf, ExportOptions(today=TODAY, include_notes=True))
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-l", str(args.pages), str(pdf), str(Path(tmp) / "page")], check=True
        )
        out = OUT / "pdf"
        for old in out.glob("page-*.png"):
            old.unlink()  # a shorter summary leaves no page of the last one behind
        for number, page in enumerate(sorted(Path(tmp).glob("page-*.png")), 1):
            save_png(QImage(str(page)), out / f"page-{number}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
