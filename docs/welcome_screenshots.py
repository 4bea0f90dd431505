"""Screenshots of the first-run welcome and of Help → Keyboard shortcuts.

    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" .venv/bin/python docs/welcome_screenshots.py [--dark] [--out DIR]

Opens the real window on a throw-away, empty journal (so the welcome is offered
as on a first start) and saves ``welcome-1.png`` … ``welcome-3.png`` (one per
page) and ``shortcuts.png`` into DIR (default /tmp), with a ``-dark`` suffix in
dark mode. ``make screenshots`` writes them to ``docs/screenshots/welcome/`` for the README.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWizard

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import TODAY, save_png, settle, start_app  # noqa: E402 — the same start-up, theme and saving


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("/tmp"))
    args = parser.parse_args()
    suffix = "-dark" if args.dark else ""

    from desktop.ui.app import build_window
    from desktop.ui.window.first_run import FirstRunWizard
    from desktop.ui.window.shortcuts_dialog import ShortcutsDialog

    with tempfile.TemporaryDirectory() as tmp:
        app = start_app(tmp, dark=args.dark)
        window = build_window(Path(tmp) / "data", lambda: TODAY)
        window.resize(1280, 800)
        window.show()
        window.load()
        settle(app)
        wizard = window.findChild(FirstRunWizard)
        assert wizard is not None and wizard.isVisible(), "the welcome was not offered"
        args.out.mkdir(parents=True, exist_ok=True)
        for page in (1, 2, 3):
            if page == 3:
                wizard.dates_page.miscarriage.setDate(QDate(2026, 11, 20))
            settle(app)
            save_png(wizard, args.out / f"welcome-{page}{suffix}.png")
            if page < 3:
                wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.reject()
        settle(app)
        dialog = ShortcutsDialog(window, window.registry)
        dialog.show()
        settle(app)
        save_png(dialog, args.out / f"shortcuts{suffix}.png")
        dialog.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
