"""The window's privacy controls: lock and auto-lock, set/change/remove (the prompt at start: ``start_prompt``).

The main window keeps its own job (showing the journal) and hands this object
two callbacks: ``close_journal`` before a conversion touches the file, and
``open_journal(passphrase)`` afterwards. A conversion runs on the journal lane
of the window's ``TaskRunner`` (so it never overlaps a backup or an import),
with its busy indicator; the journal is closed meanwhile. Passphrase checks
(the lock page, the prompts) derive the key on its read lane.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.ui.privacy.lock import LockController, idle_timeout_ms
from desktop.ui.privacy.start_prompt import verify_with_file
from desktop.ui.settings.i18n import plural
from desktop.ui.settings.preferences import AUTO_LOCK_CHOICES, AUTO_LOCK_KEY, read_auto_lock_minutes
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is shown
    from desktop.store.encryption import ConversionReport


ConversionFinished = Callable[[bool, str], None]  # (it worked, the report or the reason)


class BackupCounts:
    """The translation context of the backup counts: ``BackupCounts.tr("%n …", "", n)`` is the spelling
    pyside6-lupdate collects with its plural forms (``translate(ctx, text, "", n)`` loses them)."""

    @staticmethod
    def tr(text: str, disambiguation: str, n: int) -> str:
        return QCoreApplication.translate("BackupCounts", text, disambiguation or None, n)


def describe(report: ConversionReport, done: str, backups_verb: str) -> str:
    lines = [done]
    if report.backups_converted:
        count = report.backups_converted
        text = BackupCounts.tr("%n backup(s) {verb} as well.", "", count)
        lines.append(plural(text, count).format(verb=backups_verb))
    if report.backups_skipped:
        skipped = len(report.backups_skipped)
        lines.append(
            plural(
                BackupCounts.tr(
                    "%n backup(s) could not be converted (another passphrase, or damaged) and were left as they were.",
                    "",
                    skipped,
                ),
                skipped,
            )
        )
    return "\n".join(lines)


class PrivacyControls(QObject):
    """Lock, auto-lock and the passphrase actions of one window."""

    conversion_finished = Signal(bool)  # True when the passphrase was set, changed or removed

    def __init__(
        self,
        window: QMainWindow,
        journal_file: Path,
        *,
        close_journal: Callable[[], bool | None],
        open_journal: Callable[[str | None], bool],
        settings: QSettings | None = None,
        runner: TaskRunner | None = None,
        check: Callable[[str], bool] | None = None,
    ) -> None:
        """``check``: the lock page's passphrase check (the session's, which reuses the key derived at open)."""
        super().__init__(window)
        self._check = check
        self.window = window
        self.journal_file = journal_file
        self._close_journal = close_journal
        self._open_journal = open_journal
        self.settings = settings or QSettings()
        self.runner = runner or TaskRunner(window)
        self.lock = LockController(window, runner=self.runner)
        self.encrypted = False
        self.set_action = QAction(self.tr("Protect with a &passphrase…"), window)
        self.change_action = QAction(self.tr("C&hange the passphrase…"), window)
        self.remove_action = QAction(self.tr("Remo&ve the passphrase…"), window)  # R is Record a date
        self.auto_lock_group = QActionGroup(window)
        for minutes in AUTO_LOCK_CHOICES:
            action = QAction(self._auto_lock_text(minutes), window)
            action.setCheckable(True)
            action.setData(minutes)
            self.auto_lock_group.addAction(action)
        self._wire()
        self.journal_opened(encrypted=False)

    def _auto_lock_text(self, minutes: int) -> str:
        """Each choice with a mnemonic of its own in Journal → Lock automatically."""
        texts = {
            0: self.tr("&Never"),
            1: self.tr("After 1 &minute"),
            5: self.tr("After &5 minutes"),
            15: self.tr("After &15 minutes"),
            30: self.tr("After &30 minutes"),
            60: self.tr("After &60 minutes"),
        }
        return texts.get(minutes) or self.tr("After %1 minutes").replace("%1", str(minutes))

    def _wire(self) -> None:
        self.set_action.triggered.connect(self.set_passphrase)
        self.change_action.triggered.connect(self.change_passphrase)
        self.remove_action.triggered.connect(self.remove_passphrase)
        self.auto_lock_group.triggered.connect(lambda action: self.set_auto_lock_minutes(int(action.data())))

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.lock.lock_action)
        auto = menu.addMenu(self.tr("Lock &automatically"))
        auto.addActions(self.auto_lock_group.actions())
        menu.addSeparator()
        for action in (self.set_action, self.change_action, self.remove_action):
            menu.addAction(action)

    # -- state -----------------------------------------------------------------------

    def journal_opened(self, *, encrypted: bool) -> None:
        """Call after the journal opens: unlock and the actions follow whether it is encrypted."""
        path = self.journal_file
        self.encrypted = encrypted
        self.lock.set_check((self._check or (lambda p: verify_with_file(path, p))) if encrypted else None)
        self.set_action.setEnabled(not encrypted)
        self.change_action.setEnabled(encrypted)
        self.remove_action.setEnabled(encrypted)
        self._follow_auto_lock(self.auto_lock_minutes(encrypted))

    def auto_lock_minutes(self, encrypted: bool) -> int:
        return read_auto_lock_minutes(self.settings, encrypted)

    def set_auto_lock_minutes(self, minutes: int | None) -> None:
        """From the menu or the Settings dialog; None goes back to the journal's default."""
        if minutes is None:
            self.settings.remove(AUTO_LOCK_KEY)
        else:
            self.settings.setValue(AUTO_LOCK_KEY, minutes)
        self._follow_auto_lock(self.auto_lock_minutes(self.encrypted))

    def _follow_auto_lock(self, minutes: int) -> None:
        """The menu's check mark and the idle timer agree with the setting."""
        for action in self.auto_lock_group.actions():
            action.setChecked(int(action.data()) == minutes)
        self.lock.set_idle_timeout(idle_timeout_ms(minutes))

    # -- set, change, remove -----------------------------------------------------------

    def set_passphrase(self) -> None:
        remove_damaged = self._consent_to_remove_damaged_backups()
        if remove_damaged is None:
            return
        from desktop.ui.privacy.passphrase_dialogs import NewPassphraseDialog

        new = NewPassphraseDialog.get_new_passphrase(self.window)
        if new is not None:
            self.protect(new, remove_damaged=remove_damaged)

    def protect(self, new: str, on_finished: ConversionFinished | None = None, *, remove_damaged: bool = False) -> None:
        """Encrypt the journal with ``new`` (already typed twice), on the worker.

        ``on_finished(ok, text)`` replaces the closing message box: ``text`` is the
        report when it worked, else the reason (the welcome shows it on its own page).
        Damaged plaintext backups are deleted only with her consent (``remove_damaged``);
        without it the store refuses and nothing is encrypted.
        """
        from desktop.store.encryption import set_passphrase

        path = self.journal_file
        self._run(
            lambda: set_passphrase(path, new, remove_damaged=remove_damaged),
            after=new,
            on_failure=None,
            done=self.tr("The journal is now encrypted with your passphrase."),
            backups_verb=self.tr("encrypted"),
            on_finished=on_finished,
        )

    def _consent_to_remove_damaged_backups(self) -> bool | None:
        """Damaged plaintext backups cannot be encrypted: delete them (True), none there (False), or stop (None)."""
        from desktop.store.encryption import damaged_plain_backups

        damaged = damaged_plain_backups(self.journal_file)
        if not damaged:
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Damaged backups"),
            self.tr(
                "{count} backup(s) are damaged and cannot be encrypted, so they would stay readable without the "
                "passphrase. Delete them and encrypt the rest? (No: nothing is changed.)"
            ).format(count=len(damaged)),
        )
        return True if answer == QMessageBox.StandardButton.Yes else None

    def change_passphrase(self) -> None:
        from desktop.store.encryption import change_passphrase, verify_passphrase

        path = self.journal_file
        from desktop.ui.privacy.passphrase_dialogs import NewPassphraseDialog

        change = NewPassphraseDialog.get_change(self.window, lambda p: verify_passphrase(path, p), runner=self.runner)
        if change is not None:
            self._run(
                lambda: change_passphrase(path, change.old, change.new),
                after=change.new,
                on_failure=change.old,
                done=self.tr("The passphrase was changed."),
                backups_verb=self.tr("re-encrypted with the new passphrase"),
            )

    def remove_passphrase(self) -> None:
        from desktop.store.encryption import remove_passphrase, verify_passphrase

        path = self.journal_file
        from desktop.ui.privacy.passphrase_dialogs import RemovePassphraseDialog

        old = RemovePassphraseDialog.get_current(self.window, lambda p: verify_passphrase(path, p), runner=self.runner)
        if old is not None:
            self._run(
                lambda: remove_passphrase(path, old),
                after=None,
                on_failure=old,
                done=self.tr("The passphrase was removed: the journal is no longer encrypted."),
                backups_verb=self.tr("decrypted"),
            )

    def _run(
        self,
        job: Callable[[], ConversionReport],
        *,
        after: str | None,
        on_failure: str | None,
        done: str,
        backups_verb: str,
        on_finished: ConversionFinished | None = None,
    ) -> None:
        if self._close_journal() is False:  # the day's note could not be saved: change nothing
            if on_finished is not None:
                on_finished(False, self.tr("the note could not be saved, so nothing was changed"))
            else:
                QMessageBox.warning(
                    self.window, self.tr("Passphrase"), self.tr("The note could not be saved, so nothing was changed.")
                )
            self.conversion_finished.emit(False)
            return

        def work() -> ConversionReport:
            from desktop.store import JournalError
            from desktop.store.encryption import EncryptionError

            try:
                return job()
            except EncryptionError as error:  # the runner reports JournalError messages as they are
                raise JournalError(self.tr("{error}. Nothing was changed").format(error=error)) from None

        self.runner.run(
            self.tr("Converting the journal…"),
            work,
            on_done=lambda report: self._finish(True, describe(report, done, backups_verb), after, on_finished),
            on_error=lambda message: self._finish(False, message, on_failure, on_finished),
        )

    def _finish(self, ok: bool, message: str, passphrase: str | None, on_finished: ConversionFinished | None) -> None:
        if self._open_journal(passphrase):
            self.journal_opened(encrypted=passphrase is not None)
        if on_finished is not None:
            on_finished(ok, message)
        elif ok:
            QMessageBox.information(self.window, self.tr("Passphrase"), message)
        else:
            QMessageBox.warning(
                self.window, self.tr("Passphrase"), self.tr("The passphrase was not changed: {message}.").format(message=message)
            )
        self.conversion_finished.emit(ok)
