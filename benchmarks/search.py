"""How long a search takes on a large journal (not a test: timings vary by machine).

Run: ``python -m benchmarks.search [N]`` — builds a throwaway journal with N
day pages (default 100,000, ~275 years: far beyond any real journal) and times
typical queries, including single-letter prefixes as typed in the search field.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.store import open_journal

WORDS = (
    "tired", "walk", "walking", "slept", "badly", "pain", "cramps", "tea", "river", "calmer", "bleeding",
    "spotting", "light", "heavy", "friend", "café", "doctor", "appointment", "rain", "sun", "cried",
    "better", "worse", "headache", "nausea", "боль", "боли", "слабость", "прогулка", "сон", "усталость",
    "врач", "кровотечение", "легче", "тяжело",
)


def build(path: Path, count: int) -> None:
    import sqlite3

    rng = random.Random(4)
    with open_journal(path):
        pass  # create the schema and the search triggers
    start = date(1800, 1, 1)
    rows = [
        ((start + timedelta(days=i)).isoformat(), " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 60))))
        for i in range(count)
    ]
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO entries (date, text, tags, created_at, updated_at) VALUES (?, ?, '', '2026-01-01', '2026-01-01')",
            rows,
        )


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite3"
        began = time.perf_counter()
        build(path, count)
        print(f"built {count} pages in {time.perf_counter() - began:.1f} s")
        with open_journal(path) as journal:
            for query in ("w", "wa", "walking", "боль", "café", "tired river", "bled OR bleeding", "zzz"):
                journal.search(query)  # warm the page cache
                runs = 5
                began = time.perf_counter()
                for _ in range(runs):
                    hits = journal.search(query, limit=50)
                elapsed = (time.perf_counter() - began) / runs * 1000
                print(f"{query!r:>20}: {elapsed:7.1f} ms  ({len(hits)} shown)")


if __name__ == "__main__":
    main()
