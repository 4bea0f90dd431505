"""Which line of the summary goes on which page, and where: the PDF's layout, as data (no painting).

QTextDocument's tables neither repeat their header on a new page nor keep a
row together (a day's row was cut in two, its date on one page and the rest of
its note on the next), so the pages are laid out here and painted as laid out:

- a table's header row is repeated at the top of every page the table runs on;
- a row is never split (only a row taller than a whole page continues, with its
  first cell repeated and "(continued)");
- a heading is kept with what follows it; a day note keeps its date with at
  least two of its lines and repeats the date when it runs onto the next page;
- every page has "Page N of M" at its foot, and from the second page on the
  running head (what this is, and her name when she gave one).

Text is wrapped here with a ``Measure`` (the painter's font metrics, or a fake
in tests), and the painter draws exactly these lines: what the tests check is
what is printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from desktop.exchange.pdf_blocks import (
    MARK_SYMBOLS,
    NOTE,
    SMALL,
    TABLE,
    TABLE_HEAD,
    Block,
    Cell,
    DayNote,
    Figure,
    Heading,
    Mark,
    Paragraph,
    Style,
    Summary,
    Table,
)

CELL_PAD_X, CELL_PAD_Y = 3.0, 2.0
GAP_BEFORE_HEADING, GAP_AFTER_BLOCK = 10.0, 6.0
HEAD_BAND, FOOT_BAND = 20.0, 20.0  # the running head and "Page N of M" live in these bands
CONTINUED = "{label} (continued)"


class Measure(Protocol):
    """How wide a text is and how tall a line is, in points, in a style."""

    def width(self, text: str, style: Style) -> float: ...

    def line_height(self, style: Style) -> float: ...


@dataclass(frozen=True)
class PlacedText:
    x: float
    y: float
    width: float
    lines: tuple[str, ...]
    style: Style


@dataclass(frozen=True)
class PlacedCell:
    x: float
    width: float
    lines: tuple[str, ...]
    style: Style
    mark: Mark | None = None


@dataclass(frozen=True)
class PlacedRow:
    """One table row on a page: ``row`` is its index in the table's rows, -1 for the header."""

    table: int  # the table's index among the summary's blocks
    row: int
    y: float
    height: float
    cells: tuple[PlacedCell, ...]
    continued: bool = False  # the rest of a row taller than a page

    @property
    def is_header(self) -> bool:
        return self.row < 0


@dataclass(frozen=True)
class PlacedFigure:
    key: str
    x: float
    y: float
    width: float
    height: float


Item = PlacedText | PlacedRow | PlacedFigure


@dataclass(frozen=True)
class Page:
    number: int
    items: tuple[Item, ...]
    head: str  # "" on the first page, which has the title
    foot: str  # "Page 2 of 5"

    def rows_of(self, table: int) -> list[PlacedRow]:
        return [item for item in self.items if isinstance(item, PlacedRow) and item.table == table]


@dataclass(frozen=True)
class PageGeometry:
    """The paint area of a page in points (A4 less its margins, or what the printer gives)."""

    width: float
    height: float

    @property
    def top(self) -> float:
        return HEAD_BAND

    @property
    def bottom(self) -> float:
        return self.height - FOOT_BAND


def wrap(text: str, width: float, style: Style, measure: Measure) -> tuple[str, ...]:
    """``text`` in lines no wider than ``width``: at spaces, a word too long for a line cut where it must; newlines kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if measure.width(candidate, style) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while len(word) > 1 and measure.width(word, style) > width:
                cut = max(1, max((n for n in range(1, len(word)) if measure.width(word[:n], style) <= width), default=1))
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return tuple(lines)


def cell_text(cell: Cell) -> str:
    return f"{cell.text} {MARK_SYMBOLS[cell.mark]}" if cell.mark is not None else cell.text


class _Flow:
    """The pages so far and where the next thing goes on the last one."""

    def __init__(self, geometry: PageGeometry, measure: Measure) -> None:
        self.geometry = geometry
        self.measure = measure
        self.pages: list[list[Item]] = [[]]
        self.y = geometry.top

    @property
    def room(self) -> float:
        return self.geometry.bottom - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= self.geometry.top

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.geometry.top

    def put(self, item: Item, height: float) -> None:
        self.pages[-1].append(item)
        self.y += height

    def skip(self, gap: float) -> None:
        if not self.at_top:
            self.y = min(self.y + gap, self.geometry.bottom)

    def line(self, style: Style) -> float:
        return self.measure.line_height(style)


def paginate(summary: Summary, geometry: PageGeometry, measure: Measure) -> list[Page]:
    """The summary laid out on pages of ``geometry``."""
    flow = _Flow(geometry, measure)
    blocks = summary.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            _heading(flow, block, _lead(flow, blocks, index + 1))
        elif isinstance(block, Paragraph):
            lines = wrap(block.text, geometry.width, block.style, measure)
            own = len(lines) * measure.line_height(block.style)
            if block.keep_with_next and not flow.at_top and own + _lead(flow, blocks, index + 1) > flow.room:
                flow.new_page()
            _lines(flow, lines, block.style, 0.0)
        elif isinstance(block, Table):
            _table(flow, index, block)
        elif isinstance(block, Figure):
            _figure(flow, block)
        else:
            _day_note(flow, block)
        flow.skip(GAP_AFTER_BLOCK)
    total = len(flow.pages)
    return [
        Page(number, tuple(items), summary.running_head if number > 1 else "",
             summary.page_label.format(page=number, pages=total))
        for number, items in enumerate(flow.pages, start=1)
    ]


def _lead(flow: _Flow, blocks: Sequence[Block], index: int) -> float:
    """How much of ``blocks[index]`` must fit under a heading (or an introduction) for it to stay on this page."""
    width, measure = flow.geometry.width, flow.measure
    block = blocks[index] if index < len(blocks) else None
    if block is None:
        return 0.0
    if isinstance(block, Heading):
        return measure.line_height(block.style) + GAP_BEFORE_HEADING
    if isinstance(block, Paragraph):
        lines = len(wrap(block.text, width, block.style, measure))
        if block.keep_with_next:  # an introduction comes with the start of what it introduces
            return lines * measure.line_height(block.style) + GAP_AFTER_BLOCK + _lead(flow, blocks, index + 1)
        return min(2, lines) * measure.line_height(block.style)
    if isinstance(block, Table):
        rows = _table_rows(flow, block, limit=1)  # the header and the first row: a long table is not wrapped twice
        return sum(height for height, _cells in rows)
    if isinstance(block, Figure):
        return _figure_height(flow, block)
    return measure.line_height(TABLE_HEAD) + 2 * measure.line_height(NOTE)


def _heading(flow: _Flow, heading: Heading, lead: float) -> None:
    flow.skip(GAP_BEFORE_HEADING)
    height = flow.line(heading.style) + 2.0
    if not flow.at_top and height + lead > flow.room:
        flow.new_page()
    flow.put(PlacedText(0.0, flow.y, flow.geometry.width, (heading.text,), heading.style), height)


def _lines(flow: _Flow, lines: Sequence[str], style: Style, x: float, label: str = "") -> None:
    """Lines at full width, as many per page as fit; a labelled run (a day note) repeats its label on each new page."""
    line = flow.line(style)
    label_height = flow.line(TABLE_HEAD) if label else 0.0
    width = flow.geometry.width - x
    rest = list(lines)
    first = True
    while rest:
        fits = max(0, int((flow.room - label_height + 1e-6) // line))
        if fits < len(rest):
            if len(rest) - fits == 1:
                fits -= 1  # never one lonely line at the top of the next page
            if fits < 2 and not flow.at_top:  # nor one at this page's foot: all of it to the next page
                flow.new_page()
                continue
            fits = max(fits, 1)
        if label:
            shown = label if first else CONTINUED.format(label=label)
            flow.put(PlacedText(0.0, flow.y, flow.geometry.width, (shown,), TABLE_HEAD), label_height)
        chunk, rest = rest[:fits], rest[fits:]
        flow.put(PlacedText(x, flow.y, width, tuple(chunk), style), len(chunk) * line)
        first = False
        if rest:
            flow.new_page()


def _table_rows(flow: _Flow, table: Table, limit: int | None = None) -> list[tuple[float, tuple[PlacedCell, ...]]]:
    """The header and every row (or the first ``limit``): (height, cells), each cell wrapped to its column."""
    xs: list[tuple[float, float]] = []
    x = 0.0
    for column in table.columns:
        width = column.width * flow.geometry.width
        xs.append((x, width))
        x += width

    def row(cells: Sequence[Cell], style: Style) -> tuple[float, tuple[PlacedCell, ...]]:
        placed = tuple(
            PlacedCell(cx, cw, wrap(cell_text(cell), cw - 2 * CELL_PAD_X, s, flow.measure), s, cell.mark)
            for cell, (cx, cw) in zip(cells, xs, strict=True)
            for s in [TABLE_HEAD if cell.mark is not None else style]  # a marked value is bold, measured bold
        )
        lines = max(len(c.lines) for c in placed)
        return lines * flow.line(style) + 2 * CELL_PAD_Y, placed

    header = row([Cell(c.header) for c in table.columns], TABLE_HEAD)
    return [header, *(row(cells, TABLE) for cells in table.rows[:limit])]


def _table(flow: _Flow, index: int, table: Table) -> None:
    (header_height, header_cells), *rows = _table_rows(flow, table)

    def put_header() -> None:
        flow.put(PlacedRow(index, -1, flow.y, header_height, header_cells), header_height)

    first_height = rows[0][0] if rows else 0.0
    if not flow.at_top and header_height + first_height > flow.room:
        flow.new_page()
    put_header()
    for number, (height, cells) in enumerate(rows):
        if height > flow.room:
            if height <= flow.geometry.bottom - flow.geometry.top - header_height:
                flow.new_page()
                put_header()
            else:  # taller than a whole page: the one case a row continues on the next page
                _long_row(flow, index, number, cells, put_header)
                continue
        flow.put(PlacedRow(index, number, flow.y, height, cells), height)


def _long_row(flow: _Flow, index: int, number: int, cells: tuple[PlacedCell, ...], put_header: Callable[[], None]) -> None:
    line = flow.line(TABLE)
    offset = 0
    total = max(len(c.lines) for c in cells)
    while offset < total:
        fits = int((flow.room - 2 * CELL_PAD_Y + 1e-6) // line)
        if fits < 2:
            flow.new_page()
            put_header()
            continue
        part = tuple(
            replace(c, lines=c.lines[offset:offset + fits] if i or offset == 0 else (CONTINUED.format(label=c.lines[0]),))
            for i, c in enumerate(cells)
        )
        height = max(len(c.lines) for c in part) * line + 2 * CELL_PAD_Y
        flow.put(PlacedRow(index, number, flow.y, height, part, continued=offset > 0), height)
        offset += fits


def _figure_height(flow: _Flow, figure: Figure) -> float:
    caption = flow.line(SMALL) if figure.caption else 0.0
    return figure.height + caption


def _figure(flow: _Flow, figure: Figure) -> None:
    height = _figure_height(flow, figure)
    if not flow.at_top and height > flow.room:
        flow.new_page()
    flow.put(PlacedFigure(figure.key, 0.0, flow.y, flow.geometry.width, figure.height), figure.height)
    if figure.caption:
        flow.put(PlacedText(0.0, flow.y, flow.geometry.width, (figure.caption,), SMALL), flow.line(SMALL))


def _day_note(flow: _Flow, note: DayNote) -> None:
    _lines(flow, wrap(note.text, flow.geometry.width - 12.0, NOTE, flow.measure), NOTE, 12.0, label=note.label)
