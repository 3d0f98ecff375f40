"""Captions from LM Studio or any OpenAI-compatible ``/v1/chat/completions`` endpoint
(vLLM, Ollama's ``/v1``, llama.cpp's ``llama-server``, OpenAI).

One pooled ``httpx.AsyncClient`` per integrator (per event loop), closed by ``shutdown()``;
``max_concurrent_requests`` requests at a time across all callers. HTTP and transport errors
are converted to :mod:`pixel_llm.errors` in one place (:func:`_raise_for_response`,
:func:`_convert_transport`). Retries and the circuit breaker are in :mod:`.resilience`.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import io
import json
import logging
import re
import time
from typing import Any, AsyncIterator

import httpx
import xxhash
import numpy as np
from PIL import Image

from ..errors import (LLMConnectionError, LLMError, LLMModelNotFoundError, LLMRateLimitError, LLMRequestError,
                      LLMResponseError, LLMServerError, LLMTimeoutError, LLMUnavailableError)
from ..facts import Facts
from .prompt import TEXT_SYSTEM_PROMPT, VISION_SYSTEM_PROMPT, ThinkFilter, clean_caption, grounded, user_prompt
from .resilience import CircuitBreaker, with_retries

logger = logging.getLogger(__name__)

VISION_NAME_HINTS = re.compile(
    r"(^|[-_/.:])(vl|vlm|vision|llava|bakllava|pixtral|moondream|minicpm-?v|internvl|smolvlm|idefics|"
    r"gpt-4o|gpt-4\.1|gpt-4-turbo|gpt-4-vision|gpt-5|gemma-?3|llama-?3\.2-\d+b-vision|molmo|paligemma|cogvlm)",
    re.I)
_IMAGE_UNSUPPORTED = re.compile(r"(image|vision|multimodal|multi-modal|image_url)[^.]*"
                                r"(not support|unsupported|not enabled|cannot|can't|does not)|"
                                r"(not support|unsupported|does not support)[^.]*(image|vision|multimodal)", re.I)
_MODEL_MISSING = re.compile(r"model[^.]*(not found|not loaded|does not exist|no such|unknown|not available)|"
                            r"(no|unknown) model|no models? loaded|failed to load model", re.I)


class UngroundedCaptionError(LLMResponseError):
    """A text-only model's caption names none of the measured subjects (it invented one)."""


class VisionUnsupportedError(LLMRequestError):
    """The model refused an image (internal: the captioner retries with facts only)."""


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        import datetime

        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, parsed.timestamp() - time.time())


def _raise_for_response(response: httpx.Response, body: str) -> None:
    status = response.status_code
    if status < 400:
        return
    detail = body.strip().replace("\n", " ")[:300]
    where = f"{response.request.method} {response.request.url.path}"
    if status == 429:
        raise LLMRateLimitError(f"{where}: rate limited (429) {detail}", 429,
                                _retry_after(response.headers.get("retry-after")))
    if status >= 500:
        if _MODEL_MISSING.search(detail):
            raise LLMModelNotFoundError(f"{where}: model not available ({status}): {detail}", status)
        raise LLMServerError(f"{where}: server error {status}: {detail}", status)
    if _IMAGE_UNSUPPORTED.search(detail):
        raise VisionUnsupportedError(f"{where}: the model does not accept images ({status}): {detail}", status)
    if status == 404 or _MODEL_MISSING.search(detail):
        raise LLMModelNotFoundError(f"{where}: model or endpoint not found ({status}): {detail}", status)
    if status in (401, 403):
        raise LLMRequestError(f"{where}: not authorised ({status}); check api_key / PIXEL_LLM_API_KEY", status)
    raise LLMRequestError(f"{where}: request refused ({status}): {detail}", status)


def _convert_transport(exc: httpx.HTTPError, url: str) -> LLMError:
    if isinstance(exc, httpx.TimeoutException):
        return LLMTimeoutError(f"{url}: timed out ({type(exc).__name__})")
    if isinstance(exc, httpx.ConnectError):
        return LLMConnectionError(f"{url}: cannot connect ({exc})")
    return LLMConnectionError(f"{url}: connection failed ({type(exc).__name__}: {exc})")


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


class OpenAICompatClient:
    """Thin async client: one pooled connection per loop, errors typed, no retries."""

    def __init__(self, base_url: str, api_key: str | None, timeout: float, max_concurrent: int):
        self.base_url = base_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.timeout = timeout
        self.max_concurrent = max_concurrent
        self._per_loop: dict[int, tuple[asyncio.AbstractEventLoop, httpx.AsyncClient, asyncio.Semaphore]] = {}

    def _state(self) -> tuple[httpx.AsyncClient, asyncio.Semaphore]:
        loop = asyncio.get_running_loop()
        for key, (old_loop, _, _) in list(self._per_loop.items()):
            if old_loop.is_closed():  # asyncio.run() ended: its connections died with it
                del self._per_loop[key]
        state = self._per_loop.get(id(loop))
        if state is None:
            client = httpx.AsyncClient(headers=self._headers, timeout=httpx.Timeout(self.timeout),
                                       limits=httpx.Limits(max_connections=self.max_concurrent * 2))
            state = self._per_loop[id(loop)] = (loop, client, asyncio.Semaphore(self.max_concurrent))
        return state[1], state[2]

    @property
    def root_url(self) -> str:
        """The server root: the base URL without a trailing /v1 (for LM Studio's /api/v0)."""
        return re.sub(r"/v1$", "", self.base_url)

    async def get_json(self, url: str, timeout: float | None = None) -> Any:
        client, _ = self._state()
        try:
            response = await client.get(url, timeout=timeout or self.timeout)
        except httpx.HTTPError as exc:
            raise _convert_transport(exc, url) from exc
        _raise_for_response(response, response.text)
        try:
            return response.json()
        except ValueError as exc:
            raise LLMResponseError(f"GET {url}: not JSON: {response.text[:200]!r}") from exc

    async def chat(self, payload: dict) -> dict:
        client, semaphore = self._state()
        url = f"{self.base_url}/chat/completions"
        async with semaphore:
            try:
                response = await client.post(url, json=payload)
            except httpx.HTTPError as exc:
                raise _convert_transport(exc, url) from exc
        _raise_for_response(response, response.text)
        try:
            data = response.json()
        except ValueError as exc:
            raise LLMResponseError(f"POST {url}: malformed JSON: {response.text[:200]!r}") from exc
        return data

    async def chat_stream(self, payload: dict) -> AsyncIterator[str]:
        """Content deltas of a streamed chat completion (server-sent events)."""
        client, semaphore = self._state()
        url = f"{self.base_url}/chat/completions"
        async with semaphore:
            try:
                async with client.stream("POST", url, json={**payload, "stream": True}) as response:
                    if response.status_code >= 400:
                        body = (await response.aread()).decode("utf-8", "replace")
                        _raise_for_response(response, body)
                    done = False
                    async for line in response.aiter_lines():
                        if not line.startswith("data:"):
                            continue
                        data = line[5:].strip()
                        if data == "[DONE]":
                            done = True
                            break
                        try:
                            event = json.loads(data)
                        except ValueError as exc:
                            raise LLMResponseError(f"POST {url}: malformed stream event: {data[:200]!r}") from exc
                        if event.get("error"):
                            raise LLMServerError(f"POST {url}: error in stream: {str(event['error'])[:200]}")
                        for choice in event.get("choices") or []:
                            piece = (choice.get("delta") or {}).get("content")
                            if piece:
                                yield piece
                            if choice.get("finish_reason"):
                                done = True
                    if not done:
                        raise LLMConnectionError(f"POST {url}: the stream ended before the answer was complete")
            except httpx.HTTPError as exc:
                raise _convert_transport(exc, url) from exc

    async def aclose(self) -> None:
        states, self._per_loop = self._per_loop, {}
        current = asyncio.get_running_loop()
        for loop, client, _ in states.values():
            if loop is current:
                await client.aclose()


def _message_text(data: dict, url: str) -> str:
    choices = data.get("choices") if isinstance(data, dict) else None
    if not choices:
        raise LLMResponseError(f"{url}: the answer has no choices: {str(data)[:200]}")
    message = choices[0].get("message") or {}
    content = message.get("content")
    if isinstance(content, list):  # some servers return content parts
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    if not isinstance(content, str):
        raise LLMResponseError(f"{url}: the answer has no text content: {str(choices[0])[:200]}")
    return content


class LLMCaptioner:
    """Writes captions through an OpenAI-compatible endpoint; see the module docstring."""

    def __init__(self, config, *, auto: bool):
        self.config = config
        self.model = config.lm_studio_model
        self.auto = auto
        self.client = OpenAICompatClient(config.lm_studio_base_url, config.api_key, config.llm_timeout,
                                         config.max_concurrent_requests)
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

    # -- vision -------------------------------------------------------------------------
    async def _lmstudio_model_types(self) -> dict[str, str]:
        if self._lmstudio_types is None:
            try:
                data = await self.client.get_json(f"{self.client.root_url}/api/v0/models", timeout=3.0)
                self._lmstudio_types = {m["id"]: m.get("type", "") for m in data.get("data", []) if "id" in m}
            except (LLMError, KeyError, TypeError, AttributeError):
                self._lmstudio_types = {}
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

    async def _guarded(self, call):
        if not self.breaker.allow():
            snap = self.breaker.snapshot()
            raise LLMUnavailableError(f"{self.client.base_url} failed recently ({snap['last_error']}); "
                                      f"next try in {snap['retry_in_s']:.1f} s")
        try:
            result = await with_retries(call, max_retries=self.config.llm_max_retries,
                                        budget=self.config.llm_retry_budget, no_retry=self._no_retry)
        except LLMError as exc:
            if isinstance(exc, (LLMRequestError, LLMModelNotFoundError)) and not isinstance(exc, VisionUnsupportedError):
                self.breaker.failure(exc, trip=False)
            else:
                self.breaker.failure(exc, trip=self._no_retry(exc))
            raise
        except BaseException:  # cancelled: says nothing about the endpoint
            self.breaker.release()
            raise
        self.breaker.success()
        self._ever_succeeded = True
        return result

    async def caption(self, facts: Facts, max_length: int, image_url_factory) -> str:
        """One caption. ``image_url_factory`` is awaited for the data URL when the model sees images."""
        vision = await self.wants_vision()
        image_url = await image_url_factory() if vision else None
        url = f"{self.client.base_url}/chat/completions"

        async def once(with_image: str | None):
            data = await self.client.chat(self.payload(facts, max_length, with_image))
            text = clean_caption(_message_text(data, url), max_length)
            if not text:
                raise LLMResponseError(f"{url}: the model answered with an empty caption")
            if not with_image and self.config.llm_grounding_check and not grounded(text, facts):
                raise UngroundedCaptionError(f"{url}: the caption mentions nothing that was measured: {text!r}")
            return text

        try:
            return await self._guarded(lambda: once(image_url))
        except VisionUnsupportedError:
            logger.warning("model %r refused an image; sending facts only from now on", self.model)
            self._vision[self.model] = False
            return await self._guarded(lambda: once(None))

    async def stream(self, facts: Facts, max_length: int, image_url_factory) -> AsyncIterator[str]:
        """Caption text as it arrives (reasoning blocks removed), stopping once more than
        ``max_length`` words have arrived. Failures raise typed errors (no retries: text may
        already be on screen); a connection cut mid-stream raises LLMConnectionError."""
        if not self.breaker.allow():
            snap = self.breaker.snapshot()
            raise LLMUnavailableError(f"{self.client.base_url} failed recently ({snap['last_error']})")
        outcome = None
        try:
            image_url = await image_url_factory() if await self.wants_vision() else None
            try:
                async for piece in self._stream_once(facts, max_length, image_url):
                    yield piece
            except VisionUnsupportedError:
                logger.warning("model %r refused an image; sending facts only from now on", self.model)
                self._vision[self.model] = False
                async for piece in self._stream_once(facts, max_length, None):
                    yield piece
            outcome = "ok"
        except LLMError as exc:
            outcome = "failed"
            self.breaker.failure(exc, trip=self._no_retry(exc))
            raise
        finally:
            if outcome == "ok":
                self.breaker.success()
                self._ever_succeeded = True
            elif outcome is None:  # cancelled, or the consumer stopped early
                self.breaker.release()

    async def _stream_once(self, facts: Facts, max_length: int, image_url: str | None) -> AsyncIterator[str]:
        think = ThinkFilter()
        text = ""
        async for piece in self.client.chat_stream(self.payload(facts, max_length, image_url)):
            visible = think.feed(piece)
            if not text:
                visible = visible.lstrip()
            if not visible:
                continue
            text += visible
            yield visible
            if len(text.split()) > max_length:  # words counted on the text, not per token
                return
        tail = think.flush()
        if tail.strip():
            yield tail

    async def health(self) -> dict:
        url = f"{self.client.base_url}/models"
        t = time.perf_counter()
        try:
            data = await self.client.get_json(url, timeout=min(5.0, self.config.llm_timeout))
        except LLMError as exc:
            return {"reachable": False, "base_url": self.client.base_url, "error": str(exc),
                    "error_type": type(exc).__name__, "breaker": self.breaker.snapshot()}
        models = [m.get("id") for m in (data.get("data") or []) if isinstance(m, dict)] if isinstance(data, dict) else []
        return {"reachable": True, "base_url": self.client.base_url, "models": models,
                "model": self.model, "model_listed": self.model in models,
                "latency_ms": round((time.perf_counter() - t) * 1e3, 2), "breaker": self.breaker.snapshot()}

    async def aclose(self) -> None:
        await self.client.aclose()
