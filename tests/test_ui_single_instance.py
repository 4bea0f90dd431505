"""One instance per journal: the lock file, the raise message, and a crashed holder's stale lock."""

from __future__ import annotations

import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.single_instance import LOCK_FILE_NAME, SingleInstance, server_name


def test_second_instance_is_refused_and_asks_the_first_to_raise(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(data_dir)
    assert first.acquire()
    second = SingleInstance(data_dir)
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert second.ask_first_instance_to_raise()
    first.release()
    third = SingleInstance(data_dir)
    assert third.acquire()  # free again once the first let go
    third.release()


def test_another_data_dir_is_another_journal(tmp_path: Path, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    other = SingleInstance(tmp_path / "other")
    assert first.acquire() and other.acquire()
    assert server_name(data_dir) != server_name(tmp_path / "other")
    first.release()
    other.release()


def test_nobody_to_ask_when_no_instance_runs(data_dir: Path) -> None:
    assert not SingleInstance(data_dir).ask_first_instance_to_raise()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and signals")
def test_lock_file_is_private_and_a_killed_holder_leaves_no_lasting_lock(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from desktop.ui.single_instance import SingleInstance\n"
            "app = QCoreApplication([])\n"
            "instance = SingleInstance(Path(sys.argv[1]))\n"
            "print(instance.acquire(), flush=True)\n"
            "time.sleep(600)\n",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert stat.S_IMODE((data_dir / LOCK_FILE_NAME).stat().st_mode) == 0o600
        assert not SingleInstance(data_dir).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    after_crash = SingleInstance(data_dir)
    assert after_crash.acquire()  # the dead process's lock is stale
    after_crash.release()


def test_a_second_window_on_the_same_journal_says_it_is_already_open(data_dir: Path) -> None:
    import os
    import time

    from desktop.ui.single_instance import ALREADY_OPEN

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui"]
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (data_dir / LOCK_FILE_NAME).exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert first.poll() is None, "the first window did not stay open"
        second = subprocess.run(
            [*command, "--exit-after-first-paint"], env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 1
        assert ALREADY_OPEN in second.stderr
    finally:
        first.terminate()
        first.wait()
