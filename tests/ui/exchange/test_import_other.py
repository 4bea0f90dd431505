"""File ▸ Import from another app…, driven by keys: the app, the file, Enter for the preview, Enter to import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import DayRecord, open_journal
from desktop.ui.exchange.actions import ExchangeActions
from desktop.ui.exchange.import_other import ImportOtherDialog
from tests.exchange.importers.fixture_files import fixture
from tests.keyboard_driver import answer_modal, focused, press, type_keys
from tests.ui.exchange.stand_in import Window

TODAY = date(2026, 6, 1)


@pytest.fixture
def actions(window: Window, data_dir: Path) -> ExchangeActions:
    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 2), "My own page.", pain=3))
    return ExchangeActions(
        window,
        path,
        opener=lambda: open_journal(path),
        today=lambda: TODAY,
        close_journal=lambda: window.calls.append("close"),
        reopen=lambda: window.calls.append("reopen"),
    )


def choose_app_and_file(qtbot: QtBot, dialog: ImportOtherDialog, app_keys: str, path: Path) -> None:
    """Type the app's first letters into the list of apps, Tab to the file, type its path, Enter."""
    assert focused() is dialog.app
    type_keys(app_keys)
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.path
    type_keys(str(path))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.error.isVisible(), timeout=10_000)


def rows(dialog: ImportOtherDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_the_preview_then_enter_imports_it_and_the_day_with_a_page_is_kept(qtbot: QtBot, actions: ExchangeActions, window: Window, data_dir: Path) -> None:
    seen: list[list[str]] = []

    def answer(dialog: ImportOtherDialog) -> None:
        choose_app_and_file(qtbot, dialog, "jr", fixture("jrnl.json"))
        assert dialog.chosen_app() == "jrnl"
        assert dialog.summary.text() == "From jrnl.json: 1 day and 0 period starts to add. 1 kept as they are in your journal. 1 skipped."
        seen.append(rows(dialog))
        assert dialog.go_button.text() == "Import" and dialog.go_button.isEnabled()
        assert window.calls == []  # nothing closed, nothing written yet
        press(Qt.Key.Key_Return)

    failures = answer_modal(ImportOtherDialog, answer)
    with qtbot.waitSignal(actions.done, timeout=15_000) as done:
        actions.import_other.action.trigger()
    assert failures == []
    assert seen[0] == [
        "Add 1 Mar 2026: tags: doctor, a note",
        "Keep 2 Mar 2026 as it is: it already has a page",
        "Skip 3 Mar 2026: an empty entry",
    ]
    assert done.args == ["Imported from jrnl: 1 record added; days that already had a page were kept."]
    assert window.calls == ["close", "reopen"]
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.entry(date(2026, 3, 1)).text.startswith("09:15 — Back from the clinic.")
        kept = journal.entry(date(2026, 3, 2))
        assert (kept.text, kept.pain) == ("My own page.", 3)


def test_period_starts_and_values_the_store_refuses_are_shown_before_importing(qtbot: QtBot, actions: ExchangeActions, data_dir: Path) -> None:
    def answer(dialog: ImportOtherDialog) -> None:
        choose_app_and_file(qtbot, dialog, "M", fixture("mensinator.json"))
        shown = rows(dialog)
        assert "Add the date: Period start, 10 Jan 2026" in shown
        assert "Add 10 Jan 2026: bleeding heavy, tags: period" in shown
        assert any(row.startswith("Skip 5 Jan 2190: the period start date 2190-01-05 is in the future") for row in shown)
        press(Qt.Key.Key_Return)

    failures = answer_modal(ImportOtherDialog, answer)
    with qtbot.waitSignal(actions.done, timeout=15_000):
        actions.import_other.action.trigger()
    assert failures == []
    with open_journal(journal_path(data_dir)) as journal:
        assert [e.date for e in journal.list_events()] == [date(2026, 1, 10), date(2026, 2, 8)]


def test_a_malformed_file_is_one_line_in_the_dialog_and_nothing_is_written(qtbot: QtBot, actions: ExchangeActions, window: Window, data_dir: Path) -> None:
    before = journal_path(data_dir).read_bytes()
    messages: list[str] = []

    def answer(dialog: ImportOtherDialog) -> None:
        choose_app_and_file(qtbot, dialog, "dr", fixture("drip-temperature-not-a-number.csv"))
        assert dialog.chosen_app() == "drip"
        messages.append(dialog.error.text())
        assert dialog.preview is None and dialog.list.count() == 0
        assert dialog.summary.text() == "Nothing was read, and nothing was changed."
        press(Qt.Key.Key_Escape)

    failures = answer_modal(ImportOtherDialog, answer)
    actions.import_other.action.trigger()
    actions.runner.wait()
    assert failures == []
    assert messages == [
        "drip-temperature-not-a-number.csv, line 2, temperature.value: 'warm' is not a number"
    ]
    assert window.calls == []
    assert journal_path(data_dir).read_bytes() == before


def test_another_file_forgets_the_preview_so_enter_shows_the_new_one_first(qtbot: QtBot, actions: ExchangeActions, window: Window) -> None:
    def answer(dialog: ImportOtherDialog) -> None:
        choose_app_and_file(qtbot, dialog, "jr", fixture("jrnl.json"))
        assert dialog.preview is not None
        dialog.path.setFocus()
        type_keys("x")  # the path changed: the preview no longer says what would be written
        assert dialog.preview is None and dialog.list.count() == 0
        assert dialog.go_button.text() == "Show what will be added"
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.error.isVisible, timeout=5_000)
        assert dialog.error.text().startswith("There is no file ")
        press(Qt.Key.Key_Escape)

    failures = answer_modal(ImportOtherDialog, answer)
    actions.import_other.action.trigger()
    actions.runner.wait()
    assert failures == []
    assert window.calls == []


def test_the_action_follows_the_journal(actions: ExchangeActions) -> None:
    assert actions.import_other.action in actions.actions()
    actions.set_journal_actions_enabled(False)
    assert not actions.import_other.action.isEnabled()
    actions.set_journal_actions_enabled(True)
    assert actions.import_other.action.isEnabled()
    assert QApplication.instance() is not None


def test_a_file_with_nothing_new_offers_no_import(qtbot: QtBot, actions: ExchangeActions, window: Window, data_dir: Path) -> None:
    with open_journal(journal_path(data_dir)) as journal:
        journal.save_day(DayRecord(date(2026, 3, 1), "Already written."))
    states: list[tuple[str, bool]] = []

    def answer(dialog: ImportOtherDialog) -> None:
        choose_app_and_file(qtbot, dialog, "jr", fixture("jrnl.json"))
        assert focused() is dialog.list  # the preview has the keyboard
        assert dialog.preview is not None and not dialog.preview.adds_anything()
        states.append((dialog.summary.text(), dialog.go_button.isEnabled()))
        press(Qt.Key.Key_Return)  # nothing to import: Enter changes nothing
        assert dialog.isVisible()
        press(Qt.Key.Key_Escape)

    failures = answer_modal(ImportOtherDialog, answer)
    actions.import_other.action.trigger()
    actions.runner.wait()
    assert failures == []
    assert states == [("Nothing to add from jrnl.json. 2 kept as they are in your journal. 1 skipped.", False)]
    assert window.calls == []
