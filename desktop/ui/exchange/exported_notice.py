"""After an export: "Open the file" and "Show the folder", in the status bar, until dismissed or the next one.

Non-modal, so nothing waits on her and nothing is in the way: the exported file
is opened, or its folder shown, by the desktop's own programs through a local
``file:`` URL (no network).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

UrlOpener = Callable[[QUrl], object]


class ExportedNotice(QWidget):
    """A line and two buttons; ``open_url`` is the desktop's (``QDesktopServices.openUrl``) unless a test gives one."""

    def __init__(self, parent: QWidget | None = None, open_url: UrlOpener | None = None) -> None:
        super().__init__(parent)
        self._open_url = open_url
        self._path: Path | None = None
        self.text = QLabel()
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.folder_button = QPushButton(self.tr("Show the &folder"))
        self.close_button = QPushButton(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_for(self, path: Path) -> None:
        self._path = path
        self.text.setText(self.tr("Exported {name}.").format(name=path.name))
        self.text.setToolTip(str(path))
        self.show()
        self.open_button.setFocus()

    def open_file(self) -> None:
        if self._path is not None:
            self._open(QUrl.fromLocalFile(str(self._path)))

    def show_folder(self) -> None:
        if self._path is not None:
            self._open(QUrl.fromLocalFile(str(self._path.parent)))

    def _open(self, url: QUrl) -> None:
        (self._open_url or QDesktopServices.openUrl)(url)  # looked up now: a test can stand in for the desktop
