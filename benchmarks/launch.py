"""Runs one command and prints its wall time, CPU time and peak RSS as JSON.

Why a separate small process: Linux carries the peak RSS of the process that
forks into the child's ``ru_maxrss`` (the exec'd image inherits the old memory
map's high-water mark). Spawned straight from the benchmark process, which by
then holds the seeded journal in memory, every child would report the
benchmark's own size. This launcher is a few MB, less than any Qt child, so
the child's figure is its own. Usage: ``python benchmarks/launch.py ARGV...``.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _pid, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter() - start) * 1000.0
    report = {
        "wall_ms": wall,
        "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000.0,
        "max_rss_kb": usage.ru_maxrss,
        "exit_code": os.waitstatus_to_exitcode(status),
    }
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
