"""The main window: calendar and milestones, the day's note, the article.

The window is built and shown before the journal is opened (``load``), so the
first paint does not wait for SQLAlchemy. All signal wiring is in ``_wire``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_DISPLAY_NAME
from desktop.guidance import Milestone, Override, Source
from desktop.guidance.engine import OVERRIDE_TARGET, day_zero_for
from desktop.guidance.kinds import EventKind
from desktop.paths import journal_path
from desktop.ui.calendar.day_follow import follow_new_day
from desktop.ui.calendar.legend import Legend
from desktop.ui.calendar.view import JournalCalendar
from desktop.ui.day.autosave import DayAutosave, DayEdit, EditRefusedError, JournalClosedError
from desktop.ui.day.day_editor import DayEditor
from desktop.ui.exchange.actions import ExchangeActions
from desktop.ui.plan.article_panel import ArticlePanel
from desktop.ui.plan.milestone_panel import MilestonePanel
from desktop.ui.privacy.controls import JournalStaysClosedError, PrivacyControls, passphrase_at_start
from desktop.ui.privacy.discreet import DiscreetMode
from desktop.ui.settings.i18n import kind_label, wording
from desktop.ui.settings.preferences import Preferences, load_preferences, save_preferences
from desktop.ui.settings.style import apply_theme, scale_font
from desktop.ui.tasks import Lane, TaskRunner
from desktop.ui.widgets.keyboard import set_standard_shortcut, set_tab_chain
from desktop.ui.window.fit_screen import DEFAULT_SIZE, SplitterReflow, fit_to_screen, scrolling
from desktop.ui.window.journal_features import JournalFeatures
from desktop.ui.window.open_problem import ProblemBanner, WaysOut, fault_text
from desktop.ui.window.panes import PaneCycler, window_panes
from desktop.ui.window.welcome import WelcomeBanner, show_about

if TYPE_CHECKING:
    from desktop.store import Journal
    from desktop.store.diagnosis import Diagnosis
    from desktop.ui.plan.reminders import Reminders  # made after the journal opens: see _start_reminders
    from desktop.ui.session import JournalModel  # imported in load(): needed after the first paint only

DAY_CHECK_INTERVAL_MS = 60_000


class MainWindow(QMainWindow):
    first_painted = Signal()
    loaded = Signal()

    _undo_reset: tuple[str, Override] | None = None  # the doctor's date a reset took away, until Undo or the next reset

    def __init__(self, data_dir: Path, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.data_dir = data_dir
        self._today = today
        self.model: JournalModel | None = None
        self._passphrase: str | None = None
        self._painted = False
        self._quitting = False  # Quit (menu or tray) closes for real, even when closing would hide to the tray
        self._may_ask_on_close = True  # False on SIGTERM/SIGHUP: nobody is there to answer
        self.reminders: Reminders | None = None
        self.settings = QSettings()
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(DEFAULT_SIZE)
        self.statusBar()  # always there: made with the first message, it pushed the whole layout up ~22 px

        self.header = QLabel("")
        self.header.setObjectName("todayHeader")
        self.header.setAccessibleName(self.tr("Today"))
        scale_font(self.header, 1.3)
        self.header.setWordWrap(True)  # a long headline wraps: it never makes the window wider than the screen
        self.welcome = WelcomeBanner()
        self.welcome.hide()
        self.calendar = JournalCalendar()
        self.calendar.setMinimumHeight(250)
        self.legend = Legend()
        self.milestones = MilestonePanel()
        self.autosave = DayAutosave(self._write_day, validate=_validate_day_edit, parent=self)  # note and fields
        self.editor = DayEditor(self.autosave)
        self.article = ArticlePanel()
        self.problem_banner = ProblemBanner()  # what keeps the journal closed, with the ways out
        self.problem = self.problem_banner.message
        self._stranded: Journal | None = None  # open, but its plan could not be made (see _plan_failed)
        self._restore_offered = False  # the automatic restore question comes once, never in a loop

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self.milestones, 1)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(6, 0, 6, 0)
        centre_layout.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scrolling(left))  # below their minimum the panes scroll: nothing overlaps
        self.splitter.addWidget(scrolling(centre))
        self.splitter.addWidget(self.article)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([540, 380, 330])

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 10, 12, 8)
        body_layout.addWidget(self.header)
        self._body_layout = body_layout  # the reminder banner joins it after the journal opens
        body_layout.addWidget(self.welcome)
        body_layout.addWidget(self.problem_banner)
        body_layout.addWidget(self.splitter, 1)
        central = scrolling(body, horizontal=True)  # the last resort of a very small screen
        self.setCentralWidget(central)
        self.reflow = SplitterReflow(self.splitter, central, margins=24)  # stacked when side by side does not fit

        self._build_actions()
        self.autosave.use_runner(self.tasks)  # one worker: a save never overlaps an import
        self.privacy = PrivacyControls(  # Journal → Lock now, Lock automatically, passphrase
            self,
            journal_path(data_dir),
            close_journal=self._close_journal,
            open_journal=self._open_journal,
            settings=self.settings,
            runner=self.tasks,  # one worker: a conversion never overlaps a backup
        )
        self.discreet = DiscreetMode(self, self.settings)  # View → Discreet mode; blurs the window when left
        self._build_menus()
        self._day_timer = QTimer(self)
        self._calendar_today = today()  # the day the calendar took for today: see _check_day_rollover
        self._day_timer.setInterval(DAY_CHECK_INTERVAL_MS)
        self._wire()
        self._restore_settings()
        fit_to_screen(self)  # also a size saved on a larger screen
        self._set_journal_enabled(False)
        self.journal_features = JournalFeatures(self)  # fields, search, history, pictures
        set_tab_chain(self.calendar, *self.milestones.tab_chain(), self.editor.editor, *self.article.tab_chain())
        fields = lambda: self.journal_features.fields  # noqa: E731 (made when the journal opens)
        self.panes = PaneCycler(self, window_panes(self.calendar, self.milestones, self.editor, fields, self.article))  # F6
        self._apply_preferences(load_preferences(self.settings))

    # -- construction --------------------------------------------------------------

    def _build_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quit"), self)
        set_standard_shortcut(self.quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.record_actions: dict[EventKind, QAction] = {}
        record_texts = {  # each with a mnemonic of its own inside Journal → Record a date
            EventKind.MISCARRIAGE: self.tr("&Miscarriage…"),
            EventKind.PROCEDURE: self.tr("Uterine &procedure…"),
            EventKind.PERIOD: self.tr("Period &start…"),
            EventKind.CONSULTATION: self.tr("&Gynecologist consultation…"),
        }
        for kind in EventKind:
            action = QAction(record_texts[kind], self)
            self.record_actions[kind] = action
        self.record_actions[EventKind.MISCARRIAGE].setShortcut(QKeySequence("Ctrl+D"))
        self.toggle_article_action = QAction(self.tr("Show the &article"), self)
        self.toggle_article_action.setCheckable(True)
        self.toggle_article_action.setChecked(True)
        self.toggle_article_action.setShortcut(QKeySequence("F9"))
        self.today_action = QAction(self.tr("Go to &today"), self)
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.about_action = QAction(self.tr("&About Recovery Journal"), self)
        self.welcome_action = QAction(self.tr("&Welcome…"), self)
        self.welcome_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(self.tr("Ctrl+/")))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
        )
        self.tasks = TaskRunner(self)  # the one worker: a journal lane and a read lane
        self.exchange = ExchangeActions(  # File → Export / Import / Back up now / Restore from backup
            self,
            journal_path(self.data_dir),
            opener=self._open_journal_for_worker,
            today=self._today,
            close_journal=self._close_journal,
            reopen=self._reopen_journal,
            connect=self._backup_connect,
            runner=self.tasks,
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions(self.exchange.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.settings_action)
        journal_menu = self.menuBar().addMenu(self.tr("&Journal"))
        record_menu = journal_menu.addMenu(self.tr("&Record a date"))
        for action in self.record_actions.values():
            record_menu.addAction(action)
        journal_menu.addSeparator()
        self.privacy.add_to_menu(journal_menu)
        self.journal_menu = journal_menu
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.today_action)
        view_menu.addAction(self.toggle_article_action)
        view_menu.addSeparator()
        view_menu.addAction(self.discreet.action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.welcome_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _wire(self) -> None:
        self.quit_action.triggered.connect(self.quit_journal)
        self.loaded.connect(self._start_reminders)
        self.discreet.changed.connect(lambda _on: self._refresh_header())
        for kind, action in self.record_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.record_date(k))
        self.toggle_article_action.toggled.connect(self.article.setVisible)
        self.today_action.triggered.connect(self.go_to_today)
        self.about_action.triggered.connect(lambda: show_about(self))
        self.welcome_action.triggered.connect(self.show_welcome)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.loaded.connect(self._offer_first_run)
        self.settings_action.triggered.connect(self.edit_preferences)
        self.welcome.record_requested.connect(lambda: self.record_date(EventKind.MISCARRIAGE))
        self.welcome.dismissed.connect(self._dismiss_welcome)
        self.calendar.selectionChanged.connect(self._on_day_selected)
        self.calendar.visible_month_changed.connect(lambda _y, _m: self.refresh_marks())
        self.milestones.milestone_selected.connect(self._on_milestone_selected)
        self.milestones.change_requested.connect(self.change_milestone)
        self.milestones.reset_requested.connect(self.reset_milestone)
        self.milestones.add_requested.connect(self.add_own_milestone)
        self.milestones.delete_own_requested.connect(self.delete_own_milestone)
        self.milestones.change_own_requested.connect(self.change_own_milestone)
        self.milestones.undo_requested.connect(self.undo_reset)
        self.autosave.saved.connect(self._on_note_saved)
        self.editor.save_failed.connect(self._on_save_failed)
        self.autosave.recovered.connect(self._on_save_recovered)
        self._day_timer.timeout.connect(self._check_day_rollover)
        self.exchange.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.exchange.failed.connect(lambda text: QMessageBox.warning(self, APP_DISPLAY_NAME, text))
        self.privacy.lock.about_to_lock.connect(self.autosave.save_soon)  # on the worker: locking never waits on the disk
        self.problem_banner.retry_requested.connect(self.load)
        self.problem_banner.restore_requested.connect(self.exchange.restore)
        self.problem_banner.start_new_requested.connect(self._start_new_journal)
        self.problem_banner.correct_dates_requested.connect(self._correct_dates)
        self.problem_banner.export_requested.connect(self.exchange.export)

    # -- loading the journal (after the first paint) --------------------------------

    def load(self) -> bool:
        """Open the journal file (asking for its passphrase if it has one); say plainly if it cannot be opened."""
        try:
            passphrase = passphrase_at_start(self, journal_path(self.data_dir), self.tasks)
        except JournalStaysClosedError as closed:
            self._stays_closed(str(closed))
            return False
        return self._open_journal(passphrase)

    def _stays_closed(self, message: str) -> None:
        """The passphrase prompt was cancelled: Try again asks once more; with plain backups only, Restore too.

        Seen under Xvfb: a plain journal whose first bytes were overwritten looks like an
        encrypted one, so she was asked for a passphrase she never set, and on Cancel left
        with no button at all. Backups that are all plain say the journal was plain too
        (encrypting converts them), so a backup is offered; the file as it is is kept aside.
        """
        from desktop.store.diagnosis import file_kind
        from desktop.store.files import backup_file_names

        backups = backup_file_names(journal_path(self.data_dir))
        plain_backups_only = bool(backups) and all(file_kind(backup) == "plain" for backup in backups)
        if plain_backups_only:
            message += " " + self.tr(
                "Your backups are not encrypted: if you never set a passphrase, the journal file is damaged, "
                "and a backup can replace it (the file as it is now is kept)."
            )
        self.show_problem(message, WaysOut(retry=True, restore=plain_backups_only))

    def _open_journal(self, passphrase: str | None, *, start_new: bool = False) -> bool:
        """Open the file, or say exactly why not (store/diagnosis.py) with only the ways out that can help."""
        from desktop.store import JournalError, open_journal
        from desktop.store.diagnosis import JournalFaultError

        self._close_stranded()
        try:
            journal = open_journal(journal_path(self.data_dir), passphrase, start_new=start_new, verify=True)
        except JournalFaultError as error:
            # A damaged encrypted journal's backups open with the same key: keep it for the restore.
            self._passphrase = passphrase if error.diagnosis.offers_restore else None
            self._show_open_fault(error.diagnosis)
            return False
        except JournalError as error:
            self._passphrase = None
            self.show_problem(self.tr("The journal could not be opened: {error}. Nothing was changed.").format(error=error))
            return False
        self._passphrase = passphrase  # in memory only: workers and backups need the same key
        return self._finish_loading(journal)

    def _finish_loading(self, journal: Journal) -> bool:
        """Build the plan and fill the window; any failure here leaves a message and ways out, never a blank window."""
        from desktop.ui.session import JournalModel
        from desktop.ui.widgets.date_field import store_range

        self._stranded = None
        try:
            self.model = JournalModel(journal, self._today)
            self.model.plan_changed.connect(self._on_plan_changed)
            self._set_journal_enabled(True)
            first, last = store_range()  # a day the journal cannot hold is never offered (typing a year in the calendar)
            self.calendar.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
            self._calendar_today = self._today()
            self.calendar.select_day(self._calendar_today)
            self._on_plan_changed()
            self._on_day_selected()
        except Exception as error:  # noqa: BLE001 (a date the plan cannot hold, damage met while reading, ...)
            self._plan_failed(journal, error)
            return False
        self.problem_banner.hide()
        self._restore_offered = False
        self.editor.editor.setReadOnly(journal.read_only)
        if journal.read_only:
            self._show_read_only()
        else:
            self.exchange.after_open()  # the first open of a day makes the automatic backup
        self._day_timer.start()
        self.privacy.journal_opened(encrypted=journal.encrypted)
        self.loaded.emit()
        return True

    def _show_open_fault(self, diagnosis: Diagnosis) -> None:
        from desktop.store.diagnosis import Fault
        from desktop.store.files import backup_file_names

        has_backups = bool(backup_file_names(journal_path(self.data_dir)))
        self.show_problem(
            self.tr("The journal could not be opened: {reason}.").format(reason=fault_text(diagnosis)),
            WaysOut(
                retry=diagnosis.retry_may_help,
                restore=diagnosis.offers_restore and has_backups,
                start_new=diagnosis.fault in (Fault.MISSING, Fault.EMPTY),
            ),
        )
        if diagnosis.offers_restore and has_backups and not self._restore_offered:
            self._restore_offered = True
            reason = fault_text(diagnosis)
            QTimer.singleShot(0, lambda: self._offer_restore(reason))

    def _offer_restore(self, reason: str) -> None:
        """Offer the newest good backup once; encrypted backups of a journal too damaged to ask for its
        passphrase need it first (the same key opens them)."""
        if self._passphrase is None:
            from desktop.store.cipher import key_opens
            from desktop.store.diagnosis import is_encrypted
            from desktop.store.files import backup_file_names
            from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog

            encrypted = [b for b in backup_file_names(journal_path(self.data_dir)) if is_encrypted(b)]
            if encrypted:
                self._passphrase = AskPassphraseDialog.get_passphrase(
                    self,
                    lambda p: any(key_opens(b, p) for b in encrypted[:3]),
                    self.tr("The journal is damaged; its backups are encrypted. Type the passphrase to restore one."),
                )
        self.exchange.offer_restore_after_failure(reason)

    def _plan_failed(self, journal: Journal, error: Exception) -> None:
        """The file opened but the window could not be filled: a damaged page, or a date the plan cannot hold."""
        from sqlalchemy.exc import DatabaseError

        from desktop.store.diagnosis import FAULTS_OF_THE_FILE, JournalFaultError, diagnose_error

        self.model = None
        if isinstance(error, JournalFaultError | DatabaseError | OSError):
            diagnosis = diagnose_error(journal.path, self._passphrase, error)
            if diagnosis.fault in FAULTS_OF_THE_FILE:
                journal.close()
                self._show_open_fault(diagnosis)
                return
        self._stranded = journal  # kept open: History can correct the date, Export can save everything
        reason = " ".join(str(error).split())[:200] or type(error).__name__
        self.show_problem(
            self.tr(
                "The journal opened, but the plan could not be made from its dates ({reason}). "
                "Nothing was changed: correct the date in Recorded dates, or export the journal."
            ).format(reason=reason),
            WaysOut(correct_dates=True, export=True),
        )
        self.exchange.export_action.setEnabled(True)

    def _close_stranded(self) -> None:
        if self._stranded is not None:
            self._stranded.close()
            self._stranded = None

    def _correct_dates(self) -> None:
        """Recorded dates, opened on the journal whose plan failed; then the plan is tried again."""
        journal = self._stranded
        if journal is None:
            return
        from desktop.ui.history.dialog import EventHistory, HistoryDialog

        history = EventHistory(journal, parent=self)
        HistoryDialog.show_history(self, history, self._today())
        history.deleteLater()
        if self._stranded is journal:
            self._finish_loading(journal)

    def _start_new_journal(self) -> None:
        """A missing or empty journal beside backups: she chose to start again (the backups stay)."""
        self._open_journal(None, start_new=True)

    def _show_read_only(self) -> None:
        self.problem_banner.show_problem(
            self.tr(
                "Read only: the journal's folder or file cannot be written, so everything can be read "
                "but nothing can be changed or saved."
            )
        )
        self.editor.editor.setReadOnly(True)
        for action in self.record_actions.values():
            action.setEnabled(False)

    def _open_journal_for_worker(self) -> Journal:
        """A second connection to the journal, for work on the background thread."""
        from desktop.store import open_journal

        return open_journal(journal_path(self.data_dir), self._passphrase)

    def _backup_connect(self, path: Path) -> object:
        """Backups of an encrypted journal are made (and read) with its key, so they stay encrypted."""
        from desktop.store.cipher import connection_factory

        return connection_factory(self._passphrase)(path)

    def _close_journal(self) -> bool:
        """Before an import, a restore or a passphrase change: save the note, then let go of the file."""
        if not self.editor.flush() or not self.journal_features.flush_fields():
            return False
        self._day_timer.stop()
        self.tasks.drain(Lane.JOURNAL)  # a search is dropped, a save or backup finishes: none runs on a closed file
        if self.model is not None:
            self.model.journal.close()
            self.model = None
        self._set_journal_enabled(False)
        return True

    def _reopen_journal(self) -> None:
        """After an import or restore: the same passphrase if it still opens the file, else ask."""
        from desktop.store.diagnosis import is_encrypted
        from desktop.store.encryption import verify_passphrase

        path = journal_path(self.data_dir)
        if self._passphrase is None:
            still_opens = not is_encrypted(path)
        else:
            still_opens = is_encrypted(path) and verify_passphrase(path, self._passphrase)
        if self._open_journal(self._passphrase) if still_opens else self.load():
            day = self.calendar.selected_day()
            assert self.model is not None
            self.editor.show_day(day, self.model.entry_text(day))

    def show_problem(self, message: str, ways: WaysOut | None = None) -> None:
        """Say what keeps the journal closed, with ``ways`` out of it; the journal's widgets wait disabled."""
        self.problem_banner.show_problem(message, ways or WaysOut())
        self._set_journal_enabled(False)

    def _set_journal_enabled(self, enabled: bool) -> None:
        for widget in (self.calendar, self.milestones, self.editor):
            widget.setEnabled(enabled)
        for action in (*self.record_actions.values(), self.welcome_action):
            action.setEnabled(enabled)
        self.exchange.set_journal_actions_enabled(enabled)

    # -- reacting ------------------------------------------------------------------

    def _on_plan_changed(self) -> None:
        assert self.model is not None
        self._refresh_header()
        self.milestones.set_milestones(self.model.milestones())
        dismissed = bool(self.settings.value("welcome/dismissed", False, type=bool))
        self.welcome.setVisible(not self.model.has_loss() and not dismissed)
        self.refresh_marks()

    def _refresh_header(self) -> None:
        """The day and the next milestone only if she chose them (Settings); discreet mode names no milestone."""
        if self.model is None:
            return
        preferences = load_preferences(self.settings)
        text = self.model.header(show_next=preferences.show_next_in_header, discreet=preferences.discreet)
        self.header.setText(text or self.tr("Recovery Journal"))

    def refresh_marks(self) -> None:
        if self.model is None:
            return
        own = frozenset(m.key for m in self.model.milestones() if m.source is Source.USER)
        marks = self.model.month_marks(self.calendar.yearShown(), self.calendar.monthShown())
        self.calendar.set_marks(marks, own)

    def _on_day_selected(self) -> None:
        if self.model is None:
            return
        day = self.calendar.selected_day()
        if self.editor.day() == day:
            return
        self.editor.show_day(day, self.model.entry_text(day))  # the day left saves on the worker, kept until it has
        keys = self.calendar.month_marks().marks(day).milestones
        if keys:
            self.milestones.select_key(keys[0])

    def _on_milestone_selected(self, milestone: Milestone) -> None:
        self.article.highlight_passage(milestone.passage)
        if milestone.start is not None:
            self.calendar.setCurrentPage(milestone.start.year, milestone.start.month)

    def _write_day(self, edit: DayEdit) -> object:
        """The autosave's write, on the worker thread: the day's record as stored now."""
        model = self.model
        if model is None:
            raise JournalClosedError("the journal is not open")
        return model.save_day_edit(edit)

    def _on_note_saved(self, edit: DayEdit, record: object) -> None:
        """Rebuild the marks only when the day's markers may change: not on every autosave of the note."""
        text = getattr(record, "text", "")
        if edit.fields is not None or self.calendar.month_marks().marks(edit.day).has_note != bool(text.strip()):
            self.refresh_marks()

    def _on_save_failed(self, reason: str) -> None:
        """Her words are kept and retried: say why in the status line until it is resolved, without a dialog."""
        self.statusBar().showMessage(reason)

    def _on_save_recovered(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _dismiss_welcome(self) -> None:
        self.settings.setValue("welcome/dismissed", True)
        self.welcome.hide()

    def _check_day_rollover(self) -> None:
        if self.model is not None:
            self.model.refresh_if_day_changed()
        new_today = self._today()
        if new_today != self._calendar_today:  # the calendar follows, unless she is on another day on purpose
            follow_new_day(self.calendar, self._calendar_today, new_today)
            self._calendar_today = new_today

    def _start_reminders(self) -> None:
        """Reminders and the tray come after the journal opens: nothing of them is needed to paint."""
        if self.reminders is None:
            from desktop.ui.plan.reminders import Reminders

            self.reminders = Reminders(
                self,
                today=self._today,
                milestones=lambda: self.model.milestones() if self.model is not None else [],
                journal=lambda: self.model.journal if self.model is not None else None,
                lock=self.privacy.lock,
                settings=self.settings,
            )
            self._body_layout.insertWidget(1, self.reminders.banner)
            self.reminders.add_to_menu(self.journal_menu)
            self.reminders.quit_requested.connect(self.quit_journal)
        if self.model is not None:
            self.model.plan_changed.connect(self.reminders.check)  # a new model on every open
        self.reminders.check()

    # -- user actions --------------------------------------------------------------

    def quit_journal(self) -> None:
        """File ▸ Quit and the tray's Quit: save and close for real, also when closing would hide to the tray."""
        self._quitting = True
        closed = self.close()
        self._quitting = False
        if closed and not QApplication.quitOnLastWindowClosed():  # hidden in the tray: no "last window" to close
            QApplication.quit()

    def quit_on_signal(self) -> None:
        """SIGTERM or SIGHUP (logout, shutdown): save what is pending as Quit does, then go, asking nothing."""
        self._may_ask_on_close = False
        self.quit_journal()
        QApplication.quit()  # also when a dialog is open or the window was already hidden

    def _offer_first_run(self) -> None:
        """The first-run welcome, once, after the journal has opened (never before the first paint)."""
        from desktop.ui.window.first_run import FirstRunWizard

        QTimer.singleShot(0, self, lambda: FirstRunWizard.offer(self))

    def show_welcome(self) -> None:
        from desktop.ui.window.first_run import FirstRunWizard

        FirstRunWizard.start(self)

    def show_shortcuts(self) -> None:
        from desktop.ui.window.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog.show_shortcuts(self)

    def go_to_today(self) -> None:
        self.calendar.select_day(self._today())

    def record_date(self, kind: EventKind | None = None) -> None:
        if self.model is None:
            return
        from desktop.ui.history.record_dialog import RecordDateDialog

        recorded = RecordDateDialog.get_date(self, self._today(), kind, self.calendar.selected_day())
        if recorded is not None:
            model = self.model
            if not self._stored(lambda: model.add_event(recorded.kind, recorded.date, recorded.note)):
                return
            self.statusBar().showMessage(self.tr("Recorded: {kind}").format(kind=kind_label(recorded.kind)), 4000)

    def change_milestone(self, milestone: Milestone) -> None:
        zero = self.model.day_zero() if self.model else None
        if self.model is None or zero is None or milestone.start is None:
            return
        from desktop.ui.plan.milestone_dialogs import ChangeMilestoneDialog

        target = next((m for m in self.model.milestones() if m.key == _date_key(milestone.key)), milestone)
        current = target.due or target.start or milestone.start
        change = ChangeMilestoneDialog.get_change(self, target, zero, current, milestone)
        model = self.model
        if change is not None and self._stored(
            lambda: model.change_milestone(milestone.key, day=change.day, offset_days=change.offset_days, note=change.note)
        ):
            self.milestones.select_key(milestone.key)

    def reset_milestone(self, milestone: Milestone) -> None:
        """Back to the article's date, with Undo beside the list: the doctor's date and note come back."""
        if self.model is None:
            return
        target = OVERRIDE_TARGET.get(milestone.key, milestone.key)
        history = self.model.history()
        loss = day_zero_for(history)
        current = history.overrides_for(loss) if loss is not None else ()
        override = next((o for o in current if o.key == target), None)  # this loss's change, not an earlier one's
        self.model.reset_milestone(milestone.key)
        self.milestones.select_key(milestone.key)
        self._undo_reset = (milestone.key, override) if override is not None else None
        if override is not None:
            self.milestones.show_undo_notice(
                self.tr("“{title}” is back to the article's date.").format(title=wording().title(milestone))
            )

    def undo_reset(self) -> None:
        pending, self._undo_reset = self._undo_reset, None
        if self.model is None or pending is None:
            return
        key, override = pending
        self.model.change_milestone(key, day=override.date, offset_days=override.offset_days, note=override.note)
        self.milestones.select_key(key)
        self.statusBar().showMessage(self.tr("Your doctor's date is back."), 4000)

    def change_own_milestone(self, milestone: Milestone) -> None:
        """Her own milestone changed like the article's: title, date, note."""
        if self.model is None or milestone.custom_id is None or milestone.start is None:
            return
        from desktop.ui.plan.milestone_dialogs import AddMilestoneDialog, OwnMilestone

        changed = AddMilestoneDialog.get_changed(self, OwnMilestone(milestone.title, milestone.start, milestone.note))
        if changed is not None:
            self.model.journal.update_custom_milestone(milestone.custom_id, changed.title, changed.day, changed.note)
            self.model.reload()
            self.milestones.select_key(milestone.key)

    def add_own_milestone(self) -> None:
        if self.model is None:
            return
        from desktop.ui.plan.milestone_dialogs import AddMilestoneDialog

        own = AddMilestoneDialog.get_milestone(self, self.calendar.selected_day())
        if own is not None:
            model = self.model
            self._stored(lambda: model.add_own_milestone(own.title, own.day, own.note))

    def _stored(self, store: Callable[[], object]) -> bool:
        """Run a change through the store's rules; a refusal is shown in its one line and nothing changes."""
        from desktop.store import JournalError

        try:
            store()
        except JournalError as error:
            QMessageBox.warning(self, APP_DISPLAY_NAME, str(error))
            return False
        return True

    def delete_own_milestone(self, milestone: Milestone) -> None:
        if self.model is None or milestone.custom_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove milestone"), self.tr("Remove “{title}”?").format(title=milestone.title)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.delete_own_milestone(milestone.custom_id)

    def edit_preferences(self) -> None:
        """Edit → Settings…: save what she chose and apply all of it now, without a restart."""
        from desktop.ui.settings.dialog import SettingsDialog

        current = load_preferences(self.settings)
        chosen = SettingsDialog.get_preferences(
            self, current, encrypted=self.privacy.encrypted, preview=self._apply_preferences  # live; Cancel restores
        )
        if chosen is None:
            return
        save_preferences(chosen, self.settings)
        self._apply_preferences(chosen)
        self.privacy.set_auto_lock_minutes(chosen.auto_lock_minutes)  # the Journal menu's choice follows

    def _apply_preferences(self, preferences: Preferences) -> None:
        """At start and after Settings; auto-lock is the privacy controls' own (read when the journal opens)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, preferences.theme)
        self.calendar.setFirstDayOfWeek(preferences.first_day_of_week)
        self.article.set_text_size(preferences.article_font_pt)
        self.journal_features.set_temperature_unit(preferences.temperature_unit)
        self.discreet.follow_settings()  # the check box, the blur and the header follow

    # -- window state --------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        visible = self.settings.value("window/article_visible", True, type=bool)
        self.toggle_article_action.setChecked(bool(visible))
        self.article.setVisible(bool(visible))

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/article_visible", self.toggle_article_action.isChecked())
        self.settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        hides = not self._quitting and self.reminders is not None and self.reminders.keeps_running_in_tray()
        if hides and self.reminders and self.editor.flush() and self.journal_features.flush_fields():  # saved first
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
        if self.model is not None:
            self.model.journal.close()
        super().closeEvent(event)


def _validate_day_edit(edit: DayEdit) -> None:
    """The store's rules for a day's values (checked once, in the store), before the autosave writes."""
    from desktop.store import JournalError
    from desktop.store.records import DayRecord, validate_day

    try:
        validate_day(edit.apply_to(DayRecord(edit.day)))
    except JournalError as error:
        raise EditRefusedError(str(error)) from None


def _date_key(key: str) -> str:
    """A window is changed through the date it ends on."""
    from desktop.guidance.engine import OVERRIDE_TARGET

    return OVERRIDE_TARGET.get(key, key)
