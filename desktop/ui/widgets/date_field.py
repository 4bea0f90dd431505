"""One date field for every dialog: typed in her locale's format or in ISO, never silently changed.

QDateEdit clamps a typed date to its minimum and maximum, and refuses section-by-section
typing that passes through a value out of range: a procedure typed as 2026-11-14 became
2026-12-01, day 0 of the whole plan, without a word. This field keeps exactly what she
typed. When it is not a date, or not one allowed here, a line under it says why, and
``value()`` is ``None`` so the dialog refuses to save.

The limits are the store's (``EARLIEST_DATE``/``LATEST_DATE``, the rule every door
obeys), narrowed per field with the reason to show (no loss in the future, a procedure
not before the loss, a doctor's date after day 0). The calendar (Alt+Down, F4 or the
arrow button) greys out the days that are not allowed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.calendar.view import to_date, to_qdate
from desktop.ui.settings.i18n import medium_date
from desktop.ui.widgets.date_text import ISO_FORMAT, TWO_DIGIT_YEAR_BASE, locale_pattern, parse_typed_date, store_range
from desktop.ui.widgets.on_screen import keep_on_screen

# The date rules are re-exported: dialogs import the field and its rules from one place.
__all__ = [
    "ISO_FORMAT",
    "TWO_DIGIT_YEAR_BASE",
    "DateField",
    "focus_first_problem",
    "locale_pattern",
    "parse_typed_date",
    "store_range",
]


class _DateLineEdit(QLineEdit):
    """The text part: Alt+Down and F4 open the calendar, as in every date field of the desktop."""

    popup_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            event.accept()
            self.popup_requested.emit()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        """Wide enough for a date in ISO or her locale's form (at any font size), no wider: fields line up."""
        metrics = self.fontMetrics()
        text = max(
            metrics.horizontalAdvance("0000-00-00"), metrics.horizontalAdvance(locale_pattern().replace("d", "0"))
        )
        return QSize(text + 3 * metrics.averageCharWidth() + 12, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Whole text selected when reached from the keyboard: typing a date replaces the old one."""
        super().focusInEvent(event)
        if event.reason() not in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason):
            self.selectAll()


class _CalendarPopup(QFrame):
    """The calendar under the field; Esc (Qt's own for popups) closes it and changes nothing."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self.chosen)
        self.calendar.clicked.connect(self.chosen)
        self.calendar.currentPageChanged.connect(self.grey_out_days_not_allowed)

    def set_range(self, earliest: QDate, latest: QDate) -> None:
        self.calendar.setDateRange(earliest, latest)
        self.grey_out_days_not_allowed(self.calendar.yearShown(), self.calendar.monthShown())

    def grey_out_days_not_allowed(self, year: int, month: int) -> None:
        """Days out of range cannot be picked, but Qt paints them like the others: grey them (the page shown)."""
        calendar = self.calendar
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget the last page's
        grey = QTextCharFormat()
        grey.setForeground(calendar.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        first = QDate(year, month, 1).addDays(-7)
        for offset in range(52):  # every cell a month page can show
            day = first.addDays(offset)
            if day < calendar.minimumDate() or day > calendar.maximumDate():
                calendar.setDateTextFormat(day, grey)


class DateField(QWidget):
    """A date typed or chosen on a calendar, with its limits and, when it breaks one, the reason."""

    date_changed = Signal(QDate)  # a complete date is in the field (allowed or not)
    edited = Signal()  # she typed or picked a date (not the program)

    def __init__(
        self, day: dt.date | None = None, accessible_name: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._first_ever, self._last_ever = store_range()
        self._earliest, self._latest = self._first_ever, self._last_ever
        self._too_early = self._too_late = ""
        self._insist = False  # show "not a date" too, once she has left the field or tried to save
        self._last_emitted: dt.date | None = None
        self._popup: _CalendarPopup | None = None

        self.edit = _DateLineEdit()
        name = accessible_name or self.tr("Date")
        self.edit.setAccessibleName(name)
        hint = self.tr("Type a date as {iso} or {local}; Alt+Down opens a calendar.").format(
            **self._format_names()
        )
        self.edit.setToolTip(hint)
        self.edit.setAccessibleDescription(hint)
        self._hint = hint
        self.edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down and F4 do the same from the keyboard
        self.button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Open the calendar for: {field}").format(field=name))
        self.message = QLabel()
        self.message.setObjectName("fieldProblem")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Problem with: {field}").format(field=name))
        self.message.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.edit.popup_requested.connect(self.show_popup)
        self.button.clicked.connect(self.show_popup)
        if day is not None:
            self.setDate(day)

    # -- value ---------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def typed_date(self) -> dt.date | None:
        """The date in the field, allowed here or not; ``None`` when the text is not a date."""
        return parse_typed_date(self.edit.text())

    def date(self) -> QDate:
        """QDateEdit's accessor: the date in the field (allowed or not), or an invalid QDate."""
        typed = self.typed_date()
        return to_qdate(typed) if typed is not None else QDate()

    def value(self) -> dt.date | None:
        """The date when it is allowed here; ``None`` otherwise (the dialog must not save)."""
        return self.typed_date() if not self.problem() else None

    def setDate(self, day: dt.date | QDate) -> None:
        """Put a date in the field, as it is: out of range is shown as a problem, never moved."""
        if isinstance(day, QDate):
            day = to_date(day)
        self.edit.setText(to_qdate(day).toString(ISO_FORMAT))

    # -- limits --------------------------------------------------------------------

    def set_earliest(self, day: dt.date, reason: str = "") -> None:
        """Dates before ``day`` are refused here, with ``reason`` (a sentence) as the explanation."""
        self._earliest = max(day, self._first_ever)
        self._too_early = reason
        self._update_calendar_range()
        self._refresh()

    def set_latest(self, day: dt.date, reason: str = "") -> None:
        self._latest = min(day, self._last_ever)
        self._too_late = reason
        self._update_calendar_range()
        self._refresh()

    def earliest(self) -> dt.date:
        return self._earliest

    def latest(self) -> dt.date:
        return self._latest

    def _format_names(self) -> dict[str, str]:
        """The two typed forms as she reads them: "YYYY-MM-DD" and her locale's, in her language's letters.

        The field takes digits only, so the letters are just a picture of the order ("ГГГГ-ММ-ДД" in Russian).
        """
        letters = self.tr("YMD", "the first letters of year, month and day, in this order")
        if len(letters) != 3:
            letters = "YMD"
        picture = str.maketrans("YMD", letters)
        return {"iso": "YYYY-MM-DD".translate(picture), "local": locale_pattern().upper().translate(picture)}

    def problem(self) -> str:
        """Why the field's text cannot be saved, in one sentence; empty when it can."""
        text = self.edit.text().strip()
        if not text:
            return self.tr("Enter a date, as {iso} or {local}.").format(
                **self._format_names()
            )
        day = parse_typed_date(text)
        if day is None:
            return self.tr("“{text}” is not a date. Type it as {iso} or {local}.").format(
                text=text[:40], **self._format_names()
            )
        if not self._first_ever <= day <= self._last_ever:
            return self.tr("Dates from {first} to {last} can be recorded.").format(
                first=medium_date(self._first_ever), last=medium_date(self._last_ever)
            )
        if day < self._earliest:
            return self._too_early or self.tr("The earliest date here is {date}.").format(
                date=medium_date(self._earliest)
            )
        if day > self._latest:
            return self._too_late or self.tr("The latest date here is {date}.").format(date=medium_date(self._latest))
        return ""

    def check(self) -> bool:
        """Show the problem, if any (also 'not a date' mid-typing), and say whether the date can be saved."""
        self._insist = True
        self._refresh()
        return not self.problem()

    def shown_problem(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    # -- the calendar ----------------------------------------------------------------

    def calendar_widget(self) -> QCalendarWidget:
        return self._ensure_popup().calendar

    def popup(self) -> QWidget:
        return self._ensure_popup()

    def show_popup(self) -> None:
        if not self.isEnabled():
            return
        popup = self._ensure_popup()
        typed = self.typed_date()
        start = typed if typed is not None else min(max(dt.date.today(), self._earliest), self._latest)
        popup.calendar.setSelectedDate(to_qdate(min(max(start, self._earliest), self._latest)))  # only where it opens
        popup.adjustSize()
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            below.setX(max(screen.left(), min(below.x(), screen.right() - popup.width())))
            if below.y() + popup.height() > screen.bottom():
                below.setY(self.edit.mapToGlobal(QPoint(0, 0)).y() - popup.height())
        popup.move(below)
        popup.show()
        popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _ensure_popup(self) -> _CalendarPopup:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.chosen.connect(self._on_chosen)
            self._update_calendar_range()
        return self._popup

    def _update_calendar_range(self) -> None:
        if self._popup is not None:
            self._popup.set_range(to_qdate(self._earliest), to_qdate(self._latest))

    def _on_chosen(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(day)
        self.edited.emit()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- internals -----------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._insist = False
        self._refresh()
        typed = self.typed_date()
        if typed is not None and typed != self._last_emitted:
            self._last_emitted = typed
            self.date_changed.emit(to_qdate(typed))

    def _on_editing_finished(self) -> None:
        """Leaving the field: a date she typed in her locale's form is shown as ISO (the same day)."""
        typed = self.typed_date()
        if typed is not None and self.edit.text() != to_qdate(typed).toString(ISO_FORMAT):
            self.setDate(typed)
        self.check()

    def _refresh(self) -> None:
        problem = self.problem()
        complete = self.typed_date() is not None
        shown = problem if (complete or self._insist) and self.isEnabled() else ""
        if shown == self.shown_problem():
            return
        self.message.setText(shown)
        self.message.setVisible(bool(shown))
        self.edit.setAccessibleDescription(shown or self._hint)
        if shown:
            QTimer.singleShot(0, self, self._fit_window)

    def _fit_window(self) -> None:
        """Grow the dialog so the message is whole: Qt sizes a window once and would clip the new line."""
        window = self.window()
        layout = window.layout() if window is not self else None
        if layout is None or not window.isVisible():
            return
        layout.activate()
        width = window.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if needed > window.height():
            window.resize(width, needed)
        # Grown downwards past the screen's bottom (here or by its layout, once the event loop runs):
        # moved up, so Save and Cancel stay in reach.
        keep_on_screen(window)
        QTimer.singleShot(0, window, lambda: keep_on_screen(window))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._refresh()  # a disabled field (a procedure not ticked) has nothing to complain about


def focus_first_problem(fields: list[DateField]) -> bool:
    """Show every enabled field's problem and put the focus in the first one; True when all are fine."""
    bad = [field for field in fields if field.isEnabled() and not field.check()]
    if bad:
        bad[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        bad[0].edit.selectAll()
        QApplication.beep()
    return not bad
