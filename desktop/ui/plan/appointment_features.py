"""Appointments wired into the main window from one place: Journal ▸ Book an appointment…, the
appointments in the milestone list, and the one quiet "did it take place?" question.

Created by ``JournalFeatures`` when the first journal has loaded (nothing of
it weighs on the first paint); ``on_loaded`` runs at every open, and the
list and the question are refreshed whenever the plan changes, so a
booking, an answer or midnight passing shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.store.errors import JournalError
from desktop.ui.plan.appointments import (
    KEY_PREFIX,
    AppointmentDialog,
    AppointmentQuestion,
    appointment_key,
    appointment_status_text,
    appointment_title_text,
    appointment_when_text,
    appointments_to_ask,
)
from desktop.ui.plan.milestone_panel import MilestonePanel
from desktop.ui.session import JournalModel


class _Window(Protocol):
    """What of the main window this needs (named here, so nothing imports the window module back)."""

    model: JournalModel | None
    journal_menu: QMenu
    milestones: MilestonePanel

    def _stored(self, store: Callable[[], object]) -> bool: ...


class AppointmentFeatures(QObject):
    def __init__(self, window: _Window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._placed = False
        self.book_action = QAction(self.tr("&Book an appointment…"), self)
        self.book_action.setEnabled(False)
        self.question = AppointmentQuestion()

        # -- wiring, top to bottom --
        self.book_action.triggered.connect(self.book)
        self.question.answered.connect(self._on_answered)
        window.milestones.remove_appointment_requested.connect(self.remove)

    def on_loaded(self) -> None:
        model = self._window.model
        assert model is not None
        if not self._placed:
            self._placed = True
            menu = self._window.journal_menu
            after_record = menu.actions()[1] if len(menu.actions()) > 1 else None  # right under "Record a date"
            menu.insertAction(after_record, self.book_action)  # type: ignore[arg-type]  # None appends
            panel_layout = self._window.milestones.layout()
            if panel_layout is not None:
                panel_layout.addWidget(self.question)
        self.book_action.setEnabled(True)
        self.question.ask(None)  # a question about another file's appointment does not carry over
        model.plan_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """The coming appointments in the milestone list; ask about one that passed, if any (once each)."""
        model = self._window.model
        if model is None:
            return
        today = model.today()
        try:
            appointments = model.journal.appointments()
        except JournalError:  # busy: the next change of plan tries again
            return
        rows = [
            [appointment_key(a), appointment_title_text(a), appointment_when_text(a), appointment_status_text(a, today),
             self.tr("Booked by you")]
            for a in appointments
            if a.day >= today
        ]
        self._window.milestones.set_appointments(rows)
        if self.question.asking() is None:
            waiting = appointments_to_ask(appointments, today)
            if waiting and waiting[0].id is not None:
                self.question.ask(waiting[0])
                # Asked once: had she closed the window without answering, the question does not come back.
                self._window._stored(lambda: model.journal.answer_appointment(waiting[0].id or 0, "unanswered", today=today))

    def book(self) -> None:
        model = self._window.model
        if model is None:
            return
        parent = self._window if isinstance(self._window, QWidget) else None
        appointment = AppointmentDialog.get_appointment(parent, model.today())
        if appointment is not None:
            self._window._stored(lambda: model.book_appointment(appointment))

    def remove(self, key: str) -> None:
        """The milestone list's Remove on an appointment row: asked first, as for her own milestones."""
        model = self._window.model
        if model is None or not key.startswith(KEY_PREFIX):
            return
        appointment = next((a for a in model.journal.appointments() if appointment_key(a) == key), None)
        if appointment is None:
            return
        parent = self._window if isinstance(self._window, QWidget) else None
        answer = QMessageBox.question(
            parent,
            self.tr("Remove appointment"),
            self.tr("Remove “{title}” on {when}?").format(
                title=appointment_title_text(appointment), when=appointment_when_text(appointment)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and appointment.id is not None:
            appointment_id = appointment.id
            self._window._stored(lambda: model.remove_appointment(appointment_id))

    def _on_answered(self, appointment_id: int, outcome: str) -> None:
        model = self._window.model
        if model is not None:
            self._window._stored(lambda: model.answer_appointment(appointment_id, outcome))
