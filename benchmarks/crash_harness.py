"""Kill a writing journal with SIGKILL and check nothing acknowledged was lost.

The writer (``python -m benchmarks.crash_harness PATH START``) opens the
journal the way the app does and autosaves without pause: save number ``i``
writes the day ``BASE_DAY + i % DAYS`` with the text ``save i``, so the run
mixes new pages and updates of old ones. After each commit returns it prints
``ack i``. Whatever ack reached the pipe before the kill is a save the app
told her was done; after the kill the file must pass ``integrity_check`` and
every such day must hold that save or a later one (a later save may have
committed without getting to print its ack).

Used by ``tests/test_store_durability.py`` (a few rounds) and by
``benchmarks/soak_crash.py`` (hundreds).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

BASE_DAY = date(2026, 1, 1)
DAYS = 300
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def day_for(save_number: int) -> date:
    return BASE_DAY + timedelta(days=save_number % DAYS)


def run_writer(path: Path, start: int) -> None:
    from desktop.store import DayRecord, open_journal

    with open_journal(path) as journal:
        print("ready", flush=True)
        number = start
        while True:
            journal.save_day(DayRecord(day_for(number), text=f"save {number}", pain=number % 11))
            print(f"ack {number}", flush=True)
            number += 1


@dataclass
class CrashReport:
    rounds: int = 0
    acknowledged: int = 0
    problems: list[str] = field(default_factory=list)


def _stored_saves(path: Path) -> dict[date, int]:
    with closing(sqlite3.connect(str(path))) as connection:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise AssertionError(f"integrity_check: {verdict}")
        rows = connection.execute("SELECT date, text FROM entries").fetchall()
    return {date.fromisoformat(day): int(text.split()[1]) for day, text in rows}


def crash_once(path: Path, start: int, kill_after: float) -> list[int]:
    """Start a writer, SIGKILL it after ``kill_after`` seconds of writing, return the acks it printed."""
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    writer = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.crash_harness", str(path), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=PROJECT_ROOT,
        env=env,
        text=True,
    )
    assert writer.stdout is not None
    first_line = writer.stdout.readline()  # "ready": the journal is open (and migrated)
    time.sleep(kill_after)
    writer.send_signal(signal.SIGKILL)
    rest = writer.stdout.read()
    writer.wait()
    if first_line.strip() != "ready":
        raise AssertionError(f"the writer did not start: {first_line!r}")
    return [int(line.split()[1]) for line in rest.splitlines() if line.startswith("ack ")]


def run_crash_rounds(path: Path, rounds: int, seed: int = 0, max_delay: float = 0.25) -> CrashReport:
    """Kill a writer ``rounds`` times at random moments; check the file after each kill."""
    rng = random.Random(seed)
    report = CrashReport()
    confirmed: dict[date, int] = {}  # the latest acknowledged save for each day
    start = 0
    for _round in range(rounds):
        acks = crash_once(path, start, rng.uniform(0.0, max_delay))
        report.rounds += 1
        report.acknowledged += len(acks)
        for number in acks:
            confirmed[day_for(number)] = max(confirmed.get(day_for(number), -1), number)
        try:
            stored = _stored_saves(path)
        except AssertionError as error:
            report.problems.append(f"round {report.rounds}: {error}")
            break
        for day, number in confirmed.items():
            if stored.get(day, -1) < number:
                report.problems.append(f"round {report.rounds}: save {number} for {day} was acknowledged but is lost")
        start = max([start - 1, *acks, *stored.values()]) + 1
    return report


if __name__ == "__main__":
    run_writer(Path(sys.argv[1]), int(sys.argv[2]))
