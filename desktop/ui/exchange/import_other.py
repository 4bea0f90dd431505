"""File ▸ Import from another app…: choose the app and its export, see what will be added, then import.

The dialog reads nothing itself: ``Enter`` asks for a preview, which runs on
the worker thread (``ExchangeActions.run_reading``: a journal of its own,
nothing written) and is shown as a list — the days and period starts to add,
the days kept because they already have a page, and what is skipped with its
reason. ``Enter`` again (Import) hands that preview back; the writing then
runs as every import does (``ExchangeActions.run_writing``: the window's
journal closed, one transaction, reopened, a line in the status bar).
Changing the app or the file forgets the preview, so what is written is
always what she saw.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, kind_label, medium_date, number_text, plural

if TYPE_CHECKING:  # the store loads after the window is first painted
    from desktop.exchange.importers.preview import ImportPreview
    from desktop.store import Journal
    from desktop.store.records import DayRecord

# key (as in desktop.exchange.importers.apps.APPS) -> (label, file filter); English, shown through translate.
APP_CHOICES: dict[str, tuple[str, str]] = {
    "drip": ("drip", QT_TRANSLATE_NOOP("ImportOtherApp", "drip export (*.csv)")),
    "mensinator": ("Mensinator", QT_TRANSLATE_NOOP("ImportOtherApp", "Mensinator export (*.json)")),
    "jrnl": ("jrnl", QT_TRANSLATE_NOOP("ImportOtherApp", "jrnl JSON export (*.json)")),
    "dayone": ("Day One", QT_TRANSLATE_NOOP("ImportOtherApp", "Day One JSON export (*.zip *.json)")),
}

PreviewRequest = Callable[[str, Path, Callable[["ImportPreview"], None], Callable[[str], None]], None]


class ImportOtherDialog(QDialog):
    """The app, its export file, and the preview; Enter shows the preview, Enter again imports it."""

    def __init__(self, parent: QWidget | None, request_preview: PreviewRequest, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from another app"))
        self.setMinimumWidth(600)
        self._request_preview = request_preview
        self._folder = folder
        self.preview: ImportPreview | None = None
        self.app = QComboBox()
        self.app.setAccessibleName(self.tr("App"))
        for key, (label, _filter) in APP_CHOICES.items():
            self.app.addItem(label, key)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Exported file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)
        intro = QLabel(
            self.tr(
                "Days that already have a page in your journal are kept as they are. "
                "Nothing is written until you press Import."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel(self.tr("Choose the app and its exported file, then press Enter to see what will be added."))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("What will be imported"))
        self.error = QLabel("")
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = buttons.addButton(self.tr("Show what will be added"), QDialogButtonBox.ButtonRole.AcceptRole)
        form = QFormLayout()
        form.addRow(self.tr("App"), self.app)
        form.addRow(self.tr("File"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        choose.clicked.connect(self._choose_file)
        self.app.currentIndexChanged.connect(self._forget_preview)
        self.path.textChanged.connect(self._forget_preview)
        self.go_button.setDefault(True)  # once inside the dialog: Enter anywhere previews, then imports (never Cancel)
        self.app.setFocus()

    def chosen_app(self) -> str:
        return str(self.app.currentData())

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from another app"),
            self.path.text() or str(self._folder),
            QCoreApplication.translate("ImportOtherApp", APP_CHOICES[self.chosen_app()][1]),
        )
        if chosen:
            self.path.setText(chosen)

    def _forget_preview(self) -> None:
        self.preview = None
        self.list.clear()
        self.error.hide()
        self.go_button.setText(self.tr("Show what will be added"))
        self.go_button.setEnabled(True)

    def accept(self) -> None:
        """Enter: first the preview, then (when it adds something) the import."""
        if self.preview is not None:
            if self.preview.adds_anything():
                super().accept()
            return
        text = self.path.text().strip()
        if not text:
            return self._show_error(self.tr("Choose the file the app exported."))
        path = Path(text).expanduser()
        if not path.exists():
            return self._show_error(self.tr("There is no file {path}.").format(path=path))
        self.error.hide()
        self.go_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {file}…").format(file=path.name))
        app = self.chosen_app()
        self._request_preview(
            app,
            path,
            lambda preview: self._show_preview(app, text, preview),
            lambda message: self._show_error(message) if self._still_chosen(app, text) else None,
        )

    def _still_chosen(self, app: str, text: str) -> bool:
        """A preview (or refusal) arriving after she changed the app or the file is not for them."""
        return (app, text) == (self.chosen_app(), self.path.text().strip())

    def _show_error(self, message: str) -> None:
        self.go_button.setEnabled(True)
        self.summary.setText(self.tr("Nothing was read, and nothing was changed."))
        self.error.setText(message)
        self.error.show()

    def _show_preview(self, app: str, text: str, preview: ImportPreview) -> None:
        if not self._still_chosen(app, text):
            return
        self.list.clear()
        self.list.addItems(preview_rows(preview))
        self.summary.setText(preview_summary(preview))
        self.preview = preview
        self.go_button.setText(self.tr("Import"))
        self.go_button.setEnabled(preview.adds_anything())
        self.go_button.setDefault(True)
        self.list.setFocus()
        if self.list.count():
            self.list.setCurrentRow(0)

    @classmethod
    def get_preview(cls, parent: QWidget | None, request_preview: PreviewRequest, folder: Path) -> ImportPreview | None:
        """The preview she chose to import, or None (cancelled): nothing has been written either way."""
        dialog = cls(parent, request_preview, folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.preview


class ImportOtherApp:
    """The translation context of a plural: ``ImportOtherApp.tr("%n …", "", n)`` is the spelling pyside6-lupdate
    collects with its plural forms (``translate(ctx, text, None, n)`` loses them), as ``desktop.wording.Wording`` does."""

    @staticmethod
    def tr(text: str, disambiguation: str, n: int) -> str:
        return QCoreApplication.translate("ImportOtherApp", text, disambiguation or None, n)


def preview_summary(preview: ImportPreview) -> str:
    """Counts first: what will be added, what stays as it is, what is skipped."""
    translate = QCoreApplication.translate
    days, dates = len(preview.days), len(preview.events)
    if preview.adds_anything():
        first = translate("ImportOtherApp", "From {file}: {days} and {dates} to add.").format(
            file=preview.file_name,
            days=plural(ImportOtherApp.tr("%n day(s)", "", days), days),
            dates=plural(ImportOtherApp.tr("%n period start(s)", "", dates), dates),
        )
    else:
        first = translate("ImportOtherApp", "Nothing to add from {file}.").format(file=preview.file_name)
    kept, skipped = len(preview.kept_days) + len(preview.known_events), len(preview.skipped)
    return " ".join(
        (
            first,
            plural(ImportOtherApp.tr("%n kept as they are in your journal.", "", kept), kept),
            plural(ImportOtherApp.tr("%n skipped.", "", skipped), skipped),
        )
    )


def preview_rows(preview: ImportPreview) -> list[str]:
    """One line per record, additions first; the text of a page is never shown, only that there is one."""
    translate = QCoreApplication.translate
    rows = [
        translate("ImportOtherApp", "Add {day}: {what}").format(day=medium_date(d.date), what=day_contents(d))
        for d in preview.days
    ]
    rows += [
        translate("ImportOtherApp", "Add the date: {kind}, {day}").format(kind=kind_label(e.kind), day=medium_date(e.date))
        for e in preview.events
    ]
    rows += [
        translate("ImportOtherApp", "Keep {day} as it is: it already has a page").format(day=medium_date(day))
        for day in preview.kept_days
    ]
    rows += [
        translate("ImportOtherApp", "Already recorded: {kind}, {day}").format(kind=kind_label(e.kind), day=medium_date(e.date))
        for e in preview.known_events
    ]
    for item in preview.skipped:
        if item.day is None:
            rows.append(translate("ImportOtherApp", "Skip: {reason}").format(reason=item.reason))
        else:
            rows.append(translate("ImportOtherApp", "Skip {day}: {reason}").format(day=medium_date(item.day), reason=item.reason))
    return rows


def day_contents(record: DayRecord) -> str:
    """What a new page will hold, in her words and her temperature unit (day_fields loads the store: not at first paint)."""
    from desktop.guidance.temperature import to_unit
    from desktop.ui.day.day_fields import BLEEDING_LABELS, temperature_unit_from_settings

    translate = QCoreApplication.translate
    parts = []
    if record.bleeding is not None:
        level = translate("DayFields", BLEEDING_LABELS[record.bleeding]).lower()
        parts.append(translate("ImportOtherApp", "bleeding {level}").format(level=level))
    if record.temperature_c is not None:
        unit = temperature_unit_from_settings()
        value = number_text(to_unit(record.temperature_c, unit))
        parts.append(translate("ImportOtherApp", "temperature {value} {unit}").format(value=value, unit=unit.symbol))
    if record.pain is not None:
        parts.append(translate("ImportOtherApp", "pain {value}").format(value=record.pain))
    if record.mood is not None:
        parts.append(translate("ImportOtherApp", "mood {value}").format(value=record.mood))
    if record.tags:
        parts.append(translate("ImportOtherApp", "tags: {tags}").format(tags=", ".join(record.tags)))
    if record.text.strip():
        parts.append(translate("ImportOtherApp", "a note"))
    return ", ".join(parts)


class ImportFromOtherApp(QObject):
    """The File menu's "Import from another app…" action; the work goes through ExchangeActions' worker."""

    def __init__(
        self,
        window: QWidget,
        run_reading: Callable[[str, Callable[[Journal, date], Any], Callable[[Any], None], Callable[[str], None]], None],
        run_writing: Callable[[str, Callable[[Journal, date], str]], None],
        folder: Callable[[], Path],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._folder = folder
        self._run_reading = run_reading
        self._run_writing = run_writing
        self.action = QAction(self.tr("Import from &another app…"), self)
        self.action.triggered.connect(self.import_from_app)

    def request_preview(
        self, app: str, path: Path, on_done: Callable[[ImportPreview], None], on_error: Callable[[str], None]
    ) -> None:
        def work(journal: Journal, today: date) -> ImportPreview:
            from desktop.exchange.importers.preview import preview_file

            return preview_file(app, journal, path, today)

        self._run_reading(self.tr("Reading the file…"), work, on_done, on_error)

    def import_from_app(self) -> None:
        preview = ImportOtherDialog.get_preview(self._window, self.request_preview, self._folder())
        if preview is not None:
            self.run_import(preview)

    def run_import(self, preview: ImportPreview) -> None:
        def work(journal: Journal, today: date) -> str:
            from desktop.exchange.importers.preview import write_preview

            summary = write_preview(journal, preview, today)
            added = summary.added
            text = self.tr("Imported from {app}: %n record(s) added; days that already had a page were kept.", "", added)
            return plural(text, added).format(app=preview.app_name)

        self._run_writing(self.tr("Importing…"), work)
