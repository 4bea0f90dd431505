"""The day's fields: round trips, "not recorded", °C/°F, and the fever note at 38.0 and not 37.9."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.guidance.temperature import TemperatureUnit
from desktop.store import DayRecord, EntryRecord
from desktop.ui.day.day_fields import DayFields, DayFieldValues
from desktop.ui.settings.preferences import TEMPERATURE_UNIT_KEY

DAY = date(2026, 3, 5)


@pytest.fixture
def fields(qtbot: QtBot):  # type: ignore[no-untyped-def]
    widget = DayFields(unit=TemperatureUnit.CELSIUS)
    qtbot.addWidget(widget)
    return widget


def test_a_new_day_is_not_recorded_everywhere(fields: DayFields) -> None:
    fields.set_values(None)
    assert fields.values() == DayFieldValues()
    assert fields.temperature.text() == "" and fields.fever_note_text() == ""


def test_values_round_trip_through_the_store(fields: DayFields, journal, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(DAY, "tired", "spotting", 0, 37.2, 2, ("walk", "tea")))
    fields.set_values(journal.entry(DAY))
    assert fields.values() == DayFieldValues("spotting", 0, 37.2, 2, ("walk", "tea"))
    assert fields.pain.currentText().startswith("0")  # zero pain is a value, not "not recorded"
    with qtbot.waitSignal(fields.changed):
        fields.bleeding.setCurrentIndex(fields.bleeding.findData("heavy"))
    qtbot.keyClicks(fields.tags, ", cramps")
    saved = journal.save_day(fields.values().apply_to(DayRecord(DAY, "tired")))
    assert isinstance(saved, EntryRecord)
    assert (saved.text, saved.bleeding, saved.pain, saved.temperature_c, saved.mood, saved.tags) == (
        "tired", "heavy", 0, 37.2, 2, ("walk", "tea", "cramps"),
    )


def test_loading_a_day_emits_nothing(fields: DayFields, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(fields.changed):
        fields.set_values(EntryRecord(DAY, "", "light", 3, 38.4, 4, ("x",)))


def test_every_edit_emits_changed(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(None)
    for combo in (fields.bleeding, fields.pain, fields.mood):
        with qtbot.waitSignal(fields.changed):
            combo.setCurrentIndex(2)
    with qtbot.waitSignal(fields.changed):
        qtbot.keyClicks(fields.temperature, "37")
    with qtbot.waitSignal(fields.changed):
        qtbot.keyClicks(fields.tags, "a")


def test_the_fever_note_appears_at_38_0_and_not_at_37_9(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(None)
    qtbot.keyClicks(fields.temperature, "37.9")
    assert fields.values().temperature_c == 37.9
    assert fields.fever_note_text() == ""
    fields.temperature.clear()
    qtbot.keyClicks(fields.temperature, "38.0")
    assert fields.values().temperature_c == 38.0
    assert "doctor" in fields.fever_note_text()
    with qtbot.waitSignal(fields.passage_requested) as blocker:
        fields.fever_note.linkActivated.emit("infection-risk")
    assert blocker.args == ["infection-risk"]


def test_fahrenheit_is_typed_and_shown_but_celsius_is_stored(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(EntryRecord(DAY, temperature_c=37.0))
    fields.set_temperature_unit(TemperatureUnit.FAHRENHEIT)
    assert fields.temperature.text() == "98.6" and fields.unit_label.text() == "°F"
    fields.temperature.clear()
    qtbot.keyClicks(fields.temperature, "100.4")
    assert fields.values().temperature_c == 38.0
    assert "100.4 °F" in fields.fever_note_text()


def test_the_unit_comes_from_the_settings(qtbot: QtBot) -> None:
    QSettings().setValue(TEMPERATURE_UNIT_KEY, "F")
    widget = DayFields()
    qtbot.addWidget(widget)
    assert widget.temperature_unit() is TemperatureUnit.FAHRENHEIT


def test_a_bad_temperature_is_named_and_changes_nothing(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(EntryRecord(DAY, temperature_c=36.8))
    fields.temperature.clear()
    with qtbot.assertNotEmitted(fields.changed):
        qtbot.keyClicks(fields.temperature, "hot")
    assert "not a temperature" in fields.temperature_problem_text()
    assert fields.values().temperature_c == 36.8
    fields.temperature.clear()
    qtbot.keyClicks(fields.temperature, "36.9")
    assert fields.temperature_problem_text() == "" and fields.values().temperature_c == 36.9


def test_clearing_the_temperature_means_not_recorded(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(EntryRecord(DAY, temperature_c=38.5))
    assert fields.fever_note_text()
    with qtbot.waitSignal(fields.changed):
        qtbot.keyClick(fields.temperature, "a", modifier=Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(fields.temperature, Qt.Key.Key_Delete)
    assert fields.values().temperature_c is None and fields.fever_note_text() == ""


def _type_into_temperature(fields: DayFields, qtbot: QtBot, text: str) -> None:
    """Focus the field, select what it shows (as Tab does) and type over it through the focus widget."""
    from PySide6.QtWidgets import QApplication

    fields.show()
    fields.activateWindow()
    fields.temperature.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.temperature)
    qtbot.keyClick(QApplication.focusWidget(), "a", modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_valid_prefix_of_what_she_types_is_never_handed_out(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(EntryRecord(DAY, temperature_c=38.0))
    handed_out: list[float | None] = []
    fields.changed.connect(lambda: handed_out.append(fields.values().temperature_c))
    _type_into_temperature(fields, qtbot, "375")  # "37" on the way is valid, "375" is not
    assert fields.values().temperature_c == 38.0
    assert handed_out[-1] == 38.0  # the owner's last word is the day's own value, not 37.0
    assert "'375' is not" in fields.temperature_problem_text()
    assert fields.temperature.accessibleDescription() == fields.temperature_problem_text()
    qtbot.keyClick(fields.temperature, Qt.Key.Key_Tab)
    assert fields.temperature.text() == "375"  # kept so she can correct it


def test_a_value_she_finished_with_tab_is_kept_while_later_text_is_invalid(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(EntryRecord(DAY, temperature_c=36.6))
    _type_into_temperature(fields, qtbot, "37.5")
    qtbot.keyClick(fields.temperature, Qt.Key.Key_Tab)
    _type_into_temperature(fields, qtbot, "3")
    assert fields.temperature_problem_text() and fields.values().temperature_c == 37.5


def test_loading_another_day_drops_invalid_text_in_progress(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(EntryRecord(DAY, temperature_c=38.0))
    _type_into_temperature(fields, qtbot, "375")
    fields.set_values(EntryRecord(date(2026, 3, 6), temperature_c=36.6))
    assert fields.temperature.text() == "36.6"
    assert fields.temperature_problem_text() == "" and fields.temperature.accessibleDescription() == ""
    assert fields.values().temperature_c == 36.6


def test_the_choices_are_the_stores_ranges(fields: DayFields) -> None:
    from desktop.store.records import BLEEDING_LEVELS, MOOD_RANGE, PAIN_RANGE

    def choices(combo) -> list[object]:  # type: ignore[no-untyped-def]
        return [combo.itemData(i) for i in range(1, combo.count())]

    assert choices(fields.bleeding) == list(BLEEDING_LEVELS)
    assert choices(fields.pain) == list(range(PAIN_RANGE[0], PAIN_RANGE[1] + 1))
    assert choices(fields.mood) == list(range(MOOD_RANGE[0], MOOD_RANGE[1] + 1))


def test_heavy_bleeding_chosen_by_keyboard_shows_the_aftercare_note(fields: DayFields, qtbot: QtBot) -> None:
    fields.set_values(None)
    fields.bleeding.setFocus()
    qtbot.keyClick(fields.bleeding, Qt.Key.Key_End)  # the last level: heavy
    assert fields.values().bleeding == "heavy"
    note = fields.fever_note_text()
    assert note.startswith("You recorded heavy bleeding. Aftercare guidance (for example the NHS, not the article)")
    assert "medical advice promptly" in note and fields.fever_note.accessibleDescription() == note
    qtbot.keyClick(fields.bleeding, Qt.Key.Key_Up)
    assert fields.values().bleeding != "heavy" and fields.fever_note_text() == ""
    qtbot.keyClicks(fields.temperature, "38.5")
    assert fields.fever_note_text().startswith("This is 38.0 °C or more. Aftercare guidance")
    assert "Read the passage" not in fields.fever_note.text()  # the article says nothing of temperature: no link to it
