"""The journal file: typed models, migrations, and one-transaction operations. No Qt here."""

from desktop.store.journal import (
    BLEEDING_LEVELS,
    DayLogMarks,
    DayRecord,
    EntryRecord,
    Journal,
    JournalCounts,
    JournalError,
    WrongPassphraseError,
    open_journal,
    parse_event_kind,
)

__all__ = [
    "BLEEDING_LEVELS",
    "DayLogMarks",
    "DayRecord",
    "EntryRecord", "Journal", "JournalCounts", "JournalError", "open_journal", "parse_event_kind",
    "WrongPassphraseError",
]
