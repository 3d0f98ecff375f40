"""Captions of screens, composed from :class:`~pixel_llm.facts.ScreenFacts`.

What a person would say of a screen: what kind of thing it is ("A terminal window", "A web
page", "A dialog"), how many windows and how they sit when there are several, and the words
that matter, quoted: a terminal's last commands and what they printed, a dialog's question and
buttons, a page's heading, the file an editor has open. Nothing is said that the facts do not
hold: a window whose kind is unsure is "a window", the number of windows is said only when the
pixels make it certain (``ScreenFacts.count_sure``), and colours are named only from measured ones.
"""

from __future__ import annotations

import re

from ..facts import Facts, WindowFact
from ..facts.confidence import SURE
from ..facts.hints import HOST_DESKTOP
from ..facts.layout import position_words
from ..facts.vocabulary import with_article
from ..facts.window_kinds import IN_TERMINAL, URL

NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
QUOTE_WORDS = 10
"""Longest quotation (in words) from one line of a window."""
NOUN = {"terminal": "terminal window", "editor": "text editor window", "browser": "web browser window",
        "web page": "web page", "dialog": "dialog", "installer": "installer window", "window": "window"}
PLURAL = {"terminal": "terminal windows", "editor": "text editor windows", "browser": "web browser windows",
          "dialog": "dialogs", "installer": "installer windows", "window": "windows"}
for _kind in ("file manager", "image viewer", "image editor", "document viewer", "spreadsheet", "mail client",
              "media player", "video editor", "audio editor"):  # kinds named by a window's title (facts/app_titles.py) or its grid
    NOUN[_kind], PLURAL[_kind] = f"{_kind} window", f"{_kind} windows"


def _quote(text: str, words: int = QUOTE_WORDS) -> str:
    tokens = text.replace('"', "'").split()
    if not tokens:
        return ""
    if len(tokens) > words:
        return '"' + " ".join(tokens[:words]) + '…"'
    return '"' + " ".join(tokens) + '"'


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _theme(w: WindowFact) -> str:
    if w.theme == "dark":
        return "with light text on a dark background"
    if w.theme == "light":
        return "with dark text on a light background"
    return ""


def noun(w: WindowFact) -> str:
    """'terminal window', 'vi editor window', 'dialog', ... (without an article); without
    'window' for a view that fills the frame with no window outline seen ('terminal')."""
    if w.kind == "editor" and w.app in ("vi", "nano", "emacs"):
        n = f"{w.app} editor in a terminal window" if IN_TERMINAL in w.evidence else f"{w.app} editor window"
    elif w.kind == "terminal" and w.app == "console":  # text mode, or a login prompt
        n = "text console window"
    elif w.kind == "installer" and "text-mode buttons" in w.evidence:
        n = "text-mode installer window"
    else:
        n = NOUN.get(w.kind, "window")
    if not w.framed and n.endswith(" window"):
        n = n[:-len(" window")]
    return n


def _terminal_detail(w: WindowFact, budget: int) -> str:
    if w.app == "python":
        lines = [s for s in w.salient if s.strip()][-4:]
        return "running Python: " + ", ".join(_quote(s, budget) for s in lines)
    if w.app == "console":  # a text-mode screen's first lines (its menu bar, its title)
        lines = [s for s in w.salient if s.strip()][:3]
        return "reading " + _join([_quote(s, budget) for s in lines]) if lines else ""
    if w.app == "man":
        return "showing the manual page " + _quote(w.salient[0], budget) if w.salient else "showing a manual page"
    parts, pending = [], None
    for s in w.salient:
        if s.startswith("$ "):
            if pending:
                parts.append(pending)
            pending = [s[2:], []]
        elif pending is not None:
            pending[1].append(s)
        else:
            parts.append([None, [s]])
    if pending:
        parts.append(pending)
    said = []
    for cmd, out in parts:
        if cmd and out:
            said.append(f"{_quote(cmd, budget)} printed {_quote(' '.join(out), budget)}")
        elif cmd:
            said.append(_quote(cmd, budget))
        elif out:
            said.append(_quote(" ".join(out), budget))
    if not said:
        return ""
    if len(said) == 1:
        return f"where {said[0]}" if " printed " in said[0] else f"reading {said[0]}"
    return "where " + ", then ".join(said)


def _dialog_detail(w: WindowFact, budget: int) -> str:
    # (a line of fewer than three letters or digits says nothing: a group's title misread as "me")
    body = [s for s in w.salient if s != w.title and len(re.findall(r"[^\W_]", s)) >= 3]
    question = next((s for s in body if "?" in s), None)
    out = []
    if w.title:
        out.append(_quote(w.title, budget))
    if question:
        out.append("asking " + _quote(question, budget + 4))
    elif body:  # its first two lines (a text-mode installer's title is in its box; a dialog's title
        # bar is often read as its first line)
        out.append("reading " + _join([_quote(s, budget + 4) for s in body[:2]]))
    if w.buttons:
        buttons = list(dict.fromkeys(w.buttons))[:4]
        out.append(("with the button " if len(buttons) == 1 else "with the buttons ")
                   + _join([_quote(b, 3) for b in buttons]))
    return " ".join(out)


def _page_detail(w: WindowFact, budget: int) -> str:
    lines = [s for s in w.salient if s.strip()]
    if not lines:
        return ""
    if w.kind == "browser":
        url, found = next(((s, m) for s in lines if (m := URL.search(s))), (None, None))
        rest = [s for s in lines if s != url]
        out = []
        if url:  # from the address on, not the padlock or the page's icon read before it
            start = found.start()
            address = re.sub(r"^.*?(?=(\w+://|/|www\.))", "", url, count=1) if start == 0 else url[start:]
            out.append("at " + _quote(address or url, 6))
        if rest:
            out.append("showing " + _join([_quote(s, budget) for s in rest[-2:]]))
        return ", ".join(out)
    return "reading " + _join([_quote(s, budget) for s in lines[:3]])


def detail(w: WindowFact, budget: int = QUOTE_WORDS) -> str:
    """What the window says, quoted (after its noun)."""
    if w.kind == "terminal":
        return _terminal_detail(w, budget)
    if w.kind == "editor":
        name = _file_name(w)
        body = w.salient[1:] if name else w.salient
        out = f"editing {_quote(name, 3)}" if name else ""
        if body:
            out += (", " if out else "showing ") + _join([_quote(s, budget) for s in body[:3]])
        return out
    if w.kind in ("dialog", "installer"):
        return _dialog_detail(w, budget)
    if w.kind in ("web page", "browser"):
        return _page_detail(w, budget)
    lines = [s for s in w.salient if s != w.title][:2]
    out = f"titled {_quote(w.title, 6)}" if w.title and not _named_by_title(w) else ""
    if lines:
        out += (" " if out else "") + "reading " + _join([_quote(s, budget) for s in lines])
    return out


def _named_by_title(w: WindowFact) -> bool:
    """The window's kind comes from its title naming its program: the title is quoted."""
    return bool(w.title) and any(e.startswith("the title names ") for e in w.evidence)


def _describe(w: WindowFact, budget: int, article: bool = True, position: str = "") -> str:
    n = noun(w)
    head = with_article(n) if article else n
    if _host_title(w) or _named_by_title(w) or _editor_titled(w):
        head = f"{head} titled {_quote(w.title, 8 if _host_title(w) else 14)}"
    if w.kind in ("terminal", "editor"):
        theme = _theme(w)
        head = f"{head}, {theme}," if _host_title(w) and theme else f"{head} {theme}".strip()
    if position:
        head = f"{head} {position}"
    d = detail(w, budget)
    return f"{head} {d}".strip() if d and not d.startswith(",") else head + d


def _editor_titled(w: WindowFact) -> bool:
    """An editor known by its content (its status bar, a programming menu) whose title bar was
    read, with no file name quoted from its content: its title says what it edits."""
    return w.kind == "editor" and bool(w.title) and w.source == "pixels" and not w.app and not _file_name(w)


def _file_name(w: WindowFact) -> str:
    """The file an editor has open, when its salient lines start with one ("weather.c"), else ''."""
    first = w.salient[0] if w.salient else ""
    return first if "." in first and " " not in first else ""


def _host_title(w: WindowFact) -> bool:
    """A title the host gave (pixel-read titles are quoted only for dialogs and plain windows)."""
    return bool(w.title) and w.source != "pixels" and w.kind not in ("dialog", "installer", "window")


def _position(w: WindowFact) -> str:
    x0, y0, x1, y1 = w.box
    return position_words((x0 + x1) / 2, (y0 + y1) / 2)


def _trim(caption: str, max_length: int) -> str:
    words = caption.split()
    if len(words) <= max_length:
        return caption
    out = " ".join(words[:max_length])
    if out.count('"') % 2:
        out = out.rstrip(",;:") + '…"'
    return out


def compose_screen(facts: Facts, max_length: int = 100) -> str | None:
    """The caption of a screen, or None when the facts do not hold a screen (then the general
    composer speaks). At most ``max_length`` words."""
    s = facts.screen
    if s is None:
        return None
    if s.panel is not None and not s.windows:  # a desktop by its panel; what fills it was not read
        title = _quote(s.panel.title, QUOTE_WORDS + 4)
        return _trim(f"A desktop whose {s.panel.edge} panel reads {title}" if title else "A desktop", max_length)
    if s.layout == "empty" or not s.windows:
        colour = f"{s.background} " if s.background else ""
        place = "desktop" if HOST_DESKTOP in s.evidence else "screen"
        return _trim(f"An empty {colour}{place}".replace("  ", " "), max_length)
    windows = list(s.windows)
    framed = [w for w in windows if w.framed]
    single = len(windows) == 1
    if single:
        w = windows[0]
        if s.count_sure and w.framed and s.layout == "desktop":  # the one window on a desktop, surely
            return _trim("A desktop with one " + _describe(w, QUOTE_WORDS + 4, article=False), max_length)
        caption = _describe(w, QUOTE_WORDS + 4)
        if s.panel is not None:  # a desktop by its panel, with what was read on it
            return _trim("A desktop with " + caption, max_length)
        return _trim(caption[0].upper() + caption[1:], max_length)
    budget = max(4, min(QUOTE_WORDS, (max_length - 12) // max(1, len(windows)) - 6))
    kinds = {w.kind for w in windows}
    # dialogs first (what a person reads first), then left to right
    order = sorted(windows, key=lambda w: (w.kind not in ("dialog", "installer"), not w.framed, w.box[0], w.box[1]))
    if s.count_sure and framed and len(framed) == len(windows):
        n = len(framed)
        count = NUMBERS[n] if n < len(NUMBERS) else str(n)
        same = len(kinds) == 1 and next(iter(kinds)) in PLURAL
        what = PLURAL[next(iter(kinds))] if same else "windows"
        head = f"A desktop with {count} {what}"
        if s.arrangement:
            head += f" {s.arrangement}" if s.arrangement != "overlapping" else ", overlapping"
        if same:
            parts = []
            for w in sorted(order, key=lambda w: (w.box[0], w.box[1])):
                d = detail(w, budget)
                pos = _position(w) + (f" {_quote(w.title, 8)}" if _host_title(w) else "")
                parts.append(f"{pos}, {d}" if d else pos)
            return _trim(head + ": " + "; ".join(parts), max_length)
        parts = [_describe(w, budget) for w in order]
        return _trim(head + ": " + "; ".join(parts), max_length)
    # the number of windows is unsure: say what is there without counting
    parts = []
    for w in order:
        if w.framed:
            parts.append(_describe(w, budget))
        else:
            # "terminal text reading …", "text reading …"; an editor: "a text editor editing …"; a
            # dialog: 'a dialog "Preferences" …'
            what = {"terminal": "terminal text", "window": "text", "editor": with_article(noun(w)),
                    "dialog": with_article(noun(w))}.get(
                w.kind, noun(w) + " text")
            parts.append(f"{what} {detail(w, budget)}".strip())
    place = "A desktop" if s.panel is not None else "A screen"
    head = f"{place} showing " if any(w.kind != "window" for w in windows) else f"{place} with "
    return _trim(head + "; ".join(parts), max_length)


def sure_kind(w: WindowFact) -> bool:
    return w.score >= SURE
