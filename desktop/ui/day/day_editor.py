"""The note editor for one day, with quiet autosave.

Every change goes to the session's :class:`~desktop.ui.day.autosave.DayAutosave`
(the one road to the journal, shared with the day's fields): it saves 1 s after
typing stops, at least every 5 s while she keeps typing, when the day changes
and when the window closes (``flush``), and retries after a failure. Showing a
day whose words are still waiting shows those words, not the stored ones. The
editor never sees the store.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.calendar.view import to_qdate
from desktop.ui.day.autosave import DayAutosave, DayEdit
from desktop.ui.settings.style import scale_font


class DayEditor(QWidget):
    save_failed = Signal(str)

    def __init__(self, autosave: DayAutosave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self._day: date | None = None
        self._loading = False

        self.title = QLabel()
        self.title.setObjectName("dayTitle")
        scale_font(self.title, 1.15)
        self.state = QLabel()
        self.state.setObjectName("saveState")
        self.state.setAccessibleName(self.tr("Save state"))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write anything you like about this day. It stays on this computer."))
        self.editor.setAccessibleName(self.tr("Note for the selected day"))
        self.editor.setAccessibleDescription(self.tr("Saved automatically a second after you stop typing."))
        self.editor.setTabChangesFocus(True)
        self.editor.setEnabled(False)
        self.editor.document().setDocumentMargin(10)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)

        self.editor.textChanged.connect(self._on_text_changed)
        self.autosave.saved.connect(self._on_saved)
        self.autosave.failed.connect(self._on_failed)
        self.autosave.state_changed.connect(self._show_state)

    # -- API -----------------------------------------------------------------------

    def day(self) -> date | None:
        return self._day

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_dirty(self) -> bool:
        """Her words for the day shown are not in the journal yet."""
        pending = self.autosave.pending(self._day)
        return pending is not None and pending.text is not None

    def show_day(self, day: date, text: str) -> None:
        """Switch to ``day`` and show its text (or her unsaved words for it); the previous day saves on the worker."""
        self.autosave.save_soon()
        pending = self.autosave.pending(day)
        if pending is not None and pending.text is not None:
            text = pending.text
        self._day = day
        long_date = QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
        self.title.setText(long_date)
        self.editor.setAccessibleName(self.tr("Note for %1").replace("%1", long_date))  # the day is said with the note
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self.editor.setEnabled(True)
        self.state.setText("")
        self._show_state()

    def flush(self) -> bool:
        """Write every pending edit now. Returns False (and keeps them) if saving failed."""
        return self.autosave.flush_now()

    # -- internals -----------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if self._loading or self._day is None:
            return
        self.autosave.edit(DayEdit(self._day, text=self.text()))

    def _on_saved(self, edit: DayEdit, _record: object) -> None:
        if edit.day == self._day and self.autosave.pending(self._day) is None:
            self.state.setText(self.tr("Saved"))

    def _on_failed(self, message: str) -> None:
        self._show_state()
        self.save_failed.emit(message)  # the message names the problem, never the note's text

    def _show_state(self) -> None:
        """Editing… while her words wait for the debounce, Not saved while a save failed; Saved stays after a save."""
        if self.autosave.pending(self._day) is None:
            self.state.setToolTip("")
            self.state.setAccessibleDescription("")
            return
        problem = self.autosave.problem()
        self.state.setText(self.tr("Not saved") if problem else self.tr("Editing…"))
        self.state.setToolTip(problem)  # why, in plain words: her words are kept and retried
        self.state.setAccessibleDescription(problem)
