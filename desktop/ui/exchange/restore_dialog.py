"""File ▸ Restore from backup…: the backups, newest first, with dates and page counts.

Listing reads every backup (an encrypted one derives its key: about 0.3 s
each, up to 21 of them), so the dialog opens at once with a busy line and
fills in when the read lane of the window's :class:`TaskRunner` has listed
them (:meth:`RestoreDialog.get_listed_backup`). Unreadable backups are shown
but cannot be chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui.privacy.passphrase_field import busy_bar
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, date_time_text, plural
from desktop.ui.tasks import Lane, TaskRunner

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is first painted
    from desktop.store.backup import BackupInfo

REASON_LABELS = {  # the reasons of desktop.store.backup
    "daily": QT_TRANSLATE_NOOP("ExchangeDialogs", "automatic"),
    "manual": QT_TRANSLATE_NOOP("ExchangeDialogs", "made by you"),
    "before-restore": QT_TRANSLATE_NOOP("ExchangeDialogs", "before a restore"),
    "before-import": QT_TRANSLATE_NOOP("ExchangeDialogs", "before an import"),
}


class ExchangeDialogs:
    """The translation context of a plural: ``ExchangeDialogs.tr("%n …", "", n)`` is the spelling pyside6-lupdate
    collects with its plural forms (``translate(ctx, text, None, n)`` is not collected at all)."""

    @staticmethod
    def tr(text: str, disambiguation: str, n: int) -> str:
        return QCoreApplication.translate("ExchangeDialogs", text, disambiguation or None, n)


def describe_backup(info: BackupInfo) -> str:
    if info.entries is None and info.damaged:
        entries = QCoreApplication.translate("ExchangeDialogs", "damaged, cannot be restored")
    elif info.entries is None:
        entries = QCoreApplication.translate("ExchangeDialogs", "cannot be read")
    else:
        entries = plural(ExchangeDialogs.tr("%n day page(s)", "", info.entries), info.entries)
    reason = (
        QCoreApplication.translate("ExchangeDialogs", REASON_LABELS[info.reason])
        if info.reason in REASON_LABELS
        else info.reason
    )
    return f"{date_time_text(info.created)} — {entries} ({reason})"


class RestoreDialog(QDialog):
    """The backups, newest first, with dates and entry counts; unreadable ones cannot be chosen.

    ``backups=None``: still being listed; :meth:`set_backups` fills the list in.
    """

    def __init__(self, parent: QWidget | None, backups: list[BackupInfo] | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(540)  # room for a full path or backup line
        intro = QLabel(
            self.tr(
                "Choose a backup to put in place of your journal. Your journal as it is now is "
                "backed up first, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.empty = QLabel(self.tr("There are no backups yet."))
        self.reading = QLabel(self.tr("Reading the backups…"))
        self.busy = busy_bar(self.tr("Reading the backups…"))
        self.problem = QLabel("")
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._sync)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reading)
        layout.addWidget(self.busy)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.listed = False
        self._show_reading(backups is None)
        if backups is not None:
            self.set_backups(backups)
        self._sync()

    def _show_reading(self, reading: bool) -> None:
        self.reading.setVisible(reading)
        self.busy.setVisible(reading)
        self.empty.setVisible(False)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        """The listing arrived: fill the list and choose the newest readable backup (the focus goes to the list)."""
        self.listed = True
        self._show_reading(False)
        self.list.clear()
        for info in backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, info)
            if not info.readable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        self.empty.setVisible(not backups)
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(row)
                break
        self.list.setFocus()
        self._sync()

    def set_problem(self, message: str) -> None:
        """The backups could not be listed: say why; Cancel stays the way out."""
        self.listed = True
        self._show_reading(False)
        self.problem.setText(self.tr("The backups could not be read: {message}.").format(message=message))
        self.problem.show()

    def chosen(self) -> BackupInfo | None:
        items = self.list.selectedItems()
        if not items:
            return None
        info = items[0].data(Qt.ItemDataRole.UserRole)
        return info if info is not None and info.readable else None

    def _sync(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    @classmethod
    def get_backup(cls, parent: QWidget | None, backups: list[BackupInfo]) -> BackupInfo | None:
        dialog = cls(parent, backups)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    @classmethod
    def get_listed_backup(
        cls, parent: QWidget | None, runner: TaskRunner, list_backups: Callable[[], list[BackupInfo]]
    ) -> BackupInfo | None:
        """Open at once; ``list_backups`` runs on the read lane and fills the dialog in when it is done."""
        dialog = cls(parent, None)
        open_ = [True]  # the answer may come after she closed the dialog: then it is for nobody

        def fill(backups: list[BackupInfo]) -> None:
            if open_[0]:
                dialog.set_backups(backups)

        def fail(message: str) -> None:
            if open_[0]:
                dialog.set_problem(message)

        runner.run(QCoreApplication.translate("RestoreDialog", "Reading the backups…"), list_backups, on_done=fill, on_error=fail, quiet=True, lane=Lane.READ)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            open_[0] = False
        return dialog.chosen() if accepted else None
