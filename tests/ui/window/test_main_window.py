"""The main window driven like a user would, asserting on the journal file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.guidance import CustomMilestone, Override
from desktop.guidance.kinds import EventKind
from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.actions import RECORD_ACTIONS, Action
from desktop.ui.calendar.view import JournalCalendar
from desktop.ui.history.record_dialog import RecordDateDialog, RecordedDate
from desktop.ui.plan.milestone_dialogs import AddMilestoneDialog, ChangeMilestoneDialog, MilestoneChange
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.preferences import HEADER_NEXT_KEY, Preferences, Theme
from desktop.ui.settings.style import apply_theme, is_dark
from desktop.ui.window.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def window(loaded_window: Callable[..., MainWindow]) -> MainWindow:
    return loaded_window()


def seed(data_dir: Path, *events: tuple[str, date]) -> None:
    with open_journal(journal_path(data_dir)) as journal:
        for kind, day in events:
            journal.add_event(kind, day)


def test_type_switch_day_and_reopen_the_text_is_there(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.calendar.select_day(date(2026, 3, 10))
    qtbot.keyClicks(window.editor.editor, "A slow morning")
    window.calendar.select_day(date(2026, 3, 11))  # switching day saves at once (on the worker)
    assert window.editor.day() == date(2026, 3, 11)
    qtbot.waitUntil(lambda: not window.autosave.has_pending())
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.entry(date(2026, 3, 10)).text == "A slow morning"
    window.calendar.select_day(date(2026, 3, 10))
    assert window.editor.text() == "A slow morning"


def test_type_and_close_the_text_is_there(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.calendar.select_day(date(2026, 3, 12))
    qtbot.keyClicks(window.editor.editor, "Written just before closing")
    window.close()
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.entry(date(2026, 3, 12)).text == "Written just before closing"


def test_autosave_after_a_pause_and_a_quiet_saved_state(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.calendar.select_day(date(2026, 3, 13))
    qtbot.keyClicks(window.editor.editor, "pause")
    assert window.editor.state.text() == "Editing…"
    qtbot.waitUntil(lambda: window.editor.state.text() == "Saved", timeout=3000)
    assert window.calendar.month_marks().marks(date(2026, 3, 13)).has_note


def test_welcome_prompt_without_a_loss_and_dismissal_is_remembered(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first = loaded_window()
    assert first.welcome.isVisible()
    first.welcome.dismissed.emit()
    assert not first.welcome.isVisible()
    first.close()
    assert QSettings().value("welcome/dismissed", type=bool)


def test_recording_a_date_shows_the_plan_and_hides_the_prompt(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.welcome.isVisible()
    monkeypatch.setattr(
        RecordDateDialog, "get_date", classmethod(lambda cls, *a, **k: RecordedDate(EventKind.PROCEDURE, date(2026, 3, 2), ""))
    )
    QSettings().setValue(HEADER_NEXT_KEY, True)  # she chose the day and the next milestone in the header
    window.registry[RECORD_ACTIONS[EventKind.PROCEDURE]].trigger()
    assert not window.welcome.isVisible()
    assert window.header.text() == "Day 17 after the procedure · Next: Earliest time for sex again, in 4 days"
    assert [m.key for m in window.milestones.milestones()][:2] == ["abstinence", "sex-earliest"]


def test_selecting_a_milestone_highlights_its_passage(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, ("miscarriage", date(2026, 3, 2)))
    win = loaded_window()
    win.milestones.select_key("planning-better")
    assert win.article.highlighted_passage().startswith("This can be thought about not earlier than six months")
    assert (win.calendar.yearShown(), win.calendar.monthShown()) == (2027, 3)
    win.calendar.setCurrentPage(2026, 3)
    win.calendar.select_day(date(2026, 3, 23))  # sex-earliest is on this day
    assert win.milestones.selected_key() == "sex-earliest"
    assert "banned for at least three weeks" in win.article.highlighted_passage()


def test_a_doctor_change_shows_both_values_and_reset_restores(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    seed(data_dir, ("procedure", date(2026, 3, 2)))
    win = loaded_window()
    monkeypatch.setattr(
        ChangeMilestoneDialog, "get_change", classmethod(lambda cls, *a, **k: MilestoneChange(None, 14, "Dr. Novak"))
    )
    win.milestones.select_key("sex-earliest")
    win.milestones.change_button.click()
    title, when, _status, source = win.milestones.row_texts("sex-earliest")
    assert source == "Your doctor"
    assert "16 Mar 2026" in when and "article: 23 Mar 2026" in when
    assert win.calendar.month_marks().marks(date(2026, 3, 16)).milestones == ("sex-earliest",)
    win.milestones.select_key("sex-earliest")
    win.milestones.reset_button.click()
    assert win.milestones.row_texts("sex-earliest")[3] == "Article"
    assert "23 Mar 2026" in win.milestones.row_texts("sex-earliest")[1]
    assert title == "Earliest time for sex again"


def test_the_article_panel_can_be_hidden_and_that_is_remembered(new_window, qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.registry[Action.TOGGLE_ARTICLE].trigger()
    assert not window.article.isVisible()
    window.close()
    again = new_window()
    assert not again.article.isVisible()
    assert not again.registry[Action.TOGGLE_ARTICLE].isChecked()


def test_a_broken_journal_file_is_reported_and_left_alone(new_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    path = journal_path(data_dir)
    path.write_bytes(b"not a journal" * 500)
    win = new_window()
    assert not win.load()
    assert win.problem.isVisible() and "could not be opened" in win.problem.text()
    assert not win.editor.isEnabled()
    assert path.read_bytes() == b"not a journal" * 500


def test_hovering_a_day_gives_the_words_for_it(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, ("procedure", date(2026, 3, 2)))
    win = loaded_window()
    win.calendar.grab()  # paint once so the calendar knows where each day is
    calendar: JournalCalendar = win.calendar
    rect = calendar.cell_rect(date(2026, 3, 19))
    assert rect is not None
    day = calendar.day_at(rect.center())
    assert day == date(2026, 3, 19)
    assert "Day 17 after the procedure" in calendar.tooltip_for(day)


def test_milestones_json_agrees_with_the_calendar(loaded_window, qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    import json
    from datetime import timedelta

    from desktop.cli import main

    seed(data_dir, ("miscarriage", date(2026, 2, 27)), ("procedure", date(2026, 3, 2)), ("period", date(2026, 4, 1)))
    assert main(["milestones", "--json", "--today", TODAY.isoformat()]) == 0
    items = json.loads(capsys.readouterr().out)
    win = loaded_window()
    assert [m.key for m in win.milestones.milestones()] == [item["key"] for item in items]
    for item in items:
        start = date.fromisoformat(item["start"])
        win.calendar.setCurrentPage(start.year, start.month)
        marks = win.calendar.month_marks()
        if item["kind"] == "window":
            end = date.fromisoformat(item["end"])
            assert item["key"] in marks.marks(start).windows
            win.calendar.setCurrentPage(end.year, end.month)
            assert item["key"] in win.calendar.month_marks().marks(end - timedelta(days=1)).windows
            assert item["key"] not in win.calendar.month_marks().marks(end).windows
        else:
            assert item["key"] in marks.marks(start).milestones, item["key"]


def test_file_menu_exports_imports_and_backs_up(qtbot: QtBot, window: MainWindow, data_dir: Path, tmp_path: Path) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts[:6] == ["&Export…", "&Print…", "&Import…", "Import from &another app…", "&Back up now", "&Restore from backup…"]
    from desktop.ui.actions import Action

    assert window.registry[Action.PRINT] is file_menu.actions()[1]  # registered under its key, placed after Export…
    window.calendar.select_day(date(2026, 3, 10))
    qtbot.keyClicks(window.editor.editor, "before the import")
    source = tmp_path / "in.json"
    source.write_text('{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-03-11", "text": "imported"}]}')
    from desktop.ui.exchange.dialogs import ImportRequest

    with qtbot.waitSignal(window.exchange.done):
        window.exchange.run_import(ImportRequest(source, replace_all=False))
    assert window.session.is_open() and window.editor.isEnabled()
    assert window.session.read_day(date(2026, 3, 10)).text == "before the import"  # the typed note was saved first
    window.calendar.select_day(date(2026, 3, 11))
    assert window.editor.text() == "imported"


def test_a_broken_journal_with_a_good_backup_is_offered_a_restore(new_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from desktop.store.backup import back_up_now

    seed(data_dir, ("miscarriage", date(2026, 3, 1)))
    path = journal_path(data_dir)
    back_up_now(path, datetime(2026, 3, 18, 9, 0))
    path.write_bytes(b"not a journal" * 500)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    win = new_window()
    with qtbot.waitSignal(win.loaded, timeout=10_000):
        assert not win.load()
    assert not win.problem.isVisible() and win.editor.isEnabled()
    assert win.session.is_open() and win.session.has_loss()


def test_a_failed_save_keeps_her_words_while_she_moves_on_and_retries(
    qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.autosave.retry_delays_ms = (50,)
    window.calendar.select_day(date(2026, 3, 10))
    qtbot.keyClicks(window.editor.editor, "cannot be written")

    def refuse(_edit: object) -> None:
        raise OSError("read-only file system")

    assert window.session.is_open()
    monkeypatch.setattr(window.session, "write_day", refuse)
    with qtbot.waitSignal(window.editor.save_failed):
        window.calendar.select_day(date(2026, 3, 11))  # she is not held on the unsaved day
    assert window.calendar.selected_day() == date(2026, 3, 11) and window.editor.text() == ""
    assert "read-only" in window.statusBar().currentMessage()
    window.calendar.select_day(date(2026, 3, 10))
    assert window.editor.text() == "cannot be written"  # her words, not the stored (empty) day
    assert window.editor.is_dirty() and window.editor.state.text() == "Not saved"
    monkeypatch.undo()  # the disk is back: the retry writes the text, and closing asks nothing
    qtbot.waitUntil(lambda: not window.autosave.has_pending())
    assert window.statusBar().currentMessage() == "Saved — everything you wrote is in the journal now."
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.entry(date(2026, 3, 10)).text == "cannot be written"
    assert window.editor.flush()


def test_settings_apply_at_once_and_again_at_the_next_start(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = Preferences(
        temperature_unit="F",
        first_day_of_week=Qt.DayOfWeek.Sunday,
        auto_lock_minutes=15,
        theme=Theme.DARK,
        article_font_pt=20,
    )
    asked: list[tuple[Preferences, bool]] = []

    def answer(_cls, _parent, current: Preferences, *, encrypted: bool, preview=None) -> Preferences:  # type: ignore[no-untyped-def]
        asked.append((current, encrypted))
        return chosen

    monkeypatch.setattr(SettingsDialog, "get_preferences", classmethod(answer))

    def assert_applied(window: MainWindow) -> None:
        assert is_dark(app.palette())
        assert window.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
        assert window.article.browser.font().pointSizeF() == 20
        assert window.journal_features.fahrenheit_action.isChecked()
        checked = [action.data() for action in window.privacy.auto_lock_group.actions() if action.isChecked()]
        assert checked == [15]  # the Journal menu agrees with the dialog
        assert window.privacy.lock.idle_timer.interval() == 15 * 60_000

    try:
        first = loaded_window()
        assert not is_dark(app.palette())
        first.registry[Action.SETTINGS].trigger()
        assert asked == [(Preferences(first_day_of_week=QLocale().firstDayOfWeek()), False)]
        assert_applied(first)  # at once, no restart
        first.close()
        apply_theme(app, Theme.SYSTEM)  # as a new process starts
        assert_applied(loaded_window())  # and again at the next start
    finally:
        apply_theme(app, Theme.SYSTEM)  # the application is shared by every test
    assert not is_dark(app.palette())


def test_settings_is_in_the_edit_menu_between_file_and_journal(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&File", "&Edit", "&Journal"]
    edit = window.menuBar().actions()[1].menu()
    assert window.registry[Action.SETTINGS] in edit.actions()
    assert not window.registry[Action.SETTINGS].shortcut().isEmpty()


def test_a_date_the_store_refuses_is_explained_and_nothing_is_recorded(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    seed(data_dir, ("miscarriage", date(2026, 3, 10)))
    window = loaded_window()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    monkeypatch.setattr(
        RecordDateDialog, "get_date", classmethod(lambda cls, *a, **k: RecordedDate(EventKind.PROCEDURE, date(2026, 3, 5), ""))
    )
    window.registry[RECORD_ACTIONS[EventKind.PROCEDURE]].trigger()
    assert shown == ["the procedure on 2026-03-05 is dated before the miscarriage on 2026-03-10 it follows; check both dates"]
    with open_journal(journal_path(data_dir)) as journal:
        assert [e.kind for e in journal.list_events()] == [EventKind.MISCARRIAGE]


def active(qtbot: QtBot, win: MainWindow) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)


def test_reset_to_the_article_offers_undo_that_brings_back_the_doctors_date_and_note(
    loaded_window, qtbot: QtBot, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    seed(data_dir, ("procedure", date(2026, 3, 2)))
    with open_journal(journal_path(data_dir)) as journal:
        journal.set_override("sex-earliest", offset_days=14, note="Dr. Novak")
    win = loaded_window()
    active(qtbot, win)
    win.milestones.select_key("sex-earliest")
    win.milestones.reset_button.click()
    assert win.milestones.row_texts("sex-earliest")[3] == "Article"
    assert win.milestones.notice.isVisible()
    assert win.milestones.notice_text.text() == "“Earliest time for sex again” is back to the article's date."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.milestones.undo_button, timeout=3000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Undo, from the keyboard
    assert not win.milestones.notice.isVisible()
    assert win.milestones.row_texts("sex-earliest")[3] == "Your doctor"
    assert "16 Mar 2026" in win.milestones.row_texts("sex-earliest")[1]
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.history().overrides == (Override("sex-earliest", None, 14, "Dr. Novak", date(2026, 3, 2)),)


def test_a_dismissed_reset_notice_leaves_the_article_date(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data_dir, ("procedure", date(2026, 3, 2)))
    with open_journal(journal_path(data_dir)) as journal:
        journal.set_override("planning-earliest", day=date(2026, 8, 1), note="check-up first")
    win = loaded_window()
    win.milestones.select_key("planning-earliest")
    win.milestones.reset_button.click()
    win.milestones.dismiss_button.click()
    assert not win.milestones.notice.isVisible()
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.history().overrides == ()


def test_her_own_milestone_can_be_changed_title_date_and_note(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    seed(data_dir, ("procedure", date(2026, 3, 2)))
    with open_journal(journal_path(data_dir)) as journal:
        own = journal.add_custom_milestone("Walk by the sea", date(2026, 4, 1), "with Anna")

    def exec_(self: AddMilestoneDialog) -> int:
        qtbot.addWidget(self)
        self.show()
        self.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is self.title, timeout=3000)
        assert (self.title.text(), self.date.text(), self.note.text()) == ("Walk by the sea", "2026-04-01", "with Anna")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "Swim in the lake")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClicks(QApplication.focusWidget(), "2026-05-10")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "with Anna and Ben")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(AddMilestoneDialog, "exec", exec_)
    win = loaded_window()
    win.milestones.select_key(f"user-{own.id}")
    assert win.milestones.change_button.isEnabled()
    win.milestones.change_button.click()
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.history().custom == (CustomMilestone(own.id, "Swim in the lake", date(2026, 5, 10), "with Anna and Ben"),)
    assert win.milestones.row_texts(f"user-{own.id}")[0] == "Swim in the lake"
    assert win.milestones.selected_key() == f"user-{own.id}"


def test_the_reset_notice_goes_when_she_makes_another_change(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    seed(data_dir, ("procedure", date(2026, 3, 2)))
    with open_journal(journal_path(data_dir)) as journal:
        journal.set_override("sex-earliest", offset_days=14, note="Dr. Novak")
    monkeypatch.setattr(
        ChangeMilestoneDialog, "get_change", classmethod(lambda cls, *a, **k: MilestoneChange(None, 30, "later"))
    )
    win = loaded_window()
    win.milestones.select_key("sex-earliest")
    win.milestones.reset_button.click()
    assert win.milestones.notice.isVisible()
    win.milestones.select_key("planning-earliest")
    win.milestones.change_button.click()
    assert not win.milestones.notice.isVisible()
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.history().overrides == (Override("planning-earliest", None, 30, "later", date(2026, 3, 2)),)


def test_a_year_typed_in_the_calendar_stays_within_the_days_the_journal_can_hold(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Seen under Xvfb: digits typed into the calendar went to December 1225, and a note typed there was never saved."""
    seed(data_dir, ("miscarriage", date(2026, 3, 2)))  # no welcome over the window
    window = loaded_window()
    calendar = window.findChild(JournalCalendar)
    assert calendar is not None
    window.activateWindow()
    calendar.setFocus()
    qtbot.waitUntil(lambda: calendar.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is calendar)
    QTest.keyClicks(QApplication.focusWidget(), "1225")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert calendar.selectedDate().year() >= 1900
    assert (calendar.minimumDate().toString(Qt.DateFormat.ISODate), calendar.maximumDate().toString(Qt.DateFormat.ISODate)) == (
        "1900-01-01",
        "2199-12-31",
    )
