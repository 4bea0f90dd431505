"""The daily-journal features, wired into the main window from one place.

Adds, without growing ``main_window.py`` (it only creates ``JournalFeatures(self)``):

* the day's fields (bleeding, pain, temperature, mood, tags) under the note,
  autosaved with the note through the window's one ``DayAutosave``;
  the fever note's link shows the article's passage;
* Journal ▸ Search notes (Ctrl+F): a search panel docked on the left; choosing
  a result selects that day;
* Journal ▸ Recorded dates…: the history dialog, whose undo lasts until the app closes;
* View ▸ Timeline and trends…: the timeline and the trend chart in a window of their own;
* View ▸ Temperature in °F.

The widgets' modules are imported only when the journal has loaded or when
their action is first used, so none of them weighs on start-up.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu, QVBoxLayout, QWidget

from desktop.guidance.temperature import TemperatureUnit
from desktop.ui.day.autosave import DayEdit
from desktop.ui.settings.preferences import TEMPERATURE_UNIT_KEY, read_temperature_unit
from desktop.ui.widgets.keyboard import set_tab_chain

if TYPE_CHECKING:
    from desktop.store.records import EntryRecord
    from desktop.store.search import SearchHit
    from desktop.ui.day.day_fields import DayFields
    from desktop.ui.history.dialog import EventHistory
    from desktop.ui.history.timeline_view import TimelineView
    from desktop.ui.history.trend_chart import TrendChart
    from desktop.ui.search.panel import SearchPanel
    from desktop.ui.window.main_window import MainWindow


class JournalFeatures(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.fields: DayFields | None = None
        self.search_panel: SearchPanel | None = None
        self.event_history: EventHistory | None = None
        self.pictures: _PicturesWindow | None = None
        self._search_dock: QDockWidget | None = None
        self._fields_day: date | None = None

        self.search_action = QAction(self.tr("&Search notes"), window)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.history_action = QAction(self.tr("Recorded &dates…"), window)
        self.pictures_action = QAction(self.tr("Time&line and trends…"), window)  # T is Go to today
        self.fahrenheit_action = QAction(self.tr("Temperature in °&F"), window)
        self.fahrenheit_action.setCheckable(True)
        self.fahrenheit_action.setChecked(read_temperature_unit(QSettings()) == "F")
        for action in (self.search_action, self.history_action, self.pictures_action):
            action.setEnabled(False)
        journal_menu = _menu(window, QCoreApplication.translate("MainWindow", "&Journal"))
        journal_menu.addSeparator()
        journal_menu.addAction(self.search_action)
        journal_menu.addAction(self.history_action)
        view_menu = _menu(window, QCoreApplication.translate("MainWindow", "&View"))
        view_menu.addSeparator()
        view_menu.addAction(self.pictures_action)
        view_menu.addAction(self.fahrenheit_action)

        # -- wiring, top to bottom --
        window.loaded.connect(self._on_loaded)
        window.calendar.selectionChanged.connect(self._on_day_selected)
        window.autosave.saved.connect(self._on_day_saved)
        self.search_action.triggered.connect(self.show_search)
        self.history_action.triggered.connect(self.show_history)
        self.pictures_action.triggered.connect(self.show_pictures)
        self.fahrenheit_action.toggled.connect(self._on_unit_toggled)
        window.installEventFilter(self)

    # -- the day's fields ------------------------------------------------------------

    def _on_loaded(self) -> None:
        """Runs at every open: the first one, and again after an import or a restore reopens the file."""
        from desktop.ui.day.day_fields import DayFields

        model = self._window.model
        assert model is not None
        if self.fields is None:
            self.fields = DayFields(unit=self._unit())
            self.fields.changed.connect(self._on_fields_changed)
            self.fields.passage_requested.connect(self._show_passage)
            centre = self._window.editor.parentWidget()
            layout = centre.layout() if centre is not None else None
            if layout is not None:
                layout.addWidget(self.fields)
            set_tab_chain(self._window.editor.editor, *self.fields.tab_chain(), *self._window.article.tab_chain())
        model.plan_changed.connect(self._refresh_pictures)
        if self.event_history is not None and self.event_history.store is not model.journal:
            self.event_history.deleteLater()  # its undo steps belong to the file that was replaced
            self.event_history = None
        for action in (self.search_action, self.history_action, self.pictures_action):
            action.setEnabled(True)
        self._fields_day = None
        self._on_day_selected()
        self._refresh_pictures()

    def _on_day_selected(self) -> None:
        model = self._window.model
        if model is None or self.fields is None:
            return
        day = self._window.editor.day()
        if day == self._fields_day:
            return
        self._fields_day = day  # the day left keeps its edits in the autosave until they are saved
        stored = model.journal.entry(day) if day else None
        pending = self._window.autosave.pending(day)
        if day is not None and pending is not None and pending.fields is not None:
            from desktop.store import DayRecord

            self.fields.set_values(pending.apply_to(stored or DayRecord(day)))  # not saved yet: what she chose
        else:
            self.fields.set_values(stored)

    def _on_fields_changed(self) -> None:
        if self.fields is not None and self._fields_day is not None:
            self._window.autosave.edit(DayEdit(self._fields_day, fields=self.fields.values()))

    def flush_fields(self) -> bool:
        """Save pending edits now; False (and they stay pending) if the journal refused them."""
        return self._window.autosave.flush_now()

    def _on_day_saved(self, edit: DayEdit, record: EntryRecord | None) -> None:
        """Only the day saved goes into the trend chart: nothing is read again (the day's record came with the save)."""
        if edit.fields is not None and self.pictures is not None and self.pictures.isVisible():
            self.pictures.chart.update_day(edit.day, record)

    def _show_passage(self, passage_id: str) -> None:
        from desktop.guidance.plan import article_plan

        self._window.toggle_article_action.setChecked(True)
        self._window.article.highlight_passage(article_plan().passage(passage_id))

    def _unit(self) -> TemperatureUnit:
        return TemperatureUnit.FAHRENHEIT if self.fahrenheit_action.isChecked() else TemperatureUnit.CELSIUS

    def set_temperature_unit(self, unit: str) -> None:
        """From the Settings dialog ("C" or "F"): the View menu's toggle follows, and through it the fields."""
        self.fahrenheit_action.setChecked(unit.upper() == TemperatureUnit.FAHRENHEIT.value)

    def _on_unit_toggled(self, fahrenheit: bool) -> None:
        QSettings().setValue(TEMPERATURE_UNIT_KEY, "F" if fahrenheit else "C")
        if self.fields is not None:
            self.fields.set_temperature_unit(self._unit())
        if self.pictures is not None:
            self.pictures.chart.set_temperature_unit(self._unit())

    # -- search ----------------------------------------------------------------------

    def show_search(self) -> None:
        model = self._window.model
        if model is None:
            return
        if self._search_dock is None:
            from desktop.ui.search.panel import SearchPanel

            self.search_panel = SearchPanel(self._search, runner=self._window.tasks)
            self._search_dock = QDockWidget(self.tr("Search"), self._window)
            self._search_dock.setObjectName("searchDock")
            holder = QWidget()  # the panel has no margins of its own; a dock needs a little air
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(10, 4, 6, 10)
            holder_layout.addWidget(self.search_panel)
            self._search_dock.setWidget(holder)
            self._window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self._search_dock)
            self.search_panel.day_chosen.connect(self._window.calendar.select_day)
            self.search_panel.close_requested.connect(self._search_dock.hide)
        self._search_dock.show()
        assert self.search_panel is not None
        self.search_panel.focus_search()

    def _search(self, query: str) -> list[SearchHit]:
        """Runs on the panel's worker thread, on whichever journal is open now."""
        from desktop.store import JournalError

        model = self._window.model
        if model is None:
            raise JournalError(self.tr("the journal is closed for a moment; try again"))
        return model.journal.search(query)

    # -- history -----------------------------------------------------------------------

    def show_history(self) -> None:
        from desktop.ui.history.dialog import EventHistory, HistoryDialog

        model = self._window.model
        if model is None:
            return
        if self.event_history is None:
            self.event_history = EventHistory(model.journal, parent=self)
            self.event_history.changed.connect(model.reload)
        HistoryDialog.show_history(self._window, self.event_history, model.today())

    # -- pictures ----------------------------------------------------------------------

    def show_pictures(self) -> None:
        if self._window.model is None:
            return
        if self.pictures is None:
            self.pictures = _PicturesWindow(self._window, self._unit())
        self._refresh_pictures(force=True)
        self.pictures.show()
        self.pictures.raise_()

    def _refresh_pictures(self, force: bool = False) -> None:
        model = self._window.model
        if self.pictures is None or model is None or not (force or self.pictures.isVisible()):
            return
        today = model.today()
        zero = model.day_zero()
        day_zero = zero.date if zero else None
        milestones, journal, chart = model.milestones(), model.journal, self.pictures.chart
        self.pictures.timeline.set_plan(milestones, day_zero, today)
        chart.set_plan(milestones, today, day_zero)
        self._window.tasks.run(  # every page, read on the journal lane (100,000 pages take a while)
            self.tr("Reading your journal…"), lambda: journal.entries_between(date.min, today), chart.set_entries, quiet=True
        )

    # -- closing -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        closing = watched is self._window and event.type() == QEvent.Type.Close  # its closeEvent saves the day
        if closing and self.search_panel is not None:
            self.search_panel.wait_for_idle()
        return super().eventFilter(watched, event)


class _PicturesWindow(QDialog):
    """The timeline above the trend chart; not modal, so she can keep writing."""

    def __init__(self, parent: MainWindow, unit: TemperatureUnit) -> None:
        from desktop.ui.history.timeline_view import TimelineView
        from desktop.ui.history.trend_chart import TrendChart

        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeline and trends"))
        self.resize(900, 640)
        self.timeline: TimelineView = TimelineView()
        self.chart: TrendChart = TrendChart(unit=unit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline)
        layout.addWidget(self.chart, 1)


def _menu(window: MainWindow, title: str) -> QMenu:
    """The window's menu called ``title``, or a new one at the end of the menu bar."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == title:
            return menu
    return window.menuBar().addMenu(title)
