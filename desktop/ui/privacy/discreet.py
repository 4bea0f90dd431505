"""Discreet mode: one click hides what a glance over her shoulder could read.

Off by default. When on, the header, reminders, the tray and calendar files name
no milestone ("Milestone", "Recovery Journal"), and the window's content is
blurred whenever the window loses focus to another window (another app in
front, a colleague walking by while she switches away), and clear again when
she comes back; her own dialogs over the window (Settings, Change…) leave it clear.

This object only holds the state (remembered in the settings, as a preference:
it says nothing of her journal) and the blur; the window asks ``is_on`` when it
words the header, and listens to ``changed``.
"""

from __future__ import annotations

from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QGraphicsBlurEffect, QMainWindow, QWidget

from desktop.ui.settings.preferences import DISCREET_KEY, load_preferences, make_settings_private, read_flag

BLUR_RADIUS = 28.0  # enough that no word of the note or the milestones can be made out


class HeaderSource(Protocol):
    """What words the header (the journal session): told what she chose it may say."""

    def header(self, *, show_next: bool = True, discreet: bool = False) -> str: ...


def header_line(source: HeaderSource, settings: QSettings) -> str:
    """The header as she chose it: the day and the next milestone only if she asked (Settings), none in discreet mode."""
    chosen = load_preferences(settings)
    return source.header(show_next=chosen.show_next_in_header, discreet=chosen.discreet)


class DiscreetMode(QObject):
    """The View menu's "Discreet mode" check box, its setting, and the blur while the window is not in front."""

    changed = Signal(bool)

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._covered: QWidget | None = None
        self.action = QAction(self.tr("&Discreet mode"), self)
        self.action.setCheckable(True)
        self.action.setStatusTip(self.tr("Neutral titles, and the window blurred when you switch away"))
        self.action.setChecked(self.is_on())
        self.action.toggled.connect(self.set_on)
        window.installEventFilter(self)

    def is_on(self) -> bool:
        return read_flag(self._settings, DISCREET_KEY)

    def set_on(self, on: bool) -> None:
        """Saved at once (one click, remembered), and everything that words the plan follows."""
        self._settings.setValue(DISCREET_KEY, on)
        self._settings.sync()
        make_settings_private(self._settings)
        self.follow_settings()

    def follow_settings(self) -> None:
        """The settings dialog may have changed it: the check box, the blur and the listeners follow."""
        on = self.is_on()
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        if not on:
            self.uncover()
        elif self._window.isVisible() and not self._window.isActiveWindow():
            self.cover()
        self.changed.emit(on)

    # -- the blur ----------------------------------------------------------------------

    @property
    def is_covered(self) -> bool:
        return self._covered is not None and shiboken6.isValid(self._covered)

    def cover(self) -> None:
        """Blur the window's content (whatever page it shows: the journal or the lock page)."""
        widget = self._window.centralWidget()
        if widget is None or self.is_covered:
            return
        effect = QGraphicsBlurEffect(widget)
        effect.setBlurRadius(BLUR_RADIUS)
        effect.setBlurHints(QGraphicsBlurEffect.BlurHint.PerformanceHint)
        widget.setGraphicsEffect(effect)
        self._covered = widget

    def uncover(self) -> None:
        if self.is_covered:
            assert self._covered is not None
            self._covered.setGraphicsEffect(None)  # type: ignore[arg-type]  # Qt deletes the effect
        self._covered = None

    def _after_deactivation(self) -> None:
        """Blur unless what took the focus is one of her own dialogs over this window (Settings, Change…)."""
        if not self.is_on() or self._window.isActiveWindow():
            return
        active = QApplication.activeWindow()
        while active is not None and active is not self._window:
            active = active.parentWidget()
        if active is None:
            self.cover()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window:
            if event.type() == QEvent.Type.WindowDeactivate and self.is_on():
                QTimer.singleShot(0, self, self._after_deactivation)  # once the new window is active
            elif event.type() == QEvent.Type.WindowActivate:
                self.uncover()
        return False
