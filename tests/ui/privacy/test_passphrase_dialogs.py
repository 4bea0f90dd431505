"""Passphrase dialogs typed into like a user would: keys go to the focus, Tab moves on, Enter submits.

Wrong ones are refused plainly, typos are caught, every message is shown whole
(at the normal and at a large font), and the check runs off the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.store.encryption import verify_passphrase
from desktop.ui.privacy.passphrase_dialogs import (
    FORGOTTEN_WARNING,
    WRONG_PASSPHRASE,
    AskPassphraseDialog,
    NewPassphraseDialog,
    PassphraseChange,
    RemovePassphraseDialog,
)
from desktop.ui.privacy.passphrase_field import REVEAL_SHORTCUT, PassphraseField, caps_lock_from_key
from tests.keyboard_driver import (
    answer_modal,
    clipped_texts,
    focused,
    press,
    press_shortcut,
    show_active,
    type_keys,
)

PASSPHRASE = "lanterns by the river"  # lower case: QTest types capitals without Shift, as Caps Lock would


def enter() -> None:
    press(Qt.Key.Key_Return)


def settled(qtbot: QtBot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Wait for the check on the worker to come back."""
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)


@pytest.fixture(params=["normal font", "large font"])
def font_size(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each layout test at the desktop's font and at twice its size (a low-vision setting)."""
    original = QApplication.font()
    if request.param == "large font":
        large = QFont(original)
        large.setPointSizeF((original.pointSizeF() if original.pointSizeF() > 0 else 10) * 2)
        QApplication.setFont(large)
    yield request.param
    QApplication.setFont(original)


# -- the start-up prompt ---------------------------------------------------------------


def test_ask_starts_in_its_field_refuses_a_wrong_one_on_enter_and_opens_with_the_right_one(
    qtbot: QtBot, data_dir: Path, font_size: str
) -> None:
    path = journal_path(data_dir)
    open_journal(path, PASSPHRASE).close()
    before = path.read_bytes()
    dialog = AskPassphraseDialog(None, lambda p: verify_passphrase(path, p), "This journal is protected.")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert focused() is dialog.passphrase  # typing goes to the field at once

    type_keys("not it")
    enter()
    assert dialog.checking and dialog.busy.isVisible()  # the key is being derived
    assert dialog.passphrase.isReadOnly() and not dialog.ok_button.isEnabled()
    settled(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisible() and dialog.problem.text() == WRONG_PASSPHRASE
    assert not dialog.busy.isVisible() and not dialog.passphrase.isReadOnly()
    assert clipped_texts(dialog) == []
    assert dialog.passphrase.text() == ""  # cleared for the next try
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert focused() is dialog.passphrase
    assert path.read_bytes() == before

    type_keys(PASSPHRASE)
    enter()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)


def test_get_passphrase_returns_the_text_or_none_when_cancelled(qtbot: QtBot) -> None:
    def type_and_enter(dialog: AskPassphraseDialog) -> None:
        type_keys(PASSPHRASE)
        enter()

    failures = answer_modal(AskPassphraseDialog, type_and_enter)
    assert AskPassphraseDialog.get_passphrase(None, lambda p: p == PASSPHRASE) == PASSPHRASE
    assert failures == []

    failures = answer_modal(AskPassphraseDialog, lambda dialog: (type_keys("abc"), press(Qt.Key.Key_Escape)))
    assert AskPassphraseDialog.get_passphrase(None, lambda p: True) is None
    assert failures == []


def test_enter_on_an_empty_field_asks_for_the_passphrase_without_checking(qtbot: QtBot) -> None:
    checked: list[str] = []
    dialog = AskPassphraseDialog(None, lambda p: checked.append(p) is None, "This journal is protected.")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    enter()
    assert not dialog.checking and "type the passphrase" in dialog.problem.text()
    assert checked == [] and dialog.isVisible()


def test_the_fields_stay_read_only_while_the_key_is_derived_and_a_second_enter_does_nothing(qtbot: QtBot) -> None:
    release = threading.Event()
    checks: list[str] = []

    def slow_check(passphrase: str) -> bool:
        checks.append(passphrase)
        release.wait(10)
        return passphrase == PASSPHRASE

    dialog = AskPassphraseDialog(None, slow_check, "This journal is protected.")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    type_keys(PASSPHRASE)
    enter()
    assert dialog.checking and dialog.busy.isVisible()
    type_keys("more")  # read-only: nothing is added
    enter()  # a second Enter is not a second check
    assert dialog.passphrase.text() == PASSPHRASE and focused() is dialog.passphrase
    release.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert checks == [PASSPHRASE]


def test_a_check_that_fails_says_so_and_lets_her_try_again(qtbot: QtBot) -> None:
    def broken(_passphrase: str) -> bool:
        raise OSError("disk unplugged")

    dialog = AskPassphraseDialog(None, broken, "This journal is protected.")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    type_keys(PASSPHRASE)
    enter()
    settled(qtbot, dialog)
    assert dialog.isVisible() and "could not be checked" in dialog.problem.text()
    assert dialog.passphrase.text() == PASSPHRASE  # not her fault: what she typed stays
    assert focused() is dialog.passphrase


# -- set, change, remove -----------------------------------------------------------------


def test_new_passphrase_type_tab_type_enter(qtbot: QtBot) -> None:
    def answer(dialog: NewPassphraseDialog) -> None:
        assert not dialog.current.isVisible()
        assert focused() is dialog.new
        type_keys(PASSPHRASE)
        press(Qt.Key.Key_Tab)
        assert focused() is dialog.repeat
        type_keys(PASSPHRASE)
        enter()

    failures = answer_modal(NewPassphraseDialog, answer)
    assert NewPassphraseDialog.get_new_passphrase(None) == PASSPHRASE
    assert failures == []


def test_new_passphrase_must_be_typed_twice_the_same_and_the_warning_stays_in_view(
    qtbot: QtBot, font_size: str
) -> None:
    dialog = NewPassphraseDialog(None, None)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert "cannot be opened by anyone" in dialog.message.text() and "no way to recover" in dialog.message.text()
    enter()
    assert "type a new passphrase" in dialog.problem.text() and focused() is dialog.new
    type_keys(PASSPHRASE)
    press(Qt.Key.Key_Tab)
    type_keys(PASSPHRASE + "s")
    enter()
    assert dialog.isVisible() and "differ" in dialog.problem.text()
    assert dialog.message.isVisible() and FORGOTTEN_WARNING in dialog.message.text()
    assert clipped_texts(dialog) == []  # the mismatch line and the warning, both whole
    assert focused() is dialog.repeat and dialog.repeat.text() == ""
    type_keys(PASSPHRASE)
    enter()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_dialog_near_the_bottom_of_the_screen_moves_up_when_a_message_makes_it_taller(
    qtbot: QtBot, font_size: str
) -> None:
    """Seen under Xvfb at 1024×600, large font: the mismatch line pushed Encrypt and Cancel off the screen."""
    dialog = NewPassphraseDialog(None, None)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    room = dialog.screen().availableGeometry()
    dialog.move(dialog.x(), room.bottom() - dialog.frameGeometry().height() + 1)  # its bottom on the screen's
    qtbot.waitUntil(lambda: dialog.frameGeometry().bottom() <= room.bottom())
    type_keys(PASSPHRASE)
    press(Qt.Key.Key_Tab)
    type_keys(PASSPHRASE + "s")
    enter()
    assert "differ" in dialog.problem.text()
    assert room.contains(dialog.frameGeometry())  # the buttons in reach
    assert clipped_texts(dialog) == []


def test_change_checks_the_current_passphrase_first(qtbot: QtBot) -> None:
    problems: list[str] = []

    def answer(dialog: NewPassphraseDialog) -> None:
        assert focused() is dialog.current
        type_keys("wrong")
        press(Qt.Key.Key_Tab)
        type_keys("new one")
        press(Qt.Key.Key_Tab)
        type_keys("new one")
        enter()
        settled(qtbot, dialog)
        problems.append(dialog.problem.text())
        assert dialog.isVisible() and focused() is dialog.current and dialog.current.text() == ""
        type_keys(PASSPHRASE)  # the new one, typed twice, is still there
        enter()

    failures = answer_modal(NewPassphraseDialog, answer)
    change = NewPassphraseDialog.get_change(None, lambda p: p == PASSPHRASE)
    assert failures == []
    assert problems == ["The current passphrase is wrong. Please try again."]
    assert change == PassphraseChange(PASSPHRASE, "new one")


def test_remove_needs_the_current_passphrase(qtbot: QtBot, font_size: str) -> None:
    dialog = RemovePassphraseDialog(None, lambda p: p == PASSPHRASE)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert "without encryption" in dialog.message.text()
    assert focused() is dialog.current
    type_keys("nope")
    enter()
    settled(qtbot, dialog)
    assert dialog.problem.text() == WRONG_PASSPHRASE and dialog.isVisible()
    assert clipped_texts(dialog) == []
    type_keys(PASSPHRASE)
    enter()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)


def test_get_current_through_a_real_modal_run(qtbot: QtBot) -> None:
    failures = answer_modal(RemovePassphraseDialog, lambda dialog: (type_keys(PASSPHRASE), enter()))
    assert RemovePassphraseDialog.get_current(None, lambda p: p == PASSPHRASE) == PASSPHRASE
    assert failures == []


def test_cancel_forgets_what_was_typed(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog(None, lambda p: True)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    type_keys(PASSPHRASE)
    press(Qt.Key.Key_Tab)
    type_keys(PASSPHRASE)
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert all(not field.text() for field in dialog.findChildren(QLineEdit))


# -- the field: show/hide and Caps Lock ---------------------------------------------------


def test_the_show_hide_toggle_works_from_the_keyboard_and_has_a_spoken_name(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog(None, None)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    field = dialog.new
    type_keys(PASSPHRASE)
    button = field.reveal_button
    assert button is not None and button.isVisible() and not button.icon().isNull()
    assert button.accessibleName() == "Show the passphrase"
    assert REVEAL_SHORTCUT in button.toolTip()
    press_shortcut(REVEAL_SHORTCUT)
    assert field.echoMode() == QLineEdit.EchoMode.Normal and button.accessibleName() == "Hide the passphrase"
    assert dialog.repeat.echoMode() == QLineEdit.EchoMode.Password  # only the field she is in
    press_shortcut(REVEAL_SHORTCUT)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.text() == PASSPHRASE  # the shortcut typed nothing
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    press(Qt.Key.Key_Escape)
    assert field.echoMode() == QLineEdit.EchoMode.Password  # never left readable for the next time


def test_caps_lock_is_noticed_from_what_she_types(qtbot: QtBot, font_size: str) -> None:
    dialog = AskPassphraseDialog(None, lambda p: False, "This journal is protected.")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert not dialog.caps_lock.isVisible()
    type_keys("1 ")  # no letters: nothing to tell
    assert not dialog.caps_lock.isVisible()
    type_keys("LANT")  # capitals without Shift: Caps Lock is on
    assert dialog.caps_lock.isVisible() and dialog.caps_lock.text() == "Caps Lock is on."
    assert clipped_texts(dialog) == []
    QTest.keyClicks(focused(), "E", Qt.KeyboardModifier.ShiftModifier)  # a capital with Shift: it is off now
    assert not dialog.caps_lock.isVisible()
    type_keys("rn")
    assert not dialog.caps_lock.isVisible()
    type_keys("S")
    assert dialog.caps_lock.isVisible()


def key_event(key: Qt.Key, text: str, *, shift: bool = False, scan_code: int = 0, native_state: int = 0) -> QKeyEvent:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, scan_code, 0, native_state, text)


def test_caps_lock_from_the_x11_state_and_from_letters() -> None:
    # X11: the Lock bit of the real event's state, for any key, letter or not
    assert caps_lock_from_key(key_event(Qt.Key.Key_1, "1", scan_code=10, native_state=0x2), "xcb") is True
    assert caps_lock_from_key(key_event(Qt.Key.Key_1, "1", scan_code=10, native_state=0x0), "xcb") is False
    assert caps_lock_from_key(key_event(Qt.Key.Key_A, "a", scan_code=38, native_state=0x1), "xcb") is False
    # pressing Caps Lock itself: the state is the one before the press, so it flips
    assert caps_lock_from_key(key_event(Qt.Key.Key_CapsLock, "", scan_code=66, native_state=0x2), "xcb") is False
    assert caps_lock_from_key(key_event(Qt.Key.Key_CapsLock, "", scan_code=66, native_state=0x0), "xcb") is True
    # elsewhere (and for synthetic events): the case of a letter against Shift
    for platform in ("wayland", "windows", "cocoa", "xcb"):
        assert caps_lock_from_key(key_event(Qt.Key.Key_A, "A"), platform) is True
        assert caps_lock_from_key(key_event(Qt.Key.Key_A, "a", shift=True), platform) is True
        assert caps_lock_from_key(key_event(Qt.Key.Key_A, "a"), platform) is False
        assert caps_lock_from_key(key_event(Qt.Key.Key_A, "A", shift=True), platform) is False
        assert caps_lock_from_key(key_event(Qt.Key.Key_1, "1"), platform) is None
    assert caps_lock_from_key(key_event(Qt.Key.Key_unknown, "ж".upper()), "wayland") is True  # not only ASCII


def test_a_field_on_its_own_signals_caps_lock_changes_once(qtbot: QtBot) -> None:
    field = PassphraseField("Passphrase")
    qtbot.addWidget(field)
    show_active(qtbot, field)
    changes: list[bool] = []
    field.caps_lock_changed.connect(changes.append)
    type_keys("abC")
    type_keys("DEf")
    assert changes == [False, True, False]


def test_the_prompt_checks_on_the_windows_read_lane_beside_a_busy_journal(qtbot: QtBot) -> None:
    from desktop.ui.tasks import Lane, TaskRunner
    from tests.keyboard_driver import answer_modal

    runner = TaskRunner()
    backup_may_end = threading.Event()
    runner.run("Backing up…", lambda: backup_may_end.wait(30), quiet=True)  # the journal lane is busy
    checked_on: list[int] = []

    def check(passphrase: str) -> bool:
        checked_on.append(threading.get_ident())
        return passphrase == PASSPHRASE

    def she_types(_dialog: AskPassphraseDialog) -> None:
        type_keys(PASSPHRASE)
        enter()

    failures = answer_modal(AskPassphraseDialog, she_types)
    assert AskPassphraseDialog.get_passphrase(None, check, runner=runner) == PASSPHRASE
    assert failures == []
    assert checked_on and checked_on[0] != threading.get_ident()  # the key was derived off the UI thread
    assert runner.is_busy(Lane.JOURNAL)  # and not behind the backup
    backup_may_end.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
