"""The privacy controls on the real main window: passphrase at start, set/change/remove, lock,
and the main flows with sockets refused and logs captured."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.guidance.kinds import EventKind
from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.store.cipher import SQLITE_HEADER
from desktop.store.diagnosis import is_encrypted
from desktop.ui.actions import RECORD_ACTIONS
from desktop.ui.history.record_dialog import RecordDateDialog, RecordedDate
from desktop.ui.privacy.lock import LOCKED_TITLE
from desktop.ui.privacy.passphrase_dialogs import (
    WRONG_PASSPHRASE,
    AskPassphraseDialog,
    NewPassphraseDialog,
    PassphraseChange,
    RemovePassphraseDialog,
)
from desktop.ui.window.main_window import MainWindow
from tests.keyboard_driver import answer_modal, clipped_texts, press, type_keys

NOTE = "Walked to the lake; the ache is softer"
PASSPHRASE = "seven quiet birds"
NEW_PASSPHRASE = "eight loud birds"


@pytest.fixture(autouse=True)
def quiet_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


@dataclass
class Typed:
    """What the start-up prompt said to each refused answer, and anything that went wrong driving it."""

    problems: list[str] = field(default_factory=list)
    clipped: list[str] = field(default_factory=list)
    failures: list[BaseException] = field(default_factory=list)


def typed_answers(qtbot: QtBot, *answers: str) -> Typed:  # type: ignore[no-untyped-def]
    """Answer the start-up prompt like a user: type each answer and press Enter until it opens, else Esc."""
    typed = Typed()

    def answer(dialog: AskPassphraseDialog) -> None:
        for text in answers:
            type_keys(text)
            press(Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
            if not dialog.isVisible():
                return
            typed.problems.append(dialog.problem.text())  # refused: the prompt stays, saying why
            typed.clipped += clipped_texts(dialog)
        press(Qt.Key.Key_Escape)

    typed.failures = answer_modal(AskPassphraseDialog, answer)
    return typed


def write_note(window: MainWindow, qtbot: QtBot, day: date = date(2026, 3, 10), text: str = NOTE) -> None:
    window.calendar.select_day(day)
    qtbot.keyClicks(window.editor.editor, text)
    window.calendar.select_day(date(2026, 3, 11))  # switching day saves


def visible_strings(window: MainWindow) -> list[str]:
    texts = [window.windowTitle(), window.toolTip()]
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            texts.append(widget.toolTip())
            for attribute in ("text", "toPlainText"):
                value = getattr(widget, attribute, None)
                if callable(value):
                    try:
                        result = value()
                    except TypeError:
                        continue
                    if isinstance(result, str):
                        texts.append(result)
    return texts


def test_encrypted_journal_asks_at_start_refuses_a_wrong_one_then_opens(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    path = journal_path(data_dir)
    with open_journal(path, PASSPHRASE) as journal:
        journal.save_entry(date(2026, 3, 10), NOTE)
    typed = typed_answers(qtbot, "wrong", PASSPHRASE)
    window = new_window()
    assert window.load()
    assert typed.failures == []
    assert typed.problems == [WRONG_PASSPHRASE]
    assert typed.clipped == []  # the refusal is shown whole
    window.calendar.select_day(date(2026, 3, 10))
    assert window.editor.text() == NOTE
    assert window.privacy.change_action.isEnabled() and not window.privacy.set_action.isEnabled()


def test_cancelling_the_passphrase_keeps_the_journal_closed_and_unchanged(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    path = journal_path(data_dir)
    open_journal(path, PASSPHRASE).close()
    before = path.read_bytes()
    typed = typed_answers(qtbot, "wrong")
    window = new_window()
    assert not window.load()
    assert typed.failures == [] and typed.problems == [WRONG_PASSPHRASE]
    assert window.problem.isVisible() and "passphrase" in window.problem.text()
    assert not window.editor.isEnabled()
    assert path.read_bytes() == before


def test_set_change_and_remove_the_passphrase_from_the_window(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, quiet_message_boxes: list[str]  # type: ignore[no-untyped-def]
) -> None:
    window = new_window()
    assert window.load()
    write_note(window, qtbot)
    path = journal_path(data_dir)
    assert not window.privacy.lock.idle_timer.isActive()  # no auto-lock without a passphrase by default

    monkeypatch.setattr(NewPassphraseDialog, "get_new_passphrase", classmethod(lambda cls, parent: PASSPHRASE))
    with qtbot.waitSignal(window.privacy.conversion_finished, timeout=30_000) as finished:
        window.privacy.set_action.trigger()
    assert finished.args == [True]
    assert is_encrypted(path) and "now encrypted" in quiet_message_boxes[-1]
    assert window.session.is_open() and window.session.read_day(date(2026, 3, 10)).text == NOTE
    assert window.privacy.lock.idle_timer.interval() == 5 * 60_000  # the default once a passphrase is set
    assert window.privacy.lock.idle_timer.isActive()

    monkeypatch.setattr(
        NewPassphraseDialog, "get_change", classmethod(lambda cls, parent, check, **_kw: PassphraseChange(PASSPHRASE, NEW_PASSPHRASE))
    )
    with qtbot.waitSignal(window.privacy.conversion_finished, timeout=30_000):
        window.privacy.change_action.trigger()
    assert "changed" in quiet_message_boxes[-1]
    with open_journal(path, NEW_PASSPHRASE) as journal:
        assert journal.entry(date(2026, 3, 10)).text == NOTE  # type: ignore[union-attr]

    monkeypatch.setattr(RemovePassphraseDialog, "get_current", classmethod(lambda cls, parent, check, **_kw: NEW_PASSPHRASE))
    with qtbot.waitSignal(window.privacy.conversion_finished, timeout=30_000):
        window.privacy.remove_action.trigger()
    assert path.read_bytes().startswith(SQLITE_HEADER)
    assert window.session.is_open() and window.session.read_day(date(2026, 3, 10)).text == NOTE
    assert window.privacy.set_action.isEnabled()


def test_a_failed_conversion_says_so_and_reopens_the_journal_as_it_was(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, quiet_message_boxes: list[str]  # type: ignore[no-untyped-def]
) -> None:
    window = new_window()
    assert window.load()
    write_note(window, qtbot)
    monkeypatch.setattr(NewPassphraseDialog, "get_new_passphrase", classmethod(lambda cls, parent: "nul\x00inside"))
    with qtbot.waitSignal(window.privacy.conversion_finished, timeout=30_000) as finished:
        window.privacy.set_action.trigger()
    assert finished.args == [False]
    assert "Nothing was changed" in quiet_message_boxes[-1]
    assert not is_encrypted(journal_path(data_dir))
    assert window.session.is_open() and window.session.read_day(date(2026, 3, 10)).text == NOTE


def test_lock_hides_the_whole_main_window_and_unlocks_with_the_passphrase(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    with open_journal(journal_path(data_dir), PASSPHRASE) as journal:
        journal.add_event("procedure", date(2026, 3, 2), "")
    typed = typed_answers(qtbot, PASSPHRASE)
    window = new_window()
    assert window.load() and typed.failures == []
    write_note(window, qtbot)
    window.calendar.select_day(date(2026, 3, 10))
    window.journal_features.show_search()
    window.journal_features.show_pictures()
    assert any(NOTE in t for t in visible_strings(window))

    window.privacy.lock.lock_action.trigger()

    assert window.journal_features.pictures is not None and not window.journal_features.pictures.isVisible()
    assert window.journal_features.search_panel is not None and not window.journal_features.search_panel.isVisible()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not window and w.parent() is window)

    assert window.windowTitle() == LOCKED_TITLE
    for widget in (window.calendar, window.editor, window.milestones, window.article, window.header):
        assert not widget.isVisible()
    strings = visible_strings(window)
    assert not any(NOTE in t or "procedure" in t or "Day 17" in t for t in strings)
    assert not window.privacy.lock.try_unlock("wrong")
    assert window.privacy.lock.try_unlock(PASSPHRASE)
    assert window.editor.isVisible() and window.editor.text() == NOTE


def test_main_flows_with_sockets_refused_and_logs_captured(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, no_network: list[str], caplog: pytest.LogCaptureFixture  # type: ignore[no-untyped-def]
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    window = new_window()
    assert window.load()
    monkeypatch.setattr(
        RecordDateDialog, "get_date", classmethod(lambda cls, *a, **k: RecordedDate(EventKind.PROCEDURE, date(2026, 3, 2), ""))
    )
    window.registry[RECORD_ACTIONS[EventKind.PROCEDURE]].trigger()
    write_note(window, qtbot)
    monkeypatch.setattr(NewPassphraseDialog, "get_new_passphrase", classmethod(lambda cls, parent: PASSPHRASE))
    with qtbot.waitSignal(window.privacy.conversion_finished, timeout=30_000):
        window.privacy.set_action.trigger()
    window.privacy.lock.lock()
    window.privacy.lock.try_unlock("a wrong guess")
    window.privacy.lock.try_unlock(PASSPHRASE)
    window.calendar.select_day(date(2026, 3, 10))
    assert window.editor.text() == NOTE
    window.close()
    assert no_network == []
    for secret in (NOTE, PASSPHRASE, "a wrong guess", "2026-03-02", "2026-03-10"):
        assert secret not in caplog.text


def test_backups_made_by_the_window_of_an_encrypted_journal_are_encrypted(
    new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    with open_journal(journal_path(data_dir), PASSPHRASE) as journal:
        journal.save_entry(date(2026, 3, 10), NOTE)
    typed = typed_answers(qtbot, PASSPHRASE)
    window = new_window()
    assert window.load() and typed.failures == []  # the first open of the day makes the automatic backup
    window.exchange.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.exchange.runner.is_busy(), timeout=30_000)  # daily and manual backups
    backups = sorted((data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) >= 1
    for backup in backups:
        assert is_encrypted(backup) and NOTE.encode() not in backup.read_bytes()


def test_the_passphrase_is_written_nowhere_on_disk(
    new_window, qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    window = new_window()
    assert window.load()
    write_note(window, qtbot)
    monkeypatch.setattr(NewPassphraseDialog, "get_new_passphrase", classmethod(lambda cls, parent: PASSPHRASE))
    with qtbot.waitSignal(window.privacy.conversion_finished, timeout=30_000):
        window.privacy.set_action.trigger()
    window.privacy.lock.lock()
    window.privacy.lock.try_unlock(PASSPHRASE)
    window.close()
    window.settings.sync()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".ini" for p in files), "the settings file was not written, so this proves nothing"
    for file in files:
        content = file.read_bytes()
        for encoding in ("utf-8", "utf-16-le"):
            assert PASSPHRASE.encode(encoding) not in content, file


def test_the_privacy_controls_keep_sqlalchemy_out_of_the_first_paint(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    script = (
        "import sys, pathlib\n"
        "from desktop.ui.app import build_window, create_application\n"
        "app = create_application()\n"
        "window = build_window(pathlib.Path(sys.argv[1]))\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "False", result.stderr
