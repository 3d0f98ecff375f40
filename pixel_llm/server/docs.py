"""``/docs`` (Swagger UI) and ``/redoc`` from assets served by this server, so they work on a
machine without internet access. The assets (Swagger UI's and ReDoc's JavaScript and CSS)
come from the ``fastapi-offline`` package, a dependency of the ``server`` extra; they are
served under ``/docs-assets/``. Without that package the pages load FastAPI's default CDN
assets, and a log line says so."""

from __future__ import annotations

import logging
from importlib import resources

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

logger = logging.getLogger(__name__)
ASSETS = "/docs-assets"
OAUTH_REDIRECT = "/docs/oauth2-redirect"


def _asset_folder():
    try:
        folder = resources.files("fastapi_offline").joinpath("static")
    except ModuleNotFoundError:
        return None
    return folder if folder.joinpath("swagger-ui-bundle.js").is_file() else None


def install(app: FastAPI) -> None:
    """Add ``/docs``, ``/docs/oauth2-redirect`` and ``/redoc`` to an app created with
    ``docs_url=None, redoc_url=None``."""
    folder = _asset_folder()
    if folder is None:
        logger.info("fastapi-offline is not installed: /docs and /redoc load their assets from a CDN "
                    "(pip install 'pixel-llm[server]')")
        assets = {}
        redoc_assets = {}
    else:
        app.mount(ASSETS, StaticFiles(directory=str(folder)), name="docs-assets")
        assets = {"swagger_js_url": f"{ASSETS}/swagger-ui-bundle.js", "swagger_css_url": f"{ASSETS}/swagger-ui.css",
                  "swagger_favicon_url": f"{ASSETS}/favicon.png"}
        redoc_assets = {"redoc_js_url": f"{ASSETS}/redoc.standalone.js", "redoc_favicon_url": f"{ASSETS}/favicon.png",
                        "with_google_fonts": False}
    title = app.title

    @app.get("/docs", include_in_schema=False)
    async def swagger() -> HTMLResponse:
        # validatorUrl null: Swagger UI would otherwise show a badge fetched from swagger.io
        return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{title} — API", oauth2_redirect_url=OAUTH_REDIRECT,
                                   swagger_ui_parameters={"validatorUrl": None}, **assets)

    @app.get(OAUTH_REDIRECT, include_in_schema=False)
    async def swagger_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url, title=f"{title} — API", **redoc_assets)
