"""Bulk work on a worker: the collector's full passes held off and the switch interval short, then both as they were."""

from __future__ import annotations

import gc
import sys
import threading

from desktop.store.bulk import BULK_SWITCH_INTERVAL_S, LET_GO_STEP, bulk_work, let_go


def test_bulk_work_holds_off_full_collections_and_hands_the_lock_over_sooner_then_puts_both_back() -> None:
    thresholds, switch = gc.get_threshold(), sys.getswitchinterval()
    with bulk_work():
        young, middle, full = gc.get_threshold()
        assert (young, middle) == thresholds[:2]  # young garbage (a json.dumps' closures) is still collected
        assert full > 1_000_000
        assert sys.getswitchinterval() == min(switch, BULK_SWITCH_INTERVAL_S)
    assert gc.get_threshold() == thresholds
    assert sys.getswitchinterval() == switch


def test_overlapping_bulk_work_puts_the_settings_back_when_the_last_one_ends() -> None:
    thresholds, switch = gc.get_threshold(), sys.getswitchinterval()
    first_in, second_done, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[tuple[int, int, int]] = []

    def other_lane() -> None:
        with bulk_work():
            first_in.set()
            second_done.wait(10)
        first_out.set()

    worker = threading.Thread(target=other_lane)
    worker.start()
    assert first_in.wait(10)
    with bulk_work():
        pass
    seen.append(gc.get_threshold())  # the other lane is still at work: still held off
    second_done.set()
    worker.join(10)
    assert first_out.is_set()
    assert seen[0][2] > 1_000_000
    assert gc.get_threshold() == thresholds and sys.getswitchinterval() == switch


def test_bulk_work_puts_the_settings_back_when_the_work_fails() -> None:
    thresholds = gc.get_threshold()
    try:
        with bulk_work():
            raise KeyError("a failure")
    except KeyError:
        pass
    assert gc.get_threshold() == thresholds


def test_let_go_empties_a_list_a_step_at_a_time() -> None:
    lengths: list[int] = []

    class Seen(list[object]):
        def __delitem__(self, index: object) -> None:
            lengths.append(len(self))
            super().__delitem__(index)  # type: ignore[arg-type]

    items = Seen(range(LET_GO_STEP * 2 + 5))
    let_go(items)
    assert items == []
    assert lengths == [LET_GO_STEP * 2 + 5, LET_GO_STEP + 5, 5]
