"""Changing the plan from the window: record a date, change or reset a milestone, her own milestones.

Each change opens its dialog (``…Dialog.get_…``), goes through the session
(the store's rules refuse a bad value in one line, and nothing changes), and
the session's ``changed`` signal refreshes every view. Resetting a doctor's
date offers Undo beside the milestone list until the next reset.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_DISPLAY_NAME
from desktop.guidance import Milestone, Override
from desktop.guidance.engine import OVERRIDE_TARGET, day_zero_for
from desktop.guidance.kinds import EventKind
from desktop.ui.plan.milestone_panel import MilestonePanel
from desktop.ui.session import JournalSession
from desktop.ui.settings.i18n import kind_label, wording

translate = QCoreApplication.translate  # the words keep the "MainWindow" context they were translated in


class PlanEditing(QObject):
    def __init__(
        self,
        session: JournalSession,
        parent: QWidget,
        milestones: MilestonePanel,
        *,
        selected_day: Callable[[], date],
        say: Callable[[str, int], None],
    ) -> None:
        """``say(text, ms)`` shows a short confirmation in the status line."""
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._milestones = milestones
        self._selected_day = selected_day
        self._say = say
        self._undo_reset: tuple[str, Override] | None = None  # the doctor's date a reset took away
        milestones.change_requested.connect(self.change_milestone)
        milestones.reset_requested.connect(self.reset_milestone)
        milestones.add_requested.connect(self.add_own_milestone)
        milestones.delete_own_requested.connect(self.delete_own_milestone)
        milestones.change_own_requested.connect(self.change_own_milestone)
        milestones.undo_requested.connect(self.undo_reset)

    def record_date(self, kind: EventKind | None = None) -> None:
        if not self._session.is_open():
            return
        from desktop.ui.history.record_dialog import RecordDateDialog

        session = self._session
        recorded = RecordDateDialog.get_date(self._parent, session.today(), kind, self._selected_day())
        if recorded is not None and self.stored(lambda: session.add_event(recorded.kind, recorded.date, recorded.note)):
            self._say(translate("MainWindow", "Recorded: {kind}").format(kind=kind_label(recorded.kind)), 4000)

    def change_milestone(self, milestone: Milestone) -> None:
        session = self._session
        zero = session.day_zero() if session.is_open() else None
        if zero is None or milestone.start is None:
            return
        from desktop.ui.plan.milestone_dialogs import ChangeMilestoneDialog

        date_key = OVERRIDE_TARGET.get(milestone.key, milestone.key)  # a window is changed through its end date
        target = next((m for m in session.milestones() if m.key == date_key), milestone)
        current = target.due or target.start or milestone.start
        change = ChangeMilestoneDialog.get_change(self._parent, target, zero, current, milestone)
        if change is not None and self.stored(
            lambda: session.change_milestone(milestone.key, day=change.day, offset_days=change.offset_days, note=change.note)
        ):
            self._milestones.select_key(milestone.key)

    def reset_milestone(self, milestone: Milestone) -> None:
        """Back to the article's date, with Undo beside the list: the doctor's date and note come back."""
        if not self._session.is_open():
            return
        target = OVERRIDE_TARGET.get(milestone.key, milestone.key)
        history = self._session.history()
        loss = day_zero_for(history)
        current = history.overrides_for(loss) if loss is not None else ()
        override = next((o for o in current if o.key == target), None)  # this loss's change, not an earlier one's
        self._session.reset_milestone(milestone.key)
        self._milestones.select_key(milestone.key)
        self._undo_reset = (milestone.key, override) if override is not None else None
        if override is not None:
            self._milestones.show_undo_notice(
                translate("MainWindow", "“{title}” is back to the article's date.").format(title=wording().title(milestone))
            )

    def undo_reset(self) -> None:
        pending, self._undo_reset = self._undo_reset, None
        if not self._session.is_open() or pending is None:
            return
        key, override = pending
        self._session.change_milestone(key, day=override.date, offset_days=override.offset_days, note=override.note)
        self._milestones.select_key(key)
        self._say(translate("MainWindow", "Your doctor's date is back."), 4000)

    def change_own_milestone(self, milestone: Milestone) -> None:
        """Her own milestone changed like the article's: title, date, note."""
        if not self._session.is_open() or milestone.custom_id is None or milestone.start is None:
            return
        from desktop.ui.plan.milestone_dialogs import AddMilestoneDialog, OwnMilestone

        own = OwnMilestone(milestone.title, milestone.start, milestone.note)
        changed = AddMilestoneDialog.get_changed(self._parent, own)
        if changed is not None:
            custom_id = milestone.custom_id
            if self.stored(lambda: self._session.change_own_milestone(custom_id, changed.title, changed.day, changed.note)):
                self._milestones.select_key(milestone.key)

    def add_own_milestone(self) -> None:
        if not self._session.is_open():
            return
        from desktop.ui.plan.milestone_dialogs import AddMilestoneDialog

        own = AddMilestoneDialog.get_milestone(self._parent, self._selected_day())
        if own is not None:
            self.stored(lambda: self._session.add_own_milestone(own.title, own.day, own.note))

    def delete_own_milestone(self, milestone: Milestone) -> None:
        if not self._session.is_open() or milestone.custom_id is None:
            return
        answer = QMessageBox.question(
            self._parent,
            translate("MainWindow", "Remove milestone"),
            translate("MainWindow", "Remove “{title}”?").format(title=milestone.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._session.delete_own_milestone(milestone.custom_id)

    def stored(self, store: Callable[[], object]) -> bool:
        """Run a change through the store's rules; a refusal is shown in its one line and nothing changes."""
        from desktop.store import JournalError

        try:
            store()
        except JournalError as error:
            QMessageBox.warning(self._parent, APP_DISPLAY_NAME, str(error))
            return False
        return True
