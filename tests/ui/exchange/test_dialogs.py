"""Export, import, backup and restore from the window: dialogs driven through their get_… classmethods."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import DayRecord, open_journal
from desktop.store import backup as backup_module
from desktop.store.backup import BackupInfo, back_up_now, list_backups
from desktop.ui.calendar.view import to_qdate
from desktop.ui.exchange.actions import ExchangeActions
from desktop.ui.exchange.dialogs import (
    NOT_ENCRYPTED_NOTE,
    ExportDialog,
    ExportRequest,
    ImportDialog,
    ImportRequest,
)
from desktop.ui.exchange.restore_dialog import RestoreDialog
from tests.keyboard_driver import answer_modal, press
from tests.ui.exchange.stand_in import Window

TODAY = date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 9, 30)


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Replace ``exec``: fill the dialog like a user, press the accept button, return what accept decided."""
    seen: list[QDialog] = []

    def fake_exec(self: QDialog) -> int:
        seen.append(self)
        fill(self)
        self.accept()
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


def test_export_dialog_pdf_with_range_and_notes(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        assert dialog.first.isVisibleTo(dialog) and dialog.include_notes.isVisibleTo(dialog)
        assert not dialog.reminders.isVisibleTo(dialog)
        assert dialog.path.path() == tmp_path / "recovery-journal-2026-03-20.pdf"
        dialog.first.setDate(to_qdate(date(2026, 3, 3)))
        dialog.include_notes.setChecked(True)

    seen = drive(monkeypatch, ExportDialog, fill)
    request = ExportDialog.get_export(None, TODAY, date(2026, 3, 1), TODAY, tmp_path)
    assert isinstance(request, ExportRequest)
    assert (request.format, request.path) == ("pdf", tmp_path / "recovery-journal-2026-03-20.pdf")
    assert (request.options.first, request.options.last, request.options.include_notes) == (date(2026, 3, 3), TODAY, True)
    texts = [label.text() for label in seen[0].findChildren(type(seen[0].error))]
    assert NOT_ENCRYPTED_NOTE in texts


def test_export_dialog_ics_reminders_and_json_ignores_pdf_options(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("ics"))
        dialog.reminders.setChecked(True)
        dialog.reminder_days.setValue(3)

    drive(monkeypatch, ExportDialog, fill)
    request = ExportDialog.get_export(None, TODAY, TODAY, TODAY, tmp_path)
    assert request is not None and request.format == "ics" and request.options.reminder_days == 3
    assert request.path.suffix == ".ics"

    drive(monkeypatch, ExportDialog, lambda dialog: None)
    request = ExportDialog.get_export(None, TODAY, TODAY, TODAY, tmp_path)
    assert request is not None and request.format == "json"
    assert request.options.first is None and not request.options.include_notes


def test_export_dialog_refuses_a_missing_folder_or_a_backwards_range(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    def missing_folder(dialog: ExportDialog) -> None:
        dialog.path.edit.setText(str(tmp_path / "nowhere" / "x.json"))

    seen = drive(monkeypatch, ExportDialog, missing_folder)
    assert ExportDialog.get_export(None, TODAY, TODAY, TODAY, tmp_path) is None
    assert "does not exist" in seen[0].error.text() and not seen[0].error.isHidden()

    def backwards(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.first.setDate(to_qdate(date(2026, 3, 25)))

    seen = drive(monkeypatch, ExportDialog, backwards)
    assert ExportDialog.get_export(None, TODAY, TODAY, TODAY, tmp_path) is None
    assert "must not be after" in seen[0].error.text()


def test_import_dialog_merges_by_default_and_can_replace(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text("{}")

    def fill(dialog: ImportDialog) -> None:
        assert dialog.merge.isChecked()
        dialog.path.edit.setText(str(source))
        dialog.replace.setChecked(True)

    drive(monkeypatch, ImportDialog, fill)
    assert ImportDialog.get_import(None, tmp_path) == ImportRequest(source, replace_all=True)

    seen = drive(monkeypatch, ImportDialog, lambda d: d.path.edit.setText(str(tmp_path / "missing.json")))
    assert ImportDialog.get_import(None, tmp_path) is None
    assert "There is no file" in seen[0].error.text()


def test_restore_dialog_lists_dates_and_counts_and_skips_unreadable(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    backups = [
        BackupInfo(tmp_path / "a", datetime(2026, 3, 20, 8, 0), "manual", None),
        BackupInfo(tmp_path / "b", datetime(2026, 3, 19, 8, 0), "daily", 12),
        BackupInfo(tmp_path / "c", datetime(2026, 3, 18, 8, 0), "daily", 1),
    ]
    seen = drive(monkeypatch, RestoreDialog, lambda dialog: None)
    assert RestoreDialog.get_backup(None, backups) == backups[1]  # the newest readable one is preselected
    rows = [seen[0].list.item(i).text() for i in range(seen[0].list.count())]
    assert rows == [
        "20 Mar 2026 08:00 — cannot be read (made by you)",
        "19 Mar 2026 08:00 — 12 day pages (automatic)",
        "18 Mar 2026 08:00 — 1 day page (automatic)",
    ]
    drive(monkeypatch, RestoreDialog, lambda dialog: dialog.list.setCurrentRow(2))
    assert RestoreDialog.get_backup(None, backups) == backups[2]
    seen = drive(monkeypatch, RestoreDialog, lambda dialog: None)
    assert RestoreDialog.get_backup(None, []) is None
    assert not seen[0].restore_button.isEnabled()


# -- the actions, with real files and the worker thread --------------------------------


@pytest.fixture
def actions(window: Window, data_dir: Path) -> ExchangeActions:
    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.add_event("miscarriage", date(2026, 3, 1))
        journal.save_day(DayRecord(date(2026, 3, 2), "first page", pain=4))
    return ExchangeActions(
        window,
        path,
        opener=lambda: open_journal(path),
        today=lambda: TODAY,
        close_journal=lambda: window.calls.append("close"),
        reopen=lambda: window.calls.append("reopen"),
        now=lambda: NOW,
    )


def wait_for(qtbot: QtBot, actions: ExchangeActions, start: Callable[[], None], signal_name: str = "done") -> str:
    with qtbot.waitSignal(getattr(actions, signal_name)) as blocker:
        start()
    return str(blocker.args[0])


def test_export_runs_in_the_background_and_reports(qtbot: QtBot, actions: ExchangeActions, tmp_path: Path) -> None:
    from desktop.exchange.formats import ExportOptions

    target = tmp_path / "out.json"
    message = wait_for(qtbot, actions, lambda: actions.run_export(ExportRequest("json", target, ExportOptions(TODAY))))
    assert message == f"Exported to {target}."
    assert json.loads(target.read_text(encoding="utf-8"))["entries"][0]["pain"] == 4


def test_pdf_export_works_on_the_worker_thread(qtbot: QtBot, actions: ExchangeActions, tmp_path: Path) -> None:
    from desktop.exchange.formats import ExportOptions

    target = tmp_path / "out.pdf"
    wait_for(qtbot, actions, lambda: actions.run_export(ExportRequest("pdf", target, ExportOptions(TODAY))))
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_failed_export_is_reported_in_one_line(qtbot: QtBot, actions: ExchangeActions, tmp_path: Path) -> None:
    from desktop.exchange.formats import ExportOptions

    request = ExportRequest("json", tmp_path / "gone" / "out.json", ExportOptions(TODAY))
    message = wait_for(qtbot, actions, lambda: actions.run_export(request), "failed")
    assert "does not exist" in message and "\n" not in message


def test_import_closes_the_journal_and_reopens_it_after(qtbot: QtBot, actions: ExchangeActions, window: Window, tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text('{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-03-09", "text": "new"}]}')
    message = wait_for(qtbot, actions, lambda: actions.run_import(ImportRequest(source, replace_all=False)))
    assert message == "Imported in.json: 1 added, 0 already there."
    assert window.calls == ["close", "reopen"]
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.counts().entries == 2


def test_a_broken_import_reopens_the_unchanged_journal_and_names_the_problem(qtbot: QtBot, actions: ExchangeActions, window: Window, tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-03-09", "pain": 99}]}')
    message = wait_for(qtbot, actions, lambda: actions.run_import(ImportRequest(source, replace_all=True)), "failed")
    assert "entries[0] (2026-03-09), field 'pain'" in message
    assert window.calls == ["close", "reopen"]
    assert list_backups(journal_path(data_dir)) == []


def test_back_up_now_and_the_daily_backup(qtbot: QtBot, actions: ExchangeActions, data_dir: Path) -> None:
    message = wait_for(qtbot, actions, actions.back_up_now)
    assert message == "Backed up: 20 Mar 2026 09:30 — 1 day page (made by you)."
    with qtbot.waitSignal(actions.runner.finished):
        actions.after_open()
    with qtbot.waitSignal(actions.runner.finished):
        actions.after_open()  # once a day only
    assert sorted(b.reason for b in list_backups(journal_path(data_dir))) == ["daily", "manual"]


def test_restore_from_the_dialog_puts_the_backup_in_place(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, actions: ExchangeActions, window: Window, data_dir: Path) -> None:
    path = journal_path(data_dir)
    back_up_now(path, datetime(2026, 3, 19, 8, 0))
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 3), "written after the backup"))
    window.show()
    listing_may_end = threading.Event()
    real_list = backup_module.list_backups

    def slow_list(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert listing_may_end.wait(30)  # 21 encrypted backups take seconds: the dialog must not wait for them
        return real_list(*args, **kwargs)

    monkeypatch.setattr(backup_module, "list_backups", slow_list)
    opened_while_listing: list[bool] = []

    def she_restores(dialog: RestoreDialog) -> None:
        opened_while_listing.append(not dialog.listed and dialog.reading.isVisibleTo(dialog))
        assert not dialog.restore_button.isEnabled()
        listing_may_end.set()
        qtbot.waitUntil(lambda: dialog.listed, timeout=10_000)
        press(Qt.Key.Key_Return)  # the newest readable backup is chosen, and the list has the focus

    failures = answer_modal(RestoreDialog, she_restores)
    message = wait_for(qtbot, actions, actions.restore)
    assert failures == [] and opened_while_listing == [True]
    assert message.startswith("Restored the backup of 19 Mar 2026 08:00.")
    assert window.calls == ["close", "reopen"]
    with open_journal(path) as journal:
        assert journal.counts().entries == 1
    assert [b.reason for b in list_backups(path)] == ["before-restore", "manual"]


def test_a_damaged_journal_offers_the_newest_good_backup(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, actions: ExchangeActions, data_dir: Path) -> None:
    path = journal_path(data_dir)
    back_up_now(path, datetime(2026, 3, 19, 8, 0))
    path.write_bytes(b"damaged" * 1000)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(actions.done):
        assert actions.offer_restore_after_failure("not a readable journal")
    assert "19 Mar 2026 08:00 — 1 day page" in asked[0] and "was not changed" in asked[0]
    with open_journal(path) as journal:
        assert journal.counts().entries == 1


def test_the_backups_are_checked_for_the_offer_off_the_window_thread(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, actions: ExchangeActions, data_dir: Path) -> None:
    path = journal_path(data_dir)
    back_up_now(path, datetime(2026, 3, 19, 8, 0))
    path.write_bytes(b"damaged" * 1000)
    checked_on: list[int] = []
    real_check = backup_module.newest_good_backup

    def check(*args: object, **kwargs: object) -> BackupInfo | None:
        checked_on.append(threading.get_ident())
        return real_check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_module, "newest_good_backup", check)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert actions.offer_restore_after_failure("not a readable journal") is False  # she said no: nothing restored
    assert checked_on and checked_on[0] != threading.get_ident()


def test_no_good_backup_means_no_offer(monkeypatch: pytest.MonkeyPatch, actions: ExchangeActions, data_dir: Path) -> None:
    journal_path(data_dir).write_bytes(b"damaged" * 1000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("nothing to offer"))
    assert actions.offer_restore_after_failure("damaged") is False


def test_export_range_typed_from_the_keyboard_and_a_non_date_is_refused_not_changed(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    def fill(dialog: ExportDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.show()
        dialog.activateWindow()
        dialog.first.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first.edit, timeout=3000)
        QTest.keyClicks(QApplication.focusWidget(), "2026-02-30")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.last.edit
        QTest.keyClicks(QApplication.focusWidget(), "2026-03-15")

    seen = drive(monkeypatch, ExportDialog, fill)
    assert ExportDialog.get_export(None, TODAY, date(2026, 3, 1), TODAY, tmp_path) is None
    dialog = seen[0]
    assert isinstance(dialog, ExportDialog)
    assert dialog.first.text() == "2026-02-30"  # kept as typed
    assert "is not a date" in dialog.first.shown_problem()
    assert dialog.error.text() == "Correct the date range of the summary."
    assert dialog.last.value() == date(2026, 3, 15)


def test_restore_dialog_says_a_damaged_backup_is_damaged(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    backups = [
        BackupInfo(tmp_path / "a", datetime(2026, 3, 20, 8, 0), "manual", None, damaged=True),
        BackupInfo(tmp_path / "b", datetime(2026, 3, 19, 8, 0), "daily", 12),
    ]
    seen = drive(monkeypatch, RestoreDialog, lambda dialog: None)
    assert RestoreDialog.get_backup(None, backups) == backups[1]
    assert seen[0].list.item(0).text() == "20 Mar 2026 08:00 — damaged, cannot be restored (made by you)"
    assert not seen[0].list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_export_opens_at_once_and_the_range_is_read_off_the_ui_thread(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, actions: ExchangeActions, window: Window, tmp_path: Path) -> None:
    from desktop.exchange import pdf_summary

    window.show()
    reading_may_end = threading.Event()
    real_range = pdf_summary.default_range
    threads: list[int] = []

    def slow_range(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        assert reading_may_end.wait(30)  # an encrypted journal derives its key before it can be read
        return real_range(*args, **kwargs)

    monkeypatch.setattr(pdf_summary, "default_range", slow_range)
    monkeypatch.setattr("desktop.ui.exchange.dialogs.documents_folder", lambda: tmp_path)
    seen: list[object] = []

    def she_exports(dialog: ExportDialog) -> None:
        seen.append(dialog.export_button.isEnabled())  # open, the range still being read
        reading_may_end.set()
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)
        seen.append((dialog.first.value(), dialog.last.value()))
        press(Qt.Key.Key_Return)  # JSON, to the folder offered

    failures = answer_modal(ExportDialog, she_exports)
    message = wait_for(qtbot, actions, actions.export)
    assert failures == []
    assert seen == [False, (date(2026, 3, 1), TODAY)]  # day 0 of the loss to today, as before
    assert threads and threads[0] != threading.get_ident()
    assert message == f"Exported to {tmp_path / 'recovery-journal-2026-03-20.json'}."


def test_a_long_import_shows_its_progress_and_cancel_leaves_the_journal_as_it_was(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, window: Window, data_dir: Path, tmp_path: Path) -> None:
    from datetime import timedelta

    from desktop.ui.tasks import PROGRESS_REPORT_INTERVAL_S, TaskControl, TaskRunner

    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 2), "first page", pain=4))
    pages = [{"date": (date(1990, 1, 1) + timedelta(days=n)).isoformat(), "text": f"page {n}"} for n in range(8000)]
    source = tmp_path / "many.json"
    source.write_text(json.dumps({"format": "recovery-journal", "version": 1, "entries": pages}))
    window.show()
    runner = TaskRunner(window, progress_delay_ms=50)
    actions = ExchangeActions(
        window, path, opener=lambda: open_journal(path), today=lambda: TODAY,
        close_journal=lambda: window.calls.append("close"), reopen=lambda: window.calls.append("reopen"), now=lambda: NOW,
        runner=runner,
    )
    halfway, cancel_pressed = threading.Event(), threading.Event()
    real_report = TaskControl.report

    def report(control: TaskControl, done: int, total: int) -> None:
        if done == 4000:  # a step of 2,000 pages takes tens of ms: wait out the report interval, so this one is sent
            time.sleep(PROGRESS_REPORT_INTERVAL_S * 2)
        real_report(control, done, total)
        if done == 4000:  # 2,000 pages already written inside the transaction
            halfway.set()
            assert cancel_pressed.wait(30)

    monkeypatch.setattr(TaskControl, "report", report)
    with qtbot.waitSignal(actions.done, timeout=30_000) as blocker:
        actions.run_import(ImportRequest(source, replace_all=False))
        qtbot.waitUntil(halfway.is_set, timeout=20_000)
        qtbot.waitUntil(lambda: runner.progress.isVisible() and runner.progress.bar.value() >= 2000, timeout=10_000)
        assert runner.progress.bar.maximum() == 8000 and runner.progress.buttons.isVisible()
        QTest.keyClick(runner.progress, Qt.Key.Key_Escape)  # Cancel, from the keyboard
        cancel_pressed.set()
    assert blocker.args == ["The import of many.json was cancelled; your journal is as it was."]
    assert window.calls == ["close", "reopen"]
    with open_journal(path) as journal:
        assert journal.counts().entries == 1  # rolled back: not one of the 2,000 written pages stayed
    assert not runner.progress.isVisible()
