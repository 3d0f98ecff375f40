"""From an analysed frame to its caption: the chosen writer, once per frame and backend.

:class:`Captioner` asks the writer chosen at start-up (:mod:`pixel_llm.writers`), keeps each
caption with the frame's :class:`~pixel_llm.analysis.Analysis` (so a cached frame is not
captioned twice by the same backend), shares a caption being written among everyone who asks
for it, and falls back to the offline composer when an endpoint fails and ``llm_fallback`` is
on. The result says which backend really wrote it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import logging
import time
from typing import AsyncIterator, NamedTuple

from .analysis import Analysis
from .config import CompositorConfig
from .errors import EncoderError, LLMConnectionError, LLMError, LLMTimeoutError, LLMUnavailableError, PixelLLMError
from .redact import redact_url
from .runtime import DetachedTasks, resolve, shared_future, warn_once
from .writers import CaptionWriter, LLMWriter, OfflineWriter, Pixels

logger = logging.getLogger(__name__)


class Written(NamedTuple):
    caption: str
    backend: str
    """Who wrote it: ``"offline"``, ``"openai:<model>"`` or ``"model:<ClassName>"``."""
    ms: float
    """Milliseconds this call spent getting it (0 when it was kept from before)."""


class Captioner:
    """See the module docstring."""

    def __init__(self, config: CompositorConfig, writer: CaptionWriter, tasks: DetachedTasks):
        self.config = config
        self.writer = writer
        self.offline = writer if isinstance(writer, OfflineWriter) else OfflineWriter(config.max_length)
        self.tasks = tasks

    @property
    def llm(self) -> LLMWriter | None:
        """The endpoint writer, when captions come from one."""
        return self.writer if isinstance(self.writer, LLMWriter) else None

    def active(self) -> CaptionWriter:
        """The writer that writes right now: the chosen one, or offline while it cannot."""
        return self.writer if self.writer.ready() else self.offline

    async def caption(self, analysis: Analysis, pixels: Pixels) -> Written:
        """The caption of an analysed frame; ``pixels`` gives its RGB pixels if a writer needs them."""
        t = time.perf_counter()
        writer = self.active()
        if writer is self.offline:
            return Written(self.offline.compose(analysis.facts), self.offline.backend, (time.perf_counter() - t) * 1e3)
        backend = writer.backend
        with analysis.lock:
            if backend in analysis.captions:
                return Written(analysis.captions[backend], backend, 0.0)
            fut = analysis.pending.get(backend)
            if fut is None:
                fut = analysis.pending[backend] = shared_future()
                self.tasks.spawn(self._write(writer, analysis, pixels, fut))
        caption, used = await asyncio.wrap_future(fut)
        return Written(caption, used, (time.perf_counter() - t) * 1e3)

    async def _write(self, writer: CaptionWriter, analysis: Analysis, pixels: Pixels, fut: cf.Future) -> None:
        """Write one caption and resolve ``fut`` with (caption, backend) or the error. Runs
        detached, so a caller that goes away does not fail the others waiting."""
        backend = writer.backend
        try:
            caption = await writer.write(analysis.facts, analysis.features, pixels)
            with analysis.lock:
                analysis.captions[backend] = caption
            resolve(fut, (caption, backend))
        except LLMError as exc:
            if self.config.llm_fallback:
                self.note_fallback(exc)
                resolve(fut, (self.offline.compose(analysis.facts), self.offline.backend))
            else:
                resolve(fut, error=exc)
        except asyncio.CancelledError:  # shutdown cut the endpoint off: callers still get an answer
            if self.config.llm_fallback:
                resolve(fut, (self.offline.compose(analysis.facts), self.offline.backend))
            else:
                resolve(fut, error=LLMTimeoutError("the integrator shut down before the endpoint answered"))
            raise
        except BaseException as exc:  # noqa: BLE001 - reported through the future
            resolve(fut, error=exc if isinstance(exc, PixelLLMError) else EncoderError(f"caption failed: {exc!r}"))
        finally:
            with analysis.lock:
                if analysis.pending.get(backend) is fut:
                    del analysis.pending[backend]

    async def stream(self, analysis: Analysis, pixels: Pixels) -> AsyncIterator[str]:
        """The caption as it is written: piece by piece from an endpoint, else in one piece.
        If the endpoint fails before the first piece, the offline caption comes instead (when
        ``llm_fallback``); a failure after it raises a typed :class:`~pixel_llm.errors.LLMError`."""
        writer = self.active()
        if not isinstance(writer, LLMWriter) or writer.backend in analysis.captions:
            yield (await self.caption(analysis, pixels)).caption
            return
        pieces: list[str] = []
        try:
            async for piece in writer.stream(analysis.facts, pixels):
                pieces.append(piece)
                yield piece
        except LLMError as exc:
            if pieces or not self.config.llm_fallback:
                raise
            self.note_fallback(exc)
            yield self.offline.compose(analysis.facts)
            return
        caption = writer.finish(pieces)
        if caption:
            with analysis.lock:
                analysis.captions[writer.backend] = caption

    def note_fallback(self, exc: LLMError) -> None:
        """Say once (per endpoint and kind of failure) that captions come from the facts instead."""
        key = ("llm-fallback", self.config.lm_studio_base_url, type(exc).__name__)
        if self.config.generator == "auto" and isinstance(exc, (LLMConnectionError, LLMUnavailableError)):
            warn_once(logger, key, "no caption endpoint answers at %s; captions are composed offline from the facts",
                      redact_url(self.config.lm_studio_base_url), level=logging.INFO)
        else:
            warn_once(logger, key, "caption endpoint failed, captioning offline from the facts instead: %s", exc)
