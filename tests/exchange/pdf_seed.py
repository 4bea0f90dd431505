"""A journal with 40 days worth a doctor's visit: the PDF tests' seed (and what a look at its pages is made from).

Notes of varied length (one long enough to run over a page), a fever, heavy
bleeding, unusual discharge, a doctor's date beside the article's, hCG values
spanning orders of magnitude, medicines and appointments.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from desktop.store.records import Appointment, DayRecord, MedicineTaken

if TYPE_CHECKING:
    from desktop.store import Journal

LOSS = date(2026, 3, 1)
TODAY = date(2026, 4, 12)
FIRST, LAST = LOSS, LOSS + timedelta(days=39)  # the 40 days of the symptom table
FEVER_DAY, HEAVY_DAY, DISCHARGE_DAY = date(2026, 3, 5), date(2026, 3, 3), date(2026, 3, 8)
LONG_NOTE_DAY = date(2026, 3, 12)

_SENTENCE = "Slept badly and the cramps came back in the evening, so I rested with a hot water bottle. "
_BLEEDING = ["heavy", "heavy", "medium", "medium", "light", "light", "spotting", "spotting", "none"]


def _note(n: int) -> str:
    """Notes of every length: none, a line, a paragraph, several paragraphs, and one long enough for a page of its own."""
    if n % 5 == 4:
        return ""
    if LOSS + timedelta(days=n) == LONG_NOTE_DAY:
        return "\n\n".join(f"Part {i + 1}. " + _SENTENCE * 6 for i in range(14))
    return (f"Day {n}. " + _SENTENCE * (1 + (n * 7) % 6)).strip()


def seed_visit_journal(journal: Journal) -> None:
    journal.add_event("miscarriage", LOSS, "at home, early in the morning")
    journal.add_event("procedure", LOSS + timedelta(days=2), "aspiration at the clinic")
    journal.set_override("sex-earliest", day=date(2026, 4, 20), note="Dr K at the follow-up")
    hcg = {0: 4800.0, 2: 2100.0, 9: 480.0, 16: 52.0, 23: 12.5, 30: 3.0, 37: 0.0}
    for n in range(40):
        day = LOSS + timedelta(days=n)
        bleeding = _BLEEDING[min(n // 2, len(_BLEEDING) - 1)]
        if day == HEAVY_DAY:
            bleeding = "heavy"
        temperature = 38.4 if day == FEVER_DAY else 37.9 if day == FEVER_DAY + timedelta(days=1) else 36.6 + (n % 4) / 10
        medicines: tuple[MedicineTaken, ...] = ()
        if n < 8:
            medicines = (MedicineTaken("Ibuprofen", "400 mg", time(8, 0)), MedicineTaken("Ibuprofen", "400 mg", time(20, 0)))
        if n == 4:
            medicines += (MedicineTaken("Paracetamol", "1 g", time(14, 30)),)
        journal.save_day(
            DayRecord(
                day,
                _note(n),
                bleeding,
                max(0, 8 - n // 3),
                temperature,
                2 + (n // 10) % 4,
                ("cramps", "tired") if n < 10 else ("walk",) if n % 3 == 0 else (),
                test_result="positive" if n in (0, 14) else "faint" if n == 21 else "negative" if n == 35 else None,
                hcg_miu_ml=hcg.get(n),
                medicines=medicines,
                discharge="unusual" if day == DISCHARGE_DAY else "usual" if n % 6 == 0 else None,
            )
        )
    journal.add_appointment(Appointment(date(2026, 4, 16), time(10, 30), place="Women's clinic, room 4"))
    journal.add_appointment(Appointment(date(2026, 4, 30), time(9, 15), title="Blood test", place="Lab", consultation=False))
