"""What is wrong when the journal does not open (or a write fails), told apart before any way out is offered.

Each failure gets one :class:`Fault`. Only damage, an empty file or a missing
one beside backups offers a restore: a busy journal, a read-only folder, a
full disk or a journal from a newer version are fine files, and replacing
them with a backup would lose her newest days.

The judgement is made from what can be seen without changing a byte: the
header, the size, SQLite's own error, SQLCipher's per-page check (which tells
a wrong key, where every page fails, from a damaged file, where only some do)
and, where even that cannot tell, whether the key opens her backups.

Messages are English templates marked for translation: the CLI prints them as
they are, the window shows them through ``QCoreApplication.translate``.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.cipher import SQLITE_HEADER, failing_pages, key_opens
from desktop.store.errors import JournalError, WrongPassphraseError
from desktop.store.files import FULL_ERRNOS, READ_ONLY_ERRNOS, backup_file_names, can_write, disk_is_full
from desktop.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD

if TYPE_CHECKING:
    from desktop.store.rows import Execute

CIPHER_PAGE_SIZE = 4096  # SQLCipher 4's default, the only size this app writes
CONTEXT = "Diagnosis"  # the translation context of the messages below


def QT_TRANSLATE_NOOP(_context: str, source_text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a message for ``make translations`` without importing Qt into the store."""
    return source_text


class Fault(StrEnum):
    BUSY = "busy"
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    NEWER_SCHEMA = "newer-schema"
    NEEDS_PASSPHRASE = "needs-passphrase"
    NOT_ENCRYPTED = "not-encrypted"
    WRONG_PASSPHRASE = "wrong-passphrase"
    PASSPHRASE_OR_DAMAGE = "passphrase-or-damage"
    DAMAGED = "damaged"
    EMPTY = "empty"
    MISSING = "missing"
    DIRECTORY = "directory"
    UNREADABLE = "unreadable"
    IO_ERROR = "io-error"


MESSAGES: dict[Fault, str] = {
    Fault.BUSY: QT_TRANSLATE_NOOP(
        "Diagnosis", "the journal is busy: another program is writing to it (waited 5 seconds); "
        "nothing was changed, try again in a moment"
    ),
    Fault.READ_ONLY: QT_TRANSLATE_NOOP(
        "Diagnosis", "the journal cannot be written here (its folder or file is read-only){detail}; nothing was changed"
    ),
    Fault.DISK_FULL: QT_TRANSLATE_NOOP(
        "Diagnosis", "the disk is full: nothing was changed; free some space and try again"
    ),
    Fault.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "Diagnosis", "this journal was written by a newer version of Recovery Journal (schema {detail}; this version "
        "reads up to {head}): please update the app; the file was not changed"
    ),
    Fault.NEEDS_PASSPHRASE: QT_TRANSLATE_NOOP("Diagnosis", "{path} is encrypted: a passphrase is needed to open it"),
    Fault.NOT_ENCRYPTED: QT_TRANSLATE_NOOP("Diagnosis", "{path} is not encrypted: open it without a passphrase"),
    Fault.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP("Diagnosis", "wrong passphrase for {path}{detail}"),
    Fault.PASSPHRASE_OR_DAMAGE: QT_TRANSLATE_NOOP(
        "Diagnosis", "wrong passphrase, or the file is damaged (this cannot be told apart here): "
        "try the passphrase again, or a backup; {path} was not changed"
    ),
    Fault.DAMAGED: QT_TRANSLATE_NOOP(
        "Diagnosis", "{path} is not a readable journal: it is damaged ({detail}); the file was not changed, "
        "a backup can replace it"
    ),
    Fault.EMPTY: QT_TRANSLATE_NOOP(
        "Diagnosis", "{path} is empty (0 bytes) while there are backups; the file was not changed, a backup can replace it"
    ),
    Fault.MISSING: QT_TRANSLATE_NOOP(
        "Diagnosis", "there is no journal at {path}, but there are backups of one; nothing was created, "
        "a backup can be restored"
    ),
    Fault.DIRECTORY: QT_TRANSLATE_NOOP(
        "Diagnosis", "{path} is a folder, not a journal file; nothing was changed (move the folder away)"
    ),
    Fault.UNREADABLE: QT_TRANSLATE_NOOP("Diagnosis", "{path} cannot be read ({detail}); nothing was changed"),
    Fault.IO_ERROR: QT_TRANSLATE_NOOP(
        "Diagnosis", "the disk reported an error with {path} ({detail}); nothing was changed"
    ),
}

RESTORE_FAULTS = frozenset({Fault.DAMAGED, Fault.EMPTY, Fault.MISSING, Fault.PASSPHRASE_OR_DAMAGE})
"""The only faults where putting a backup in the journal's place can help (and the current file is kept aside)."""

BAD_INPUT_FAULTS = frozenset({Fault.NEEDS_PASSPHRASE, Fault.NOT_ENCRYPTED, Fault.WRONG_PASSPHRASE, Fault.PASSPHRASE_OR_DAMAGE})
"""Faults caused by what she typed (exit 2 on the CLI); every other one is a fault of the file or the system (exit 1)."""


@dataclass(frozen=True)
class Diagnosis:
    """One failure to open (or to write), with what may be done about it."""

    fault: Fault
    path: Path
    detail: str = ""

    @property
    def offers_restore(self) -> bool:
        return self.fault in RESTORE_FAULTS

    @property
    def retry_may_help(self) -> bool:
        return self.fault in (Fault.BUSY, Fault.DISK_FULL, Fault.IO_ERROR)

    @property
    def exit_code(self) -> int:
        return 2 if self.fault in BAD_INPUT_FAULTS else 1

    def fields(self) -> dict[str, str]:
        """What the message template is filled with (the window fills its translation the same way)."""
        detail = self.detail
        if self.fault in (Fault.READ_ONLY, Fault.WRONG_PASSPHRASE) and detail:
            detail = f" ({detail})"
        return {"path": str(self.path), "detail": detail, "head": SCHEMA_HEAD}

    def message(self, template: str | None = None) -> str:
        """One line for her; ``template`` is the translated MESSAGES entry, if any."""
        return (template or MESSAGES[self.fault]).format(**self.fields())


class JournalFaultError(JournalError):
    """The journal could not be opened or written, for the reason its ``diagnosis`` names."""

    def __init__(self, diagnosis: Diagnosis) -> None:
        super().__init__(diagnosis.message())
        self.diagnosis = diagnosis


class WrongPassphraseFaultError(JournalFaultError, WrongPassphraseError):
    """A wrong passphrase (or, where that cannot be told, a wrong one or damage): callers catching
    WrongPassphraseError keep working."""


def fault(fault: Fault, path: Path, detail: str = "") -> JournalFaultError:
    diagnosis = Diagnosis(fault, path, detail)
    if fault in (Fault.WRONG_PASSPHRASE, Fault.PASSPHRASE_OR_DAMAGE):
        return WrongPassphraseFaultError(diagnosis)
    return JournalFaultError(diagnosis)


# -- before opening: the file as it lies on the disk ------------------------------------------


def looks_like_damaged_plain_header(head: bytes) -> bool:
    """A plain SQLite header whose first bytes were overwritten: the fixed fields after them still say SQLite.

    SQLCipher encrypts everything after its 16-byte salt, so there these bytes
    are random; in a plain file, bytes 21-23 are always 64, 32, 32 and the
    page size at 16-17 is a power of two.
    """
    if len(head) < 24:
        return False
    page_size = int.from_bytes(head[16:18], "big")
    return head[21:24] == b"\x40\x20\x20" and (page_size == 1 or (512 <= page_size <= 32768 and page_size & (page_size - 1) == 0))


PLAIN_SCHEMA_MARKS = (b"CREATE TABLE", b"CREATE INDEX", b"CREATE TRIGGER")
SCAN_BYTES = 1024 * 1024  # the schema (sqlite_master) and the first b-tree pages lie well within this
_BTREE_PAGE_TYPES = {0x00, 0x02, 0x05, 0x0A, 0x0D}  # b-tree pages; 0 starts overflow and freelist pages


def holds_plain_pages(start: bytes, page_size: int = 4096) -> bool:
    """Pages readable as plain SQLite after page 1: a plain file, whatever its header says.

    SQLCipher encrypts every page, so there the first byte of each page is
    random, and its table definitions never show as text. In a plain journal
    every page after the first starts with a b-tree page type (or 0), and
    "CREATE TABLE" stands in sqlite_master. Either tells a plain journal whose
    whole header was overwritten from an encrypted one (eight random pages all
    passing by chance: about 1 in 10^13), so damage is never taken for encryption.
    """
    if any(mark in start for mark in PLAIN_SCHEMA_MARKS):
        return True
    firsts = [start[offset] for offset in range(page_size, len(start), page_size)][:8]
    return len(firsts) >= 4 and all(byte in _BTREE_PAGE_TYPES for byte in firsts)


def plain_page_size(head: bytes) -> int:
    value = int.from_bytes(head[16:18], "big")
    return 65536 if value == 1 else value


def has_backup_files(path: Path) -> bool:
    return bool(backup_file_names(path))


def diagnose_file(path: Path, passphrase: str | None) -> Diagnosis | None:
    """What is wrong with the file at ``path`` before SQLite touches it; None when it may be opened.

    A missing or 0-byte file is a new journal, unless backups say there was one.
    """
    if path.is_dir():
        return Diagnosis(Fault.DIRECTORY, path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            start = handle.read(SCAN_BYTES)
            head = start[:100]
    except FileNotFoundError:
        return Diagnosis(Fault.MISSING, path) if has_backup_files(path) else None
    except OSError as error:
        return _from_os_error(path, error)
    if size == 0:
        return Diagnosis(Fault.EMPTY, path) if has_backup_files(path) else None
    if head.startswith(SQLITE_HEADER):
        if passphrase is not None:
            return Diagnosis(Fault.NOT_ENCRYPTED, path)
        page = plain_page_size(head)
        if len(head) < 100 or size % page:
            return Diagnosis(Fault.DAMAGED, path, f"its size, {size} bytes, is not a whole number of {page}-byte pages")
        return None
    if looks_like_damaged_plain_header(head) or head[:16] == bytes(16) or holds_plain_pages(start):
        return Diagnosis(Fault.DAMAGED, path, "its header is overwritten")
    if size % CIPHER_PAGE_SIZE:
        return Diagnosis(
            Fault.DAMAGED, path, f"its size, {size} bytes, is not a whole number of {CIPHER_PAGE_SIZE}-byte pages"
        )
    if passphrase is None:
        return Diagnosis(Fault.NEEDS_PASSPHRASE, path)
    return None


def file_kind(path: Path) -> str:
    """``"new"``, ``"plain"``, ``"encrypted"`` or ``"damaged"`` from the header and size alone."""
    found = diagnose_file(path, None)
    if found is None:
        return "new" if not path.is_file() or path.stat().st_size == 0 else "plain"
    if found.fault is Fault.NEEDS_PASSPHRASE:
        return "encrypted"
    if found.fault in (Fault.MISSING, Fault.EMPTY):
        return "new"
    return "damaged"


def journal_format(path: Path) -> str:
    """``"new"`` (missing or empty), ``"plain"``, ``"encrypted"`` or ``"unknown"``, from the header alone.

    SQLCipher files look random from byte 0 (a salt), so "encrypted" means:
    not plain SQLite, no plain SQLite header fields after a damaged first 16
    bytes, and a whole number of 4096-byte pages. Anything else is damaged
    ("unknown"), and never asks for a passphrase she never set.
    """
    kind = file_kind(path)
    return "unknown" if kind == "damaged" else kind


def is_encrypted(path: Path) -> bool:
    """True when ``path`` is a SQLCipher file, so it needs a passphrase to open."""
    return journal_format(path) == "encrypted"


# -- after a failure: SQLite's or the system's error, judged ----------------------------------


def _from_os_error(path: Path, error: OSError) -> Diagnosis:
    if error.errno in FULL_ERRNOS:
        return Diagnosis(Fault.DISK_FULL, path)
    if error.errno == errno.EISDIR:
        return Diagnosis(Fault.DIRECTORY, path)
    if error.errno in READ_ONLY_ERRNOS:
        if error.errno == errno.EACCES and not os.access(path, os.R_OK) and path.exists():
            return Diagnosis(Fault.UNREADABLE, path, "permission denied")
        return Diagnosis(Fault.READ_ONLY, path)
    return Diagnosis(Fault.IO_ERROR, path, error.strerror or type(error).__name__)


def sqlite_reason(error: BaseException) -> str:
    """SQLite's own words (SQLAlchemy wraps them with the statement, which is never shown)."""
    original = getattr(error, "orig", None)
    return str(original if original is not None else error)


def diagnose_error(path: Path, passphrase: str | None, error: BaseException) -> Diagnosis:
    """Judge an exception raised while opening or using the journal at ``path``."""
    if isinstance(error, JournalFaultError):
        return error.diagnosis
    if isinstance(error, OSError):
        return _from_os_error(path, error)
    reason = sqlite_reason(error)
    lowered = reason.lower()
    if "locked" in lowered or "busy" in lowered:
        return Diagnosis(Fault.BUSY, path)
    if "readonly" in lowered or "read-only" in lowered:
        return Diagnosis(Fault.READ_ONLY, path)
    if "disk is full" in lowered:
        return Diagnosis(Fault.DISK_FULL, path)
    if "disk i/o error" in lowered:
        return Diagnosis(Fault.DISK_FULL if disk_is_full(path.parent) else Fault.IO_ERROR, path, reason)
    if "unable to open database file" in lowered:
        if path.is_dir():
            return Diagnosis(Fault.DIRECTORY, path)
        if disk_is_full(path.parent):
            return Diagnosis(Fault.DISK_FULL, path)
        if not can_write(path):
            return Diagnosis(Fault.READ_ONLY, path)
        return Diagnosis(Fault.UNREADABLE, path, reason)
    if "file is not a database" in lowered and passphrase is not None:
        return judge_key(path, passphrase)
    if any(word in lowered for word in ("malformed", "corrupt", "not a database", "no such table")):
        return Diagnosis(Fault.DAMAGED, path, reason)
    return Diagnosis(Fault.UNREADABLE, path, reason)


def judge_key(path: Path, passphrase: str) -> Diagnosis:
    """Page 1 does not decrypt: a wrong key, or damage? Told apart where the file allows it.

    With the right key only the damaged pages fail their HMAC; with a wrong one
    every page does. When every page fails (the salt itself may be damaged), a
    backup that opens with the same key proves the key right.
    """
    pages = path.stat().st_size // CIPHER_PAGE_SIZE
    failing = failing_pages(path, passphrase)
    if failing is not None and failing < pages:
        return Diagnosis(
            Fault.DAMAGED, path, f"{failing} of {pages} pages fail their check although the passphrase is right"
        )
    encrypted_backups = [b for b in backup_file_names(path) if file_kind(b) == "encrypted"]
    if any(key_opens(backup, passphrase) for backup in encrypted_backups[:3]):
        return Diagnosis(Fault.DAMAGED, path, "its first page is damaged; the passphrase opens your backups")
    if encrypted_backups:
        return Diagnosis(Fault.WRONG_PASSPHRASE, path, "it opens none of the backups either")
    return Diagnosis(Fault.PASSPHRASE_OR_DAMAGE, path)


FAULTS_OF_THE_FILE = frozenset(
    {Fault.BUSY, Fault.READ_ONLY, Fault.DISK_FULL, Fault.DAMAGED, Fault.IO_ERROR, Fault.DIRECTORY}
)
"""What a failed write or read on an open journal is translated into; anything else is a bug to see whole."""


def fault_of_the_file(path: Path, error: BaseException) -> BaseException:
    """A failed read or write on the open journal as one plain line, or the error itself when it is a bug."""
    found = diagnose_error(path, None, error)
    if found.fault not in FAULTS_OF_THE_FILE:
        return error
    return fault(found.fault, path, found.detail)


# -- at open, once SQLite reads the file ---------------------------------------------------------


def needs_upgrade(path: Path, revision: str | None, *, writable: bool) -> bool:
    """Whether the schema must be upgraded before use; a newer one, or one a read-only folder keeps old, is refused."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise fault(Fault.NEWER_SCHEMA, path, revision)
    if revision == SCHEMA_HEAD:
        return False
    if not writable:
        raise fault(Fault.READ_ONLY, path, "and it needs an upgrade this version cannot write")
    return True


def quick_check(path: Path, execute: Execute) -> None:
    """SQLite's quick check (about 10 ms for 5 MB): damaged inner pages are reported at once, not read as "no note"."""
    verdict = [str(row[0]) for row in execute("PRAGMA quick_check", {})]
    if verdict != ["ok"]:
        raise fault(Fault.DAMAGED, path, _first_words(verdict))


def _first_words(lines: list[str], limit: int = 160) -> str:
    """SQLite's findings as one short line (a damaged file can list thousands)."""
    findings = [
        " ".join(line.split()) for row in lines for line in row.splitlines() if line.strip() and not line.startswith("***")
    ]
    if not findings:
        return "SQLite's check failed"
    text = f"SQLite's check found {len(findings)} problem(s), the first: {findings[0]}"
    return text if len(text) <= limit else text[: limit - 1] + "…"
