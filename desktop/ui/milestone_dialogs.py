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

from desktop.guidance import Milestone
from desktop.ui.calendar import to_date, to_qdate
from desktop.ui.form_fields import date_field, note_field, save_cancel_buttons
from desktop.ui.i18n import long_date
from desktop.ui.plan_text import milestone_title


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


class ChangeMilestoneDialog(QDialog):
    """'My doctor said two weeks': a new date, or a number of days after day 0, plus a note."""

    def __init__(self, parent: QWidget | None, milestone: Milestone, day_zero: date, current: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change: {title}").format(title=milestone_title(milestone)))
        self._day_zero = day_zero
        article_value = milestone.article_start or current
        intro = QLabel(
            self.tr(
                "The article's date is {date}. If your doctor gave you another one, "
                "enter it here. You can go back to the article's date at any time."
            ).format(date=long_date(article_value))
        )
        intro.setWordWrap(True)
        self.by_date = QRadioButton(self.tr("On a date"))
        self.by_days = QRadioButton(self.tr("A number of days after day 0"))
        group = QButtonGroup(self)
        group.addButton(self.by_date)
        group.addButton(self.by_days)
        self.date = date_field(current, self.tr("New date"))
        self.date.setMinimumDate(to_qdate(day_zero + timedelta(days=1)))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(max(1, (current - day_zero).days))
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days after day 0"))
        self.note = note_field(self.tr("For example: Dr. Novak, check-up on 3 March"))
        self.by_days.setChecked(True)
        self.by_date.toggled.connect(self._sync_enabled)
        self._sync_enabled()
        form = QFormLayout()
        form.addRow(self.by_days, self.days)
        form.addRow(self.by_date, self.date)
        form.addRow(self.tr("Note"), self.note)
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _sync_enabled(self) -> None:
        self.date.setEnabled(self.by_date.isChecked())
        self.days.setEnabled(self.by_days.isChecked())

    def value(self) -> MilestoneChange:
        note = self.note.text().strip()
        if self.by_date.isChecked():
            return MilestoneChange(to_date(self.date.date()), None, note)
        return MilestoneChange(None, self.days.value(), note)

    @classmethod
    def get_change(
        cls, parent: QWidget | None, milestone: Milestone, day_zero: date, current: date
    ) -> MilestoneChange | None:
        dialog = cls(parent, milestone, day_zero, current)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AddMilestoneDialog(QDialog):
    def __init__(self, parent: QWidget | None, initial: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a milestone of your own"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.date = date_field(initial)
        self.note = note_field()
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = save_cancel_buttons(self)
        self.title.textChanged.connect(self._sync_enabled)
        self._sync_enabled()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _sync_enabled(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.title.text().strip()))

    def value(self) -> OwnMilestone:
        return OwnMilestone(self.title.text().strip(), to_date(self.date.date()), self.note.text().strip())

    @classmethod
    def get_milestone(cls, parent: QWidget | None, initial: date) -> OwnMilestone | None:
        dialog = cls(parent, initial)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
