"""Frame sources: a camera, a video file or stream URL, the screen (or a region of it). Each
reads in a thread of its own (``read`` blocks) and yields RGB frames; the folder watcher and
host-pushed async iterables are handled by :mod:`.runner` and :mod:`.watch`.

``open_source("0")`` is camera 0, ``open_source("screen")`` the whole screen,
``open_source("screen:0,0,800,600")`` a region (left, top, width, height), anything else a
video path or URL OpenCV can read (RTSP included).
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import cv2
import numpy as np

from ..errors import SourceError

logger = logging.getLogger(__name__)


@dataclass
class Frame:
    image: np.ndarray
    """RGB uint8 (H, W, 3), or a :class:`~pixel_llm.imageio.PreparedFrame` of encoded bytes
    (decoded only if the stream takes the frame)."""
    index: int
    """Position in the source: frame number, or file number for folders."""
    timestamp: float
    """Seconds: media time for videos, time since the stream started for live sources."""
    captured_at: float = field(default_factory=time.monotonic)
    """``time.monotonic()`` when the frame was read: lag is measured from here."""
    name: str = ""
    windows: list | None = None
    """What the host knows of the frame's windows (a ``windows=`` hint, see
    ``CompositorIntegrator.caption_frame``); host-pushed frames may carry it."""


def _quietly(fn, *args):
    """OpenCV prints C++ warnings to stderr when probing a missing camera; our error says it."""
    logging_mod = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging_mod is None:
        return fn(*args)
    previous = logging_mod.getLogLevel()
    logging_mod.setLogLevel(logging_mod.LOG_LEVEL_SILENT)
    try:
        return fn(*args)
    finally:
        logging_mod.setLogLevel(previous)


class CaptureSource:
    """OpenCV ``VideoCapture`` for cameras, files and stream URLs."""

    def __init__(self, spec: str | int, realtime: bool | None = None):
        self.spec = spec
        self.camera = isinstance(spec, int)
        self.name = f"camera {spec}" if self.camera else str(spec)
        # a file plays at its own frame rate unless realtime=False; cameras and URLs are live anyway
        self.live = True if realtime is None else realtime
        self.cap = None
        self.index = 0
        self.started = 0.0

    def open(self) -> None:
        if not self.camera and "://" not in str(self.spec) and not os.path.exists(self.spec):
            raise SourceError(f"no such video file: {self.spec}")
        cap = _quietly(cv2.VideoCapture, self.spec) if self.camera else cv2.VideoCapture(self.spec)
        if not cap.isOpened():
            cap.release()
            if self.camera:
                raise SourceError(f"no camera at index {self.spec} (cv2.VideoCapture({self.spec}) did not open)")
            raise SourceError(f"cannot open video {self.spec!r}: not a format or stream OpenCV can read")
        self.cap = cap
        self.fps = cap.get(cv2.CAP_PROP_FPS) or 30.0
        if not 1.0 <= self.fps <= 240.0:
            self.fps = 30.0
        self.started = time.monotonic()

    def read(self) -> Frame | None:
        ok, bgr = self.cap.read()
        if not ok or bgr is None:
            return None  # end of the video (or the camera/stream stopped)
        self.index += 1
        if self.camera:
            timestamp = time.monotonic() - self.started
        else:
            pos = self.cap.get(cv2.CAP_PROP_POS_MSEC) / 1000.0
            timestamp = pos if pos > 0 else (self.index - 1) / self.fps
            if self.live and "://" not in str(self.spec):  # play a file at its own pace
                delay = self.started + timestamp - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB) if bgr.ndim == 3 else cv2.cvtColor(bgr, cv2.COLOR_GRAY2RGB)
        return Frame(rgb, self.index, timestamp)

    def close(self) -> None:
        if self.cap is not None:
            self.cap.release()
            self.cap = None


class ScreenSource:
    """The screen, or a region of it, through ``mss`` (X11, Windows, macOS)."""

    live = True

    def __init__(self, region: tuple[int, int, int, int] | None = None, fps: float = 10.0):
        self.region = region
        self.fps = fps
        self.name = "screen" + (":" + ",".join(map(str, region)) if region else "")
        self.index = 0

    def open(self) -> None:
        try:
            import mss
        except ImportError as exc:
            raise SourceError("screen capture needs the mss package: pip install mss") from exc
        try:
            self.sct = mss.MSS() if hasattr(mss, "MSS") else mss.mss()
            monitor = self.sct.monitors[1] if len(self.sct.monitors) > 1 else self.sct.monitors[0]
        except Exception as exc:  # mss raises its own ScreenShotError, or Xlib errors
            raise SourceError(f"cannot capture the screen ({exc}); is DISPLAY set?") from exc
        if self.region:
            left, top, width, height = self.region
            self.monitor = {"left": left, "top": top, "width": width, "height": height}
        else:
            self.monitor = monitor
        self.started = time.monotonic()
        self.next_at = self.started

    def read(self) -> Frame | None:
        delay = self.next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self.next_at = max(self.next_at + 1.0 / self.fps, time.monotonic())
        try:
            shot = self.sct.grab(self.monitor)
        except Exception as exc:
            raise SourceError(f"screen capture failed: {exc}") from exc
        bgra = np.asarray(shot)
        self.index += 1
        return Frame(cv2.cvtColor(bgra, cv2.COLOR_BGRA2RGB), self.index, time.monotonic() - self.started)

    def close(self) -> None:
        sct, self.sct = getattr(self, "sct", None), None
        if sct is not None:
            try:
                sct.close()
            except Exception as exc:  # the display went away first
                logger.debug("closing the screen capture: %s", exc)


def open_source(spec, *, realtime: bool | None = None, screen_fps: float = 10.0):
    """A source object for ``spec``: an int or digit string (camera), 'screen[:l,t,w,h]', or a
    video path/URL."""
    if isinstance(spec, int) or (isinstance(spec, str) and spec.isdigit()):
        return CaptureSource(int(spec))
    if isinstance(spec, str) and (spec == "screen" or spec.startswith("screen:")):
        region = None
        if ":" in spec:
            try:
                region = tuple(int(v) for v in spec.split(":", 1)[1].split(","))
                assert len(region) == 4 and region[2] > 0 and region[3] > 0
            except (ValueError, AssertionError) as exc:
                raise SourceError(f"screen region must be 'screen:left,top,width,height', got {spec!r}") from exc
        return ScreenSource(region, screen_fps)
    return CaptureSource(os.fspath(spec), realtime)
