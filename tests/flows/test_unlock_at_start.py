"""Opening an encrypted journal at start, by keys: the prompt has the keyboard, the window never freezes.

The prompt is up right after the first paint with the focus in its field; she
types and presses Enter; the key is derived once on the read lane; the file is
opened on the journal lane while the window keeps answering and says
"Opening the journal…"; then the window has the keyboard again.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import cipher, open_journal
from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog
from desktop.ui.privacy.passphrase_field import PassphraseField
from tests.keyboard_driver import answer_modal, press, type_keys

TODAY = date(2026, 3, 20)
PASSPHRASE = "the calm one"


@pytest.fixture
def encrypted(data_dir: Path) -> Path:
    path = journal_path(data_dir)
    with open_journal(path, PASSPHRASE) as journal:
        journal.save_entry(TODAY, "Morning. ")
    return path


def test_she_types_the_passphrase_at_once_and_the_window_keeps_answering_while_it_opens(
    new_window, encrypted: Path, qtbot: QtBot, derivations: list[bytes]  # type: ignore[no-untyped-def]
) -> None:
    win = new_window(TODAY, first_run_done=True, activate=True)
    qtbot.waitExposed(win)
    seen: dict[str, object] = {}

    def answer(dialog: AskPassphraseDialog) -> None:
        seen["focus"] = QApplication.focusWidget()
        type_keys(PASSPHRASE)  # into whatever has the focus: nothing clicked first
        press(Qt.Key.Key_Return)

    failures = answer_modal(AskPassphraseDialog, answer)
    beats: list[float] = []
    statuses: list[str] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    win.statusBar().messageChanged.connect(statuses.append)  # every message, however short it stood
    heartbeat.start()
    try:
        assert win.load()
    finally:
        heartbeat.stop()
    assert failures == []
    assert isinstance(seen["focus"], PassphraseField)  # the prompt's field had the keyboard when it was up
    assert win.session.is_open() and win.session.encrypted
    assert "Opening the journal…" in statuses  # said while the file was being opened, on the journal lane
    assert len(beats) > 3  # the event loop turned while the key was checked and the file opened
    assert derivations == [cipher.file_salt(encrypted)]  # derived once: the check's key opened the file
    assert not win.statusBar().currentMessage().startswith("Opening")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # the prompt closed: the keyboard is the window's
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is win
