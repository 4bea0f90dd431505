"""The session derives an encrypted journal's key once: the prompt's check, the open, workers and backups share it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.store.cipher import file_salt, key_opens
from desktop.ui.session import JournalSession
from tests.conftest import TODAY

PASSPHRASE = "a long and calm passphrase"


@pytest.fixture
def encrypted(data_dir: Path) -> Path:
    path = journal_path(data_dir)
    with open_journal(path, PASSPHRASE) as journal:
        journal.save_entry(date(2026, 11, 4), "walked by the river")
    return path




@pytest.fixture
def session(encrypted: Path, qtbot: QtBot) -> Iterator[JournalSession]:
    made = JournalSession(encrypted, lambda: TODAY)
    yield made
    made.close()


def test_the_prompt_s_check_derives_the_key_the_open_and_every_connection_use(
    session: JournalSession, encrypted: Path, derivations: list[bytes]
) -> None:
    assert not session.keys.passphrase_opens("not it")  # one derivation for the wrong one
    assert session.keys.passphrase_opens(PASSPHRASE)  # one for the right one
    session.open(PASSPHRASE)
    with session.open_for_worker() as worker:  # the worker's own connection
        assert worker.entry(date(2026, 11, 4)) is not None
    backup = encrypted.parent / "backup-copy.sqlite3"
    with closing(session.connect_backup(encrypted)) as source, closing(session.connect_backup(backup)) as copy:  # type: ignore[type-var]
        source.backup(copy)  # type: ignore[attr-defined]
    assert session.keys.passphrase_opens(PASSPHRASE)  # the lock page: no derivation for the right passphrase
    assert derivations == [file_salt(encrypted), file_salt(encrypted)]
    assert key_opens(backup, PASSPHRASE)  # a backup made with the derived key opens with the passphrase


def test_a_restored_file_with_another_salt_gets_its_own_key(
    session: JournalSession, encrypted: Path, tmp_path: Path, derivations: list[bytes]
) -> None:
    session.open(PASSPHRASE)
    session.close()
    other = tmp_path / "other.sqlite3"
    with open_journal(other, PASSPHRASE) as journal:  # as a backup made by an older version: its own salt
        journal.save_entry(date(2026, 11, 6), "from the backup")
    other.replace(encrypted)
    assert session.still_opens()
    session.reopen()
    assert session.read_day(date(2026, 11, 6)) is not None
    assert derivations[-1] == file_salt(encrypted)


def test_an_empty_passphrase_is_refused_by_the_store_as_before(session: JournalSession) -> None:
    from desktop.store import JournalError

    with pytest.raises(JournalError):
        session.open("")
    assert not session.is_open()
