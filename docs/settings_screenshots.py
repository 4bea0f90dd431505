"""Screenshots of the Settings dialog, light and dark, through the app's own theme switch.

    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" .venv/bin/python docs/settings_screenshots.py

Saves ``docs/screenshots/settings.png`` and ``docs/screenshots/settings-dark.png``.
Settings go to a throw-away folder; nothing touches the user's own.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, save_png, settle, start_app  # noqa: E402 — the same start-up, theme and saving


def main() -> int:
    from desktop.ui.settings.dialog import SettingsDialog
    from desktop.ui.settings.preferences import Preferences, Theme
    from desktop.ui.settings.style import apply_theme

    with tempfile.TemporaryDirectory() as tmp:
        app = start_app(tmp)
        OUT.mkdir(parents=True, exist_ok=True)
        for name, theme in (("settings", Theme.LIGHT), ("settings-dark", Theme.DARK)):
            apply_theme(app, theme)
            shown = Preferences(first_day_of_week=Qt.DayOfWeek.Monday, reminders=True, theme=theme)
            dialog = SettingsDialog(None, shown, encrypted=True)
            dialog.show()
            settle(app)  # the new palette reaches the widgets through posted events
            save_png(dialog, OUT / f"{name}.png")
            dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
