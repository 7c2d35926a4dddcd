"""Spread independent file work over the machine's cores, when there is enough of it.

Reading a district's plans and record logs is CPU-bound Python; a small workspace
is read in-process, since starting workers would cost more than it saves.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_BYTES = 8 * 1024 * 1024  # below this, workers cost more than they save
# a worker keeps a whole chunk's results and sends them back as one pickle: a province's
# 1,000 plans in chunks of 125 held about 100 MiB more per worker (and as much again while
# the parent unpickles them), where chunks of 8 cost no measurable time
MAX_CHUNK = 8
JOBS_ENV = "TARGETCTL_JOBS"
_COMMAND_LINE = [False]  # whether this process is the command line's (`command_line`)


def command_line() -> None:
    """Mark this process as the command line's, a one-shot process whose entry points guard
    their top level: what a read builds is frozen (gc.freeze), so that the collector never walks
    it again, and workers may be spawned where they cannot be forked. A library caller's process
    is left alone: a freeze there would keep every read, and each cycle of the caller's alive at
    the time, for good; and a spawned worker re-runs the caller's script from its top."""
    _COMMAND_LINE[0] = True


def jobs() -> int:
    """Worker processes to use: TARGETCTL_JOBS, else the cores this process may use (at most 8)."""
    wanted = os.environ.get(JOBS_ENV, "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 8))


@contextmanager
def bulk(*, keep: bool = True) -> Iterator[None]:
    """Build many small objects without the cycle collector: reading a million records
    allocates millions of dicts that hold no cycles, and the collector's repeated walks
    over them cost as much as the parsing itself. `keep`: what was built is kept, so it is
    frozen (later passes of the collector need not walk it)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if keep and _COMMAND_LINE[0]:
                gc.freeze()
            gc.enable()


def _bulk_call(job: tuple[Callable[[T], R], T]) -> R:
    """One task in a worker, which keeps nothing of it. A forked worker starts with the
    collector off (pmap's own `bulk`), and a task's cycles were never freed: validate's
    workers grew by about 0.55 MB a plan, to 330 MB each over a province's 1,000 plans. So
    the collector is on between tasks, and a task is not frozen after."""
    fn, item = job
    gc.enable()
    with bulk(keep=False):
        return fn(item)


def chunk_size(items: int, workers: int) -> int:
    """Items sent to a worker at a time: many chunks per worker, none of them large. The last
    chunk keeps its worker busy while the others have nothing left: with 100 plans in chunks
    of 8 (about 0.4 s of work each), one core stood idle for up to that long at the end."""
    return max(1, min(items // (workers * 32), MAX_CHUNK))


def pmap(fn: Callable[[T], R], items: Sequence[T], total_bytes: int) -> list[R]:
    """`[fn(x) for x in items]`, in worker processes when the work is large enough."""
    workers = min(jobs(), len(items))
    spawned = sys.platform != "linux"
    if workers < 2 or total_bytes < MIN_BYTES or (spawned and not _COMMAND_LINE[0]):
        with bulk():
            return [fn(x) for x in items]
    # fork is cheap and needs no re-import; elsewhere (Windows, macOS) workers are spawned
    method = "spawn" if spawned else "fork"
    import multiprocessing  # only a large workspace pays for a pool
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(method)
    chunk = chunk_size(len(items), workers)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool, bulk():
        return list(pool.map(_bulk_call, [(fn, x) for x in items], chunksize=chunk))
