"""Applies the article's plan to a person's recorded dates.

``milestones_for(history, today)`` is the one entry point the rest of the app
uses: the CLI prints its result, the calendar paints it, exports write it. It
is a pure function so that every rule in DESIGN.md can be checked in a table
test with any "today".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.guidance.dates import PlanDateError, add_days, add_months
from desktop.guidance.kinds import EventKind
from desktop.guidance.plan import GuidancePlan, MilestoneSpec, article_plan
from desktop.guidance.terms import Kind, Source, Status

Day = date  # for annotations in classes that have a field called ``date``

# A window ends where its date begins; changing the window changes that date.
OVERRIDE_TARGET: dict[str, str] = {"abstinence": "sex-earliest", "avoid-pregnancy": "planning-earliest"}
OVERRIDABLE_KEYS: frozenset[str] = frozenset({"sex-earliest", "planning-earliest", "planning-better", "consultation"})


@dataclass(frozen=True)
class RecordedEvent:
    kind: EventKind
    date: date
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Override:
    """The user's doctor gave another date: either a date or an offset in days from day 0.

    ``loss_date`` names the loss it was made for (the date that loss began, see
    ``DayZero.loss_date``): the plan uses only the current loss's overrides, so a
    new loss starts again from the article. The store always sets it and keeps
    overrides that belong to no loss out of ``History``; ``None`` here means "the
    current loss", for plain callers and tests that hold a single loss.
    """

    key: str
    date: Day | None = None
    offset_days: int | None = None
    note: str = ""
    loss_date: Day | None = None

    def applies_to(self, day_zero: DayZero) -> bool:
        return self.loss_date is None or self.loss_date == day_zero.loss_date

    def resolve(self, day_zero: Day) -> Day:
        if self.date is not None:
            return self.date
        if self.offset_days is not None:
            return add_days(day_zero, self.offset_days)
        raise ValueError(f"override of '{self.key}' has neither a date nor an offset")


@dataclass(frozen=True)
class CustomMilestone:
    id: int
    title: str
    date: date
    note: str = ""


@dataclass(frozen=True)
class History:
    events: tuple[RecordedEvent, ...] = ()
    overrides: tuple[Override, ...] = ()  # of every loss; see Override.loss_date
    custom: tuple[CustomMilestone, ...] = ()

    def overrides_for(self, loss: DayZero) -> tuple[Override, ...]:
        """The doctor's changes made for one loss (an earlier loss keeps its own)."""
        return tuple(o for o in self.overrides if o.applies_to(loss))


@dataclass(frozen=True)
class DayZero:
    """The date the plan counts from, and what happened on it."""

    date: Day
    anchor: EventKind  # PROCEDURE or MISCARRIAGE
    loss_date: Day

    @property
    def anchor_phrase(self) -> str:
        return "the procedure" if self.anchor is EventKind.PROCEDURE else "the miscarriage"


@dataclass(frozen=True)
class Milestone:
    key: str
    title: str
    kind: Kind
    start: date | None
    end: date | None  # exclusive; set for windows and for the first-period estimate band
    status: Status
    days_remaining: int | None
    source: Source
    explanation: str
    passage_id: str | None = None
    passage: str | None = None
    note: str = ""
    article_start: date | None = None  # the article's own value, kept visible when overridden
    article_end: date | None = None
    due: date | None = None
    custom_id: int | None = None

    @property
    def is_estimate(self) -> bool:
        """The first period's 4-6 week band: not from the article, and never a date to count down to."""
        return self.source is Source.ESTIMATE

    @property
    def is_recorded(self) -> bool:
        """The first period she logged: a date she recorded, not one the article (or anyone) worked out."""
        return self.key == "first-period" and not self.is_estimate

    @property
    def is_band(self) -> bool:
        return self.start is not None and self.end is not None

    def covers(self, day: date) -> bool:
        """True when ``day`` lies inside this window or band (end exclusive)."""
        return self.start is not None and self.end is not None and self.start <= day < self.end

    def falls_on(self, day: date) -> bool:
        """True when this is a single-date milestone on ``day``."""
        return self.end is None and self.start == day

    def to_json(self) -> dict[str, Any]:
        def iso(value: date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "key": self.key,
            "title": self.title,
            "kind": self.kind,
            "start": iso(self.start),
            "end": iso(self.end),
            "status": self.status,
            "days_remaining": self.days_remaining,
            "source": self.source,
            "is_estimate": self.is_estimate,
            "passage_id": self.passage_id,
            "passage": self.passage,
            "explanation": self.explanation,
            "note": self.note,
            "article_start": iso(self.article_start),
            "article_end": iso(self.article_end),
            "due": iso(self.due),
        }


def losses_in(events: tuple[RecordedEvent, ...] | list[RecordedEvent]) -> list[DayZero]:
    """Every loss in the history, oldest first.

    A miscarriage starts a loss; a procedure on or after it belongs to it and
    becomes its day 0. A procedure with no miscarriage recorded is a loss of its own.
    """
    kind_order = {EventKind.MISCARRIAGE: 0, EventKind.PROCEDURE: 1}
    relevant = sorted(
        (e for e in events if e.kind in kind_order),
        key=lambda e: (e.date, kind_order[e.kind]),
    )
    losses: list[DayZero] = []
    for event in relevant:
        if event.kind is EventKind.MISCARRIAGE:
            losses.append(DayZero(event.date, EventKind.MISCARRIAGE, event.date))
        elif losses and losses[-1].anchor is EventKind.MISCARRIAGE:
            losses[-1] = DayZero(event.date, EventKind.PROCEDURE, losses[-1].loss_date)
        else:
            losses.append(DayZero(event.date, EventKind.PROCEDURE, event.date))
    return losses


def day_zero_for(history: History) -> DayZero | None:
    """Day 0 of the most recent loss, or None when no loss is recorded."""
    losses = losses_in(history.events)
    return losses[-1] if losses else None


def _first_after(history: History, kind: EventKind, day_zero: date) -> date | None:
    dates = [e.date for e in history.events if e.kind is kind and e.date > day_zero]
    return min(dates) if dates else None


def _date_status(start: date, today: date) -> tuple[Status, int | None]:
    if start < today:
        return Status.PAST, None
    if start == today:
        return Status.TODAY, 0
    return Status.UPCOMING, (start - today).days


def _band_status(start: date, end: date, today: date) -> tuple[Status, int | None]:
    if today >= end:
        return Status.PAST, None
    if today >= start:
        return Status.TODAY, (end - today).days
    return Status.UPCOMING, (start - today).days


class _PlanApplier:
    """Works out each milestone of the plan in order; later rules read earlier dates."""

    def __init__(self, plan: GuidancePlan, history: History, day_zero: DayZero, today: date) -> None:
        self.plan = plan
        self.history = history
        self.day_zero = day_zero
        self.today = today
        self.overrides = {o.key: o for o in history.overrides_for(day_zero)}
        self.article_dates: dict[str, date] = {}
        self.effective_dates: dict[str, date] = {}

    def base(self, spec: MilestoneSpec, **values: Any) -> dict[str, Any]:
        return {
            "key": spec.key,
            "title": spec.title,
            "kind": spec.kind,
            "source": spec.source,
            "explanation": spec.explanation,
            "passage_id": spec.passage_id,
            "passage": self.plan.passage(spec.passage_id),
            **values,
        }

    def date_of(self, key: str) -> date:
        if key not in self.effective_dates:
            self.apply(self.plan.spec(key))
        return self.effective_dates[key]

    def apply(self, spec: MilestoneSpec) -> Milestone | None:
        rule = getattr(self, "_rule_" + spec.rule.replace("-", "_"))
        milestone: Milestone | None = rule(spec)
        return milestone

    def _with_override(self, spec: MilestoneSpec, article_date: date) -> tuple[date, Override | None]:
        self.article_dates[spec.key] = article_date
        override = self.overrides.get(spec.key)
        effective = override.resolve(self.day_zero.date) if override else article_date
        self.effective_dates[spec.key] = effective
        return effective, override

    def _rule_after(self, spec: MilestoneSpec) -> Milestone:
        if spec.int_param("months"):
            article_date = add_months(self.day_zero.date, spec.int_param("months"))
        else:
            article_date = add_days(self.day_zero.date, spec.int_param("days"))
        effective, override = self._with_override(spec, article_date)
        status, remaining = _date_status(effective, self.today)
        fields = self.base(spec, start=effective, end=None, status=status, days_remaining=remaining)
        return Milestone(**fields | _override_fields(override, article_start=article_date))

    def _rule_window(self, spec: MilestoneSpec) -> Milestone:
        until = spec.str_param("until")
        end = self.date_of(until)
        article_end = self.article_dates[until]
        override = self.overrides.get(until)
        status, remaining = _band_status(self.day_zero.date, end, self.today)
        fields = self.base(spec, start=self.day_zero.date, end=end, status=status, days_remaining=remaining)
        return Milestone(**fields | _override_fields(override, article_start=self.day_zero.date, article_end=article_end))

    def _rule_first_period(self, spec: MilestoneSpec) -> Milestone:
        logged = _first_after(self.history, EventKind.PERIOD, self.day_zero.date)
        if logged is not None:
            self.effective_dates[spec.key] = logged
            status, remaining = _date_status(logged, self.today)
            return Milestone(**self.base(spec), start=logged, end=None, status=status, days_remaining=remaining)
        band_start = add_days(self.day_zero.date, spec.int_param("estimate_from_days"))
        band_end = add_days(self.day_zero.date, spec.int_param("estimate_to_days") + 1)
        status, remaining = _band_status(band_start, band_end, self.today)
        return Milestone(
            **self.base(
                spec,
                source=Source.ESTIMATE,
                explanation=spec.str_param("estimate_explanation"),
            ),
            start=band_start,
            end=band_end,
            status=status,
            days_remaining=remaining,
        )

    def _rule_sex_ideal(self, spec: MilestoneSpec) -> Milestone | None:
        period = _first_after(self.history, EventKind.PERIOD, self.day_zero.date)
        if period is None:
            return None
        earliest = self.date_of("sex-earliest")
        ideal = max(earliest, period)
        self.effective_dates[spec.key] = ideal
        status, remaining = _date_status(ideal, self.today)
        source = Source.DOCTOR if ideal == earliest and "sex-earliest" in self.overrides else spec.source
        return Milestone(**self.base(spec, source=source), start=ideal, end=None, status=status, days_remaining=remaining)

    def _rule_consultation(self, spec: MilestoneSpec) -> Milestone:
        due_key = spec.str_param("due")
        default_due = self.date_of(due_key)
        article_due = self.article_dates[due_key]
        override = self.overrides.get(spec.key)
        due = override.resolve(self.day_zero.date) if override else default_due
        done_on = _first_after(self.history, EventKind.CONSULTATION, self.day_zero.date)
        if done_on is not None:
            status, remaining, start = Status.DONE, None, done_on
        else:
            status, remaining, start = Status.OPEN, (due - self.today).days, due
        fields = self.base(spec, start=start, end=None, status=status, days_remaining=remaining, due=due)
        return Milestone(**fields | _override_fields(override, article_start=article_due))


def _override_fields(
    override: Override | None, *, article_start: date | None, article_end: date | None = None
) -> dict[str, Any]:
    """A changed milestone keeps the article's value beside the doctor's."""
    if override is None:
        return {}
    return {"source": Source.DOCTOR, "note": override.note, "article_start": article_start, "article_end": article_end}


class UnplannableDateError(PlanDateError):
    """The plan cannot be worked out from a recorded date; names it so she can correct it."""

    def __init__(self, message: str, kind: EventKind | None, day: date | None) -> None:
        super().__init__(message)
        self.kind = kind  # the recorded date to correct (None: a doctor's change, not a recorded date)
        self.day = day


def milestones_for(history: History, today: date, plan: GuidancePlan | None = None) -> list[Milestone]:
    """The plan for the most recent loss, with the user's own milestones after it.

    Her own milestones are listed even when no loss is recorded. Raises
    UnplannableDateError (never OverflowError) when a stored date is so far out
    that the plan's dates would fall off the calendar.
    """
    day_zero = day_zero_for(history)
    result: list[Milestone] = []
    if day_zero is not None:
        applier = _PlanApplier(plan or article_plan(), history, day_zero, today)
        try:
            result = [m for spec in applier.plan.milestones if (m := applier.apply(spec)) is not None]
        except PlanDateError as error:
            raise UnplannableDateError(
                f"the plan cannot be worked out from {day_zero.anchor_phrase} recorded on "
                f"{day_zero.date.isoformat()} ({error})",
                day_zero.anchor,
                day_zero.date,
            ) from None
    for custom in sorted(history.custom, key=lambda c: (c.date, c.id)):
        status, remaining = _date_status(custom.date, today)
        result.append(
            Milestone(
                key=f"user-{custom.id}",
                title=custom.title,
                kind=Kind.DATE,
                start=custom.date,
                end=None,
                status=status,
                days_remaining=remaining,
                source=Source.USER,
                explanation="A milestone you added.",
                note=custom.note,
                custom_id=custom.id,
            )
        )
    return result


def next_milestone(milestones: list[Milestone]) -> Milestone | None:
    """The nearest date still ahead (or today), for the header's countdown."""
    ahead = [
        m
        for m in milestones
        if m.kind is not Kind.WINDOW and m.status in (Status.TODAY, Status.UPCOMING) and m.start is not None and not m.is_estimate
    ]
    return min(ahead, key=lambda m: (m.start, m.key)) if ahead else None
