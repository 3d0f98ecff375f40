"""``CompositorIntegrator``: frames in, grounded captions out.

Pipeline per frame: prepare (check the input, digest its pixels) → cache → decode → encode
(batched, on one compute thread) → facts → caption. Model compute never runs on the event
loop. Nothing here is bound to one event loop, so an integrator can serve several
``asyncio.run`` calls in turn (``quick_caption`` relies on that).
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import inspect
import logging
import os
import threading
import time
from typing import Any, AsyncIterator, Awaitable, Iterable, Protocol, Sequence, runtime_checkable

import numpy as np

from .cache import ResultCache
from .config import CompositorConfig
from .devices import resolve_device
from .encoders import canonical_name, create_encoder
from .errors import (BatchCaptionError, EncoderError, IntegratorStateError, LLMConnectionError, LLMError,
                     LLMUnavailableError, PixelLLMError, WeightsUnavailableError)
from .facts import Facts
from .facts.extract import measure
from .facts.text import create_ocr
from .generators import compose_caption
from .generators.openai_compat import LLMCaptioner, image_data_url
from .imageio import PreparedFrame, prepare_frame
from .result import CaptionResult

logger = logging.getLogger(__name__)
BUNDLED = "efficientnet_lite0"
_warned: set[str] = set()


def _warn_once(key: str, message: str, *args: Any, level: int = logging.WARNING) -> None:
    if key not in _warned:
        _warned.add(key)
        logger.log(level, message, *args)


def _shared_future() -> cf.Future:
    """A future several callers wait on. Marked running at once, so a waiter that is cancelled
    (``asyncio.wrap_future`` cancels what it wraps) cannot cancel it for the others."""
    fut: cf.Future = cf.Future()
    fut.set_running_or_notify_cancel()
    return fut


def _resolve(fut: cf.Future, result: Any = None, error: BaseException | None = None) -> None:
    if fut.done():
        return
    if error is not None:
        fut.set_exception(error)
    else:
        fut.set_result(result)


@runtime_checkable
class CaptionModel(Protocol):
    """A user's own captioning model, passed as ``CompositorIntegrator(model=...)``.

    ``caption`` receives the decoded RGB frame (uint8, H×W×3), the encoder's feature vector
    for it (float32, 1-D), the measured :class:`~pixel_llm.facts.Facts` and the configured
    ``max_length``, and returns the caption. It may be a plain method (run on the compute
    thread) or ``async def``. The grounding rule is yours to keep: say only what is in the
    image.
    """

    def caption(self, image: np.ndarray, features: np.ndarray, facts: Facts,
                max_length: int) -> str | Awaitable[str]: ...


class _Entry:
    """What the cache keeps for a frame: its features and facts (the expensive part), and the
    captions written from them, one per backend (offline, the LLM, a user model)."""

    __slots__ = ("features", "facts", "timings", "captions", "pending", "lock")

    def __init__(self, features, facts, timings):
        self.features, self.facts, self.timings = features, facts, timings
        self.captions: dict[str, str] = {}
        self.pending: dict[str, cf.Future] = {}
        self.lock = threading.Lock()


class CompositorIntegrator:
    """Captions frames; see the module docstring and the README."""

    def __init__(self, config: CompositorConfig | None = None, model: CaptionModel | None = None):
        self.config = config if config is not None else CompositorConfig()
        if not isinstance(self.config, CompositorConfig):
            raise TypeError(f"config must be a CompositorConfig, got {type(self.config).__name__}")
        if model is not None and not callable(getattr(model, "caption", None)):
            raise TypeError("model must have a caption(image, features, facts, max_length) method")
        self.model = model
        self._cache = ResultCache(self.config.cache_size, self.config.cache_enabled)
        self._state = "new"
        self._init_lock = threading.Lock()
        self._inflight: dict[str, cf.Future] = {}
        self._inflight_lock = threading.Lock()
        self._executor: cf.ThreadPoolExecutor | None = None
        self.encoder = None
        self.labeler = None
        self.ocr = None
        self.device: str | None = None
        self._pipeline_id = ""
        self._llm: LLMCaptioner | None = None
        self._backend = "offline"
        self._tasks: set[asyncio.Future] = set()

    # -- lifecycle ----------------------------------------------------------------------
    @property
    def initialized(self) -> bool:
        return self._state == "ready"

    async def initialize(self) -> None:
        """Load the models (off the event loop). Safe to call more than once."""
        if self._state == "ready":
            return
        self._check_open()
        await asyncio.get_running_loop().run_in_executor(None, self.initialize_sync)

    def initialize_sync(self) -> None:
        with self._init_lock:
            if self._state == "ready":
                return
            self._check_open()
            cfg = self.config
            self.device = resolve_device(cfg.device)
            self.encoder = self._build_encoder(self.device)
            if "labels" in cfg.facts:
                if getattr(self.encoder, "label_names", None):
                    self.labeler = self.encoder
                else:
                    self.labeler = create_encoder(BUNDLED, cfg, self.device)
            if "text" in cfg.facts:
                self.ocr = create_ocr(cfg.ocr, cfg.compute_threads)
            self._executor = cf.ThreadPoolExecutor(1, thread_name_prefix="pixel-llm-compute")
            if self.model is None and cfg.generator in ("auto", "openai"):
                self._llm = LLMCaptioner(cfg, auto=cfg.generator == "auto")
            self._backend = f"model:{type(self.model).__name__}" if self.model is not None else "offline"
            labeler_id = self.labeler.identity if self.labeler is not None else "-"
            ocr_id = getattr(self.ocr, "name", "-")
            # what the cached analysis depends on (captions are kept per backend inside it)
            self._pipeline_id = "|".join([self.encoder.identity, labeler_id, ocr_id, ",".join(cfg.facts),
                                          cfg.color_order])
            self._state = "ready"
            logger.info("pixel-llm ready: encoder=%s labeler=%s ocr=%s device=%s", self.encoder.identity, labeler_id,
                        ocr_id, self.device)

    def _build_encoder(self, device: str):
        cfg = self.config
        try:
            return create_encoder(cfg.encoder_type, cfg, device)
        except WeightsUnavailableError as exc:
            if cfg.strict or canonical_name(cfg.encoder_type) == BUNDLED:
                raise
            _warn_once(f"fallback:{cfg.encoder_type}:{cfg.encoder_model}",
                       "encoder %r is unavailable, using the bundled offline encoder %s instead: %s "
                       "(set strict=True to make this an error)", cfg.encoder_type, BUNDLED, exc)
            return create_encoder(BUNDLED, cfg, device)

    def _check_open(self) -> None:
        if self._state in ("closed", "closing"):
            raise IntegratorStateError("this integrator has been shut down; create a new one")

    async def _ensure_ready(self) -> None:
        if self._state != "ready":
            await self.initialize()

    async def shutdown(self) -> None:
        """Release models, threads and the HTTP connection pool. The integrator cannot be used
        afterwards. Work in progress finishes first."""
        with self._init_lock:
            if self._state == "closed":
                return
            self._state = "closing"
        loop = asyncio.get_running_loop()
        mine = [t for t in self._tasks if not t.done() and t.get_loop() is loop]
        if mine:
            await asyncio.gather(*mine, return_exceptions=True)
        if self._llm is not None:
            await self._llm.aclose()
        await asyncio.to_thread(self.shutdown_sync)

    def shutdown_sync(self) -> None:
        with self._init_lock:
            if self._state == "closed":
                return
            self._state = "closed"
            if self._executor is not None:
                self._executor.shutdown(wait=True, cancel_futures=False)
            for part in {id(p): p for p in (self.encoder, self.labeler) if p is not None}.values():
                part.close()
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
    async def caption_frame(self, frame: Any, use_cache: bool = True) -> str:
        """Caption one frame: numpy array, PIL image, path, encoded bytes or torch tensor."""
        return (await self.caption_frame_detailed(frame, use_cache)).caption

    async def caption_frame_detailed(self, frame: Any, use_cache: bool = True) -> CaptionResult:
        """Like :meth:`caption_frame`, returning the caption with its facts, timings, backend
        and whether the frame's analysis came from the cache."""
        return (await self._caption_many([frame], use_cache, single=True))[0]

    async def caption_batch(self, frames: Iterable[Any], use_cache: bool = True,
                            return_exceptions: bool = False) -> list[Any]:
        """Caption many frames, batched through the encoder in chunks of ``batch_size``.

        Returns captions in input order. If some frames fail, the others are still captioned:
        with ``return_exceptions=True`` a failed frame's entry is its exception; otherwise a
        :class:`~pixel_llm.errors.BatchCaptionError` is raised whose ``.results`` holds every
        caption and every exception, in input order.
        """
        results = await self.caption_batch_detailed(frames, use_cache, return_exceptions=True)
        out = [r if isinstance(r, BaseException) else r.caption for r in results]
        if not return_exceptions and any(isinstance(r, BaseException) for r in out):
            raise BatchCaptionError(out)
        return out

    async def caption_batch_detailed(self, frames: Iterable[Any], use_cache: bool = True,
                                     return_exceptions: bool = False) -> list[Any]:
        """Like :meth:`caption_batch`, with :class:`CaptionResult` entries."""
        results = await self._caption_many(list(frames), use_cache, single=False)
        if not return_exceptions and any(isinstance(r, BaseException) for r in results):
            raise BatchCaptionError(results)
        return results

    def _prepare(self, frame: Any) -> PreparedFrame:
        return prepare_frame(frame, color_order=self.config.color_order, max_pixels=self.config.max_image_pixels)

    async def _prepare_all(self, frames: list[Any], single: bool) -> list[Any]:
        loop = asyncio.get_running_loop()
        out: list[Any] = []
        for frame in frames:
            try:
                if isinstance(frame, (str, os.PathLike)):  # file reads stay off the loop
                    out.append(await loop.run_in_executor(None, self._prepare, frame))
                else:
                    out.append(self._prepare(frame))
            except PixelLLMError as exc:
                if single:
                    raise
                out.append(exc)
        return out

    async def _caption_many(self, frames: list[Any], use_cache: bool, single: bool) -> list[Any]:
        await self._ensure_ready()
        t0 = time.perf_counter()
        prepared = await self._prepare_all(frames, single)
        entries = await self._entries(prepared, use_cache)
        results: list[Any] = [None] * len(frames)

        async def finish(i: int) -> None:
            entry, cached = entries[i]
            try:
                caption, backend, t_caption = await self._caption_entry(entry, prepared[i])
            except PixelLLMError as exc:
                results[i] = exc
                return
            timings = {"total_ms": (time.perf_counter() - t0) * 1e3, "caption_ms": t_caption}
            if not cached:
                timings.update(entry.timings)
            results[i] = CaptionResult(caption, entry.facts, backend, self.encoder.identity, self.device or "cpu",
                                       cached, timings, entry.features)

        for i, item in enumerate(entries):
            if isinstance(item, BaseException):
                results[i] = item
        await asyncio.gather(*(finish(i) for i, item in enumerate(entries) if not isinstance(item, BaseException)))
        if single and isinstance(results[0], BaseException):
            raise results[0]
        return results

    # -- analysis: cache, in-flight work, compute ------------------------------------------
    async def _entries(self, prepared: list[Any], use_cache: bool) -> list[Any]:
        """For each prepared frame: ``(entry, cached)`` or the exception that stopped it."""
        out: list[Any] = [None] * len(prepared)
        waiting: dict[int, cf.Future] = {}
        own: dict[str, tuple[cf.Future, PreparedFrame]] = {}
        for i, p in enumerate(prepared):
            if isinstance(p, BaseException):
                out[i] = p
                continue
            key = f"{p.digest}|{self._pipeline_id}"
            if not use_cache:
                fut = _shared_future()
                own[f"{key}#{i}"] = (fut, p)
                waiting[i] = fut
                continue
            hit = self._cache.get(key)
            if hit is not None:
                out[i] = (hit, True)
                continue
            with self._inflight_lock:
                fut = self._inflight.get(key) or (own[key][0] if key in own else None)
                if fut is None:
                    fut = _shared_future()
                    self._inflight[key] = fut
                    own[key] = (fut, p)
            waiting[i] = fut
        if own:
            # detached: if this caller is cancelled, the work still finishes for the others
            self._spawn(self._analyse_own(list(own.items()), use_cache))
        for i, fut in waiting.items():
            try:
                out[i] = (await asyncio.wrap_future(fut), False)
            except PixelLLMError as exc:
                out[i] = exc
        return out

    async def _analyse_own(self, work: list[tuple[str, tuple[cf.Future, PreparedFrame]]], use_cache: bool) -> None:
        loop = asyncio.get_running_loop()
        size = self.config.batch_size
        try:
            for start in range(0, len(work), size):
                chunk = work[start:start + size]
                entries = await loop.run_in_executor(self._executor, self._analyse, [p for _, (_, p) in chunk])
                for (key, (fut, _)), entry in zip(chunk, entries):
                    if isinstance(entry, BaseException):
                        _resolve(fut, error=entry)
                    else:
                        if use_cache:
                            self._cache.put(key, entry)
                        _resolve(fut, entry)
        except BaseException as exc:  # noqa: BLE001 - a detached task: report through the futures
            error = exc if isinstance(exc, PixelLLMError) else IntegratorStateError(
                f"captioning was interrupted: {exc!r}")
            for _, (fut, _) in work:
                _resolve(fut, error=error)
        finally:
            with self._inflight_lock:
                for key, (fut, _) in work:
                    if self._inflight.get(key) is fut:
                        del self._inflight[key]

    def _analyse(self, frames: Sequence[PreparedFrame]) -> list[Any]:
        """Decode, encode (one batch) and measure facts. Runs on the compute thread."""
        out: list[Any] = [None] * len(frames)
        decoded: list[tuple[int, np.ndarray, float]] = []
        for i, p in enumerate(frames):
            t = time.perf_counter()
            try:
                decoded.append((i, p.rgb(), (time.perf_counter() - t) * 1e3))
            except PixelLLMError as exc:
                out[i] = exc
        if not decoded:
            return out
        images = [rgb for _, rgb, _ in decoded]
        t = time.perf_counter()
        try:
            encoded = self.encoder.encode(images)
            labels = encoded if self.labeler is self.encoder or self.labeler is None else self.labeler.encode(images)
        except PixelLLMError as exc:
            error: PixelLLMError | None = exc
        except Exception as exc:  # runtime failure inside a model
            error = EncoderError(f"{self.encoder.name} failed on a batch of {len(images)}: {exc!r}")
        else:
            error = None
        if error is not None:
            for i, _, _ in decoded:
                out[i] = error
            return out
        encode_ms = (time.perf_counter() - t) * 1e3 / len(images)
        for row, (i, rgb, decode_ms) in enumerate(decoded):
            t = time.perf_counter()
            try:
                facts = measure(rgb, self.config.facts,
                                labels.label_probs[row] if self.labeler is not None else None,
                                labels.label_names, labels.label_source, self.ocr)
            except Exception as exc:  # OCR subprocess failures and the like
                out[i] = EncoderError(f"measuring facts failed: {exc!r}")
                continue
            out[i] = _Entry(encoded.features[row], facts,
                            {"decode_ms": decode_ms, "encode_ms": encode_ms,
                             "facts_ms": (time.perf_counter() - t) * 1e3})
        return out

    # -- captions -------------------------------------------------------------------------
    def _writer(self) -> str:
        """Which backend writes captions right now: 'model', 'llm' or 'offline'."""
        if self.model is not None:
            return "model"
        if self._llm is not None and (self._llm.usable() or not self.config.llm_fallback):
            return "llm"  # an open breaker without fallback raises LLMUnavailableError
        return "offline"

    async def _caption_entry(self, entry: _Entry, prepared: PreparedFrame) -> tuple[str, str, float]:
        """(caption, backend, milliseconds spent writing it) for a frame's entry."""
        t = time.perf_counter()
        writer = self._writer()
        if writer == "offline":
            return compose_caption(entry.facts, self.config.max_length), "offline", (time.perf_counter() - t) * 1e3
        backend = self._backend if writer == "model" else self._llm.backend
        with entry.lock:
            if backend in entry.captions:
                return entry.captions[backend], backend, 0.0
            fut = entry.pending.get(backend)
            if fut is None:
                fut = entry.pending[backend] = _shared_future()
                self._spawn(self._write_caption(entry, prepared, writer, backend, fut))
        caption, used = await asyncio.wrap_future(fut)
        return caption, used, (time.perf_counter() - t) * 1e3

    async def _write_caption(self, entry: _Entry, prepared: PreparedFrame, writer: str, backend: str,
                             fut: cf.Future) -> None:
        """Write one caption for an entry and resolve ``fut`` with (caption, backend) or the error.
        Runs detached, so a caller that goes away does not fail the others waiting."""
        try:
            if writer == "model":
                caption = await self._model_caption(entry, prepared)
            else:
                caption = await self._llm_caption(entry, prepared)
            with entry.lock:
                entry.captions[backend] = caption
            _resolve(fut, (caption, backend))
        except LLMError as exc:
            if self.config.llm_fallback:
                self._note_fallback(exc)
                _resolve(fut, (compose_caption(entry.facts, self.config.max_length), "offline"))
            else:
                _resolve(fut, error=exc)
        except BaseException as exc:  # noqa: BLE001 - reported through the future
            _resolve(fut, error=exc if isinstance(exc, PixelLLMError) else EncoderError(f"caption failed: {exc!r}"))
        finally:
            with entry.lock:
                if entry.pending.get(backend) is fut:
                    del entry.pending[backend]

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _note_fallback(self, exc: LLMError) -> None:
        key = f"llm-fallback:{self.config.lm_studio_base_url}:{type(exc).__name__}"
        if self.config.generator == "auto" and isinstance(exc, (LLMConnectionError, LLMUnavailableError)):
            _warn_once(key, "no caption endpoint answers at %s; captions are composed offline from the facts",
                       self.config.lm_studio_base_url, level=logging.INFO)
        else:
            _warn_once(key, "caption endpoint failed, captioning offline from the facts instead: %s", exc)

    async def _frame_rgb(self, prepared: PreparedFrame) -> np.ndarray:
        """The frame's pixels: already decoded, or decoded again for a cache hit."""
        if prepared._rgb is not None:
            return prepared._rgb
        return await asyncio.get_running_loop().run_in_executor(self._executor, prepared.rgb)

    async def _image_url(self, prepared: PreparedFrame) -> str:
        rgb = await self._frame_rgb(prepared)
        cfg = self.config
        return await asyncio.get_running_loop().run_in_executor(
            None, image_data_url, rgb, cfg.llm_image_max_side, cfg.llm_image_format)

    async def _llm_caption(self, entry: _Entry, prepared: PreparedFrame) -> str:
        return await self._llm.caption(entry.facts, self.config.max_length, lambda: self._image_url(prepared))

    async def _model_caption(self, entry: _Entry, prepared: PreparedFrame) -> str:
        max_length = self.config.max_length
        rgb = await self._frame_rgb(prepared)
        call = self.model.caption
        try:
            if inspect.iscoroutinefunction(call):
                out = await call(rgb, entry.features, entry.facts, max_length)
            else:
                loop = asyncio.get_running_loop()
                out = await loop.run_in_executor(self._executor, call, rgb, entry.features, entry.facts, max_length)
        except PixelLLMError:
            raise
        except Exception as exc:  # a user model's failure
            raise EncoderError(f"caption model failed: {exc!r}") from exc
        if not isinstance(out, str):
            raise EncoderError(f"caption model returned {type(out).__name__}, not str")
        return out

    # -- streaming and health -------------------------------------------------------------
    async def caption_stream(self, frame: Any, use_cache: bool = True) -> AsyncIterator[str]:
        """The caption of one frame as it is written: token by token from an LLM endpoint,
        in one piece from the offline composer, a user model or the cache. If the endpoint
        fails before the first piece, the offline caption is streamed instead (when
        ``llm_fallback``); a failure after it raises a typed :class:`LLMError`."""
        await self._ensure_ready()
        prepared = (await self._prepare_all([frame], single=True))[0]
        item = (await self._entries([prepared], use_cache))[0]
        if isinstance(item, BaseException):
            raise item
        entry, _ = item
        if self._writer() != "llm" or self._llm.backend in entry.captions:
            caption, _, _ = await self._caption_entry(entry, prepared)
            yield caption
            return
        pieces: list[str] = []
        try:
            async for piece in self._llm.stream(entry.facts, self.config.max_length, lambda: self._image_url(prepared)):
                pieces.append(piece)
                yield piece
        except LLMError as exc:
            if pieces or not self.config.llm_fallback:
                raise
            self._note_fallback(exc)
            yield compose_caption(entry.facts, self.config.max_length)
            return
        from .generators.prompt import clean_caption

        caption = clean_caption("".join(pieces), self.config.max_length)
        if caption:
            with entry.lock:
                entry.captions[self._llm.backend] = caption

    def stream(self, source: Any, *, max_rate: float | None = None, changes_only: bool = False,
               scene_detection: bool = True, realtime: bool | None = None, screen_fps: float = 10.0):
        """Caption a live source; an async iterator of :class:`~pixel_llm.stream.CaptionEvent`.

        ``source``: a camera index, a video path or URL, ``"screen"`` / ``"screen:l,t,w,h"``, a
        folder (watched: existing images first, then new ones), or an async iterable of frames a
        host application pushes. See :mod:`pixel_llm.stream.runner` for the real-time policy
        (latest frame wins, ``max_rate``, scene-change detection); ``.stats`` counts frames.
        """
        from pathlib import Path

        from .stream.runner import CaptionStream
        from .stream.watch import FolderStream

        if isinstance(source, (str, os.PathLike)) and Path(source).is_dir():
            return FolderStream(self, Path(source))
        return CaptionStream(self, source, max_rate=max_rate, changes_only=changes_only,
                             scene_detection=scene_detection, realtime=realtime, screen_fps=screen_fps)

    async def llm_health(self) -> dict[str, Any]:
        """Is the caption endpoint reachable, and which models does it list (``/v1/models``)?
        Also the circuit breaker's state. ``{"enabled": False}`` when no endpoint is used."""
        await self._ensure_ready()
        if self._llm is None:
            return {"enabled": False, "generator": self.config.generator}
        return {"enabled": True, "generator": self.config.generator, **(await self._llm.health())}
