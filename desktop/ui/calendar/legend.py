"""A legend that explains every calendar mark, painted by the same code as the calendar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.ui.calendar.painter import LEGEND_LABEL, LEGEND_TEXT, Mark, paint_mark


class MarkSwatch(QWidget):
    def __init__(self, mark: Mark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = mark
        self.setFixedSize(QSize(24, 20))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        paint_mark(painter, rect, self.mark, self.palette())
        painter.end()


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend of calendar marks"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        columns = 2
        for index, mark in enumerate(LEGEND_LABEL):
            row, column = divmod(index, columns)
            swatch = MarkSwatch(mark)
            label = QLabel(QCoreApplication.translate("Legend", LEGEND_LABEL[mark]))
            label.setObjectName("legendText")
            for widget in (swatch, label):
                widget.setToolTip(QCoreApplication.translate("Legend", LEGEND_TEXT[mark]))
            label.setAccessibleDescription(QCoreApplication.translate("Legend", LEGEND_TEXT[mark]))
            layout.addWidget(swatch, row, column * 2)
            layout.addWidget(label, row, column * 2 + 1)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(3, 1)
