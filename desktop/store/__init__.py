"""The journal file: typed models, migrations, and one-transaction operations. No Qt here.

The names the rest of the app uses, from the module that defines each:
errors in ``errors``, records and rules in ``records``, ``open_journal`` in
``engine`` and the ``Journal`` class in ``journal``.
"""

from desktop.store.engine import open_journal
from desktop.store.errors import JournalError, WrongPassphraseError
from desktop.store.journal import Journal
from desktop.store.records import (
    BLEEDING_LEVELS,
    DayLogMarks,
    DayRecord,
    EntryRecord,
    JournalCounts,
    parse_event_kind,
)

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
