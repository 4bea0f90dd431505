"""The data folder's lock: held means "open elsewhere"; anything else says what went wrong."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import instance_lock
from desktop.cli import main
from desktop.cli.passphrase import NEW_PASSPHRASE_ENV
from desktop.instance_lock import InstanceLock
from desktop.paths import INSTANCE_LOCK_FILE_NAME, journal_path

NOTE = "a note only for me"


def fail_lock_file(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """The lock file cannot be created or opened for writing, as on a full disk or read-only folder."""
    real_open = instance_lock.os.open

    def failing_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).name == INSTANCE_LOCK_FILE_NAME and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(instance_lock.os, "open", failing_open)


def test_taken_once_then_held_then_free_again(data_dir: Path) -> None:
    first, second = InstanceLock(data_dir), InstanceLock(data_dir)
    assert first.acquire() and first.held
    assert not second.acquire() and not second.held
    first.release()
    assert second.acquire()
    second.release()
    if sys.platform != "win32":
        assert stat.S_IMODE((data_dir / INSTANCE_LOCK_FILE_NAME).stat().st_mode) == 0o600
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_killed_holder_s_lock_is_free_at_once(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from desktop.instance_lock import InstanceLock\n"
            "print(InstanceLock(Path(sys.argv[1])).acquire(), flush=True)\n"
            "time.sleep(600)\n",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert not InstanceLock(data_dir).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    after = InstanceLock(data_dir)
    assert after.acquire()
    after.release()


def test_the_lock_module_needs_no_qt() -> None:
    source = Path(instance_lock.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source and "desktop.ui" not in source


@pytest.mark.parametrize(
    ("code", "said"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the data folder is read-only"), (errno.EACCES, "permission denied")],
)
def test_passphrase_change_on_a_full_disk_is_not_open_in_the_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path, code: int, said: str
) -> None:
    assert main(["note", "set", "2026-11-02", NOTE]) == 0
    capsys.readouterr()
    before = journal_path(data_dir).read_bytes()
    fail_lock_file(monkeypatch, code)
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "quiet river at dawn")
    assert main(["passphrase", "set"]) == 1  # a fault, not bad input
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"recovery-journal: cannot take the journal's lock in {data_dir}: {said}\n"
    assert "window" not in err
    assert journal_path(data_dir).read_bytes() == before


def test_passphrase_set_while_the_lock_is_held_still_says_the_window_has_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    assert main(["note", "set", "2026-11-02", NOTE]) == 0
    capsys.readouterr()
    window = InstanceLock(data_dir)
    assert window.acquire()
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "quiet river at dawn")
    assert main(["passphrase", "set"]) == 2
    assert capsys.readouterr().err == (
        "recovery-journal: the journal is open in the Recovery Journal window: close it first\n"
    )
    window.release()
