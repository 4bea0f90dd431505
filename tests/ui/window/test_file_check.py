"""The file check after the open (``window/file_check.py``): damage is told as at open, and nothing she typed is lost.

The journal opens without SQLite's check (the window is ready sooner); the
check runs on the task runner once she can write. These tests fail if damage
the open never met goes untold, is told as anything but damage, offers no way
forward, or if what she typed meanwhile is not in the file; and if a sound
journal is ever interrupted by it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.store.backup import back_up_now
from desktop.store.cipher import connection_factory
from tests.store.test_faults import MORNING
from tests.store.test_opening import damage_oldest_leaf, seed_old_pages

TODAY = date(2026, 3, 20)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question the window asks her (she answers No); warnings (today's backup of a damaged file) are noted apart."""
    said: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Ok)
    return said


def she_types_in_the_note(qtbot: QtBot, editor: object, text: str) -> None:
    editor.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), text)


def test_damage_found_after_the_open_is_told_with_a_restore_and_her_words_are_in_the_file(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    path = seed_old_pages(data_dir)
    back_up_now(path, MORNING, connect=connection_factory(None))
    damage_oldest_leaf(path)
    win = new_window(TODAY, first_run_done=True, activate=True)
    assert win.load()  # the damage lies where opening never reads: the window is ready at once
    assert win.editor.editor.isEnabled() and not win.problem_banner.isVisible()
    she_types_in_the_note(qtbot, win.editor.editor, "written while the check ran")

    qtbot.waitUntil(win.problem_banner.isVisible, timeout=15_000)
    assert "is damaged" in win.problem.text() and "could not be opened" in win.problem.text()
    assert "passphrase" not in win.problem.text()
    assert win.problem_banner.offered().restore and not win.editor.isEnabled()
    qtbot.waitUntil(lambda: len(asked) == 1)  # the backup is offered once, as at open
    with closing(sqlite3.connect(path)) as raw:  # her words are in the file a restore keeps aside
        row = raw.execute("SELECT text FROM entries WHERE date = ?", (TODAY.isoformat(),)).fetchone()
    assert row == ("written while the check ran",)


def test_a_sound_journal_is_checked_and_left_alone(
    new_window, asked: list[str], qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    import desktop.store.opening as opening

    checked: list[Path] = []
    real = opening.check_journal

    def spy(path: Path, passphrase: str | None, **kwargs: object) -> object:
        checked.append(path)
        return real(path, passphrase, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(opening, "check_journal", spy)
    path = seed_old_pages(data_dir)
    win = new_window(TODAY, first_run_done=True)
    assert win.load()
    qtbot.waitUntil(lambda: checked == [path] and not win.tasks.is_busy(), timeout=15_000)
    qtbot.wait(50)
    assert not win.problem_banner.isVisible() and win.session.is_open() and asked == []
