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


def test_the_startup_benchmark_runs_once_and_judges_each_budget(tmp_path: Path) -> None:
    from benchmarks import startup

    small = write_journal(tmp_path / "small.sqlite3", 40).path
    large = write_journal(tmp_path / "large.sqlite3", 80).path
    figures = {figure.key: figure for figure in startup.measure_startup(small, large, repeats=1)}
    assert set(figures) == {
        "startup.bare",
        "startup.first_paint_30k",
        "startup.first_paint_100k",
        "startup.ready_100k",
        "rss.ready_100k",
    }
    for key in ("startup.first_paint_30k", "startup.first_paint_100k", "startup.ready_100k", "rss.ready_100k"):
        assert figures[key].ok is not None and figures[key].baseline, key  # every budget says met or not met


def test_the_passphrase_prompt_benchmark_sees_the_prompt(tmp_path: Path) -> None:
    from benchmarks import passphrase_prompt

    (figure,) = passphrase_prompt.measure_passphrase_prompt(repeats=1)
    assert figure.key == "startup.passphrase_prompt"
    assert figure.value is not None and figure.value > 0 and figure.ok is not None


def test_the_stall_benchmark_runs_its_flows_on_a_small_journal(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from benchmarks import stall_setup, stalls

    monkeypatch.setattr(stall_setup, "CACHE_ROOT", tmp_path / "stalls")
    monkeypatch.setattr(stall_setup, "SEED_CACHE", tmp_path / "seed")
    figures = stalls.measure_stalls(fast=True, only=["lock_unlock", "restore", "search"])
    assert [f.key for f in figures] == ["stall.lock_unlock", "stall.restore", "stall.search"]
    for figure in figures:  # each flow ran to its end (a flow that fails has no value and says why)
        assert figure.value is not None and figure.value >= 0, figure.note
        assert figure.budget == "<= 50 ms" and figure.ok is (figure.value <= 50)
