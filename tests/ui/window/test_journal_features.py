"""The journal features in the real main window: fields autosave, Ctrl+F search, history, pictures."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.guidance.kinds import EventKind
from desktop.paths import journal_path
from desktop.store import DayRecord, Journal, open_journal
from desktop.ui.actions import Action
from desktop.ui.history.dialog import HistoryDialog
from desktop.ui.window.main_window import MainWindow
from tests.conftest import TODAY


def procedure_and_a_walk(journal: Journal) -> None:
    journal.add_event(EventKind.PROCEDURE, date(2026, 3, 1))
    journal.save_day(DayRecord(date(2026, 3, 10), "A walk by the river", pain=3, temperature_c=37.1))


@pytest.fixture
def window(loaded_window: Callable[..., MainWindow]) -> MainWindow:
    return loaded_window(TODAY, procedure_and_a_walk)


def stored(data_dir: Path, day: date):  # type: ignore[no-untyped-def]
    with open_journal(journal_path(data_dir)) as journal:
        return journal.entry(day)


def test_fields_show_the_selected_day_and_save_when_the_day_changes(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    fields = window.journal_features.fields
    assert fields is not None
    window.calendar.select_day(date(2026, 3, 10))
    assert fields.values().pain == 3 and fields.values().temperature_c == 37.1
    fields.bleeding.setCurrentIndex(fields.bleeding.findData("light"))
    window.calendar.select_day(date(2026, 3, 11))
    assert fields.values().pain is None
    qtbot.waitUntil(lambda: not window.autosave.has_pending())  # saved at once, on the worker
    entry = stored(data_dir, date(2026, 3, 10))
    assert (entry.text, entry.bleeding, entry.pain) == ("A walk by the river", "light", 3)


def test_fields_and_text_of_a_new_day_both_survive_closing(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.calendar.select_day(date(2026, 3, 12))
    fields = window.journal_features.fields
    assert fields is not None
    qtbot.keyClicks(fields.temperature, "38.1")
    assert "doctor" in fields.fever_note_text()
    qtbot.keyClicks(window.editor.editor, "Feverish")
    window.close()
    entry = stored(data_dir, date(2026, 3, 12))
    assert (entry.text, entry.temperature_c) == ("Feverish", 38.1)


def test_the_fever_link_shows_the_passage(window: MainWindow) -> None:
    fields = window.journal_features.fields
    assert fields is not None
    window.registry[Action.TOGGLE_ARTICLE].setChecked(False)
    fields.passage_requested.emit("infection-risk")
    assert window.registry[Action.TOGGLE_ARTICLE].isChecked()


def test_ctrl_f_search_and_choose_a_day(qtbot: QtBot, window: MainWindow) -> None:
    features = window.journal_features
    assert features.search_action.shortcut().toString() != ""
    features.search_action.trigger()
    panel = features.search_panel
    assert panel is not None and panel.isVisible()
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.set_query("river")
    panel.results.itemActivated.emit(panel.results.item(0))
    assert window.calendar.selected_day() == date(2026, 3, 10)
    assert window.editor.text() == "A walk by the river"


def test_history_changes_update_the_plan_and_undo_outlives_the_dialog(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)

    def exec_(dialog: HistoryDialog) -> int:
        dialog.select_row(0)
        dialog.delete_selected()
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", exec_)
    assert window.session.is_open() and window.session.has_loss()
    window.journal_features.history_action.trigger()
    assert not window.session.has_loss()
    history = window.journal_features.event_history
    assert history is not None
    history.undo_stack.undo()
    assert window.session.has_loss()


def test_pictures_follow_the_plan(qtbot: QtBot, window: MainWindow) -> None:
    features = window.journal_features
    features.pictures_action.trigger()
    pictures = features.pictures
    assert pictures is not None and pictures.isVisible()
    layout = pictures.timeline.current_layout()
    assert layout is not None and layout.day_zero == date(2026, 3, 1)
    assert pictures.chart.shown_range() == (date(2026, 3, 6), TODAY)
    pictures.close()


def test_the_trends_window_opens_inside_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    """It opened at 900×640 whatever the screen: taller than a 1024×600 one, wider than the offscreen one here."""
    window.journal_features.pictures_action.trigger()
    pictures = window.journal_features.pictures
    assert pictures is not None and pictures.isVisible()
    screen = pictures.screen()
    assert screen is not None
    available = screen.availableGeometry()
    assert pictures.height() <= available.height() and pictures.width() <= available.width()
    pictures.close()


def test_the_unit_setting_switches_fields_to_fahrenheit(window: MainWindow) -> None:
    features = window.journal_features
    window.calendar.select_day(date(2026, 3, 10))
    features.fahrenheit_action.setChecked(True)
    assert features.fields is not None and features.fields.temperature.text() == "98.8"


def test_the_feature_modules_are_not_imported_before_the_journal_loads(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.ui.app import build_window\n"
        f"build_window(__import__('pathlib').Path({str(tmp_path / 'data')!r}))\n"
        "names = ('day.day_fields', 'search.panel', 'history.dialog', 'history.timeline_view', 'history.trend_chart')\n"
        "print(' '.join(n for n in names if 'desktop.ui.' + n in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == ""


def test_reopening_after_an_import_or_restore_keeps_one_set_of_fields(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    from desktop.ui.day.day_fields import DayFields

    features = window.journal_features
    window.calendar.select_day(date(2026, 3, 14))
    assert features.fields is not None
    features.fields.mood.setCurrentIndex(features.fields.mood.findData(4))  # pending: not saved yet
    assert window._close_journal()  # what File ▸ Import does first
    assert stored(data_dir, date(2026, 3, 14)).mood == 4
    window._reopen_journal()  # and then
    assert len(window.findChildren(DayFields)) == 1
    window.calendar.select_day(date(2026, 3, 14))
    assert features.fields.values().mood == 4
    features.search_action.trigger()
    assert features.search_panel is not None
    with qtbot.waitSignal(features.search_panel.results_shown, timeout=5000):
        features.search_panel.set_query("river")
    assert features.search_panel.shown_dates() == [date(2026, 3, 10)]


def test_the_day_shown_at_open_has_its_fields_and_opening_a_day_reads_its_row_once(
    loaded_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = loaded_window(TODAY, lambda journal: journal.save_day(DayRecord(TODAY, "today's words", pain=4)))
    fields = window.journal_features.fields
    assert window.editor.day() == TODAY and window.editor.text() == "today's words"
    assert fields is not None and fields.pain.currentData() == 4  # not only after she picks another day
    reads: list[date] = []
    real = Journal.entry

    def counted(journal: Journal, day: date):  # type: ignore[no-untyped-def]
        reads.append(day)
        return real(journal, day)

    monkeypatch.setattr(Journal, "entry", counted)
    window.calendar.select_day(date(2026, 3, 10))
    assert reads == [date(2026, 3, 10)]  # one read for the note and the fields
    assert window.editor.text() == "" and fields.pain.currentData() is None  # an empty day, shown as one
