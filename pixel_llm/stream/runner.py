"""``integrator.stream(source)``: an async iterator of caption events that keeps up with a live
source instead of falling behind.

- The source is read in a thread of its own into a one-frame mailbox. For live sources
  (camera, screen, a video played at its own pace, frames a host pushes) a newer frame
  replaces a pending one: the latest frame wins, and the replaced ones are counted as dropped.
  A video read with ``realtime=False`` hands over every frame instead (and a host pushing
  frames then waits for each to be taken).
- ``max_rate`` caps captions per second; the newest frame is taken when it is time.
- Frames a host pushes may carry what it knows of their windows: push
  :class:`~pixel_llm.stream.Frame` objects with ``windows=[...]``, or dicts
  ``{"image": frame, "windows": [...]}`` (see ``CompositorIntegrator.caption_frame``).
- People moving through a still camera's view are found where the frames changed, and those
  who walk are said (``moving_people``, :mod:`pixel_llm.stream.movers`); a change in who moves
  is a new scene even when the frame's hash hardly changed.
- Unchanged scenes are not captioned again: a frame whose perceptual hash is within
  ``scene_hash_threshold`` bits of the current scene reuses its caption without running a
  model; a frame whose encoder features are at least ``scene_similarity_threshold`` similar
  (cosine) reuses it without writing a new caption.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any, AsyncIterable, AsyncIterator

import numpy as np

from ..analysis import Analysis, hinted
from ..errors import PixelLLMError, WeightsUnavailableError
from ..facts.hints import parse_windows
from ..facts.model import PeopleFact
from ..imageio import PreparedFrame, prepare_frame
from ..runtime import warn_once
from .movers import MovingPeople, with_movers
from .scene import SceneTracker, SteadyPeople, dhash, thumbnail
from .sources import Frame, SourceError, open_source

logger = logging.getLogger(__name__)
_EMPTY = object()


@dataclass
class CaptionEvent:
    index: int
    """The frame's position in the source."""
    timestamp: float
    """Seconds into the source (media time for videos, since start for live sources)."""
    caption: str
    scene_changed: bool
    """True when this frame started a new scene and got a caption of its own."""
    reused: str
    """'' for a new scene; 'hash' or 'features' when the scene's caption was reused without
    writing one; 'caption' when a caption was written and said the same."""
    lag: float
    """Seconds from reading the frame to this event."""
    backend: str
    name: str = ""
    people: PeopleFact | None = None
    """The people the caption counts (``count``; ``more``: a lower bound; ``walking``: how many
    of them walk), for hosts that act on them; None when people are not among the facts."""
    image: Any = field(default=None, repr=False, compare=False)
    """The frame (RGB array), for outputs that draw on it; not in ``to_dict``."""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("image", None)
        return out


@dataclass
class StreamStats:
    frames_seen: int = 0
    frames_dropped: int = 0
    frames_processed: int = 0
    frames_encoded: int = 0
    reused_by_hash: int = 0
    reused_by_features: int = 0
    recaptioned_same: int = 0
    """Frames that looked different enough to caption again, and got the same caption."""
    captions: int = 0
    frames_skipped_bad: int = 0
    lags: list[float] = field(default_factory=list, repr=False)

    def lag_percentile(self, q: float) -> float:
        return float(np.percentile(self.lags, q)) if self.lags else 0.0

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "lags"}
        out.update(lag_p50=self.lag_percentile(50), lag_p95=self.lag_percentile(95))
        return out


class _Mailbox:
    """One pending frame, handed from a reader (thread or task) to the event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop, drop: bool):
        self.loop, self.drop = loop, drop
        self.cond = threading.Condition()
        self.item: Any = _EMPTY
        self.closed = False
        self.error: BaseException | None = None
        self.ready = asyncio.Event()
        self.taken = asyncio.Event()
        self.dropped = 0
        self.seen = 0

    def _notify(self) -> None:
        try:
            self.loop.call_soon_threadsafe(self.ready.set)
        except RuntimeError:  # the consumer's event loop has ended; nobody is waiting
            pass

    def put(self, frame: Frame) -> bool:
        """False once the consumer has gone away."""
        with self.cond:
            if not self.drop:
                while self.item is not _EMPTY and not self.closed:
                    self.cond.wait(0.1)
            if self.closed:
                return False
            if self.item is not _EMPTY:
                self.dropped += 1
            self.item = frame
            self.seen += 1
        self._notify()
        return True

    async def aput(self, frame: Frame) -> bool:
        """``put`` for a reader on the event loop: waits (without blocking the loop) for the
        consumer when frames must not be dropped."""
        while not self.drop:
            with self.cond:
                if self.closed:
                    return False
                if self.item is _EMPTY:
                    break
                self.taken.clear()
            await self.taken.wait()
        return self.put(frame)

    def finish(self, error: BaseException | None = None) -> None:
        with self.cond:
            self.closed = True
            self.error = error
            self.cond.notify_all()
        self._notify()

    async def get(self) -> Frame | None:
        while True:
            with self.cond:
                if self.item is not _EMPTY:
                    item, self.item = self.item, _EMPTY
                    self.cond.notify_all()
                    self.taken.set()
                    return item
                if self.closed:
                    if self.error is not None:
                        raise self.error
                    return None
                self.ready.clear()
            await self.ready.wait()

    def stop(self) -> None:
        with self.cond:
            self.closed = True
            self.cond.notify_all()
        self.taken.set()


READER_STOP_S = 5.0


def _moving_people(config) -> MovingPeople | None:
    """The stream's watcher of moving people, when configured and its detector's graph is there
    (else None, after one warning)."""
    if not config.moving_people or "people" not in config.facts:
        return None
    from ..facts.confidence import BODY_SCORE
    from ..facts.ssdlite import INSTALL, SSDLitePeople

    try:
        return MovingPeople(SSDLitePeople(BODY_SCORE, threads=config.compute_threads))
    except WeightsUnavailableError as exc:
        warn_once(logger, ("stream", "movers"), "people moving in streams are not looked for: %s "
                  "(install it with %s, or set moving_people=False)", exc, INSTALL)
        return None


async def _reader_stopped(thread: threading.Thread) -> None:
    """Wait (off the event loop) for a source's reader thread to close its source. A thread
    left inside OpenCV's decoder when the interpreter exits aborts the process ("terminate
    called without an active exception") instead of letting it exit with its own code."""
    await asyncio.to_thread(thread.join, READER_STOP_S)
    if thread.is_alive():
        logger.warning("the %s reader did not stop within %.0f s", thread.name, READER_STOP_S)


class CaptionStream:
    """See the module docstring. Iterate it with ``async for``; ``stats`` counts as it goes."""

    def __init__(self, integrator, source: Any, *, max_rate: float | None = None, changes_only: bool = False,
                 scene_detection: bool = True, realtime: bool | None = None, screen_fps: float = 10.0):
        if max_rate is not None and max_rate <= 0:
            raise ValueError("max_rate must be positive")
        self.integrator = integrator
        self.source_spec = source
        self.max_rate = max_rate
        self.changes_only = changes_only
        self.scene_detection = scene_detection
        self.realtime = realtime
        self.screen_fps = screen_fps
        cfg = integrator.config
        self.scene = SceneTracker(cfg.scene_hash_threshold, cfg.scene_similarity_threshold)
        self.movers = _moving_people(cfg)
        self.steady_people = SteadyPeople()
        self.on_skipped = None
        """Called with (frame, error) for each frame that could not be captioned."""
        self.stats = StreamStats()
        self._box: _Mailbox | None = None
        self._reader: threading.Thread | None = None

    def __aiter__(self) -> AsyncIterator[CaptionEvent]:
        return self._run()

    async def aclose(self) -> None:
        """Stop reading the source and wait until its reader has let go of it (the camera or
        file is released). Leaving an ``async for`` with ``break`` stops the reader only when the
        iterator is collected; this, or closing the integrator, stops it now. Safe to call more
        than once, and after the stream ended."""
        if self._box is not None:
            self._box.stop()
        if self._reader is not None:
            await _reader_stopped(self._reader)

    # -- readers -----------------------------------------------------------------------
    def _thread_reader(self, source, box: _Mailbox, opened: asyncio.Future, loop) -> None:
        try:
            source.open()
        except BaseException as exc:  # noqa: BLE001 - reported to the consumer
            error = exc if isinstance(exc, PixelLLMError) else SourceError(f"{source.name}: {exc!r}")
            loop.call_soon_threadsafe(lambda e=error: opened.done() or opened.set_exception(e))
            return
        loop.call_soon_threadsafe(lambda: opened.done() or opened.set_result(True))
        error = None
        try:
            while True:
                frame = source.read()
                if frame is None or not box.put(frame):
                    break
        except BaseException as exc:  # noqa: BLE001
            error = exc if isinstance(exc, PixelLLMError) else SourceError(f"{source.name}: {exc!r}")
        finally:
            source.close()
            box.finish(error)

    async def _async_reader(self, frames: AsyncIterable, box: _Mailbox) -> None:
        start = time.monotonic()
        index = 0
        try:
            async for item in frames:
                index += 1
                if isinstance(item, Frame):
                    frame = item
                elif isinstance(item, dict) and "image" in item:  # {"image": ..., "windows": [...]}
                    frame = Frame(item["image"], index, time.monotonic() - start, windows=item.get("windows"))
                else:
                    frame = Frame(item, index, time.monotonic() - start)
                if not await box.aput(frame):
                    break
        except Exception as exc:  # noqa: BLE001
            box.finish(exc if isinstance(exc, PixelLLMError) else SourceError(f"frame iterator failed: {exc!r}"))
            return
        box.finish()

    # -- the loop ------------------------------------------------------------------------
    async def _run(self) -> AsyncIterator[CaptionEvent]:
        integrator = self.integrator
        await integrator.initialize()
        loop = asyncio.get_running_loop()
        spec = self.source_spec
        reader_task = reader_thread = None
        if hasattr(spec, "__aiter__"):
            box = self._box = _Mailbox(loop, drop=self.realtime is not False)  # realtime=False: every frame, host waits
            reader_task = asyncio.create_task(self._async_reader(spec, box))
        else:
            source = spec if hasattr(spec, "read") else open_source(spec, realtime=self.realtime,
                                                                      screen_fps=self.screen_fps)
            box = self._box = _Mailbox(loop, drop=source.live)
            opened = loop.create_future()
            reader_thread = self._reader = threading.Thread(target=self._thread_reader, args=(source, box, opened, loop),
                                             name=f"pixel-llm-source-{source.name}", daemon=True)
            reader_thread.start()
        if self.movers is not None:  # a live source's look runs beside it; a file read frame by frame waits for it
            self.movers.background = box.drop
        last_caption_at = 0.0
        try:
            if reader_task is None:
                await opened  # SourceError (no camera, unreadable video) surfaces here
            while True:
                if self.max_rate is not None:
                    wait = last_caption_at + 1.0 / self.max_rate - time.monotonic()
                    if wait > 0:
                        await asyncio.sleep(wait)
                frame = await box.get()
                self.stats.frames_seen, self.stats.frames_dropped = box.seen, box.dropped
                if frame is None:
                    break
                last_caption_at = time.monotonic()
                event = await self._process(frame)
                if event is None:
                    continue
                self.stats.lags.append(event.lag)
                if event.scene_changed or not self.changes_only:
                    yield event
        finally:
            box.stop()
            if self.movers is not None:
                self.movers.close()
            if reader_task is not None:
                reader_task.cancel()
            self.stats.frames_seen, self.stats.frames_dropped = box.seen, box.dropped
            if reader_thread is not None:
                await _reader_stopped(reader_thread)

    async def _process(self, frame: Frame) -> CaptionEvent | None:
        integrator = self.integrator
        stats = self.stats
        stats.frames_processed += 1
        try:
            if isinstance(frame.image, PreparedFrame):  # encoded bytes: decoded now that the frame is taken
                prepared = frame.image
                await asyncio.to_thread(prepared.rgb)
            else:
                prepared = prepare_frame(np.asarray(frame.image), color_order="rgb",
                                         max_pixels=integrator.config.max_image_pixels)
            thumb = thumbnail(prepared.rgb()) if self.scene_detection else None
            frame_hash = dhash(thumb) if thumb is not None else 0
        except PixelLLMError as exc:
            return self._skip(frame, exc)
        scene = self.scene
        movers = None
        if self.movers is not None and not scene.pixel_sensitive:  # no passers-by on a screen
            movers = await asyncio.to_thread(self.movers.observe, prepared.rgb(), frame.timestamp)
        if self.scene_detection and scene.caption is not None and scene.same_by_hash(frame_hash, thumb) \
                and not scene.movers_changed(movers):
            stats.reused_by_hash += 1
            scene.follow(frame_hash)
            return self._event(frame, scene.caption, False, "hash", scene.backend)
        item = (await integrator.analyzer.analyse([prepared], use_cache=True))[0]
        if isinstance(item, BaseException):
            return self._skip(frame, item)
        entry, _ = item
        if frame.windows is not None:
            try:
                entry = hinted(entry, parse_windows(frame.windows))
            except PixelLLMError as exc:
                logger.warning("frame %d: windows= hint not used: %s", frame.index, exc)
        people = with_movers(entry.facts.people, movers) if movers is not None else entry.facts.people
        people = self.steady_people(people, frame.timestamp)
        if people is not entry.facts.people:
            entry = Analysis(entry.features, replace(entry.facts, people=people), entry.timings)
        stats.frames_encoded += 1
        if self.scene_detection and scene.caption is not None and scene.same_by_features(entry.features, thumb) \
                and not scene.people_changed(entry.facts) and not scene.movers_changed(movers):
            stats.reused_by_features += 1
            scene.follow(frame_hash)
            return self._event(frame, scene.caption, False, "features", scene.backend)
        try:
            caption, backend, _ = await integrator.captioner.caption(entry, integrator.analyzer.pixel_source(prepared))
        except PixelLLMError as exc:
            return self._skip(frame, exc, logging.WARNING)
        same_words = scene.caption == caption
        scene.start(frame_hash, thumb, entry.features, caption, backend, entry.facts.flat or bool(entry.facts.text),
                    entry.facts.people, movers)
        if same_words:  # the pixels moved but the caption says the same: still the same scene
            stats.recaptioned_same += 1
            return self._event(frame, caption, False, "caption", backend)
        stats.captions += 1
        return self._event(frame, caption, True, "", backend)

    def _skip(self, frame: Frame, exc: BaseException, level: int = logging.INFO) -> None:
        """A frame that could not be captioned: counted, logged, told to ``on_skipped`` (the live
        socket answers it with its error); the stream goes on."""
        self.stats.frames_skipped_bad += 1
        logger.log(level, "skipping frame %d: %s", frame.index, exc)
        if self.on_skipped is not None:
            self.on_skipped(frame, exc)

    def _event(self, frame: Frame, caption: str, changed: bool, reused: str, backend: str) -> CaptionEvent:
        return CaptionEvent(frame.index, round(frame.timestamp, 4), caption, changed, reused,
                            time.monotonic() - frame.captured_at, backend, frame.name, self.scene.people,
                            image=frame.image.decoded if isinstance(frame.image, PreparedFrame) else frame.image)
