"""The window fits the screen it opens on, and its panes scroll rather than overlap.

Seen under Xvfb at 1024×600: the window opened taller than the screen (its
footer off-screen), and the calendar's last week rows lay over the legend,
because a layout given less room than its minimum squeezes its children on top
of each other. A pane inside a scroll area keeps its minimum and scrolls
instead; the window's own size is clamped to the screen's available area (the
part not taken by panels and docks), also when a size saved on a larger screen
is restored.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

DEFAULT_SIZE = QSize(1240, 780)  # on a large screen; never more than the screen's available area


class PaneScrollArea(QScrollArea):
    """Scrolls up and down only: as narrow as its pane's minimum width allows, never narrower.

    Asked for its minimum, a plain scroll area answers a small fixed size, and a
    splitter then squeezed the day's fields under the article, cut at the right.
    """

    def __init__(self, horizontal: bool) -> None:
        super().__init__()
        self._horizontal = horizontal

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the pane grew (the day's fields join it after the journal opens)
            splitter = self.parentWidget()
            if isinstance(splitter, QSplitter):
                splitter.updateGeometry()  # and the splitter's own minimum with it, for the window's layout
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        pane = self.widget()
        if self._horizontal or pane is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        splitter = self.parentWidget()
        if isinstance(splitter, QSplitter) and splitter.orientation() == QtCore.Qt.Orientation.Vertical:
            # Stacked (see SplitterReflow): the pane at its full height, and the window's own area scrolls.
            # Its full height at the width it has: stacked, the calendar is as wide as the window and its
            # rows taller than at its minimum width (seen at 1024×600 in Russian: a scroll bar in a scroll bar).
            height = pane.minimumSizeHint().height()
            if pane.hasHeightForWidth() and self.width() > 0:
                height = max(height, pane.heightForWidth(self.width()))
            return QSize(pane.minimumSizeHint().width() + bar, height)
        return QSize(pane.minimumSizeHint().width() + bar, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # stacked, the height it needs follows its width


def scrolling(pane: QWidget, *, horizontal: bool = False) -> QScrollArea:
    """``pane`` in a frameless scroll area that follows its width (and its height while there is room).

    Below the pane's minimum it scrolls vertically (and horizontally only when
    asked): the minimum is kept, so nothing in it is drawn over anything else.
    """
    area = PaneScrollArea(horizontal)
    area.setWidget(pane)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # the keyboard goes to what is in it, not to the frame
    area.setHorizontalScrollBarPolicy(
        QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded if horizontal else QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )
    return area


def fitted_geometry(wanted: QRect, available: QRect) -> QRect:
    """``wanted`` made no larger than ``available`` and moved inside it (a rectangle of the same screen)."""
    width = min(wanted.width(), available.width())
    height = min(wanted.height(), available.height())
    left = min(max(wanted.left(), available.left()), available.right() + 1 - width)
    top = min(max(wanted.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def fit_to_screen(window: QWidget, frame: QSize | None = None) -> None:
    """Clamp the window (its frame, when the window system has told us its size) to its screen's available area.

    ``frame`` is the window system's decoration (title bar, borders); before the
    first show Qt does not know it, so a margin is assumed: a title bar of ~32 px
    and borders of a few pixels.
    """
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    extra = frame if frame is not None else _frame_extra(window)
    side = extra.width() // 2  # the borders left and right; the rest of the height is the title bar
    inner = QRect(
        available.left() + side,
        available.top() + extra.height() - side,
        max(1, available.width() - extra.width()),
        max(1, available.height() - extra.height()),
    )
    window.setGeometry(fitted_geometry(window.geometry(), inner))


def _frame_extra(window: QWidget) -> QSize:
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return QSize(8, 40)


class SplitterReflow(QObject):
    """The panes side by side while they fit the window's width; stacked top to bottom when they do not.

    Seen at 1024×600 with large text: the three panes' minimum widths added up to
    more than the screen, and the whole window scrolled sideways, the article
    out of sight. Stacked, each pane keeps its full width and scrolls up and down.
    """

    def __init__(self, splitter: QSplitter, area: QScrollArea, margins: int) -> None:
        super().__init__(area)
        self._splitter = splitter
        self._area = area
        self._margins = margins  # the body's own left and right margins around the splitter
        area.viewport().installEventFilter(self)

    def side_by_side_width(self) -> int:
        panes = [self._splitter.widget(index) for index in range(self._splitter.count())]
        shown = [pane for pane in panes if pane is not None and not pane.isHidden()]
        handles = self._splitter.handleWidth() * max(0, len(shown) - 1)
        return sum(pane.minimumSizeHint().width() for pane in shown) + handles + self._margins

    def update(self) -> None:
        if not self._area.isVisible():
            return  # the window is being built: its width means nothing yet
        fits = self._area.viewport().width() >= self.side_by_side_width()
        wanted = QtCore.Qt.Orientation.Horizontal if fits else QtCore.Qt.Orientation.Vertical
        if self._splitter.orientation() != wanted:
            self._splitter.setOrientation(wanted)
            for index in range(self._splitter.count()):
                pane = self._splitter.widget(index)
                if pane is not None:
                    pane.updateGeometry()  # its minimum depends on the orientation
            self._splitter.refresh()
            self._splitter.updateGeometry()  # the body's layout asks the splitter for its new minimum

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.update()
        return False
