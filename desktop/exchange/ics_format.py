"""ICS (iCalendar, RFC 5545) of the milestone plan and the recorded dates, as all-day events.

Appointments booked ahead are timed events (floating local time, as she
typed it, one hour long, with the place as LOCATION). With reminders on, an
appointment still to come gets its alarms: the chosen days before, and one
hour before.

Written with the ``icalendar`` library. Every event is all-day (``VALUE=DATE``);
a window or an estimate band spans its days with an exclusive ``DTEND``, as
iCalendar means it. UIDs are stable (derived from the milestone key or the
event's kind and date), so importing a newer export into a calendar app
updates events instead of doubling them. Notes are never written here: a
calendar file tends to travel (sync, sharing), her notes should not.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Alarm, Calendar, Event

from desktop import APP_NAME, __version__
from desktop.exchange.files import write_private_file
from desktop.guidance import History, Milestone, Status, milestones_for
from desktop.store.records import Appointment
from desktop.wording import Wording

if TYPE_CHECKING:
    from desktop.store import Journal

UID_DOMAIN = "recovery-journal.invalid"  # a reserved name: the app has no domain and contacts none
APPOINTMENT_LENGTH = timedelta(hours=1)
APPOINTMENT_ALARM = timedelta(hours=-1)  # besides the chosen days before: an hour before she has to leave


def _all_day(uid: str, summary: str, start: date, end: date | None, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end if end is not None and end > start else start + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
    if description:
        event.add("description", description)
    return event


def _milestone_event(
    milestone: Milestone, stamp: datetime, reminder_days: int | None, words: Wording, discreet: bool = False
) -> Event | None:
    start = milestone.start or milestone.due
    if start is None:
        return None
    if discreet:  # a shared or synced calendar shows this to others: no title, no explanation
        summary, description = words.neutral_title(), ""
    else:
        summary = words.calendar_title(milestone)  # "(before this date)" only while a to-do is open
        description = f"{words.explanation(milestone)}\nSource: {words.source_of(milestone)}".strip()
    uid = f"milestone-{milestone.key}"
    event = _all_day(_opaque(uid) if discreet else uid, summary, start, milestone.end, description, stamp)
    if reminder_days is not None and milestone.end is None and milestone.status in (Status.UPCOMING, Status.OPEN):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(days=-reminder_days))
        event.add_component(alarm)
    return event


def _opaque(uid: str) -> str:
    """A discreet file's UID: stable (importing it again updates the same events) but naming nothing."""
    return "rj-" + hashlib.sha256(uid.encode("utf-8")).hexdigest()[:24]


def _alarm(summary: str, trigger: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", trigger)
    return alarm


def appointment_event(
    appointment: Appointment,
    stamp: datetime,
    today: date,
    reminder_days: int | None,
    now: time | None = None,
    *,
    discreet: bool = False,
) -> Event:
    """A timed event; alarms only with reminders on and only while it is still to come.

    ``discreet``: the title is the app's neutral name and the place and the
    note are left out (a shared calendar shows them to others); the time stays,
    since that is what she needs from it.
    """
    words = Wording()
    summary = "Recovery Journal" if discreet else words.appointment_title(appointment)
    start = datetime.combine(appointment.day, appointment.at)
    uid = f"appointment-{appointment.day.isoformat()}-{appointment.at.strftime('%H%M')}-{appointment.id or 0}"
    event = Event()
    event.add("uid", f"{_opaque(uid) if discreet else uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", start + APPOINTMENT_LENGTH)
    if appointment.place and not discreet:
        event.add("location", appointment.place)
    if not discreet:
        event.add("description", "Booked by you")
    coming = appointment.day > today or (appointment.day == today and (now is None or appointment.at > now))
    if reminder_days is not None and coming:
        if reminder_days > 0:
            event.add_component(_alarm(summary, timedelta(days=-reminder_days)))
        event.add_component(_alarm(summary, APPOINTMENT_ALARM))
    return event


def build_calendar(
    history: History,
    today: date,
    *,
    stamp: datetime,
    reminder_days: int | None = None,
    appointments: tuple[Appointment, ...] | list[Appointment] = (),
    discreet: bool = False,
) -> Calendar:
    """The plan and her recorded dates as all-day events; ``discreet``: "Milestone" and "Recovery Journal" only."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Recovery Journal")
    words = Wording()  # a calendar file is written in English, dates as iCalendar's
    for milestone in milestones_for(history, today):
        event = _milestone_event(milestone, stamp, reminder_days, words, discreet)
        if event is not None:
            calendar.add_component(event)
    seen: dict[str, int] = {}
    for recorded in history.events:
        base = f"event-{recorded.kind.value}-{recorded.date.isoformat()}"
        seen[base] = seen.get(base, 0) + 1
        uid = base if seen[base] == 1 else f"{base}-{seen[base]}"
        if discreet:
            calendar.add_component(_all_day(_opaque(uid), "Recovery Journal", recorded.date, None, "", stamp))
        else:
            calendar.add_component(
                _all_day(uid, words.kind_label(recorded.kind), recorded.date, None, "Recorded by you", stamp)
            )
    for appointment in appointments:
        calendar.add_component(appointment_event(appointment, stamp, today, reminder_days, discreet=discreet))
    return calendar


def export_ics(
    journal: Journal,
    path: Path,
    *,
    today: date,
    reminder_days: int | None = None,
    stamp: datetime | None = None,
    discreet: bool = False,
) -> None:
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    calendar = build_calendar(
        journal.history(),
        today,
        stamp=stamp,
        reminder_days=reminder_days,
        appointments=journal.appointments(),
        discreet=discreet,
    )
    write_private_file(path, calendar.to_ical())
