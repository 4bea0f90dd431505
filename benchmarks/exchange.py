"""JSON export and import of 100,000 pages (figure 6): seconds and pages per second.

``export_json`` writes a copy of the seeded journal; ``import_json`` reads that
file into a new, empty journal (merge, one transaction). Neither has a budget:
the issue asks for the figures, and that the work runs off the UI thread. The
baseline is the bare job: every row through ``sqlite3`` and ``json.dumps`` to a
file. Import has budget 5 of issue 13: at most 3x that baseline. When ``desktop.exchange`` is not in this checkout the figures are skipped.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.harness import Figure, median, skipped, time_ms
from benchmarks.seed import copy_journal

IMPORT_BUDGET = 3.0  # x the bare dump, issue 13's budget 5


def exchange_unavailable() -> str | None:
    try:
        from desktop.exchange import json_format  # noqa: F401
    except ImportError:
        return "desktop.exchange.json_format (branch `exchange`) is not in this checkout"
    return None


def _raw_dump_ms(path: Path, target: Path) -> float:
    def dump() -> None:
        connection = sqlite3.connect(path)
        connection.row_factory = sqlite3.Row
        try:
            entries = [dict(row) for row in connection.execute("SELECT * FROM entries ORDER BY date")]
            events = [dict(row) for row in connection.execute("SELECT * FROM events ORDER BY date")]
        finally:
            connection.close()
        target.write_text(json.dumps({"entries": entries, "events": events}, ensure_ascii=False, indent=2))

    return time_ms(dump)


def measure_exchange(journal_source: Path, repeats: int) -> list[Figure]:
    export_title = "Export JSON, 100k pages"
    import_title = "Import JSON into an empty journal, 100k pages"
    reason = exchange_unavailable()
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
        imported = 0
        for index in range(repeats):
            baseline.append(_raw_dump_ms(path, root / "raw.json"))
            with open_journal(root / f"empty-{index}" / "journal.sqlite3") as empty:
                import_times.append(time_ms(lambda j=empty: import_json(j, export_file)))
                imported = empty.counts().entries
    if imported != entries:
        raise RuntimeError(f"the import brought back {imported} pages; the export had {entries}")

    def figure(key: str, title: str, times: list[float]) -> Figure:
        value = median(times) / 1000.0
        result = Figure(
            key,
            title,
            value,
            "s",
            runs=len(times),
            baseline=median(baseline) / 1000.0,
            baseline_title="bare sqlite3 SELECT * + json.dumps to a file",
            samples=[t / 1000.0 for t in times],
            budget="report only (runs off the UI thread)",
        )
        result.extra["pages_per_s"] = round(entries / value) if value else None
        return result

    imported_figure = figure("exchange.import_json", import_title, import_times)
    ratio = imported_figure.ratio
    imported_figure.budget = f"<= {IMPORT_BUDGET:.0f}x baseline (budget 5)"
    imported_figure.ok = ratio is not None and ratio <= IMPORT_BUDGET
    return [
        figure("exchange.export_json", export_title, export_times),
        imported_figure,
    ]
