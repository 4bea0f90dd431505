"""The calendar's page cache: one query per page shown, the least recently shown page dropped first."""

from __future__ import annotations

from datetime import date

from desktop.guidance import History
from desktop.ui.calendar.pages import CACHED_PAGES, CalendarPages


def months_from(year: int, month: int, count: int) -> list[tuple[int, int]]:
    return [divmod(year * 12 + month - 1 + step, 12) for step in range(count)]


def test_a_page_she_came_back_to_outlives_the_pages_she_left() -> None:
    reads: list[date] = []

    def read_logs(first: date, last: date) -> dict[date, object]:
        reads.append(first)
        return {}

    pages = CalendarPages(read_logs)  # type: ignore[arg-type]  # the page facts are not needed here
    pages.set_plan(History(), [], date(2026, 12, 7))
    shown = [(year, month + 1) for year, month in months_from(2026, 1, CACHED_PAGES)]
    for year, month in shown:
        pages.page(year, month)
    assert len(reads) == CACHED_PAGES
    first = pages.page(*shown[0])  # back to the first page: from the cache
    assert len(reads) == CACHED_PAGES
    newer = [(year, month + 1) for year, month in months_from(2026 + CACHED_PAGES // 12 + 1, 1, 1)]
    pages.page(*newer[0])  # the cache is full: the least recently shown page (the second) goes
    assert len(reads) == CACHED_PAGES + 1
    assert pages.page(*shown[0]) is first and len(reads) == CACHED_PAGES + 1
    pages.page(*shown[1])
    assert len(reads) == CACHED_PAGES + 2
