"""Opening a journal file: diagnose it, make its engine, bring its schema to head.

``open_journal`` is the store's one door in. Whatever stops a journal opening
is diagnosed first (``desktop/store/diagnosis.py``) and raised as
JournalFaultError with nothing written; the engine's connections get the
same PRAGMAs every time (WAL, full fsync, foreign keys, temporary tables in
memory), and a folder or file that cannot be written opens read-only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.paths import ensure_private_dir, ensure_private_file
from desktop.store.cipher import PassphraseError, check_passphrase, silence_cipher_log
from desktop.store.diagnosis import Diagnosis, Fault, diagnose_error, diagnose_file, fault
from desktop.store.errors import JournalError
from desktop.store.files import can_write, discard_interrupted_conversions
from desktop.store.journal import Journal
from desktop.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD, read_schema_revision, upgrade_to_head

SQL_LOGGER_SUFFIX = "journal"


def engine_url(path: Path, passphrase: str | None) -> URL:
    """The SQLAlchemy URL for ``path``: plain SQLite, or SQLCipher keyed with ``passphrase``.

    ``URL.create`` keeps the passphrase out of any string form, so spaces,
    quotes, '@', ':' and non-ASCII need no escaping; the pysqlcipher dialect
    quotes it itself when it sends ``PRAGMA key`` on every new connection.
    """
    if passphrase is None:
        return URL.create("sqlite", database=str(path))
    return URL.create("sqlite+pysqlcipher", password=check_passphrase(passphrase), database=str(path))


def _read_only_url(path: Path, passphrase: str | None) -> URL:
    """A URL that never writes: ``immutable`` because SQLite cannot make a WAL index in a read-only folder.

    An immutable open ignores a ``-wal`` left by a crash, so when one with
    content is there (with its ``-shm``, which SQLite cannot create in such a
    folder) the ordinary read-only mode is used instead.
    """
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    pending = wal.is_file() and wal.stat().st_size > 0 and shm.is_file()
    mode = "mode=ro" if pending else "immutable=1"
    database = f"file:{quote(str(path.resolve()))}?{mode}"
    if passphrase is None:
        return URL.create("sqlite", database=database, query={"uri": "true"})
    return URL.create("sqlite+pysqlcipher", password=check_passphrase(passphrase), database=database, query={"uri": "true"})


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")  # no sort or temp table of an encrypted journal in /tmp
    cursor.close()


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def make_engine(url: URL, *, encrypted: bool, writable: bool) -> Engine:
    """An engine whose every connection is configured alike and whose statement log never shows her data."""
    engine = create_engine(url, hide_parameters=True, logging_name=SQL_LOGGER_SUFFIX)
    # SQLAlchemy logs result rows at DEBUG: keep this engine's statement log at WARNING even
    # when a developer turns all logging up, so her text and dates never reach a log.
    logging.getLogger(f"sqlalchemy.engine.Engine.{SQL_LOGGER_SUFFIX}").setLevel(logging.WARNING)
    if encrypted:
        event.listen(engine, "connect", silence_cipher_log, insert=True)  # before the dialect's PRAGMA key
    event.listen(engine, "connect", _configure_sqlite if writable else _configure_read_only)
    return engine


def open_journal(
    path: Path, passphrase: str | None = None, *, start_new: bool = False, verify: bool = False
) -> Journal:
    """Open (creating if needed) the journal at ``path`` and bring its schema to head.

    Without a passphrase the journal is plain SQLite; with one it is SQLCipher
    (a new file is created encrypted). Whatever stops it opening is diagnosed
    first (``desktop/store/diagnosis.py``) and raised as JournalFaultError,
    with nothing written: a wrong passphrase is told from a damaged file, a busy
    or read-only journal from a broken one. A folder or file that cannot be
    written opens read-only (``Journal.read_only``): every read works and
    every write is refused with one line. A missing or empty file beside
    backups is not silently a new journal unless ``start_new`` says so.
    ``verify`` runs SQLite's quick check first (about 10 ms for 5 MB), so
    damaged inner pages are reported at once instead of reading as "no note".
    The directory is made 0700 and the file 0600 before SQLite writes a byte.
    """
    found = diagnose_file(path, passphrase)
    if found is not None and not (start_new and found.fault in (Fault.MISSING, Fault.EMPTY)):
        raise fault(found.fault, path, found.detail)
    writable = can_write(path)
    if not writable and (not path.is_file() or path.stat().st_size == 0):
        raise fault(Fault.READ_ONLY, path, "and there is no journal in it yet")
    try:
        if writable:
            ensure_private_dir(path.parent)
            ensure_private_file(path)
        url = engine_url(path, passphrase) if writable else _read_only_url(path, passphrase)
    except PassphraseError as error:
        raise JournalError(str(error)) from None
    except OSError as error:
        raise fault(*_diagnosed(diagnose_error(path, passphrase, error))) from None
    old_umask = os.umask(0o077)
    try:
        engine = make_engine(url, encrypted=passphrase is not None, writable=writable)
        try:
            with engine.begin() as connection:
                revision = read_schema_revision(connection)
                if revision is not None and revision not in KNOWN_REVISIONS:
                    raise fault(Fault.NEWER_SCHEMA, path, revision)
                if revision != SCHEMA_HEAD:
                    if not writable:
                        raise fault(Fault.READ_ONLY, path, "and it needs an upgrade this version cannot write")
                    upgrade_to_head(connection, revision)
                if verify:
                    verdict = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA quick_check")]
                    if verdict != ["ok"]:
                        raise fault(Fault.DAMAGED, path, _first_words(verdict))
        except JournalError:
            engine.dispose()
            raise
        except (DatabaseError, OperationalError, OSError) as error:
            engine.dispose()
            raise fault(*_diagnosed(diagnose_error(path, passphrase, error))) from None
    finally:
        os.umask(old_umask)
    if writable:
        discard_interrupted_conversions(path)  # only now: a conversion in progress would have kept us out
    journal = Journal(path, engine)
    journal.read_only = not writable
    return journal


def _first_words(lines: list[str], limit: int = 160) -> str:
    """SQLite's findings as one short line (a damaged file can list thousands)."""
    findings = [
        " ".join(line.split()) for row in lines for line in row.splitlines() if line.strip() and not line.startswith("***")
    ]
    if not findings:
        return "SQLite's check failed"
    text = f"SQLite's check found {len(findings)} problem(s), the first: {findings[0]}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _diagnosed(diagnosis: Diagnosis) -> tuple[Fault, Path, str]:
    return diagnosis.fault, diagnosis.path, diagnosis.detail
