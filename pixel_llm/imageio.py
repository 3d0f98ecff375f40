"""Turn whatever a user passes as a frame into an RGB ``uint8`` array (H, W, 3).

Accepted inputs: numpy arrays (H×W, H×W×1, H×W×3, H×W×4; uint8, uint16, bool or float in
[0, 1]), PIL images in any mode, ``str``/``Path`` of an image file, raw encoded bytes, and
torch tensors (C×H×W, 1×C×H×W, H×W or H×W×C; float in [0, 1] or uint8). Numpy frames with
3 or 4 channels are read in the configured ``color_order``: OpenCV gives BGR. Transparent
pixels are composited over white.

:func:`prepare_frame` is cheap: it checks the input and computes its content digest (the
cache key), but decodes files and converts pixels only when :meth:`PreparedFrame.rgb` is
called — so a cache hit never pays for decoding.
"""

from __future__ import annotations

import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
import xxhash
from PIL import Image, UnidentifiedImageError

from .errors import (
    CorruptImageError,
    EmptyImageError,
    FrameFormatError,
    ImageNotFoundError,
    ImageTooLargeError,
    NotAnImageError,
)

_FLOAT_KINDS = "f"
_ARRAY_CHANNELS = (1, 3, 4)


@dataclass
class PreparedFrame:
    """An input that passed the cheap checks: its digest, and how to get its pixels."""

    digest: str
    source: str
    _load: Callable[[], np.ndarray]
    _rgb: np.ndarray | None = None

    def rgb(self) -> np.ndarray:
        if self._rgb is None:
            self._rgb = self._load()
        return self._rgb

    @property
    def decoded(self) -> np.ndarray | None:
        """The pixels if :meth:`rgb` has decoded them already, else None."""
        return self._rgb


def _digest(*parts: Any) -> str:
    h = xxhash.xxh3_128()
    for p in parts:
        if isinstance(p, (bytes, bytearray, memoryview, np.ndarray)):
            h.update(p)
        else:
            h.update(repr(p).encode())
        h.update(b"\x00")
    return h.hexdigest()


def _check_size(width: int, height: int, max_pixels: int) -> None:
    if width <= 0 or height <= 0:
        raise EmptyImageError(f"image has zero size ({width}x{height})")
    if width * height > max_pixels:
        raise ImageTooLargeError(
            f"image is {width}x{height} = {width * height} pixels, more than max_image_pixels={max_pixels}"
        )


def _pil_to_rgb(im: Image.Image) -> np.ndarray:
    if im.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        a = np.asarray(im, dtype=np.float64)
        lo, hi = float(a.min()), float(a.max())
        a = (a - lo) / (hi - lo) * 255 if hi > lo else np.zeros_like(a)
        im = Image.fromarray(a.astype(np.uint8))
    if im.mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
    if im.mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        im = im.convert("RGBA")
        background = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(background, im)
    if im.mode != "RGB":
        im = im.convert("RGB")
    return np.ascontiguousarray(np.asarray(im))


def decode_bytes(data: bytes, max_pixels: int, source: str = "bytes") -> np.ndarray:
    """Decode an encoded image (PNG, JPEG, ...) to RGB, with typed errors."""
    if not data:
        raise NotAnImageError(f"{source}: empty data is not an image")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            _check_size(im.width, im.height, max_pixels)
            im.load()
    except UnidentifiedImageError as exc:
        raise NotAnImageError(f"{source}: not an image format that can be read") from exc
    except Image.DecompressionBombError as exc:
        raise ImageTooLargeError(f"{source}: more pixels than max_image_pixels={max_pixels} allows ({exc})") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        if isinstance(exc, (EmptyImageError, ImageTooLargeError)):
            raise
        raise CorruptImageError(f"{source}: image data is truncated or corrupt ({exc})") from exc
    return _pil_to_rgb(im)


def _array_to_rgb(a: np.ndarray, color_order: str) -> np.ndarray:
    if a.dtype == np.uint8:
        pass
    elif a.dtype == np.bool_:
        a = a.astype(np.uint8) * 255
    elif a.dtype == np.uint16:
        a = (a // 257).astype(np.uint8)
    elif a.dtype.kind in _FLOAT_KINDS:
        a = np.nan_to_num(a.astype(np.float32), nan=0.0, posinf=1.0, neginf=0.0)
        a = (np.clip(a, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
    if a.ndim == 2:
        a = a[:, :, None]
    channels = a.shape[2]
    if channels == 1:
        return np.ascontiguousarray(np.repeat(a, 3, axis=2))
    if color_order == "bgr":
        a = a[:, :, [2, 1, 0, 3][:channels]]
    if channels == 4:
        alpha = a[:, :, 3:4].astype(np.uint16)
        a = ((a[:, :, :3].astype(np.uint16) * alpha + 255 * (255 - alpha) + 127) // 255).astype(np.uint8)
    return np.ascontiguousarray(a)


def _check_array(a: np.ndarray, what: str, max_pixels: int) -> None:
    ok_dtype = a.dtype in (np.uint8, np.uint16, np.bool_) or a.dtype.kind in _FLOAT_KINDS
    if not ok_dtype:
        raise FrameFormatError(f"{what} has dtype {a.dtype}; use uint8, uint16, bool or float in [0, 1]")
    if a.ndim not in (2, 3) or (a.ndim == 3 and a.shape[2] not in _ARRAY_CHANNELS):
        raise FrameFormatError(f"{what} has shape {a.shape}; expected (H, W), (H, W, 1), (H, W, 3) or (H, W, 4)")
    _check_size(a.shape[1], a.shape[0], max_pixels)


def _tensor_to_array(t: Any) -> np.ndarray:
    t = t.detach().cpu()
    if t.ndim == 4 and t.shape[0] == 1:
        t = t[0]
    if t.ndim == 3 and t.shape[0] in _ARRAY_CHANNELS:
        t = t.permute(1, 2, 0)  # torch convention: channels first
    if t.is_floating_point():
        t = t.float()
    return t.numpy()


def prepare_frame(frame: Any, *, color_order: str = "rgb", max_pixels: int = 89_478_485) -> PreparedFrame:
    """Check ``frame`` and compute its digest; decoding waits until ``.rgb()``."""
    if isinstance(frame, PreparedFrame):
        return frame
    if isinstance(frame, (str, os.PathLike)):
        path = Path(frame)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise ImageNotFoundError(f"no such image file: {path}") from exc
        except IsADirectoryError as exc:
            raise NotAnImageError(f"{path} is a directory, not an image file") from exc
        except OSError as exc:
            raise ImageNotFoundError(f"cannot read {path}: {exc}") from exc
        return PreparedFrame(_digest("file", data), str(path), lambda: decode_bytes(data, max_pixels, str(path)))
    if isinstance(frame, (bytes, bytearray, memoryview)):
        data = bytes(frame)
        return PreparedFrame(_digest("file", data), "bytes", lambda: decode_bytes(data, max_pixels))
    if isinstance(frame, Image.Image):
        _check_size(frame.width, frame.height, max_pixels)
        try:
            raw = frame.tobytes()
        except (OSError, SyntaxError, ValueError) as exc:
            raise CorruptImageError(f"PIL image could not be read: {exc}") from exc
        return PreparedFrame(_digest("pil", frame.mode, frame.size, raw), "PIL image", lambda: _pil_to_rgb(frame))
    if type(frame).__module__.startswith("torch") and hasattr(frame, "detach"):
        a = _tensor_to_array(frame)
        _check_array(a, f"tensor of shape {tuple(frame.shape)}", max_pixels)
        return PreparedFrame(_digest("array", a.dtype.str, a.shape, np.ascontiguousarray(a)), "tensor",
                             lambda: _array_to_rgb(a, "rgb"))
    if isinstance(frame, np.ndarray):
        _check_array(frame, f"array of shape {frame.shape}", max_pixels)
        a = np.ascontiguousarray(frame)
        order = color_order if a.ndim == 3 and a.shape[2] >= 3 else "rgb"
        return PreparedFrame(_digest("array", a.dtype.str, a.shape, order, a), "array",
                             lambda: _array_to_rgb(a, order))
    raise FrameFormatError(
        f"cannot caption a {type(frame).__name__}; pass a numpy array, PIL image, path, bytes or torch tensor"
    )


def load_rgb(frame: Any, *, color_order: str = "rgb", max_pixels: int = 89_478_485) -> np.ndarray:
    """Decode ``frame`` to an RGB uint8 array right away."""
    return prepare_frame(frame, color_order=color_order, max_pixels=max_pixels).rgb()
