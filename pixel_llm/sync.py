"""A blocking API for scripts and notebooks, over the same async core.

The async integrator runs on a private event loop in a daemon thread; each call is handed to
it with ``run_coroutine_threadsafe``. It works where ``asyncio.run`` does not (inside a
running loop, e.g. Jupyter).
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Iterable, Iterator

from .config import CompositorConfig
from .integrator import CaptionModel, CompositorIntegrator
from .result import CaptionResult


class SyncIntegrator:
    """``with SyncIntegrator(CompositorConfig(...)) as captioner: captioner.caption_frame(img)``"""

    def __init__(self, config: CompositorConfig | None = None, model: CaptionModel | None = None):
        self.integrator = CompositorIntegrator(config, model)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="pixel-llm-sync", daemon=True)
        self._thread.start()

    def _run(self, coro) -> Any:
        if self._loop.is_closed():
            coro.close()
            from .errors import IntegratorStateError

            raise IntegratorStateError("this SyncIntegrator is closed")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def initialize(self) -> None:
        self._run(self.integrator.initialize())

    def caption_frame(self, frame: Any, use_cache: bool = True, *, windows: Any = None) -> str:
        return self._run(self.integrator.caption_frame(frame, use_cache, windows=windows))

    def caption_frame_detailed(self, frame: Any, use_cache: bool = True, *, windows: Any = None) -> CaptionResult:
        return self._run(self.integrator.caption_frame_detailed(frame, use_cache, windows=windows))

    def caption_batch(self, frames: Iterable[Any], use_cache: bool = True, return_exceptions: bool = False, *,
                      windows: Any = None) -> list:
        return self._run(self.integrator.caption_batch(frames, use_cache, return_exceptions, windows=windows))

    def caption_batch_detailed(self, frames: Iterable[Any], use_cache: bool = True,
                               return_exceptions: bool = False, *, windows: Any = None) -> list:
        return self._run(self.integrator.caption_batch_detailed(frames, use_cache, return_exceptions,
                                                                windows=windows))

    def caption_stream(self, frame: Any, use_cache: bool = True, *, windows: Any = None) -> Iterator[str]:
        """Caption pieces as they are written (see ``CompositorIntegrator.caption_stream``)."""
        agen = self.integrator.caption_stream(frame, use_cache, windows=windows)
        try:
            while True:
                try:
                    yield self._run(agen.__anext__())
                except StopAsyncIteration:
                    return
        finally:
            if not self._loop.is_closed():
                self._run(agen.aclose())

    def llm_health(self) -> dict[str, Any]:
        return self._run(self.integrator.llm_health())

    def get_cache_stats(self) -> dict[str, Any]:
        return self.integrator.get_cache_stats()

    def clear_cache(self) -> None:
        self.integrator.clear_cache()

    def close(self) -> None:
        if self._loop.is_closed():
            return
        self._run(self.integrator.shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    def __enter__(self) -> "SyncIntegrator":
        self.initialize()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
