"""Work over the whole journal (figures 4 and 6): full-text search, JSON export and import.

Each needs a piece other branches add (``Journal.search``, ``desktop.exchange``);
when that piece is not in this checkout the figure says so and is skipped.
Baselines are the same work done bare through ``sqlite3`` and ``json`` on the
same file, in the same run.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.harness import Figure, median, skipped, time_ms
from benchmarks.seed import copy_journal

SEARCH_BUDGET_MS = 50.0
SEARCH_LIMIT = 50

# Ten queries a person might type: common and rare words, two words, a prefix,
# an accented word, a Cyrillic word, a tag, and a word that is nowhere.
SEARCH_QUERIES = [
    "cramps",
    "doctor appointment",
    "walk river",
    "spotting",
    "cafe",
    "мама",
    "hope",
    "paracet",
    "ingrid novel",
    "elephant",
]


def _search_available() -> str | None:
    from desktop.store import Journal

    return None if hasattr(Journal, "search") else "Journal.search (FTS5, branch `journal`) is not in this checkout"


def _fts_floor_ms(path: Path, queries: list[str], repeats: int) -> list[float]:
    """The bare FTS5 query through sqlite3: rowids of the best matches, nothing else."""
    connection = sqlite3.connect(path)
    try:
        times = []
        for _ in range(repeats):
            for query in queries:
                words = " ".join(f'"{word}"*' for word in query.split())
                times.append(
                    time_ms(
                        lambda w=words: connection.execute(
                            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT ?",
                            (w, SEARCH_LIMIT),
                        ).fetchall()
                    )
                )
        return times
    finally:
        connection.close()


def measure_search(journal_source: Path, repeats: int) -> list[Figure]:
    title = "Full-text search, 100k notes, 10 queries (to results)"
    reason = _search_available()
    if reason:
        return [skipped("search.full_text", title, reason)]
    from desktop.store import open_journal

    with tempfile.TemporaryDirectory(prefix="rj-bench-search-") as tmp:
        path = copy_journal(journal_source, Path(tmp) / "data")
        with open_journal(path) as journal:
            for query in SEARCH_QUERIES:  # warm-up: the page cache and SQLAlchemy's statement cache
                journal.search(query, SEARCH_LIMIT)
            times: list[float] = []
            per_query: dict[str, list[float]] = {q: [] for q in SEARCH_QUERIES}
            hits: dict[str, int] = {}
            for _ in range(repeats):
                for query in SEARCH_QUERIES:
                    found: list[object] = []
                    elapsed = time_ms(lambda q=query: found.extend(journal.search(q, SEARCH_LIMIT)))
                    times.append(elapsed)
                    per_query[query].append(elapsed)
                    hits[query] = len(found)
        baseline = _fts_floor_ms(path, SEARCH_QUERIES, repeats)
    value = median(times)
    figure = Figure(
        "search.full_text",
        title,
        value,
        "ms",
        runs=len(times),
        baseline=median(baseline),
        baseline_title="bare FTS5 MATCH through sqlite3 (rowids only)",
        budget=f"<= {SEARCH_BUDGET_MS:.0f} ms median",
        ok=value <= SEARCH_BUDGET_MS,
        samples=times,
    )
    figure.extra["worst_ms"] = round(max(times), 2)
    figure.extra["per_query_median_ms"] = {q: round(median(t), 2) for q, t in per_query.items()}
    figure.extra["hits"] = hits
    return [figure]


def _exchange_available() -> str | None:
    try:
        from desktop.exchange import json_format  # noqa: F401
    except ImportError:
        return "desktop.exchange.json_format (branch `exchange`) is not in this checkout"
    return None


def _raw_dump_ms(path: Path, target: Path) -> float:
    """The floor for an export: every row through sqlite3 and json, written to a file."""

    def dump() -> None:
        connection = sqlite3.connect(path)
        connection.row_factory = sqlite3.Row
        try:
            rows = [dict(row) for row in connection.execute("SELECT * FROM entries ORDER BY date")]
            events = [dict(row) for row in connection.execute("SELECT * FROM events ORDER BY date")]
        finally:
            connection.close()
        target.write_text(json.dumps({"entries": rows, "events": events}, ensure_ascii=False, indent=2))

    return time_ms(dump)


def measure_exchange(journal_source: Path, repeats: int) -> list[Figure]:
    export_title = "Export JSON, 100k pages"
    import_title = "Import JSON into an empty journal, 100k pages"
    reason = _exchange_available()
    if reason:
        return [skipped("exchange.export_json", export_title, reason), skipped("exchange.import_json", import_title, reason)]
    from desktop.exchange.json_format import export_json, import_json
    from desktop.store import open_journal

    export_times: list[float] = []
    import_times: list[float] = []
    baseline: list[float] = []
    with tempfile.TemporaryDirectory(prefix="rj-bench-exchange-") as tmp:
        root = Path(tmp)
        path = copy_journal(journal_source, root / "data")
        export_file = root / "export.json"
        with open_journal(path) as journal:
            entries = journal.counts().entries
            for _ in range(repeats):
                export_file.unlink(missing_ok=True)
                export_times.append(time_ms(lambda: export_json(journal, export_file)))
        for index in range(repeats):
            baseline.append(_raw_dump_ms(path, root / "raw.json"))
            with open_journal(root / f"empty-{index}" / "journal.sqlite3") as empty:
                import_times.append(time_ms(lambda j=empty: import_json(j, export_file)))
                imported = empty.counts().entries
    if imported != entries:
        raise RuntimeError(f"import brought {imported} pages back, the export had {entries}")

    def figure(key: str, title: str, times: list[float]) -> Figure:
        value = median(times) / 1000.0
        result = Figure(
            key, title, value, "s", runs=len(times), baseline=median(baseline) / 1000.0,
            baseline_title="bare sqlite3 SELECT * + json.dumps to a file", samples=[t / 1000.0 for t in times],
            budget="report only; must run off the UI thread",
        )
        result.extra["entries_per_s"] = round(entries / value) if value else None
        return result

    return [figure("exchange.export_json", export_title, export_times), figure("exchange.import_json", import_title, import_times)]
