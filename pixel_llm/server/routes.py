"""The HTTP routes. Each reads what it needs from ``request.app.state``: ``integrator``,
``settings``, ``metrics`` and ``admission`` (set by :func:`pixel_llm.server.app.create_app`)."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse

from ..errors import PixelLLMError
from ..facts.hints import parse_windows
from ..result import CaptionResult
from .auth import has_key, require_key
from .errors import HTTPProblem, library_error
from .uploads import read_images

router = APIRouter()
keyed = [Depends(require_key)]

WINDOWS_HELP = ("optional: what the host knows of the frame's windows, e.g. "
                '[{"title": "Terminal", "app_id": "org.gnome.Terminal", "rect": [0, 0, 800, 600], "focused": true}]')

CAPTION_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "file": {"type": "string", "format": "binary"},
        "windows": {"type": "string", "description": "JSON text; " + WINDOWS_HELP}}, "required": ["file"]}},
    "image/*": {"schema": {"type": "string", "format": "binary"}},
    "application/json": {"schema": {"type": "object", "properties": {
        "image": {"type": "string", "description": "base64 (or a data: URL)"},
        "windows": {"type": "array", "items": {"type": "object"}, "description": WINDOWS_HELP}},
        "required": ["image"]}}}}}

BATCH_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
    "application/json": {"schema": {"type": "object", "properties": {
        "images": {"type": "array", "items": {"type": "string"}}}}}}}}


def render(request: Request, result: CaptionResult, details: bool) -> dict:
    request.app.state.metrics.caption(result.timings.get("total_ms", 0.0) / 1e3, result.backend)
    return result.to_dict() if details else {"caption": result.caption}


@router.post("/caption", dependencies=keyed, openapi_extra=CAPTION_BODY, summary="Caption one image",
             description="Returns {'caption': ...}; with ?details=true also facts, timings, backend and cache. "
                         "An optional 'windows' field (form: JSON text; JSON body: a list) passes what the "
                         "host knows of the frame's windows.")
async def caption(request: Request, details: bool = False):
    state = request.app.state
    (image,) = (await read_images(request, state.settings, batch=False))[:1]
    if isinstance(image, HTTPProblem):
        raise image
    windows = parse_windows(getattr(request.state, "windows", None))  # 422 when malformed
    weight = state.admission.enter()
    try:
        result = await state.integrator.caption_frame_detailed(image, windows=windows)
    finally:
        state.admission.leave(weight)
    return render(request, result, details)


@router.post("/caption/batch", dependencies=keyed, openapi_extra=BATCH_BODY, summary="Caption many images",
             description="Results in input order; a bad image gives an error entry, the others are captioned.")
async def caption_batch(request: Request, details: bool = False):
    state = request.app.state
    images = await read_images(request, state.settings, batch=True)
    if len(images) > state.settings.max_batch:
        raise HTTPProblem(413, "PayloadTooLarge", f"{len(images)} images; at most {state.settings.max_batch} per batch")
    readable = [image for image in images if not isinstance(image, HTTPProblem)]
    weight = state.admission.enter(len(readable))
    try:
        captioned = iter(await state.integrator.caption_batch_detailed(readable, return_exceptions=True))
    finally:
        state.admission.leave(weight)
    out = []
    for image in images:
        r = image if isinstance(image, HTTPProblem) else next(captioned)
        if isinstance(r, HTTPProblem):
            out.append({"error": {"type": r.kind, "message": str(r), "status": r.status}})
        elif isinstance(r, PixelLLMError):
            out.append({"error": library_error(r)})
        elif isinstance(r, BaseException):
            raise r
        else:
            out.append(render(request, r, details))
    return {"results": out}


@router.get("/health", summary="Liveness; what runs (with the key, when one is set)")
async def health(request: Request):
    integrator = request.app.state.integrator
    ready = integrator.initialized
    body = {"status": "ok" if ready else "starting"}
    if ready and has_key(request):
        body.update(encoder=integrator.encoder.identity, device=integrator.device,
                    generator=integrator.config.generator)
        llm = integrator.llm_status()
        if llm is not None:
            body["llm"] = {"base_url": llm["base_url"], **llm["breaker"]}
    return JSONResponse(body, 200 if ready else 503)


@router.get("/stats", dependencies=keyed, summary="Cache, backend, breaker and server counters")
async def stats(request: Request):
    state = request.app.state
    integrator = state.integrator
    return {"cache": integrator.get_cache_stats(), "inflight": state.admission.inflight,
            "max_inflight": state.settings.max_inflight, "encoder": integrator.encoder.identity,
            "generator": integrator.config.generator, "llm": integrator.llm_status(),
            "server": state.metrics.snapshot()}


@router.get("/metrics", dependencies=keyed, response_class=PlainTextResponse, summary="Prometheus metrics")
async def prometheus(request: Request):
    state = request.app.state
    return PlainTextResponse(state.metrics.prometheus(state.integrator.get_cache_stats(), state.admission.inflight),
                             media_type="text/plain; version=0.0.4")


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def page():
    return HTMLResponse(resources.files("pixel_llm.server").joinpath("static/index.html").read_text("utf-8"))
