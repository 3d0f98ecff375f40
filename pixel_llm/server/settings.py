"""What the server is configured with (apart from the captioning config)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..errors import ConfigError


@dataclass
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    max_upload_bytes: int = 20 * 1024 * 1024
    """Larger request bodies get 413."""
    max_inflight: int = 32
    """Captions in progress at once; more requests get 429 with Retry-After (no unbounded queue)."""
    max_batch: int = 64
    api_key: str | None = field(default=None, repr=False)
    """Bearer key required on every endpoint but /health and the page; default $PIXEL_LLM_SERVER_KEY."""
    cors_origins: tuple[str, ...] = ()
    retry_after_s: int = 1
    read_timeout_s: float = 15.0
    """A request body that sends nothing for this long gets 408 (slow or stalled uploads)."""

    def __post_init__(self) -> None:
        if self.api_key is None:
            self.api_key = os.environ.get("PIXEL_LLM_SERVER_KEY") or None
        for name in ("port", "max_upload_bytes", "max_inflight", "max_batch", "retry_after_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < (0 if name == "port" else 1):
                raise ConfigError(name, f"must be a positive integer, got {value!r}")
        if isinstance(self.read_timeout_s, bool) or not isinstance(self.read_timeout_s, (int, float)) \
                or not 0 < self.read_timeout_s <= 3600:
            raise ConfigError("read_timeout_s", f"must be a number of seconds in (0, 3600], got {self.read_timeout_s!r}")
        self.cors_origins = tuple(self.cors_origins)
