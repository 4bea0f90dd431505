"""A file path with a "Choose…" button, shared by the Export and Import dialogs (typing a path works as well)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class PathField(QWidget):
    """A file path with a "Choose…" button; typing a path works as well."""

    def __init__(self, choose: Callable[[str], str], accessible_name: str) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(lambda: self._choose(choose))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)

    def _choose(self, choose: Callable[[str], str]) -> None:
        chosen = choose(self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None
