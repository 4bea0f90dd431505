"""Soak test: kill an autosaving writer 200+ times and check nothing acknowledged is lost.

Run with ``python -m benchmarks.soak_crash [ROUNDS]``; it takes a few minutes.
Prints a summary and exits 1 on any problem.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from benchmarks.crash_harness import run_crash_rounds


def main(argv: list[str]) -> int:
    rounds = int(argv[0]) if argv else 200
    with tempfile.TemporaryDirectory(prefix="rj-soak-") as folder:
        started = time.perf_counter()
        report = run_crash_rounds(Path(folder) / "journal.sqlite3", rounds, seed=int(time.time()))
        elapsed = time.perf_counter() - started
    print(f"{report.rounds} kills, {report.acknowledged} acknowledged saves, {elapsed:.1f} s")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print("ok" if not report.problems else f"{len(report.problems)} problems")
    return 0 if not report.problems else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
