"""The first-run welcome: what the app is, its privacy promise, the date of the loss, a passphrase.

Shown once, after the first paint, when a journal with no recorded loss opens
for the first time (``FirstRunWizard.offer``), and again from Help → Welcome…
(``FirstRunWizard.start``). Every page can be skipped (Skip or Esc); finishing
or skipping both mark it done (``FIRST_RUN_DONE_KEY``), so it never comes back
by itself. Skipping changes nothing: the in-window welcome banner still offers
to record a date later.

The wizard opens window-modal with ``open()``, not ``exec()``: the window keeps
its event loop, and the answers are applied when it finishes. Dates go through
the session, like Journal → Record a date. It gets the session, a parent
widget, the settings and the privacy controls' ``protect`` (from the
composition root, ``desktop/ui/app.py``), never the main window. Its pages are
in ``first_run_pages.py``.

Protection happens before the welcome closes, so a ticked box never leaves an
unencrypted journal: Done with "Protect the journal" ticked asks for the
passphrase (the same dialog as Journal → Protect with a passphrase…) and hands
it to the privacy controls (``protect``), so encryption has one flow.
If that does not finish (the dialog cancelled, the conversion failed), the
welcome goes back to that page, unticks the box and says why in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from desktop.guidance.kinds import EventKind
from desktop.ui.privacy.passphrase_dialogs import NewPassphraseDialog
from desktop.ui.session import JournalSession
from desktop.ui.settings.preferences import FIRST_RUN_DONE_KEY, read_flag
from desktop.ui.window.first_run_pages import AboutPage, DatesPage, PrivacyPage

# Encrypt the journal with this passphrase; then call back with (it worked, the report or the reason).
ProtectJournal = Callable[[str, Callable[[bool, str], None]], None]


@dataclass(frozen=True)
class FirstRunAnswers:
    """What she chose; ``None`` dates were left for later."""

    miscarriage: date | None = None
    procedure: date | None = None
    set_passphrase: bool = False  # the journal was encrypted before the welcome closed

    def events(self) -> list[tuple[EventKind, date]]:
        found = [(EventKind.MISCARRIAGE, self.miscarriage), (EventKind.PROCEDURE, self.procedure)]
        return [(kind, day) for kind, day in found if day is not None]


def first_run_done(settings: QSettings) -> bool:
    return read_flag(settings, FIRST_RUN_DONE_KEY)


class FirstRunWizard(QWizard):
    """Three short pages; Skip (or Esc) on any of them closes the welcome and changes nothing."""

    def __init__(
        self,
        parent: QWidget | None,
        today: date,
        *,
        has_loss: bool = False,
        can_set_passphrase: bool = True,
        protect: ProtectJournal | None = None,
    ) -> None:
        super().__init__(parent)
        self._protect = protect
        self._protecting = False
        self.protection_report: str | None = None  # set once the journal was encrypted here
        self.setWindowTitle(self.tr("Welcome"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Skip"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
        self.setMinimumSize(540, 360)
        self.about_page = AboutPage()
        self.privacy_page = PrivacyPage(can_set_passphrase and protect is not None)  # no box nobody would act on
        self.dates_page = DatesPage(today, has_loss)
        for page in (self.about_page, self.privacy_page, self.dates_page):
            self.addPage(page)
        skip = self.button(QWizard.WizardButton.CancelButton)
        skip.setAccessibleName(self.tr("Skip the welcome"))
        skip.setToolTip(self.tr("Close the welcome; nothing is recorded"))

    def reject(self) -> None:
        """Skip, Esc or the close button: with dates entered, ask whether to record them first.

        With the protection box ticked she is asked first, so a ticked box never
        closes the welcome on a journal left unencrypted without her knowing.
        """
        if self._wants_protection() and not self._leave_unprotected():
            return
        if not self.dates_page.dates_entered():
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Keep the dates you entered?"),
            self.tr(
                "You entered a date in this welcome. Save records it before the welcome closes; "
                "Discard closes without recording anything; Cancel goes back to the welcome."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            super().reject()
        elif answer == QMessageBox.StandardButton.Save:
            if not self.dates_page.validatePage():  # a date that cannot be recorded: back to it, with the reason
                while self.currentPage() is not self.dates_page and self.currentId() != -1:
                    self.next()
                self.dates_page.validatePage()
                return
            self.done(QWizard.DialogCode.Accepted)  # the dates only: leaving is no "Done" for the passphrase step
        # Cancel (or the box closed): she stays where she was

    def _leave_unprotected(self) -> bool:
        """Leaving with the box ticked: say the journal stays unencrypted; on Yes the box is unticked."""
        answer = QMessageBox.question(
            self,
            self.tr("Leave without a passphrase?"),
            self.tr(
                "You ticked “Protect the journal with a passphrase”, but the welcome is closing before Done, "
                "so the journal will not be encrypted. You can protect it later from the Journal menu. Leave anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.privacy_page.passphrase.setChecked(False)
        return True

    def answers(self) -> FirstRunAnswers:
        miscarriage, procedure = self.dates_page.dates()
        return FirstRunAnswers(miscarriage, procedure, self.protection_report is not None)

    # -- the protection step ---------------------------------------------------------------

    def _wants_protection(self) -> bool:
        page = self.privacy_page
        return page.can_set_passphrase and page.passphrase.isChecked() and self.protection_report is None

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt override)
        """On Done: encrypt first when the box is ticked; the welcome closes only once that finished."""
        if not super().validateCurrentPage():
            return False
        if self.nextId() != -1 or not self._wants_protection():
            return True
        if not self._protecting:
            self._ask_and_protect()
        return False  # closes from _protection_finished, when the journal is encrypted

    def _ask_and_protect(self) -> None:
        self._protecting = True  # from the question until the journal is converted: one protection at a time
        passphrase = NewPassphraseDialog.get_new_passphrase(self)
        self.activateWindow()  # the keyboard back to the welcome (not every window system does it)
        if passphrase is None or self._protect is None:
            self._protecting = False
            self._not_protected(
                self.tr("No passphrase was set, so the journal is not encrypted. You can protect it later from the Journal menu.")
            )
            return
        self.setEnabled(False)  # no second Done, no Skip, while the journal is converted
        self._protect(passphrase, self._protection_finished)

    def _protection_finished(self, ok: bool, text: str) -> None:
        self._protecting = False
        self.setEnabled(True)
        if not ok:
            self._not_protected(
                self.tr("The journal was not encrypted: {reason}. You can try again later from the Journal menu.").format(
                    reason=text
                )
            )
            return
        self.protection_report = text
        self.button(QWizard.WizardButton.FinishButton).click()  # Done again, now that it is protected

    def _not_protected(self, line: str) -> None:
        """Back to the page with the box, unticked, and one line saying why: never a silent plain journal."""
        self.privacy_page.say_not_protected(line)
        while self.currentPage() is not self.privacy_page and self.currentId() != self.startId():
            self.back()

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def offer(
        cls, parent: QWidget, session: JournalSession, settings: QSettings, protect: ProtectJournal
    ) -> FirstRunWizard | None:
        """When a journal opens: the welcome, unless it was done before or the journal already has a loss."""
        if not session.is_open() or first_run_done(settings):
            return None
        if session.has_loss():  # someone who has used the journal already: not a first run
            _mark_done(settings)
            return None
        return cls.start(parent, session, settings, protect)

    @classmethod
    def start(
        cls, parent: QWidget, session: JournalSession, settings: QSettings, protect: ProtectJournal
    ) -> FirstRunWizard:
        """Open the welcome over ``parent`` (Help → Welcome… too); its answers are applied when it closes."""
        is_open = session.is_open()
        wizard = cls(
            parent,
            session.today(),
            has_loss=is_open and session.has_loss(),
            can_set_passphrase=is_open and not session.encrypted,
            protect=protect,
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda result: _apply(parent, session, settings, wizard, result))
        wizard.open()
        return wizard


def _mark_done(settings: QSettings) -> None:
    settings.setValue(FIRST_RUN_DONE_KEY, True)
    settings.sync()


def _apply(parent: QWidget, session: JournalSession, settings: QSettings, wizard: FirstRunWizard, result: int) -> None:
    """Finished: record the dates and hand over to the passphrase flow. Skipped: only remember it was seen."""
    _mark_done(settings)
    if result != QWizard.DialogCode.Accepted:
        return
    answers = wizard.answers()
    if session.is_open():
        for kind, day in answers.events():
            session.add_event(kind, day, "")
    if wizard.protection_report is not None:  # encrypted before the welcome closed: say it worked
        QMessageBox.information(
            parent, QCoreApplication.translate("FirstRunWizard", "Passphrase"), wizard.protection_report
        )
