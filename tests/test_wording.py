"""The plan in words, written once (desktop/wording.py): English by default, her language in the window.

The window, the CLI, the PDF and the calendar file all word the plan through ``Wording``.
These tests check the English, show the window's translate function (Qt's, no catalog)
giving the same English as the default, a German catalog reaching the header, titles and
day texts (never her own titles), and keep the list lupdate reads equal to the plan file.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from desktop import plan_texts as wording_module
from desktop.guidance import CustomMilestone, EventKind, History, Override, RecordedEvent, Source, milestones_for
from desktop.guidance.plan import PLAN_FILE
from desktop.guidance.temperature import (
    FEVER_THRESHOLD_C,
    TemperatureError,
    TemperatureUnit,
    parse_temperature,
)
from desktop.guidance.warning_signs import fever_note_for, warning_notes
from desktop.ui.settings.i18n import wording
from desktop.wording import Wording
from tests.repo import REPO

BIN = Path(sys.executable).parent
PLAIN = Wording()  # English, ISO dates: what the CLI, the PDF and the calendar file write


# The window's words, as the window gets them: Qt's translate, her locale's dates and numbers.
def header(events: History, plan: list, today: date) -> str:  # type: ignore[type-arg]
    return wording().header(events, plan, today)


def day_description(day: date, events: History, plan: list) -> list[str]:  # type: ignore[type-arg]
    return wording().day_description(day, events, plan)


def milestone_title(m) -> str:  # type: ignore[no-untyped-def]
    return wording().title(m)


def milestone_explanation(m) -> str:  # type: ignore[no-untyped-def]
    return wording().explanation(m)


def countdown(days: int) -> str:
    return wording().countdown(days)


def source_text(source: Source) -> str:
    return wording().source(source)


def temperature_text(celsius: float, unit: TemperatureUnit) -> str:
    return wording().temperature(celsius, unit)


def fever_note_text(unit: TemperatureUnit) -> str:
    return wording().warning_notes(warning_notes(FEVER_THRESHOLD_C, None), unit)


def plain_fever_note(unit: TemperatureUnit) -> str:
    return PLAIN.warning_notes(warning_notes(FEVER_THRESHOLD_C, None), unit)


def temperature_error_text(error: TemperatureError, unit: TemperatureUnit) -> str:
    return wording().temperature_error(error, unit)
M, P, PER, C = EventKind.MISCARRIAGE, EventKind.PROCEDURE, EventKind.PERIOD, EventKind.CONSULTATION
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def history(*events: tuple[EventKind, date], overrides: tuple[Override, ...] = (), custom=()) -> History:  # type: ignore[no-untyped-def]
    return History(tuple(RecordedEvent(kind, day) for kind, day in events), overrides, tuple(custom))


def set_locale(locale: QLocale) -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[QLocale]:
    """Dates as "19 Mar 2026" whatever the machine's locale."""
    yield from set_locale(ENGLISH)


# Histories that reach every branch of the core's wording: each anchor, an estimate band,
# a logged period (ideal date), a doctor's window, a consultation done, her own milestones.
HISTORIES = {
    "procedure": history((P, date(2026, 1, 2))),
    "miscarriage": history((M, date(2026, 1, 1))),
    "miscarriage then procedure": history((M, date(2026, 1, 1)), (P, date(2026, 1, 2))),
    "period and consultation": history((M, date(2026, 1, 1)), (PER, date(2026, 2, 6)), (C, date(2026, 3, 3))),
    "doctor's dates": history(
        (P, date(2026, 1, 2)),
        overrides=(Override("sex-earliest", offset_days=14), Override("planning-earliest", date=date(2026, 5, 1))),
    ),
    "her own": history(
        (P, date(2026, 1, 2)), custom=(CustomMilestone(1, "Memorial walk", date(2026, 1, 30)),)
    ),
}


# -- English: the window without a catalog writes what the CLI writes ------------------------------


@pytest.mark.parametrize("name", HISTORIES)
def test_without_a_catalog_the_header_is_the_cores_english(name: str) -> None:
    events = HISTORIES[name]
    for offset in range(0, 400, 3):
        today = date(2026, 1, 2) + timedelta(days=offset)
        plan = milestones_for(events, today)
        assert header(events, plan, today) == PLAIN.header(events, plan, today), today


@pytest.mark.parametrize("name", HISTORIES)
def test_without_a_catalog_each_day_reads_as_the_core_describes_it(name: str) -> None:
    events = HISTORIES[name]
    for today in (date(2026, 1, 5), date(2026, 2, 10)):
        plan = milestones_for(events, today)
        for offset in range(-3, 380):
            day = date(2026, 1, 1) + timedelta(days=offset)
            assert day_description(day, events, plan) == PLAIN.day_description(day, events, plan), day


def test_countdowns_and_sources_are_the_cores_english() -> None:
    for days in range(0, 60):
        assert countdown(days) == PLAIN.countdown(days)
    assert (countdown(-1), countdown(-3)) == ("1 day ago", "3 days ago")  # an open to-do past its date
    assert (PLAIN.countdown(0), PLAIN.countdown(1), PLAIN.countdown(4)) == ("today", "tomorrow", "in 4 days")
    for source in Source:
        assert source_text(source) == PLAIN.source(source)
    assert [PLAIN.source(s) for s in Source] == ["from the article", "an estimate, not from the article", "from your doctor", "your own"]


def test_titles_and_explanations_without_a_catalog_are_the_plan_files() -> None:
    events = HISTORIES["her own"]
    for m in milestones_for(events, date(2026, 1, 5)):
        assert milestone_title(m) == PLAIN.title(m) == (f"{m.title} (estimate)" if m.is_estimate else m.title)
        assert milestone_explanation(m) == PLAIN.explanation(m)
        assert m.source is Source.USER or milestone_explanation(m) == m.explanation


def test_a_day_zero_still_ahead_is_written_as_a_date_of_her_locale() -> None:
    """The CLI writes ISO dates, the window a readable date; both say "1 day" and "3 days"."""
    events = history((P, date(2026, 3, 19)))
    plan = milestones_for(events, date(2026, 3, 18))
    assert header(events, plan, date(2026, 3, 18)).startswith("The procedure is recorded for 19 Mar 2026, 1 day ahead")
    assert header(events, plan, date(2026, 3, 16)).startswith("The procedure is recorded for 19 Mar 2026, 3 days ahead")
    miscarriage = history((M, date(2026, 3, 19)))
    assert header(miscarriage, [], date(2026, 3, 17)) == "The miscarriage is recorded for 19 Mar 2026, 2 days ahead"
    assert PLAIN.header(miscarriage, [], date(2026, 3, 18)) == "The miscarriage is recorded for 2026-03-19, 1 day ahead"


def test_english_plurals_read_one_day_and_two_days() -> None:
    events = history((P, date(2026, 1, 2)))
    plan = milestones_for(events, date(2026, 1, 2))
    assert "Inside the article's window: rest from sex for three weeks; 1 day to go" in day_description(
        date(2026, 1, 22), events, plan
    )
    assert any(line.endswith("; 2 days to go") for line in day_description(date(2026, 1, 21), events, plan))
    assert (countdown(1), countdown(2)) == ("tomorrow", "in 2 days")


# -- temperature ---------------------------------------------------------------------------------


def test_temperatures_and_the_fever_note_are_the_cores_english() -> None:
    for unit in TemperatureUnit:
        for celsius in (35.55, 37.0, 38.0, 39.26):
            assert temperature_text(celsius, unit) == PLAIN.temperature(celsius, unit)
        note = fever_note_for(FEVER_THRESHOLD_C)
        assert note is not None and fever_note_text(unit) == plain_fever_note(unit)
    assert PLAIN.temperature(36.6, TemperatureUnit.CELSIUS) == "36.6 °C"  # (was format_temperature, a test-only helper)
    assert PLAIN.temperature(37.0, TemperatureUnit.FAHRENHEIT) == "98.6 °F"
    assert "doctor" in plain_fever_note(TemperatureUnit.CELSIUS) and "38.0 °C" in plain_fever_note(TemperatureUnit.CELSIUS)
    assert "100.4 °F" in plain_fever_note(TemperatureUnit.FAHRENHEIT)


@pytest.mark.parametrize(
    ("typed", "unit"),
    [("abc", TemperatureUnit.CELSIUS), ("12", TemperatureUnit.CELSIUS), ("377", TemperatureUnit.CELSIUS), ("x", TemperatureUnit.FAHRENHEIT), ("200", TemperatureUnit.FAHRENHEIT)],
)
def test_a_typing_mistake_reads_as_the_cores_english(typed: str, unit: TemperatureUnit) -> None:
    with pytest.raises(TemperatureError) as caught:
        parse_temperature(typed, unit)
    message = str(caught.value)  # (the window used to show it through .capitalize(), which wrote "°c")
    assert temperature_error_text(caught.value, unit) == message[0].upper() + message[1:] + "."


# -- a German catalog ------------------------------------------------------------------------------

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Wording</name>
  <message><source>Earliest time for sex again</source><translation>Frühester Termin für Sex</translation></message>
  <message><source>First period</source><translation>Erste Periode</translation></message>
  <message><source>Rest from sex for three weeks</source><translation>Kein Sex (Drei-Wochen-Fenster)</translation></message>
  <message><source>Three weeks after the procedure, the earliest the article gives (counted from the miscarriage when no procedure is recorded).</source>
    <translation>Drei Wochen nach dem Eingriff, der früheste Termin laut Artikel.</translation></message>
  <message><source>{title} (estimate)</source><translation>{title} (Schätzung)</translation></message>
  <message><source>Day {day} after the procedure</source><translation>Tag {day} nach dem Eingriff</translation></message>
  <message><source>{header} · Next: {title}, {when}</source><translation>{header} · Als Nächstes: {title}, {when}</translation></message>
  <message><source>tomorrow</source><translation>morgen</translation></message>
  <message numerus="yes"><source>in %n day(s)</source>
    <translation><numerusform>in %n Tag</numerusform><numerusform>in %n Tagen</numerusform></translation></message>
  <message numerus="yes"><source>The procedure is recorded for {date}, %n day(s) ahead</source>
    <translation><numerusform>Der Eingriff ist für den {date} eingetragen, in %n Tag</numerusform>
      <numerusform>Der Eingriff ist für den {date} eingetragen, in %n Tagen</numerusform></translation></message>
  <message numerus="yes"><source>Inside the article's window: {title}; %n day(s) to go</source>
    <translation><numerusform>Im Zeitfenster des Artikels: {title}; noch %n Tag</numerusform>
      <numerusform>Im Zeitfenster des Artikels: {title}; noch %n Tage</numerusform></translation></message>
  <message><source>{title} ({source})</source><translation>{title} ({source})</translation></message>
  <message><source>from the article</source><translation>aus dem Artikel</translation></message>
  <message><source>your own</source><translation>Ihr eigener</translation></message>
  <message><source>This is {threshold} or more.</source><translation>Das sind {threshold} oder mehr.</translation></message>
</context>
</TS>
"""


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[QTranslator]:  # type: ignore[no-untyped-def]
    """A tiny German .qm built now with pyside6-lrelease, installed, and German dates and numbers."""
    ts_file, qm_file = tmp_path / "plan_de.ts", tmp_path / "plan_de.qm"
    ts_file.write_text(GERMAN_TS, encoding="utf-8")
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    locale = set_locale(GERMAN)
    next(locale)
    yield translator
    next(locale, None)
    app.removeTranslator(translator)


def test_a_catalog_translates_the_header(german: QTranslator) -> None:
    events = history((P, date(2026, 1, 2)))
    plan = milestones_for(events, date(2026, 1, 19))
    assert header(events, plan, date(2026, 1, 19)) == "Tag 17 nach dem Eingriff · Als Nächstes: Frühester Termin für Sex, in 4 Tagen"
    assert header(events, plan, date(2026, 1, 22)).endswith("Frühester Termin für Sex, morgen")
    ahead = history((P, date(2026, 3, 19)))
    assert header(ahead, [], date(2026, 3, 18)) == "Der Eingriff ist für den 19 März 2026 eingetragen, in 1 Tag"
    assert header(ahead, [], date(2026, 3, 14)) == "Der Eingriff ist für den 19 März 2026 eingetragen, in 5 Tagen"


def test_a_catalog_translates_titles_but_never_her_own(german: QTranslator) -> None:
    own = CustomMilestone(3, "First period", date(2026, 1, 30))  # she typed a title that is also the plan's
    events = history((P, date(2026, 1, 2)), custom=(own,))
    plan = {m.key: m for m in milestones_for(events, date(2026, 1, 5))}
    assert milestone_title(plan["sex-earliest"]) == "Frühester Termin für Sex"
    assert milestone_explanation(plan["sex-earliest"]) == "Drei Wochen nach dem Eingriff, der früheste Termin laut Artikel."
    assert milestone_title(plan["first-period"]) == "Erste Periode (Schätzung)"
    assert milestone_title(plan["user-3"]) == "First period"
    assert milestone_explanation(plan["user-3"]) == "A milestone you added."  # not in this catalog: English, never blank


def test_a_doctors_date_keeps_the_translated_title(german: QTranslator) -> None:
    events = history((P, date(2026, 1, 2)), overrides=(Override("sex-earliest", offset_days=14),))
    changed = next(m for m in milestones_for(events, date(2026, 1, 5)) if m.key == "sex-earliest")
    assert changed.source == "doctor"
    assert milestone_title(changed) == "Frühester Termin für Sex"


def test_a_catalog_translates_the_day_description(german: QTranslator) -> None:
    own = CustomMilestone(3, "First period", date(2026, 1, 22))
    events = history((P, date(2026, 1, 2)), custom=(own,))
    plan = milestones_for(events, date(2026, 1, 5))
    lines = day_description(date(2026, 1, 21), events, plan)
    assert lines[0] == "Tag 19 nach dem Eingriff"
    assert "Im Zeitfenster des Artikels: Kein Sex (Drei-Wochen-Fenster); noch 2 Tage" in lines  # German keeps capitals
    assert "Im Zeitfenster des Artikels: Kein Sex (Drei-Wochen-Fenster); noch 1 Tag" in day_description(
        date(2026, 1, 22), events, plan
    )
    on_the_day = day_description(date(2026, 1, 23), events, plan)
    assert "Frühester Termin für Sex (aus dem Artikel)" in on_the_day
    assert "First period (Ihr eigener)" in day_description(date(2026, 1, 22), events, plan)


def test_a_catalog_and_her_locale_word_the_temperature(german: QTranslator) -> None:
    assert temperature_text(38.0, TemperatureUnit.CELSIUS) == "38,0 °C"
    assert fever_note_text(TemperatureUnit.CELSIUS).startswith("Das sind 38,0 °C oder mehr.")
    with pytest.raises(TemperatureError) as caught:
        parse_temperature("50", TemperatureUnit.CELSIUS)
    assert "30 and 45 °C" in temperature_error_text(caught.value, TemperatureUnit.CELSIUS)  # no German here: English


def test_the_milestone_list_shows_the_translated_title(qtbot: QtBot, german: QTranslator) -> None:
    from desktop.ui.plan.milestone_panel import MilestonePanel

    panel = MilestonePanel()
    qtbot.addWidget(panel)
    own = CustomMilestone(3, "Earliest time for sex again", date(2026, 2, 1))
    panel.set_milestones(milestones_for(history((P, date(2026, 1, 2)), custom=(own,)), date(2026, 1, 19)))
    assert panel.row_texts("sex-earliest")[0] == "Frühester Termin für Sex"
    assert panel.row_texts("sex-earliest")[2] == "in 4 Tagen"
    assert panel.row_texts("user-3")[0] == "Earliest time for sex again"


# -- the list lupdate reads --------------------------------------------------------------------------


def test_the_listed_texts_are_exactly_the_plan_files_titles_and_explanations() -> None:
    """A changed resources/guidance/article.toml fails here until PLAN_TEXTS follows (and `make translations`)."""
    with PLAN_FILE.open("rb") as handle:
        raw = tomllib.load(handle)
    in_file = [
        item[field]
        for item in raw["milestone"]
        for field in ("title", "explanation", "estimate_explanation")
        if field in item
    ]
    assert sorted(wording_module.PLAN_TEXTS) == sorted(in_file)
    assert len(set(wording_module.PLAN_TEXTS)) == len(wording_module.PLAN_TEXTS)


def test_the_committed_template_holds_every_plan_text() -> None:
    import xml.etree.ElementTree as ET

    template = REPO / "resources" / "translations" / "recovery-journal_en.ts"
    collected = {
        (context.findtext("name"), message.findtext("source"), message.get("numerus") == "yes")
        for context in ET.parse(template).getroot().iter("context")
        for message in context.iter("message")
    }
    for text in wording_module.PLAN_TEXTS:
        assert ("Wording", text, False) in collected, text
    assert ("Wording", "in %n day(s)", True) in collected  # a plural, with its forms for translators


def test_an_appointment_is_worded_once_for_the_cli_pdf_and_calendar_file() -> None:
    from datetime import time

    from desktop.store.records import Appointment

    words = Wording()
    booked = Appointment(date(2026, 3, 23), time(10, 30), place="Clinic")
    assert words.appointment_title(booked) == "Consultation with a gynecologist"
    assert words.appointment_title(Appointment(date(2026, 3, 23), time(9, 0), "Ultrasound", consultation=False)) == "Ultrasound"
    assert words.appointment_when(booked) == "2026-03-23, 10:30"
    assert words.appointment_status(booked, date(2026, 3, 20)) == "in 3 days, 10:30"
    assert words.appointment_status(booked, date(2026, 3, 22)) == "tomorrow, 10:30"
    assert words.appointment_status(Appointment(date(2026, 3, 23), time(10, 30), outcome="not-happened"), date(2026, 3, 24)) == (
        "did not take place"
    )
    assert words.appointment_reminder(booked) == "Today at 10:30: Consultation with a gynecologist (Clinic)."
    assert words.appointment_question(booked) == "Did “Consultation with a gynecologist” on 2026-03-23, 10:30 take place?"


def test_the_plan_titles_are_worded_plainly_and_gently() -> None:
    """The app's own titles (not the article's words): "sex again", "rest", never a bare prohibition."""
    from desktop.guidance import milestones_for
    from desktop.guidance.engine import History, RecordedEvent
    from desktop.guidance.kinds import EventKind

    plan = milestones_for(History(events=(RecordedEvent(EventKind.MISCARRIAGE, date(2026, 1, 2)),)), date(2026, 1, 5))
    titles = {m.key: m.title for m in plan}
    assert titles["abstinence"] == "Rest from sex for three weeks"
    assert titles["sex-earliest"] == "Earliest time for sex again"
    from desktop.plan_texts import PLAN_TEXTS  # every title of the plan file, also those not in this plan yet

    assert "Ideal time for sex again" in PLAN_TEXTS
    assert not [t for t in (*titles.values(), *PLAN_TEXTS) if t.startswith("No ") or "date for sex" in t]
