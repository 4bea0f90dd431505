"""The kinds of dates a person can record."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    MISCARRIAGE = "miscarriage"
    PROCEDURE = "procedure"
    PERIOD = "period"
    CONSULTATION = "consultation"

    @property
    def label(self) -> str:
        return EVENT_LABELS[self]


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.MISCARRIAGE: "Miscarriage",
    EventKind.PROCEDURE: "Uterine procedure",
    EventKind.PERIOD: "Period start",
    EventKind.CONSULTATION: "Gynecologist consultation",
}

EVENT_KINDS: tuple[str, ...] = tuple(kind.value for kind in EventKind)
