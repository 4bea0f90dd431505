"""The fault table through the window's open path: a message with the right ways out, never a blank window.

The cases and how each is simulated are those of ``test_store_faults.py``.
Her answers to questions are recorded (QMessageBox.question is replaced), and
the passphrase prompt answers as she would: the passphrase she knows, or
Cancel when the prompt refuses it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.store import open_journal
from desktop.store.backup import list_backups
from desktop.store.diagnosis import Fault
from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog
from desktop.ui.window.open_problem import WaysOut
from tests.store.test_faults import CASES, PASS, Case, seed, state

TODAY = date(2026, 3, 20)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question the window asks her; she answers No."""
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    return questions


def she_types(monkeypatch: pytest.MonkeyPatch, passphrase: str) -> None:
    """The start-up prompt: she types what she believes is the passphrase; if it is refused, she cancels."""

    def prompt(_cls: object, _parent: object, check, message: str | None = None, **_kw: object) -> str | None:  # type: ignore[no-untyped-def]
        return passphrase if check(passphrase) else None

    monkeypatch.setattr(AskPassphraseDialog, "get_passphrase", classmethod(prompt))


@pytest.fixture(params=CASES, ids=lambda case: case.name)
def broken(request: pytest.FixtureRequest, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Case]:
    case: Case = request.param
    case.make(seed(data_dir, PASS if case.encrypted else None))
    she_types(monkeypatch, case.passphrase)
    yield case


def test_the_window_says_what_is_wrong_and_offers_only_what_helps(
    new_window, broken: Case, asked: list[str], qtbot: QtBot, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    before = state(data_dir)
    win = new_window(TODAY)
    assert not win.load()
    qtbot.wait(20)  # the restore question comes after load() returns
    banner = win.problem_banner
    assert banner.isVisible() and not win.editor.isEnabled()
    if broken.fault is Fault.WRONG_PASSPHRASE:  # the prompt refused it; she cancelled
        assert "stays closed until its passphrase is typed" in win.problem.text()
    else:
        assert broken.says in win.problem.text() and "could not be opened" in win.problem.text()
    assert "Traceback" not in win.problem.text() and "SQL:" not in win.problem.text()
    assert banner.offered().restore is broken.restore
    assert banner.offered().start_new is (broken.fault in (Fault.MISSING, Fault.EMPTY))
    assert len(asked) == (1 if broken.restore else 0)  # asked once, never for a file that is fine
    assert state(data_dir) == before
    assert not win.load()  # trying again never asks again: no loop
    qtbot.wait(20)
    assert len(asked) == (1 if broken.restore else 0)
    assert state(data_dir) == before


def test_a_newer_journal_is_never_offered_a_restore_and_nothing_rotates(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    from tests.store.test_faults import set_revision

    set_revision(seed(data_dir), "9999")
    before = state(data_dir)
    win = new_window(TODAY)
    for _attempt in range(3):
        assert not win.load()
        qtbot.wait(20)
    assert asked == [] and win.problem_banner.offered() == WaysOut()
    assert "update the app" in win.problem.text() and state(data_dir) == before


def test_a_damaged_encrypted_journal_restores_with_her_passphrase_and_keeps_the_damaged_file(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    path = seed(data_dir, PASS)
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    she_types(monkeypatch, PASS)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    win = new_window(TODAY)
    with qtbot.waitSignal(win.loaded, timeout=20_000):
        assert not win.load()
    assert win.session.is_open() and win.session.read_day(date(2026, 3, 2)).text == "second day"
    kept = [b for b in list_backups(path) if b.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def test_a_busy_journal_opens_for_reading_without_a_restore_offer(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    path = seed(data_dir)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        win = new_window(TODAY)
        assert win.load()
        assert win.session.is_open() and win.session.read_day(date(2026, 3, 1)).text == "first day"
        assert asked == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_journal_opens_with_a_banner_and_reads(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    seed(data_dir)
    before = state(data_dir)
    monkeypatch.setattr("desktop.store.opening.can_write", lambda _path: False)
    win = new_window(TODAY)
    assert win.load()
    assert win.problem_banner.isVisible() and "Read only" in win.problem.text()
    assert win.problem_banner.offered() == WaysOut()
    win.calendar.select_day(date(2026, 3, 2))
    assert win.editor.text() == "second day" and win.editor.editor.isReadOnly()
    assert asked == [] and state(data_dir) == before


def test_a_full_disk_at_open_offers_to_try_again_not_a_restore(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    import errno

    seed(data_dir)
    before = state(data_dir)

    def no_space(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("desktop.store.opening.ensure_private_file", no_space)
    win = new_window(TODAY)
    assert not win.load()
    qtbot.wait(20)
    assert "the disk is full" in win.problem.text()
    assert win.problem_banner.offered() == WaysOut(retry=True)
    assert asked == [] and state(data_dir) == before
    monkeypatch.undo()
    she_types(monkeypatch, PASS)
    qtbot.keyClick(win.problem_banner.retry_button, Qt.Key.Key_Space)  # space left again: Try again opens it
    assert win.session.is_open() and not win.problem_banner.isVisible()


def test_a_date_the_plan_cannot_hold_leaves_a_way_to_correct_it(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """Issue 11: a miscarriage on 9999-12-31 painted, then left the window blank and disabled."""
    from desktop.ui.history.dialog import HistoryDialog

    path = seed(data_dir)
    with sqlite3.connect(path) as raw:  # as an older version let it in; the store's rules refuse it now
        raw.execute(
            "INSERT INTO events (kind, date, note, created_at, updated_at) "
            "VALUES ('miscarriage', '9999-12-31', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    raw.close()
    win = new_window(TODAY)
    assert not win.load()
    assert win.problem_banner.isVisible() and "the plan could not be made" in win.problem.text()
    assert win.problem_banner.offered() == WaysOut(correct_dates=True, export=True)
    assert win.exchange.export_action.isEnabled()

    def she_deletes_it(dialog: HistoryDialog) -> int:
        row = next(i for i, e in enumerate(dialog.shown_events()) if e.date == date(9999, 12, 31))
        dialog.select_row(row)
        dialog.delete_selected()
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", she_deletes_it)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(win.loaded, timeout=10_000):
        qtbot.keyClick(win.problem_banner.history_button, Qt.Key.Key_Space)
    assert not win.problem_banner.isVisible() and win.editor.isEnabled()
    with open_journal(path) as journal:
        assert all(e.date.year < 9999 for e in journal.list_events())


def test_a_symlinked_journal_opens_in_the_window(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from desktop.paths import journal_path

    real = tmp_path / "elsewhere" / "journal.sqlite3"
    real.parent.mkdir()
    seed(real.parent)
    data_dir.mkdir(parents=True)
    journal_path(data_dir).symlink_to(real)
    win = new_window(TODAY)
    assert win.load() and not win.problem_banner.isVisible()
    assert win.session.is_open() and win.session.read_day(date(2026, 3, 1)).text == "first day"
    assert asked == [] and journal_path(data_dir).is_symlink()


def test_a_journal_whose_plan_fails_can_still_be_exported(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    import json

    from desktop.ui.exchange.dialogs import ExportDialog, ExportRequest

    path = seed(data_dir)
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO events (kind, date, note, created_at, updated_at) "
            "VALUES ('miscarriage', '9999-12-31', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    raw.close()
    win = new_window(TODAY)
    assert not win.load()
    target = tmp_path / "everything.json"
    chosen: list[object] = []

    def she_chooses_json(_cls: object, *_args: object, **_kwargs: object) -> ExportRequest:
        from desktop.exchange.formats import ExportOptions

        chosen.append(True)
        return ExportRequest("json", target, ExportOptions(today=TODAY))

    monkeypatch.setattr(ExportDialog, "get_export_filled", classmethod(she_chooses_json))
    with qtbot.waitSignal(win.exchange.done, timeout=10_000):
        qtbot.keyClick(win.problem_banner.export_button, Qt.Key.Key_Space)
    exported = json.loads(target.read_text())
    assert chosen and {"first day", "second day"} <= {e["text"] for e in exported["entries"]}


def test_a_plain_journal_with_its_whole_header_overwritten_is_damaged_never_asks_a_passphrase_and_restores(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """Seen under Xvfb: 100 bytes overwritten made a plain journal look encrypted; she was asked for a
    passphrase she never set, and on Cancel no button was left. Its pages still read as plain SQLite."""
    from desktop.ui.exchange.restore_dialog import RestoreDialog

    path = seed(data_dir)  # plain, with two plain backups
    path.write_bytes(bytes(range(7, 107)) + path.read_bytes()[100:])
    damaged = path.read_bytes()
    prompts: list[object] = []
    monkeypatch.setattr(AskPassphraseDialog, "get_passphrase", classmethod(lambda *args, **kwargs: prompts.append(args)))
    win = new_window(TODAY)
    assert not win.load()
    qtbot.wait(20)  # the restore question comes after load() returns; she answers No
    assert prompts == []  # never asked for a passphrase she never set
    banner = win.problem_banner
    assert banner.isVisible() and "is damaged" in win.problem.text()
    assert banner.offered().restore and len(asked) == 1
    monkeypatch.setattr(
        RestoreDialog, "get_listed_backup", classmethod(lambda _cls, _parent, _runner, list_backups: list_backups()[0])
    )
    with qtbot.waitSignal(win.loaded, timeout=20_000):
        banner.restore_button.click()
    assert win.session.is_open() and win.session.read_day(date(2026, 3, 2)).text == "second day"
    kept = [b for b in list_backups(path) if b.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def test_a_plain_journal_that_reads_as_random_bytes_offers_its_plain_backups_after_the_prompt(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """Nothing in the file tells it from an encrypted one, so she is asked; on Cancel the plain backups are offered."""
    import os

    from desktop.ui.exchange.restore_dialog import RestoreDialog

    path = seed(data_dir)  # plain, with two plain backups
    path.write_bytes(os.urandom(path.stat().st_size))  # whole pages of noise: looks like SQLCipher
    damaged = path.read_bytes()
    she_types(monkeypatch, "a passphrase she never set")  # refused, so she cancels
    win = new_window(TODAY)
    assert not win.load()
    banner = win.problem_banner
    assert banner.isVisible() and "if you never set a passphrase" in win.problem.text()
    assert banner.offered() == WaysOut(retry=True, restore=True)
    monkeypatch.setattr(
        RestoreDialog, "get_listed_backup", classmethod(lambda _cls, _parent, _runner, list_backups: list_backups()[0])
    )
    with qtbot.waitSignal(win.loaded, timeout=20_000):
        banner.restore_button.click()
    assert win.session.is_open() and win.session.read_day(date(2026, 3, 2)).text == "second day"
    kept = [b for b in list_backups(path) if b.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def test_a_cancelled_prompt_offers_to_ask_again_and_no_restore_with_encrypted_backups(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    seed(data_dir, PASS)
    she_types(monkeypatch, "not it")
    win = new_window(TODAY)
    assert not win.load()
    assert win.problem_banner.offered() == WaysOut(retry=True)  # no restore for a passphrase she mistyped
    assert "never set" not in win.problem.text()
    she_types(monkeypatch, PASS)
    with qtbot.waitSignal(win.loaded, timeout=20_000):
        win.problem_banner.retry_button.click()  # asked again, and it opens
    assert win.session.is_open() and win.session.read_day(date(2026, 3, 2)).text == "second day"


def test_a_read_only_journal_s_note_is_never_writable_while_it_opens(
    new_window, asked: list[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """The open fills the window a turn before the read-only banner: a key typed then must not look taken."""
    from PySide6.QtCore import QEvent, QObject

    seed(data_dir)
    monkeypatch.setattr("desktop.store.opening.can_write", lambda _path: False)
    win = new_window(TODAY)
    writable_while_enabled: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.EnabledChange and win.editor.editor.isEnabled():
                writable_while_enabled.append(not win.editor.editor.isReadOnly())
            return False

    watch = Watch()
    win.editor.editor.installEventFilter(watch)
    assert win.load()
    assert writable_while_enabled and not any(writable_while_enabled)
    assert win.editor.editor.isReadOnly() and "Read only" in win.problem.text()
