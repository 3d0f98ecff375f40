"""Captions from LM Studio or any OpenAI-compatible ``/v1/chat/completions`` endpoint
(vLLM, Ollama's ``/v1``, llama.cpp's ``llama-server``, OpenAI).

:class:`LLMCaptioner` decides what to ask (the caption prompt, or any request through
:meth:`LLMCaptioner.request` / :meth:`LLMCaptioner.stream_request`), whether the model sees the
image, and what to make of the answer. The HTTP side — one pooled ``httpx.AsyncClient`` per
event loop, closed by ``shutdown()``; ``max_concurrent_requests`` requests at a time; errors
converted to :mod:`pixel_llm.errors` in one place — is :mod:`.endpoint`. Retries and the
circuit breaker are in :mod:`.resilience`.

An endpoint cannot hang, flood or fool the caller:

- every call has a total deadline (``llm_deadline``, probes at most 5 s) on top of the
  connect/read timeouts, so a body that drips or never ends is an :class:`LLMTimeoutError`;
- no response is read beyond ``llm_max_response_bytes`` and captions are capped in words and
  characters;
- any answer that is not the expected shape is an :class:`LLMResponseError`;
- captions that obey the on-screen text instead of describing it are refused
  (:class:`~.prompt.CaptionGuard`);
- credentials in the base URL are sent as HTTP basic auth, not in the URL, and neither they
  nor the API key appear in an error, a log line or the health dict
  (:func:`pixel_llm.redact.redact_url`).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import logging
import re
import time
from typing import Any, AsyncIterator, Awaitable, Callable

import xxhash
import numpy as np
from PIL import Image

from ..errors import (LLMConnectionError, LLMError, LLMModelNotFoundError, LLMRequestError,
                      LLMResponseError, LLMTimeoutError, LLMUnavailableError)
from ..facts import Facts
from .endpoint import (OpenAICompatClient, VisionUnsupportedError, message_text, model_ids, snippet,
                       timeout_at)
from .prompt import (TEXT_SYSTEM_PROMPT, VISION_SYSTEM_PROMPT, CaptionGuard, ThinkFilter, cap_index, clean_caption,
                     grounded, max_caption_chars, user_prompt)
from .resilience import CircuitBreaker, with_retries


logger = logging.getLogger(__name__)

PROBE_S = 5.0  # health and model-list probes: at most this long in all

VISION_NAME_HINTS = re.compile(
    r"(^|[-_/.:])(vl|vlm|vision|llava|bakllava|pixtral|moondream|minicpm-?v|internvl|smolvlm|idefics|"
    r"gpt-4o|gpt-4\.1|gpt-4-turbo|gpt-4-vision|gpt-5|gemma-?3|llama-?3\.2-\d+b-vision|molmo|paligemma|cogvlm)",
    re.I)
class UngroundedCaptionError(LLMResponseError):
    """A text-only model's caption names none of the measured subjects (it invented one)."""


class RefusedCaptionError(LLMResponseError):
    """The endpoint answered, but the caption obeys the on-screen text instead of describing
    the image (see :class:`~.prompt.CaptionGuard`). Not retried; does not count against the
    endpoint in the circuit breaker."""


def image_data_url(rgb: np.ndarray, max_side: int, fmt: str = "jpeg") -> str:
    """The frame as a ``data:`` URL, its longest side at most ``max_side``."""
    im = Image.fromarray(rgb)
    if max(im.size) > max_side:
        scale = max_side / max(im.size)
        im = im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))), Image.BICUBIC)
    buf = io.BytesIO()
    if fmt == "png":
        im.save(buf, "PNG", optimize=False)
    else:
        im.save(buf, "JPEG", quality=85)
    return f"data:image/{fmt};base64,{base64.b64encode(buf.getvalue()).decode('ascii')}"


def _may_be_link(fragment: str) -> bool:
    """Could this unfinished word still become a link? (It is held back while streaming.)"""
    low = fragment.lower()
    return any(c in low for c in ".:/@") or "https".startswith(low) or "www".startswith(low)


class LLMCaptioner:
    """Writes captions through an OpenAI-compatible endpoint; see the module docstring."""

    def __init__(self, config, *, auto: bool):
        self.config = config
        self.model = config.lm_studio_model
        self.auto = auto
        self.client = OpenAICompatClient(config.lm_studio_base_url, config.api_key, config.llm_timeout,
                                         config.max_concurrent_requests, config.llm_max_response_bytes)
        self.breaker = CircuitBreaker(config.llm_breaker_threshold, config.llm_breaker_cooldown)
        self._vision: dict[str, bool] = {}
        self._lmstudio_types: dict[str, str] | None = None
        self.backend = f"openai:{self.model}"
        if config.num_beams > 1:
            logger.info("num_beams=%d has no equivalent in the OpenAI chat API; it is not sent", config.num_beams)

    @property
    def identity(self) -> str:
        prompts = f"{self.config.llm_system_prompt}|{self.config.llm_prompt_template}"
        return (f"openai|{self.client.base_url}|{self.model}|{self.config.temperature}|{self.config.llm_vision}|"
                f"{xxhash.xxh3_64_hexdigest(prompts)}")

    def usable(self) -> bool:
        return self.breaker.would_allow()

    def _deadline(self, seconds: float | None = None) -> float:
        """Event-loop time by which a call that starts now must be over."""
        return asyncio.get_running_loop().time() + (self.config.llm_deadline if seconds is None else seconds)

    def _guard(self, facts: Facts) -> CaptionGuard | None:
        return CaptionGuard(facts) if self.config.llm_injection_check else None

    # -- vision -------------------------------------------------------------------------
    async def _lmstudio_model_types(self) -> dict[str, str]:
        if self._lmstudio_types is None:
            probe = min(3.0, self.config.llm_deadline)
            try:
                data = await self.client.get_json(f"{self.client.root_url}/api/v0/models", timeout=probe,
                                                  deadline=self._deadline(probe))
            except LLMError:
                data = None
            items = data.get("data") if isinstance(data, dict) else None
            self._lmstudio_types = {m["id"]: m.get("type") for m in items or []
                                    if isinstance(m, dict) and isinstance(m.get("id"), str)
                                    and isinstance(m.get("type", ""), str)} if isinstance(items, list) else {}
        return self._lmstudio_types

    async def wants_vision(self) -> bool:
        mode = self.config.llm_vision
        if mode != "auto":
            return mode == "always"
        if self.model not in self._vision:
            types = await self._lmstudio_model_types()
            if self.model in types:
                self._vision[self.model] = types[self.model] == "vlm"
            else:
                self._vision[self.model] = bool(VISION_NAME_HINTS.search(self.model))
            logger.info("model %r: %s", self.model, "sends images" if self._vision[self.model] else "facts only")
        return self._vision[self.model]

    # -- requests -----------------------------------------------------------------------
    def payload(self, facts: Facts, max_length: int, image_url: str | None) -> dict:
        cfg = self.config
        prompt = user_prompt(facts, max_length, cfg.llm_prompt_template)
        system = cfg.llm_system_prompt or (VISION_SYSTEM_PROMPT if image_url else TEXT_SYSTEM_PROMPT)
        content: Any = prompt
        if image_url:
            content = [{"type": "text", "text": prompt}, {"type": "image_url", "image_url": {"url": image_url}}]
        return {"model": self.model, "messages": [{"role": "system", "content": system},
                                                  {"role": "user", "content": content}],
                "max_tokens": max_length, "temperature": cfg.temperature}

    def _no_retry(self, exc: LLMError) -> bool:
        # 'auto' means "use the endpoint if there is one": a refused connection says there isn't.
        return self.auto and isinstance(exc, LLMConnectionError) and not self._ever_succeeded

    _ever_succeeded = False

    def _unavailable(self) -> LLMUnavailableError:
        snap = self.breaker.snapshot()
        return LLMUnavailableError(f"{self.client.shown_url} failed recently ({snap['last_error']}); "
                                   f"next try in {snap['retry_in_s']:.1f} s")

    def _record(self, exc: LLMError) -> None:
        """Tell the breaker how a call failed."""
        if isinstance(exc, RefusedCaptionError):
            self.breaker.success()  # the endpoint works; this answer was refused for its content
        elif isinstance(exc, (LLMRequestError, LLMModelNotFoundError)) and not isinstance(exc, VisionUnsupportedError):
            self.breaker.failure(exc, trip=False)
        else:
            self.breaker.failure(exc, trip=self._no_retry(exc))

    async def _guarded(self, call, deadline: float):
        """``call`` through the breaker, with retries, all of it before ``deadline``."""
        if not self.breaker.allow():
            raise self._unavailable()
        loop = asyncio.get_running_loop()
        try:
            try:
                async with timeout_at(deadline):
                    result = await with_retries(call, max_retries=self.config.llm_max_retries,
                                                budget=min(self.config.llm_retry_budget, max(0.0, deadline - loop.time())),
                                                no_retry=self._no_retry)
            except asyncio.TimeoutError:
                raise LLMTimeoutError(f"POST {self.client.shown_url}/chat/completions: no caption within the "
                                      f"{self.config.llm_deadline:g} s deadline (llm_deadline)") from None
        except LLMError as exc:
            self._record(exc)
            raise
        except BaseException:  # cancelled: says nothing about the endpoint
            self.breaker.release()
            raise
        self.breaker.success()
        self._ever_succeeded = True
        return result

    async def request(self, build: Callable[[Any], dict], check: Callable[[str, bool], str],
                      images: Callable[[], Awaitable[Any]]) -> str:
        """One answer to any chat request, with everything a caption gets: a request slot, the
        breaker, retries, the total ``llm_deadline`` (counted once a slot is free), and facts
        only when the model refuses images. ``images`` is awaited only when the model sees
        images; ``build(images or None)`` makes the payload; ``check(text, with_images)`` returns
        the answer or raises an :class:`LLMError` (empty, ungrounded, refused)."""
        seen = await images() if await self.wants_vision() else None
        where = f"POST {self.client.shown_url}/chat/completions"
        deadline = 0.0

        async def once(with_images: Any):
            data = await self.client.chat(build(with_images), deadline)
            return check(message_text(data, where), with_images is not None)

        async with self.client.slot():
            deadline = self._deadline()
            try:
                return await self._guarded(lambda: once(seen), deadline)
            except VisionUnsupportedError:
                self._refused_images()
                return await self._guarded(lambda: once(None), deadline)

    def _refused_images(self) -> None:
        logger.warning("model %r refused an image; sending facts only from now on", self.model)
        self._vision[self.model] = False

    async def caption(self, facts: Facts, max_length: int, image_url_factory) -> str:
        """One caption (see :meth:`request`). ``image_url_factory`` is awaited for the data URL
        when the model sees images."""
        where = f"POST {self.client.shown_url}/chat/completions"
        guard = self._guard(facts)

        def check(answer: str, with_image: bool) -> str:
            text = clean_caption(answer, max_length)
            if not text:
                raise LLMResponseError(f"{where}: the model answered with an empty caption")
            if not with_image and self.config.llm_grounding_check and not grounded(text, facts):
                raise UngroundedCaptionError(f"{where}: the caption mentions nothing that was measured: {text!r}")
            reason = guard.check(text) if guard is not None else None
            if reason:
                raise RefusedCaptionError(f"{where}: caption refused, {reason}: {snippet(text)}")
            return text

        return await self.request(lambda url: self.payload(facts, max_length, url), check, image_url_factory)

    async def stream(self, facts: Facts, max_length: int, image_url_factory) -> AsyncIterator[str]:
        """Caption text as it arrives (reasoning blocks removed), at most ``max_length`` words and
        :func:`~.prompt.max_caption_chars` characters (see :meth:`stream_request`). When the
        on-screen text reads like instructions to a model, the answer is checked whole before
        any of it is passed on."""
        async for piece in self.stream_request(
                lambda url, deadline: self._stream_once(facts, max_length, url, deadline), image_url_factory):
            yield piece

    async def stream_request(self, run: Callable[[Any, float], AsyncIterator[str]],
                             images: Callable[[], Awaitable[Any]]) -> AsyncIterator[str]:
        """Any streamed chat answer with a request slot, the breaker and the total
        ``llm_deadline``: ``run(images or None, deadline)`` yields the pieces (typically from
        ``client.chat_stream(payload, deadline)``). Failures raise typed errors (no retries: text
        may already be on screen); a connection cut mid-stream raises LLMConnectionError."""
        if not self.breaker.allow():
            raise self._unavailable()
        outcome = None
        try:
            seen = await images() if await self.wants_vision() else None
            async with self.client.slot():
                deadline = self._deadline()
                sent = False
                try:
                    async for piece in run(seen, deadline):
                        sent = True
                        yield piece
                except VisionUnsupportedError:
                    if sent:
                        raise
                    self._refused_images()
                    async for piece in run(None, deadline):
                        yield piece
            outcome = "ok"
        except LLMError as exc:
            outcome = "failed"
            self._record(exc)
            raise
        finally:
            if outcome == "ok":
                self.breaker.success()
                self._ever_succeeded = True
            elif outcome is None:  # cancelled, or the consumer stopped early
                self.breaker.release()

    async def _stream_once(self, facts: Facts, max_length: int, image_url: str | None,
                           deadline: float) -> AsyncIterator[str]:
        where = f"POST {self.client.shown_url}/chat/completions"
        guard = self._guard(facts)
        hold_all = guard is not None and guard.suspicious
        max_chars = max_caption_chars(max_length)
        think = ThinkFilter()
        text = ""  # what is visible so far, within the caps
        sent = 0  # how much of it has been passed on
        capped = False

        def refuse(candidate: str) -> None:
            """Raise RefusedCaptionError if ``candidate`` (the text so far) may not be shown:
            checked whole when held back, else for links as it goes."""
            if guard is None:
                return
            if hold_all:
                reason = guard.check(clean_caption(candidate, max_length))
            else:
                link = guard.foreign_link(candidate)
                reason = f"it contains a link that is not on screen ({link[:80]})" if link else None
            if reason:
                raise RefusedCaptionError(f"{where}: caption refused, {reason}: {snippet(candidate)}")

        def release_end() -> int:
            """How much of ``text`` may be passed on now: all but an unfinished word that may
            still become a link (held while a link check is on)."""
            if capped or guard is None:
                return len(text)
            last = max(text.rfind(" "), text.rfind("\n"), text.rfind("\t")) + 1
            return last if last < len(text) and _may_be_link(text[last:]) else len(text)

        stream = self.client.chat_stream(self.payload(facts, max_length, image_url), deadline)
        try:
            async with contextlib.aclosing(stream):
                async for piece in stream:
                    visible = think.feed(piece)
                    if not text:
                        visible = visible.lstrip()
                    if not visible:
                        continue
                    text += visible
                    cut = cap_index(text, max_length, max_chars)
                    if cut is not None:
                        text, capped = text[:cut], True
                    if not hold_all:
                        end = release_end()
                        if end > sent:
                            refuse(text[:end])
                            yield text[sent:end]
                            sent = end
                    if capped:
                        break
        except LLMError as exc:
            # the stream failed after some text: pass on what is held (if it passes), then fail
            if not isinstance(exc, RefusedCaptionError) and not hold_all and len(text) > sent:
                refuse(text)
                yield text[sent:]
            raise
        if not capped:
            text += think.flush()
            cut = cap_index(text, max_length, max_chars)
            text = text if cut is None else text[:cut]
        if not text.strip():
            raise LLMResponseError(f"{where}: the model streamed an empty caption")
        if len(text) > sent:
            refuse(text)
            yield text[sent:]

    async def health(self) -> dict:
        url = f"{self.client.base_url}/models"
        probe = min(PROBE_S, self.config.llm_timeout, self.config.llm_deadline)
        t = time.perf_counter()
        try:
            data = await self.client.get_json(url, timeout=probe, deadline=self._deadline(probe))
        except LLMError as exc:
            return {"reachable": False, "base_url": self.client.shown_url, "error": str(exc),
                    "error_type": type(exc).__name__, "breaker": self.breaker.snapshot()}
        models = model_ids(data)
        return {"reachable": True, "base_url": self.client.shown_url, "models": models,
                "model": self.model, "model_listed": self.model in models,
                "latency_ms": round((time.perf_counter() - t) * 1e3, 2), "breaker": self.breaker.snapshot()}

    async def aclose(self) -> None:
        await self.client.aclose()
