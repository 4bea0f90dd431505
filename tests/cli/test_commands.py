"""The command-line contract of DESIGN.md, run in-process against a temp data dir."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import journal_path
from desktop.store.schema import SCHEMA_HEAD


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_event_add_then_list_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "event", "add", "miscarriage", "2026-11-01", "--note", "at home")[0] == 0
    assert run(capsys, "event", "add", "procedure", "2026-11-03")[0] == 0
    code, out, _ = run(capsys, "event", "list", "--json")
    assert code == 0
    assert [(e["kind"], e["date"], e["note"]) for e in json.loads(out)] == [
        ("miscarriage", "2026-11-01", "at home"),
        ("procedure", "2026-11-03", ""),
    ]


def test_note_set_then_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "note", "set", "2026-11-02", "Слабость. Café au lait.")[0] == 0
    code, out, _ = run(capsys, "note", "show", "2026-11-02")
    assert (code, out) == (0, "Слабость. Café au lait.\n")


@pytest.mark.parametrize(
    "argv",
    [
        ("event", "add", "miscarriage", "2026-02-30"),
        ("event", "add", "miscarriage", "yesterday"),
        ("event", "add", "birthday", "2026-02-03"),
        ("note", "set", "2026-99-01", "text"),
        ("milestones", "--today", "soon"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("recovery-journal: ")
    assert not journal_path(data_dir).exists()


def test_data_dir_option_beats_the_environment(capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "elsewhere"
    assert run(capsys, "--data-dir", str(other), "event", "add", "period", "2026-11-20")[0] == 0
    assert journal_path(other).exists()
    assert not journal_path(data_dir).exists()


def test_milestones_json_without_a_loss_is_an_empty_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "milestones", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(capsys, "milestones")
    assert code == 0 and "No loss is recorded" in out


def test_milestones_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "event", "add", "procedure", "2026-08-31")
    run(capsys, "milestone", "change", "abstinence", "--days", "14", "--note", "my doctor")
    run(capsys, "milestone", "add", "Memorial", "2026-10-01")
    code, out, _ = run(capsys, "milestones", "--json", "--today", "2026-09-10")
    assert code == 0
    items = {m["key"]: m for m in json.loads(out)}
    for item in items.values():
        assert {"key", "title", "kind", "start", "end", "status", "source", "passage"} <= item.keys()
    assert items["sex-earliest"]["start"] == "2026-09-14"
    assert items["sex-earliest"]["source"] == "doctor"
    assert items["sex-earliest"]["article_start"] == "2026-09-21"
    assert items["planning-earliest"]["start"] == "2027-02-28"
    assert items["abstinence"]["end"] == "2026-09-14"
    assert items["first-period"]["source"] == "estimate"
    user = [m for m in items.values() if m["source"] == "user"]
    assert [(m["title"], m["start"], m["status"]) for m in user] == [("Memorial", "2026-10-01", "upcoming")]
    run(capsys, "milestone", "reset", "sex-earliest")
    items = {m["key"]: m for m in json.loads(run(capsys, "milestones", "--json", "--today", "2026-09-10")[1])}
    assert items["sex-earliest"]["start"] == "2026-09-21" and items["sex-earliest"]["source"] == "article"


def test_check_reports_integrity_revision_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "note", "set", "2026-11-02", "x")
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert "integrity: ok" in out and f"schema revision: {SCHEMA_HEAD}" in out and "entries: 1" in out


def test_check_on_a_broken_file_exits_1(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    journal_path(data_dir).write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "check")
    assert code == 1 and "not a readable journal" in err


def test_check_reports_integrity_schema_counts_and_backups(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "note", "set", "2026-11-02", "a page")
    assert run(capsys, "backup", "now")[0] == 0
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert "integrity: ok" in out and "schema revision: " in out and "entries: 1" in out
    assert "backups: 1, newest " in out


def test_check_on_a_damaged_journal_exits_1_names_the_good_backup_and_keeps_the_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "note", "set", "2026-11-02", "a page")
    run(capsys, "backup", "now")
    journal_path(data_dir).write_bytes(b"scrambled" * 500)
    code, out, err = run(capsys, "check")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "not a readable journal" in err
    assert "newest good backup: " in out and "(1 entries)" in out
    assert journal_path(data_dir).read_bytes() == b"scrambled" * 500


def test_backup_list_and_restore(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run(capsys, "note", "set", "2026-11-02", "before")
    run(capsys, "backup", "now")
    run(capsys, "note", "set", "2026-11-02", "after")
    code, out, _ = run(capsys, "backup", "list")
    assert code == 0 and "manual" in out and "1 entries" in out
    backup_file = out.split()[-1]
    code, out, _ = run(capsys, "backup", "restore", backup_file)
    assert code == 0 and "kept in" in out
    assert run(capsys, "note", "show", "2026-11-02")[1] == "before\n"


def test_restoring_a_missing_backup_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "note", "set", "2026-11-02", "kept")
    code, _out, err = run(capsys, "backup", "restore", str(tmp_path / "nope.sqlite3"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "cannot be restored" in err
    assert run(capsys, "note", "show", "2026-11-02")[1] == "kept\n"


def test_export_json_then_import_into_another_data_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "event", "add", "miscarriage", "2026-11-01")
    run(capsys, "note", "set", "2026-11-02", "a page")
    exported = tmp_path / "journal.json"
    code, out, _ = run(capsys, "export", "json", str(exported))
    assert code == 0 and "not encrypted" in out
    other = tmp_path / "other"
    code, out, _ = run(capsys, "--data-dir", str(other), "import", str(exported))
    assert code == 0 and "2 records added" in out
    assert run(capsys, "--data-dir", str(other), "note", "show", "2026-11-02")[1] == "a page\n"


def test_import_of_a_broken_file_is_one_line_exit_2_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-13-01"}]}')
    code, out, err = run(capsys, "import", str(broken))
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "entries[0] (2026-13-01), field 'date'" in err
    assert not journal_path(data_dir).exists()


def test_import_replace_makes_a_backup(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "note", "set", "2026-11-02", "old page")
    small = tmp_path / "small.json"
    small.write_text('{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-11-05", "text": "new"}]}')
    code, out, _ = run(capsys, "import", "--replace", str(small))
    assert code == 0 and out.startswith("Replaced the journal")
    assert "before-import" in run(capsys, "backup", "list")[1]
    assert run(capsys, "note", "show", "2026-11-02")[1] == ""


def test_export_to_a_missing_folder_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "export", "json", str(tmp_path / "no" / "such" / "x.json"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "does not exist" in err


@pytest.mark.parametrize("fmt", ["csv", "ics", "pdf"])
def test_export_other_formats_writes_private_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, request: pytest.FixtureRequest
) -> None:
    if fmt == "pdf":  # the CLI makes a QGuiApplication if none runs; in tests pytest-qt's QApplication must come first
        request.getfixturevalue("qapp")
    run(capsys, "event", "add", "miscarriage", "2026-11-01")
    run(capsys, "note", "set", "2026-11-02", "a page")
    target = tmp_path / f"out.{fmt}"
    extra = ["--reminders", "1"] if fmt == "ics" else ["--from", "2026-11-01"] if fmt == "pdf" else []
    code, _out, err = run(capsys, "export", fmt, str(target), "--today", "2026-11-10", *extra)
    assert (code, err) == (0, "")
    assert target.stat().st_size > 0 and (target.stat().st_mode & 0o077) == 0


def test_export_pdf_takes_a_name_for_every_page_and_never_stores_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path, qapp: object
) -> None:
    import subprocess

    run(capsys, "event", "add", "miscarriage", "2026-11-01")
    target = tmp_path / "visit.pdf"
    code, _out, err = run(capsys, "export", "pdf", str(target), "--today", "2026-11-10", "--name", "Анна К.")
    assert (code, err) == (0, "")
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert "Name: Анна К." in text
    assert "Анна".encode() not in journal_path(data_dir).read_bytes()  # on the paper only, never in the journal


def test_export_with_a_backwards_range_is_refused_before_opening(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "export", "pdf", str(tmp_path / "x.pdf"), "--from", "2026-11-05", "--to", "2026-11-01")
    assert code == 2 and "--from must not be after --to" in err
    assert not journal_path(data_dir).exists()


def test_search_prints_dates_snippets_and_ranks(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "note", "set", "2026-11-02", "Walking slowly. Café with a friend.")
    run(capsys, "note", "set", "2026-11-03", "Боли меньше.")
    code, out, _ = run(capsys, "search", "walk", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"date": "2026-11-02", "snippet": "[Walking] slowly. Café with a friend.", "rank": 1,
         "score": json.loads(out)[0]["score"], "in_tags": False}
    ]
    code, out, _ = run(capsys, "search", "боль")
    assert (code, out) == (0, "  1. 2026-11-03  [Боли] меньше.\n")
    assert run(capsys, "search", "nothing-like-this") == (0, "Nothing found.\n", "")


@pytest.mark.parametrize("argv", [("search", "  "), ("search", "a AND", "--raw"), ("search", "x", "--limit", "0")])
def test_search_problems_are_one_line_exit_2(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and err.startswith("recovery-journal: ")
    assert "Traceback" not in err


def test_check_repair_search_rebuilds_the_index(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    import sqlite3

    run(capsys, "note", "set", "2026-11-02", "headache")
    with sqlite3.connect(journal_path(data_dir)) as raw:
        raw.execute("DROP TRIGGER entries_fts_after_update")
        raw.execute("UPDATE entries SET text = 'calm'")
    code, out, _ = run(capsys, "check")
    assert code == 1 and "search index is out of step" in out
    code, out, _ = run(capsys, "check", "--repair-search")
    assert code == 0 and "integrity: ok" in out
    assert json.loads(run(capsys, "search", "calm", "--json")[1])[0]["date"] == "2026-11-02"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["gui", "--exit-after-first-paint"],
        ["gui", "--exit-when-ready"],
        ["--data-dir", "/tmp/j", "gui"],
        ["--data-dir", "/tmp/j"],
    ],
)
def test_the_quick_gui_reading_agrees_with_the_full_parser(argv: list[str]) -> None:
    from desktop.cli.parser import build_parser, plain_gui_args

    quick, full = plain_gui_args(argv), build_parser().parse_args(argv)
    assert quick is not None
    assert (quick.data_dir, quick.command) == (full.data_dir, full.command)
    assert quick.exit_after_first_paint == getattr(full, "exit_after_first_paint", False)
    assert quick.exit_when_ready == getattr(full, "exit_when_ready", False)


def test_milestones_table_counts_days_in_plain_words(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "event", "add", "procedure", "2026-11-10")
    code, out, _ = run(capsys, "milestones", "--today", "2026-11-30")
    assert code == 0
    lines = {line.split("  ")[1].strip(): line for line in out.splitlines() if line.startswith("  ")}
    assert "now · 1 day left" in lines["Rest from sex for three weeks"]  # the window's last day, as the window says it
    assert "tomorrow" in lines["Earliest time for sex again"]
    assert "in 161 days" in lines["Earliest time to plan a pregnancy"]
    assert not re.search(r"\b1 days", out)


# -- never locked out: a journal already holding a date the plan cannot hold (issue 11) ------------


def _store_raw_event(data_dir: Path, kind: str, day: str) -> None:
    """As an older version (or a tool) stored it, bypassing today's rules."""
    import sqlite3
    from contextlib import closing

    assert main(["event", "list"]) == 0  # creates the journal at head
    with closing(sqlite3.connect(journal_path(data_dir))) as connection, connection:
        connection.execute(
            "INSERT INTO events (kind, date, note, created_at, updated_at) VALUES (?, ?, '', ?, ?)",
            (kind, day, "2026-01-01 00:00:00", "2026-01-01 00:00:00"),
        )


@pytest.mark.parametrize(
    "argv",
    [("milestones",), ("milestones", "--json"), ("export", "pdf", "{out}/s.pdf"), ("export", "ics", "{out}/c.ics")],
)
def test_a_stored_date_the_plan_cannot_hold_gives_one_line_naming_the_fix(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, argv: tuple[str, ...]
) -> None:
    _store_raw_event(data_dir, "miscarriage", "9999-12-31")
    capsys.readouterr()
    code, out, err = run(capsys, *(a.format(out=tmp_path) for a in argv))
    assert code == 2 and out == ""
    assert err == (
        "recovery-journal: the plan cannot be worked out from the miscarriage recorded on 9999-12-31 "
        "(9999-12-31 +21 days is beyond the calendar); "
        "correct it with: recovery-journal event delete miscarriage 9999-12-31\n"
    )
    assert list(tmp_path.glob("*.pdf")) == list(tmp_path.glob("*.ics")) == []


def test_a_journal_with_a_bad_date_can_still_be_listed_exported_and_corrected(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _store_raw_event(data_dir, "miscarriage", "9999-12-31")
    capsys.readouterr()
    code, out, _ = run(capsys, "event", "list")
    assert code == 0 and "9999-12-31  miscarriage" in out
    assert run(capsys, "export", "json", str(tmp_path / "all.json"))[0] == 0
    assert run(capsys, "export", "csv", str(tmp_path / "days.csv"))[0] == 0
    code, out, _ = run(capsys, "event", "delete", "miscarriage", "9999-12-31")
    assert (code, out) == (0, "Deleted the miscarriage date 9999-12-31.\n")
    assert run(capsys, "milestones")[0] == 0
    assert run(capsys, "export", "pdf", str(tmp_path / "s.pdf"))[0] == 0


def test_the_store_lists_recorded_dates_outside_the_rules(data_dir: Path) -> None:
    from desktop.store import open_journal

    _store_raw_event(data_dir, "miscarriage", "9999-12-31")
    _store_raw_event(data_dir, "period", "1066-10-14")
    with open_journal(journal_path(data_dir)) as journal:
        journal.add_event("miscarriage", date(2026, 3, 1))
        assert [(e.kind.value, e.date.isoformat()) for e in journal.dates_outside_rules()] == [
            ("period", "1066-10-14"),
            ("miscarriage", "9999-12-31"),
        ]


# -- corrections: event delete ---------------------------------------------------------------------


def test_event_delete_removes_the_date(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "event", "add", "miscarriage", "2026-11-01")[0] == 0
    assert run(capsys, "event", "add", "period", "2026-11-20")[0] == 0
    code, out, err = run(capsys, "event", "delete", "period", "2026-11-20")
    assert (code, out, err) == (0, "Deleted the period start date 2026-11-20.\n", "")
    code, out, _ = run(capsys, "event", "list", "--json")
    assert [(e["kind"], e["date"]) for e in json.loads(out)] == [("miscarriage", "2026-11-01")]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("event", "delete", "period", "2026-11-01"), "no period start date is recorded on 2026-11-01"),
        (("event", "delete", "birthday", "2026-11-01"), "unknown event kind 'birthday'"),
        (("event", "delete", "miscarriage", "2026-11-31"), "is not a real calendar date"),
        (("event", "delete", "miscarriage"), "the following arguments are required: DATE"),
    ],
)
def test_event_delete_of_nothing_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: tuple[str, ...], message: str
) -> None:
    assert run(capsys, "event", "add", "miscarriage", "2026-11-01")[0] == 0
    before = journal_path(data_dir).read_bytes()
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("recovery-journal: ") and len(err.splitlines()) == 1 and message in err
    assert journal_path(data_dir).read_bytes() == before


def test_event_delete_of_a_repeated_date_deletes_one_and_says_how_many_remain(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert run(capsys, "event", "add", "consultation", "2026-11-05", "--note", "first")[0] == 0
    assert run(capsys, "event", "add", "consultation", "2026-11-05", "--note", "second")[0] == 0
    code, out, _ = run(capsys, "event", "delete", "consultation", "2026-11-05")
    assert code == 0
    assert out.splitlines() == [
        "Deleted the gynecologist consultation date 2026-11-05.",
        "1 more consultation date(s) on 2026-11-05 remain; run the command again to delete another.",
    ]
    code, out, _ = run(capsys, "event", "list", "--json")
    assert [e["note"] for e in json.loads(out)] == ["first"]  # the last one recorded went


def test_own_milestones_are_listed_without_a_loss(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "milestone", "add", "Walk by the sea", "2026-06-01")[0] == 0
    code, out, _ = run(capsys, "milestones", "--json", "--today", "2026-05-01")
    assert code == 0
    assert [(m["title"], m["start"], m["source"]) for m in json.loads(out)] == [("Walk by the sea", "2026-06-01", "user")]
    code, out, _ = run(capsys, "milestones", "--today", "2026-05-01")
    assert code == 0 and "No loss is recorded yet" in out and "Walk by the sea" in out
