"""Screens: is this frame a screen rather than a photo or a drawing, which windows does it
show, what is each, and what does each say.

The decision is made from the pixels, in three steps of growing cost:

1. :func:`is_candidate` (well under a millisecond, on the strided thumbnail every frame gets):
   large runs of identical neighbouring pixels, with text lines or almost nothing else. Photos
   fail here; a frame with a screen's proportions then gets one more look, for a desktop's
   panel with a clock (:func:`desktop_panel`, a few ms; the clock is read only when a bar is
   found), which makes a desktop whose wallpaper or maximised window is a picture a screen.
2. :func:`~pixel_llm.facts.layout.measure_layout`: long straight edges and the rectangles they
   close — windows over a desktop, or one view filling the frame.
3. Text lines of each window, read through a :class:`~pixel_llm.facts.regions.RegionReader`
   (OCR once per distinct line of pixels), then what each window is, from evidence a person
   would use (:mod:`~pixel_llm.facts.window_kinds`: prompt lines and a monospace grid for a
   terminal, ``~`` rows for vi, buttons for a dialog, ...), and what a person reads first on
   it (:mod:`~pixel_llm.facts.salient`).

A frame is called a screen only when at least one window (or the one view) is recognised with
at least :data:`~pixel_llm.facts.confidence.LIKELY` confidence, or it shows a desktop's panel
with a clock; a page of text or boxes with
text that could be a poster or a diagram is left to the general path. A window whose kind is
uncertain is "a window"; the number of windows is certain (``count_sure``) only when every
text line on the screen lies inside a window that was seen, every window is outlined, and the
desktop around them is flat.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from .colors import sure_color_name
from .confidence import LIKELY
from .layout import Layout, Rect, arrangement, measure_layout
from .model import PanelFact, ScreenFacts, TextFact, WindowFact
from .panel import find_bar, read_panel
from .regions import Line, RegionReader, left_marks, text_boxes
from .salient import salient
from .window_kinds import Row, Verdict, _buttons, _rows, classify, prompt  # noqa: F401 (prompt, Row: re-exported)

GATE_SAME = 0.4
"""Screens have at least this share of neighbouring thumbnail pixels with the same (5-bit)
colour; photos mostly less."""
GATE_FLAT = 0.85
"""... and above this share a frame is checked even when the cheap detector saw no text."""
SCREEN_SCORE = 0.6
"""How sure (0..1) the evidence must make us before a frame is called a screen."""
PANEL_CLOCK = "a desktop panel with a clock"
PANEL_SCORE = 0.8
"""How sure a desktop panel with a clock makes us of a screen (the panel is found by its shape,
the clock is read: both are needed)."""
TITLE_INK = 20
"""Title bar text is often grey on a gradient: a lower ink step finds it."""
BODY_INSET = 3
"""Pixels left out inside a window's left side when its text lines are looked for."""
OUTLINED_SIDES = 3.5
"""A window without a title bar is outlined when this much of its four sides is drawn."""
SCREEN_ASPECTS = (16 / 9, 16 / 10, 4 / 3, 5 / 4, 21 / 9, 32 / 9, 3 / 2)
MIN_SCREEN_WIDTH = 640


def sameness(codes: np.ndarray) -> float:
    """Share of neighbouring pixel pairs of the strided thumbnail with the same quantised colour."""
    if codes.shape[0] < 2 or codes.shape[1] < 2:
        return 0.0
    same = np.count_nonzero(codes[:, 1:] == codes[:, :-1]) + np.count_nonzero(codes[1:] == codes[:-1])
    return same / (codes[:, 1:].size + codes[1:].size)


def is_candidate(same: float, text_lines: int) -> bool:
    """Step 1 of the module docstring: worth looking at as a screen?"""
    return same >= GATE_FLAT or (same >= GATE_SAME and text_lines >= 2)


def screen_shaped(width: int, height: int) -> bool:
    """A frame with a screen's proportions (landscape, a usual aspect ratio)."""
    if width < MIN_SCREEN_WIDTH * 0.75 or height <= 0:
        return False
    return any(abs(width / height - a) / a <= 0.015 for a in SCREEN_ASPECTS)


def desktop_panel(rgb: np.ndarray, reader: RegionReader) -> PanelFact | None:
    """The desktop's panel with a clock (:mod:`.panel`) of a screen-shaped frame, or None."""
    h, w = rgb.shape[:2]
    if not screen_shaped(w, h):
        return None
    bar = find_bar(rgb)
    return read_panel(rgb, bar, reader) if bar is not None else None


# -- the whole screen ----------------------------------------------------------------------

def _z_order(windows: list[Rect]) -> list[Rect]:
    """Windows from the front of the stack to the back (see :func:`~.layout.measure_layout`)."""
    return sorted(windows, key=lambda r: (r.depth, -r.sides))


def _fraction_box(box, w: int, h: int) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = box
    return (round(x0 / w, 3), round(y0 / h, 3), round(x1 / w, 3), round(y1 / h, 3))


def analyse(rgb: np.ndarray, reader: RegionReader, web_label: float = 0.0, panel: PanelFact | None = None
            ) -> ScreenFacts | None:
    """The screen facts of a frame that passed :func:`is_candidate`, or None when the evidence
    does not make it a screen (see the module docstring). ``panel``: a desktop's panel with a
    clock (:func:`desktop_panel`): the frame is a whole desktop, whatever its windows show."""
    H, W = rgb.shape[:2]
    layout = measure_layout(rgb)
    if layout.uniform:
        if not screen_shaped(W, H):
            return None
        return ScreenFacts(score=0.7, layout="empty", background=sure_color_name(layout.desktop_rgb),
                           evidence=["one flat colour", "screen proportions"])
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    regions: list[dict] = []
    if layout.desktop:
        stack = _z_order(layout.windows)
        for i, r in enumerate(stack):
            above = [(o.x0, o.y0, o.x1, o.y1) for o in stack[:i] if o.intersection(r)]
            inset = 3
            title_box = None
            body_top = r.y0 + inset
            if r.title_bottom is not None:
                title_box = (r.x0 + inset, r.y0 + 1, r.x1 - inset, r.title_bottom)
                body_top = r.title_bottom + 2
            body = (r.x0 + BODY_INSET, body_top, r.x1 - inset, r.y1 - inset)
            regions.append({"rect": r, "box": (r.x0, r.y0, r.x1, r.y1), "framed": True, "title_box": title_box,
                            "boxes": (text_boxes(gray, title_box, above, TITLE_INK) if title_box else [])
                            + text_boxes(gray, body, above), "marks": 0 if above else left_marks(gray, body)})
        outside = text_boxes(gray, (0, 0, W, H), [(r.x0, r.y0, r.x1 + 1, r.y1 + 1) for r in layout.windows])
        if len(outside) >= 2:
            xs0, ys0 = min(b[0] for b in outside), min(b[1] for b in outside)
            xs1, ys1 = max(b[2] for b in outside), max(b[3] for b in outside)
            regions.append({"rect": None, "box": (xs0, ys0, xs1, ys1), "framed": False, "title_box": None,
                            "boxes": outside, "marks": 0})
    else:
        regions.append({"rect": None, "box": (0, 0, W, H), "framed": False, "title_box": None,
                        "boxes": text_boxes(gray, (0, 0, W, H)), "marks": left_marks(gray, (0, 0, W, H))})
    all_boxes = [b for reg in regions for b in reg["boxes"]]
    lines = reader.read(rgb, all_boxes) if all_boxes else []
    by_box = {l.box: l for l in lines}
    windows: list[WindowFact] = []
    verdicts = []
    for reg in regions:
        reg_lines = [by_box[b] for b in reg["boxes"] if b in by_box]
        rows = _rows(reg_lines)
        title = ""
        if reg["title_box"] is not None:
            tb = reg["title_box"]
            title_rows = [r for r in rows if r.box[1] < tb[3]]
            rows = [r for r in rows if r not in title_rows]
            hidden = any(o.depth < reg["rect"].depth and o.intersection(reg["rect"]) and o.y0 <= tb[3]
                         for o in layout.windows)  # a title half hidden by a window in front: not said
            words = [p.text for r in title_rows for p in r.pieces if len(re.sub(r"\W", "", p.text)) >= 2]
            if words and not hidden:  # the title, not the window buttons read as letters beside it
                title = max(words, key=lambda t: len(re.findall(r"[A-Za-z]", t)))
        if not reg["framed"] and sum(len(re.findall(r"[A-Za-z0-9]", r.text)) >= 3 for r in rows) < 2:
            continue  # "text" outside the windows that reads as (almost) nothing: wallpaper detail
        v = classify(rows, title, rgb, reg["box"], W * H, reg["framed"], web_label, reg["marks"])
        verdicts.append(v)
        buttons = _buttons(rows, rgb, reg["box"]) if v.kind in ("dialog", "installer") else []
        dark = sum(r.dark for r in rows) * 2 > len(rows) if rows else False
        windows.append(WindowFact(
            kind=v.kind, score=round(v.score, 3), box=_fraction_box(reg["box"], W, H), title=title, app=v.app,
            theme=("dark" if dark else "light") if rows else "",
            text=[TextFact(p.text, round(p.score, 3), _fraction_box(p.box, W, H)) for r in rows for p in r.pieces],
            salient=salient(v.kind, v.app, rows, title, buttons), buttons=buttons, evidence=v.evidence,
            framed=reg["framed"]))
    known = [w for w in windows if w.kind != "window" or w.score >= LIKELY]  # a kind, or a program's menu bar
    if not known and panel is None:
        return None
    evidence = [PANEL_CLOCK] if panel is not None else []
    best = max((w.score for w in known), default=0.0)
    if layout.desktop:
        score = 0.3 + 0.5 * best
        evidence.append("windows over a desktop")
        if any(r.title_bottom is not None for r in layout.windows):
            score += 0.1
            evidence.append("title bars")
    else:  # one view: what it shows must be recognised on its own
        score = 0.8 * best + (0.2 if windows and len(windows[0].text) >= 3 else 0.0)
        evidence.extend(["one view of text"] if windows else [])
    evidence.extend(e for w in known for e in w.evidence)
    if panel is not None:
        score = max(score, PANEL_SCORE)
    if score < SCREEN_SCORE:
        return None
    background = None
    if layout.desktop and layout.desktop_rgb is not None:
        background = sure_color_name(layout.desktop_rgb) if layout.desktop_flat else "picture"
    count_known = all(w.framed for w in windows)
    outlined = all(r.title_bottom is not None or r.sides >= OUTLINED_SIDES for r in layout.windows)
    return ScreenFacts(
        score=round(min(score, 0.99), 3), layout="desktop" if layout.desktop else "full",
        windows=sorted(windows, key=lambda w: (not w.framed, w.box[0], w.box[1])),
        background=background, arrangement=arrangement([r["rect"] for r in regions if r["rect"] is not None]),
        count_known=count_known, evidence=evidence,
        count_sure=bool(count_known and layout.desktop and layout.desktop_flat and outlined
                        and len(windows) == len(layout.windows)),
        panel=panel)


def from_text(texts: list[TextFact], width: int, height: int, box: tuple[float, float, float, float],
              hint_kind: str = "") -> WindowFact:
    """A window made of lines already read (a part of a view that the host says is a window of
    its own): what it is, from its text alone, else from the host's word for it."""
    px = lambda b: (round(b[0] * width), round(b[1] * height), round(b[2] * width), round(b[3] * height))  # noqa
    rows = _rows([Line(t.text, t.score, px(t.box), False) for t in texts])
    region = px(box)
    v = classify(rows, "", None, region, width * height, True, 0.0)
    if v.kind == "window" and hint_kind:
        v = Verdict(hint_kind, 0.5, "", ["the host's app id"])
    return WindowFact(kind=v.kind, score=round(v.score, 3), box=box, app=v.app, text=list(texts),
                      salient=salient(v.kind, v.app, rows, "", []), evidence=v.evidence, framed=True)


def all_text(screen: ScreenFacts) -> list[TextFact]:
    """Every line of every window, window by window (titles first)."""
    out = []
    for w in screen.windows:
        if w.title:
            out.append(TextFact(w.title, 1.0 if w.source != "pixels" else 0.9, w.box))
        out.extend(w.text)
    return out


def layout_only(rgb: np.ndarray) -> Layout:
    """The geometry alone (for callers that want windows without reading text)."""
    return measure_layout(rgb)
