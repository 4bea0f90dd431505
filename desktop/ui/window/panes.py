"""F6 and Shift+F6: the keyboard moves between the window's panes, as in most desktop programs.

The panes in reading order: the calendar, the milestones, the day's note, the
day's fields, the article. A pane that is hidden or disabled (the article
turned off, the journal still closed) is skipped; from anywhere else (the
header, a banner) F6 goes to the first pane.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.ui.day.day_editor import DayEditor
    from desktop.ui.day.day_fields import DayFields
    from desktop.ui.plan.article_panel import ArticlePanel
    from desktop.ui.plan.milestone_panel import MilestonePanel

PaneFinder = Callable[[], QWidget | None]  # a pane that may come later (the fields appear after the journal opens)


@dataclass(frozen=True)
class Pane:
    """``area``: where the focus counts as in the pane; ``entry``: what gets the focus when she arrives."""

    area: PaneFinder
    entry: PaneFinder


class PaneCycler(QObject):
    def __init__(self, window: QWidget, panes: Sequence[Pane]) -> None:
        super().__init__(window)
        self._window = window
        self._panes = list(panes)
        # Actions, not bare shortcuts: Help ▸ Keyboard shortcuts lists the window's actions.
        self.next_action = QAction(self.tr("Next pane"), window)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.previous_action = QAction(self.tr("Previous pane"), window)
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6))
        for action in (self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.next_action.triggered.connect(lambda: self.move(1))
        self.previous_action.triggered.connect(lambda: self.move(-1))

    def available(self) -> list[tuple[QWidget, QWidget]]:
        """The panes she can go to now, in order: (area, entry)."""
        found = []
        for pane in self._panes:
            area, entry = pane.area(), pane.entry()
            if area is None or entry is None:
                continue
            if area.isVisibleTo(self._window) and entry.isVisibleTo(self._window) and entry.isEnabled():
                found.append((area, entry))
        return found

    def current(self) -> int | None:
        """Which of the available panes has the keyboard focus now (None: none of them)."""
        focus = QApplication.focusWidget()
        for index, (area, _entry) in enumerate(self.available()):
            if focus is not None and (focus is area or area.isAncestorOf(focus)):
                return index
        return None

    def move(self, step: int) -> None:
        panes = self.available()
        if not panes:
            return
        index = self.current()
        if index is None:
            index = -1 if step > 0 else 0
        _area, entry = panes[(index + step) % len(panes)]
        entry.setFocus(Qt.FocusReason.ShortcutFocusReason)


def window_panes(
    calendar: QWidget,
    milestones: MilestonePanel,
    editor: DayEditor,
    fields: Callable[[], DayFields | None],
    article: ArticlePanel,
) -> list[Pane]:
    """The main window's panes in reading order; the day's fields once the journal has made them."""

    def first_field() -> QWidget | None:
        made = fields()
        return made.tab_chain()[0] if made is not None else None

    return [
        Pane(lambda: calendar, lambda: calendar),
        Pane(lambda: milestones, lambda: milestones.tree),
        Pane(lambda: editor, lambda: editor.editor),
        Pane(fields, first_field),
        Pane(lambda: article, lambda: article.browser),
    ]
