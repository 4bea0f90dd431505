"""Every test gets its own data directory and settings: never the real user's.

Window tests share three things from here instead of each keeping a copy:
``TODAY`` (the date the window's clock says, unless a test says otherwise),
``seeded_journal`` (write what a test needs into its journal before a window
opens it) and the window builders ``new_window`` (built as the app builds it,
shown, not loaded) and ``loaded_window(today, seed)`` (also loaded).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from desktop.store import Journal
    from desktop.ui.session import JournalSession
    from desktop.ui.window.main_window import MainWindow

TODAY = date(2026, 3, 19)  # "today" for the window tests, unless a test sets its own clock
Seed = Callable[["Journal"], Any]  # writes what a test needs into the (plain) journal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def application_look_restored() -> Iterator[None]:
    """Each test starts from the look it found: a style sheet or palette a test gave the shared
    QApplication (a window built as the app builds it applies the calm style sheet) never leaks
    into the next test, where it would fix the palettes of widgets polished under it."""
    import sys

    app = None
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
    sheet = app.styleSheet() if app is not None else ""  # type: ignore[attr-defined]
    palette = app.palette() if app is not None else None  # type: ignore[attr-defined]
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    now = QApplication.instance()
    if not isinstance(now, QApplication):
        return
    if now.styleSheet() != sheet:
        now.setStyleSheet(sheet)
    if palette is not None and now.palette() != palette:
        now.setPalette(palette)


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


@pytest.fixture
def seeded_journal(data_dir: Path) -> Callable[[Seed], Path]:
    """``seeded_journal(seed)``: open this test's journal, let ``seed`` record into it, close it; its path."""
    from desktop.paths import journal_path
    from desktop.store import open_journal

    def write(seed: Seed) -> Path:
        path = journal_path(data_dir)
        with open_journal(path) as journal:
            seed(journal)
        return path

    return write


@pytest.fixture
def open_session(qtbot: QtBot) -> Iterator[Callable[..., JournalSession]]:
    """``open_session(path, today=TODAY)``: the window's session opened on a journal file (closed afterwards)."""
    from desktop.ui.session import JournalSession

    opened: list[JournalSession] = []

    def make(path: Path, today: date = TODAY) -> JournalSession:
        session = JournalSession(path, lambda: today)
        session.open(None)
        opened.append(session)
        return session

    yield make
    for session in opened:
        session.close()


@pytest.fixture
def new_window(qtbot: QtBot, data_dir: Path) -> Callable[..., MainWindow]:
    """``new_window(today=TODAY, first_run_done=False, activate=False)``: the window as the app builds it, shown.

    ``today`` is a date or a clock (a callable); the journal is not opened yet (``load``).
    """
    from desktop.ui.app import build_window
    from desktop.ui.settings.preferences import FIRST_RUN_DONE_KEY

    def make(
        today: date | Callable[[], date] = TODAY, *, first_run_done: bool = False, activate: bool = False
    ) -> MainWindow:
        clock: Callable[[], date] = today if callable(today) else (lambda: today)
        win = build_window(data_dir, clock)
        if first_run_done:
            win.settings.setValue(FIRST_RUN_DONE_KEY, True)
        qtbot.addWidget(win)
        win.show()
        if activate:
            win.activateWindow()
        return win

    return make


@pytest.fixture
def loaded_window(new_window: Callable[..., MainWindow], seeded_journal: Callable[[Seed], Path]) -> Callable[..., MainWindow]:
    """``loaded_window(today=TODAY, seed=None, first_run_done=False, activate=False)``: seeded, built, shown, loaded."""

    def make(
        today: date | Callable[[], date] = TODAY,
        seed: Seed | None = None,
        *,
        first_run_done: bool = False,
        activate: bool = False,
    ) -> MainWindow:
        if seed is not None:
            seeded_journal(seed)
        win = new_window(today, first_run_done=first_run_done, activate=activate)
        assert win.load()
        return win

    return make


class NetworkUsedError(OSError):
    """Raised by the `no_network` fixture when code tries to open a socket.

    An OSError, like a real offline failure, so code that copes with being offline
    behaves as it would; the fixture still records the attempt and fails the test.
    """


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every PBKDF2 run of SQLCipher's key (``store.cipher.derive_key``): the salts it derived for, in order."""
    from desktop.store import cipher

    salts: list[bytes] = []
    real = cipher.derive_key

    def counting(passphrase: str, salt: bytes) -> str:
        salts.append(salt)
        return real(passphrase, salt)

    monkeypatch.setattr(cipher, "derive_key", counting)
    return salts


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
