"""The list of milestones beside the calendar: title, date, status, source."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.guidance import Milestone, Source, Status
from desktop.guidance.engine import OVERRIDABLE_KEYS, OVERRIDE_TARGET
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, wording
from desktop.ui.settings.style import scale_font
from desktop.ui.waiting import on_next_turn

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


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped words at the column's width now: a title is never cut to "Not yet plann…".

    QTreeView asks a delegate for a row's size without the column's width, so a wrapped
    title kept one line's height and its second line was cut off.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        width = self._tree.header().sectionSize(index.column())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 0 or not text:
            return hint
        style = self._tree.style()
        padding = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._tree) * 2 + 2
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, max(1, width - padding), 1 << 20), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


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
        self._sharing = False  # _share_columns lays the rows out once, after all three columns are sized
        self._columns_due = False  # the list was resized: its columns are shared again on the next turn
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Milestone"), self.tr("When"), self.tr("Status"), self.tr("Source")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)  # a long title wraps onto a second line instead of being cut
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 9)  # header and ~4 rows; the pane scrolls below that
        self.tree.setAlternatingRowColors(False)
        self.tree.setAccessibleName(self.tr("Milestones"))
        self.tree.setAccessibleDescription(self.tr("Select a milestone to see its passage in the article."))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # sized by _share_columns
        self.tree.viewport().installEventFilter(self)  # the viewport: a scroll bar appearing narrows it, not the list
        header.sectionResized.connect(self._on_section_resized)  # rows grow or shrink as titles rewrap
        self.tree.itemSelectionChanged.connect(self._on_selection)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on a row: Change… (not a click: KDE activates on one)
            enter = QShortcut(QKeySequence(key), self.tree)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self._on_enter)

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
        """The rows, made whole before they join the list: one layout of the list, not one per row and colour.

        Added one by one and faded after, the rows laid the list out ~9 times (~30 ms at every open).
        """
        selected = self.selected_key()
        self._milestones = list(milestones)
        words = wording()
        faded = self.palette().placeholderText()  # as _fade_finished_rows: the palette in use now
        items: list[QTreeWidgetItem] = []
        for m in milestones:
            badge = self.tr(SOURCE_BADGE[m.source]) if m.source in SOURCE_BADGE else m.source
            when = words.when(m).replace("  (", "\n(", 1)  # the article's date on a line of its own: When stays narrow
            item = QTreeWidgetItem([words.title(m), when, words.status(m), badge])
            item.setData(0, KEY_ROLE, m.key)
            tip = words.explanation(m) + ("\n" + self.tr("Your note: {note}").format(note=m.note) if m.note else "")
            for column in range(4):
                item.setToolTip(column, tip)
                if m.status in (Status.PAST, Status.DONE):
                    item.setForeground(column, faded)
            items.append(item)
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.addTopLevelItems(items)
        for item, m in zip(items, milestones, strict=True):
            if m.key == selected:
                item.setSelected(True)
        self._add_appointment_rows()
        self.tree.blockSignals(False)
        self._share_columns()
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
        self._share_columns()

    def _add_appointment_rows(self) -> None:
        for key, *texts in self._appointment_rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, KEY_ROLE, key)
            self.tree.addTopLevelItem(item)

    def _share_columns(self) -> None:
        """When, Status and Source as wide as their words, but together never more than 60% of the list.

        Seen after one Change…: the When column (a date and the article's date) took
        the whole width and every title shrank to a few letters. Squeezed columns wrap.
        """
        header = self.tree.header()
        room = self.tree.viewport().width()
        metrics = self.tree.fontMetrics()
        padding = 2 * self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 8
        narrowest: dict[int, int] = {}
        wanted: dict[int, int] = {}
        for column in (1, 2, 3):
            items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
            item_texts = [item.text(column) for item in items if item is not None]
            words = [metrics.horizontalAdvance(word) for text in item_texts for word in text.split()]
            narrowest[column] = max([*words, metrics.horizontalAdvance(self.tree.headerItem().text(column))]) + padding
            wanted[column] = max(self.tree.sizeHintForColumn(column), header.sectionSizeHint(column), narrowest[column])
        spare = sum(wanted[c] - narrowest[c] for c in wanted)
        room_left = room * 0.6 - sum(narrowest.values())
        give = 1.0 if spare <= 0 or room <= 0 else max(0.0, min(1.0, room_left / spare))
        sizes = {column: narrowest[column] + int((wanted[column] - narrowest[column]) * give) for column in (1, 2, 3)}
        if all(header.sectionSize(column) == size for column, size in sizes.items()):
            return
        self._sharing = True
        try:
            for column, size in sizes.items():
                header.resizeSection(column, size)
        finally:
            self._sharing = False
        self.tree.doItemsLayout()

    def _on_section_resized(self) -> None:
        if not self._sharing:
            self.tree.doItemsLayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize and not self._columns_due:
            self._columns_due = True  # once the window's layout has settled: it resizes the list several times
            on_next_turn(self, self._share_columns_now)
        return super().eventFilter(watched, event)

    def _share_columns_now(self) -> None:
        self._columns_due = False
        self._share_columns()

    def _fade_finished_rows(self) -> None:
        """Passed and done rows in the palette's quieter text colour, taken from the palette in use now.

        Seen in dark mode: the colour was read once, from the light palette, and the rows
        stayed #101113 on #1E1F22 (≈ 1.1:1) after the theme changed. The quieter colour is
        the one the style's captions use; both palettes give it 4.5:1 on the list's base.
        """
        faded = self.palette().placeholderText()  # the panel's: told of a change before the list is
        for index, m in enumerate(self._milestones):
            item = self.tree.topLevelItem(index)
            if item is None:
                continue
            for column in range(4):
                if m.status in (Status.PAST, Status.DONE):
                    item.setForeground(column, faded)
                else:
                    item.setData(column, Qt.ItemDataRole.ForegroundRole, None)  # the palette's own text colour

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._fade_finished_rows()

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

    def _on_enter(self) -> None:
        if self.change_button.isEnabled():
            self._on_change_clicked()

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
