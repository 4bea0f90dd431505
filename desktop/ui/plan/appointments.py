"""Appointments in the window: booking one, its words in the lists and reminders, and "did it happen?".

An appointment (``records.Appointment``) is booked ahead with a day, a time
and a place: a consultation with a gynecologist, or anything she names. It
shows in the milestone list ("in 3 days, 10:30"), on the calendar, and (when
she turned reminders on) as a reminder on its day. When its day has passed
and she has not said whether it happened, she is asked once, quietly, in a
small strip she can close; closing it counts as asked ("unanswered"), so the
question never comes back. "Yes" for a consultation records the consultation
date, which completes the plan's to-do, exactly as recording it by hand.

Its sentences are made once, in desktop/wording.py (the CLI, the PDF and
the calendar file word it the same); here they are in her language and dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.records import PLACE_MAX, TITLE_MAX, Appointment
from desktop.ui.day.medicines_editor import parse_time_of_day
from desktop.ui.settings.i18n import wording
from desktop.ui.widgets.date_field import focus_first_problem
from desktop.ui.widgets.form_fields import date_field, save_cancel_buttons

KEY_PREFIX = "appointment-"  # its key in the milestone list and the reminders' bookkeeping


def appointment_key(appointment: Appointment) -> str:
    return f"{KEY_PREFIX}{appointment.id}"


def clock_text(at: time) -> str:
    return wording().clock(at)


def appointment_title_text(appointment: Appointment) -> str:
    return wording().appointment_title(appointment)


def appointment_when_text(appointment: Appointment) -> str:
    """"10 Dec 2026, 10:30"."""
    return wording().appointment_when(appointment)


def appointment_status_text(appointment: Appointment, today: date) -> str:
    """"in 3 days, 10:30", "today, 10:30"; a past one says whether it took place."""
    return wording().appointment_status(appointment, today)


def appointment_reminder_text(appointment: Appointment, *, discreet: bool = False) -> str:
    return wording().appointment_reminder(appointment, discreet=discreet)


def appointments_due(appointments: Sequence[Appointment], day: date) -> list[Appointment]:
    return [a for a in appointments if a.day == day]


def appointments_to_ask(appointments: Sequence[Appointment], today: date) -> list[Appointment]:
    """Past appointments she was not yet asked about (at most once each: any answer, or closing, ends it)."""
    return [a for a in appointments if a.day < today and a.outcome is None]


def question_text(appointment: Appointment) -> str:
    return wording().appointment_question(appointment)


class AppointmentDialog(QDialog):
    """Book an appointment: a consultation (the default) or one she names, a day, a time and a place."""

    def __init__(self, parent: QWidget | None, initial: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book an appointment"))
        self.consultation = QCheckBox(self.tr("A &consultation with a gynecologist"))
        self.consultation.setChecked(True)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("What it is, e.g. Ultrasound"))
        self.title.setAccessibleName(self.tr("What it is"))
        self.day = date_field(initial, self.tr("Day of the appointment"))
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.time.setAccessibleName(self.tr("Time"))
        self.place = QLineEdit()
        self.place.setMaxLength(PLACE_MAX)
        self.place.setPlaceholderText(self.tr("Optional"))
        self.place.setAccessibleName(self.tr("Place"))
        self.problem = QLabel("")
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("What"), self.title)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("Place"), self.place)
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.consultation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.consultation.toggled.connect(self._sync)
        self.title.textChanged.connect(self._sync)
        self._sync()
        # She opens this to type a day: it has the keyboard, its text selected (seen under Xvfb: the
        # check box above had it, and a date typed at once went nowhere).
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sync(self) -> None:
        self.title.setEnabled(not self.consultation.isChecked())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.consultation.isChecked() or bool(self.title.text().strip()))

    def _time(self) -> time | None:
        try:
            return parse_time_of_day(self.time.text())
        except ValueError:
            return None

    def accept(self) -> None:
        if not focus_first_problem([self.day]):
            return
        if self._time() is None:
            self.problem.setText(self.tr("Type the time as HH:MM, like 10:30."))
            self.problem.show()
            self.time.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def value(self) -> Appointment:
        day, at = self.day.value(), self._time()
        assert day is not None and at is not None, "accept() lets only a day and a time through"
        consultation = self.consultation.isChecked()
        return Appointment(
            day, at, title="" if consultation else self.title.text().strip(), place=self.place.text().strip(),
            consultation=consultation,
        )

    @classmethod
    def get_appointment(cls, parent: QWidget | None, initial: date) -> Appointment | None:
        dialog = cls(parent, initial)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AppointmentQuestion(QFrame):
    """The strip that asks, once, whether a past appointment took place."""

    answered = Signal(int, str)  # appointment id, one of records.APPOINTMENT_OUTCOMES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentQuestion")
        self._appointment: Appointment | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.yes_button = QPushButton(self.tr("Yes, it did"))
        self.no_button = QPushButton(self.tr("No"))
        self.close_button = QPushButton(self.tr("Don't ask"))
        self.close_button.setToolTip(self.tr("Close without an answer; you will not be asked again"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        for button in (self.yes_button, self.no_button, self.close_button):
            row.addWidget(button)
        self.yes_button.clicked.connect(lambda: self._answer("happened"))
        self.no_button.clicked.connect(lambda: self._answer("not-happened"))
        self.close_button.clicked.connect(lambda: self._answer("unanswered"))
        self.hide()

    def ask(self, appointment: Appointment | None) -> None:
        """Ask about ``appointment`` (None: nothing to ask, the strip hides)."""
        self._appointment = appointment
        if appointment is None:
            self.hide()
            return
        self.text.setText(question_text(appointment))
        self.setAccessibleDescription(question_text(appointment))
        self.show()

    def asking(self) -> Appointment | None:
        return self._appointment if not self.isHidden() else None

    def _answer(self, outcome: str) -> None:
        appointment = self._appointment
        self.hide()
        self._appointment = None
        if appointment is not None and appointment.id is not None:
            self.answered.emit(appointment.id, outcome)
