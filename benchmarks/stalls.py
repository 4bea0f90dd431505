"""Never frozen (issue 13, budget 4): the worst event-loop stall while she does each slow thing.

A 10 ms heartbeat runs on the UI thread (``stall_setup.Heartbeat``) while the
real window does one thing the way a click or a key does it: open and unlock
an encrypted journal, unlock the lock screen, Restore from backup… with 21
encrypted backups, Export… of an encrypted journal, import a 100k-page JSON,
edit a day's fields with the trends window open over 100k pages, search for a
word in a 1 MB note, autosave a 1 MB note, switch to the day that has it.
Budget: a worst stall of at most 50 ms in each.

``fast=True`` (the smoke test) runs the same flows on a small journal with
a few backups, to prove they still run; its figures mean nothing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.harness import BENCH_TODAY, Figure
from benchmarks.seed import DEFAULT_COUNT
from benchmarks.stall_setup import (
    BACKUPS,
    BIG_NOTE_DAY,
    PASSPHRASE,
    STALL_BUDGET_MS,
    Stall,
    add_encrypted_backups,
    answer_when_shown,
    empty_journal,
    encrypted_journal,
    exported_json,
    plain_journal,
    run_measured,
    settle,
    shown_window,
    type_and_enter,
)

FIELD_EDITS = 5


def _after(condition: Callable[[], bool], then: Callable[[], None], attempts: int = 12_000) -> None:
    """Run ``then`` once ``condition()`` holds (polled every 10 ms from the event loop)."""
    from PySide6.QtCore import QTimer

    def attempt(left: int) -> None:
        if condition():
            then()
        elif left > 0:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(attempts))


def open_and_unlock(encrypted: Path) -> Stall:
    from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog

    with shown_window(encrypted, passphrase=PASSPHRASE, load=False) as window:
        answer_when_shown(AskPassphraseDialog, lambda dialog: type_and_enter(PASSPHRASE, dialog.passphrase))
        return run_measured(window.load, lambda: window.session.is_open())


def lock_screen_unlock(encrypted: Path) -> Stall:
    with shown_window(encrypted, passphrase=PASSPHRASE) as window:
        lock = window.privacy.lock
        lock.lock()
        settle(window, 0.5)  # the lock page laid out: she types into it later
        page = window.centralWidget()
        return run_measured(lambda: type_and_enter(PASSPHRASE, page.passphrase), lambda: not lock.is_locked)


def restore_listing(encrypted: Path, backups: int) -> Stall:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.ui.exchange.restore_dialog import RestoreDialog

    with shown_window(encrypted, passphrase=PASSPHRASE) as window:
        add_encrypted_backups(window.session.journal_file, backups)
        listed: list[int] = []

        def close_when_listed(dialog: RestoreDialog) -> None:
            def close() -> None:
                listed.append(dialog.list.count())
                QTest.keyClick(dialog, Qt.Key.Key_Escape)  # she looked, and keeps her journal as it is

            _after(lambda: dialog.listed, close)

        answer_when_shown(RestoreDialog, close_when_listed)
        stall = run_measured(window.exchange.restore_action.trigger, lambda: bool(listed))
        if listed[0] < backups:
            raise RuntimeError(f"Restore listed {listed[0]} backups; {backups} were made")
        return stall


def export_encrypted(encrypted: Path) -> Stall:
    from desktop.ui.exchange.dialogs import ExportDialog

    with shown_window(encrypted, passphrase=PASSPHRASE) as window, tempfile.TemporaryDirectory() as out:
        target = Path(out) / "everything.json"
        finished: list[str] = []
        window.exchange.done.connect(finished.append)
        window.exchange.failed.connect(lambda message: finished.append(f"failed: {message}"))

        def choose_file(dialog: ExportDialog) -> None:
            def fill() -> None:
                dialog.path.edit.setFocus()
                dialog.path.edit.selectAll()
                type_and_enter(str(target), dialog.path.edit)

            _after(lambda: not dialog.loading, fill)

        answer_when_shown(ExportDialog, choose_file)
        stall = run_measured(window.exchange.export_action.trigger, lambda: bool(finished), timeout_s=600)
        if not target.exists():
            raise RuntimeError(f"the export did not finish: {finished}")
        return stall


def import_json_pages(export_file: Path) -> Stall:
    from desktop.ui.exchange.dialogs import ImportRequest

    with shown_window(empty_journal()) as window:
        finished: list[str] = []
        window.exchange.done.connect(finished.append)
        window.exchange.failed.connect(lambda message: finished.append(f"failed: {message}"))
        stall = run_measured(
            lambda: window.exchange.run_import(ImportRequest(export_file, replace_all=False)),
            lambda: bool(finished) and window.session.is_open(),
            timeout_s=900,
        )
        if finished[0].startswith("failed"):
            raise RuntimeError(finished[0])
        return stall


def trends_while_editing(plain: Path) -> Stall:
    with shown_window(plain) as window:
        day = BENCH_TODAY - timedelta(days=1)
        window.calendar.select_day(day)
        features = window.journal_features
        fields = features.fields
        assert fields is not None
        edits = {"done": 0}

        def edit() -> None:
            fields.pain.setCurrentIndex(1 + (edits["done"] % 10))  # what a key in the box does
            window.autosave.save_soon()
            edits["done"] += 1
            if edits["done"] < FIELD_EDITS:
                _after(lambda: not window.autosave.has_pending(), edit)

        def start() -> None:
            features.pictures_action.trigger()
            pictures = features.pictures
            assert pictures is not None
            _after(lambda: bool(pictures.chart.entries()), edit)

        return run_measured(
            start, lambda: edits["done"] >= FIELD_EDITS and not window.autosave.has_pending(), timeout_s=300
        )


def search_big_note(plain: Path) -> Stall:
    with shown_window(plain, big_note=True) as window:
        window.journal_features.show_search()
        panel = window.journal_features.search_panel
        assert panel is not None
        shown: list[int] = []
        panel.results_shown.connect(shown.append)

        def start() -> None:
            panel.field.setFocus()
            type_and_enter("lantern", panel.field)

        stall = run_measured(start, lambda: bool(shown))
        if BIG_NOTE_DAY not in panel.shown_dates():
            raise RuntimeError("the search did not find the 1 MB note")
        return stall


def autosave_big_note(plain: Path) -> Stall:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    with shown_window(plain, big_note=True) as window:
        window.calendar.select_day(BIG_NOTE_DAY)
        QApplication.processEvents()
        editor = window.editor.editor
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.setFocus()

        words = " And tomorrow."
        typed = {"keys": 0}

        def type_next() -> None:  # one key every 80 ms, as she types; then the pause in typing saves it
            QTest.keyClicks(editor, words[typed["keys"]])
            typed["keys"] += 1
            if typed["keys"] < len(words):
                QTimer.singleShot(80, type_next)

        stall = run_measured(
            type_next, lambda: typed["keys"] == len(words) and not window.autosave.has_pending(), timeout_s=120
        )
        if not editor.toPlainText().endswith("And tomorrow."):
            raise RuntimeError("the typing did not reach the note")
        return stall


def switch_to_big_note(plain: Path) -> Stall:
    with shown_window(plain, big_note=True) as window:
        editor = window.editor
        return run_measured(
            lambda: window.calendar.select_day(BIG_NOTE_DAY),
            # characterCount, not toPlainText: copying 1 MB out at every 5 ms poll (8-40 ms) was counted as her stall
            lambda: editor.day() == BIG_NOTE_DAY and editor.editor.document().characterCount() > 500_000,
        )


def measure_stalls(count: int = DEFAULT_COUNT, *, fast: bool = False, only: list[str] | None = None) -> list[Figure]:
    """One figure per flow: the worst stall in ms, budget 50 ms."""
    if fast:
        count = min(count, 300)
    backups = 3 if fast else BACKUPS
    plain = plain_journal(count)
    pages = f"{count // 1000}k pages" if count >= 1000 else f"{count} pages"
    flows: list[tuple[str, str, Callable[[], Stall]]] = [
        ("open_unlock", "open an encrypted journal and unlock it", lambda: open_and_unlock(encrypted_journal(count))),
        ("lock_unlock", "unlock the lock screen", lambda: lock_screen_unlock(encrypted_journal(count))),
        ("restore", f"Restore from backup… with {backups} encrypted backups", lambda: restore_listing(encrypted_journal(count), backups)),
        ("export", f"Export… an encrypted journal ({pages})", lambda: export_encrypted(encrypted_journal(count))),
        ("import", f"import a {pages} JSON", lambda: import_json_pages(exported_json(count))),
        ("trends", f"trends window ({pages}) while a day's fields are edited", lambda: trends_while_editing(plain)),
        ("search", "search that hits a 1 MB note", lambda: search_big_note(plain)),
        ("autosave", "autosave a 1 MB note", lambda: autosave_big_note(plain)),
        ("switch_day", "switch to a day with a 1 MB note", lambda: switch_to_big_note(plain)),
    ]
    figures: list[Figure] = []
    for key, title, flow in flows:
        if only and key not in only:
            continue
        try:
            stall = flow()
        except Exception as error:  # noqa: BLE001 (one flow failing must not hide the others' figures)
            figure = Figure(f"stall.{key}", f"Worst stall: {title}", None, "ms", budget=f"<= {STALL_BUDGET_MS:.0f} ms")
            figure.ok = False
            figure.note = f"did not run: {type(error).__name__}: {error}"[:300]
            figures.append(figure)
            continue
        figure = Figure(
            f"stall.{key}",
            f"Worst stall: {title}",
            stall.wall_ms,
            "ms",
            runs=1,
            budget=f"<= {STALL_BUDGET_MS:.0f} ms",
            ok=stall.wall_ms <= STALL_BUDGET_MS,
            samples=[stall.wall_ms],
        )
        figure.extra["ui_thread_cpu_ms"] = round(stall.cpu_ms, 1)
        figures.append(figure)
    return figures


def main() -> int:
    """``python -m benchmarks.stalls [--fast]``: only these figures."""
    import argparse
    import os

    from benchmarks.__main__ import print_table
    from benchmarks.harness import qt_application

    parser = argparse.ArgumentParser(prog="python -m benchmarks.stalls")
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--only", action="append")
    parser.add_argument("--entries", type=int, default=DEFAULT_COUNT)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with qt_application():
        figures = measure_stalls(args.entries, fast=args.fast, only=args.only)
    print_table(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
