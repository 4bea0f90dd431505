"""The lock controller on a bare QMainWindow: nothing of the journal shows while locked."""

from __future__ import annotations

import logging

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

from desktop.ui.lock import LOCKED_TITLE, LockController, idle_timeout_ms

SECRET = "Bleeding stopped today; feeling lighter"
PASSPHRASE = "moss on the north side"
TITLE = "Recovery Journal — 12 days since the procedure"


def build_window(qtbot) -> QMainWindow:  # type: ignore[no-untyped-def]
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
def window(qtbot):  # type: ignore[no-untyped-def]
    return build_window(qtbot)


def test_lock_hides_everything_and_unlock_with_the_passphrase_restores_it(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
    controller = LockController(window, check=lambda p: p == PASSPHRASE)
    note = window.findChild(QTextEdit, "note")
    assert any(SECRET in t for t in visible_texts(window))

    controller.lock()

    assert controller.is_locked
    assert window.windowTitle() == LOCKED_TITLE
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

    assert not controller.is_locked
    assert window.windowTitle() == TITLE
    assert note.isVisible() and note.toPlainText() == SECRET
    assert window.centralWidget() is note.parentWidget()
    assert window.menuBar().isVisible()


def test_lock_without_a_passphrase_still_hides_and_unlocks_with_a_button(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
    controller = LockController(window, check=None)
    controller.lock()
    page = window.centralWidget()
    assert not page.passphrase.isVisible()
    assert not any(SECRET in t for t in visible_texts(window))
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert not controller.is_locked and window.windowTitle() == TITLE


def test_ctrl_l_locks(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
    controller = LockController(window)
    assert controller.lock_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.findChild(QTextEdit, "note"), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.is_locked


def test_idle_timeout_locks_by_itself(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
    controller = LockController(window, check=lambda p: p == PASSPHRASE, idle_timeout_ms=30)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        pass
    assert window.windowTitle() == LOCKED_TITLE
    assert not controller.idle_timer.isActive()  # no count while locked
    controller.try_unlock(PASSPHRASE)
    assert controller.idle_timer.isActive()  # counting again after unlock


def test_user_input_anywhere_restarts_the_idle_count(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
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


def test_an_open_dialog_is_closed_when_locking(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
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


def test_lock_and_unlock_log_nothing_private(qtbot, window: QMainWindow, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
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
