"""Appointments in the window, with a fake clock: booked by keyboard, listed with their time, reminded on
their day (when reminders are on), and asked about once when the day has passed."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction

from desktop.guidance.kinds import EventKind
from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.store.records import Appointment
from desktop.ui.actions import Action
from desktop.ui.plan.appointment_features import AppointmentFeatures
from desktop.ui.plan.appointments import AppointmentDialog, appointment_status_text
from desktop.ui.plan.reminders import appointment_reminders
from desktop.ui.settings.preferences import REMINDERS_KEY
from desktop.ui.window.main_window import MainWindow
from tests.keyboard_driver import answer_modal, press, show_active, type_keys

TODAY = date(2026, 3, 19)
LOSS = date(2026, 3, 1)


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def seed(data_dir: Path, *appointments: Appointment) -> None:
    with open_journal(journal_path(data_dir)) as journal:
        journal.add_event(EventKind.MISCARRIAGE, LOSS, today=TODAY)
        for appointment in appointments:
            journal.add_appointment(appointment)


def open_window(qtbot, data_dir: Path, clock: Clock, *, reminders: bool) -> MainWindow:  # type: ignore[no-untyped-def]
    from desktop.ui.app import build_window

    QSettings().setValue(REMINDERS_KEY, reminders)
    window = build_window(data_dir, clock)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.load()
    return window


def book_action(window: MainWindow) -> QAction:
    return window.registry[Action.BOOK_APPOINTMENT]


def features(window: MainWindow) -> AppointmentFeatures:
    assert window.journal_features.appointments is not None, "made when the journal has loaded"
    return window.journal_features.appointments


def appointment_rows(window: MainWindow) -> list[list[str]]:
    tree = window.milestones.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [[item.text(c) for c in range(4)] for item in items if item is not None and
            str(item.data(0, Qt.ItemDataRole.UserRole)).startswith("appointment-")]


def test_status_words_count_down_with_the_time() -> None:
    booked = Appointment(TODAY + timedelta(days=3), time(10, 30))
    assert appointment_status_text(booked, TODAY) == "in 3 days, 10:30"
    assert appointment_status_text(booked, booked.day) == "today, 10:30"
    assert appointment_status_text(Appointment(TODAY, time(9, 0), outcome="happened", id=1), TODAY + timedelta(days=1)) == "took place"


def test_an_appointment_is_reminded_on_its_day_only() -> None:
    booked = Appointment(TODAY, time(10, 30), place="Clinic", id=4)
    other = Appointment(TODAY + timedelta(days=1), time(9, 0), "Ultrasound", consultation=False, id=5)
    [reminder] = appointment_reminders([booked, other], TODAY)
    assert (reminder.key, reminder.text) == ("appointment-4", "Today at 10:30: Consultation with a gynecologist (Clinic).")


def test_a_discreet_reminder_gives_the_time_only() -> None:
    booked = Appointment(TODAY, time(10, 30), "Ultrasound", place="Clinic", consultation=False, id=4)
    [reminder] = appointment_reminders([booked], TODAY, discreet=True)
    assert reminder.text == "Today at 10:30: an appointment in Recovery Journal."


def test_booking_by_keyboard_lists_it_with_its_time_and_marks_the_calendar(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir)
    window = open_window(qtbot, data_dir, Clock(TODAY), reminders=False)
    day = TODAY + timedelta(days=3)

    def book(dialog: AppointmentDialog) -> None:
        assert dialog.focusWidget() is dialog.day.edit, "the day has the keyboard when the dialog opens"
        type_keys(day.isoformat())  # over the selected day, as she would
        press(Qt.Key.Key_Tab)  # past the day to the time
        assert dialog.focusWidget() is dialog.time
        type_keys("10:30")
        press(Qt.Key.Key_Tab)
        type_keys("Clinic, room 4")
        press(Qt.Key.Key_Return)

    failures = answer_modal(AppointmentDialog, book)
    book_action(window).trigger()
    assert failures == []
    assert appointment_rows(window) == [
        ["Consultation with a gynecologist", "22 Mar 2026, 10:30", "in 3 days, 10:30", "Booked by you"]
    ]
    window.calendar.select_day(day)
    marks = window.session.month_marks(2026, 3).marks(day)
    assert marks.appointments == ("10:30",) and "appointment at 10:30" in marks.spoken()
    assert "10:30: Consultation with a gynecologist" in window.session.month_marks(2026, 3).tooltip(day)


def test_a_wrong_time_keeps_the_dialog_open_and_books_nothing(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir)
    window = open_window(qtbot, data_dir, Clock(TODAY), reminders=False)

    def wrong_then_cancel(dialog: AppointmentDialog) -> None:
        dialog.time.setFocus()
        type_keys("25:61")
        press(Qt.Key.Key_Return)
        assert dialog.isVisible() and "HH:MM" in dialog.problem.text()
        press(Qt.Key.Key_Escape)

    failures = answer_modal(AppointmentDialog, wrong_then_cancel)
    book_action(window).trigger()
    assert failures == []
    assert window.session.appointments() == []


def test_reminded_on_the_day_then_asked_once_and_yes_records_the_consultation(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    day = TODAY + timedelta(days=2)
    seed(data_dir, Appointment(day, time(10, 30), place="Clinic"))
    clock = Clock(TODAY)
    window = open_window(qtbot, data_dir, clock, reminders=True)
    question = features(window).question
    assert appointment_rows(window)[0][2] == "in 2 days, 10:30" and question.isHidden()

    clock.day = day
    with qtbot.waitSignal(window.reminders.notified) as shown:
        window.session.refresh_if_day_changed()  # midnight passed: the plan moves on, and the reminders look again
    assert "Today at 10:30: Consultation with a gynecologist (Clinic)." in shown.args[0]
    assert window.reminders.check() == []  # once a day
    assert question.isHidden()  # not before the day has passed

    clock.day = day + timedelta(days=1)
    window.session.refresh_if_day_changed()
    assert not question.isHidden()
    assert question.text.text() == "Did “Consultation with a gynecologist” on 21 Mar 2026, 10:30 take place?"
    assert appointment_rows(window) == []  # no longer to come
    question.yes_button.setFocus()
    press(Qt.Key.Key_Space)
    assert question.isHidden()
    events = window.session.list_events()
    assert [(e.kind, e.date) for e in events if e.kind is EventKind.CONSULTATION] == [(EventKind.CONSULTATION, day)]
    consultation = next(m for m in window.session.milestones() if m.key == "consultation")
    assert consultation.status == "done"


def test_closing_the_question_is_an_answer_it_never_comes_back(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, Appointment(TODAY - timedelta(days=1), time(9, 0), "Ultrasound", consultation=False))
    window = open_window(qtbot, data_dir, Clock(TODAY), reminders=False)
    question = features(window).question
    assert "Ultrasound" in question.text.text() and not question.isHidden()
    question.close_button.setFocus()
    press(Qt.Key.Key_Space)
    assert question.isHidden()
    assert [a.outcome for a in window.session.appointments()] == ["unanswered"]
    assert window.session.list_events()[-1].kind is EventKind.MISCARRIAGE  # nothing recorded for it
    window.session.reload()
    assert question.isHidden()


def test_asked_once_even_when_she_closes_the_window_without_answering(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, Appointment(TODAY - timedelta(days=1), time(9, 0)))
    window = open_window(qtbot, data_dir, Clock(TODAY), reminders=False)
    assert not features(window).question.isHidden()
    window.close()
    again = open_window(qtbot, data_dir, Clock(TODAY), reminders=False)
    assert features(again).question.isHidden()


def test_remove_on_an_appointment_row_asks_and_removes_it(qtbot, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    seed(data_dir, Appointment(TODAY + timedelta(days=5), time(14, 0), "Ultrasound", consultation=False))
    window = open_window(qtbot, data_dir, Clock(TODAY), reminders=False)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes)
    [appointment] = window.session.appointments()
    window.milestones.select_key(f"appointment-{appointment.id}")
    assert window.milestones.delete_button.isVisibleTo(window.milestones)
    assert not window.milestones.change_button.isEnabled()  # nothing of the article's to change
    window.milestones.delete_button.setFocus()
    press(Qt.Key.Key_Space)
    assert asked == ["Remove “Ultrasound” on 24 Mar 2026, 14:00?"]
    assert window.session.appointments() == [] and appointment_rows(window) == []
