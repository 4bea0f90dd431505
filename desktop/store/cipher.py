"""SQLCipher plumbing shared by opening a journal and converting it.

A journal file is either plain SQLite (readable by the ``sqlite3`` command) or
a SQLCipher 4 file. Which one it is can be told from its first bytes without a
key (``desktop/store/diagnosis.py``: ``is_encrypted``), so the app never has to
guess by trying passphrases.

The passphrase only ever lives in memory: it is handed to SQLAlchemy as the
password of a ``URL`` object (whose ``repr`` hides it, see
``desktop/store/engine.py``) or quoted into a ``PRAGMA key`` on a raw
connection. It is never logged or written anywhere. Imports nothing of the
store, so every other module may ask it.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def quote_literal(value: str) -> str:
    """An SQL string literal; used for PRAGMA key/rekey, which take no bound parameters."""
    return "'" + value.replace("'", "''") + "'"


def silence_cipher_log(dbapi_connection: Any, _record: object = None) -> None:
    """SQLCipher writes decryption failures to stderr by default; the app reports them itself."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.close()


def plain_sqlite_connect(path: Path) -> sqlite3.Connection:
    """The default connection factory of backups: an unencrypted SQLite file."""
    return sqlite3.connect(str(path), isolation_level=None)


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
        return plain_sqlite_connect
    return functools.partial(connect_raw, passphrase=passphrase)


def failing_pages(path: Path, passphrase: str) -> int | None:
    """How many pages fail SQLCipher's HMAC check with this key (None if the check could not run)."""
    try:
        connection = connect_raw(path, passphrase)
        try:
            return len(connection.execute("PRAGMA cipher_integrity_check").fetchall())
        finally:
            connection.close()
    except Exception:  # sqlcipher3's errors have no base we can name without importing it first
        return None
