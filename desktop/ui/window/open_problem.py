"""The banner shown when the journal cannot be opened (or its plan cannot be made), with the ways out.

She is never left with a blank, disabled window: the banner says what is
wrong in plain words and offers only what can help this fault. Try again for a
busy journal or a full disk; Restore only for damage, an empty or a missing
file; Correct a date and Export when the file is fine but a date in it cannot
be planned; Start a new journal when the file is missing or empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the store loads after the first paint
    from desktop.store.diagnosis import Diagnosis


def fault_text(diagnosis: Diagnosis) -> str:
    """The diagnosis in her language (the store keeps the one English wording, marked for translation)."""
    from desktop.store.diagnosis import CONTEXT, MESSAGES

    return diagnosis.message(QCoreApplication.translate(CONTEXT, MESSAGES[diagnosis.fault]))


@dataclass(frozen=True)
class WaysOut:
    """Which buttons the banner shows."""

    retry: bool = False
    restore: bool = False
    start_new: bool = False
    correct_dates: bool = False
    export: bool = False


class ProblemBanner(QFrame):
    """A message and the buttons that may help; the window wires each button's signal."""

    retry_requested = Signal()
    restore_requested = Signal()
    start_new_requested = Signal()
    correct_dates_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.message = QLabel("")
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try a&gain"))
        self.restore_button = QPushButton(self.tr("Restore a bac&kup…"))
        self.new_button = QPushButton(self.tr("Start a &new journal"))
        self.history_button = QPushButton(self.tr("Correct a &date…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retry_button.clicked.connect(self.retry_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.new_button.clicked.connect(self.start_new_requested)
        self.history_button.clicked.connect(self.correct_dates_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.hide()

    def buttons(self) -> list[QPushButton]:
        return [self.retry_button, self.restore_button, self.new_button, self.history_button, self.export_button]

    def show_problem(self, text: str, ways: WaysOut = WaysOut()) -> None:
        self.message.setText(text)
        self.retry_button.setVisible(ways.retry)
        self.restore_button.setVisible(ways.restore)
        self.new_button.setVisible(ways.start_new)
        self.history_button.setVisible(ways.correct_dates)
        self.export_button.setVisible(ways.export)
        self.show()
        first = next((button for button in self.buttons() if button.isVisibleTo(self)), None)
        if first is not None:
            first.setFocus()

    def offered(self) -> WaysOut:
        return WaysOut(
            retry=self.retry_button.isVisibleTo(self),
            restore=self.restore_button.isVisibleTo(self),
            start_new=self.new_button.isVisibleTo(self),
            correct_dates=self.history_button.isVisibleTo(self),
            export=self.export_button.isVisibleTo(self),
        )
