"""The day editor on its own: autosave timing, undo/redo, and a failing save keeps the text."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop.ui.day.autosave import DayAutosave, DayEdit
from desktop.ui.day.day_editor import DayEditor


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.saved: list[tuple[date, str]] = []
        self.fail = fail

    def __call__(self, edit: DayEdit) -> None:
        if self.fail:
            raise OSError("the disk is full")
        assert edit.text is not None
        self.saved.append((edit.day, edit.text))


def editor_saving_to(recorder: Recorder) -> DayEditor:
    """The editor on an autosave of its own (the window's is the session's) that writes to ``recorder``."""
    editor = DayEditor(DayAutosave(recorder))
    editor.autosave.setParent(editor)
    return editor


def test_undo_and_redo_work_in_the_text_and_the_result_is_saved(qtbot: QtBot) -> None:
    recorder = Recorder()
    editor = editor_saving_to(recorder)
    qtbot.addWidget(editor)
    editor.show_day(date(2026, 3, 1), "")
    qtbot.keyClicks(editor.editor, "kept")
    editor.flush()
    qtbot.keyClicks(editor.editor, " and more")
    qtbot.keySequence(editor.editor, QKeySequence.StandardKey.Undo)
    assert editor.text() != "kept and more"
    qtbot.keySequence(editor.editor, QKeySequence.StandardKey.Redo)
    assert editor.text() == "kept and more"
    editor.flush()
    assert recorder.saved[-1] == (date(2026, 3, 1), "kept and more")


def test_loading_a_day_is_not_an_edit(qtbot: QtBot) -> None:
    recorder = Recorder()
    editor = editor_saving_to(recorder)
    qtbot.addWidget(editor)
    editor.show_day(date(2026, 3, 1), "already there")
    assert not editor.is_dirty()
    editor.show_day(date(2026, 3, 2), "")
    assert recorder.saved == []


def test_a_failed_save_keeps_the_text_and_says_so(qtbot: QtBot) -> None:
    editor = editor_saving_to(Recorder(fail=True))
    qtbot.addWidget(editor)
    editor.show_day(date(2026, 3, 1), "")
    qtbot.keyClicks(editor.editor, "precious words")
    with qtbot.waitSignal(editor.save_failed) as failure:
        assert not editor.flush()
    assert "disk is full" in failure.args[0]
    assert editor.text() == "precious words" and editor.is_dirty()
    assert editor.state.text() == "Not saved"


def test_returning_to_a_day_shows_its_unsaved_words(qtbot: QtBot) -> None:
    recorder = Recorder(fail=True)
    editor = editor_saving_to(recorder)
    qtbot.addWidget(editor)
    editor.autosave.retry_delays_ms = (60_000,)
    editor.show_day(date(2026, 3, 1), "")
    qtbot.keyClicks(editor.editor, "not written yet")
    editor.show_day(date(2026, 3, 2), "")  # the save of 1 March fails: she may still move on
    assert editor.text() == "" and not editor.is_dirty()
    editor.show_day(date(2026, 3, 1), "")  # the store has nothing for the day; her words are shown
    assert editor.text() == "not written yet" and editor.is_dirty()
    assert editor.state.text() == "Not saved"
    recorder.fail = False
    assert editor.flush()
    assert recorder.saved == [(date(2026, 3, 1), "not written yet")]


def test_steady_typing_is_saved_within_the_maximum_wait(qtbot: QtBot) -> None:
    recorder = Recorder()
    editor = editor_saving_to(recorder)
    qtbot.addWidget(editor)
    editor.autosave.delay_ms = 60_000  # she never pauses
    editor.autosave.max_wait_ms = 50
    editor.show_day(date(2026, 3, 1), "")
    qtbot.keyClicks(editor.editor, "steady")
    qtbot.waitUntil(lambda: recorder.saved == [(date(2026, 3, 1), "steady")], timeout=2000)
    assert editor.state.text() == "Saved"
