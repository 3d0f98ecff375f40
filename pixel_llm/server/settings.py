"""What the server is configured with (apart from the captioning config)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from ..errors import ConfigError

MODEL_NAME = re.compile(r"[A-Za-z0-9._:/-]{1,64}")
HOST = re.compile(r"(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:[0-9]{1,5})?")


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
    """Bearer key required on every endpoint but /health, /api/version, the page and the API docs
    (on /v1 and /api too); default $PIXEL_LLM_SERVER_KEY."""
    cors_origins: tuple[str, ...] = ()
    retry_after_s: int = 1
    read_timeout_s: float = 15.0
    """A request body that sends nothing for this long gets 408 (slow or stalled uploads)."""
    model_name: str = "pixel-llm"
    """The model name the OpenAI- and Ollama-compatible APIs list and answer as."""
    remote_image_hosts: tuple[str, ...] = ()
    """Hosts (``name`` or ``name:port``) whose ``http(s)`` image URLs the OpenAI API may fetch;
    empty (the default): remote image URLs are refused, only ``data:`` URLs are read."""
    remote_image_max_bytes: int = 10 * 1024 * 1024
    """A fetched remote image larger than this is refused."""
    remote_image_timeout_s: float = 10.0
    """Seconds a remote image fetch may take in all (connect, headers, body)."""

    def __post_init__(self) -> None:
        if self.api_key is None:
            self.api_key = os.environ.get("PIXEL_LLM_SERVER_KEY") or None
        for name in ("port", "max_upload_bytes", "max_inflight", "max_batch", "retry_after_s", "remote_image_max_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < (0 if name == "port" else 1):
                raise ConfigError(name, f"must be a positive integer, got {value!r}")
        for name in ("read_timeout_s", "remote_image_timeout_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 3600:
                raise ConfigError(name, f"must be a number of seconds in (0, 3600], got {value!r}")
        if not isinstance(self.model_name, str) or not MODEL_NAME.fullmatch(self.model_name):
            raise ConfigError("model_name", f"must be 1-64 letters, digits or ._:/- characters, got {self.model_name!r}")
        self.cors_origins = tuple(self.cors_origins)
        if isinstance(self.remote_image_hosts, str):
            self.remote_image_hosts = (self.remote_image_hosts,)
        hosts = []
        for host in self.remote_image_hosts:
            if not isinstance(host, str) or not HOST.fullmatch(host.strip().lower()):
                raise ConfigError("remote_image_hosts", f"entries are host names or host:port (no scheme, no path), "
                                  f"got {host!r}")
            hosts.append(host.strip().lower())
        self.remote_image_hosts = tuple(hosts)
