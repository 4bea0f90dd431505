"""Dialogs to change one of the article's milestones or add one of her own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.guidance import DayZero, EventKind, Milestone
from desktop.ui.privacy.passphrase_field import comfortable_width
from desktop.ui.settings.i18n import long_date, medium_date, plural, wording
from desktop.ui.widgets.date_field import focus_first_problem
from desktop.ui.widgets.form_fields import date_field, note_field, save_cancel_buttons


@dataclass(frozen=True)
class MilestoneChange:
    day: date | None
    offset_days: int | None
    note: str


@dataclass(frozen=True)
class OwnMilestone:
    title: str
    day: date
    note: str


# Wide enough that a date's reason ("Dates from 1 Jan 1900 to 31 Dec 2199 can be recorded.")
# takes a line or two: seen under Xvfb, these dialogs were ~190 px wide and it took three.
READABLE_LETTERS = 72  # the Change dialog keeps ~200 px for "A number of days after the procedure"


class ChangeMilestoneDialog(QDialog):
    """'My doctor said two weeks': a new date, or a number of days after the procedure (or miscarriage), plus a note.

    ``loss`` says which date the days count from and what happened on it, so the dialog
    names it ("after the procedure") instead of the plan's jargon "day 0". ``chosen`` is the
    row she chose when that is a window changed through the date it ends on.
    """

    def __init__(
        self, parent: QWidget | None, milestone: Milestone, loss: DayZero, current: date, chosen: Milestone | None = None
    ) -> None:
        super().__init__(parent)
        day_zero = loss.date
        procedure = loss.anchor is EventKind.PROCEDURE
        # Short: the window system adds " — Recovery Journal", and "Change: Earliest d… Recovery Journal" was cut.
        # The milestone is named inside, as the one she chose (a window is changed through the date it ends on).
        self.setWindowTitle(self.tr("Change a date"))
        chosen = chosen or milestone
        self.heading = QLabel(wording().title(chosen))
        self.heading.setObjectName("dayTitle")
        self.heading.setWordWrap(True)
        self._day_zero = day_zero
        article_value = milestone.article_start or current
        intro = QLabel(
            self.tr(
                "The article's date is {date}. If your doctor gave you another one, "
                "enter it here. You can go back to the article's date at any time."
            ).format(date=long_date(article_value))
        )
        intro.setWordWrap(True)
        if chosen.key != milestone.key:
            intro.setText(
                self.tr("It ends when “{title}” begins, so that date is changed.").format(title=wording().title(milestone))
                + " "
                + intro.text()
            )
        self.by_date = QRadioButton(self.tr("On a date"))
        self.by_days = QRadioButton(
            self.tr("A number of days after the procedure") if procedure else self.tr("A number of days after the miscarriage")
        )
        group = QButtonGroup(self)
        group.addButton(self.by_date)
        group.addButton(self.by_days)
        self.date = date_field(current, self.tr("New date"))
        self.date.set_earliest(
            day_zero + timedelta(days=1),
            (
                self.tr("Choose a date after the procedure ({date}).")
                if procedure
                else self.tr("Choose a date after the miscarriage ({date}).")
            ).format(date=medium_date(day_zero)),
        )
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(max(1, (current - day_zero).days))
        self.days.valueChanged.connect(self._days_suffix)
        self._days_suffix(self.days.value())  # "1 day", "14 days"
        self.days.setAccessibleName(
            self.tr("Days after the procedure") if procedure else self.tr("Days after the miscarriage")
        )
        self.note = note_field(self.tr("For example: Dr. Novak, check-up on 3 March"))
        self.by_days.setChecked(True)
        self.by_date.toggled.connect(self._sync_enabled)
        self._sync_enabled()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)  # the date's reason: the full width
        form.addRow(self.by_days, self.days)
        form.addRow(self.by_date, self.date)
        form.addRow(self.tr("Note"), self.note)
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(comfortable_width(self, READABLE_LETTERS).width())

    def _days_suffix(self, days: int) -> None:
        self.days.setSuffix(plural(self.tr(" day(s)", "", days), days))

    def _sync_enabled(self) -> None:
        self.date.setEnabled(self.by_date.isChecked())
        self.days.setEnabled(self.by_days.isChecked())

    def accept(self) -> None:
        if focus_first_problem([self.date]):  # checks the date only when "On a date" is chosen (enabled)
            super().accept()

    def value(self) -> MilestoneChange:
        note = self.note.text().strip()
        if self.by_date.isChecked():
            day = self.date.value()
            assert day is not None, "accept() lets only an allowed date through"
            return MilestoneChange(day, None, note)
        return MilestoneChange(None, self.days.value(), note)

    @classmethod
    def get_change(
        cls, parent: QWidget | None, milestone: Milestone, loss: DayZero, current: date, chosen: Milestone | None = None
    ) -> MilestoneChange | None:
        """``milestone`` is the date changed; ``chosen`` the row she chose, when that is a window ending on it."""
        dialog = cls(parent, milestone, loss, current, chosen)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AddMilestoneDialog(QDialog):
    """Her own milestone: a title, a date, a note. Also changes one she made (``get_changed``)."""

    def __init__(self, parent: QWidget | None, initial: date, current: OwnMilestone | None = None) -> None:
        super().__init__(parent)
        if current is None:
            self.setWindowTitle(self.tr("Add a milestone of your own"))
        else:
            self.setWindowTitle(self.tr("Change your milestone"))  # her title is in the Title field: it may be long
        self.title = QLineEdit(current.title if current else "")
        self.title.setAccessibleName(self.tr("Title"))
        self.date = date_field(current.day if current else initial)
        self.note = note_field()
        if current is not None:
            self.note.setText(current.note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)  # the date's reason: the full width
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = save_cancel_buttons(self)
        self.title.textChanged.connect(self._sync_enabled)
        self._sync_enabled()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(comfortable_width(self, READABLE_LETTERS).width())

    def _sync_enabled(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.title.text().strip()))

    def accept(self) -> None:
        if self.title.text().strip() and focus_first_problem([self.date]):
            super().accept()

    def value(self) -> OwnMilestone:
        day = self.date.value()
        assert day is not None, "accept() lets only an allowed date through"
        return OwnMilestone(self.title.text().strip(), day, self.note.text().strip())

    @classmethod
    def get_milestone(cls, parent: QWidget | None, initial: date) -> OwnMilestone | None:
        dialog = cls(parent, initial)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def get_changed(cls, parent: QWidget | None, current: OwnMilestone) -> OwnMilestone | None:
        """Her own milestone with a new title, date or note; ``None`` when she cancels."""
        dialog = cls(parent, current.day, current)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
