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
from dataclasses import replace
from typing import Any, Awaitable, Iterable, Protocol, Sequence, runtime_checkable

import numpy as np

from .cache import ResultCache
from .config import CompositorConfig
from .devices import resolve_device
from .encoders import canonical_name, create_encoder
from .errors import EncoderError, IntegratorStateError, PixelLLMError, WeightsUnavailableError, BatchCaptionError
from .facts import Facts
from .facts.extract import measure
from .facts.text import create_ocr
from .generators import compose_caption
from .imageio import PreparedFrame, prepare_frame
from .result import CaptionResult

logger = logging.getLogger(__name__)
BUNDLED = "efficientnet_lite0"
_warned: set[str] = set()


def _warn_once(key: str, message: str, *args: Any) -> None:
    if key not in _warned:
        _warned.add(key)
        logger.warning(message, *args)


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


class _Analysis:
    __slots__ = ("rgb", "features", "facts", "timings")

    def __init__(self, rgb, features, facts, timings):
        self.rgb, self.features, self.facts, self.timings = rgb, features, facts, timings


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
            backend = f"model:{type(self.model).__name__}" if self.model is not None else cfg.generator
            labeler_id = self.labeler.identity if self.labeler is not None else "-"
            ocr_id = getattr(self.ocr, "name", "-")
            self._pipeline_id = "|".join([self.encoder.identity, labeler_id, ocr_id, ",".join(cfg.facts), backend,
                                          str(cfg.max_length), cfg.color_order])
            self._backend = backend
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
        if self._state == "closed":
            raise IntegratorStateError("this integrator has been shut down; create a new one")

    async def _ensure_ready(self) -> None:
        if self._state != "ready":
            await self.initialize()

    async def shutdown(self) -> None:
        """Release models and threads. The integrator cannot be used afterwards."""
        self.shutdown_sync()

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
        and whether the cache answered."""
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

    async def _caption_many(self, frames: list[Any], use_cache: bool, single: bool) -> list[Any]:
        await self._ensure_ready()
        loop = asyncio.get_running_loop()
        t0 = time.perf_counter()
        results: list[Any] = [None] * len(frames)
        prepared: list[PreparedFrame | None] = [None] * len(frames)
        for i, frame in enumerate(frames):
            try:
                if isinstance(frame, (str, os.PathLike)):  # file reads stay off the loop
                    prepared[i] = await loop.run_in_executor(None, self._prepare, frame)
                else:
                    prepared[i] = self._prepare(frame)
            except PixelLLMError as exc:
                if single:
                    raise
                results[i] = exc
        # cache, then in-flight work of other callers, then our own work
        waiting: dict[int, cf.Future] = {}
        own: dict[str, tuple[cf.Future, PreparedFrame]] = {}
        for i, p in enumerate(prepared):
            if p is None:
                continue
            key = f"{p.digest}|{self._pipeline_id}"
            if use_cache:
                hit = self._cache.get(key)
                if hit is not None:
                    results[i] = replace(hit, cached=True, timings={"total_ms": (time.perf_counter() - t0) * 1e3})
                    continue
                with self._inflight_lock:
                    fut = self._inflight.get(key)
                    if fut is None:
                        if key in own:
                            fut = own[key][0]
                        else:
                            fut = cf.Future()
                            self._inflight[key] = fut
                            own[key] = (fut, p)
                waiting[i] = fut
            else:
                fut = cf.Future()
                own[f"{key}#{i}"] = (fut, p)
                waiting[i] = fut
        if own:
            await self._run_own(list(own.items()), use_cache, t0)
        for i, fut in waiting.items():
            try:
                results[i] = await asyncio.wrap_future(fut)
            except PixelLLMError as exc:
                if single:
                    raise
                results[i] = exc
        return results

    async def _run_own(self, work: list[tuple[str, tuple[cf.Future, PreparedFrame]]], use_cache: bool,
                       t0: float) -> None:
        loop = asyncio.get_running_loop()
        size = self.config.batch_size
        try:
            finals = []
            for start in range(0, len(work), size):
                chunk = work[start:start + size]
                analyses = await loop.run_in_executor(self._executor, self._analyse, [p for _, (_, p) in chunk])
                for (key, (fut, _)), analysis in zip(chunk, analyses):
                    if isinstance(analysis, BaseException):
                        fut.set_exception(analysis)
                    else:
                        finals.append(self._finish(key, fut, analysis, use_cache, t0))
            await asyncio.gather(*finals)
        except BaseException as exc:
            for _, (fut, _) in work:
                if not fut.done():
                    fut.set_exception(exc if isinstance(exc, PixelLLMError)
                                      else IntegratorStateError(f"captioning was interrupted: {exc!r}"))
            raise
        finally:
            with self._inflight_lock:
                for key, (fut, _) in work:
                    if self._inflight.get(key) is fut:
                        del self._inflight[key]

    async def _finish(self, key: str, fut: cf.Future, analysis: _Analysis, use_cache: bool, t0: float) -> None:
        t = time.perf_counter()
        try:
            caption = await self._generate(analysis)
        except PixelLLMError as exc:
            fut.set_exception(exc)
            return
        except Exception as exc:  # a user model's failure
            fut.set_exception(EncoderError(f"caption model failed: {exc!r}"))
            return
        timings = dict(analysis.timings, caption_ms=(time.perf_counter() - t) * 1e3,
                       total_ms=(time.perf_counter() - t0) * 1e3)
        result = CaptionResult(caption, analysis.facts, self._backend, self.encoder.identity, self.device or "cpu",
                               False, timings, analysis.features)
        if use_cache:
            self._cache.put(key, result)
        fut.set_result(result)

    async def _generate(self, analysis: _Analysis) -> str:
        max_length = self.config.max_length
        if self.model is None:
            return compose_caption(analysis.facts, max_length)
        call = self.model.caption
        if inspect.iscoroutinefunction(call):
            out = await call(analysis.rgb, analysis.features, analysis.facts, max_length)
        else:
            loop = asyncio.get_running_loop()
            out = await loop.run_in_executor(self._executor, call, analysis.rgb, analysis.features, analysis.facts,
                                             max_length)
        if not isinstance(out, str):
            raise EncoderError(f"caption model returned {type(out).__name__}, not str")
        return out

    # -- compute thread -----------------------------------------------------------------
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
            error: PixelLLMError = exc
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
            out[i] = _Analysis(rgb, encoded.features[row], facts,
                               {"decode_ms": decode_ms, "encode_ms": encode_ms,
                                "facts_ms": (time.perf_counter() - t) * 1e3})
        return out
