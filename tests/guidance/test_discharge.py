"""The note about unusual discharge: shown only for it, naming its source, never the article's word for it."""

from __future__ import annotations

import pytest

from desktop.guidance.discharge import discharge_note_for
from desktop.guidance.plan import article_plan
from desktop.guidance.temperature import INFECTION_PASSAGE_ID


@pytest.mark.parametrize("discharge", [None, "none", "usual"])
def test_no_note_unless_unusual(discharge: str | None) -> None:
    assert discharge_note_for(discharge) is None


def test_the_note_names_its_aftercare_source_and_says_it_is_not_the_article() -> None:
    note = discharge_note_for("unusual")
    assert note is not None
    assert note.source == "common aftercare guidance (for example the NHS)"
    assert note.text.startswith("Not from the article: common aftercare guidance (for example the NHS) lists")
    assert "seek medical advice promptly" in note.text
    assert note.passage_id == INFECTION_PASSAGE_ID and article_plan().passage(note.passage_id)
    assert "discharge" not in article_plan().passage(note.passage_id).lower()  # the article does not say it
