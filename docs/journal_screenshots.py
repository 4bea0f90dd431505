"""Screenshots of the journal widgets (day fields, search, history, timeline, trend chart).

    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" .venv/bin/python docs/journal_screenshots.py [--dark]

Each widget is shown on its own with sample data from a throw-away journal and
saved as ``docs/screenshots/journal-<widget>[-dark].png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, TODAY, start_app  # noqa: E402 — the same start-up and theme as the README's

LOSS = TODAY - timedelta(days=38)


def seed(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import DayRecord

    journal.add_event("miscarriage", LOSS - timedelta(days=2), "At home")
    journal.add_event("procedure", LOSS, "Day clinic")
    journal.add_event("period", LOSS + timedelta(days=31))
    journal.add_event("consultation", LOSS + timedelta(days=35), "Dr. Novak")
    notes = {
        1: ("Tired. Bleeding heavier than I thought.", "heavy", 6, 37.6, 2, ("rest",)),
        2: ("Slept most of the day.", "medium", 5, 38.2, 2, ("rest", "fever")),
        3: ("Called the clinic about the temperature. Walking a little.", "medium", 4, 37.8, 2, ("walk",)),
        5: ("A short walk by the river.", "light", 3, 37.1, 3, ("walk",)),
        8: ("Tea with my sister. It helped to talk.", "spotting", 2, 36.9, 3, ("family",)),
        12: ("Quiet day. Read in the café.", "spotting", 1, 36.8, 4, ("café",)),
        16: ("Боли почти нет. Прогулка в парке.", "none", 1, 36.7, 4, ("walk",)),
        21: ("Three weeks today.", "none", 0, 36.6, 4, ()),
        31: ("Period started. Cramps, but normal ones.", "medium", 4, 36.8, 3, ("period",)),
        35: ("Saw Dr. Novak. She said everything has healed well.", "none", 0, 36.6, 5, ("doctor",)),
    }
    for offset, (text, bleeding, pain, temperature, mood, tags) in notes.items():
        journal.save_day(DayRecord(LOSS + timedelta(days=offset), text, bleeding, pain, temperature, mood, tags))


def frame(widget: QWidget, width: int, height: int) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.addWidget(widget)
    holder.resize(width, height)
    return holder


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", default="", help="one widget: fields, search, history, timeline, chart")
    args = parser.parse_args()
    suffix = "-dark" if args.dark else ""

    with tempfile.TemporaryDirectory() as tmp:
        app = start_app(tmp, dark=args.dark)

        from desktop.store import open_journal

        journal = open_journal(Path(tmp) / "journal.sqlite3")
        seed(journal)
        shots: dict[str, Callable[[], QWidget]] = {
            "fields": lambda: _fields(journal),
            "search": lambda: _search(journal, app),
            "history": lambda: _history(journal),
            "timeline": lambda: _timeline(journal),
            "chart": lambda: _chart(journal),
            "window": lambda: _window(Path(tmp) / "window", app),
        }
        OUT.mkdir(parents=True, exist_ok=True)
        for name, build in shots.items():
            if args.only and name != args.only:
                continue
            try:
                widget = build()
            except ImportError:
                continue  # that widget is not written yet
            widget.show()
            for _ in range(10):
                app.processEvents()
            target = OUT / f"journal-{name}{suffix}.png"
            widget.grab().save(str(target))
            widget.close()
            print(target)
        journal.close()
    return 0


def _fields(journal) -> QWidget:  # type: ignore[no-untyped-def]
    from desktop.ui.day.day_fields import DayFields

    fields = DayFields()
    fields.set_values(journal.entry(LOSS + timedelta(days=2)))
    return frame(fields, 460, 300)


def _search(journal, app: QApplication) -> QWidget:  # type: ignore[no-untyped-def]
    from desktop.ui.search.panel import SearchPanel

    panel = SearchPanel(journal.search, pause_ms=0)
    panel.set_query("walk")
    panel.run_search()
    panel.wait_for_idle()
    for _ in range(5):
        app.processEvents()
    return frame(panel, 420, 420)


def _history(journal) -> QWidget:  # type: ignore[no-untyped-def]
    from desktop.ui.history.dialog import EventHistory, HistoryDialog

    dialog = HistoryDialog(None, EventHistory(journal), TODAY)
    dialog.select_row(1)
    dialog.resize(620, 360)
    return dialog


def _timeline(journal) -> QWidget:  # type: ignore[no-untyped-def]
    from desktop.guidance import day_zero_for, milestones_for
    from desktop.ui.history.timeline_view import TimelineView

    history = journal.history()
    view = TimelineView()
    view.set_plan(milestones_for(history, TODAY), day_zero_for(history).date, TODAY)
    return frame(view, 900, view.needed_height() + 40)


def _chart(journal) -> QWidget:  # type: ignore[no-untyped-def]
    from desktop.guidance import milestones_for
    from desktop.ui.history.trend_chart import TrendChart

    chart = TrendChart()
    entries = journal.entries_between(date.min, TODAY)
    chart.set_data(entries, milestones_for(journal.history(), TODAY), TODAY, LOSS)
    chart.set_range_days(42)
    return frame(chart, 900, 420)


def _window(data_dir: Path, app: QApplication) -> QWidget:

    from desktop.paths import journal_path
    from desktop.store import open_journal

    with open_journal(journal_path(data_dir)) as journal:
        seed(journal)
    from desktop.ui.app import build_window

    window = build_window(data_dir, lambda: TODAY)
    window.resize(1280, 800)
    window.show()
    window.load()
    window.calendar.select_day(LOSS + timedelta(days=2))
    features = window.journal_features
    features.show_search()
    assert features.search_panel is not None
    features.search_panel.set_query("walk")
    features.search_panel.run_search()
    features.search_panel.wait_for_idle()
    for _ in range(5):
        app.processEvents()
    return window


if __name__ == "__main__":
    sys.exit(main())
