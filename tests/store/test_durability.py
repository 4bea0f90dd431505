"""SIGKILL a writer that autosaves without pause: the file stays sound, acknowledged saves stay."""

from __future__ import annotations

from pathlib import Path

from benchmarks.crash_harness import run_crash_rounds


def test_acknowledged_saves_survive_sigkill_and_the_file_stays_sound(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    report = run_crash_rounds(data_dir / "journal.sqlite3", rounds=5, seed=6)
    assert report.problems == []
    assert report.rounds == 5
    assert report.acknowledged > 0  # the writer really wrote before it was killed
