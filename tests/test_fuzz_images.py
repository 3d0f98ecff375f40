"""Seeded, bounded fuzzing of image decoding.

Small valid images in every format pixel-llm reads (and EPS, which it must refuse) are mutated —
bit flips, interesting byte values, 16/32-bit size fields set to extremes, truncation, inserted,
deleted and duplicated runs, splices of two files — and sent through
``prepare_frame(...).rgb()``; some go through a real integrator's ``caption_batch`` too. Only
:class:`~pixel_llm.errors.PixelLLMError` subclasses may come out, each case within a time bound,
and nothing may be printed (no escaping warning, no decoder library writing to stderr). The run is deterministic for a seed: a failure names the case, and
``python benchmarks/fuzz_images.py COUNT --seed S`` replays a longer run.

``PIXEL_LLM_FUZZ_CASES`` and ``PIXEL_LLM_FUZZ_SEED`` change the size and seed of the CI run.
"""

from __future__ import annotations

import faulthandler
import io
import os
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterator

import numpy as np
from PIL import Image, ImageDraw

from pixel_llm.errors import PixelLLMError
from pixel_llm.imageio import prepare_frame

FUZZ_CASES = int(os.environ.get("PIXEL_LLM_FUZZ_CASES", "2000"))
FUZZ_SEED = int(os.environ.get("PIXEL_LLM_FUZZ_SEED", "1729"))
FUZZ_MAX_PIXELS = 16_000_000  # a mutated size field may declare anything; keep each allocation modest
CASE_LIMIT_S = 10.0  # generous: a case takes milliseconds; this catches hangs and blow-ups
WATCHDOG_S = 120.0  # a decoder stuck in C cannot be interrupted: dump the stacks and exit instead

_INTERESTING_BYTES = (0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF)
_INTERESTING_INTS = (0, 1, 2, 0x7F, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 30_000, 65_500,
                     0x7FFFFFFF, 0x80000000, 0xFFFFFFFF)


def _base_image() -> Image.Image:
    a = np.zeros((32, 48, 3), np.uint8)
    a[..., 0] = np.linspace(0, 255, 48, dtype=np.uint8)[None, :]
    a[..., 1] = np.linspace(0, 255, 32, dtype=np.uint8)[:, None]
    im = Image.fromarray(a)
    draw = ImageDraw.Draw(im)
    draw.rectangle([8, 8, 24, 20], fill=(255, 0, 0))
    draw.ellipse([28, 6, 44, 22], fill=(0, 0, 255))
    return im


def _encode(im: Image.Image, fmt: str, **params) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()


def seed_files() -> dict[str, bytes]:
    """Valid small files, one per format and encoder variant, that the mutators start from."""
    im = _base_image()
    rgba = im.convert("RGBA")
    rgba.putalpha(Image.linear_gradient("L").resize(im.size))
    exif = Image.Exif()
    exif[0x0112] = 6
    second = im.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    gray16 = Image.fromarray((np.asarray(im.convert("L"), dtype=np.uint16) * 257).astype(np.uint16))
    return {
        "png-rgb": _encode(im, "PNG"),
        "png-rgba": _encode(rgba, "PNG"),
        "png-palette": _encode(im.convert("P", palette=Image.Palette.ADAPTIVE, colors=16), "PNG", transparency=0),
        "png-16bit": _encode(gray16, "PNG"),
        "png-exif": _encode(im, "PNG", exif=exif.tobytes()),
        "jpeg": _encode(im, "JPEG", quality=90),
        "jpeg-progressive": _encode(im, "JPEG", progressive=True, quality=80),
        "jpeg-exif": _encode(im, "JPEG", exif=exif.tobytes()),
        "jpeg-cmyk": _encode(im.convert("CMYK"), "JPEG"),
        "jpeg-gray": _encode(im.convert("L"), "JPEG"),
        "gif-animated": _encode(im.convert("P"), "GIF", save_all=True, append_images=[second.convert("P")],
                                duration=50, loop=0),
        "webp-lossy": _encode(im, "WEBP", quality=60),
        "webp-lossless-alpha": _encode(rgba, "WEBP", lossless=True),
        "tiff-raw": _encode(im, "TIFF"),
        "tiff-lzw": _encode(im, "TIFF", compression="tiff_lzw"),
        "tiff-deflate-rgba": _encode(rgba, "TIFF", compression="tiff_adobe_deflate"),
        "tiff-float": _encode(im.convert("F"), "TIFF"),
        "tiff-exif": _encode(im, "TIFF", exif=exif.tobytes()),
        "bmp": _encode(im, "BMP"),
        "bmp-palette": _encode(im.convert("P"), "BMP"),
        "ico": _encode(im, "ICO", sizes=[(32, 32), (16, 16)]),
        "ppm": _encode(im, "PPM"),
        "pgm": _encode(im.convert("L"), "PPM"),
        "eps-loop": b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n%%EndComments\n{ } loop\n%%EOF\n",
        "eps-image": _encode(im, "EPS"),
    }


def _flip_bits(data: bytearray, rng: np.random.Generator) -> None:
    for _ in range(int(rng.integers(1, 9))):
        i = int(rng.integers(len(data)))
        data[i] ^= 1 << int(rng.integers(8))


def _interesting_bytes(data: bytearray, rng: np.random.Generator) -> None:
    for _ in range(int(rng.integers(1, 5))):
        data[int(rng.integers(len(data)))] = int(rng.choice(_INTERESTING_BYTES))


def _interesting_int(data: bytearray, rng: np.random.Generator) -> None:
    # Size, offset and length fields: most headers sit in the first 64 bytes.
    width = 2 if rng.random() < 0.5 else 4
    value = int(rng.choice(_INTERESTING_INTS)) & ((1 << (8 * width)) - 1)
    end = min(len(data), 64) if rng.random() < 0.7 else len(data)
    if end <= width:
        return
    i = int(rng.integers(end - width))
    data[i:i + width] = value.to_bytes(width, "big" if rng.random() < 0.5 else "little")


def _truncate(data: bytearray, rng: np.random.Generator) -> None:
    del data[int(rng.integers(1, len(data))):]


def _insert(data: bytearray, rng: np.random.Generator) -> None:
    i = int(rng.integers(len(data) + 1))
    data[i:i] = rng.integers(0, 256, int(rng.integers(1, 64)), dtype=np.uint8).tobytes()


def _delete(data: bytearray, rng: np.random.Generator) -> None:
    i = int(rng.integers(len(data)))
    del data[i:i + int(rng.integers(1, 64))]


def _duplicate(data: bytearray, rng: np.random.Generator) -> None:
    i = int(rng.integers(len(data)))
    chunk = data[i:i + int(rng.integers(1, 256))]
    j = int(rng.integers(len(data) + 1))
    data[j:j] = chunk * int(rng.integers(1, 4))


MUTATORS: tuple[Callable[[bytearray, np.random.Generator], None], ...] = (
    _flip_bits, _interesting_bytes, _interesting_int, _interesting_int, _truncate, _insert, _delete, _duplicate)


@dataclass(frozen=True)
class Case:
    index: int
    seed_name: str
    data: bytes


def fuzz_cases(count: int, seed: int = FUZZ_SEED) -> Iterator[Case]:
    """``count`` mutated files, the same for the same seed. Every 16th case is a splice of two
    seeds (one format's header, another's body); the others are one seed with 1-3 mutations."""
    seeds = seed_files()
    names = sorted(seeds)
    rng = np.random.default_rng(seed)
    for index in range(count):
        name = names[index % len(names)]
        data = bytearray(seeds[name])
        if index % 16 == 15:
            other = seeds[names[int(rng.integers(len(names)))]]
            cut = int(rng.integers(1, len(data)))
            data = data[:cut] + other[int(rng.integers(len(other))):]
            name = f"{name}+splice"
        for _ in range(int(rng.integers(1, 4))):
            if len(data) < 2:
                break
            MUTATORS[int(rng.integers(len(MUTATORS)))](data, rng)
        yield Case(index, name, bytes(data))


@dataclass
class FuzzReport:
    outcomes: Counter = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    slow: list[str] = field(default_factory=list)
    eps_decoded: list[str] = field(default_factory=list)
    max_s: float = 0.0
    max_case: str = ""
    times: list[float] = field(default_factory=list)


def run_decode_case(case: Case, report: FuzzReport, max_pixels: int = FUZZ_MAX_PIXELS,
                    limit_s: float = CASE_LIMIT_S) -> None:
    """One case through ``prepare_frame(...).rgb()``; the outcome goes into ``report``."""
    label = f"case {case.index} ({case.seed_name}, {len(case.data)} bytes)"
    t = time.perf_counter()
    try:
        rgb = prepare_frame(case.data, max_pixels=max_pixels).rgb()
    except PixelLLMError as exc:
        report.outcomes[type(exc).__name__] += 1
    except Exception as exc:  # noqa: BLE001 - exactly what the fuzzer looks for
        report.crashes.append(f"{label}: {type(exc).__name__}: {exc}")
    else:
        report.outcomes["decoded"] += 1
        if not (rgb.dtype == np.uint8 and rgb.ndim == 3 and rgb.shape[2] == 3 and rgb.size):
            report.crashes.append(f"{label}: decoded to {rgb.dtype} {rgb.shape}")
        if case.seed_name.startswith("eps"):
            report.eps_decoded.append(label)
    dt = time.perf_counter() - t
    report.times.append(dt)
    if dt > report.max_s:
        report.max_s, report.max_case = dt, label
    if dt > limit_s:
        report.slow.append(f"{label}: {dt:.1f} s")


def test_fuzzed_files_give_only_typed_errors(capfd):
    report = FuzzReport()
    faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)
    try:
        with warnings.catch_warnings(record=True) as escaped:
            warnings.simplefilter("always")
            for case in fuzz_cases(FUZZ_CASES):
                run_decode_case(case, report)
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert not report.crashes, "\n".join(report.crashes[:20])
    assert not report.slow, report.slow
    assert not report.eps_decoded, report.eps_decoded
    assert not escaped, [f"{w.category.__name__}: {w.message}" for w in escaped[:10]]
    out, err = capfd.readouterr()
    assert out == "" and err == "", (out + err)[:2000]  # libtiff, for one, writes its errors to stderr
    # the fuzzer exercises both paths: mutations that still decode, and typed refusals
    assert report.outcomes["decoded"] >= FUZZ_CASES // 20, report.outcomes
    assert report.outcomes["CorruptImageError"] and report.outcomes["NotAnImageError"], report.outcomes


async def test_fuzzed_files_through_a_real_integrator(integrator):
    cases = [c for c in fuzz_cases(FUZZ_CASES) if c.index % 10 == 0]
    faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)
    try:
        for start in range(0, len(cases), 10):
            chunk = cases[start:start + 10]
            t = time.perf_counter()
            out = await integrator.caption_batch([c.data for c in chunk], use_cache=False, return_exceptions=True)
            assert time.perf_counter() - t < CASE_LIMIT_S * len(chunk)
            for case, result in zip(chunk, out):
                assert isinstance(result, (str, PixelLLMError)), (case.index, case.seed_name, repr(result))
                if case.seed_name.startswith("eps"):
                    assert isinstance(result, PixelLLMError), (case.index, result)
    finally:
        faulthandler.cancel_dump_traceback_later()
