"""Images named in chat requests: ``data:`` URLs and base64 strings, and — only for hosts on
the ``remote_image_hosts`` allow-list — ``http(s)`` URLs, fetched within a size and a time
limit, without following redirects (a redirect could leave the allow-list)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import httpx

from .errors import HTTPProblem
from .settings import ServerSettings
from .uploads import decode_b64


def refused(url: str) -> HTTPProblem:
    shown = url if len(url) <= 80 else url[:77] + "..."
    return HTTPProblem(400, "RemoteImageRefused",
                       f"image URL {shown!r}: this server does not fetch remote images; send the image inline as a "
                       f"data: URL (data:image/png;base64,...), or start the server with --allow-image-host HOST")


def _host_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    shown = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        port = None
    return shown, f"{shown}:{port}" if port else shown


def allowed(url: str, settings: ServerSettings) -> bool:
    """Is ``url`` on a host (or host:port) of the allow-list?"""
    host, host_port = _host_key(url)
    return bool(host) and (host in settings.remote_image_hosts or host_port in settings.remote_image_hosts)


async def fetch(url: str, settings: ServerSettings) -> bytes:
    """The bytes at an allowed ``url``: at most ``remote_image_max_bytes``, within
    ``remote_image_timeout_s`` in all; any failure is a 400 that says why."""
    limit = settings.remote_image_max_bytes

    async def get() -> bytes:
        async with httpx.AsyncClient(follow_redirects=False, timeout=settings.remote_image_timeout_s) as client:
            async with client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise HTTPProblem(400, "RemoteImageFailed", f"image URL {url!r} answered {response.status_code}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise HTTPProblem(413, "PayloadTooLarge", f"image URL {url!r}: {declared} bytes, more than {limit}")
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise HTTPProblem(413, "PayloadTooLarge", f"image URL {url!r}: more than {limit} bytes")
                    chunks.append(chunk)
                return b"".join(chunks)

    try:
        return await asyncio.wait_for(get(), settings.remote_image_timeout_s)
    except asyncio.TimeoutError:
        raise HTTPProblem(400, "RemoteImageFailed",
                          f"image URL {url!r}: no complete answer within {settings.remote_image_timeout_s:g} s") from None
    except httpx.HTTPError as exc:
        raise HTTPProblem(400, "RemoteImageFailed", f"image URL {url!r}: {type(exc).__name__}: {exc}") from None


async def image_bytes(ref: object, where: str, settings: ServerSettings) -> bytes:
    """The encoded image a chat request names: a ``data:`` URL or bare base64; an ``http(s)``
    URL only from an allowed host."""
    if not isinstance(ref, str) or not ref:
        raise HTTPProblem(400, "BadRequest", f"{where} must be a data: URL or base64 string")
    scheme = ref.split(":", 1)[0].lower() if ":" in ref[:12] else ""
    if scheme in ("http", "https"):
        if not allowed(ref, settings):
            raise refused(ref)
        return await fetch(ref, settings)
    if scheme and scheme != "data":
        raise HTTPProblem(400, "BadRequest", f"{where}: {scheme}: URLs are not read; send a data: URL")
    if scheme == "data" and ";base64," not in ref[:200]:
        raise HTTPProblem(400, "BadRequest", f"{where}: only base64 data: URLs are read")
    return decode_b64(ref, where)
