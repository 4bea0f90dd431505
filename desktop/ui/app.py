"""The composition root: create the application, build the window and its parts, wire them, show it.

Everything the window is made of is built and connected here, in one place
(``build_window``): the session (the only holder of the journal), the action
registry, the main window, the journal features and the first-run welcome.
No part gets the whole window to reach into: each gets the session, a parent
widget and the registry, and talks through signals wired below. Tests build
the same window through ``build_window``; ``run_gui`` adds the single-instance
lock, the quit signals and the first paint before the journal opens.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from desktop.ui.settings.i18n import install_translations
from desktop.ui.settings.location import move_legacy_settings, name_the_application
from desktop.ui.settings.preferences import load_preferences, load_theme, make_settings_private
from desktop.ui.settings.style import apply_calm_style, apply_theme

if TYPE_CHECKING:
    from desktop.ui.journal_keys import JournalKeys
    from desktop.ui.session import JournalSession
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.window.main_window import MainWindow


def create_application(argv: list[str] | None = None, *, style_sheet: bool = True) -> QApplication:
    """The application, in her language and theme; ``style_sheet=False`` leaves the sheet to the caller,
    who sets it once the window is built (``apply_calm_style``), as ``run_gui`` does to start faster."""
    name_the_application()  # settings in ~/.config/recovery-journal/, not "Unknown Organization"
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland's app id = the .desktop file's name; X11's WM_CLASS stays APP_NAME
    move_legacy_settings()  # once: a file from the old "Unknown Organization" folder keeps her choices
    make_settings_private()  # before anything is saved: 0600 once, and Qt keeps it so on every save
    install_translations(app)  # before any widget: every tr() after this speaks her language
    if style_sheet:
        apply_calm_style(app)
    apply_theme(app, load_theme())  # before any widget: the first paint is already in her theme
    return app


def set_application_icon(app: QApplication) -> None:
    """The window, the tray and About show the app's icon.

    Loading the SVG brings in Qt's SVG icon engine (about 4 ms), so it is done
    after the first paint; the window manager updates the icon when it comes.
    """
    from PySide6.QtGui import QIcon

    from desktop.resources import icon_path

    path = icon_path()
    if path.is_file():
        app.setWindowIcon(QIcon(str(path)))


def build_window(data_dir: Path, today: Callable[[], date] = date.today) -> MainWindow:
    """The main window over the journal in ``data_dir``, with every part built and wired at once; not loaded yet.

    ``run_gui`` does the same in two steps: the shell's first frame, then ``fill_window``.
    """
    from desktop.ui.window.main_window import MainWindow

    window = MainWindow()
    fill_window(window, new_session(data_dir, today))
    return window


def new_session(data_dir: Path, today: Callable[[], date] = date.today, keys: JournalKeys | None = None) -> JournalSession:
    """The session over the journal in ``data_dir`` (nothing is opened yet); ``keys``: derived by the prompt at start."""
    from desktop.paths import journal_path
    from desktop.ui.session import JournalSession

    session = JournalSession(journal_path(data_dir), today)
    if keys is not None:  # nothing has used the session's own yet
        session.keys = keys  # the prompt's: the key it derived opens the journal without deriving it again
    return session


def fill_window(window: MainWindow, session: JournalSession, tasks: TaskRunner | None = None) -> None:
    """The window's content, every part built and wired, into ``window`` (its shell); ``tasks``: the runner,
    when one was made before the content (``run_gui`` asks for the passphrase first)."""
    from PySide6.QtCore import QTimer

    from desktop.ui.actions import Action, ActionRegistry
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.window.file_check import FileCheck
    from desktop.ui.window.journal_features import JournalFeatures

    actions = ActionRegistry()
    window.build(session, actions, tasks or TaskRunner(window))
    session.setParent(window)  # one lifetime: the journal closes with the window
    for key, action in (  # the parts the window made register their actions under their keys
        (Action.EXPORT, window.exchange.export_action),
        (Action.PRINT, window.exchange.printing.action),
        (Action.IMPORT, window.exchange.import_action),
        (Action.IMPORT_OTHER, window.exchange.import_other.action),
        (Action.BACK_UP, window.exchange.backup_action),
        (Action.RESTORE, window.exchange.restore_action),
        (Action.LOCK_NOW, window.privacy.lock.lock_action),
        (Action.PROTECT, window.privacy.set_action),
        (Action.CHANGE_PASSPHRASE, window.privacy.change_action),
        (Action.REMOVE_PASSPHRASE, window.privacy.remove_action),
        (Action.DISCREET, window.discreet.action),
        (Action.NEXT_PANE, window.panes.next_action),
        (Action.PREVIOUS_PANE, window.panes.previous_action),
    ):
        actions.add(key, action)
    features = JournalFeatures(session, actions, window, window.tasks)  # fields, search, history, pictures
    window.journal_features = features
    FileCheck(session, window.tasks, window.opening)  # SQLite's check of the file, after each open, on the runner
    window.build_menus()  # every part has registered its actions

    def start_reminders() -> None:
        """After each open: made the first time (nothing of them is needed to paint), then checked."""
        reminders = window.reminders
        if reminders is None:
            from desktop.ui.plan.reminders import Reminders

            reminders = Reminders(
                window,
                today=session.today,
                milestones=session.milestones,
                journal=lambda: session if session.is_open() else None,
                lock=window.privacy.lock,
                settings=window.settings,
                appointments=session.appointments,
            )
            window.add_reminders(reminders)
            made = reminders
            session.changed.connect(lambda change: made.check() if change.plan else None)
        reminders.check()

    def start_appointments() -> None:
        """After each open: Book an appointment…, the booked ones in the list, "did it take place?" (made once)."""
        if features.appointments is None:
            from desktop.ui.plan.appointment_features import AppointmentFeatures

            features.appointments = AppointmentFeatures(
                session,
                window,
                book_action=actions[Action.BOOK_APPOINTMENT],
                milestones=window.milestones,
                stored=window.plan_editing.stored,
            )
        features.appointments.on_loaded()

    def first_run(asked: bool) -> None:
        """Help → Welcome… opens it now; after an open it is offered once, never before the first paint."""
        from desktop.ui.window.first_run import FirstRunWizard  # after the open: its pages cost the first paint ~10 ms

        protect = window.privacy.protect
        if asked:
            FirstRunWizard.start(window, session, window.settings, protect)
        else:
            QTimer.singleShot(0, window, lambda: FirstRunWizard.offer(window, session, window.settings, protect))

    # -- wiring, top to bottom --
    window.loaded.connect(start_reminders)
    window.loaded.connect(start_appointments)  # reads on this thread first: the features' worker reads (medicine
    window.loaded.connect(features.on_loaded)  # names scan every page) hold the journal's connection ~30 ms at 100k
    window.opening.started.connect(features.get_ready)  # the fields are made while the file opens, not after
    window.first_run_requested.connect(first_run)
    window.day_opened.connect(features.show_day)
    window.preferences_applied.connect(lambda chosen: features.set_temperature_unit(chosen.temperature_unit))
    features.fields_made.connect(window.place_below_note)
    window.discreet.changed.connect(lambda _on: window.refresh_header())  # neutral words, or hers, at once
    features.passage_requested.connect(window.show_passage)
    features.day_chosen.connect(window.calendar.select_day)
    window.apply_preferences(load_preferences(window.settings))


def run_gui(data_dir: Path, *, exit_after_first_paint: bool = False, exit_when_ready: bool = False) -> int:
    """Show the window, then open the journal; the two exit flags quit as File ▸ Quit does, at first paint or when ready.

    The command line turns garbage collection off before it imports the UI; it comes back on once
    the window's content is built after its first frame (``quick_start.collect_after_start``).
    """
    from desktop.ui.quick_start import collect_after_start, skip_feature_source_scan

    skip_feature_source_scan()  # before the window's ~80 modules are imported
    app = create_application(style_sheet=False)
    from desktop.instance_lock import InstanceLockError
    from desktop.ui.widgets.on_screen import bring_forward
    from desktop.ui.window.single_instance import ALREADY_OPEN, SingleInstance

    instance = SingleInstance(data_dir)
    try:
        acquired = instance.acquire(listen=False)
    except InstanceLockError as error:  # a full disk or read-only folder is not "already open": say what it is
        print(f"{APP_NAME}: {error}; opening without it", file=sys.stderr)
        acquired = True  # never locked out: the journal's own open says what it can do here
    if not acquired:  # listening (QtNetwork) waits for the first paint  # one window per journal: say so, and bring the open one forward
        instance.ask_first_instance_to_raise()
        print(f"{APP_NAME}: {ALREADY_OPEN}", file=sys.stderr)
        if not (exit_after_first_paint or exit_when_ready):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, APP_DISPLAY_NAME, QCoreApplication.translate("SingleInstance", ALREADY_OPEN))
        return 1
    from desktop.ui.window.main_window import MainWindow

    window = MainWindow()  # its first frame is the shell (window/shell.py); the content is built right after it
    instance.raise_requested.connect(lambda: bring_forward(window))
    from desktop.ui.window.quit_signals import QuitSignals

    quit_signals = QuitSignals()  # logout and shutdown save her last words, as Ctrl+Q does
    quit_signals.received.connect(lambda _number: window.quit_on_signal())
    if exit_after_first_paint:
        window.first_painted.connect(collect_after_start)
        window.first_painted.connect(window.quit_journal)  # as Ctrl+Q: her geometry saved, everything closed
    else:
        if not exit_when_ready:
            window.first_painted.connect(lambda: set_application_icon(app))
        window.first_painted.connect(lambda: _after_first_paint(window, app, data_dir, exit_when_ready=exit_when_ready))
        if not exit_when_ready:
            window.first_painted.connect(instance.listen)  # then hear later launches (QtNetwork is not needed to paint)
    window.show()
    if exit_after_first_paint or exit_when_ready:
        limit_ms = 10_000 if exit_after_first_paint else 60_000
        QTimer.singleShot(limit_ms, lambda: app.exit(1))  # a window that never paints (or never gets ready) fails
    try:
        return app.exec()
    finally:
        quit_signals.close()
        instance.release()


def _after_first_paint(window: MainWindow, app: QApplication, data_dir: Path, *, exit_when_ready: bool) -> None:
    """Right after the shell's first frame: the passphrase (a journal that has one), the content, its style, the open.

    The prompt comes before the content, so she is asked within moments of the first frame (budget 6);
    the content is built while the window shows only its background, styled once, and filled by the open
    before it is painted: the next frame is the window ready to use (or saying why the journal stays closed),
    not its empty panes first. Garbage collection comes back on once the content is made, before the open.
    """
    from desktop.paths import journal_path
    from desktop.ui.journal_keys import JournalKeys
    from desktop.ui.quick_start import collect_after_start
    from desktop.ui.tasks import TaskRunner

    keys = JournalKeys(journal_path(data_dir))  # the prompt keeps the key it derives, for the open that follows
    tasks = TaskRunner(window)
    asked = None if exit_when_ready else _ask_first(window, keys, tasks)  # --exit-when-ready refuses a passphrase
    if not window.isVisible():  # she quit (or logged out) at the prompt: the shell closed as Quit closes it
        collect_after_start()
        return
    window.setUpdatesEnabled(False)  # the shell stays on screen until the window is filled: one frame, not two
    try:
        fill_window(window, new_session(data_dir, keys=keys), tasks)
        apply_calm_style(app)  # once, on the built tree: under a sheet, every reparent while building re-styles
        if window.isActiveWindow() and QApplication.focusWidget() is None:
            window.focusNextPrevChild(True)  # activated while only the shell was there: the keyboard goes in now
        collect_after_start()
        if exit_when_ready:
            from desktop.ui.window.ready import quit_when_ready

            quit_when_ready(window, app)  # opens the journal, quits once she could type
        elif window.load(asked):  # the open, or what keeps the journal closed with the ways out (they have the keyboard)
            window.editor.editor.setFocus()  # she opened it to write: today's note has the keyboard, not the first button
    finally:
        window.setUpdatesEnabled(True)  # and painted: the content filled, or the problem said


def _ask_first(window: MainWindow, keys: JournalKeys, tasks: TaskRunner) -> Callable[[], str | None]:
    """The passphrase prompt over the shell (nothing for a plain journal); its answer, for ``MainWindow.load``."""
    from desktop.ui.privacy.start_prompt import JournalStaysClosedError, passphrase_at_start

    try:
        passphrase = passphrase_at_start(window, keys.journal_file, tasks, check=keys.passphrase_opens)
    except JournalStaysClosedError as closed:
        cancelled = closed

        def stays_closed() -> str | None:
            raise cancelled

        return stays_closed
    return lambda: passphrase
