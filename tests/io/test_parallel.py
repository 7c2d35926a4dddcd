"""io.parallel: how many workers, work spread only when it is large, and results in order."""

from __future__ import annotations

import gc
import os

import pytest

from targetctl.io import parallel


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def test_jobs_from_the_setting_else_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "3")
    assert parallel.jobs() == 3
    for ignored in ("0", "-2", "many", ""):
        monkeypatch.setenv(parallel.JOBS_ENV, ignored)
        assert 1 <= parallel.jobs() <= 8


def test_small_work_stays_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    results = parallel.pmap(_pid_and_square, [1, 2, 3], total_bytes=parallel.MIN_BYTES - 1)
    assert results == [(os.getpid(), 1), (os.getpid(), 4), (os.getpid(), 9)]


def test_large_work_goes_to_workers_and_comes_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    results = parallel.pmap(_pid_and_square, list(range(20)), total_bytes=parallel.MIN_BYTES)
    assert [square for _, square in results] == [n * n for n in range(20)]
    assert os.getpid() not in {pid for pid, _ in results}


def test_chunks_stay_small_however_many_items() -> None:
    # a worker holds a whole chunk's results at once: with 1,000 plans folders, chunks of 125
    # cost a worker about 100 MiB
    assert parallel.chunk_size(1000, 2) <= parallel.MAX_CHUNK
    assert parallel.chunk_size(100_000, 8) == parallel.MAX_CHUNK
    assert parallel.chunk_size(3, 2) == 1
    assert parallel.chunk_size(192, 2) == 3


def test_a_district_of_a_hundred_plans_is_handed_out_a_plan_at_a_time() -> None:
    # so that no core waits long for the last chunk of another
    assert parallel.chunk_size(100, 2) == 1


def test_one_worker_is_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    results = parallel.pmap(_pid_and_square, [5], total_bytes=10 * parallel.MIN_BYTES)
    assert results == [(os.getpid(), 25)]


def test_bulk_pauses_the_collector_and_restores_it() -> None:
    assert gc.isenabled()
    with parallel.bulk():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with parallel.bulk():
            pass
        assert not gc.isenabled(), "a collector that was off stays off"
    finally:
        gc.enable()


def test_a_workers_task_leaves_the_collector_on_and_nothing_frozen() -> None:
    """A forked worker starts with the collector off, as its parent had it; task after task,
    what each left for the collector must be freed, not kept for good."""

    def cyclic(n: int) -> int:
        loop: list[object] = [n]
        loop.append(loop)
        return n

    gc.disable()
    try:
        before = gc.get_freeze_count()
        assert parallel._bulk_call((cyclic, 1)) == 1
        assert gc.isenabled() and gc.get_freeze_count() == before
    finally:
        gc.enable()
