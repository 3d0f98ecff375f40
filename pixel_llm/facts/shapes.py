"""Flat shapes and their layout, for flat graphics (drawings, slides, UI): a red square on a
white background. Photos are left alone — a photo is not a set of flat shapes."""

from __future__ import annotations

import math

import cv2
import numpy as np

from .colors import sure_color_name
from .model import ShapeFact

MAX_SIDE = 256
FLAT_COVERAGE = 0.97
FLAT_MAX_COLORS = 12
FLAT_NEIGHBOURS = 0.9
MIN_SHAPE_FRACTION = 0.004
MAX_SHAPES = 6


def small_nearest(rgb: np.ndarray, max_side: int = MAX_SIDE) -> np.ndarray:
    """Downscale by striding (keeps exact colours; no blending at edges)."""
    step = max(1, math.ceil(max(rgb.shape[:2]) / max_side))
    return rgb[::step, ::step]


def _quantized(small: np.ndarray) -> np.ndarray:
    q = (small >> 3).astype(np.int32)
    return (q[..., 0] << 10) | (q[..., 1] << 5) | q[..., 2]


def flat_palette(small: np.ndarray) -> tuple[bool, np.ndarray, np.ndarray, np.ndarray]:
    """(is_flat, codes image, palette codes, their counts) of a strided-down frame."""
    codes = _quantized(small)
    values, counts = np.unique(codes, return_counts=True)
    order = np.argsort(-counts)
    values, counts = values[order], counts[order]
    cumulative = np.cumsum(counts) / codes.size
    needed = int(np.searchsorted(cumulative, FLAT_COVERAGE) + 1)
    if needed > FLAT_MAX_COLORS:
        return False, codes, values[:needed], counts[:needed]
    # Smooth photos (a grey moon) can have few quantised colours too; flat graphics have
    # large runs of identical neighbours.
    pairs = codes[:, 1:].size + codes[1:].size
    if pairs == 0:  # a single pixel has no neighbours: nothing says it is a flat graphic
        return False, codes, values[:needed], counts[:needed]
    same = (np.count_nonzero(codes[:, 1:] == codes[:, :-1]) + np.count_nonzero(codes[1:] == codes[:-1])) / pairs
    return bool(same >= FLAT_NEIGHBOURS), codes, values[:needed], counts[:needed]


def _position(cx: float, cy: float) -> str:
    col = "left" if cx < 1 / 3 else "right" if cx > 2 / 3 else ""
    row = "top" if cy < 1 / 3 else "bottom" if cy > 2 / 3 else ""
    return f"{row} {col}".strip() or "center"


def _classify(contour: np.ndarray, area: float) -> str:
    perimeter = cv2.arcLength(contour, True)
    if perimeter == 0:
        return "shape"
    circularity = 4 * math.pi * area / (perimeter * perimeter)
    (_, _), (w, h), _ = cv2.minAreaRect(contour)
    aspect = min(w, h) / max(w, h) if max(w, h) > 0 else 0
    if aspect < 0.12:
        return "line"
    hull = cv2.contourArea(cv2.convexHull(contour))
    if hull > 0 and area / hull < 0.8:  # concave outlines (a silhouette, a star) are no polygon
        return "shape"
    vertices = len(cv2.approxPolyDP(contour, 0.04 * perimeter, True))
    if vertices == 3:
        return "triangle"
    if vertices == 4 and area / max(w * h, 1) > 0.85:
        return "square" if aspect > 0.9 else "rectangle"
    if circularity > 0.8 and vertices > 4:
        return "circle" if aspect > 0.9 else "ellipse"
    if vertices == 4:
        return "diamond" if aspect > 0.9 else "quadrilateral"
    if vertices in (5, 6):
        return "pentagon" if vertices == 5 else "hexagon"
    if circularity > 0.7:
        return "circle" if aspect > 0.9 else "ellipse"
    return "shape"


MERGE_DISTANCE = 40
"""Palette colours closer than this (largest channel difference) are one colour: JPEG and
scaling spread a flat fill over neighbouring quantised colours."""
ASSIGN_DISTANCE = 48
"""A pixel within this distance of a palette colour belongs to the nearest one (edge pixels
that JPEG ringing or scaling blended)."""


def _denoised(small: np.ndarray, codes: np.ndarray, palette: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes with near-identical palette colours merged and every pixel near a palette colour
    given the nearest one: what a flat graphic was before JPEG or scaling blurred it."""
    means = np.array([small[codes == c].mean(axis=0) for c in palette], np.float32)
    keep: list[int] = []
    rep = np.arange(len(palette))
    for i in range(len(palette)):  # palette is most frequent first: each joins an earlier close one
        near = [k for k in keep if np.abs(means[k] - means[i]).max() <= MERGE_DISTANCE]
        if near:
            rep[i] = near[0]
        else:
            keep.append(i)
    centres = means[keep]
    pixels = small.reshape(-1, 3).astype(np.float32)
    dist = np.abs(pixels[:, None, :] - centres[None, :, :]).max(axis=2)
    nearest = dist.argmin(axis=1)
    close = dist[np.arange(len(pixels)), nearest] <= ASSIGN_DISTANCE
    out = codes.reshape(-1).copy()
    out[close] = palette[keep][nearest[close]]
    return out.reshape(codes.shape), palette[keep]


def find_shapes(small: np.ndarray, codes: np.ndarray, palette: np.ndarray) -> tuple[str | None, list[ShapeFact]]:
    """Background colour name and the shapes drawn over it, largest first. A borderline colour
    (:func:`~.colors.sure_color_name`) is not named: the background is None, a shape's colour
    ''."""
    codes, palette = _denoised(small, codes, palette)
    h, w = codes.shape
    border = np.concatenate([codes[0], codes[-1], codes[:, 0], codes[:, -1]])
    in_palette = np.isin(border, palette)
    values, counts = np.unique(border[in_palette], return_counts=True)
    bg_code = int(values[np.argmax(counts)]) if len(values) else int(palette[0])
    background = sure_color_name(small[codes == bg_code].mean(axis=0))
    shapes: list[ShapeFact] = []
    min_area = max(12.0, MIN_SHAPE_FRACTION * h * w)
    for code in palette:
        if int(code) == bg_code:
            continue
        mask = cv2.morphologyEx((codes == code).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            area = cv2.contourArea(contour) + cv2.arcLength(contour, True) / 2  # pixel area, edges included
            if area < min_area:
                continue
            x, y, bw, bh = cv2.boundingRect(contour)
            rgb = tuple(int(v) for v in small[codes == code].mean(axis=0))
            kind = _classify(contour, cv2.contourArea(contour))
            ink = cv2.countNonZero(mask[y:y + bh, x:x + bw])
            if kind not in ("line", "shape") and ink < 0.5 * area:  # only its outline is drawn
                kind, area = f"{kind} outline", float(ink)
            shapes.append(ShapeFact(
                kind=kind,
                color=sure_color_name(rgb) or "",
                fraction=round(area / (h * w), 4),
                position=_position((x + bw / 2) / w, (y + bh / 2) / h),
                box=(round(x / w, 3), round(y / h, 3), round((x + bw) / w, 3), round((y + bh) / h, 3)),
            ))
    shapes.sort(key=lambda s: -s.fraction)
    return background, shapes[:MAX_SHAPES]
