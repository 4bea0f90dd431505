"""Bulk work on a worker (an import, an export) without long holds of the interpreter lock.

Two things a worker does with 100,000 pages hold the lock in one C call, during
which no other Python thread runs and the window's event loop stands still
(issue 13, budget 4):

- a full pass of the cyclic garbage collector, which walks every object of the
  process: 50-300 ms while 100,000 records are alive, set off every second or two
  by the objects an import or export makes. ``bulk_work`` holds off the
  full passes (the young generations are still collected, so the cycles made and
  dropped a page at a time go as before); the collector's settings come back when
  the last holder ends (an export and a backup listing may overlap);
- letting go of a list of 100,000 records at once: each is freed in one C loop
  (~50 ms). ``let_go`` empties such a list a step at a time.

And one that adds up: while a worker runs Python, the window's thread waits for
the lock each time Qt calls into Python (an event filter, a calendar cell's
paint), up to the switch interval (5 ms) each time; a repaint of the calendar
is 42 such calls, 0.2-0.5 s. ``bulk_work`` makes the interval 1 ms meanwhile.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

LET_GO_STEP = 2000  # items freed at a time: well under a millisecond
BULK_SWITCH_INTERVAL_S = 0.001  # how soon a busy worker hands the interpreter lock to the window's thread

_lock = threading.Lock()
_holders = 0
_thresholds = (0, 0, 0)
_switch = 0.005


@contextmanager
def bulk_work() -> Iterator[None]:
    """Inside the block: no automatic full collection (the young generations are collected as
    always), and the interpreter lock handed over every millisecond instead of every five."""
    global _holders, _thresholds, _switch
    with _lock:
        if _holders == 0:
            _thresholds = gc.get_threshold()
            gc.set_threshold(_thresholds[0], _thresholds[1], 1 << 30)
            _switch = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch, BULK_SWITCH_INTERVAL_S))
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                gc.set_threshold(*_thresholds)
                sys.setswitchinterval(_switch)


def let_go(items: list[Any]) -> None:
    """Empty ``items`` a step at a time, so freeing what only it holds is never one long C call."""
    while items:
        del items[-LET_GO_STEP:]
