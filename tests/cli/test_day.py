"""The command line for a day's tests, hCG, medicines and discharge, and for appointments (desktop/cli_day.py)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_day_set_then_show_json_keeps_the_other_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "note", "set", "2026-03-02", "a quiet day")[0] == 0
    code, out, _ = run(capsys, "day", "set", "2026-03-02", "--test-result", "faint", "--hcg", "1,250.5",
                       "--medicine", "Ibuprofen|400 mg|08:30", "--medicine", "Folic acid")
    assert code == 0 and out == "Saved 2026-03-02.\n"
    code, out, _ = run(capsys, "day", "show", "2026-03-02", "--json")
    shown = json.loads(out)
    assert (shown["text"], shown["test_result"], shown["hcg_miu_ml"], shown["discharge"]) == ("a quiet day", "faint", 1250.5, None)
    assert shown["medicines"] == [
        {"name": "Ibuprofen", "dose": "400 mg", "time": "08:30"}, {"name": "Folic acid", "dose": "", "time": None}
    ]
    run(capsys, "day", "set", "2026-03-02", "--clear", "hcg", "--clear", "medicines")
    shown = json.loads(run(capsys, "day", "show", "2026-03-02", "--json")[1])
    assert (shown["hcg_miu_ml"], shown["medicines"], shown["test_result"]) == (None, [], "faint")


def test_unusual_discharge_prints_the_note_naming_its_source(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "day", "set", "2026-03-02", "--discharge", "unusual")
    assert code == 0
    assert "You recorded discharge with an unusual colour or smell." in out
    assert "Aftercare guidance (for example the NHS, not the article)" in out
    code, out, _ = run(capsys, "day", "show", "2026-03-02")
    assert "Discharge:    unusual" in out and "Test result:  not recorded" in out and "for example the NHS" in out
    _, out, _ = run(capsys, "day", "set", "2026-03-02", "--discharge", "usual")
    assert "NHS" not in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("day", "set", "2026-03-02", "--hcg", "600000"), "hCG must be a number from 0 to 500,000 mIU/mL"),
        (("day", "set", "2026-03-02", "--hcg", "lots"), "'lots' is not a number"),
        (("day", "set", "2026-03-02", "--medicine", "a|b|25:00"), "'25:00' is not a time of day"),
        (("day", "set", "2026-03-02", "--medicine", "|400 mg"), "the name of medicine 1 is empty"),
        (("day", "set", "2026-03-02", "--test-result", "maybe"), "invalid choice"),
        (("day", "set", "2026-03-02"), "give at least one of"),
        (("appointment", "add", "2030-01-05", "1030"), "write HH:MM"),
        (("appointment", "add", "2030-01-05", "10:30", "--other"), "the appointment's title is empty"),
        (("appointment", "answer", "7", "happened"), "no appointment with id 7"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("recovery-journal: ") and message in err and err.count("\n") == 1
    assert json.loads(run(capsys, "day", "show", "2026-03-02", "--json")[1])["hcg_miu_ml"] is None
    assert json.loads(run(capsys, "appointment", "list", "--json")[1]) == []


def test_appointments_show_in_the_milestone_list_with_the_countdown_and_time(capsys: pytest.CaptureFixture[str]) -> None:
    soon = date.today() + timedelta(days=3)
    code, out, _ = run(capsys, "appointment", "add", soon.isoformat(), "10:30", "--place", "Clinic")
    assert code == 0 and "[id 1]" in out
    _, out, _ = run(capsys, "milestones")
    assert f"{soon.isoformat()} 10:30  Consultation with a gynecologist, Clinic  (in 3 days, 10:30)" in out
    listed = json.loads(run(capsys, "appointment", "list", "--json")[1])
    assert listed == [{"id": 1, "date": soon.isoformat(), "time": "10:30", "title": "", "place": "Clinic",
                       "consultation": True, "outcome": None}]
    assert run(capsys, "appointment", "answer", "1", "happened")[0] == 2  # not yet
    assert run(capsys, "appointment", "delete", "1")[0] == 0
    assert json.loads(run(capsys, "appointment", "list", "--json")[1]) == []


def test_answering_a_past_consultation_records_it(capsys: pytest.CaptureFixture[str]) -> None:
    past = date.today() - timedelta(days=2)
    run(capsys, "appointment", "add", past.isoformat(), "09:00")
    code, out, _ = run(capsys, "appointment", "answer", "1", "happened")
    assert code == 0 and "The consultation date is recorded." in out
    events = json.loads(run(capsys, "event", "list", "--json")[1])
    assert [(e["kind"], e["date"]) for e in events] == [("consultation", past.isoformat())]


def test_search_finds_a_medicine_name(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "day", "set", "2026-03-02", "--medicine", "Misoprostol|200 mcg")
    code, out, _ = run(capsys, "search", "misoprostol")
    assert code == 0 and "2026-03-02" in out and "[Misoprostol]" in out
