"""What the PDF summary says, as blocks: marks and their legend, notes after the table, the name, the doctor's date."""

from __future__ import annotations

from datetime import date, time

from desktop.exchange.pdf_blocks import MARK_SYMBOLS, DayNote, Figure, Heading, Mark, Paragraph, Table
from desktop.exchange.pdf_content import SYMPTOMS_FIGURE, build_summary, legend, symptom_row
from desktop.guidance import History, RecordedEvent
from desktop.guidance.kinds import EventKind
from desktop.guidance.temperature import TemperatureUnit
from desktop.store.records import DayRecord, MedicineTaken
from desktop.wording import Wording

LOSS = date(2026, 3, 1)
TODAY = date(2026, 3, 20)


def history() -> History:
    return History(events=(RecordedEvent(EventKind.MISCARRIAGE, LOSS, "at home"),))


def summary(entries: list[DayRecord], **kwargs):  # type: ignore[no-untyped-def]
    return build_summary(history(), entries, TODAY, LOSS, date(2026, 3, 31), include_notes=kwargs.pop("notes", False), **kwargs)


def texts(blocks) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text for b in blocks if isinstance(b, (Heading, Paragraph))]


def test_fever_heavy_bleeding_and_unusual_discharge_are_marked_in_their_cells() -> None:
    row = symptom_row(DayRecord(date(2026, 3, 4), bleeding="heavy", temperature_c=38.0, discharge="unusual", pain=6))
    by_column = dict(zip(("date", "bleeding", "pain", "temp", "mood", "discharge", "medicines", "tags"), row, strict=True))
    assert by_column["temp"].mark is Mark.FEVER and by_column["temp"].text == "38.0"
    assert by_column["bleeding"].mark is Mark.HEAVY_BLEEDING
    assert by_column["discharge"].mark is Mark.UNUSUAL_DISCHARGE
    assert by_column["pain"].mark is None
    calm = symptom_row(DayRecord(date(2026, 3, 5), bleeding="medium", temperature_c=37.99, discharge="usual"))
    assert all(cell.mark is None for cell in calm)  # 37.99 °C is under the 38.0 rule


def test_the_legend_names_only_the_marks_used_and_quotes_aftercare_guidance_never_the_article() -> None:
    blocks = summary([DayRecord(date(2026, 3, 4), temperature_c=38.4), DayRecord(date(2026, 3, 5), bleeding="light")]).blocks
    line = next(t for t in texts(blocks) if t.startswith("Marked:"))
    assert f"{MARK_SYMBOLS[Mark.FEVER]} a temperature of 38.0 °C or more" in line
    assert MARK_SYMBOLS[Mark.HEAVY_BLEEDING] not in line
    assert Wording().aftercare_guidance(TemperatureUnit.CELSIUS) in line
    assert "not the article" in line and "intercourse" not in line
    assert not any(t.startswith("Marked:") for t in texts(summary([DayRecord(date(2026, 3, 4), pain=2)]).blocks))


def test_all_three_marks_in_the_legend_in_a_fixed_order() -> None:
    line = legend({Mark.UNUSUAL_DISCHARGE, Mark.FEVER, Mark.HEAVY_BLEEDING}, Wording())
    assert line.index("▲") < line.index("◆") < line.index("●")


def test_day_notes_come_after_the_table_at_full_width_only_when_asked() -> None:
    entries = [DayRecord(date(2026, 3, 4), "private words", pain=3), DayRecord(date(2026, 3, 6), "only a note")]
    without = summary(entries).blocks
    assert not any(isinstance(b, DayNote) for b in without)
    assert "private words" not in repr(without)
    blocks = list(summary(entries, notes=True).blocks)
    table_at = next(i for i, b in enumerate(blocks) if isinstance(b, Table) and b.columns[1].header == "Bleeding")
    notes = [(i, b) for i, b in enumerate(blocks) if isinstance(b, DayNote)]
    assert [(b.label, b.text) for _i, b in notes] == [("2026-03-04", "private words"), ("2026-03-06", "only a note")]
    assert all(i > table_at for i, _b in notes)
    symptom_table = blocks[table_at]
    assert isinstance(symptom_table, Table) and [c[0].text for c in symptom_table.rows] == ["2026-03-04"]  # a note alone is no symptom row


def test_medicines_and_discharge_are_columns_of_the_symptom_table() -> None:
    day = DayRecord(date(2026, 3, 4), medicines=(MedicineTaken("Ibuprofen", "400 mg", time(8, 30)), MedicineTaken("Iron")),
                    discharge="unusual")
    cells = {c.header: cell.text for c, cell in zip(next(b for b in summary([day]).blocks if isinstance(b, Table)
                                                          and b.columns[0].header == "Date" and len(b.columns) == 8).columns,
                                                     symptom_row(day), strict=True)}
    assert cells["Medicines"] == "Ibuprofen 400 mg at 08:30\nIron"
    assert cells["Discharge"] == "unusual (colour or smell)"


def test_the_name_heads_the_first_page_and_the_running_head_and_is_left_out_when_empty() -> None:
    named = summary([], name="  Anna   K. ")
    assert "Name: Anna K." in texts(named.blocks)
    assert named.running_head == "Recovery Journal summary · Anna K. · prepared 2026-03-20"
    nameless = summary([])
    assert not any(t.startswith("Name:") for t in texts(nameless.blocks))
    assert nameless.running_head == "Recovery Journal summary · prepared 2026-03-20"


def test_the_chart_is_there_only_when_temperature_or_pain_was_recorded() -> None:
    assert any(isinstance(b, Figure) and b.key == SYMPTOMS_FIGURE for b in summary([DayRecord(date(2026, 3, 4), pain=3)]).blocks)
    assert not any(isinstance(b, Figure) for b in summary([DayRecord(date(2026, 3, 4), bleeding="light")]).blocks)


def test_a_doctors_date_shows_the_articles_beside_it() -> None:
    from desktop.guidance import Override

    doctor = History(events=history().events, overrides=(Override("sex-earliest", date(2026, 4, 20), note="Dr K"),))
    blocks = build_summary(doctor, [], TODAY, LOSS, TODAY, include_notes=False).blocks
    plan = next(b for b in blocks if isinstance(b, Table) and b.columns[0].header == "Milestone")
    row = next(r for r in plan.rows if r[0].text == "Earliest time for sex again")
    assert row[1].text.startswith("2026-04-20") and "article: 2026-03-22" in row[1].text
    assert row[2].text == "from your doctor"
