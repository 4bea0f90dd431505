"""File ▸ Print…: the summary's options from the keyboard, the same pages as the PDF, never a real print dialog.

The print dialog is injected (``ask_printer``): it points the printer at a PDF
file, as a real one would at paper, and says yes or no.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import DayRecord, open_journal
from desktop.ui.exchange.dialogs import ExportDialog, ExportRequest
from desktop.ui.exchange.export_place import SUMMARY_NAME_KEY
from desktop.ui.exchange.printing import SummaryPrinting
from desktop.ui.tasks import TaskRunner
from tests.keyboard_driver import answer_modal, press
from tests.ui.exchange.stand_in import Window

TODAY = date(2026, 3, 20)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")


@pytest.fixture
def journal_file(data_dir: Path) -> Path:
    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.add_event("miscarriage", date(2026, 3, 1))
        journal.save_day(DayRecord(date(2026, 3, 4), "private words", "heavy", 7, 38.3))
    return path


def printing_for(window: QWidget, path: Path, answers: list[bool], printed_to: Path) -> SummaryPrinting:
    def ask_printer(parent: QWidget, printer) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_to))
        return answers.pop(0)

    return SummaryPrinting(window, lambda: open_journal(path), lambda: TODAY, TaskRunner(window), ask_printer=ask_printer)


def test_the_print_options_are_the_summarys_without_format_or_file_and_the_name_is_remembered(qtbot: QtBot) -> None:
    def she_prints(dialog: ExportDialog) -> None:
        assert dialog.windowTitle() == "Print summary" and dialog.export_button.text() == "Print…"
        assert not dialog.format.isVisibleTo(dialog) and not dialog.path.isVisibleTo(dialog)
        assert dialog.first.isVisibleTo(dialog) and dialog.include_notes.isVisibleTo(dialog)
        dialog.name.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=3000)
        QTest.keyClicks(QApplication.focusWidget(), "Anna K.")
        press(Qt.Key.Key_Return)

    window = Window()
    qtbot.addWidget(window)
    window.show()
    failures = answer_modal(ExportDialog, she_prints)
    dialog = ExportDialog(window, TODAY, date(2026, 3, 1), TODAY, Path.home(), printing=True)
    dialog.exec()
    assert failures == []
    request = dialog.request()
    assert isinstance(request, ExportRequest) and request.format == "pdf"
    assert (request.options.name, request.options.first, request.options.last) == ("Anna K.", date(2026, 3, 1), TODAY)


def test_the_export_dialog_keeps_the_name_for_the_next_summary_and_only_in_the_settings(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: ExportDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.show()
        dialog.activateWindow()
        assert dialog.name.isVisibleTo(dialog) and dialog.name.text() == ""
        dialog.name.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=3000)
        QTest.keyClicks(QApplication.focusWidget(), "Anna K.")

    def fake_exec(self: ExportDialog) -> int:
        fill(self)
        self.accept()
        return self.result()

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    request = ExportDialog.get_export(None, TODAY, date(2026, 3, 1), TODAY, tmp_path)
    assert request is not None and request.options.name == "Anna K."
    assert QSettings().value(SUMMARY_NAME_KEY) == "Anna K."
    again = ExportDialog(None, TODAY, TODAY, TODAY, tmp_path)
    qtbot.addWidget(again)
    assert again.name.text() == "Anna K."  # offered again
    again.format.setCurrentIndex(again.format.findData("json"))
    assert not again.name.isVisibleTo(again)
    json_request = again.request()
    assert isinstance(json_request, ExportRequest) and json_request.options.name == ""  # a PDF's line only


@needs_pdftotext
def test_print_sends_the_same_pages_as_the_pdf_to_the_printer_she_chose(qtbot: QtBot, journal_file: Path, tmp_path: Path) -> None:
    from desktop.exchange.options import ExportOptions

    window = Window()
    qtbot.addWidget(window)
    printed = tmp_path / "printed.pdf"
    printing = printing_for(window, journal_file, [True], printed)
    options = ExportOptions(TODAY, first=date(2026, 3, 1), last=TODAY, name="Anna K.")
    with qtbot.waitSignal(printing.done, timeout=20_000) as blocker:
        printing.run_print(ExportRequest("pdf", Path(), options))
    assert blocker.args == ["Sent the summary to the printer (1 page)."]
    text = subprocess.run(["pdftotext", "-layout", str(printed), "-"], check=True, capture_output=True, text=True).stdout
    for expected in ("Recovery Journal — summary for a gynecologist visit", "Name: Anna K.", "38.3 ▲", "heavy ◆", "Page 1 of 1"):
        assert expected in text, expected
    assert "private words" not in text  # notes only when asked, as in the PDF


def test_cancelling_the_print_dialog_prints_nothing(qtbot: QtBot, journal_file: Path, tmp_path: Path) -> None:
    from desktop.exchange.options import ExportOptions

    window = Window()
    qtbot.addWidget(window)
    printed = tmp_path / "printed.pdf"
    answers = [False]
    printing = printing_for(window, journal_file, answers, printed)
    reports: list[str] = []
    printing.done.connect(reports.append)
    printing.failed.connect(reports.append)
    printing.run_print(ExportRequest("pdf", Path(), ExportOptions(TODAY)))
    qtbot.waitUntil(lambda: answers == [], timeout=20_000)  # the print dialog was asked, and she said no
    qtbot.wait(200)
    assert reports == [] and not printed.exists()
