"""The first-run welcome's three pages: what the app is, its privacy promise, the date of the loss.

Only the pages' own widgets and checks live here; the wizard that strings
them together, protects the journal and records the dates is ``first_run.py``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from desktop import APP_DISPLAY_NAME
from desktop.ui.settings.i18n import medium_date, wording
from desktop.ui.widgets.date_field import focus_first_problem
from desktop.ui.widgets.form_fields import date_field
from desktop.ui.window.welcome import PRIVACY_PROMISE


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AboutPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to %1").replace("%1", APP_DISPLAY_NAME))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A private journal for the weeks and months after a miscarriage. Write a few words about "
                    "each day, note how you feel, and see on a calendar the dates that the article "
                    "“Sex after a miscarriage” gives. The article itself sits beside the calendar, word for word."
                )
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Take your time. Every step here can be skipped, and this welcome can be opened "
                    "again from the Help menu."
                )
            )
        )
        layout.addStretch(1)


class PrivacyPage(QWizardPage):
    def __init__(self, can_set_passphrase: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Private, and not medical advice"))
        self.passphrase = QCheckBox(self.tr("&Protect the journal with a passphrase when this welcome closes"))
        self.passphrase.setAccessibleDescription(
            self.tr("The journal is then encrypted, and the passphrase is asked for each time it opens.")
        )
        self.can_set_passphrase = can_set_passphrase
        passphrase_text = paragraph(
            self.tr(
                "If you like, a passphrase can protect the journal: it is then encrypted, and nobody can read "
                "it without the passphrase. You can also add one later, from the Journal menu."
            )
        )
        self.not_protected = paragraph("")  # why the journal was not protected, when it was not
        self.not_protected.setObjectName("problem")
        self.not_protected.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(QCoreApplication.translate("Welcome", PRIVACY_PROMISE)))  # the English is only the key
        layout.addWidget(passphrase_text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.not_protected)
        layout.addSpacing(12)
        layout.addWidget(paragraph(wording().not_medical_advice()))
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


class DatesPage(QWizardPage):
    """The date of the miscarriage and, if there was one, of the procedure; both can wait."""

    def __init__(self, today: date, has_loss: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("The date"))
        intro = paragraph(
            self.tr(
                "When you feel ready, record the date of the miscarriage. If a procedure followed "
                "(a uterine evacuation: “cleaning”, curettage or D&C), record its date too: the article "
                "counts from it. The calendar then shows the milestones the article gives."
            )
        )
        already = paragraph(
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
        hint = paragraph(self.tr("You can change or delete recorded dates at any time."))
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
