"""The SQLAlchemy engine of a journal: its URL, its connections' settings, and the Alembic upgrade at open.

Only imported when SQLAlchemy is needed: a journal whose schema is behind
(Alembic upgrades it), ``open_journal(..., lean=False)``, or the first
operation of ``desktop/store/tables.py``. Its connections are configured by
the same functions as the lean path's (``desktop/store/lean.py``), and
:class:`EngineDatabase` runs the pages' statements (``desktop/store/rows.py``)
on it, so the two paths read and write alike.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from desktop.store import lean
from desktop.store.cipher import check_passphrase, silence_cipher_log
from desktop.store.diagnosis import diagnose_error, fault, needs_upgrade, quick_check
from desktop.store.errors import JournalError
from desktop.store.rows import Execute
from desktop.store.schema import read_schema_revision, upgrade_to_head

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
    """A URL that never writes (see ``lean.read_only_uri``)."""
    database = lean.read_only_uri(path)
    if passphrase is None:
        return URL.create("sqlite", database=database, query={"uri": "true"})
    return URL.create("sqlite+pysqlcipher", password=check_passphrase(passphrase), database=database, query={"uri": "true"})


def make_engine(url: URL, *, encrypted: bool, writable: bool) -> Engine:
    """An engine whose every connection is configured alike and whose statement log never shows her data."""
    engine = create_engine(url, hide_parameters=True, logging_name=SQL_LOGGER_SUFFIX)
    # SQLAlchemy logs result rows at DEBUG: keep this engine's statement log at WARNING even
    # when a developer turns all logging up, so her text and dates never reach a log.
    logging.getLogger(f"sqlalchemy.engine.Engine.{SQL_LOGGER_SUFFIX}").setLevel(logging.WARNING)
    if encrypted:
        event.listen(engine, "connect", silence_cipher_log, insert=True)  # before the dialect's PRAGMA key
    event.listen(engine, "connect", lean.configure_sqlite if writable else lean.configure_read_only)
    return engine


def driver_sql(connection: Connection) -> Execute:
    """The pages' statements on a SQLAlchemy connection, inside whatever transaction it is in."""

    def execute(sql: str, parameters: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
        result = connection.exec_driver_sql(sql, dict(parameters))
        return result.all() if result.returns_rows else []

    return execute


class EngineDatabase:
    """The pages on the SQLAlchemy engine (a journal that was upgraded at open, or ``lean=False``)."""

    errors: tuple[type[BaseException], ...] = (DatabaseError,)
    integrity_errors: tuple[type[BaseException], ...] = (IntegrityError,)

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def reading(self) -> Iterator[Execute]:
        with self.engine.connect() as connection:
            yield driver_sql(connection)

    @contextmanager
    def writing(self) -> Iterator[Execute]:
        with self.engine.begin() as connection:
            yield driver_sql(connection)

    def close(self) -> None:
        self.engine.dispose()


def open_engine(path: Path, passphrase: str | None, *, writable: bool, verify: bool, key: str | None = None) -> Engine:
    """The engine of the journal at ``path``, its schema brought to head with Alembic (in one transaction).

    The file itself was diagnosed and made private by ``open_journal`` first.
    ``key`` (``cipher.Keys``) keys every connection of the pool (one per thread)
    without deriving it again; a fault is still judged with the passphrase.
    """
    keyed = key if passphrase is not None and key is not None else passphrase
    url = engine_url(path, keyed) if writable else _read_only_url(path, keyed)
    old_umask = os.umask(0o077)
    try:
        engine = make_engine(url, encrypted=passphrase is not None, writable=writable)
        try:
            with engine.begin() as connection:
                revision = read_schema_revision(driver_sql(connection))
                if needs_upgrade(path, revision, writable=writable):
                    upgrade_to_head(connection, revision)
                if verify:
                    quick_check(path, driver_sql(connection))
        except JournalError:
            engine.dispose()
            raise
        except (DatabaseError, OperationalError, OSError) as error:
            engine.dispose()
            found = diagnose_error(path, passphrase, error)
            raise fault(found.fault, found.path, found.detail) from None
    finally:
        os.umask(old_umask)
    return engine
