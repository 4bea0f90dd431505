"""One instance per journal: the lock file, the raise message, and a crashed holder's stale lock."""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.instance_lock import InstanceLock, InstanceLockError
from desktop.ui.window.single_instance import (
    LOCK_FILE_NAME,
    RAISE_MESSAGE,
    SingleInstance,
    is_own_socket,
    is_private_dir,
    peer_uid,
    server_name,
)
from tests.test_instance_lock import fail_lock_file

NOBODY = 65534


def test_second_instance_is_refused_and_asks_the_first_to_raise(qtbot: QtBot, data_dir: Path) -> None:
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
            "from desktop.ui.window.single_instance import SingleInstance\n"
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
    import time

    from desktop.ui.window.single_instance import ALREADY_OPEN

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


# -- where the socket lives, and who may talk on it -------------------------------------


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private $XDG_RUNTIME_DIR with a short path (a socket's path is limited to ~100 bytes)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="rt-"))
    os.chmod(folder, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def listening_socket_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if stat.S_ISSOCK(p.lstat().st_mode)]


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX sockets, owners and modes")
root_only = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs a second user id")


@posix_only
def test_the_socket_is_in_the_runtime_dir_under_a_name_that_names_nobody(
    qtbot: QtBot, runtime_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_tmp_before = set(Path(tempfile.gettempdir()).glob("recovery-journal-*"))
    first = SingleInstance(data_dir)
    assert first.acquire()
    sockets = listening_socket_files(runtime_dir)
    assert [str(p) for p in sockets] == [server_name(data_dir)]
    name = sockets[0].name
    assert re.fullmatch(r"recovery-journal-[0-9a-f]{16}\.sock", name)
    monkeypatch.setenv("USER", "someone-else")
    monkeypatch.setenv("LOGNAME", "someone-else")
    assert server_name(data_dir) == str(sockets[0])  # made from the data folder alone, not from who she is
    assert sockets[0].lstat().st_uid == os.getuid()
    assert set(Path(tempfile.gettempdir()).glob("recovery-journal-*")) <= in_tmp_before  # nothing in the shared /tmp
    second = SingleInstance(data_dir)
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert second.ask_first_instance_to_raise()
    first.release()
    assert listening_socket_files(runtime_dir) == []  # closing removes it


@posix_only
def test_without_a_private_runtime_dir_the_socket_is_in_the_data_folder(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert server_name(data_dir) == str(data_dir / "instance.sock")
    shared = tmp_path / "shared-runtime"
    shared.mkdir()
    os.chmod(shared, 0o777)  # not private: never used
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    assert server_name(data_dir) == str(data_dir / "instance.sock")
    first = SingleInstance(data_dir)
    assert first.acquire()
    assert stat.S_ISSOCK((data_dir / "instance.sock").lstat().st_mode)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert list(shared.iterdir()) == []
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert SingleInstance(data_dir).ask_first_instance_to_raise()
    first.release()


def leave_a_crashed_socket(path: Path) -> None:
    """What a killed instance leaves: a socket file that nobody listens on."""
    import socket

    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(path))
    crashed.close()
    assert stat.S_ISSOCK(path.lstat().st_mode)


@posix_only
def test_a_crashed_instance_s_socket_is_removed_and_the_next_one_listens(
    qtbot: QtBot, runtime_dir: Path, data_dir: Path
) -> None:
    name = server_name(data_dir)
    assert name is not None
    leave_a_crashed_socket(Path(name))
    stale_inode = Path(name).lstat().st_ino
    assert not SingleInstance(data_dir).ask_first_instance_to_raise()  # nobody answers on it
    first = SingleInstance(data_dir)
    assert first.acquire()
    assert first.listening
    assert Path(name).lstat().st_ino != stale_inode
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert SingleInstance(data_dir).ask_first_instance_to_raise()
    first.release()


@posix_only
def test_a_socket_someone_answers_on_is_not_removed(qtbot: QtBot, runtime_dir: Path, data_dir: Path) -> None:
    from PySide6.QtNetwork import QLocalServer

    name = server_name(data_dir)
    assert name is not None
    other = QLocalServer()
    assert other.listen(name)
    try:
        first = SingleInstance(data_dir)
        assert first.acquire()  # the lock is what keeps a second window out
        assert not first.listening
        assert stat.S_ISSOCK(Path(name).lstat().st_mode)
        with qtbot.waitSignal(other.newConnection, timeout=5000):
            assert SingleInstance(data_dir).ask_first_instance_to_raise()
        first.release()
    finally:
        other.close()


@posix_only
def test_a_symlink_at_the_socket_s_name_is_not_talked_to(
    qtbot: QtBot, tmp_path: Path, runtime_dir: Path, data_dir: Path
) -> None:
    from PySide6.QtNetwork import QLocalServer

    name = server_name(data_dir)
    assert name is not None
    elsewhere = Path(tempfile.mkdtemp(prefix="sq-")) / "s"
    squatter = QLocalServer()
    assert squatter.listen(str(elsewhere))
    try:
        Path(name).symlink_to(elsewhere)
        with qtbot.assertNotEmitted(squatter.newConnection, wait=200):
            assert not SingleInstance(data_dir).ask_first_instance_to_raise()
    finally:
        squatter.close()
        shutil.rmtree(elsewhere.parent, ignore_errors=True)


@posix_only
def test_the_peer_s_user_id_is_read_from_the_connection(qtbot: QtBot, runtime_dir: Path, data_dir: Path) -> None:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    server = QLocalServer()
    assert server.listen(str(runtime_dir / "peer-test"))
    client = QLocalSocket()
    with qtbot.waitSignal(server.newConnection, timeout=5000):
        client.connectToServer(str(runtime_dir / "peer-test"))
        assert client.waitForConnected(1000)
    accepted = server.nextPendingConnection()
    assert peer_uid(int(accepted.socketDescriptor())) == os.getuid()
    assert peer_uid(int(client.socketDescriptor())) == os.getuid()
    assert peer_uid(-1) is None
    client.abort()
    server.close()


@posix_only
def test_ownership_checks(tmp_path: Path, runtime_dir: Path) -> None:
    assert is_private_dir(runtime_dir)
    assert not is_private_dir(runtime_dir, uid=os.getuid() + 1)
    open_dir = tmp_path / "open"
    open_dir.mkdir()
    os.chmod(open_dir, 0o755)
    assert not is_private_dir(open_dir)
    link = tmp_path / "link"
    link.symlink_to(runtime_dir)
    assert not is_private_dir(link)
    leave_a_crashed_socket(runtime_dir / "s")
    assert is_own_socket(runtime_dir / "s")
    assert not is_own_socket(runtime_dir / "s", uid=os.getuid() + 1)
    (runtime_dir / "f").write_text("")
    assert not is_own_socket(runtime_dir / "f")


@posix_only
@root_only
def test_another_user_s_socket_at_our_name_is_not_talked_to(qtbot: QtBot, runtime_dir: Path, data_dir: Path) -> None:
    from PySide6.QtNetwork import QLocalServer

    name = server_name(data_dir)
    assert name is not None
    squatter = QLocalServer()
    assert squatter.listen(name)
    try:
        os.chown(name, NOBODY, NOBODY)
        with qtbot.assertNotEmitted(squatter.newConnection, wait=200):
            assert not SingleInstance(data_dir).ask_first_instance_to_raise()
    finally:
        squatter.close()


@posix_only
@root_only
def test_a_raise_from_another_user_is_ignored(qtbot: QtBot, runtime_dir: Path, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire()
    name = server_name(data_dir)
    assert name is not None
    os.chmod(runtime_dir, 0o755)  # as if the folder's permissions did not keep the other user out
    os.chmod(name, 0o777)
    import socket

    try:
        os.seteuid(NOBODY)  # connect as another user: the kernel records who connected
        try:
            other_user = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            other_user.connect(name)
        finally:
            os.seteuid(0)
        other_user.sendall(RAISE_MESSAGE)
        with qtbot.assertNotEmitted(first.raise_requested, wait=500):
            pass
        other_user.close()
    finally:
        os.chmod(runtime_dir, 0o700)
        first.release()
    # The same message from her own user is heard.
    again = SingleInstance(data_dir)
    assert again.acquire()
    with qtbot.waitSignal(again.raise_requested, timeout=5000):
        assert SingleInstance(data_dir).ask_first_instance_to_raise()
    again.release()


# -- the lock: only a lock that is held says "already open" --------------------------------


@pytest.mark.parametrize(
    ("code", "said"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the data folder is read-only"), (errno.EIO, os.strerror(errno.EIO))],
)
def test_a_lock_that_cannot_be_made_is_not_reported_as_held(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, code: int, said: str
) -> None:
    fail_lock_file(monkeypatch, code)
    with pytest.raises(InstanceLockError) as raised:
        SingleInstance(data_dir).acquire()
    message = str(raised.value)
    assert message == f"cannot take the journal's lock in {data_dir}: {said}"
    assert "open" not in message and "\n" not in message


def test_an_existing_lock_file_still_locks_when_it_cannot_be_written(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = InstanceLock(data_dir)
    assert made.acquire()
    made.release()  # the file stays
    fail_lock_file(monkeypatch, errno.EROFS)  # a read-only folder: no O_CREAT, no writing
    first = InstanceLock(data_dir)
    assert first.acquire()
    assert not InstanceLock(data_dir).acquire()  # held: this one is really "already open"
    first.release()
    assert InstanceLock(data_dir).acquire()


@posix_only
def test_the_window_on_a_full_disk_does_not_say_already_open_and_still_opens(data_dir: Path, tmp_path: Path) -> None:
    script = tmp_path / "full_disk.py"
    script.write_text(
        "import errno, os, sys\n"
        "from desktop import instance_lock\n"
        "real_open = os.open\n"
        "def full(path, flags, *args):\n"
        "    if str(path).endswith('instance.lock') and flags & os.O_CREAT:\n"
        "        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))\n"
        "    return real_open(path, flags, *args)\n"
        "instance_lock.os.open = full\n"
        "from desktop.cli import main\n"
        "sys.exit(main(['--data-dir', sys.argv[1], 'gui', '--exit-after-first-paint']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(script), str(data_dir)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "already open" not in result.stderr
    assert "cannot take the journal's lock" in result.stderr and "the disk is full" in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("recovery-journal:")] == [
        f"recovery-journal: cannot take the journal's lock in {data_dir}: the disk is full; opening without it"
    ]
