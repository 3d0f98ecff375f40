"""Frame analysis: prepared frame → decoded pixels → encoder features → facts.

:class:`FrameAnalyzer` owns the models that measure a frame (encoder, labeler, OCR) and the
compute threads they run on: one for ordinary frames and one for frames over
:data:`LARGE_FRAME_PIXELS`, so that a huge upload, which takes seconds to decode, never holds
up the ordinary frames queued behind it. :meth:`FrameAnalyzer.analyse` looks each frame up in
the cache, shares work already in flight for the same pixels, and runs the rest through the
encoder in batches of ``batch_size``. What it returns for a frame is an :class:`Analysis`: the
features and facts every caption writer starts from.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import logging
import os
import threading
import time
from typing import Any, Sequence

import numpy as np

from .cache import ResultCache
from .config import CompositorConfig
from .encoders import canonical_name, create_encoder
from .errors import EncoderError, IntegratorStateError, PixelLLMError, WeightsUnavailableError
from .facts import Facts
from .facts.extract import measure
from .facts.hints import apply_hints, hint_key
from .facts.objects import create_object_detector
from .facts.people import create_people_detector
from .facts.regions import RegionReader
from .facts.text import create_ocr
from .imageio import PreparedFrame, prepare_frame
from .runtime import DetachedTasks, resolve, shared_future, warn_once

logger = logging.getLogger(__name__)
BUNDLED = "efficientnet_lite0"
LARGE_FRAME_PIXELS = 2048 * 2048
"""Frames with more pixels than this (as given, before reduction) are measured on a lane of
their own."""


class Analysis:
    """What the cache keeps for a frame: its features and facts (the expensive part), and the
    captions written from them, one per backend (see :mod:`pixel_llm.captioning`)."""

    __slots__ = ("features", "facts", "timings", "captions", "pending", "lock", "hinted")

    def __init__(self, features: np.ndarray, facts: Facts, timings: dict[str, float]):
        self.features, self.facts, self.timings = features, facts, timings
        self.captions: dict[str, str] = {}
        self.pending: dict[str, cf.Future] = {}
        self.lock = threading.Lock()
        self.hinted: dict[str, Analysis] = {}
        """The same pixels as a host's ``windows=`` hints complete them, one per distinct hint."""


MAX_HINTED = 16
"""Distinct ``windows=`` hints kept with one frame's analysis (oldest dropped first)."""


def hinted(analysis: Analysis, windows) -> Analysis:
    """``analysis`` with the host's ``windows=`` hint (parsed by
    :func:`pixel_llm.facts.hints.parse_windows`) merged into its facts: kept with the frame's
    analysis, so the pixels are measured once and each hint gets captions of its own."""
    if windows is None:
        return analysis
    key = hint_key(windows)
    with analysis.lock:
        found = analysis.hinted.get(key)
        if found is None:
            found = Analysis(analysis.features, apply_hints(analysis.facts, windows), analysis.timings)
            if len(analysis.hinted) >= MAX_HINTED:
                analysis.hinted.pop(next(iter(analysis.hinted)))
            analysis.hinted[key] = found
    return found


def build_encoder(config: CompositorConfig, device: str):
    """The configured encoder, or the bundled one (with one warning) when its weights cannot
    be had and ``strict`` is off."""
    try:
        return create_encoder(config.encoder_type, config, device)
    except WeightsUnavailableError as exc:
        if config.strict or canonical_name(config.encoder_type) == BUNDLED:
            raise
        warn_once(logger, ("fallback", config.encoder_type, config.encoder_model),
                  "encoder %r is unavailable, using the bundled offline encoder %s instead: %s "
                  "(set strict=True to make this an error)", config.encoder_type, BUNDLED, exc)
        return create_encoder(BUNDLED, config, device)


class FrameAnalyzer:
    """Measures frames; see the module docstring. Build it with :meth:`load`."""

    def __init__(self, config: CompositorConfig, encoder, labeler, ocr, cache: ResultCache,
                 tasks: DetachedTasks, people=None, objects=None):
        self.config = config
        self.encoder, self.labeler, self.ocr, self.people = encoder, labeler, ocr, people
        self.objects = objects
        self.reader = RegionReader(ocr) if ocr is not None else None
        """Screen text, read line by line with a cache keyed by each line's pixels."""
        self.cache = cache
        self.tasks = tasks
        self.executor = cf.ThreadPoolExecutor(1, thread_name_prefix="pixel-llm-compute")
        """The compute thread: ordinary frames (and model caption writers)."""
        self.large_lane = cf.ThreadPoolExecutor(1, thread_name_prefix="pixel-llm-compute-large")
        """Frames over :data:`LARGE_FRAME_PIXELS`, one at a time (so at most one huge frame
        is in memory)."""
        self._inflight: dict[str, cf.Future] = {}
        self._inflight_lock = threading.Lock()
        labeler_id = labeler.identity if labeler is not None else "-"
        # what an analysis depends on: its cache key is the frame's pixel digest plus this
        self.pipeline_id = "|".join([encoder.identity, labeler_id, getattr(ocr, "name", "-"),
                                     ",".join(config.facts), config.color_order, getattr(people, "name", "-"),
                                     getattr(objects, "name", "-")])

    @classmethod
    def load(cls, config: CompositorConfig, device: str, cache: ResultCache, tasks: DetachedTasks) -> "FrameAnalyzer":
        """Load the models the config asks for (blocking: call it off the event loop)."""
        encoder = build_encoder(config, device)
        labeler = None
        if "labels" in config.facts:
            labeler = encoder if getattr(encoder, "label_names", None) else create_encoder(BUNDLED, config, device)
        ocr = create_ocr(config.ocr, config.compute_threads) if "text" in config.facts else None
        people = (create_people_detector(config.people_detector, config.compute_threads, config.strict)
                  if "people" in config.facts else None)
        objects = (create_object_detector(config.object_detector, config.strict, config.compute_threads)
                   if "labels" in config.facts else None)
        return cls(config, encoder, labeler, ocr, cache, tasks, people, objects)

    def describe(self) -> str:
        return (f"encoder={self.encoder.identity} labeler={getattr(self.labeler, 'identity', '-')} "
                f"ocr={getattr(self.ocr, 'name', '-')} people={getattr(self.people, 'name', '-')} "
                f"objects={getattr(self.objects, 'name', '-')}")

    def close(self) -> None:
        """Stop the compute threads (after the work they have) and release the models."""
        self.executor.shutdown(wait=True, cancel_futures=False)
        self.large_lane.shutdown(wait=True, cancel_futures=False)
        if self.reader is not None:
            self.reader.close()
        if callable(getattr(self.ocr, "close", None)):
            self.ocr.close()  # Tesseract workers
        for part in {id(p): p for p in (self.encoder, self.labeler) if p is not None}.values():
            part.close()

    # -- input ---------------------------------------------------------------------------
    def prepare(self, frame: Any) -> PreparedFrame:
        """Check a frame and digest its pixels (decoding waits until it is needed)."""
        return prepare_frame(frame, color_order=self.config.color_order, max_pixels=self.config.max_image_pixels)

    async def prepare_all(self, frames: list[Any], single: bool) -> list[Any]:
        """:meth:`prepare` each frame; a bad frame's entry is its error (raised when ``single``)."""
        loop = asyncio.get_running_loop()
        out: list[Any] = []
        for frame in frames:
            try:
                if isinstance(frame, (str, os.PathLike)):  # file reads stay off the loop
                    out.append(await loop.run_in_executor(None, self.prepare, frame))
                else:
                    out.append(self.prepare(frame))
            except PixelLLMError as exc:
                if single:
                    raise
                out.append(exc)
        return out

    async def pixels(self, prepared: PreparedFrame) -> np.ndarray:
        """The frame's RGB pixels: already decoded, or decoded now on its compute lane (a
        cache hit skipped decoding)."""
        if prepared.decoded is not None:
            return prepared.decoded
        return await asyncio.get_running_loop().run_in_executor(self.lane(prepared), prepared.rgb)

    def lane(self, prepared: PreparedFrame) -> cf.ThreadPoolExecutor:
        """The compute thread that measures ``prepared``."""
        large = prepared.area is not None and prepared.area > LARGE_FRAME_PIXELS
        return self.large_lane if large else self.executor

    def pixel_source(self, prepared: PreparedFrame):
        """An async callable giving the frame's pixels (what caption writers take)."""
        return lambda: self.pixels(prepared)

    # -- analysis ------------------------------------------------------------------------
    async def analyse(self, prepared: Sequence[Any], use_cache: bool = True) -> list[Any]:
        """For each prepared frame: ``(analysis, cached)``, or the exception that stopped it
        (entries that are already exceptions pass through)."""
        out: list[Any] = [None] * len(prepared)
        waiting: dict[int, cf.Future] = {}
        own: dict[str, tuple[cf.Future, PreparedFrame]] = {}
        for i, p in enumerate(prepared):
            if isinstance(p, BaseException):
                out[i] = p
                continue
            key = f"{p.digest}|{self.pipeline_id}"
            if not use_cache:
                fut = shared_future()
                own[f"{key}#{i}"] = (fut, p)
                waiting[i] = fut
                continue
            hit = self.cache.get(key)
            if hit is not None:
                out[i] = (hit, True)
                continue
            with self._inflight_lock:
                fut = self._inflight.get(key) or (own[key][0] if key in own else None)
                if fut is None:
                    fut = shared_future()
                    self._inflight[key] = fut
                    own[key] = (fut, p)
            waiting[i] = fut
        if own:
            # detached: if this caller is cancelled, the work still finishes for the others
            self.tasks.spawn(self._analyse_own(list(own.items()), use_cache))
        for i, fut in waiting.items():
            try:
                out[i] = (await asyncio.wrap_future(fut), False)
            except PixelLLMError as exc:
                out[i] = exc
        return out

    async def _analyse_own(self, work: list[tuple[str, tuple[cf.Future, PreparedFrame]]], use_cache: bool) -> None:
        lanes: dict[cf.ThreadPoolExecutor, list] = {}
        for item in work:
            lanes.setdefault(self.lane(item[1][1]), []).append(item)
        await asyncio.gather(*(self._analyse_on(lane, items, use_cache) for lane, items in lanes.items()))

    async def _analyse_on(self, lane: cf.ThreadPoolExecutor, work: list[tuple[str, tuple[cf.Future, PreparedFrame]]],
                          use_cache: bool) -> None:
        loop = asyncio.get_running_loop()
        size = self.config.batch_size
        try:
            for start in range(0, len(work), size):
                chunk = work[start:start + size]
                results = await loop.run_in_executor(lane, self.analyse_batch, [p for _, (_, p) in chunk])
                for (key, (fut, _)), result in zip(chunk, results):
                    if isinstance(result, BaseException):
                        resolve(fut, error=result)
                    else:
                        if use_cache:
                            self.cache.put(key, result)
                        resolve(fut, result)
        except BaseException as exc:  # noqa: BLE001 - a detached task: report through the futures
            error = exc if isinstance(exc, PixelLLMError) else IntegratorStateError(
                f"captioning was interrupted: {exc!r}")
            for _, (fut, _) in work:
                resolve(fut, error=error)
        finally:
            with self._inflight_lock:
                for key, (fut, _) in work:
                    if self._inflight.get(key) is fut:
                        del self._inflight[key]

    def analyse_batch(self, frames: Sequence[PreparedFrame]) -> list[Any]:
        """Decode, encode (one batch) and measure facts, blocking; a compute lane runs it.
        Each entry is an :class:`Analysis` or the error for that frame."""
        out: list[Any] = [None] * len(frames)
        decoded: list[tuple[int, np.ndarray, float]] = []  # (index, working RGB, decode ms)
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
                                labels.label_names, labels.label_source, self.ocr, size=frames[i].size,
                                regions=labels.regions[row] if self.labeler is not None and labels.regions else None,
                                people=self.people, reader=self.reader, objects=self.objects)
            except Exception as exc:  # OCR subprocess failures and the like
                out[i] = EncoderError(f"measuring facts failed: {exc!r}")
                continue
            out[i] = Analysis(encoded.features[row], facts,
                              {"decode_ms": decode_ms, "encode_ms": encode_ms,
                               "facts_ms": (time.perf_counter() - t) * 1e3})
        return out
