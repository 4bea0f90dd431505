"""Writes a large, realistic journal for the benchmarks, and caches it.

100,000 daily pages (one per day, with a few gaps: the entries table allows
one page per date, and the store keeps 1900-2199, so they run from 1900 into
the next century; smaller journals end a month after the fixed "today"), notes of very varied
length in English with some accented and Cyrillic words, symptoms through the
structured day fields, period starts about monthly, and a handful of losses
with their procedures and consultations, the latest a few weeks before the
benchmarks' fixed "today".

The journal is created through ``open_journal`` (so Alembic builds the schema
at head) and then filled in ONE transaction with bulk inserts through the
store's models, which keeps the generator at a few seconds. The result is
cached under ``benchmarks/.data/`` keyed by schema revision, entry count and
generator version; a changed schema makes a new file.

Run by hand: ``python -m benchmarks.seed --count 100000 [--out PATH]``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.harness import BENCH_DIR, BENCH_TODAY
from desktop.store.records import EARLIEST_DATE, LATEST_DATE, DayRecord, normalize_tags, validate_day

GENERATOR_VERSION = 3  # 3: within the store's 1900-2199 range, periods up to the fixed today
DEFAULT_COUNT = 100_000
CACHE_DIR = BENCH_DIR / ".data"

OPENINGS = [
    "Woke up early again.",
    "A slow morning.",
    "Slept badly, kept waking at four.",
    "Rainy day, stayed in.",
    "Went for a short walk by the river.",
    "Back at work today.",
    "Quiet Sunday.",
    "Called mum in the evening.",
    "The doctor's appointment was at ten.",
    "Tired, but a little better than yesterday.",
    "Café with Anna after the appointment.",
    "Мама приехала утром.",
]
BODY = [
    "The cramps came back in the afternoon, lighter than last week.",
    "Some spotting, nothing heavy.",
    "Took paracetamol twice.",
    "Temperature normal in the morning, a little warm at night.",
    "I cried in the shower and then felt calmer.",
    "We talked about what happened, properly, for the first time.",
    "The nurse said the bleeding should settle within two weeks.",
    "I keep thinking about the due date that will never come.",
    "Ate a real lunch for once: soup and bread.",
    "Yoga video, only the breathing part.",
    "My back aches when I sit for long.",
    "Work was a distraction, which helped.",
    "Read a chapter of the novel Ingrid lent me.",
    "The gynecologist wants to see me again in a month.",
    "Headache most of the day; drank more water.",
    "Felt hopeful for a moment, then guilty for feeling hopeful.",
    "Long phone call with my sister about nothing in particular.",
    "Slept for an hour after lunch, which I never do.",
    "Noticed the first leaves turning in the park.",
    "Went to the pharmacy for iron tablets.",
    "Сегодня было легче, чем вчера.",
    "Spent the evening sorting photographs, then stopped.",
    "Baked bread with the neighbour's recipe; it came out flat.",
    "Followed up on the blood test results; all in the normal range.",
    "The appointment is moved to Thursday.",
    "My partner cooked, and we watched an old film.",
    "Walked to the bakery and back, about twenty minutes.",
    "Cramping at night woke me twice.",
    "Wrote a letter I will not send.",
    "Rested most of the day with a hot-water bottle.",
]
CLOSINGS = [
    "Tomorrow: rest.",
    "Going to bed early.",
    "One day at a time.",
    "Grateful for small things today.",
    "Need to remember to book the consultation.",
    "",
]
TAGS = ["work", "walk", "sleep", "doctor", "family", "cramps", "spotting", "rest", "tired", "hope", "yoga", "friends"]
BLEEDING = ("none", "spotting", "light", "medium", "heavy")


@dataclass(frozen=True)
class SeedSummary:
    path: Path
    entries: int
    events: int
    first_day: date
    last_day: date
    seconds: float


def note_text(rng: random.Random) -> str:
    """A note of varied length: mostly a line or two, sometimes several paragraphs."""
    roll = rng.random()
    if roll < 0.45:
        sentences = rng.randint(1, 2)
    elif roll < 0.85:
        sentences = rng.randint(3, 8)
    else:
        sentences = rng.randint(12, 40)
    parts = [rng.choice(OPENINGS)]
    parts.extend(rng.choice(BODY) for _ in range(sentences - 1))
    closing = rng.choice(CLOSINGS)
    if closing:
        parts.append(closing)
    if sentences > 10:  # long notes come in paragraphs
        paragraphs = [" ".join(parts[i : i + 5]) for i in range(0, len(parts), 5)]
        return "\n\n".join(paragraphs)
    return " ".join(parts)


def day_fields(rng: random.Random) -> dict[str, Any]:
    """Symptoms as :class:`DayRecord` fields; unrecorded is None, never zero."""
    return {
        "bleeding": rng.choice(BLEEDING) if rng.random() < 0.3 else None,
        "pain": rng.randint(0, 7) if rng.random() < 0.35 else None,
        "temperature_c": round(rng.uniform(36.1, 38.4), 1) if rng.random() < 0.2 else None,
        "mood": rng.randint(1, 5) if rng.random() < 0.5 else None,
        "tags": tuple(rng.sample(TAGS, rng.randint(1, 3))) if rng.random() < 0.4 else (),
    }


def entry_row(record: DayRecord, stamp: datetime) -> dict[str, Any]:
    """The row the store would write for ``record`` (validated by the store's own rules)."""
    validate_day(record)
    return {
        "date": record.date,
        "text": record.text,
        "bleeding": record.bleeding,
        "pain": record.pain,
        "temperature_c": record.temperature_c,
        "mood": record.mood,
        "tags": "\n".join(normalize_tags(record.tags)),
        "created_at": stamp,
        "updated_at": stamp,
    }


def seed_rows(count: int, rng: random.Random, last_day: date) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Entries (oldest first) and events for ``count`` pages, ending near ``last_day`` when they fit.

    The store keeps one page per date between ``EARLIEST_DATE`` and ``LATEST_DATE`` (300 years):
    pages end at ``last_day`` when there are enough days before it (about one day in twenty has
    no page), and 100,000 pages start in 1900 and run on into the next century. Period starts
    (past-only dates) run from the first page to the benchmarks' fixed today.
    """
    stamp = datetime(2026, 1, 1, 12, 0)
    days: list[date] = []
    first = last_day - timedelta(days=int(count / 0.95))
    day = max(first, EARLIEST_DATE)
    while len(days) < count:
        if day > LATEST_DATE:
            raise ValueError(f"{count:,} pages do not fit between {EARLIEST_DATE} and {LATEST_DATE}")
        room = (LATEST_DATE - day).days + 1 - (count - len(days))
        if room <= 0 or rng.random() >= 0.05:
            days.append(day)
        day += timedelta(days=1)
    entries = [entry_row(DayRecord(d, note_text(rng), **day_fields(rng)), stamp) for d in days]

    events: list[dict[str, object]] = []
    period = days[0]
    while period <= min(last_day, BENCH_TODAY):
        events.append({"kind": "period", "date": period, "note": "", "created_at": stamp, "updated_at": stamp})
        period += timedelta(days=rng.randint(25, 32))
    # Losses over the last twenty-odd years, the latest a few weeks before "today".
    for weeks_ago in (1100, 760, 420, 160, 5):
        loss = BENCH_TODAY - timedelta(weeks=weeks_ago)
        for kind, offset, note in (
            ("miscarriage", 0, "At home."),
            ("procedure", 2, "Uterine evacuation at the clinic."),
            ("consultation", 30, "Follow-up with the gynecologist."),
        ):
            when = loss + timedelta(days=offset)
            if when <= BENCH_TODAY:
                events.append({"kind": kind, "date": when, "note": note, "created_at": stamp, "updated_at": stamp})
    return entries, events


def write_journal(path: Path, count: int, *, rng_seed: int = 20261125) -> SeedSummary:
    """Create a journal at ``path`` (which must not exist) with ``count`` pages."""
    from sqlalchemy import create_engine, insert

    from desktop.store import models, open_journal

    started = time.perf_counter()
    entries, events = seed_rows(count, random.Random(rng_seed), BENCH_TODAY + timedelta(days=30))
    open_journal(path).close()  # creates the schema at head through Alembic, as the app does
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA synchronous=OFF")  # a generator, not the app: speed over safety
            # Core executemany on the models' tables: the ORM's per-row bookkeeping would take 10x longer.
            connection.execute(insert(models.Entry.__table__), entries)
            connection.execute(insert(models.Event.__table__), events)
    finally:
        engine.dispose()  # closing the last connection checkpoints the WAL into the file
    first_day, last_day = entries[0]["date"], entries[-1]["date"]
    return SeedSummary(path, len(entries), len(events), first_day, last_day, time.perf_counter() - started)


def schema_head() -> str:
    from desktop.store.schema import SCHEMA_HEAD

    return SCHEMA_HEAD


def cached_journal(count: int = DEFAULT_COUNT, cache_dir: Path = CACHE_DIR, log: Callable[[str], object] = print) -> Path:
    """The cached journal file for ``count`` pages at the current schema, made if missing."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"journal-schema{schema_head()}-{count}-v{GENERATOR_VERSION}.sqlite3"
    if path.exists():
        return path
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    for leftover in cache_dir.glob(f".{path.name}.*"):
        leftover.unlink()
    summary = write_journal(partial, count)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.rename(path)
    log(f"seeded {summary.entries:,} pages and {summary.events:,} dates in {summary.seconds:.1f} s -> {path.name}")
    return path


def copy_journal(source: Path, data_dir: Path) -> Path:
    """A private working copy in ``data_dir`` (benchmarks that write never touch the cache)."""
    import shutil

    from desktop.paths import ensure_private_dir, journal_path

    ensure_private_dir(data_dir)
    target = journal_path(data_dir)
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    return target


def make_todays_backup(journal_file: Path) -> None:
    """Make today's automatic backup now, so measured opens are like every open after the day's first.

    The first open of a day copies the whole journal on a worker thread; left
    to run, it would compete with what a benchmark measures (and keep the
    window from closing until it is done).
    """
    try:
        from desktop.store.backup import ensure_daily_backup
    except ImportError:  # a checkout without automatic backups
        return
    ensure_daily_backup(journal_file, datetime.now())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.seed", description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--out", type=Path, help="write here instead of the cache (the file must not exist)")
    args = parser.parse_args(argv)
    if args.out:
        if args.out.exists():
            print(f"{args.out} exists; choose a new file", file=sys.stderr)
            return 2
        summary = write_journal(args.out, args.count)
        print(f"seeded {summary.entries:,} pages and {summary.events:,} dates in {summary.seconds:.1f} s -> {args.out}")
    else:
        print(cached_journal(args.count))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
