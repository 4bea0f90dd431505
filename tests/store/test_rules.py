"""The store's rules (desktop/store/records.py), the same through every door: window model, CLI, import.

Each refusal is one line, exits 2 on the CLI, and leaves the journal exactly as it was.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.exchange.json_format import FORMAT_NAME, FORMAT_VERSION, IMPORT_MAX_BYTES, document_to_bytes
from desktop.guidance import EventKind
from desktop.paths import journal_path
from desktop.store import DayRecord, Journal, JournalError, open_journal
from desktop.store.records import EARLIEST_DATE, LATEST_DATE, NOTE_MAX_BYTES
from desktop.ui.day.autosave import DayEdit

TODAY = date(2026, 12, 7)  # the window model's clock; the CLI's rules use the real one, so "future" is 2150
FUTURE = "2150-06-01"
LONG_TEXT = "x" * (NOTE_MAX_BYTES + 1)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return "\n".join(connection.iterdump())


def with_loss(journal: Journal) -> None:
    journal.add_event("miscarriage", date(2026, 3, 10), today=TODAY)


def nothing(_journal: Journal) -> None:
    pass


def document(**sections: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, **sections}


@dataclass(frozen=True)
class Rule:
    """One rule and how each door asks for what it refuses (None: the door has no such field)."""

    name: str
    setup: Callable[[Journal], None]
    model: Callable[[Any], None] | None
    cli: tuple[str, ...] | None
    file: dict[str, Any] | None
    message: str


RULES = [
    Rule(
        "date before 1900",
        nothing,
        lambda m: m.add_event(EventKind.MISCARRIAGE, date(1899, 12, 31), ""),
        ("event", "add", "miscarriage", "1899-12-31"),
        document(events=[{"kind": "miscarriage", "date": "1899-12-31", "note": ""}]),
        "1899-12-31 is outside the dates this journal keeps (1900-01-01 to 2199-12-31)",
    ),
    Rule(
        "date after 2199",
        nothing,
        lambda m: m.add_event(EventKind.CONSULTATION, date(9999, 12, 31), ""),
        ("event", "add", "consultation", "9999-12-31"),
        document(events=[{"kind": "consultation", "date": "9999-12-31", "note": ""}]),
        "9999-12-31 is outside the dates this journal keeps",
    ),
    *[
        Rule(
            f"{kind} in the future",
            nothing,
            lambda m, kind=kind: m.add_event(EventKind(kind), date.fromisoformat(FUTURE), ""),
            ("event", "add", kind, FUTURE),
            document(events=[{"kind": kind, "date": FUTURE, "note": ""}]),
            f"date {FUTURE} is in the future",
        )
        for kind in ("miscarriage", "procedure", "period")
    ],
    Rule(
        "procedure before its miscarriage",
        with_loss,
        lambda m: m.add_event(EventKind.PROCEDURE, date(2026, 3, 5), ""),
        ("event", "add", "procedure", "2026-03-05"),
        document(events=[
            {"kind": "procedure", "date": "2026-03-05", "note": ""},
            {"kind": "miscarriage", "date": "2026-03-10", "note": ""},
        ]),
        "the procedure on 2026-03-05 is dated before the miscarriage on 2026-03-10 it follows",
    ),
    Rule(
        "doctor's date before day 0",
        with_loss,
        lambda m: m.change_milestone("planning-earliest", day=date(2026, 3, 1), offset_days=None, note=""),
        ("milestone", "change", "planning-earliest", "--date", "2026-03-01"),
        document(
            events=[{"kind": "miscarriage", "date": "2026-03-10", "note": ""}],
            milestone_overrides=[
                {"key": "planning-earliest", "loss": "2026-03-10", "date": "2026-03-01", "offset_days": None, "note": ""}
            ],
        ),
        "the new date of 'planning-earliest' (2026-03-01) must come after day 0 of the loss (2026-03-10)",
    ),
    Rule(
        "doctor's date on day 0",
        with_loss,
        lambda m: m.change_milestone("sex-earliest", day=date(2026, 3, 10), offset_days=None, note=""),
        ("milestone", "change", "sex-earliest", "--date", "2026-03-10"),
        None,  # a file's own events decide its day 0: covered by the case above
        "must come after day 0 of the loss (2026-03-10)",
    ),
    Rule(
        "doctor's date without a loss",
        nothing,
        lambda m: m.change_milestone("sex-earliest", day=None, offset_days=14, note=""),
        ("milestone", "change", "sex-earliest", "--days", "14"),
        None,
        "no loss is recorded yet, so there is no plan to change",
    ),
    Rule(
        "doctor's date for a loss the file does not hold",
        nothing,
        None,
        None,
        document(milestone_overrides=[
            {"key": "sex-earliest", "loss": "2026-03-10", "date": None, "offset_days": 14, "note": ""}
        ]),
        "field 'loss': no loss in this file begins on 2026-03-10",
    ),
    Rule(
        "days after day 0 too many",
        with_loss,
        lambda m: m.change_milestone("sex-earliest", day=None, offset_days=10**9, note=""),
        ("milestone", "change", "sex-earliest", "--days", str(10**9)),
        None,
        "the number of days after day 0 must be from 1 to 36,500",
    ),
    Rule(
        "day note too long",
        nothing,
        lambda m: m.write_day(DayEdit(date(2026, 3, 2), text=LONG_TEXT)),
        ("note", "set", "2026-03-02", LONG_TEXT),
        document(entries=[{"date": "2026-03-02", "text": LONG_TEXT}]),
        f"is too long ({NOTE_MAX_BYTES + 1:,} bytes; at most {NOTE_MAX_BYTES:,})",
    ),
    Rule(
        "event note too long",
        nothing,
        lambda m: m.add_event(EventKind.CONSULTATION, date(2026, 3, 2), LONG_TEXT),
        ("event", "add", "consultation", "2026-03-02", "--note", LONG_TEXT),
        document(events=[{"kind": "consultation", "date": "2026-03-02", "note": LONG_TEXT}]),
        "the note of the gynecologist consultation date is too long",
    ),
    Rule(
        "own milestone after 2199",
        nothing,
        lambda m: m.add_own_milestone("Far", date(2200, 1, 1), ""),
        ("milestone", "add", "Far", "2200-01-01"),
        document(custom_milestones=[{"title": "Far", "date": "2200-01-01", "note": ""}]),
        "2200-01-01 is outside the dates this journal keeps",
    ),
    Rule(
        "temperature out of range",
        nothing,
        None,
        None,
        document(entries=[{"date": "2026-03-02", "temperature_c": 45.5}]),
        "must be a number of °C from 30 to 45",
    ),
    Rule(
        "day page after 2199",
        nothing,
        lambda m: m.write_day(DayEdit(date(2200, 1, 1), text="far")),
        ("note", "set", "2200-01-01", "far"),
        document(entries=[{"date": "2200-01-01", "text": "far"}]),
        "2200-01-01 is outside the dates this journal keeps",
    ),
]


@pytest.fixture
def prepared(data_dir: Path) -> Callable[[Rule], Path]:
    def prepare(rule: Rule) -> Path:
        path = journal_path(data_dir)
        with open_journal(path) as journal:
            journal.save_entry(date(2026, 1, 5), "an unrelated page")
            rule.setup(journal)
        return path

    return prepare


def assert_one_line(message: str, expected: str) -> None:
    assert message and "\n" not in message.strip()
    assert expected in message


@pytest.mark.parametrize("rule", [r for r in RULES if r.model], ids=lambda r: r.name)
def test_the_window_model_refuses(qtbot: QtBot, prepared, open_session, rule: Rule) -> None:  # type: ignore[no-untyped-def]
    path = prepared(rule)
    before = dump(path)
    model = open_session(path, TODAY)
    with qtbot.assertNotEmitted(model.changed), pytest.raises(JournalError) as raised:
        assert rule.model is not None
        rule.model(model)
    model.close()
    assert_one_line(str(raised.value), rule.message)
    assert dump(path) == before


@pytest.mark.parametrize("rule", [r for r in RULES if r.cli], ids=lambda r: r.name)
def test_the_command_line_refuses(capsys: pytest.CaptureFixture[str], prepared, rule: Rule) -> None:  # type: ignore[no-untyped-def]
    path = prepared(rule)
    before = dump(path)
    assert rule.cli is not None
    code, out, err = run(capsys, *rule.cli)
    assert (code, out) == (2, "")
    assert err.startswith("recovery-journal: ") and err.endswith("\n")
    assert_one_line(err, rule.message)
    assert dump(path) == before


@pytest.mark.parametrize("rule", [r for r in RULES if r.file], ids=lambda r: r.name)
def test_import_refuses(capsys: pytest.CaptureFixture[str], prepared, tmp_path: Path, rule: Rule) -> None:  # type: ignore[no-untyped-def]
    path = prepared(rule)
    source = tmp_path / "in.json"
    assert rule.file is not None
    source.write_bytes(document_to_bytes(rule.file))
    before = path.read_bytes()
    for extra in ((), ("--replace",)):
        code, out, err = run(capsys, "import", str(source), *extra)
        assert (code, out) == (2, "")
        assert err.startswith("recovery-journal: ")
        assert_one_line(err, rule.message)
        assert path.read_bytes() == before


def test_the_limits_are_the_design_s() -> None:
    assert (date(1900, 1, 1), date(2199, 12, 31)) == (EARLIEST_DATE, LATEST_DATE)


def test_a_consultation_may_be_booked_ahead_and_a_past_loss_is_taken(journal) -> None:  # type: ignore[no-untyped-def]
    journal.add_event("consultation", date(2150, 6, 1), today=TODAY)
    journal.add_event("miscarriage", TODAY, today=TODAY)
    journal.add_event("procedure", TODAY, today=TODAY)
    assert [e.kind for e in journal.list_events()] == [EventKind.MISCARRIAGE, EventKind.PROCEDURE, EventKind.CONSULTATION]


def test_a_journal_already_holding_a_misplaced_procedure_still_takes_other_dates(journal) -> None:  # type: ignore[no-untyped-def]
    """Only the pair a change creates is refused: an older journal is never locked."""
    journal.add_event("procedure", date(2026, 3, 5), today=TODAY)
    with closing(sqlite3.connect(journal.path)) as connection, connection:  # as an older version stored it
        connection.execute(
            "INSERT INTO events (kind, date, note, created_at, updated_at) "
            "VALUES ('miscarriage', '2026-03-10', '', '2026-03-10', '2026-03-10')"
        )
    journal.add_event("period", date(2026, 4, 20), today=TODAY)
    assert len(journal.list_events()) == 3


def test_correcting_a_date_obeys_the_same_rules(journal) -> None:  # type: ignore[no-untyped-def]
    journal.add_event("miscarriage", date(2026, 3, 10), today=TODAY)
    procedure = journal.add_event("procedure", date(2026, 3, 12), today=TODAY)
    with pytest.raises(JournalError, match="dated before the miscarriage on 2026-03-10"):
        journal.update_event(procedure.id, EventKind.PROCEDURE, date(2026, 3, 1), "", today=TODAY)
    with pytest.raises(JournalError, match="in the future"):
        journal.update_event(procedure.id, EventKind.PROCEDURE, date(2150, 3, 1), "", today=TODAY)
    assert [e.date for e in journal.list_events()] == [date(2026, 3, 10), date(2026, 3, 12)]


# -- import reads only a regular file of a bounded size --------------------------------------


@contextmanager
def gives_up_after(seconds: int) -> Iterator[None]:
    """Fail instead of hanging when a read blocks (the bug this guards against)."""

    def hung(*_args: object) -> None:
        raise AssertionError(f"import did not return within {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def _oversized(tmp_path: Path) -> Path:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(IMPORT_MAX_BYTES + 1)  # sparse: no real disk use
    return path


def _long_number(tmp_path: Path) -> Path:
    path = tmp_path / "digits.json"
    path.write_text('{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-03-02", "pain": '
                    + "9" * 5000 + "}]}", encoding="utf-8")
    return path


NOT_EXPORTS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("fifo", _fifo, "is not a regular file"),
    ("dev zero", lambda _tmp: Path("/dev/zero"), "is not a regular file"),
    ("folder", lambda tmp: tmp, "is a folder, not an export file"),
    ("too large", _oversized, f"is too large to be an export ({IMPORT_MAX_BYTES + 1:,} bytes"),
    ("5000 digits", _long_number, "holds a number too long to be part of an export"),
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes and devices")
@pytest.mark.parametrize(("make", "message"), [c[1:] for c in NOT_EXPORTS], ids=[c[0] for c in NOT_EXPORTS])
def test_import_refuses_what_is_not_an_export_at_once(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.save_entry(date(2026, 1, 5), "kept")
    before = path.read_bytes()
    source = make(tmp_path)
    with gives_up_after(10):
        code, out, err = run(capsys, "import", str(source))
    assert (code, out) == (2, "")
    assert err.startswith("recovery-journal: ")
    assert_one_line(err, message)
    assert "Traceback" not in err
    assert path.read_bytes() == before


def test_store_rules_cover_imported_days_too(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.snapshot import JournalSnapshot

    before = dump(journal.path)
    snapshot = JournalSnapshot(entries=(DayRecord(date(1800, 1, 1), "old"),))
    with pytest.raises(JournalError, match="1800-01-01 is outside"):
        journal.apply_snapshot(snapshot, replace_all=True, today=TODAY)
    assert dump(journal.path) == before


def test_the_export_format_names_each_change_s_loss(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.exchange.json_format import export_json

    journal.add_event("miscarriage", date(2026, 3, 10), today=TODAY)
    journal.set_override("sex-earliest", offset_days=14)
    out = tmp_path / "out.json"
    export_json(journal, out)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["version"] == 3
    assert exported["milestone_overrides"] == [
        {"key": "sex-earliest", "loss": "2026-03-10", "date": None, "offset_days": 14, "note": ""}
    ]


# -- hypothesis: mutated valid exports are refused whole or imported into a journal that still works ----

BIG_NUMBER = "<<5000 digits>>"  # json.dumps cannot write such an int; put into the text afterwards
NASTY_VALUES = st.one_of(
    st.sampled_from([
        "9999-12-31", "0001-01-01", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "2150-06-01",
        "2026-02-29", "2026-03-09", "2026-03-01", "miscarriage", "procedure", "period", "consultation",
        "sex-earliest", "planning-better", "heavy", "", BIG_NUMBER,
    ]),
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.sampled_from([0, 1, 10, 11, 36_500, 36_501, 10**9]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([29.9, 30.0, 45.0, 45.01, 1e308]),
    st.text(max_size=8),
    st.just("x" * (NOTE_MAX_BYTES + 1)),
    st.lists(st.text(max_size=4), max_size=3),
)
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
VALID_VALUES: dict[str, st.SearchStrategy[object]] = {  # what each field accepts, so many mutations import
    "kind": st.sampled_from(["miscarriage", "procedure", "period", "consultation"]),
    "date": st.dates(date(1990, 1, 1), date(2026, 11, 30)).map(date.isoformat),
    "note": _text,
    "text": _text,
    "title": _text.filter(str.strip),
    "bleeding": st.sampled_from([None, "none", "spotting", "light", "medium", "heavy"]),
    "pain": st.none() | st.integers(0, 10),
    "temperature_c": st.none() | st.floats(30, 45),
    "mood": st.none() | st.integers(1, 5),
    "tags": st.lists(_text, max_size=3),
    "key": st.sampled_from(["sex-earliest", "planning-earliest", "planning-better", "consultation"]),
    "loss": st.sampled_from(["2025-01-10", "2026-03-01"]),
    "offset_days": st.integers(1, 800),
    "version": st.sampled_from([1, 2]),
    "format": st.just(FORMAT_NAME),
    "events": st.just([]),
    "extra": NASTY_VALUES,
}
FIELDS = {
    "events": ["kind", "date", "note"],
    "entries": ["date", "text", "bleeding", "pain", "temperature_c", "mood", "tags"],
    "milestone_overrides": ["key", "loss", "date", "offset_days", "note"],
    "custom_milestones": ["title", "date", "note"],
    "top": ["version", "format", "events", "extra"],
}


@st.composite
def mutations(draw: st.DrawFn) -> list[tuple[str, int, str, object]]:
    """A few (section, index, field, value) changes; value DELETE removes the field, DUPLICATE copies the record."""
    steps = []
    for _ in range(draw(st.integers(1, 2))):
        section = draw(st.sampled_from([*[name for name in FIELDS if name != "top"] * 3, "top"]))
        field = draw(st.sampled_from(FIELDS[section]))
        valid = VALID_VALUES[field]
        value = draw(st.one_of(valid, valid, NASTY_VALUES, st.sampled_from(["<<delete>>", "<<duplicate>>"])))
        steps.append((section, draw(st.integers(0, 3)), field, value))
    return steps


def _mutate(base: dict[str, Any], steps: list[tuple[str, int, str, object]]) -> bytes:
    document = copy.deepcopy(base)
    for section, index, field, value in steps:
        if section == "top":
            target: dict[str, Any] = document
        else:
            records = document.get(section)
            if not isinstance(records, list) or not records:
                continue
            target = records[index % len(records)]
            if value == "<<duplicate>>":
                records.append(copy.deepcopy(target))
                continue
            if not isinstance(target, dict):
                continue
        if value == "<<delete>>":
            target.pop(field, None)
        elif value != "<<duplicate>>":
            target[field] = value
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return text.replace(json.dumps(BIG_NUMBER), "9" * 5000).encode("utf-8")


@pytest.fixture(scope="module")
def export_and_journal(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], bytes]:
    """A valid export of a journal with two losses, and the bytes of a small journal to import it into."""
    from desktop.exchange.json_format import export_json

    folder = tmp_path_factory.mktemp("template")
    with open_journal(folder / "full.sqlite3") as full:
        full.add_event("miscarriage", date(2025, 1, 10), "first")
        full.add_event("procedure", date(2025, 1, 12))
        full.set_override("abstinence", offset_days=14, note="Dr K")
        full.add_event("miscarriage", date(2026, 3, 1), "at home")
        full.add_event("procedure", date(2026, 3, 3))
        full.add_event("period", date(2026, 4, 12))
        full.add_event("consultation", date(2026, 5, 2))
        full.set_override("planning-earliest", day=date(2026, 8, 1))
        full.save_day(DayRecord(date(2026, 3, 2), "Hard day.", "heavy", 7, 38.4, 1, ("cramps",)))
        full.save_day(DayRecord(date(2026, 3, 9), "Café", pain=0, temperature_c=36.6, mood=3))
        full.add_custom_milestone("Walk by the sea", date(2026, 6, 1), "with A.")
        export_json(full, folder / "full.json")
    with open_journal(folder / "small.sqlite3") as small:
        small.save_entry(date(2024, 5, 5), "before everything")
    return json.loads((folder / "full.json").read_text(encoding="utf-8")), (folder / "small.sqlite3").read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=mutations())
def test_a_mutated_export_is_refused_whole_or_leaves_a_working_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, export_and_journal: tuple[dict[str, Any], bytes],
    steps: list[tuple[str, int, str, object]],
) -> None:
    base, journal_bytes = export_and_journal
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    data = folder / "data"
    data.mkdir(mode=0o700)
    journal_path(data).write_bytes(journal_bytes)
    journal_path(data).chmod(0o600)
    source = folder / "mutated.json"
    source.write_bytes(_mutate(base, steps))
    capsys.readouterr()
    code, out, err = run(capsys, "--data-dir", str(data), "import", str(source))
    event("refused" if code else "imported")
    if code != 0:
        assert code == 2 and out == ""
        assert err.startswith("recovery-journal: ") and len(err.splitlines()) == 1 and "Traceback" not in err
        assert journal_path(data).read_bytes() == journal_bytes
        return
    assert err == ""
    with open_journal(journal_path(data)) as journal:
        assert journal.integrity_check() == "ok"
    for argv in (("milestones",), ("milestones", "--json"), ("event", "list"),
                 ("export", "json", str(folder / "again.json")), ("export", "ics", str(folder / "cal.ics"))):
        code, _, err = run(capsys, "--data-dir", str(data), *argv)
        assert (code, err) == (0, ""), argv
    again = json.loads((folder / "again.json").read_text(encoding="utf-8"))
    assert again["version"] == FORMAT_VERSION


@pytest.mark.parametrize("format_name", ["ics", "pdf"])
def test_the_window_s_export_of_a_plan_from_a_bad_date_is_one_line(journal, tmp_path: Path, format_name: str) -> None:  # type: ignore[no-untyped-def]
    """The window's export worker reports JournalError messages as they are: no "something went wrong"."""
    from desktop.exchange.formats import ExportOptions, export_to

    with closing(sqlite3.connect(journal.path)) as connection, connection:
        connection.execute(
            "INSERT INTO events (kind, date, note, created_at, updated_at) "
            "VALUES ('procedure', '9999-12-20', '', '2026-01-01', '2026-01-01')"
        )
    with pytest.raises(JournalError) as raised:
        export_to(format_name, journal, tmp_path / f"out.{format_name}", ExportOptions(today=TODAY))
    assert str(raised.value).startswith("the plan cannot be worked out from the procedure recorded on 9999-12-20")
    assert str(raised.value).endswith("correct that date under Recorded dates, then export again")
    assert not list(tmp_path.glob("out.*"))


@pytest.mark.parametrize(
    "argv",
    [
        ("event", "add", "mis\ncarriage", "2026-03-01"),
        ("event", "add", "miscarriage", "2026-03-01\r\nrm"),
        ("event", "delete", "period", "\u20282026"),
        ("search", "x", "--limit", "1\n2"),
    ],
)
def test_a_line_break_in_her_input_does_not_split_the_message(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: tuple[str, ...]
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and len(err.splitlines()) == 1 and err.startswith("recovery-journal: ")


def test_a_line_break_in_an_imported_value_does_not_split_the_message(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(document_to_bytes(document(
        events=[{"kind": "miscarriage", "date": "\r\n2026", "note": ""}],
    )))
    code, _, err = run(capsys, "import", str(source))
    assert code == 2
    assert err == (
        "recovery-journal: in.json: events[0] (\\r\\n2026), field 'date': "
        "'\\r\\n2026' is not a date in the form YYYY-MM-DD\n"
    )
