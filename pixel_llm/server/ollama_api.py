"""Ollama's API under ``/api``: what the ``ollama`` client, Open WebUI, Home Assistant's and
Frigate's Ollama providers call.

- ``POST /api/chat`` (``messages`` with base64 ``images``) and ``POST /api/generate``
  (``prompt``, ``system``, ``images``): streamed as NDJSON (Ollama's default) or whole with
  ``"stream": false``; ``options.num_predict`` caps the answer in words, ``options.temperature``
  goes to an upstream endpoint. A request without prompt and images only "loads" the model,
  as in Ollama (``done_reason: "load"``).
- ``GET /api/tags``, ``POST /api/show``, ``GET /api/version`` (pixel-llm's version).

Errors have Ollama's body ``{"error": "..."}`` (also as the last line of a stream that fails).
Counts (``eval_count``, ``prompt_eval_count``) are words: pixel-llm has no tokenizer. Every
model name is accepted: tools come with their own default (``llava``, ``llama3.2-vision``).
"""

from __future__ import annotations

import hashlib
import json
import time
from datetime import datetime, timezone
from typing import Any, AsyncIterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, StreamingResponse

from .. import __version__
from ..errors import PixelLLMError
from .auth import require_key
from .chat import ChatEngine, Reply, Turn, answer_model, backend_headers, words
from .errors import HTTPProblem
from .uploads import decode_b64, read_body

router = APIRouter(prefix="/api", tags=["Ollama-compatible"])
keyed = [Depends(require_key)]

IMAGES = {"type": "array", "items": {"type": "string", "description": "base64 image"}}
OPTIONS = {"type": "object", "properties": {"num_predict": {"type": "integer", "description": "caps the answer in words"},
                                            "temperature": {"type": "number"}}}
CHAT_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["messages"], "properties": {
        "model": {"type": "string", "example": "pixel-llm"},
        "messages": {"type": "array", "items": {"type": "object", "properties": {
            "role": {"type": "string"}, "content": {"type": "string"}, "images": IMAGES}}},
        "stream": {"type": "boolean", "default": True}, "options": OPTIONS}}}}}}
GENERATE_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "properties": {
        "model": {"type": "string", "example": "pixel-llm"}, "prompt": {"type": "string"},
        "system": {"type": "string"}, "images": IMAGES,
        "stream": {"type": "boolean", "default": True}, "options": OPTIONS}}}}}}


def error_shape(status: int, kind: str, message: str) -> dict:
    """Ollama's error body."""
    return {"error": message}


def _bad(message: str) -> HTTPProblem:
    return HTTPProblem(400, "BadRequest", message)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


async def _json(request: Request) -> dict:
    settings = request.app.state.settings
    body = await read_body(request, settings.max_upload_bytes, settings.read_timeout_s)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise _bad("the body is not valid JSON") from exc
    if not isinstance(data, dict):
        raise _bad("the body must be a JSON object")
    return data


def _images(value: Any, where: str, limit: int) -> list[bytes]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad(f"{where} must be a list of base64 strings")
    if len(value) > limit:
        raise HTTPProblem(413, "PayloadTooLarge", f"{len(value)} images; at most {limit} per request")
    return [decode_b64(v, f"{where}[{i}]") for i, v in enumerate(value)]


def _options(data: dict) -> tuple[int | None, float | None]:
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise _bad("options must be an object")
    num_predict, temperature = options.get("num_predict"), options.get("temperature")
    if num_predict is not None and (isinstance(num_predict, bool) or not isinstance(num_predict, int)):
        raise _bad(f"options.num_predict must be an integer, got {num_predict!r}")
    if temperature is not None and (isinstance(temperature, bool) or not isinstance(temperature, (int, float))):
        raise _bad(f"options.temperature must be a number, got {temperature!r}")
    return (num_predict if num_predict and num_predict > 0 else None), temperature


def _text(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad(f"{where} must be a string")
    return value


def _streamed(data: dict) -> bool:
    return data.get("stream", True) is not False  # Ollama streams unless told not to


def _model(data: dict, request: Request) -> str:
    model = data.get("model")
    return model if isinstance(model, str) and model else request.app.state.settings.model_name


def _final(reply: Reply, turn: Turn, text: str, started: float) -> dict:
    total = int((time.perf_counter() - started) * 1e9)
    return {"done": True, "done_reason": reply.finish_reason, "total_duration": total, "load_duration": 0,
            "prompt_eval_count": words(turn.prompt) + words(turn.system), "prompt_eval_duration": 0,
            "eval_count": words(text), "eval_duration": total}


async def _answer(request: Request, turn: Turn, streamed: bool, piece_of, extra_final: dict):
    """Whole or NDJSON: ``piece_of(text)`` is the protocol's part that carries text."""
    state = request.app.state
    engine = ChatEngine(request)
    started = time.perf_counter()
    if not streamed:
        reply = await engine.reply(turn)
        state.metrics.answer("ollama", reply.backend, False, len(turn.images), time.perf_counter() - reply.started)
        model = answer_model(state.settings.model_name, reply.backend, reply.fallback)
        return JSONResponse({"model": model, "created_at": _now(), **piece_of(reply.text),
                             **_final(reply, turn, reply.text, started), **extra_final},
                            headers=backend_headers(reply))
    reply, pieces = await engine.stream(turn)
    state.metrics.answer("ollama", reply.backend, True, len(turn.images), time.perf_counter() - reply.started)
    model = answer_model(state.settings.model_name, reply.backend, reply.fallback)

    async def lines() -> AsyncIterator[str]:
        text = ""
        try:
            async for piece in pieces:
                text += piece
                yield json.dumps({"model": model, "created_at": _now(), **piece_of(piece), "done": False}) + "\n"
        except PixelLLMError as exc:  # the endpoint failed mid-answer: Ollama's in-stream error
            yield json.dumps({"error": str(exc)}) + "\n"
            return
        yield json.dumps({"model": model, "created_at": _now(), **piece_of(""), **_final(reply, turn, text, started),
                          **extra_final}) + "\n"
    return StreamingResponse(lines(), media_type="application/x-ndjson", headers=backend_headers(reply))


def _loaded(model: str, piece: dict) -> JSONResponse:
    return JSONResponse({"model": model, "created_at": _now(), **piece, "done": True, "done_reason": "load"})


@router.post("/chat", dependencies=keyed, summary="Chat about images (Ollama /api/chat)", openapi_extra=CHAT_BODY)
async def chat(request: Request):
    data = await _json(request)
    messages = data.get("messages")
    if messages is None or messages == []:
        return _loaded(_model(data, request), {"message": {"role": "assistant", "content": ""}})
    if not isinstance(messages, list):
        raise _bad("messages must be a list")
    limit = request.app.state.settings.max_batch
    system, prompt, images = [], "", []
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise _bad(f"messages[{i}] must be an object")
        content = _text(message.get("content"), f"messages[{i}].content")
        if message.get("role") == "system":
            system.append(content)
        elif message.get("role") == "user":
            prompt = content
            found = _images(message.get("images"), f"messages[{i}].images", limit)
            if found:
                images = found  # the most recent user message with images is the one asked about
    max_words, temperature = _options(data)
    turn = Turn("ollama", images, prompt.strip(), "\n".join(s for s in system if s).strip(), max_words, temperature)
    return await _answer(request, turn, _streamed(data), lambda t: {"message": {"role": "assistant", "content": t}}, {})


@router.post("/generate", dependencies=keyed, summary="Describe images (Ollama /api/generate)",
             openapi_extra=GENERATE_BODY)
async def generate(request: Request):
    data = await _json(request)
    prompt = _text(data.get("prompt"), "prompt")
    images = _images(data.get("images"), "images", request.app.state.settings.max_batch)
    if not prompt and not images:
        return _loaded(_model(data, request), {"response": ""})
    max_words, temperature = _options(data)
    turn = Turn("ollama", images, prompt.strip(), _text(data.get("system"), "system").strip(), max_words, temperature)
    return await _answer(request, turn, _streamed(data), lambda t: {"response": t}, {"context": []})


def _digest(name: str) -> str:
    return hashlib.sha256(f"pixel-llm:{__version__}:{name}".encode()).hexdigest()


def _details() -> dict:
    return {"parent_model": "", "format": "", "family": "pixel-llm", "families": ["pixel-llm"],
            "parameter_size": "", "quantization_level": ""}


@router.get("/tags", dependencies=keyed, summary="The models served (Ollama /api/tags)")
async def tags(request: Request):
    name = request.app.state.settings.model_name
    full = name if ":" in name else f"{name}:latest"
    modified = datetime.fromtimestamp(getattr(request.app.state, "started", 0), timezone.utc).isoformat()
    return {"models": [{"name": full, "model": full, "modified_at": modified, "size": 0, "digest": _digest(full),
                        "details": _details()}]}


@router.post("/show", dependencies=keyed, summary="About a model (Ollama /api/show)")
async def show(request: Request):
    data = await _json(request)
    name = data.get("model") or data.get("name") or request.app.state.settings.model_name
    return {"modelfile": "", "parameters": "", "template": "", "details": _details(), "model_info": {},
            "capabilities": ["completion", "vision"], "model": name}


@router.get("/version", summary="pixel-llm's version (Ollama /api/version)")
async def version():
    return {"version": __version__}
