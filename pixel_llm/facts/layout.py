"""The geometry of a screen: long straight edges, the rectangles they close (windows, dialogs,
panels), and whether those rectangles float over a desktop background.

Everything here is measured on pixels only, at a working size of at most ``LAYOUT_SIDE``
pixels, and is tolerant of JPEG ringing and scaling: an edge is a step of at least
``EDGE_STEP`` levels in any colour channel between neighbouring pixels, a line is a run of such
steps at least ``min_line`` pixels long (small gaps closed), and a window is a rectangle whose
top edge and at least one side are such lines.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

LAYOUT_SIDE = 1600
"""Longest side the layout is measured at (larger frames are reduced first, area average)."""
EDGE_STEP = 26
"""Smallest step between neighbouring pixels (any channel) that counts as an edge."""
MIN_WINDOW = (0.07, 0.06)
"""Smallest window, as a share of the frame's (width, height)."""
MIN_SIDE_COVER = 0.6
"""A window side must be drawn along at least this share of its length (occluded sides count
where the window above them covers them)."""
DESKTOP_MIN_SHARE = 0.12
"""The desktop (what no window covers) must be at least this share of the frame to call the
rectangles windows on a desktop (a quarter of it when they have title bars)."""
TITLE_BAR_MAX = 0.06
"""A title bar is at most this share of the frame's height (and at most 45 % of its window)."""


@dataclass(frozen=True)
class Segment:
    a: int
    """Start along the line (x for horizontal lines, y for vertical ones)."""
    b: int
    """End along the line (exclusive)."""
    lo: int
    """Start across the line (y for horizontal lines, x for vertical ones): a line drawn
    with some thickness, or blurred, covers ``lo..hi``."""
    hi: int

    @property
    def length(self) -> int:
        return self.b - self.a

    @property
    def at(self) -> int:
        return (self.lo + self.hi) // 2

    def near(self, pos: int, tol: int) -> bool:
        return self.lo - tol <= pos <= self.hi + tol


@dataclass
class Rect:
    x0: int
    y0: int
    x1: int
    y1: int
    title_bottom: int | None = None
    """y of the line under the title bar, when the window has one."""
    sides: float = 0.0
    """How much of the outline is drawn (0..4)."""
    depth: int = 0
    """Stacking order: 0 is in front; a window covered by another has a larger depth."""

    @property
    def w(self) -> int:
        return self.x1 - self.x0

    @property
    def h(self) -> int:
        return self.y1 - self.y0

    @property
    def area(self) -> int:
        return max(0, self.w) * max(0, self.h)

    def contains(self, other: "Rect", tol: int) -> bool:
        return (self.x0 - tol <= other.x0 and self.y0 - tol <= other.y0 and other.x1 <= self.x1 + tol
                and other.y1 <= self.y1 + tol)

    def intersection(self, other: "Rect") -> int:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return max(0, w) * max(0, h)

    def scaled(self, s: float) -> "Rect":
        tb = None if self.title_bottom is None else round(self.title_bottom * s)
        return Rect(round(self.x0 * s), round(self.y0 * s), round(self.x1 * s), round(self.y1 * s), tb, self.sides,
                    self.depth)


@dataclass
class Layout:
    """What the geometry says: rectangles floating over a desktop, or one view filling the frame."""

    width: int
    height: int
    windows: list[Rect] = field(default_factory=list)
    """Top-level rectangles over the desktop (frame coordinates), largest first."""
    desktop: bool = False
    """True when the windows float over a background that no window covers."""
    desktop_share: float = 0.0
    """Share of the frame that no window covers."""
    desktop_rgb: tuple[int, int, int] | None = None
    """Mean colour of the uncovered background, when it is flat."""
    desktop_flat: bool = False
    uniform: bool = False
    """The whole frame is one flat colour."""


def reduce(rgb: np.ndarray, side: int = LAYOUT_SIDE) -> tuple[np.ndarray, float]:
    """The frame at most ``side`` pixels long, and the factor back to the frame's coordinates."""
    h, w = rgb.shape[:2]
    if max(h, w) <= side:
        return rgb, 1.0
    s = side / max(h, w)
    small = cv2.resize(rgb, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA)
    return small, w / small.shape[1]


def edge_maps(rgb: np.ndarray, step: int = EDGE_STEP) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal edges between rows y and y+1, vertical edges between columns x and x+1), as
    uint8 masks (1 = edge) of shapes (H-1, W) and (H, W-1)."""
    dy = _channel_max(cv2.absdiff(rgb[1:], rgb[:-1]))
    dx = _channel_max(cv2.absdiff(rgb[:, 1:], rgb[:, :-1]))
    return (dy >= step).view(np.uint8), (dx >= step).view(np.uint8)


def _channel_max(a: np.ndarray) -> np.ndarray:
    r, g, b = cv2.split(a)
    return cv2.max(cv2.max(r, g), b)


def _runs(mask: np.ndarray, min_len: int, horizontal: bool) -> tuple[list[Segment], np.ndarray]:
    """Straight lines of ``mask`` at least ``min_len`` long; and the mask of them."""
    if horizontal:
        closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((1, 5), np.uint8))
        lines = cv2.morphologyEx(closed, cv2.MORPH_OPEN, np.ones((1, min_len), np.uint8))
        joined = cv2.dilate(lines, np.ones((3, 1), np.uint8))
    else:
        closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 1), np.uint8))
        lines = cv2.morphologyEx(closed, cv2.MORPH_OPEN, np.ones((min_len, 1), np.uint8))
        joined = cv2.dilate(lines, np.ones((1, 3), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out = []
    for x, y, w, h, _ in stats[1:]:
        if horizontal:
            out.append(Segment(int(x), int(x + w), int(y), int(y + h - 1)))
        else:
            out.append(Segment(int(y), int(y + h), int(x), int(x + w - 1)))
    return out, lines


def _uniform(pixels: np.ndarray) -> bool:
    """Are most of these pixels one colour (a window's background beside its border)?"""
    n = len(pixels)
    if n == 0:
        return False
    ref = pixels[n // 2].astype(np.int16)  # a flat side: the middle pixel is its colour; else not flat anyway
    near = np.count_nonzero((np.abs(pixels.astype(np.int16) - ref) <= 24).all(axis=1))
    if near >= 0.85 * n:
        return True
    med = np.median(pixels, axis=0)
    return bool(np.count_nonzero((np.abs(pixels.astype(np.int16) - med) <= 24).all(axis=1)) >= 0.85 * n)


def _clean(rgb: np.ndarray, edges: np.ndarray, seg: Segment, horizontal: bool, gap: int = 3) -> bool:
    """A border is drawn without gaps, or has one flat colour along a side of it; the edges of
    glyphs that happen to line up (a column of text at a small scale) are neither."""
    h, w = rgb.shape[:2]
    if horizontal:
        band = edges[seg.lo:min(seg.hi + 1, edges.shape[0]), seg.a:seg.b]
        if band.size and np.count_nonzero(band, axis=1).max() >= 0.9 * band.shape[1]:
            return True
        rows = (max(0, seg.lo - gap), min(h - 1, seg.hi + gap))
        return any(_uniform(rgb[y, seg.a:seg.b]) for y in rows)
    band = edges[seg.a:seg.b, seg.lo:min(seg.hi + 1, edges.shape[1])]
    if band.size and np.count_nonzero(band, axis=0).max() >= 0.9 * band.shape[0]:
        return True
    cols = (max(0, seg.lo - gap), min(w - 1, seg.hi + gap))
    return any(_uniform(rgb[seg.a:seg.b, x]) for x in cols)


def straight_lines(rgb: np.ndarray, min_len: int):
    """Horizontal and vertical line segments (only those with a flat colour along one side),
    and their masks."""
    hmask, vmask = edge_maps(rgb)
    hs, hl = _runs(hmask, min_len, True)
    vs, vl = _runs(vmask, min_len, False)
    hs = [s for s in hs if _clean(rgb, hmask, s, True)]
    vs = [s for s in vs if _clean(rgb, vmask, s, False)]
    return hs, vs, hl, vl


def _cover(segments: list[Segment], at: int, a: int, b: int, tol: int) -> float:
    """Share of [a, b) covered by segments within ``tol`` of position ``at``."""
    if b <= a:
        return 0.0
    covered = np.zeros(b - a, bool)
    for s in segments:
        if s.near(at, tol) and s.b > a and s.a < b:
            covered[max(s.a, a) - a:min(s.b, b) - a] = True
    return float(covered.mean())


def _rectangles(hs: list[Segment], vs: list[Segment], w: int, h: int, tol: int) -> list[Rect]:
    """Rectangles whose top edge is a horizontal line with a vertical line going down from each
    end (or the frame's edge), the nearest such right side for each left side."""
    min_w, min_h = MIN_WINDOW[0] * w, MIN_WINDOW[1] * h
    rects: list[Rect] = []
    for top in hs:
        if top.length < min_w:
            continue
        # sides starting at this top edge: real vertical lines, or the frame's edges
        starts = [v for v in vs if top.near(v.a, tol) and top.a - tol <= v.at <= top.b + tol
                  and v.b - top.at >= min_h]
        sides = sorted({(v.at, v.b) for v in starts})
        if top.a <= tol:
            sides.insert(0, (0, -1))
        if top.b >= w - 1 - tol:
            sides.append((w - 1, -1))
        for i, (xl, bl) in enumerate(sides):
            for xr, br in sides[i + 1:]:
                if xr - xl < min_w:
                    continue
                if _cover([top], top.at, xl, xr, tol) < 0.85:
                    break
                bottoms = [b for b in (bl, br) if b > 0] or [h - 1]
                rect = _closed(top.at, xl, xr, sorted(bottoms), hs, vs, w, h, tol)
                if rect is not None:
                    rects.append(rect)
                    break  # the nearest right side that closes a rectangle
    return rects


def _closed(y0: int, xl: int, xr: int, bottoms: list[int], hs, vs, w: int, h: int, tol: int) -> Rect | None:
    """The rectangle from top ``y0`` between ``xl`` and ``xr``, with the bottom that is drawn
    best (a side may end early where another window covers it)."""
    for y1 in sorted(set(bottoms + ([h - 1] if max(bottoms) >= h - 1 - tol else [])), reverse=True):
        if y1 - y0 < MIN_WINDOW[1] * h:
            continue
        left = 1.0 if xl == 0 else _cover(vs, xl, y0, y1, tol)
        right = 1.0 if xr == w - 1 else _cover(vs, xr, y0, y1, tol)
        bottom = 1.0 if y1 >= h - 1 - tol else _cover(hs, y1, xl, xr, tol)
        if max(left, right) < MIN_SIDE_COVER:
            continue
        if bottom < 0.25 and min(left, right) < MIN_SIDE_COVER:
            continue
        # the lowest bottom that closes the rectangle: a higher one is usually the top edge
        # of another window covering this one
        return Rect(xl, y0, xr, y1, sides=1.0 + left + right + bottom)
    return None


def _behind(front: list[Rect], hs: list[Segment], vs: list[Segment], w: int, h: int, tol: int) -> list[Rect]:
    """Windows whose top left corner is hidden behind a window in front: a top edge that starts
    at the front window's right side, and a left side that comes out from under its bottom
    edge, further left on the same line."""
    out = []
    min_w, min_h = MIN_WINDOW[0] * w, MIN_WINDOW[1] * h
    for top in hs:
        if top.length < min_w * 0.5:
            continue
        cover = next((f for f in front if abs(top.a - f.x1) <= tol and f.y0 < top.at < f.y1 - tol), None)
        if cover is None:
            continue
        lefts = [v for v in vs if cover.x0 + tol < v.at < top.a - tol and abs(v.a - cover.y1) <= tol]
        if not lefts:
            continue
        left = max(lefts, key=lambda v: v.at)  # the nearest side coming out from under it
        if top.b >= w - 1 - tol:
            right = w - 1
        else:
            sides = [v for v in vs if top.near(v.a, tol) and abs(v.at - top.b) <= tol]
            if not sides:
                continue
            right = sides[0].at
        bottom = left.b if left.b < h - 1 - tol else h - 1
        if right - left.at >= min_w and bottom - top.at >= min_h:
            out.append(Rect(left.at, top.at, right, bottom, sides=2.0))
    return out


def _title_bar(rect: Rect, hs: list[Segment], h: int, tol: int, front: list[Rect] = ()) -> int | None:
    """y of the line under the window's title bar: a line across the whole window (but where a
    window in front hides it) near its top."""
    limit = min(rect.y0 + TITLE_BAR_MAX * h, rect.y0 + 0.45 * rect.h)
    for s in sorted(hs, key=lambda s: s.at):
        if not rect.y0 + 8 <= s.at <= limit:
            continue
        shown = [s] + [Segment(f.x0, f.x1 + 1, s.lo, s.hi) for f in front if f.y0 - tol <= s.at <= f.y1 + tol]
        if _cover(shown, s.at, rect.x0 + tol, rect.x1 - tol, tol) >= 0.9 and \
                _cover([s], s.at, rect.x0 + tol, rect.x1 - tol, tol) >= 0.3:
            return s.at
    return None


def _top_level(rects: list[Rect], tol: int) -> list[Rect]:
    rects = sorted(rects, key=lambda r: -r.area)
    out: list[Rect] = []
    for r in rects:
        if any(o.contains(r, tol) for o in out):
            continue
        out.append(r)
    return out


def _outline_inside(a: Rect, b: Rect, hs: list[Segment], vs: list[Segment], tol: int) -> float:
    """How much of ``a``'s outline that lies inside ``b`` is drawn: high when ``a`` is in front."""
    drawn, total = 0.0, 0
    ya0, ya1 = max(a.y0, b.y0 + tol), min(a.y1, b.y1 - tol)
    xa0, xa1 = max(a.x0, b.x0 + tol), min(a.x1, b.x1 - tol)
    for x in (a.x0, a.x1):
        if b.x0 + tol < x < b.x1 - tol and ya1 > ya0:
            drawn += _cover(vs, x, ya0, ya1, tol) * (ya1 - ya0)
            total += ya1 - ya0
    for y in (a.y0, a.y1):
        if b.y0 + tol < y < b.y1 - tol and xa1 > xa0:
            drawn += _cover(hs, y, xa0, xa1, tol) * (xa1 - xa0)
            total += xa1 - xa0
    return drawn / total if total else -1.0


def _stack(rects: list[Rect], hs: list[Segment], vs: list[Segment], tol: int) -> None:
    """Set each rectangle's ``depth``: of two that overlap, the one whose outline is drawn
    across the other is in front."""
    for r in rects:
        r.depth = 0
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            if not a.intersection(b):
                continue
            in_front_a, in_front_b = _outline_inside(a, b, hs, vs, tol), _outline_inside(b, a, hs, vs, tol)
            if in_front_a > in_front_b:
                b.depth += 1
            elif in_front_b > in_front_a:
                a.depth += 1


def measure_layout(rgb: np.ndarray) -> Layout:
    """Find the windows of a screen frame; see the module docstring."""
    H, W = rgb.shape[:2]
    work, s = reduce(rgb)
    h, w = work.shape[:2]
    layout = Layout(W, H)
    flat_all = int(np.abs(work[::4, ::4].astype(np.int16) - work[0, 0].astype(np.int16)).max()) <= 12
    if flat_all:
        layout.uniform = True
        layout.desktop_share = 1.0
        layout.desktop_rgb = tuple(int(v) for v in work.reshape(-1, 3).mean(axis=0))
        layout.desktop_flat = True
        return layout
    tol = max(3, round(0.004 * max(h, w)))
    min_len = max(24, round(MIN_WINDOW[1] * h * 0.5))
    hs, vs, _, _ = straight_lines(work, min_len)
    rects = _top_level(_rectangles(hs, vs, w, h, tol), tol)
    rects = _top_level(rects + _behind(rects, hs, vs, w, h, tol), tol)
    covered = np.zeros((h, w), bool)
    _stack(rects, hs, vs, tol)
    for r in rects:
        covered[r.y0:r.y1 + 1, r.x0:r.x1 + 1] = True
        r.title_bottom = _title_bar(r, hs, h, tol, [f for f in rects if f.depth < r.depth and f.intersection(r)])
    covered = covered[::4, ::4]
    share = 1.0 - float(covered.mean())
    layout.desktop_share = share
    if share > 0:
        outside = work[::4, ::4][~covered]
        mean = outside.mean(axis=0)
        layout.desktop_rgb = tuple(int(v) for v in mean)
        near = np.abs(outside.astype(np.int16) - mean).max(axis=1) <= 14
        layout.desktop_flat = bool(near.mean() >= 0.9)
    layout.windows = [r.scaled(s) for r in rects]
    titled = any(r.title_bottom is not None for r in rects)  # title bars: windows even on a crowded desktop
    layout.desktop = bool(rects) and (share >= DESKTOP_MIN_SHARE or titled and share >= DESKTOP_MIN_SHARE / 4)
    return layout


def arrangement(rects: list[Rect]) -> str:
    """'side by side', 'one above the other', 'overlapping' or '' for two or more windows."""
    if len(rects) < 2:
        return ""
    overlap = any(a.intersection(b) > 0.02 * min(a.area, b.area) for i, a in enumerate(rects) for b in rects[i + 1:])
    if overlap:
        return "overlapping"
    xs = sorted(rects, key=lambda r: r.x0)
    if all(a.x1 <= b.x0 + 0.02 * a.w for a, b in zip(xs, xs[1:])):
        return "side by side"
    ys = sorted(rects, key=lambda r: r.y0)
    if all(a.y1 <= b.y0 + 0.02 * a.h for a, b in zip(ys, ys[1:])):
        return "one above the other"
    return ""


def position(rect: Rect, width: int, height: int) -> str:
    """Where a window is: 'on the left', 'at the top right', 'in the center', ..."""
    return position_words((rect.x0 + rect.x1) / 2 / width, (rect.y0 + rect.y1) / 2 / height)


def position_words(cx: float, cy: float) -> str:
    """Where a centre at (cx, cy), fractions of the width and height, is in words."""
    col = "left" if cx < 0.4 else "right" if cx > 0.6 else ""
    row = "top" if cy < 0.35 else "bottom" if cy > 0.65 else ""
    if not col and not row:
        return "in the center"
    if not row:
        return f"on the {col}"
    return f"at the {row} {col}".strip()


def distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return math.dist(a, b)
