"""One entry point for every export format, for the CLI and the GUI worker.

Each format lives in its own module and is imported only when used (the PDF
writer pulls in Qt).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.exchange.options import ExportOptions

if TYPE_CHECKING:
    from desktop.store import Journal

__all__ = ["ExportOptions", "export_to"]  # ExportOptions keeps its old import path for callers


def export_to(format_name: str, journal: Journal, path: Path, options: ExportOptions) -> None:
    if format_name == "json":
        from desktop.exchange.json_format import export_json

        export_json(journal, path)
    elif format_name == "csv":
        from desktop.exchange.csv_format import export_csv

        export_csv(journal, path)
    elif format_name in ("ics", "pdf"):
        _export_plan(format_name, journal, path, options)
    else:
        raise ValueError(f"unknown export format {format_name!r}")


def _export_plan(format_name: str, journal: Journal, path: Path, options: ExportOptions) -> None:
    """ICS and PDF carry the plan: a stored date it cannot be worked out from is one line naming that date."""
    from desktop.exchange.files import ExportError
    from desktop.guidance.engine import UnplannableDateError

    try:
        if format_name == "ics":
            from desktop.exchange.ics_format import export_ics

            export_ics(
                journal, path, today=options.today, reminder_days=options.reminder_days, discreet=options.discreet
            )
        else:
            from desktop.exchange.pdf_summary import export_pdf

            export_pdf(journal, path, options)
    except UnplannableDateError as error:
        raise ExportError(f"{error}; correct that date under Recorded dates, then export again") from None
