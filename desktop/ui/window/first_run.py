"""The first-run welcome: what the app is, its privacy promise, the date of the loss, a passphrase.

Shown once, after the first paint, when a journal with no recorded loss opens
for the first time (``FirstRunWizard.offer``), and again from Help → Welcome…
(``FirstRunWizard.start``). Every page can be skipped (Skip or Esc); finishing
or skipping both mark it done (``FIRST_RUN_DONE_KEY``), so it never comes back
by itself. Skipping changes nothing: the in-window welcome banner still offers
to record a date later.

The wizard opens window-modal with ``open()``, not ``exec()``: the window keeps
its event loop, and the answers are applied when it finishes. Dates go through
the window's model, like Journal → Record a date.

Protection happens before the welcome closes, so a ticked box never leaves an
unencrypted journal: Done with "Protect the journal" ticked asks for the
passphrase (the same dialog as Journal → Protect with a passphrase…) and hands
it to the window's privacy controls (``protect``), so encryption has one flow.
If that does not finish (the dialog cancelled, the conversion failed), the
welcome goes back to that page, unticks the box and says why in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import APP_DISPLAY_NAME
from desktop.guidance.kinds import EventKind
from desktop.ui.privacy.passphrase_dialogs import NewPassphraseDialog
from desktop.ui.settings.i18n import medium_date, wording
from desktop.ui.settings.preferences import FIRST_RUN_DONE_KEY, read_flag
from desktop.ui.widgets.date_field import focus_first_problem
from desktop.ui.widgets.form_fields import date_field
from desktop.ui.window.welcome import PRIVACY_PROMISE

if TYPE_CHECKING:
    from desktop.ui.window.main_window import MainWindow

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


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _AboutPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to %1").replace("%1", APP_DISPLAY_NAME))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _paragraph(
                self.tr(
                    "A private journal for the weeks and months after a miscarriage. Write a few words about "
                    "each day, note how you feel, and see on a calendar the dates that the article "
                    "“Sex after a miscarriage” gives. The article itself sits beside the calendar, word for word."
                )
            )
        )
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Take your time. Every step here can be skipped, and this welcome can be opened "
                    "again from the Help menu."
                )
            )
        )
        layout.addStretch(1)


class _PrivacyPage(QWizardPage):
    def __init__(self, can_set_passphrase: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Private, and not medical advice"))
        self.passphrase = QCheckBox(self.tr("&Protect the journal with a passphrase when this welcome closes"))
        self.passphrase.setAccessibleDescription(
            self.tr("The journal is then encrypted, and the passphrase is asked for each time it opens.")
        )
        self.can_set_passphrase = can_set_passphrase
        passphrase_text = _paragraph(
            self.tr(
                "If you like, a passphrase can protect the journal: it is then encrypted, and nobody can read "
                "it without the passphrase. You can also add one later, from the Journal menu."
            )
        )
        self.not_protected = _paragraph("")  # why the journal was not protected, when it was not
        self.not_protected.setObjectName("problem")
        self.not_protected.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(_paragraph(QCoreApplication.translate("Welcome", PRIVACY_PROMISE)))  # the English is only the key
        layout.addWidget(passphrase_text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.not_protected)
        layout.addSpacing(12)
        layout.addWidget(_paragraph(wording().not_medical_advice()))
        layout.addStretch(1)
        # hidden only once in the layout: setVisible(True) on a parentless widget opens it as a window of its own
        passphrase_text.setHidden(not can_set_passphrase)
        self.passphrase.setHidden(not can_set_passphrase)
        self.passphrase.toggled.connect(lambda ticked: self.not_protected.setVisible(False) if ticked else None)

    def say_not_protected(self, line: str) -> None:
        """The box goes back unticked, with the reason under it."""
        self.passphrase.setChecked(False)
        self.not_protected.setText(line)
        self.not_protected.show()


class _DatesPage(QWizardPage):
    """The date of the miscarriage and, if there was one, of the procedure; both can wait."""

    def __init__(self, today: date, has_loss: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("The date"))
        intro = _paragraph(
            self.tr(
                "When you feel ready, record the date of the miscarriage. If a procedure followed "
                "(a uterine evacuation: “cleaning”, curettage or D&C), record its date too: the article "
                "counts from it. The calendar then shows the milestones the article gives."
            )
        )
        already = _paragraph(
            self.tr(
                "Your dates are already recorded. You can see or change them from the Journal menu, "
                "under Recorded dates."
            )
        )
        self._today = today
        self._edited = False  # she typed or picked a date, or ticked the procedure: leaving then asks
        self.miscarriage = date_field(today, self.tr("Date of the miscarriage"))
        self.miscarriage.set_latest(  # things are recorded once they have happened
            today, self.tr("The miscarriage cannot be in the future (today is {today}).").format(today=medium_date(today))
        )
        self.had_procedure = QCheckBox(self.tr("There was also a p&rocedure, on"))
        self.procedure = date_field(today, self.tr("Date of the procedure"))  # follows the loss until she types one
        self.procedure.set_latest(
            today, self.tr("The procedure cannot be in the future (today is {today}).").format(today=medium_date(today))
        )
        self.later = QCheckBox(self.tr("I'd rather do this &later"))
        hint = _paragraph(self.tr("You can change or delete recorded dates at any time."))
        hint.setObjectName("hint")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Date of the &miscarriage"), self.miscarriage)
        form.addRow(self.had_procedure, self.procedure)
        self._fields = QWidget()
        fields_layout = QVBoxLayout(self._fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(intro)
        fields_layout.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(already)
        layout.addWidget(self._fields)
        layout.addWidget(self.later)
        layout.addWidget(hint)
        layout.addStretch(1)

        already.setVisible(has_loss)
        self._fields.setVisible(not has_loss)
        self.later.setVisible(not has_loss)
        hint.setVisible(not has_loss)
        self.later.setChecked(has_loss)  # a second loss is recorded through Journal → Record a date

        self.later.toggled.connect(self._sync_enabled)
        self.had_procedure.toggled.connect(self._sync_enabled)
        self.miscarriage.date_changed.connect(self._follow_loss)
        for edited in (self.miscarriage.edited, self.procedure.edited, self.had_procedure.clicked):
            edited.connect(self._mark_edited)
        self._procedure_typed = False
        self.procedure.edited.connect(self._on_procedure_typed)
        self._follow_loss(self.miscarriage.date())
        self._sync_enabled()

    def initializePage(self) -> None:
        """Arriving here, the keyboard is in the first date: she can type it at once."""
        if self.miscarriage.isVisibleTo(self) and self.miscarriage.isEnabled():
            self.miscarriage.setFocus(Qt.FocusReason.TabFocusReason)

    def _mark_edited(self) -> None:
        self._edited = True

    def _on_procedure_typed(self) -> None:
        self._procedure_typed = True

    def _follow_loss(self, loss: QDate) -> None:
        """The procedure is not before the loss, and starts at its date (usually a day or two after).

        Only a loss date that can be recorded sets the limit: a refused one (in the
        future) says so in its own field, and the procedure's line would repeat it
        with a date that is no limit at all.
        """
        day = self.miscarriage.value()
        if not loss.isValid() or day is None:
            self.procedure.set_earliest(date.min)
            return
        self.procedure.set_earliest(
            day,
            self.tr("The procedure cannot be before the miscarriage ({date}).").format(date=medium_date(day)),
        )
        if not self._procedure_typed:
            self.procedure.setDate(day)

    def dates_entered(self) -> bool:
        """She entered a date here (not only looked at the page): leaving without it must ask."""
        return self._edited and not self.later.isChecked()

    def validatePage(self) -> bool:
        """Done is refused while a date is not one that can be recorded; the field says why."""
        if self.later.isChecked():
            return True
        return focus_first_problem([self.miscarriage, self.procedure])

    def _sync_enabled(self) -> None:
        recording = not self.later.isChecked()
        self.miscarriage.setEnabled(recording)
        self.had_procedure.setEnabled(recording)
        self.procedure.setEnabled(recording and self.had_procedure.isChecked())

    def dates(self) -> tuple[date | None, date | None]:
        if self.later.isChecked():
            return None, None
        procedure = self.procedure.value() if self.had_procedure.isChecked() else None
        return self.miscarriage.value(), procedure


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
        self.about_page = _AboutPage()
        self.privacy_page = _PrivacyPage(can_set_passphrase and protect is not None)  # no box nobody would act on
        self.dates_page = _DatesPage(today, has_loss)
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
    def offer(cls, window: MainWindow) -> FirstRunWizard | None:
        """When a journal opens: the welcome, unless it was done before or the journal already has a loss."""
        if window.model is None or first_run_done(window.settings):
            return None
        if window.model.has_loss():  # someone who has used the journal already: not a first run
            _mark_done(window.settings)
            return None
        return cls.start(window)

    @classmethod
    def start(cls, window: MainWindow) -> FirstRunWizard:
        """Open the welcome over ``window`` (Help → Welcome… too); its answers are applied when it closes."""
        model = window.model
        wizard = cls(
            window,
            model.today() if model is not None else date.today(),
            has_loss=model is not None and model.has_loss(),
            can_set_passphrase=model is not None and not model.journal.encrypted,
            protect=window.privacy.protect,
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda result: _apply(window, wizard, result))
        wizard.open()
        return wizard


def _mark_done(settings: QSettings) -> None:
    settings.setValue(FIRST_RUN_DONE_KEY, True)
    settings.sync()


def _apply(window: MainWindow, wizard: FirstRunWizard, result: int) -> None:
    """Finished: record the dates and hand over to the passphrase flow. Skipped: only remember it was seen."""
    _mark_done(window.settings)
    if result != QWizard.DialogCode.Accepted:
        return
    answers = wizard.answers()
    model = window.model
    if model is not None:
        for kind, day in answers.events():
            model.add_event(kind, day, "")
    if wizard.protection_report is not None:  # encrypted before the welcome closed: say it worked
        QMessageBox.information(
            window, QCoreApplication.translate("FirstRunWizard", "Passphrase"), wizard.protection_report
        )
