"""Error responses: which HTTP status each error gets, and the one body every error has,
``{"error": {"type", "message"}, "request_id"}`` — except under a path prefix that registered
its own shape with :func:`add_shape` (the OpenAI API under ``/v1/``, Ollama's under ``/api/``),
whose clients expect their protocol's error body."""

from __future__ import annotations

import logging

from typing import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import (ConfigError, CorruptImageError, EmptyImageError, FrameFormatError, ImageError,
                      ImageTooLargeError, IntegratorStateError, LLMError, LLMTimeoutError, LLMUnavailableError,
                      NotAnImageError, PixelLLMError, WindowsHintError)

logger = logging.getLogger(__name__)


class HTTPProblem(Exception):
    """An error response that is not a library error (auth, size, content type, overload)."""

    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.kind, self.headers = status, kind, headers or {}


def status_for(exc: PixelLLMError) -> int:
    """The HTTP status of a library error."""
    if isinstance(exc, ImageTooLargeError):
        return 413
    if isinstance(exc, (NotAnImageError, CorruptImageError, EmptyImageError, FrameFormatError, ImageError,
                        WindowsHintError)):
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


def error_body(kind: str, message: str, request_id: str | None = None, **extra) -> dict:
    """The body of every error: ``{"error": {"type", "message", ...extra}, "request_id"}``."""
    return {"error": {"type": kind, "message": message, **extra}, "request_id": request_id}


def library_error(exc: PixelLLMError) -> dict:
    """One item's error inside a response that carries several (a batch, a live frame)."""
    return {"type": type(exc).__name__, "message": str(exc), "status": status_for(exc)}


ErrorShape = Callable[[int, str, str], dict]
"""A protocol's error body from (status, kind, message)."""


def add_shape(app: FastAPI, prefix: str, shape: ErrorShape) -> None:
    """Errors of requests whose path starts with ``prefix`` get ``shape``'s body (any error:
    ours, the library's, the framework's 404/405/422, an unexpected 500)."""
    shapes = getattr(app.state, "error_shapes", None)
    if shapes is None:
        shapes = app.state.error_shapes = {}
    shapes[prefix] = shape


def _shape(request: Request) -> ErrorShape | None:
    shapes = getattr(request.app.state, "error_shapes", None) or {}
    path = request.url.path
    for prefix in sorted(shapes, key=len, reverse=True):
        if path.startswith(prefix):
            return shapes[prefix]
    return None


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def respond(request: Request, status: int, kind: str, message: str, headers: dict[str, str] | None = None,
            **extra) -> JSONResponse:
    """The error response: the one body (or the protocol's, see :func:`add_shape`), the request
    id in it and in ``X-Request-ID``."""
    rid = _request_id(request)
    headers = {**(headers or {}), **({"X-Request-ID": rid} if rid else {})}
    shape = _shape(request)
    body = shape(status, kind, message) if shape is not None else error_body(kind, message, rid, **extra)
    return JSONResponse(body, status, headers=headers)


async def on_problem(request: Request, exc: HTTPProblem) -> JSONResponse:
    if exc.status == 429:
        request.app.state.metrics.count("rejected")
    return respond(request, exc.status, exc.kind, str(exc), exc.headers)


async def on_library_error(request: Request, exc: PixelLLMError) -> JSONResponse:
    status = status_for(exc)
    if status >= 500:
        logger.error("request_id=%s failed: %s", _request_id(request) or "-", exc)
    return respond(request, status, type(exc).__name__, str(exc))


async def on_http_error(request: Request, exc: HTTPException) -> JSONResponse:
    """Starlette's own errors: unknown route (404), wrong method (405), a malformed form (400)."""
    kind = {404: "NotFound", 405: "MethodNotAllowed"}.get(exc.status_code, "BadRequest")
    return respond(request, exc.status_code, kind, str(exc.detail), dict(exc.headers or {}))


async def on_invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    where = "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg', '')}" for e in exc.errors()[:5])
    return respond(request, 422, "BadRequest", where or "invalid request")


async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("request_id=%s failed unexpectedly", _request_id(request) or "-")
    return respond(request, 500, "InternalError", "the server failed on this request; see its log")


def install(app: FastAPI) -> None:
    """Register the handlers that turn errors into responses: every error, ours or the
    framework's, gets the same body."""
    app.add_exception_handler(HTTPProblem, on_problem)
    app.add_exception_handler(PixelLLMError, on_library_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_invalid_request)
    app.add_exception_handler(Exception, on_unexpected)
