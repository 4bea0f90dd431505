"""The main window: calendar and milestones, the day's note, the article.

The window is shown before the journal is opened (``load``), so the first
paint does not wait for SQLAlchemy; at start its first frame is only its shell
(``window/shell.py``), and ``build`` makes the content right after that frame
(the parts are imported there, not at the top). It gets the session and the action
registry from the composition root (``desktop/ui/app.py``), which also builds
the journal features and wires them to it. The window's own signal wiring is
in ``_wire``; it refreshes itself from the session's ``changed(Change)``.
Opening the journal (and saying why not) is ``window/opening.py``; changing
the plan (record a date, milestones) is ``window/plan_editing.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication

from desktop import APP_DISPLAY_NAME
from desktop.ui.settings.style import apply_theme
from desktop.ui.window.shell import WindowShell

if TYPE_CHECKING:  # the parts are imported by ``build``, after the shell's first frame (window/shell.py)
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QWidget

    from desktop.guidance import Milestone
    from desktop.ui.actions import ActionRegistry
    from desktop.ui.changes import Change
    from desktop.ui.plan.reminders import Reminders  # made after the journal opens: see add_reminders
    from desktop.ui.session import JournalSession
    from desktop.ui.settings.preferences import Preferences
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.window.journal_features import JournalFeatures

DAY_CHECK_INTERVAL_MS = 60_000


class MainWindow(WindowShell):
    loaded = Signal()
    day_opened = Signal(object, object)  # the day now shown, its stored record (None: no page): read once
    preferences_applied = Signal(object)  # Preferences, at start and after Settings
    first_run_requested = Signal(bool)  # after an open (False: only if never done) or Help → Welcome… (True)

    journal_features: JournalFeatures  # given by the composition root (desktop/ui/app.py), which wires it

    def __init__(self) -> None:
        super().__init__()  # the first frame: her geometry and theme, the window's background (shell.py)
        self._days_opened = 0  # how many times a day's row was read and shown
        self.reminders: Reminders | None = None

    def build(self, session: JournalSession, actions: ActionRegistry, tasks: TaskRunner) -> None:
        """The content, in this window: after the shell's first frame (``run_gui``), or at once (``build_window``)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QLabel

        from desktop.ui.actions import add_window_actions
        from desktop.ui.calendar.day_follow import CalendarToday
        from desktop.ui.calendar.legend import Legend
        from desktop.ui.calendar.view import JournalCalendar
        from desktop.ui.day.day_editor import DayEditor
        from desktop.ui.exchange.actions import ExchangeActions
        from desktop.ui.plan.article_panel import ArticlePanel
        from desktop.ui.plan.milestone_panel import MilestonePanel
        from desktop.ui.privacy.controls import PrivacyControls
        from desktop.ui.privacy.discreet import DiscreetMode
        from desktop.ui.settings.style import scale_font
        from desktop.ui.widgets.keyboard import set_tab_chain
        from desktop.ui.window.calendar_binding import CalendarMarks
        from desktop.ui.window.layout import lay_out_panes
        from desktop.ui.window.open_problem import ProblemBanner
        from desktop.ui.window.opening import JournalOpening
        from desktop.ui.window.panes import PaneCycler, window_panes
        from desktop.ui.window.plan_editing import PlanEditing
        from desktop.ui.window.welcome import WelcomeBanner

        self.session = session
        self.registry = actions
        self.header = QLabel("")
        self.header.setObjectName("todayHeader")
        self.header.setAccessibleName(self.tr("Today"))
        self.header.setWordWrap(True)  # a long headline wraps: never wider than the screen
        scale_font(self.header, 1.3)
        self.welcome = WelcomeBanner()
        self.welcome.hide()
        self.calendar = JournalCalendar()
        self.calendar.setMinimumHeight(250)
        self.calendar_marks = CalendarMarks(self.calendar, session)  # the calendar follows the session's changes
        self.legend = Legend()
        self.milestones = MilestonePanel()
        self.autosave = session.autosave  # the one road for the note and the fields
        self.editor = DayEditor(self.autosave)
        self.article = ArticlePanel()
        self.problem_banner = ProblemBanner()  # what keeps the journal closed, with the ways out
        self.problem = self.problem_banner.message

        panes = lay_out_panes(
            above=[self.header, self.welcome, self.problem_banner],
            calendar_column=[self.calendar, self.legend, self.milestones],
            note=self.editor,
            article=self.article,
        )
        self.splitter = panes.splitter
        self._day_column = panes.day_column  # the note; the day's fields join it (place_below_note)
        self._body_layout = panes.body  # the reminder banner joins it after the journal opens
        self.reflow = panes.reflow
        self.setCentralWidget(panes.central)  # in place of the shell's background

        add_window_actions(actions, self)
        self.tasks = tasks  # the one worker: a journal lane and a read lane
        self.exchange = ExchangeActions(  # File → Export / Import / Back up now / Restore from backup
            self,
            session.journal_file,
            opener=session.open_for_worker,
            today=session.today,
            close_journal=self._close_journal,
            reopen=self._reopen_journal,
            connect=session.connect_backup,
            runner=self.tasks,
        )
        self.autosave.use_runner(self.tasks)  # one worker: a save never overlaps an import
        self.privacy = PrivacyControls(  # Journal → Lock now, Lock automatically, passphrase
            self,
            session.journal_file,
            close_journal=self._close_journal,
            open_journal=lambda passphrase: self.opening.open(passphrase),
            settings=self.settings, runner=self.tasks,  # one worker: a conversion never overlaps a backup
            check=session.keys.passphrase_opens,  # the key derived at open: the right passphrase unlocks at once
        )
        self.opening = JournalOpening(session, self, self.problem_banner, self.exchange, self.tasks, fill=self._fill)
        say = lambda text, ms: self.statusBar().showMessage(text, ms)  # noqa: E731
        self.plan_editing = PlanEditing(session, self, self.milestones, selected_day=self.calendar.selected_day, say=say)
        self.discreet = DiscreetMode(self, self.settings)  # View → Discreet mode; blurs the window when left
        self._day_timer = QTimer(self)
        self.calendar_today = CalendarToday(self.calendar, session.today())  # follows at midnight
        self._day_timer.setInterval(DAY_CHECK_INTERVAL_MS)
        self._wire()
        self._restore_settings()  # the panes' sizes; the shell restored the window's geometry
        self._set_journal_enabled(False)
        set_tab_chain(self.calendar, *self.milestones.tab_chain(), self.editor.editor, *self.article.tab_chain())
        fields = lambda: self.journal_features.fields  # noqa: E731 (made by the composition root)
        self.panes = PaneCycler(self, window_panes(self.calendar, self.milestones, self.editor, fields, self.article))  # F6
        self._built = True

    def build_menus(self) -> None:
        """Once every part has registered its actions (the composition root calls it)."""
        from desktop.ui.actions import Menus

        self.menus = Menus(self.menuBar(), self.registry, privacy=self.privacy.add_to_menu)
        self.journal_menu = self.menus.journal

    def _wire(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.guidance.kinds import EventKind
        from desktop.ui.actions import RECORD_ACTIONS, Action
        from desktop.ui.window.welcome import show_about

        actions = self.registry
        actions[Action.QUIT].triggered.connect(self.quit_journal)
        for kind, key in RECORD_ACTIONS.items():
            actions[key].triggered.connect(lambda _checked=False, k=kind: self.plan_editing.record_date(k))
        actions[Action.TOGGLE_ARTICLE].toggled.connect(self.article.setVisible)
        actions[Action.GO_TO_TODAY].triggered.connect(self.go_to_today)
        actions[Action.ABOUT].triggered.connect(lambda: show_about(self))
        actions[Action.WELCOME].triggered.connect(lambda: self.first_run_requested.emit(True))
        actions[Action.SHORTCUTS].triggered.connect(self.show_shortcuts)
        self.loaded.connect(lambda: self.first_run_requested.emit(False))
        actions[Action.SETTINGS].triggered.connect(self.edit_preferences)
        self.welcome.record_requested.connect(lambda: self.plan_editing.record_date(EventKind.MISCARRIAGE))
        self.welcome.dismissed.connect(self._dismiss_welcome)
        self.session.changed.connect(self._on_change)
        self.calendar.selectionChanged.connect(lambda: self._on_day_selected())
        self.milestones.milestone_selected.connect(self._on_milestone_selected)
        self.editor.save_failed.connect(self._on_save_failed)
        self.autosave.recovered.connect(self._on_save_recovered)
        self._day_timer.timeout.connect(self.session.refresh_if_day_changed)
        self._day_timer.timeout.connect(lambda: self.calendar_today.follow(self.session.today()))
        self.exchange.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.exchange.failed.connect(lambda text: QMessageBox.warning(self, APP_DISPLAY_NAME, text))
        self.privacy.lock.about_to_lock.connect(self.autosave.save_soon)  # on the worker: locking never waits on the disk
        self.opening.problem_shown.connect(lambda: self._set_journal_enabled(False))
        self.opening.opened.connect(self._after_open)

    # -- opening the journal (after the first paint) --------------------------------

    def load(self, asked: Callable[[], str | None] | None = None) -> bool:
        """Open the journal file (asking for its passphrase if it has one); say plainly if it cannot be opened."""
        return self.opening.load(asked)

    def _fill(self) -> None:
        """The session opened: fill the window from it (a failure here is told by the opening, with ways out)."""
        from PySide6.QtCore import QDate

        from desktop.ui.changes import Change
        from desktop.ui.widgets.date_field import store_range

        self._set_journal_enabled(True)
        first, last = store_range()  # a day the journal cannot hold is never offered (typing a year in the calendar)
        self.calendar.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
        opened = self._days_opened
        self.calendar_today.take(self.session.today())  # opens the day, when it is another one
        self._on_change(Change.everything())
        self.calendar_marks.refresh()
        if self._days_opened == opened:  # the same day as before a reopen: read again, the file may be another
            self._on_day_selected(force=True)

    def _after_open(self) -> None:
        read_only = self.session.read_only
        if read_only:
            self._show_read_only()
        else:
            self.exchange.after_open()  # the first open of a day makes the automatic backup
        self._day_timer.start()
        self.privacy.journal_opened(encrypted=self.session.encrypted)
        self.loaded.emit()

    def _show_read_only(self) -> None:
        from desktop.ui.actions import WRITING_ACTIONS

        self.problem_banner.show_problem(
            self.tr(
                "Read only: the journal's folder or file cannot be written, so everything can be read "
                "but nothing can be changed or saved."
            )
        )
        self.editor.editor.setReadOnly(True)
        self.registry.set_enabled(WRITING_ACTIONS, False)

    def _close_journal(self) -> bool:
        """Before an import, a restore or a passphrase change: save the note, then let go of the file."""
        from desktop.ui.tasks import Lane

        if not self.editor.flush():
            return False
        self._day_timer.stop()
        self.tasks.drain(Lane.JOURNAL)  # a search is dropped, a save or backup finishes: none runs on a closed file
        self.session.close()
        self._set_journal_enabled(False)
        return True

    def _reopen_journal(self) -> None:
        """After an import or restore: the same passphrase if it still opens the file, else ask."""
        self.opening.reopen()

    def _set_journal_enabled(self, enabled: bool) -> None:
        from desktop.ui.actions import WRITING_ACTIONS, Action

        self.editor.editor.setReadOnly(enabled and self.session.read_only)  # before enabled: never writable for a turn
        for widget in (self.calendar, self.milestones, self.editor):
            widget.setEnabled(enabled)
        self.registry.set_enabled([*WRITING_ACTIONS, Action.WELCOME], enabled)  # these wait for an open journal
        self.exchange.set_journal_actions_enabled(enabled)

    # -- reacting ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if not change.plan or not self.session.is_open():
            return
        self.refresh_header()
        self.milestones.set_milestones(self.session.milestones())
        dismissed = bool(self.settings.value("welcome/dismissed", False, type=bool))
        self.welcome.setVisible(not self.session.has_loss() and not dismissed)

    def refresh_header(self) -> None:  # the day and the next milestone only if she chose them (privacy/discreet.py)
        from desktop.ui.privacy.discreet import header_line

        if self.session.is_open():
            self.header.setText(header_line(self.session, self.settings) or self.tr("Recovery Journal"))

    def _on_day_selected(self, *, force: bool = False) -> None:
        """Show the selected day: its row is read once, for the note and the fields (``day_opened``)."""
        if not self.session.is_open():
            return
        day = self.calendar.selected_day()
        if self.editor.day() == day and not force:
            return
        record = self.session.read_day(day)
        self._days_opened += 1
        self.editor.show_day(day, record.text if record else "")  # the day left saves on the worker
        self.day_opened.emit(day, record)
        keys = self.calendar.month_marks().marks(day).milestones
        if keys:
            self.milestones.select_key(keys[0])

    def _on_milestone_selected(self, milestone: Milestone) -> None:
        self.article.highlight_passage(milestone.passage)
        if milestone.start is not None:
            self.calendar.setCurrentPage(milestone.start.year, milestone.start.month)

    def show_passage(self, passage_id: str) -> None:
        """The article, shown if hidden, at one of its passages (the fever note's link)."""
        from desktop.guidance.plan import article_plan
        from desktop.ui.actions import Action

        self.registry[Action.TOGGLE_ARTICLE].setChecked(True)
        self.article.highlight_passage(article_plan().passage(passage_id))

    def place_below_note(self, widget: QWidget) -> None:
        """The day's fields, under the note, next in the tab order after it."""
        from desktop.ui.widgets.keyboard import set_tab_chain

        self._day_column.addWidget(widget)
        chain = getattr(widget, "tab_chain", None)
        set_tab_chain(self.editor.editor, *(chain() if callable(chain) else [widget]), *self.article.tab_chain())

    def _on_save_failed(self, reason: str) -> None:
        """Her words are kept and retried: say why in the status line until it is resolved, without a dialog."""
        self.statusBar().showMessage(reason)

    def _on_save_recovered(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _dismiss_welcome(self) -> None:
        self.settings.setValue("welcome/dismissed", True)
        self.welcome.hide()

    def add_reminders(self, reminders: Reminders) -> None:
        """Reminders and the tray come after the journal opens (app.py makes them): nothing of them is needed to paint."""
        from desktop.ui.actions import Action

        self.reminders = reminders
        self.registry.add(Action.REMINDERS, reminders.action)
        self._body_layout.insertWidget(1, reminders.banner)
        reminders.add_to_menu(self.journal_menu)
        reminders.quit_requested.connect(self.quit_journal)

    # -- user actions --------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from desktop.ui.window.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog.show_shortcuts(self, self.registry)

    def go_to_today(self) -> None:
        self.calendar.select_day(self.session.today())

    def edit_preferences(self) -> None:
        """Edit → Settings…: applied as she chooses, saved on OK (desktop/ui/settings/editing.py)."""
        from desktop.ui.settings.editing import edit_preferences

        chosen = edit_preferences(self, self.settings, encrypted=self.privacy.encrypted, apply=self.apply_preferences)
        if chosen is not None:
            self.privacy.set_auto_lock_minutes(chosen.auto_lock_minutes)  # the Journal menu's choice follows

    def apply_preferences(self, preferences: Preferences) -> None:
        """At start and after Settings; auto-lock is the privacy controls' own (read when the journal opens)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, preferences.theme)
        self.calendar.setFirstDayOfWeek(preferences.first_day_of_week)
        self.article.set_text_size(preferences.article_font_pt)
        self.discreet.follow_settings()  # the check box, the blur and the header follow
        self.preferences_applied.emit(preferences)

    def _restore_settings(self) -> None:
        from desktop.ui.actions import Action
        from desktop.ui.window.window_state import restore_panes

        restore_panes(self.settings, self.splitter, self.article, self.registry[Action.TOGGLE_ARTICLE])

    def _save_settings(self) -> None:
        from desktop.ui.actions import Action
        from desktop.ui.window.window_state import save_window_state

        save_window_state(self, self.settings, self.splitter, self.registry[Action.TOGGLE_ARTICLE])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.is_built():  # quit before the content came: her geometry kept, nothing else to close
            self.close_shell(event)
            return
        from PySide6.QtWidgets import QMessageBox

        hides = not self._quitting and self.reminders is not None and self.reminders.keeps_running_in_tray()
        if hides and self.reminders and self.editor.flush():  # saved first
            self._save_settings()
            event.ignore()
            self.reminders.hide_to_tray()
            return
        if not self.autosave.flush_now() and self._may_ask_on_close:
            answer = QMessageBox.question(
                self,
                self.tr("Close without saving?"),
                self.tr("The last changes to your note could not be saved. Close anyway?")
                + "\n\n"
                + self.autosave.problem(),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return  # they stay pending, and the autosave keeps trying
        self._save_settings()
        self._day_timer.stop()
        self.tasks.shut_down()  # an export or backup under way finishes first; nothing new starts
        self.session.close()
        super().closeEvent(event)
