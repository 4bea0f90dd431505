"""What every benchmark shares: figures, medians, isolated Qt settings, child processes.

A benchmark returns :class:`Figure` objects. A speed figure carries the
baseline measured in the same run on the same machine, so the ratio means
something on any computer; a budget is either a ratio, an absolute bound in
the figure's unit, or none (reported only).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent

# A fixed "today" inside the seeded journal, so every run paints the same months.
BENCH_TODAY = date(2026, 11, 25)


@dataclass
class Figure:
    """One measured figure and how it compares with its baseline and budget."""

    key: str
    title: str
    value: float | None
    unit: str
    runs: int = 0
    baseline: float | None = None
    baseline_title: str = ""
    budget: str = ""  # human-readable, e.g. "<= 1.5x bare" or "<= 16 ms"
    ok: bool | None = None  # None: no budget, or skipped
    note: str = ""
    samples: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["samples"] = [round(s, 3) for s in self.samples]
        return data


def skipped(key: str, title: str, reason: str) -> Figure:
    return Figure(key, title, None, "", note=f"not available: {reason}")


def median(values: list[float]) -> float:
    return statistics.median(values)


def time_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000.0


# -- isolation -----------------------------------------------------------------------


def isolated_env(home: Path, data_dir: Path | None = None) -> dict[str, str]:
    """An environment for a child app process that never touches the real home.

    Bytecode writing is allowed: an installed app has its ``.pyc`` files, and
    the first (untimed) warm-up run writes them for a fresh clone.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("RECOVERY_JOURNAL_PASSPHRASE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    env["RECOVERY_JOURNAL_DATA_DIR"] = str(data_dir or home / "journal")
    env.setdefault("QT_LOGGING_RULES", "*.warning=false")
    return env


@contextmanager
def qt_application() -> Iterator[Any]:
    """The benchmark process's own QApplication, with settings kept in a temp folder."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths

    from desktop.ui.app import create_application

    with tempfile.TemporaryDirectory(prefix="rj-bench-settings-") as settings_dir:
        QStandardPaths.setTestModeEnabled(True)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        yield create_application()


# -- child processes -----------------------------------------------------------------


@dataclass(frozen=True)
class ChildRun:
    wall_ms: float
    cpu_ms: float  # user + system: steadier than wall time on a busy machine
    max_rss_kb: int
    exit_code: int


def run_child(argv: list[str], env: dict[str, str], timeout_s: float = 60.0) -> ChildRun:
    """Run one process to the end through ``launch.py``: wall time spawn to exit, its own CPU and peak RSS."""
    launcher = [sys.executable, "-S", str(BENCH_DIR / "launch.py"), *argv]
    done = subprocess.run(launcher, env=env, capture_output=True, timeout=timeout_s, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"{' '.join(argv)}: the launcher failed: {done.stderr.decode(errors='replace')[-400:]}")
    report = json.loads(done.stdout.decode().strip().splitlines()[-1])
    if report["exit_code"] != 0:
        problem = done.stderr.decode(errors="replace").strip()[-400:]
        raise RuntimeError(f"{' '.join(argv)} exited with {report['exit_code']}: {problem}")
    return ChildRun(report["wall_ms"], report["cpu_ms"], int(report["max_rss_kb"]), report["exit_code"])


def app_command(*args: str) -> list[str]:
    """``recovery-journal ARGS`` exactly as installed (the console script next to this interpreter)."""
    script = Path(sys.executable).with_name("recovery-journal")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-c", "from desktop.cli import entry_point; entry_point()", *args]


def script_command(name: str, *args: str) -> list[str]:
    return [sys.executable, str(BENCH_DIR / name), *args]
