"""What a caption call returns when you want more than the string."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .facts import Facts


@dataclass
class CaptionResult:
    caption: str
    facts: Facts
    backend: str
    """Who wrote the caption: ``"offline"`` (composed from the facts, also when an endpoint
    failed and ``llm_fallback`` is on), ``"openai:<model>"`` (an OpenAI-compatible endpoint)
    or ``"model:<ClassName>"`` (your :class:`~pixel_llm.CaptionModel`)."""
    encoder: str
    """Identity of the encoder that ran (name, weights, input size)."""
    device: str
    cached: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    """Milliseconds: decode, encode, facts, caption, total."""
    features: np.ndarray | None = field(default=None, repr=False)

    def to_dict(self, features: bool = False) -> dict[str, Any]:
        out = {
            "caption": self.caption,
            "backend": self.backend,
            "encoder": self.encoder,
            "device": self.device,
            "cached": self.cached,
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "facts": self.facts.to_dict(),
        }
        if features and self.features is not None:
            out["features"] = self.features.tolist()
        return out
