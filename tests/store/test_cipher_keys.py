"""The key derived once (``cipher.Keys``): it is SQLCipher's own key, and a fault is still judged as before.

SQLCipher 4 derives its key with PBKDF2-HMAC-SHA512, 256,000 iterations, from
the first 16 bytes of the file. ``Keys`` derives that key itself, once per
salt, and hands the raw key to every further connection; these tests prove it
is the same key (both ways) and that nothing about a wrong passphrase or
damage reads differently for it.
"""

from __future__ import annotations

import shutil
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from desktop.paths import journal_path
from desktop.store import cipher, open_journal
from desktop.store.cipher import Keys, connect_raw, file_salt, key_opens, keyed_connection_factory
from desktop.store.diagnosis import JournalFaultError
from desktop.store.encryption import verify_keys, verify_passphrase

PASSPHRASE = "пароль with 'quotes' and \"more\" 🌙"
NOTE = "A quiet walk by the river"


@pytest.fixture
def encrypted(data_dir: Path) -> Path:
    path = journal_path(data_dir)
    with open_journal(path, PASSPHRASE) as journal:
        journal.save_entry(date(2026, 11, 4), NOTE)
    return path




def test_sqlcipher_defaults_are_kept() -> None:
    with closing(connect_raw(Path(":memory:"), None)) as connection:
        settings = {row[0] for row in connection.execute("PRAGMA cipher_default_settings")}
    assert f"PRAGMA cipher_default_kdf_iter = {cipher.KDF_ITERATIONS};" in settings
    assert "PRAGMA cipher_default_kdf_algorithm = PBKDF2_HMAC_SHA512;" in settings


def test_a_journal_keyed_by_passphrase_opens_with_the_derived_key(encrypted: Path) -> None:
    key = Keys(PASSPHRASE).for_journal(encrypted)
    assert key.startswith("x'") and len(key) == 3 + 2 * (cipher.KEY_BYTES + cipher.SALT_BYTES)
    assert key_opens(encrypted, key)
    with open_journal(encrypted, PASSPHRASE, key=key) as journal:
        assert journal.entry(date(2026, 11, 4)).text == NOTE  # type: ignore[union-attr]
    with open_journal(encrypted, PASSPHRASE, key=key, lean=False) as journal:  # SQLAlchemy's pool too
        assert journal.entry(date(2026, 11, 4)).text == NOTE  # type: ignore[union-attr]


def test_a_file_made_with_the_derived_key_opens_with_the_passphrase(encrypted: Path, tmp_path: Path) -> None:
    keys = Keys(PASSPHRASE)
    keys.for_journal(encrypted)
    copy = tmp_path / "backup.sqlite3"
    connect = keyed_connection_factory(keys)
    with closing(connect(encrypted)) as source, closing(connect(copy)) as target:
        source.backup(target)
    assert file_salt(copy) == file_salt(encrypted)  # the journal's salt: the passphrase derives the same key
    assert key_opens(copy, PASSPHRASE)
    with open_journal(copy, PASSPHRASE) as journal:
        assert journal.entry(date(2026, 11, 4)).text == NOTE  # type: ignore[union-attr]


def test_a_wrong_passphrase_derives_a_key_that_opens_nothing(encrypted: Path) -> None:
    wrong = Keys("not the passphrase")
    assert not key_opens(encrypted, wrong.for_file(encrypted))
    assert not verify_keys(encrypted, wrong)
    assert verify_keys(encrypted, Keys(PASSPHRASE))


def test_each_salt_is_derived_once(encrypted: Path, tmp_path: Path, derivations: list[bytes]) -> None:
    keys = Keys(PASSPHRASE)
    assert verify_keys(encrypted, keys)
    keys.for_journal(encrypted)
    with open_journal(encrypted, PASSPHRASE, key=keys.for_journal(encrypted)) as journal:
        journal.save_entry(date(2026, 11, 5), "another day")
    assert derivations == [file_salt(encrypted)]
    other = tmp_path / "other.sqlite3"  # another file with its own salt (a backup made by an older version)
    with closing(connect_raw(other, PASSPHRASE)) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert key_opens(other, keys.for_file(other))
    assert key_opens(other, keys.for_file(other))
    assert derivations == [file_salt(encrypted), file_salt(other)]


def test_the_keys_never_show_the_passphrase_or_a_key(encrypted: Path) -> None:
    keys = Keys(PASSPHRASE)
    key = keys.for_journal(encrypted)
    assert PASSPHRASE not in repr(keys) and key not in repr(keys) and key[2:20] not in repr(keys)
    assert keys.matches(PASSPHRASE) and not keys.matches(PASSPHRASE + " ")


def test_a_wrong_passphrase_is_judged_the_same_with_a_derived_key(encrypted: Path) -> None:
    backups = encrypted.parent / "backups"
    backups.mkdir()
    shutil.copyfile(encrypted, backups / "journal-2026-11-24T090000-daily.sqlite3")
    wrong = "not the passphrase"
    with pytest.raises(JournalFaultError) as plain:
        open_journal(encrypted, wrong)
    with pytest.raises(JournalFaultError) as keyed:
        open_journal(encrypted, wrong, key=Keys(wrong).for_journal(encrypted))
    assert keyed.value.diagnosis.fault is plain.value.diagnosis.fault
    assert keyed.value.diagnosis.detail == plain.value.diagnosis.detail


def test_damage_is_told_from_a_wrong_passphrase_as_before(encrypted: Path) -> None:
    """Some pages fail their HMAC with the right key: the right passphrase is not called wrong."""
    size = encrypted.stat().st_size
    data = bytearray(encrypted.read_bytes())
    data[size - 2000 : size - 1990] = bytes(10)  # inside the last page
    encrypted.write_bytes(bytes(data))
    assert verify_keys(encrypted, Keys(PASSPHRASE)) is verify_passphrase(encrypted, PASSPHRASE) is True
    assert verify_keys(encrypted, Keys("wrong one")) is verify_passphrase(encrypted, "wrong one") is False
