"""Appointments wired into the main window from one place: Journal ▸ Book an appointment…, the
appointments in the milestone list, and the one quiet "did it take place?" question.

Made by the composition root (``desktop/ui/app.py``) when the first journal
has loaded (nothing of it weighs on the first paint), with the session, a
parent for its dialogs, the Book action and the milestone list; ``on_loaded``
runs at every open, and the list and the question are refreshed whenever the
session's plan changes, so a booking, an answer or midnight passing shows at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store.errors import JournalError
from desktop.ui.changes import Change
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
from desktop.ui.session import JournalSession

Stored = Callable[[Callable[[], object]], bool]  # runs a change; a refusal is shown in its one line (False)


class AppointmentFeatures(QObject):
    def __init__(
        self,
        session: JournalSession,
        parent: QWidget,
        *,
        book_action: QAction,
        milestones: MilestonePanel,
        stored: Stored,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._milestones = milestones
        self._stored = stored
        self.question = AppointmentQuestion()
        layout = milestones.layout()
        if layout is not None:
            layout.addWidget(self.question)  # under the list: asked quietly, answered when she likes

        # -- wiring, top to bottom --
        book_action.triggered.connect(self.book)
        self.question.answered.connect(self._on_answered)
        milestones.remove_appointment_requested.connect(self.remove)
        session.changed.connect(self._on_change)

    def on_loaded(self) -> None:
        """At every open: a question about another file's appointment does not carry over."""
        self.question.ask(None)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.plan:
            self.refresh()

    def refresh(self) -> None:
        """The coming appointments in the milestone list; ask about one that passed, if any (once each)."""
        session = self._session
        if not session.is_open():
            return
        today = session.today()
        try:
            appointments = session.appointments()
        except JournalError:  # busy: the next change of plan tries again
            return
        rows = [
            [appointment_key(a), appointment_title_text(a), appointment_when_text(a), appointment_status_text(a, today),
             self.tr("Booked by you")]
            for a in appointments
            if a.day >= today
        ]
        self._milestones.set_appointments(rows)
        if self.question.asking() is None:
            waiting = appointments_to_ask(appointments, today)
            if waiting and waiting[0].id is not None:
                asked = waiting[0].id
                self.question.ask(waiting[0])
                # Asked once: had she closed the window without answering, the question does not come back.
                self._stored(lambda: session.note_appointment_asked(asked))

    def book(self) -> None:
        session = self._session
        if not session.is_open():
            return
        appointment = AppointmentDialog.get_appointment(self._parent, session.today())
        if appointment is not None:
            self._stored(lambda: session.book_appointment(appointment))

    def remove(self, key: str) -> None:
        """The milestone list's Remove on an appointment row: asked first, as for her own milestones."""
        session = self._session
        if not session.is_open() or not key.startswith(KEY_PREFIX):
            return
        appointment = next((a for a in session.appointments() if appointment_key(a) == key), None)
        if appointment is None or appointment.id is None:
            return
        answer = QMessageBox.question(
            self._parent,
            self.tr("Remove appointment"),
            self.tr("Remove “{title}” on {when}?").format(
                title=appointment_title_text(appointment), when=appointment_when_text(appointment)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            appointment_id = appointment.id
            self._stored(lambda: session.remove_appointment(appointment_id))

    def _on_answered(self, appointment_id: int, outcome: str) -> None:
        if self._session.is_open():
            self._stored(lambda: self._session.answer_appointment(appointment_id, outcome))
