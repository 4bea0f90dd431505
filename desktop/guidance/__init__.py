"""The article's guidance plan as data plus the date arithmetic that applies it.

Pure Python on purpose: no Qt, no SQL, and "today" is always passed in, so
every rule can be tested with any date.
"""

from desktop.guidance.dates import add_days, add_months
from desktop.guidance.engine import (
    CustomMilestone,
    DayZero,
    History,
    Milestone,
    Override,
    RecordedEvent,
    day_zero_for,
    milestones_for,
)
from desktop.guidance.kinds import EVENT_KINDS, EventKind
from desktop.guidance.terms import Kind, Source, Status

__all__ = [
    "EVENT_KINDS",
    "CustomMilestone",
    "DayZero",
    "EventKind",
    "History",
    "Kind",
    "Milestone",
    "Override",
    "RecordedEvent",
    "Source",
    "Status",
    "add_days",
    "add_months",
    "day_zero_for",
    "milestones_for",
]
