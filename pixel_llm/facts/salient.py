"""What a person reads first on a window of a screen, once its kind is known
(:mod:`pixel_llm.facts.window_kinds`): a terminal's last commands and what they printed, the
file an editor has open and its first lines, a dialog's title, question and buttons, a page's
heading. These lines are what a caption quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .file_lists import plain_names
from .quoting import QUOTE_CONFIDENCE, readable
from .regions import Line
from .window_kinds import (
    BUTTON_WORDS,
    CODE,
    CURSOR_STATUS,
    IPYTHON,
    LINE_NUMBER,
    MAN_PAGE,
    MONOSPACE_SPREAD,
    NANO_KEYS,
    QUESTION,
    REPL,
    SHELL_TITLE,
    SOURCE_FILE,
    TITLED_FILE,
    VI_STATUS,
    Row,
    _norm_button,
    address_at,
    menu_row,
    prompt,
    spacing,
)


SOURCE_NAME = re.compile(SOURCE_FILE.pattern.replace(r"\s*$", r"(?![\w.])"))
"""A source file's name among other words (a tab's, a tool bar's: "< > samegame.js  Line: 106")."""


def _sure_text(piece: Line) -> str:
    """``piece``'s text without the unsure words at its ends, or '' when what is left was not read
    surely. A piece read without its words' confidences is judged by its own."""
    if CODE.search(piece.text) or REPL.match(piece.text) or prompt(piece.text) is not None:
        return piece.text  # code and commands: OCR is unsure of identifiers it reads right
    if not piece.read:
        return piece.text if piece.score >= QUOTE_CONFIDENCE else ""
    words, text = list(piece.read), piece.text
    while words and words[0][1] < QUOTE_CONFIDENCE and text.startswith(words[0][0]):
        text = text[len(words.pop(0)[0]):].lstrip()
    while words and words[-1][1] < QUOTE_CONFIDENCE and text.endswith(words[-1][0]):
        text = text[:len(text) - len(words.pop()[0])].rstrip()
    if not words or sum(c for _, c in words) / len(words) < QUOTE_CONFIDENCE:
        return ""
    if len(words) < len(piece.read) and not re.search(r"[^\W\d_]{2}|\d{2}", text):
        return ""  # what is left of a trimmed piece is a mark or a letter ("0", "B")
    return text


def _monospace(rows: list[Row]) -> bool:
    """The window's text is monospace (code, a console, a text-mode screen): OCR is unsure of
    identifiers and box-drawing type it reads right, so its lines are quoted as read."""
    spread = spacing(rows)
    return spread is not None and spread <= MONOSPACE_SPREAD


def _confident(rows: list[Row]) -> list[Row]:
    """``rows`` with only their surely read words (rows left empty dropped), or ``rows`` as they
    are when nothing in them was read surely."""
    out = []
    for r in rows:
        read = [p.text for p in r.pieces]
        sure = [_sure_text(p) for p in r.pieces]
        if sure == read:  # all sure (or a row of no pieces)
            out.append(r)
        elif any(sure):
            pieces = [replace(p, text=t) for p, t in zip(r.pieces, sure) if t]
            out.append(Row("  ".join(t for t in sure if t), r.box, r.dark, r.score, pieces))
    return out or rows


def _strip_prompt(text: str) -> tuple[bool, str]:
    typed = prompt(text)
    return (True, typed) if typed is not None else (False, text)


def salient(kind: str, app: str, rows: list[Row], title: str, buttons: list[str]) -> list[str]:
    address_bar = [r for r in rows[:4] if address_at(r) is not None]  # a browser's, quoted as read
    if kind not in ("terminal", "editor") and not _monospace(rows):  # a menu bar is no quote; of
        rows = _confident([r for r in rows if not menu_row(r.text)])  # what is left, its sure words
    texts = [r.text.strip() for r in rows if r.text.strip()]
    if not texts:
        return [title] if title else []
    if kind == "terminal" and app == "python":
        out = []
        for t in texts:
            m = REPL.match(t) or IPYTHON.match(t)
            if m and not m.group(2):  # a bare prompt, waiting
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
            m = re.search(r"\"([^\"]+)\"\s+\d+L", t) or re.search(r"GNU nano [\d.]+\s+(?:File:\s*)?(\S+)", t)
            if m:
                name = m.group(1)
        if not name:  # the file named on a tab above the code, or in the title ("PlatWin.cxx - SciTE")
            named = [m.group(0) for r in rows[:2] for m in SOURCE_NAME.finditer(r.text)]
            if not named and title and (m := TITLED_FILE.search(title)):
                named = [m.group(0).strip("*[]() ")]
            name = named[0] if named else ""
        body = []
        for t in texts:
            if t in ("~",) or VI_STATUS.search(t) or "GNU nano" in t or any(k in t for k in NANO_KEYS[:6]) \
                    or menu_row(t) or CURSOR_STATUS.search(t) or SHELL_TITLE.search(t):  # vi's and nano's own
                continue  # lines, a program's menu bar, a status or tool bar's "Line: 106, Col: 25", a shell's title
            t = LINE_NUMBER.sub("", t, count=1).strip()
            if len(re.findall(r"\w", t)) >= 4 and re.search(r"[A-Za-z]", t) and t != name:  # not a line's number alone
                body.append(t)
        return ([name] if name else []) + body[:4]
    if kind in ("dialog", "installer"):
        body = [t for t in texts if t != title and t not in buttons and not all(
            _norm_button(p) in BUTTON_WORDS for p in re.split(r"\s{2,}", t))]
        question = [t for t in body if QUESTION.search(t)]
        main = question[:1] + [t for t in body if t not in question][:2]
        return ([title] if title else []) + main
    if kind in ("web page", "browser"):
        pieces = [p for r in rows for p in r.pieces if len(re.findall(r"[A-Za-z]", p.text)) >= 3]
        if not pieces:
            return texts[:3]
        out = []
        if kind == "browser":
            out.extend(r.text.strip() for r in address_bar)
            pieces = [p for p in pieces if p.box[1] > max((r.box[3] for r in address_bar), default=-1)]
            if not pieces:
                return out
        first = pieces[0]
        heading = max(pieces, key=lambda p: (_mostly_words(p.text), p.glyph, -p.box[1]))  # not a picture's specks
        for p in (first, heading, *pieces[1:4]):
            if p.text.strip() not in out:
                out.append(p.text.strip())
        return out[:4]
    # a program's window: what it shows, not its menu bar, nor a tool bar's icons read as letters
    shown = [t for t in (readable(t) for t in texts if t != title and not menu_row(t)) if t]
    worded = [t for t in shown if sum(map(len, re.findall(r"[A-Za-z]{3,}", t))) >= 4]
    words_first = sorted(worded, key=lambda t: not _mostly_words(t))  # labels before icons read as letters
    listed = _files(rows) if kind == "file manager" else ""
    return ([title] if title else []) + ([listed] if listed else []) + (words_first or shown or texts)[:3]


FILES_QUOTED = 3
"""File names a file manager's caption quotes, in reading order."""


def _files(rows: list[Row]) -> str:
    """The first file names a file manager lists ("report.txt, notes.pdf, holiday.jpg"), or ''
    with fewer than two."""
    names: list[str] = []
    seen: set[str] = set()
    for r in rows:
        for p in r.pieces:
            for name in plain_names(p.text):
                if name.lower() not in seen:
                    seen.add(name.lower())
                    names.append(name)
    return ", ".join(names[:FILES_QUOTED]) if len(names) >= 2 else ""


def _mostly_words(text: str) -> bool:
    """Half of the line's tokens or more are words of two letters or more, numbers or names of
    files and places ("Canvas Size", "Open in Help Mode", "menu://applications/"), not icons
    read as letters ("x1 qj Duplicate 7z 0O")."""
    tokens = text.split()
    words = [t for t in tokens if re.fullmatch(r"[(\"'“]?(?:[A-Za-z][a-z]+|[A-Z]{2,}|[A-Z][a-z]*(?:[A-Z][a-z]+)+|"
                                               r"\d[\d.,:%]*)[)\"'”.,:;!?…]*", t)
             or re.search(r"[A-Za-z]{2}", t) and re.search(r"\w[/.:_]\w|/\w", t)]  # a path, a file, an address
    return len(words) >= 0.5 * len(tokens)
