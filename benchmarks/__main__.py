"""``python -m benchmarks`` (or ``make bench``): run every benchmark, print a table, write results.json.

Each figure is the median of repeated runs, with a baseline measured in the
same run on this machine; see docs/performance.md for what each one means.
``--quick`` runs fewer repetitions (for a first look, not for the record).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.harness import BENCH_DIR, Figure, qt_application
from benchmarks.seed import DEFAULT_COUNT, cached_journal

RESULTS_FILE = BENCH_DIR / "results.json"
GROUPS = ["startup", "prompt", "calendar", "search", "autosave", "exchange", "stalls"]
STARTUP_SMALL_COUNT = 30_000  # budget 1 is checked with a 30k and a 100k journal


def machine() -> dict[str, object]:
    import sqlite3

    import PySide6
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "system": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
    }


def format_value(figure: Figure) -> str:
    if figure.value is None:
        return "-"
    if figure.unit == "ms":
        return f"{figure.value:.1f} ms"
    if figure.unit == "s":
        return f"{figure.value:.2f} s"
    return f"{figure.value:.1f} {figure.unit}"


def print_table(figures: list[Figure]) -> None:
    rows = [("figure", "median", "baseline", "ratio", "budget", "")]
    for f in figures:
        baseline = "" if f.baseline is None else f"{f.baseline:.1f} {f.unit}" if f.unit != "s" else f"{f.baseline:.2f} s"
        ratio = "" if f.ratio is None else f"{f.ratio:.2f}x"
        ok = {True: "met", False: "NOT MET", None: ""}[f.ok]
        rows.append((f.title, format_value(f), baseline, ratio, f.budget, ok))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))
    for f in figures:
        if f.note:
            print(f"- {f.title}: {f.note}")
        if f.extra:
            details = ", ".join(f"{k}={v}" for k, v in f.extra.items() if not isinstance(v, dict))
            if details:
                print(f"- {f.title}: {details}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, for a first look")
    parser.add_argument("--only", action="append", choices=GROUPS)
    parser.add_argument("--entries", type=int, default=DEFAULT_COUNT, help="pages in the seeded journal")
    parser.add_argument("--output", type=Path, default=RESULTS_FILE)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    started = time.perf_counter()
    journal = cached_journal(args.entries)
    q = args.quick
    from benchmarks import exchange, interactive, passphrase_prompt, search, stalls, startup

    def startup_figures() -> list[Figure]:
        small = cached_journal(min(STARTUP_SMALL_COUNT, args.entries))
        return startup.measure_startup(small, journal, repeats=5 if q else 21)

    plan: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("startup", startup_figures),
        ("prompt", lambda: passphrase_prompt.measure_passphrase_prompt(repeats=3 if q else 11)),
        ("calendar", lambda: interactive.measure_month_switch(journal, rounds=1 if q else 3)),
        ("autosave", lambda: interactive.measure_autosave(journal, count=10 if q else 40)),
        ("search", lambda: search.measure_search(journal, repeats=2 if q else 7)),
        ("exchange", lambda: exchange.measure_exchange(journal, repeats=1 if q else 2)),
        ("stalls", lambda: stalls.measure_stalls(args.entries)),  # never frozen: worst stall per flow, <= 50 ms
    ]
    figures: list[Figure] = []
    with qt_application():
        for name, run in plan:
            if args.only and name not in args.only:
                continue
            print(f"running {name} ...", flush=True)
            figures.extend(run())

    print()
    print_table(figures)
    elapsed = time.perf_counter() - started
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(["python -m benchmarks", *(sys.argv[1:] if argv is None else argv)]).strip(),
        "entries": args.entries,
        "seconds": round(elapsed, 1),
        "machine": machine(),
        "figures": [f.to_json() for f in figures],
    }
    args.output.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(f"\n{len(figures)} figures in {elapsed:.0f} s; written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
