"""The FastAPI app: one integrator owned by the app's lifespan.

Endpoints: ``POST /caption`` (multipart ``file`` as in the spec, raw image bytes, or JSON
``{"image": "<base64>"}``), ``POST /caption/batch``, ``WS /ws`` (live frames, latest frame
wins), ``GET /health``, ``GET /stats``, ``GET /metrics`` (Prometheus), ``GET /`` (the live
captioning page) and the OpenAPI schema at ``/openapi.json``.

Errors are mapped to HTTP codes in one handler (:func:`_status_for`) and always come back as
``{"error": {"type", "message"}, "request_id"}``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import json
import logging
import os
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import anyio
from fastapi import FastAPI, Request, WebSocket, WebSocketDisconnect
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from starlette.datastructures import UploadFile

from ..config import CompositorConfig
from ..errors import (ConfigError, CorruptImageError, EmptyImageError, FrameFormatError, ImageError,
                      ImageTooLargeError, IntegratorStateError, LLMError, LLMTimeoutError, LLMUnavailableError,
                      NotAnImageError, PixelLLMError)
from ..integrator import CompositorIntegrator
from .metrics import Metrics

logger = logging.getLogger(__name__)


@dataclass
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    max_upload_bytes: int = 20 * 1024 * 1024
    """Larger request bodies get 413."""
    max_inflight: int = 32
    """Captions in progress at once; more requests get 429 with Retry-After (no unbounded queue)."""
    max_batch: int = 64
    api_key: str | None = field(default=None, repr=False)
    """Bearer key required on every endpoint but /health and the page; default $PIXEL_LLM_SERVER_KEY."""
    cors_origins: tuple[str, ...] = ()
    retry_after_s: int = 1

    def __post_init__(self) -> None:
        if self.api_key is None:
            self.api_key = os.environ.get("PIXEL_LLM_SERVER_KEY") or None
        for name in ("port", "max_upload_bytes", "max_inflight", "max_batch", "retry_after_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < (0 if name == "port" else 1):
                raise ConfigError(name, f"must be a positive integer, got {value!r}")
        self.cors_origins = tuple(self.cors_origins)


class HTTPProblem(Exception):
    """An error response that is not a library error (auth, size, content type, overload)."""

    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.kind, self.headers = status, kind, headers or {}


def _status_for(exc: PixelLLMError) -> int:
    if isinstance(exc, ImageTooLargeError):
        return 413
    if isinstance(exc, (NotAnImageError, CorruptImageError, EmptyImageError, FrameFormatError, ImageError)):
        return 422
    if isinstance(exc, ConfigError):
        return 400
    if isinstance(exc, LLMTimeoutError):
        return 504
    if isinstance(exc, (LLMUnavailableError, IntegratorStateError)):
        return 503
    if isinstance(exc, LLMError):
        return 502
    return 500


def _error_body(kind: str, message: str, request: Request | None) -> dict:
    rid = getattr(request.state, "request_id", None) if request is not None else None
    return {"error": {"type": kind, "message": message}, "request_id": rid}


class Admission:
    """Counts captions in progress; refuses instead of queueing past ``limit``."""

    def __init__(self, limit: int, retry_after: int):
        self.limit, self.retry_after, self.inflight = limit, retry_after, 0

    def enter(self, weight: int = 1) -> int:
        weight = min(weight, self.limit)
        if self.inflight + weight > self.limit:
            raise HTTPProblem(429, "Overloaded", f"{self.inflight} captions in progress (limit {self.limit}); "
                              f"retry after {self.retry_after} s", {"Retry-After": str(self.retry_after)})
        self.inflight += weight
        return weight

    def leave(self, weight: int) -> None:
        self.inflight -= weight


def _decode_b64(value: Any, where: str) -> bytes:
    if not isinstance(value, str):
        raise HTTPProblem(422, "BadRequest", f"{where} must be a base64 string")
    if value.startswith("data:") and "," in value:
        value = value.split(",", 1)[1]
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise HTTPProblem(422, "BadRequest", f"{where} is not valid base64") from exc


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPProblem(413, "PayloadTooLarge", f"request body of {declared} bytes exceeds {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPProblem(413, "PayloadTooLarge", f"request body exceeds {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_images(request: Request, settings: ServerSettings, batch: bool) -> list[bytes]:
    """The encoded images of a request: multipart files, a raw image body, or JSON base64."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.max_upload_bytes:
            raise HTTPProblem(413, "PayloadTooLarge",
                              f"request body of {declared} bytes exceeds {settings.max_upload_bytes} bytes")
        form = await request.form(max_files=settings.max_batch, max_part_size=settings.max_upload_bytes)
        files = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if not files:
            raise HTTPProblem(422, "BadRequest", "the form has no file; send it as field 'file'")
        out = []
        for f in files:
            data = await f.read(settings.max_upload_bytes + 1)
            if len(data) > settings.max_upload_bytes:
                raise HTTPProblem(413, "PayloadTooLarge", f"{f.filename} exceeds {settings.max_upload_bytes} bytes")
            out.append(data)
        return out
    if ctype == "application/json":
        body = await _read_body(request, settings.max_upload_bytes)
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise HTTPProblem(422, "BadRequest", "the body is not valid JSON") from exc
        if not isinstance(data, dict):
            raise HTTPProblem(422, "BadRequest", 'send {"image": "<base64>"} or {"images": [...]}')
        if batch and isinstance(data.get("images"), list):
            return [_decode_b64(v, f"images[{i}]") for i, v in enumerate(data["images"])]
        if "image" in data:
            return [_decode_b64(data["image"], "image")]
        raise HTTPProblem(422, "BadRequest", 'send {"image": "<base64>"}' + (' or {"images": [...]}' if batch else ""))
    if ctype.startswith("image/") or ctype == "application/octet-stream":
        return [await _read_body(request, settings.max_upload_bytes)]
    raise HTTPProblem(415, "UnsupportedMediaType",
                      f"content type {ctype or 'missing'!r}: use multipart/form-data, image/*, or application/json")


def create_app(config: CompositorConfig | None = None, settings: ServerSettings | None = None,
               integrator: CompositorIntegrator | None = None) -> FastAPI:
    """The app. Its lifespan initialises the integrator and shuts it down."""
    settings = settings or ServerSettings()
    integrator = integrator or CompositorIntegrator(config)
    metrics = Metrics()
    admission = Admission(settings.max_inflight, settings.retry_after_s)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await integrator.initialize()
        logger.info("pixel-llm server ready")
        yield
        await integrator.shutdown()

    app = FastAPI(title="pixel-llm", version="0.1.0", lifespan=lifespan,
                  description="Grounded captions for images and live frames.")
    app.state.integrator, app.state.settings, app.state.metrics, app.state.admission = \
        integrator, settings, metrics, admission
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["*"],
                           allow_headers=["*"], expose_headers=["X-Request-ID"])

    @app.middleware("http")
    async def request_id(request: Request, call_next):
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex[:16]
        request.state.request_id = rid
        t = time.perf_counter()
        response = await call_next(request)
        response.headers["X-Request-ID"] = rid
        route = request.scope.get("route")
        metrics.request(getattr(route, "path", "unmatched"), response.status_code)
        logger.info("request_id=%s %s %s -> %d in %.1f ms", rid, request.method, request.url.path,
                    response.status_code, (time.perf_counter() - t) * 1e3)
        return response

    @app.exception_handler(HTTPProblem)
    async def on_problem(request: Request, exc: HTTPProblem):
        if exc.status == 429:
            metrics.count("rejected")
        return JSONResponse(_error_body(exc.kind, str(exc), request), exc.status, headers=exc.headers)

    @app.exception_handler(PixelLLMError)
    async def on_library_error(request: Request, exc: PixelLLMError):
        status = _status_for(exc)
        if status >= 500:
            logger.error("request_id=%s failed: %s", getattr(request.state, "request_id", "-"), exc)
        return JSONResponse(_error_body(type(exc).__name__, str(exc), request), status)

    def authorise(request: Request) -> None:
        if settings.api_key is None:
            return
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else ""
        if not hmac.compare_digest(token.encode(), settings.api_key.encode()):
            raise HTTPProblem(401, "Unauthorized", "a valid 'Authorization: Bearer <key>' header is required",
                              {"WWW-Authenticate": "Bearer"})

    def render(result, details: bool) -> dict:
        metrics.caption(result.timings.get("total_ms", 0.0) / 1e3, result.backend)
        return result.to_dict() if details else {"caption": result.caption}

    body_doc = {"requestBody": {"required": True, "content": {
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "file": {"type": "string", "format": "binary"}}, "required": ["file"]}},
        "image/*": {"schema": {"type": "string", "format": "binary"}},
        "application/json": {"schema": {"type": "object", "properties": {
            "image": {"type": "string", "description": "base64 (or a data: URL)"}}, "required": ["image"]}}}}}

    @app.post("/caption", openapi_extra=body_doc, summary="Caption one image",
              description="Returns {'caption': ...}; with ?details=true also facts, timings, backend and cache.")
    async def caption(request: Request, details: bool = False):
        authorise(request)
        (image,) = (await read_images(request, settings, batch=False))[:1]
        weight = admission.enter()
        try:
            result = await integrator.caption_frame_detailed(image)
        finally:
            admission.leave(weight)
        return render(result, details)

    batch_doc = {"requestBody": {"required": True, "content": {
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
        "application/json": {"schema": {"type": "object", "properties": {
            "images": {"type": "array", "items": {"type": "string"}}}}}}}}

    @app.post("/caption/batch", openapi_extra=batch_doc, summary="Caption many images",
              description="Results in input order; a bad image gives an error entry, the others are captioned.")
    async def caption_batch(request: Request, details: bool = False):
        authorise(request)
        images = await read_images(request, settings, batch=True)
        if len(images) > settings.max_batch:
            raise HTTPProblem(413, "PayloadTooLarge", f"{len(images)} images; at most {settings.max_batch} per batch")
        weight = admission.enter(len(images))
        try:
            results = await integrator.caption_batch_detailed(images, return_exceptions=True)
        finally:
            admission.leave(weight)
        out = []
        for r in results:
            if isinstance(r, PixelLLMError):
                out.append({"error": {"type": type(r).__name__, "message": str(r), "status": _status_for(r)}})
            elif isinstance(r, BaseException):
                raise r
            else:
                out.append(render(r, details))
        return {"results": out}

    @app.get("/health", summary="Liveness and what runs")
    async def health():
        ready = integrator.initialized
        body = {"status": "ok" if ready else "starting"}
        if ready:
            body.update(encoder=integrator.encoder.identity, device=integrator.device,
                        generator=integrator.config.generator)
            if integrator._llm is not None:
                body["llm"] = {"base_url": integrator.config.lm_studio_base_url, **integrator._llm.breaker.snapshot()}
        return JSONResponse(body, 200 if ready else 503)

    @app.get("/stats", summary="Cache, backend, breaker and server counters")
    async def stats(request: Request):
        authorise(request)
        llm = None
        if integrator._llm is not None:
            llm = {"backend": integrator._llm.backend, "base_url": integrator.config.lm_studio_base_url,
                   "breaker": integrator._llm.breaker.snapshot()}
        return {"cache": integrator.get_cache_stats(), "inflight": admission.inflight,
                "max_inflight": settings.max_inflight, "encoder": integrator.encoder.identity,
                "generator": integrator.config.generator, "llm": llm, "server": metrics.snapshot()}

    @app.get("/metrics", response_class=PlainTextResponse, summary="Prometheus metrics")
    async def prometheus(request: Request):
        authorise(request)
        return PlainTextResponse(metrics.prometheus(integrator.get_cache_stats(), admission.inflight),
                                 media_type="text/plain; version=0.0.4")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page():
        return HTMLResponse(resources.files("pixel_llm.server").joinpath("static/index.html").read_text("utf-8"))

    @app.websocket("/ws")
    async def live(ws: WebSocket):
        """With an API key set, the first message must be text ``{"key": "..."}``. Then binary
        messages are encoded frames (JPEG/PNG); each answer is JSON
        ``{frame, caption, backend, cached, latency_ms, dropped}`` or ``{frame, error}``. While a
        frame is being captioned, newer frames replace the pending one (latest frame wins)."""
        await ws.accept()
        if settings.api_key is not None:
            # The key comes in the first message, not the URL: URLs end up in access logs.
            try:
                first = await asyncio.wait_for(ws.receive(), timeout=10.0)
                token = str(json.loads(first.get("text") or "{}").get("key", ""))
            except (asyncio.TimeoutError, ValueError, AttributeError):
                token = ""
            if not hmac.compare_digest(token.encode(), settings.api_key.encode()):
                await ws.close(code=1008, reason='send {"key": "..."} first')
                return
        pending: list[tuple[int, bytes, float]] = []
        ready = asyncio.Event()
        state = {"received": 0, "dropped": 0}

        async def receive(scope: anyio.CancelScope) -> None:
            while True:
                message = await ws.receive()
                if message["type"] == "websocket.disconnect":
                    scope.cancel()  # the client left: stop the worker too
                    return
                data = message.get("bytes")
                if data is None:
                    continue  # text messages are ignored (keep-alives)
                if len(data) > settings.max_upload_bytes:
                    await ws.send_json({"frame": state["received"], "error": {
                        "type": "PayloadTooLarge", "message": f"frame exceeds {settings.max_upload_bytes} bytes"}})
                    continue
                state["received"] += 1
                metrics.count("ws_frames")
                if pending:
                    state["dropped"] += 1
                    metrics.count("ws_dropped")
                    pending.clear()
                pending.append((state["received"], data, time.perf_counter()))
                ready.set()

        async def work(scope: anyio.CancelScope) -> None:
            try:
                await work_loop()
            except (WebSocketDisconnect, RuntimeError):  # the client went away while we answered
                scope.cancel()

        async def work_loop() -> None:
            while True:
                await ready.wait()
                ready.clear()
                if not pending:
                    continue
                index, data, received_at = pending.pop()
                try:
                    result = await integrator.caption_frame_detailed(data)
                except PixelLLMError as exc:
                    await ws.send_json({"frame": index, "error": {"type": type(exc).__name__, "message": str(exc)}})
                    continue
                metrics.count("ws_captions")
                metrics.caption(result.timings.get("total_ms", 0.0) / 1e3, result.backend)
                await ws.send_json({"frame": index, "caption": result.caption, "backend": result.backend,
                                    "cached": result.cached, "dropped": state["dropped"],
                                    "latency_ms": round((time.perf_counter() - received_at) * 1e3, 2)})

        async with anyio.create_task_group() as group:
            group.start_soon(receive, group.cancel_scope)
            group.start_soon(work, group.cancel_scope)

    return app
