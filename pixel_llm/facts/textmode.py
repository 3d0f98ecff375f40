"""Text mode: a whole frame that is a character-cell text interface (a text console at a login
prompt, a full-screen text program such as aptitude or htop, the text-mode Debian installer, a
boot menu), told from the pixels.

Every character of a text-mode screen sits in a cell of one fixed grid: columns of one width,
rows of one height. :func:`measure` finds that grid without reading a word: the ink of the text
rows (horizontal steps between neighbouring pixels, so horizontal lines and bar edges add
nothing) folded modulo a candidate line pitch leaves an empty band (the rows between lines) at
one phase for every line; the columns that change along their own length (vertical steps, so
vertical lines and box sides add nothing) folded modulo a candidate cell width leave an empty
column (the gap between characters) at one phase for every character. Proportional type and
lines set at varied pitches leave no such empty phase.

A grid alone is also what a listing of code in a monospace font shows; text mode is said only
with few colours (a text-mode palette) and a sign of its own as well: whole-width coloured bars
(aptitude's menu and status bars, a highlighted row, the installer's grey box on blue), or
nothing but text on one dark background (:func:`dark_background`, :func:`only_text`: a
console's light text on black, a boot menu, a router's text menu; a listing of code in a
document or an editor sits on a light page or among panes, bars and icons of other colours).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2  # noqa: F401
import numpy as np

from .regions import text_boxes

STEP = 40
"""Grey-level step between neighbouring pixels that counts as ink (as ``regions.INK_STEP``)."""
ROW_PHASE = 0.35
"""On a character grid, the emptiest phase of the rows' ink folded by the line pitch holds less
than this share of the mean phase's ink. Measured on the dev screens (external to external4 and
the made-here set, PNG, JPEG 70 and 75 %): the six text-mode frames 0.02-0.33, terminals
0.03-0.28; GUI frames with lines at varied pitches mostly above 0.4 (a monospace editor's page,
such as Notepad's, is on a grid too: the grid alone is no text mode)."""
COL_PHASE = 0.45
"""... and the columns' ink folded by the cell width less than this share (text-mode frames
0.02-0.44 at full size; scaled to 75 % a 6-pixel cell loses its empty column, up to 0.79: then
the OCR's even width per character, ``window_kinds.spacing``, stands for it)."""
MIN_ROWS = 8
"""A text-mode screen fills the frame: at least this many rows of text on the grid."""
ON_GRID = 0.95
"""All text of a text-mode screen is on its rows: at least this share of the text line pieces
have their middle at one phase of the line pitch (within a fifth of it): 1.0 on the text-mode
frames but a 75 % scaled one (0.67), 0.93 on Cockpit's web page around htop. A web page around a
terminal (Cockpit's around htop) has its own lines between the terminal's rows."""
MIN_PALETTE = 0.8
"""Text-mode palettes are small: the 8 most common colours cover at least this share of the
frame (text-mode frames 0.80-1.00 with JPEG's noise; photos 0.15-0.76)."""


@dataclass
class Grid:
    """The character grid of a frame (sizes in pixels; scores: emptiest phase / mean phase)."""

    cell_w: float
    cell_h: float
    col_score: float
    row_score: float
    rows: int
    """Text rows on the grid (rows of the frame with ink, in cells)."""

    @property
    def lines(self) -> bool:
        """Rows of text at one line pitch, enough to fill a screen."""
        return self.row_score <= ROW_PHASE and self.rows >= MIN_ROWS

    @property
    def columns(self) -> bool:
        return self.col_score <= COL_PHASE


def _fold(profile: np.ndarray, period: float, bins: int) -> np.ndarray:
    idx = np.arange(len(profile))
    phase = np.floor((idx % period) / period * bins).astype(int) % bins
    mass = np.bincount(phase, weights=profile, minlength=bins)
    count = np.bincount(phase, minlength=bins).clip(1)
    return mass / count


def _best_period(profile: np.ndarray, lo: float, hi: float) -> tuple[float, float]:
    """(period, score) with the emptiest phase (score = emptiest bin's mean / mean of the bins),
    the smallest period among those within 0.05 of the best (multiples of the period are empty
    at one phase too)."""
    if profile.sum() <= 0 or hi < lo:
        return 0.0, 1.0
    results = []
    for p in np.arange(lo, hi + 1e-6, 0.05):
        bins = max(4, int(round(p)))
        folded = _fold(profile, p, bins)
        mean = folded.mean()
        if mean <= 0:
            continue
        results.append((p, float(folded.min() / mean)))
    if not results:
        return 0.0, 1.0
    best = min(s for _, s in results)
    return next((p, s) for p, s in results if s <= best + 0.05)


def measure(gray: np.ndarray) -> Grid | None:
    """The frame's character grid, or None when it has too little text to tell."""
    g = gray.astype(np.int16)
    h_steps = (np.abs(g[:, 1:] - g[:, :-1]) >= STEP)
    v_steps = (np.abs(g[1:] - g[:-1]) >= STEP)
    rows = h_steps.sum(axis=1).astype(float)
    inked = rows >= max(2.0, 0.1 * float(np.percentile(rows, 90)))  # not a box's sides alone
    if inked.sum() < 20:
        return None
    # the line pitch: rows with ink form runs (text lines); the pitch lies between 0.9 and two
    # times their median height
    runs = _runs(inked)
    heights = [b - a for a, b in runs if b - a >= 4]
    if len(heights) < 3:
        return None
    med = float(np.median(heights))
    cell_h, row_score = _best_period(rows, max(6.0, med * 0.9), med * 2.0)
    # the cell width: columns with vertical steps inside the text rows
    text_rows = np.zeros(len(g), bool)
    for a, b in runs:
        text_rows[a:b] = True
    cols = v_steps[text_rows[1:]].sum(axis=0).astype(float)
    if cell_h <= 0:
        return None
    cell_w, col_score = _best_period(cols, max(4.0, cell_h * 0.35), cell_h * 0.75)
    # rows of text: the inked rows in cells, or the text lines themselves where lines are set
    # with space between them (a console's 14-pixel type on a 25-pixel pitch)
    return Grid(round(cell_w, 2), round(cell_h, 2), round(col_score, 3), round(row_score, 3),
                max(int(text_rows.sum() / cell_h), len(heights)))


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    padded = np.concatenate([[False], flags, [False]])
    d = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return list(zip(d[::2].tolist(), d[1::2].tolist()))


def _codes(rgb: np.ndarray) -> np.ndarray:
    """Each pixel's colour as one number, 4 bits a channel."""
    small = (rgb // 16).astype(np.int32)
    return small[..., 0] * 256 + small[..., 1] * 16 + small[..., 2]


def bars(rgb: np.ndarray, min_rows: int = 4) -> int:
    """Whole-width bars: runs of at least ``min_rows`` rows whose most common colour covers at
    least 90 % of the row and differs from the frame's most common colour."""
    codes = _codes(rgb[:, ::2])
    frame_mode = np.bincount(codes.ravel()).argmax()
    row_mode = np.array([np.bincount(r).argmax() for r in codes])
    share = (codes == row_mode[:, None]).mean(axis=1)
    bar = (share >= 0.75) & (row_mode != frame_mode)
    # a bar's rows carry text: only its most common colour fills 90 % of a row of text on it
    return sum(1 for a, b in _runs(bar) if b - a >= min_rows)


DARK = 0.25
"""The background of a dark screen: its most common colour has a luminance under this (0-1)..."""
DARK_SHARE = 0.5
"""... and covers at least this share of the frame..."""
NOT_TEXT = 0.05
"""... and all else is text: at most this share of the frame is of another colour outside the
text's boxes. Measured on the dev screens (PNG, JPEG 70, 75 %): consoles, boot menus and
terminals without a frame 0.00-0.025; programs with panes of another grey, tool bars or icons
0.10 and up (Eclipse's dark editor 0.10, Geany's 0.20)."""


def dark_background(rgb: np.ndarray) -> bool:
    """The frame's most common colour is dark and covers half of it (see :data:`DARK`)."""
    codes = _codes(rgb[::2, ::2]).ravel()
    counts = np.bincount(codes)
    mode = int(counts.argmax())
    r, g, b = (mode >> 8) * 16 + 8, ((mode >> 4) & 15) * 16 + 8, (mode & 15) * 16 + 8
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255 < DARK and counts[mode] >= DARK_SHARE * len(codes)


def only_text(rgb: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> bool:
    """Everything on the frame but its background colour is text (see :data:`NOT_TEXT`)."""
    codes = _codes(rgb)
    other = codes != np.bincount(codes.ravel()).argmax()
    for x0, y0, x1, y1 in boxes:
        other[y0:y1 + 1, x0:x1 + 1] = False
    return float(other.mean()) <= NOT_TEXT


def palette_share(rgb: np.ndarray, k: int = 8) -> float:
    """Share of the frame's pixels in its ``k`` most common colours (4 bits a channel)."""
    counts = np.sort(np.bincount(_codes(rgb[::2, ::2]).ravel()))[::-1]
    return float(counts[:k].sum() / counts.sum())


def on_grid(boxes: list[tuple[int, int, int, int]], cell_h: float) -> float:
    """Share of the pieces whose middle lies within a fifth of the line pitch of the most common
    phase."""
    if not boxes or cell_h <= 0:
        return 0.0
    phase = np.array([((b[1] + b[3]) / 2 % cell_h) / cell_h for b in boxes])
    best = 0
    for centre in np.linspace(0, 1, 20, endpoint=False):
        d = np.abs((phase - centre + 0.5) % 1 - 0.5)
        best = max(best, int((d <= 0.2).sum()))
    return best / len(boxes)


def text_mode(rgb: np.ndarray, gray: np.ndarray, monospace: bool) -> list[str]:
    """The evidence that the whole frame is a text-mode screen (empty when it is not): rows of
    text at one line pitch filling it, characters in cells of one width (or ``monospace``: the
    OCR measured even widths), few colours, and a whole-width bar or box of another colour or
    nothing but the text on one dark background."""
    if palette_share(rgb) < MIN_PALETTE:  # the cheap tests first: most frames fail them
        return []
    barred = bars(rgb) >= 1
    if not barred and not dark_background(rgb):
        return []
    grid = measure(gray)
    if grid is None or not grid.lines or not (grid.columns or monospace):
        return []
    boxes = text_boxes(gray, (0, 0, gray.shape[1], gray.shape[0]))
    # bars and boxes of colour may be a page's or a program's around the text: all the text must
    # sit on the grid's rows; with nothing but text on a dark background, that is known already
    if not (only_text(rgb, boxes) if not barred else on_grid(boxes, grid.cell_h) >= ON_GRID):
        return []
    sign = "whole-width bars" if barred else "light text on one dark background"
    return ["text on one character grid", f"{sign}, few colours (text mode)"]
