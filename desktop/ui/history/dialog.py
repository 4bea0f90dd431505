"""Every recorded date (losses, procedures, periods, consultations), to change or delete.

Deleting asks first, and can be undone until the app closes: the undo stack
lives in ``EventHistory``, which the journal features (``window/journal_features.py``)
create once per open journal and keep, so its ``undo_stack`` can also feed the
Edit menu (``createUndoAction``).

Wiring (journal features)::

    self.event_history = EventHistory(session, parent=self)  # the session stores the events
    self.event_history.changed.connect(session.reload)       # the plan depends on events
    HistoryDialog.show_history(window, self.event_history, today)

An event restored by undo keeps its id when it is still free; when SQLite has
given the id to a newer event, the restored one gets a new id and the
commands that refer to it follow (each command holds a shared ``_EventHandle``).
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.guidance import RecordedEvent
from desktop.guidance.kinds import EventKind
from desktop.ui.settings.i18n import kind_label, medium_date

ID_ROLE = Qt.ItemDataRole.UserRole


class EventStore(Protocol):
    """The part of ``Journal`` this module uses."""

    def list_events(self) -> list[RecordedEvent]: ...
    def update_event(self, event_id: int, kind: EventKind, day: date, note: str) -> RecordedEvent: ...
    def delete_event(self, event_id: int) -> RecordedEvent: ...
    def restore_event(self, record: RecordedEvent) -> RecordedEvent: ...


class _EventHandle:
    """The current id of one event, shared by every command that touches it."""

    def __init__(self, event_id: int) -> None:
        self.id = event_id


def _describe(event: RecordedEvent) -> str:
    return QCoreApplication.translate("HistoryDialog", "{kind} on {date}").format(
        kind=kind_label(event.kind).lower(), date=medium_date(event.date)
    )


class _DeleteCommand(QUndoCommand):
    def __init__(self, history: EventHistory, handle: _EventHandle, record: RecordedEvent) -> None:
        text = QCoreApplication.translate("HistoryDialog", "delete the {event}")
        super().__init__(text.format(event=_describe(record)))
        self._history, self._handle, self._record = history, handle, record

    def redo(self) -> None:
        self._record = self._history.store.delete_event(self._handle.id)
        self._history.forget(self._handle)
        self._history.changed.emit()

    def undo(self) -> None:
        restored = self._history.store.restore_event(self._record)
        assert restored.id is not None
        self._history.remember(self._handle, restored.id)
        self._history.changed.emit()


class _EditCommand(QUndoCommand):
    """Pushed once the store has taken the change, so a refusal never leaves a command on the stack."""

    def __init__(self, history: EventHistory, handle: _EventHandle, before: RecordedEvent, after: RecordedEvent) -> None:
        text = QCoreApplication.translate("HistoryDialog", "change the {event}")
        super().__init__(text.format(event=_describe(before)))
        self._history, self._handle, self._before, self._after = history, handle, before, after
        self._applied = True  # the first redo (from push) finds the change already stored

    def _apply(self, record: RecordedEvent) -> None:
        self._history.store.update_event(self._handle.id, record.kind, record.date, record.note)
        self._history.changed.emit()

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            self._history.changed.emit()
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class EventHistory(QObject):
    """Changes to recorded dates, undoable until the app closes."""

    changed = Signal()

    def __init__(self, store: EventStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._handles: dict[int, _EventHandle] = {}

    def events(self) -> list[RecordedEvent]:
        """Newest first: the most recent loss is what she is most likely to look for."""
        return sorted(self.store.list_events(), key=lambda e: (e.date, e.id or 0), reverse=True)

    def delete(self, event: RecordedEvent) -> None:
        self.undo_stack.push(_DeleteCommand(self, self._handle(event), event))

    def edit(self, before: RecordedEvent, kind: EventKind, day: date, note: str) -> None:
        """Raises JournalError when the store refuses the change; then nothing is stored or pushed."""
        after = RecordedEvent(kind, day, note, before.id)
        if after != before:
            handle = self._handle(before)
            self.store.update_event(handle.id, kind, day, note)
            self.undo_stack.push(_EditCommand(self, handle, before, after))

    def _handle(self, event: RecordedEvent) -> _EventHandle:
        assert event.id is not None, "only stored events can be changed"
        return self._handles.setdefault(event.id, _EventHandle(event.id))

    def forget(self, handle: _EventHandle) -> None:
        if self._handles.get(handle.id) is handle:
            del self._handles[handle.id]

    def remember(self, handle: _EventHandle, event_id: int) -> None:
        handle.id = event_id
        self._handles[event_id] = handle


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, history: EventHistory, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recorded dates"))
        self.resize(620, 420)
        self._history = history
        self._today = today

        caption = QLabel(self.tr("Everything you have recorded, newest first. The plan follows these dates."))
        caption.setObjectName("panelCaption")
        caption.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Recorded dates"))
        self.table.setAccessibleDescription(self.tr("The Delete key removes the selected date, after asking."))
        self.empty = QLabel(self.tr("No dates are recorded yet."))
        self.empty.setObjectName("hint")

        self.edit_button = QPushButton(self.tr("&Change…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button = QPushButton(self.tr("&Redo"))
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(history.undo_stack.undo)
        self.redo_button.clicked.connect(history.undo_stack.redo)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        history.changed.connect(self.reload)
        history.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        self.reload()
        if self.table.rowCount():  # the newest date chosen: Delete and Change work from her first key
            self.table.selectRow(0)  # (seen under Xvfb: the first row looked current, but Delete did nothing)

    @classmethod
    def show_history(cls, parent: QWidget | None, history: EventHistory, today: date) -> None:
        dialog = cls(parent, history, today)
        dialog.exec()
        dialog.deleteLater()

    # -- API -----------------------------------------------------------------------

    def reload(self) -> None:
        if not self._alive():
            self._detach()
            return
        selected = self.selected_event()
        events = self._history.events()
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = (medium_date(event.date), kind_label(event.kind), event.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, event)
                self.table.setItem(row, column, item)
            if selected is not None and event.id == selected.id:
                self.table.selectRow(row)
        self.empty.setVisible(not events)
        self._update_buttons()

    def selected_event(self) -> RecordedEvent | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(ID_ROLE) if item else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def shown_events(self) -> list[RecordedEvent]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item.data(ID_ROLE) for item in items if item is not None]

    def edit_selected(self) -> None:
        from desktop.ui.history.record_dialog import RecordDateDialog

        event = self.selected_event()
        if event is None:
            return
        dialog = RecordDateDialog(self, self._today, event.kind, event.date)
        dialog.setWindowTitle(self.tr("Change a recorded date"))
        dialog.date.setDate(event.date)  # as stored, even when it breaks a rule now: the field then says why
        dialog.note.setText(event.note)
        dialog.run(lambda value: self._history.edit(event, EventKind(value.kind), value.date, value.note))

    def delete_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete this date?"),
            self.tr("Delete the {event}?\nYou can undo this until you close Recovery Journal.").format(
                event=_describe(event)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._history.delete(event)

    def done(self, result: int) -> None:
        """The history outlives this dialog: stop listening to it before the widgets go."""
        self._detach()
        super().done(result)

    # -- internals -----------------------------------------------------------------

    def _alive(self) -> bool:
        """False while Qt is tearing this dialog down without it having been closed first."""
        widgets = (self, self.table, self.empty, self.edit_button, self.delete_button, self.undo_button, self.redo_button)
        return all(shiboken6.isValid(widget) for widget in widgets)

    def _detach(self) -> None:
        connections = (
            (self._history.changed, self.reload),
            (self._history.undo_stack.indexChanged, self._on_undo_index_changed),
        )
        for signal, slot in connections:
            with contextlib.suppress(RuntimeError, TypeError):  # already detached
                signal.disconnect(slot)

    def _on_undo_index_changed(self, _index: int) -> None:
        if not self._alive():
            self._detach()
            return
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = self.selected_event() is not None
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        stack = self._history.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.undo_button.setToolTip(self.tr("Undo: {action}").format(action=stack.undoText()) if stack.canUndo() else "")
        self.redo_button.setEnabled(stack.canRedo())
        self.redo_button.setToolTip(self.tr("Redo: {action}").format(action=stack.redoText()) if stack.canRedo() else "")
