"""Passphrase dialogs: ask for it at start (or to unlock), and set, change or remove it.

Every dialog is used through a classmethod (``get_…``) that returns the
result or None when cancelled. A dialog that needs the current passphrase
takes a ``check`` callable and keeps asking, with a plain "wrong passphrase"
message, until the check passes or she cancels; it never holds on to the text
after it closes. Nothing here touches the journal itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_DISPLAY_NAME
from desktop.ui.i18n import QT_TRANSLATE_NOOP

PassphraseCheck = Callable[[str], bool]

# English; shown through tr() of the dialogs (whose base class gives the context)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("_PassphraseDialog", "Wrong passphrase. Please try again.")
FORGOTTEN_WARNING = QT_TRANSLATE_NOOP(
    "_PassphraseDialog",
    "If you forget the passphrase, the journal cannot be opened by anyone, including you. "
    "There is no way to recover it.",
)


def _password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def _problem_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.hide()
    return label


class _PassphraseDialog(QDialog):
    """Shared frame: a message, a form, a problem line, OK/Cancel; ``_validate`` decides."""

    def __init__(self, parent: QWidget | None, title: str, message: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.form = QFormLayout()
        self.problem = _problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _validate(self) -> str | None:
        """A message naming the problem, or None when the input can be accepted."""
        raise NotImplementedError

    def _try_accept(self) -> None:
        problem = self._validate()
        if problem is None:
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.show()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self._forget()

    def _forget(self) -> None:
        for field in self.findChildren(QLineEdit):
            field.clear()


class AskPassphraseDialog(_PassphraseDialog):
    """At start (or to unlock): one field, checked against the journal before the dialog closes."""

    def __init__(self, parent: QWidget | None, check: PassphraseCheck, message: str) -> None:
        super().__init__(parent, APP_DISPLAY_NAME, message, self.tr("Open"))
        self._check = check
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.form.addRow(self.tr("Passphrase"), self.passphrase)

    def _validate(self) -> str | None:
        if not self.passphrase.text():
            return self.tr("Please type the passphrase.")
        if not self._check(self.passphrase.text()):
            self.passphrase.clear()
            self.passphrase.setFocus()
            return self.tr(WRONG_PASSPHRASE)
        return None

    @classmethod
    def get_passphrase(
        cls,
        parent: QWidget | None,
        check: PassphraseCheck,
        message: str | None = None,
    ) -> str | None:
        dialog = cls(parent, check, message or QCoreApplication.translate("AskPassphraseDialog", "This journal is protected by a passphrase."))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.passphrase.text()
        dialog.passphrase.clear()
        return value


class NewPassphraseDialog(_PassphraseDialog):
    """Set or change: the new passphrase twice (and the current one when changing)."""

    def __init__(self, parent: QWidget | None, check_current: PassphraseCheck | None) -> None:
        changing = check_current is not None
        super().__init__(
            parent,
            self.tr("Change the passphrase") if changing else self.tr("Protect the journal with a passphrase"),
            (self.tr("The journal, and its backups, will be encrypted with the new passphrase.") if changing else
             self.tr("The journal, and its backups, will be encrypted. You will type the passphrase each time you "
                     "open the journal.") + " " + self.tr("Old disk blocks may still hold earlier unencrypted copies; "
                                                          "setting the passphrase at the first start avoids that."))
            + " " + self.tr(FORGOTTEN_WARNING),
            self.tr("Change") if changing else self.tr("Encrypt"),
        )
        self._check_current = check_current
        self.current = _password_field(self.tr("Current passphrase"))
        self.new = _password_field(self.tr("New passphrase"))
        self.repeat = _password_field(self.tr("Repeat the new passphrase"))
        if changing:
            self.form.addRow(self.tr("Current passphrase"), self.current)
        self.form.addRow(self.tr("New passphrase"), self.new)
        self.form.addRow(self.tr("Repeat it"), self.repeat)

    def _validate(self) -> str | None:
        if self._check_current is not None and not self._check_current(self.current.text()):
            self.current.clear()
            return self.tr("The current passphrase is wrong. Please try again.")
        if not self.new.text():
            return self.tr("Please type a new passphrase.")
        if "\x00" in self.new.text():
            return self.tr("The passphrase cannot contain a NUL character.")
        if self.new.text() != self.repeat.text():
            self.repeat.clear()
            return self.tr("The two new passphrases differ. Please type the new one again.")
        return None

    @classmethod
    def get_new_passphrase(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent, None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.new.text()
        dialog._forget()
        return value

    @classmethod
    def get_change(cls, parent: QWidget | None, check_current: PassphraseCheck) -> PassphraseChange | None:
        dialog = cls(parent, check_current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        change = PassphraseChange(dialog.current.text(), dialog.new.text())
        dialog._forget()
        return change


class RemovePassphraseDialog(_PassphraseDialog):
    """Remove: the current passphrase, with a plain word on what it means."""

    def __init__(self, parent: QWidget | None, check_current: PassphraseCheck) -> None:
        super().__init__(
            parent,
            self.tr("Remove the passphrase"),
            self.tr(
                "The journal and its backups will be stored without encryption: anyone who can read your files "
                "can read the journal. Type the current passphrase to confirm."
            ),
            self.tr("Remove the passphrase"),
        )
        self._check_current = check_current
        self.current = _password_field(self.tr("Current passphrase"))
        self.form.addRow(self.tr("Current passphrase"), self.current)

    def _validate(self) -> str | None:
        if not self._check_current(self.current.text()):
            self.current.clear()
            return self.tr(WRONG_PASSPHRASE)
        return None

    @classmethod
    def get_current(cls, parent: QWidget | None, check_current: PassphraseCheck) -> str | None:
        dialog = cls(parent, check_current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.current.text()
        dialog._forget()
        return value


@dataclass(frozen=True)
class PassphraseChange:
    old: str
    new: str
