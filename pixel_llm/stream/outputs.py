"""Where caption events go: WebVTT subtitles, JSONL, and frames or a video with the caption
drawn on them. Each writes as it goes and is complete after ``close()`` (also on Ctrl-C)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

import cv2
import numpy as np

from .runner import CaptionEvent

VIDEO_SUFFIXES = {".mp4": "mp4v", ".avi": "MJPG", ".mkv": "mp4v", ".mov": "mp4v"}


def _vtt_time(seconds: float) -> str:
    ms = max(0, int(round(seconds * 1000)))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


class VttWriter:
    """One cue per scene: from the frame that changed the caption to the next change."""

    def __init__(self, path: str | Path, min_duration: float = 0.5):
        self.path = Path(path)
        self.file: TextIO = open(self.path, "w", encoding="utf-8")
        self.file.write("WEBVTT\n\n")
        self.file.flush()
        self.cues = 0
        self.min_duration = min_duration
        self.current: tuple[float, str] | None = None
        self.last_time = 0.0

    def _emit(self, end: float) -> None:
        start, text = self.current
        end = max(end, start + self.min_duration)
        self.cues += 1
        self.file.write(f"{self.cues}\n{_vtt_time(start)} --> {_vtt_time(end)}\n{text.replace('-->', '->')}\n\n")
        self.file.flush()

    def add(self, event: CaptionEvent) -> None:
        self.last_time = max(self.last_time, event.timestamp)
        if self.current is not None and self.current[1] == event.caption:
            return
        if self.current is not None:
            self._emit(event.timestamp)
        self.current = (event.timestamp, event.caption)

    def close(self, end: float | None = None) -> None:
        if self.file.closed:
            return
        if self.current is not None:
            self._emit(end if end is not None else self.last_time + 1.0)
            self.current = None
        self.file.close()


class JsonlWriter:
    def __init__(self, path: str | Path):
        self.file = open(path, "a", encoding="utf-8")

    def add(self, event: CaptionEvent) -> None:
        self.file.write(json.dumps(event.to_dict()) + "\n")
        self.file.flush()

    def close(self, end: float | None = None) -> None:
        if not self.file.closed:
            self.file.close()


def draw_caption(rgb: np.ndarray, caption: str) -> np.ndarray:
    """The frame (as BGR for OpenCV) with the caption on a dark band at the bottom."""
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    h, w = bgr.shape[:2]
    scale = max(0.4, min(1.0, w / 1000))
    band = int(36 * scale) + 8
    cv2.rectangle(bgr, (0, h - band), (w, h), (0, 0, 0), -1)
    cv2.putText(bgr, caption, (10, h - band // 2 + int(8 * scale)), cv2.FONT_HERSHEY_SIMPLEX, 0.7 * scale,
                (0, 255, 0), max(1, int(2 * scale)), cv2.LINE_AA)
    return bgr


class AnnotatedWriter:
    """A video (``.mp4``/``.avi``/…) or a folder of JPEG frames with the caption drawn on each
    processed frame."""

    def __init__(self, path: str | Path, fps: float = 10.0):
        self.path = Path(path)
        self.fps = fps
        self.video = None
        self.frames = 0
        if self.path.suffix.lower() not in VIDEO_SUFFIXES:
            self.path.mkdir(parents=True, exist_ok=True)

    def add(self, event: CaptionEvent) -> None:
        if event.image is None:
            return
        bgr = draw_caption(np.asarray(event.image), event.caption)
        self.frames += 1
        suffix = self.path.suffix.lower()
        if suffix in VIDEO_SUFFIXES:
            if self.video is None:
                h, w = bgr.shape[:2]
                self.video = cv2.VideoWriter(str(self.path), cv2.VideoWriter_fourcc(*VIDEO_SUFFIXES[suffix]),
                                             self.fps, (w, h))
            self.video.write(bgr)
        else:
            cv2.imwrite(str(self.path / f"frame_{event.index:06d}.jpg"), bgr)

    def close(self, end: float | None = None) -> None:
        if self.video is not None:
            self.video.release()
            self.video = None
