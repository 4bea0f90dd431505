"""The command-line contract of DESIGN.md, run in-process against a temp data dir."""

from __future__ import annotations

import json
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
