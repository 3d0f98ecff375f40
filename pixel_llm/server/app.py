"""The FastAPI app: one integrator owned by the app's lifespan. :func:`create_app` only
assembles; the parts live in modules named for them:

- :mod:`.routes` — ``POST /caption`` (multipart ``file`` as in the spec, raw image bytes, or JSON
  ``{"image": "<base64>"}``), ``POST /caption/batch``, ``GET /health``, ``GET /stats``,
  ``GET /metrics`` (Prometheus), ``GET /`` (the live captioning page);
- :mod:`.live` — ``WS /ws`` (live frames, latest frame wins);
- :mod:`.openai_api` — the OpenAI-compatible API under ``/v1`` (chat completions with images,
  models); :mod:`.ollama_api` — Ollama's API under ``/api`` (chat, generate, tags, version);
  both answer through :mod:`.chat` (captions shaped for the prompt, :mod:`.prompting`; the
  prompt to an upstream endpoint, :mod:`.upstream`; image URLs, :mod:`.images`);
- :mod:`.docs` — ``/docs`` and ``/redoc`` with locally served assets (work offline);
- :mod:`.uploads` — reading images out of requests within the size limits;
- :mod:`.auth` — the API key; :mod:`.admission` — 429 instead of an unbounded queue;
- :mod:`.errors` — error → HTTP status, and the one error body
  ``{"error": {"type", "message"}, "request_id"}``; :mod:`.settings` — :class:`ServerSettings`.

The OpenAPI schema is at ``/openapi.json``. Errors under ``/v1/`` and ``/api/`` have the body
their protocol's clients expect (see :func:`.errors.add_shape`).
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from ..config import CompositorConfig
from ..integrator import CompositorIntegrator
from . import docs, errors, ollama_api, openai_api
from .admission import Admission
from .errors import HTTPProblem
from .live import live
from .metrics import Metrics
from .routes import router
from .settings import ServerSettings

__all__ = ["Admission", "HTTPProblem", "ServerSettings", "create_app"]

logger = logging.getLogger(__name__)
SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


@asynccontextmanager
async def lifespan(app: FastAPI):
    integrator = app.state.integrator
    await integrator.initialize()
    logger.info("pixel-llm server ready")
    yield
    await integrator.shutdown()


def unmatched(path: str) -> str:
    """The metrics route of a path no route matched: its protocol's prefix, never the path
    itself (unbounded label values)."""
    for prefix in ("/v1/", "/api/"):
        if path.startswith(prefix):
            return f"{prefix}(unmatched)"
    return "unmatched"


async def request_id(request: Request, call_next):
    """Give each request an id (the client's X-Request-ID if it is a short safe token — it goes
    into log lines — else a new one), log and count it."""
    given = request.headers.get("x-request-id", "")
    rid = given if SAFE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex[:16]
    request.state.request_id = rid
    t = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Request-ID"] = rid
    route = request.scope.get("route")
    request.app.state.metrics.request(getattr(route, "path", None) or unmatched(request.url.path), response.status_code)
    logger.info("request_id=%s %s %s -> %d in %.1f ms", rid, request.method, request.url.path,
                response.status_code, (time.perf_counter() - t) * 1e3)
    return response


def create_app(config: CompositorConfig | None = None, settings: ServerSettings | None = None,
               integrator: CompositorIntegrator | None = None) -> FastAPI:
    """The app. Its lifespan initialises the integrator and shuts it down."""
    settings = settings or ServerSettings()
    app = FastAPI(title="pixel-llm", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Grounded captions for images and live frames; OpenAI- (/v1) and "
                              "Ollama-compatible (/api) chat about images.")
    app.state.integrator = integrator or CompositorIntegrator(config)
    app.state.settings = settings
    app.state.metrics = Metrics()
    app.state.admission = Admission(settings.max_inflight, settings.retry_after_s)
    app.state.started = time.time()
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["*"],
                           allow_headers=["*"],
                           expose_headers=["X-Request-ID", "X-Pixel-LLM-Backend", "X-Pixel-LLM-Fallback"])
    app.middleware("http")(request_id)
    errors.install(app)
    errors.add_shape(app, "/v1/", openai_api.error_shape)
    errors.add_shape(app, "/api/", ollama_api.error_shape)
    app.include_router(router)
    app.include_router(openai_api.router)
    app.include_router(ollama_api.router)
    docs.install(app)
    app.add_api_websocket_route("/ws", live)
    return app
