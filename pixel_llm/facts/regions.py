"""Text lines of screen regions, read by OCR once per distinct line of pixels.

A live screen changes a little at a time: a terminal prints one more line, a cursor blinks.
:func:`text_boxes` finds the text lines of a region (runs of rows with sharp steps between
neighbouring pixels, split where a wide gap separates columns); :class:`RegionReader` reads
them, keeping each line's text keyed by a hash of that line's own pixels. Lines already seen
(anywhere: a terminal that scrolled moves its lines, it does not change them) cost a hash and a
dictionary lookup; only new lines go to the OCR engine, stacked into one image so the engine
is called once per frame, not once per line. The engine reads each piece of the stack as an
image of its own: a line reads the same whatever was read beside it or before it (read as one
page, the engine's threshold and what it learnt of the letters came from all the pieces, and a
caption could change with the frames captioned before).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import cv2
import numpy as np
import xxhash

logger = logging.getLogger(__name__)

INK_STEP = 40
"""Smallest step between horizontally neighbouring pixels (grey levels) that counts as ink."""
MARK_STEP = 20
"""Ink step for small marks (vi's ``~`` rows are often dark blue on black)."""
MIN_LINE_PX = 6
MAX_LINE_PX = 120
COLUMN_GAP = 3.0
"""A horizontal gap wider than this many line heights splits a line into two pieces."""
TARGET_HEIGHT = 26
"""Line pieces are scaled so their ink is about this tall (pixels) before OCR (at most
``MAX_SCALE`` times)."""
MAX_SCALE = 4.0
SMALL_INK = 12
"""Line pieces with ink under this many pixels (xterm's 6×13 font, type scaled down) are read
at a second, larger size too (see :meth:`RegionReader._read_new`)..."""
SMALL_TARGET = 32
"""... with their ink this tall (at most ``SMALL_MAX_SCALE`` times)."""
SMALL_MAX_SCALE = 6.0
MIN_CONFIDENCE = 40.0
"""Tesseract words below this confidence (0-100) are dropped. Lower than for whole frames:
a line piece holds nothing but text, and code identifiers score low when read right."""
SIDE_GLYPH = 0.6
"""In a band with box sides spanning it, no glyph stroke spans more than this share of it."""
BOX_SIDE = 0.5
"""A box's sides span at least this share of a band made taller than the box by what stands
beside it (a pointer, an icon)..."""
BOX_EDGE = 0.8
"""... and its top and bottom edges reach across this share of the way from side to side."""
CACHE_LINES = 8192
"""Distinct line pieces whose text a reader keeps (least recently used dropped first)."""
PARALLEL_FROM = 24
"""Read this many new line pieces or more as two OCR jobs in parallel."""
LINE_PSM = 4
"""Tesseract reads each piece as a column of text (page segmentation mode 4), as it read the
whole stack before: its layout analysis leaves out what is no text (a photo's texture behind a
panel, a button's outline), which a single-line mode (7) reads as letters."""


@dataclass(frozen=True)
class Line:
    """One read line piece: its text and where it is (frame pixels)."""

    text: str
    score: float
    box: tuple[int, int, int, int]
    """(left, top, right, bottom) in pixels of the frame."""
    dark: bool
    """Light text on a dark background."""
    pitch: float = 0.0
    """Median character width in pixels (0 when unknown)."""
    pitch_spread: float = 1.0
    """Relative spread of character widths between words: small for monospace text."""
    words: int = 0
    glyph: float = 0.0
    """Median height of the words' boxes in frame pixels (the size of the type)."""
    pitches: tuple[float, ...] = ()
    """Width per character (frame pixels) of each word of four or more letters: all alike in
    monospace text, spread out in proportional text."""
    read: tuple[tuple[str, float], ...] = ()
    """Each word as read, left to right, with the engine's confidence in it (0..1)."""


def _ink(gray: np.ndarray, ink_step: int = INK_STEP, border: int = 24, sides: bool = False):
    """Ink mask: pixels with a sharp horizontal step to their right neighbour, without vertical
    borders (runs of at least ``border`` pixels: window and button sides). With ``sides``,
    also the mask of those borders."""
    step = cv2.absdiff(gray[:, 1:], gray[:, :-1]) >= ink_step
    mask = np.zeros(gray.shape, np.uint8)
    mask[:, :-1] = step
    vertical = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((border, 1), np.uint8))
    ink = cv2.subtract(mask, vertical)
    return (ink, vertical) if sides else ink


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the runs of True in a 1-D boolean array."""
    padded = np.concatenate([[False], flags, [False]])
    d = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return list(zip(d[::2].tolist(), d[1::2].tolist()))


def _bands(mask: np.ndarray) -> list[tuple[int, int]]:
    rows = mask.sum(axis=1)
    bands = [(a, b) for a, b in _runs(rows >= 2) if b - a >= 3]
    if not bands:
        return []
    typical = float(np.median([b - a for a, b in bands]))
    out = []
    for a, b in bands:
        if b - a > 1.8 * typical and b - a > 2 * MIN_LINE_PX:  # lines that touch: split at thin rows
            sub = rows[a:b]
            thin = sub <= max(1, 0.08 * sub.max())
            cuts = [a + (s + e) // 2 for s, e in _runs(thin)]
            edges = [a] + cuts + [b]
            out.extend((s, e) for s, e in zip(edges, edges[1:]) if e - s >= 3)
        else:
            out.append((a, b))
    return [(a, b) for a, b in out if MIN_LINE_PX <= b - a <= MAX_LINE_PX]


def _frame_sides(mask: np.ndarray, sides: np.ndarray, a: int, b: int, gray: np.ndarray) -> list[tuple[int, int]]:
    """The text bands of band ``a..b`` once the sides of buttons or boxes drawn around its text
    are taken out. A side spans the whole band while no glyph stroke spans more than
    ``SIDE_GLYPH`` of it (the box is taller than its text), or it is one of two sides closed into
    a box by edges across their tops and bottoms (:func:`_boxes`: a band made taller than its
    buttons by a pointer or an icon beside them): those columns become walls (marked in
    ``sides``, so that the line is split there) and the band is what remains. A button shorter
    than the default border (a dialog scaled down) is found this way."""
    height = b - a
    if height < 2 * MIN_LINE_PX:
        return [(a, b)]
    cols = mask[a:b].sum(axis=0)
    full = cols >= 0.9 * height
    rest = cols[~_near(full)]
    if not full.any() or rest.size == 0 or rest.max() > SIDE_GLYPH * height:
        full = _boxes(mask, gray, a, b)
        if not full.any():
            return [(a, b)]
    near = _near(full)
    sub = mask[a:b].copy()
    sub[:, near] = 0
    inner = _bands(sub)
    if not inner:
        return [(a, b)]
    mask[a:b, near] = 0
    sides[a:b, full] = 1
    return [(a + s, a + e) for s, e in inner]


def _near(columns: np.ndarray) -> np.ndarray:
    """``columns`` (a boolean row) and the two columns either side of each."""
    return cv2.dilate(columns.astype(np.uint8)[None, :], np.ones((1, 5), np.uint8))[0] > 0


def _edge(gray: np.ndarray, y: int, left: int, right: int) -> bool:
    """A horizontal edge at row ``y`` (or next to it) from ``left`` to ``right``."""
    if right - left < 4:
        return False
    for row in (y - 1, y, y + 1):
        if 1 <= row < gray.shape[0]:
            step = np.abs(gray[row, left:right].astype(np.int16) - gray[row - 1, left:right])
            if np.mean(step >= INK_STEP // 2) >= BOX_EDGE:
                return True
    return False


def _boxes(mask: np.ndarray, gray: np.ndarray, a: int, b: int) -> np.ndarray:
    """Columns of band ``a..b`` that are the sides of boxes: two runs of columns with ink over at
    least ``BOX_SIDE`` of the band (and ``2 * MIN_LINE_PX`` rows), from and to the same rows, with
    an edge across from one to the other at the top and at the bottom."""
    height = b - a
    cols = mask[a:b].sum(axis=0)
    out = np.zeros(cols.shape, bool)
    runs = _runs(cols >= max(2 * MIN_LINE_PX, BOX_SIDE * height))
    ends = []
    for s, e in runs:
        rows = np.flatnonzero(mask[a:b, s:e].any(axis=1))
        ends.append((a + int(rows[0]), a + int(rows[-1]) + 1))
    for i, ((s0, e0), (t0, b0)) in enumerate(zip(runs, ends)):
        for (s1, e1), (t1, b1) in zip(runs[i + 1:], ends[i + 1:]):  # the next side from and to the same rows
            if abs(t0 - t1) > 2 or abs(b0 - b1) > 2 or s1 - e0 < b0 - t0:
                continue
            if _edge(gray, min(t0, t1), e0 + 2, s1 - 2) and _edge(gray, max(b0, b1), e0 + 2, s1 - 2):
                out[s0:e0] = out[s1:e1] = True
            break
    return out


def text_boxes(gray: np.ndarray, box: tuple[int, int, int, int], hidden: list[tuple[int, int, int, int]] = (),
               ink_step: int = INK_STEP) -> list[tuple[int, int, int, int]]:
    """Text line pieces inside ``box`` (left, top, right, bottom) of a grey frame, top to
    bottom, as boxes in frame pixels with a margin of a quarter of the line's height (clipped
    to ``box``: a window's border never gets into its lines); pixels inside ``hidden`` boxes
    (windows above this one) are ignored."""
    x0, y0, x1, y1 = (max(0, int(v)) for v in box)
    x1, y1 = min(x1, gray.shape[1]), min(y1, gray.shape[0])
    region = gray[y0:y1, x0:x1]
    if region.shape[0] < MIN_LINE_PX or region.shape[1] < 8:
        return []
    border = max(24, gray.shape[0] // 32)

    def masks(border: int):
        mask, sides = _ink(region, ink_step, border, sides=True)
        for hx0, hy0, hx1, hy1 in hidden:
            mask[max(0, hy0 - y0):max(0, hy1 - y0), max(0, hx0 - x0):max(0, hx1 - x0)] = 0
        return mask, sides

    mask, sides = masks(border)
    bands = _bands(mask)
    if bands:  # small text: button and frame sides shorter than the default are not text either
        typical = float(np.median([b - a for a, b in bands]))
        if 1.5 * typical + 3 < border:
            mask, sides = masks(max(8, round(1.5 * typical + 3)))
            bands = _bands(mask)
    rh, rw = mask.shape
    bands = [sub for a, b in bands for sub in _frame_sides(mask, sides, a, b, region)]
    out = []
    for a, b in bands:
        height = b - a
        cols = mask[a:b].any(axis=0)
        runs = _runs(cols)
        if not runs:
            continue
        walls = np.flatnonzero(sides[a:b].any(axis=0))  # a button's or a panel's side splits a line
        gap = max(COLUMN_GAP * height, 12)
        pad = max(2, height // 4)
        start, end = runs[0]
        for s, e in runs[1:] + [(None, None)]:
            if s is not None and s - end <= gap and not ((walls > end) & (walls < s)).any():
                end = e
                continue
            if end - start >= max(4, 0.4 * height) or height >= 10:
                left = max([0, start - pad] + [int(w) + 2 for w in walls if w < start])
                right = min([rw, end + 1 + pad] + [int(w) - 1 for w in walls if w > end])
                out.append((x0 + left, y0 + max(0, a - pad), x0 + right, y0 + min(rh, b + pad)))
            if s is not None:
                start, end = s, e
    return out


QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _clean(text: str) -> str:
    """OCR text of one line piece, without the bits of borders and cursors read as characters
    at its ends, with straight quotes."""
    text = re.sub(r"^[|\\\[\]{}]+\s?(?=\w)", "", text.strip())
    return re.sub(r"\s+[|\[\]_]{1,2}$", "", text).translate(QUOTES)


def left_marks(gray: np.ndarray, box: tuple[int, int, int, int]) -> int:
    """How many small marks (at most a few pixels tall and wide: vi's ``~`` rows) stand alone
    at the left margin of ``box``, one per row."""
    x0, y0, x1, y1 = box
    region = gray[y0:y1, x0:min(x1, x0 + max(24, (x1 - x0) // 20))]
    if region.size == 0:
        return 0
    mask = _ink(region, ink_step=MARK_STEP)
    rows = mask.sum(axis=1)
    count = 0
    for a, b in _runs(rows >= 1):
        if not 2 <= b - a < MIN_LINE_PX:
            continue
        cols = cv2.dilate(mask[a:b].any(axis=0).astype(np.uint8)[None, :], np.ones((1, b - a + 3), np.uint8))[0]
        runs = _runs(cols > 0)
        if len(runs) == 1 and runs[0][1] - runs[0][0] <= 5 * (b - a) + 8:
            count += 1
    return count


def _sure_chars(reading: tuple) -> float:
    """Characters read, weighed by the engine's confidence (a reading's worth)."""
    text, score = reading[0], reading[1]
    return score * len(text.replace(" ", ""))


INK_SHORT = 0.6
"""Text rows shorter than this share of the height a piece's box gives are the text's height."""
RULE_SHARE = 0.9
"""A row of a prepared piece with ink across this share of its width is a rule, not text (a
line of text always has gaps between its letters, and a piece has a margin on either side);
a rule may be fainter than the text (``RULE_INK``: a light grey button edge)."""
RULE_INK = 192


def _without_rules(g: np.ndarray) -> np.ndarray:
    """A prepared piece (dark text on white) without the rules across it (whitened): with a
    button's edges above and below its label, the engine read no text."""
    rules = (g < RULE_INK).mean(axis=1) >= RULE_SHARE
    if not rules.any():
        return g
    g = g.copy()
    g[rules] = 255
    return g


def _prepare(crop: np.ndarray, ink_height: int, target: float | None = None, max_scale: float | None = None
             ) -> tuple[np.ndarray, bool, float]:
    """A line piece as the OCR engine likes it: dark text on white, contrast stretched, ink
    about ``TARGET_HEIGHT`` tall. Ink is the distance of each pixel's colour from the piece's
    background colour (its median), so coloured text (syntax highlighting, links, buttons)
    reads as well as black on white. Returns (image, on a dark background, scale)."""
    c = crop.astype(np.int16)
    bg = np.median(c.reshape(-1, 3), axis=0)
    dark = float(bg @ np.array([0.299, 0.587, 0.114])) < 128
    d = np.abs(c - bg).max(axis=2).astype(np.uint8)
    hi = max(int(d.max()), 16)
    g = 255 - cv2.convertScaleAbs(d, alpha=255.0 / hi)
    g = _without_rules(g)
    runs = _runs((g < 128).any(axis=1))
    tallest = max((e - s for s, e in runs), default=0)
    if 0 < tallest < INK_SHORT * ink_height:  # a band made taller than its text (a button row beside
        ink_height = tallest                  # a pointer or an icon): the text's own height
    scale = float(np.clip((target or TARGET_HEIGHT) / max(ink_height, 1), 1.0, max_scale or MAX_SCALE))
    if scale > 1.0:
        g = cv2.resize(g, (round(g.shape[1] * scale), round(g.shape[0] * scale)), interpolation=cv2.INTER_CUBIC)
    return g, dark, scale


class RegionReader:
    """Reads text line pieces of frames through an OCR engine, keeping what each distinct piece
    of pixels says (see the module docstring). Thread-safe; one per OCR engine."""

    def __init__(self, ocr, max_lines: int = CACHE_LINES, workers: int = 2):
        self.ocr = ocr
        self.max_lines = max_lines
        self._cache: OrderedDict[bytes, tuple] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.workers = max(1, workers)
        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="pixel-llm-ocr") if self.workers > 1 else None

    @property
    def name(self) -> str:
        return getattr(self.ocr, "name", "-")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)

    def clear(self) -> None:
        """Forget every line read."""
        with self._lock:
            self._cache.clear()

    def stats(self) -> dict:
        return {"lines": len(self._cache), "hits": self.hits, "misses": self.misses}

    def read(self, rgb: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> list[Line]:
        """The text of each box (frame pixels, as :func:`text_boxes` gives them), in the order
        given; pieces that read as nothing are left out."""
        H, W = rgb.shape[:2]
        todo: list[tuple[int, bytes, np.ndarray, int]] = []
        found: dict[int, tuple] = {}
        for i, (x0, y0, x1, y1) in enumerate(boxes):
            crop = np.ascontiguousarray(rgb[max(0, y0):min(H, y1), max(0, x0):min(W, x1)])
            if crop.size == 0:  # a box of no pixels (at the frame's edge): nothing to read
                continue
            key = xxhash.xxh3_128_digest(crop.tobytes() + bytes(str(crop.shape), "ascii"))
            with self._lock:
                value = self._cache.get(key)
                if value is not None:
                    self._cache.move_to_end(key)
                    self.hits += 1
            if value is not None:
                found[i] = value
            else:
                todo.append((i, key, crop, round((y1 - y0) / 1.5)))  # boxes carry a quarter-height margin
        if todo:
            self.misses += len(todo)
            for (i, key, _, _), value in zip(todo, self._read_new(todo)):
                found[i] = value
                with self._lock:
                    self._cache[key] = value
                    while len(self._cache) > self.max_lines:
                        self._cache.popitem(last=False)
        out = []
        for i, box in enumerate(boxes):
            if i not in found:
                continue
            text, score, dark, pitch, spread, words, glyph, pitches, read = found[i]
            if text:
                out.append(Line(text, score, box, dark, pitch, spread, words, glyph, pitches, read))
        return out

    # -- OCR of new pieces -----------------------------------------------------------------
    def _read_new(self, todo: list[tuple[int, bytes, np.ndarray, int]]) -> list[tuple]:
        """What each new piece says. Small type (ink under ``SMALL_INK``: a bitmap terminal font,
        scaled down or through JPEG) is read at two sizes in the same pass, and the reading
        with more confident characters is kept: at a few pixels per glyph, which size the
        engine reads right differs from line to line."""
        prepared = [_prepare(crop, ink) for _, _, crop, ink in todo]
        small = [k for k, (_, _, _, ink) in enumerate(todo) if ink < SMALL_INK]
        prepared += [_prepare(todo[k][2], todo[k][3], SMALL_TARGET, SMALL_MAX_SCALE) for k in small]
        if self._pool is not None and len(prepared) >= PARALLEL_FROM:
            half = len(prepared) // 2
            parts = list(self._pool.map(self._read_stack, [prepared[:half], prepared[half:]]))
            read = parts[0] + parts[1]
        else:
            read = self._read_stack(prepared)
        out = read[:len(todo)]
        for k, again in zip(small, read[len(todo):]):
            if _sure_chars(again) > _sure_chars(out[k]):
                out[k] = again
        return out

    def _read_stack(self, prepared: list[tuple[np.ndarray, bool, float]]) -> list[tuple]:
        """Stack the pieces into one image, have the engine read each on its own in one call, and
        hand each piece its words."""
        gap = 14
        width = max(g.shape[1] for g, _, _ in prepared) + 2 * gap
        height = sum(g.shape[0] + gap for g, _, _ in prepared) + gap
        sheet = np.full((height, width), 255, np.uint8)
        spans = []
        y = gap
        for g, _, _ in prepared:
            sheet[y:y + g.shape[0], gap:gap + g.shape[1]] = g
            spans.append((y, y + g.shape[0]))
            y += g.shape[0] + gap
        # each piece is read as an image of its own, with the same white margin all around it
        # (not the sheet's width, which the widest piece beside it sets)
        words = self._words(sheet, [(a - gap, b + gap, gap + g.shape[1] + gap)
                                    for (a, b), (g, _, _) in zip(spans, prepared)])
        starts = np.array([s for s, _ in spans])
        per: list[list[dict]] = [[] for _ in prepared]
        for w in words:
            cy = w["top"] + w["height"] / 2
            k = int(np.searchsorted(starts, cy, side="right")) - 1
            if 0 <= k < len(spans) and spans[k][0] - gap / 2 <= cy <= spans[k][1] + gap / 2:
                per[k].append(w)
        out = []
        for (g, dark, scale), ws in zip(prepared, per):
            ws.sort(key=lambda w: w["left"])  # one piece is one line
            text = _clean(" ".join(w["text"] for w in ws))
            score = round(sum(w["conf"] for w in ws) / len(ws) / 100, 3) if ws else 0.0
            pitches = [w["width"] / len(w["text"]) / scale for w in ws if len(w["text"]) >= 3]
            pitch = float(np.median(pitches)) if pitches else 0.0
            spread = float(np.std(pitches) / pitch) if len(pitches) >= 2 and pitch > 0 else 1.0
            glyph = float(np.median([w["height"] for w in ws])) / scale if ws else 0.0
            long = tuple(round(w["width"] / len(w["text"]) / scale, 2) for w in ws
                         if len(w["text"]) >= 4 and w["text"].isalnum())
            read = tuple((w["text"], round(w["conf"] / 100, 3)) for w in ws)
            out.append((text, score, dark, round(pitch, 2), round(spread, 3), len(ws), round(glyph, 1), long, read))
        return out

    def _words(self, sheet: np.ndarray, bands: list[tuple[int, int, int]]) -> list[dict]:
        words = getattr(self.ocr, "words", None)
        if words is not None:  # Tesseract: each line on its own (the same reading beside any other)
            return words(sheet, psm=LINE_PSM, min_confidence=MIN_CONFIDENCE, invert=False, spans=bands)
        rgb = cv2.cvtColor(sheet, cv2.COLOR_GRAY2RGB)  # any engine: boxes back to sheet pixels
        h, w = sheet.shape
        out = []
        for fact in self.ocr(rgb):
            x0, y0, x1, y1 = fact.box
            out.append({"text": fact.text, "conf": fact.score * 100, "left": x0 * w, "top": y0 * h,
                        "width": (x1 - x0) * w, "height": (y1 - y0) * h})
        return out
