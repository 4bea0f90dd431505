"""ICS export, read back by an independent strict parser written from RFC 5545 (not icalendar)."""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.exchange.ics_format import export_ics

STAMP = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
TODAY = date(2026, 3, 20)


@dataclass
class Component:
    name: str
    properties: list[tuple[str, dict[str, str], str]] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def get(self, name: str) -> tuple[dict[str, str], str]:
        found = [(params, value) for prop, params, value in self.properties if prop == name]
        assert len(found) == 1, f"{self.name} must have exactly one {name}, has {len(found)}"
        return found[0]

    def value(self, name: str) -> str:
        return self.get(name)[1]


_LINE = re.compile(r"^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^;:,\"]*))*):(.*)$")


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def parse_strict(raw: bytes) -> Component:
    """A small RFC 5545 reader that refuses anything a strict calendar app would."""
    assert raw.endswith(b"\r\n"), "content lines end with CRLF"
    physical = raw[:-2].split(b"\r\n")
    for line in physical:
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
        assert b"\n" not in line and b"\r" not in line, "bare LF or CR"
    logical: list[str] = []
    for line in physical:
        if line[:1] in (b" ", b"\t"):
            assert logical, "a continuation line cannot come first"
            logical[-1] += line[1:].decode("utf-8")
        else:
            logical.append(line.decode("utf-8"))
    stack: list[Component] = []
    root: Component | None = None
    for line in logical:
        match = _LINE.match(line)
        assert match, f"not a content line: {line!r}"
        name, raw_params, value = match.group(1).upper(), match.group(2), match.group(3)
        params = dict(p.split("=", 1) for p in raw_params.split(";")[1:])
        if name == "BEGIN":
            component = Component(value.upper())
            if stack:
                stack[-1].children.append(component)
            else:
                assert root is None, "only one VCALENDAR"
                root = component
            stack.append(component)
        elif name == "END":
            assert stack and stack[-1].name == value.upper(), f"END:{value} does not close {stack[-1].name}"
            stack.pop()
        else:
            assert stack, f"property outside a component: {line!r}"
            stack[-1].properties.append((name, params, _unescape(value)))
    assert not stack and root is not None and root.name == "VCALENDAR"
    return root


def _date(params: dict[str, str], value: str) -> date:
    assert params.get("VALUE") == "DATE", "all-day events use VALUE=DATE"
    assert re.fullmatch(r"\d{8}", value)
    return date(int(value[:4]), int(value[4:6]), int(value[6:]))


def events_of(calendar: Component) -> dict[str, Component]:
    assert calendar.value("VERSION") == "2.0"
    assert calendar.value("PRODID")
    events = [c for c in calendar.children if c.name == "VEVENT"]
    uids = [e.value("UID") for e in events]
    assert len(set(uids)) == len(uids), "UIDs are unique"
    for event in events:
        assert re.fullmatch(r"\d{8}T\d{6}Z", event.value("DTSTAMP"))
        assert _date(*event.get("DTEND")) > _date(*event.get("DTSTART"))
    return {e.value("SUMMARY"): e for e in events}


@pytest.fixture
def recorded(journal):  # type: ignore[no-untyped-def]
    journal.add_event("miscarriage", date(2026, 3, 1), "private note")
    journal.add_event("procedure", date(2026, 3, 3))
    journal.set_override("sex-earliest", offset_days=14, note="Dr K")
    journal.add_custom_milestone("Walk by the sea", date(2026, 6, 1), "secret")
    return journal


def test_milestones_and_recorded_dates_are_all_day_events(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.ics"
    export_ics(recorded, path, today=TODAY, stamp=STAMP)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    events = events_of(parse_strict(path.read_bytes()))

    miscarriage = events["Miscarriage"]
    assert _date(*miscarriage.get("DTSTART")) == date(2026, 3, 1)
    assert _date(*miscarriage.get("DTEND")) == date(2026, 3, 2)
    assert _date(*events["Uterine procedure"].get("DTSTART")) == date(2026, 3, 3)

    window = events["Rest from sex for three weeks"]
    assert (_date(*window.get("DTSTART")), _date(*window.get("DTEND"))) == (date(2026, 3, 3), date(2026, 3, 17))
    earliest = events["Earliest time for sex again"]
    assert _date(*earliest.get("DTSTART")) == date(2026, 3, 17)
    assert "from your doctor" in earliest.value("DESCRIPTION")
    assert "from the article" in events["Earliest time to plan a pregnancy"].value("DESCRIPTION")
    assert _date(*events["Walk by the sea"].get("DTSTART")) == date(2026, 6, 1)
    assert not any(c.name == "VALARM" for e in events.values() for c in e.children)
    text = path.read_bytes().decode("utf-8")
    assert "private note" not in text and "secret" not in text


def test_reminders_are_valarms_on_coming_dates_only(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.ics"
    export_ics(recorded, path, today=date(2026, 3, 18), stamp=STAMP, reminder_days=2)
    events = events_of(parse_strict(path.read_bytes()))
    planning = events["Earliest time to plan a pregnancy"]
    [alarm] = planning.children
    assert (alarm.name, alarm.value("ACTION"), alarm.value("TRIGGER")) == ("VALARM", "DISPLAY", "-P2D")
    assert alarm.value("DESCRIPTION")
    assert events["Earliest time for sex again"].children == []  # already past on 2026-03-18
    assert events["Miscarriage"].children == []  # recorded dates get no reminders
    assert events["Rest from sex for three weeks"].children == []


def test_the_strict_parser_rejects_a_broken_file() -> None:
    with pytest.raises(AssertionError):
        parse_strict(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")
    with pytest.raises(AssertionError):
        parse_strict(b"BEGIN:VCALENDAR\nEND:VCALENDAR\n")


def _timed_events(calendar: Component) -> dict[str, Component]:
    timed = [c for c in calendar.children if c.name == "VEVENT" and c.get("DTSTART")[0].get("VALUE") != "DATE"]
    return {e.value("SUMMARY"): e for e in timed}


def test_an_appointment_is_a_timed_event_with_its_place_and_its_alarms(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import time

    from desktop.store.records import Appointment

    journal.add_appointment(Appointment(date(2026, 3, 23), time(10, 30), place="Clinic, room 4"))
    journal.add_appointment(Appointment(date(2026, 3, 10), time(9, 0), "Blood test", consultation=False))
    path = tmp_path / "plan.ics"
    export_ics(journal, path, today=TODAY, stamp=STAMP, reminder_days=2)
    events = _timed_events(parse_strict(path.read_bytes()))
    consultation = events["Consultation with a gynecologist"]
    assert consultation.get("DTSTART") == ({}, "20260323T103000")  # floating: her local time, as she typed it
    assert consultation.value("DTEND") == "20260323T113000"
    assert consultation.value("LOCATION") == "Clinic, room 4"
    triggers = sorted(alarm.value("TRIGGER") for alarm in consultation.children if alarm.name == "VALARM")
    assert triggers == ["-P2D", "-PT1H"]
    assert events["Blood test"].children == []  # already past: no alarm

    export_ics(journal, path, today=TODAY, stamp=STAMP)  # reminders off: nothing she did not ask for
    assert _timed_events(parse_strict(path.read_bytes()))["Consultation with a gynecologist"].children == []


def test_discreet_mode_gives_neutral_titles_and_no_milestone_words(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.exchange.formats import ExportOptions, export_to
    from desktop.guidance import milestones_for
    from desktop.guidance.kinds import EVENT_LABELS
    from desktop.wording import Wording

    path = tmp_path / "plan.ics"
    export_to("ics", recorded, path, ExportOptions(today=TODAY, reminder_days=2, discreet=True))  # as the dialog asks
    raw = path.read_bytes()
    calendar = parse_strict(raw)
    events = [c for c in calendar.children if c.name == "VEVENT"]
    summaries = [e.value("SUMMARY") for e in events]
    assert set(summaries) == {"Milestone", "Recovery Journal"}
    assert summaries.count("Recovery Journal") == 2  # the two recorded dates, still on their days
    plan = milestones_for(recorded.history(), TODAY)
    words = Wording()
    unfolded = raw.replace(b"\r\n ", b"").decode("utf-8")  # a title folded over two lines is still found
    for milestone in plan:
        for text in (milestone.title, words.title(milestone), words.calendar_title(milestone), words.explanation(milestone)):
            assert text not in unfolded, text
    for label in EVENT_LABELS.values():
        assert label not in unfolded, label
    for word in ("sex", "pregnan", "miscarriage", "procedure", "gynecolog", "Walk by the sea", "Dr K"):
        assert word.lower() not in unfolded.lower(), word
    alarms = [c for e in events for c in e.children if c.name == "VALARM"]
    assert alarms and {a.value("DESCRIPTION") for a in alarms} == {"Milestone"}


def test_without_discreet_mode_the_same_export_keeps_its_titles(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.exchange.formats import ExportOptions, export_to

    path = tmp_path / "plan.ics"
    export_to("ics", recorded, path, ExportOptions(today=TODAY))
    assert "Milestone" not in events_of(parse_strict(path.read_bytes()))
    assert b"Earliest time for sex again" in path.read_bytes()


def test_a_discreet_file_names_no_appointment_and_no_place(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import time

    from desktop.store.records import Appointment

    journal.add_appointment(Appointment(date(2026, 3, 23), time(10, 30), "Ultrasound", place="Clinic, room 4", consultation=False))
    path = tmp_path / "plan.ics"
    export_ics(journal, path, today=TODAY, stamp=STAMP, reminder_days=2, discreet=True)
    raw = path.read_bytes().replace(b"\r\n ", b"")
    [event] = _timed_events(parse_strict(raw)).values()
    assert event.value("SUMMARY") == "Recovery Journal"
    assert event.get("DTSTART") == ({}, "20260323T103000")  # the time stays: that is what she needs from it
    assert "LOCATION" not in [prop for prop, _params, _value in event.properties]
    for word in (b"Ultrasound", b"Clinic", b"appointment-"):
        assert word not in raw, word
    assert {alarm.value("DESCRIPTION") for alarm in event.children} == {"Recovery Journal"}
