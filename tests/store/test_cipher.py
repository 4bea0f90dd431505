"""Encryption at rest: opening plain and SQLCipher journals, and what a wrong passphrase does."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from desktop.paths import journal_path
from desktop.store import JournalError, open_journal
from desktop.store.cipher import SQLITE_HEADER, quote_literal
from desktop.store.diagnosis import is_encrypted

SECRET_NOTE = "Bled heavily after the cleaning; talked to Anna about the loss"
SECRET_EVENT_NOTE = "procedure at the clinic on Elm street"
PASSPHRASE = "correct horse battery staple"

AWKWARD_PASSPHRASES = [
    "two words",
    "it's \"quoted\"",
    "user@host:secret",
    "пароль ü é 日本 🌙",
    "%20 +plus &amp; ; -- /* */ '",
]


def write_secrets(path: Path, passphrase: str | None) -> None:
    with open_journal(path, passphrase) as journal:
        journal.add_event("procedure", date(2026, 11, 3), SECRET_EVENT_NOTE)
        journal.save_entry(date(2026, 11, 4), SECRET_NOTE)


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_plain_journal_without_passphrase_is_readable_by_stdlib_sqlite(data_dir: Path) -> None:
    path = journal_path(data_dir)
    write_secrets(path, None)
    assert path.read_bytes().startswith(SQLITE_HEADER)
    assert not is_encrypted(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT text FROM entries").fetchall() == [(SECRET_NOTE,)]


def test_encrypted_journal_bytes_hold_none_of_the_typed_text(data_dir: Path) -> None:
    path = journal_path(data_dir)
    with open_journal(path, PASSPHRASE) as journal:
        journal.add_event("procedure", date(2026, 11, 3), SECRET_EVENT_NOTE)
        journal.save_entry(date(2026, 11, 4), SECRET_NOTE)
        assert journal.encrypted
        while_open = all_bytes(data_dir)  # the journal and its -wal/-shm
    after_close = all_bytes(data_dir)
    assert is_encrypted(path)
    for raw in (while_open, after_close):
        for secret in (SECRET_NOTE, SECRET_EVENT_NOTE, "2026-11-03", "Anna", "SQLite format 3"):
            assert secret.encode() not in raw
            assert secret.encode("utf-16-le") not in raw


def test_raw_sqlcipher_binding_reads_the_rows_with_the_key_and_nothing_without(data_dir: Path) -> None:
    path = journal_path(data_dir)
    write_secrets(path, PASSPHRASE)

    keyed = sqlcipher3.connect(str(path))
    keyed.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert keyed.execute("SELECT text FROM entries").fetchall() == [(SECRET_NOTE,)]
    assert keyed.execute("SELECT kind, date, note FROM events").fetchall() == [
        ("procedure", "2026-11-03", SECRET_EVENT_NOTE)
    ]
    keyed.close()

    for key_pragma in (None, "PRAGMA key = 'not the passphrase'"):
        unkeyed = sqlcipher3.connect(str(path))
        unkeyed.execute("PRAGMA cipher_log_level = NONE")
        if key_pragma:
            unkeyed.execute(key_pragma)
        with pytest.raises(sqlcipher3.DatabaseError, match="file is not a database"):
            unkeyed.execute("SELECT text FROM entries").fetchall()
        unkeyed.close()
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(path) as plain:
        plain.execute("SELECT text FROM entries").fetchall()


@pytest.mark.parametrize("passphrase", AWKWARD_PASSPHRASES)
def test_passphrases_with_spaces_quotes_at_colon_and_non_ascii_work(data_dir: Path, passphrase: str) -> None:
    path = journal_path(data_dir)
    write_secrets(path, passphrase)
    with open_journal(path, passphrase) as journal:
        assert journal.entry(date(2026, 11, 4)).text == SECRET_NOTE  # type: ignore[union-attr]
    raw = sqlcipher3.connect(str(path))
    raw.execute(f"PRAGMA key = {quote_literal(passphrase)}")
    assert raw.execute("SELECT count(*) FROM entries").fetchone() == (1,)
    raw.close()


def test_connect_time_pragmas_still_apply_to_an_encrypted_journal(data_dir: Path) -> None:
    with open_journal(journal_path(data_dir), PASSPHRASE) as journal:
        settings = journal.connection_settings()
    assert settings == {"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "temp_store": "2"}


@pytest.mark.parametrize("wrong", ["wrong", PASSPHRASE.upper(), PASSPHRASE + " ", "ü"])
def test_wrong_passphrase_refuses_clearly_and_changes_no_byte(
    data_dir: Path, wrong: str, capfd: pytest.CaptureFixture[str]
) -> None:
    path = journal_path(data_dir)
    write_secrets(path, PASSPHRASE)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    with pytest.raises(JournalError, match="wrong passphrase"):
        open_journal(path, wrong)
    after = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    assert after == before
    out, err = capfd.readouterr()
    assert "hmac" not in err.lower() and "ERROR CORE" not in err  # SQLCipher's own log is silenced
    assert wrong not in out + err


def test_an_encrypted_journal_without_passphrase_and_a_plain_one_with_one_are_refused(data_dir: Path) -> None:
    encrypted = journal_path(data_dir)
    write_secrets(encrypted, PASSPHRASE)
    with pytest.raises(JournalError, match="is encrypted: a passphrase is needed"):
        open_journal(encrypted)
    plain = data_dir / "plain" / "journal.sqlite3"
    write_secrets(plain, None)
    with pytest.raises(JournalError, match="is not encrypted"):
        open_journal(plain, PASSPHRASE)
    assert plain.read_bytes().startswith(SQLITE_HEADER)


@pytest.mark.parametrize("bad", ["", "nul\x00inside"])
def test_unusable_passphrases_are_refused_before_any_file_is_made(data_dir: Path, bad: str) -> None:
    with pytest.raises(JournalError, match="passphrase"):
        open_journal(journal_path(data_dir), bad)
    assert not journal_path(data_dir).exists() or journal_path(data_dir).stat().st_size == 0


def test_is_encrypted_reads_only_the_header(tmp_path: Path) -> None:
    assert not is_encrypted(tmp_path / "missing.sqlite3")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert not is_encrypted(empty)
    plain = tmp_path / "plain.sqlite3"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.close()
    assert not is_encrypted(plain)
    random_bytes = tmp_path / "other.sqlite3"
    random_bytes.write_bytes(os.urandom(4096))
    assert is_encrypted(random_bytes)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_encrypted_journal_dir_is_0700_and_its_files_0600(data_dir: Path) -> None:
    path = journal_path(data_dir)
    with open_journal(path, PASSPHRASE) as journal:
        journal.save_entry(date(2026, 11, 4), SECRET_NOTE)
        files = [p for p in data_dir.iterdir() if p.is_file()]
        assert {p.name for p in files} >= {"journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"}
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {p.name: 0o600 for p in files}
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
