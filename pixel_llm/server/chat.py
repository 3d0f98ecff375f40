"""One chat turn about images, whichever protocol it came in: the images are captioned (or,
with an upstream endpoint, the prompt goes to it) and the answer comes back whole or in pieces.

Who answers:

- **no endpoint configured** (``generator="offline"``, or a user's own model), or no prompt
  text: each image's caption — the same one ``POST /caption`` gives — shaped for the prompt
  where that is measurable (:mod:`.prompting`);
- **an endpoint configured** and a prompt: the prompt, the images and their facts go to the
  endpoint (:mod:`.upstream`); when it fails (and ``llm_fallback`` is on) the offline answer
  comes back instead, marked as a fallback.

``Reply.backend`` says who wrote the answer (``offline``, ``openai:<model>``,
``model:<Class>``); the protocols put it in the ``X-Pixel-LLM-Backend`` header and derive the
``model`` field from it (:func:`answer_model`).
"""

from __future__ import annotations

import logging
import time
import weakref
from dataclasses import dataclass, field
from typing import AsyncIterator

from fastapi import Request

from ..errors import LLMError, PixelLLMError
from .errors import HTTPProblem, status_for
from .prompting import Intent, limit_words, read_intent, shape
from .upstream import Seen, Upstream

logger = logging.getLogger(__name__)
FALLBACK_TAG = "offline-fallback"


@dataclass
class Turn:
    """What a chat request asks, protocol aside."""

    protocol: str
    """``openai`` or ``ollama`` (for metrics)."""
    images: list[bytes]
    prompt: str = ""
    """The user's text of the message with the images (or of the last user message)."""
    system: str = ""
    max_tokens: int | None = None
    temperature: float | None = None


@dataclass
class Reply:
    text: str
    backend: str
    fallback: bool = False
    """An endpoint is configured but the offline answer came back (it failed or was skipped)."""
    finish_reason: str = "stop"
    started: float = field(default_factory=time.perf_counter)
    """When the request started being answered (for the protocol metrics)."""


def answer_model(name: str, reply_backend: str, fallback: bool) -> str:
    """The ``model`` field of an answer: the served name, the endpoint's model when it wrote
    the answer, ``<name>:offline-fallback`` when the endpoint failed and the offline answer came."""
    if fallback:
        return f"{name.split(':')[0]}:{FALLBACK_TAG}"
    if reply_backend.startswith("openai:"):
        return reply_backend[len("openai:"):]
    return name


def backend_headers(reply: Reply) -> dict[str, str]:
    return {"X-Pixel-LLM-Backend": reply.backend, **({"X-Pixel-LLM-Fallback": "true"} if reply.fallback else {})}


def words(text: str) -> int:
    """What ``usage`` counts: words (pixel-llm has no tokenizer)."""
    return len(text.split())


def _join(answers: list[str]) -> str:
    if len(answers) == 1:
        return answers[0]
    return "\n".join(f"Image {i + 1}: {a}" for i, a in enumerate(answers))


def _problem(exc: PixelLLMError, index: int, count: int) -> HTTPProblem:
    where = f"image {index + 1}: " if count > 1 else ""
    return HTTPProblem(status_for(exc), type(exc).__name__, f"{where}{exc}")


class ChatEngine:
    """Answers :class:`Turn` s with the app's integrator; see the module docstring."""

    def __init__(self, request: Request):
        state = request.app.state
        self.integrator, self.settings, self.metrics = state.integrator, state.settings, state.metrics
        self.admission = state.admission

    @property
    def ocr_enabled(self) -> bool:
        cfg = self.integrator.config
        return "text" in cfg.facts and cfg.ocr != "off"

    def _check(self, turn: Turn) -> None:
        if not turn.images:
            raise HTTPProblem(400, "NoImage", "pixel-llm answers about images: the request has none (send the image "
                              "as an image_url data: URL part, or in the message's images)")
        if len(turn.images) > self.settings.max_batch:
            raise HTTPProblem(413, "PayloadTooLarge",
                              f"{len(turn.images)} images; at most {self.settings.max_batch} per request")

    def _shape(self, turn: Turn, captions: list[tuple[str, object]], intent: Intent) -> tuple[str, bool]:
        answers = [shape(caption, facts, intent, self.ocr_enabled) for caption, facts in captions]
        return limit_words(_join(answers), turn.max_tokens)

    # -- offline (or the integrator's own writer) -----------------------------------------
    async def _captions(self, turn: Turn, started: float) -> Reply:
        integrator = self.integrator
        if len(turn.images) == 1:
            results = [await integrator.caption_frame_detailed(turn.images[0])]
        else:
            results = await integrator.caption_batch_detailed(turn.images, return_exceptions=True)
            for i, r in enumerate(results):
                if isinstance(r, PixelLLMError):
                    raise _problem(r, i, len(results))
                if isinstance(r, BaseException):
                    raise r
        for r in results:
            self.metrics.caption(r.timings.get("total_ms", 0.0) / 1e3, r.backend)
        text, cut = self._shape(turn, [(r.caption, r.facts) for r in results], read_intent(turn.prompt))
        backends = sorted({r.backend for r in results})
        fallback = integrator.llm_status() is not None and "offline" in backends
        return Reply(text, ",".join(backends), fallback, "length" if cut else "stop", started)

    # -- with the endpoint ----------------------------------------------------------------
    async def _seen(self, turn: Turn) -> list[Seen]:
        analyzer = self.integrator.analyzer
        prepared = await analyzer.prepare_all(turn.images, single=False)
        analysed = await analyzer.analyse(prepared)
        seen = []
        for i, item in enumerate(analysed):
            if isinstance(item, PixelLLMError):
                raise _problem(item, i, len(analysed))
            if isinstance(item, BaseException):
                raise item
            seen.append(Seen(item[0].facts, analyzer.pixel_source(prepared[i])))
        return seen

    def _offline(self, turn: Turn, seen: list[Seen], started: float) -> Reply:
        compose = self.integrator.captioner.offline.compose
        text, cut = self._shape(turn, [(compose(s.facts), s.facts) for s in seen], read_intent(turn.prompt))
        return Reply(text, "offline", True, "length" if cut else "stop", started)

    def _fell_back(self, turn: Turn, exc: LLMError) -> None:
        cfg = self.integrator.config
        if not cfg.llm_fallback:
            raise exc
        self.metrics.protocol_fallback(turn.protocol)
        self.integrator.captioner.note_fallback(exc)  # once per endpoint and kind of failure

    def _skip(self, upstream: Upstream) -> bool:
        """The endpoint's breaker is open: answer offline without asking (when fallback is on)."""
        return self.integrator.config.llm_fallback and not upstream.endpoint.usable()

    def _uses_upstream(self, turn: Turn) -> Upstream | None:
        upstream = Upstream.of(self.integrator)
        return upstream if upstream is not None and turn.prompt.strip() else None

    async def _without_upstream(self, turn: Turn, started: float) -> tuple[Reply | None, Upstream | None, list[Seen]]:
        """The answer when no endpoint is asked (none configured, an empty prompt, or its
        breaker open with fallback on), else ``None`` with the endpoint and the images' facts."""
        upstream = self._uses_upstream(turn)
        if upstream is None:
            return await self._captions(turn, started), None, []
        seen = await self._seen(turn)
        if self._skip(upstream):
            self.metrics.protocol_fallback(turn.protocol)
            return self._offline(turn, seen, started), upstream, seen
        return None, upstream, seen

    async def _admit(self, turn: Turn) -> tuple[float, int]:
        """Check the turn, and admit it: (when it started, the admission weight to give back)."""
        self._check(turn)
        await self.integrator.initialize()
        return time.perf_counter(), self.admission.enter(len(turn.images))

    async def reply(self, turn: Turn) -> Reply:
        """The whole answer."""
        started, weight = await self._admit(turn)
        try:
            local, upstream, seen = await self._without_upstream(turn, started)
            if local is not None:
                return local
            try:
                text = await upstream.answer(seen, turn.prompt, turn.system, turn.max_tokens, turn.temperature)
            except LLMError as exc:
                self._fell_back(turn, exc)
                return self._offline(turn, seen, started)
            text, cut = limit_words(text, turn.max_tokens)
            return Reply(text, upstream.backend, False, "length" if cut else "stop", started)
        finally:
            self.admission.leave(weight)

    async def stream(self, turn: Turn) -> tuple[Reply, AsyncIterator[str]]:
        """The answer in pieces: a :class:`Reply` that says who writes it (its text is the
        first piece) and an iterator of all the pieces. The endpoint's first piece has arrived
        when this returns, so a failure before it still falls back. Hold on to the iterator
        until the end: it holds the request's admission."""
        started, weight = await self._admit(turn)
        try:
            local, upstream, seen = await self._without_upstream(turn, started)
            if local is not None:
                return local, self._released(_once(local.text), weight)
            pieces = upstream.stream(seen, turn.prompt, turn.system, turn.max_tokens, turn.temperature)
            try:
                first = await pieces.__anext__()
            except LLMError as exc:
                self._fell_back(turn, exc)
                reply = self._offline(turn, seen, started)
                return reply, self._released(_once(reply.text), weight)
            reply = Reply(first, upstream.backend, False, "stop", started)
            return reply, self._released(_capped(first, pieces, turn.max_tokens, reply), weight)
        except BaseException:
            self.admission.leave(weight)
            raise

    def _released(self, pieces: AsyncIterator[str], weight: int) -> AsyncIterator[str]:
        """``pieces``, giving the admission back when they end, fail, are closed — or are
        dropped without ever being read (a client gone before the response started)."""
        hold = _Hold(self.admission, weight)

        async def run() -> AsyncIterator[str]:
            try:
                async for piece in pieces:
                    yield piece
            finally:
                hold.release()
        gen = run()
        weakref.finalize(gen, hold.release)
        return gen


class _Hold:
    def __init__(self, admission, weight: int):
        self.admission, self.weight, self.done = admission, weight, False

    def release(self) -> None:
        if not self.done:
            self.done = True
            self.admission.leave(self.weight)


async def _once(text: str) -> AsyncIterator[str]:
    yield text


async def _capped(first: str, rest: AsyncIterator[str], max_words: int | None, reply: Reply) -> AsyncIterator[str]:
    """The endpoint's pieces, stopping (``finish_reason`` ``length``) once ``max_words`` words came."""
    text, piece = "", first
    try:
        while True:
            if max_words is not None and words(text + piece) > max_words:
                cut, _ = limit_words(text + piece, max_words)
                if cut[len(text):]:
                    yield cut[len(text):]
                reply.finish_reason = "length"
                return
            text += piece
            yield piece
            try:
                piece = await rest.__anext__()
            except StopAsyncIteration:
                return
    finally:
        await rest.aclose()
