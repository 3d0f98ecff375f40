"""People in a frame, counted by their faces.

A face detector runs on a reduced grey copy of the frame; each face found counts one person.
Faces are what detectors find reliably in photos and camera frames (measured on the labelled
photo set, ``benchmarks/bench_photos.py``): OpenCV's HOG people detector, made for upright
pedestrians, found a person in a rocket launch photo and none in a portrait, while frontal-face
detection found every frontal face and nothing in photos without people. What is missed: people
whose face is turned away, hidden or very small (under about 16 px at the working size) — a
crowd seen from behind is not counted, and the caption then says nothing about people rather
than something wrong.

Detectors:
- ``mtcnn`` (default): MTCNN (P/R/O-Net), with the weights in the ``facenet-pytorch`` wheel
  loaded into networks of our own (:mod:`pixel_llm.facts.mtcnn`); also finds faces turned
  half away (a cameraman looking through his camera) that Haar misses.
- ``haar``: OpenCV's frontal-face Haar cascade (``haarcascade_frontalface_alt2``); no weights
  to fetch; frontal faces only. OpenCV 5 removed the cascades: it needs opencv-python < 5.
"""

from __future__ import annotations

import logging
import threading

import cv2
import numpy as np

from ..errors import ConfigError, WeightsUnavailableError
from ..runtime import warn_once
from .confidence import FACE_NEIGHBOURS
from .model import PeopleFact

logger = logging.getLogger(__name__)

FACE_SIDE = 400
"""Faces are looked for on a copy whose long side is at most this many pixels."""
MIN_FACE = 16
"""Smallest face, in pixels of that copy."""
SCALE_STEP = 1.15


class HaarFaces:
    """Frontal faces by OpenCV's Haar cascade; each detection's score is the share of
    ``2 × FACE_NEIGHBOURS`` overlapping hits that support it (capped at 1)."""

    name = "haar-frontalface"

    def __init__(self) -> None:
        if not hasattr(cv2, "CascadeClassifier") or not hasattr(cv2, "data"):
            raise ConfigError("people", "OpenCV without Haar cascades (OpenCV 5 removed them): "
                                        "pip install 'opencv-python<5'")
        self.cascade = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_alt2.xml")
        if self.cascade.empty():
            raise ConfigError("people", "OpenCV's haarcascade_frontalface_alt2.xml could not be loaded")
        self._lock = threading.Lock()

    def __call__(self, rgb: np.ndarray) -> list[tuple[tuple[float, float, float, float], float]]:
        h, w = rgb.shape[:2]
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        scale = min(1.0, FACE_SIDE / max(h, w))
        if scale < 1.0:
            gray = cv2.resize(gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
        if min(gray.shape) < MIN_FACE:
            return []
        gray = cv2.equalizeHist(gray)
        with self._lock:  # a CascadeClassifier is not safe to share between threads
            boxes, hits = self.cascade.detectMultiScale2(gray, SCALE_STEP, FACE_NEIGHBOURS, minSize=(MIN_FACE, MIN_FACE))
        gh, gw = gray.shape
        out = []
        for (x, y, bw, bh), n in zip(np.reshape(boxes, (-1, 4)), np.ravel(hits)):
            box = (round(float(x) / gw, 3), round(float(y) / gh, 3), round(float(x + bw) / gw, 3),
                   round(float(y + bh) / gh, 3))
            out.append((box, round(min(1.0, float(n) / (2 * FACE_NEIGHBOURS)), 3)))
        return out


def create_people_detector(kind: str = "mtcnn", threads: int = 0, strict: bool = False):
    """The detector for ``kind`` ('mtcnn' or 'haar'). Without the MTCNN weights, Haar is used
    instead with one warning, or none (people not counted) where OpenCV has no Haar cascades;
    ``strict``: WeightsUnavailableError instead."""
    if kind == "haar":
        return HaarFaces()
    if kind == "mtcnn":
        from .mtcnn import MTCNNFaces

        try:
            return MTCNNFaces(threads)
        except WeightsUnavailableError as exc:
            if strict:
                raise
            try:
                fallback = HaarFaces()
            except ConfigError as why:
                warn_once(logger, ("people", "none"), "people are not counted: %s; and %s", exc, why)
                return None
            warn_once(logger, ("people", "mtcnn"), "people detector 'mtcnn' is unavailable, counting people with "
                      "OpenCV's Haar face cascade instead: %s", exc)
            return fallback
    raise ConfigError("people_detector", f"unknown people detector {kind!r}; known: haar, mtcnn")


def count_people(rgb: np.ndarray, detector) -> PeopleFact:
    """People in the frame as a fact (count 0 when none was found)."""
    found = detector(rgb)
    boxes = tuple(box for box, _ in found)
    score = min((s for _, s in found), default=0.0)
    return PeopleFact(len(found), round(score, 3), detector.name, boxes)


def people_phrase(count: int) -> str | None:
    """'a person', 'two people', 'three people', 'a group of people' (4-7), 'a crowd' (8+)."""
    if count <= 0:
        return None
    return {1: "a person", 2: "two people", 3: "three people"}.get(count) or (
        "a group of people" if count < 8 else "a crowd of people")
