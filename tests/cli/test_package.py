"""The command line's shape: a package of small modules whose non-window commands never load Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.repo import REPO

# Loads the CLI, runs commands that touch the journal, and reports whether any Qt module came with them.
PROBE = """
import sys
from desktop.cli import main
codes = [main(["event", "add", "miscarriage", "2026-11-01"]), main(["milestones", "--today", "2026-11-20"]),
         main(["export", "ics", sys.argv[1]]), main(["check"])]
print(codes, sorted(name for name in sys.modules if name.startswith("PySide6")))
"""


def test_the_commands_outside_the_window_never_import_qt(tmp_path: Path) -> None:
    env = dict(os.environ, RECOVERY_JOURNAL_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "plan.ics")],
        env=env, capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[0, 0, 0, 0] []"


def test_every_cli_module_is_small() -> None:
    modules = sorted((REPO / "desktop" / "cli").glob("*.py"))
    assert {m.name for m in modules} >= {"__init__.py", "parser.py", "commands.py", "passphrase.py"}
    for module in modules:
        assert len(module.read_text(encoding="utf-8").splitlines()) < 400, module


def test_python_dash_m_desktop_runs_the_command_line(tmp_path: Path) -> None:
    env = dict(os.environ, RECOVERY_JOURNAL_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "event", "list"], env=env, capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert (result.returncode, result.stdout) == (0, "No dates recorded yet.\n"), result.stderr
