"""The list of milestones beside the calendar: title, date, status, source."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.guidance import Milestone, Source, Status
from desktop.guidance.engine import OVERRIDABLE_KEYS, OVERRIDE_TARGET
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, wording
from desktop.ui.settings.style import scale_font

SOURCE_BADGE = {  # English; shown through QCoreApplication.translate("MilestonePanel", …)
    "article": QT_TRANSLATE_NOOP("MilestonePanel", "Article"),
    "estimate": QT_TRANSLATE_NOOP("MilestonePanel", "Estimate"),
    "doctor": QT_TRANSLATE_NOOP("MilestonePanel", "Your doctor"),
    "user": QT_TRANSLATE_NOOP("MilestonePanel", "Yours"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole
APPOINTMENT_PREFIX = "appointment-"  # keys of appointment rows (not milestones: nothing to change or reset)


def can_change(m: Milestone) -> bool:
    return OVERRIDE_TARGET.get(m.key, m.key) in OVERRIDABLE_KEYS


class MilestonePanel(QWidget):
    milestone_selected = Signal(object)  # Milestone
    change_requested = Signal(object)  # Milestone
    reset_requested = Signal(object)  # Milestone
    add_requested = Signal()
    delete_own_requested = Signal(object)  # Milestone
    change_own_requested = Signal(object)  # Milestone (her own: title, date, note)
    undo_requested = Signal()  # the Undo button of the notice after a reset
    remove_appointment_requested = Signal(str)  # an appointment row's key ("appointment-<id>"): Remove was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._milestones: list[Milestone] = []
        self._appointment_rows: list[list[str]] = []  # booked appointments, after the plan (set_appointments)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Milestone"), self.tr("When"), self.tr("Status"), self.tr("Source")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setAccessibleName(self.tr("Milestones"))
        self.tree.setAccessibleDescription(self.tr("Select a milestone to see its passage in the article."))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._on_selection)

        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setToolTip(self.tr("Use your doctor's date instead of the article's"))
        self.reset_button = QPushButton(self.tr("Reset to the article"))
        self.add_button = QPushButton(self.tr("Add my own…"))
        self.delete_button = QPushButton(self.tr("Remove"))
        for button in (self.change_button, self.reset_button, self.add_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.change_button.clicked.connect(self._on_change_clicked)
        self.reset_button.clicked.connect(lambda: self._emit_for_selected(self.reset_requested))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.add_button.clicked.connect(self.add_requested)

        self.empty_label = QLabel(
            self.tr("Record the date of the loss or the procedure to see the article's milestones.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("hint")
        self.disclaimer = QLabel(wording().not_medical_advice())
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setObjectName("disclaimer")
        scale_font(self.disclaimer, 0.9)
        self.disclaimer.setAccessibleName(self.tr("Not medical advice"))

        self.notice = QFrame()
        self.notice.setObjectName("undoNotice")
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the reset"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.undo_button)
        notice_layout.addWidget(self.dismiss_button)
        self.notice.hide()
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.dismiss_button.clicked.connect(self.hide_notice)
        for button in (self.change_button, self.add_button, self.delete_button):
            button.clicked.connect(self.hide_notice)  # another change: the reset is no longer the last thing to undo

        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.disclaimer)
        self._update_buttons()

    def set_milestones(self, milestones: list[Milestone]) -> None:
        selected = self.selected_key()
        self._milestones = list(milestones)
        self.tree.blockSignals(True)
        self.tree.clear()
        for m in milestones:
            badge = self.tr(SOURCE_BADGE[m.source]) if m.source in SOURCE_BADGE else m.source
            words = wording()
            item = QTreeWidgetItem([words.title(m), words.when(m), words.status(m), badge])
            item.setData(0, KEY_ROLE, m.key)
            tip = words.explanation(m) + ("\n" + self.tr("Your note: {note}").format(note=m.note) if m.note else "")
            for column in range(4):
                item.setToolTip(column, tip)
            if m.status in (Status.PAST, Status.DONE):
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
            if m.key == selected:
                item.setSelected(True)
        self._add_appointment_rows()
        self.tree.blockSignals(False)
        self.empty_label.setVisible(not milestones)
        self.add_button.setEnabled(bool(milestones))
        self._update_buttons()

    def set_appointments(self, rows: list[list[str]]) -> None:
        """Appointments to come, as rows [key, title, when, status, source] (desktop/ui/plan/appointments.py)."""
        self._appointment_rows = [list(row) for row in rows]
        self.tree.blockSignals(True)
        for index in reversed(range(self.tree.topLevelItemCount())):
            item = self.tree.topLevelItem(index)
            if item is not None and str(item.data(0, KEY_ROLE)).startswith(APPOINTMENT_PREFIX):
                self.tree.takeTopLevelItem(index)
        self._add_appointment_rows()
        self.tree.blockSignals(False)

    def _add_appointment_rows(self) -> None:
        for key, *texts in self._appointment_rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, KEY_ROLE, key)
            self.tree.addTopLevelItem(item)

    def tab_chain(self) -> list[QWidget]:
        """The list, then its buttons in the order they read: for the window's tab order."""
        return [
            self.tree, self.change_button, self.reset_button, self.delete_button, self.add_button,
            self.undo_button, self.dismiss_button,
        ]

    def show_undo_notice(self, text: str) -> None:
        """'Reset to the article's date.' with Undo beside it; the focus goes there so the keyboard finds it."""
        self.notice_text.setText(text)
        self.notice.show()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def hide_notice(self) -> None:
        self.notice.hide()

    def _on_undo_clicked(self) -> None:
        self.hide_notice()
        self.undo_requested.emit()

    def _on_delete_clicked(self) -> None:
        key = self.selected_key()
        if key is not None and key.startswith(APPOINTMENT_PREFIX):
            self.remove_appointment_requested.emit(key)
        else:
            self._emit_for_selected(self.delete_own_requested)

    def _on_change_clicked(self) -> None:
        milestone = self.selected()
        if milestone is None:
            return
        if milestone.source is Source.USER:
            self.change_own_requested.emit(milestone)
        else:
            self.change_requested.emit(milestone)

    def milestones(self) -> list[Milestone]:
        return list(self._milestones)

    def selected_key(self) -> str | None:
        items = self.tree.selectedItems()
        return str(items[0].data(0, KEY_ROLE)) if items else None

    def selected(self) -> Milestone | None:
        key = self.selected_key()
        return next((m for m in self._milestones if m.key == key), None)

    def _item(self, key: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, KEY_ROLE) == key:
                return item
        return None

    def select_key(self, key: str) -> None:
        item = self._item(key)
        if item is not None:
            self.tree.setCurrentItem(item)

    def row_texts(self, key: str) -> list[str]:
        item = self._item(key)
        return [item.text(column) for column in range(4)] if item is not None else []

    def _on_selection(self) -> None:
        self._update_buttons()
        milestone = self.selected()
        if milestone is not None:
            self.milestone_selected.emit(milestone)

    def _update_buttons(self) -> None:
        milestone = self.selected()
        own = milestone is not None and milestone.source is Source.USER
        self.change_button.setEnabled(milestone is not None and (own or can_change(milestone)))
        self.change_button.setToolTip(
            self.tr("Change the title, date or note of your milestone")
            if own
            else self.tr("Use your doctor's date instead of the article's")
        )
        self.reset_button.setEnabled(milestone is not None and milestone.source is Source.DOCTOR)
        appointment = (self.selected_key() or "").startswith(APPOINTMENT_PREFIX)
        self.delete_button.setVisible((milestone is not None and milestone.source is Source.USER) or appointment)

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        milestone = self.selected()
        if milestone is not None:
            signal.emit(milestone)
