"""SIGTERM and SIGHUP (logout, shutdown) save her last words as Ctrl+Q does, then the app quits."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.quit_signals import QuitSignals

ROOT = Path(__file__).resolve().parents[1]

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
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import FIRST_RUN_DONE_KEY

app = create_application()
QSettings().setValue(FIRST_RUN_DONE_KEY, True)

def type_when_ready():
    ready = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.model is not None]
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


def test_a_quit_signal_reaches_the_event_loop_and_the_old_handler_comes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
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
