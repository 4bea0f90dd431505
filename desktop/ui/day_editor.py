"""The note editor for one day, with quiet autosave.

Saves 1 s after typing stops, when the day changes and when the window closes
(``flush``). Saving goes through a callable so the editor never sees the store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.calendar import to_qdate
from desktop.ui.style import scale_font

AUTOSAVE_DELAY_MS = 1000

SaveText = Callable[[date, str], None]


class DayEditor(QWidget):
    saved = Signal(object)  # the date whose text was written
    save_failed = Signal(str)

    def __init__(self, save_text: SaveText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save_text = save_text
        self._day: date | None = None
        self._dirty = False
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

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._on_text_changed)

    # -- API -----------------------------------------------------------------------

    def day(self) -> date | None:
        return self._day

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_dirty(self) -> bool:
        return self._dirty

    def show_day(self, day: date, text: str) -> None:
        """Switch to ``day`` (saving the previous day first) and show its text."""
        self.flush()
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
        self._dirty = False
        self.state.setText("")

    def flush(self) -> bool:
        """Write pending text now. Returns False (and keeps the text) if saving failed."""
        self._timer.stop()
        if not self._dirty or self._day is None:
            return True
        try:
            self._save_text(self._day, self.text())
        except Exception as error:  # the message names the problem, never the note's text
            self.state.setText(self.tr("Not saved"))
            self.save_failed.emit(str(error))
            return False
        self._dirty = False
        self.state.setText(self.tr("Saved"))
        self.saved.emit(self._day)
        return True

    # -- internals -----------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.state.setText(self.tr("Editing…"))
        self._timer.start()
