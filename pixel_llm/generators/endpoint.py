"""The HTTP side of an OpenAI-compatible endpoint: one pooled client per event loop, request
slots, bounded reads, and every HTTP or transport failure converted to :mod:`pixel_llm.errors`
in one place (:func:`raise_for_response`, :func:`convert_transport`,
:meth:`OpenAICompatClient._errors`); the answers parsed strictly (:func:`message_text`,
:func:`stream_event`), any unexpected shape an :class:`~pixel_llm.errors.LLMResponseError`.
What to ask and what to make of the answer is :mod:`.openai_compat`'s business.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import logging
import re
import sys
import time
from typing import Any, AsyncIterator

import httpx

from ..errors import (LLMConnectionError, LLMError, LLMModelNotFoundError, LLMRateLimitError, LLMRequestError,
                      LLMResponseError, LLMServerError, LLMTimeoutError)
from ..redact import redact_url


logger = logging.getLogger(__name__)

DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024
ERROR_BODY_BYTES = 64 * 1024  # of an error response, only this much is read (for its message)
CLOSE_TIMEOUT_S = 5.0  # closing the connection pool never takes longer

if sys.version_info >= (3, 11):
    timeout_at = asyncio.timeout_at
else:  # pragma: no cover - Python 3.10
    @contextlib.asynccontextmanager
    async def timeout_at(when: float | None):
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


_IMAGE_UNSUPPORTED = re.compile(r"(image|vision|multimodal|multi-modal|image_url)[^.]*"
                                r"(not support|unsupported|not enabled|cannot|can't|does not)|"
                                r"(not support|unsupported|does not support)[^.]*(image|vision|multimodal)", re.I)
_MODEL_MISSING = re.compile(r"model[^.]*(not found|not loaded|does not exist|no such|unknown|not available)|"
                            r"(no|unknown) model|no models? loaded|failed to load model", re.I)



class VisionUnsupportedError(LLMRequestError):
    """The model refused an image (internal: the captioner retries with facts only)."""


def snippet(value: Any, limit: int = 200) -> str:
    text = value if isinstance(value, str) else repr(value)
    return repr(text[:limit]) if isinstance(value, str) else text[:limit]


def retry_after(value: str | None) -> float | None:
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


def raise_for_response(response: httpx.Response, body: str) -> None:
    status = response.status_code
    if status < 400:
        return
    detail = body.strip().replace("\n", " ")[:300]
    where = f"{response.request.method} {response.request.url.path}"
    if status == 429:
        raise LLMRateLimitError(f"{where}: rate limited (429) {detail}", 429,
                                retry_after(response.headers.get("retry-after")))
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


def convert_transport(exc: httpx.HTTPError, where: str) -> LLMError:
    if isinstance(exc, httpx.TimeoutException):
        return LLMTimeoutError(f"{where}: timed out ({type(exc).__name__})")
    if isinstance(exc, httpx.ConnectError):
        return LLMConnectionError(f"{where}: cannot connect ({exc})")
    if isinstance(exc, httpx.DecodingError):
        return LLMResponseError(f"{where}: the answer cannot be decoded ({exc})")
    return LLMConnectionError(f"{where}: connection failed ({type(exc).__name__}: {exc})")


def parse_json(body: bytes, where: str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested too deep
        raise LLMResponseError(f"{where}: malformed JSON: {snippet(body.decode('utf-8', 'replace'))}") from None


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
            error = convert_transport(exc, where)
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
            async with timeout_at(deadline):
                response = await client.send(request, stream=True)
                try:
                    failed = response.status_code >= 400
                    body = await self._read_body(response, where, ERROR_BODY_BYTES if failed else self.max_response_bytes,
                                                 truncate=failed)
                finally:
                    await response.aclose()
            raise_for_response(response, body.decode("utf-8", "replace"))
            return parse_json(body, where)

    async def get_json(self, url: str, timeout: float | None = None, deadline: float | None = None) -> Any:
        return await self._request_json("GET", url, deadline, timeout=timeout)

    async def chat(self, payload: dict, deadline: float | None = None) -> Any:
        """The parsed JSON answer of a chat completion (any shape: see :func:`message_text`)."""
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
            async with timeout_at(deadline):
                response = await client.send(request, stream=True)
            try:
                if response.status_code >= 400:
                    async with timeout_at(deadline):
                        body = await self._read_body(response, where, ERROR_BODY_BYTES, truncate=True)
                    raise_for_response(response, body.decode("utf-8", "replace"))
                complete = False
                async with contextlib.aclosing(self._lines(response, where)) as lines:
                    while not complete:
                        async with timeout_at(deadline):
                            line = await anext(lines, None)
                        if line is None:
                            break
                        if not line.startswith("data:"):
                            continue
                        data = line[5:].strip()
                        if data == "[DONE]":
                            break
                        pieces, complete = stream_event(data, where)
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


def content_text(content: Any, where: str) -> str | None:
    """A message's or delta's content as text: a string, or the text of content parts."""
    if content is None or isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    raise LLMResponseError(f"{where}: the answer's content is a {type(content).__name__}: {snippet(content)}")


def message_text(data: Any, where: str) -> str:
    """The text of the first choice of a chat completion; any other shape is an LLMResponseError."""
    if not isinstance(data, dict):
        raise LLMResponseError(f"{where}: the answer is not a JSON object: {snippet(data)}")
    choices = data.get("choices")
    if not choices:
        raise LLMResponseError(f"{where}: the answer has no choices: {snippet(data)}")
    if not isinstance(choices, list) or not isinstance(choices[0], dict):
        raise LLMResponseError(f"{where}: the answer's choices are malformed: {snippet(choices)}")
    message = choices[0].get("message")
    if not isinstance(message, dict):
        raise LLMResponseError(f"{where}: the answer has no message object: {snippet(choices[0])}")
    content = content_text(message.get("content"), where)
    if content is None:
        raise LLMResponseError(f"{where}: the answer has no text content: {snippet(choices[0])}")
    return content


def stream_event(data: str, where: str) -> tuple[list[str], bool]:
    """(content pieces, finished) of one server-sent event; any unexpected shape is an
    LLMResponseError, an error event an LLMServerError."""
    event = parse_json(data.encode("utf-8"), where)
    if not isinstance(event, dict):
        raise LLMResponseError(f"{where}: malformed stream event: {snippet(data)}")
    if event.get("error"):
        raise LLMServerError(f"{where}: error in stream: {snippet(str(event['error']))}")
    choices = event.get("choices")
    if choices is None:
        return [], False  # e.g. a usage-only event
    if not isinstance(choices, list):
        raise LLMResponseError(f"{where}: malformed stream event: {snippet(data)}")
    pieces, finished = [], False
    for choice in choices:
        if not isinstance(choice, dict):
            raise LLMResponseError(f"{where}: malformed stream event: {snippet(data)}")
        delta = choice.get("delta") or {}
        if not isinstance(delta, dict):
            raise LLMResponseError(f"{where}: malformed stream event: {snippet(data)}")
        piece = content_text(delta.get("content"), where)
        if piece:
            pieces.append(piece)
        if choice.get("finish_reason"):
            finished = True
    return pieces, finished


def model_ids(data: Any) -> list[str]:
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [m["id"] for m in items if isinstance(m, dict) and isinstance(m.get("id"), str)]


