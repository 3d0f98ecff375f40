"""Reading images out of requests: multipart files, a raw image body, or JSON base64.

Every body is read from the raw stream first, whatever its content type: refused with 413 as
soon as it passes ``max_upload_bytes`` (declared or not — chunked uploads have no length),
and with 408 when it stalls for ``read_timeout_s``. Only then is it parsed, from memory, so
no parser ever sees more than the limit.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from typing import Any, Union

from fastapi import Request
from starlette.datastructures import UploadFile

from .errors import HTTPProblem
from .settings import ServerSettings

Item = Union[bytes, HTTPProblem]
"""One image of a request, or why it could not be read (a batch answers it per item)."""


def too_large(what: str, limit: int) -> HTTPProblem:
    return HTTPProblem(413, "PayloadTooLarge", f"{what} exceeds {limit} bytes")


def decode_b64(value: Any, where: str) -> bytes:
    """Bytes of a base64 string (or a ``data:`` URL); 422 otherwise."""
    if not isinstance(value, str):
        raise HTTPProblem(422, "BadRequest", f"{where} must be a base64 string")
    if value.startswith("data:") and "," in value:
        value = value.split(",", 1)[1]
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise HTTPProblem(422, "BadRequest", f"{where} is not valid base64") from exc


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The whole body: 413 as soon as it passes ``limit`` bytes, 408 when no byte comes for
    ``timeout`` seconds."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large(f"request body of {declared} bytes", limit)
    chunks, size = [], 0
    stream = request.stream().__aiter__()
    while True:
        try:
            chunk = await asyncio.wait_for(stream.__anext__(), timeout)
        except StopAsyncIteration:
            break
        except asyncio.TimeoutError:
            raise HTTPProblem(408, "RequestTimeout", f"the request body stalled for {timeout:g} s") from None
        size += len(chunk)
        if size > limit:
            raise too_large("request body", limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _replay(body: bytes):
    sent = False

    async def receive() -> dict:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return receive


async def _form_files(request: Request, body: bytes, settings: ServerSettings) -> list[Item]:
    buffered = Request(request.scope, receive=_replay(body))
    form = await buffered.form(max_files=settings.max_batch, max_part_size=settings.max_upload_bytes)
    try:
        windows = form.get("windows")
        if isinstance(windows, str):
            request.state.windows = windows  # the host's windows= hint, as JSON text
        files = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if not files:
            raise HTTPProblem(422, "BadRequest", "the form has no file; send it as field 'file'")
        return [await f.read() for f in files]
    finally:
        await form.close()


def _json_images(body: bytes, batch: bool, request: Request | None = None) -> list[Item]:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise HTTPProblem(422, "BadRequest", "the body is not valid JSON (or is nested too deeply)") from exc
    if not isinstance(data, dict):
        raise HTTPProblem(422, "BadRequest", 'send {"image": "<base64>"} or {"images": [...]}')
    if request is not None and data.get("windows") is not None:
        request.state.windows = data["windows"]  # the host's windows= hint
    if batch and isinstance(data.get("images"), list):
        out: list[Item] = []
        for i, value in enumerate(data["images"]):
            try:
                out.append(decode_b64(value, f"images[{i}]"))
            except HTTPProblem as problem:  # one bad item does not fail the others
                out.append(problem)
        return out
    if "image" in data:
        return [decode_b64(data["image"], "image")]
    raise HTTPProblem(422, "BadRequest", 'send {"image": "<base64>"}' + (' or {"images": [...]}' if batch else ""))


async def read_images(request: Request, settings: ServerSettings, batch: bool) -> list[Item]:
    """The encoded images of a request: multipart files, a raw image body, or JSON base64. A
    batch's items that cannot be read are :class:`HTTPProblem` entries in their place. A
    ``windows`` form field (JSON text) or JSON field (a list) is left in
    ``request.state.windows`` for the route."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in ("multipart/form-data", "application/json", "application/octet-stream") \
            and not ctype.startswith("image/"):
        raise HTTPProblem(415, "UnsupportedMediaType",
                          f"content type {ctype or 'missing'!r}: use multipart/form-data, image/*, or application/json")
    body = await read_body(request, settings.max_upload_bytes, settings.read_timeout_s)
    if ctype == "multipart/form-data":
        return await _form_files(request, body, settings)
    if ctype == "application/json":
        return _json_images(body, batch, request)
    return [body]
