"""Appointments booked ahead, and the medicine names she used before: the store's side of issue 16.

Functions on the caller's session (``Journal`` opens the transaction), so a
refused value writes nothing. The rules are ``records.check_appointment``.
Answering "it happened" for a consultation records the consultation date in
the same transaction: the plan's to-do ("a consultation with a
gynecologist") is then done, exactly as when she records it by hand.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.guidance import EventKind
from desktop.store import models
from desktop.store.errors import JournalError
from desktop.store.records import (
    APPOINTMENT_OUTCOMES,
    Appointment,
    check_appointment,
    check_event,
)


def appointment_record(row: models.AppointmentRow) -> Appointment:
    return Appointment(
        day=row.day,
        at=time.fromisoformat(row.at),
        title=row.title,
        place=row.place,
        consultation=bool(row.consultation),
        outcome=row.outcome,
        id=row.id,
    )


def _normalized(appointment: Appointment) -> Appointment:
    check_appointment(appointment)
    return replace(
        appointment,
        title=" ".join(appointment.title.split()),
        place=" ".join(appointment.place.split()),
        at=appointment.at.replace(second=0, microsecond=0),
    )


def add_appointment(session: Session, appointment: Appointment) -> Appointment:
    booked = _normalized(appointment)
    row = models.AppointmentRow(
        day=booked.day,
        at=booked.at.strftime("%H:%M"),
        title=booked.title,
        place=booked.place,
        consultation=booked.consultation,
        outcome=booked.outcome,
    )
    session.add(row)
    session.flush()
    return appointment_record(row)


def _row(session: Session, appointment_id: int | None) -> models.AppointmentRow:
    row = session.get(models.AppointmentRow, appointment_id) if appointment_id is not None else None
    if row is None:
        raise JournalError(f"no appointment with id {appointment_id}")
    return row


def update_appointment(session: Session, appointment: Appointment) -> Appointment:
    """Change an appointment; a new day or time asks again whether it happened (the outcome is cleared)."""
    row = _row(session, appointment.id)
    changed = _normalized(appointment)
    moved = (row.day, row.at) != (changed.day, changed.at.strftime("%H:%M"))
    row.day, row.at, row.title, row.place = changed.day, changed.at.strftime("%H:%M"), changed.title, changed.place
    row.consultation = changed.consultation
    row.outcome = None if moved else changed.outcome
    session.flush()
    return appointment_record(row)


def delete_appointment(session: Session, appointment_id: int) -> Appointment:
    row = _row(session, appointment_id)
    record = appointment_record(row)
    session.delete(row)
    return record


def answer_appointment(session: Session, appointment_id: int, outcome: str, today: date) -> Appointment:
    """Keep her answer; "happened" for a consultation also records the consultation date (once)."""
    if outcome not in APPOINTMENT_OUTCOMES:
        raise JournalError(f"an appointment's outcome must be one of {', '.join(APPOINTMENT_OUTCOMES)}, not '{outcome}'")
    row = _row(session, appointment_id)
    if row.day > today:
        raise JournalError(f"the appointment on {row.day.isoformat()} has not taken place yet")
    row.outcome = outcome
    if outcome == "happened" and row.consultation:
        kind = EventKind.CONSULTATION
        check_event(kind, row.day, "", today)
        exists = session.scalar(
            select(models.Event.id).where(models.Event.kind == kind.value, models.Event.date == row.day)
        )
        if exists is None:
            session.add(models.Event(kind=kind.value, date=row.day, note=""))
    session.flush()
    return appointment_record(row)
