"""People moving through a still camera's view, and which of them walk: a stream's own facts.

A single frame of a street camera shows its passers-by 40-120 px tall, too small for a face
detector and for a person detector that squeezes the whole frame to 300×300. A stream has more
to go on than a frame: what moves. So, for each frame a stream processes:

1. **What moved**: a background model of the camera's view (OpenCV's MOG2, on a 320 px wide
   copy, ≈ 3 ms) gives the pixels that differ from the still background; its blobs are the
   places where something moved. When most of the view changes at once (the camera turned, the
   scene cut, the lights changed), nothing is said until the model has learnt the new view.
2. **Who moved** (at most once a second): the person detector (the SSDLite graph of
   :mod:`pixel_llm.facts.ssdlite`) looks at a crop around each blob, enlarged so that a
   passer-by fills most of its input. A box that holds a person at :data:`BODY_SCORE` — the
   score at which a body counts in a photo — and overlaps the blob is a person who moved.
3. **Tracks**: each such person is followed from one look to the next (nearest box of about the
   same size within one body height). A track counts once it was seen twice, and only while its
   box is whole (clear of the frame's top and bottom: the stream adds passers-by; a person close
   to the camera, cut by the frame, is the face detector's, and a part of them can be boxed as a
   body of its own), so a one-off detection is never said; it ends when not seen for
   :data:`TRACK_GONE_S`.
4. **Walking**: a counted person whose box went at :data:`WALK_SPEED` body heights per second
   over the last :data:`SPEED_WINDOW_S` seconds (a walker covers about 0.8 of their height a
   second; a runner or a cyclist more, a person turning on the spot less).

On a live source the look runs beside the stream (``background=True``, set by the stream for
sources whose frames may be dropped): the frame in hand is captioned at once with what is known,
and the look's people are taken up at the first frame after it finished (a look that a new view
made stale is dropped). A video read with ``realtime=False`` looks in line, so that its results
do not depend on how fast the machine is.

Nothing here is said of people who stand still (the background model learns them within half a
minute), so the count is of people moving, a lower bound. The stream adds the movers to the
frame's own people (:mod:`pixel_llm.facts.people`; a mover whose box holds one of theirs is that
person), as a lower bound when movers were added ("people, one of them walking", "a group of
people, some of them walking", "someone walking"). Screens and text scenes are left out: windows and text
move too, and no person is in them.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace

import cv2
import numpy as np

from ..facts.confidence import BODY_SCORE
from ..facts.model import PeopleFact

logger = logging.getLogger(__name__)

MOVERS_DETECTOR = "ssdlite-person"
"""The detector's name in ``PeopleFact.detector`` (after the frame's own) when movers were added."""
MOTION_WIDTH = 320
"""The background model works on a copy about this wide (the frame shrunk by a whole factor,
its aspect kept: 768 px wide frames give a 384 px copy)."""
HISTORY = 300
"""Frames the background model remembers: a thing still for about this long becomes background."""
VAR_THRESHOLD = 25
"""MOG2's distance (squared, per pixel) from the background model at which a pixel moved."""
MIN_BLOB = 0.0004
"""A moving blob smaller than this share of the frame is noise (at 320×240 about 30 pixels: a
passer-by 20 px tall in the 320 px copy covers about 150)."""
MAX_BLOB = 0.25
"""A blob larger than this share of the frame is not a passer-by crossing the view."""
VIEW_CHANGED = 0.35
"""When more than this share of the view moved at once, the camera moved or the scene changed:
tracks end and nothing is said until the background model has learnt the new view."""
VIEW_SHIFTED = 1.0
"""Pixels (of the motion copy) by which the frame is shifted against the view's first frame
(phase correlation) when the camera pans: a view that drifts is not a still view, and all its
edges would seem to move. A still street camera's frames stayed within 0.3 px of each other."""
SETTLE_FRAMES = 10
"""Frames the background model is given to learn a view before its blobs are looked at."""
LOOK_EVERY_S = 1.0
"""Seconds (of the source's time) between two looks of the person detector."""
SAME_PERSON = 0.4
"""Two boxes from different crops overlapping by more than this (intersection over union) are
one person."""
MAX_LOOKS = 8
"""Crops looked at per look, the largest blobs first (each costs one detector run, ≈ 25-40 ms)."""
CROP_SCALES = (1.6, 2.2)
"""A crop's side, in multiples of the blob's longer side (the whole person and some ground); a
crop where the first framing finds no person is looked at again with the second: the detector
can miss a person at one framing and see them at another (a person 200 px tall scored 0.42 in a
333 px crop, 0.96-1.0 in 280 and 400 px ones)."""
MIN_CROP = 64
"""The smallest crop side, in the frame's pixels."""
TRACK_GONE_S = 2.5
"""A track not seen for this long (a missed look or two are allowed) ends."""
SPEED_WINDOW_S = 3.0
"""A track's speed is measured over its positions in this last stretch of time."""
MIN_SPAN_S = 0.9
"""A speed needs positions at least this far apart in time (two looks)."""
WALK_SPEED = (0.25, 1.6)
"""Body heights per second at which a counted person is said to walk (standing people's boxes
jitter at about 0.05)."""
WALK_LOOKS = 3
"""Looks (seconds, at :data:`LOOK_EVERY_S`) a person must be seen in before they are said to walk."""
STRAIGHT = 0.5
"""A walk goes somewhere: the straight line from first to last position is at least this share
of the path between looks."""
UPRIGHT = 0.8
"""A passer-by's box is at most this wide for its height (vtest's walkers: 0.25-0.76, half-length
people 0.67; the square box of a close-up's chest that once counted as a second person: 1.0)."""
EDGE = 0.02
"""A box this close to the frame's top or bottom (share of its height) is cut by the frame."""


@dataclass
class Track:
    """One person followed from look to look: (time, centre x, centre y, height) in pixels."""

    points: list[tuple[float, float, float, float]] = field(default_factory=list)
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    """The last box (x0, y0, x1, y1) in the frame's pixels, and its detector score."""
    score: float = 0.0
    walks: bool = False
    """Said to walk: set when :meth:`walking` first holds, cleared only after it failed at two
    looks in a row (one noisy box does not stop a walker)."""
    misses: int = 0

    def update_walk(self, width: int, height: int) -> bool:
        if self.walking(width, height):
            self.walks, self.misses = True, 0
        elif self.walks:
            self.misses += 1
            self.walks = self.misses < 2
        return self.walks

    @property
    def last(self) -> tuple[float, float, float, float]:
        return self.points[-1]

    def recent(self) -> list[tuple[float, float, float, float]]:
        return [p for p in self.points if p[0] >= self.last[0] - SPEED_WINDOW_S]

    def speed(self) -> float | None:
        """Body heights per second over the last :data:`SPEED_WINDOW_S`, or None (too short)."""
        recent = self.recent()
        (t0, x0, y0, _), (t1, x1, y1, _) = recent[0], recent[-1]
        if t1 - t0 < MIN_SPAN_S:
            return None
        height = float(np.mean([p[3] for p in recent]))
        return float(np.hypot(x1 - x0, y1 - y0)) / height / (t1 - t0)

    def whole(self, width: int, height: int) -> bool:
        """Its last box is clear of the frame's top and bottom and taller than wide (at most
        :data:`UPRIGHT` as wide as high): a person cut by the frame may be seated or close to the
        camera, and a part of one — a close-up's chest — may be boxed as a body of its own."""
        x0, y0, x1, y1 = self.box
        return EDGE * height < y0 and y1 < (1 - EDGE) * height and x1 - x0 <= UPRIGHT * (y1 - y0)

    def walking(self, width: int, height: int) -> bool:
        """Seen whole (:meth:`whole`) at least :data:`WALK_LOOKS` times in the last stretch,
        going one way (net way ≥ :data:`STRAIGHT` of the path: a person swaying or turning on
        the spot goes back and forth) at a walker's speed."""
        if not self.whole(width, height):
            return False
        recent = self.recent()
        if len(recent) < WALK_LOOKS:
            return False
        path = sum(float(np.hypot(b[1] - a[1], b[2] - a[2])) for a, b in zip(recent, recent[1:]))
        net = float(np.hypot(recent[-1][1] - recent[0][1], recent[-1][2] - recent[0][2]))
        speed = self.speed()
        return speed is not None and path > 0 and net >= STRAIGHT * path and WALK_SPEED[0] <= speed <= WALK_SPEED[1]


@dataclass(frozen=True)
class Movers:
    """What the stream saw moving: the last ``boxes`` (fractions of the frame) of the people
    seen at least twice and, box by box, whether that one ``walks``."""

    boxes: tuple[tuple[float, float, float, float], ...] = ()
    walks: tuple[bool, ...] = ()
    score: float = 0.0
    """The weakest counted person's last detector score."""

    @property
    def count(self) -> int:
        return len(self.boxes)

    @property
    def walking(self) -> int:
        return sum(self.walks)


def _blobs(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(x, y, w, h) of the moving blobs in the motion copy, the largest first."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    area = mask.shape[0] * mask.shape[1]
    found = [tuple(int(v) for v in stats[i][:4]) for i in range(1, count)
             if MIN_BLOB * area <= stats[i][4] <= MAX_BLOB * area]
    return sorted(found, key=lambda b: -b[2] * b[3])


def _crop(blob: tuple[int, int, int, int], scale: float, width: int, height: int,
          framing: float) -> tuple[int, int, int, int]:
    """A square crop of the frame (x0, y0, x1, y1) around a blob of the motion copy, ``framing``
    times its longer side."""
    x, y, w, h = (v / scale for v in blob)
    side = max(max(w, h) * framing, MIN_CROP)
    cx, cy = x + w / 2, y + h / 2
    x0, y0 = int(max(0, cx - side / 2)), int(max(0, cy - side / 2))
    return x0, y0, int(min(width, cx + side / 2)), int(min(height, cy + side / 2))


def _gray(small: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).astype(np.float32)


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class MovingPeople:
    """Follows a stream's frames (see the module docstring). ``detector`` is a person detector
    called on an RGB crop, giving ``[((x0, y0, x1, y1) fractions of the crop, score), ...]``
    (:class:`pixel_llm.facts.ssdlite.SSDLitePeople`). With ``background=True`` the looks run
    in a worker thread of their own (see the module docstring); :meth:`close` ends it."""

    def __init__(self, detector, background: bool = False) -> None:
        self.detector = detector
        self.background = background
        self._worker: ThreadPoolExecutor | None = None
        self._pending: tuple[Future, float, int] | None = None
        """The look running beside the stream: (its future, its frame's time, its view)."""
        self.view = 0
        """Counts the views: a look begun in an earlier one is stale."""
        self.reset()

    def reset(self) -> None:
        """A new source: nothing known of its view."""
        self.size: tuple[int, int] | None = None
        self.last_look: float | None = None
        self._new_view()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the look running beside the stream (if any) has finished; its people are
        taken up by the next :meth:`observe`. True when there was one."""
        if self._pending is None:
            return False
        self._pending[0].exception(timeout)
        return True

    def close(self) -> None:
        """End the worker thread (a running look is left to finish on its own); the next look
        on a live source starts a new one."""
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)
        self._worker, self._pending = None, None

    def observe(self, rgb: np.ndarray, timestamp: float) -> Movers:
        """Take one frame (RGB, the source's time in seconds); what is known now."""
        self._take_look()
        height, width = rgb.shape[:2]
        if self.size != (width, height):  # a new source or a new size: a new view
            self.reset()
            self.size = (width, height)
        step = max(1, round(width / MOTION_WIDTH))  # a whole step: area averaging is then cheap (≈ 0.2 ms)
        scale = 1.0 / step
        small = cv2.resize(rgb, (max(1, width // step), max(1, height // step)), interpolation=cv2.INTER_AREA)
        mask = self.model.apply(small)
        self.frames += 1
        if self.reference is None:
            self.reference = _gray(small)
        moving = (mask == 255).astype(np.uint8)  # 127: MOG2's shadows
        if np.count_nonzero(moving) > VIEW_CHANGED * moving.size:
            return self._new_view()
        if self.frames < SETTLE_FRAMES or self._pending is not None or (
                self.last_look is not None and 0 <= timestamp - self.last_look < LOOK_EVERY_S):
            return self.movers
        if self._shifted(small):  # checked when it matters: before a look
            return self._new_view()
        self.last_look = timestamp
        moving = cv2.morphologyEx(moving, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
        moving = cv2.dilate(moving, np.ones((5, 5), np.uint8))
        blobs = _blobs(moving)
        framings = [[_crop(b, scale, width, height, f) for f in CROP_SCALES] for b in blobs[:MAX_LOOKS]]
        boxes = [tuple(v / scale for v in (x, y, x + w, y + h)) for x, y, w, h in blobs]
        if self.background and framings:  # (nothing moved: nothing to look at, nothing to wait for)
            if self._worker is None:
                self._worker = ThreadPoolExecutor(1, thread_name_prefix="pixel-llm-movers")
            self._pending = (self._worker.submit(self._look, rgb.copy(), framings, boxes), timestamp, self.view)
        else:
            self._follow(self._look(rgb, framings, boxes), timestamp)
        return self.movers

    def _take_look(self) -> None:
        """Take up the people of a look that ran beside the stream, once it finished (an error
        of the detector surfaces here, as it would in line)."""
        if self._pending is None or not self._pending[0].done():
            return
        future, timestamp, view = self._pending
        self._pending = None
        people = future.result()
        if view == self.view:
            self._follow(people, timestamp)

    def _new_view(self) -> Movers:
        """The camera moved or the scene changed: tracks end, a new model learns the new view from
        its first frame (the old one would take about :data:`HISTORY` frames to forget the old view)."""
        self.model = cv2.createBackgroundSubtractorMOG2(history=HISTORY, varThreshold=VAR_THRESHOLD,
                                                        detectShadows=True)
        self.frames = 0
        self.tracks: list[Track] = []
        self.reference: np.ndarray | None = None
        """The view's first frame (grey, the motion copy), to tell a panning camera."""
        self.movers = Movers()
        self.view += 1
        return self.movers

    def _shifted(self, small: np.ndarray) -> bool:
        """The frame is shifted against the view's first frame (the camera pans or shakes): in
        three quarters of the frame or more, so that a large passer-by in front of a plain
        background, which can draw one quarter's correlation, is not taken for a pan."""
        gray = _gray(small)
        h, w = gray.shape
        shifted = 0
        for ys in (slice(0, h // 2), slice(h // 2, h)):
            for xs in (slice(0, w // 2), slice(w // 2, w)):
                (dx, dy), _ = cv2.phaseCorrelate(self.reference[ys, xs], gray[ys, xs])
                shifted += float(np.hypot(dx, dy)) >= VIEW_SHIFTED
        return shifted >= 3

    def _look(self, rgb: np.ndarray, framings, blobs) -> list[tuple[tuple[float, float, float, float], float]]:
        """People (boxes in the frame's pixels, scores) that overlap a moving blob, found in each
        blob's crops (the next framing only where the last found none)."""
        found: list[tuple[tuple[float, float, float, float], float]] = []
        for crops in framings:
            for crop in crops:
                people = self._people_in(rgb, crop, blobs)
                if people:
                    found.extend(people)
                    break
        if not found:
            return []
        # the same person seen from two crops: OpenCV's non-maximum suppression, as in .ssdlite
        rects = [[b[0], b[1], b[2] - b[0], b[3] - b[1]] for b, _ in found]
        kept = np.array(cv2.dnn.NMSBoxes(rects, [s for _, s in found], 0.0, SAME_PERSON)).reshape(-1)
        return [found[i] for i in sorted(kept.tolist(), key=lambda i: -found[i][1])]

    def _people_in(self, rgb: np.ndarray, crop, blobs) -> list[tuple[tuple[float, float, float, float], float]]:
        x0, y0, x1, y1 = crop
        if x1 - x0 < 8 or y1 - y0 < 8:
            return []
        out = []
        for (a, b, c, d), score in self.detector(np.ascontiguousarray(rgb[y0:y1, x0:x1])):
            box = (x0 + a * (x1 - x0), y0 + b * (y1 - y0), x0 + c * (x1 - x0), y0 + d * (y1 - y0))
            if score >= BODY_SCORE and any(_overlaps(box, blob) for blob in blobs):
                out.append((box, score))
        return out

    def _follow(self, people, timestamp: float) -> None:
        """Extend the tracks with this look's people; count the tracks seen twice that are not
        gone (one missed look does not change the count)."""
        self.tracks = [t for t in self.tracks if timestamp - t.last[0] <= TRACK_GONE_S]
        free = list(self.tracks)
        for box, score in people:
            cx, cy, h = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, box[3] - box[1]
            near = [t for t in free if 0.6 <= h / t.last[3] <= 1.6
                    and np.hypot(cx - t.last[1], cy - t.last[2]) <= t.last[3]]
            if near:
                track = min(near, key=lambda t: np.hypot(cx - t.last[1], cy - t.last[2]))
                free.remove(track)
            else:
                track = Track()
                self.tracks.append(track)
            track.points.append((timestamp, cx, cy, h))
            track.box, track.score = box, score
        now = [t for t in self.tracks if t.last[0] == timestamp]
        # a track missed at this look counts on (a person the detector missed once), unless a
        # person seen now is within its body height: the same person, taken up by a new track
        width, height = self.size
        counted = [t for t in self.tracks if len(t.points) >= 2 and t.whole(width, height) and (t in now or all(
            np.hypot(t.last[1] - n.last[1], t.last[2] - n.last[2]) > t.last[3] for n in now))]
        walks = tuple(t.update_walk(width, height) for t in counted)
        self.movers = Movers(
            boxes=tuple((round(t.box[0] / width, 3), round(t.box[1] / height, 3),
                         round(t.box[2] / width, 3), round(t.box[3] / height, 3)) for t in counted),
            walks=walks, score=round(min((t.score for t in counted), default=0.0), 4))


def with_movers(people: PeopleFact | None, movers: Movers) -> PeopleFact | None:
    """A frame's people completed by what the stream saw moving. A mover whose box holds the
    centre of one of the frame's own people (a face, or a body) is that person; the others are
    more people (the frame's detector missed them: too small, or turned away). How many walk is
    how many movers walk, so "two people walking" is said only when both counted people are
    movers who walk. With movers added, the count is a lower bound (``more``): people standing
    still among them are not seen."""
    if people is None or movers.count == 0:
        return people

    def holds(box, other) -> bool:
        cx, cy = (other[0] + other[2]) / 2, (other[1] + other[3]) / 2
        return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]

    known = [any(holds(box, other) for other in people.boxes) for box in movers.boxes]
    extra = known.count(False)
    if not extra:
        return replace(people, walking=min(movers.walking, people.count))
    score = min(people.score, movers.score) if people.count else movers.score
    return PeopleFact(people.count + extra, score, f"{people.detector}+moving-{MOVERS_DETECTOR}",
                      people.boxes + tuple(b for b, k in zip(movers.boxes, known) if not k), True, movers.walking)
