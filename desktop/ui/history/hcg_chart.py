"""hCG values and pregnancy test results over time, in the trends window.

The positions come from ``desktop.exchange.hcg_figure.layout_hcg`` (plain
Python, the same layout the PDF draws), so what she sees in the window and
what her doctor reads on paper agree. The axis turns logarithmic when the
values span two orders of magnitude, and says so. Each point names its value
and its day (on the picture when there are few, and always in its tooltip and
in the accessible description); nothing is interpreted.

``HcgChartModel`` holds the rows and answers every question a test asks
without painting; ``HcgChart`` only paints what the model laid out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.exchange.hcg_figure import HcgLayout, HcgPoint, HcgWords, layout_hcg, paint_hcg
from desktop.store.records import DayRecord
from desktop.ui.calendar.painter import LAVENDER
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, medium_date, number_text

RESULT_WORDS = {
    "negative": QT_TRANSLATE_NOOP("HcgChart", "negative"),
    "faint": QT_TRANSLATE_NOOP("HcgChart", "faint line"),
    "positive": QT_TRANSLATE_NOOP("HcgChart", "positive"),
}
LABEL_POINTS_UP_TO = 8  # more points than this: the values are in the tooltips, not crowded on the picture
HIT_RADIUS = 8.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("HcgChart", text)


def hcg_value_text(value: float) -> str:
    return number_text(value, 0 if value == int(value) else 1)


@dataclass
class HcgChartModel:
    """The rows to show (days with an hCG value or a test result) and their layout at a size."""

    entries: list[DayRecord] = field(default_factory=list)

    def set_entries(self, entries: Sequence[DayRecord]) -> None:
        self.entries = [e for e in entries if e.hcg_miu_ml is not None or e.test_result is not None]

    def layout(self, width: float, height: float) -> HcgLayout:
        return layout_hcg(self.entries, width, height)

    def words(self) -> HcgWords:
        return HcgWords(
            axis=_tr("hCG (mIU/mL)"),
            log_axis=_tr("hCG (mIU/mL), log scale"),
            results=tuple((key, _tr(word)) for key, word in RESULT_WORDS.items()),
            day_text=medium_date,
            number_text=hcg_value_text,
        )

    def point_at(self, layout: HcgLayout, x: float, y: float) -> HcgPoint | None:
        near = [p for p in layout.points if (p.x - x) ** 2 + (p.y - y) ** 2 <= HIT_RADIUS**2]
        return min(near, key=lambda p: (p.x - x) ** 2 + (p.y - y) ** 2) if near else None

    def point_text(self, point: HcgPoint) -> str:
        return _tr("{value} mIU/mL on {day}").format(value=hcg_value_text(point.value), day=medium_date(point.day))

    def description(self) -> str:
        """Every value and result with its day, for a screen reader (the picture alone says nothing to one)."""
        if not self.entries:
            return _tr("No hCG values or pregnancy tests recorded.")
        parts = []
        for entry in self.entries:
            bits = []
            if entry.hcg_miu_ml is not None:
                bits.append(_tr("{value} mIU/mL").format(value=hcg_value_text(entry.hcg_miu_ml)))
            if entry.test_result is not None:
                bits.append(_tr("test {result}").format(result=_tr(RESULT_WORDS[entry.test_result])))
            parts.append(f"{medium_date(entry.date)}: {', '.join(bits)}")
        return "; ".join(parts)

    def days(self) -> list[date]:
        return [e.date for e in self.entries]


class HcgChart(QWidget):
    """Paints the model's layout; hidden by its owner while nothing is recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HcgChartModel()
        self.setMinimumHeight(160)
        self.setMouseTracking(True)
        self.setAccessibleName(_tr("hCG and pregnancy tests over time"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_entries(self, entries: Sequence[DayRecord]) -> None:
        self.model.set_entries(entries)
        self.setAccessibleDescription(self.model.description())
        self.setVisible(bool(self.model.entries))
        self.update()

    def current_layout(self) -> HcgLayout:
        return self.model.layout(self.width(), self.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(600, 200)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        layout = self.current_layout()
        if layout.is_empty:
            return
        painter = QPainter(self)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        paint_hcg(painter, layout, self.model.words(), ink, LAVENDER.darker(140),
                  label_points=len(layout.points) <= LABEL_POINTS_UP_TO)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = QPointF(event.pos())
            point = self.model.point_at(self.current_layout(), position.x(), position.y())
            if point is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.model.point_text(point), self)
            return True
        return super().event(event)
