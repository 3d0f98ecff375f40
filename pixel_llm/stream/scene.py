"""Scene-change detection: a perceptual hash for near-identical frames (cheap, before any
model runs) and encoder-feature similarity for frames that look different pixel-wise but
show the same scene (noise, small motion)."""

from __future__ import annotations

import cv2
import numpy as np

from ..facts.people import people_phrase

THUMB_SIZE = (128, 96)
PIXEL_DELTA = 16
TEXT_CHANGE_FRACTION = 0.004
PEOPLE_HOLD_S = 2.0
"""A stream's words for several people ("people", "a group of people", "a crowd", "…, some of
them walking") change to other such words only once the new ones held this long (source time)."""


def thumbnail(rgb: np.ndarray) -> np.ndarray:
    """A 128×96 grey thumbnail: what the change detectors look at."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    return cv2.resize(gray, THUMB_SIZE, interpolation=cv2.INTER_AREA)


def dhash(thumb: np.ndarray) -> int:
    """64-bit difference hash: signs of horizontal gradients on a 9×8 grey thumbnail."""
    small = cv2.resize(thumb, (9, 8), interpolation=cv2.INTER_AREA).astype(np.int16)
    bits = (small[:, 1:] > small[:, :-1]).flatten()
    return int(np.packbits(bits).view(">u8")[0])


def changed_fraction(a: np.ndarray, b: np.ndarray) -> float:
    """Share of thumbnail pixels that differ by more than ``PIXEL_DELTA`` grey levels."""
    return float(np.count_nonzero(cv2.absdiff(a, b) > PIXEL_DELTA)) / a.size


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count() if hasattr(int, "bit_count") else bin(a ^ b).count("1")


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0 or nb == 0:
        return 0.0
    return float(np.dot(a, b) / (na * nb))


class SceneTracker:
    """Remembers the current scene and decides, for each new frame, whether it is the same.

    Photos: the same scene when the perceptual hash is close (no model runs), or else when
    the encoder features are similar (slow pans, noise). Screens (flat graphics) and scenes
    with on-screen text: a new line of text is small in pixels but is the content, so any
    visible change of the thumbnail against the scene's first frame (≥ 0.4 % of its pixels)
    is a new scene, whatever the hash and features say.
    """

    def __init__(self, hash_threshold: int, similarity_threshold: float):
        self.hash_threshold = hash_threshold
        self.similarity_threshold = similarity_threshold
        self.hash: int | None = None
        self.thumb: np.ndarray | None = None
        self.features: np.ndarray | None = None
        self.caption: str | None = None
        self.pixel_sensitive = False
        self.backend = ""
        self.people: int | None = None
        self.movers = None

    def text_changed(self, thumb: np.ndarray) -> bool:
        return self.pixel_sensitive and self.thumb is not None and \
            changed_fraction(thumb, self.thumb) >= TEXT_CHANGE_FRACTION

    def same_by_hash(self, frame_hash: int, thumb: np.ndarray) -> bool:
        return self.hash is not None and hamming(frame_hash, self.hash) <= self.hash_threshold \
            and not self.text_changed(thumb)

    def same_by_features(self, features: np.ndarray, thumb: np.ndarray) -> bool:
        return self.features is not None and not self.text_changed(thumb) \
            and cosine(features, self.features) >= self.similarity_threshold

    def people_changed(self, facts) -> bool:
        """The number of people counted differs from the scene's (a person came or left: the
        features of the frame may hardly change, the caption must)."""
        count = facts.people.count if getattr(facts, "people", None) is not None else None
        return count is not None and self.people is not None and count != self.people.count

    def movers_changed(self, movers) -> bool:
        """Who the stream sees moving (:class:`~pixel_llm.stream.movers.Movers`: how many, how
        many walking) differs from the scene's: passers-by are small in pixels, so a new one
        or one who starts walking moves the hash and the features little, but the caption must
        change."""
        return movers is not None and self.movers is not None and \
            (movers.count, movers.walking) != (self.movers.count, self.movers.walking)

    def follow(self, frame_hash: int) -> None:
        """The same scene, one frame later."""
        self.hash = frame_hash

    def start(self, frame_hash: int, thumb: np.ndarray, features: np.ndarray, caption: str, backend: str,
              pixel_sensitive: bool, people=None, movers=None) -> None:
        """A new scene begins at this frame. ``pixel_sensitive``: a screen or text scene;
        ``people``: the people its caption counts (a :class:`~pixel_llm.facts.model.PeopleFact`;
        None: not measured); ``movers``: who the stream saw moving then (None: not watched)."""
        self.hash, self.thumb, self.features = frame_hash, thumb, features
        self.caption, self.backend, self.pixel_sensitive = caption, backend, pixel_sensitive
        self.people = people
        self.movers = movers


class SteadyPeople:
    """A stream's people, with words that do not flicker: when several people are said and the
    frame's count gives other words for several people (a group of 7 and a crowd of 8, one or
    some of them walking), the words in force stay until other words have been seen for
    :data:`PEOPLE_HOLD_S` without a return to them (then the latest are said) — a count at a boundary, or one person missed at one look, must not
    change the caption back and forth. Any change to or from one person or nobody, and anyone starting or
    ceasing to walk, is taken at once: that is what a watcher wants to know (walking has its own
    steadiness, :meth:`pixel_llm.stream.movers.Track.update_walk`)."""

    def __init__(self) -> None:
        self.said = None
        self.pending: tuple[str, float] | None = None
        """Other words than the ones in force, first seen then (source time)."""

    def __call__(self, people, timestamp: float):
        """The people to say at this frame: ``people`` or the ones in force."""
        words = _plural_words(people)
        said = _plural_words(self.said)
        if words is None or said is None or words == said or bool(people.walking) != bool(self.said.walking):
            self.said, self.pending = people, None
            return people
        if self.pending is None:
            self.pending = (words, timestamp)
        if timestamp - self.pending[1] >= PEOPLE_HOLD_S:
            self.said, self.pending = people, None
            return people
        return self.said


def _plural_words(people) -> str | None:
    """The words a caption says for ``people`` when they are several (None otherwise)."""
    if people is None or people.count < 2:
        return None
    return people_phrase(people.count, people.more, people.walking)
