"""What she feels while using the window (figures 3 and 5), measured in this process.

The real ``MainWindow`` is shown (offscreen) over a copy of the 100,000-page
journal and loaded, then driven through the same code paths a click or a
pause in typing runs. Baselines are measured in the same run: a plain
``QCalendarWidget`` of the same size turning the same pages, and one bare
``UPDATE`` + commit through ``sqlite3`` on the same file with the app's pragmas.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.harness import BENCH_TODAY, Figure, median, time_ms
from benchmarks.seed import copy_journal, make_todays_backup

SWITCH_BUDGET_MEDIAN_MS = 16.0
SWITCH_BUDGET_WORST_MS = 33.0
AUTOSAVE_BUDGET_MS = 5.0


@contextmanager
def loaded_window(journal_source: Path) -> Iterator[Any]:
    """The main window, shown and loaded over a private copy of ``journal_source``."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import build_window

    with tempfile.TemporaryDirectory(prefix="rj-bench-window-") as tmp:
        data_dir = Path(tmp) / "data"
        make_todays_backup(copy_journal(journal_source, data_dir))
        window = build_window(data_dir, today=lambda: BENCH_TODAY)
        window.show()
        QApplication.processEvents()
        if not window.load():
            raise RuntimeError(f"the benchmark journal could not be opened: {window.problem.text()}")
        QApplication.processEvents()
        try:
            yield window
        finally:
            window.close()
            window.deleteLater()
            QApplication.processEvents()


def month_pages(rounds: int) -> list[tuple[int, int]]:
    """Pages to turn to: forward and back through two years around today, then far jumps."""
    pages: list[tuple[int, int]] = []
    year, month = BENCH_TODAY.year, BENCH_TODAY.month
    for _ in range(rounds):
        for step in list(range(1, 13)) + list(range(11, -13, -1)) + list(range(-11, 1)):
            y, m = divmod((year * 12 + month - 1) + step, 12)
            pages.append((y, m + 1))
        for far in (1850, 1923, 1999, 2011, 2026):  # years deep in the journal
            pages.append((far, 3))
    return pages


def _switch_times(calendar: Any, pages: list[tuple[int, int]]) -> list[float]:
    from PySide6.QtWidgets import QApplication

    times: list[float] = []
    for year, month in pages:

        def turn(y: int = year, m: int = month) -> None:
            calendar.setCurrentPage(y, m)  # what the arrows and the month menu call
            calendar.repaint()  # paint now, inside the measurement

        times.append(time_ms(turn))
        QApplication.processEvents()  # drain anything queued, outside the measurement
    return times


def measure_month_switch(journal_source: Path, rounds: int) -> list[Figure]:
    from PySide6.QtWidgets import QCalendarWidget

    pages = month_pages(rounds)
    with loaded_window(journal_source) as window:
        calendar = window.calendar
        marks_painted = {"cells": 0}
        original_paint = calendar.paintCell

        def counting_paint(painter: Any, rect: Any, qdate: Any) -> None:
            marks_painted["cells"] += 1
            original_paint(painter, rect, qdate)

        calendar.paintCell = counting_paint  # type: ignore[method-assign]  # proves the cells were painted
        _switch_times(calendar, pages[:6])  # warm-up
        marks_painted["cells"] = 0
        app_times = _switch_times(calendar, pages)
        cells_per_switch = marks_painted["cells"] / len(pages)
        size = calendar.size()

        bare = QCalendarWidget()
        bare.resize(size)
        bare.show()
        _switch_times(bare, pages[:6])
        bare_times = _switch_times(bare, pages)
        bare.close()
        bare.deleteLater()

    value = median(app_times)
    worst = max(app_times)
    figure = Figure(
        "calendar.month_switch",
        "Switch calendar month, 100k pages (marks query + paint)",
        value,
        "ms",
        runs=len(app_times),
        baseline=median(bare_times),
        baseline_title="plain QCalendarWidget page turn + paint",
        budget=f"<= {SWITCH_BUDGET_MEDIAN_MS:.0f} ms median, <= {SWITCH_BUDGET_WORST_MS:.0f} ms worst",
        ok=value <= SWITCH_BUDGET_MEDIAN_MS and worst <= SWITCH_BUDGET_WORST_MS,
        samples=app_times,
    )
    figure.extra.update(worst_ms=round(worst, 2), cells_painted_per_switch=round(cells_per_switch, 1))
    return [figure]


def _raw_update_times(path: Path, day: date, count: int) -> list[float]:
    """The floor for one saved edit: a bare UPDATE + commit with the app's pragmas."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        times = []
        for index in range(count):

            def update(i: int = index) -> None:
                connection.execute("BEGIN")
                connection.execute("UPDATE entries SET text = ? WHERE date = ?", (f"baseline {i}", day.isoformat()))
                connection.execute("COMMIT")

            times.append(time_ms(update))
        return times
    finally:
        connection.close()


def measure_autosave(journal_source: Path, count: int) -> list[Figure]:
    """One edit saved from the UI thread: ``DayEditor.flush`` -> ``JournalSession.write_day`` -> marks refresh."""
    from PySide6.QtWidgets import QApplication

    day = BENCH_TODAY - timedelta(days=3)
    with loaded_window(journal_source) as window:
        window.calendar.select_day(day)
        QApplication.processEvents()
        editor = window.editor
        times: list[float] = []
        for index in range(count + 3):
            editor.editor.insertPlainText(" x" if index % 2 else " y")  # a keystroke or two, as typed
            elapsed = time_ms(editor.flush)
            if editor.is_dirty():
                raise RuntimeError("autosave failed during the benchmark")
            if index >= 3:  # the first saves warm caches
                times.append(elapsed)
            QApplication.processEvents()
        journal_file = window.session.journal_file
        baseline = _raw_update_times(journal_file, day, count)
    value = median(times)
    figure = Figure(
        "autosave.one_edit",
        "Autosave one edit on the UI thread, 100k pages",
        value,
        "ms",
        runs=len(times),
        baseline=median(baseline),
        baseline_title="bare sqlite3 UPDATE + COMMIT (WAL, synchronous=FULL)",
        budget=f"<= {AUTOSAVE_BUDGET_MS:.0f} ms median",
        ok=value <= AUTOSAVE_BUDGET_MS,
        samples=times,
    )
    figure.extra["worst_ms"] = round(max(times), 2)
    return [figure]
