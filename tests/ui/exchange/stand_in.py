"""The main window's stand-in for the exchange actions (one copy for every test module here)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Window(QWidget):
    """Stands in for the main window: records when the journal is closed and reopened."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []
