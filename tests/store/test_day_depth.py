"""Issue 16 in the store: a day's test result, hCG, medicines and discharge, and appointments with a time.

Every value is checked once (``records.validate_day`` / ``check_appointment``)
and a refusal writes nothing; "not recorded" is None, never zero.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine

from desktop.guidance import EventKind
from desktop.store import DayRecord, JournalError, open_journal
from desktop.store.records import HCG_RANGE, MEDICINES_MAX, Appointment, MedicineTaken
from desktop.store.schema import SCHEMA_HEAD, alembic_config

DAY = date(2026, 3, 9)
TODAY = date(2026, 12, 7)
FIXTURE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def test_every_new_field_round_trips(journal) -> None:  # type: ignore[no-untyped-def]
    medicines = (MedicineTaken("Ibuprofen", "400 mg", time(8, 30)), MedicineTaken("Folic acid"))
    saved = journal.save_day(
        DayRecord(DAY, test_result="faint", hcg_miu_ml=1250.5, medicines=medicines, discharge="unusual")
    )
    assert saved is not None
    entry = journal.entry(DAY)
    assert (entry.test_result, entry.hcg_miu_ml, entry.medicines, entry.discharge) == (
        "faint", 1250.5, medicines, "unusual"
    )
    assert entry.bleeding is None and entry.pain is None  # nothing else is made up


def test_zero_hcg_and_none_discharge_are_recorded_values_not_absence(journal) -> None:  # type: ignore[no-untyped-def]
    assert journal.save_day(DayRecord(DAY, hcg_miu_ml=0.0)) is not None
    assert journal.entry(DAY).hcg_miu_ml == 0.0
    assert journal.save_day(DayRecord(DAY, discharge="none")) is not None
    assert journal.entry(DAY).discharge == "none" and journal.entry(DAY).hcg_miu_ml is None
    assert journal.save_day(DayRecord(DAY)) is None and journal.entry(DAY) is None  # nothing recorded: no page


@FIXTURE
@given(value=st.floats(HCG_RANGE[0], HCG_RANGE[1]))
def test_any_hcg_in_range_round_trips_exactly(journal, value: float) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(DAY, hcg_miu_ml=value))
    assert journal.entry(DAY).hcg_miu_ml == value


@FIXTURE
@given(value=st.floats(allow_nan=True).filter(lambda v: not HCG_RANGE[0] <= v <= HCG_RANGE[1]))
def test_an_hcg_out_of_range_is_refused_and_changes_nothing(journal, value: float) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(DAY, text="kept"))
    with pytest.raises(JournalError, match="hCG must be a number from 0 to 500,000 mIU/mL"):
        journal.save_day(DayRecord(DAY, text="changed", hcg_miu_ml=value))
    assert journal.entry(DAY).text == "kept"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (DayRecord(DAY, test_result="maybe"), "the test result must be one of negative, faint, positive"),
        (DayRecord(DAY, discharge="green"), "discharge must be one of none, usual, unusual"),
        (DayRecord(DAY, hcg_miu_ml=True), "hCG must be a number"),  # type: ignore[arg-type]
        (DayRecord(DAY, medicines=(MedicineTaken("  "),)), "the name of medicine 1 is empty"),
        (DayRecord(DAY, medicines=(MedicineTaken("a\tb"),)), "the name of medicine 1 must be one line"),
        (DayRecord(DAY, medicines=(MedicineTaken("a", "x" * 101),)), "the dose of medicine 1 can be at most 100"),
        (DayRecord(DAY, medicines=tuple(MedicineTaken(f"m{i}") for i in range(MEDICINES_MAX + 1))), "at most 20"),
    ],
)
def test_each_bad_value_is_refused_in_one_line_naming_the_field(journal, record: DayRecord, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(JournalError, match=message) as refused:
        journal.save_day(record)
    assert "\n" not in str(refused.value)
    assert journal.entry(DAY) is None


@FIXTURE
@given(
    names=st.lists(
        st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=100).filter(str.strip),
        min_size=1,
        max_size=5,
    ),
    at=st.none() | st.times(),
)
def test_medicines_round_trip_trimmed_and_to_the_minute(journal, names: list[str], at: time | None) -> None:  # type: ignore[no-untyped-def]
    medicines = tuple(MedicineTaken(name, "1 tablet", at) for name in names)
    journal.save_day(DayRecord(DAY, medicines=medicines))
    expected = tuple(
        MedicineTaken(" ".join(n.split()), "1 tablet", at.replace(second=0, microsecond=0) if at else None) for n in names
    )
    assert journal.entry(DAY).medicines == expected


def test_medicine_names_used_before_come_back_most_recent_first_once_each(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(date(2026, 3, 1), medicines=(MedicineTaken("Ibuprofen"), MedicineTaken("Iron"))))
    journal.save_day(DayRecord(date(2026, 3, 5), medicines=(MedicineTaken("Paracetamol"), MedicineTaken("ibuprofen"))))
    assert journal.medicine_names() == ["Paracetamol", "ibuprofen", "Iron"]


def test_search_finds_a_medicine_by_its_name(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(DAY, text="a quiet day", medicines=(MedicineTaken("Misoprostol", "200 mcg"),)))
    hits = journal.search("misoprostol")
    assert [h.date for h in hits] == [DAY]
    assert hits[0].marked() == "[Misoprostol] 200 mcg"
    journal.save_day(DayRecord(DAY, text="a quiet day"))  # the medicine removed: no longer found
    assert journal.search("misoprostol") == []
    assert journal.integrity_check() == "ok"


def test_the_hcg_series_holds_the_days_with_a_value_or_a_test(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(date(2026, 3, 3), hcg_miu_ml=800.0))
    journal.save_day(DayRecord(date(2026, 3, 1), test_result="positive"))
    journal.save_day(DayRecord(date(2026, 3, 2), text="no test"))
    assert [(e.date.day, e.hcg_miu_ml, e.test_result) for e in journal.hcg_series()] == [
        (1, None, "positive"), (3, 800.0, None)
    ]


# -- appointments ------------------------------------------------------------------------------


def test_an_appointment_round_trips_and_lists_by_day_and_time(journal) -> None:  # type: ignore[no-untyped-def]
    later = journal.add_appointment(Appointment(date(2027, 1, 5), time(10, 30), place="  Clinic,  room 4 "))
    earlier = journal.add_appointment(Appointment(date(2027, 1, 5), time(9, 0, 45), "Blood test", consultation=False))
    assert later.place == "Clinic, room 4" and later.title == ""
    assert earlier.at == time(9, 0)
    assert [a.id for a in journal.appointments()] == [earlier.id, later.id]


@pytest.mark.parametrize(
    ("appointment", "message"),
    [
        (Appointment(date(2200, 1, 1), time(10, 0)), "outside the dates this journal keeps"),
        (Appointment(date(2027, 1, 1), time(10, 0), consultation=False), "the appointment's title is empty"),
        (Appointment(date(2027, 1, 1), time(10, 0), place="x" * 201), "place can be at most 200"),
        (Appointment(date(2027, 1, 1), "10:00"), "must be a time of day"),  # type: ignore[arg-type]
        (Appointment(date(2027, 1, 1), time(10, 0), outcome="maybe"), "outcome must be one of"),
    ],
)
def test_a_bad_appointment_is_refused_and_nothing_is_written(journal, appointment: Appointment, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(JournalError, match=message):
        journal.add_appointment(appointment)
    assert journal.appointments() == []


def test_a_consultation_that_happened_records_the_consultation_once(journal) -> None:  # type: ignore[no-untyped-def]
    booked = journal.add_appointment(Appointment(date(2026, 12, 1), time(10, 30)))
    with pytest.raises(JournalError, match="has not taken place yet"):
        journal.answer_appointment(booked.id, "happened", today=date(2026, 11, 30))
    answered = journal.answer_appointment(booked.id, "happened", today=TODAY)
    assert answered.outcome == "happened"
    journal.answer_appointment(booked.id, "happened", today=TODAY)
    assert [(e.kind, e.date) for e in journal.list_events()] == [(EventKind.CONSULTATION, date(2026, 12, 1))]


def test_an_appointment_that_did_not_happen_or_of_another_kind_records_no_date(journal) -> None:  # type: ignore[no-untyped-def]
    missed = journal.add_appointment(Appointment(date(2026, 12, 1), time(10, 30)))
    other = journal.add_appointment(Appointment(date(2026, 12, 2), time(11, 0), "Ultrasound", consultation=False))
    journal.answer_appointment(missed.id, "not-happened", today=TODAY)
    journal.answer_appointment(other.id, "happened", today=TODAY)
    assert journal.list_events() == []
    assert [a.outcome for a in journal.appointments()] == ["not-happened", "happened"]


def test_moving_an_appointment_asks_again(journal) -> None:  # type: ignore[no-untyped-def]
    booked = journal.add_appointment(Appointment(date(2026, 12, 1), time(10, 30)))
    answered = journal.answer_appointment(booked.id, "unanswered", today=TODAY)
    kept = journal.update_appointment(replace(answered, place="Clinic"))
    assert kept.outcome == "unanswered"
    moved = journal.update_appointment(replace(kept, day=date(2026, 12, 20)))
    assert moved.outcome is None and moved.place == "Clinic"
    journal.delete_appointment(moved.id)
    assert journal.appointments() == []


def test_snapshot_replace_round_trips_the_new_fields_and_appointments(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(DAY, hcg_miu_ml=42.0, medicines=(MedicineTaken("Iron", "", time(7, 0)),)))
    journal.add_appointment(Appointment(date(2027, 1, 5), time(10, 30), place="Clinic"))
    snapshot = journal.snapshot()
    with open_journal(tmp_path / "other.sqlite3") as other:
        other.apply_snapshot(snapshot, replace_all=True, today=TODAY)
        assert other.snapshot() == snapshot
        assert other.apply_snapshot(snapshot, replace_all=False, today=TODAY).added == 0  # merge: identical, skipped


# -- migration 0007 from a journal at 0006 -------------------------------------------------------


def test_a_journal_at_0006_upgrades_keeps_its_pages_and_searches_them(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "journal.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0006")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO entries (id, date, text, bleeding, pain, tags, created_at, updated_at) "
            "VALUES (1, '2026-03-02', 'walked by the river', 'light', 3, 'tired', '2026-03-02', '2026-03-02')"
        )
    with open_journal(path) as journal:
        assert journal.schema_revision() == SCHEMA_HEAD == "0007"
        entry = journal.entry(date(2026, 3, 2))
        assert (entry.text, entry.bleeding, entry.pain, entry.tags) == ("walked by the river", "light", 3, ("tired",))
        assert (entry.test_result, entry.hcg_miu_ml, entry.medicines, entry.discharge) == (None, None, (), None)
        assert [h.date for h in journal.search("river")] == [date(2026, 3, 2)]  # the index was filled again
        journal.save_day(replace(journal.entry(date(2026, 3, 2)), medicines=(MedicineTaken("Iron"),)))
        assert [h.date for h in journal.search("iron")] == [date(2026, 3, 2)]
        assert journal.appointments() == []
        assert journal.integrity_check() == "ok"
    with closing(sqlite3.connect(path)) as connection:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE entries SET hcg_miu_ml = 600000")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO appointments (day, at, outcome, created_at, updated_at) "
                               "VALUES ('2027-01-01', '10:00', 'maybe', '2026-01-01', '2026-01-01')")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0006")
    engine.dispose()
    with open_journal(path) as journal:  # and up again
        assert [h.date for h in journal.search("river")] == [date(2026, 3, 2)]
        assert journal.integrity_check() == "ok"
