"""Take the README's screenshots of the real window (run under xvfb-run; see docs/README section).

    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" .venv/bin/python docs/screenshots.py

Each scenario seeds a throw-away journal, opens the real main window, and saves
``docs/screenshots/<name>.png``. Nothing touches the user's own journal.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent / "screenshots"
TODAY = date(2026, 11, 25)


def start_app(settings_dir: str, *, dark: bool = False, font_size: float = 0) -> QApplication:
    """The real application with throw-away settings, in the app's own light or dark theme.

    Dark goes through ``apply_theme`` (what Edit → Settings does), so the pictures show
    what she sees, not a palette of the script's own.
    """
    from desktop.ui.app import create_application
    from desktop.ui.settings.preferences import THEME_KEY, Theme
    from desktop.ui.settings.style import apply_theme

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = create_application()
    theme = Theme.DARK if dark else Theme.LIGHT
    QSettings().setValue(THEME_KEY, theme.value)  # the window applies the saved theme when it is built
    apply_theme(app, theme)
    if font_size:
        font = QFont(app.font())
        font.setPointSizeF(font_size)
        app.setFont(font)
    return app


def seed(data_dir: Path, days_ago: int | None) -> None:
    from desktop.paths import journal_path
    from desktop.store import DayRecord, open_journal

    with open_journal(journal_path(data_dir)) as journal:
        if days_ago is None:
            return
        loss = TODAY - timedelta(days=days_ago)
        journal.add_event("miscarriage", loss - timedelta(days=2))
        journal.add_event("procedure", loss, "Day clinic")
        for offset in (1, 2, 4, 7, 9, 12, 16, 19):
            day = loss + timedelta(days=offset)
            if day <= TODAY:
                journal.save_entry(day, "Slept a little better. A short walk in the afternoon.")
        for offset, bleeding, pain in ((1, "medium", 4), (2, "light", 3), (3, "spotting", 2), (6, "spotting", 1)):
            day = loss + timedelta(days=offset)
            if day <= TODAY:
                current = journal.entry(day)
                journal.save_day(DayRecord(day, current.text if current else "", bleeding, pain, 36.8))
        if days_ago > 60:
            journal.add_event("period", loss + timedelta(days=33))
            journal.add_event("consultation", loss + timedelta(days=150), "Dr. Novak")
            journal.save_entry(TODAY - timedelta(days=3), "Quiet day.")
        journal.save_entry(TODAY, "Tea with my sister. It helped to talk.")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("--days-ago", type=int, default=None, help="procedure this many days before 2026-11-25")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--font-size", type=float, default=0)
    parser.add_argument("--select", default="", help="milestone key to select")
    args = parser.parse_args()


    with tempfile.TemporaryDirectory() as tmp:
        app = start_app(tmp, dark=args.dark, font_size=args.font_size)
        data_dir = Path(tmp) / "data"
        seed(data_dir, args.days_ago)
        from desktop.ui.app import build_window

        window = build_window(data_dir, lambda: TODAY)
        window.resize(1280, 800)
        window.show()
        window.load()
        if args.select:
            window.milestones.select_key(args.select)
        for _ in range(5):
            app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        target = OUT / f"{args.name}.png"
        window.grab().save(str(target))
        window.close()
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
