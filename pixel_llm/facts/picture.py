"""What kind of picture a frame is, and scene words, from measurements of its pixels.

Kinds (``PictureFact.kind``):
- ``chart`` / ``bar chart``: a flat graphic with a pair of axes (a long dark vertical line at
  the left meeting a long dark horizontal line at the bottom, an open L: no line closing it
  into a box, which windows, panels and frames have); ``bar chart`` when at least two filled
  rectangles stand on the horizontal axis. Charts drawn inside a closed box are not
  recognised (they are then described as other flat graphics).
- ``drawing``: a flat graphic with outlines (thin dark strokes between several colours: clip
  art, cartoons) whose drawn part is mostly flat fills (a photo cut out on white is not), or a non-flat frame made of strokes (many strong edges, few gentle gradients,
  a light paper background: pencil sketches).
- ``black-and-white photo`` / ``photo``: everything else that is not flat.
- ``screenshot`` (:func:`screenshot_kind`): a frame with a screen's runs of flat colour that the
  screen path could not name (no window of a known kind, no menu bar: a crop of a program, a web
  application's page), when ImageNet's "web site" is sure of it and its text is many short lines,
  not a printed page's prose, with no person's face in it.
Flat graphics without outlines or axes (a red square, a slide, a UI) get no kind: the shape
and text paths describe them, and the screen path owns the screenshots it can read.

Scene words are said only when measured: ``blue sky`` when the top of a photo is smooth and
blue, ``dark blue sky`` when it is smooth, dark blue and lighter toward the horizon (dusk,
night). Nothing is guessed from what usually goes together.
"""

from __future__ import annotations

import cv2
import numpy as np

from .colors import _hsv
from .confidence import SURE
from .model import PictureFact, SceneFact, ShapeFact
from .window_kinds import prose

WORK_SIDE = 320
STROKES = 0.4
"""Share of strong edges among all edges above which a non-flat frame is made of strokes
(photos on the tuning set: at most 0.27; a pencil sketch: 0.47)."""
MIN_PAPER = 0.15
"""A sketch has light paper showing: at least this share of near-white pixels."""
AXIS_LENGTH = 0.5
"""An axis spans at least this share of the frame's width (or height)."""
OUTLINE_THIN = 0.6
"""Share of the dark pixels of a flat frame that vanish under a 5×5 erosion: they are thin
strokes (outlines), not dark areas."""
MIN_OUTLINE = 0.005
FILLS = 0.45
"""An outlined flat frame is a drawing only when what is drawn (its pixels that are not near
white) is mostly flat fills: at least this share of its neighbouring pixels differ by under 3 grey
levels. A photo laid on white (a stamp cut out of a photo, a product shot, a print on a page) has a
flat background and dark edges too, but photo texture inside them. Measured on the dev sets'
pictures: drawings 0.47-0.98 as PNG, 0.24-0.97 at JPEG quality 70; photos cut out on white
0.15-0.22, skimage's photos laid on white 0.30-0.42. Set above the photos: a drawing below it (two of the JPEG'd clip-art drawings) gets no kind, which
is a missing word, not a false one."""
MIN_SIDE = 8
"""Frames thinner than this get no kind: too few pixels to tell."""
SKY_BAND = 0.25
SKY_SHARE = 0.7


def _small(rgb: np.ndarray) -> np.ndarray:
    h, w = rgb.shape[:2]
    scale = min(1.0, WORK_SIDE / max(h, w))
    if scale >= 1.0:
        return rgb
    return cv2.resize(rgb, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)


def _dark_mask(rgb: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Dark pixels (grey < 60) found at full resolution, reduced to ``size`` (w, h) keeping any
    dark pixel of a block (a thin outline survives the reduction)."""
    dark = (cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) < 60).astype(np.uint8) * 255
    if (dark.shape[1], dark.shape[0]) != size:
        dark = cv2.resize(dark, size, interpolation=cv2.INTER_AREA)
    return (dark > 0).astype(np.uint8)


def _axes(dark: np.ndarray) -> tuple[int, int] | None:
    """(x of the vertical axis, y of the horizontal axis) when both are there, are thin lines
    (not the edges of a dark area) and meet."""
    h, w = dark.shape
    if h < 32 or w < 32:
        return None
    dark = dark & (1 - cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8)))  # thin parts only
    horiz = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (int(w * AXIS_LENGTH), 1)))
    vert = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(h * AXIS_LENGTH))))
    rows = np.flatnonzero(horiz.any(axis=1))
    cols = np.flatnonzero(vert.any(axis=0))
    rows, cols = rows[rows > h // 2], cols[cols < w // 2]
    if not len(rows) or not len(cols):
        return None
    y, x = int(rows.max()), int(cols.min())
    # they meet: the vertical axis reaches down to the horizontal one near its left end
    near_y = vert[max(0, y - 6):y + 7, max(0, x - 3):x + 4].any()
    xs = np.flatnonzero(horiz[y])
    near_x = len(xs) and xs.min() <= x + 6
    if not (near_y and near_x):
        return None
    # an open L, not a closed box: a window, a panel or a framed picture has a line down its
    # right side and one along its top as well
    ys = np.flatnonzero(vert[:, x])
    right_side = vert[max(0, y - 6):y + 7, max(0, xs.max() - 6):xs.max() + 7].any()
    top_side = len(ys) and horiz[max(0, ys.min() - 6):ys.min() + 7, x:xs.max() + 1].any(axis=0).mean() > 0.5
    return None if right_side or top_side else (x, y)


def _fills(gray: np.ndarray) -> float:
    """Share of horizontally neighbouring pixels, both not near white, that differ by under 3
    grey levels (flat fills; 1.0 when nothing is drawn)."""
    g = gray.astype(np.float32)
    drawn = g < 235
    pairs = drawn[:, 1:] & drawn[:, :-1]
    if not pairs.any():
        return 1.0
    return float((np.abs(np.diff(g, axis=1)) < 3)[pairs].mean())


def picture_kind(rgb: np.ndarray, flat: bool, grayscale: bool, shapes: list[ShapeFact] = (),
                 text_lines: bool = False) -> PictureFact | None:
    """The kind of picture (see the module docstring), or None for flat graphics that are
    neither drawings nor charts. ``text_lines``: the text detector saw lines of text; a flat
    frame with outlines and text is a user interface or a slide, not a drawing."""
    if min(rgb.shape[:2]) < MIN_SIDE:
        return None
    small = _small(rgb)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    if flat:
        dark = _dark_mask(rgb, (small.shape[1], small.shape[0]))
        axes = _axes(dark)
        if axes is not None:
            h, w = gray.shape
            bars = [s for s in shapes if s.kind in ("rectangle", "square") and abs(s.box[3] * h - axes[1]) <= 0.03 * h]
            if len(bars) >= 2:
                return PictureFact("bar chart", 0.9, f"axes and {len(bars)} bars standing on the horizontal axis")
            return PictureFact("chart", 0.8, "a vertical and a horizontal axis meeting at the bottom left")
        share = dark.mean()
        if share >= MIN_OUTLINE:
            eroded = cv2.erode(dark, np.ones((5, 5), np.uint8))
            thin = 1.0 - eroded.sum() / max(1, dark.sum())
            colours = len(np.unique((small[dark == 0] >> 5).reshape(-1, 3), axis=0))
            if thin >= OUTLINE_THIN and colours >= 2 and not text_lines and _fills(gray) >= FILLS:
                return PictureFact("drawing", round(float(thin), 3),
                                   f"flat colours with thin dark outlines ({100 * share:.1f} % of the frame)")
        return None
    g = gray.astype(np.float32)
    step = np.abs(np.diff(g, axis=1))
    strong = float((step >= 30).mean())
    gentle = float(((step >= 1) & (step < 6)).mean())
    paper = float((g >= 235).mean())
    strokes = strong / max(1e-6, strong + gentle)
    if strokes >= STROKES and paper >= MIN_PAPER:
        return PictureFact("drawing", round(strokes, 3),
                           f"strokes: {100 * strong:.0f} % strong edges, {100 * gentle:.0f} % gentle gradients, "
                           f"{100 * paper:.0f} % paper")
    if grayscale:
        return PictureFact("black-and-white photo", 1.0, "no colour")
    return PictureFact("photo", round(1.0 - strokes, 3), "not a flat graphic, not strokes")


DARK_SKY_GRADIENT = 0.03
"""A dark blue top band is sky only when it gets lighter toward the horizon by at least this
much brightness (0..1) from its top rows to its bottom rows, as a dusk or night sky does (the
rocket launch at dusk: 0.076); a dark blue wall or a flat drawn sky does not (a drawn sky: 0.0)."""


SKY_GRAIN = 4.0
"""A blue top band is sky only when it is smooth at a finer scale too: the median absolute
Laplacian of its blue pixels, at 320 pixels across, at most this (grey levels). Measured on the
dev photos: skies 0-3, one with thin cloud 5; the sea seen from a cliff 6, a breaking wave's
water 10. A studio's smooth blue backdrop passes: it is not told from a sky here."""


def _fine_grain(top: np.ndarray, blue: np.ndarray) -> float:
    """Median absolute Laplacian of the ``blue`` pixels (a mask of a smaller copy) of ``top``,
    measured 320 pixels across."""
    th, tw = top.shape[:2]
    width = min(320, tw)
    g = cv2.cvtColor(cv2.resize(top, (width, max(1, round(th * width / tw))), interpolation=cv2.INTER_AREA),
                     cv2.COLOR_RGB2GRAY).astype(np.float32)
    mask = cv2.resize(blue.astype(np.uint8), (g.shape[1], g.shape[0]), interpolation=cv2.INTER_NEAREST).astype(bool)
    if not mask.any():
        return 0.0
    return float(np.median(np.abs(cv2.Laplacian(g, cv2.CV_32F))[mask]))


SCREENSHOT_LINES = 4
"""Lines of text read, at least, in a frame called a screenshot without the screen path: a
program's window shows many pieces of text (labels, lists, buttons); a photo with a caption, an
advert or a figure with its legend shows a few."""
SCREENSHOT_PROSE = 1 / 3
"""... and at most this share of them prose (:func:`~.window_kinds.prose`): a printed page's
lines are mostly sentences, a program's are labels, names and numbers."""


def screenshot_kind(web_label: float, lines: list[str], people: int) -> PictureFact | None:
    """``screenshot`` for a frame that passed the screen gate (a screen's runs of flat colour) but
    whose windows the screen path could not name, when ImageNet's "web site" (``web_label``, the
    classifier's score for it) is sure of it — it is of any program's screenshot, and of printed
    pages — and the text read (``lines``) is :data:`SCREENSHOT_LINES` lines or more, mostly not
    prose, with no person counted (``people``: an advert's photo of a face). Else None."""
    if web_label < SURE or len(lines) < SCREENSHOT_LINES or people:
        return None
    sentences = sum(prose(t) for t in lines)
    if sentences > SCREENSHOT_PROSE * len(lines):
        return None
    return PictureFact("screenshot", round(web_label, 3),
                       f"a screen's flat colours, the classifier's 'web site' at {web_label:.2f}, "
                       f"{len(lines)} lines of text, {sentences} of them prose")


def scene_words(rgb: np.ndarray, kind: PictureFact | None) -> list[SceneFact]:
    """Scene words measured in a photo: 'blue sky' when the top band is smooth and sky-blue;
    'dark blue sky' when it is smooth, dark blue and lighter toward the horizon (dusk, night)."""
    if kind is None or kind.kind != "photo":
        return []
    h, w = rgb.shape[:2]
    top = rgb[: max(1, int(h * SKY_BAND))]
    scale = min(1.0, 160 / w)
    band = cv2.resize(top, (max(1, round(w * scale)), max(1, round(top.shape[0] * scale))),
                      interpolation=cv2.INTER_AREA) if scale < 1.0 else top
    h, s, v = _hsv(band)
    blue = (h >= 190) & (h <= 250) & (s >= 0.15) & (v >= 0.35)
    g = cv2.cvtColor(band, cv2.COLOR_RGB2GRAY).astype(np.float32)
    smooth = np.ones(g.shape, bool)
    smooth[:, 1:] = np.abs(np.diff(g, axis=1)) < 6
    share = float((blue & smooth).mean())
    if share >= SKY_SHARE and _fine_grain(top, blue) <= SKY_GRAIN:
        return [SceneFact("blue sky", round(share, 3), "top")]
    dark = (h >= 190) & (h <= 250) & (s >= 0.25) & (v >= 0.12) & smooth
    share = float(dark.mean())
    if share >= SKY_SHARE and _fine_grain(top, dark) <= SKY_GRAIN:
        k = max(1, dark.shape[0] // 5)
        upper, lower = v[:k][dark[:k]], v[-k:][dark[-k:]]
        if upper.size and lower.size and float(lower.mean() - upper.mean()) >= DARK_SKY_GRADIENT:
            return [SceneFact("dark blue sky", round(share, 3), "top")]
    return []
