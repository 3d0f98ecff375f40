"""``CompositorIntegrator``: frames in, grounded captions out — the spec's API and its wiring.

One frame's way through it, a module per stage:

=====================  ==========================================================
prepare (check, digest) :mod:`pixel_llm.imageio`
decode → encode → facts :mod:`pixel_llm.analysis` (cache, in-flight sharing, compute thread)
cache                   :mod:`pixel_llm.cache`
caption                 :mod:`pixel_llm.captioning` with a writer from :mod:`pixel_llm.writers`
result                  :mod:`pixel_llm.result`
=====================  ==========================================================

Model compute never runs on the event loop. Nothing here is bound to one event loop, so an
integrator can serve several ``asyncio.run`` calls in turn (``quick_caption`` relies on that).
"""

from __future__ import annotations

import asyncio
import enum
import logging
import os
import threading
import time
import weakref
from pathlib import Path
from typing import Any, AsyncIterator, Iterable

from .analysis import FrameAnalyzer, hinted
from .cache import ResultCache
from .captioning import Captioner
from .config import CompositorConfig
from .devices import resolve_device
from .errors import BatchCaptionError, IntegratorStateError, PixelLLMError, WindowsHintError
from .facts.hints import parse_windows
from .redact import redact_url
from .result import CaptionResult
from .runtime import DetachedTasks
from .writers import CaptionModel, choose_writer

__all__ = ["CaptionModel", "CompositorIntegrator", "State"]

logger = logging.getLogger(__name__)
SHUTDOWN_GRACE_S = 5.0
"""How long :meth:`CompositorIntegrator.shutdown` lets work in progress finish before it
cancels what is left (a caption endpoint that never answers cannot hold shutdown)."""


def _batch_hints(windows: Any, count: int) -> list | None:
    """One parsed ``windows=`` hint (or None) per frame of a batch."""
    if windows is None:
        return None
    windows = list(windows)
    if len(windows) != count:
        raise WindowsHintError(f"windows= for a batch needs one entry (a list or None) per frame: "
                               f"{len(windows)} entries for {count} frames")
    return [parse_windows(w) for w in windows]


class State(enum.Enum):
    """An integrator's lifecycle: NEW → READY (models loaded) → CLOSING → CLOSED."""

    NEW = "new"
    READY = "ready"
    CLOSING = "closing"
    CLOSED = "closed"


class CompositorIntegrator:
    """Captions frames; see the module docstring and the README."""

    def __init__(self, config: CompositorConfig | None = None, model: CaptionModel | None = None):
        self.config = config if config is not None else CompositorConfig()
        if not isinstance(self.config, CompositorConfig):
            raise TypeError(f"config must be a CompositorConfig, got {type(self.config).__name__}")
        if model is not None and not callable(getattr(model, "caption", None)):
            raise TypeError("model must have a caption(image, features, facts, max_length) method")
        self.model = model
        self.state = State.NEW
        self.device: str | None = None
        self.analyzer: FrameAnalyzer | None = None
        """Decode → encode → facts, with the cache (set by :meth:`initialize`)."""
        self.captioner: Captioner | None = None
        """Analysis → caption, with the writer chosen from the config (set by :meth:`initialize`)."""
        self._cache = ResultCache(self.config.cache_size, self.config.cache_enabled)
        self._tasks = DetachedTasks()
        self._streams: weakref.WeakSet = weakref.WeakSet()
        self._lock = threading.Lock()

    # -- lifecycle ----------------------------------------------------------------------
    @property
    def initialized(self) -> bool:
        return self.state is State.READY

    @property
    def encoder(self):
        return self.analyzer.encoder if self.analyzer is not None else None

    @property
    def labeler(self):
        return self.analyzer.labeler if self.analyzer is not None else None

    @property
    def ocr(self):
        return self.analyzer.ocr if self.analyzer is not None else None

    async def initialize(self) -> None:
        """Load the models (off the event loop). Safe to call more than once."""
        if self.state is State.READY:
            return
        self._check_open()
        await asyncio.get_running_loop().run_in_executor(None, self.initialize_sync)

    def initialize_sync(self) -> None:
        with self._lock:
            if self.state is State.READY:
                return
            self._check_open()
            self.device = resolve_device(self.config.device)
            analyzer = FrameAnalyzer.load(self.config, self.device, self._cache, self._tasks)
            writer = choose_writer(self.config, self.model, analyzer.executor)
            self.analyzer, self.captioner = analyzer, Captioner(self.config, writer, self._tasks)
            self.state = State.READY
            logger.info("pixel-llm ready: %s device=%s captions=%s", analyzer.describe(), self.device,
                        writer.backend)

    def _check_open(self) -> None:
        if self.state in (State.CLOSING, State.CLOSED):
            raise IntegratorStateError("this integrator has been shut down; create a new one")

    async def shutdown(self) -> None:
        """Release models, threads and the HTTP connection pool. The integrator cannot be used
        afterwards. Work in progress gets :data:`SHUTDOWN_GRACE_S` seconds to finish; captions
        an endpoint is still writing then are cancelled (their callers get the offline caption
        when ``llm_fallback`` is on)."""
        with self._lock:
            if self.state is State.CLOSED:
                return
            self.state = State.CLOSING
        for stream in list(self._streams):
            await stream.aclose()
        await self._tasks.drain(timeout=SHUTDOWN_GRACE_S)
        llm = self.captioner.llm if self.captioner is not None else None
        if llm is not None:
            await llm.endpoint.aclose()
        await asyncio.to_thread(self.shutdown_sync)

    def shutdown_sync(self) -> None:
        with self._lock:
            if self.state is State.CLOSED:
                return
            self.state = State.CLOSED
            if self.analyzer is not None:
                self.analyzer.close()
            self._cache.clear()

    async def __aenter__(self) -> "CompositorIntegrator":
        await self.initialize()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.shutdown()

    # -- cache --------------------------------------------------------------------------
    def get_cache_stats(self) -> dict[str, Any]:
        """``size``, ``max_size``, ``hits``, ``misses``, ``evictions``, ``hit_rate``, ``enabled``."""
        return self._cache.stats()

    def clear_cache(self) -> None:
        self._cache.clear()

    # -- captioning ---------------------------------------------------------------------
    async def caption_frame(self, frame: Any, use_cache: bool = True, *, windows: Any = None) -> str:
        """Caption one frame: numpy array, PIL image, path, encoded bytes or torch tensor.

        ``windows`` (keyword only): what the host knows of the frame's windows, a list of dicts
        with ``title``, ``app_id``, ``rect`` (x, y, w, h) and ``focused``, each optional. They
        name windows the pixels show, never contradicting them (see :mod:`pixel_llm.facts.hints`).
        """
        return (await self.caption_frame_detailed(frame, use_cache, windows=windows)).caption

    async def caption_frame_detailed(self, frame: Any, use_cache: bool = True, *, windows: Any = None
                                     ) -> CaptionResult:
        """Like :meth:`caption_frame`, returning the caption with its facts, timings, backend
        and whether the frame's analysis came from the cache."""
        hints = [parse_windows(windows)]
        return (await self._caption_many([frame], use_cache, single=True, hints=hints))[0]

    async def caption_batch(self, frames: Iterable[Any], use_cache: bool = True,
                            return_exceptions: bool = False, *, windows: Any = None) -> list[Any]:
        """Caption many frames, batched through the encoder in chunks of ``batch_size``.

        Returns captions in input order. If some frames fail, the others are still captioned:
        with ``return_exceptions=True`` a failed frame's entry is its exception; otherwise a
        :class:`~pixel_llm.errors.BatchCaptionError` is raised whose ``.results`` holds every
        caption and every exception, in input order. ``windows``: one hint (or None) per frame
        (see :meth:`caption_frame`).
        """
        results = await self.caption_batch_detailed(frames, use_cache, return_exceptions=True, windows=windows)
        out = [r if isinstance(r, BaseException) else r.caption for r in results]
        if not return_exceptions and any(isinstance(r, BaseException) for r in out):
            raise BatchCaptionError(out)
        return out

    async def caption_batch_detailed(self, frames: Iterable[Any], use_cache: bool = True,
                                     return_exceptions: bool = False, *, windows: Any = None) -> list[Any]:
        """Like :meth:`caption_batch`, with :class:`CaptionResult` entries."""
        frames = list(frames)
        hints = _batch_hints(windows, len(frames))
        results = await self._caption_many(frames, use_cache, single=False, hints=hints)
        if not return_exceptions and any(isinstance(r, BaseException) for r in results):
            raise BatchCaptionError(results)
        return results

    async def _caption_many(self, frames: list[Any], use_cache: bool, single: bool,
                            hints: list | None = None) -> list[Any]:
        await self.initialize()
        t0 = time.perf_counter()
        prepared = await self.analyzer.prepare_all(frames, single)
        analysed = await self.analyzer.analyse(prepared, use_cache)
        results: list[Any] = [item if isinstance(item, BaseException) else None for item in analysed]

        async def finish(i: int) -> None:
            analysis, cached = analysed[i]
            if hints is not None and hints[i] is not None:
                analysis = hinted(analysis, hints[i])
            try:
                written = await self.captioner.caption(analysis, self.analyzer.pixel_source(prepared[i]))
            except PixelLLMError as exc:
                results[i] = exc
                return
            timings = {"total_ms": (time.perf_counter() - t0) * 1e3, "caption_ms": written.ms}
            if not cached:
                timings.update(analysis.timings)
            results[i] = CaptionResult(written.caption, analysis.facts, written.backend, self.encoder.identity,
                                       self.device or "cpu", cached, timings, analysis.features)

        await asyncio.gather(*(finish(i) for i, item in enumerate(analysed) if not isinstance(item, BaseException)))
        if single and isinstance(results[0], BaseException):
            raise results[0]
        return results

    # -- streaming and health -------------------------------------------------------------
    async def caption_stream(self, frame: Any, use_cache: bool = True, *, windows: Any = None
                             ) -> AsyncIterator[str]:
        """The caption of one frame as it is written: token by token from an LLM endpoint,
        in one piece from the offline composer, a user model or the cache. If the endpoint
        fails before the first piece, the offline caption is streamed instead (when
        ``llm_fallback``); a failure after it raises a typed :class:`LLMError`. ``windows``:
        as for :meth:`caption_frame`."""
        hints = parse_windows(windows)
        await self.initialize()
        prepared = (await self.analyzer.prepare_all([frame], single=True))[0]
        item = (await self.analyzer.analyse([prepared], use_cache))[0]
        if isinstance(item, BaseException):
            raise item
        analysis = hinted(item[0], hints)
        async for piece in self.captioner.stream(analysis, self.analyzer.pixel_source(prepared)):
            yield piece

    def stream(self, source: Any, *, max_rate: float | None = None, changes_only: bool = False,
               scene_detection: bool = True, realtime: bool | None = None, screen_fps: float = 10.0):
        """Caption a live source; an async iterator of :class:`~pixel_llm.stream.CaptionEvent`.

        ``source``: a camera index, a video path or URL, ``"screen"`` / ``"screen:l,t,w,h"``, a
        folder (watched: existing images first, then new ones), or an async iterable of frames a
        host application pushes. See :mod:`pixel_llm.stream.runner` for the real-time policy
        (latest frame wins, ``max_rate``, scene-change detection); ``.stats`` counts frames.
        """
        from .stream.runner import CaptionStream
        from .stream.watch import FolderStream

        if isinstance(source, (str, os.PathLike)) and Path(source).is_dir():
            return FolderStream(self, Path(source))
        stream = CaptionStream(self, source, max_rate=max_rate, changes_only=changes_only,
                               scene_detection=scene_detection, realtime=realtime, screen_fps=screen_fps)
        self._streams.add(stream)  # closing the integrator stops their readers
        return stream

    async def llm_health(self) -> dict[str, Any]:
        """Is the caption endpoint reachable, and which models does it list (``/v1/models``)?
        Also the circuit breaker's state. ``{"enabled": False}`` when no endpoint is used."""
        await self.initialize()
        llm = self.captioner.llm
        if llm is None:
            return {"enabled": False, "generator": self.config.generator}
        return {"enabled": True, "generator": self.config.generator, **(await llm.endpoint.health())}

    def llm_status(self) -> dict[str, Any] | None:
        """The endpoint's backend name, base URL and circuit breaker, without asking it; None
        when captions do not come from an endpoint (or before :meth:`initialize`)."""
        llm = self.captioner.llm if self.captioner is not None else None
        if llm is None:
            return None
        return {"backend": llm.backend, "base_url": redact_url(self.config.lm_studio_base_url),
                "breaker": llm.endpoint.breaker.snapshot()}
