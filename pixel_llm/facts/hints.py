"""What the host knows: a compositor's ``windows=`` hint, merged into the facts of a frame.

A compositor knows things the pixels don't: each window's title, its application id, where it
is, which one has the focus. ``caption_frame(frame, windows=[{"title": "...", "app_id":
"org.gnome.Terminal", "rect": (x, y, w, h), "focused": True}, ...])`` passes them; they become
facts too, under one rule: **they never contradict what the pixels show**.

- A window the pixels found is matched to the hinted window whose ``rect`` covers it best: it
  takes the hint's title and focus; the hint's application names its kind only when the pixels
  were unsure of it (a window the pixels call a terminal stays a terminal whatever its app id).
- Text the pixels read outside every window they saw belongs to the hinted window around it,
  which then counts as a window, so the number of windows becomes known.
- A hinted window with nothing of it in the pixels (covered, minimised, off-frame) adds
  nothing: the caption describes the frame.
- ``windows=[]`` on a frame of one flat colour says it is an empty desktop.

The hint is kept apart from the cached analysis of the pixels (see
:func:`pixel_llm.analysis.hinted`), so the same pixels with another hint are not measured again.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..errors import WindowsHintError
from .confidence import SURE
from .model import Facts, ScreenFacts, WindowFact

logger = logging.getLogger(__name__)

HOST_DESKTOP = "the host says it is a desktop"
MAX_WINDOWS = 256
MAX_TITLE = 512
MATCH_SHARE = 0.6
"""A pixel window matches a hinted rect when at least this share of its area is inside it, and
it covers at least this share of the rect."""

APP_KINDS = (
    (re.compile(r"(terminal|konsole|xterm|alacritty|kitty|foot\b|wezterm|tilix|terminator|rxvt|st-256|ghostty)",
                re.I), "terminal"),
    (re.compile(r"(firefox|chrom|brave|epiphany|safari|msedge|opera|vivaldi|browser|midori|qutebrowser|falkon)",
                re.I), "browser"),
    (re.compile(r"(\bcode\b|vscode|gedit|kate\b|kwrite|vim|emacs|sublime|jetbrains|pycharm|intellij|mousepad|"
                r"geany|textedit|notepad|editor|nano\b)", re.I), "editor"),
    (re.compile(r"(dialog|polkit|zenity|kdialog|portal)", re.I), "dialog"),
    (re.compile(r"(install|setup)", re.I), "installer"),
)


@dataclass(frozen=True)
class WindowHint:
    """One window as the host knows it. ``rect`` is (x, y, width, height) in pixels of the frame
    as given."""

    title: str = ""
    app_id: str = ""
    rect: tuple[int, int, int, int] | None = None
    focused: bool | None = None

    @property
    def kind(self) -> str:
        """What its application is, from the app id (or '' when it does not say)."""
        for pattern, kind in APP_KINDS:
            if pattern.search(self.app_id):
                return kind
        return ""


def parse_windows(value: Any) -> tuple[WindowHint, ...] | None:
    """Check a ``windows=`` hint: None, or a list of dicts with optional ``title``, ``app_id``,
    ``rect`` (x, y, w, h) and ``focused`` (a JSON string of that list is accepted too). Raises
    :class:`~pixel_llm.errors.WindowsHintError` naming what is wrong."""
    if value is None:
        return None
    if isinstance(value, (str, bytes)):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise WindowsHintError(f"windows is not valid JSON: {exc}") from exc
    if isinstance(value, dict) or not isinstance(value, Iterable):
        raise WindowsHintError("windows must be a list of windows (dicts), e.g. [{'title': 'Terminal'}]")
    out = []
    for i, item in enumerate(value):
        if i >= MAX_WINDOWS:
            raise WindowsHintError(f"windows has more than {MAX_WINDOWS} entries")
        if isinstance(item, WindowHint):
            out.append(item)
            continue
        if not isinstance(item, dict):
            raise WindowsHintError(f"windows[{i}] must be a dict, got {type(item).__name__}")
        unknown = set(item) - {"title", "app_id", "rect", "focused"}
        if unknown:
            raise WindowsHintError(f"windows[{i}] has unknown keys {sorted(unknown)}; "
                                   "use title, app_id, rect (x, y, w, h), focused")
        title, app_id = item.get("title", ""), item.get("app_id", "")
        if not isinstance(title, str) or not isinstance(app_id, str):
            raise WindowsHintError(f"windows[{i}]: title and app_id must be strings")
        rect = item.get("rect")
        if rect is not None:
            try:
                rect = tuple(int(v) for v in rect)
            except (TypeError, ValueError) as exc:
                raise WindowsHintError(f"windows[{i}].rect must be four integers (x, y, w, h)") from exc
            if len(rect) != 4 or rect[2] <= 0 or rect[3] <= 0:
                raise WindowsHintError(f"windows[{i}].rect must be (x, y, w, h) with w, h > 0, got {rect}")
        focused = item.get("focused")
        if focused is not None and not isinstance(focused, bool):
            raise WindowsHintError(f"windows[{i}].focused must be true, false or null")
        out.append(WindowHint(title[:MAX_TITLE].strip(), app_id[:MAX_TITLE].strip(), rect, focused))
    return tuple(out)


def hint_key(hints: tuple[WindowHint, ...] | None) -> str:
    """A stable key for caching what a hint adds."""
    if hints is None:
        return ""
    return json.dumps([[h.title, h.app_id, h.rect, h.focused] for h in hints], separators=(",", ":"))


def _fraction(rect: tuple[int, int, int, int], width: int, height: int) -> tuple[float, float, float, float]:
    x, y, w, h = rect
    return (max(0.0, x / width), max(0.0, y / height), min(1.0, (x + w) / width), min(1.0, (y + h) / height))


def _area(b) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _overlap(a, b) -> float:
    return _area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def apply_hints(facts: Facts, hints: tuple[WindowHint, ...] | None) -> Facts:
    """A copy of ``facts`` completed by the host's hint (see the module docstring); ``facts``
    itself (kept in the cache) is not changed."""
    if hints is None:
        return facts
    out = copy.deepcopy(facts)
    screen = out.screen
    if screen is None:
        if not hints and out.flat and not out.text and len(out.colors) == 1:
            out.screen = ScreenFacts(score=0.9, layout="empty", background=out.colors[0].name,
                                     evidence=["one flat colour", HOST_DESKTOP])
        elif hints:
            logger.debug("windows= hint on a frame the pixels do not show as a screen: not used")
        return out
    if not hints:
        if screen.layout == "empty":
            screen.evidence.append(HOST_DESKTOP)
        return out
    boxes = [(h, _fraction(h.rect, out.width, out.height)) for h in hints if h.rect is not None]
    untitled = [h for h in hints if h.rect is None]
    if screen.layout == "full" and len(screen.windows) == 1 and len(boxes) >= 2:
        _split_view(out, boxes)
    used: set[int] = set()
    for w in screen.windows:
        best, best_share = None, 0.0
        for i, (h, box) in enumerate(boxes):
            if i in used:
                continue
            inside = _overlap(w.box, box) / max(_area(w.box), 1e-9)
            covers = _overlap(w.box, box) / max(_area(box), 1e-9)
            share = min(inside, covers) if w.framed else inside
            if inside >= MATCH_SHARE and (covers >= MATCH_SHARE or not w.framed) and share > best_share:
                best, best_share = i, share
        if best is None and len(screen.windows) == 1 and len(hints) == 1 and hints[0].rect is None:
            _merge(w, hints[0])
            continue
        if best is not None:
            used.add(best)
            _merge(w, boxes[best][0])
            if not w.framed:  # text outside the windows seen is inside this hinted window
                w.framed = True
                w.box = boxes[best][1]
    if all(w.framed for w in screen.windows):
        screen.count_known = True
        screen.count_sure = screen.count_sure or bool(used)  # the host named the windows the pixels show
    if untitled and len(screen.windows) > 1:
        logger.debug("windows= entries without rect cannot be matched to one of several windows")
    screen.evidence.append("windows named by the host")
    return out


def _split_view(facts: Facts, boxes: list[tuple[WindowHint, tuple]]) -> None:
    """One view filling the frame, that the host says is several windows: its lines go to the
    window around each, and each is recognised from its own lines."""
    from .screen import from_text

    view = facts.screen.windows[0]
    parts = []
    for h, box in boxes:
        inside = [t for t in view.text if box[0] <= (t.box[0] + t.box[2]) / 2 <= box[2]
                  and box[1] <= (t.box[1] + t.box[3]) / 2 <= box[3]]
        if inside:
            parts.append(from_text(inside, facts.width, facts.height, box, h.kind))
    if len(parts) >= 2 and sum(len(p.text) for p in parts) >= 0.9 * len(view.text):
        for p in parts:
            p.theme = view.theme
        facts.screen.windows = parts
        facts.screen.layout = "desktop"
        facts.screen.arrangement = ""


def _merge(w: WindowFact, h: WindowHint) -> None:
    if h.title:
        w.title = h.title
    if h.focused is not None:
        w.focused = h.focused
    kind = h.kind
    if kind and (w.kind == "window" or w.score < SURE) and w.kind != kind:
        w.kind, w.score = kind, max(w.score, SURE)
        w.evidence.append(f"app id {h.app_id}")
    elif kind and kind != w.kind:
        logger.debug("windows= hint says %s (%s), the pixels show a %s: the pixels win", kind, h.app_id, w.kind)
    if h.app_id:
        w.app = w.app or _app_name(h.app_id)
    w.source = "pixels+host"


def _app_name(app_id: str) -> str:
    """'org.gnome.Terminal' -> 'Terminal', 'firefox' -> 'firefox'."""
    return app_id.rsplit(".", 1)[-1] if "." in app_id and " " not in app_id else app_id
