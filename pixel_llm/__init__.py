"""pixel-llm: grounded, offline-first image and frame captioning."""

from .compositor import CaptionModel, CaptionResult, CompositorConfig, CompositorIntegrator, quick_caption
from .errors import (
    BatchCaptionError,
    ConfigError,
    CorruptImageError,
    EmptyImageError,
    EncoderError,
    FrameFormatError,
    ImageError,
    ImageNotFoundError,
    ImageTooLargeError,
    IntegratorStateError,
    NotAnImageError,
    PixelLLMError,
    SourceError,
    WeightsUnavailableError,
    WindowsHintError,
)
from .facts import Facts
from .sync import SyncIntegrator

__version__ = "0.1.0"

__all__ = [
    "BatchCaptionError",
    "CaptionModel",
    "CaptionResult",
    "CompositorConfig",
    "CompositorIntegrator",
    "ConfigError",
    "CorruptImageError",
    "EmptyImageError",
    "EncoderError",
    "Facts",
    "FrameFormatError",
    "ImageError",
    "ImageNotFoundError",
    "ImageTooLargeError",
    "IntegratorStateError",
    "NotAnImageError",
    "PixelLLMError",
    "SourceError",
    "SyncIntegrator",
    "WeightsUnavailableError",
    "WindowsHintError",
    "quick_caption",
]
