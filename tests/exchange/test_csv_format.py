"""CSV export of the daily entries."""

from __future__ import annotations

import csv
import stat
from datetime import date, time
from pathlib import Path

from desktop.exchange.csv_format import CSV_COLUMNS, export_csv
from desktop.store import DayRecord
from desktop.store.records import MedicineTaken


def test_one_row_a_day_with_a_header_in_utf8(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(date(2026, 3, 9), "Café, \"quoted\"\nnext line", "light", 2, 37.25, 4, ("a", "b c")))
    journal.save_day(DayRecord(date(2026, 3, 2), "Слабость"))
    journal.save_day(DayRecord(date(2026, 3, 5), bleeding="none", pain=0))
    path = tmp_path / "days.csv"
    export_csv(journal, path)

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[1:] == [
        ["2026-03-02", "", "", "", "", "", "Слабость", "", "", "", ""],
        ["2026-03-05", "none", "0", "", "", "", "", "", "", "", ""],
        ["2026-03-09", "light", "2", "37.25", "4", "a; b c", "Café, \"quoted\"\nnext line", "", "", "", ""],
    ]


def test_the_fields_of_issue_16_follow_the_text(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    medicines = (MedicineTaken("Ibuprofen", "400 mg", time(8, 30)), MedicineTaken("Folic acid"))
    journal.save_day(DayRecord(date(2026, 3, 9), test_result="faint", hcg_miu_ml=1250.5, medicines=medicines,
                               discharge="unusual"))
    path = tmp_path / "days.csv"
    export_csv(journal, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["test_result"], r["hcg_miu_ml"], r["medicines"], r["discharge"]) for r in rows] == [
        ("faint", "1250.5", "Ibuprofen 400 mg at 08:30; Folic acid", "unusual")
    ]


def test_an_empty_journal_gives_only_the_header(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "days.csv"
    export_csv(journal, path)
    assert path.read_bytes() == b"\xef\xbb\xbf" + ",".join(CSV_COLUMNS).encode() + b"\r\n"
