"""Turn whatever a user passes as a frame into an RGB ``uint8`` array (H, W, 3).

Accepted inputs: numpy arrays (H×W, H×W×1, H×W×3, H×W×4; uint8, uint16, bool or float in
[0, 1]), PIL images in any mode, ``str``/``Path`` of an image file, raw encoded bytes, and
torch tensors (C×H×W, 1×C×H×W, H×W or H×W×C; float in [0, 1] or uint8). Numpy frames with
3 or 4 channels are read in the configured ``color_order``: OpenCV gives BGR. Transparent
pixels are composited over white.

:func:`prepare_frame` is cheap: it checks the input and computes its content digest (the
cache key), but decodes files and converts pixels only when :meth:`PreparedFrame.rgb` is
called — so a cache hit never pays for decoding.

Hardening for untrusted input:

* Encoded images are opened only as one of :data:`RASTER_FORMATS` (PNG, JPEG, GIF, WebP, BMP,
  TIFF, PPM/PGM/PBM, ICO); anything else — PostScript/EPS above all, which Pillow would hand
  to Ghostscript — is a :class:`NotAnImageError` before a byte of it is interpreted.
* ``max_image_pixels`` refuses a declared size before decoding (decompression bombs).
* The pixels every later stage works on are capped at :data:`MAX_WORK_PIXELS` (and
  :data:`MAX_WORK_SIDE`): JPEGs are decoded at 1/2, 1/4 or 1/8 scale by the decoder itself,
  everything else is reduced strip by strip right after decoding, so a 9000×9000 PNG costs
  one buffer of its decoded pixels, not several converted copies of it.
* The EXIF orientation of files and bytes is applied, so a phone photo is analysed upright.
* Every failure is a :class:`~pixel_llm.errors.PixelLLMError` subclass; warnings the decoders
  raise are logged at DEBUG, never printed.
"""

from __future__ import annotations

import ctypes
import io
import logging
import math
import os
import stat
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import cv2
import numpy as np
import xxhash
from PIL import Image, ImageFile, UnidentifiedImageError

from .errors import (
    CorruptImageError,
    EmptyImageError,
    FrameFormatError,
    ImageError,
    ImageNotFoundError,
    ImageTooLargeError,
    NotAnImageError,
)

logger = logging.getLogger(__name__)
# Pillow logs some decode failures at ERROR before it raises (we raise a typed error for them).
# An application that configured no logging would get those on stderr through logging's
# last-resort handler; a NullHandler on Pillow's logger stops that, and applications that do
# configure logging still receive the records.
logging.getLogger("PIL").addHandler(logging.NullHandler())

_FLOAT_KINDS = "f"
_ARRAY_CHANNELS = (1, 3, 4)

RASTER_FORMATS = ("PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF", "PPM", "ICO")
"""Pillow formats an encoded image may be opened as. Formats that run external programs
(EPS/PostScript → Ghostscript) or exotic decoders are not tried at all."""

MAX_WORK_PIXELS = 3840 * 2160
"""Most pixels a decoded frame keeps: larger frames are scaled down (area average) before any
analysis. Screens up to 4K (3840×2160) are kept as they are."""
MAX_WORK_SIDE = 8192
"""Longest side a decoded frame keeps (for very thin frames, which the pixel cap alone lets through)."""

_STRIP_PIXELS = 1 << 20  # rows converted at a time when reducing a large frame
# What Pillow raises on damaged data, besides OSError/SyntaxError (it has no common base class).
_DECODER_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError, KeyError, TypeError,
                   ZeroDivisionError, AttributeError, AssertionError, RecursionError)
# Formats whose (lazy) loading runs an external program; a PIL image of one is not loaded here.
_EXTERNAL_PROGRAM_FORMATS = ("EPS", "PS")
_ORIENTATION = 0x0112
_TRANSPOSE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass
class PreparedFrame:
    """An input that passed the cheap checks: its digest, and how to get its pixels."""

    digest: str
    source: str
    _load: Callable[[], tuple[np.ndarray, tuple[int, int]]]
    _rgb: np.ndarray | None = None
    size: tuple[int, int] | None = None
    """(width, height) of the frame as given, before any reduction to the working size; known
    at once for arrays, tensors and PIL images, after :meth:`rgb` for files and bytes."""
    area: int | None = None
    """Its number of pixels as given, for scheduling: known at once (from the header for files
    and bytes); None when a header cannot be read (decoding then says why)."""

    def rgb(self) -> np.ndarray:
        """The frame as RGB uint8 (H, W, 3), reduced to at most ``MAX_WORK_PIXELS`` pixels."""
        if self._rgb is None:
            self._rgb, self.size = self._load()
        return self._rgb

    @property
    def decoded(self) -> np.ndarray | None:
        """The pixels if :meth:`rgb` has decoded them already, else None."""
        return self._rgb


def _header_area(data: bytes) -> int | None:
    """Width × height from an image's header, without decoding it; None when unreadable."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(io.BytesIO(data), formats=RASTER_FORMATS) as im:
                return im.width * im.height
        except Exception:  # noqa: BLE001 - any failure: the decoder reports it, typed
            return None


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


def work_size(width: int, height: int, max_work_pixels: int | None = MAX_WORK_PIXELS,
              max_work_side: int = MAX_WORK_SIDE) -> tuple[int, int]:
    """The (width, height) a width×height frame is analysed at: itself when it fits the
    working limits, else scaled down (aspect kept, no side below 1) to fit them."""
    if not max_work_pixels:
        return width, height
    scale = min(1.0, math.sqrt(max_work_pixels / (width * height)), max_work_side / max(width, height))
    if scale >= 1.0:
        return width, height
    return max(1, math.floor(width * scale)), max(1, math.floor(height * scale))


def _reduce(width: int, height: int, target: tuple[int, int], strip_rgb: Callable[[int, int], np.ndarray]) -> np.ndarray:
    """The frame at ``target`` size (area average). It is first reduced by the largest integer
    factor that keeps it at least that big, converting only a strip of rows to RGB at a time,
    so the full-size frame is never copied or converted as a whole; then resized to ``target``."""
    factor = max(1, min(width // target[0], height // target[1]))
    out = np.empty((-(-height // factor), -(-width // factor), 3), np.uint8)
    rows = max(factor, _STRIP_PIXELS // max(width, 1) // factor * factor)
    for top in range(0, height, rows):
        part = strip_rgb(top, min(height, top + rows))
        if factor > 1:
            part = np.asarray(Image.fromarray(part).reduce(factor))
        out[top // factor: top // factor + part.shape[0]] = part
    if (out.shape[1], out.shape[0]) != target:
        out = cv2.resize(out, target, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(out)


_NUMERIC_MODES = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")


def _finite_range(a: np.ndarray) -> tuple[float, float] | None:
    finite = a[np.isfinite(a)]
    return (float(finite.min()), float(finite.max())) if finite.size else None


def _pil_to_rgb(im: Image.Image, value_range: tuple[float, float] | None = None) -> np.ndarray:
    """Any PIL mode → RGB uint8; 16/32-bit and float images are stretched over ``value_range``
    (their own range when not given), transparency is composited over white."""
    if im.mode in _NUMERIC_MODES:
        a = np.asarray(im, dtype=np.float64)
        lo, hi = value_range or _finite_range(a) or (0.0, 0.0)
        a = np.nan_to_num(a, nan=lo, posinf=hi, neginf=lo)
        a = np.clip((a - lo) / (hi - lo) * 255, 0, 255) if hi > lo else np.zeros_like(a)
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


def _pil_frame_to_rgb(im: Image.Image, max_work_pixels: int | None) -> np.ndarray:
    width, height = im.size
    target = work_size(width, height, max_work_pixels)
    if target == (width, height):
        return _pil_to_rgb(im)
    value_range = None
    if im.mode in _NUMERIC_MODES:  # one stretch for the whole frame, not one per strip
        ranges = [r for top in range(0, height, 256)
                  if (r := _finite_range(np.asarray(im.crop((0, top, width, min(height, top + 256))),
                                                    dtype=np.float64))) is not None]
        value_range = (min(r[0] for r in ranges), max(r[1] for r in ranges)) if ranges else (0.0, 0.0)
    return _reduce(width, height, target, lambda top, bottom: _pil_to_rgb(im.crop((0, top, width, bottom)), value_range))


_libtiff_silenced = False


def _silence_libtiff() -> None:
    """libtiff prints its error messages to stderr itself (Pillow does not route them, and it
    raises an exception for each anyway); pixel-llm never prints, so before the first TIFF is
    decoded libtiff's process-wide error handler is switched off. Linux only (where the loaded
    libtiff can be found in /proc/self/maps); elsewhere nothing changes."""
    global _libtiff_silenced
    if _libtiff_silenced:
        return
    _libtiff_silenced = True
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split(None, 5)[5].strip() for line in maps
                     if "libtiff" in line.rsplit("/", 1)[-1] and line.count(" ") >= 5}
        for path in paths:
            setter = ctypes.CDLL(path).TIFFSetErrorHandler
            setter.restype = ctypes.c_void_p
            setter.argtypes = [ctypes.c_void_p]
            setter(None)
            logger.debug("libtiff error messages switched off in %s (decode errors are still raised)", path)
    except (OSError, AttributeError, IndexError) as exc:
        logger.debug("libtiff error messages could not be switched off: %s", exc)


def _orientation(im: Image.Image, source: str) -> int:
    """The EXIF orientation (1-8) of a decoded file; 1 when there is none or it cannot be read."""
    try:
        value = im.getexif().get(_ORIENTATION, 1)
    except _DECODER_ERRORS as exc:  # damaged EXIF only means: no orientation
        logger.debug("%s: EXIF data could not be read (%s); orientation ignored", source, exc)
        return 1
    return value if isinstance(value, int) and value in _TRANSPOSE_FOR_ORIENTATION else 1


def _decode(data: bytes, max_pixels: int, source: str,
            max_work_pixels: int | None) -> tuple[np.ndarray, tuple[int, int]]:
    if not data:
        raise NotAnImageError(f"{source}: empty data is not an image")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            im = Image.open(io.BytesIO(data), formats=RASTER_FORMATS)
            size = im.size
            _check_size(*size, max_pixels)
            if im.format == "TIFF":
                _silence_libtiff()
            target = work_size(*size, max_work_pixels)
            if target != size and im.format in ("JPEG", "MPO"):
                # the JPEG decoder scales by 1/2, 1/4 or 1/8 itself (never below the target size):
                # a large photo is never in memory at full size
                im.draft(None, target)
            im.load()
            orientation = _orientation(im, source)
            rgb = _pil_frame_to_rgb(im, max_work_pixels)
        except UnidentifiedImageError as exc:
            raise NotAnImageError(
                f"{source}: not an image in a format pixel-llm reads ({', '.join(RASTER_FORMATS)})") from exc
        except Image.DecompressionBombError as exc:
            raise ImageTooLargeError(
                f"{source}: more pixels than max_image_pixels={max_pixels} allows ({exc})") from exc
        except ImageError:
            raise
        except MemoryError as exc:
            raise ImageTooLargeError(f"{source}: not enough memory to decode this image") from exc
        except _DECODER_ERRORS as exc:
            raise CorruptImageError(f"{source}: image data is truncated or corrupt ({exc})") from exc
    for w in caught:
        logger.debug("%s: %s: %s", source, w.category.__name__, w.message)
    if orientation != 1:
        rgb = np.ascontiguousarray(np.asarray(Image.fromarray(rgb).transpose(_TRANSPOSE_FOR_ORIENTATION[orientation])))
        if orientation >= 5:  # turned by 90°: the upright frame is as wide as the stored one is high
            size = (size[1], size[0])
    return rgb, size


def decode_bytes(data: bytes, max_pixels: int, source: str = "bytes",
                 max_work_pixels: int | None = MAX_WORK_PIXELS) -> np.ndarray:
    """Decode an encoded raster image (one of ``RASTER_FORMATS``) to RGB, upright (EXIF
    orientation applied) and reduced to ``max_work_pixels``, with typed errors."""
    return _decode(data, max_pixels, source, max_work_pixels)[0]


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


def _array_frame_to_rgb(a: np.ndarray, color_order: str, max_work_pixels: int | None) -> np.ndarray:
    height, width = a.shape[:2]
    target = work_size(width, height, max_work_pixels)
    if target == (width, height):
        return _array_to_rgb(a, color_order)
    return _reduce(width, height, target, lambda top, bottom: _array_to_rgb(a[top:bottom], color_order))


def _check_array(a: np.ndarray, what: str, max_pixels: int) -> None:
    ok_dtype = a.dtype in (np.uint8, np.uint16, np.bool_) or a.dtype.kind in _FLOAT_KINDS
    if not ok_dtype:
        raise FrameFormatError(f"{what} has dtype {a.dtype}; use uint8, uint16, bool or float in [0, 1]")
    if a.ndim not in (2, 3) or (a.ndim == 3 and a.shape[2] not in _ARRAY_CHANNELS):
        raise FrameFormatError(f"{what} has shape {a.shape}; expected (H, W), (H, W, 1), (H, W, 3) or (H, W, 4)")
    _check_size(a.shape[1], a.shape[0], max_pixels)


def _tensor_to_array(t: Any, max_pixels: int) -> np.ndarray:
    """A dense torch tensor → numpy (H, W[, C]); sparse, meta, quantized or otherwise unreadable
    tensors are a :class:`FrameFormatError`, and the size is checked before any copy."""
    import torch

    try:
        what = f"tensor of shape {tuple(t.shape)}"
    except (RuntimeError, TypeError, ValueError, NotImplementedError) as exc:  # nested tensors have no shape
        raise FrameFormatError(f"a {type(t).__name__} without a regular shape cannot be a frame ({exc})") from exc
    if t.layout != torch.strided:
        raise FrameFormatError(f"{what} has layout {t.layout}; pass a dense tensor (tensor.to_dense())")
    if t.device.type == "meta":
        raise FrameFormatError(f"{what} is on the 'meta' device and holds no pixel data")
    if t.is_quantized or t.is_complex():
        raise FrameFormatError(f"{what} has dtype {t.dtype}; use uint8, or float in [0, 1]")
    try:
        t = t.detach()
        if t.ndim == 4 and t.shape[0] == 1:
            t = t[0]
        if t.ndim == 3 and t.shape[0] in _ARRAY_CHANNELS:
            t = t.permute(1, 2, 0)  # torch convention: channels first
        if t.ndim in (2, 3):
            _check_size(t.shape[1], t.shape[0], max_pixels)
        if t.is_floating_point():
            t = t.float()
        return t.cpu().numpy()
    except ImageError:
        raise
    except (RuntimeError, TypeError, ValueError, NotImplementedError) as exc:
        raise FrameFormatError(f"{what} ({t.dtype} on {t.device}) cannot be read as pixels: {exc}") from exc


def _read_file(path: Path, max_pixels: int) -> bytes:
    """The bytes of a regular file. Pipes, devices and sockets are refused without blocking
    (``O_NONBLOCK``), so a FIFO or /dev/zero in a watched folder cannot hang or fill memory."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise ImageNotFoundError(f"no such image file: {path}") from exc
    except IsADirectoryError as exc:
        raise NotAnImageError(f"{path} is a directory, not an image file") from exc
    except ValueError as exc:  # "embedded null byte": no file can have this name
        raise ImageNotFoundError(f"no such image file: {str(path)!r} (a path cannot contain a NUL byte)") from exc
    except OSError as exc:
        raise ImageNotFoundError(f"cannot read {path}: {exc}") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise NotAnImageError(f"{path} is a directory, not an image file")
        if not stat.S_ISREG(info.st_mode):
            raise NotAnImageError(f"{path} is not a regular file (a pipe, device or socket), not an image file")
        limit = max_pixels * 16 + (1 << 20)  # 16 bytes/pixel: float RGBA, uncompressed, and room for metadata
        if info.st_size > limit:
            raise ImageTooLargeError(
                f"{path} is {info.st_size} bytes, more than an image of max_image_pixels={max_pixels} can need")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read()
    except OSError as exc:
        raise ImageNotFoundError(f"cannot read {path}: {exc}") from exc
    finally:
        os.close(fd)


def _load_pil(frame: Image.Image, max_work_pixels: int | None) -> tuple[np.ndarray, tuple[int, int]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            rgb = _pil_frame_to_rgb(frame, max_work_pixels)
        except ImageError:
            raise
        except _DECODER_ERRORS as exc:
            raise CorruptImageError(f"PIL image in mode {frame.mode} could not be converted to RGB: {exc}") from exc
    for w in caught:
        logger.debug("PIL image: %s: %s", w.category.__name__, w.message)
    return rgb, frame.size


def prepare_frame(frame: Any, *, color_order: str = "rgb", max_pixels: int = 89_478_485,
                  max_work_pixels: int | None = MAX_WORK_PIXELS) -> PreparedFrame:
    """Check ``frame`` and compute its digest; decoding waits until ``.rgb()``.

    ``max_pixels`` refuses larger inputs (:class:`ImageTooLargeError`); ``max_work_pixels``
    is the most pixels ``.rgb()`` returns (larger frames are reduced; ``None``: full size).
    """
    if isinstance(frame, PreparedFrame):
        return frame
    if isinstance(frame, (str, os.PathLike)):
        path = Path(frame)
        data = _read_file(path, max_pixels)
        return PreparedFrame(_digest("file", data), str(path),
                             lambda: _decode(data, max_pixels, str(path), max_work_pixels), area=_header_area(data))
    if isinstance(frame, (bytes, bytearray, memoryview)):
        data = bytes(frame)
        return PreparedFrame(_digest("file", data), "bytes", lambda: _decode(data, max_pixels, "bytes", max_work_pixels),
                             area=_header_area(data))
    if isinstance(frame, Image.Image):
        if frame.format in _EXTERNAL_PROGRAM_FORMATS and isinstance(frame, ImageFile.ImageFile) and frame.tile:
            raise NotAnImageError(
                f"PIL image of a {frame.format} file that is not loaded yet: loading it runs PostScript through "
                "Ghostscript, which pixel-llm never does; call image.load() yourself if you trust the file")
        _check_size(frame.width, frame.height, max_pixels)
        try:
            raw = frame.tobytes()
        except _DECODER_ERRORS as exc:
            raise CorruptImageError(f"PIL image could not be read: {exc}") from exc
        return PreparedFrame(_digest("pil", frame.mode, frame.size, raw), "PIL image",
                             lambda: _load_pil(frame, max_work_pixels), size=frame.size, area=frame.width * frame.height)
    if type(frame).__module__.startswith("torch") and hasattr(frame, "detach"):
        a = _tensor_to_array(frame, max_pixels)
        _check_array(a, f"tensor of shape {tuple(frame.shape)}", max_pixels)
        size = (a.shape[1], a.shape[0])
        return PreparedFrame(_digest("array", a.dtype.str, a.shape, np.ascontiguousarray(a)), "tensor",
                             lambda: (_array_frame_to_rgb(a, "rgb", max_work_pixels), size), size=size, area=size[0] * size[1])
    if isinstance(frame, np.ndarray):
        _check_array(frame, f"array of shape {frame.shape}", max_pixels)
        a = np.ascontiguousarray(frame)
        order = color_order if a.ndim == 3 and a.shape[2] >= 3 else "rgb"
        size = (a.shape[1], a.shape[0])
        return PreparedFrame(_digest("array", a.dtype.str, a.shape, order, a), "array",
                             lambda: (_array_frame_to_rgb(a, order, max_work_pixels), size), size=size, area=size[0] * size[1])
    raise FrameFormatError(
        f"cannot caption a {type(frame).__name__}; pass a numpy array, PIL image, path, bytes or torch tensor"
    )


def load_rgb(frame: Any, *, color_order: str = "rgb", max_pixels: int = 89_478_485,
             max_work_pixels: int | None = MAX_WORK_PIXELS) -> np.ndarray:
    """Decode ``frame`` to an RGB uint8 array right away (reduced to ``max_work_pixels``)."""
    return prepare_frame(frame, color_order=color_order, max_pixels=max_pixels,
                         max_work_pixels=max_work_pixels).rgb()
