"""The month calendar: paints what its :class:`MonthMarks` says, and nothing else.

The marks are handed in by ``window/calendar_binding.py`` (from the session's cached
pages) when the page or the journal changes; painting and tooltips only look
them up, so no cell ever queries the database.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QSpinBox, QTableView, QToolTip, QWidget

from desktop.ui.calendar.marks import DayMarks, MonthMarks
from desktop.ui.calendar.painter import Mark, band_fill, paint_mark
from desktop.ui.settings.contrast import MARK, TEXT, over, readable


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def marks_to_paint(marks: DayMarks, own_milestones: frozenset[str]) -> list[Mark]:
    """Which marks a day shows, back to front (bands first, the today ring last)."""
    result: list[Mark] = []
    if "abstinence" in marks.windows:
        result.append(Mark.THREE_WEEK_WINDOW)
    if "avoid-pregnancy" in marks.windows:
        result.append(Mark.SIX_MONTH_WINDOW)
    if marks.in_estimate:
        result.append(Mark.PERIOD_ESTIMATE)
    if any(key not in own_milestones for key in marks.milestones):
        result.append(Mark.MILESTONE)
    if any(key in own_milestones for key in marks.milestones) or marks.appointments:
        result.append(Mark.OWN_MILESTONE)  # an appointment she booked: her own date, the same square
    if marks.events:
        result.append(Mark.RECORDED)
    if marks.period_start:
        result.append(Mark.PERIOD)
    if marks.has_symptoms:
        result.append(Mark.SYMPTOMS)
    if marks.has_note:
        result.append(Mark.NOTE)
    if marks.is_today:
        result.append(Mark.TODAY)
    return result


def selection_fill(palette: QPalette) -> QColor:
    highlight = palette.color(QPalette.ColorRole.Highlight)
    highlight.setAlpha(70)
    return highlight


def day_number_colour(palette: QPalette, *, in_page: bool, in_band: bool, selected: bool) -> QColor:
    """The day's number, 4.5:1 on what it is painted over: the base, the three-week band, the selection.

    A day of the next or last month is quieter (the placeholder colour), but still
    readable: Qt's disabled grey was 3:1 on white, and less on the band.
    """
    background = band_fill(palette) if in_band else palette.color(QPalette.ColorRole.Base)
    if selected:
        background = over(selection_fill(palette), background)
    role = QPalette.ColorRole.Text if in_page else QPalette.ColorRole.PlaceholderText
    return readable(palette.color(role), background, TEXT)


def focus_ring_colour(palette: QPalette) -> QColor:
    """The keyboard's ring round the selected day: 3:1 on the selection it surrounds."""
    background = over(selection_fill(palette), palette.color(QPalette.ColorRole.Base))
    return readable(palette.color(QPalette.ColorRole.Highlight), background, MARK)


class JournalCalendar(QCalendarWidget):
    """A QCalendarWidget that paints the journal's marks and explains each day on hover."""

    visible_month_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks = MonthMarks(date.min, date.min)
        self._own_milestones: frozenset[str] = frozenset()
        self._cell_rects: dict[date, QRect] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        calm = QTextCharFormat()  # weekends in the text colour: no red days
        for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(weekday, calm)
        self.currentPageChanged.connect(self.visible_month_changed)
        self._view = self.findChild(QTableView)
        # The grid's viewport by its name: asked through viewport(), PySide6 first made every
        # widget class of QtWidgets (and their enums) to learn its type, ~15 ms before the first paint.
        viewport = self._view.findChild(QWidget, "qt_scrollarea_viewport") if self._view is not None else None
        if self._view is not None and viewport is not None:
            viewport.installEventFilter(self)
            self._view.installEventFilter(self)  # focus in and out: the focus ring comes and goes
            viewport.setMouseTracking(True)
        year_edit = self.findChild(QSpinBox, "qt_calendar_yearedit")
        if year_edit is not None:
            year_edit.setAccessibleName(self.tr("Year"))
        self.selectionChanged.connect(self._update_accessible_text)
        self._update_accessible_text()

    # -- data in -------------------------------------------------------------------

    def set_marks(self, marks: MonthMarks, own_milestones: frozenset[str] = frozenset()) -> None:
        self._marks = marks
        self._own_milestones = own_milestones
        self._cell_rects.clear()  # a new page puts other days under the same rects
        self.updateCells()
        self._update_accessible_text()

    def month_marks(self) -> MonthMarks:
        return self._marks

    def own_milestones(self) -> frozenset[str]:
        return self._own_milestones

    def selected_day(self) -> date:
        return to_date(self.selectedDate())

    def select_day(self, day: date) -> None:
        self.setSelectedDate(to_qdate(day))

    # -- screen readers --------------------------------------------------------------

    def _update_accessible_text(self) -> None:
        """Name the selected day, and describe its marks in words (the hover text): never colour alone.

        Set on the calendar and on its day grid, which is what has the keyboard focus.
        """
        day = self.selectedDate()
        name = self.tr("Calendar, %1").replace("%1", QLocale().toString(day, QLocale.FormatType.LongFormat))
        marks = self.tooltip_for(to_date(day)).replace("\n", ". ")
        description = marks or self.tr("Choose a day to read or write its note. Marks show the article's milestones.")
        for widget in (self, self._view):
            if widget is not None:
                widget.setAccessibleName(name)
                widget.setAccessibleDescription(description)

    # -- painting ------------------------------------------------------------------

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802 (Qt override)
        day = to_date(qdate)
        self._cell_rects[day] = QRect(rect)
        palette = self.palette()
        in_page = qdate.month() == self.monthShown()
        cell = QRectF(rect).adjusted(1, 1, -1, -1)
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        marks = marks_to_paint(self._marks.marks(day), self._own_milestones)
        selected = qdate == self.selectedDate()
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(selection_fill(palette))
            painter.drawRoundedRect(cell, 4, 4)
        for mark in marks:
            if mark is not Mark.TODAY:
                paint_mark(painter, cell, mark, palette)
        text_color = day_number_colour(palette, in_page=in_page, in_band=Mark.THREE_WEEK_WINDOW in marks, selected=selected)
        if selected and self.keyboard_is_here():  # a ring she can see, not only the faint selection
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(focus_ring_colour(palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4)
        font = QFont(painter.font())
        if self._marks.marks(day).is_today or qdate == self.selectedDate():
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(qdate.day()))
        if Mark.TODAY in marks:
            paint_mark(painter, cell, Mark.TODAY, palette)
        painter.restore()

    def keyboard_is_here(self) -> bool:
        """The day grid (or the calendar) has the keyboard focus: the selected day gets the focus ring."""
        return self.hasFocus() or (self._view is not None and self._view.hasFocus())

    # -- hover ---------------------------------------------------------------------

    def day_at(self, pos: QPoint) -> date | None:
        """The day under a viewport position, from the rects of the last paint."""
        for day, rect in self._cell_rects.items():
            if rect.contains(pos) and self._marks.first <= day <= self._marks.last:
                return day
        return None

    def cell_rect(self, day: date) -> QRect | None:
        """Where ``day`` was painted last, in viewport coordinates (None if not shown)."""
        return self._cell_rects.get(day)

    def tooltip_for(self, day: date) -> str:
        return self._marks.tooltip(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._view and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._view.viewport().update()
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            text = self.tooltip_for(day) if day else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self._view)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)
