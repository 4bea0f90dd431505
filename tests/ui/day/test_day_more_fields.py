"""The day's section for tests, hCG, discharge and medicines, driven from the keyboard as she would."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.guidance.temperature import TemperatureUnit
from desktop.store import DayRecord
from desktop.store.records import MedicineTaken
from desktop.ui.day.day_fields import DayFields
from desktop.ui.day.medicines_editor import parse_time_of_day
from tests.keyboard_driver import focused, press, type_keys

DAY = date(2026, 3, 5)


@pytest.fixture
def fields(qtbot):  # type: ignore[no-untyped-def]
    widget = DayFields(unit=TemperatureUnit.CELSIUS)
    qtbot.addWidget(widget)
    widget.set_values(None)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.tags.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.tags)
    return widget


def test_tab_from_the_tags_reaches_every_new_field_and_typing_records_them(fields: DayFields, journal, qtbot) -> None:  # type: ignore[no-untyped-def]
    more = fields.more
    press(Qt.Key.Key_Tab)
    assert focused() is more.test_result
    with qtbot.waitSignal(fields.changed):
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Down)  # not recorded -> negative -> faint line
    press(Qt.Key.Key_Tab)
    assert focused() is more.hcg
    type_keys("1250")
    press(Qt.Key.Key_Tab)
    assert focused() is more.discharge
    for _ in range(3):
        press(Qt.Key.Key_Down)  # none, usual, unusual
    note = fields.fever_note_text()  # the day's one note for warning signs, as for a fever
    assert note.startswith("You recorded discharge with an unusual colour or smell. ")
    assert "Aftercare guidance (for example the NHS, not the article)" in note
    fields.set_medicine_names(["Ibuprofen", "Iron"])
    more.medicines.add_button.setFocus()
    press(Qt.Key.Key_Space)  # "Add a medicine": the new row's name has the focus
    type_keys("Ibuprofen")
    press(Qt.Key.Key_Tab)
    assert focused() is more.medicines.rows[0].dose
    type_keys("400 mg")
    press(Qt.Key.Key_Tab)
    type_keys("0830")
    press(Qt.Key.Key_Tab)
    assert focused() is more.medicines.rows[0].remove
    press(Qt.Key.Key_Tab)
    assert focused() is more.medicines.add_button

    values = fields.values()
    assert (values.test_result, values.hcg_miu_ml, values.discharge) == ("faint", 1250.0, "unusual")
    assert values.medicines == (MedicineTaken("Ibuprofen", "400 mg", time(8, 30)),)
    journal.save_day(values.apply_to(DayRecord(DAY)))
    stored = journal.entry(DAY)
    assert (stored.test_result, stored.hcg_miu_ml, stored.discharge, stored.medicines) == (
        "faint", 1250.0, "unusual", (MedicineTaken("Ibuprofen", "400 mg", time(8, 30)),)
    )
    assert journal.medicine_names() == ["Ibuprofen"]


def test_an_hcg_out_of_range_keeps_the_value_before_and_says_why(fields: DayFields) -> None:
    fields.set_values(DayRecord(DAY, hcg_miu_ml=800.0))
    fields.more.hcg.setFocus()
    fields.more.hcg.selectAll()
    type_keys("9999999")
    assert "from 0 to 500" in fields.more.hcg_problem_text()
    assert fields.values().hcg_miu_ml == 800.0  # never the valid prefix 999,999 or anything she did not mean
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Backspace)
    assert fields.more.hcg_problem_text() == "" and fields.values().hcg_miu_ml == 99999.0


def test_zero_hcg_is_a_value_and_empty_is_not_recorded(fields: DayFields) -> None:
    fields.more.hcg.setFocus()
    type_keys("0")
    assert fields.values().hcg_miu_ml == 0.0
    press(Qt.Key.Key_Backspace)
    assert fields.values().hcg_miu_ml is None


def test_loading_a_day_shows_its_values_and_emits_nothing(fields: DayFields, qtbot) -> None:  # type: ignore[no-untyped-def]
    record = DayRecord(DAY, test_result="positive", hcg_miu_ml=12.5, discharge="usual",
                       medicines=(MedicineTaken("Iron", "", None), MedicineTaken("Folic acid", "1 tablet", time(7, 0))))
    with qtbot.assertNotEmitted(fields.changed):
        fields.set_values(record)
    values = fields.values()
    assert (values.test_result, values.hcg_miu_ml, values.discharge, values.medicines) == (
        "positive", 12.5, "usual", record.medicines
    )
    assert fields.fever_note_text() == ""  # only unusual discharge brings the note
    fields.set_values(None)
    assert fields.values().medicines == () and fields.more.medicines.rows == []


def test_removing_a_medicine_takes_it_off_the_day(fields: DayFields, qtbot) -> None:  # type: ignore[no-untyped-def]
    fields.set_values(DayRecord(DAY, medicines=(MedicineTaken("Iron"), MedicineTaken("Folic acid"))))
    fields.more.medicines.rows[0].remove.setFocus()
    with qtbot.waitSignal(fields.changed):
        press(Qt.Key.Key_Space)
    assert fields.values().medicines == (MedicineTaken("Folic acid"),)


def test_a_wrong_time_is_not_saved_and_says_how_to_write_one(fields: DayFields) -> None:
    fields.set_values(DayRecord(DAY, medicines=(MedicineTaken("Iron", "", time(7, 0)),)))
    row = fields.more.medicines.rows[0]
    row.time.setFocus()
    row.time.selectAll()
    type_keys("25:00")
    assert fields.values().medicines == (MedicineTaken("Iron", "", time(7, 0)),)
    assert "HH:MM" in fields.more.medicines.problem.text() and fields.more.medicines.problem.isVisibleTo(fields)


@pytest.mark.parametrize(("text", "expected"), [("8:30", time(8, 30)), ("0830", time(8, 30)), ("", None), ("21.05", time(21, 5))])
def test_times_are_read_as_people_write_them(text: str, expected: time | None) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize("text", ["25:00", "8", "ab:cd", "8:3"])
def test_a_time_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time_of_day(text)


def test_medicines_loaded_before_the_window_shows_are_shown_with_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = DayFields(unit=TemperatureUnit.CELSIUS)
    qtbot.addWidget(widget)
    widget.set_values(DayRecord(DAY, medicines=(MedicineTaken("Iron"),)))
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.more.medicines.rows[0].name.isVisible())


def test_the_window_offers_the_medicine_names_recorded_before(qtbot, data_dir, new_window) -> None:  # type: ignore[no-untyped-def]
    from desktop.paths import journal_path
    from desktop.store import open_journal

    with open_journal(journal_path(data_dir)) as journal:
        journal.save_day(DayRecord(date(2026, 3, 1), medicines=(MedicineTaken("Misoprostol"),)))
    window = new_window(DAY, first_run_done=True)
    assert window.load()
    fields = window.journal_features.fields
    assert fields is not None
    qtbot.waitUntil(lambda: fields.more.medicines.names() == ["Misoprostol"])  # read on the runner, after the open


def test_the_extra_fields_line_up_with_the_fields_above(fields: DayFields) -> None:
    """Seen at 200%: the section's own form had a narrower label column and a unit beside hCG widened the pane."""
    left = {field.mapTo(fields, field.rect().topLeft()).x() for field in (fields.bleeding, fields.temperature, *fields.more.fields)}
    widths = {field.width() for field in (fields.bleeding, fields.pain, fields.temperature, *fields.more.fields)}
    assert len(left) == 1 and len(widths) == 1
    assert fields.minimumSizeHint().width() <= fields.more.labels[0].width() + 12 + widths.pop() + 40  # only "°C" beside


def test_a_medicine_s_name_and_dose_are_read_in_full_in_a_narrow_pane(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Seen in the README's picture: in a 330 px pane a medicine's name showed as "profen" and its dose as "0 mg"."""
    widget = DayFields(unit=TemperatureUnit.CELSIUS)
    qtbot.addWidget(widget)
    medicines = (MedicineTaken("Paracetamol", "500 mg", time(14, 0)),)
    widget.set_values(DayRecord(DAY, "", medicines=medicines))
    widget.resize(330, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    row = widget.more.medicines.rows[0]
    for field in (row.name, row.dose):
        text_room = field.width() - 2 * field.style().pixelMetric(field.style().PixelMetric.PM_DefaultFrameWidth) - 8
        assert field.fontMetrics().horizontalAdvance(field.text()) <= text_room, field.text()
