"""A doctor's change belongs to the loss it was made for (issue 11): a new loss starts from the article."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.exchange.json_format import FORMAT_NAME, document_to_bytes, export_json, import_json
from desktop.guidance import EventKind, milestones_for
from desktop.guidance.dates import add_months
from desktop.paths import journal_path
from desktop.store import open_journal

TODAY = date(2026, 12, 7)
FIRST, SECOND = date(2020, 1, 10), date(2024, 2, 1)


def plan(journal) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {m.key: m for m in milestones_for(journal.history(), TODAY)}


@pytest.fixture
def two_losses(journal):  # type: ignore[no-untyped-def]
    journal.add_event("miscarriage", FIRST, today=TODAY)
    journal.set_override("planning-earliest", day=date(2020, 5, 1), note="Dr A, 2020")
    journal.set_override("abstinence", offset_days=14)
    journal.add_event("miscarriage", SECOND, today=TODAY)
    return journal


def test_a_second_loss_starts_from_the_article(two_losses) -> None:  # type: ignore[no-untyped-def]
    milestones = plan(two_losses)
    assert milestones["planning-earliest"].source == "article"
    assert milestones["planning-earliest"].start == add_months(SECOND, 6)
    assert milestones["abstinence"].end == date(2024, 2, 22)  # the article's three weeks, not the old 14 days
    assert (milestones["consultation"].source, milestones["consultation"].due) == ("article", add_months(SECOND, 6))


def test_the_earlier_loss_keeps_its_changes_in_history_and_export(two_losses, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    history = two_losses.history()
    assert [(o.loss_date, o.key, o.date, o.offset_days) for o in history.overrides] == [
        (FIRST, "planning-earliest", date(2020, 5, 1), None),
        (FIRST, "sex-earliest", None, 14),
    ]
    losses = {o.loss_date for o in history.overrides}
    assert losses == {FIRST}
    out = tmp_path / "out.json"
    export_json(two_losses, out)
    exported = json.loads(out.read_text(encoding="utf-8"))["milestone_overrides"]
    assert [(o["loss"], o["key"], o["note"]) for o in exported] == [
        ("2020-01-10", "planning-earliest", "Dr A, 2020"),
        ("2020-01-10", "sex-earliest", ""),
    ]


def test_each_loss_has_its_own_change_of_the_same_milestone(two_losses) -> None:  # type: ignore[no-untyped-def]
    two_losses.set_override("planning-earliest", day=date(2024, 6, 1), note="Dr B")
    assert plan(two_losses)["planning-earliest"].start == date(2024, 6, 1)
    assert plan(two_losses)["planning-earliest"].source == "doctor"
    two_losses.reset_override("planning-earliest")  # resets the current loss's only
    assert plan(two_losses)["planning-earliest"].source == "article"
    assert [o.note for o in two_losses.history().overrides if o.key == "planning-earliest"] == ["Dr A, 2020"]


def test_deleting_the_new_loss_brings_the_earlier_plan_back(two_losses) -> None:  # type: ignore[no-untyped-def]
    two_losses.delete_event_on(EventKind.MISCARRIAGE, SECOND)
    assert plan(two_losses)["planning-earliest"].start == date(2020, 5, 1)
    assert plan(two_losses)["planning-earliest"].source == "doctor"


def test_correcting_the_loss_date_keeps_its_changes(journal) -> None:  # type: ignore[no-untyped-def]
    loss = journal.add_event("miscarriage", date(2026, 3, 10), today=TODAY)
    journal.set_override("sex-earliest", offset_days=14)
    journal.update_event(loss.id, EventKind.MISCARRIAGE, date(2026, 3, 8), "", today=TODAY)
    assert plan(journal)["sex-earliest"].start == date(2026, 3, 22)
    assert plan(journal)["sex-earliest"].source == "doctor"


def test_export_import_keeps_each_loss_s_changes(two_losses, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.json"
    export_json(two_losses, out)
    with open_journal(tmp_path / "other" / "journal.sqlite3") as other:
        import_json(other, out)
        assert other.history().overrides == two_losses.history().overrides
        again = tmp_path / "again.json"
        export_json(other, again)
    assert again.read_bytes() == out.read_bytes()


def test_a_version_1_file_gives_its_changes_to_the_most_recent_loss_they_fit(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "v1.json"
    old.write_bytes(document_to_bytes({
        "format": FORMAT_NAME,
        "version": 1,
        "events": [{"kind": "miscarriage", "date": d.isoformat(), "note": ""} for d in (FIRST, SECOND)],
        "milestone_overrides": [
            {"key": "consultation", "date": "2020-03-01", "offset_days": None, "note": "made in 2020"},
            {"key": "planning-earliest", "date": None, "offset_days": 200, "note": ""},
            {"key": "sex-earliest", "date": "2024-02-20", "offset_days": None, "note": ""},
        ],
    }))
    import_json(journal, old)
    assert [(o.key, o.loss_date) for o in journal.history().overrides] == [
        ("consultation", FIRST),  # a date before the newest loss's day 0: the loss it fits
        ("planning-earliest", SECOND),
        ("sex-earliest", SECOND),
    ]


def test_a_version_1_file_without_a_loss_keeps_its_changes_unattached(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "v1.json"
    old.write_bytes(document_to_bytes({
        "format": FORMAT_NAME,
        "version": 1,
        "milestone_overrides": [{"key": "sex-earliest", "date": None, "offset_days": 14, "note": "kept"}],
    }))
    import_json(journal, old)
    assert journal.history().overrides == ()  # not planned with ...
    assert [o.note for o in journal.snapshot().overrides] == ["kept"]  # ... but kept and exported
    journal.add_event("miscarriage", FIRST, today=TODAY)
    assert plan(journal)["sex-earliest"].source == "article"


def test_cli_refuses_a_doctor_s_date_before_day_0(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert main(["event", "add", "miscarriage", "2026-03-10"]) == 0
    before = journal_path(data_dir).read_bytes()
    capsys.readouterr()
    assert main(["milestone", "change", "planning-earliest", "--date", "2026-02-01"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "recovery-journal: the new date of 'planning-earliest' (2026-02-01) must come after day 0 of the loss "
        "(2026-03-10)\n"
    )
    assert journal_path(data_dir).read_bytes() == before


def test_moving_a_loss_past_another_keeps_each_loss_s_changes(journal) -> None:  # type: ignore[no-untyped-def]
    first = journal.add_event("miscarriage", FIRST, today=TODAY)
    journal.set_override("sex-earliest", offset_days=10, note="first loss")
    journal.add_event("miscarriage", SECOND, today=TODAY)
    journal.set_override("sex-earliest", offset_days=12, note="second loss")
    journal.update_event(first.id, EventKind.MISCARRIAGE, date(2025, 1, 1), "", today=TODAY)
    assert sorted((o.loss_date, o.note) for o in journal.history().overrides) == [
        (SECOND, "second loss"),
        (date(2025, 1, 1), "first loss"),
    ]
    assert plan(journal)["sex-earliest"].note == "first loss"  # the moved loss is now the most recent
