"""Driving the window as a keyboard user would: keys go to whatever has the focus, never to a chosen widget.

Modal dialogs opened with ``exec()`` are answered from a timer (``answer_modal``),
so the code under test runs exactly as it does for her. ``clipped_texts`` names
any message a window shows only in part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

DialogT = TypeVar("DialogT", bound=QDialog)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus: her keys would go nowhere"
    return widget


def type_keys(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def press_shortcut(shortcut: str) -> None:
    """Press a shortcut written like 'Ctrl+Shift+S' on the focus widget."""
    sequence = QKeySequence(shortcut)
    assert sequence.count() == 1, shortcut
    combination = sequence[0]  # type: ignore[index]
    QTest.keyClick(focused(), combination.key(), combination.keyboardModifiers())


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Shown and holding the keyboard, as a window she just opened."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window(), timeout=3000)


def answer_modal(
    kind: type[DialogT], answer: Callable[[DialogT], None], *, attempts: int = 1000, close_after_ms: int = 15_000
) -> list[BaseException]:
    """Run ``answer(dialog)`` once a modal ``kind`` has the keyboard; a failure lands in the list and closes it.

    A dialog her keys did not close within ``close_after_ms`` is closed too (and
    counted as a failure), so a broken dialog fails the test instead of hanging it.
    Call before the code that opens the dialog; check the list (empty) afterwards.
    """
    failures: list[BaseException] = []

    def close_if_still_open(dialog: QDialog) -> None:
        if dialog.isVisible():
            failures.append(AssertionError(f"{type(dialog).__name__} was still open after the keys"))
            dialog.reject()

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or QApplication.activeWindow() is not dialog:  # her keys go to it only then
            if left > 0:
                QTimer.singleShot(10, lambda: attempt(left - 1))
            return
        QTimer.singleShot(close_after_ms, dialog, lambda: close_if_still_open(dialog))
        try:
            answer(dialog)
        except BaseException as failure:  # noqa: BLE001 (handed to the test, which raises it)
            failures.append(failure)
            dialog.reject()

    QTimer.singleShot(0, lambda: attempt(attempts))
    return failures


def clipped_texts(window: QWidget) -> list[str]:
    """Visible word-wrapped labels of ``window`` that show less than their whole text."""
    clipped: list[str] = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        bottom = label.mapTo(window, label.rect().bottomLeft()).y()
        if needed > label.height() or bottom >= window.height():
            clipped.append(f"{label.text()[:40]!r}: needs {needed}px, has {label.height()}px")
    return clipped
