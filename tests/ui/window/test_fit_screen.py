"""The window at common screen sizes, at 100% and 200% and with large article text: nothing overlaps.

Each size runs in a process of its own, because an offscreen screen's size and
Qt's scale factor are fixed when the application starts (see layout_check.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from desktop.ui.window.fit_screen import fitted_geometry
from tests.repo import REPO

SIZES = [(1024, 600), (1280, 720), (1366, 768), (1920, 1080)]


def run_layout_check(tmp_path: Path, width: int, height: int, scale: int, large: bool) -> dict[str, object]:
    config = tmp_path / "screen.json"
    screen = {"name": "test", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale), PYTHONPATH=str(REPO))
    args = [sys.executable, "-m", "tests.ui.window.layout_check", str(width), str(height)] + (["large"] if large else [])
    done = subprocess.run(args, env=env, cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize("width,height", SIZES)
@pytest.mark.parametrize("scale,large", [(1, False), (2, False), (1, True)], ids=["100%", "200%", "large-text"])
def test_nothing_overlaps_and_everything_is_on_the_screen(tmp_path: Path, width: int, height: int, scale: int, large: bool) -> None:
    report = run_layout_check(tmp_path, width, height, scale, large)
    assert report["problems"] == []
    window_width, window_height = report["window"]  # type: ignore[misc]
    assert window_width <= width // scale and window_height <= height // scale


def test_a_saved_size_larger_than_the_screen_is_brought_inside_it() -> None:
    available = QRect(0, 0, 1024, 560)
    assert fitted_geometry(QRect(300, 200, 1240, 780), available) == QRect(0, 0, 1024, 560)
    assert fitted_geometry(QRect(600, 300, 800, 400), available) == QRect(224, 160, 800, 400)
    assert fitted_geometry(QRect(10, 20, 400, 300), available) == QRect(10, 20, 400, 300)
    assert fitted_geometry(QRect(-50, -30, 400, 300), QRect(100, 40, 800, 500)) == QRect(100, 40, 400, 300)


def test_the_status_bar_is_there_from_the_start_and_a_message_moves_nothing(qtbot: QtBot, data_dir: Path) -> None:
    """Seen: the status bar appeared with its first message and pushed the whole layout up ~22 px."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import build_window

    window = build_window(data_dir, lambda: date(2026, 3, 19))
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    qtbot.wait(50)
    assert window.statusBar().isVisible()
    before = window.centralWidget().geometry()
    window.statusBar().showMessage("Recorded: Period start", 4000)
    QApplication.processEvents()
    assert window.centralWidget().geometry() == before
