"""Export, import, "Back up now" and "Restore from backup…" for the window.

Three dialogs, each opened through a classmethod that returns plain data (or
None when cancelled), and :class:`ExchangeActions`, which owns the four
QActions and runs the work off the UI thread through :class:`TaskRunner`.

Wiring (in the main window; see ``ExchangeActions`` for the callables)::

    self.exchange = ExchangeActions(self, journal_file, opener, today, close_journal, reopen)
    file_menu.addActions(self.exchange.actions())
    self.exchange.done.connect(lambda text: self.statusBar().showMessage(text, 6000))
    self.exchange.failed.connect(lambda text: QMessageBox.warning(self, "Recovery Journal", text))
    # after the journal opened: self.exchange.after_open()
    # when it failed to open:    self.exchange.offer_restore_after_failure(reason)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.formats import ExportOptions
from desktop.ui.exchange.import_other import ImportFromOtherApp
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, date_time_text, plural
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.date_field import DateField, focus_first_problem

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is first painted
    from desktop.store import Journal
    from desktop.store.backup import BackupInfo, ConnectionFactory

# Labels are English here, shown through QCoreApplication.translate("ExchangeDialogs", …).
FORMATS: dict[str, tuple[str, str]] = {  # key: (label, file extension)
    "json": (QT_TRANSLATE_NOOP("ExchangeDialogs", "Everything, to import again (JSON)"), "json"),
    "csv": (QT_TRANSLATE_NOOP("ExchangeDialogs", "Daily entries for a spreadsheet (CSV)"), "csv"),
    "ics": (QT_TRANSLATE_NOOP("ExchangeDialogs", "Dates for a calendar app (ICS)"), "ics"),
    "pdf": (QT_TRANSLATE_NOOP("ExchangeDialogs", "Summary for a gynecologist visit (PDF)"), "pdf"),
}
NOT_ENCRYPTED_NOTE = QT_TRANSLATE_NOOP(
    "ExchangeDialogs",
    "Exported files are not encrypted, even if your journal is. "
    "Only you can open them on this computer, but keep them somewhere private.",
)
REASON_LABELS = {  # the reasons of desktop.store.backup
    "daily": QT_TRANSLATE_NOOP("ExchangeDialogs", "automatic"),
    "manual": QT_TRANSLATE_NOOP("ExchangeDialogs", "made by you"),
    "before-restore": QT_TRANSLATE_NOOP("ExchangeDialogs", "before a restore"),
    "before-import": QT_TRANSLATE_NOOP("ExchangeDialogs", "before an import"),
}


def _tr(text: str) -> str:
    """A label of the tables above in her language."""
    return QCoreApplication.translate("ExchangeDialogs", text)


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


@dataclass(frozen=True)
class ExportRequest:
    format: str
    path: Path
    options: ExportOptions


@dataclass(frozen=True)
class ImportRequest:
    path: Path
    replace_all: bool


class _PathField(QWidget):
    """A file path with a "Choose…" button; typing a path works as well."""

    def __init__(self, choose: Callable[[str], str], accessible_name: str) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(lambda: self._choose(choose))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)

    def _choose(self, choose: Callable[[str], str]) -> None:
        chosen = choose(self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class ExportDialog(QDialog):
    """Format, file, and for the PDF a date range and whether to include notes."""

    def __init__(self, parent: QWidget | None, today: date, first: date, last: date, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(540)  # room for a full path or backup line
        self._today = today
        self._folder = folder
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for key, (label, _ext) in FORMATS.items():
            self.format.addItem(_tr(label), key)
        self.path = _PathField(self._choose_file, self.tr("File"))
        self.first = DateField(first, self.tr("Symptoms from"))
        self.last = DateField(last, self.tr("Symptoms to"))
        self.include_notes = QCheckBox(self.tr("Include my day notes"))
        self.reminders = QCheckBox(self.tr("Add reminders"))
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 60)
        self.reminder_days.setValue(1)
        self.reminder_days.setSuffix(self.tr(" days before"))
        self.reminder_days.setAccessibleName(self.tr("Reminder days before"))
        note = QLabel(_tr(NOT_ENCRYPTED_NOTE))
        note.setObjectName("notEncryptedNote")
        note.setWordWrap(True)
        self.error = QLabel("")
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("What"), self.format)
        form.addRow(self.tr("File"), self.path)
        self._pdf_rows = [QLabel(self.tr("Symptoms from")), self.first, QLabel(self.tr("to")), self.last]
        form.addRow(self._pdf_rows[0], self.first)
        form.addRow(self._pdf_rows[2], self.last)
        form.addRow("", self.include_notes)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminders)
        reminder_row.addWidget(self.reminder_days)
        form.addRow("", reminder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.reminders.toggled.connect(self.reminder_days.setEnabled)
        self.path.edit.setText(str(folder / self._default_name()))
        self._on_format_changed()

    def _key(self) -> str:
        return str(self.format.currentData())

    def _default_name(self) -> str:
        return f"recovery-journal-{self._today.isoformat()}.{FORMATS[self._key()][1]}"

    def _on_format_changed(self) -> None:
        key = self._key()
        for widget in (self.first, self.last, self.include_notes, *self._pdf_rows):
            widget.setVisible(key == "pdf")
        self.reminders.setVisible(key == "ics")
        self.reminder_days.setVisible(key == "ics")
        self.reminder_days.setEnabled(self.reminders.isChecked())
        current = self.path.path()
        if current is not None and current.name.startswith("recovery-journal-"):
            self.path.edit.setText(str(current.with_name(self._default_name())))

    def _choose_file(self, current: str) -> str:
        key = self._key()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            current or str(self._folder),
            self.tr("{format} files (*.{extension})").format(format=key.upper(), extension=FORMATS[key][1]),
        )
        return chosen

    def request(self) -> ExportRequest | str:
        """The export she asked for, or what is wrong with it in one line."""
        path = self.path.path()
        if path is None:
            return self.tr("Choose a file to export to.")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        key = self._key()
        first, last = self.first.value(), self.last.value()
        if key == "pdf":
            if first is None or last is None:
                focus_first_problem([self.first, self.last])
                return self.tr("Correct the date range of the summary.")
            if first > last:
                return self.tr("The first day of the range must not be after the last.")
        options = ExportOptions(
            today=self._today,
            reminder_days=self.reminder_days.value() if key == "ics" and self.reminders.isChecked() else None,
            first=first if key == "pdf" else None,
            last=last if key == "pdf" else None,
            include_notes=key == "pdf" and self.include_notes.isChecked(),
        )
        return ExportRequest(key, path, options)

    def accept(self) -> None:
        result = self.request()
        if isinstance(result, str):
            self.error.setText(result)
            self.error.show()
            return
        super().accept()

    @classmethod
    def get_export(
        cls, parent: QWidget | None, today: date, first: date, last: date, folder: Path | None = None
    ) -> ExportRequest | None:
        dialog = cls(parent, today, first, last, folder or documents_folder())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        result = dialog.request()
        return result if isinstance(result, ExportRequest) else None


class ImportDialog(QDialog):
    """A JSON export to bring in, merged (default) or replacing the journal."""

    def __init__(self, parent: QWidget | None, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(540)  # room for a full path or backup line
        self._folder = folder
        self.path = _PathField(self._choose_file, self.tr("File to import"))
        self.merge = QRadioButton(self.tr("Add to my journal (merge)"))
        self.replace = QRadioButton(self.tr("Replace my journal with the file"))
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.replace)
        self.merge.setChecked(True)
        merge_help = QLabel(
            self.tr(
                "Adds what the file has and your journal lacks. If a day has a different page in each, "
                "nothing is imported and you are told which day."
            )
        )
        replace_help = QLabel(self.tr("Everything in your journal is replaced. A backup of it is made first."))
        for label in (merge_help, replace_help):
            label.setWordWrap(True)
            label.setIndent(24)
        self.error = QLabel("")
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("File"), self.path)
        layout.addLayout(form)
        layout.addWidget(self.merge)
        layout.addWidget(merge_help)
        layout.addWidget(self.replace)
        layout.addWidget(replace_help)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _choose_file(self, current: str) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import"), current or str(self._folder), self.tr("Recovery Journal export (*.json)")
        )
        return chosen

    def request(self) -> ImportRequest | str:
        path = self.path.path()
        if path is None:
            return self.tr("Choose a file to import.")
        if not path.is_file():
            return self.tr("There is no file {path}.").format(path=path)
        return ImportRequest(path, self.replace.isChecked())

    def accept(self) -> None:
        result = self.request()
        if isinstance(result, str):
            self.error.setText(result)
            self.error.show()
            return
        super().accept()

    @classmethod
    def get_import(cls, parent: QWidget | None, folder: Path | None = None) -> ImportRequest | None:
        dialog = cls(parent, folder or documents_folder())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        result = dialog.request()
        return result if isinstance(result, ImportRequest) else None


def describe_backup(info: BackupInfo) -> str:
    if info.entries is None and info.damaged:
        entries = QCoreApplication.translate("ExchangeDialogs", "damaged, cannot be restored")
    elif info.entries is None:
        entries = QCoreApplication.translate("ExchangeDialogs", "cannot be read")
    else:
        entries = plural(QCoreApplication.translate("ExchangeDialogs", "%n day page(s)", None, info.entries), info.entries)
    reason = _tr(REASON_LABELS[info.reason]) if info.reason in REASON_LABELS else info.reason
    return f"{date_time_text(info.created)} — {entries} ({reason})"


class RestoreDialog(QDialog):
    """The backups, newest first, with dates and entry counts; unreadable ones cannot be chosen."""

    def __init__(self, parent: QWidget | None, backups: list[BackupInfo]) -> None:
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
        for info in backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, info)
            if not info.readable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        empty = QLabel(self.tr("There are no backups yet."))
        empty.setVisible(not backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._sync)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(row)
                break
        self._sync()

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


class ExchangeActions(QObject):
    """File → Export…, Import…, Back up now, Restore from backup…, and the daily backup.

    The window passes in how to reach the journal, so encryption (another
    opener and connection factory) needs no change here:

    - ``journal_file``: the journal's path (backups live beside it);
    - ``opener()``: opens a *new* Journal on that file, for the worker thread;
    - ``today()``: the clock;
    - ``close_journal()``: flush the editor and close the window's journal (before import and restore);
      returning False (the editor could not save) cancels the import or restore;
    - ``reopen()``: open it again and refresh everything (after import and restore, also after a failure);
    - ``connect``: the backup connection factory (see ``desktop.store.backup``; default plain SQLite).

    Results are reported through ``done`` (a line for the status bar) and
    ``failed`` (one line to show in a message box).
    """

    done = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        journal_file: Path,
        opener: Callable[[], Journal],
        today: Callable[[], date],
        close_journal: Callable[[], bool | None],
        reopen: Callable[[], object],
        connect: ConnectionFactory | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._journal_file = journal_file
        self._opener = opener
        self._today = today
        self._close_journal = close_journal
        self._reopen = reopen
        self._connect_factory = connect
        self._now = now
        self.runner = TaskRunner(window)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_other = ImportFromOtherApp(window, self.run_reading, self.run_writing, documents_folder)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.export_action.triggered.connect(self.export)
        self.import_action.triggered.connect(self.import_file)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.restore)

    @property
    def _connect(self) -> ConnectionFactory:
        from desktop.store.backup import plain_sqlite_connect

        return self._connect_factory or plain_sqlite_connect

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.import_other.action, self.backup_action, self.restore_action]

    def set_journal_actions_enabled(self, enabled: bool) -> None:
        """Export, import and backup need an open journal; restore works without one."""
        for action in (self.export_action, self.import_action, self.import_other.action, self.backup_action):
            action.setEnabled(enabled)

    # -- export --------------------------------------------------------------------

    def export(self) -> None:
        from desktop.exchange.pdf_summary import default_range

        with self._opener() as journal:
            first, last = default_range(journal.history(), self._today())
        request = ExportDialog.get_export(self._window, self._today(), first, last)
        if request is not None:
            self.run_export(request)

    def run_export(self, request: ExportRequest) -> None:
        opener = self._opener

        def work() -> Path:
            from desktop.exchange.formats import export_to

            with opener() as journal:
                export_to(request.format, journal, request.path, request.options)
            return request.path

        self.runner.run(
            self.tr("Exporting…"),
            work,
            on_done=lambda path: self.done.emit(self.tr("Exported to {path}.").format(path=path)),
            on_error=self.failed.emit,
        )

    # -- import --------------------------------------------------------------------

    def import_file(self) -> None:
        request = ImportDialog.get_import(self._window)
        if request is not None:
            self.run_import(request)

    def run_import(self, request: ImportRequest) -> None:
        opener, connect, now = self._opener, self._connect, self._now

        def work() -> str:
            from desktop.exchange.json_format import import_json

            with opener() as journal:
                summary = import_json(journal, request.path, replace_all=request.replace_all, now=now, connect=connect)
            if summary.replaced:
                text = self.tr("Replaced your journal with {file}: {added} added, {skipped} already there.")
            else:
                text = self.tr("Imported {file}: {added} added, {skipped} already there.")
            return text.format(file=request.path.name, added=summary.added, skipped=summary.skipped)

        if not self._journal_closed():
            return
        self.runner.run(
            self.tr("Importing…"), work, on_done=self._reopen_then(self.done), on_error=self._reopen_then(self.failed)
        )

    def run_reading(
        self, label: str, work: Callable[[Journal, date], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]
    ) -> None:
        """``work(journal, today)`` on a journal of its own, on the worker: a preview, which writes nothing.

        Quiet: the dialog that asked shows its own "Reading…" in place; a window-modal
        "please wait" over it would take the keyboard from her.
        """
        opener, today = self._opener, self._today()

        def job() -> Any:
            with opener() as journal:
                return work(journal, today)

        self.runner.run(label, job, on_done=on_done, on_error=on_error, quiet=True)

    def run_writing(self, label: str, work: Callable[[Journal, date], str]) -> None:
        """``work(journal, today)`` as every import writes: the window's journal closed, then reopened; one line reported."""
        opener, today = self._opener, self._today()

        def job() -> str:
            with opener() as journal:
                return work(journal, today)

        if not self._journal_closed():
            return
        self.runner.run(label, job, on_done=self._reopen_then(self.done), on_error=self._reopen_then(self.failed))

    # -- backups -------------------------------------------------------------------

    def back_up_now(self) -> None:
        from desktop.store.backup import back_up_now

        path, connect, now = self._journal_file, self._connect, self._now
        self.runner.run(
            self.tr("Backing up…"),
            lambda: back_up_now(path, now(), connect=connect),
            on_done=lambda info: self.done.emit(self.tr("Backed up: {backup}.").format(backup=describe_backup(info))),
            on_error=self.failed.emit,
        )

    def after_open(self) -> None:
        """The automatic backup on the first open of a day; quiet unless it fails."""
        from desktop.store.backup import ensure_daily_backup

        path, connect, now = self._journal_file, self._connect, self._now
        self.runner.run(
            self.tr("Backing up…"),
            lambda: ensure_daily_backup(path, now(), connect),
            on_error=lambda message: self.failed.emit(
                self.tr("Today's automatic backup could not be made: {message}").format(message=message)
            ),
        )

    def restore(self) -> None:
        from desktop.store.backup import list_backups

        chosen = RestoreDialog.get_backup(self._window, list_backups(self._journal_file, self._connect))
        if chosen is not None:
            self.run_restore(chosen)

    def run_restore(self, backup: BackupInfo) -> None:
        from desktop.store.backup import restore_backup

        path, connect, now = self._journal_file, self._connect, self._now

        def work() -> str:
            restore_backup(path, backup.path, now(), connect)
            return self.tr("Restored the backup of {moment}. Your journal as it was is kept as a backup.").format(
                moment=date_time_text(backup.created)
            )

        if not self._journal_closed():
            return
        self.runner.run(
            self.tr("Restoring…"), work, on_done=self._reopen_then(self.done), on_error=self._reopen_then(self.failed)
        )

    def offer_restore_after_failure(self, reason: str) -> bool:
        """The journal did not open: offer the newest backup that passes the check. True if restoring."""
        from desktop.store.backup import newest_good_backup

        good = newest_good_backup(self._journal_file, self._connect)
        if good is None:
            return False
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore from a backup?"),
            self.tr(
                "Your journal could not be opened ({reason}). The file was not changed.\n\n"
                "The newest good backup is from {backup}. Put it in place of the journal? "
                "The file as it is now is kept among the backups."
            ).format(reason=reason, backup=describe_backup(good)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.run_restore(good)
        return True

    def _journal_closed(self) -> bool:
        if self._close_journal() is False:
            self.failed.emit(self.tr("Your last changes could not be saved, so nothing was changed. Please try again."))
            return False
        return True

    def _reopen_then(self, signal: SignalInstance) -> Callable[[str], None]:
        def report(message: str) -> None:
            self._reopen()
            signal.emit(message)

        return report
