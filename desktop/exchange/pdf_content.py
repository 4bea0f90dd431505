"""What the PDF summary says, section by section, as blocks (``pdf_blocks``): no Qt, no pages yet.

The recorded dates; the milestone plan with each date's source (a doctor's
date with the article's beside it, as the window words it); the symptoms of a
chosen range as a small temperature and pain chart and a table, one row per
day, with fever, heavy bleeding and unusual discharge marked and a legend line
that names the aftercare guidance the marks come from (never the article);
the day notes after the table, at full width, only when she asks; hCG values
and tests over time; the appointments booked. The summary is in English with
ISO dates, for any doctor; the shared sentences come from desktop/wording.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from desktop.exchange.pdf_blocks import (
    MARK_SYMBOLS,
    SMALL,
    TITLE,
    Block,
    Cell,
    Column,
    DayNote,
    Figure,
    Heading,
    Mark,
    Paragraph,
    Summary,
    Table,
)
from desktop.guidance import History, milestones_for
from desktop.guidance.temperature import FEVER_THRESHOLD_C, TemperatureUnit, is_fever
from desktop.guidance.warning_signs import HEAVY_BLEEDING, UNUSUAL_DISCHARGE
from desktop.store.records import DayRecord
from desktop.wording import Wording

if TYPE_CHECKING:
    from desktop.store.records import Appointment

TITLE_TEXT = "Recovery Journal — summary for a gynecologist visit"
SOURCES_NOTE = "Dates marked 'from your doctor' were entered by the patient from her doctor's instructions."
DISCHARGE_WORDS = {"none": "none", "usual": "usual", "unusual": "unusual (colour or smell)"}
SYMPTOMS_FIGURE, HCG_FIGURE = "symptoms", "hcg"
SYMPTOMS_FIGURE_HEIGHT, HCG_FIGURE_HEIGHT = 150.0, 170.0
MARK_NAMES = {
    Mark.FEVER: "a temperature of {threshold} or more",
    Mark.HEAVY_BLEEDING: "heavy bleeding",
    Mark.UNUSUAL_DISCHARGE: "discharge with an unusual colour or smell",
}


def marks_of(day: DayRecord) -> dict[str, Mark]:
    """The day's warning signs by the column they are marked in (the rules are guidance's, as in the window)."""
    marks: dict[str, Mark] = {}
    if is_fever(day.temperature_c):
        marks["temperature"] = Mark.FEVER
    if day.bleeding == HEAVY_BLEEDING:
        marks["bleeding"] = Mark.HEAVY_BLEEDING
    if day.discharge == UNUSUAL_DISCHARGE:
        marks["discharge"] = Mark.UNUSUAL_DISCHARGE
    return marks


def legend(marks: set[Mark], words: Wording) -> str:
    """'Marked: ▲ a temperature of 38.0 °C or more · ◆ heavy bleeding. Aftercare guidance (…) says …'"""
    threshold = words.temperature(FEVER_THRESHOLD_C, TemperatureUnit.CELSIUS)
    named = [f"{MARK_SYMBOLS[m]} {MARK_NAMES[m].format(threshold=threshold)}" for m in Mark if m in marks]
    return f"Marked: {' · '.join(named)}. {words.aftercare_guidance(TemperatureUnit.CELSIUS)}"


def build_summary(
    history: History,
    entries: Sequence[DayRecord],
    today: date,
    first: date,
    last: date,
    *,
    include_notes: bool,
    hcg_entries: Sequence[DayRecord] = (),
    appointments: Sequence[Appointment] = (),
    name: str = "",
) -> Summary:
    """The summary's blocks; ``name`` (optional, as she typed it) heads the first page and every later one."""
    words = Wording()
    name = " ".join(name.split())
    blocks: list[Block] = [Heading(TITLE_TEXT, TITLE)]
    if name:
        blocks.append(Paragraph(f"Name: {name}"))
    blocks.append(Paragraph(f"Prepared on {today.isoformat()}. Symptoms from {first.isoformat()} to {last.isoformat()}."))
    blocks += _recorded_dates(history, words, include_notes)
    blocks += _plan(history, today, words)
    in_range = [e for e in entries if first <= e.date <= last]
    blocks += _symptoms(in_range, first, last, words)
    if include_notes:
        blocks += _day_notes(in_range)
    blocks += _hcg(hcg_entries)
    blocks += _appointments(appointments, today, words)
    blocks += [Paragraph(words.not_medical_advice(), SMALL), Paragraph(SOURCES_NOTE, SMALL)]
    head = " · ".join(part for part in ("Recovery Journal summary", name, f"prepared {today.isoformat()}") if part)
    return Summary(tuple(blocks), head)


def _recorded_dates(history: History, words: Wording, include_notes: bool) -> list[Block]:
    blocks: list[Block] = [Heading("Recorded dates")]
    if not history.events:
        return [*blocks, Paragraph("No dates recorded.")]
    columns = (
        (Column("Date", 0.16), Column("What", 0.28), Column("Note", 0.56)) if include_notes
        else (Column("Date", 0.2), Column("What", 0.8))
    )
    rows = tuple(
        (Cell(e.date.isoformat()), Cell(words.kind_label(e.kind))) + ((Cell(e.note),) if include_notes else ())
        for e in history.events
    )
    return [*blocks, Table(columns, rows)]


def _plan(history: History, today: date, words: Wording) -> list[Block]:
    blocks: list[Block] = [Heading("Milestone plan")]
    milestones = milestones_for(history, today)
    if not milestones:
        return [*blocks, Paragraph("No loss is recorded, so there is no plan.")]
    if counts_from := words.counts_from(history):  # which date the plan counts from, said plainly
        blocks.append(Paragraph(counts_from, keep_with_next=True))
    columns = (Column("Milestone", 0.3), Column("Date", 0.3), Column("Source", 0.18), Column(f"Status on {today.isoformat()}", 0.22))
    rows = tuple(
        (Cell(words.title(m)), Cell(words.when(m)), Cell(words.source_of(m)), Cell(words.status(m))) for m in milestones
    )
    return [*blocks, Table(columns, rows)]


SYMPTOM_COLUMNS = (
    Column("Date", 0.12), Column("Bleeding", 0.11), Column("Pain", 0.06), Column("Temp", 0.08), Column("Mood", 0.07),
    Column("Discharge", 0.14), Column("Medicines", 0.25), Column("Tags", 0.17),
)


def symptom_row(day: DayRecord) -> tuple[Cell, ...]:
    from desktop.exchange.csv_format import medicine_text

    marks = marks_of(day)
    return (
        Cell(day.date.isoformat()),
        Cell(day.bleeding or "", marks.get("bleeding")),
        Cell("" if day.pain is None else str(day.pain)),
        Cell("" if day.temperature_c is None else f"{day.temperature_c:.1f}", marks.get("temperature")),
        Cell("" if day.mood is None else str(day.mood)),
        Cell(DISCHARGE_WORDS.get(day.discharge or "", ""), marks.get("discharge")),
        Cell("\n".join(medicine_text(m) for m in day.medicines)),
        Cell(", ".join(day.tags)),
    )


def _symptoms(in_range: Sequence[DayRecord], first: date, last: date, words: Wording) -> list[Block]:
    blocks: list[Block] = [Heading(f"Symptoms, {first.isoformat()} to {last.isoformat()}")]
    if not in_range:
        return [*blocks, Paragraph("Nothing recorded in this range.")]
    blocks.append(Paragraph("Pain on a scale of 0 to 10, mood on a scale of 1 to 5, temperature in °C.", keep_with_next=True))
    if any(e.temperature_c is not None or e.pain is not None for e in in_range):
        caption = "Temperature (°C; the dashed line is 38.0 °C) and pain (0 to 10), by day; a gap is a day with nothing recorded."
        blocks.append(Figure(SYMPTOMS_FIGURE, SYMPTOMS_FIGURE_HEIGHT, caption))
    marks = {mark for e in in_range for mark in marks_of(e).values()}
    if marks:
        blocks.append(Paragraph(legend(marks, words), keep_with_next=True))
    rows = tuple(symptom_row(e) for e in in_range if _has_symptoms(e))
    if rows:
        blocks.append(Table(SYMPTOM_COLUMNS, rows))
    return blocks


def _has_symptoms(day: DayRecord) -> bool:
    return any(v is not None for v in (day.bleeding, day.pain, day.temperature_c, day.mood, day.discharge)) or bool(
        day.tags or day.medicines
    )


def _day_notes(in_range: Sequence[DayRecord]) -> list[Block]:
    noted = [e for e in in_range if e.text.strip()]
    if not noted:
        return []
    return [Heading("Day notes"), *(DayNote(e.date.isoformat(), e.text.strip()) for e in noted)]


def _hcg(hcg_entries: Sequence[DayRecord]) -> list[Block]:
    from desktop.exchange.hcg_figure import HcgWords, layout_hcg, value_text

    if not hcg_entries:
        return []
    blocks: list[Block] = [
        Heading("hCG values and pregnancy tests"),
        Paragraph("The values and the days as recorded; no reference ranges are shown.", keep_with_next=True),
    ]
    if any(e.hcg_miu_ml is not None for e in hcg_entries):
        hcg_words = HcgWords()
        log_scale = layout_hcg(hcg_entries, 640, 240).log_scale
        caption = (  # says what the picture's own label cannot: how to read the axis
            f"{hcg_words.log_axis}: each step up is ten times the one below; test results are written under the line."
            if log_scale
            else f"{hcg_words.axis}, by day; test results are written under the line."
        )
        blocks.append(Figure(HCG_FIGURE, HCG_FIGURE_HEIGHT, caption))
    rows = tuple(
        (Cell(e.date.isoformat()), Cell("" if e.hcg_miu_ml is None else value_text(e.hcg_miu_ml)), Cell(e.test_result or ""))
        for e in hcg_entries
    )
    return [*blocks, Table((Column("Date", 0.25), Column("hCG (mIU/mL)", 0.35), Column("Test result", 0.4)), rows)]


def _appointments(appointments: Sequence[Appointment], today: date, words: Wording) -> list[Block]:
    coming = [a for a in appointments if a.day >= today]
    if not coming:
        return []
    rows = tuple(
        (Cell(a.day.isoformat()), Cell(words.clock(a.at)), Cell(words.appointment_title(a)), Cell(a.place)) for a in coming
    )
    columns = (Column("Date", 0.18), Column("Time", 0.1), Column("What", 0.4), Column("Where", 0.32))
    return [Heading("Appointments booked"), Table(columns, rows)]
