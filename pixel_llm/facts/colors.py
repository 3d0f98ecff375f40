"""Colour names for pixels, and the dominant colours of a frame."""

from __future__ import annotations

import itertools

import numpy as np

from .model import ColorFact

MIN_FRACTION = 0.08
SURE_MARGIN = 8
"""A colour is named only when every colour within this many levels of it (in each channel)
has the same name, or at least a chromatic one (two neighbouring hues are one family): JPEG
and scaling move a flat fill by a few levels, and a shade on the border between grey, white,
black and a colour (Tk's face, 217 grey, between gray and white) would be named one way in
one copy of a frame and the other way in the next."""
FLAT_GROUP = 0.6
"""A named group of pixels whose share within ``SURE_MARGIN`` of its mean is at least this is
one flat shade (a fill, not a spread of photo colours): it is named by the sure rule."""


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


NAMES = ("gray", "red", "orange", "yellow", "green", "teal", "blue", "purple", "pink", "brown", "black", "white")
_HUES = ((15, 1), (40, 2), (70, 3), (165, 4), (195, 5), (255, 6), (290, 7), (340, 8), (361, 1))


def color_codes(rgb: np.ndarray) -> np.ndarray:
    """Index into ``NAMES`` for each colour of an (..., 3) uint8 array."""
    h, s, v = _hsv(rgb)
    codes = np.zeros(h.shape, dtype=np.uint8)
    chroma = (s >= 0.2) & (v >= 0.2)
    lower = 0.0
    for upper, code in _HUES:
        codes[chroma & (h >= lower) & (h < upper)] = code
        lower = upper
    codes[chroma & (h >= 8) & (h < 45) & (v < 0.65)] = 9
    codes[(~chroma & (v < 0.2)) | (v < 0.12)] = 10
    codes[~chroma & (v > 0.85) & (s < 0.12)] = 11
    return codes


def color_names(rgb: np.ndarray) -> np.ndarray:
    """Name each colour of an (..., 3) uint8 array: black, white, gray, red, orange, brown,
    yellow, green, teal, blue, purple, pink."""
    return np.array(NAMES, dtype=object)[color_codes(rgb)]


def color_name(rgb: tuple[int, int, int]) -> str:
    return str(color_names(np.array(rgb, dtype=np.uint8).reshape(1, 3))[0])


ACHROMATIC = np.array([NAMES.index(n) for n in ("gray", "black", "white")])
_NEAR = np.array(list(itertools.product((-SURE_MARGIN, 0, SURE_MARGIN), repeat=3)), np.int16)


def sure_color_names(colors) -> list[str | None]:
    """The name of each colour of an (n, 3) array when it is not borderline (see
    ``SURE_MARGIN``), else None: the one colour-naming rule for a flat fill, used alike for
    shapes, backgrounds and the colour count, so that no two of them name a shade differently."""
    base = np.asarray(colors, np.float32).round().astype(np.int16).reshape(-1, 1, 3)
    codes = color_codes(np.clip(base + _NEAR[None], 0, 255).astype(np.uint8))
    same = (codes == codes[:, :1]).all(axis=1)
    # between two hues ("teal" or "blue" for a sky blue) either name is the colour's family;
    # between grey, white, black and a colour (Tk's 217 face, a blue-grey slate) it is not
    hues = ~np.isin(codes, ACHROMATIC).any(axis=1)
    return [NAMES[int(c)] if ok else None for c, ok in zip(codes[:, 0], same | hues)]


def sure_color_name(rgb) -> str | None:
    """:func:`sure_color_names` of one colour."""
    return sure_color_names(rgb)[0]


def dominant_colors(small_rgb: np.ndarray, min_fraction: float = MIN_FRACTION, limit: int = 4) -> list[ColorFact]:
    """Named colours covering at least ``min_fraction`` of a (small) image, largest first."""
    pixels = small_rgb.reshape(-1, 3)
    codes = color_codes(pixels)
    counts = np.bincount(codes, minlength=len(NAMES))
    top = [c for c in np.argsort(-counts, kind="stable")[:limit] if counts[c] / len(pixels) >= min_fraction]
    groups = [pixels[codes == c] for c in top]
    means = [g.mean(axis=0) for g in groups]
    sure = sure_color_names(np.array(means)) if means else []
    out = []
    for code, group, mean, name in zip(top, groups, means, sure):
        if name is None and np.mean(np.abs(group.astype(np.float32) - mean).max(axis=1) <= SURE_MARGIN) >= FLAT_GROUP:
            continue  # one flat shade on the border between two names: not named (see SURE_MARGIN)
        out.append(ColorFact(NAMES[code], round(float(counts[code] / len(pixels)), 3), tuple(int(x) for x in mean)))
    return out


def is_grayscale(small_rgb: np.ndarray) -> bool:
    a = small_rgb.astype(np.int16)
    spread = np.abs(a[..., 0] - a[..., 1]) + np.abs(a[..., 1] - a[..., 2])
    return bool(np.percentile(spread, 99) <= 12)
