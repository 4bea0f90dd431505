"""Cold start (figures 1, 2 and 7): whole processes, a fresh interpreter each run.

Four commands run in turn, interleaved so that machine noise hits them alike:
the bare window (the baseline), ``recovery-journal gui --exit-after-first-paint``
with no journal and with the 100,000-page journal, and ``loaded_window.py``
(first paint, then the 100,000-page journal opened and its month painted).
Wall time is spawn to exit; peak RSS is the child's own ``ru_maxrss``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.harness import Figure, app_command, isolated_env, median, run_child, script_command
from benchmarks.seed import copy_journal, make_todays_backup

FIRST_PAINT = ("gui", "--exit-after-first-paint")
RSS_BUDGET_MB = 40.0


def measure_startup(journal_source: Path, repeats: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="rj-bench-start-") as tmp:
        home = Path(tmp)
        empty_dir = home / "empty"
        big_dir = home / "big"
        make_todays_backup(copy_journal(journal_source, big_dir))
        commands = {
            "bare": (script_command("bare_window.py"), isolated_env(home, empty_dir)),
            "app": (app_command(*FIRST_PAINT), isolated_env(home, empty_dir)),
            "app_100k": (app_command(*FIRST_PAINT), isolated_env(home, big_dir)),
            "loaded_100k": (script_command("loaded_window.py"), isolated_env(home, big_dir)),
        }
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[float]] = {name: [] for name in commands}
        for argv, env in commands.values():  # warm-up: writes .pyc files, fills the file cache
            run_child(argv, env)
        names = list(commands)
        for round_number in range(repeats):
            shift = round_number % len(names)
            for name in names[shift:] + names[:shift]:
                argv, env = commands[name]
                run = run_child(argv, env)
                wall[name].append(run.wall_ms)
                cpu[name].append(run.cpu_ms)
                rss[name].append(run.max_rss_kb / 1024.0)

    bare = median(wall["bare"])
    bare_rss = median(rss["bare"])

    def start_figure(key: str, title: str, name: str, budget: float | None) -> Figure:
        value = median(wall[name])
        figure = Figure(
            key, title, value, "ms", runs=repeats, baseline=bare, baseline_title="bare QApplication + QMainWindow",
            samples=wall[name],
        )
        if budget is not None:
            figure.budget = f"<= {budget}x bare"
            figure.ok = value <= budget * bare
        # CPU time (user + system) moves less than wall time when the machine is shared.
        figure.extra["cpu_ms"] = round(median(cpu[name]), 1)
        figure.extra["cpu_ratio"] = round(median(cpu[name]) / median(cpu["bare"]), 2)
        return figure

    def rss_figure(key: str, title: str, name: str) -> Figure:
        value = median(rss[name])
        figure = Figure(
            key, title, value, "MB", runs=repeats, baseline=bare_rss, baseline_title="bare window peak RSS",
            samples=rss[name], budget=f"<= bare + {RSS_BUDGET_MB:.0f} MB",
        )
        figure.ok = value <= bare_rss + RSS_BUDGET_MB
        figure.extra["over_bare_mb"] = round(value - bare_rss, 1)
        return figure

    return [
        Figure(
            "startup.bare", "Bare window to first paint (baseline)", bare, "ms", runs=repeats, samples=wall["bare"],
            extra={"cpu_ms": round(median(cpu["bare"]), 1)},
        ),
        start_figure("startup.first_paint", "Cold start to first paint, no journal", "app", 1.5),
        start_figure("startup.first_paint_100k", "Cold start to first paint, 100k-page journal", "app_100k", 1.6),
        start_figure(
            "startup.loaded_100k", "Cold start to journal open and month painted, 100k pages", "loaded_100k", None
        ),
        rss_figure("rss.first_paint_100k", "Peak RSS at first paint, 100k-page journal", "app_100k"),
        rss_figure("rss.loaded_100k", "Peak RSS with the 100k-page journal open", "loaded_100k"),
    ]
