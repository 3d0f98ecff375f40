"""Device resolution: what the config asks for versus what this machine has."""

from __future__ import annotations

import logging
import os
import platform
import sys

from .runtime import warn_once

logger = logging.getLogger(__name__)


def _torch():
    try:
        import torch
    except ImportError:  # pragma: no cover - torch is a dependency
        return None
    return torch


def _accelerator_possible() -> bool:
    """Cheap check before importing torch (hundreds of MB): is there a GPU driver at all?"""
    if "torch" in sys.modules or sys.platform == "win32":
        return True
    if sys.platform == "darwin":
        return platform.machine() == "arm64"
    return any(os.path.exists(p) for p in ("/proc/driver/nvidia/version", "/dev/nvidiactl", "/dev/dxg", "/dev/kfd"))


def resolve_device(requested: str) -> str:
    """Return 'cuda[:N]', 'mps' or 'cpu'. An unavailable accelerator falls back to the CPU
    with one warning per process (per requested device)."""
    kind = requested.split(":", 1)[0]
    if kind == "cpu":
        return "cpu"
    torch = _torch() if _accelerator_possible() else None
    cuda = bool(torch is not None and torch.cuda.is_available())
    mps = bool(torch is not None and getattr(torch.backends, "mps", None) and torch.backends.mps.is_available())
    if kind == "auto":
        return "cuda" if cuda else "mps" if mps else "cpu"
    if kind == "cuda" and cuda:
        index = int(requested.split(":")[1]) if ":" in requested else 0
        if index < torch.cuda.device_count():
            return requested
    if kind == "mps" and mps:
        return "mps"
    warn_once(logger, ("device", requested), "device %r is not available on this machine; running on the CPU instead",
              requested)
    return "cpu"
