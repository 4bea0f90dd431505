"""The daily-journal features, wired into the main window from one place.

Built by the composition root (``desktop/ui/app.py``), which wires it to the
window; it gets the session, the action registry and a parent window (for its
dock and dialogs), never the main window itself:

* the day's fields (bleeding, pain, temperature, mood, tags), handed out by
  ``fields_made`` to go under the note, saved with the note through
  ``session.save_day`` (one road); the fever note's link asks for the
  article's passage (``passage_requested``);
* Journal ▸ Search notes (Ctrl+F): a search panel docked on the left; choosing
  a result asks for that day (``day_chosen``);
* Journal ▸ Recorded dates…: the history dialog, whose undo lasts until the app closes;
* View ▸ Timeline and trends…: the timeline and the trend chart in a window of their own;
* View ▸ Temperature in °F.

The widgets' modules are imported only when the journal is opened or when
their action is first used, so none of them weighs on start-up. The day's
fields are made while the file is being opened (``get_ready``, on the
opening's ``started``), one piece per loop turn, so the turn that shows the open journal
only places them (``on_loaded`` makes them itself when no turn was free).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QVBoxLayout, QWidget

from desktop.guidance.temperature import TemperatureUnit
from desktop.ui.actions import Action, ActionRegistry
from desktop.ui.changes import Change, WrittenDay
from desktop.ui.day.autosave import DayEdit
from desktop.ui.session import JournalSession
from desktop.ui.settings.preferences import TEMPERATURE_UNIT_KEY, read_temperature_unit
from desktop.ui.waiting import on_next_turn

if TYPE_CHECKING:
    from desktop.store import EntryRecord
    from desktop.ui.day.day_fields import DayFields
    from desktop.ui.history.dialog import EventHistory
    from desktop.ui.history.timeline_view import TimelineView
    from desktop.ui.history.trend_chart import TrendChart
    from desktop.ui.plan.appointment_features import AppointmentFeatures
    from desktop.ui.search.panel import SearchPanel
    from desktop.ui.tasks import TaskRunner

MEDICINE_NAMES_AFTER_MS = 1500  # the names she used before are offered once the window is ready, not during


class JournalFeatures(QObject):
    fields_made = Signal(QWidget)  # the day's fields, once: to be placed under the note
    passage_requested = Signal(str)  # a passage id of the article, to be shown
    day_chosen = Signal(object)  # a date chosen in the search results

    def __init__(self, session: JournalSession, actions: ActionRegistry, window: QMainWindow, tasks: TaskRunner) -> None:
        super().__init__(window)
        self._session = session
        self._tasks = tasks
        self._window = window
        self.fields: DayFields | None = None
        self.search_panel: SearchPanel | None = None
        self.event_history: EventHistory | None = None
        self.pictures: _PicturesWindow | None = None
        self._chart_read_from: date | None = None  # the trend chart holds the pages from this day on
        self._search_dock: QDockWidget | None = None
        self._fields_day: date | None = None
        self._fields_placed = False
        self._getting_ready = False  # the pieces below are being made on idle turns (get_ready)
        self._fields_stored: EntryRecord | None = None
        self.appointments: AppointmentFeatures | None = None  # Book an appointment…, the list, "did it happen?" (app.py)

        self.search_action = actions.add(Action.SEARCH, QAction(self.tr("&Search notes"), window))
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.history_action = actions.add(Action.HISTORY, QAction(self.tr("Recorded &dates…"), window))
        self.pictures_action = actions.add(Action.PICTURES, QAction(self.tr("Time&line and trends…"), window))  # T is Go to today
        self.fahrenheit_action = actions.add(Action.FAHRENHEIT, QAction(self.tr("Temperature in °&F"), window))
        self.fahrenheit_action.setCheckable(True)
        self.fahrenheit_action.setChecked(read_temperature_unit(QSettings()) == "F")
        for action in (self.search_action, self.history_action, self.pictures_action):
            action.setEnabled(False)

        # -- wiring, top to bottom (the window's side is in desktop/ui/app.py) --
        session.changed.connect(self._on_change)
        session.autosave.saved.connect(self._on_day_saved)
        self.search_action.triggered.connect(self.show_search)
        self.history_action.triggered.connect(self.show_history)
        self.pictures_action.triggered.connect(self.show_pictures)
        self.fahrenheit_action.toggled.connect(self._on_unit_toggled)
        window.installEventFilter(self)

    # -- the day's fields ------------------------------------------------------------

    def get_ready(self) -> None:
        """While the file opens on the worker: what the open window shows next, one piece per loop turn.

        Made at the open's end in one slot, the fields (24 combo-box items) and the modules
        that follow the open held the window ~70 ms (issue 13, never frozen).
        """
        if self._getting_ready or self.fields is not None:
            return
        self._getting_ready = True
        steps: list[Callable[[], None]] = [
            _import_fields, self._make_fields, self._place_fields, *_IMPORT_FOLLOWERS
        ]

        def step() -> None:
            steps.pop(0)()
            if steps:
                on_next_turn(self, step)
            else:
                self._getting_ready = False

        on_next_turn(self, step)

    def _make_fields(self) -> None:
        """The day's fields, once; placed under the note when the journal has loaded (``on_loaded``)."""
        from desktop.ui.day.day_fields import DayFields

        if self.fields is None:
            self.fields = DayFields(unit=self._unit())
            self.fields.changed.connect(self._on_fields_changed)
            self.fields.passage_requested.connect(self.passage_requested)

    def _place_fields(self) -> None:
        """Under the note, waiting disabled until the journal has loaded: the window's panes reflow now, not then."""
        if self.fields is not None and not self._fields_placed:
            self._fields_placed = True
            self.fields.setEnabled(self._session.is_open())
            self.fields_made.emit(self.fields)
            self._show_fields()  # the day the window opened before the fields were made

    def on_loaded(self) -> None:
        """Runs at every open: the first one, and again after an import or a restore reopens the file."""
        self._make_fields()  # made and placed already while the file opened, unless no turn was free
        self._place_fields()
        if self.fields is not None:
            self.fields.setEnabled(True)
        if self.event_history is not None:
            self.event_history.deleteLater()  # its undo steps belong to the file that was open before
            self.event_history = None
        for action in (self.search_action, self.history_action, self.pictures_action):
            action.setEnabled(True)
        # Not at once: the scan reads every page and would hold the journal while the window becomes ready.
        QTimer.singleShot(MEDICINE_NAMES_AFTER_MS, self, self._offer_medicine_names)
        self._refresh_pictures()

    def show_day(self, day: date, stored: EntryRecord | None) -> None:
        """The window opened ``day`` (its row read once): show its fields, or her unsaved choices for it."""
        self._fields_day, self._fields_stored = day, stored  # the day left keeps its edits in the autosave
        self._show_fields()

    def _show_fields(self) -> None:
        day, stored = self._fields_day, self._fields_stored
        if self.fields is None or day is None:
            return
        pending = self._session.autosave.pending(day)
        if pending is not None and pending.fields is not None:
            from desktop.store import DayRecord

            self.fields.set_values(pending.apply_to(stored or DayRecord(day)))  # not saved yet: what she chose
        else:
            self.fields.set_values(stored)

    def _on_fields_changed(self) -> None:
        if self.fields is not None and self._fields_day is not None:
            self._session.save_day(DayEdit(self._fields_day, fields=self.fields.values()))

    def _on_change(self, change: Change) -> None:
        if change.plan:
            self._refresh_pictures()

    def _on_day_saved(self, edit: DayEdit, written: object) -> None:
        """Only the day saved goes into the trend chart: nothing is read again (the day's record came with the save)."""
        if edit.fields is not None and self.pictures is not None and self.pictures.isVisible():
            record = written.record if isinstance(written, WrittenDay) else None
            self.pictures.chart.update_day(edit.day, record)
            has_hcg = record is not None and (record.hcg_miu_ml is not None or record.test_result is not None)
            if has_hcg or edit.day in self.pictures.hcg.model.days():
                self._read_hcg()  # the hCG chart: the few days with a value or a test
        if edit.fields is not None and edit.fields.medicines:
            self._offer_medicine_names()

    def _offer_medicine_names(self) -> None:
        """The medicine names she recorded before, for the completer: at each open and after medicines are saved."""
        fields = self.fields
        if fields is not None:
            self._tasks.run(
                self.tr("Reading your journal…"), self._session.medicine_names, fields.set_medicine_names, quiet=True
            )

    def _read_hcg(self) -> None:
        if self.pictures is not None:
            self._tasks.run(self.tr("Reading your journal…"), self._session.hcg_series, self.pictures.hcg.set_entries, quiet=True)

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
        if not self._session.is_open():
            return
        if self._search_dock is None:
            from desktop.ui.search.panel import SearchPanel

            self.search_panel = SearchPanel(self._session.search, runner=self._tasks)  # whichever journal is open
            self._search_dock = QDockWidget(self.tr("Search"), self._window)
            self._search_dock.setObjectName("searchDock")
            holder = QWidget()  # the panel has no margins of its own; a dock needs a little air
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(10, 4, 6, 10)
            holder_layout.addWidget(self.search_panel)
            self._search_dock.setWidget(holder)
            self._window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self._search_dock)
            self.search_panel.day_chosen.connect(self.day_chosen)
            self.search_panel.close_requested.connect(self._search_dock.hide)
        self._search_dock.show()
        assert self.search_panel is not None
        self.search_panel.focus_search()

    # -- history -----------------------------------------------------------------------

    def show_history(self) -> None:
        from desktop.ui.history.dialog import EventHistory, HistoryDialog

        if not self._session.is_open():
            return
        if self.event_history is None:
            self.event_history = EventHistory(self._session, parent=self)
            self.event_history.changed.connect(self._session.reload)
        HistoryDialog.show_history(self._window, self.event_history, self._session.today())

    # -- pictures ----------------------------------------------------------------------

    def show_pictures(self) -> None:
        if not self._session.is_open():
            return
        if self.pictures is None:
            self.pictures = _PicturesWindow(self._window, self._unit())
            self.pictures.chart.range_changed.connect(lambda _days: self._read_chart_pages())
        self._refresh_pictures(force=True)
        self.pictures.show()
        self.pictures.raise_()

    def _refresh_pictures(self, force: bool = False) -> None:
        session = self._session
        if self.pictures is None or not session.is_open() or not (force or self.pictures.isVisible()):
            return
        today = session.today()
        zero = session.day_zero()
        day_zero = zero.date if zero else None
        milestones, chart = session.milestones(), self.pictures.chart
        self.pictures.timeline.set_plan(milestones, day_zero, today)
        chart.set_plan(milestones, today, day_zero)
        self._chart_read_from = None  # read again: the plan, the day or the file may have changed
        self._read_chart_pages()
        self._read_hcg()  # the hCG values and tests: only the days that have one

    def _read_chart_pages(self) -> None:
        """The pages the chart's range shows, on the journal lane; more only when a wider range is chosen.

        Every page was read at every opening of the window: 100,000 pages held the worker
        (and through the interpreter lock, the window) for ~1.5 s to draw the last two weeks.
        """
        if self.pictures is None or not self._session.is_open():
            return
        chart, session = self.pictures.chart, self._session
        first, today = chart.first_day_needed(), session.today()
        if self._chart_read_from is not None and self._chart_read_from <= first:
            return  # read already (the saved days come with their saves: update_day)
        self._chart_read_from = first
        self._tasks.run(
            self.tr("Reading your journal…"), lambda: session.entries_until(today, first), chart.set_entries, quiet=True
        )

    # -- closing -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        closing = watched is self._window and event.type() == QEvent.Type.Close  # its closeEvent saves the day
        if closing and self.search_panel is not None:
            self.search_panel.wait_for_idle()
        return super().eventFilter(watched, event)


def _import_fields() -> None:
    from desktop.ui.day import day_fields  # noqa: F401 (imported on an idle turn: see get_ready)


def _import_appointments() -> None:
    from desktop.ui.plan import appointments  # noqa: F401 (see get_ready)


def _import_appointment_features() -> None:
    from desktop.ui.plan import appointment_features  # noqa: F401 (see get_ready)


def _import_reminders() -> None:
    from desktop.ui.plan import reminders  # noqa: F401 (see get_ready)


def _import_first_run() -> None:
    from desktop.ui.window import first_run  # noqa: F401 (offered after the open: see get_ready)


def _import_trend_layout() -> None:
    from desktop.ui.history import trend_layout  # noqa: F401 (see get_ready)


def _import_trend_chart() -> None:
    from desktop.ui.history import trend_chart  # noqa: F401 (see get_ready)


def _import_timeline() -> None:
    from desktop.ui.history import timeline_view  # noqa: F401 (see get_ready)


def _import_hcg_chart() -> None:
    from desktop.ui.history import hcg_chart  # noqa: F401 (see get_ready)


# What the composition root makes once the journal has loaded, then the trends window's modules (imported
# at its first opening they held the window ~40 ms): one module a turn, once the journal is open.
_IMPORT_FOLLOWERS = (
    _import_appointments, _import_appointment_features, _import_reminders, _import_first_run,
    _import_trend_layout, _import_trend_chart, _import_timeline, _import_hcg_chart,
)


class _PicturesWindow(QDialog):
    """The timeline above the trend chart; not modal, so she can keep writing."""

    def __init__(self, parent: QWidget, unit: TemperatureUnit) -> None:
        from desktop.ui.history.hcg_chart import HcgChart
        from desktop.ui.history.timeline_view import TimelineView
        from desktop.ui.history.trend_chart import TrendChart
        from desktop.ui.window.fit_screen import fit_to_screen

        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeline and trends"))
        # Room for the timeline, the trend chart and the hCG chart at their own heights, where the screen has it;
        # never taller than the screen (it opened at 640 px on a 600 px screen, and squeezed the charts on larger ones).
        self.resize(900, 820)
        fit_to_screen(self)
        self.timeline: TimelineView = TimelineView()
        self.chart: TrendChart = TrendChart(unit=unit)
        self.hcg: HcgChart = HcgChart()  # shown only when an hCG value or a test is recorded
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.hcg)

