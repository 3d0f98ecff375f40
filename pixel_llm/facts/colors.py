"""Colour names for pixels, and the dominant colours of a frame."""

from __future__ import annotations

import numpy as np

from .model import ColorFact

MIN_FRACTION = 0.08


def _hsv(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    c = rgb.astype(np.float32) / 255.0
    mx, mn = c.max(axis=-1), c.min(axis=-1)
    delta = mx - mn
    safe = np.where(delta == 0, 1.0, delta)
    r, g, b = c[..., 0], c[..., 1], c[..., 2]
    h = np.where(mx == r, ((g - b) / safe) % 6, np.where(mx == g, (b - r) / safe + 2, (r - g) / safe + 4)) * 60.0
    h = np.where(delta == 0, 0.0, h)
    s = np.where(mx == 0, 0.0, delta / np.where(mx == 0, 1.0, mx))
    return h, s, mx


def color_names(rgb: np.ndarray) -> np.ndarray:
    """Name each colour of an (..., 3) uint8 array: black, white, gray, red, orange, brown,
    yellow, green, teal, blue, purple, pink."""
    h, s, v = _hsv(rgb)
    names = np.full(h.shape, "gray", dtype=object)
    chroma = (s >= 0.2) & (v >= 0.2)
    hue_names = [(15, "red"), (40, "orange"), (70, "yellow"), (165, "green"), (195, "teal"), (255, "blue"),
                 (290, "purple"), (340, "pink"), (361, "red")]
    lower = 0.0
    for upper, name in hue_names:
        names[chroma & (h >= lower) & (h < upper)] = name
        lower = upper
    brown = chroma & (h >= 8) & (h < 45) & (v < 0.65)
    names[brown] = "brown"
    names[~chroma & (v < 0.2)] = "black"
    names[(v < 0.12)] = "black"
    names[~chroma & (v >= 0.2) & (v > 0.85) & (s < 0.12)] = "white"
    return names


def color_name(rgb: tuple[int, int, int]) -> str:
    return str(color_names(np.array(rgb, dtype=np.uint8).reshape(1, 3))[0])


def dominant_colors(small_rgb: np.ndarray, min_fraction: float = MIN_FRACTION, limit: int = 4) -> list[ColorFact]:
    """Named colours covering at least ``min_fraction`` of a (small) image, largest first."""
    pixels = small_rgb.reshape(-1, 3)
    names = color_names(pixels)
    out = []
    unique, counts = np.unique(names, return_counts=True)
    for i in np.argsort(-counts):
        fraction = counts[i] / len(pixels)
        if fraction < min_fraction or len(out) >= limit:
            break
        mean = pixels[names == unique[i]].mean(axis=0)
        out.append(ColorFact(str(unique[i]), round(float(fraction), 3), tuple(int(x) for x in mean)))
    return out


def is_grayscale(small_rgb: np.ndarray) -> bool:
    a = small_rgb.astype(np.int16)
    spread = np.abs(a[..., 0] - a[..., 1]) + np.abs(a[..., 1] - a[..., 2])
    return bool(np.percentile(spread, 99) <= 12)
