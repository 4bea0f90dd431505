"""Warning signs she logs that are not in the article: a temperature of 38 °C or more, heavy bleeding,
discharge with an unusual colour or smell.

The article never mentions temperature, and its only passage on infection is
about intercourse; so these notes never cite it. They quote aftercare guidance
by name, the way the first period's estimate does (source: aftercare guidance,
for example the NHS, which lists a high temperature, heavy bleeding, smelly
discharge and worsening pain as reasons to get medical advice promptly after a
miscarriage). The rule of when a note shows lives here, pure and tested; the
words are desktop/wording.py's. Nothing is diagnosed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.guidance.temperature import is_fever

AFTERCARE_SOURCE = "aftercare guidance"  # named in every note, as the first-period estimate names it
HEAVY_BLEEDING = "heavy"  # the bleeding level (store/records.BLEEDING_LEVELS) that shows the note
UNUSUAL_DISCHARGE = "unusual"  # the discharge kind (store/records.DISCHARGE_KINDS) that shows the note


class WarningSign(StrEnum):
    FEVER = "fever"
    HEAVY_BLEEDING = "heavy-bleeding"
    UNUSUAL_DISCHARGE = "unusual-discharge"


@dataclass(frozen=True)
class WarningNote:
    """A note shown beside the fields: which sign, and the guidance it comes from (never the article)."""

    sign: WarningSign
    source: str = AFTERCARE_SOURCE


def fever_note_for(celsius: float | None) -> WarningNote | None:
    """The note for 38.0 °C or more; None below it or when nothing is recorded."""
    return WarningNote(WarningSign.FEVER) if is_fever(celsius) else None


def warning_notes(
    temperature_c: float | None, bleeding: str | None, discharge: str | None = None
) -> tuple[WarningNote, ...]:
    """The notes for a day's values, fever first, then bleeding, then discharge; empty when no sign is there."""
    notes: list[WarningNote] = []
    if (fever := fever_note_for(temperature_c)) is not None:
        notes.append(fever)
    if bleeding == HEAVY_BLEEDING:
        notes.append(WarningNote(WarningSign.HEAVY_BLEEDING))
    if discharge == UNUSUAL_DISCHARGE:
        notes.append(WarningNote(WarningSign.UNUSUAL_DISCHARGE))
    return tuple(notes)
