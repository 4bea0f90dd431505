"""Warning signs that are not in the article: when a note shows, and that it names aftercare guidance."""

from __future__ import annotations

import pytest

from desktop.guidance.temperature import TemperatureUnit
from desktop.guidance.warning_signs import AFTERCARE_SOURCE, HEAVY_BLEEDING, WarningNote, WarningSign, warning_notes
from desktop.resources import article_text
from desktop.wording import Wording


@pytest.mark.parametrize(
    ("celsius", "bleeding", "signs"),
    [
        (None, None, ()),
        (37.9, "medium", ()),
        (38.0, None, (WarningSign.FEVER,)),
        (36.8, "heavy", (WarningSign.HEAVY_BLEEDING,)),
        (38.4, "heavy", (WarningSign.FEVER, WarningSign.HEAVY_BLEEDING)),
        (None, "spotting", ()),
    ],
)
def test_a_note_shows_for_38_degrees_or_heavy_bleeding(celsius: float | None, bleeding: str | None, signs: tuple[WarningSign, ...]) -> None:
    notes = warning_notes(celsius, bleeding)
    assert tuple(n.sign for n in notes) == signs
    assert all(n.source == AFTERCARE_SOURCE == "aftercare guidance" for n in notes)


def test_the_notes_quote_aftercare_guidance_by_name_and_never_the_article() -> None:
    words = Wording()
    for notes in [(WarningNote(WarningSign.FEVER),), (WarningNote(WarningSign.HEAVY_BLEEDING),)]:
        text = words.warning_notes(notes, TemperatureUnit.CELSIUS)
        assert "Aftercare guidance (for example the NHS, not the article)" in text
        assert "medical advice promptly" in text
        for sign in ("38.0 °C or higher", "heavy bleeding", "smelly discharge", "pain that gets worse"):
            assert sign in text
        assert "infection" not in text and "The article says" not in text
    both = words.warning_notes(warning_notes(38.2, "heavy"), TemperatureUnit.FAHRENHEIT)
    assert both.startswith("This is 100.4 °F or more. You recorded heavy bleeding. Aftercare guidance")
    assert both.count("Aftercare guidance") == 1  # quoted once, whatever the signs
    assert words.warning_notes((), TemperatureUnit.CELSIUS) == ""
    assert words.warning_notes(warning_notes(None, "heavy"), TemperatureUnit.CELSIUS).startswith("You recorded heavy bleeding. ")


def test_the_heavy_level_is_one_the_store_accepts() -> None:
    from desktop.store.records import BLEEDING_LEVELS

    assert HEAVY_BLEEDING == BLEEDING_LEVELS[-1] == "heavy"


def test_the_article_says_nothing_the_notes_would_cite() -> None:
    text = article_text().lower()
    for word in ("temperature", "fever", "discharge", "bleeding"):
        assert word not in text, word


def test_unusual_discharge_has_its_note_and_the_other_kinds_none() -> None:
    assert warning_notes(None, None, "unusual") == (WarningNote(WarningSign.UNUSUAL_DISCHARGE),)
    for discharge in (None, "none", "usual"):
        assert warning_notes(None, None, discharge) == ()
    everything = warning_notes(38.2, "heavy", "unusual")
    assert [n.sign for n in everything] == [WarningSign.FEVER, WarningSign.HEAVY_BLEEDING, WarningSign.UNUSUAL_DISCHARGE]


def test_the_discharge_note_names_aftercare_guidance_never_the_article() -> None:
    words = Wording()
    text = words.warning_notes(warning_notes(None, None, "unusual"), TemperatureUnit.CELSIUS)
    assert text.startswith("You recorded discharge with an unusual colour or smell. ")
    assert "Aftercare guidance (for example the NHS, not the article)" in text and "smelly discharge" in text
