"""Passphrases on the command line: variables, prompts without echo, and wrong ones that change nothing."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli.passphrase import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV
from desktop.paths import journal_path
from desktop.store.cipher import SQLITE_HEADER
from desktop.store.diagnosis import is_encrypted

PASSPHRASE = "quiet river at dawn"
NOTE = "a note only for me"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Stand in for a terminal: each getpass() call pops the next answer; prompts are recorded."""
    queue: list[str] = []
    prompts: list[str] = []

    def fake_getpass(prompt: str = "Password: ", stream: object = None) -> str:
        prompts.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr("sys.stdin", FakeTerminal())
    monkeypatch.setattr("getpass.getpass", fake_getpass)
    yield queue
    assert not queue, f"unused answers; prompts were {prompts}"


@pytest.fixture
def encrypted_journal(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Path:
    assert run(capsys, "note", "set", "2026-11-02", NOTE)[0] == 0
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, PASSPHRASE)
    code, out, err = run(capsys, "passphrase", "set")
    assert (code, err) == (0, "")
    assert "now encrypted" in out
    monkeypatch.delenv(NEW_PASSPHRASE_ENV)
    assert is_encrypted(journal_path(data_dir))
    return journal_path(data_dir)


def test_encrypted_journal_reads_its_passphrase_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, encrypted_journal: Path
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert run(capsys, "event", "add", "miscarriage", "2026-11-01")[0] == 0
    code, out, _ = run(capsys, "event", "list", "--json")
    assert code == 0 and [e["date"] for e in json.loads(out)] == ["2026-11-01"]
    assert run(capsys, "note", "show", "2026-11-02")[1] == NOTE + "\n"
    code, out, _ = run(capsys, "check")
    assert code == 0 and "encrypted: yes" in out


def test_encrypted_journal_asks_without_echo_at_a_terminal(
    capsys: pytest.CaptureFixture[str], encrypted_journal: Path, answers: list[str]
) -> None:
    answers.append(PASSPHRASE)
    assert run(capsys, "note", "show", "2026-11-02")[1] == NOTE + "\n"


def test_no_variable_and_no_terminal_fails_clearly_with_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, encrypted_journal: Path
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))  # a pipe: never read as a passphrase
    code, out, err = run(capsys, "note", "show", "2026-11-02")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and PASSPHRASE_ENV in err and "encrypted" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("event", "list"),
        ("event", "add", "period", "2026-11-20"),
        ("note", "set", "2026-11-03", "more"),
        ("note", "show", "2026-11-02"),
        ("milestones",),
        ("milestone", "add", "Mine", "2026-12-01"),
        ("check",),
        ("passphrase", "change"),
        ("passphrase", "remove"),
    ],
)
def test_wrong_passphrase_is_one_line_exit_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    encrypted_journal: Path,
    argv: tuple[str, ...],
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "something new")
    folder = encrypted_journal.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("recovery-journal: wrong passphrase") and err.count("\n") == 1
    assert "not the passphrase" not in err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_set_asks_twice_and_refuses_when_the_two_differ(
    capsys: pytest.CaptureFixture[str], data_dir: Path, answers: list[str]
) -> None:
    assert run(capsys, "note", "set", "2026-11-02", NOTE)[0] == 0
    before = journal_path(data_dir).read_bytes()
    answers.extend(["one thing", "another thing"])
    code, out, err = run(capsys, "passphrase", "set")
    assert (code, out) == (2, "")
    assert "differ" in err and err.count("\n") == 1
    assert journal_path(data_dir).read_bytes() == before

    answers.extend([PASSPHRASE, PASSPHRASE, PASSPHRASE])  # set (twice), then the note show
    assert run(capsys, "passphrase", "set")[0] == 0
    assert run(capsys, "note", "show", "2026-11-02")[1] == NOTE + "\n"


def test_change_then_remove_from_the_command_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, encrypted_journal: Path
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "a new one")
    code, out, _ = run(capsys, "passphrase", "change")
    assert code == 0 and "changed" in out
    assert run(capsys, "note", "show", "2026-11-02")[0] == 2  # the old one no longer opens it
    monkeypatch.setenv(PASSPHRASE_ENV, "a new one")
    code, out, _ = run(capsys, "passphrase", "remove")
    assert code == 0 and "no longer encrypted" in out
    assert encrypted_journal.read_bytes().startswith(SQLITE_HEADER)
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert run(capsys, "note", "show", "2026-11-02")[1] == NOTE + "\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("passphrase", "set"), "already has a passphrase"),
        (("passphrase", "sideways"), "invalid choice"),
    ],
)
def test_passphrase_command_refusals(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    encrypted_journal: Path,
    argv: tuple[str, ...],
    message: str,
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "x")
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err and err.count("\n") == 1


def test_remove_on_a_plain_journal_is_refused(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "note", "set", "2026-11-02", NOTE)[0] == 0
    code, _, err = run(capsys, "passphrase", "remove")
    assert code == 2 and "no passphrase to remove" in err


def test_the_installed_command_without_a_terminal_exits_2(encrypted_journal: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in (PASSPHRASE_ENV, NEW_PASSPHRASE_ENV)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "note", "show", "2026-11-02"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and PASSPHRASE_ENV in result.stderr


def test_passphrase_commands_wait_for_the_window_to_close(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path, qapp: object
) -> None:
    from desktop.ui.window.single_instance import SingleInstance

    assert run(capsys, "note", "set", "2026-11-02", NOTE)[0] == 0
    window_holds = SingleInstance(data_dir)
    assert window_holds.acquire()
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, PASSPHRASE)
    before = journal_path(data_dir).read_bytes()
    code, out, err = run(capsys, "passphrase", "set")
    assert (code, out) == (2, "")
    assert "open in the Recovery Journal window" in err and err.count("\n") == 1
    assert journal_path(data_dir).read_bytes() == before
    window_holds.release()
    assert run(capsys, "passphrase", "set")[0] == 0


def test_import_replace_of_an_encrypted_journal_keeps_its_backup_encrypted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, encrypted_journal: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    small = tmp_path / "small.json"
    small.write_text('{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-11-05", "text": "new"}]}')
    code, out, err = run(capsys, "import", "--replace", str(small))
    assert (code, err) == (0, ""), err
    backups = list((encrypted_journal.parent / "backups").glob("*-before-import.sqlite3"))
    assert len(backups) == 1 and is_encrypted(backups[0])
    assert NOTE.encode() not in backups[0].read_bytes()
    assert "1 entries" in run(capsys, "backup", "list")[1]
