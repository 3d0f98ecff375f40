"""The spec's module: ``from pixel_llm.compositor import quick_caption, CompositorIntegrator,
CompositorConfig``."""

from .config import CompositorConfig
from .integrator import CaptionModel, CompositorIntegrator
from .quick import quick_caption
from .result import CaptionResult

__all__ = ["CaptionModel", "CaptionResult", "CompositorConfig", "CompositorIntegrator", "quick_caption"]
