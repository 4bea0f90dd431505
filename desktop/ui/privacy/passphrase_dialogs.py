"""Passphrase dialogs: ask for it at start, and set, change or remove it.

Every dialog is used through a classmethod (``get_…``) that returns the
result or None when cancelled. A dialog that needs the current passphrase
takes a ``check`` callable and keeps asking, with a plain "wrong passphrase"
message, until the check passes or she cancels; it never holds on to the text
after it closes. Nothing here touches the journal itself.

Made for typing blind: the focus starts in the first field, Tab goes field to
field, Enter submits (OK is the default button); each field has a show/hide
toggle and says when Caps Lock is on (``passphrase_field``). Checking a
passphrase derives a key (about 0.3 s), so the check runs on the read lane of
the window's ``TaskRunner`` (pass ``runner``; a dialog without one makes its
own) while the fields are read-only and a busy bar moves. Every
message is a word-wrapped label and the dialog grows to show it whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_DISPLAY_NAME
from desktop.ui.privacy.passphrase_field import PassphraseField, busy_bar, comfortable_width, fit_height
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP
from desktop.ui.tasks import Lane, TaskRunner
from desktop.ui.widgets.keyboard import set_tab_chain

PassphraseCheck = Callable[[str], bool]

# English; shown through tr() of the dialogs (whose base class gives the context)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("_PassphraseDialog", "Wrong passphrase. Please try again.")
FORGOTTEN_WARNING = QT_TRANSLATE_NOOP(
    "_PassphraseDialog",
    "If you forget the passphrase, the journal cannot be opened by anyone, including you. "
    "There is no way to recover it.",
)
CAPS_LOCK_ON = QT_TRANSLATE_NOOP("_PassphraseDialog", "Caps Lock is on.")


def _wrapped_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


@dataclass(frozen=True)
class _Check:
    """A passphrase to check on the worker, and what to do when it is wrong."""

    check: PassphraseCheck
    field: PassphraseField
    wrong: str


class _PassphraseDialog(QDialog):
    """Shared frame: a message, the fields, notes (Caps Lock, busy, problem), OK/Cancel.

    Subclasses add their fields with ``_add_field`` and call ``_fields_added``;
    ``_local_problem`` names what is wrong without a key (empty, mismatch) and
    ``_to_check`` what the worker must check before the dialog may close.
    """

    def __init__(
        self, parent: QWidget | None, title: str, message: str, ok_text: str, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.message = _wrapped_label(message)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large fonts: the label goes above
        self.fields: list[PassphraseField] = []
        self.caps_lock = _wrapped_label(self.tr(CAPS_LOCK_ON), "hint")
        self.caps_lock.hide()
        self.busy = busy_bar(self.tr("Checking the passphrase…"))
        self.problem = _wrapped_label("", "problem")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)  # Enter in any field submits
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addWidget(self.caps_lock)
        layout.addWidget(self.busy)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.runner = runner or TaskRunner(self, show_progress=False)
        self._attempt = 0  # a check's answer counts only for the attempt that asked it
        self._checking = False
        self._sized = False

    def _add_field(self, label: str, field: PassphraseField) -> None:
        self.form.addRow(label, field)
        self.fields.append(field)
        field.caps_lock_changed.connect(self._show_caps_lock)

    def _fields_added(self) -> None:
        """The fields were built after the buttons: put them first in the Tab order and give the first the focus."""
        set_tab_chain(*self.fields, self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.fields[0].setFocus()

    # -- what subclasses decide ---------------------------------------------------------

    def _local_problem(self) -> tuple[str, PassphraseField] | None:
        """A message and the field to retype, for a problem seen without deriving a key."""
        return None

    def _to_check(self) -> _Check | None:
        """The passphrase the worker must check before the dialog may close (None: nothing to check)."""
        return None

    # -- submitting ----------------------------------------------------------------------

    def _try_accept(self) -> None:
        if self._checking:
            return
        local = self._local_problem()
        if local is not None:
            self._show_problem(*local)
            return
        pending = self._to_check()
        if pending is None:
            self.accept()
            return
        self._set_checking(True)
        attempt = self._attempt
        text = pending.field.text()
        self.runner.run(
            self.tr("Checking the passphrase…"),
            lambda: pending.check(text),
            on_done=lambda right: self._checked(attempt, pending, bool(right)),
            on_error=lambda message: self._check_failed(attempt, pending, message),
            quiet=True,  # the busy bar is the sign; no pop-up over it
            lane=Lane.READ,  # beside a long export, never behind it
        )

    def _checked(self, attempt: int, pending: _Check, right: bool) -> None:
        if attempt != self._attempt:
            return  # she cancelled meanwhile
        self._set_checking(False)
        if right:
            self.accept()
        else:
            self._show_problem(pending.wrong, pending.field)

    def _check_failed(self, attempt: int, pending: _Check, message: str) -> None:
        if attempt != self._attempt:
            return
        self._set_checking(False)
        self._show_problem(
            self.tr("The passphrase could not be checked: {message}. Please try again.").format(message=message),
            pending.field,
            clear=False,
        )

    @property
    def checking(self) -> bool:
        """True while the worker derives the key (the fields are read-only meanwhile)."""
        return self._checking

    def _set_checking(self, checking: bool) -> None:
        """Read-only rather than disabled: a disabled field would hand the focus to Cancel, and Enter would cancel."""
        self._checking = checking
        for field in self.fields:
            field.setReadOnly(checking)
        self.ok_button.setEnabled(not checking)
        self.busy.setVisible(checking)
        if checking:
            self.problem.hide()

    def _show_problem(self, message: str, field: PassphraseField, *, clear: bool = True) -> None:
        if clear:
            field.clear()
        self.problem.setText(message)
        self.problem.show()
        field.setFocus()
        fit_height(self)

    def _show_caps_lock(self, on: bool) -> None:
        self.caps_lock.setVisible(on)
        fit_height(self)

    # -- size: every message whole ---------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if not self._sized:  # once: a width that keeps messages to a few lines at this font
            self._sized = True
            self.resize(max(self.width(), comfortable_width(self, 60).width()), self.height())
        fit_height(self)
        if self.focusWidget() not in self.fields:
            self.fields[0].setFocus()
        super().showEvent(event)
        self.activateWindow()  # take the keyboard (at start no window of the app has it yet)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            fit_height(self)  # narrower: the messages take more lines

    # -- closing -----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._attempt += 1  # an answer still on its way is for nobody now
        self._set_checking(False)
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self._forget()

    def _forget(self) -> None:
        for field in self.fields:
            field.clear()
            field.conceal()


class AskPassphraseDialog(_PassphraseDialog):
    """At start: one field, checked against the journal before the dialog closes."""

    def __init__(
        self, parent: QWidget | None, check: PassphraseCheck, message: str, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent, APP_DISPLAY_NAME, message, self.tr("Open"), runner)
        self._check = check
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self._add_field(self.tr("&Passphrase"), self.passphrase)
        self._fields_added()

    def _local_problem(self) -> tuple[str, PassphraseField] | None:
        if not self.passphrase.text():
            return self.tr("Please type the passphrase."), self.passphrase
        return None

    def _to_check(self) -> _Check | None:
        return _Check(self._check, self.passphrase, self.tr(WRONG_PASSPHRASE))

    @classmethod
    def get_passphrase(
        cls,
        parent: QWidget | None,
        check: PassphraseCheck,
        message: str | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> str | None:
        default = QCoreApplication.translate("AskPassphraseDialog", "This journal is protected by a passphrase.")
        dialog = cls(parent, check, message or default, runner)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.passphrase.text()
        dialog._forget()
        return value


class NewPassphraseDialog(_PassphraseDialog):
    """Set or change: the new passphrase twice (and the current one when changing)."""

    def __init__(
        self, parent: QWidget | None, check_current: PassphraseCheck | None, runner: TaskRunner | None = None
    ) -> None:
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
            runner,
        )
        self._check_current = check_current
        self.current = PassphraseField(self.tr("Current passphrase"))
        self.new = PassphraseField(self.tr("New passphrase"))
        self.repeat = PassphraseField(self.tr("Repeat the new passphrase"))
        if changing:
            self._add_field(self.tr("&Current passphrase"), self.current)
        self._add_field(self.tr("&New passphrase"), self.new)
        self._add_field(self.tr("&Repeat it"), self.repeat)
        self._fields_added()

    def _local_problem(self) -> tuple[str, PassphraseField] | None:
        if self._check_current is not None and not self.current.text():
            return self.tr("Please type the current passphrase."), self.current
        if not self.new.text():
            return self.tr("Please type a new passphrase."), self.new
        if "\x00" in self.new.text():
            return self.tr("The passphrase cannot contain a NUL character."), self.new
        if self.new.text() != self.repeat.text():
            return self.tr("The two new passphrases differ. Please type the new one again."), self.repeat
        return None

    def _to_check(self) -> _Check | None:
        if self._check_current is None:
            return None
        return _Check(self._check_current, self.current, self.tr("The current passphrase is wrong. Please try again."))

    @classmethod
    def get_new_passphrase(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent, None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.new.text()
        dialog._forget()
        return value

    @classmethod
    def get_change(
        cls, parent: QWidget | None, check_current: PassphraseCheck, *, runner: TaskRunner | None = None
    ) -> PassphraseChange | None:
        dialog = cls(parent, check_current, runner)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        change = PassphraseChange(dialog.current.text(), dialog.new.text())
        dialog._forget()
        return change


class RemovePassphraseDialog(_PassphraseDialog):
    """Remove: the current passphrase, with a plain word on what it means."""

    def __init__(
        self, parent: QWidget | None, check_current: PassphraseCheck, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(
            parent,
            self.tr("Remove the passphrase"),
            self.tr(
                "The journal and its backups will be stored without encryption: anyone who can read your files "
                "can read the journal. Type the current passphrase to confirm."
            ),
            self.tr("Remove the passphrase"),
            runner,
        )
        self._check_current = check_current
        self.current = PassphraseField(self.tr("Current passphrase"))
        self._add_field(self.tr("&Current passphrase"), self.current)
        self._fields_added()

    def _local_problem(self) -> tuple[str, PassphraseField] | None:
        if not self.current.text():
            return self.tr("Please type the current passphrase."), self.current
        return None

    def _to_check(self) -> _Check | None:
        return _Check(self._check_current, self.current, self.tr(WRONG_PASSPHRASE))

    @classmethod
    def get_current(
        cls, parent: QWidget | None, check_current: PassphraseCheck, *, runner: TaskRunner | None = None
    ) -> str | None:
        dialog = cls(parent, check_current, runner)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.current.text()
        dialog._forget()
        return value


@dataclass(frozen=True)
class PassphraseChange:
    old: str
    new: str
