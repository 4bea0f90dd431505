"""The list of recorded dates: change, delete after asking, and undo until the app closes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.guidance.kinds import EventKind
from desktop.store.errors import JournalError
from desktop.ui.history.dialog import EventHistory, HistoryDialog
from desktop.ui.history.record_dialog import RecordDateDialog

TODAY = date(2026, 11, 25)


@pytest.fixture
def history(journal, qtbot: QtBot):  # type: ignore[no-untyped-def]
    journal.add_event(EventKind.MISCARRIAGE, date(2026, 10, 1), "at home")
    journal.add_event(EventKind.PROCEDURE, date(2026, 10, 3))
    journal.add_event(EventKind.PERIOD, date(2026, 11, 5))
    return EventHistory(journal)


@pytest.fixture
def dialog(history, qtbot: QtBot):  # type: ignore[no-untyped-def]
    widget = HistoryDialog(None, history, TODAY)
    qtbot.addWidget(widget)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def kinds_and_dates(journal) -> list[tuple[EventKind, date, str]]:  # type: ignore[no-untyped-def]
    return [(e.kind, e.date, e.note) for e in journal.list_events()]


def test_all_recorded_dates_are_listed_newest_first(dialog: HistoryDialog) -> None:
    assert [e.kind for e in dialog.shown_events()] == [EventKind.PERIOD, EventKind.PROCEDURE, EventKind.MISCARRIAGE]
    assert dialog.table.item(2, 2).text() == "at home"
    assert dialog.selected_event() is not None and dialog.selected_event().kind == EventKind.PERIOD  # the newest, chosen


def test_delete_asks_first_and_no_changes_nothing(dialog: HistoryDialog, journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = kinds_and_dates(journal)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.select_row(0)
    dialog.delete_selected()
    assert asked and "period start on 5 Nov 2026" in asked[0] and "undo" in asked[0]
    assert kinds_and_dates(journal) == before


def test_delete_then_undo_and_redo(dialog: HistoryDialog, history: EventHistory, journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    before = kinds_and_dates(journal)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.select_row(1)
    with qtbot.waitSignal(history.changed):
        dialog.delete_selected()
    assert [e.kind for e in dialog.shown_events()] == [EventKind.PERIOD, EventKind.MISCARRIAGE]
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert kinds_and_dates(journal) == before
    assert len(dialog.shown_events()) == 3
    dialog.redo_button.click()
    assert EventKind.PROCEDURE not in [e.kind for e in journal.list_events()]


def test_undo_still_works_after_the_dialog_is_closed(history: EventHistory, journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    before = kinds_and_dates(journal)
    dialog = HistoryDialog(None, history, TODAY)
    qtbot.addWidget(dialog)
    dialog.select_row(0)
    dialog.delete_selected()
    dialog.close()
    history.undo_stack.undo()
    assert kinds_and_dates(journal) == before


def test_change_a_date_and_undo_it(dialog: HistoryDialog, history: EventHistory, journal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def exec_(self: RecordDateDialog) -> QDialog.DialogCode:
        assert self.note.text() == "at home"
        self.date.setDate(self.date.date().addDays(1))
        self.note.setText("at home, evening")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordDateDialog, "exec", exec_)
    dialog.select_row(2)
    dialog.edit_selected()
    assert (EventKind.MISCARRIAGE, date(2026, 10, 2), "at home, evening") in kinds_and_dates(journal)
    history.undo_stack.undo()
    assert (EventKind.MISCARRIAGE, date(2026, 10, 1), "at home") in kinds_and_dates(journal)


def test_commands_follow_an_event_that_came_back_under_a_new_id(history: EventHistory, journal) -> None:  # type: ignore[no-untyped-def]
    period = history.events()[0]
    history.edit(period, EventKind.PERIOD, date(2026, 11, 6), "")
    edited = history.events()[0]
    history.delete(edited)
    journal.add_event(EventKind.CONSULTATION, date(2026, 11, 20))  # SQLite may hand out the freed id again
    history.undo_stack.undo()  # the period comes back, maybe under another id
    history.undo_stack.undo()  # and the edit is undone on the right row
    assert sorted(kinds_and_dates(journal)) == sorted(
        [
            (EventKind.MISCARRIAGE, date(2026, 10, 1), "at home"),
            (EventKind.PROCEDURE, date(2026, 10, 3), ""),
            (EventKind.PERIOD, date(2026, 11, 5), ""),
            (EventKind.CONSULTATION, date(2026, 11, 20), ""),
        ]
    )


def test_restore_event_keeps_a_free_id(journal) -> None:  # type: ignore[no-untyped-def]
    journal.add_event(EventKind.PERIOD, date(2026, 1, 1))
    record = journal.add_event(EventKind.PERIOD, date(2026, 2, 1), "second")
    journal.delete_event(record.id)
    assert journal.restore_event(record) == record


def shown(qtbot: QtBot, dialog: HistoryDialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table, timeout=3000)


def test_the_delete_key_removes_the_selected_date_after_asking(
    dialog: HistoryDialog, history: EventHistory, journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot  # type: ignore[no-untyped-def]
) -> None:
    before = kinds_and_dates(journal)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown(qtbot, dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # the first row: the newest date, the period
    assert dialog.selected_event() is not None and dialog.selected_event().kind == EventKind.PERIOD
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert asked and "period start on 5 Nov 2026" in asked[0]
    assert EventKind.PERIOD not in [kind for kind, _day, _note in kinds_and_dates(journal)]
    history.undo_stack.undo()
    assert kinds_and_dates(journal) == before


def test_the_delete_key_works_at_once_on_the_newest_date(
    dialog: HistoryDialog, journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot  # type: ignore[no-untyped-def]
) -> None:
    """Opened from "Correct a date…", the first row looked current but nothing was selected: Delete did nothing."""
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown(qtbot, dialog)
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert asked and "period start on 5 Nov 2026" in asked[0]
    assert EventKind.PERIOD not in [kind for kind, _day, _note in kinds_and_dates(journal)]


def test_the_delete_key_changes_nothing_when_she_says_no(dialog: HistoryDialog, journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    before = kinds_and_dates(journal)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    shown(qtbot, dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert kinds_and_dates(journal) == before


def test_a_change_to_a_future_loss_date_is_refused_and_the_date_stays(
    dialog: HistoryDialog, journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot  # type: ignore[no-untyped-def]
) -> None:
    seen: list[str] = []

    def exec_(self: RecordDateDialog) -> int:
        qtbot.addWidget(self)
        self.show()
        self.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is self.kind, timeout=3000)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClicks(QApplication.focusWidget(), "2026-12-24")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        seen.append(self.date.shown_problem())
        assert self.isVisible() and self.date.text() == "2026-12-24"
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecordDateDialog, "exec", exec_)
    before = kinds_and_dates(journal)
    dialog.select_row(2)  # the miscarriage
    dialog.edit_selected()
    assert seen and "cannot be in the future" in seen[0]
    assert kinds_and_dates(journal) == before


class RefusingStore:
    """A journal whose store refuses every change, as its rules may (one line, nothing written)."""

    def __init__(self, journal) -> None:  # type: ignore[no-untyped-def]
        self._journal = journal

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._journal, name)

    def update_event(self, *_args: object) -> None:
        raise JournalError("a procedure cannot be before the miscarriage it follows (2026-10-01)")


def test_a_change_the_store_refuses_is_shown_in_the_dialog_and_nothing_is_pushed(journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    journal.add_event(EventKind.MISCARRIAGE, date(2026, 10, 1))
    journal.add_event(EventKind.PROCEDURE, date(2026, 10, 3))
    history = EventHistory(RefusingStore(journal))  # type: ignore[arg-type]
    dialog = HistoryDialog(None, history, TODAY)
    qtbot.addWidget(dialog)
    runs: list[str] = []

    def exec_(self: RecordDateDialog) -> int:
        runs.append(self.problem.text())
        if len(runs) == 1:
            self.date.setDate(date(2026, 9, 30))
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected  # she reads the reason, then cancels

    monkeypatch.setattr(RecordDateDialog, "exec", exec_)
    dialog.select_row(0)  # the procedure
    dialog.edit_selected()
    assert runs == ["", "a procedure cannot be before the miscarriage it follows (2026-10-01)"]
    assert not history.undo_stack.canUndo()
    assert kinds_and_dates(journal) == [(EventKind.MISCARRIAGE, date(2026, 10, 1), ""), (EventKind.PROCEDURE, date(2026, 10, 3), "")]
