"""The user's prompt, with the images and their measured facts, to the configured endpoint.

The integrator's own endpoint path writes *captions* with its fixed prompt; a chat client asks
its own question. This module asks the same endpoint (the integrator's
:class:`~pixel_llm.generators.openai_compat.LLMCaptioner`: its HTTP client, its circuit
breaker, its vision detection) with the client's prompt, through their public methods:

- a vision model gets each image plus its facts as hints, and the prompt;
- a text-only model gets only the facts, is told to add nothing, and its answer must name a
  measured subject (``llm_grounding_check``) or it counts as a failed answer;
- failures are retried like captions (``llm_max_retries`` within ``llm_retry_budget``), bounded
  by the same ``llm_deadline`` and request slots, and counted by the same breaker; the caller
  falls back to the offline answer.

The request itself goes through :meth:`LLMCaptioner.request` / :meth:`~LLMCaptioner.stream_request`,
the same path captions take; this module only builds the payload and checks the answer.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, AsyncIterator

from ..errors import LLMResponseError
from ..facts import Facts
from ..generators.openai_compat import image_data_url
from ..generators.prompt import ThinkFilter, facts_text, grounded

VISION_SYSTEM = (
    "You answer questions about the images you are shown. Say only what is visible in them. Facts that "
    "vision models measured in each image are given as hints; trust the image where they disagree."
)
TEXT_SYSTEM = (
    "You cannot see the images. You are given facts that vision models measured in each of them. Answer "
    "using only these facts: do not add any object, person, action, place, text or detail that they do not "
    "state. If the facts cannot answer the question, say so."
)
DEFAULT_MAX_TOKENS = 512


@dataclass
class Seen:
    """One analysed image of a chat turn."""

    facts: Facts
    pixels: Any
    """Async callable giving the RGB pixels (decoded lazily)."""


class Upstream:
    """The configured endpoint, asked with a chat client's prompt."""

    def __init__(self, integrator):
        self.integrator = integrator
        self.config = integrator.config
        self.endpoint = integrator.captioner.llm.endpoint

    @classmethod
    def of(cls, integrator) -> "Upstream | None":
        """The endpoint captions come from, or None (offline, or a user's own model)."""
        captioner = getattr(integrator, "captioner", None)
        if captioner is None or captioner.llm is None:
            return None
        return cls(integrator)

    @property
    def model(self) -> str:
        return self.endpoint.model

    @property
    def backend(self) -> str:
        return self.endpoint.backend

    async def _image_urls(self, seen: list[Seen]) -> list[str]:
        cfg = self.config
        loop = asyncio.get_running_loop()
        urls = []
        for item in seen:
            rgb = await item.pixels()
            urls.append(await loop.run_in_executor(None, image_data_url, rgb, cfg.llm_image_max_side,
                                                   cfg.llm_image_format))
        return urls

    def payload(self, seen: list[Seen], prompt: str, system: str, max_tokens: int | None,
                temperature: float | None, image_urls: list[str] | None) -> dict:
        """The chat request: our grounding instructions (with the client's system prompt after
        them), then per image its facts (and the image, for a vision model), then the prompt."""
        ours = VISION_SYSTEM if image_urls else TEXT_SYSTEM
        content: list[dict] = []
        for i, item in enumerate(seen):
            title = "The image" if len(seen) == 1 else f"Image {i + 1}"
            content.append({"type": "text", "text": f"{title} — facts measured in it:\n{facts_text(item.facts)}"})
            if image_urls:
                content.append({"type": "image_url", "image_url": {"url": image_urls[i]}})
        content.append({"type": "text", "text": prompt})
        return {"model": self.model,
                "messages": [{"role": "system", "content": ours + (f"\n\n{system}" if system else "")},
                             {"role": "user", "content": content}],
                "max_tokens": max_tokens or DEFAULT_MAX_TOKENS,
                "temperature": self.config.temperature if temperature is None else temperature}

    def _check(self, seen: list[Seen]):
        def check(answer: str, with_images: bool) -> str:
            text = _clean(answer)
            if not text:
                raise LLMResponseError("the endpoint answered with empty text")
            if not with_images and self.config.llm_grounding_check and not any(grounded(text, s.facts) for s in seen):
                raise LLMResponseError(f"the answer mentions nothing that was measured: {text[:200]!r}")
            return text
        return check

    async def answer(self, seen: list[Seen], prompt: str, system: str, max_tokens: int | None,
                     temperature: float | None) -> str:
        """The endpoint's whole answer, asked as a caption is (request slot, breaker, retries,
        ``llm_deadline``); raises a typed LLMError."""
        return await self.endpoint.request(
            lambda urls: self.payload(seen, prompt, system, max_tokens, temperature, urls),
            self._check(seen), lambda: self._image_urls(seen))

    def stream(self, seen: list[Seen], prompt: str, system: str, max_tokens: int | None,
               temperature: float | None) -> AsyncIterator[str]:
        """The endpoint's answer as it arrives (reasoning blocks removed), streamed as a caption
        is (request slot, breaker, ``llm_deadline``; no retries: text may already be on the
        client's screen). Raises a typed LLMError."""
        return self.endpoint.stream_request(
            lambda urls, deadline: self._pieces(self.payload(seen, prompt, system, max_tokens, temperature, urls),
                                                deadline),
            lambda: self._image_urls(seen))

    async def _pieces(self, payload: dict, deadline: float) -> AsyncIterator[str]:
        think = ThinkFilter()
        started = False
        async for piece in self.endpoint.client.chat_stream(payload, deadline):
            visible = think.feed(piece)
            if not started:
                visible = visible.lstrip()
            if visible:
                started = True
                yield visible
        tail = think.flush()
        if tail.strip():
            yield tail
        if not started and not tail.strip():
            raise LLMResponseError("the endpoint streamed no text")


def _clean(text: str) -> str:
    think = ThinkFilter()
    return (think.feed(text) + think.flush()).strip()
