"""The start-up smoke tests: the command opens a window, paints it (or gets it ready) and quits as Quit does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.repo import REPO


def _gui(data_dir: Path, flag: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui", flag],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )


def _settings_file(data_dir: Path) -> Path:
    """The window's settings, where the child process keeps them (XDG_CONFIG_HOME of the test)."""
    (found,) = Path(os.environ["XDG_CONFIG_HOME"]).rglob("*.conf")
    return found


def _seeded(data_dir: Path) -> Path:
    """A plain journal with a loss and a note, left on disk in WAL mode as the app leaves it."""
    from datetime import date, timedelta

    from desktop.guidance.kinds import EventKind
    from desktop.paths import journal_path
    from desktop.store import open_journal

    data_dir.mkdir(parents=True, exist_ok=True)
    path = journal_path(data_dir)
    today = date.today()
    with open_journal(path) as journal:
        journal.add_event(EventKind.MISCARRIAGE, today - timedelta(days=10))
        journal.save_entry(today, "A quiet day.")
    return path


def test_gui_exit_after_first_paint(data_dir: Path) -> None:
    result = _gui(data_dir, "--exit-after-first-paint")
    assert result.returncode == 0, result.stderr
    assert "geometry=" in _settings_file(data_dir).read_text()  # closed as Quit closes: the window's settings saved


def test_gui_exit_when_ready_opens_the_journal_and_closes_it_as_quit_does(data_dir: Path) -> None:
    path = _seeded(data_dir)
    result = _gui(data_dir, "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    assert "geometry=" in _settings_file(data_dir).read_text()
    # The journal was opened (today's automatic backup made) and closed: its WAL and shared memory checkpointed away.
    assert list((data_dir / "backups").iterdir()), "the journal was never opened"
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    from desktop.store import open_journal

    with open_journal(path) as journal:
        assert journal.counts().entries == 1


def test_gui_exit_when_ready_refuses_a_journal_with_a_passphrase(data_dir: Path) -> None:
    from desktop.store.encryption import set_passphrase

    path = _seeded(data_dir)
    set_passphrase(path, "a passphrase for this test")
    result = _gui(data_dir, "--exit-when-ready")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "recovery-journal: --exit-when-ready needs a journal without a passphrase"
    )


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


STYLED_AND_COLLECTING_AFTER_THE_FIRST_PAINT = """
import gc, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.ui.app import run_gui
from desktop.ui.settings.style import CALM_STYLE_SHEET
app = QApplication(sys.argv[:1])
gc.disable()  # as the command line does before it imports the UI
flag = {"paint": "exit_after_first_paint", "ready": "exit_when_ready"}[sys.argv[2]]
code = run_gui(Path(sys.argv[1]), **{flag: True})
print(code, app.styleSheet() == CALM_STYLE_SHEET, gc.isenabled())
"""


def _styled_and_collecting(data_dir: Path, until: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", STYLED_AND_COLLECTING_AFTER_THE_FIRST_PAINT, str(data_dir), until],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.split()


def test_the_window_is_styled_and_garbage_is_collected_again_after_the_first_paint(data_dir: Path) -> None:
    """The style sheet now comes after the window's content is built (right after the shell's first frame),
    and GC is off until the first paint: both must come."""
    assert _styled_and_collecting(data_dir, "ready") == ["0", "True", "True"]


def test_garbage_is_collected_again_when_the_window_quits_at_its_first_frame(data_dir: Path) -> None:
    """Quit at the shell's first frame (before the content and its style sheet): collection is back on."""
    code, _styled, collecting = _styled_and_collecting(data_dir, "paint")
    assert (code, collecting) == ("0", "True")


def _ui_imports() -> dict[str, set[str]]:
    """Every module of desktop/ui and the ui modules it imports: at the top, inside functions, under TYPE_CHECKING."""
    import ast

    root = REPO / "desktop" / "ui"
    names = {
        ".".join(("desktop", "ui", *path.relative_to(root).with_suffix("").parts)).removesuffix(".__init__"): path
        for path in root.rglob("*.py")
    }
    graph: dict[str, set[str]] = {name: set() for name in names}
    for name, path in names.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    graph[name].add(target if target in names else node.module)
            elif isinstance(node, ast.Import):
                graph[name].update(alias.name for alias in node.names)
        graph[name] = {target for target in graph[name] if target in names and target != name}
    return graph


def test_no_import_circle_in_the_ui() -> None:
    graph = _ui_imports()
    circles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        for target in sorted(graph[name]):
            if target in path:
                circles.append(path[path.index(target):] + [target])
            elif not done.get(target):
                visit(target, [*path, target])
        done[name] = True

    done: dict[str, bool] = {}
    for name in sorted(graph):
        if not done.get(name):
            visit(name, [name])
    assert circles == []


def test_no_part_of_the_window_takes_the_main_window() -> None:
    """Widgets get the session, a parent widget and the action registry; only the composition root builds the window."""
    graph = _ui_imports()
    importers = sorted(name for name, targets in graph.items() if "desktop.ui.window.main_window" in targets)
    assert importers == ["desktop.ui.app", "desktop.ui.window.ready"]  # the root, and its --exit-when-ready harness


def test_the_window_and_the_ui_top_level_stay_small() -> None:
    root = REPO / "desktop" / "ui"
    modules = [*root.glob("*.py"), *(root / "window").glob("*.py")]
    sizes = {path.relative_to(root).as_posix(): len(path.read_text(encoding="utf-8").splitlines()) for path in modules}
    assert {name: lines for name, lines in sizes.items() if lines >= 400} == {}


def test_nothing_in_the_ui_reaches_past_the_session_to_the_journal() -> None:
    import re

    for path in (REPO / "desktop" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(model|session|_session)\.(journal|_journal)\b|\bwindow\.model\b", text), path
