"""The plan's vocabulary: what a milestone is, where its date comes from, where it stands today.

StrEnums, so code compares members (``m.status is Status.PAST``) and a typo fails
at import instead of silently never matching; their values are what
``milestones --json`` writes (a stable contract, see DESIGN.md).
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """The shape of a milestone."""

    WINDOW = "window"  # a span of days, from day 0 up to (not including) its end
    DATE = "date"  # one day
    TODO = "todo"  # something to do before a due date


class Status(StrEnum):
    """Where a milestone stands relative to "today"."""

    PAST = "past"
    TODAY = "today"  # a date that is today, or a window/band that covers today
    UPCOMING = "upcoming"
    OPEN = "open"  # a to-do not done yet
    DONE = "done"


class Source(StrEnum):
    """Where a milestone's date comes from; every date the app marks names one."""

    ARTICLE = "article"
    ESTIMATE = "estimate"  # not from the article: aftercare guidance (the first period's band)
    DOCTOR = "doctor"  # her doctor's date, entered by her
    USER = "user"  # a milestone she added
