"""The first frame is the window's shell; the content is built into the same window right after it.

Each test runs the real start-up (``run_gui``, as ``recovery-journal gui`` does) in a fresh
interpreter, because what is imported before the first frame, and which window that frame
belongs to, can only be seen in a process of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.repo import REPO

PASSPHRASE = "a passphrase typed at the start"

# The saved geometry (and the panes' state) is written by the child itself, where its settings live.
SAVE_SETTINGS = """
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QMainWindow
from desktop.ui.app import create_application
from desktop.ui.settings.preferences import FIRST_RUN_DONE_KEY

app = create_application()
settings = QSettings()
settings.setValue(FIRST_RUN_DONE_KEY, True)
if "--saved" in sys.argv:
    sized = QMainWindow()
    sized.setGeometry(QRect(30, 40, 700, 520))
    settings.setValue("window/geometry", sized.saveGeometry())
    settings.setValue("window/splitter", QByteArray(b"her panes, as she left them"))
    settings.setValue("window/article_visible", False)
    sized.deleteLater()
settings.sync()
"""

FIRST_FRAME = """
import sys
from pathlib import Path
import PySide6.QtCore
from desktop.ui.app import run_gui
""" + SAVE_SETTINGS + """
code = run_gui(Path(sys.argv[1]), exit_after_first_paint=True)
print(json.dumps({"code": code, "modules": sorted(sys.modules), "qt_namespace": "Qt" in vars(PySide6.QtCore)}))
"""

WATCHED_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from desktop.ui.app import run_gui
from desktop.ui.window.main_window import MainWindow
""" + SAVE_SETTINGS + """
seen = {"windows": set(), "prompt_over_shell": None, "derivations": 0}
from desktop.store import cipher

real_derive = cipher.derive_key


def counting(passphrase, salt):  # SQLCipher's PBKDF2 (as tests/conftest.py's ``derivations`` counts it)
    seen["derivations"] += 1
    return real_derive(passphrase, salt)


cipher.derive_key = counting


def rect(widget):
    g = widget.geometry()
    return [g.x(), g.y(), g.width(), g.height()]


class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow) and "first" not in seen:
            seen["first"] = {"built": watched.is_built(), "geometry": rect(watched), "id": id(watched)}
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            window = watched.window()
            if isinstance(window, MainWindow) and window.is_built() and not window.session.is_open():
                seen["empty_panes_painted"] = seen.get("empty_panes_painted", 0) + 1
        return False


def keyboard(window):
    focus = QApplication.focusWidget()
    return "note" if focus is window.editor.editor else type(focus).__name__


def watch():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    seen["windows"].update(id(w) for w in windows)
    prompt = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
    focus = QApplication.focusWidget()
    if prompt is not None and seen["prompt_over_shell"] is None and focus is not None and focus.window() is prompt:
        seen["prompt_over_shell"] = not windows[0].is_built()
        QTest.keyClicks(focus, sys.argv[2])  # she types her passphrase and presses Enter
        QTest.keyClick(focus, PySide6.QtCore.Qt.Key.Key_Return)
    ready = [w for w in windows if w.is_built() and w.session.is_open()]
    if ready and "hooked" not in seen:
        seen["hooked"] = True
        ready[0].loaded.connect(lambda: QTimer.singleShot(0, lambda: seen.update(focus=keyboard(ready[0]))))
    if ready and "focus" in seen:
        window = ready[0]
        seen["ready"] = {
            "geometry": rect(window),
            "id": id(window),
            "styled": bool(QApplication.instance().styleSheet()),
        }
        window.quit_journal()
        return
    QTimer.singleShot(10, watch)


import PySide6.QtCore
app.installEventFilter(filter_ := FirstFrame())
QTimer.singleShot(0, watch)
code = run_gui(Path(sys.argv[1]))
seen["windows"] = len(seen["windows"])
print(json.dumps({"code": code, **seen}))
"""


def _run(script: str, data_dir: Path, *args: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*.warning=false")
    result = subprocess.run(
        [sys.executable, "-c", "import json, sys\n" + script, str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def _settings(data_dir: Path) -> str:
    (found,) = Path(os.environ["XDG_CONFIG_HOME"]).rglob("*.conf")
    return found.read_text()


def _seeded(data_dir: Path, passphrase: str | None = None) -> Path:
    from datetime import date, timedelta

    from desktop.guidance.kinds import EventKind
    from desktop.paths import journal_path
    from desktop.store import open_journal
    from desktop.store.encryption import set_passphrase

    data_dir.mkdir(parents=True, exist_ok=True)
    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.add_event(EventKind.MISCARRIAGE, date.today() - timedelta(days=10))
        journal.save_entry(date.today(), "A quiet day.")
    if passphrase is not None:
        set_passphrase(path, passphrase)
    return path


def test_the_first_frame_imports_nothing_of_the_journal_nor_the_window_parts(data_dir: Path) -> None:
    """Before its first frame the window is only its shell: no store, no session, no panes, no Qt namespace."""
    _seeded(data_dir)
    report = _run(FIRST_FRAME, data_dir)
    assert report["code"] == 0
    modules = report["modules"]
    assert isinstance(modules, list)
    later = (
        "sqlalchemy", "sqlcipher3", "desktop.store", "desktop.ui.session", "desktop.ui.tasks", "desktop.ui.actions",
        "desktop.ui.calendar", "desktop.ui.day", "desktop.ui.plan", "desktop.ui.exchange", "desktop.ui.privacy",
        "desktop.ui.window.opening", "desktop.ui.window.layout", "desktop.ui.window.journal_features",
    )
    assert [name for name in modules if name.startswith(later)] == []
    assert report["qt_namespace"] is False  # PySide6 makes its 93 enums on the first touch: 25-40 ms


def test_the_content_is_built_into_the_same_window_after_its_first_frame_without_moving_it(data_dir: Path) -> None:
    _seeded(data_dir)
    report = _run(WATCHED_START, data_dir, "", "--saved")
    assert report["code"] == 0
    first, ready = report["first"], report["ready"]
    assert isinstance(first, dict) and isinstance(ready, dict)
    assert first["built"] is False  # the first frame is the shell
    assert first["geometry"] == [30, 40, 700, 520]  # at her saved place and size already
    assert ready["geometry"] == first["geometry"]  # the content came without the window moving or resizing
    assert ready["id"] == first["id"] and report["windows"] == 1  # one top-level window, never a second
    assert ready["styled"] is True
    assert report.get("empty_panes_painted", 0) == 0  # after the shell, the next frame is the window filled
    assert report["focus"] == "note"  # she opened it to write: her keys go to today's note, not to a button


def test_the_passphrase_is_asked_over_the_shell_and_the_journal_opens_after_it(data_dir: Path) -> None:
    """Budget 6: the prompt comes before the content is built; typed, the content comes and the journal opens."""
    _seeded(data_dir, PASSPHRASE)
    report = _run(WATCHED_START, data_dir, PASSPHRASE)
    assert report["code"] == 0
    assert report["prompt_over_shell"] is True
    assert report["derivations"] == 1  # the key the prompt derived opened the journal: never derived twice
    ready = report["ready"]
    assert isinstance(ready, dict) and ready["styled"] is True


def test_quit_at_the_first_frame_keeps_her_geometry_and_her_panes_and_leaves_no_wal(data_dir: Path, qapp: object) -> None:
    """``--exit-after-first-paint`` closes the shell as Quit does: only the geometry is written, as it was restored."""
    from PySide6.QtCore import QByteArray, QSettings
    from PySide6.QtWidgets import QMainWindow

    path = _seeded(data_dir)
    report = _run(FIRST_FRAME, data_dir, "--saved")
    assert report["code"] == 0
    (conf,) = Path(os.environ["XDG_CONFIG_HOME"]).rglob("*.conf")
    saved = QSettings(str(conf), QSettings.Format.IniFormat)
    geometry = saved.value("window/geometry")
    assert isinstance(geometry, QByteArray)
    restored = QMainWindow()
    assert restored.restoreGeometry(geometry)
    assert (restored.x(), restored.y(), restored.width(), restored.height()) == (30, 40, 700, 520)
    assert bytes(saved.value("window/splitter").data()) == b"her panes, as she left them"  # never overwritten
    assert saved.value("window/article_visible") in (False, "false")
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
