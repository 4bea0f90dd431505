"""What a layout must hold to at any size: run inside a process whose screen is the size under test.

``python -m tests.ui.window.layout_check WIDTH HEIGHT [large]`` builds the real window
on a journal with a loss, a doctor's change and notes, on the offscreen screen the
caller configured (QT_QPA_PLATFORM=offscreen:configfile=…, QT_SCALE_FACTOR), and prints
one JSON list of the problems found: widgets drawn over a visible sibling, widgets
outside their parent (where nothing scrolls them into view), widgets smaller than their
own minimum (squeezed text), and a window outside the screen's available area.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QScrollBar, QStyle, QTreeWidget, QWidget

TODAY = date(2026, 3, 19)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or ''})"


def _scrolls(widget: QWidget) -> bool:
    """A viewport (or a scroll area's content): what lies outside it is scrolled into view, not lost."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _visible_children(parent: QWidget) -> list[QWidget]:
    return [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow()
    ]


def problems_in(window: QWidget) -> list[str]:
    found: list[str] = []
    screen = window.screen()
    if screen is not None and not screen.availableGeometry().contains(window.frameGeometry()):
        found.append(f"window {window.frameGeometry()} outside the screen {screen.availableGeometry()}")

    def walk(parent: QWidget) -> None:
        children = _visible_children(parent)
        inside = QRect(0, 0, parent.width(), parent.height())
        for index, child in enumerate(children):
            for other in children[index + 1 :]:
                if child.geometry().intersects(other.geometry()):
                    found.append(f"{_name(child)} {child.geometry()} over {_name(other)} {other.geometry()} in {_name(parent)}")
            if not _scrolls(parent) and not inside.contains(child.geometry()):
                found.append(f"{_name(child)} {child.geometry()} outside {_name(parent)} {inside}")
            area = parent.parentWidget()
            if (
                _scrolls(parent)
                and isinstance(area, QAbstractScrollArea)
                and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and child.width() > parent.width()
            ):
                found.append(f"{_name(child)} {child.width()} px wide, cut in a {parent.width()} px pane")
            if isinstance(child, QLabel | QAbstractButton) and not isinstance(child, QScrollBar):
                hint = child.minimumSizeHint()
                if child.width() < hint.width() or child.height() < hint.height():
                    found.append(f"{_name(child)} squeezed: {child.size()} < {hint}")
            walk(child)

    walk(window)
    found.extend(nested_scrolling(window))
    return found


def nested_scrolling(window: QWidget) -> list[str]:
    """A pane that scrolls up and down inside a page that scrolls up and down too: two scroll bars for one move."""
    from desktop.ui.window.fit_screen import PaneScrollArea

    found: list[str] = []
    for area in window.findChildren(PaneScrollArea):
        if not area.isVisible() or area.verticalScrollBar().maximum() == 0:
            continue
        outer = area.parentWidget()
        while outer is not None and not (isinstance(outer, QAbstractScrollArea) and outer.verticalScrollBar().maximum() > 0):
            outer = outer.parentWidget()
        if outer is not None:
            found.append(f"{_name(area)} scrolls {area.verticalScrollBar().maximum()} px inside {_name(outer)}, which scrolls too")
    return found


def cut_milestone_texts(tree: QTreeWidget) -> list[str]:
    """Milestone cells whose words do not fit their cell (cut or elided), even wrapped."""
    found: list[str] = []
    metrics = tree.fontMetrics()
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) * 2 + 2
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        for column in range(tree.columnCount()):
            cell = tree.visualItemRect(item).intersected(QRect(tree.header().sectionViewportPosition(column), 0,
                                                               tree.header().sectionSize(column), 1 << 20))
            text = item.text(column)
            needed = metrics.boundingRect(
                QRect(0, 0, max(1, cell.width() - margin), 1 << 20), int(Qt.TextFlag.TextWordWrap), text
            )
            longest_word = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
            if needed.height() > cell.height() or longest_word > cell.width() - margin:
                found.append(f"milestone cell {text!r} needs {needed.size()} in {cell.size()}")
    return found


def main(argv: list[str]) -> int:
    width, height = int(argv[1]), int(argv[2])
    large = len(argv) > 3 and argv[3] == "large"
    home = Path(tempfile.mkdtemp())
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    from desktop.ui.app import create_application

    _app = create_application()  # kept: the application lives as long as the window
    if large:  # large text: the article at 24 pt
        QSettings().setValue("display/article_font_pt", 24)
    from desktop.paths import journal_path
    from desktop.store import open_journal

    with open_journal(journal_path(home)) as journal:
        journal.add_event("miscarriage", TODAY - timedelta(days=18))
        journal.set_override("sex-earliest", day=TODAY + timedelta(days=20), note="Dr. Novak")
        journal.save_entry(TODAY - timedelta(days=2), "A quiet day")
    from desktop.ui.app import build_window

    window = build_window(home, lambda: TODAY)
    window.show()
    assert window.load()
    window.calendar.select_day(TODAY - timedelta(days=2))
    # The panes take their minimum sizes over a few turns of the event loop (the day's fields
    # join after the journal opens; stacking re-lays them out): judge the layout once it is still.
    problems: list[str] = []
    unchanged = 0
    for _ in range(40):
        QTest.qWait(100)
        now = problems_in(window) + cut_milestone_texts(window.milestones.tree)
        unchanged = unchanged + 1 if now == problems else 0
        problems = now
        if unchanged >= 3:
            break
    report = {"screen": [width, height], "window": [window.width(), window.height()], "problems": problems}
    print(json.dumps(report))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
