"""``random``: deterministic pseudo-random features derived from the pixels. No model, no
labels; the same frame always gets the same vector. For tests and plumbing only."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import xxhash

from ._registry import register_encoder
from .base import EncoderOutput

FEATURE_DIM = 384


class RandomEncoder:
    name = "random"
    feature_dim = FEATURE_DIM

    def __init__(self, device: str = "cpu", dim: int = FEATURE_DIM):
        self.device = device
        self.feature_dim = dim
        self.identity = f"random:{dim}"

    def encode(self, images: Sequence[np.ndarray]) -> EncoderOutput:
        rows = []
        for im in images:
            seed = xxhash.xxh3_64_intdigest(repr(im.shape).encode() + np.ascontiguousarray(im).tobytes())
            v = np.random.default_rng(seed).standard_normal(self.feature_dim).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return EncoderOutput(np.stack(rows) if rows else np.zeros((0, self.feature_dim), np.float32))

    def close(self) -> None:
        pass


@register_encoder("random")
def _create(config, device: str) -> RandomEncoder:
    return RandomEncoder(device)
