"""Change a milestone, add one of her own: typed from the keyboard, a date not allowed is refused with the reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.guidance import DayZero, History, RecordedEvent, milestones_for
from desktop.guidance.kinds import EventKind
from desktop.ui.plan.milestone_dialogs import AddMilestoneDialog, ChangeMilestoneDialog, MilestoneChange, OwnMilestone
from desktop.ui.settings.i18n import wording

TODAY = date(2026, 3, 19)
DAY_ZERO = date(2026, 3, 2)
LOSS = DayZero(DAY_ZERO, EventKind.PROCEDURE, DAY_ZERO)  # the dialog names it: "after the procedure"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def drive(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], keys: Callable[[QDialog], None]) -> list[QDialog]:
    seen: list[QDialog] = []

    def exec_(self: QDialog) -> int:
        seen.append(self)
        qtbot.addWidget(self)
        self.show()
        self.activateWindow()
        qtbot.waitUntil(lambda: self.isActiveWindow() and QApplication.focusWidget() is not None, timeout=3000)
        keys(self)
        return self.result() if not self.isVisible() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def sex_earliest():  # type: ignore[no-untyped-def]
    plan = milestones_for(History((RecordedEvent(EventKind.PROCEDURE, DAY_ZERO),)), TODAY)
    return next(m for m in plan if m.key == "sex-earliest")


def choose_on_a_date(dialog: ChangeMilestoneDialog) -> None:
    assert focused() is dialog.by_days  # "a number of days" is chosen first
    QTest.keyClick(focused(), Qt.Key.Key_Down)  # the choice below it
    assert dialog.by_date.isChecked()
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.date.edit


def test_a_doctors_date_typed_after_day_0_is_taken(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def keys(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeMilestoneDialog)
        choose_on_a_date(dialog)
        QTest.keyClicks(focused(), "2026-03-16")
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    drive(qtbot, monkeypatch, ChangeMilestoneDialog, keys)
    change = ChangeMilestoneDialog.get_change(None, sex_earliest(), LOSS, date(2026, 3, 23))
    assert change == MilestoneChange(date(2026, 3, 16), None, "")


def test_a_doctors_date_on_or_before_day_0_is_refused_and_kept_as_typed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def keys(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeMilestoneDialog)
        choose_on_a_date(dialog)
        assert dialog.date.calendar_widget().minimumDate() == QDate(2026, 3, 3)  # day 0 and before are greyed
        QTest.keyClicks(focused(), "2026-03-01")
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.date.shown_problem() == "Choose a date after the procedure (2 Mar 2026)."
        assert dialog.date.text() == "2026-03-01"
        QTest.keyClick(focused(), Qt.Key.Key_Escape)

    drive(qtbot, monkeypatch, ChangeMilestoneDialog, keys)
    assert ChangeMilestoneDialog.get_change(None, sex_earliest(), LOSS, date(2026, 3, 23)) is None


def test_her_own_milestone_typed_from_the_keyboard(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def keys(dialog: QDialog) -> None:
        assert isinstance(dialog, AddMilestoneDialog)
        assert focused() is dialog.title
        QTest.keyClicks(focused(), "Walk by the sea")
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        QTest.keyClicks(focused(), "1899-06-01")
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        assert dialog.isVisible() and "Dates from 1 Jan 1900 to 31 Dec 2199" in dialog.date.shown_problem()
        assert dialog.date.text() == "1899-06-01"
        QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(focused(), "2026-06-01")
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    drive(qtbot, monkeypatch, AddMilestoneDialog, keys)
    assert AddMilestoneDialog.get_milestone(None, TODAY) == OwnMilestone("Walk by the sea", date(2026, 6, 1), "")


def test_changing_her_own_milestone_starts_from_its_values(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def keys(dialog: QDialog) -> None:
        assert isinstance(dialog, AddMilestoneDialog)
        assert dialog.windowTitle() == "Change your milestone"  # short: her title may be long, and is in the field
        assert dialog.title.text() == "Walk by the sea"
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.note
        QTest.keyClick(focused(), Qt.Key.Key_End)
        QTest.keyClicks(focused(), " and Ben")
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    drive(qtbot, monkeypatch, AddMilestoneDialog, keys)
    current = OwnMilestone("Walk by the sea", date(2026, 6, 1), "with Anna")
    assert AddMilestoneDialog.get_changed(None, current) == OwnMilestone(
        "Walk by the sea", date(2026, 6, 1), "with Anna and Ben"
    )


def test_a_refused_date_reads_in_at_most_two_lines_and_whole(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen under Xvfb: the dialog was ~190 px wide and the reason took three cramped lines."""
    from tests.keyboard_driver import clipped_texts

    def keys(dialog: QDialog) -> None:
        assert isinstance(dialog, AddMilestoneDialog)
        QTest.keyClicks(focused(), "Swim")
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        QTest.keyClicks(focused(), "1800-01-01")
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.wait(20)  # the window grows for the reason on the next turn of the loop
        message = dialog.date.message
        assert "Dates from 1 Jan 1900" in dialog.date.shown_problem()
        assert message.height() <= 2 * message.fontMetrics().lineSpacing() + 4
        assert clipped_texts(dialog) == []
        QTest.keyClick(focused(), Qt.Key.Key_Escape)

    drive(qtbot, monkeypatch, AddMilestoneDialog, keys)
    assert AddMilestoneDialog.get_milestone(None, TODAY) is None


def test_a_doctors_refused_date_reads_in_at_most_two_lines_and_whole(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Change dialog's field column sits beside "A number of days after the procedure": it was ~125 px wide."""
    from tests.keyboard_driver import clipped_texts

    def keys(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeMilestoneDialog)
        choose_on_a_date(dialog)
        QTest.keyClicks(focused(), "2026-03-01")
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.wait(20)
        message = dialog.date.message
        assert dialog.date.shown_problem() == "Choose a date after the procedure (2 Mar 2026)."
        assert message.height() <= 2 * message.fontMetrics().lineSpacing() + 4
        assert clipped_texts(dialog) == []
        QTest.keyClick(focused(), Qt.Key.Key_Escape)

    drive(qtbot, monkeypatch, ChangeMilestoneDialog, keys)
    assert ChangeMilestoneDialog.get_change(None, sex_earliest(), LOSS, date(2026, 3, 23)) is None


@pytest.mark.parametrize(("anchor", "words"), [(EventKind.PROCEDURE, "the procedure"), (EventKind.MISCARRIAGE, "the miscarriage")])
def test_the_change_dialog_names_what_the_days_count_from_never_day_0(qtbot: QtBot, anchor: EventKind, words: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = ChangeMilestoneDialog(None, sex_earliest(), DayZero(DAY_ZERO, anchor, DAY_ZERO), date(2026, 3, 23))
    qtbot.addWidget(dialog)
    assert dialog.by_days.text() == f"A number of days after {words}"
    assert dialog.days.accessibleName() == f"Days after {words}"
    shown = [w.text() for w in dialog.findChildren(QLabel)] + [w.text() for w in dialog.findChildren(QAbstractButton)]
    assert not any("day 0" in text.lower() for text in shown), shown


def test_the_change_dialog_has_a_short_title_and_names_the_row_she_chose(qtbot: QtBot) -> None:
    """Seen: "Change: Earliest d… Recovery Journal" (elided), and the three-week window's dialog titled by another row."""
    plan = milestones_for(History((RecordedEvent(EventKind.PROCEDURE, DAY_ZERO),)), TODAY)
    window = next(m for m in plan if m.key == "abstinence")
    dialog = ChangeMilestoneDialog(None, sex_earliest(), LOSS, date(2026, 3, 23), window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Change a date"
    assert len(dialog.windowTitle() + " — Recovery Journal") <= 34  # what a title bar shows whole at 1024 px
    assert dialog.heading.text() == wording().title(window)
    assert wording().title(sex_earliest()) not in dialog.windowTitle()
    alone = ChangeMilestoneDialog(None, sex_earliest(), LOSS, date(2026, 3, 23))
    qtbot.addWidget(alone)
    assert alone.heading.text() == wording().title(sex_earliest())


def test_the_days_after_the_loss_say_1_day_and_14_days(qtbot: QtBot) -> None:
    dialog = ChangeMilestoneDialog(None, sex_earliest(), LOSS, date(2026, 3, 23))
    qtbot.addWidget(dialog)
    dialog.days.setValue(1)
    assert dialog.days.text() == "1 day"
    dialog.days.setValue(14)
    assert dialog.days.text() == "14 days"
