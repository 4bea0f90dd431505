"""The window's size, the splitter's sizes and whether the article shows: saved on close, restored at start."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget


def restore_window_state(window: QMainWindow, settings: QSettings, splitter: QSplitter, article: QWidget, toggle: QAction) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    sizes = settings.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    visible = bool(settings.value("window/article_visible", True, type=bool))
    toggle.setChecked(visible)
    article.setVisible(visible)


def save_window_state(window: QMainWindow, settings: QSettings, splitter: QSplitter, toggle: QAction) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/article_visible", toggle.isChecked())
    settings.sync()
