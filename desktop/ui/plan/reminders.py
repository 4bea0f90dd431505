"""Opt-in reminders on milestone days, and the tray icon that carries them.

Off by default: nothing is shown that she did not ask for. When on, each
milestone that falls on today (a date from the article, her doctor or her own,
a window's end, a to-do's due date) is announced once, quietly: through the
system tray's notification when the desktop has a tray, else in a small
dismissible banner in the window. What was announced is remembered in the
journal itself, by date and milestone key (``Journal.mark_reminder_shown``),
so a restart the same day does not repeat it. Never in the settings file: it
is not encrypted, and a date there ("shown on 2026-01-31: sex-earliest")
gives away day 0. Older versions kept it there; it is moved into the journal
and removed from the settings on the first start.

While the window is locked nothing of the journal is shown: a tray notification
says only that there is a reminder for today, and the reminder itself waits
until she unlocks (in-window, the lock page shows nothing at all).

With a tray, and "minimise to the tray" on, closing the window hides it instead
of quitting; the tray's menu has Show and Quit. Made after the journal opens
(the tray and its timer are not needed for the first paint).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

from desktop import APP_DISPLAY_NAME
from desktop.guidance import Kind, Milestone, Status
from desktop.guidance.engine import OVERRIDE_TARGET
from desktop.store.errors import JournalError
from desktop.store.records import Appointment
from desktop.ui.plan.appointments import appointment_key, appointment_reminder_text, appointments_due
from desktop.ui.privacy.lock import LockController
from desktop.ui.settings.i18n import wording
from desktop.ui.settings.preferences import REMINDERS_KEY, load_preferences, make_settings_private, read_flag


class ShownStore(Protocol):
    """Where the journal remembers which reminders were announced (the window's session)."""

    def reminder_shown(self, key: str, day: date) -> bool: ...

    def mark_reminder_shown(self, key: str, day: date) -> None: ...


CHECK_INTERVAL_MS = 5 * 60_000  # a new day, or a milestone added for today, is noticed within minutes
SHOWN_GROUP = "reminders/shown"  # where older versions kept reminders/shown/<YYYY-MM-DD>/<key>: moved to the journal
NOTIFICATION_MS = 15_000
CONTEXT = "Reminders"

# Milestones she records herself, not dates to be reminded of.
NOT_REMINDED = frozenset({"first-period"})


# Literal ``translate("Reminders", "…")`` calls: lupdate does not see through a wrapper function.
translate = QCoreApplication.translate


def locked_text() -> str:
    """All a notification may say while the window is locked."""
    return translate("Reminders", "Recovery Journal has a reminder for today")


@dataclass(frozen=True)
class Reminder:
    key: str
    text: str


def reminders_for(milestones: Sequence[Milestone], day: date, *, discreet: bool = False) -> list[Reminder]:
    """What falls on ``day``: single dates, open to-dos due, and windows that end (unless their date says it).

    ``discreet``: each says only that a milestone falls today (discreet mode: a notification shows over anything).
    """
    dated_today = {m.key for m in milestones if m.kind is Kind.DATE and m.start == day}
    due: list[Reminder] = []
    words = wording()
    for milestone in milestones:
        if milestone.key in NOT_REMINDED or milestone.is_estimate:
            continue
        if milestone.kind is Kind.DATE:
            falls = milestone.start == day
        elif milestone.kind is Kind.TODO:
            falls = milestone.status is not Status.DONE and milestone.due == day
        elif milestone.kind is Kind.WINDOW:  # "three weeks are over" is the earliest date itself: say it once
            falls = milestone.end == day and OVERRIDE_TARGET.get(milestone.key) not in dated_today
        else:
            falls = False
        if falls:
            due.append(Reminder(milestone.key, words.reminder(milestone, discreet=discreet)))
    return due


def appointment_reminders(appointments: Sequence[Appointment], day: date, *, discreet: bool = False) -> list[Reminder]:
    """An appointment booked for ``day``: its time, what it is and where (discreet: its time only)."""
    return [
        Reminder(appointment_key(a), appointment_reminder_text(a, discreet=discreet))
        for a in appointments_due(appointments, day)
    ]


class ShownReminders:
    """Which reminders were announced on a day: asked of, and told to, the open journal.

    A journal that cannot answer (closed, busy) is not an error worth showing:
    the reminder waits for the next check, or (when it cannot be noted) may
    come once more after a restart.
    """

    def __init__(self, journal: Callable[[], ShownStore | None]) -> None:
        self._journal = journal

    def was_shown(self, day: date, key: str) -> bool:
        journal = self._journal()
        return journal is not None and journal.reminder_shown(key, day)

    def mark_shown(self, day: date, keys: Sequence[str]) -> None:
        journal = self._journal()
        if journal is None:
            return
        try:
            for key in keys:
                journal.mark_reminder_shown(key, day)
        except JournalError:
            pass

    def move_from_settings(self, settings: QSettings) -> bool:
        """Move an older version's bookkeeping out of the settings file; True once none is left there."""
        journal = self._journal()
        if journal is None:
            return False
        settings.beginGroup(SHOWN_GROUP)
        try:
            anything = bool(settings.allKeys())
            for day_text in sorted(settings.childGroups()):
                settings.beginGroup(day_text)
                keys = [key for key in settings.childKeys() if read_flag(settings, key)]
                settings.endGroup()
                try:
                    day = date.fromisoformat(day_text)
                except ValueError:
                    continue  # a garbled group: nothing to keep, removed below
                for key in keys:
                    journal.mark_reminder_shown(key, day)
        except JournalError:
            return False  # try again later; the settings keep it until the journal has it
        finally:
            settings.endGroup()
        if anything:
            settings.remove(SHOWN_GROUP)
            settings.sync()
            make_settings_private(settings)
        return True


class ReminderBanner(QFrame):
    """The in-window notice when there is no tray: quiet, above the calendar, dismissed with one click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#reminderBanner { border: 1px solid palette(mid); border-radius: 6px; padding: 4px; }"
        )
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class Reminders(QObject):
    """Checks for today's reminders (at start, every few minutes, on unlock) and shows them once.

    ``today`` is the window's clock; ``milestones`` returns the current plan;
    ``journal`` returns the open journal (None while none is open), which remembers
    what was shown; ``tray_available`` is asked before a tray icon is made (default:
    does the desktop have a tray now).
    """

    notified = Signal(str)  # the text shown (tray or banner); nothing while nothing is shown
    quit_requested = Signal()  # the tray's Quit

    def __init__(
        self,
        window: QMainWindow,
        *,
        today: Callable[[], date],
        milestones: Callable[[], Sequence[Milestone]],
        journal: Callable[[], ShownStore | None],
        lock: LockController,
        settings: QSettings,
        tray_available: Callable[[], bool] | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        appointments: Callable[[], Sequence[Appointment]] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._today = today
        self._milestones = milestones
        self._appointments = appointments or (lambda: [])
        self._lock = lock
        self._settings = settings
        self._tray_available = tray_available
        self._shown = ShownReminders(journal)
        self._settings_moved = self._shown.move_from_settings(settings)
        self._locked_notice_day: date | None = None
        self._session_ending = False
        self.tray: QSystemTrayIcon | None = None
        self.banner = ReminderBanner()

        self.action = QAction(self.tr("Remind me on &milestone days"), self)
        self.action.setCheckable(True)
        self.action.setChecked(self.enabled())
        self.action.toggled.connect(self.set_enabled)

        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        lock.unlocked.connect(self.check)
        window.installEventFilter(self)  # shown again (Show, a second launch): closing quits again
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.commitDataRequest.connect(self.session_ending)

    # -- the preference ------------------------------------------------------------

    def enabled(self) -> bool:
        return load_preferences(self._settings).reminders

    def set_enabled(self, on: bool) -> None:
        """The menu's check box: saved at once, and a reminder due today shows at once."""
        self._settings.setValue(REMINDERS_KEY, on)
        self._settings.sync()
        make_settings_private(self._settings)
        self._sync_action()
        self.check()

    def _sync_action(self) -> None:
        """The settings dialog may have changed the preference since."""
        self.action.blockSignals(True)
        self.action.setChecked(self.enabled())
        self.action.blockSignals(False)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.action)
        menu.aboutToShow.connect(self._sync_action)

    # -- checking ------------------------------------------------------------------

    def check(self) -> list[str]:
        """Announce what falls on today and was not announced yet; returns the keys announced."""
        if not self._settings_moved:
            self._settings_moved = self._shown.move_from_settings(self._settings)
        if not self.enabled():
            self._drop_tray()
            self.banner.hide()
            return []
        self._ensure_tray()
        day = self._today()
        try:
            discreet = load_preferences(self._settings).discreet
            found = reminders_for(self._milestones(), day, discreet=discreet) + appointment_reminders(
                self._appointments(), day, discreet=discreet
            )
            due = [r for r in found if not self._shown.was_shown(day, r.key)]
        except JournalError:  # busy or closed: the next check (in minutes, or on unlock) tries again
            return []
        if not due:
            return []
        if self._lock.is_locked:
            self._notify_while_locked(day)
            return []  # the reminder itself waits for unlock
        text = "\n".join(dict.fromkeys(reminder.text for reminder in due))  # discreet: one line, not one per milestone
        if self.tray is not None:
            self.tray.showMessage(APP_DISPLAY_NAME, text, self._icon(), NOTIFICATION_MS)
        else:
            self.banner.show_text(text)
        keys = [reminder.key for reminder in due]
        self._shown.mark_shown(day, keys)
        self.notified.emit(text)
        return keys

    def _notify_while_locked(self, day: date) -> None:
        if self.tray is None or self._locked_notice_day == day:
            return
        self._locked_notice_day = day
        self.tray.showMessage(APP_DISPLAY_NAME, locked_text(), self._icon(), NOTIFICATION_MS)
        self.notified.emit(locked_text())

    # -- the tray ------------------------------------------------------------------

    def _icon(self) -> QIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():  # before the app's icon is set (it waits for the first paint), or in tests
            from desktop.resources import icon_path

            icon = QIcon(str(icon_path()))
        return icon

    def _ensure_tray(self) -> None:
        available = self._tray_available or QSystemTrayIcon.isSystemTrayAvailable
        if self.tray is not None or not available():
            return
        tray = QSystemTrayIcon(self._icon(), self)
        tray.setToolTip(APP_DISPLAY_NAME)  # never anything of the journal
        menu = QMenu(self._window)
        show = menu.addAction(self.tr("Show Recovery Journal"))
        menu.addSeparator()
        quit_ = menu.addAction(self.tr("Quit"))
        show.triggered.connect(self.show_window)
        quit_.triggered.connect(self.quit_requested)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_activated)
        tray.show()
        self.tray = tray

    def _drop_tray(self) -> None:
        if self.tray is None:
            return
        self.tray.hide()
        self.tray.deleteLater()
        self.tray = None
        if not self._window.isVisible():
            self.show_window()  # never leave her with a hidden window and no tray to bring it back

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        from desktop.ui.widgets.on_screen import bring_forward

        bring_forward(self._window)

    # -- closing to the tray -------------------------------------------------------

    def session_ending(self) -> None:
        """Logging out closes every window; hiding instead would hold up (or cancel) the logout."""
        self._session_ending = True

    def keeps_running_in_tray(self) -> bool:
        """Close hides instead of quitting: both preferences on and a tray to come back from."""
        if self._session_ending:
            return False
        preferences = load_preferences(self._settings)
        return (
            preferences.reminders and preferences.minimise_to_tray and self.tray is not None and self.tray.isVisible()
        )

    def hide_to_tray(self) -> None:
        QApplication.setQuitOnLastWindowClosed(False)  # a dialog closing while hidden must not end the app
        self._window.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() == QEvent.Type.Show:
            QApplication.setQuitOnLastWindowClosed(True)
        return False
