"""What an export is asked for beyond its format: read by ``formats`` and by the format modules themselves.

Kept apart so the PDF and ICS writers can take the options without importing
the module that dispatches to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ExportOptions:
    today: date
    reminder_days: int | None = None  # ICS: a VALARM this many days before each coming date
    first: date | None = None  # PDF: the symptom table's range (default: from day 0 of the latest loss)
    last: date | None = None  # default: today
    include_notes: bool = False  # PDF: the day notes are left out unless she asks
    discreet: bool = False  # ICS: neutral titles only ("Milestone", "Recovery Journal"), as in discreet mode
    name: str = ""  # PDF: her name on each page, when she gives one (remembered by the Export dialog only)
