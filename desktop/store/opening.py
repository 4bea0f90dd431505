"""Opening a journal file: the store's one door in (``open_journal``).

Whatever stops a journal opening is diagnosed first
(``desktop/store/diagnosis.py``) and raised as JournalFaultError, with nothing
written. A journal whose schema is at head opens on the lean path
(``desktop/store/lean.py``: the stdlib driver, SQLAlchemy not imported); one
that is behind goes through SQLAlchemy and Alembic (``desktop/store/engine.py``),
which upgrade it first, and keeps that engine for its pages.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.paths import ensure_private_dir, ensure_private_file
from desktop.store.cipher import PassphraseError, check_passphrase
from desktop.store.diagnosis import (
    Diagnosis,
    Fault,
    JournalFaultError,
    diagnose_error,
    diagnose_file,
    fault,
    judge_key,
    needs_upgrade,
    quick_check,
)
from desktop.store.errors import JournalError
from desktop.store.files import can_write, discard_interrupted_conversions
from desktop.store.journal import Journal
from desktop.store.lean import LeanDatabase, connect_lean, driver_for
from desktop.store.rows import Database
from desktop.store.schema import read_schema_revision

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop.store.tables import Tables


def open_journal(
    path: Path,
    passphrase: str | None = None,
    *,
    start_new: bool = False,
    verify: bool = False,
    lean: bool = True,
    key: str | None = None,
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
    ``lean=False`` uses SQLAlchemy's engine for the pages too: for a caller
    about to use the ORM anyway (one connection, and one key derivation for an
    encrypted journal, instead of two). ``key`` is SQLCipher's key for this
    file derived from ``passphrase`` (``cipher.Keys.for_journal``): every
    connection uses it instead of deriving it again (a second of CPU each);
    what went wrong is still judged with the passphrase.
    """
    found = diagnose_file(path, passphrase)
    if found is not None and not (start_new and found.fault in (Fault.MISSING, Fault.EMPTY)):
        raise fault(found.fault, path, found.detail)
    writable = can_write(path)
    if not writable and (not path.is_file() or path.stat().st_size == 0):
        raise fault(Fault.READ_ONLY, path, "and there is no journal in it yet")
    try:
        if passphrase is not None:
            check_passphrase(passphrase)
        if writable:
            ensure_private_dir(path.parent)
            ensure_private_file(path)
    except PassphraseError as error:
        raise JournalError(str(error)) from None
    except OSError as error:
        found = diagnose_error(path, passphrase, error)
        raise fault(found.fault, found.path, found.detail) from None
    key = key if passphrase is not None else None
    pages: Database | None = _open_lean(path, passphrase, writable=writable, verify=verify, key=key) if lean else None
    engine: Engine | None = None
    if pages is None:
        from desktop.store.engine import EngineDatabase, open_engine

        engine = open_engine(path, passphrase, writable=writable, verify=verify, key=key)
        pages = EngineDatabase(engine)
    if writable:
        discard_interrupted_conversions(path)  # only now: a conversion in progress would have kept us out

    def make_tables() -> Tables:
        from desktop.store.engine import open_engine
        from desktop.store.tables import Tables

        made = engine or open_engine(path, passphrase, writable=writable, verify=False, key=key)
        return Tables(path, made, read_only=not writable)

    journal = Journal(path, pages, make_tables, encrypted=passphrase is not None)
    journal.read_only = not writable
    return journal


def check_journal(
    path: Path, passphrase: str | None, *, stop: Callable[[], bool] = lambda: False, key: str | None = None
) -> Diagnosis | None:
    """SQLite's quick check of the open journal at ``path``, on a connection of its own: the damage found, or None.

    The window opens the journal without the check (``verify=False``: at 100,000 pages it
    was a fifth of the time until she could write) and runs this on its task runner once
    she can. The connection reads one snapshot of the file (WAL) and writes nothing, so a
    page she saves meanwhile neither waits for it nor is read half-written. ``stop()`` is
    asked as it goes; once it says yes the check ends early and finds nothing (None).
    Only damage is returned: a busy or vanished file is not damage, and the window's own
    reads and saves say what they meet.
    """
    driver = driver_for(passphrase)
    if stop():
        return None
    try:
        database = connect_lean(path, key or passphrase, writable=can_write(path))  # key: derived once (cipher.Keys)
    except (driver.DatabaseError, OSError) as error:
        return _damage_only(diagnose_error(path, passphrase, error))
    try:
        with database.stoppable(stop), database.reading() as execute:
            execute("PRAGMA query_only=ON", {})
            quick_check(path, execute)
    except JournalFaultError as error:
        # SQLite runs the check's bulk inside one step of its engine, between progress calls:
        # a check stopped meanwhile (the journal closed, the app quitting) reports nothing.
        return None if stop() else _damage_only(error.diagnosis)
    except (driver.DatabaseError, OSError) as error:
        if stop():
            return None
        found = diagnose_error(path, passphrase, error)
        if found.fault is Fault.UNREADABLE and passphrase is not None:
            found = judge_key(path, passphrase)  # SQLCipher calls a page failing its HMAC "SQL logic error"
        return _damage_only(found)
    finally:
        database.close()
    return None


def _damage_only(found: Diagnosis) -> Diagnosis | None:
    return found if found.fault is Fault.DAMAGED else None


def _open_lean(
    path: Path, passphrase: str | None, *, writable: bool, verify: bool, key: str | None = None
) -> LeanDatabase | None:
    """The lean connection when the schema is at head; None when Alembic must upgrade it first."""
    driver = driver_for(passphrase)
    old_umask = os.umask(0o077)
    database: LeanDatabase | None = None
    try:
        database = connect_lean(path, key or passphrase, writable=writable)
        with database.reading() as execute:
            behind = needs_upgrade(path, read_schema_revision(execute), writable=writable)
            if verify and not behind:
                quick_check(path, execute)
        if behind:
            database.close()
            return None
        return database
    except JournalError:
        if database is not None:
            database.close()
        raise
    except (driver.DatabaseError, OSError) as error:
        if database is not None:
            database.close()
        found = diagnose_error(path, passphrase, error)
        raise fault(found.fault, found.path, found.detail) from None
    finally:
        os.umask(old_umask)

