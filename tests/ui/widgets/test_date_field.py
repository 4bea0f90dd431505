"""The one date field, driven from the keyboard through whatever widget has the focus.

A typed date is kept exactly as typed: ISO or the locale's form is taken; a date that is
not allowed is never turned into another one, the field says why, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.guidance.kinds import EventKind
from desktop.store.records import EARLIEST_DATE, LATEST_DATE
from desktop.ui.history.record_dialog import RecordDateDialog, RecordedDate
from desktop.ui.widgets.date_field import DateField, parse_typed_date

TODAY = date(2026, 12, 7)


@pytest.fixture
def locale() -> Iterator[Callable[[QLocale], None]]:
    """Set the default locale for one test, and put the old one back."""
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def focused() -> QApplication:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget  # type: ignore[return-value]


def drive(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, keys: Callable[[RecordDateDialog], None]) -> list[RecordDateDialog]:
    """Replace exec: show the dialog, let ``keys`` type into it, return what it ended with."""
    seen: list[RecordDateDialog] = []

    def exec_(self: RecordDateDialog) -> int:
        seen.append(self)
        qtbot.addWidget(self)
        self.show()
        self.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and self.isActiveWindow(), timeout=3000)
        keys(self)
        return self.result() if not self.isVisible() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecordDateDialog, "exec", exec_)
    return seen


def tab_to_date_and_type(dialog: RecordDateDialog, text: str) -> None:
    assert focused() is dialog.kind  # the dialog starts at "What"
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.date.edit
    QTest.keyClicks(focused(), text)


def test_an_iso_date_typed_from_the_keyboard_is_recorded(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def keys(dialog: RecordDateDialog) -> None:
        tab_to_date_and_type(dialog, "2026-11-14")
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        QTest.keyClicks(focused(), "at home")
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    drive(qtbot, monkeypatch, keys)
    got = RecordDateDialog.get_date(None, TODAY, EventKind.MISCARRIAGE)
    assert got == RecordedDate(EventKind.MISCARRIAGE, date(2026, 11, 14), "at home")


@pytest.mark.parametrize(
    ("language", "country", "typed"),
    [
        (QLocale.Language.German, QLocale.Country.Germany, "14.11.2026"),
        (QLocale.Language.German, QLocale.Country.Germany, "14.11.26"),
        (QLocale.Language.English, QLocale.Country.UnitedStates, "11/14/2026"),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, "14/11/2026"),
        (QLocale.Language.Russian, QLocale.Country.Russia, "14.11.2026"),
    ],
)
def test_a_date_typed_in_the_locales_form_is_recorded(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, locale, language, country, typed) -> None:  # type: ignore[no-untyped-def]
    locale(QLocale(language, country))

    def keys(dialog: RecordDateDialog) -> None:
        tab_to_date_and_type(dialog, typed)
        assert dialog.date.shown_problem() == ""
        QTest.keyClick(focused(), Qt.Key.Key_Tab)  # leaving the field shows the same day as ISO
        assert dialog.date.text() == "2026-11-14"
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    drive(qtbot, monkeypatch, keys)
    got = RecordDateDialog.get_date(None, TODAY, EventKind.PROCEDURE)
    assert got is not None and got.date == date(2026, 11, 14)


@pytest.mark.parametrize(
    ("kind", "typed", "because"),
    [
        (EventKind.MISCARRIAGE, "2026-12-20", "cannot be in the future"),
        (EventKind.PERIOD, "2027-01-01", "cannot be in the future"),
        (EventKind.MISCARRIAGE, "1899-12-31", "Dates from 1 Jan 1900 to 31 Dec 2199"),
        (EventKind.CONSULTATION, "2200-01-01", "Dates from 1 Jan 1900 to 31 Dec 2199"),
        (EventKind.MISCARRIAGE, "2026-02-30", "is not a date"),
    ],
)
def test_a_date_that_is_not_allowed_is_refused_with_the_reason_and_kept_as_typed(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    kind: EventKind,
    typed: str,
    because: str,
) -> None:
    def keys(dialog: RecordDateDialog) -> None:
        tab_to_date_and_type(dialog, typed)
        QTest.keyClick(focused(), Qt.Key.Key_Return)  # Save
        assert dialog.isVisible()  # refused: the dialog stays
        assert because in dialog.date.shown_problem()
        assert dialog.date.message.isVisible()
        assert focused() is dialog.date.edit  # back in the field to correct it
        assert dialog.date.text() == typed  # never changed into another date
        message = dialog.date.message
        qtbot.waitUntil(
            lambda: message.height() >= message.heightForWidth(message.width()), timeout=2000
        )  # not clipped
        bottom = message.mapTo(dialog, message.rect().bottomLeft()).y()
        assert bottom <= dialog.height()
        QTest.keyClick(focused(), Qt.Key.Key_Escape)

    seen = drive(qtbot, monkeypatch, keys)
    assert RecordDateDialog.get_date(None, TODAY, kind) is None
    assert len(seen) == 1


def test_a_consultation_may_be_ahead(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def keys(dialog: RecordDateDialog) -> None:
        tab_to_date_and_type(dialog, "2027-01-15")
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    drive(qtbot, monkeypatch, keys)
    got = RecordDateDialog.get_date(None, TODAY, EventKind.CONSULTATION)
    assert got is not None and got.date == date(2027, 1, 15)


def field_in_window(qtbot: QtBot, day: date, earliest: date | None = None) -> DateField:
    field = DateField(day, "Date of the procedure")
    if earliest is not None:
        field.set_earliest(earliest, "The procedure cannot be before the miscarriage (1 Dec 2026).")
    field.set_latest(TODAY, "The procedure cannot be in the future (today is 7 Dec 2026).")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.edit, timeout=3000)
    return field


def test_typing_section_by_section_is_never_rejected_mid_way(qtbot: QtBot) -> None:
    field = field_in_window(qtbot, date(2026, 12, 1), earliest=date(2026, 12, 1))
    typed = ""
    for char in "2026-11-14":  # passes through "2", "20", "2026-1" ... which QDateEdit's min refused
        QTest.keyClicks(focused(), char)
        typed += char
        assert field.text() == typed
    assert field.date() == QDate(2026, 11, 14)  # not clamped to 2026-12-01
    assert field.value() is None
    assert field.shown_problem() == "The procedure cannot be before the miscarriage (1 Dec 2026)."


def test_alt_down_and_f4_open_the_calendar_and_esc_closes_it_unchanged(qtbot: QtBot) -> None:
    field = field_in_window(qtbot, date(2026, 12, 3))
    for key, modifier in (
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
    ):
        QTest.keyClick(focused(), key, modifier)
        qtbot.waitUntil(field.popup().isVisible, timeout=2000)
        assert focused() is field.calendar_widget() or field.calendar_widget().isAncestorOf(focused())
        QTest.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not field.popup().isVisible(), timeout=2000)
        assert field.text() == "2026-12-03"


def test_a_day_picked_in_the_calendar_with_the_keyboard_is_taken(qtbot: QtBot) -> None:
    field = field_in_window(qtbot, date(2026, 12, 3))
    QTest.keyClick(focused(), Qt.Key.Key_F4)
    qtbot.waitUntil(field.popup().isVisible, timeout=2000)
    QTest.keyClick(focused(), Qt.Key.Key_Left)  # one day earlier
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not field.popup().isVisible(), timeout=2000)
    assert field.text() == "2026-12-02"
    assert focused() is field.edit


def test_the_calendar_greys_out_the_days_not_allowed(qtbot: QtBot) -> None:
    field = field_in_window(qtbot, date(2026, 12, 3), earliest=date(2026, 12, 1))
    calendar = field.calendar_widget()
    assert calendar.minimumDate() == QDate(2026, 12, 1)
    assert calendar.maximumDate() == QDate(2026, 12, 7)
    grey = calendar.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).color()
    assert calendar.dateTextFormat(QDate(2026, 11, 30)).foreground().color() == grey
    assert calendar.dateTextFormat(QDate(2026, 12, 8)).foreground().color() == grey
    assert calendar.dateTextFormat(QDate(2026, 12, 3)).foreground().color() != grey
    calendar.setCurrentPage(2027, 2)  # another page: its days are greyed too
    assert calendar.dateTextFormat(QDate(2027, 2, 10)).foreground().color() == grey
    unlimited = DateField(date(2026, 12, 3))
    qtbot.addWidget(unlimited)
    assert unlimited.calendar_widget().minimumDate() == QDate(EARLIEST_DATE.year, 1, 1)
    assert unlimited.calendar_widget().maximumDate() == QDate(LATEST_DATE.year, 12, 31)


def test_a_date_set_by_the_program_outside_the_limits_is_shown_with_the_reason_not_moved(qtbot: QtBot) -> None:
    field = field_in_window(qtbot, date(2026, 12, 3), earliest=date(2026, 12, 1))
    field.setDate(date(2026, 11, 14))
    assert field.date() == QDate(2026, 11, 14)
    assert "before the miscarriage" in field.shown_problem()


def test_the_parser_reads_iso_and_the_locale_and_nothing_else() -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert parse_typed_date("2026-1-5", german) == date(2026, 1, 5)
    assert parse_typed_date("5.1.2026", german) == date(2026, 1, 5)
    assert parse_typed_date("05.01.26", german) == date(2026, 1, 5)
    assert parse_typed_date("2026-11", german) is None
    assert parse_typed_date("14/11/2026 x", german) is None
    assert parse_typed_date("", german) is None


def test_a_dialog_at_the_bottom_of_the_screen_moves_up_when_the_reason_makes_it_taller(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reason under a refused date grows the dialog downwards; Save and Cancel must stay on the screen."""

    def keys(dialog: RecordDateDialog) -> None:
        room = dialog.screen().availableGeometry()
        dialog.move(dialog.x(), room.bottom() - dialog.frameGeometry().height() + 1)  # its bottom on the screen's
        qtbot.waitUntil(lambda: dialog.frameGeometry().bottom() <= room.bottom(), timeout=2000)
        height_before = dialog.height()
        tab_to_date_and_type(dialog, "2027-04-01")  # in the future: refused, with its reason
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        assert "cannot be in the future" in dialog.date.shown_problem()
        qtbot.waitUntil(lambda: dialog.height() > height_before, timeout=2000)
        qtbot.waitUntil(lambda: room.contains(dialog.frameGeometry()), timeout=2000)  # moved up: buttons in reach
        QTest.keyClick(focused(), Qt.Key.Key_Escape)

    drive(qtbot, monkeypatch, keys)
    assert RecordDateDialog.get_date(None, TODAY, EventKind.MISCARRIAGE) is None
