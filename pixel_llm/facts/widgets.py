"""Check boxes and radio buttons: the toggles a program's window puts before its options.

A person who sees a small empty square or ring just before a line of text ("☐ Use custom
settings", "◯ No proxy") knows it is a program's window, or a form in one: photos, drawings and
most pages of the web do not draw them. :func:`toggles` counts them before the pieces of text a
window's OCR read, from the pixels alone, as :mod:`.window_kinds` uses them.

What counts as a toggle, for a piece of text of height ``h``:

- a connected mark within three heights left of the text (or inside the first height of OCR's
  box, which often takes it in), not cut by the frame's edge, about as tall as the text
  (0.6–1.6 ``h``) and about square;
- hollow: a thin outline around a hole of its own (a ring, a box; a filled bullet, a letter
  "C" or a thick icon is not);
- with a gap of its own before the text (a letter "O" starting a word has none);
- beside the text's line (centred on it, or on the two lines of an item with a second line).
"""

from __future__ import annotations

import cv2
import numpy as np

INK = 20
"""Grey-level step from the text's own background that counts as drawn: low enough for a dark
theme's grey ring on a dark face (a step of 20-40 on Firefox's proxy settings). JPEG's ripples
around letters pass it too; the hole, size and gap tests below keep them out."""
SIDE = (0.6, 1.6)
"""A toggle's side, in heights of the text line after it."""
SQUARE = 0.75
"""... and its width over its height (or the inverse) at least this."""
HOLE = 0.35
"""A toggle's hole (inside its outline) covers this share of its bounding box at least: a ring
or a box drawn with a thin line; the hole of a letter "o" or "Q" merged with the next letter,
or of an icon drawn in thick strokes, is smaller."""
CENTRED_HOLE = 0.08
"""... or, at the mark's very centre, this share (a dot left white in a filled disc)."""
GAP = 0.15
"""A toggle stands this many heights clear of the text after it, at least."""


def _hollow(mark: np.ndarray) -> bool:
    """The mark is an outline around a hole of its own: a ring or a box drawn with a thin line
    (its holes cover :data:`HOLE` of its bounding box or more), or a filled disc around a
    hole at its very centre (a chosen radio button's dot, as Windows and GNOME draw it)."""
    h, w = mark.shape
    if h < 5 or w < 5:
        return False
    contours, hierarchy = cv2.findContours(np.pad(mark, 1), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return False
    holes = [c for c, link in zip(contours, hierarchy[0]) if link[3] != -1]  # not outer edges
    if sum(cv2.contourArea(c) for c in holes) >= HOLE * h * w:  # a tick may cut a box's hole in two
        return True
    for c in holes:
        area = cv2.contourArea(c)
        m = cv2.moments(c)
        if area < CENTRED_HOLE * h * w or m["m00"] <= 0:
            continue
        cx, cy = m["m10"] / m["m00"] - 1, m["m01"] / m["m00"] - 1  # the padding taken off
        if abs(cx - (w - 1) / 2) <= 0.1 * w and abs(cy - (h - 1) / 2) <= 0.1 * h:
            return True
    return False


def toggle_before(gray: np.ndarray, box: tuple[int, int, int, int]) -> int | None:
    """The left edge (x) of a check box or a radio button just before the text of ``box``
    (x0, y0, x1, y1), or None when there is none. OCR's box often takes the toggle in (read as
    "O", "©" or not at all): it may lie inside the box's first height."""
    x0, y0, x1, y1 = box
    h = y1 - y0
    if h < 6:
        return None
    H, W = gray.shape
    ax0, ax1 = max(0, x0 - 3 * h), min(W, x0 + 2 * h)  # the text after a toggle in its box: seen
    ay0, ay1 = max(0, y0 - h // 2), min(H, y1 + h // 2)
    area = gray[ay0:ay1, ax0:ax1]
    if area.size == 0 or ax1 - ax0 < h:
        return None
    behind = int(np.median(gray[y0:y1, x0:x1]))  # the text's own background (the window's may differ)
    ink = (np.abs(area.astype(np.int16) - behind) >= INK).astype(np.uint8)
    ink = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))  # a thin ring's breaks
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    marks = sorted(range(1, n), key=lambda i: stats[i, cv2.CC_STAT_LEFT])
    for i in marks:
        left, top, w, hh = (int(stats[i, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP,
                                                      cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))
        if not (SIDE[0] * h <= hh <= SIDE[1] * h and SIDE[0] * h <= w <= SIDE[1] * h):
            continue
        if min(w, hh) < SQUARE * max(w, hh) or top == 0 or top + hh >= ink.shape[0]:
            continue
        if abs((ay0 + top + hh / 2) - (y0 + y1) / 2) > 0.6 * h or ax0 + left + w > x0 + h:
            continue  # off the line, or a letter of the text itself
        if ax0 + left == 0:
            continue  # cut by the frame's edge: a letter or a border, not a whole toggle
        inside = ink[top:top + hh, left:left + w]
        if not _hollow(inside):
            continue
        right = ink[top:top + hh, left + w:]  # what follows: the text, after a gap
        cols = np.flatnonzero(right.any(axis=0))
        if len(cols) and cols[0] < GAP * h:
            continue
        return ax0 + left
    return None


def toggles(rgb: np.ndarray | None, boxes: list[tuple[int, int, int, int]]) -> int:
    """How many toggles stand in one column before the pieces of text at ``boxes`` read in a
    window (the most in any column; 0 without pixels). Options are stacked: a column of two rows or
    more is a group of check boxes or radio buttons, where round icons in a toolbar's row are not."""
    if rgb is None or not boxes:
        return 0
    # grey only around the window's text (the frame may hold other windows): a margin of three
    # line heights is all that toggle_before looks at; clamped at the frame's edges, which stay edges
    m = 3 * max(b[3] - b[1] for b in boxes)
    H, W = rgb.shape[:2]
    x0, y0 = max(0, min(b[0] for b in boxes) - m), max(0, min(b[1] for b in boxes) - m)
    x1, y1 = min(W, max(b[2] for b in boxes) + m), min(H, max(b[3] for b in boxes) + m)
    gray = cv2.cvtColor(np.ascontiguousarray(rgb[y0:y1, x0:x1]), cv2.COLOR_RGB2GRAY)
    found = [(x, b) for b in boxes
             for x in [toggle_before(gray, (b[0] - x0, b[1] - y0, b[2] - x0, b[3] - y0))] if x is not None]
    best = 0
    for x, b in found:
        h = b[3] - b[1]
        centres = sorted((o[1] + o[3]) / 2 for ox, o in found if abs(ox - x) <= 0.5 * h)
        rows = 1 + sum(c - p >= 0.8 * h for p, c in zip(centres, centres[1:]))
        best = max(best, rows)
    return best
