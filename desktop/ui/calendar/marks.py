"""What the calendar paints on each day, computed once per month change.

This is a plain-Python model (no widgets; its words go through Qt translation): ``paintCell`` and the tooltip only look
days up in it, so painting never touches the database and tests can check the
marks without pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.guidance import History, Kind, Milestone
from desktop.guidance.engine import day_zero_for
from desktop.guidance.kinds import EventKind
from desktop.ui.settings.i18n import kind_label, wording

translate = QCoreApplication.translate


@dataclass(frozen=True)
class DayMarks:
    day: date
    has_note: bool = False
    has_symptoms: bool = False  # bleeding, pain or temperature logged
    period_start: bool = False
    is_today: bool = False
    is_day_zero: bool = False
    windows: tuple[str, ...] = ()  # keys of windows covering the day, e.g. ("abstinence", "avoid-pregnancy")
    in_estimate: bool = False  # inside the first-period estimate band
    milestones: tuple[str, ...] = ()  # keys of single-date milestones on the day
    events: tuple[EventKind, ...] = ()
    appointments: tuple[str, ...] = ()  # the times of appointments booked on the day ("10:30")

    @property
    def is_plain(self) -> bool:
        """Nothing to paint, not even the today ring (a day left out of the month's marks is painted plain).

        It once counted "today" as plain, so once the six-month window had ended, a
        today with no other mark was left out and lost its ring.
        """
        return self == DayMarks(self.day)

    def spoken(self) -> str:
        """The marks in words, for tooltips and screen readers (never colour alone)."""
        parts: list[str] = []
        if self.is_today:
            parts.append(translate("DayMarks", "today"))
        if self.is_day_zero:
            parts.append(translate("DayMarks", "day 0"))
        parts.extend(translate("DayMarks", "{kind} recorded").format(kind=kind_label(kind).lower()) for kind in self.events)
        if self.milestones:
            parts.append(translate("DayMarks", "milestone"))
        parts.extend(translate("DayMarks", "appointment at {time}").format(time=at) for at in self.appointments)
        if "abstinence" in self.windows:
            parts.append(translate("DayMarks", "inside the three-week window"))
        if "avoid-pregnancy" in self.windows:
            parts.append(translate("DayMarks", "inside the six-month window"))
        if self.in_estimate:
            parts.append(translate("DayMarks", "first period expected (estimate)"))
        if self.period_start:
            parts.append(translate("DayMarks", "period started"))
        if self.has_symptoms:
            parts.append(translate("DayMarks", "symptoms logged"))
        if self.has_note:
            parts.append(translate("DayMarks", "has a note"))
        return ", ".join(parts)


@dataclass
class MonthMarks:
    """Marks for every day shown on one calendar page (the month plus its edges).

    A day's words (its tooltip, and what a screen reader says of the selected
    day) are made the first time they are asked for, by ``describe``, and kept:
    only the days she points at or selects need them, and making them for
    every day of a page was half of the time a new page took.
    """

    first: date
    last: date
    days: dict[date, DayMarks] = field(default_factory=dict)
    describe: Callable[[date], str] | None = field(default=None, compare=False, repr=False)
    _tooltips: dict[date, str] = field(default_factory=dict, compare=False, repr=False)

    def marks(self, day: date) -> DayMarks:
        return self.days.get(day) or DayMarks(day)

    def tooltip(self, day: date) -> str:
        if day not in self._tooltips:
            inside = self.describe is not None and self.first <= day <= self.last
            self._tooltips[day] = self.describe(day) if self.describe is not None and inside else ""
        return self._tooltips[day]


def page_range(year: int, month: int) -> tuple[date, date]:
    """Every day a month page can show: up to 13 days of the neighbouring months."""
    first_of_month = date(year, month, 1)
    return first_of_month - timedelta(days=13), first_of_month + timedelta(days=31 + 13)


def build_month_marks(
    year: int,
    month: int,
    *,
    today: date,
    note_days: Iterable[date],
    history: History,
    symptom_days: Iterable[date] = (),
    milestones: list[Milestone],
    appointments: dict[date, list[tuple[str, str]]] | None = None,  # day -> [(time, title)]
) -> MonthMarks:
    first, last = page_range(year, month)
    notes = set(note_days)
    symptoms = set(symptom_days)
    zero = day_zero_for(history)
    events_by_day: dict[date, list[EventKind]] = {}
    for event in history.events:
        if first <= event.date <= last:
            events_by_day.setdefault(event.date, []).append(event.kind)

    booked = appointments or {}
    result = MonthMarks(first, last)
    day = first
    while day <= last:
        marks = DayMarks(
            day=day,
            has_note=day in notes,
            has_symptoms=day in symptoms,
            period_start=EventKind.PERIOD in events_by_day.get(day, ()),
            is_today=day == today,
            is_day_zero=zero is not None and zero.date == day,
            windows=tuple(m.key for m in milestones if m.kind is Kind.WINDOW and m.covers(day)),
            in_estimate=any(m.is_estimate and m.covers(day) for m in milestones),
            milestones=tuple(m.key for m in milestones if m.kind is not Kind.WINDOW and m.falls_on(day)),
            events=tuple(events_by_day.get(day, ())),
            appointments=tuple(at for at, _title in booked.get(day, ())),
        )
        if not marks.is_plain:
            result.days[day] = marks
        day += timedelta(days=1)

    def describe(day: date) -> str:
        """The day's words: the plan's description, her appointments, what she logged."""
        lines = wording().day_description(day, history, milestones) if milestones else []
        for at, title in booked.get(day, ()):
            lines.append(translate("DayMarks", "{time}: {title}").format(time=at, title=title))
        if day in symptoms:
            lines.append(translate("DayMarks", "You logged symptoms on this day"))
        if day in notes:
            lines.append(translate("DayMarks", "You wrote a note on this day"))
        return "\n".join(lines)

    result.describe = describe
    return result
