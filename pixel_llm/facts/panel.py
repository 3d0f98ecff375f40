"""A desktop's panel: the bar along the top or bottom edge of a whole screen that shows the
time (GNOME's top bar, Ubuntu's panel, a Windows taskbar, macOS's menu bar).

A clock read at the outer end of such a bar is evidence, from the pixels, that a frame is a
whole desktop and not a photo, even when its wallpaper or a maximised window is a picture and
no window's kind can be named. Two steps, the first cheap:

1. :func:`find_bar`: the top (or bottom) rows of the frame form a bar: one background colour
   across the whole width (text and icons aside) for ``MIN_BAR``..``MAX_BAR`` of the height,
   ending at a clear change of colour.
2. :func:`read_panel`: the bar's text is read, and a time of day (``11:06``, ``1:00 PM``) must
   be there, outside the bar's left quarter (menus and window titles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np

from .model import PanelFact
from .regions import RegionReader, text_boxes

MIN_BAR_PX = 10
MAX_BAR = 0.08
"""A panel is at most this share of the frame's height (Windows' taskbar at 768 rows: 5 %)."""
UNIFORM = 0.3
"""Share of a bar row's pixels within ``NEAR`` of the bar's colour (the rest: text and icons,
which fill two thirds of some rows of a small Ubuntu panel)."""
NEAR = 24
GAP = 3
BORDER = 2
"""Rows of a border line drawn around a screenshot, at the frame's edge, before its panel."""
CHANGE = 30
"""The first row below the bar differs from the bar's colour by this much (mean, 0..255)."""
LEFT_PART = 1 / 4
READ_HEIGHT = 40
"""A bar lower than this many pixels is enlarged (by a whole factor) before it is read: a panel
of a screenshot shown at 800×450 has 7-px type, too small for OCR."""
CLOCK = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d:])")


@dataclass(frozen=True)
class Bar:
    edge: str  # "top" or "bottom"
    box: tuple[int, int, int, int]  # left, top, right, bottom in frame pixels


def _bar_rows(rows: np.ndarray) -> tuple[int, np.ndarray]:
    """How many of ``rows`` (edge first, each a row of RGB pixels) belong to a bar, and the
    bar's colour at its inner end. Each row is compared with the row before it (panels are often
    a gradient), and up to ``GAP`` rows that break the bar (a line of icons, a JPEG seam) are
    passed over when the bar's colour comes back after them."""
    medians = np.median(rows, axis=1)  # one colour per row
    ref = np.concatenate([medians[:1], medians[:-1]])  # the colour of the row before
    near = (np.abs(rows.astype(np.int16) - ref[:, None, :]).max(axis=2) <= NEAR).mean(axis=1) >= UNIFORM
    n = i = 0
    while i < len(rows):
        if near[i] and (i == n or np.abs(medians[i] - medians[n - 1]).max() <= NEAR):
            i += 1
            n = i
        elif i - n >= GAP or i == 0:
            break
        else:
            i += 1
    return n, medians[max(0, n - 1)]


def _uniform(row: np.ndarray) -> bool:
    colour = np.median(row, axis=0)
    return (np.abs(row.astype(np.int16) - colour).max(axis=1) <= NEAR).mean() >= UNIFORM


def find_bar(rgb: np.ndarray) -> Bar | None:
    """The panel-like bar along the top or bottom edge of a whole-screen frame, or None."""
    h, w = rgb.shape[:2]
    limit = int(h * MAX_BAR) + 1
    if limit <= MIN_BAR_PX or w < 4 * limit:
        return None
    step = max(1, w // 160)  # a bar is wide: 160 columns across it tell it
    for edge in ("top", "bottom"):
        edge_rows = rgb[:limit + 1 + BORDER, ::step] if edge == "top" else rgb[::-1][:limit + 1 + BORDER, ::step]
        if not all(_uniform(edge_rows[i]) for i in (0, MIN_BAR_PX // 2, MIN_BAR_PX - 1)):
            continue  # most photos end here
        for skip in range(BORDER + 1):  # the bar may start under the screenshot's border line
            rows = edge_rows[skip:]
            n, colour = _bar_rows(rows)
            if not MIN_BAR_PX <= n <= limit - 1:
                continue
            below = rows[n + 1] if n + 1 < len(rows) else rows[n]
            if np.abs(below.astype(np.int16) - colour).max(axis=1).mean() < CHANGE:
                continue  # no clear end: a sky or a wall, not a bar
            n += skip
            box = (0, 0, w, n) if edge == "top" else (0, h - n, w, h)
            return Bar(edge, box)
    return None


def _read_clock(rgb: np.ndarray, bar: Bar, reader: RegionReader, scale: int) -> tuple[list, str]:
    """The bar's text lines, read enlarged ``scale`` times, and the time of day among them ('')."""
    x0, y0, x1, y1 = bar.box
    strip = np.ascontiguousarray(rgb[y0:y1, x0:x1, :3])
    if scale > 1:
        strip = cv2.resize(strip, (strip.shape[1] * scale, strip.shape[0] * scale), interpolation=cv2.INTER_CUBIC)
    gray = strip.mean(axis=2).astype(np.uint8)
    boxes = text_boxes(gray, (0, 0, strip.shape[1], strip.shape[0]))
    if not boxes:
        return [], ""
    split = (x1 - x0) * scale * LEFT_PART
    lines = reader.read(strip, boxes)
    clock = next((m.group(0) for line in lines if (line.box[0] + line.box[2]) / 2 >= split
                  for m in [CLOCK.search(line.text)] if m), "")
    return lines, clock


def read_panel(rgb: np.ndarray, bar: Bar, reader: RegionReader) -> PanelFact | None:
    """``bar`` as a desktop's panel: a time of day must be read in it outside its left quarter
    (GNOME shows it in the middle; Ubuntu, KDE, macOS and Windows at the right; the left holds
    menus and window titles), else None."""
    x0, y0, x1, y1 = bar.box
    scale = max(1, -(-READ_HEIGHT // max(1, y1 - y0)))  # a small panel's type is enlarged to be read
    lines, clock = _read_clock(rgb, bar, reader, scale)
    if not clock and scale > 1:  # a clock's colon in small light type is lost at 2x and read at 3x
        scale += 1
        lines, clock = _read_clock(rgb, bar, reader, scale)
    if not clock:
        return None
    split = (x1 - x0) * scale * LEFT_PART
    left = [line for line in lines if line.box[0] < split and len(re.findall(r"[A-Za-z]", line.text)) >= 3]
    title = min(left, key=lambda line: line.box[0]).text.strip() if left else ""
    return PanelFact(bar.edge, clock, title)
