"""Opening the journal after the first paint, and saying plainly why it did not open.

``JournalOpening`` asks for the passphrase (when the file has one), opens the
file through the session, and on failure shows the problem banner with only
the ways out that can help (``store/diagnosis.py`` says which): try again,
restore a backup (offered once by itself), start a new journal, correct the
dates of a journal whose plan failed, or export it. It gets what it needs
(the session, a parent widget, the banner, the exchange actions, and ``fill``,
which fills the window from the open session) — never the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from desktop.ui.changes import PlanFailedError
from desktop.ui.privacy.start_prompt import JournalStaysClosedError, passphrase_at_start
from desktop.ui.session import JournalSession
from desktop.ui.waiting import next_turn, wait_for
from desktop.ui.window.open_problem import ProblemBanner, WaysOut, fault_text

translate = QCoreApplication.translate  # the words keep the "MainWindow" context they were translated in

if TYPE_CHECKING:
    from desktop.store.diagnosis import Diagnosis
    from desktop.ui.exchange.actions import ExchangeActions
    from desktop.ui.tasks import TaskRunner


AFTER_THE_PROMPT_MS = 100


class JournalOpening(QObject):
    problem_shown = Signal()  # the journal stays closed (or stranded): its widgets wait disabled
    opened = Signal()  # the journal is open and the window filled
    started = Signal()  # an open begins (a prompt or the worker next): what shows the journal may get ready meanwhile

    def __init__(
        self,
        session: JournalSession,
        parent: QMainWindow,
        banner: ProblemBanner,
        exchange: ExchangeActions,
        tasks: TaskRunner,
        fill: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._banner = banner
        self._exchange = exchange
        self._tasks = tasks
        self._fill = fill
        self._restore_offered = False  # the automatic restore question comes once, never in a loop
        banner.retry_requested.connect(self.load)
        banner.restore_requested.connect(exchange.restore)
        banner.start_new_requested.connect(lambda: self.open(None, start_new=True))
        banner.correct_dates_requested.connect(self._correct_dates)
        banner.export_requested.connect(exchange.export)

    def load(self, asked: Callable[[], str | None] | None = None) -> bool:
        """Open the journal file (asking for its passphrase if it has one); say plainly if it cannot be opened.

        ``asked`` gives the answer of a prompt that came before the window's content (``run_gui``):
        the passphrase, None for a plain journal, or JournalStaysClosedError if she cancelled.
        """
        # What shows the open journal gets ready while she types and the key is derived; not before the
        # prompt has painted (it must come within 100 ms of the window's first paint: issue 13, budget 6).
        QTimer.singleShot(AFTER_THE_PROMPT_MS, self, self.started.emit)
        try:
            passphrase = (asked or self._ask)()
        except JournalStaysClosedError as closed:
            self._stays_closed(str(closed))
            return False
        if passphrase is not None:
            self._parent.activateWindow()  # the prompt closed: her next keys go to the window, not nowhere
        return self.open(passphrase)

    def _ask(self) -> str | None:
        return passphrase_at_start(
            self._parent, self._session.journal_file, self._tasks, check=self._session.keys.passphrase_opens
        )

    def open(self, passphrase: str | None, *, start_new: bool = False) -> bool:
        """Open the file with ``passphrase``, or say exactly why not, with only the ways out that can help."""
        return self._opened(lambda: self._session.open(passphrase, start_new=start_new, run=self._off_thread))

    def reopen(self) -> bool:
        """After an import or restore: the same passphrase if it still opens the file, else ask."""
        if not self._session.still_opens():
            return self.load()
        return self._opened(lambda: self._session.reopen(self._off_thread))

    def _off_thread(self, work: Callable[[], object]) -> object:
        """The store's part of opening, on the journal lane: the window keeps painting and says what it does.

        It waits as a modal dialog does (``waiting.wait_for``); after a moment the
        runner's window-modal busy indicator names it, so nothing half-open is clicked.
        """
        self.started.emit()
        opening = translate("MainWindow", "Opening the journal…")
        self._parent.statusBar().showMessage(opening)
        try:
            result = wait_for(self._tasks, opening, work)
        finally:
            if self._parent.statusBar().currentMessage() == opening:
                self._parent.statusBar().clearMessage()
        next_turn()  # the answer came in a turn of its own; making the plan and filling the window take the next
        return result

    def retry_plan(self) -> bool:
        """The dates were corrected: make the plan again on the journal that stayed open."""
        return self._opened(self._session.start)

    def show_problem(self, message: str, ways: WaysOut | None = None) -> None:
        """Say what keeps the journal closed, with ``ways`` out of it; the journal's widgets wait disabled."""
        self._banner.show_problem(message, ways or WaysOut())
        self.problem_shown.emit()

    def show_fault(self, diagnosis: Diagnosis) -> None:
        """A fault found after the open (``window/file_check.py``): said as at open, with the same ways out."""
        self._show_open_fault(diagnosis)

    def _opened(self, open_it: Callable[[], None]) -> bool:
        from desktop.store import JournalError
        from desktop.store.diagnosis import JournalFaultError

        try:
            open_it()
        except PlanFailedError as error:
            self._plan_failed(error.cause)
            return False
        except JournalFaultError as error:
            self._show_open_fault(error.diagnosis)
            return False
        except JournalError as error:
            self.show_problem(
                translate("MainWindow", "The journal could not be opened: {error}. Nothing was changed.").format(error=error)
            )
            return False
        # The plan and the window filled in one turn (nothing sees the journal open and the window empty),
        # what follows ``opened`` in the next; load() returns once both are done.
        try:
            self._fill()
        except Exception as error:  # noqa: BLE001 (damage met while reading a page, a date the window cannot show, ...)
            self._plan_failed(error)
            return False
        if not self._still_open():
            return False
        self._banner.hide()
        self._restore_offered = False
        self.opened.emit()
        return True

    def _still_open(self) -> bool:
        """After a turn of the loop: still open (a quit or a signal may have closed it meanwhile)."""
        next_turn()
        return self._session.is_open()

    def _stays_closed(self, message: str) -> None:
        """The passphrase prompt was cancelled: Try again asks once more; with plain backups only, Restore too.

        Seen under Xvfb: a plain journal whose first bytes were overwritten looks like an
        encrypted one, so she was asked for a passphrase she never set, and on Cancel left
        with no button at all. Backups that are all plain say the journal was plain too
        (encrypting converts them), so a backup is offered; the file as it is is kept aside.
        """
        from desktop.store.diagnosis import file_kind
        from desktop.store.files import backup_file_names

        backups = backup_file_names(self._session.journal_file)
        plain_backups_only = bool(backups) and all(file_kind(backup) == "plain" for backup in backups)
        if plain_backups_only:
            message += " " + translate(
                "MainWindow",
                "Your backups are not encrypted: if you never set a passphrase, the journal file is damaged, "
                "and a backup can replace it (the file as it is now is kept)."
            )
        self.show_problem(message, WaysOut(retry=True, restore=plain_backups_only))

    def _show_open_fault(self, diagnosis: Diagnosis) -> None:
        from desktop.store.diagnosis import Fault
        from desktop.store.files import backup_file_names

        has_backups = bool(backup_file_names(self._session.journal_file))
        self.show_problem(
            translate("MainWindow", "The journal could not be opened: {reason}.").format(reason=fault_text(diagnosis)),
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
        if not self._session.knows_passphrase():
            from desktop.store.cipher import key_opens
            from desktop.store.diagnosis import is_encrypted
            from desktop.store.files import backup_file_names
            from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog

            encrypted = [b for b in backup_file_names(self._session.journal_file) if is_encrypted(b)]
            if encrypted:
                self._session.remember_passphrase(
                    AskPassphraseDialog.get_passphrase(
                        self._parent,
                        lambda p: any(key_opens(b, p) for b in encrypted[:3]),
                        translate(
                            "MainWindow",
                            "The journal is damaged; its backups are encrypted. Type the passphrase to restore one.",
                        ),
                    )
                )
        self._exchange.offer_restore_after_failure(reason)

    def _plan_failed(self, error: Exception) -> None:
        """The file opened but the window could not be filled: a damaged page, or a date the plan cannot hold."""
        diagnosis = self._session.plan_failed(error)
        if diagnosis is not None:
            self._show_open_fault(diagnosis)
            return
        reason = " ".join(str(error).split())[:200] or type(error).__name__
        self.show_problem(
            translate(
                "MainWindow",
                "The journal opened, but the plan could not be made from its dates ({reason}). "
                "Nothing was changed: correct the date in Recorded dates, or export the journal."
            ).format(reason=reason),
            WaysOut(correct_dates=True, export=True),
        )
        self._exchange.export_action.setEnabled(True)

    def _correct_dates(self) -> None:
        """Recorded dates, opened on the journal whose plan failed; then the plan is tried again."""
        if not self._session.has_file() or self._session.is_open():
            return
        from desktop.ui.history.dialog import EventHistory, HistoryDialog

        history = EventHistory(self._session, parent=self)
        HistoryDialog.show_history(self._parent, history, self._session.today())
        history.deleteLater()
        if self._session.has_file() and not self._session.is_open():
            self.retry_plan()
