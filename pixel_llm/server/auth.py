"""The API key: ``Authorization: Bearer <key>`` on HTTP routes, ``{"key": ...}`` first on the
WebSocket. Compared in constant time."""

from __future__ import annotations

import hmac

from fastapi import Request

from .errors import HTTPProblem


def key_matches(expected: str | None, given: str) -> bool:
    """True when no key is required, or ``given`` is the key."""
    return expected is None or hmac.compare_digest(given.encode(), expected.encode())


def has_key(request: Request) -> bool:
    """Does the request carry the server's key (or does the server need none)?"""
    header = request.headers.get("authorization", "")
    token = header[7:] if header.lower().startswith("bearer ") else ""
    return key_matches(request.app.state.settings.api_key, token)


def require_key(request: Request) -> None:
    """A route dependency: 401 unless the request carries the server's key (when it has one)."""
    if not has_key(request):
        raise HTTPProblem(401, "Unauthorized", "a valid 'Authorization: Bearer <key>' header is required",
                          {"WWW-Authenticate": "Bearer"})
