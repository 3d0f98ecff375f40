"""Scene-change detection: a perceptual hash for near-identical frames (cheap, before any
model runs) and encoder-feature similarity for frames that look different pixel-wise but
show the same scene (noise, small motion)."""

from __future__ import annotations

import cv2
import numpy as np


def dhash(rgb: np.ndarray) -> int:
    """64-bit difference hash: signs of horizontal gradients on a 9×8 grey thumbnail."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    small = cv2.resize(gray, (9, 8), interpolation=cv2.INTER_AREA).astype(np.int16)
    bits = (small[:, 1:] > small[:, :-1]).flatten()
    return int(np.packbits(bits).view(">u8")[0])


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count() if hasattr(int, "bit_count") else bin(a ^ b).count("1")


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0 or nb == 0:
        return 0.0
    return float(np.dot(a, b) / (na * nb))


class SceneTracker:
    """Remembers the current scene (hash, features, caption) and decides for each new frame."""

    def __init__(self, hash_threshold: int, similarity_threshold: float):
        self.hash_threshold = hash_threshold
        self.similarity_threshold = similarity_threshold
        self.hash: int | None = None
        self.features: np.ndarray | None = None
        self.caption: str | None = None
        self.backend = ""

    def same_by_hash(self, frame_hash: int) -> bool:
        return self.hash is not None and hamming(frame_hash, self.hash) <= self.hash_threshold

    def same_by_features(self, features: np.ndarray) -> bool:
        return self.features is not None and cosine(features, self.features) >= self.similarity_threshold

    def update(self, frame_hash: int, features: np.ndarray | None, caption: str | None = None,
               backend: str = "") -> None:
        self.hash = frame_hash
        if features is not None:
            self.features = features
        if caption is not None:
            self.caption, self.backend = caption, backend
