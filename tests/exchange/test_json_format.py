"""JSON export and import: lossless round trip, whole-file validation, one transaction, merge and replace."""

from __future__ import annotations

import json
import sqlite3
import stat
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.exchange.json_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ImportFileError,
    document_to_bytes,
    export_json,
    import_json,
    read_import_file,
)
from desktop.guidance import EventKind, RecordedEvent
from desktop.guidance.engine import losses_in
from desktop.store import DayRecord, JournalError, open_journal
from desktop.store.backup import REASON_BEFORE_IMPORT, list_backups
from desktop.store.records import misplaced_procedures


def fill(journal) -> None:  # type: ignore[no-untyped-def]
    journal.add_event("miscarriage", date(2026, 3, 1), "at home — ночью")
    journal.add_event("procedure", date(2026, 3, 3))
    journal.add_event("period", date(2026, 4, 12), "light")
    journal.save_day(DayRecord(date(2026, 3, 2), "Hard day.\nSecond line \"quoted\"", "heavy", 7, 38.4, 1, ("cramps", "tired")))
    journal.save_day(DayRecord(date(2026, 3, 5), "", bleeding="spotting"))
    journal.save_day(DayRecord(date(2026, 3, 9), "Café 🙂", pain=0, temperature_c=36.6, mood=3))
    journal.set_override("sex-earliest", offset_days=14, note="Dr K said two weeks")
    journal.set_override("planning-earliest", day=date(2026, 8, 1))
    journal.add_custom_milestone("Walk by the sea", date(2026, 6, 1), "with A.")
    journal.add_custom_milestone("Blood test", date(2026, 3, 20))


def dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return "\n".join(connection.iterdump())


@pytest.fixture
def filled(journal):  # type: ignore[no-untyped-def]
    fill(journal)
    return journal


def test_round_trip_is_byte_identical_and_the_file_is_private(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.json"
    export_json(filled, first)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    with open_journal(tmp_path / "other" / "journal.sqlite3") as empty:
        summary = import_json(empty, first)
        second = tmp_path / "second.json"
        export_json(empty, second)
    assert summary.added == 10 and summary.skipped == 0
    assert second.read_bytes() == first.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == (FORMAT_NAME, FORMAT_VERSION)
    assert document["entries"][0] == {
        "date": "2026-03-02", "text": "Hard day.\nSecond line \"quoted\"", "bleeding": "heavy", "pain": 7,
        "temperature_c": 38.4, "mood": 1, "tags": ["cramps", "tired"],
        "test_result": None, "hcg_miu_ml": None, "medicines": [], "discharge": None,  # format 3: not recorded
    }


def test_merging_the_same_file_again_adds_nothing(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "export.json"
    export_json(filled, path)
    before = dump(filled.path)
    summary = import_json(filled, path)
    assert (summary.added, summary.skipped) == (0, 10)
    assert dump(filled.path) == before


def test_merge_adds_new_records_beside_the_existing_ones(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "other.json"
    path.write_bytes(document_to_bytes(_document(entries=[{"date": "2026-05-01", "text": "new day"}],
                                                 events=[{"kind": "consultation", "date": "2026-05-02"}])))
    import_json(filled, path)
    assert filled.entry(date(2026, 5, 1)).text == "new day"
    assert filled.entry(date(2026, 3, 2)).pain == 7
    assert len(filled.list_events()) == 4


def test_merge_refuses_a_different_page_for_the_same_day_and_changes_nothing(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "clash.json"
    path.write_bytes(document_to_bytes(_document(entries=[{"date": "2026-05-01", "text": "new"},
                                                          {"date": "2026-03-02", "text": "another text"}])))
    before = dump(filled.path)
    with pytest.raises(JournalError, match="2026-03-02 already has a different page"):
        import_json(filled, path)
    assert dump(filled.path) == before


def test_replace_backs_up_first_then_replaces_everything(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "small.json"
    path.write_bytes(document_to_bytes(_document(entries=[{"date": "2026-03-02", "text": "only this"}])))
    summary = import_json(filled, path, replace_all=True)
    assert summary.replaced
    assert filled.counts().entries == 1 and filled.counts().events == 0
    assert filled.entry(date(2026, 3, 2)).text == "only this"
    backups = list_backups(filled.path)
    assert [(b.reason, b.entries) for b in backups] == [(REASON_BEFORE_IMPORT, 3)]


def _document(**sections: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, **sections}


GOOD_ENTRY = {"date": "2026-05-01", "text": "ok"}

MALFORMED: list[tuple[str, bytes | dict[str, Any], str]] = [
    ("bad json", b'{"format": "recovery-journal", "version": 1,,}', "not valid JSON (line 1, column 45"),
    ("not utf-8", b'{"format": "\xff"}', "not UTF-8"),
    ("not an object", b"[1, 2]", "must hold a JSON object"),
    ("not an export", {"format": "other", "version": 1}, "not a Recovery Journal export"),
    ("newer version", {"format": FORMAT_NAME, "version": FORMAT_VERSION + 1}, f"format version {FORMAT_VERSION + 1}"),
    ("version as text", {"format": FORMAT_NAME, "version": "1"}, "'version' must be a whole number"),
    ("unknown top field", _document(settings={}), "unknown field 'settings'"),
    ("section not a list", _document(entries={}), "'entries' must be a list"),
    ("bad date", _document(entries=[GOOD_ENTRY, {"date": "2026-02-30", "text": "x"}]),
     "entries[1] (2026-02-30), field 'date': '2026-02-30' is not a real calendar date"),
    ("date not iso", _document(events=[{"kind": "period", "date": "01.03.2026"}]),
     "events[0] (01.03.2026), field 'date'"),
    ("missing date", _document(entries=[{"text": "x"}]), "entries[0], field 'date': is missing"),
    ("unknown kind", _document(events=[{"kind": "birthday", "date": "2026-03-01"}]),
     "events[0] (2026-03-01), field 'kind': must be one of miscarriage, procedure, period, consultation, not \"birthday\""),
    ("duplicate day", _document(entries=[GOOD_ENTRY, {"date": "2026-05-01", "text": "again"}]),
     "entries[1] (2026-05-01), field 'date': the same day as entries[0]"),
    ("pain out of range", _document(entries=[{"date": "2026-05-02", "pain": 11}]),
     "entries[0] (2026-05-02), field 'pain': must be a whole number from 0 to 10 or null, not 11"),
    ("pain as bool", _document(entries=[{"date": "2026-05-02", "pain": True}]), "field 'pain'"),
    ("mood fraction", _document(entries=[{"date": "2026-05-02", "mood": 2.5}]), "field 'mood'"),
    ("temperature", _document(entries=[{"date": "2026-05-02", "temperature_c": 99}]), "field 'temperature_c'"),
    ("bleeding", _document(entries=[{"date": "2026-05-02", "bleeding": "lots"}]), "field 'bleeding'"),
    ("tags", _document(entries=[{"date": "2026-05-02", "tags": "a,b"}]), "field 'tags'"),
    ("text type", _document(entries=[{"date": "2026-05-02", "text": 5}]), "field 'text': must be text"),
    ("lone surrogate", b'{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-05-02", "text": "\\ud800"}]}',
     "field 'text'"),
    ("unknown entry field", _document(entries=[{"date": "2026-05-02", "weight": 60}]), "unknown field 'weight'"),
    ("record not object", _document(custom_milestones=["walk"]), "custom_milestones[0]: must be an object"),
    ("override key", _document(milestone_overrides=[{"key": "first-period", "offset_days": 3}]),
     "milestone_overrides[0] (first-period), field 'key'"),
    ("override both", _document(milestone_overrides=[{"key": "sex-earliest", "offset_days": 3, "date": "2026-03-20"}]),
     "give either 'date' or 'offset_days'"),
    ("override offset", _document(milestone_overrides=[{"key": "sex-earliest", "offset_days": 0}]), "field 'offset_days'"),
    ("duplicate override", _document(milestone_overrides=[{"key": "sex-earliest", "offset_days": 3},
                                                          {"key": "sex-earliest", "offset_days": 4}]),
     "the same milestone as milestone_overrides[0]"),
    ("empty title", _document(custom_milestones=[{"title": "  ", "date": "2026-03-20"}]), "field 'title'"),
    ("hcg out of range", _document(entries=[{"date": "2026-05-02", "hcg_miu_ml": 500001}]),
     "entries[0] (2026-05-02), field 'hcg_miu_ml': must be a number of mIU/mL from 0 to 500000 or null, not 500001"),
    ("hcg as text", _document(entries=[{"date": "2026-05-02", "hcg_miu_ml": "1250"}]), "field 'hcg_miu_ml'"),
    ("test result", _document(entries=[{"date": "2026-05-02", "test_result": "maybe"}]), "field 'test_result'"),
    ("discharge", _document(entries=[{"date": "2026-05-02", "discharge": "green"}]), "field 'discharge'"),
    ("medicine without a name", _document(entries=[{"date": "2026-05-02", "medicines": [{"dose": "1"}]}]),
     "field 'medicines'[0], field 'name': is missing"),
    ("medicine time", _document(entries=[{"date": "2026-05-02", "medicines": [{"name": "Iron", "time": "8 am"}]}]),
     "field 'time': must be a time written HH:MM"),
    ("medicine name on two lines", _document(entries=[{"date": "2026-05-02", "medicines": [{"name": "a\nb"}]}]),
     "the name of medicine 1 must be one line"),
    ("appointment time", _document(appointments=[{"date": "2026-05-02", "time": "25:00"}]), "appointments[0] (2026-05-02), field 'time'"),
    ("appointment without a title", _document(appointments=[{"date": "2026-05-02", "time": "10:00", "consultation": False}]),
     "the appointment's title is empty"),
    ("version 2 with hcg", {"format": FORMAT_NAME, "version": 2, "entries": [{"date": "2026-05-02", "hcg_miu_ml": 5}]},
     "field 'hcg_miu_ml': is not part of format version 2"),
    ("version 2 with appointments", {"format": FORMAT_NAME, "version": 2, "appointments": []},
     "the field 'appointments' is not part of format version 2"),
]


@pytest.mark.parametrize(("content", "message"), [case[1:] for case in MALFORMED], ids=[case[0] for case in MALFORMED])
def test_a_malformed_file_gets_one_clear_message_and_the_journal_is_unchanged(
    filled, tmp_path: Path, content: bytes | dict[str, Any], message: str  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content if isinstance(content, bytes) else document_to_bytes(content))
    before = dump(filled.path)
    for replace_all in (False, True):
        with pytest.raises(ImportFileError) as raised:
            import_json(filled, path, replace_all=replace_all)
        assert message in str(raised.value)
        assert str(raised.value).startswith("broken.json: ")
        assert "\n" not in str(raised.value)
    assert dump(filled.path) == before
    assert list_backups(filled.path) == []  # replace validates before it backs up


def test_a_missing_file_is_reported(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportFileError, match="cannot read"):
        import_json(journal, tmp_path / "nope.json")


# -- property-based: fuzzed files never break the journal; valid ones round-trip -------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
field_values = st.one_of(
    json_values,
    st.sampled_from(["2026-03-01", "2026-02-30", "period", "heavy", "sex-earliest", "", "x"]),
    st.integers(-3, 12),
    st.floats(29, 46),
)
records = st.dictionaries(
    st.sampled_from(["date", "kind", "note", "text", "bleeding", "pain", "temperature_c", "mood", "tags", "key",
                     "offset_days", "title", "extra"]),
    field_values,
    max_size=6,
)
documents = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"format": st.just(FORMAT_NAME), "version": st.sampled_from([1, 1, 1, 2, 0, "1"])},
        optional={name: st.lists(records, max_size=4) for name in
                  ("events", "entries", "milestone_overrides", "custom_milestones")},
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents)
def test_fuzzed_imports_either_succeed_or_change_nothing(filled, tmp_path: Path, document: object) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = dump(filled.path)
    try:
        import_json(filled, path)
    except JournalError as error:
        assert str(error) and "\n" not in str(error)
        assert dump(filled.path) == before


text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
days = st.dates(date(2000, 1, 1), date(2099, 12, 31))
tag = text.map(lambda t: " ".join(t.replace(",", " ").split())).filter(bool)
one_line = text.map(lambda t: " ".join(t.split()))  # what the store keeps of a name, dose, title or place
hhmm = st.times().map(lambda t: t.strftime("%H:%M"))
medicine = st.fixed_dictionaries({"name": one_line.filter(bool), "dose": one_line, "time": st.none() | hhmm})


@st.composite
def valid_documents(draw: st.DrawFn) -> dict[str, Any]:
    entry_days = sorted(draw(st.sets(days, max_size=6)))
    entries = []
    for day in entry_days:
        tags = draw(st.lists(tag, max_size=3, unique_by=str.casefold))
        entry = {
            "date": day.isoformat(),
            "text": draw(text.filter(str.strip)),
            "bleeding": draw(st.none() | st.sampled_from(["none", "spotting", "light", "medium", "heavy"])),
            "pain": draw(st.none() | st.integers(0, 10)),
            "temperature_c": draw(st.none() | st.floats(30, 45)),
            "mood": draw(st.none() | st.integers(1, 5)),
            "tags": tags,
            "test_result": draw(st.none() | st.sampled_from(["negative", "faint", "positive"])),
            "hcg_miu_ml": draw(st.none() | st.floats(0, 500_000)),
            "medicines": draw(st.lists(medicine, max_size=3)),
            "discharge": draw(st.none() | st.sampled_from(["none", "usual", "unusual"])),
        }
        entries.append(entry)
    events = sorted(
        draw(st.lists(st.fixed_dictionaries({
            "kind": st.sampled_from(["miscarriage", "procedure", "period", "consultation"]),
            "date": days.map(date.isoformat), "note": text}), max_size=5)),
        key=lambda e: e["date"],
    )
    recorded = [RecordedEvent(EventKind(e["kind"]), date.fromisoformat(e["date"])) for e in events]
    assume(not misplaced_procedures(recorded))  # the store refuses a procedure just before its miscarriage
    losses = losses_in(recorded)
    keys = draw(st.sets(st.sampled_from(["sex-earliest", "planning-earliest", "planning-better", "consultation"])))
    overrides = []
    for loss in losses if keys else []:  # a doctor's change belongs to a loss, and lies after its day 0
        for key in sorted(draw(st.sets(st.sampled_from(sorted(keys))))):
            if draw(st.booleans()):
                day = loss.date + timedelta(days=draw(st.integers(1, 800)))
                overrides.append({"key": key, "loss": loss.loss_date.isoformat(), "date": day.isoformat(),
                                  "offset_days": None, "note": draw(text)})
            else:
                overrides.append({"key": key, "loss": loss.loss_date.isoformat(), "date": None,
                                  "offset_days": draw(st.integers(1, 800)), "note": draw(text)})
    overrides = list({(o["loss"], o["key"]): o for o in overrides}.values())  # one per milestone and loss
    overrides.sort(key=lambda o: (o["loss"], o["key"]))
    custom = sorted(
        draw(st.lists(st.fixed_dictionaries({
            "title": text.filter(lambda t: t.strip() == t and t != ""), "date": days.map(date.isoformat),
            "note": text}), max_size=4)),
        key=lambda c: c["date"],
    )
    appointments = sorted(
        draw(st.lists(st.fixed_dictionaries({
            "date": days.map(date.isoformat), "time": hhmm, "title": one_line.filter(bool), "place": one_line,
            "consultation": st.booleans(),
            "outcome": st.none() | st.sampled_from(["happened", "not-happened", "unanswered"])}), max_size=3)),
        key=lambda a: (a["date"], a["time"]),
    )
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "events": events, "entries": entries,
            "milestone_overrides": overrides, "custom_milestones": custom, "appointments": appointments}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=valid_documents())
def test_any_valid_document_round_trips_exactly(journal, tmp_path: Path, document: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.json"
    source.write_bytes(document_to_bytes(document))
    journal.apply_snapshot(read_import_file(source), replace_all=True, today=date(2100, 1, 1))
    out = tmp_path / "out.json"
    export_json(journal, out)
    assert json.loads(out.read_text(encoding="utf-8")) == document


class _Stopped(Exception):
    """What the window's cancel raises inside the progress callback."""


def test_an_import_reports_its_progress_and_a_stop_part_way_writes_nothing(tmp_path: Path) -> None:
    pages = [{"date": (date(1990, 1, 1) + timedelta(days=n)).isoformat(), "text": f"page {n}"} for n in range(5000)]
    source = tmp_path / "many.json"
    source.write_text(json.dumps({"format": "recovery-journal", "version": 1, "entries": pages}))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 4000:  # 4,000 pages already written inside the one transaction
            raise _Stopped

    with open_journal(tmp_path / "journal.sqlite3") as journal:
        journal.save_day(DayRecord(date(2026, 3, 2), "already here"))
        with pytest.raises(_Stopped):
            import_json(journal, source, progress=progress)
        assert journal.counts().entries == 1  # rolled back
    assert seen[0] == (0, 5000) and (2000, 5000) in seen

    done: list[tuple[int, int]] = []
    with open_journal(tmp_path / "journal.sqlite3") as journal:
        import_json(journal, source, progress=lambda d, t: done.append((d, t)))
        assert journal.counts().entries == 5001
    assert done[-1] == (5000, 5000)


def test_a_version_2_file_still_imports_with_nothing_recorded_for_the_new_fields(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.json"
    path.write_bytes(document_to_bytes({"format": FORMAT_NAME, "version": 2,
                                        "entries": [{"date": "2026-05-02", "text": "from before", "pain": 0}]}))
    import_json(journal, path)
    entry = journal.entry(date(2026, 5, 2))
    assert (entry.text, entry.pain, entry.test_result, entry.hcg_miu_ml, entry.medicines, entry.discharge) == (
        "from before", 0, None, None, (), None
    )
    assert journal.appointments() == []
