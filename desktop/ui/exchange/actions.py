"""File ▸ Export…, Print…, Import…, Back up now, Restore from backup…, and the daily backup.

:class:`ExchangeActions` owns the four QActions and runs every piece of slow
work on the window's :class:`TaskRunner`: export, import, backup and restore
on the journal lane; listing the backups (an encrypted one derives its key)
on the read lane, while the Restore dialog is already open. An import runs
as cancellable work: it shows how far it is, and Cancel leaves the journal as
it was (its one transaction is rolled back).

Wiring (in the main window; see ``ExchangeActions`` for the callables)::

    self.exchange = ExchangeActions(self, journal_file, opener, today, close_journal, reopen, runner=self.tasks)
    file_menu.addActions(self.exchange.actions())
    self.exchange.done.connect(lambda text: self.statusBar().showMessage(text, 6000))
    self.exchange.failed.connect(lambda text: QMessageBox.warning(self, "Recovery Journal", text))
    # after the journal opened: self.exchange.after_open()
    # when it failed to open:    self.exchange.offer_restore_after_failure(reason)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop.ui.exchange.import_other import ImportFromOtherApp
from desktop.ui.exchange.printing import SummaryPrinting
from desktop.ui.settings.i18n import date_time_text
from desktop.ui.tasks import Lane, TaskControl, TaskRunner

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is first painted
    from desktop.store import Journal
    from desktop.store.backup import BackupInfo, ConnectionFactory
    from desktop.ui.exchange.dialogs import ExportRequest, ImportRequest
    from desktop.ui.exchange.exported_notice import ExportedNotice


def documents_folder() -> Path:
    """The dialogs' own default folder; the dialogs are imported when first used, not before the first paint."""
    from desktop.ui.exchange.dialogs import documents_folder as dialogs_folder

    return dialogs_folder()


def describe_backup(info: BackupInfo) -> str:
    from desktop.ui.exchange.restore_dialog import describe_backup as describe

    return describe(info)


class ExchangeActions(QObject):
    """File → Export…, Import…, Back up now, Restore from backup…, and the daily backup.

    The window passes in how to reach the journal, so encryption (another
    opener and connection factory) needs no change here:

    - ``journal_file``: the journal's path (backups live beside it);
    - ``opener()``: opens a *new* Journal on that file, for the worker thread;
    - ``today()``: the clock;
    - ``close_journal()``: flush the editor and close the window's journal (before import and restore);
      returning False (the editor could not save) cancels the import or restore;
    - ``reopen()``: open it again and refresh everything (after import and restore, also after a failure);
    - ``connect``: the backup connection factory (see ``desktop.store.backup``; default plain SQLite).

    Results are reported through ``done`` (a line for the status bar) and
    ``failed`` (one line to show in a message box).
    """

    done = Signal(str)
    failed = Signal(str)
    exported = Signal(object)  # the Path written: the notice offers to open it or its folder

    def __init__(
        self,
        window: QWidget,
        journal_file: Path,
        opener: Callable[[], Journal],
        today: Callable[[], date],
        close_journal: Callable[[], bool | None],
        reopen: Callable[[], object],
        connect: ConnectionFactory | None = None,
        now: Callable[[], datetime] = datetime.now,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._journal_file = journal_file
        self._opener = opener
        self._today = today
        self._close_journal = close_journal
        self._reopen = reopen
        self._connect_factory = connect
        self._now = now
        self.runner = runner or TaskRunner(window)
        self.notice: ExportedNotice | None = None  # made at the first export, in the window's status bar
        self.export_action = QAction(self.tr("&Export…"), self)
        self.printing = SummaryPrinting(window, opener, today, self.runner)  # File → Print…: the summary on paper
        self.printing.done.connect(self.done)
        self.printing.failed.connect(self.failed)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_other = ImportFromOtherApp(window, self.run_reading, self.run_writing, documents_folder)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.export_action.triggered.connect(self.export)
        self.import_action.triggered.connect(self.import_file)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.restore)

    @property
    def _connect(self) -> ConnectionFactory:
        from desktop.store.cipher import plain_sqlite_connect

        return self._connect_factory or plain_sqlite_connect

    def actions(self) -> list[QAction]:
        return [self.export_action, self.printing.action, self.import_action, self.import_other.action, self.backup_action,
                self.restore_action]

    def set_journal_actions_enabled(self, enabled: bool) -> None:
        """Export, import and backup need an open journal; restore works without one."""
        for action in (self.export_action, self.printing.action, self.import_action, self.import_other.action, self.backup_action):
            action.setEnabled(enabled)

    # -- export --------------------------------------------------------------------

    def export(self) -> None:
        """The dialog opens at once; the PDF's default range is read on the journal lane (a second connection)."""
        opener, today = self._opener, self._today()

        def read_range() -> tuple[date, date]:
            from desktop.exchange.pdf_summary import default_range

            with opener() as journal:
                return default_range(journal.history(), today)

        from desktop.ui.exchange.dialogs import ExportDialog

        request = ExportDialog.get_export_filled(self._window, today, self.runner, read_range)
        if request is not None:
            self.run_export(request)

    def run_export(self, request: ExportRequest) -> None:
        opener = self._opener

        def work() -> Path:
            from desktop.exchange.formats import export_to

            with opener() as journal:
                export_to(request.format, journal, request.path, request.options)
            return request.path

        self.runner.run(
            self.tr("Exporting…"),
            work,
            on_done=self._exported,
            on_error=self.failed.emit,
        )

    def _exported(self, path: Path) -> None:
        if self.notice is None and isinstance(self._window, QMainWindow):
            from desktop.ui.exchange.exported_notice import ExportedNotice

            self.notice = ExportedNotice(self._window)
            self._window.statusBar().addPermanentWidget(self.notice)
        if self.notice is not None:
            self.notice.show_for(path)
        self.done.emit(self.tr("Exported to {path}.").format(path=path))
        if self.notice is not None and isinstance(self._window, QMainWindow):
            self._window.statusBar().clearMessage()  # the notice says it, with its buttons: not twice, side by side
        self.exported.emit(path)

    # -- import --------------------------------------------------------------------

    def import_file(self) -> None:
        from desktop.ui.exchange.dialogs import ImportDialog

        request = ImportDialog.get_import(self._window)
        if request is not None:
            self.run_import(request)

    def run_import(self, request: ImportRequest) -> int | None:
        """Import on the journal lane, as cancellable work: a bar shows how far it is; Cancel rolls it all back.

        Returns the task's number (None when the journal could not be closed first).
        """
        opener, connect, now = self._opener, self._connect, self._now

        def work(control: TaskControl) -> str:
            from desktop.exchange.json_format import import_json

            def progress(done: int, total: int) -> None:
                control.check()  # she cancelled: the transaction rolls back, the journal stays as it was
                control.report(done, total)

            with opener() as journal:  # reading the file reports too (characters read), and stops at a cancel
                summary = import_json(
                    journal, request.path, replace_all=request.replace_all, now=now, connect=connect, progress=progress,
                    reading=progress,
                )
            if summary.replaced:
                text = self.tr("Replaced your journal with {file}: {added} added, {skipped} already there.")
            else:
                text = self.tr("Imported {file}: {added} added, {skipped} already there.")
            return text.format(file=request.path.name, added=summary.added, skipped=summary.skipped)

        if not self._journal_closed():
            return None
        cancelled = self.tr("The import of {file} was cancelled; your journal is as it was.").format(file=request.path.name)
        return self.runner.run_cancellable(
            self.tr("Importing…"),
            work,
            on_done=self._reopen_then(self.done),
            on_error=self._reopen_then(self.failed),
            on_cancelled=lambda: self._reopen_then(self.done)(cancelled),
        )

    def run_reading(
        self, label: str, work: Callable[[Journal, date], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]
    ) -> None:
        """``work(journal, today)`` on a journal of its own, on the worker: a preview, which writes nothing.

        Quiet: the dialog that asked shows its own "Reading…" in place; a window-modal
        "please wait" over it would take the keyboard from her.
        """
        opener, today = self._opener, self._today()

        def job() -> Any:
            with opener() as journal:
                return work(journal, today)

        self.runner.run(label, job, on_done=on_done, on_error=on_error, quiet=True)

    def run_writing(self, label: str, work: Callable[[Journal, date], str]) -> None:
        """``work(journal, today)`` as every import writes: the window's journal closed, then reopened; one line reported."""
        opener, today = self._opener, self._today()

        def job() -> str:
            with opener() as journal:
                return work(journal, today)

        if not self._journal_closed():
            return
        self.runner.run(label, job, on_done=self._reopen_then(self.done), on_error=self._reopen_then(self.failed))

    # -- backups -------------------------------------------------------------------

    def back_up_now(self) -> None:
        from desktop.store.backup import back_up_now

        path, connect, now = self._journal_file, self._connect, self._now
        self.runner.run(
            self.tr("Backing up…"),
            lambda: back_up_now(path, now(), connect=connect),
            on_done=lambda info: self.done.emit(self.tr("Backed up: {backup}.").format(backup=describe_backup(info))),
            on_error=self.failed.emit,
        )

    def after_open(self) -> None:
        """The automatic backup on the first open of a day; quiet unless it fails."""
        from desktop.store.backup import ensure_daily_backup

        path, connect, now = self._journal_file, self._connect, self._now
        self.runner.run(
            self.tr("Backing up…"),
            lambda: ensure_daily_backup(path, now(), connect),
            on_error=lambda message: self.failed.emit(
                self.tr("Today's automatic backup could not be made: {message}").format(message=message)
            ),
        )

    def restore(self) -> None:
        """The dialog opens at once; the backups are listed on the read lane and fill it in."""
        path, connect = self._journal_file, self._connect

        def listed() -> list[BackupInfo]:
            from desktop.store.backup import list_backups

            return list_backups(path, connect)

        from desktop.ui.exchange.restore_dialog import RestoreDialog

        chosen = RestoreDialog.get_listed_backup(self._window, self.runner, listed)
        if chosen is not None:
            self.run_restore(chosen)

    def run_restore(self, backup: BackupInfo) -> None:
        from desktop.store.backup import restore_backup

        path, connect, now = self._journal_file, self._connect, self._now

        def work() -> str:
            restore_backup(path, backup.path, now(), connect)
            return self.tr("Restored the backup of {moment}. Your journal as it was is kept as a backup.").format(
                moment=date_time_text(backup.created)
            )

        if not self._journal_closed():
            return
        self.runner.run(
            self.tr("Restoring…"), work, on_done=self._reopen_then(self.done), on_error=self._reopen_then(self.failed)
        )

    def offer_restore_after_failure(self, reason: str) -> bool:
        """The journal did not open: offer the newest backup that passes the check. True if restoring.

        Checking the backups (opening each, an encrypted one keyed) runs on the read lane while
        the window keeps painting (``waiting.wait_for``); the answer is awaited, as before.
        """
        from desktop.store.backup import newest_good_backup
        from desktop.ui.waiting import wait_for

        path, connect = self._journal_file, self._connect
        good: BackupInfo | None = wait_for(
            self.runner, self.tr("Looking for a good backup…"), lambda: newest_good_backup(path, connect), lane=Lane.READ
        )
        if good is None:
            return False
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore from a backup?"),
            self.tr(
                "Your journal could not be opened ({reason}). The file was not changed.\n\n"
                "The newest good backup is from {backup}. Put it in place of the journal? "
                "The file as it is now is kept among the backups."
            ).format(reason=reason, backup=describe_backup(good)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.run_restore(good)
        return True

    def _journal_closed(self) -> bool:
        if self._close_journal() is False:
            self.failed.emit(self.tr("Your last changes could not be saved, so nothing was changed. Please try again."))
            return False
        return True

    def _reopen_then(self, signal: SignalInstance) -> Callable[[str], None]:
        def report(message: str) -> None:
            self._reopen()
            signal.emit(message)

        return report
