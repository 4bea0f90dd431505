"""The lean path: one stdlib ``sqlite3`` (or ``sqlcipher3``) connection for opening, reading and saving pages.

Importing SQLAlchemy costs the window about 35 MB and tens of milliseconds
before the first page shows; what it needs at open (the history, the month's
marks, the day's page) and saving a day need none of it. This connection
runs the statements of ``desktop/store/rows.py`` (the same text the
SQLAlchemy path runs) on a journal whose schema is already at head; a
journal that needs an upgrade goes through Alembic first
(``desktop/store/opening.py``). Every connection, lean or SQLAlchemy's, is
configured by the functions below, so both behave alike.

The connection may be used from any thread (the window saves on a worker),
one statement group at a time under a lock; writes run in ``BEGIN
IMMEDIATE`` transactions, so the read of a day's page and its write can
never interleave with another writer.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from desktop.store.cipher import check_passphrase, quote_literal, silence_cipher_log
from desktop.store.rows import Execute


def configure_sqlite(dbapi_connection: Any, _record: object = None) -> None:
    """Every writable connection: WAL, a full fsync on commit, foreign keys, temporary tables in memory."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")  # no sort or temp table of an encrypted journal in /tmp
    cursor.close()


def configure_read_only(dbapi_connection: Any, _record: object = None) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def read_only_uri(path: Path) -> str:
    """A URI that never writes: ``immutable`` because SQLite cannot make a WAL index in a read-only folder.

    An immutable open ignores a ``-wal`` left by a crash, so when one with
    content is there (with its ``-shm``, which SQLite cannot create in such a
    folder) the ordinary read-only mode is used instead.
    """
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    pending = wal.is_file() and wal.stat().st_size > 0 and shm.is_file()
    mode = "mode=ro" if pending else "immutable=1"
    return f"file:{quote(str(path.resolve()))}?{mode}"


class LeanDatabase:
    """One DB-API connection, its driver's errors, and a lock so threads take turns."""

    def __init__(self, connection: Any, driver: Any) -> None:
        self._connection = connection
        self._lock = threading.Lock()
        self.errors: tuple[type[BaseException], ...] = (driver.DatabaseError,)
        self.integrity_errors: tuple[type[BaseException], ...] = (driver.IntegrityError,)

    def _execute(self, sql: str, parameters: Mapping[str, Any] | Sequence[Any] = ()) -> Iterable[Sequence[Any]]:
        return list(self._connection.execute(sql, parameters))

    @contextmanager
    def reading(self) -> Iterator[Execute]:
        with self._lock:
            yield self._execute

    @contextmanager
    def writing(self) -> Iterator[Execute]:
        """One ``BEGIN IMMEDIATE`` transaction: committed when the block ends, rolled back if it raises."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._execute
                self._connection.execute("COMMIT")
            except BaseException:
                if self._connection.in_transaction:  # a failed COMMIT (a full disk) leaves it open
                    self._connection.execute("ROLLBACK")
                raise

    @contextmanager
    def stoppable(self, stop: Callable[[], bool], every: int = 10_000) -> Iterator[None]:
        """Statements inside the block end with the driver's "interrupted" error once ``stop()`` says yes.

        SQLite asks ``stop`` every ``every`` steps of its engine, also inside one long
        statement (``PRAGMA quick_check``), so a check on a worker ends soon after a quit.
        """
        self._connection.set_progress_handler(lambda: 1 if stop() else 0, every)
        try:
            yield
        finally:
            self._connection.set_progress_handler(None, every)

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def driver_for(passphrase: str | None) -> Any:
    """The DB-API module for a journal: the stdlib's ``sqlite3``, or ``sqlcipher3`` for an encrypted one."""
    if passphrase is None:
        return sqlite3
    from sqlcipher3 import dbapi2

    return dbapi2


def connect_lean(path: Path, passphrase: str | None, *, writable: bool) -> LeanDatabase:
    """Open ``path`` on the stdlib driver (``sqlcipher3`` when a passphrase is given) and configure it.

    The key is proven by the first statement (setting WAL reads the header),
    which fails the way SQLAlchemy's first statement would; the driver's
    errors (``driver_for(passphrase).DatabaseError``) are the caller's to judge.
    """
    database, uri = (str(path), False) if writable else (read_only_uri(path), True)
    driver = driver_for(passphrase)
    connection = driver.connect(database, uri=uri, isolation_level=None, check_same_thread=False)
    if passphrase is not None:
        silence_cipher_log(connection)
        connection.execute(f"PRAGMA key = {quote_literal(check_passphrase(passphrase))}")
    try:
        (configure_sqlite if writable else configure_read_only)(connection, None)
    except BaseException:
        connection.close()
        raise
    return LeanDatabase(connection, driver)
