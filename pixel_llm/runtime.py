"""Small runtime helpers shared by the integrator's parts: futures several callers wait on,
detached tasks that outlive the caller that started them, log-once warnings, and the options
the onnxruntime sessions of our own models are made with (RapidOCR makes its own)."""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import logging
import threading
from typing import Any, Awaitable

_warned: set[Any] = set()
_warned_lock = threading.Lock()


def warn_once(logger: logging.Logger, key: Any, message: str, *args: Any, level: int = logging.WARNING) -> None:
    """Log ``message`` once per process for ``key`` (later calls with the same key are silent)."""
    with _warned_lock:
        if key in _warned:
            return
        _warned.add(key)
    logger.log(level, message, *args)


def reset_warnings() -> None:
    """Forget which warnings were logged, so each is logged once more (for tests)."""
    with _warned_lock:
        _warned.clear()


def ort_options(threads: int = 0):
    """Options for an onnxruntime session: ``threads`` for its operators (0: onnxruntime's
    default, every core), one thread between operators, and **no spinning**: a session's idle
    threads spin between calls by default, and on a 2-core machine they starve whatever runs
    next in the caption (the face nets after the encoder ran 10 ms slower, faces and bodies
    20 ms; BENCHMARKS.md, twenty-first session)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


def shared_future() -> cf.Future:
    """A future several callers wait on. Marked running at once, so a waiter that is cancelled
    (``asyncio.wrap_future`` cancels what it wraps) cannot cancel it for the others."""
    fut: cf.Future = cf.Future()
    fut.set_running_or_notify_cancel()
    return fut


def resolve(fut: cf.Future, result: Any = None, error: BaseException | None = None) -> None:
    """Set a shared future's result or error, unless it is already done."""
    if fut.done():
        return
    if error is not None:
        fut.set_exception(error)
    else:
        fut.set_result(result)


class DetachedTasks:
    """Tasks that run on even when the caller that started them is cancelled; ``drain`` waits
    for those of the running loop (at shutdown)."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Future] = set()

    def spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait for this loop's unfinished tasks; after ``timeout`` seconds cancel what is left."""
        loop = asyncio.get_running_loop()
        mine = [t for t in self._tasks if not t.done() and t.get_loop() is loop]
        if not mine:
            return
        _, late = await asyncio.wait(mine, timeout=timeout)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late, timeout=1.0)
