"""Captions from LM Studio or any OpenAI-compatible ``/v1/chat/completions`` endpoint
(vLLM, Ollama's ``/v1``, llama.cpp's ``llama-server``, OpenAI).

One pooled ``httpx.AsyncClient`` per integrator (per event loop), closed by ``shutdown()``;
``max_concurrent_requests`` requests at a time across all callers. HTTP and transport errors
are converted to :mod:`pixel_llm.errors` in one place (:func:`_raise_for_response`,
:func:`_convert_transport`, :meth:`OpenAICompatClient._errors`). Retries and the circuit
breaker are in :mod:`.resilience`.

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
import email.utils
import io
import json
import logging
import re
import sys
import time
from typing import Any, AsyncIterator, Awaitable, Callable

import httpx
import xxhash
import numpy as np
from PIL import Image

from ..errors import (LLMConnectionError, LLMError, LLMModelNotFoundError, LLMRateLimitError, LLMRequestError,
                      LLMResponseError, LLMServerError, LLMTimeoutError, LLMUnavailableError)
from ..facts import Facts
from ..redact import redact_url
from .prompt import (TEXT_SYSTEM_PROMPT, VISION_SYSTEM_PROMPT, CaptionGuard, ThinkFilter, cap_index, clean_caption,
                     grounded, max_caption_chars, user_prompt)
from .resilience import CircuitBreaker, with_retries

logger = logging.getLogger(__name__)

DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024
ERROR_BODY_BYTES = 64 * 1024  # of an error response, only this much is read (for its message)
PROBE_S = 5.0  # health and model-list probes: at most this long in all
CLOSE_TIMEOUT_S = 5.0  # closing the connection pool never takes longer

if sys.version_info >= (3, 11):
    _timeout_at = asyncio.timeout_at
else:  # pragma: no cover - Python 3.10
    @contextlib.asynccontextmanager
    async def _timeout_at(when: float | None):
        """asyncio.timeout_at for Python 3.10: cancel the current task at ``when`` (loop time)
        and turn that cancellation into asyncio.TimeoutError."""
        if when is None:
            yield
            return
        task = asyncio.current_task()
        fired = False

        def expire() -> None:
            nonlocal fired
            fired = True
            task.cancel()

        handle = asyncio.get_running_loop().call_at(when, expire)
        try:
            yield
        except asyncio.CancelledError:
            if fired:
                raise asyncio.TimeoutError from None
            raise
        finally:
            handle.cancel()

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


class RefusedCaptionError(LLMResponseError):
    """The endpoint answered, but the caption obeys the on-screen text instead of describing
    the image (see :class:`~.prompt.CaptionGuard`). Not retried; does not count against the
    endpoint in the circuit breaker."""


class VisionUnsupportedError(LLMRequestError):
    """The model refused an image (internal: the captioner retries with facts only)."""


def _snippet(value: Any, limit: int = 200) -> str:
    text = value if isinstance(value, str) else repr(value)
    return repr(text[:limit]) if isinstance(value, str) else text[:limit]


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


def _convert_transport(exc: httpx.HTTPError, where: str) -> LLMError:
    if isinstance(exc, httpx.TimeoutException):
        return LLMTimeoutError(f"{where}: timed out ({type(exc).__name__})")
    if isinstance(exc, httpx.ConnectError):
        return LLMConnectionError(f"{where}: cannot connect ({exc})")
    if isinstance(exc, httpx.DecodingError):
        return LLMResponseError(f"{where}: the answer cannot be decoded ({exc})")
    return LLMConnectionError(f"{where}: connection failed ({type(exc).__name__}: {exc})")


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


def _parse_json(body: bytes, where: str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested too deep
        raise LLMResponseError(f"{where}: malformed JSON: {_snippet(body.decode('utf-8', 'replace'))}") from None


class OpenAICompatClient:
    """Thin async client: one pooled connection per loop, errors typed, no retries.

    Every call takes a ``deadline`` (event-loop time, None for none) that bounds it in all, and
    reads at most ``max_response_bytes`` of a response. Credentials in ``base_url`` are sent
    as HTTP basic auth; :attr:`base_url` and every message carry the URL without them."""

    def __init__(self, base_url: str, api_key: str | None, timeout: float, max_concurrent: int,
                 max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES):
        url = httpx.URL(base_url.rstrip("/"))
        self._auth = httpx.BasicAuth(url.username, url.password) if url.username or url.password else None
        self.base_url = str(url.copy_with(username=None, password=None)).rstrip("/")
        self.shown_url = redact_url(self.base_url)
        self._secrets = tuple(s for s in {api_key, url.password, url.userinfo.decode("ascii", "replace")}
                              if s and len(s) >= 4)
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.timeout = timeout
        self.max_concurrent = max_concurrent
        self.max_response_bytes = max_response_bytes
        self._per_loop: dict[int, tuple[asyncio.AbstractEventLoop, httpx.AsyncClient, asyncio.Semaphore]] = {}

    def _state(self) -> tuple[httpx.AsyncClient, asyncio.Semaphore]:
        loop = asyncio.get_running_loop()
        for key, (old_loop, _, _) in list(self._per_loop.items()):
            if old_loop.is_closed():  # asyncio.run() ended: its connections died with it
                del self._per_loop[key]
        state = self._per_loop.get(id(loop))
        if state is None:
            client = httpx.AsyncClient(headers=self._headers, auth=self._auth, timeout=httpx.Timeout(self.timeout),
                                       limits=httpx.Limits(max_connections=self.max_concurrent * 2))
            state = self._per_loop[id(loop)] = (loop, client, asyncio.Semaphore(self.max_concurrent))
        return state[1], state[2]

    def pools(self) -> list[httpx.AsyncClient]:
        """The open connection pools: one per event loop that has used this client."""
        return [client for _, client, _ in self._per_loop.values()]

    def slot(self) -> asyncio.Semaphore:
        """One of the ``max_concurrent`` request slots (``async with client.slot(): ...``)."""
        return self._state()[1]

    @property
    def root_url(self) -> str:
        """The server root: the base URL without a trailing /v1 (for LM Studio's /api/v0)."""
        return re.sub(r"/v1$", "", self.base_url)

    def scrub(self, text: str) -> str:
        """``text`` without credentials: URLs redacted, the API key and password replaced."""
        text = redact_url(text)
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def where(self, method: str, url: str) -> str:
        return f"{method} {self.scrub(url)}"

    @contextlib.contextmanager
    def _errors(self, where: str, seconds: float | None):
        """Everything that leaves the client is a scrubbed LLMError."""
        try:
            yield
        except LLMError as exc:
            exc.args = (self.scrub(str(exc)), *exc.args[1:])
            raise
        except asyncio.TimeoutError:
            raise LLMTimeoutError(f"{where}: no complete answer before the deadline ({seconds:.3g} s were left "
                                  f"for this request; see llm_deadline)") from None
        except httpx.HTTPError as exc:
            error = _convert_transport(exc, where)
            error.args = (self.scrub(str(error)),)
            raise error from exc
        except httpx.StreamError as exc:  # the response stream was closed under us
            raise LLMConnectionError(self.scrub(f"{where}: the answer stream failed ({type(exc).__name__})")) from None

    @staticmethod
    def _seconds(deadline: float | None) -> float | None:
        return None if deadline is None else max(0.0, deadline - asyncio.get_running_loop().time())

    async def _read_body(self, response: httpx.Response, where: str, limit: int, truncate: bool = False) -> bytes:
        """The body, at most ``limit`` bytes: more is an LLMResponseError (or cut, with ``truncate``)."""
        declared = response.headers.get("content-length", "")
        if not truncate and declared.isdigit() and int(declared) > limit:
            raise LLMResponseError(f"{where}: the answer has {int(declared)} bytes, more than "
                                   f"llm_max_response_bytes={limit}")
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > limit:
                if truncate:
                    return bytes(body[:limit])
                raise LLMResponseError(f"{where}: the answer is larger than llm_max_response_bytes={limit}; "
                                       f"stopped reading")
        return bytes(body)

    async def _request_json(self, method: str, url: str, deadline: float | None, *, json_body: Any = None,
                            timeout: float | None = None) -> Any:
        client, _ = self._state()
        where = self.where(method, url)
        with self._errors(where, self._seconds(deadline)):
            request = client.build_request(method, url, json=json_body, timeout=timeout or self.timeout)
            async with _timeout_at(deadline):
                response = await client.send(request, stream=True)
                try:
                    failed = response.status_code >= 400
                    body = await self._read_body(response, where, ERROR_BODY_BYTES if failed else self.max_response_bytes,
                                                 truncate=failed)
                finally:
                    await response.aclose()
            _raise_for_response(response, body.decode("utf-8", "replace"))
            return _parse_json(body, where)

    async def get_json(self, url: str, timeout: float | None = None, deadline: float | None = None) -> Any:
        return await self._request_json("GET", url, deadline, timeout=timeout)

    async def chat(self, payload: dict, deadline: float | None = None) -> Any:
        """The parsed JSON answer of a chat completion (any shape: see :func:`_message_text`)."""
        return await self._request_json("POST", f"{self.base_url}/chat/completions", deadline, json_body=payload)

    async def _lines(self, response: httpx.Response, where: str) -> AsyncIterator[str]:
        """The lines of a streamed body; all of them together at most ``max_response_bytes``."""
        limit, total, pending = self.max_response_bytes, 0, b""
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > limit:
                raise LLMResponseError(f"{where}: the stream is larger than llm_max_response_bytes={limit}; "
                                       f"stopped reading")
            pending += chunk
            if b"\n" in chunk:
                *complete, pending = pending.split(b"\n")
                for line in complete:
                    yield line.rstrip(b"\r").decode("utf-8", "replace")
        if pending:
            yield pending.decode("utf-8", "replace")

    async def chat_stream(self, payload: dict, deadline: float | None = None) -> AsyncIterator[str]:
        """Content deltas of a streamed chat completion (server-sent events), all of them before
        ``deadline``. Waits are bounded; the time the consumer spends between pieces counts."""
        client, _ = self._state()
        url = f"{self.base_url}/chat/completions"
        where = self.where("POST", url)
        with self._errors(where, self._seconds(deadline)):
            request = client.build_request("POST", url, json={**payload, "stream": True})
            async with _timeout_at(deadline):
                response = await client.send(request, stream=True)
            try:
                if response.status_code >= 400:
                    async with _timeout_at(deadline):
                        body = await self._read_body(response, where, ERROR_BODY_BYTES, truncate=True)
                    _raise_for_response(response, body.decode("utf-8", "replace"))
                complete = False
                async with contextlib.aclosing(self._lines(response, where)) as lines:
                    while not complete:
                        async with _timeout_at(deadline):
                            line = await anext(lines, None)
                        if line is None:
                            break
                        if not line.startswith("data:"):
                            continue
                        data = line[5:].strip()
                        if data == "[DONE]":
                            break
                        pieces, complete = _stream_event(data, where)
                        for piece in pieces:
                            yield piece
                if not complete and line is None:
                    raise LLMConnectionError(f"{where}: the stream ended before the answer was complete")
            finally:
                await response.aclose()

    async def aclose(self) -> None:
        """Close this loop's connection pool; never waits more than a few seconds."""
        states, self._per_loop = self._per_loop, {}
        current = asyncio.get_running_loop()
        for loop, client, _ in states.values():
            if loop is not current:
                continue
            try:
                await asyncio.wait_for(client.aclose(), CLOSE_TIMEOUT_S)
            except asyncio.TimeoutError:
                logger.warning("closing the connections to %s took over %g s; left to the OS", self.shown_url,
                               CLOSE_TIMEOUT_S)
            except (httpx.HTTPError, OSError) as exc:
                logger.debug("closing the connections to %s: %s", self.shown_url, self.scrub(str(exc)))


def _content_text(content: Any, where: str) -> str | None:
    """A message's or delta's content as text: a string, or the text of content parts."""
    if content is None or isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    raise LLMResponseError(f"{where}: the answer's content is a {type(content).__name__}: {_snippet(content)}")


def _message_text(data: Any, where: str) -> str:
    """The text of the first choice of a chat completion; any other shape is an LLMResponseError."""
    if not isinstance(data, dict):
        raise LLMResponseError(f"{where}: the answer is not a JSON object: {_snippet(data)}")
    choices = data.get("choices")
    if not choices:
        raise LLMResponseError(f"{where}: the answer has no choices: {_snippet(data)}")
    if not isinstance(choices, list) or not isinstance(choices[0], dict):
        raise LLMResponseError(f"{where}: the answer's choices are malformed: {_snippet(choices)}")
    message = choices[0].get("message")
    if not isinstance(message, dict):
        raise LLMResponseError(f"{where}: the answer has no message object: {_snippet(choices[0])}")
    content = _content_text(message.get("content"), where)
    if content is None:
        raise LLMResponseError(f"{where}: the answer has no text content: {_snippet(choices[0])}")
    return content


def _stream_event(data: str, where: str) -> tuple[list[str], bool]:
    """(content pieces, finished) of one server-sent event; any unexpected shape is an
    LLMResponseError, an error event an LLMServerError."""
    event = _parse_json(data.encode("utf-8"), where)
    if not isinstance(event, dict):
        raise LLMResponseError(f"{where}: malformed stream event: {_snippet(data)}")
    if event.get("error"):
        raise LLMServerError(f"{where}: error in stream: {_snippet(str(event['error']))}")
    choices = event.get("choices")
    if choices is None:
        return [], False  # e.g. a usage-only event
    if not isinstance(choices, list):
        raise LLMResponseError(f"{where}: malformed stream event: {_snippet(data)}")
    pieces, finished = [], False
    for choice in choices:
        if not isinstance(choice, dict):
            raise LLMResponseError(f"{where}: malformed stream event: {_snippet(data)}")
        delta = choice.get("delta") or {}
        if not isinstance(delta, dict):
            raise LLMResponseError(f"{where}: malformed stream event: {_snippet(data)}")
        piece = _content_text(delta.get("content"), where)
        if piece:
            pieces.append(piece)
        if choice.get("finish_reason"):
            finished = True
    return pieces, finished


def _model_ids(data: Any) -> list[str]:
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [m["id"] for m in items if isinstance(m, dict) and isinstance(m.get("id"), str)]



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
                async with _timeout_at(deadline):
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
            return check(_message_text(data, where), with_images is not None)

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
                raise RefusedCaptionError(f"{where}: caption refused, {reason}: {_snippet(text)}")
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
                raise RefusedCaptionError(f"{where}: caption refused, {reason}: {_snippet(candidate)}")

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
        models = _model_ids(data)
        return {"reachable": True, "base_url": self.client.shown_url, "models": models,
                "model": self.model, "model_listed": self.model in models,
                "latency_ms": round((time.perf_counter() - t) * 1e3, 2), "breaker": self.breaker.snapshot()}

    async def aclose(self) -> None:
        await self.client.aclose()
