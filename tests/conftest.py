"""Every test gets its own data directory and settings: never the real user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every location the app may use at this test's own temp folder."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("RECOVERY_JOURNAL_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("RECOVERY_JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # the single-instance socket goes in the test's data dir
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield data_dir


@pytest.fixture
def data_dir(isolated_home: Path) -> Path:
    return isolated_home


@pytest.fixture
def journal(data_dir: Path):  # type: ignore[no-untyped-def]
    from desktop.paths import journal_path
    from desktop.store import open_journal

    with open_journal(journal_path(data_dir)) as opened:
        yield opened


class NetworkUsedError(OSError):
    """Raised by the `no_network` fixture when code tries to open a socket.

    An OSError, like a real offline failure, so code that copes with being offline
    behaves as it would; the fixture still records the attempt and fails the test.
    """


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make every way of opening a network connection raise; yields the attempts made.

    Reusable by any test (CLI, GUI flows): request the fixture and run the flow.
    Qt's local sockets (QLocalServer/QLocalSocket) are not Python sockets and are not
    network connections, so they stay allowed.
    """
    import _socket
    import socket

    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def refused(*_args: object, **_kwargs: object) -> None:
            attempts.append(name)
            raise NetworkUsedError(f"network use attempted: socket.{name}")

        return refused

    for name in ("socket", "create_connection", "create_server", "socketpair", "fromfd",
                 "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, refuse(name))
    monkeypatch.setattr(_socket, "socket", refuse("_socket.socket"))
    yield attempts
    assert not attempts, f"network use attempted: {attempts}"
