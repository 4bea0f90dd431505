"""Edit ▸ Settings…: the dialog shows each change live, saves what she chose, and applies it without a restart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.ui.settings.preferences import Preferences, load_preferences, save_preferences


def edit_preferences(
    parent: QWidget, settings: QSettings, *, encrypted: bool, apply: Callable[[Preferences], None]
) -> Preferences | None:
    """What she chose (saved and applied), or None when she cancelled (the dialog put the old values back)."""
    from desktop.ui.settings.dialog import SettingsDialog

    current = load_preferences(settings)
    chosen = SettingsDialog.get_preferences(parent, current, encrypted=encrypted, preview=apply)  # live; Cancel restores
    if chosen is None:
        return None
    save_preferences(chosen, settings)
    apply(chosen)
    return chosen
