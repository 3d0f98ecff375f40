"""``quick_caption``: one call, no lifecycle to manage.

The integrator behind it is created on first use for each distinct set of arguments and
kept for the life of the process, so the models load once, not per call.
"""

from __future__ import annotations

import atexit
import threading
from typing import Any

from .config import CompositorConfig
from .integrator import CompositorIntegrator

_shared: dict[tuple, CompositorIntegrator] = {}
_lock = threading.Lock()


def _integrator(encoder_type: str, device: str, lm_studio_url: str, overrides: dict[str, Any]) -> CompositorIntegrator:
    key = (encoder_type, device, lm_studio_url, tuple(sorted(overrides.items())))
    with _lock:
        integrator = _shared.get(key)
        if integrator is None:
            config = CompositorConfig(encoder_type=encoder_type, device=device, lm_studio_base_url=lm_studio_url,
                                      **overrides)
            integrator = _shared[key] = CompositorIntegrator(config)
        return integrator


async def quick_caption(frame: Any, encoder_type: str = "dinov2", device: str = "cuda",
                        lm_studio_url: str = "http://localhost:1234/v1", **config: Any) -> str:
    """Caption ``frame`` (numpy array, PIL image, path, bytes or tensor) and return the text.

    Extra keyword arguments are :class:`CompositorConfig` fields (``max_length=30``, ...).
    """
    integrator = _integrator(encoder_type, device, lm_studio_url, config)
    return await integrator.caption_frame(frame)


def _close_all() -> None:
    with _lock:
        for integrator in _shared.values():
            integrator.shutdown_sync()
        _shared.clear()


atexit.register(_close_all)
