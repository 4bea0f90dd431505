"""The window's size, the splitter's sizes and whether the article shows: saved on close, restored at start.

The geometry is restored by the window's shell, before its first frame; the panes' state
once they are built (``MainWindow.build``), so the window is never moved twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # the shell restores the geometry before these classes are touched (each makes its enums)
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QSplitter, QWidget


def restore_geometry(window: QMainWindow, settings: QSettings) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)


def restore_panes(settings: QSettings, splitter: QSplitter, article: QWidget, toggle: QAction) -> None:
    sizes = settings.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    visible = bool(settings.value("window/article_visible", True, type=bool))
    toggle.setChecked(visible)
    article.setVisible(visible)


def save_geometry(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.sync()


def save_window_state(window: QMainWindow, settings: QSettings, splitter: QSplitter, toggle: QAction) -> None:
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/article_visible", toggle.isChecked())
    save_geometry(window, settings)
