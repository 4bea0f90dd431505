"""What the PDF summary is made of, as plain data: headings, paragraphs, tables, figures and day notes.

``pdf_content`` builds these from the journal; ``pdf_pages`` decides where each
goes on which page; ``pdf_paint`` draws the pages. No Qt here: a test reads the
summary's content and its pagination as data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Mark(StrEnum):
    """A warning sign marked in a cell, explained once in a legend line that names aftercare guidance."""

    FEVER = "fever"
    HEAVY_BLEEDING = "heavy-bleeding"
    UNUSUAL_DISCHARGE = "unusual-discharge"


MARK_SYMBOLS = {Mark.FEVER: "▲", Mark.HEAVY_BLEEDING: "◆", Mark.UNUSUAL_DISCHARGE: "●"}


@dataclass(frozen=True)
class Style:
    """A text style in points: the layout measures with it, the painter draws with it."""

    size: float = 9.5
    bold: bool = False
    grey: bool = False


BODY = Style()
SMALL = Style(8.0, grey=True)
TABLE = Style(8.5)
TABLE_HEAD = Style(8.5, bold=True)
NOTE = Style(9.0)
HEADING = Style(12.0, bold=True)
TITLE = Style(15.0, bold=True)


@dataclass(frozen=True)
class Heading:
    text: str
    style: Style = HEADING


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Style = BODY
    keep_with_next: bool = False  # an introduction (a scale, a legend) stays on the page of what it introduces


@dataclass(frozen=True)
class Cell:
    text: str
    mark: Mark | None = None  # drawn bold, its symbol after the text


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # a share of the table's width; the shares of a table add up to 1


@dataclass(frozen=True)
class Table:
    """Rows are never split across pages (unless one alone is taller than a page); the header repeats on each page."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Figure:
    """A picture the painter is given by ``key`` (the hCG line, the temperature and pain chart), with its caption."""

    key: str
    height: float  # points, at the page's full width
    caption: str = ""


@dataclass(frozen=True)
class DayNote:
    """A day's note after the table: its date, then the text at full width; a long one continues on the next page."""

    label: str
    text: str


Block = Heading | Paragraph | Table | Figure | DayNote


@dataclass(frozen=True)
class Summary:
    """The whole summary: its blocks, and what every page says at its top and bottom."""

    blocks: tuple[Block, ...]
    running_head: str  # "Recovery Journal summary · prepared 2026-04-12" (with her name when she gave one)
    page_label: str = "Page {page} of {pages}"
    figures: dict[str, bytes] = field(default_factory=dict)  # PNG bytes by Figure.key, filled in by pdf_summary
