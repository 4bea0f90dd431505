"""The small dialog that records a date: a loss, a procedure, a period or a consultation.

A loss, a procedure or a period is recorded once it has happened; a consultation may
be ahead (a booked appointment). A date that breaks a rule is refused with the reason
under the field; what the store refuses (its own rules) is shown in the dialog too, and
the dialog stays open with what she typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.guidance.kinds import EventKind
from desktop.store.errors import JournalError
from desktop.store.records import LATEST_DATE
from desktop.ui.settings.i18n import kind_label, medium_date
from desktop.ui.widgets.date_field import focus_first_problem
from desktop.ui.widgets.form_fields import date_field, note_field, save_cancel_buttons


@dataclass(frozen=True)
class RecordedDate:
    kind: EventKind
    date: date
    note: str


class RecordDateDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: date, kind: EventKind | None, initial: date | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a date"))
        self._today = today
        self.kind = QComboBox()
        for event_kind in EventKind:
            self.kind.addItem(kind_label(event_kind), event_kind)
        if kind is not None:
            self.kind.setCurrentIndex(list(EventKind).index(kind))
        self.kind.setAccessibleName(self.tr("What happened"))
        start = initial or today
        if kind != EventKind.CONSULTATION:  # a day ahead selected in the calendar is no date to offer for a loss
            start = min(start, today)
        self.date = date_field(start)
        self.note = note_field()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("fieldProblem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        hint = QLabel(self.tr("You can change or delete recorded dates later."))
        hint.setObjectName("hint")
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._sync_limits)
        self._sync_limits()

    def _sync_limits(self) -> None:
        """Things are recorded once they have happened; only a consultation may be booked ahead."""
        if self.kind.currentData() == EventKind.CONSULTATION:
            self.date.set_latest(LATEST_DATE)
        else:
            reason = self.tr("A {kind} cannot be in the future (today is {today}).").format(
                kind=kind_label(self.kind.currentData()).lower(), today=medium_date(self._today)
            )
            self.date.set_latest(self._today, reason)

    def show_problem(self, text: str) -> None:
        """What the store refused, in its one line; her values stay in the fields."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def accept(self) -> None:
        if focus_first_problem([self.date]):
            super().accept()

    def value(self) -> RecordedDate:
        day = self.date.value()
        assert day is not None, "accept() lets only an allowed date through"
        return RecordedDate(self.kind.currentData(), day, self.note.text().strip())

    def run(self, save: Callable[[RecordedDate], object] | None = None) -> RecordedDate | None:
        """Ask until she cancels or ``save`` takes the date; a refusal is shown and she can correct it."""
        while self.exec() == QDialog.DialogCode.Accepted:
            recorded = self.value()
            if save is None:
                return recorded
            try:
                save(recorded)
            except JournalError as error:
                self.show_problem(str(error))
                continue
            return recorded
        return None

    @classmethod
    def get_date(
        cls,
        parent: QWidget | None,
        today: date,
        kind: EventKind | None = None,
        initial: date | None = None,
        save: Callable[[RecordedDate], object] | None = None,
    ) -> RecordedDate | None:
        return cls(parent, today, kind, initial).run(save)
