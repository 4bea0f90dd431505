"""Temperature units and the fever note: 38.0 °C shows it, 37.9 °C does not."""

from __future__ import annotations

import pytest

from desktop.guidance.temperature import (
    TemperatureUnit,
    celsius_to_fahrenheit,
    fahrenheit_to_celsius,
    from_unit,
    is_fever,
    parse_temperature,
    to_unit,
)
from desktop.guidance.warning_signs import fever_note_for
from desktop.resources import article_text

C, F = TemperatureUnit.CELSIUS, TemperatureUnit.FAHRENHEIT


def test_the_fever_note_appears_at_38_0_and_not_at_37_9() -> None:
    assert fever_note_for(37.9) is None
    assert fever_note_for(None) is None
    note = fever_note_for(38.0)
    assert note is not None
    # Issue 14: the article never mentions temperature; the note names aftercare guidance and links no passage.
    assert note.source == "aftercare guidance"
    assert not hasattr(note, "passage_id") and not hasattr(note, "passage")
    assert "temperature" not in article_text().lower() and "fever" not in article_text().lower()
    # (its words, "38.0 °C" and "doctor", are checked in tests/test_wording.py)
    assert fever_note_for(39.4) is not None


def test_the_note_is_there_at_38_5_too() -> None:
    assert fever_note_for(38.5) is not None  # its threshold in her unit ("100.4 °F"): tests/test_wording.py


def test_100_4_fahrenheit_is_stored_as_exactly_38_celsius_and_is_a_fever() -> None:
    assert from_unit(100.4, F) == 38.0
    assert is_fever(from_unit(100.4, F))
    assert not is_fever(from_unit(100.2, F))


@pytest.mark.parametrize("celsius", [30.0, 36.6, 37.9, 38.0, 41.3, 45.0])
def test_conversions_round_trip(celsius: float) -> None:
    assert fahrenheit_to_celsius(celsius_to_fahrenheit(celsius)) == pytest.approx(celsius)
    assert from_unit(to_unit(celsius, F), F) == pytest.approx(celsius, abs=0.05)
    assert to_unit(celsius, C) == celsius


def test_known_values() -> None:
    assert celsius_to_fahrenheit(37.0) == pytest.approx(98.6)
    assert to_unit(36.6, C) == 36.6 and to_unit(37.0, F) == 98.6  # written "36.6 °C", "98.6 °F": tests/test_wording.py


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [("", C, None), ("  ", F, None), ("37.2", C, 37.2), ("37,2", C, 37.2), ("38 °C", C, 38.0), ("100.4", F, 38.0),
     ("98.6°F", F, 37.0)],
)
def test_parse_temperature(text: str, unit: TemperatureUnit, expected: float | None) -> None:
    assert parse_temperature(text, unit) == expected


@pytest.mark.parametrize(
    ("text", "unit", "message"),
    [("warm", C, "not a temperature"), ("3.7", C, "between 30 and 45 °C"), ("37.5", F, "between 86 and 113 °F")],
)
def test_parse_temperature_names_the_problem(text: str, unit: TemperatureUnit, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_temperature(text, unit)
