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
from collections.abc import Mapping, Sequence
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
    from desktop.store.records import Appointment

SOURCES_NOTE = (
    "Dates marked 'from your doctor' were entered by the patient from her doctor's instructions."
)


HCG_IMAGE = "hcg-figure.png"  # the name the HTML uses for the hCG picture (a resource of the document)
DISCHARGE_WORDS = {"none": "none", "usual": "usual", "unusual": "unusual (colour or smell)"}


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
    hcg_entries: Sequence[DayRecord] = (),
    hcg_image: str | None = None,
    appointments: Sequence[Appointment] = (),
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

    parts.extend(_day_depth_sections(in_range, hcg_entries, hcg_image, appointments, today))
    parts.append(f"<p><small>{escape(words.not_medical_advice())}</small></p>")  # as the window and CLI say it
    parts.append(f"<p><small>{escape(SOURCES_NOTE)}</small></p>")
    return "\n".join(parts)


def _medicines_cell(day: DayRecord) -> str:
    from desktop.exchange.csv_format import medicine_text

    return "<br>".join(escape(medicine_text(m)) for m in day.medicines)


def _day_depth_sections(
    in_range: Sequence[DayRecord],
    hcg_entries: Sequence[DayRecord],
    hcg_image: str | None,
    appointments: Sequence[Appointment],
    today: date,
) -> list[str]:
    """hCG and tests over time (all of them), medicines and discharge (the range), appointments to come."""
    parts: list[str] = []
    if hcg_entries:
        parts.append("<h3>hCG values and pregnancy tests</h3>")
        parts.append("<p>The values and the days as recorded; no reference ranges are shown.</p>")
        if hcg_image is not None:
            from desktop.exchange.hcg_figure import HcgWords, layout_hcg

            words = HcgWords()
            axis = words.log_axis if layout_hcg(hcg_entries, 640, 240).log_scale else words.axis
            parts.append(f"<p><img src='{hcg_image}' width='640'><br><small>{escape(axis)}</small></p>")
        rows = [
            [e.date.isoformat(), "" if e.hcg_miu_ml is None else _hcg_text(e.hcg_miu_ml), escape(e.test_result or "")]
            for e in hcg_entries
        ]
        parts.append(_table(["Date", "hCG (mIU/mL)", "Test result"], rows, [25, 35, 40]))
    recorded = [e for e in in_range if e.medicines or e.discharge is not None]
    if recorded:
        parts.append("<h3>Medicines and discharge</h3>")
        rows = [[e.date.isoformat(), _medicines_cell(e), escape(DISCHARGE_WORDS.get(e.discharge or "", ""))] for e in recorded]
        parts.append(_table(["Date", "Medicines", "Discharge"], rows, [20, 55, 25]))
    coming = [a for a in appointments if a.day >= today]
    if coming:
        parts.append("<h3>Appointments booked</h3>")
        rows = [[a.day.isoformat(), a.at.strftime("%H:%M"), escape(Wording().appointment_title(a)), escape(a.place)] for a in coming]
        parts.append(_table(["Date", "Time", "What", "Where"], rows, [18, 10, 40, 32]))
    return parts


def _hcg_text(value: float) -> str:
    from desktop.exchange.hcg_figure import value_text

    return value_text(value)


def render_pdf(html: str, title: str, images: Mapping[str, bytes] | None = None) -> bytes:
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
    for name, png in (images or {}).items():  # before setHtml: the layout looks the images up as it goes
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QImage

        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png))
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
    hcg_entries = journal.hcg_series()
    images: dict[str, bytes] = {}
    if any(e.hcg_miu_ml is not None for e in hcg_entries):
        from desktop.exchange.hcg_figure import hcg_png

        images[HCG_IMAGE] = hcg_png(hcg_entries)
    html = build_summary_html(
        history,
        entries,
        options.today,
        first,
        last,
        include_notes=options.include_notes,
        hcg_entries=hcg_entries,
        hcg_image=HCG_IMAGE if images else None,
        appointments=journal.appointments(),
    )
    write_private_file(path, render_pdf(html, "Recovery Journal summary", images))
    del app
