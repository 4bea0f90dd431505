"""What the session tells its views, and what a write leaves: the session's few value types.

Kept apart from ``session.py`` so a view can name a ``Change`` without the
session's imports, and the session stays one job (holding the journal).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is shown
    from desktop.store import DayLogMarks, EntryRecord


@dataclass(frozen=True)
class Change:
    """What changed in the journal: each view reads the part it shows."""

    plan: bool = False  # history, doctor's dates, own milestones or "today": the plan and every mark
    events: bool = False  # the recorded dates themselves
    days: frozenset[date] = frozenset()  # days whose note or fields were written
    fields: bool = False  # among those writes, a day's fields (not only its note)

    @classmethod
    def everything(cls) -> Change:
        return cls(plan=True, events=True)


class PlanFailedError(Exception):
    """The file opened, but the plan could not be made from its dates (or a page could not be read).

    The journal stays open in the session, so Recorded dates can correct the date
    and Export can save everything; ``start`` tries the plan again.
    """

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


@dataclass(frozen=True)
class WrittenDay:
    """What ``write_day`` left in the file: the day's record and its calendar facts (None: no page)."""

    record: EntryRecord | None
    log: DayLogMarks | None
