"""A PDF summary to bring to a gynecologist visit, laid out by Qt (QTextDocument → QPdfWriter).

What it holds: the recorded dates, the milestone plan with the source and
status of every date, and a table of symptoms for a chosen range. Day notes
are private by default and appear only when ``include_notes`` is set (the
notes of recorded dates, too). The document is built as simple HTML (only
what QTextDocument renders well: tables, headings, paragraphs), then written
into memory and saved 0600 like every export.

Qt needs a QGuiApplication to lay out text; the GUI has one, and the CLI gets
an offscreen one from :func:`ensure_gui_application`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.exchange.files import write_private_file
from desktop.exchange.options import ExportOptions
from desktop.guidance import History, day_zero_for, milestones_for
from desktop.store.records import DayRecord
from desktop.wording import Wording

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from desktop.store import Journal

SOURCES_NOTE = (
    "Dates marked 'from your doctor' were entered by the patient from her doctor's instructions."
)


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen one when none runs (the CLI). Keep the result alive."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        platform = [] if os.environ.get("QT_QPA_PLATFORM") else ["-platform", "offscreen"]
        app = QGuiApplication(["recovery-journal", *platform])
    return app


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    """An HTML table; ``widths`` in percent keep dates from wrapping when a notes column is wide."""
    widths = widths or [0] * len(headers)
    head = "".join(
        f"<th align='left' bgcolor='#eeeeee'{f' width={w}%' if w else ''}>{escape(h)}</th>"
        for h, w in zip(headers, widths, strict=True)
    )
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{body}</table>"


def default_range(history: History, today: date) -> tuple[date, date]:
    """From day 0 of the latest loss (or 30 days ago) to today."""
    day_zero = day_zero_for(history)
    first = (
        day_zero.date if day_zero is not None and day_zero.date <= today else date.fromordinal(today.toordinal() - 30)
    )
    return first, today


def build_summary_html(
    history: History,
    entries: Sequence[DayRecord],
    today: date,
    first: date,
    last: date,
    *,
    include_notes: bool,
) -> str:
    words = Wording()  # the summary is in English, dates ISO
    parts = [
        "<h2>Recovery Journal — summary for a gynecologist visit</h2>",
        f"<p>Prepared on {today.isoformat()}. Symptoms from {first.isoformat()} to {last.isoformat()}.</p>",
        "<h3>Recorded dates</h3>",
    ]
    if history.events:
        headers = ["Date", "What"] + (["Note"] if include_notes else [])
        widths = [20, 30, 50] if include_notes else [20, 80]
        rows = [
            [e.date.isoformat(), escape(words.kind_label(e.kind))] + ([escape(e.note)] if include_notes else [])
            for e in history.events
        ]
        parts.append(_table(headers, rows, widths))
    else:
        parts.append("<p>No dates recorded.</p>")

    parts.append("<h3>Milestone plan</h3>")
    milestones = milestones_for(history, today)
    if milestones:
        if counts_from := words.counts_from(history):  # which date the plan counts from, said plainly
            parts.append(f"<p>{escape(counts_from)}</p>")
        rows = [
            [escape(words.title(m)), escape(words.when(m)), escape(words.source_of(m)), escape(words.status(m))] for m in milestones
        ]
        parts.append(_table(["Milestone", "Date", "Source", f"Status on {today.isoformat()}"], rows, [30, 26, 22, 22]))
    else:
        parts.append("<p>No loss is recorded, so there is no plan.</p>")

    parts.append(f"<h3>Symptoms, {first.isoformat()} to {last.isoformat()}</h3>")
    in_range = [e for e in entries if first <= e.date <= last]
    if in_range:
        parts.append("<p>Pain on a scale of 0 to 10, mood on a scale of 1 to 5, temperature in °C.</p>")
        headers = ["Date", "Bleeding", "Pain", "Temp", "Mood", "Tags"]
        widths = [15, 13, 8, 9, 9, 46]
        if include_notes:
            headers.append("Notes")
            widths = [15, 13, 8, 9, 9, 13, 33]
        rows = []
        for e in in_range:
            row = [
                e.date.isoformat(),
                escape(e.bleeding or ""),
                "" if e.pain is None else str(e.pain),
                "" if e.temperature_c is None else f"{e.temperature_c:.1f}",
                "" if e.mood is None else str(e.mood),
                escape(", ".join(e.tags)),
            ]
            if include_notes:
                row.append(escape(e.text).replace("\n", "<br>"))
            rows.append(row)
        parts.append(_table(headers, rows, widths))
    else:
        parts.append("<p>Nothing recorded in this range.</p>")

    parts.append(f"<p><small>{escape(words.not_medical_advice())}</small></p>")  # as the window and CLI say it
    parts.append(f"<p><small>{escape(SOURCES_NOTE)}</small></p>")
    return "\n".join(parts)


def render_pdf(html: str, title: str) -> bytes:
    """Lay the HTML out on A4 pages and return the PDF's bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Recovery Journal")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds its own 2 cm margin (and page numbers) on top of these.
    writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    document = QTextDocument()
    document.setDefaultFont(QFont("Sans Serif", 10))
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def export_pdf(journal: Journal, path: Path, options: ExportOptions) -> None:
    app = ensure_gui_application()
    history = journal.history()
    default_first, default_last = default_range(history, options.today)
    first = options.first or default_first
    last = options.last or max(default_last, first)
    entries = journal.entries_between(first, last)
    html = build_summary_html(history, entries, options.today, first, last, include_notes=options.include_notes)
    write_private_file(path, render_pdf(html, "Recovery Journal summary"))
    del app
