"""The Export and Import dialogs, each opened through a classmethod that returns plain data (or None).

The Restore dialog is in ``restore_dialog``; the four File actions that open
them and run the work on the window's task runner are in ``actions``.
The Export dialog's default range for the PDF comes from the journal's
history: :meth:`ExportDialog.get_export_filled` opens the dialog at once and
fills the range in when the journal lane has read it (an encrypted journal
derives its key first, about 0.3 s).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.formats import ExportOptions
from desktop.ui.exchange.export_place import (
    default_export_folder,
    dialog_start,
    documents_or_home,
    remember_export_folder,
    remember_summary_name,
    remembered_summary_name,
)
from desktop.ui.exchange.path_field import PathField
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, plural
from desktop.ui.settings.preferences import load_preferences
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.date_field import DateField, focus_first_problem

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


def _tr(text: str) -> str:
    """A label of the tables above in her language."""
    return QCoreApplication.translate("ExchangeDialogs", text)


def documents_folder() -> Path:
    return documents_or_home()  # a folder that exists: Documents, else home


@dataclass(frozen=True)
class ExportRequest:
    format: str
    path: Path
    options: ExportOptions


@dataclass(frozen=True)
class ImportRequest:
    path: Path
    replace_all: bool


class ExportDialog(QDialog):
    """Format, file, and for the PDF a date range, whether to include notes, and an optional name.

    ``printing``: File ▸ Print…'s summary options — the PDF's, without format or file.
    """

    def __init__(
        self, parent: QWidget | None, today: date, first: date, last: date, folder: Path, *, printing: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print summary") if printing else self.tr("Export"))
        self.printing = printing
        self.setMinimumWidth(540)  # room for a full path or backup line
        self._today = today
        self._folder = folder
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for key, (label, _ext) in FORMATS.items():
            self.format.addItem(_tr(label), key)
        self.path = PathField(self._choose_file, self.tr("File"))
        self.first = DateField(first, self.tr("Symptoms from"))
        self.last = DateField(last, self.tr("Symptoms to"))
        self.include_notes = QCheckBox(self.tr("Include my day notes"))
        self.name = QLineEdit(remembered_summary_name())  # kept in this computer's settings only, as the folder is
        self.name.setAccessibleName(self.tr("Name on the summary"))
        self.name.setPlaceholderText(self.tr("optional: printed on every page"))
        self.reminders = QCheckBox(self.tr("Add reminders"))
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 60)
        self.reminder_days.setValue(1)
        self.reminder_days.valueChanged.connect(self._days_before_suffix)
        self._days_before_suffix(self.reminder_days.value())  # "1 day before", "2 days before"
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
        self._pdf_rows = [QLabel(self.tr("Symptoms from")), self.first, QLabel(self.tr("to")), self.last,
                          QLabel(self.tr("Name")), self.name]
        form.addRow(self._pdf_rows[0], self.first)
        form.addRow(self._pdf_rows[2], self.last)
        form.addRow("", self.include_notes)
        form.addRow(self._pdf_rows[4], self.name)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminders)
        reminder_row.addWidget(self.reminder_days)
        form.addRow("", reminder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Print…") if printing else self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
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
        if printing:  # the summary's options only: a printout has no format and no file
            self.format.setCurrentIndex(self.format.findData("pdf"))
            for row in (0, 1):
                form.setRowVisible(row, False)
            note.hide()
        self._on_format_changed()
        self.loading = False
        self.path.edit.textChanged.connect(self._recheck)  # a valid choice clears the error at once

    def _days_before_suffix(self, days: int) -> None:
        self.reminder_days.setSuffix(plural(self.tr(" day(s) before", "", days), days))

    def _recheck(self) -> None:
        """While an error shows, each change of the path checks again: fixed, it goes; else it says what is wrong now."""
        if self.error.isHidden():
            return
        result = self.request()
        if isinstance(result, str):
            self.error.setText(result)
        else:
            self.error.hide()

    def set_loading(self, loading: bool) -> None:
        """While the range is read from the journal: the range and Export wait (the rest can be chosen)."""
        for widget in (self.first, self.last, self.export_button):
            widget.setEnabled(not loading)
        self.loading = loading

    def set_range(self, first: date, last: date) -> None:
        """The default range for the PDF arrived from the journal lane."""
        self.first.setDate(first)
        self.last.setDate(last)
        self.set_loading(False)

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
        start = dialog_start(Path(current).expanduser() if current.strip() else None, self._folder, self._default_name())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            start,
            self.tr("{format} files (*.{extension})").format(format=key.upper(), extension=FORMATS[key][1]),
        )
        return chosen

    def request(self) -> ExportRequest | str:
        """The export she asked for, or what is wrong with it in one line."""
        path = Path() if self.printing else self.path.path()
        if path is None:
            return self.tr("Choose a file to export to.")
        if not self.printing and not path.parent.is_dir():
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
            name=self.name.text().strip() if key == "pdf" else "",
            discreet=key == "ics" and load_preferences().discreet,  # discreet mode: neutral titles in the file too
        )
        return ExportRequest(key, path, options)

    def accept(self) -> None:
        if self.loading:
            return  # Enter before the range arrived: Export is not offered yet
        result = self.request()
        if isinstance(result, str):
            self.error.setText(result)
            self.error.show()
            return
        super().accept()

    @classmethod
    def get_export_filled(
        cls,
        parent: QWidget | None,
        today: date,
        runner: TaskRunner,
        read_range: Callable[[], tuple[date, date]],
        folder: Path | None = None,
        *,
        printing: bool = False,
    ) -> ExportRequest | None:
        """Open at once; ``read_range`` runs on the journal lane and fills the PDF's range in."""
        dialog = cls(parent, today, today, today, folder or default_export_folder(otherwise=documents_folder), printing=printing)
        dialog.set_loading(True)
        open_ = [True]

        def fill(answer: tuple[date, date]) -> None:
            if open_[0]:
                dialog.set_range(*answer)

        def fail(message: str) -> None:
            if open_[0]:
                dialog.set_loading(False)  # today to today: she can still type the range she wants
                dialog.error.setText(message)
                dialog.error.show()

        runner.run(QCoreApplication.translate("ExportDialog", "Reading your journal…"), read_range, on_done=fill, on_error=fail, quiet=True)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            open_[0] = False
        if not accepted:
            return None
        return _remembered(dialog.request(), dialog.printing)

    @classmethod
    def get_export(
        cls, parent: QWidget | None, today: date, first: date, last: date, folder: Path | None = None
    ) -> ExportRequest | None:
        dialog = cls(parent, today, first, last, folder or default_export_folder(otherwise=documents_folder))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return _remembered(dialog.request())


def _remembered(result: ExportRequest | str, printing: bool = False) -> ExportRequest | None:
    """The export she asked for, its folder (and a PDF's name line) remembered for the next one; None for a refused one."""
    if not isinstance(result, ExportRequest):
        return None
    if not printing:
        remember_export_folder(result.path.parent)
    if result.format == "pdf":
        remember_summary_name(result.options.name)
    return result


class ImportDialog(QDialog):
    """A JSON export to bring in, merged (default) or replacing the journal."""

    def __init__(self, parent: QWidget | None, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(540)  # room for a full path or backup line
        self._folder = folder
        self.path = PathField(self._choose_file, self.tr("File to import"))
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
