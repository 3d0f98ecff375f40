"""HTTP server: ``pixel-llm serve`` or ``create_app()`` for your own ASGI server."""

from .app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
