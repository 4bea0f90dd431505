"""The journal file: typed models, migrations, and one-transaction operations. No Qt here.

A lazy package (PEP 562): ``from desktop.store import open_journal`` imports
only what opening a journal needs, so the window can open one and show a day
without importing SQLAlchemy (``desktop/store/lean.py``). Each name comes from
the module that defines it: errors from ``errors``, records and rules from
``records``, ``open_journal`` from ``opening`` and ``Journal`` from ``journal``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.errors import JournalError, WrongPassphraseError
    from desktop.store.journal import Journal
    from desktop.store.opening import open_journal
    from desktop.store.records import (
        BLEEDING_LEVELS,
        DayLogMarks,
        DayRecord,
        EntryRecord,
        JournalCounts,
        parse_event_kind,
    )

_HOME = {
    "BLEEDING_LEVELS": "records",
    "DayLogMarks": "records",
    "DayRecord": "records",
    "EntryRecord": "records",
    "JournalCounts": "records",
    "parse_event_kind": "records",
    "JournalError": "errors",
    "WrongPassphraseError": "errors",
    "Journal": "journal",
    "open_journal": "opening",
}

__all__ = [
    "BLEEDING_LEVELS",
    "DayLogMarks",
    "DayRecord",
    "EntryRecord",
    "Journal",
    "JournalCounts",
    "JournalError",
    "WrongPassphraseError",
    "open_journal",
    "parse_event_kind",
]


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first use (submodules such as ``models`` import as usual)."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
