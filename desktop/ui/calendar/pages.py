"""Calendar pages of marks, built from the journal's day facts and the plan, and cached.

The session keeps one ``CalendarPages``. A page (a month plus the days of its
neighbours it shows) is read in one query the first time it is asked for
(``read_logs``), kept, rebuilt when the plan changes (``set_plan``) and dropped
when a day on it is written with different facts (``day_written``). Whether a
day shows the note mark is decided once, by :func:`shows_note`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from desktop.guidance import History, Milestone
from desktop.guidance.engine import day_zero_for
from desktop.guidance.kinds import EventKind
from desktop.ui.calendar.marks import MonthMarks, build_month_marks, page_range

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is shown
    from desktop.store import DayLogMarks

LOSS_KINDS = frozenset({EventKind.MISCARRIAGE, EventKind.PROCEDURE})  # what day 0 is computed from
CACHED_PAGES = 36  # three years of browsing back and forth without a query (a page is a few kB)

ReadLogs = Callable[[date, date], "dict[date, DayLogMarks]"]  # the store's day facts between two dates


def shows_note(log: DayLogMarks) -> bool:
    """The one rule for the calendar's note mark: words written, or a page with no symptoms (mood or tags only)."""
    return log.has_note or (log.has_entry and not log.has_symptoms)


@dataclass
class _Page:
    logged: dict[date, DayLogMarks]
    marks: MonthMarks


class CalendarPages:
    def __init__(self, read_logs: ReadLogs) -> None:
        self._read_logs = read_logs
        self._history = History()
        self._milestones: list[Milestone] = []
        self._today = date.min
        self._event_dates: list[date] = []
        self._loss_indexes: list[int] = []
        self._pages: dict[tuple[int, int], _Page] = {}
        self._appointments: dict[date, list[tuple[str, str]]] = {}

    def set_plan(
        self,
        history: History,
        milestones: list[Milestone],
        today: date,
        *,
        appointments: dict[date, list[tuple[str, str]]] | None = None,
    ) -> None:
        """The plan moved: every mark may move with it. ``appointments``: day -> [(time, title)] she booked."""
        self._history, self._milestones, self._today = history, milestones, today
        self._appointments = appointments or {}
        events = history.events  # sorted by date (the store's order)
        self._event_dates = [event.date for event in events]
        zero = day_zero_for(history)  # only the latest loss's events decide day 0
        self._loss_indexes = [
            i for i, event in enumerate(events) if event.kind in LOSS_KINDS and zero and event.date >= zero.loss_date
        ]
        self._pages.clear()

    def clear(self) -> None:
        self._pages.clear()

    def page(self, year: int, month: int) -> MonthMarks:
        """A page's marks: one query the first time it is shown, then from the cache.

        The page least recently shown goes first when the cache is full: turning
        back and forth through a stretch longer than the cache would otherwise
        drop each page just before she came back to it.
        """
        page = self._pages.pop((year, month), None)
        if page is not None:
            self._pages[(year, month)] = page  # now the most recently shown
        else:
            first, last = page_range(year, month)
            page = self._build(year, month, self._read_logs(first, last))
            if len(self._pages) >= CACHED_PAGES:
                del self._pages[next(iter(self._pages))]
            self._pages[(year, month)] = page
        return page.marks

    def day_written(self, day: date, log: DayLogMarks | None) -> None:
        """A day was written; its facts are now ``log`` (None: no page): pages that showed others are dropped."""
        for key, page in list(self._pages.items()):
            if page.marks.first <= day <= page.marks.last and page.logged.get(day) != log:
                del self._pages[key]

    def _build(self, year: int, month: int, logged: dict[date, DayLogMarks]) -> _Page:
        first, last = page_range(year, month)
        marks = build_month_marks(
            year,
            month,
            today=self._today,
            note_days=[day for day, log in logged.items() if shows_note(log)],
            symptom_days=[day for day, log in logged.items() if log.has_symptoms],
            history=self._page_history(first, last),
            milestones=self._milestones,
            appointments={day: booked for day, booked in self._appointments.items() if first <= day <= last},
        )
        return _Page(logged, marks)

    def _page_history(self, first: date, last: date) -> History:
        """The history a calendar page needs: its own events plus the losses that fix day 0.

        The marks come out the same as from the whole history, but building a page
        no longer walks decades of period starts once per day shown.
        """
        lo, hi = bisect_left(self._event_dates, first), bisect_right(self._event_dates, last)
        wanted = sorted(set(range(lo, hi)).union(self._loss_indexes))
        return replace(self._history, events=tuple(self._history.events[i] for i in wanted))
