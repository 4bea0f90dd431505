"""Lock the window: "Lock now" (Ctrl+L) and auto-lock after a quiet spell.

While locked nothing of the journal is visible: the window's central widget
is taken out and replaced by a lock page, docks, toolbars, the menu bar and
the status bar are hidden, open dialogs are closed, and the window title,
tooltip and tray text become neutral. Unlocking needs the passphrase when
the journal has one (checked against the file on the read lane of the
window's task runner, beside any long export, never kept here), else Enter
or a button press.

Works on any QMainWindow, so the main window and the tests use it the same way::

    lock = LockController(window, check=lambda p: verify_passphrase(path, p),
                          idle_timeout_ms=5 * 60_000)
    journal_menu.addAction(lock.lock_action)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_DISPLAY_NAME
from desktop.ui.privacy.passphrase_field import PassphraseField, busy_bar, comfortable_width
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP
from desktop.ui.tasks import Lane, TaskRunner

LOCKED_TITLE_TEXT = QT_TRANSLATE_NOOP("LockController", "{app} — locked")  # the tray's tooltip, through tr()
# The window's title: the window system adds " — Recovery Journal" itself (the application's
# display name), so "{app} — locked" showed as "Recovery Journal — locked — Recovery Journal".
LOCKED_TITLE = QT_TRANSLATE_NOOP("LockController", "Locked")  # shown through tr()
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("LockController", "Wrong passphrase. Please try again.")  # shown through tr()
CAPS_LOCK_ON = QT_TRANSLATE_NOOP("LockPage", "Caps Lock is on.")  # shown through tr()

# What counts as her using the app: input, not timers or repaints.
USER_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def idle_timeout_ms(minutes: int | None) -> int | None:
    """The setting (whole minutes; 0 or None = never) as the controller's milliseconds."""
    return minutes * 60_000 if minutes else None


class LockPage(QWidget):
    """What the window shows while locked: the app's name, and a way back in.

    With a passphrase the focus waits in its field and Enter unlocks; without
    one the focus is on Unlock and Enter (or Space) unlocks at once. While the
    passphrase is checked the field is read-only and a busy bar moves.
    """

    unlock_requested = Signal(str)

    def __init__(self, needs_passphrase: bool) -> None:
        super().__init__()
        self.setObjectName("lockPage")
        self.needs_passphrase = needs_passphrase
        self.heading = QLabel(self.tr("{app} is locked.").format(app=APP_DISPLAY_NAME))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        # one column, as wide as about 30 letters: the field was squeezed to its hint (≈150 px)
        # and the problem's frame spread over the whole window (seen under Xvfb at 1280×800)
        column = max(320, comfortable_width(self, 30).width())
        self.passphrase.setFixedWidth(column)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.caps_lock = _centred_note(self.tr(CAPS_LOCK_ON), "hint")
        self.busy = busy_bar(self.tr("Checking the passphrase…"))
        self.busy.setMaximumWidth(column)
        self.problem = _centred_note("", "problem")
        self.problem.setFixedWidth(column)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caps_lock)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.problem, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        # only once it has a parent: shown before, it would open as a window of its own and take the keyboard
        self.passphrase.setHidden(not needs_passphrase)
        self.unlock_button.clicked.connect(self._request)
        self.passphrase.returnPressed.connect(self._request)
        self.passphrase.caps_lock_changed.connect(self.caps_lock.setVisible)
        self._checking = False

    def focus_first(self) -> None:
        """Where her first key should go: the passphrase field, or Unlock when there is none."""
        (self.passphrase if self.needs_passphrase else self.unlock_button).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter anywhere on the page unlocks (a QPushButton default works only inside a dialog)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._request()
            return
        super().keyPressEvent(event)

    def _request(self) -> None:
        if self._checking:
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        self.unlock_requested.emit(text)

    @property
    def checking(self) -> bool:
        return self._checking

    def set_checking(self, checking: bool) -> None:
        """Read-only, not disabled: a disabled field would lose the focus, and her next Enter with it."""
        self._checking = checking
        self.passphrase.setReadOnly(checking)
        self.unlock_button.setEnabled(not checking)
        self.busy.setVisible(checking)
        if checking:
            self.problem.hide()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.focus_first()


def _centred_note(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.hide()
    return label


class LockController(QObject):
    """Locks ``window`` on demand (``lock_action``, Ctrl+L) and after ``idle_timeout_ms`` without input.

    ``check`` verifies a passphrase (None: the journal has none, unlock is a button).
    ``about_to_lock`` lets the window save the day's note first; ``unlocked`` follows a good unlock.
    """

    about_to_lock = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        *,
        check: Callable[[str], bool] | None = None,
        idle_timeout_ms: int | None = None,
        tray: QSystemTrayIcon | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._check = check
        self._tray = tray
        self._page: LockPage | None = None
        self._content: QWidget | None = None
        self._saved_title = ""
        self._saved_tooltip = ""
        self._saved_tray_tooltip = ""
        self._hidden: list[QWidget] = []
        # the window's runner, read lane: checking the key beside a long export, never behind it
        self._runner = runner or TaskRunner(window, show_progress=False)

        self.lock_action = QAction(self.tr("&Lock now"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)  # works while the menu bar is hidden

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self._filtering = False
        self.set_idle_timeout(idle_timeout_ms)

    # -- settings ------------------------------------------------------------------

    def set_idle_timeout(self, milliseconds: int | None) -> None:
        """Auto-lock after this long without input; None or 0 turns auto-lock off."""
        self._idle_ms = milliseconds or None
        self._watch_input(self._idle_ms is not None)
        if self._idle_ms is None:
            self.idle_timer.stop()
        else:
            self.idle_timer.setInterval(self._idle_ms)
            if not self.is_locked:
                self.idle_timer.start()

    def _watch_input(self, watch: bool) -> None:
        """The application-wide filter sees every event, so it is installed only while auto-lock is on."""
        app = QApplication.instance()
        if app is None or watch == self._filtering:
            return
        if watch:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = watch

    def set_check(self, check: Callable[[str], bool] | None) -> None:
        """After a passphrase is set or removed, unlocking follows suit."""
        self._check = check

    @property
    def is_locked(self) -> bool:
        return self._page is not None

    # -- idle detection ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in USER_INPUT_EVENTS and self._idle_ms is not None and not self.is_locked:
            self.idle_timer.start()  # restart the quiet-spell count
        return False

    # -- lock and unlock -----------------------------------------------------------

    def lock(self) -> None:
        if self.is_locked:
            return
        self.about_to_lock.emit()
        self.idle_timer.stop()
        self._close_dialogs()
        self._saved_title = self.window.windowTitle()
        self._saved_tooltip = self.window.toolTip()
        locked_title = self.tr(LOCKED_TITLE_TEXT).format(app=APP_DISPLAY_NAME)
        self.window.setWindowTitle(self.tr(LOCKED_TITLE))
        self.window.setToolTip("")
        if self._tray is not None:
            self._saved_tray_tooltip = self._tray.toolTip()
            self._tray.setToolTip(locked_title)
        self._hidden = [
            w
            for w in (
                self.window.menuBar(),
                *self.window.findChildren(QDockWidget),
                *self.window.findChildren(QToolBar),
            )
            if w.isVisible()
        ]
        if self.window.statusBar().isVisible():
            self.window.statusBar().clearMessage()
            self._hidden.append(self.window.statusBar())
        for widget in self._hidden:
            widget.hide()
        self._content = self.window.takeCentralWidget()
        if self._content is not None:
            self._content.hide()
            self._content.setParent(self.window)  # kept alive, hidden, until unlock
            self._content.hide()
        self._page = LockPage(needs_passphrase=self._check is not None)
        self._page.unlock_requested.connect(self._check_in_background)
        self.window.setCentralWidget(self._page)
        self._page.show()  # at once, not on the layout's next turn
        self._page.focus_first()
        self.locked.emit()

    def try_unlock(self, passphrase: str = "") -> bool:
        """Unlock when the passphrase is right (or none is needed); say so plainly when it is not.

        Checks on the calling thread; the lock page itself goes through
        ``_check_in_background``, so the window keeps painting while the key is derived.
        """
        if self._page is None:
            return True
        if self._check is not None and not self._check(passphrase):
            self._page.show_problem(self.tr(WRONG_PASSPHRASE))
            return False
        self._unlock()
        return True

    def _check_in_background(self, passphrase: str) -> None:
        """What Enter or Unlock on the page does: the check on the worker, a busy bar meanwhile."""
        page, check = self._page, self._check
        if page is None:
            return
        if check is None:
            self._unlock()
            return
        page.set_checking(True)
        self._runner.run(
            self.tr("Checking the passphrase…"),
            lambda: check(passphrase),
            on_done=lambda right: self._checked(page, bool(right)),
            on_error=lambda message: self._checked(page, False, message),
            quiet=True,  # the page's own busy bar is the sign: no pop-up over it
            lane=Lane.READ,
        )

    def _checked(self, page: LockPage, right: bool, error: str | None = None) -> None:
        if page is not self._page:
            return  # unlocked some other way meanwhile
        page.set_checking(False)
        if right:
            self._unlock()
        elif error is not None:
            page.show_problem(self.tr("The passphrase could not be checked: {message}. Please try again.").format(message=error))
        else:
            page.show_problem(self.tr(WRONG_PASSPHRASE))

    def _unlock(self) -> None:
        page = self.window.takeCentralWidget()
        if page is not None:
            page.deleteLater()
        self._page = None
        if self._content is not None:
            self.window.setCentralWidget(self._content)
            self._content.show()
            self._content = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.window.setWindowTitle(self._saved_title)
        self.window.setToolTip(self._saved_tooltip)
        if self._tray is not None:
            self._tray.setToolTip(self._saved_tray_tooltip)
        if self._idle_ms is not None:
            self.idle_timer.start()
        self.unlocked.emit()

    def _close_dialogs(self) -> None:
        """A dialog left open (a note, a date) would show journal content over the lock page."""
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if _belongs_to(widget, self.window):
                if isinstance(widget, QDialog):
                    widget.reject()
                else:
                    widget.hide()


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False
