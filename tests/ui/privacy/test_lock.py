"""The lock controller on a bare QMainWindow: nothing of the journal shows while locked."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import APP_DISPLAY_NAME
from desktop.ui.privacy.lock import LOCKED_TITLE, LockController, LockPage, idle_timeout_ms
from tests.keyboard_driver import clipped_texts, focused, press, show_active, type_keys

SECRET = "Bleeding stopped today; feeling lighter"
PASSPHRASE = "moss on the north side"
TITLE = "Recovery Journal — 12 days since the procedure"


def build_window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle(TITLE)
    window.setToolTip(SECRET)
    body = QWidget()
    layout = QVBoxLayout(body)
    note = QTextEdit(SECRET)
    note.setObjectName("note")
    note.setToolTip(SECRET)
    layout.addWidget(note)
    layout.addWidget(QLabel(SECRET))
    window.setCentralWidget(body)
    dock = QDockWidget("Milestones", window)
    dock.setWidget(QLabel(SECRET))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.menuBar().addMenu("&Journal")
    window.statusBar().showMessage(SECRET)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_texts(window: QMainWindow) -> list[str]:
    """Every string a visible widget of the window would show: text, title, tooltip, status."""
    texts = [window.windowTitle(), window.toolTip(), window.statusBar().currentMessage()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        texts.append(widget.windowTitle())
        for attribute in ("text", "toPlainText", "title"):
            value = getattr(widget, attribute, None)
            if callable(value):
                try:
                    result = value()
                except TypeError:
                    continue
                if isinstance(result, str):
                    texts.append(result)
    return texts


@pytest.fixture
def window(qtbot: QtBot):  # type: ignore[no-untyped-def]
    return build_window(qtbot)


def test_lock_hides_everything_and_unlock_with_the_passphrase_restores_it(qtbot: QtBot, window: QMainWindow) -> None:
    controller = LockController(window, check=lambda p: p == PASSPHRASE)
    note = window.findChild(QTextEdit, "note")
    assert any(SECRET in t for t in visible_texts(window))

    controller.lock()

    assert controller.is_locked
    assert window.windowTitle() == LOCKED_TITLE
    assert APP_DISPLAY_NAME not in window.windowTitle()  # the window system adds it: never twice in the title bar
    assert not note.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(SECRET in t for t in visible_texts(window))
    assert not any("procedure" in t for t in visible_texts(window))
    page = window.centralWidget()
    assert page.objectName() == "lockPage" and page.isVisible()

    assert not controller.try_unlock("wrong one")
    assert controller.is_locked and not note.isVisible()
    assert page.problem.isVisible() and "Wrong passphrase" in page.problem.text()

    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)  # checked on the worker

    assert not controller.is_locked
    assert window.windowTitle() == TITLE
    assert note.isVisible() and note.toPlainText() == SECRET
    assert window.centralWidget() is note.parentWidget()
    assert window.menuBar().isVisible()


def test_lock_without_a_passphrase_still_hides_and_unlocks_with_a_button(qtbot: QtBot, window: QMainWindow) -> None:
    controller = LockController(window, check=None)
    controller.lock()
    page = window.centralWidget()
    assert not page.passphrase.isVisible()
    assert not any(SECRET in t for t in visible_texts(window))
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert not controller.is_locked and window.windowTitle() == TITLE


def test_ctrl_l_locks(qtbot: QtBot, window: QMainWindow) -> None:
    controller = LockController(window)
    assert controller.lock_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.findChild(QTextEdit, "note"), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.is_locked


def test_idle_timeout_locks_by_itself(qtbot: QtBot, window: QMainWindow) -> None:
    controller = LockController(window, check=lambda p: p == PASSPHRASE, idle_timeout_ms=30)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        pass
    assert window.windowTitle() == LOCKED_TITLE
    assert not controller.idle_timer.isActive()  # no count while locked
    controller.try_unlock(PASSPHRASE)
    assert controller.idle_timer.isActive()  # counting again after unlock


def test_user_input_anywhere_restarts_the_idle_count(qtbot: QtBot, window: QMainWindow) -> None:
    controller = LockController(window, idle_timeout_ms=60_000)
    controller.idle_timer.stop()
    note = window.findChild(QTextEdit, "note")
    QApplication.sendEvent(note, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert controller.idle_timer.isActive()

    controller.idle_timer.stop()
    QApplication.sendEvent(note, QEvent(QEvent.Type.Paint))  # not input: does not count
    assert not controller.idle_timer.isActive()

    controller.set_idle_timeout(None)
    QApplication.sendEvent(note, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert not controller.idle_timer.isActive()


def test_setting_minutes_become_milliseconds() -> None:
    assert idle_timeout_ms(5) == 300_000
    assert idle_timeout_ms(0) is None and idle_timeout_ms(None) is None


def test_an_open_dialog_is_closed_when_locking(qtbot: QtBot, window: QMainWindow) -> None:
    controller = LockController(window)
    dialog = QDialog(window)
    dialog.setWindowTitle("Record a date")
    QVBoxLayout(dialog).addWidget(QLineEdit(SECRET))
    dialog.show()
    qtbot.waitExposed(dialog)
    controller.lock()
    assert not dialog.isVisible()
    assert not any(
        SECRET in (getattr(w, "text", lambda: "")() if isinstance(w, (QLineEdit, QLabel, QPushButton)) else "")
        for top in QApplication.topLevelWidgets() if top.isVisible()
        for w in top.findChildren(QWidget) if w.isVisible()
    )


def test_lock_and_unlock_log_nothing_private(qtbot: QtBot, window: QMainWindow, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    controller = LockController(window, check=lambda p: p == PASSPHRASE)
    controller.lock()
    controller.try_unlock("a wrong guess")
    controller.try_unlock(PASSPHRASE)
    for secret in (SECRET, PASSPHRASE, "a wrong guess"):
        assert secret not in caplog.text


def test_locking_twice_and_unlocking_an_unlocked_window_are_harmless(window: QMainWindow) -> None:
    controller = LockController(window, check=lambda p: p == PASSPHRASE)
    assert controller.try_unlock("anything")  # not locked: nothing to do
    controller.lock()
    page = window.centralWidget()
    controller.lock()
    assert window.centralWidget() is page
    assert controller.try_unlock(PASSPHRASE)
    assert window.windowTitle() == TITLE


# -- the keyboard alone -----------------------------------------------------------------


def locked_page(qtbot: QtBot, window: QMainWindow, controller: LockController) -> LockPage:
    show_active(qtbot, window)
    controller.lock()
    page = window.centralWidget()
    assert isinstance(page, LockPage)
    return page


def test_the_lock_page_takes_the_passphrase_from_the_keyboard_and_enter(qtbot: QtBot, window: QMainWindow) -> None:
    release = threading.Event()

    def check(passphrase: str) -> bool:
        release.wait(10)
        return passphrase == PASSPHRASE

    window.resize(1200, 700)
    controller = LockController(window, check=check)
    page = locked_page(qtbot, window, controller)
    assert focused() is page.passphrase  # her first key goes to the field

    type_keys("wrong one")
    press(Qt.Key.Key_Return)
    assert page.checking and page.busy.isVisible() and page.passphrase.isReadOnly()
    press(Qt.Key.Key_Return)  # a second Enter while checking does nothing
    release.set()
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)
    assert controller.is_locked and window.centralWidget() is page
    assert page.problem.isVisible() and "Wrong passphrase" in page.problem.text()
    assert clipped_texts(window) == []
    # one calm column in a wide window: a field for a whole passphrase, the problem no wider than it
    assert page.passphrase.width() >= 320 and page.problem.width() <= page.passphrase.width()
    assert not any(SECRET in t for t in visible_texts(window))
    assert focused() is page.passphrase and page.passphrase.text() == ""

    type_keys(PASSPHRASE)
    press(Qt.Key.Key_Enter)  # the keypad's Enter too
    qtbot.waitUntil(lambda: not controller.is_locked, timeout=10_000)
    assert window.windowTitle() == TITLE
    assert window.findChild(QTextEdit, "note").isVisible()


def test_without_a_passphrase_enter_unlocks_at_once(qtbot: QtBot, window: QMainWindow) -> None:
    controller = LockController(window, check=None)
    page = locked_page(qtbot, window, controller)
    assert focused() is page.unlock_button  # no Tab needed first
    press(Qt.Key.Key_Return)
    assert not controller.is_locked and window.windowTitle() == TITLE


def test_the_lock_page_notices_caps_lock(qtbot: QtBot, window: QMainWindow) -> None:
    controller = LockController(window, check=lambda p: p == PASSPHRASE)
    page = locked_page(qtbot, window, controller)
    type_keys("MOSS")  # capitals without Shift
    assert page.caps_lock.isVisible() and page.caps_lock.text() == "Caps Lock is on."
    type_keys(" on")
    assert not page.caps_lock.isVisible()
    assert page.passphrase.reveal_button is not None and page.passphrase.reveal_button.isVisible()


def test_a_check_that_fails_on_the_lock_page_says_so_and_stays_locked(qtbot: QtBot, window: QMainWindow) -> None:
    def broken(_passphrase: str) -> bool:
        raise OSError("disk unplugged")

    controller = LockController(window, check=broken)
    page = locked_page(qtbot, window, controller)
    type_keys(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)
    assert controller.is_locked and "could not be checked" in page.problem.text()
    assert focused() is page.passphrase


def test_locking_leaves_the_keyboard_with_the_window(qtbot: QtBot, window: QMainWindow) -> None:
    """A field shown before it had a parent opened as a window of its own for a moment and took the keyboard."""
    controller = LockController(window, check=lambda p: p == PASSPHRASE)
    page = locked_page(qtbot, window, controller)
    qtbot.wait(100)  # what the window system does next
    assert QApplication.activeWindow() is window
    assert focused() is page.passphrase
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_unlocking_checks_the_key_on_the_read_lane_beside_a_long_export(qtbot: QtBot, window: QMainWindow) -> None:
    from desktop.ui.tasks import Lane, TaskRunner

    runner = TaskRunner(window, progress_delay_ms=100)
    export_may_end = threading.Event()
    runner.run("Saving…", lambda: export_may_end.wait(30), quiet=True)  # the journal lane is busy for a while
    checked_on: list[int] = []

    def check(passphrase: str) -> bool:
        checked_on.append(threading.get_ident())
        return passphrase == PASSPHRASE

    controller = LockController(window, check=check, runner=runner)
    locked_page(qtbot, window, controller)
    type_keys(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not controller.is_locked, timeout=10_000)  # not behind the export
    assert runner.is_busy(Lane.JOURNAL) and checked_on and checked_on[0] != threading.get_ident()
    qtbot.wait(300)
    assert not runner.progress.isVisible()  # the page's own busy bar was the sign, no pop-up
    export_may_end.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
