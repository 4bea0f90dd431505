"""The PDF's pagination as data: which rows go on which page, the header on each, no row split, Page N of M."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.exchange.pdf_blocks import Cell, Column, DayNote, Figure, Heading, Paragraph, Style, Summary, Table
from desktop.exchange.pdf_pages import (
    CONTINUED,
    Page,
    PageGeometry,
    PlacedFigure,
    PlacedRow,
    PlacedText,
    paginate,
    wrap,
)


class CharMeasure:
    """Every character half its font size wide; a line 1.25 times the size: easy to count."""

    def width(self, text: str, style: Style) -> float:
        return len(text) * style.size * 0.5

    def line_height(self, style: Style) -> float:
        return style.size * 1.25


MEASURE = CharMeasure()
A4 = PageGeometry(510.0, 757.0)
COLUMNS = (Column("Date", 0.2), Column("Bleeding", 0.2), Column("Notes", 0.6))


def table(rows: int, text: str = "") -> Table:
    return Table(COLUMNS, tuple((Cell(f"2026-03-{n:02d}"), Cell("light"), Cell(text or f"row {n}")) for n in range(rows)))


def rows_by_page(pages: list[Page], index: int) -> list[list[int]]:
    return [[row.row for row in page.rows_of(index)] for page in pages]


def test_a_long_table_repeats_its_header_on_every_page_and_places_each_row_once() -> None:
    pages = paginate(Summary((Heading("Symptoms"), table(120)), "Recovery Journal summary"), A4, MEASURE)
    by_page = rows_by_page(pages, 1)
    assert len(pages) >= 3
    for rows in by_page:
        assert rows[0] == -1 and rows.count(-1) == 1  # the header first, once, on each page the table runs on
    assert [row for rows in by_page for row in rows if row >= 0] == list(range(120))  # every row once, in order


def test_no_row_is_split_and_every_row_lies_inside_the_page() -> None:
    varied = Table(COLUMNS, tuple((Cell("d"), Cell(""), Cell("word " * (n * 7 % 60))) for n in range(80)))
    pages = paginate(Summary((varied,), ""), A4, MEASURE)
    for page in pages:
        for row in page.rows_of(0):
            assert not row.continued
            assert A4.top <= row.y and row.y + row.height <= A4.bottom + 1e-6
    assert sum(1 for page in pages for row in page.rows_of(0) if not row.is_header) == 80


def test_page_n_of_m_on_every_page_and_the_running_head_from_the_second() -> None:
    pages = paginate(Summary((table(150),), "Recovery Journal summary · Anna · prepared 2026-04-12"), A4, MEASURE)
    total = len(pages)
    assert [page.foot for page in pages] == [f"Page {n} of {total}" for n in range(1, total + 1)]
    assert pages[0].head == ""  # the first page has the title
    assert all(page.head == "Recovery Journal summary · Anna · prepared 2026-04-12" for page in pages[1:])


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page() -> None:
    filler = Paragraph("line\n" * 55)  # most of a page
    pages = paginate(Summary((filler, Heading("Milestone plan"), table(3)), ""), A4, MEASURE)
    heading_page = next(p for p in pages if any(isinstance(i, PlacedText) and i.lines == ("Milestone plan",) for i in p.items))
    assert heading_page.rows_of(2), "the heading moved to the page where its table starts"


def test_a_long_day_note_continues_on_the_next_page_with_its_date_and_no_line_lost() -> None:
    text = "\n".join(f"line {n}" for n in range(200))
    pages = paginate(Summary((DayNote("2026-03-12", text),), ""), A4, MEASURE)
    labels = [i.lines[0] for p in pages for i in p.items if isinstance(i, PlacedText) and i.lines[0].startswith("2026")]
    assert labels[0] == "2026-03-12" and labels[1:] == [CONTINUED.format(label="2026-03-12")] * (len(pages) - 1)
    body = [line for p in pages for i in p.items if isinstance(i, PlacedText) and i.x > 0 for line in i.lines]
    assert body == [f"line {n}" for n in range(200)]


@pytest.mark.parametrize("count", [*range(2, 6), *range(55, 75)])
@pytest.mark.parametrize("filler", range(40, 62))
def test_a_day_note_never_leaves_one_lonely_line_on_a_page(count: int, filler: int) -> None:
    text = "\n".join(f"line {n}" for n in range(count))  # short, or around a page's worth, after filler of every length
    summary = Summary((Paragraph("x\n" * filler), DayNote("2026-03-12", text)), "")
    pages = paginate(summary, A4, MEASURE)
    runs = [i for p in pages for i in p.items if isinstance(i, PlacedText) and i.x > 0]
    assert all(len(run.lines) >= 2 for run in runs), [len(run.lines) for run in runs]
    assert [line for run in runs for line in run.lines] == [f"line {n}" for n in range(count)]


def test_a_row_taller_than_a_page_continues_with_its_date_and_the_header_repeated() -> None:
    giant = Table(COLUMNS, ((Cell("2026-03-04"), Cell("heavy"), Cell("\n".join(f"l{n}" for n in range(150)))),))
    pages = paginate(Summary((giant,), ""), A4, MEASURE)
    assert len(pages) >= 2
    parts = [row for page in pages for row in page.rows_of(0) if not row.is_header]
    assert [p.continued for p in parts] == [False] + [True] * (len(parts) - 1)
    assert parts[1].cells[0].lines == (CONTINUED.format(label="2026-03-04"),)
    assert [line for p in parts for line in p.cells[2].lines] == [f"l{n}" for n in range(150)]
    assert all(page.rows_of(0)[0].is_header for page in pages)


def test_a_figure_is_never_cut_it_moves_to_the_next_page() -> None:
    pages = paginate(Summary((Paragraph("x\n" * 50), Figure("symptoms", 200.0, "caption")), ""), A4, MEASURE)
    figure = next(i for p in pages for i in p.items if isinstance(i, PlacedFigure))
    assert figure.y + figure.height <= A4.bottom and figure in pages[1].items


def test_wrapping_keeps_words_whole_and_cuts_only_a_word_longer_than_a_line() -> None:
    style = Style(10.0)  # 5 points a character: 10 characters in 50 points
    assert wrap("one two three four", 50.0, style, MEASURE) == ("one two", "three four")
    assert wrap("abcdefghijklmnopqrstuvwxyz", 50.0, style, MEASURE) == ("abcdefghij", "klmnopqrst", "uvwxyz")
    assert wrap("first\n\nthird", 50.0, style, MEASURE) == ("first", "", "third")


@settings(max_examples=40, deadline=None)
@given(heights=st.lists(st.integers(0, 80), min_size=1, max_size=60))
def test_any_table_every_row_once_in_order_header_first_on_each_page(heights: list[int]) -> None:
    rows = tuple((Cell("d"), Cell(""), Cell("\n".join("x" * (h > 0) for _ in range(max(1, h))))) for h in heights)
    pages = paginate(Summary((Heading("T"), Table(COLUMNS, rows)), ""), A4, MEASURE)
    seen: list[int] = []
    for page in pages:
        placed = page.rows_of(1)
        if placed:
            assert placed[0].is_header
        for row in placed:
            assert row.y + row.height <= A4.bottom + 1e-6
            if not row.is_header and (not seen or seen[-1] != row.row):
                seen.append(row.row)
    assert seen == list(range(len(heights)))


@pytest.mark.parametrize("rows", [1, 30])
def test_items_never_overlap_on_a_page(rows: int) -> None:
    summary = Summary((Heading("A"), Paragraph("text " * 80), table(rows), Figure("f", 120.0, "c"), DayNote("d", "n")), "")
    for page in paginate(summary, A4, MEASURE):
        spans = []
        for item in page.items:
            if isinstance(item, (PlacedRow, PlacedFigure)):
                spans.append((item.y, item.y + item.height))
            else:
                spans.append((item.y, item.y + len(item.lines) * MEASURE.line_height(item.style)))
        spans.sort()
        for (_a, end), (start, _b) in zip(spans, spans[1:], strict=False):
            assert start >= end - 1e-6


def test_a_heading_and_its_introduction_go_with_the_figure_they_introduce() -> None:
    intro = Paragraph("Pain on a scale of 0 to 10.", keep_with_next=True)
    blocks = (Paragraph("x\n" * 40), Heading("Symptoms"), intro, Figure("symptoms", 200.0, "caption"))
    pages = paginate(Summary(blocks, ""), A4, MEASURE)
    figure_page = next(p for p in pages if any(isinstance(i, PlacedFigure) for i in p.items))
    texts = [i.lines for i in figure_page.items if isinstance(i, PlacedText)]
    assert ("Symptoms",) in texts and ("Pain on a scale of 0 to 10.",) in texts
    assert figure_page.number == 2  # 40 lines leave no room for the figure on the first page
