"""The window's panes laid out: the calendar column, the day's note, the article, under the header and banners.

Made by ``MainWindow.build`` once the shell's first frame is painted; the layouts the
window adds to later (the day's fields under the note, the reminder banner under the
header) are handed back with the central widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from desktop.ui.window.fit_screen import SplitterReflow, scrolling


@dataclass(frozen=True)
class PaneLayout:
    central: QScrollArea  # the window's central widget: the last resort of a very small screen scrolls
    splitter: QSplitter
    day_column: QVBoxLayout  # the note; the day's fields join it (MainWindow.place_below_note)
    body: QVBoxLayout  # the reminder banner joins it after the journal opens
    reflow: SplitterReflow  # stacked when side by side does not fit


def lay_out_panes(*, above: list[QWidget], calendar_column: list[QWidget], note: QWidget, article: QWidget) -> PaneLayout:
    """``above`` the splitter (header, banners); the calendar column's last widget takes its spare height."""
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 6, 0)
    for widget in calendar_column[:-1]:
        left_layout.addWidget(widget)
    left_layout.addWidget(calendar_column[-1], 1)
    centre = QWidget()
    day_column = QVBoxLayout(centre)
    day_column.setContentsMargins(6, 0, 6, 0)
    day_column.addWidget(note)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(scrolling(left))  # below their minimum the panes scroll: nothing overlaps
    splitter.addWidget(scrolling(centre))
    splitter.addWidget(article)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setStretchFactor(2, 1)
    splitter.setSizes([540, 380, 330])

    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(12, 10, 12, 8)
    for widget in above:
        body_layout.addWidget(widget)
    body_layout.addWidget(splitter, 1)
    central = scrolling(body, horizontal=True)
    return PaneLayout(central, splitter, day_column, body_layout, SplitterReflow(splitter, central, margins=24))
