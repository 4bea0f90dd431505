"""Passphrase dialogs typed into like a user would: wrong ones are refused plainly, typos are caught."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.store.encryption import verify_passphrase
from desktop.ui.passphrase_dialogs import (
    WRONG_PASSPHRASE,
    AskPassphraseDialog,
    NewPassphraseDialog,
    PassphraseChange,
    RemovePassphraseDialog,
)

PASSPHRASE = "lanterns by the river"


def press_ok(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ask_refuses_a_wrong_passphrase_against_the_real_file_and_accepts_the_right_one(
    qtbot, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    path = journal_path(data_dir)
    open_journal(path, PASSPHRASE).close()
    before = path.read_bytes()
    dialog = AskPassphraseDialog(None, lambda p: verify_passphrase(path, p), "This journal is protected.")
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.passphrase, "not it")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisible() and dialog.problem.text() == WRONG_PASSPHRASE
    assert dialog.passphrase.text() == ""  # cleared for the next try
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert path.read_bytes() == before

    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_get_passphrase_returns_the_text_or_none_when_cancelled(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def type_and_accept(self: AskPassphraseDialog) -> int:
        self.passphrase.setText(PASSPHRASE)
        self._try_accept()
        return self.result()

    monkeypatch.setattr(AskPassphraseDialog, "exec", type_and_accept)
    assert AskPassphraseDialog.get_passphrase(None, lambda p: p == PASSPHRASE) == PASSPHRASE
    monkeypatch.setattr(AskPassphraseDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert AskPassphraseDialog.get_passphrase(None, lambda p: True) is None


def test_new_passphrase_must_be_typed_twice_the_same(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.current.isVisible()
    press_ok(qtbot, dialog)
    assert "type a new passphrase" in dialog.problem.text()
    qtbot.keyClicks(dialog.new, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE + "s")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "differ" in dialog.problem.text()
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "cannot be opened by anyone" in dialog.message.text()


def test_change_checks_the_current_passphrase_first(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    attempts: list[tuple[str, str, str]] = [("wrong", "new one", "new one"), (PASSPHRASE, "new one", "new one")]

    def type_until_accepted(self: NewPassphraseDialog) -> int:
        for current, new, repeat in attempts:
            self.current.setText(current)
            self.new.setText(new)
            self.repeat.setText(repeat)
            self._try_accept()
            if self.result() == QDialog.DialogCode.Accepted:
                break
            assert "current passphrase is wrong" in self.problem.text()
        return self.result()

    monkeypatch.setattr(NewPassphraseDialog, "exec", type_until_accepted)
    change = NewPassphraseDialog.get_change(None, lambda p: p == PASSPHRASE)
    assert change == PassphraseChange(PASSPHRASE, "new one")


def test_remove_needs_the_current_passphrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RemovePassphraseDialog(None, lambda p: p == PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "without encryption" in dialog.message.text()
    qtbot.keyClicks(dialog.current, "nope")
    press_ok(qtbot, dialog)
    assert dialog.problem.text() == WRONG_PASSPHRASE and dialog.isVisible()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_get_current_through_a_real_modal_run(qtbot) -> None:  # type: ignore[no-untyped-def]
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RemovePassphraseDialog)
        dialog.current.setText(PASSPHRASE)
        dialog._try_accept()

    QTimer.singleShot(0, answer)
    assert RemovePassphraseDialog.get_current(None, lambda p: p == PASSPHRASE) == PASSPHRASE


def test_cancel_forgets_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(None, lambda p: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new, PASSPHRASE)
    dialog.reject()
    assert all(not field.text() for field in dialog.findChildren(QLineEdit))
