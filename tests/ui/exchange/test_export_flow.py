"""The export's folder exists, the file dialog opens in it, it is remembered; afterwards, open the file or its folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.exchange.formats import ExportOptions
from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.exchange.actions import ExchangeActions
from desktop.ui.exchange.dialogs import ExportDialog, ExportRequest
from desktop.ui.exchange.export_place import LAST_EXPORT_FOLDER_KEY, default_export_folder, documents_or_home

TODAY = date(2026, 3, 20)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of this test's own (Qt and Python both read $HOME), with no Documents folder yet."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def test_the_default_folder_is_documents_if_it_exists_else_home(home: Path) -> None:
    assert documents_or_home() == home
    assert default_export_folder() == home
    (home / "Documents").mkdir()
    assert documents_or_home() == home / "Documents"
    QSettings().setValue(LAST_EXPORT_FOLDER_KEY, str(home / "gone"))  # a remembered folder since removed
    assert default_export_folder() == home / "Documents"


def test_choose_opens_in_the_folder_and_the_last_folder_is_remembered(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen_folder = home / "for the doctor"
    chosen_folder.mkdir()
    asked: list[str] = []

    def save_file_name(_parent, _caption, start, _filter):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(chosen_folder / "summary.json"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)

    def run(dialog: ExportDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.path.path() == home / f"recovery-journal-{TODAY.isoformat()}.json"  # home: no Documents here
        choose = next(b for b in dialog.path.findChildren(type(dialog.export_button)) if b.text() == "Choose…")
        choose.setFocus()
        QTest.keyClick(choose, Qt.Key.Key_Space)
        assert Path(asked[0]).parent == home  # where the field points: never the working directory
        assert dialog.path.path() == chosen_folder / "summary.json"
        QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run)
    request = ExportDialog.get_export(None, TODAY, TODAY, TODAY)
    assert request is not None and request.path == chosen_folder / "summary.json"
    assert default_export_folder() == chosen_folder  # the next export starts there

    def next_time(dialog: ExportDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.path.path() == chosen_folder / f"recovery-journal-{TODAY.isoformat()}.json"
        return 0

    monkeypatch.setattr(ExportDialog, "exec", next_time)
    assert ExportDialog.get_export(None, TODAY, TODAY, TODAY) is None


def test_a_valid_path_clears_the_error_as_she_types(qtbot: QtBot, home: Path) -> None:
    dialog = ExportDialog(None, TODAY, TODAY, TODAY, home)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.path.edit
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, str(home / "missing" / "x.json"))
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.error.isHidden() and "does not exist" in dialog.error.text()
    field.selectAll()
    QTest.keyClicks(field, str(home / "x.json"))
    assert dialog.error.isHidden()


def test_the_reminder_option_says_1_day_and_2_days(qtbot: QtBot, home: Path) -> None:
    dialog = ExportDialog(None, TODAY, TODAY, TODAY, home)
    qtbot.addWidget(dialog)
    dialog.reminder_days.setValue(1)
    assert dialog.reminder_days.text() == "1 day before"
    dialog.reminder_days.stepUp()
    assert dialog.reminder_days.text() == "2 days before"


def test_after_the_export_she_can_open_the_file_or_its_folder(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = QMainWindow()
    window.statusBar()  # there from the start, as in the main window
    qtbot.addWidget(window)
    window.show()
    path = journal_path(data_dir)
    open_journal(path).close()
    actions = ExchangeActions(
        window, path, opener=lambda: open_journal(path), today=lambda: TODAY, close_journal=lambda: True, reopen=lambda: None
    )
    actions.done.connect(lambda text: window.statusBar().showMessage(text, 8000))  # as the main window does
    target = tmp_path / "out.json"
    with qtbot.waitSignal(actions.exported):
        actions.run_export(ExportRequest("json", target, ExportOptions(TODAY)))
    notice = actions.notice
    assert notice is not None and notice.isVisible()
    assert "out.json" in notice.text.text()
    assert window.statusBar().currentMessage() == ""  # said once, by the notice
    assert QApplication.focusWidget() is notice.open_button  # Enter opens it
    QTest.keyClick(notice.open_button, Qt.Key.Key_Space)
    QTest.keyClick(notice.folder_button, Qt.Key.Key_Space)
    assert opened == [QUrl.fromLocalFile(str(target)), QUrl.fromLocalFile(str(tmp_path))]
    assert all(url.isLocalFile() for url in opened)  # the desktop's own programs, on a local file: no network
    QTest.keyClick(notice.close_button, Qt.Key.Key_Space)
    assert not notice.isVisible()
