"""Keeps the benchmarks from rotting: the generator and one benchmark run on a tiny journal.

No timing is asserted here (speed lives in ``make bench``); these only prove
the code still runs against the current store and window.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import interactive
from benchmarks.seed import write_journal
from desktop.store import open_journal


def test_the_generator_writes_pages_with_symptoms_and_dates(tmp_path: Path) -> None:
    summary = write_journal(tmp_path / "seed.sqlite3", 120)
    with open_journal(summary.path) as journal:
        counts = journal.counts()
        pages = journal.entries_between(summary.first_day, summary.last_day)
    assert counts.entries == summary.entries == 120
    assert counts.events == summary.events > 0
    assert any(page.bleeding or page.pain is not None or page.tags for page in pages)
    assert len({len(page.text) for page in pages}) > 20  # notes of varied length


def test_the_autosave_benchmark_runs_once(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = write_journal(tmp_path / "seed.sqlite3", 60).path
    (figure,) = interactive.measure_autosave(source, count=1)
    assert figure.key == "autosave.one_edit"
    assert figure.runs == 1 and figure.baseline is not None
