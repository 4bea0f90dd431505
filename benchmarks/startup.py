"""Start-up (budgets 1, 2, 3): whole processes, a fresh interpreter each run.

Four commands run in turn, alternated (each round starts one further along) so
that the noise of a shared machine hits them alike:

- the bare window (``bare_window.py``), the baseline every ratio divides by;
- ``recovery-journal gui --exit-after-first-paint`` with a 30,000-page journal;
- the same with the 100,000-page journal;
- ``recovery-journal gui --exit-when-ready`` with the 100,000-page journal: the
  journal open, the month's marks painted and the day's note taking typing.

Both app commands end as File ▸ Quit does (settings saved, journal closed), so
teardown is in every figure, the bare window's too. Wall time is spawn to exit;
CPU time (user + system) is reported beside it because it moves less on a busy
machine; peak RSS is the child's own ``ru_maxrss`` (see ``launch.py``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.harness import Figure, app_command, isolated_env, median, run_child, script_command
from benchmarks.seed import copy_journal, make_todays_backup

FIRST_PAINT = ("gui", "--exit-after-first-paint")
WHEN_READY = ("gui", "--exit-when-ready")
FIRST_PAINT_BUDGET = 1.5  # x the bare window
READY_BUDGET = 3.0  # x the bare window
RSS_BUDGET_MB = 40.0  # over the bare window


def measure_startup(journal_30k: Path, journal_100k: Path, repeats: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="rj-bench-start-") as tmp:
        home = Path(tmp)
        dirs = {"30k": home / "j30k", "100k": home / "j100k"}
        make_todays_backup(copy_journal(journal_30k, dirs["30k"]))
        make_todays_backup(copy_journal(journal_100k, dirs["100k"]))
        commands = {
            "bare": (script_command("bare_window.py"), isolated_env(home, home / "empty")),
            "paint_30k": (app_command(*FIRST_PAINT), isolated_env(home, dirs["30k"])),
            "paint_100k": (app_command(*FIRST_PAINT), isolated_env(home, dirs["100k"])),
            "ready_100k": (app_command(*WHEN_READY), isolated_env(home, dirs["100k"])),
        }
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[float]] = {name: [] for name in commands}
        for argv, env in commands.values():  # warm-up: writes .pyc files, fills the file cache, first-run settings
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

    def start_figure(key: str, title: str, name: str, budget: float) -> Figure:
        value = median(wall[name])
        figure = Figure(
            key, title, value, "ms", runs=repeats, baseline=bare, baseline_title="bare QApplication + QMainWindow",
            samples=wall[name], budget=f"<= {budget}x bare", ok=value <= budget * bare,
        )
        figure.extra["cpu_ms"] = round(median(cpu[name]), 1)
        figure.extra["cpu_ratio"] = round(median(cpu[name]) / median(cpu["bare"]), 2)
        figure.extra["spread"] = spread(wall[name], bare)
        return figure

    rss_ready = median(rss["ready_100k"])
    rss_paint = median(rss["paint_100k"])
    return [
        Figure(
            "startup.bare", "Bare window to first paint (baseline)", bare, "ms", runs=repeats, samples=wall["bare"],
            extra={"cpu_ms": round(median(cpu["bare"]), 1), "rss_mb": round(bare_rss, 1)},
        ),
        start_figure("startup.first_paint_30k", "1. First paint, 30k-page journal", "paint_30k", FIRST_PAINT_BUDGET),
        start_figure("startup.first_paint_100k", "1. First paint, 100k-page journal", "paint_100k", FIRST_PAINT_BUDGET),
        start_figure("startup.ready_100k", "2. Ready to use, 100k pages", "ready_100k", READY_BUDGET),
        Figure(
            "rss.ready_100k", "3. Peak RSS when ready, 100k pages", rss_ready, "MB", runs=repeats,
            baseline=bare_rss, baseline_title="bare window peak RSS", samples=rss["ready_100k"],
            budget=f"<= bare + {RSS_BUDGET_MB:.0f} MB", ok=rss_ready <= bare_rss + RSS_BUDGET_MB,
            extra={"over_bare_mb": round(rss_ready - bare_rss, 1), "at_first_paint_over_bare_mb": round(rss_paint - bare_rss, 1)},
        ),
    ]


def spread(samples: list[float], baseline: float) -> str:
    """The middle half of the runs as ratios to the baseline's median: how far one run can be trusted."""
    ordered = sorted(samples)
    low, high = ordered[len(ordered) // 4], ordered[(3 * len(ordered)) // 4]
    return f"{low / baseline:.2f}-{high / baseline:.2f}x"
