"""SIGTERM and SIGHUP (logout, shutdown) save her last words as Ctrl+Q does, then the app quits."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.window.quit_signals import QuitSignals
from tests.repo import REPO

ROOT = REPO

# The real app (run_gui, as `recovery-journal gui` starts it); once the journal is open the
# script types through the focus widget with the autosave's waits set to ten minutes, so only
# the signal can save the words, and says "typed". The test then sends the signal from outside.
APP_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop.ui.app import create_application, run_gui
from desktop.ui.window.main_window import MainWindow
from desktop.ui.settings.preferences import FIRST_RUN_DONE_KEY

app = create_application()
QSettings().setValue(FIRST_RUN_DONE_KEY, True)

def type_when_ready():
    ready = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.is_built() and w.session.is_open()]
    if not ready:
        QTimer.singleShot(20, type_when_ready)
        return
    window = ready[0]
    window.autosave.delay_ms = window.autosave.max_wait_ms = 600_000
    window.activateWindow()
    window.editor.editor.setFocus()
    QTest.keyClicks(QApplication.focusWidget(), "last words before logout")
    print("typed", window.editor.text() == "last words before logout", flush=True)

QTimer.singleShot(0, type_when_ready)
sys.exit(run_gui(Path(sys.argv[1])))
"""


def test_a_quit_signal_reaches_the_event_loop_and_the_old_handler_comes_back(qtbot: QtBot) -> None:
    before = signal.getsignal(signal.SIGTERM)
    bridge = QuitSignals()
    try:
        with qtbot.waitSignal(bridge.received, timeout=5000) as received:
            os.kill(os.getpid(), signal.SIGTERM)
        assert received.args == [signal.SIGTERM]
    finally:
        bridge.close()
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_the_signal_saves_what_was_just_typed(data_dir: Path, number: signal.Signals) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", APP_SCRIPT, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "the app did not open the journal in time"
        assert process.stdout.readline().strip() == "typed True"
        process.send_signal(number)  # within a second of typing, long before any autosave timer
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    with open_journal(journal_path(data_dir)) as journal:
        entry = journal.entry(date.today())
    assert entry is not None and entry.text == "last words before logout"


# -- real key events (Xvfb + xdotool), as the testers typed -----------------------------------

SETTLE_SCRIPT = """
from PySide6.QtCore import QSettings
from desktop.ui.app import create_application
from desktop.ui.settings.preferences import FIRST_RUN_DONE_KEY
from tests.repo import REPO
app = create_application()
QSettings().setValue(FIRST_RUN_DONE_KEY, True)
QSettings().sync()
"""


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    number = b""
    while not number.endswith(b"\n"):
        ready, _, _ = select.select([read_fd], [], [], 20)
        chunk = os.read(read_fd, 16) if ready else b""
        if not chunk:
            server.kill()
            pytest.skip("Xvfb did not start")
        number += chunk
    os.close(read_fd)
    return server, ":" + number.decode().strip()


def _wait_for(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool")
def test_real_keys_375_over_38_keeps_38_and_sigterm_keeps_the_last_words(data_dir: Path) -> None:
    import time

    from desktop.store import DayRecord

    today = date.today()
    with open_journal(journal_path(data_dir)) as journal:
        journal.save_day(DayRecord(today, temperature_c=36.6))

    def temperature() -> float | None:
        with open_journal(journal_path(data_dir)) as journal:
            entry = journal.entry(today)
        return entry.temperature_c if entry else None

    server, display = _start_xvfb()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    env.pop("WAYLAND_DISPLAY", None)
    app: subprocess.Popen[str] | None = None
    try:
        subprocess.run([sys.executable, "-c", SETTLE_SCRIPT], env=env, check=True, cwd=ROOT, timeout=60)
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui"],
            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        backups = data_dir / "backups"
        if not _wait_for(lambda: backups.is_dir() and any(backups.iterdir()) or app.poll() is not None, 60):
            pytest.fail("the journal did not open")  # the daily backup is made right after it opens
        if app.poll() is not None:
            pytest.skip(f"the app cannot use this X server: {app.communicate()[1][-300:]}")

        def xdotool(*args: str) -> str:
            done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=True, timeout=30)
            return done.stdout

        window = xdotool("search", "--sync", "--onlyvisible", "--name", "Recovery Journal").split()[0]
        for _attempt in range(3):  # the first keys may come before the window has the focus
            xdotool("windowfocus", "--sync", window)
            xdotool("key", "alt+t", "ctrl+a")  # &Temperature
            xdotool("type", "--delay", "120", "38.0")
            xdotool("key", "Tab")
            if _wait_for(lambda: temperature() == 38.0, 5):
                break
        assert temperature() == 38.0, "the keys did not reach the temperature field"
        xdotool("key", "alt+t", "ctrl+a")
        xdotool("type", "--delay", "120", "375")  # "37" on the way is valid
        time.sleep(2.5)  # past the debounce: nothing may be saved
        assert temperature() == 38.0
        xdotool("key", "alt+t", "shift+Tab", "shift+Tab", "shift+Tab")  # back to the note
        xdotool("type", "--delay", "40", "real keys")
        app.send_signal(signal.SIGTERM)  # at once: long before the debounce
        _out, err = app.communicate(timeout=60)
        assert app.returncode == 0, err[-2000:]
        with open_journal(journal_path(data_dir)) as journal:
            entry = journal.entry(today)
        assert entry is not None and (entry.text, entry.temperature_c) == ("real keys", 38.0)
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait()
        server.terminate()
        server.wait(timeout=30)
