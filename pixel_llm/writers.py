"""Caption writers: who turns a frame's analysis into words.

Every writer has a ``backend`` (the name results carry in ``CaptionResult.backend``) and one
``write`` coroutine. There are three:

- :class:`OfflineWriter` (``"offline"``): composes the caption from the measured facts with
  rules; needs nothing, never fails.
- :class:`LLMWriter` (``"openai:<model>"``): asks an OpenAI-compatible endpoint, sending the
  facts and, to a vision model, the image.
- :class:`ModelWriter` (``"model:<ClassName>"``): a user's own :class:`CaptionModel`.

:func:`choose_writer` picks one from the config once, when the integrator starts.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import inspect
from typing import Any, AsyncIterator, Awaitable, Callable, Protocol, runtime_checkable

import numpy as np

from .config import CompositorConfig
from .errors import EncoderError, PixelLLMError
from .facts import Facts
from .generators import compose_caption
from .generators.openai_compat import LLMCaptioner, image_data_url
from .generators.prompt import clean_caption

OFFLINE = "offline"
"""The backend of captions composed from the facts (also what a failed endpoint falls back to)."""

Pixels = Callable[[], Awaitable[np.ndarray]]
"""How a writer gets the frame's RGB pixels when it needs them (decoded lazily)."""


@runtime_checkable
class CaptionModel(Protocol):
    """A user's own captioning model, passed as ``CompositorIntegrator(model=...)``.

    ``caption`` receives the decoded RGB frame (uint8, H×W×3), the encoder's feature vector
    for it (float32, 1-D), the measured :class:`~pixel_llm.facts.Facts` and the configured
    ``max_length``, and returns the caption. It may be a plain method (run on the compute
    thread) or ``async def``. The grounding rule is yours to keep: say only what is in the
    image.
    """

    def caption(self, image: np.ndarray, features: np.ndarray, facts: Facts,
                max_length: int) -> str | Awaitable[str]: ...


class CaptionWriter(Protocol):
    backend: str
    """What results say wrote the caption."""

    def ready(self) -> bool:
        """Can it write now? (An endpoint behind an open circuit breaker cannot.)"""

    async def write(self, facts: Facts, features: np.ndarray, pixels: Pixels) -> str:
        """The caption for one analysed frame."""


class OfflineWriter:
    backend = OFFLINE

    def __init__(self, max_length: int):
        self.max_length = max_length

    def ready(self) -> bool:
        return True

    def compose(self, facts: Facts) -> str:
        return compose_caption(facts, self.max_length)

    async def write(self, facts: Facts, features: np.ndarray, pixels: Pixels) -> str:
        return self.compose(facts)


class LLMWriter:
    """Captions from an OpenAI-compatible endpoint (see :mod:`pixel_llm.generators.openai_compat`)."""

    def __init__(self, config: CompositorConfig, endpoint: LLMCaptioner):
        self.config = config
        self.endpoint = endpoint
        self.backend = endpoint.backend

    def ready(self) -> bool:
        # an open breaker without fallback still "writes": the call raises LLMUnavailableError
        return self.endpoint.usable() or not self.config.llm_fallback

    def _image_url(self, pixels: Pixels):
        cfg = self.config

        async def url() -> str:
            rgb = await pixels()
            return await asyncio.get_running_loop().run_in_executor(
                None, image_data_url, rgb, cfg.llm_image_max_side, cfg.llm_image_format)
        return url

    async def write(self, facts: Facts, features: np.ndarray, pixels: Pixels) -> str:
        return await self.endpoint.caption(facts, self.config.max_length, self._image_url(pixels))

    def stream(self, facts: Facts, pixels: Pixels) -> AsyncIterator[str]:
        """The caption as the endpoint writes it, piece by piece."""
        return self.endpoint.stream(facts, self.config.max_length, self._image_url(pixels))

    def finish(self, pieces: list[str]) -> str:
        """The caption a finished stream adds up to, cleaned as :meth:`write` would."""
        return clean_caption("".join(pieces), self.config.max_length)


class ModelWriter:
    """Captions from a user's :class:`CaptionModel`; a plain ``caption`` method runs on
    ``executor`` (the compute thread), an ``async def`` one on the event loop."""

    def __init__(self, model: CaptionModel, max_length: int, executor: cf.Executor):
        self.model = model
        self.max_length = max_length
        self.executor = executor
        self.backend = f"model:{type(model).__name__}"

    def ready(self) -> bool:
        return True

    async def write(self, facts: Facts, features: np.ndarray, pixels: Pixels) -> str:
        rgb = await pixels()
        call = self.model.caption
        try:
            if inspect.iscoroutinefunction(call):
                out = await call(rgb, features, facts, self.max_length)
            else:
                loop = asyncio.get_running_loop()
                out = await loop.run_in_executor(self.executor, call, rgb, features, facts, self.max_length)
        except PixelLLMError:
            raise
        except Exception as exc:  # a user model's failure
            raise EncoderError(f"caption model failed: {exc!r}") from exc
        if not isinstance(out, str):
            raise EncoderError(f"caption model returned {type(out).__name__}, not str")
        return out


def choose_writer(config: CompositorConfig, model: Any, executor: cf.Executor) -> CaptionWriter:
    """A user model if given; else the endpoint for ``generator`` ``"openai"`` / ``"auto"``;
    else the offline composer."""
    if model is not None:
        return ModelWriter(model, config.max_length, executor)
    if config.generator in ("auto", "openai"):
        return LLMWriter(config, LLMCaptioner(config, auto=config.generator == "auto"))
    return OfflineWriter(config.max_length)
