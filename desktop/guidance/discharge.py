"""Discharge after a loss, and the one note the app shows about it.

Unusual discharge (a colour or smell that is not usual for her) is not in the
article. Common aftercare guidance (for example the NHS) lists it as a reason
to seek medical advice promptly, so the note says exactly that and names that
source; like the fever note, it points to the article's passage on the risk
of infection and diagnoses nothing. The app adds no advice of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.guidance.temperature import INFECTION_PASSAGE_ID

UNUSUAL = "unusual"
SOURCE = "common aftercare guidance (for example the NHS)"


@dataclass(frozen=True)
class DischargeNote:
    """Shown beside the discharge field; ``passage_id`` lets the article panel scroll to its passage."""

    text: str
    source: str
    passage_id: str


def discharge_note_for(discharge: str | None) -> DischargeNote | None:
    """The note for unusual discharge; None otherwise (including "not recorded")."""
    if discharge != UNUSUAL:
        return None
    text = (
        "Not from the article: common aftercare guidance (for example the NHS) lists discharge with an unusual "
        "colour or smell as a reason to seek medical advice promptly. The article speaks of the risk of infection."
    )
    return DischargeNote(text, SOURCE, INFECTION_PASSAGE_ID)
