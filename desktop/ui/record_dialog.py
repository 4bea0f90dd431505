"""The small dialog that records a date: a loss, a procedure, a period or a consultation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.guidance.kinds import EventKind
from desktop.ui.calendar import to_date, to_qdate
from desktop.ui.form_fields import date_field, note_field, save_cancel_buttons
from desktop.ui.i18n import kind_label


@dataclass(frozen=True)
class RecordedDate:
    kind: EventKind
    date: date
    note: str


class RecordDateDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: date, kind: EventKind | None, initial: date | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a date"))
        self.kind = QComboBox()
        for event_kind in EventKind:
            self.kind.addItem(kind_label(event_kind), event_kind)
        if kind is not None:
            self.kind.setCurrentIndex(list(EventKind).index(kind))
        self.kind.setAccessibleName(self.tr("What happened"))
        self.date = date_field(min(initial or today, today))
        self.date.setMaximumDate(to_qdate(today))  # things are recorded once they have happened
        self.note = note_field()
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        hint = QLabel(self.tr("You can change or delete recorded dates later."))
        hint.setObjectName("hint")
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def value(self) -> RecordedDate:
        return RecordedDate(self.kind.currentData(), to_date(self.date.date()), self.note.text().strip())

    @classmethod
    def get_date(
        cls, parent: QWidget | None, today: date, kind: EventKind | None = None, initial: date | None = None
    ) -> RecordedDate | None:
        dialog = cls(parent, today, kind, initial)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
