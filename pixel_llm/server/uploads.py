"""Reading images out of requests: multipart files, a raw image body, or JSON base64, within
the server's size limits."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from fastapi import Request
from starlette.datastructures import UploadFile

from .errors import HTTPProblem
from .settings import ServerSettings


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


def _check_declared(request: Request, limit: int) -> None:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large(f"request body of {declared} bytes", limit)


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, refused with 413 as soon as it passes ``limit`` bytes."""
    _check_declared(request, limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large("request body", limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def _form_files(request: Request, settings: ServerSettings) -> list[bytes]:
    _check_declared(request, settings.max_upload_bytes)
    form = await request.form(max_files=settings.max_batch, max_part_size=settings.max_upload_bytes)
    files = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
    if not files:
        raise HTTPProblem(422, "BadRequest", "the form has no file; send it as field 'file'")
    out = []
    for f in files:
        data = await f.read(settings.max_upload_bytes + 1)
        if len(data) > settings.max_upload_bytes:
            raise too_large(str(f.filename), settings.max_upload_bytes)
        out.append(data)
    return out


def _json_images(body: bytes, batch: bool) -> list[bytes]:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise HTTPProblem(422, "BadRequest", "the body is not valid JSON") from exc
    if not isinstance(data, dict):
        raise HTTPProblem(422, "BadRequest", 'send {"image": "<base64>"} or {"images": [...]}')
    if batch and isinstance(data.get("images"), list):
        return [decode_b64(v, f"images[{i}]") for i, v in enumerate(data["images"])]
    if "image" in data:
        return [decode_b64(data["image"], "image")]
    raise HTTPProblem(422, "BadRequest", 'send {"image": "<base64>"}' + (' or {"images": [...]}' if batch else ""))


async def read_images(request: Request, settings: ServerSettings, batch: bool) -> list[bytes]:
    """The encoded images of a request: multipart files, a raw image body, or JSON base64."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        return await _form_files(request, settings)
    if ctype == "application/json":
        return _json_images(await read_body(request, settings.max_upload_bytes), batch)
    if ctype.startswith("image/") or ctype == "application/octet-stream":
        return [await read_body(request, settings.max_upload_bytes)]
    raise HTTPProblem(415, "UnsupportedMediaType",
                      f"content type {ctype or 'missing'!r}: use multipart/form-data, image/*, or application/json")
