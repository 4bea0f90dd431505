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
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"

# SQLCipher 4's default key derivation (``PRAGMA cipher_default_settings``): kept as they are, so a
# key derived here is the very key SQLCipher derives from the passphrase, at the same strength.
KDF_ALGORITHM = "sha512"  # PBKDF2_HMAC_SHA512
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16  # the first 16 bytes of the file


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


def file_salt(path: Path) -> bytes | None:
    """The KDF salt SQLCipher reads from ``path`` (its first 16 bytes); None for a missing, short or plain file."""
    try:
        with open(path, "rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError:
        return None
    if len(salt) < SALT_BYTES or salt == SQLITE_HEADER:
        return None
    return salt


def raw_key(key: bytes, salt: bytes) -> str:
    """SQLCipher's raw key literal with an explicit salt (``x'<64 hex key><32 hex salt>'``).

    Given as the key, SQLCipher skips PBKDF2 (a few microseconds instead of a
    second of CPU); the explicit salt makes a new file made with it (a backup's
    copy) carry the journal's salt, so the passphrase opens that file too.
    """
    return f"x'{key.hex().upper()}{salt.hex().upper()}'"


def derive_key(passphrase: str, salt: bytes) -> str:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with ``salt``, as a raw key literal."""
    import hashlib  # here: the prompt waits for this module to say the file is encrypted

    key = hashlib.pbkdf2_hmac(KDF_ALGORITHM, check_passphrase(passphrase).encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return raw_key(key, salt)


class Keys:
    """A passphrase and the SQLCipher keys derived from it, each derived once per salt.

    Deriving a key is a second of CPU; the window needs it for the journal, for
    every thread's connection, for each backup made or listed, for an export. A
    session keeps one ``Keys`` and asks ``for_file(path)`` for whatever it opens:
    the salt is read from the file each time (a restore may have replaced it),
    and each distinct salt is derived once, on whichever thread asks first.
    Thread-safe. The keys live in memory only; nothing here logs or writes them.
    """

    def __init__(self, passphrase: str) -> None:
        self.passphrase = check_passphrase(passphrase)
        self._by_salt: dict[bytes, str] = {}
        self._home: str | None = None  # the journal's key: what a new file (a backup's copy) is made with
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Keys(<{len(self._by_salt)} derived>)"  # never the passphrase or a key

    def matches(self, passphrase: str) -> bool:
        import hmac

        return hmac.compare_digest(self.passphrase.encode("utf-8"), passphrase.encode("utf-8"))

    def for_salt(self, salt: bytes) -> str:
        with self._lock:
            known = self._by_salt.get(salt)
        if known is None:
            known = derive_key(self.passphrase, salt)  # outside the lock: another thread's file need not wait
            with self._lock:
                self._by_salt[salt] = known
        return known

    def for_file(self, path: Path) -> str:
        """What to give ``PRAGMA key`` to open ``path``: its raw key, or for a file not made yet the journal's."""
        salt = file_salt(path)
        if salt is not None:
            return self.for_salt(salt)
        return self._home or self.passphrase

    def for_journal(self, path: Path) -> str:
        """``for_file`` for the journal itself; remembered as the key of new files (backups) made beside it."""
        key = self.for_file(path)
        if key is not self.passphrase:
            self._home = key
        return key


def keyed_connection_factory(keys: Keys | None) -> Callable[[Path], Any]:
    """As ``connection_factory``, but each file opened with its derived key (no second derivation)."""
    if keys is None:
        return plain_sqlite_connect
    return lambda path: connect_raw(path, keys.for_file(path))


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
