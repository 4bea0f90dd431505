"""What ``benchmarks/stalls.py`` stands on: the heartbeat, running one action under it, keys for dialogs, journals.

The heartbeat is a 10 ms ``QTimer`` on the UI thread; the worst stall is the
longest gap between two beats, less the interval: how long the window could
not paint or take a key. ``run_measured`` starts an action from the event
loop and runs the loop until the action is done, so modal dialogs (answered
by keys from a timer, as she would) and worker results all happen inside it.

The journals are made once and cached under the temp folder
(``rj-bench-stalls/``): the seeded journal encrypted, its JSON export, an
empty journal, and a small encrypted journal whose copies stand in for the
21 encrypted backups.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.harness import BENCH_TODAY
from benchmarks.seed import cached_journal, copy_journal, schema_head

HEARTBEAT_MS = 10
STALL_BUDGET_MS = 50.0
PASSPHRASE = "a calm bench passphrase"
BIG_NOTE_BYTES = 1_000_000  # the store's limit for a day's note
BIG_NOTE_DAY = BENCH_TODAY - timedelta(days=2)
BACKUPS = 21  # 7 daily + 4 weekly + 10 of her own: what rotation keeps at most
SETTLE_S = 2.0  # the window's own work after opening ends before a flow starts (a deferred scan starts 1.5 s in)
CACHE_ROOT = Path(tempfile.gettempdir()) / "rj-bench-stalls"
SEED_CACHE: Path | None = None  # None: the seeded journal every benchmark shares (benchmarks/.data)


class Heartbeat:
    """A 10 ms precise timer on the UI thread; the gaps between its beats are the stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self._last_cpu = 0.0
        self.worst_gap_ms = 0.0
        self.worst_cpu_ms = 0.0  # the UI thread's own CPU between two beats: the stall less the machine's load
        self.beats = 0

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.worst_gap_ms = max(self.worst_gap_ms, (now - self._last) * 1000.0)
        self.worst_cpu_ms = max(self.worst_cpu_ms, (cpu - self._last_cpu) * 1000.0)
        self._last, self._last_cpu = now, cpu
        self.beats += 1

    def start(self) -> None:
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._timer.start()

    def stop(self) -> float:
        """The worst stall: the longest gap (counting up to now) less the interval."""
        self._timer.stop()
        self._beat()
        return max(0.0, self.worst_gap_ms - HEARTBEAT_MS)


@dataclass(frozen=True)
class Stall:
    wall_ms: float  # the figure: how long the window could not answer
    cpu_ms: float  # the UI thread's own CPU in its busiest gap (on a loaded machine, wall time includes waiting for a core)


def run_measured(start: Callable[[], object], done: Callable[[], bool], timeout_s: float = 120.0) -> Stall:
    """Start ``start`` from the event loop with the heartbeat on; run the loop until ``done()``; the worst stall."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    poll = QTimer()
    poll.setInterval(5)
    failed: list[str] = []

    def check() -> None:
        if done():
            loop.quit()
        elif time.monotonic() > deadline:
            failed.append("timed out")
            loop.quit()

    poll.timeout.connect(check)
    heartbeat = Heartbeat()
    heartbeat.start()
    poll.start()
    QTimer.singleShot(0, start)
    loop.exec()
    poll.stop()
    wall = heartbeat.stop()
    if failed:
        raise RuntimeError(f"the measured action did not finish within {timeout_s:.0f} s")
    return Stall(wall, heartbeat.worst_cpu_ms)


def answer_when_shown(kind: type, answer: Callable[[Any], None], attempts: int = 6000) -> None:
    """Once a modal ``kind`` is up, ``answer(dialog)`` with keys (polled every 10 ms, like tests/keyboard_driver)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and QApplication.activeWindow() is dialog:  # her keys go to it only then
            answer(dialog)
        elif left > 0:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(attempts))


def type_and_enter(text: str, fallback: Any = None) -> None:
    """Type into the focus widget (``fallback`` when no window of the app holds the keyboard), then Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget() or fallback
    if widget is None:
        raise RuntimeError("nothing has the keyboard focus")
    QTest.keyClicks(widget, text)
    QTest.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Return)


# -- the journals, made once ---------------------------------------------------------


def plain_journal(count: int) -> Path:
    """The seeded journal of ``count`` pages (made once)."""
    return cached_journal(count) if SEED_CACHE is None else cached_journal(count, SEED_CACHE)


def _cache_dir(count: int) -> Path:
    path = CACHE_ROOT / f"schema{schema_head()}-{count}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def encrypted_journal(count: int) -> Path:
    """The seeded journal, encrypted with ``PASSPHRASE`` (made once)."""
    from desktop.store.encryption import set_passphrase

    target = _cache_dir(count) / "encrypted.sqlite3"
    if not target.exists():
        with tempfile.TemporaryDirectory(prefix="rj-bench-encrypt-") as tmp:
            working = copy_journal(plain_journal(count), Path(tmp) / "data")
            set_passphrase(working, PASSPHRASE)
            shutil.copyfile(working, target.with_suffix(".partial"))
        target.with_suffix(".partial").rename(target)
    return target


def empty_journal() -> Path:
    """A journal with nothing in it yet (to import into)."""
    from desktop.store import open_journal

    target = _cache_dir(0) / "empty.sqlite3"
    if not target.exists():
        with tempfile.TemporaryDirectory(prefix="rj-bench-empty-") as tmp:
            working = Path(tmp) / "journal.sqlite3"
            open_journal(working).close()
            shutil.copyfile(working, target.with_suffix(".partial"))
        target.with_suffix(".partial").rename(target)
    return target


def exported_json(count: int) -> Path:
    """The seeded journal's JSON export (made once)."""
    from desktop.exchange.json_format import export_json
    from desktop.store import open_journal

    target = _cache_dir(count) / "export.json"
    if not target.exists():
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        with open_journal(plain_journal(count)) as journal:
            export_json(journal, partial)
        partial.rename(target)
    return target


def add_encrypted_backups(journal_file: Path, how_many: int) -> None:
    """``how_many`` encrypted backups beside ``journal_file``: copies of a small journal under the same key."""
    from desktop.store.backup import backups_dir

    source = encrypted_journal(200)
    folder = backups_dir(journal_file)
    folder.mkdir(parents=True, exist_ok=True)
    moment = datetime(2026, 11, 24, 9, 0)
    for index in range(how_many):
        stamp = (moment - timedelta(days=index)).strftime("%Y-%m-%dT%H%M%S")
        reason = "daily" if index < 7 else "manual"
        shutil.copyfile(source, folder / f"journal-{stamp}-{reason}.sqlite3")


@contextmanager
def shown_window(source: Path, *, passphrase: str | None = None, load: bool = True, big_note: bool = False) -> Iterator[Any]:
    """The real window over a private copy of ``source``, shown, loaded (answering the prompt) unless ``load=False``."""
    from PySide6.QtWidgets import QApplication

    from desktop.store.backup import ensure_daily_backup
    from desktop.store.cipher import connection_factory
    from desktop.ui.app import build_window
    from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog
    from desktop.ui.quick_start import collect_after_start

    with tempfile.TemporaryDirectory(prefix="rj-bench-stalls-window-") as tmp:
        journal_file = copy_journal(source, Path(tmp) / "data")
        ensure_daily_backup(journal_file, datetime.now(), connection_factory(passphrase))  # not measured: done on every first open of a day
        if big_note:
            from desktop.store import open_journal

            with open_journal(journal_file, passphrase) as journal:
                journal.save_entry(BIG_NOTE_DAY, big_note_text())
        window = build_window(journal_file.parent, lambda: BENCH_TODAY)
        collect_after_start()  # as run_gui does once the content is built: what start-up made is out of the collector's way
        window.show()
        QApplication.processEvents()
        if load:
            if passphrase is not None:
                answer_when_shown(AskPassphraseDialog, lambda _dialog: type_and_enter(passphrase))
            if not window.load():
                raise RuntimeError(f"the benchmark journal could not be opened: {window.problem.text()}")
            settle(window)
        try:
            yield window
        finally:
            window.tasks.wait()
            window.close()
            window.deleteLater()
            QApplication.processEvents()


def settle(window: Any, seconds: float = SETTLE_S) -> None:
    """Let the window finish what it does by itself after opening (layout, deferred scans) before a flow starts.

    Without it the measured flow's first gap held the tail of opening the window
    (its panes laid out again: 30-60 ms), which no one sees when she later clicks
    Restore or Export. The flow itself is measured as before.
    """
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + seconds
    give_up = deadline + 60
    while time.monotonic() < deadline or (window.tasks.is_busy() and time.monotonic() < give_up):
        QTest.qWait(20)


def big_note_text() -> str:
    """About 1 MB of ordinary writing in paragraphs, with a word to search for near the end."""
    paragraph = "Slept badly, walked by the river in the afternoon, felt a little lighter after tea. " * 5
    body = (paragraph.strip() + "\n\n") * ((BIG_NOTE_BYTES - 2000) // (len(paragraph) + 1))
    return body + "The lantern festival was lovely.\n\n" + paragraph * 2
