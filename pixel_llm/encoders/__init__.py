"""Vision encoders: ``dinov2`` and ``clip`` (official weights through transformers),
``efficientnet_lite0`` (bundled ImageNet classifier, offline; alias ``bundled``),
``efficientnet_lite1`` / ``efficientnet_lite2`` (larger, same recipe) and
``random`` (deterministic features, no model; for tests)."""

from ._registry import (available_encoders, canonical_name, create_encoder, register_encoder, registered_encoders,
                        unregister_encoder)
from .base import Encoder, EncoderOutput
from . import bundled as _bundled, hf as _hf, random as _random  # noqa: F401  (registration)

__all__ = ["Encoder", "EncoderOutput", "available_encoders", "canonical_name", "create_encoder", "register_encoder",
           "registered_encoders", "unregister_encoder"]
