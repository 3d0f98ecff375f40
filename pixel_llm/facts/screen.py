"""Screens: is this frame a screen rather than a photo or a drawing, which windows does it
show, what is each, and what does each say.

The decision is made from the pixels, in three steps of growing cost:

1. :func:`is_candidate` (well under a millisecond, on the strided thumbnail every frame gets):
   large runs of identical neighbouring pixels, with text lines or almost nothing else. Photos
   fail here and pay nothing more.
2. :func:`~pixel_llm.facts.layout.measure_layout`: long straight edges and the rectangles they
   close — windows over a desktop, or one view filling the frame.
3. Text lines of each window, read through a :class:`~pixel_llm.facts.regions.RegionReader`
   (OCR once per distinct line of pixels), then what each window is, from evidence a person
   would use: prompt lines and a monospace grid (terminal), ``~`` rows and a status line (vi),
   nano's shortcut bar, an address bar (browser), links and headings (web page), a question
   and buttons (dialog), "Setup"/"Next >" (installer).

A frame is called a screen only when at least one window (or the one view) is recognised with
at least :data:`~pixel_llm.facts.confidence.LIKELY` confidence; a page of text or boxes with
text that could be a poster or a diagram is left to the general path. A window whose kind is
uncertain is "a window"; the number of windows is given only when every text line on the
screen lies inside a window that was seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import cv2
import numpy as np

from .colors import sure_color_name
from .confidence import LIKELY
from .layout import Layout, Rect, arrangement, measure_layout
from .model import ScreenFacts, TextFact, WindowFact
from .regions import Line, RegionReader, left_marks, text_boxes

GATE_SAME = 0.4
"""Screens have at least this share of neighbouring thumbnail pixels with the same (5-bit)
colour; photos mostly less."""
GATE_FLAT = 0.85
"""... and above this share a frame is checked even when the cheap detector saw no text."""
SCREEN_SCORE = 0.6
"""How sure (0..1) the evidence must make us before a frame is called a screen."""
TITLE_INK = 20
"""Title bar text is often grey on a gradient: a lower ink step finds it."""
MONOSPACE_SPREAD = 0.06
"""Width per character of monospace words varies less than this (relative, robust)..."""
PROPORTIONAL_SPREAD = 0.1
"""... and that of proportional type more than this."""
BODY_INSET = 3
"""Pixels left out inside a window's left side when its text lines are looked for."""
OUTLINED_SIDES = 3.5
"""A window without a title bar is outlined when this much of its four sides is drawn."""
SCREEN_ASPECTS = (16 / 9, 16 / 10, 4 / 3, 5 / 4, 21 / 9, 32 / 9, 3 / 2)
MIN_SCREEN_WIDTH = 640

PROMPT = re.compile(r"^(?:\(\w[\w.-]*\)\s*)?\[?(?:[\w.-]+@[\w.-]+|[\w.@-]+(?=:))?(?:[:\s]?([^\s$#%>\]]{0,40}))?\]?\s?[$#%❯›]\s(.*)$")
"""A shell prompt and what was typed after it: ``$ ls``, ``user@host:~/src$ make``,
``[user@host ~]# dnf``, ``(venv) bash-5.2$ pytest``."""
BARE_PROMPT = re.compile(r"^(?:\(\w[\w.-]*\)\s*)?\[?(?:[\w.-]+@[\w.-]+|[\w.@-]+(?=:))?(?:[:\s]?([^\s$#%>\]]{0,40}))?\]?\s?[$#%]\s*[|_\[\]█▌]?\s*$")
REPL = re.compile(r"^(>>>|\.\.\.)\s?(.*)$")
VI_STATUS = re.compile(r"\"[^\"]+\"\s+(?:\[\w+\]\s*)?\d+L,?\s+\d+[BC]|(^|\s)\d+L, \d+B\b|-- ?(INSERT|VISUAL|REPLACE) ?--")
NANO_KEYS = ("^G", "^X", "^O", "^W", "^K", "^U", "Write Out", "Where Is", "Read File", "Get Help", "Justify")
LINE_NUMBER = re.compile(r"^\s*\d{1,5}\s")
CODE = re.compile(r"(\bdef |\bimport |\breturn\b|\bclass |\bfor .* in |\bif .*:|[{};]\s*$|\bfunction\b|#include|"
                  r"^#!|\b(let|const|var)\s+\w+\s*=|\w+\s*=\s*\S|\bdo$|\bdone$|\bfi$|\bthen$|\becho\b)")
URL = re.compile(r"(https?://|file://|www\.|\b[\w-]+\.(com|org|net|io|dev)(/|\s|$)|\S+\.html?\b)", re.I)
BUTTON_WORDS = {"ok", "cancel", "save", "don't save", "dont save", "yes", "no", "apply", "close", "delete", "keep",
                "remove", "open", "continue", "retry", "ignore", "abort", "install", "next >", "< back", "next",
                "back", "finish", "quit", "discard", "allow", "deny", "browse", "help", "skip", "done", "update",
                "restart", "later", "accept", "decline", "agree", "replace", "overwrite", "sign in", "log in",
                "submit", "send", "print", "export", "create", "add", "rename", "move", "copy", "upload"}
INSTALL_WORDS = ("setup", "install", "installing", "installer", "installation", "wizard", "welcome to",
                 "license agreement", "destination folder", "ready to install", "completing the", "uninstall")
WEB_WORDS = ("contents", "index", "next:", "previous", "home", "documentation", "copyright", "table of contents",
             "search", "menu", "about", "links", "privacy", "sign in")
TERMINAL_TITLES = re.compile(r"(@[\w.-]+:|\bbash\b|\bzsh\b|\bfish\b|\bterminal\b|\bxterm\b|\bkonsole\b|\bshell\b|~)",
                             re.I)
MAN_PAGE = re.compile(r"(User Commands|Manual page|General Commands Manual|System Administration|"
                      r"Library Functions|\bSYNOPSIS\b)")


@dataclass
class Row:
    """The line pieces of one text row of a window, joined."""

    text: str
    box: tuple[int, int, int, int]
    dark: bool
    score: float
    pieces: list[Line] = field(default_factory=list)

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]


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


# -- rows and regions ----------------------------------------------------------------------

def _rows(lines: list[Line]) -> list[Row]:
    """Line pieces grouped into rows (same band), left to right, rows top to bottom."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: (l.box[1], l.box[0])):
        cy = (line.box[1] + line.box[3]) / 2
        for row in rows:
            r0, r1 = row[0].box[1], row[0].box[3]
            if r0 <= cy <= r1:
                row.append(line)
                break
        else:
            rows.append([line])
    out = []
    for pieces in rows:
        pieces.sort(key=lambda l: l.box[0])
        box = (min(p.box[0] for p in pieces), min(p.box[1] for p in pieces), max(p.box[2] for p in pieces),
               max(p.box[3] for p in pieces))
        dark = sum(p.dark for p in pieces) * 2 > len(pieces)
        score = sum(p.score for p in pieces) / len(pieces)
        out.append(Row("  ".join(p.text for p in pieces), box, dark, score, pieces))
    return out


def _ink_blue(rgb: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Is the text in ``box`` link-blue (saturated blue ink on a light background)?"""
    x0, y0, x1, y1 = box
    crop = rgb[y0:y1, x0:x1].reshape(-1, 3).astype(np.int16)
    if crop.size == 0:
        return False
    bg = np.median(crop, axis=0)
    if bg.mean() < 128:
        return False
    ink = crop[np.abs(crop - bg).max(axis=1) > 60]
    if len(ink) < 8:
        return False
    r, g, b = np.median(ink, axis=0)
    return b > 120 and b - r > 40 and b - g > 10


# -- what a window is --------------------------------------------------------------------

@dataclass
class Verdict:
    kind: str = "window"
    score: float = 0.0
    app: str = ""
    evidence: list[str] = field(default_factory=list)


def _norm_button(text: str) -> str:
    return re.sub(r"[\s_|\[\]()]+", " ", text).strip().lower().replace("’", "'")


def _button_shape(rgb: np.ndarray, box: tuple[int, int, int, int], window_bg: np.ndarray) -> bool:
    """Is the text of ``box`` on a button: a face of its own colour, or a drawn outline just
    around it?"""
    x0, y0, x1, y1 = box
    h = y1 - y0
    H, W = rgb.shape[:2]
    face = rgb[y0:y1, x0:x1].reshape(-1, 3).astype(np.int16)
    if face.size == 0:
        return False
    if np.abs(np.median(face, axis=0) - window_bg).max() > 24:
        return True
    gray = cv2.cvtColor(rgb[max(0, y0 - h):min(H, y1 + h), max(0, x0 - h):min(W, x1 + h)], cv2.COLOR_RGB2GRAY)
    steps = cv2.absdiff(gray[1:], gray[:-1]) >= 24
    inner = x1 - x0
    above = steps[:h + 2].sum(axis=1).max(initial=0)
    below = steps[-h - 2:].sum(axis=1).max(initial=0)
    return above >= 0.8 * inner and below >= 0.8 * inner


def _buttons(rows: list[Row], rgb: np.ndarray | None = None, region: tuple[int, int, int, int] | None = None
             ) -> list[str]:
    """Button labels: short pieces whose words are a button's ("OK", "Save", "Next >"), in the
    lower part of the window, on a button (when the pixels are given)."""
    out = []
    bg = None
    if rgb is not None and region is not None:
        x0, y0, x1, y1 = region
        bg = np.median(rgb[y0:y1:4, x0:x1:4].reshape(-1, 3), axis=0).astype(np.int16)
    for row in rows:
        for piece in row.pieces:
            words = piece.text.strip(" |[]_")
            low = _norm_button(words)
            if low not in BUTTON_WORDS or len(words) > 16:
                continue
            if region is not None and piece.box[1] < region[1] + 0.5 * (region[3] - region[1]):
                continue
            if bg is not None and not _button_shape(rgb, piece.box, bg):
                continue
            out.append(words)
    return out


def spacing(rows: list[Row]) -> float | None:
    """Robust relative spread of the width per character of the words of four or more letters
    (None with fewer than six such words): near 0 for monospace text, 0.1 and more for
    proportional type."""
    p = np.array([x for r in rows for piece in r.pieces for x in piece.pitches])
    if len(p) < 6:
        return None
    med = float(np.median(p))
    return float(np.median(np.abs(p - med)) * 1.4826 / med) if med > 0 else None


def _terminal(rows: list[Row], title: str, region: tuple[int, int, int, int]) -> Verdict:
    v = Verdict("terminal")
    texts = [r.text.strip() for r in rows]
    prompts = sum(prompt(t) is not None for t in texts)
    repl = sum(bool(REPL.match(t)) for t in texts)
    if prompts:
        v.score += 0.45 if prompts == 1 else 0.6
        v.evidence.append(f"{prompts} prompt line{'s' if prompts > 1 else ''}")
    if repl:
        v.score += 0.5 if repl >= 2 else 0.35
        v.app = "python"
        v.evidence.append("python prompt (>>>)")
    man = [t for t in texts if MAN_PAGE.search(t)]
    if man:
        v.score += 0.45 if len(man) >= 2 else 0.3
        v.app = v.app or "man"
        v.evidence.append("manual page")
    spread = spacing(rows)
    if spread is not None and spread <= MONOSPACE_SPREAD:
        v.score += 0.25
        v.evidence.append("monospace text")
    elif spread is not None and spread >= PROPORTIONAL_SPREAD:
        v.score -= 0.3  # proportional type: not a terminal
    if title and TERMINAL_TITLES.search(title):
        v.score += 0.15
        v.evidence.append("terminal title")
    left = region[0]
    if rows and sum(r.box[0] - left <= 0.03 * (region[2] - region[0]) + 6 for r in rows) >= 0.7 * len(rows):
        v.score += 0.05
    v.score = min(v.score, 0.95)
    return v


def _editor(rows: list[Row], marks: int = 0) -> Verdict:
    v = Verdict("editor")
    texts = [r.text.strip() for r in rows]
    tildes = marks + sum(t in ("~", "-") or re.fullmatch(r"~\s*", t) is not None for t in texts)
    status = any(VI_STATUS.search(t) for t in texts)
    if tildes >= 3:
        v.score += 0.35
        v.evidence.append("rows of ~ (vi)")
        v.app = "vi"
    if status:
        v.score += 0.4
        v.evidence.append("vi status line")
        v.app = "vi"
    nano = any("GNU nano" in t or "nano " in t[:12] for t in texts)
    keys = sum(any(k in t for t in texts) for k in NANO_KEYS)
    if nano:
        v.score += 0.55
        v.evidence.append("GNU nano header")
        v.app = "nano"
    if keys >= 3:
        v.score += 0.35
        v.evidence.append("nano shortcut bar")
        v.app = "nano"
    numbered = sum(bool(LINE_NUMBER.match(t)) for t in texts)
    code = sum(bool(CODE.search(t)) for t in texts)
    if numbered >= 5 and numbered >= 0.4 * len(texts):
        v.score += 0.2
        v.evidence.append("line numbers")
    if code >= 3 and code >= 0.25 * len(texts):
        v.score += 0.15
        v.evidence.append("code")
    if v.score and not v.app:
        v.score = min(v.score, 0.35)  # line numbers and code alone: maybe a listing in a terminal
    v.score = min(v.score, 0.95)
    return v


def _web(rows: list[Row], rgb: np.ndarray, region: tuple[int, int, int, int], web_label: float, full: bool
         ) -> tuple[Verdict, Verdict]:
    """(browser verdict, web page verdict)."""
    browser, page = Verdict("browser"), Verdict("web page")
    x0, y0, x1, y1 = region
    top = [r for r in rows if r.box[1] < y0 + 0.15 * (y1 - y0)]
    address = [r for r in top if URL.search(r.text)]
    if address:
        browser.score += 0.6
        browser.evidence.append("address bar")
        if re.search(r"(\bFile\b|https?://|file://|Not secure|Secure)", address[0].text):
            browser.score += 0.1
    pieces = [p for r in rows for p in r.pieces][:120]
    links = sum(_ink_blue(rgb, p.box) for p in pieces) if rgb is not None else 0
    heights = [p.glyph for p in pieces if p.glyph]
    if links >= 2:
        page.score += 0.35 if links >= 4 else 0.25
        page.evidence.append("links")
    if len(heights) >= 4 and max(heights) >= 1.6 * float(np.median(heights)):
        page.score += 0.15
        page.evidence.append("headings")
    lowered = " ".join(r.text.lower() for r in rows)
    if sum(w in lowered for w in WEB_WORDS) >= 2:
        page.score += 0.1
    if full and web_label >= LIKELY:
        page.score += min(0.4, web_label * 0.5)
        page.evidence.append("classifier: web page")
    spread = spacing(rows)
    if spread is not None and spread <= MONOSPACE_SPREAD:
        page.score -= 0.3
    elif spread is not None and spread >= PROPORTIONAL_SPREAD:
        page.score += 0.1
        page.evidence.append("proportional type")
    if browser.score and page.score > 0:
        browser.score += 0.2
        browser.evidence.append("a page below it")
    return browser, page


def _dialog(rows: list[Row], buttons: list[str], share: float, framed: bool, title: str = ""
            ) -> tuple[Verdict, Verdict]:
    """(dialog verdict, installer verdict)."""
    dialog, installer = Verdict("dialog"), Verdict("installer")
    lowered = " ".join([title.lower()] + [r.text.lower() for r in rows])
    small = framed and share <= 0.35
    if len(buttons) >= 2 or buttons and (small or "?" in lowered):
        dialog.score += 0.45 if len(buttons) == 1 else 0.55
        dialog.evidence.append("buttons")
        if "?" in lowered:
            dialog.score += 0.15
            dialog.evidence.append("a question")
        if small:
            dialog.score += 0.15
            dialog.evidence.append("small window")
        if len(rows) > 14:
            dialog.score -= 0.3
    hits = [w for w in INSTALL_WORDS if re.search(r"\b" + re.escape(w) + r"\b", lowered)]
    if len(hits) >= 2:
        installer.score += 0.45 + 0.1 * min(2, len(hits) - 2)
        installer.evidence.append("setup words")
        if buttons:
            installer.score += 0.3
            installer.evidence.append("buttons")
    return dialog, installer


def classify(rows: list[Row], title: str, rgb: np.ndarray, region: tuple[int, int, int, int], frame_area: int,
             framed: bool, web_label: float, marks: int = 0) -> Verdict:
    """What a window is, with how sure (the best of the kinds' evidence)."""
    if not rows:
        return Verdict()
    x0, y0, x1, y1 = region
    share = (x1 - x0) * (y1 - y0) / frame_area
    buttons = _buttons(rows, rgb, region)
    browser, page = _web(rows, rgb, region, web_label, full=not framed)
    dialog, installer = _dialog(rows, buttons, share, framed, title)
    verdicts = [_terminal(rows, title, region), _editor(rows, marks), browser, page, dialog, installer]
    best = max(verdicts, key=lambda v: v.score)
    if best.score < LIKELY:
        return Verdict(evidence=[e for v in verdicts for e in v.evidence])
    best.score = round(min(best.score, 0.95), 3)
    return best


# -- what a person reads first -------------------------------------------------------------

def prompt(text: str) -> str | None:
    """What was typed after a shell prompt at the start of ``text`` ('' for a bare prompt), or
    None when the line does not start with a prompt ("26% /" is output, not a prompt; a lone
    "# " starts a comment or a heading as often as a root shell's line)."""
    line = text.strip()
    for pattern in (PROMPT, BARE_PROMPT):
        m = pattern.match(line)
        if m and not (m.group(1) or "").isdigit():
            if line.startswith("#"):
                return None
            return m.group(2).strip() if pattern is PROMPT else ""
    return None


def _strip_prompt(text: str) -> tuple[bool, str]:
    typed = prompt(text)
    return (True, typed) if typed is not None else (False, text)


def salient(kind: str, app: str, rows: list[Row], title: str, buttons: list[str]) -> list[str]:
    texts = [r.text.strip() for r in rows if r.text.strip()]
    if not texts:
        return [title] if title else []
    if kind == "terminal" and app == "python":
        out = []
        for t in texts:
            m = REPL.match(t)
            if m and not m.group(2):
                continue
            out.append(t)
        return out[-6:]
    if kind == "terminal" and app == "man":
        name = [t for t in texts if " - " in t and len(t.split()) >= 3]
        return (name[:1] or texts[:1]) + [t for t in texts if MAN_PAGE.search(t)][:1]
    if kind == "terminal":
        commands: list[tuple[str, list[str]]] = []
        for t in texts:
            is_prompt, rest = _strip_prompt(t)
            if is_prompt:
                commands.append((rest, []))
            elif commands:
                commands[-1][1].append(t)
            else:
                commands.append(("", [t]))
        commands = [(c, o) for c, o in commands if c or o]
        if commands:  # the row being typed: a cursor block reads as "I", "ff", "[]"
            c, o = commands[-1]
            if o and len(o[-1]) <= 2 and not re.search(r"\d", o[-1]):
                o = o[:-1]
            commands[-1] = (c, o)
            if not o and len(re.findall(r"\w", c)) <= 3:
                commands.pop()
        out = []
        for c, o in commands[-2:]:
            if c:
                out.append("$ " + c)
            out.extend(o[:3])
        return out or texts[-4:]
    if kind == "editor":
        name = ""
        for t in texts:
            m = re.search(r"\"([^\"]+)\"\s+\d+L", t) or re.search(r"GNU nano [\d.]+\s+(\S+)", t)
            if m:
                name = m.group(1)
        body = []
        for t in texts:
            if t in ("~",) or VI_STATUS.search(t) or "GNU nano" in t or any(k in t for k in NANO_KEYS[:6]):
                continue
            t = LINE_NUMBER.sub("", t, count=1).strip()
            if len(re.findall(r"\w", t)) >= 4:
                body.append(t)
        return ([name] if name else []) + body[:4]
    if kind in ("dialog", "installer"):
        body = [t for t in texts if t != title and t not in buttons and not all(
            _norm_button(p) in BUTTON_WORDS for p in re.split(r"\s{2,}", t))]
        question = [t for t in body if "?" in t]
        main = question[:1] + [t for t in body if t not in question][:2]
        return ([title] if title else []) + main
    if kind in ("web page", "browser"):
        pieces = [p for r in rows for p in r.pieces if len(re.findall(r"[A-Za-z]", p.text)) >= 3]
        if not pieces:
            return texts[:3]
        out = []
        if kind == "browser":
            out.extend(r.text.strip() for r in rows[:4] if URL.search(r.text))
            pieces = [p for p in pieces if p.box[1] > max((r.box[3] for r in rows[:4] if URL.search(r.text)),
                                                           default=-1)]
            if not pieces:
                return out
        first = pieces[0]
        heading = max(pieces, key=lambda p: (p.glyph, -p.box[1]))
        for p in (first, heading, *pieces[1:4]):
            if p.text.strip() not in out:
                out.append(p.text.strip())
        return out[:4]
    return ([title] if title else []) + texts[:3]


# -- the whole screen ----------------------------------------------------------------------

def _z_order(windows: list[Rect]) -> list[Rect]:
    """Windows from the front of the stack to the back (see :func:`~.layout.measure_layout`)."""
    return sorted(windows, key=lambda r: (r.depth, -r.sides))


def _fraction_box(box, w: int, h: int) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = box
    return (round(x0 / w, 3), round(y0 / h, 3), round(x1 / w, 3), round(y1 / h, 3))


def analyse(rgb: np.ndarray, reader: RegionReader, web_label: float = 0.0) -> ScreenFacts | None:
    """The screen facts of a frame that passed :func:`is_candidate`, or None when the evidence
    does not make it a screen (see the module docstring)."""
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
    known = [w for w in windows if w.kind != "window"]
    if not known:
        return None
    evidence = []
    best = max(w.score for w in known)
    if layout.desktop:
        score = 0.3 + 0.5 * best
        evidence.append("windows over a desktop")
        if any(r.title_bottom is not None for r in layout.windows):
            score += 0.1
            evidence.append("title bars")
    else:  # one view: what it shows must be recognised on its own
        score = 0.8 * best + (0.2 if len(windows[0].text) >= 3 else 0.0)
        evidence.append("one view of text")
    evidence.extend(e for w in known for e in w.evidence)
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
                        and len(windows) == len(layout.windows)))


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
