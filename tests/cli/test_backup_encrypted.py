"""Backups made from the command line of an encrypted journal stay encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import journal_path
from desktop.store.backup import backups_dir
from desktop.store.diagnosis import is_encrypted


def test_backup_now_of_an_encrypted_journal_is_encrypted_and_listed(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["note", "set", "2026-11-02", "a private sentence"]) == 0
    monkeypatch.setenv("RECOVERY_JOURNAL_NEW_PASSPHRASE", "correct horse")
    assert main(["passphrase", "set"]) == 0
    monkeypatch.setenv("RECOVERY_JOURNAL_PASSPHRASE", "correct horse")
    assert main(["backup", "now"]) == 0
    copies = [p for p in backups_dir(journal_path(data_dir)).iterdir() if p.suffix == ".sqlite3"]
    assert copies and all(is_encrypted(p) for p in copies)
    assert all(b"a private sentence" not in p.read_bytes() for p in copies)
    capsys.readouterr()
    assert main(["backup", "list"]) == 0
    assert "1 entries" in capsys.readouterr().out


def test_backup_list_with_a_wrong_passphrase_says_so_and_fails(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["note", "set", "2026-11-02", "a private sentence"]) == 0
    monkeypatch.setenv("RECOVERY_JOURNAL_NEW_PASSPHRASE", "correct horse")
    assert main(["passphrase", "set"]) == 0
    monkeypatch.setenv("RECOVERY_JOURNAL_PASSPHRASE", "correct horse")
    assert main(["backup", "now"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("RECOVERY_JOURNAL_PASSPHRASE", "wrong horse")
    assert main(["backup", "list"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("recovery-journal: wrong passphrase") and err.count("\n") == 1
