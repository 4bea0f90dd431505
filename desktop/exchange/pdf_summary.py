"""A PDF summary to bring to a gynecologist visit: read the journal, lay out the pages, paint them.

What it holds is ``pdf_content``'s (the recorded dates, the plan with each
date's source, the symptoms of a chosen range with a small chart and the warning
signs marked, hCG and tests, appointments; the day notes only when
``include_notes`` is set). ``pdf_pages`` decides which line goes on which page
(header rows repeated, rows never split, "Page N of M"); ``pdf_paint`` draws
exactly that, on a QPdfWriter here or on the printer File ▸ Print… chose. The
file is written into memory, then saved 0600 like every export.

Qt needs a QGuiApplication to measure and draw text; the GUI has one, and the
CLI gets an offscreen one from :func:`ensure_gui_application`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.exchange.files import write_private_file
from desktop.exchange.options import ExportOptions
from desktop.exchange.pdf_blocks import Figure, Summary
from desktop.exchange.pdf_content import HCG_FIGURE, SOURCES_NOTE, SYMPTOMS_FIGURE, build_summary
from desktop.exchange.pdf_pages import Page, PageGeometry, paginate
from desktop.guidance import History, day_zero_for

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QPagedPaintDevice

    from desktop.store import Journal

__all__ = ["SOURCES_NOTE", "PrintableSummary", "default_range", "export_pdf", "print_summary", "read_summary"]

PAGE_MARGIN_MM = 15.0
FIGURE_PIXELS_PER_POINT = 3  # about 216 dpi: sharp on paper


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen one when none runs (the CLI). Keep the result alive."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        platform = [] if os.environ.get("QT_QPA_PLATFORM") else ["-platform", "offscreen"]
        app = QGuiApplication(["recovery-journal", *platform])
    return app


def default_range(history: History, today: date) -> tuple[date, date]:
    """From day 0 of the latest loss (or 30 days ago) to today."""
    day_zero = day_zero_for(history)
    first = (
        day_zero.date if day_zero is not None and day_zero.date <= today else date.fromordinal(today.toordinal() - 30)
    )
    return first, today


@dataclass(frozen=True)
class PrintableSummary:
    """The summary's content and its pictures (PNG by figure key): what a PDF and a printout are painted from."""

    summary: Summary
    figures: dict[str, bytes]


def read_summary(journal: Journal, options: ExportOptions) -> PrintableSummary:
    """Everything the summary needs, read from the journal (on the worker thread: no painting yet)."""
    app = ensure_gui_application()
    history = journal.history()
    default_first, default_last = default_range(history, options.today)
    first = options.first or default_first
    last = options.last or max(default_last, first)
    entries = journal.entries_between(first, last)
    hcg_entries = journal.hcg_series()
    summary = build_summary(
        history,
        entries,
        options.today,
        first,
        last,
        include_notes=options.include_notes,
        hcg_entries=hcg_entries,
        appointments=journal.appointments(),
        name=options.name,
    )
    figures: dict[str, bytes] = {}
    width = 595.0 - 2 * PAGE_MARGIN_MM * 72 / 25.4  # A4's paint width in points: the pictures' width
    for block in summary.blocks:
        if isinstance(block, Figure) and block.key == SYMPTOMS_FIGURE:
            from desktop.exchange.symptom_chart import symptoms_png

            scale = FIGURE_PIXELS_PER_POINT
            figures[block.key] = symptoms_png(entries, first, last, int(width * scale), int(block.height * scale))
        elif isinstance(block, Figure) and block.key == HCG_FIGURE:
            from desktop.exchange.hcg_figure import hcg_png

            figures[block.key] = hcg_png(hcg_entries, int(width * 2), int(block.height * 2))  # drawn at 2 px a point
    del app
    return PrintableSummary(summary, figures)


def geometry_of(device: QPagedPaintDevice) -> PageGeometry:
    """The device's paint area in points (A4 less the margins for the PDF; what the printer gives for paper)."""
    from PySide6.QtGui import QPageLayout

    area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    return PageGeometry(area.width(), area.height())


def print_summary(printable: PrintableSummary, device: QPagedPaintDevice) -> list[Page]:
    """Lay the summary out for ``device``'s pages and paint it there; the pages, as laid out."""
    from PySide6.QtGui import QImage, QPainter

    from desktop.exchange.pdf_paint import QtMeasure, paint_pages

    measure = QtMeasure(device)
    geometry = geometry_of(device)
    pages = paginate(printable.summary, geometry, measure)
    figures = {key: QImage.fromData(png) for key, png in printable.figures.items()}
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("The printer could not be started; nothing was printed.")
    try:
        paint_pages(painter, device, pages, geometry, measure, figures)
    finally:
        painter.end()
    return pages


def render_pdf(printable: PrintableSummary, title: str = "Recovery Journal summary") -> bytes:
    """The summary on A4 pages; the PDF's bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Recovery Journal")
    writer.setResolution(1200)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    margin = PAGE_MARGIN_MM
    writer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    print_summary(printable, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def export_pdf(journal: Journal, path: Path, options: ExportOptions) -> None:
    app = ensure_gui_application()
    write_private_file(path, render_pdf(read_summary(journal, options)))
    del app
