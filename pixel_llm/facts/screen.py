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
with a clock; a page of text or boxes with text that could be a poster or a diagram is left to
the general path, which calls it a screenshot only on the classifier's word and many short lines
(:func:`~pixel_llm.facts.picture.screenshot_kind`). A window whose kind is
uncertain is "a window"; the number of windows is certain (``count_sure``) only when every
text line on the screen lies inside a window that was seen, every window is outlined, and the
desktop around them is flat.
"""

from __future__ import annotations

import re
from dataclasses import replace

import cv2
import numpy as np

from .app_titles import app_in_title, dialog_title, program_title, without_buttons
from .colors import sure_color_name
from .confidence import LIKELY
from .layout import Layout, Rect, arrangement, measure_layout
from .model import PanelFact, ScreenFacts, TextFact, WindowFact
from .panel import find_bar, read_panel
from .regions import Line, RegionReader, left_marks, text_boxes
from .salient import salient
from .textmode import text_mode
from .window_kinds import (  # noqa: F401 (prompt, Row: re-exported)
    MENU_BAR,
    MONOSPACE_SPREAD,
    PROGRAM_SIGNS,
    PROGRAM_WINDOW,
    PROPORTIONAL_SPREAD,
    PUSH_BUTTONS,
    TOGGLES,
    Row,
    Verdict,
    _buttons,
    _rows,
    boxed_button_row,
    classify,
    menu_row,
    prompt,
    spacing,
)

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
BOXED_BUTTONS = "a row of push buttons in boxes of their own"
BUTTON_LABEL = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+)?\W?")
"""A push button's label: a capitalised word or two ("Preview", "Save As", "Print…"); a path, a
number or a field's value beside a dialog's buttons is no button."""
BOXED_SCORE = 0.6
"""How sure a dialog's row of push buttons ("Cancel  Apply  OK"), seen as boxes, makes its window a dialog."""
MENU_BAR_SCORE = 0.7
"""How sure a program's menu bar ("File Edit View … Help" near a window's top) makes us of a screen."""
TITLE_INK = 20
"""Title bar text is often grey on a gradient: a lower ink step finds it."""
BODY_INSET = 3
"""Pixels left out inside a window's left side when its text lines are looked for."""
OUTLINED_SIDES = 3.5
"""A window without a title bar is outlined when this much of its four sides is drawn."""
SCREEN_ASPECTS = (16 / 9, 16 / 10, 4 / 3, 5 / 4, 21 / 9, 32 / 9, 3 / 2)
MIN_SCREEN_WIDTH = 640
WIDGET = 0.12
"""A box lower than this share of the frame's height, without a title bar and with one line of
text at most, is a button or a field of the window behind it ("Quit", an address's field), not a
window of its own."""
BUTTONS_END = 0.85
"""Window buttons (minimise, maximise, close) sit in this right end of a title bar (on the
left, as Unity and macOS draw them, they are left to the engine)."""
FILLS = 0.9
"""A window fills the frame when it spans this share of its width and of its height."""
TOP_TITLE = 0.07
"""The title bar of a window that fills the frame lies in this top share of the frame's height."""
TOP_TITLE_START = 0.03
"""... and its text starts in this top share (a row lower down is the window's content)."""
TITLE_CENTRED = 0.08
"""A title of a program not listed counts when its middle is within this share of the frame's
width of the frame's middle..."""
BAR_END = 0.06
"""... and marks (the window's icon, its buttons) start within this share of the width from the
left edge and end within half of it from the right edge."""


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


def filling_window(layout: Layout) -> Rect | None:
    """The window that fills a frame that is no desktop (a screenshot of one window), when the
    layout saw its outline from the frame's top edge, across its width and down most of its
    height, with the line under a title bar: the title bar of a program's window."""
    W, H = layout.width, layout.height
    for r in layout.windows:
        if r.title_bottom is not None and r.y0 <= 0.01 * H + 3 and r.w >= FILLS * W and r.h >= FILLS * H:
            return r
    return None


def without_icon(title: str) -> str:
    """A title without the window's icon read as a character or two before it ("8 Preferences",
    "£3 Computer Management", "a Find Text"): a first token of at most two characters, none lower
    case, or all lower case before a capitalised word."""
    first, _, rest = title.partition(" ")
    if rest and len(first) <= 2 and first not in ("A", "I", "-", "–", "—") \
            and (not re.search(r"[a-z]", first) or rest[:1].isupper() and not re.search(r"[A-Z]", first)):
        return rest.strip()
    return title


def _title_pieces(rgb: np.ndarray, boxes: list[tuple[int, int, int, int]], bar: tuple[int, int, int, int]
                  ) -> list[tuple[int, int, int, int]]:
    """The pieces of a title bar that may be its title: each without the rows above and below it
    that are not the bar's (:func:`_inside_bar`), and without the window buttons (short pieces in
    the bar's right end): read with them, the engine loses the title and the lines read in the
    same pass."""
    x0, _, x1, _ = bar
    out = []
    for b in boxes:
        if b[0] >= x0 + BUTTONS_END * (x1 - x0) and b[2] - b[0] < 3 * (b[3] - b[1]):
            continue
        out.append(_inside_bar(rgb, b))
    return out


def _inside_bar(rgb: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """``box`` without the rows at its top and bottom that are not of the bar's colour (the
    frame's border above a title bar, the menu bar below it): read with them, a title is lost."""
    x0, y0, x1, y1 = box
    crop = rgb[y0:y1, x0:x1].astype(np.int16)
    if crop.shape[0] < 8:
        return box
    bg = np.median(crop.reshape(-1, 3), axis=0)
    off = np.abs(np.median(crop, axis=1) - bg).max(axis=1) > 48
    top, bottom = 0, len(off)
    while top < bottom and off[top]:
        top += 1
    while bottom > top and off[bottom - 1]:
        bottom -= 1
    return box if bottom - top < 6 else (x0, y0 + top, x1, y0 + bottom)


def top_title(rgb: np.ndarray, gray: np.ndarray, reader: RegionReader) -> tuple[str, int] | None:
    """(title, bottom row of its text) when the frame's first text row, at its very top, is a
    window title that names a known program ("… - Mozilla Firefox", "… - Notepad") or that has the
    marks and the form of a title bar ("Edit Channel — Kaffeine"): the frame is that program's
    window, title bar and all. None otherwise."""
    H, W = rgb.shape[:2]
    band = (0, 0, W, max(24, round(TOP_TITLE * H)))
    everything = text_boxes(gray, band, (), TITLE_INK)
    boxes = _title_pieces(rgb, everything, band)
    if not boxes:
        return None
    rows = _rows(reader.read(rgb, boxes))
    if not rows or rows[0].box[1] > TOP_TITLE_START * H + 4:
        return None
    for text in [p.text for p in rows[0].pieces] + [rows[0].text]:
        named = app_in_title(text, head_needed=False)
        if named is not None:
            return without_icon(named[2].strip()), rows[0].box[3]
    # a program not listed: a title bar's three parts, the window's icon at the left end, its
    # title centred ("Edit Channel — Kaffeine", as KDE and GNOME centre it) and its buttons at
    # the right end; a page's heading at the top of a frame has no such marks at both ends
    if any(b[0] <= BAR_END * W for b in everything) and any(b[2] >= (1 - BAR_END / 2) * W for b in everything):
        for p in rows[0].pieces:
            named = program_title(p.text)
            if named is not None and abs((p.box[0] + p.box[2]) / 2 - W / 2) <= TITLE_CENTRED * W:
                return without_icon(f"{named[0]} — {named[1]}"), rows[0].box[3]  # its buttons left out
    return None


# -- the whole screen ----------------------------------------------------------------------

HEADER_TOP = 0.15
"""A header bar's title is the window's first row, starting in this top share of its height ..."""


def _header_title(rows: list[Row], box: tuple[int, int, int, int]) -> str | None:
    """The title of a dialog drawn in its own header bar, as GTK and macOS draw it (no title bar
    of another colour: "Gnote Preferences" above a notebook, "Close" below): the window's first
    row, at its top and centred in it (:data:`HEADER_TOP`, :data:`TITLE_CENTRED`), that reads as
    a dialog's title (:func:`~.app_titles.dialog_title`), with a push button's word at the bottom
    of the window; or the centred piece of that row, a dialog's title, with a button's word
    beside it in the bar ("Help  Preferences", "Cancel  Open File  Open"). None otherwise: a
    heading at the top of a page, or a main window's header bar ("Open" beside a document's
    name) with no button below."""
    if len(rows) < 2:
        return None
    x0, y0, x1, y1 = box
    first = rows[0]
    if first.box[1] - y0 > HEADER_TOP * (y1 - y0):
        return None

    def centred(b: tuple[int, int, int, int]) -> bool:
        return abs((b[0] + b[2]) / 2 - (x0 + x1) / 2) <= TITLE_CENTRED * (x1 - x0)

    text = without_buttons(first.text)
    if centred(first.box) and _named(text) and dialog_title(text):
        last = rows[-1]
        return text if last.box[3] >= y1 - HEADER_TOP * (y1 - y0) and _buttons([last]) else None
    # a header bar with the dialog's buttons beside its title ("Cancel  Open File  Open", "Help
    # Preferences"): its own buttons say it is a dialog's
    middle = [p for p in first.pieces if centred(p.box)]
    sides = [p for p in first.pieces if p not in middle]
    title = without_buttons(middle[0].text) if len(middle) == 1 else ""
    if sides and dialog_title(title) and (_named(title) or re.fullmatch(r"[A-Z][a-z]{3,}", title)) \
            and _buttons([replace(first, pieces=sides)]):
        return title  # (one word will do: "Preferences" between "Help" and the close button)
    return None


def _named(title: str) -> bool:
    """A window title that reads as words: two words of three letters or more ("Character Map",
    "Options — GNOME Commander"), not the window buttons or an icon read as letters."""
    return len(re.findall(r"[A-Za-z]{3,}", title)) >= 2


def _floats(r: Rect, W: int, H: int, tol: int = 3) -> bool:
    """A window over a desktop leaves the desktop on two sides at least; one that reaches three
    edges of the frame is as likely a pane under another window's header or banner."""
    edges = (r.x0 <= tol) + (r.y0 <= tol) + (r.x1 >= W - 1 - tol) + (r.y1 >= H - 1 - tol)
    return edges <= 2


def _z_order(windows: list[Rect]) -> list[Rect]:
    """Windows from the front of the stack to the back (see :func:`~.layout.measure_layout`)."""
    return sorted(windows, key=lambda r: (r.depth, -r.sides))


def _fraction_box(box, w: int, h: int) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = box
    return (round(x0 / w, 3), round(y0 / h, 3), round(x1 / w, 3), round(y1 / h, 3))


def _boxed_dialog(made: list[tuple[dict, list[Line], list[Row], str, Verdict]], boxed: list[tuple[dict, list[Line]]],
                  rgb: np.ndarray, web_label: float) -> tuple[list, list[str]]:
    """The windows read (``made``: region, lines, rows, title, verdict), with those that are parts
    of one dialog made one, and that dialog's buttons: where the boxes of a word or two that the
    layout found (``boxed``) hold a dialog's row of push buttons (:func:`boxed_button_row`), the
    layout took the dialog's panes for windows and its buttons for boxes of their own (a GNOME
    dialog's "Cancel" and "Print" in its header bar, "Cancel  Apply  OK" below a form). The windows
    above or below the row (overlapping its span across) are that dialog, with the other boxes'
    words (its fields), unless one of them is a window of a named kind or with a menu bar (a
    program's main window beside it): then nothing changes."""
    H, W = rgb.shape[:2]
    read = [(reg["box"], " ".join(l.text for l in lines)) for reg, lines in boxed]
    row = boxed_button_row(read)
    if not row:
        return made, []
    named = dict(row)  # ... and the other boxes on that row labelled as buttons are ("Preview" beside "Print")
    row = sorted(((box, named.get(box, text.strip(" |[]_"))) for box, text in read
                  if box in named or BUTTON_LABEL.fullmatch(text.strip(" |[]_"))
                  and any(abs(box[1] + box[3] - r[1] - r[3]) <= r[3] - r[1] for r in named)), key=lambda bw: bw[0][0])
    a, b = min(box[0] for box, _ in row), max(box[2] for box, _ in row)

    def across(box: tuple[int, int, int, int]) -> bool:
        return min(box[2], b) - max(box[0], a) > 0.5 * min(b - a, box[2] - box[0])

    members = [m for m in made if across(m[0]["box"])]
    if not members or any(m[4].kind != "window" or MENU_BAR in m[4].evidence for m in members):
        return made, []
    edges = [m[0]["box"] for m in members] + [box for box, _ in row]
    union = (min(e[0] for e in edges), min(e[1] for e in edges), max(e[2] for e in edges), max(e[3] for e in edges))
    buttons = {box for box, _ in row}
    inside = [l for reg, lines in boxed if reg["box"] not in buttons and union[0] <= reg["box"][0]
              and reg["box"][2] <= union[2] and union[1] <= reg["box"][1] and reg["box"][3] <= union[3] for l in lines]
    lines = sorted([l for m in members for l in m[1]] + inside, key=lambda l: (l.box[1], l.box[0]))
    rows = _rows(lines)
    v = classify(rows, "", rgb, union, W * H, True, web_label)
    if v.kind == "window":
        v = Verdict("dialog", BOXED_SCORE, "", v.evidence + [BOXED_BUTTONS])
    elif v.kind not in ("dialog", "installer", "file manager"):  # (a file chooser lists files)
        return made, []  # its text reads as a terminal's or a page's: no dialog's parts
    reg = {"rect": None, "box": union, "framed": any(m[0]["framed"] for m in members), "title_box": None,
           "boxed": True}
    first = made.index(members[0])
    rest = [m for m in made if m not in members]
    return rest[:first] + [(reg, lines, rows, "", v)] + rest[first:], [w for _, w in row]


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
    # a text-mode screen (its cells' grid seen in the pixels): the boxes it draws (the text-mode
    # installer's grey box on blue) are no windows over a desktop, the frame is one view. Windows
    # with title bars, or over a flat desktop, are a window manager's (a terminal window on a
    # plain desktop scaled down passes the grid's tests: the made-here vi_heldout at 75 %)
    wm = any(r.title_bottom is not None for r in layout.windows) or layout.desktop and layout.desktop_flat
    mode = [] if wm else text_mode(rgb, gray, False)
    if mode:
        layout = Layout(W, H)
    # a window that fills the frame, its title naming its program: the rectangles the layout
    # found are its panes, not windows over a desktop (a flat desktop around windows is one)
    full = None if layout.desktop else filling_window(layout)
    # a title at the top of the frame, unless windows with title bars stand on a flat desktop (the
    # rectangles of a dialog's fields on its flat face are no such windows)
    over_desktop = layout.desktop and layout.desktop_flat and any(r.title_bottom is not None for r in layout.windows)
    titled = None if full is not None or over_desktop else top_title(rgb, gray, reader)
    if full is not None:  # one window fills the frame, its title bar at the top
        r = full
        title_box = (r.x0 + 3, r.y0 + 1, r.x1 - 3, r.title_bottom)
        body = [b for b in text_boxes(gray, (0, 0, W, H)) if (b[1] + b[3]) / 2 > r.title_bottom]  # as a full view
        bar = _title_pieces(rgb, text_boxes(gray, title_box, (), TITLE_INK), title_box)
        regions.append({"rect": r, "box": (r.x0, r.y0, r.x1, r.y1), "framed": True, "title_box": title_box,
                        "bar": True, "boxes": bar + body, "marks": left_marks(gray, (0, 0, W, H))})
    elif titled is not None:
        title, bottom = titled
        body = (0, bottom + 1, W, H)
        regions.append({"rect": None, "box": (0, 0, W, H), "framed": True, "title_box": None, "title": title,
                        "bar": True, "boxes": text_boxes(gray, body), "marks": left_marks(gray, body)})
        layout = Layout(W, H)
    elif layout.desktop:
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
        regions.append({"rect": None, "box": (0, 0, W, H), "framed": False, "title_box": None, "whole": True,
                        "boxes": text_boxes(gray, (0, 0, W, H)), "marks": left_marks(gray, (0, 0, W, H))})
    all_boxes = [b for reg in regions for b in reg["boxes"]]
    lines = reader.read(rgb, all_boxes) if all_boxes else []
    by_box = {l.box: l for l in lines}
    made: list[tuple[dict, list[Line], list[Row], str, Verdict]] = []  # the windows, as read
    boxed: list[tuple[dict, list[Line]]] = []  # the boxes of a word or two: buttons and fields
    for reg in regions:
        reg_lines = [by_box[b] for b in reg["boxes"] if b in by_box]
        rows = _rows(reg_lines)
        title = reg.get("title", "")
        if reg["title_box"] is not None:
            tb = reg["title_box"]
            title_rows = [r for r in rows if r.box[1] < tb[3] and not menu_row(r.text)]  # menus: the body's
            rows = [r for r in rows if r not in title_rows]
            hidden = any(o.depth < reg["rect"].depth and o.intersection(reg["rect"]) and o.y0 <= tb[3]
                         for o in layout.windows)  # a title half hidden by a window in front: not said
            words = [p.text for r in title_rows for p in r.pieces if len(re.sub(r"\W", "", p.text)) >= 2]
            if words and not hidden:  # the title, not the window buttons read as letters beside it
                title = without_buttons(max(words, key=lambda t: len(re.findall(r"[A-Za-z]", t))))
                if reg.get("bar"):
                    title = without_icon(title)
                if len(re.findall(r"[A-Za-z0-9]", title)) < 3:
                    title = ""  # an icon or a button read as two letters ("oe"): no title
        if not title and reg["title_box"] is None and rows and reg["box"][1] == 0 \
                and rows[0].box[1] <= TOP_TITLE_START * H + 4:
            named = app_in_title(rows[0].text, head_needed=False)  # a title read with the body, where
            if named is not None:  # the title bar's own reading lost a word of it ("Document Pluma")
                title, rows = without_icon(named[2].strip()), rows[1:]
        if not reg["framed"] and sum(len(re.findall(r"[A-Za-z0-9]", r.text)) >= 3 for r in rows) < 2:
            continue  # "text" outside the windows that reads as (almost) nothing: wallpaper detail
        if reg["rect"] is not None and reg["title_box"] is None and not title and len(rows) <= 1 \
                and reg["rect"].y1 - reg["rect"].y0 < WIDGET * H:
            boxed.append((reg, reg_lines))
            continue  # a button or a text field drawn as a box (a word or nothing in it): no window
        if reg.get("whole") and rows:  # one view filling the frame: text mode?
            spread = spacing(rows)  # (a scaled-down cell loses its empty column: even OCR widths stand in)
            monospace = spread is not None and spread <= MONOSPACE_SPREAD
            if not mode and (wm or monospace):  # else the look above gave the same answer
                mode = text_mode(rgb, gray, monospace)
            if spread is not None and spread >= PROPORTIONAL_SPREAD:
                mode = []  # proportional type beside the grid (a web page around a terminal): not all text mode
        v = classify(rows, title, rgb, reg["box"], W * H, reg["framed"], web_label, reg["marks"],
                     mode if reg.get("whole") else [])
        # the frame's one window, its title read in its title bar (the headers of several boxes,
        # of a page's panels or a desktop's menus, are no such titles)
        one_title = title and (reg.get("bar") or reg["title_box"] is not None and len(layout.windows) == 1)
        widgets = {TOGGLES, PUSH_BUTTONS, PROGRAM_SIGNS} & set(v.evidence)  # a program's window, of no kind yet
        if one_title and v.kind == "window" and (v.score < LIKELY or widgets):  # (a menu bar: no dialog)
            if dialog_title(title):  # "Find Text — Calligra Sheets", "File Properties"
                v = Verdict("dialog", PROGRAM_WINDOW, "", v.evidence + ["a dialog's title"])
            elif reg.get("bar"):
                v = Verdict("window", PROGRAM_WINDOW, "", v.evidence + ["a title bar across the frame"])
            elif _named(title):
                v = Verdict("window", PROGRAM_WINDOW, "", v.evidence + ["a title bar with a title"])
        if not title and v.kind == "window" and (v.score < LIKELY or widgets) and MENU_BAR not in v.evidence:
            # (text outside the windows seen: the frame is the dialog, cropped round it)
            head = _header_title(rows, reg["box"] if reg["framed"] else (0, 0, W, H))
            if head is not None:  # a dialog's title in its header bar, read as its first row
                title, rows = head, rows[1:]
                v = Verdict("dialog", PROGRAM_WINDOW, "", v.evidence + ["a dialog's title in its header bar"])
        made.append((reg, reg_lines, rows, title, v))
    made, boxed_buttons = _boxed_dialog(made, boxed, rgb, web_label)
    windows: list[WindowFact] = []
    for reg, _, rows, title, v in made:
        if reg.get("boxed"):
            buttons = boxed_buttons
        else:
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
        score = 0.3 + 0.6 * best  # a window of a sure kind (SURE) over a desktop: a screen
        evidence.append("windows over a desktop")
        if any(r.title_bottom is not None for r in layout.windows):
            score += 0.1
            evidence.append("title bars")
    else:  # one view: what it shows must be recognised on its own
        score = 0.8 * best + (0.2 if windows and len(windows[0].text) >= 3 else 0.0)
        evidence.extend(["one view of text"] if windows else [])
        if titled is not None:
            evidence.append("a title bar naming its program")
    evidence.extend(e for w in known for e in w.evidence)
    if panel is not None:
        score = max(score, PANEL_SCORE)
    if any(MENU_BAR in w.evidence for w in known):
        score = max(score, MENU_BAR_SCORE)  # its panes may look like windows over a desktop: it is a screen
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
                        and len(windows) == len(layout.windows) and all(_floats(r, W, H) for r in layout.windows)),
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
