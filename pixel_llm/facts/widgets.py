"""The widgets of a program's window, seen in the pixels: check boxes and radio buttons before
its options, and the push buttons at the bottom of a dialog.

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

A push button (:func:`push_buttons`) is a label drawn inside a box of its own: four straight
sides close around the letters, the label about centred, the face plain above and below it, and
the top and bottom edges stopping at the sides (a table's rules run on from cell to cell). A
dialog's buttons (:func:`bottom_buttons`) are such buttons of a word or two, in the bottom fifth of
its window, with no text below them: a web page's buttons say more ("Save and add another") or
have its footer below.
"""

from __future__ import annotations

from itertools import pairwise

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
BOX_EDGE = 0.85
"""A check box's outline covers this share of the edge of its bounding box at least (a letter
"E" or "D" covers less)."""
TICK_ROOM = 0.2
"""... and its tick leaves this share of the inside open."""
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
    if _ticked_box(mark):
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


def _ticked_box(mark: np.ndarray) -> bool:
    """The mark is a box with a tick in it: drawn all round its edge (:data:`BOX_EDGE` of it, the
    corners may be rounded), open inside for :data:`TICK_ROOM` of it or more (a filled square,
    an icon of one colour, is not). A thick tick fills the hole that :func:`_hollow` looks for."""
    edge = np.concatenate([mark[0], mark[-1], mark[1:-1, 0], mark[1:-1, -1]])
    inner = mark[2:-2, 2:-2]
    return bool(edge.mean() >= BOX_EDGE and inner.size and (inner == 0).mean() >= TICK_ROOM)


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
    ay0, ay1 = max(0, y0 - h), min(H, y1 + h)  # a toggle as tall as 1.6 h, off centre by 0.6 h, fits
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


def _halved(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """Half of ``box``'s height, centred on it: the line height of two lines read as one (an item
    and the grey line under it, "Mozilla Firefox" over "firefox-esr 52.5"), whose toggle stands
    beside both, centred on them, as tall as one line."""
    x0, y0, x1, y1 = box
    return x0, round(y0 + (y1 - y0) / 4), x1, round(y1 - (y1 - y0) / 4)


def _toggle_beside(gray: np.ndarray, box: tuple[int, int, int, int], origin: tuple[int, int]) -> int | None:
    """:func:`toggle_before` the piece at ``box`` (frame coordinates; ``gray`` starts at ``origin``),
    measured against its own height, else against one line of it (:func:`_halved`)."""
    ox, oy = origin
    for x0, y0, x1, y1 in (box, _halved(box)):
        x = toggle_before(gray, (x0 - ox, y0 - oy, x1 - ox, y1 - oy))
        if x is not None:
            return x
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
    found = [(x, b) for b in boxes for x in [_toggle_beside(gray, b, (x0, y0))] if x is not None]
    best = 0
    for x, b in found:
        h = b[3] - b[1]
        centres = sorted((o[1] + o[3]) / 2 for ox, o in found if abs(ox - x) <= 0.5 * h)
        rows = 1 + sum(c - p >= 0.8 * h for p, c in zip(centres, centres[1:]))
        best = max(best, rows)
    return best


# -- push buttons ---------------------------------------------------------------------------

EDGE = 24
"""Grey-level step between neighbouring pixels that counts as a button's outline or the edge of
its face (as :func:`.window_kinds._button_shape` measures it)."""
LINE_COVER = 0.85
"""A button's side is a line: this share of its length, at least, is such a step."""
MARGIN_Y = (0.3, 1.4)
"""A button's top and bottom stand this many heights of its label's letters above and below them
(a status bar's sunken panels fit their text closer)..."""
MARGIN_X = (0.2, 5.0)
"""... and its left and right sides this many to the label's sides..."""
CENTRED = 0.5
"""... which are about as far (the two differ by at most this share of their sum, or half a
height): a label about centred on its button, an icon before it allowed; not a field's text
written from its left end."""
EMPTY = 0.1
"""Above and below its label a button's face is plain: at most this share of steps there (the tips of
letters taller than the rest, JPEG's ripples; a line of text has two or three times as many)."""
BETWEEN = 1.0
"""OCR reads two buttons side by side as one piece ("Proceed  Quit"): a gap in its letters this
many heights wide, at least, or a side drawn across the line between two letters parts it (the
space between two words is about a third of a height)."""


def _is_line(steps: np.ndarray) -> bool:
    """A run of pixels is a drawn line: :data:`LINE_COVER` of it or more are steps."""
    return steps.size > 0 and np.count_nonzero(steps) >= LINE_COVER * steps.size


def _line_at(edges: np.ndarray, near: range, cover: slice, axis: int) -> int | None:
    """The first index in ``near`` where ``edges`` has a straight line across ``cover``: a row
    (axis 0) or a column (axis 1)."""
    return next((i for i in near if _is_line(edges[i, cover] if axis == 0 else edges[cover, i])), None)


def _letters(gray: np.ndarray, box: tuple[int, int, int, int]) -> tuple[np.ndarray, np.ndarray] | None:
    """The letters of ``box`` and the straight lines drawn across it, as two masks of its size.
    OCR's box often takes in a button's outline or two: a line as long as the box is high, or a
    side as tall, is no stroke of a letter."""
    x0, y0, x1, y1 = box
    part = gray[y0:y1, x0:x1]
    if part.size == 0:
        return None
    step = np.abs(part.astype(np.int16) - int(np.median(part)))
    ink, drawn = (step >= 2 * EDGE).astype(np.uint8), (step >= EDGE).astype(np.uint8)  # lines may be faint
    n = y1 - y0
    across = cv2.morphologyEx(drawn, cv2.MORPH_OPEN, np.ones((1, max(3, n)), np.uint8))
    down = cv2.morphologyEx(drawn, cv2.MORPH_OPEN, np.ones((max(3, int(0.85 * n)), 1), np.uint8))
    return ink & ~(across | down) & 1, down


def _tight(letters: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    ys, xs = np.flatnonzero(letters.any(axis=1)), np.flatnonzero(letters.any(axis=0))
    if len(ys) == 0:
        return None
    return box[0] + int(xs[0]), box[1] + int(ys[0]), box[0] + int(xs[-1]) + 1, box[1] + int(ys[-1]) + 1


def push_button(gray: np.ndarray, letters: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The push button (x0, y0, x1, y1) whose label's letters fill the box ``letters``, or None:
    four straight sides drawn close around them (an outline, or the edge of a face of its own
    colour), the label about centred between the left and the right side. A table's rules above
    and below a cell, or an underline, have no sides; a field's text starts at its left side."""
    x0, y0, x1, y1 = letters
    h = y1 - y0
    H, W = gray.shape
    if h < 6 or x1 - x0 < 0.8 * h:
        return None
    ay0, ay1 = max(0, y0 - int(MARGIN_Y[1] * h) - 2), min(H, y1 + int(MARGIN_Y[1] * h) + 2)
    ax0, ax1 = max(0, x0 - int(MARGIN_X[1] * h) - 2), min(W, x1 + int(MARGIN_X[1] * h) + 2)
    area = gray[ay0:ay1, ax0:ax1].astype(np.int16)
    horizontal = np.zeros(area.shape, bool)  # a step between a row and the next: a side along x
    horizontal[1:] = np.abs(area[1:] - area[:-1]) >= EDGE
    vertical = np.zeros(area.shape, bool)  # a step between a column and the next: a side along y
    vertical[:, 1:] = np.abs(area[:, 1:] - area[:, :-1]) >= EDGE
    horizontal[1:-1] |= horizontal[2:]  # a side drawn a pixel off a straight line (antialiasing)
    vertical[:, 1:-1] |= vertical[:, 2:]
    tx0, ty0, tx1, ty1 = x0 - ax0, y0 - ay0, x1 - ax0, y1 - ay0
    across = slice(tx0, tx1)
    lo, hi = int(MARGIN_Y[0] * h), int(MARGIN_Y[1] * h)
    top = _line_at(horizontal, range(ty0 - lo, max(ty0 - hi, 0) - 1, -1), across, 0)
    bottom = _line_at(horizontal, range(ty1 + lo, min(ty1 + hi, area.shape[0] - 1) + 1), across, 0)
    if top is None or bottom is None:
        return None
    down = slice(top + 2, bottom - 1)  # the sides, between the top and the bottom
    lo, hi = int(MARGIN_X[0] * h), int(MARGIN_X[1] * h)
    left = _line_at(vertical, range(tx0 - lo, max(tx0 - hi, 0) - 1, -1), down, 1)
    right = _line_at(vertical, range(tx1 + lo, min(tx1 + hi, area.shape[1] - 1) + 1), down, 1)
    if left is None or right is None:
        return None
    ml, mr = tx0 - left, right - tx1
    if abs(ml - mr) > max(CENTRED * (ml + mr), 0.5 * h):
        return None
    r = max(2, h // 4)  # rounded corners
    for y in (top, bottom):
        if not _is_line(horizontal[y, left + r:right - r + 1]):
            return None  # the top and the bottom run from side to side: the label's own box
        after, before = horizontal[y, right + 3:right + 3 + h], horizontal[y, max(0, left - 3 - h):max(0, left - 2)]
        if _is_line(after) or _is_line(before):
            return None  # a table's rule runs on past a cell's sides; a button's edge stops
    steps = horizontal | vertical
    for band in (steps[top + 3:ty0 - 2, left + 3:right - 2], steps[ty1 + 3:bottom - 2, left + 3:right - 2]):  # JPEG's ripples
        if band.size and np.count_nonzero(band) > EMPTY * band.size:
            return None  # the lines above and below the label hold more than the label: text rows
    return ax0 + left, ay0 + top, ax0 + right, ay0 + bottom


def push_buttons(gray: np.ndarray, box: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """The push buttons labelled by the text of ``box``: one, or several side by side that OCR
    read as one piece, parted where a side is drawn between two letters or at a wide gap between
    them (:data:`BETWEEN`)."""
    parts = _letters(gray, box)
    tight = _tight(parts[0], box) if parts is not None else None
    if tight is None:
        return []
    letters, down = parts
    h = tight[3] - tight[1]
    cols = np.flatnonzero(letters.any(axis=0))
    sides = np.flatnonzero(down.any(axis=0))
    spans, start = [], 0  # the columns of each label, in the box
    for a, b in pairwise(cols):
        if b - a > BETWEEN * h or np.any((sides > a) & (sides < b)):
            spans.append((int(cols[start]), int(a) + 1))
            start = int(np.searchsorted(cols, b))
    spans.append((int(cols[start]), int(cols[-1]) + 1))
    labels = [_tight(letters[:, c0:c1], (box[0] + c0, box[1], box[0] + c1, box[3])) for c0, c1 in spans]
    found = [push_button(gray, label) for label in labels if label is not None]
    return [b for b in found if b is not None]


BOTTOM = 0.2
"""A dialog's buttons stand in the bottom fifth of its window, below all its other text."""
WORDS = 2
"""... and say what they do in a word or two ("OK", "Save As", "Proceed"); a page's buttons say more
("Save and add another", "Add Remote Device")."""


def bottom_buttons(rgb: np.ndarray | None, pieces: list[tuple[tuple[int, int, int, int], str]],
                   region: tuple[int, int, int, int]) -> int:
    """How many push buttons of a dialog the window ``region`` shows (0 without pixels), from
    the pieces of text read in it, as (box, text): the buttons seen from their shape
    (:func:`push_buttons`) whose labels have a word or two and lie in the window's bottom fifth,
    with no other text below them, whatever the words ("OK", "Cancel", "Proceed")."""
    _, y0, _, y1 = region
    low = [(b, t) for b, t in pieces if (b[1] + b[3]) / 2 >= y1 - BOTTOM * (y1 - y0)]
    if rgb is None or not low:
        return 0
    m = 6 * max(b[3] - b[1] for b, _ in low)  # what push_button looks at around a label, and more
    H, W = rgb.shape[:2]
    cx0, cy0 = max(0, min(b[0] for b, _ in low) - m), max(0, min(b[1] for b, _ in low) - m)
    cx1, cy1 = min(W, max(b[2] for b, _ in low) + m), min(H, max(b[3] for b, _ in low) + m)
    gray = cv2.cvtColor(np.ascontiguousarray(rgb[cy0:cy1, cx0:cx1]), cv2.COLOR_RGB2GRAY)
    found = set()
    for b, text in low:
        buttons = push_buttons(gray, (b[0] - cx0, b[1] - cy0, b[2] - cx0, b[3] - cy0))
        if buttons and len(text.split()) <= WORDS * len(buttons):
            found.update(buttons)
    if not found:
        return 0
    last = max(y for _, _, _, y in found) + cy0
    if any((b[1] + b[3]) / 2 > last for b, _ in pieces):
        return 0  # text below the buttons (a page's footer): not a dialog's last row
    return len(found)
