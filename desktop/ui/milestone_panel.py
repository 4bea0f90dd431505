"""The list of milestones beside the calendar: title, date, status, source."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.guidance import Milestone
from desktop.guidance.engine import OVERRIDABLE_KEYS, OVERRIDE_TARGET, SOURCE_DOCTOR, countdown_phrase
from desktop.ui.calendar import to_qdate
from desktop.ui.style import scale_font

DISCLAIMER = (
    "Dates come from the article “Sex after a miscarriage” (shown on the right), from your doctor, "
    "or from you. Recovery Journal does not give medical advice; your own doctor's instructions come first."
)

SOURCE_BADGE = {"article": "Article", "estimate": "Estimate", "doctor": "Your doctor", "user": "Yours"}
KEY_ROLE = Qt.ItemDataRole.UserRole


def format_day(day: date) -> str:
    """'26 Nov 2026' in the user's language: unambiguous and short."""
    return QLocale().toString(to_qdate(day), "d MMM yyyy")


def when_text(m: Milestone) -> str:
    if m.start is None:
        return ""
    if m.kind == "window" and m.end is not None:
        text = f"until {format_day(m.end)}"
    elif m.end is not None:  # the first-period estimate band
        text = f"{format_day(m.start)} – {format_day(m.end - timedelta(days=1))}"
    elif m.kind == "todo" and m.status == "open":
        text = f"before {format_day(m.start)}"
    else:
        text = format_day(m.start)
    if m.source == SOURCE_DOCTOR and m.article_start is not None:
        article_value = m.article_end if m.kind == "window" else m.article_start
        if article_value is not None:
            text += f"  (article: {format_day(article_value)})"
    return text


def status_text(m: Milestone) -> str:
    if m.status == "done":
        return "done"
    if m.status == "open":
        return "to do"
    if m.status == "past":
        return "passed"
    if m.is_band and m.status == "today" and m.days_remaining is not None:
        return f"now · {m.days_remaining} day{'s' if m.days_remaining != 1 else ''} left"
    if m.days_remaining is not None:
        return countdown_phrase(m.days_remaining)
    return m.status


def can_change(m: Milestone) -> bool:
    return OVERRIDE_TARGET.get(m.key, m.key) in OVERRIDABLE_KEYS


class MilestonePanel(QWidget):
    milestone_selected = Signal(object)  # Milestone
    change_requested = Signal(object)  # Milestone
    reset_requested = Signal(object)  # Milestone
    add_requested = Signal()
    delete_own_requested = Signal(object)  # Milestone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._milestones: list[Milestone] = []
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(["Milestone", "When", "Status", "Source"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setAccessibleName("Milestones")
        self.tree.setAccessibleDescription("Select a milestone to see its passage in the article.")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._on_selection)

        self.change_button = QPushButton("Change…")
        self.change_button.setToolTip("Use your doctor's date instead of the article's")
        self.reset_button = QPushButton("Reset to the article")
        self.add_button = QPushButton("Add my own…")
        self.delete_button = QPushButton("Remove")
        for button in (self.change_button, self.reset_button, self.add_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.change_button.clicked.connect(lambda: self._emit_for_selected(self.change_requested))
        self.reset_button.clicked.connect(lambda: self._emit_for_selected(self.reset_requested))
        self.delete_button.clicked.connect(lambda: self._emit_for_selected(self.delete_own_requested))
        self.add_button.clicked.connect(self.add_requested)

        self.empty_label = QLabel("Record the date of the loss or the procedure to see the article's milestones.")
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("hint")
        self.disclaimer = QLabel(DISCLAIMER)
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setObjectName("disclaimer")
        scale_font(self.disclaimer, 0.9)
        self.disclaimer.setAccessibleName("Not medical advice")

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
        layout.addWidget(self.disclaimer)
        self._update_buttons()

    def set_milestones(self, milestones: list[Milestone]) -> None:
        selected = self.selected_key()
        self._milestones = list(milestones)
        self.tree.blockSignals(True)
        self.tree.clear()
        for m in milestones:
            item = QTreeWidgetItem([m.title, when_text(m), status_text(m), SOURCE_BADGE.get(m.source, m.source)])
            item.setData(0, KEY_ROLE, m.key)
            tip = m.explanation + (f"\nYour note: {m.note}" if m.note else "")
            for column in range(4):
                item.setToolTip(column, tip)
            if m.status in ("past", "done"):
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
            if m.key == selected:
                item.setSelected(True)
        self.tree.blockSignals(False)
        self.empty_label.setVisible(not milestones)
        self.add_button.setEnabled(bool(milestones))
        self._update_buttons()

    def tab_chain(self) -> list[QWidget]:
        """The list, then its buttons in the order they read: for the window's tab order."""
        return [self.tree, self.change_button, self.reset_button, self.delete_button, self.add_button]

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
        self.change_button.setEnabled(milestone is not None and can_change(milestone))
        self.reset_button.setEnabled(milestone is not None and milestone.source == SOURCE_DOCTOR)
        self.delete_button.setVisible(milestone is not None and milestone.source == "user")

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        milestone = self.selected()
        if milestone is not None:
            signal.emit(milestone)
