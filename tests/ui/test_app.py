"""The start-up smoke test: the installed command opens a window, paints it and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.repo import REPO


def test_gui_exit_after_first_paint(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui", "--exit-after-first-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_layers_point_one_way() -> None:
    """guidance/ and store/ import no Qt; nothing below ui/ imports ui/."""
    package = REPO / "desktop"
    for layer in ("guidance", "store"):
        for source in (package / layer).rglob("*.py"):
            text = source.read_text(encoding="utf-8")
            assert "PySide6" not in text, source
            assert "desktop.ui" not in text, source
    for source in [*(package / "cli").rglob("*.py"), *(package / "exchange").rglob("*.py")]:
        text = source.read_text(encoding="utf-8")
        assert "from desktop.ui.window.main_window" not in text, source
