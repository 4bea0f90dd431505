"""SQLCipher plumbing shared by opening a journal and converting it.

A journal file is either plain SQLite (readable by the ``sqlite3`` command) or
a SQLCipher 4 file. Which one it is can be told from its first 16 bytes
without a key, so the app never has to guess by trying passphrases.

The passphrase only ever lives in memory: it is handed to SQLAlchemy as the
password of a ``URL`` object (whose ``repr`` hides it) or quoted into a
``PRAGMA key`` on a raw connection. It is never logged or written anywhere.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

SQLITE_HEADER = b"SQLite format 3\x00"


class PassphraseError(ValueError):
    """A passphrase that cannot be used at all (empty, or with a NUL character)."""


def check_passphrase(passphrase: str) -> str:
    """Refuse what SQLCipher would silently mishandle; return the passphrase unchanged."""
    if not passphrase:
        raise PassphraseError("the passphrase is empty")
    if "\x00" in passphrase:
        raise PassphraseError("the passphrase contains a NUL character")
    return passphrase


def journal_format(path: Path) -> str:
    """``"new"`` (missing or empty), ``"plain"``, ``"encrypted"`` or ``"unknown"``, from the header alone.

    SQLCipher files look random from byte 0 (a salt), so "encrypted" means:
    not plain SQLite, no plain SQLite header fields after a damaged first 16
    bytes, and a whole number of 4096-byte pages. Anything else is damaged
    ("unknown"), and never asks for a passphrase she never set (see
    ``desktop/store/diagnosis.py``).
    """
    from desktop.store.diagnosis import file_kind

    kind = file_kind(path)
    return "unknown" if kind == "damaged" else kind


def is_encrypted(path: Path) -> bool:
    """True when ``path`` is a SQLCipher file, so it needs a passphrase to open."""
    return journal_format(path) == "encrypted"


def key_opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file at ``path`` (reads its schema; writes nothing)."""
    try:
        connection = connect_raw(path, passphrase)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except Exception:  # a wrong key, damage, or a file that went away: it does not open
        return False
    return True


def engine_url(path: Path, passphrase: str | None) -> URL:
    """The SQLAlchemy URL for ``path``: plain SQLite, or SQLCipher keyed with ``passphrase``.

    ``URL.create`` keeps the passphrase out of any string form, so spaces,
    quotes, '@', ':' and non-ASCII need no escaping; the pysqlcipher dialect
    quotes it itself when it sends ``PRAGMA key`` on every new connection.
    """
    if passphrase is None:
        return URL.create("sqlite", database=str(path))
    return URL.create("sqlite+pysqlcipher", password=check_passphrase(passphrase), database=str(path))


def quote_literal(value: str) -> str:
    """An SQL string literal; used for PRAGMA key/rekey, which take no bound parameters."""
    return "'" + value.replace("'", "''") + "'"


def silence_cipher_log(dbapi_connection: Any, _record: object = None) -> None:
    """SQLCipher writes decryption failures to stderr by default; the app reports them itself."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.close()


def connect_raw(path: Path, passphrase: str | None) -> Any:
    """A bare ``sqlcipher3`` connection (keyed when a passphrase is given), for conversions.

    Temporary tables and sort files stay in memory, so no decrypted page ever
    reaches a temp directory.
    """
    import sqlcipher3

    connection = sqlcipher3.connect(str(path), isolation_level=None)
    silence_cipher_log(connection)
    if passphrase is not None:
        connection.execute(f"PRAGMA key = {quote_literal(check_passphrase(passphrase))}")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def connection_factory(passphrase: str | None) -> Callable[[Path], Any]:
    """How backups open a file of this journal: plain SQLite, or SQLCipher with the same key.

    A backup made through a keyed connection is encrypted with that key, so the
    backups of an encrypted journal never hold plaintext.
    """
    if passphrase is None:
        from desktop.store.backup import plain_sqlite_connect

        return plain_sqlite_connect
    return functools.partial(connect_raw, passphrase=passphrase)
