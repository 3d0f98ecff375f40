"""The OpenAI-compatible API under ``/v1``: what the ``openai`` client, Open WebUI, Home
Assistant's LLM Vision and Frigate's GenAI (OpenAI provider) call.

- ``POST /v1/chat/completions``: messages whose content is a string or a list of ``text`` and
  ``image_url`` parts (``data:`` URLs; ``http(s)`` ones only from allowed hosts); whole
  (``chat.completion``) or streamed (server-sent ``chat.completion.chunk`` events, then
  ``data: [DONE]``; ``stream_options.include_usage`` adds a usage chunk).
- ``GET /v1/models``, ``GET /v1/models/{id}``.

Errors have OpenAI's body ``{"error": {"message", "type", "param", "code"}}``; the request id
is in ``X-Request-ID``. ``usage`` counts words: pixel-llm has no tokenizer.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any, AsyncIterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, StreamingResponse

from ..errors import PixelLLMError
from .auth import require_key
from .chat import ChatEngine, Reply, Turn, answer_model, backend_headers, words
from .errors import HTTPProblem, status_for
from .images import image_bytes
from .uploads import read_body

router = APIRouter(prefix="/v1", dependencies=[Depends(require_key)], tags=["OpenAI-compatible"])

CHAT_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["messages"], "properties": {
        "model": {"type": "string", "example": "pixel-llm"},
        "messages": {"type": "array", "items": {"type": "object", "properties": {
            "role": {"type": "string", "enum": ["system", "developer", "user", "assistant"]},
            "content": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}],
                        "description": 'a string, or parts: {"type": "text", "text": ...}, '
                                       '{"type": "image_url", "image_url": {"url": "data:image/png;base64,..."}}'}}}},
        "stream": {"type": "boolean", "default": False},
        "max_tokens": {"type": "integer", "description": "caps the answer in words"},
        "max_completion_tokens": {"type": "integer"},
        "temperature": {"type": "number", "description": "passed to the upstream endpoint, if any"},
        "stream_options": {"type": "object", "properties": {"include_usage": {"type": "boolean"}}}}}}}}}


def _snake(kind: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", kind).lower().removesuffix("_error")


def error_shape(status: int, kind: str, message: str) -> dict:
    """OpenAI's error body."""
    kinds = {401: "authentication_error", 403: "permission_error", 404: "not_found_error", 429: "rate_limit_error"}
    kind_type = kinds.get(status) or ("server_error" if status >= 500 else "invalid_request_error")
    code = "invalid_api_key" if status == 401 else _snake(kind)
    return {"error": {"message": message, "type": kind_type, "param": None, "code": code}}


def _bad(message: str) -> HTTPProblem:
    return HTTPProblem(400, "BadRequest", message)


def _positive_int(data: dict, *names: str) -> int | None:
    for name in names:
        value = data.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise _bad(f"{name} must be a positive integer, got {value!r}")
        return value
    return None


def _parts(content: Any, where: str) -> list[dict]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if not isinstance(content, list):
        raise _bad(f"{where}.content must be a string or a list of parts")
    for i, part in enumerate(content):
        if not isinstance(part, dict):
            raise _bad(f"{where}.content[{i}] must be an object")
    return content


def _image_ref(part: dict, where: str) -> Any:
    ref = part.get("image_url")
    return ref.get("url") if isinstance(ref, dict) else ref


async def parse(data: Any, request: Request) -> tuple[Turn, dict]:
    """The :class:`Turn` a chat.completions body asks, and its options."""
    if not isinstance(data, dict):
        raise _bad("the body must be a JSON object with 'messages'")
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise _bad("'messages' must be a non-empty list")
    if data.get("n") not in (None, 1):
        raise _bad("only n=1 is supported")
    temperature = data.get("temperature")
    if temperature is not None and (isinstance(temperature, bool) or not isinstance(temperature, (int, float))):
        raise _bad(f"temperature must be a number, got {temperature!r}")
    system, prompt, refs = [], "", []
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, dict):
            raise _bad(f"{where} must be an object")
        role = message.get("role")
        parts = _parts(message.get("content"), where)
        text = "\n".join(p.get("text", "") for p in parts if p.get("type") == "text" and isinstance(p.get("text"), str))
        if role in ("system", "developer"):
            system.append(text)
        elif role == "user":
            prompt = text
            images = [(_image_ref(p, where), f"{where}.content[{j}].image_url")
                      for j, p in enumerate(parts) if p.get("type") == "image_url"]
            if images:
                refs = images  # the most recent user message with images is the one asked about
    settings = request.app.state.settings
    if len(refs) > settings.max_batch:
        raise HTTPProblem(413, "PayloadTooLarge", f"{len(refs)} images; at most {settings.max_batch} per request")
    images = [await image_bytes(ref, where, settings) for ref, where in refs]
    turn = Turn("openai", images, prompt.strip(), "\n".join(s for s in system if s).strip(),
                _positive_int(data, "max_completion_tokens", "max_tokens"),
                float(temperature) if temperature is not None else None)
    stream_options = data.get("stream_options") if isinstance(data.get("stream_options"), dict) else {}
    return turn, {"stream": data.get("stream") is True, "include_usage": stream_options.get("include_usage") is True}


def _usage(turn: Turn, text: str) -> dict:
    prompt = words(turn.prompt) + words(turn.system)
    completion = words(text)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


@router.post("/chat/completions", summary="Chat about images (OpenAI chat.completions)", openapi_extra=CHAT_BODY)
async def chat_completions(request: Request):
    state = request.app.state
    body = await read_body(request, state.settings.max_upload_bytes, state.settings.read_timeout_s)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise _bad("the body is not valid JSON") from exc
    turn, options = await parse(data, request)
    engine = ChatEngine(request)
    completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    created = int(time.time())
    if not options["stream"]:
        reply = await engine.reply(turn)
        state.metrics.answer("openai", reply.backend, False, len(turn.images), time.perf_counter() - reply.started)
        model = answer_model(state.settings.model_name, reply.backend, reply.fallback)
        return JSONResponse({
            "id": completion_id, "object": "chat.completion", "created": created, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.text},
                         "logprobs": None, "finish_reason": reply.finish_reason}],
            "usage": _usage(turn, reply.text), "system_fingerprint": None}, headers=backend_headers(reply))
    reply, pieces = await engine.stream(turn)
    state.metrics.answer("openai", reply.backend, True, len(turn.images), time.perf_counter() - reply.started)
    model = answer_model(state.settings.model_name, reply.backend, reply.fallback)
    events = _events(turn, reply, pieces, completion_id, created, model, options["include_usage"])
    return StreamingResponse(events, media_type="text/event-stream",
                             headers={**backend_headers(reply), "Cache-Control": "no-cache"})


async def _events(turn: Turn, reply: Reply, pieces: AsyncIterator[str], completion_id: str, created: int,
                  model: str, include_usage: bool) -> AsyncIterator[str]:
    def event(delta: dict, finish: str | None = None, **extra) -> str:
        chunk = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                 "system_fingerprint": None,
                 "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}], **extra}
        if include_usage:
            chunk.setdefault("usage", None)
        return f"data: {json.dumps(chunk)}\n\n"

    text = ""
    yield event({"role": "assistant", "content": ""})
    try:
        async for piece in pieces:
            text += piece
            yield event({"content": piece})
    except PixelLLMError as exc:  # the endpoint failed mid-answer: say so in OpenAI's stream error shape
        yield f"data: {json.dumps(error_shape(status_for(exc), type(exc).__name__, str(exc)))}\n\n"
        return
    yield event({}, reply.finish_reason)
    if include_usage:
        usage = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                 "system_fingerprint": None, "choices": [], "usage": _usage(turn, text)}
        yield f"data: {json.dumps(usage)}\n\n"
    yield "data: [DONE]\n\n"


def _models(request: Request) -> list[dict]:
    state = request.app.state
    created = int(state.started) if hasattr(state, "started") else 0
    names = [state.settings.model_name]
    upstream = state.integrator.llm_status()
    if upstream is not None:
        model = upstream["backend"].removeprefix("openai:")
        if model not in names:
            names.append(model)
    return [{"id": name, "object": "model", "created": created, "owned_by": "pixel-llm"} for name in names]


@router.get("/models", summary="The models served (OpenAI models.list)")
async def models(request: Request):
    return {"object": "list", "data": _models(request)}


@router.get("/models/{model_id:path}", summary="One model (OpenAI models.retrieve)")
async def model(request: Request, model_id: str):
    for entry in _models(request):
        if entry["id"] == model_id:
            return entry
    raise HTTPProblem(404, "ModelNotFound", f"the model {model_id!r} does not exist; GET /v1/models lists them")
