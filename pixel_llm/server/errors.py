"""Error responses: which HTTP status each error gets, and the one body every error has,
``{"error": {"type", "message"}, "request_id"}``."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ..errors import (ConfigError, CorruptImageError, EmptyImageError, FrameFormatError, ImageError,
                      ImageTooLargeError, IntegratorStateError, LLMError, LLMTimeoutError, LLMUnavailableError,
                      NotAnImageError, PixelLLMError)

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


def error_body(kind: str, message: str, request_id: str | None = None, **extra) -> dict:
    """The body of every error: ``{"error": {"type", "message", ...extra}, "request_id"}``."""
    return {"error": {"type": kind, "message": message, **extra}, "request_id": request_id}


def library_error(exc: PixelLLMError) -> dict:
    """One item's error inside a response that carries several (a batch, a live frame)."""
    return {"type": type(exc).__name__, "message": str(exc), "status": status_for(exc)}


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


async def on_problem(request: Request, exc: HTTPProblem) -> JSONResponse:
    if exc.status == 429:
        request.app.state.metrics.count("rejected")
    return JSONResponse(error_body(exc.kind, str(exc), _request_id(request)), exc.status, headers=exc.headers)


async def on_library_error(request: Request, exc: PixelLLMError) -> JSONResponse:
    status = status_for(exc)
    if status >= 500:
        logger.error("request_id=%s failed: %s", _request_id(request) or "-", exc)
    return JSONResponse(error_body(type(exc).__name__, str(exc), _request_id(request)), status)


def install(app: FastAPI) -> None:
    """Register the handlers that turn errors into responses."""
    app.add_exception_handler(HTTPProblem, on_problem)
    app.add_exception_handler(PixelLLMError, on_library_error)
