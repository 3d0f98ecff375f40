"""The local engine: N worker processes on this machine, each with its own integrator (its own
model sessions), fed batches of items. At most ``2 × workers`` batches are in flight, so the
job holds a bounded number of images whatever the size of its input.

Workers are started with ``spawn`` (no inherited threads or model state), ignore Ctrl-C (the
job stops them) and exit when the job's process dies, even by ``kill -9``. A worker that dies
in native code is replaced; the items it held are tried again one at a time in fresh workers,
and the one that kills a worker alone gets a :class:`~pixel_llm.batch.errors.WorkerCrashError`
row.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterator

from ..config import CompositorConfig
from .errors import WorkerCrashError, WorkerStartError
from .items import Item, LoadOptions
from .rows import error_row
from .worker import ItemCaptioner, worker_config

logger = logging.getLogger(__name__)

_state: dict[str, Any] = {}


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _watch_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)  # the job is gone (killed): nothing is left to caption for
        time.sleep(0.5)


def _init_worker(config: CompositorConfig, load_options: LoadOptions, threads: int, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="pixel-llm-parent-watch").start()
    try:
        import cv2

        cv2.setNumThreads(threads)
    except ImportError:  # pragma: no cover - a dependency
        pass
    _state.update(config=config, load_options=load_options)


def _caption_task(items: list[Item]) -> tuple:
    captioner = _state.get("captioner")
    if captioner is None:
        try:
            captioner = ItemCaptioner(_state["config"], _state["load_options"])
        except WorkerStartError as exc:
            return ("start_error", str(exc), exc.cause_type)
        _state["captioner"] = captioner
    rows = captioner.caption(items)
    return ("rows", rows, os.getpid(), _peak_rss_mib())


def _peak_rss_mib() -> float:
    """This process's peak resident memory. /proc's VmHWM where there is one: ru_maxrss
    keeps the parent's peak across fork + exec, which a spawned worker starts with."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class LocalEngine:
    name = "local"

    def __init__(self, config: CompositorConfig, load_options: LoadOptions, workers: int | None = None):
        on_gpu = str(config.device).startswith("cuda")
        # one process per core on the CPU; on a GPU one process feeds it in batches (more: --workers)
        self.workers = max(1, workers or (1 if on_gpu else available_cores()))
        threads = max(1, available_cores() // self.workers)
        self.config = worker_config(config, threads)
        self.threads = threads
        self.load_options = load_options
        self.peak_rss_mib: dict[int, float] = {}
        """Peak resident memory of each worker process (pid → MiB), as they last reported."""
        self._pool: cf.ProcessPoolExecutor | None = None

    def _new_pool(self) -> cf.ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = cf.ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker,
            initargs=(self.config, self.load_options, self.threads, os.getpid()))
        return self._pool

    def run(self, batches: Iterator[list[Item]], emit: Callable[[list[dict]], None],
            stop: threading.Event | None = None) -> None:
        """Caption every batch; ``emit`` gets each batch's rows as it finishes (any order)."""
        pool = self._new_pool()
        pending: dict[cf.Future, list[Item]] = {}
        limit = 2 * self.workers
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < limit and not (stop and stop.is_set()):
                    batch = next(batches, None)
                    if batch is None:
                        exhausted = True
                        break
                    pending[pool.submit(_caption_task, batch)] = batch
                if not pending:
                    return
                finished, _ = cf.wait(pending, timeout=0.5, return_when=cf.FIRST_COMPLETED)
                crashed: list[list[Item]] = []
                for fut in finished:
                    batch = pending.pop(fut)
                    rows = self._rows(fut, batch)
                    if rows is None:
                        crashed.append(batch)
                    else:
                        emit(rows)
                if crashed:
                    crashed += list(pending.values())  # a broken pool fails everything in flight
                    pending.clear()
                    logger.warning("a worker process died; trying its %d images again one at a time",
                                   sum(len(b) for b in crashed))
                    self._isolate([it for b in crashed for it in b], emit)
                    pool = self._pool
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None

    def _rows(self, fut: cf.Future, batch: list[Item]) -> list[dict] | None:
        """The rows of a finished task; None when its worker died."""
        try:
            result = fut.result()
        except BrokenProcessPool:
            return None
        except Exception as exc:  # noqa: BLE001 - a bug in a worker must not stop the job
            logger.error("a worker failed on a batch of %d: %r", len(batch), exc)
            return [error_row(it, type(exc).__name__, str(exc)) for it in batch]
        if result[0] == "start_error":
            raise WorkerStartError(result[1], result[2])
        _, rows, pid, peak = result
        self.peak_rss_mib[pid] = peak
        return rows

    def _isolate(self, items: list[Item], emit: Callable[[list[dict]], None]) -> None:
        """Caption ``items`` one at a time in a fresh pool; an item that kills its worker alone
        gets a WorkerCrashError row (and the pool is replaced again)."""
        pool = self._new_pool()
        for item in items:
            rows = self._rows(pool.submit(_caption_task, [item]), [item])
            if rows is None:
                rows = [error_row(item, WorkerCrashError.__name__,
                                  "the worker process died while captioning this image")]
                pool = self._new_pool()
            emit(rows)
