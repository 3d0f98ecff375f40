"""What a window of a screen is, from evidence a person would use: its text lines grouped into
rows (:class:`Row`), then prompt lines and a monospace grid (terminal), ``~`` rows and a status
line (vi), nano's shortcut bar, an address bar (browser), links and headings (web page), a
question and buttons (dialog), "Setup"/"Next >" (installer). :func:`classify` gives the kind
with how sure it is; a kind below :data:`~pixel_llm.facts.confidence.LIKELY` is "a window".
The screen as a whole is :mod:`pixel_llm.facts.screen`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import cv2
import numpy as np

from .app_titles import BROWSER_NAME, app_in_title, dialog_title
from .confidence import LIKELY, SURE
from .file_lists import file_list_signs, lists_files
from .regions import Line
from .widgets import bottom_buttons, toggles

UNNAMED = LIKELY - 0.05
"""The most a kind scores on general signs alone (monospace type, alignment): below
:data:`LIKELY`, so the window is "a window" until a sign of its own kind is seen."""

TITLED = 0.7
"""How sure a title that names a known program ("… - Mozilla Firefox", "… - Notepad") makes us
of the program's kind (:mod:`.app_titles`)."""
PROGRAM_WINDOW = 0.5
"""How sure a menu bar makes us that a window is a program's (its kind unnamed): enough for the
frame to be a screen (:data:`~pixel_llm.facts.screen.SCREEN_SCORE`)."""
WEB_VIEW = "a web page in a dialog (a button of the dialog's below it)"
MENU_BAR = "a program's menu bar"
"""The evidence a window's menu bar leaves (a screen is sure of it: ``screen.MENU_BAR_SCORE``)."""
TOGGLES = "check boxes or radio buttons (a program)"
PUSH_BUTTONS = "push buttons at the bottom"
"""The evidence of a program's widgets (:mod:`.widgets`): a window of no kind named, but a program's."""
PROGRAM_SIGNS = "a program's signs (dialog buttons, a tree, a form)"
"""... and of a dialog's button words ("OK", "Cancel"), a tree's rows or a form's labels
(:meth:`Signs.program`) where no kind is named."""
MONOSPACE_SPREAD = 0.06
"""Width per character of monospace words varies less than this (relative, robust)..."""
PROPORTIONAL_SPREAD = 0.1
"""... and that of proportional type more than this."""
PROMPT = re.compile(r"^(?:\(\w[\w.-]*\)\s*)?\[?(?:[\w.-]+@[\w.-]+|[\w.@-]+(?=:))?(?:[:\s]?([^\s$#%>\]]{0,40}))?\]?\s?[$#%❯›]\s(.*)$")
"""A shell prompt and what was typed after it: ``$ ls``, ``user@host:~/src$ make``,
``[user@host ~]# dnf``, ``(venv) bash-5.2$ pytest``."""
BARE_PROMPT = re.compile(r"^(?:\(\w[\w.-]*\)\s*)?\[?(?:[\w.-]+@[\w.-]+|[\w.@-]+(?=:))?(?:[:\s]?([^\s$#%>\]]{0,40}))?\]?\s?[$#%]\s*[|_\[\]█▌]?\s*$")
WINDOWS_PROMPT = re.compile(r"^(?:PS )?(?:[A-Za-z]:\\|[\w.-]+\\)[^<>|\"*?=]*>\s?(.*)$")
"""The prompt of Windows' console (``C:\\Users\\me>adb devices``, ``PS C:\\src> dir``): a path with
backslashes and a ``>``."""
SYMBOL_FIRST = re.compile(r"^[$%❯›]\s+(\S+)")
"""A prompt that is its symbol alone ("$ ls", "% make")..."""
COMMAND = re.compile(r"^(?:[a-z0-9._/~-]|[A-Z_][A-Z0-9_]*=)")
"""... counts when a command follows it: a lower-case name, a path, or a variable set before it
("LANG=C sort"). A menu's icon read as "%" before "Applications", or "›" before a breadcrumb's
next item, is followed by a capitalised word."""
LOGIN = re.compile(r"^[\w.-]+ login:\s*\S{0,2}$")
"""A text console's login prompt ("freedombox login: _")."""
REPL = re.compile(r"^(>>>|\.\.\.)\s?(.*)$")
IPYTHON = re.compile(r"^(In|Out)\s?\[\d{0,4}\]:\s?(.*)$")
"""IPython's prompts, in a terminal or its own console: "In [2]: acc.queryText", "Out[2]: 42"."""
PYTHON_CODE = re.compile(r"^\s*(?:(?:import|from|def|class|for|while|if|with|print|return|lambda)\b|[A-Za-z_][\w.]*\s*"
                         r"(?:\(|\[|=[^=]|\.\w)|[\d(][\d\s.+*/%()-]*$|['\"])")
"""What one Python entry at a ">>>" prompt starts with: a keyword, a call, an index, an assignment or
an attribute, arithmetic, a string."""
NOT_PYTHON = re.compile(r"/\*|\*/|:=|;\s*$")
"""... and what no Python entry has: C-style comments, Maxima's ":=" definitions and ";" endings
(Cantor shows ">>>" before the entries of every language it runs)."""
VI_STATUS = re.compile(r"\"[^\"]+\"\s+(?:\[\w+\]\s*)?\d+L,?\s+\d+[BC]|(^|\s)\d+L, \d+B\b|-- ?(INSERT|VISUAL|REPLACE) ?--|"
                       r"(?:^|\s{2})\d+,\d+(?:-\d+)?\s+(?:Top|Bot|All|\d{1,2}%)\s*$")
"""vi's own lines: the file's name, lines and bytes when opened; the mode being typed in; vim's
ruler at the end of the last row, the cursor's line, column and place in the file ("1,1  Top",
"12,5-9  45%")."""
EMACS_MODE_LINE = re.compile(r"(?:^|\s)(?:All|Top|Bot|\d{1,3}%)\s+L\d{1,6}(?=\s|$)", re.IGNORECASE)
"""Emacs's mode line under each of its windows: where the window shows the file, then the cursor's
line ("-:--- test.org   All L1   (Org)", "zenburn-theme.el   2% L34   (Emacs-Lisp)")."""
NANO_KEYS = ("^G", "^X", "^O", "^W", "^K", "^U", "Write Out", "Where Is", "Read File", "Get Help", "Justify")
CURSOR_STATUS = re.compile(r"\b(?:Ln|Line):?\s?\d{1,6}\s?[,:;]?\s+(?:Col|Column):?\s?\d{1,4}\b")
"""A text editor's status bar giving the cursor's line and column ("Ln 1, Col 1" in gedit and
Notepad, "Line: 106, Col: 1" in Qt Creator), capitalised as a status bar writes it."""
LINE_NUMBER = re.compile(r"^\s*\d{1,5}\s")
CODE = re.compile(r"(\bdef |\bimport |\breturn\b|\bclass |\bfor .* in |\bif .*:|[{};]\s*$|\bfunction\b|#include|"
                  r"^#!|\b(let|const|var)\s+\w+\s*=|\w+\s*=\s*\S|\bdo$|\bdone$|\bfi$|\bthen$|\becho\b)")
DOMAIN = r"(?<![@\w.-])(?:[\w-]+\.)+(?:com|org|net|io|dev|info|edu|gov|de|fr|uk|eu)"
HOST = r"(?<![\w.])(?:\d{1,3}(?:\.\d{1,3}){3}|localhost)(?::\d{2,5})?/(?![\d\s]|$)"
"""A machine's address with a path, as a browser shows a local server's page
("192.168.33.5/icingaweb2/x509", "localhost:8888/tree"); not a network with its prefix length
("192.168.1.0/24" in a terminal's output)."""
URL = re.compile(rf"(https?://|file://|www\.|{DOMAIN}/|{HOST}|^\W{{0,3}}\s*{DOMAIN}(\s|$)|{DOMAIN}(?=\s{{2}}|\s*$)|"
                 r"\S+\.html?\b)", re.I)
"""An address as a browser's address bar shows it: a scheme, "www.", a domain or a machine's
address with a path, a domain first in its row or last in its piece (a row's pieces are two spaces
apart; the padlock before it is often read as a letter or two), a page's file name. Not the domain
of an e-mail address ("raphael@falcot.com" in a mail program's folder list), nor a name like
"X.org" among other words (a log viewer's tab "X.org Log")."""
BROWSER_WORDS = re.compile(r"\bFile\b|https?://|file://|Secure|(?i:\bnot\s?secure\b)")
"""What a browser writes in or before its address: a scheme, a file's "File", "Secure", and "Not
secure" in any case (Chrome and Firefox, for an address served without encryption)."""
BUTTON_WORDS = {"ok", "cancel", "save", "don't save", "dont save", "yes", "no", "apply", "close", "delete", "keep",
                "remove", "open", "continue", "retry", "ignore", "abort", "install", "next >", "< back", "next",
                "back", "finish", "quit", "discard", "allow", "deny", "browse", "help", "skip", "done", "update",
                "restart", "later", "accept", "decline", "agree", "replace", "overwrite", "sign in", "log in",
                "submit", "send", "print", "export", "create", "add", "rename", "move", "copy", "upload"}
INSTALL_WORDS = ("setup", "install", "installing", "installer", "installation", "wizard", "welcome to",
                 "license agreement", "destination folder", "ready to install", "completing the", "uninstall")
WEB_WORDS = ("contents", "index", "next:", "previous", "home", "documentation", "copyright", "table of contents",
             "search", "menu", "about", "links", "privacy", "sign in")
MENU_WORDS = {"file", "edit", "view", "help", "tools", "window", "source", "search", "run", "navigate", "project",
              "format", "action", "favorites", "insert", "go", "bookmarks", "history", "image", "layer", "select",
              "settings", "refactor", "debug", "build", "options", "colors", "filters", "terminal", "tabs",
              "code", "analyze", "vcs", "team", "test", "architecture", "documents"}
"""Words of an application's menu bar ("File Edit View … Help")."""
TERMINAL_MENUS = {"file", "edit", "view", "search", "terminal", "tabs", "help", "bookmarks", "settings", "session",
                  "window", "go", "preferences", "actions"}
"""The menus of terminal emulators (GNOME Terminal, MATE's, Konsole, Xfce's, LXTerminal, QTerminal): a menu bar with others
("Simulation", "Worksheet" — a worksheet's ">>>" entries are no Python prompt) is another program's."""
BROWSER_MENUS = {"file", "edit", "view", "history", "bookmarks", "tools", "help", "go", "window", "favorites",
                 "develop", "settings", "profiles", "tab", "tabs", "people", "widgets"}
"""The menus of web browsers (Firefox, Safari, Internet Explorer, Konqueror, SeaMonkey, Opera): a
menu bar with others ("Worksheet", "Calculate") is another program's, even when a tab or a title
below it shows an address ("file:///home/…" in a worksheet's tab)."""
FILE_MANAGER_MENUS = {"file", "files", "edit", "view", "go", "bookmarks", "tools", "tool", "help", "window", "settings",
                      "mark", "commands", "net", "network", "show", "configuration", "options", "connections",
                      "panel", "panels", "left", "right", "sort", "tabs", "scripts", "actions", "useractions",
                      "favorites", "archive", "plugins", "trash", "location", "command", "start", "finder",
                      "device", "operations"}
"""The menus of file managers (Thunar, Dolphin, Konqueror, Krusader, Double and Total Commander,
GNOME Commander, Midnight Commander, Xfe, PCManFM, SpaceFM, Explorer, Finder): a menu bar with
others ("Playback", "Playlist") is another program's, one that shows a pane of files beside what
it does (a media player's file browser)."""
MENU_ITEM = re.compile(r"(?:[A-Z][a-z]+)+|[A-Z]{2,}")
"""One menu's name as a menu bar shows it: a capitalised word ("Machine", "Tagger", "LinearAlgebra") or
an acronym ("VCS")."""
IDE_MENUS = {"refactor", "navigate", "project", "build", "debug"}
"""Menus that only a programming environment has (Eclipse, Visual Studio, Android Studio)."""
EDITOR_MENUS = {"document", "documents", "buffers", "syntax"}
"""Menus of text editors only: the open documents' menu (gedit, Pluma, Mousepad, Geany), Emacs's and
SciTE's buffers, Vim's syntax. Not "Format" (a spreadsheet's too), "Encoding" or "Language" (a browser's)."""
EDITOR_MENU = "an editor's menu (Document, Buffers or Syntax)"
SOURCE_FILE = re.compile(r"\b\w[\w-]*\.(?:java|c|cc|cpp|cxx|h|hpp|m|mm|py|js|ts|cs|kt|swift|go|rs|rb|qml|php|lua|tex)\s*$")
"""A source file's name ending a short piece, as a project tree lists it (after its icon), or as
an editor's tab shows it."""
TITLED_FILE = re.compile(r"^\W{0,2}" + SOURCE_FILE.pattern[2:].replace(r"\s*$", r"\W?(?=\s*$|\s[-–—|(\[])"))
"""A window's title that starts with a source file's name, alone or before its program's name or
its folder ("PlatWin.cxx - SciTE", "*main.c - Mousepad", "[main.c] - Geany", "app.py (~/src) -
gedit"); not a title that names a file among other words ("Diff of main.c")."""
SENTENCE_WORDS, SENTENCES_WITHOUT_LINKS = 12, 3
"""A page of the web reads in sentences: without an address bar or two underlined links, one line
(one piece, not columns joined) of SENTENCE_WORDS words or more next to links, and
SENTENCES_WITHOUT_LINKS such lines where no link is seen (a dialog's or a list's short lines
and the words "web site" of ImageNet are not a page)."""
PROSE_WORDS, PROSE_ROWS = 6, 4
"""A page of the web shows prose: without an address bar, at least PROSE_ROWS rows of PROSE_WORDS
words or more, most of them words (labels, short lines and a file list's rows are what every
program's window shows); with two underlined links, one such row. Underlined links alone do not
make a page: what looks underlined in a program's menu or launcher (a separator under a blue
label) made KDE's launcher a "web page" on the external3 screenshots."""
DIALOG_BUTTON = re.compile(r"(?<![\w-])(OK|Cancel|Finish|Browse|Apply)(?![\w-])")
"""Capitalised as on a program's buttons; not "Next"/"Back"/"Help", which web pages' navigation uses."""
ROW_BUTTONS = {"ok", "cancel", "finish", "apply", "back", "next", "help", "close", "yes", "no", "create", "save",
               "open", "done", "install", "continue", "previous", "select", "add", "import", "export", "run"}
"""Words of a dialog's row of buttons ("< Back  Next >  Finish  Cancel"), read one by one."""
FORM_LABEL = re.compile(r"^\W{0,3}[A-Z][\w/.()-]*(?: [\w/.()-]+){0,3}:(?:\s|$)")
"""A form row's label: "Name:", "Project location:", "SD Card:" (capitalised, at most four words)."""
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


# -- rows ----------------------------------------------------------------------------------

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


LINK_DARKNESS = 0.7
"""Link text is darker than its background: the sum of its ink's channels is under this share of the
background's."""


LINK_SOLID = 0.3
"""A link's blue ink is strokes: under this share of it survives a 3x3 erosion."""


def _ink_blue(rgb: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Is the text in ``box`` link-blue (saturated blue ink on a light background)?"""
    x0, y0, x1, y1 = box
    block = rgb[y0:y1, x0:x1].astype(np.int16)
    crop = block.reshape(-1, 3)
    if crop.size == 0:
        return False
    bg = np.median(crop, axis=0)
    if bg.mean() < 128 or bg.max() - bg.min() > 40:
        return False  # a dark or coloured background: a selected row's or a button's light text is no link
    inked = np.abs(block - bg).max(axis=2) > 60
    ink = block[inked]
    if len(ink) < 8:
        return False
    r, g, b = np.median(ink, axis=0)
    # link colours (#0000ee, #1a0dab, #0645ad, #337ab7) are dark to mid blues: pale blue ink is a
    # dimmed or disabled label, a check box's tint, a miniature of a window
    if not (b > 120 and b - r > 40 and b - g > 10 and r + g + b < LINK_DARKNESS * bg.sum()):
        return False
    # ... and a link's blue is its letters' thin strokes: a blue icon beside dark text ("Open
    # with File Manager" after a folder) is a filled shape that a 3x3 erosion leaves standing
    blue = (inked & (block[..., 2] > 120) & (block[..., 2] - block[..., 0] > 40)).astype(np.uint8)
    solid = cv2.erode(blue, np.ones((3, 3), np.uint8)).sum() / max(1, int(blue.sum()))
    return bool(solid < LINK_SOLID)


def _underlined(rgb: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Does a line of ink run under most of the text in ``box`` (a link's underline)? Letters
    leave gaps in every row of pixels; an underline covers the row from end to end."""
    x0, y0, x1, y1 = box
    crop = rgb[y0:y1, x0:x1].astype(np.int16)
    if crop.shape[0] < 6 or crop.shape[1] < 12:
        return False
    bg = np.median(crop.reshape(-1, 3), axis=0)
    r, b = crop[..., 0], crop[..., 2]
    ink = (np.abs(crop - bg).max(axis=2) > 60) & (b > 120) & (b - r > 40)  # the blue ink (not a bullet)
    cols = ink.any(axis=0)
    if cols.sum() < 12:
        return False
    a, z = np.flatnonzero(cols)[[0, -1]]  # the link's own extent within the box
    lower = ink[crop.shape[0] // 2:, a:z + 1]
    return bool((lower.mean(axis=1) >= 0.85).any())


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


def _past_icon(text: str) -> str:
    """``text`` past an icon read as a character or two before its first word ("Jf OK" gives "OK"): a
    button's stock icon (a window title's icon is ``screen.without_icon``'s, on stricter terms)."""
    first, _, rest = text.strip().partition(" ")
    if not rest or len(first) > 2 or first in ("A", "I", "-", "–", "—") or first.lower() in SHORT_WORDS \
            or re.search(r"[\[\]():<>]", first):  # (a key before an action, "q] Finish", or a check box)
        return text
    return rest.strip()


SHORT_WORDS = {"go", "no", "do", "to", "up", "on", "in", "of", "my", "me", "we", "be", "is", "it", "so", "or",
               "an", "at", "by", "if", "ok"}
"""Words of two letters, which begin a phrase ("Go Back") as no icon does."""


def _button_word(text: str, known: set[str]) -> str | None:
    """``text`` as a button's word, if it reads as one of ``known`` (lower case): as read, or
    the word whose letter OCR lost ("Cance" gives "Cancel"); None if it does not."""
    words = text.strip(" |[]_")
    if _norm_button(words) in known:
        return words
    whole = _one_dropped(_norm_button(words))
    if whole is not None:
        return whole.capitalize()
    # a stock icon before the word ("Jf OK"): only a dialog's own words, as menus show icons before
    # theirs too ("» Help", "© Logout")
    rest = _past_icon(words)  # (two-letter words, "No" and "OK" among them, are no icon: SHORT_WORDS)
    return rest if rest != words and rest in STRONG_BUTTONS and rest.lower() in known else None


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
            words = _button_word(piece.text, BUTTON_WORDS)
            if words is None or len(words) > 16:
                continue
            if region is not None and piece.box[1] < region[1] + 0.5 * (region[3] - region[1]):
                continue
            if bg is not None and not _button_shape(rgb, piece.box, bg):
                continue
            out.append(words)
    return out


def _drops_one(long: str, short: str) -> bool:
    """``short`` is ``long`` with one letter left out."""
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _misread(word: str, menu: str, cut: bool = False) -> bool:
    """``word`` (three letters or more) is ``menu`` read with a letter changed, left out or added
    ("Yiew", "Edt"); with ``cut``, also cut short after five letters or more ("Favorit")."""
    if len(word) < 3:
        return False
    if len(word) == len(menu) and sum(a != b for a, b in zip(word, menu)) == 1:
        return True
    return _drops_one(menu, word) or _drops_one(word, menu) or cut and len(word) >= 5 and menu.startswith(word)


def _one_dropped(word: str) -> str | None:
    """The button's word that ``word`` (lower case, four letters or more) is with one letter
    dropped by OCR ("cance", "remve"), or None. Only a dropped letter: a changed one may be
    another word ("clone" is no "close")."""
    if len(word) < 4 or not word.isalpha():
        return None
    return next((b for b in BUTTON_WORDS if b.isalpha() and _drops_one(b, word)), None)


def dialog_buttons(rows: list[Row], region: tuple[int, int, int, int]) -> set[str]:
    """Words of a program's dialog buttons read in the lower half of the window ("OK", "Cancel",
    "Finish", "Browse…", "Apply"), whether or not a button was seen around them."""
    x0, y0, x1, y1 = region
    low = " ".join(r.text for r in rows if r.box[1] >= y0 + 0.5 * (y1 - y0))
    return set(DIALOG_BUTTON.findall(low))


def button_row(rows: list[Row], region: tuple[int, int, int, int]) -> list[str]:
    """The buttons of a dialog's bottom row, read word by word however OCR framed them ("{<Back
    Next > Finish | [Cancel" gives Back, Next, Finish, Cancel): a short row in the bottom quarter
    of the window with two or more button words, "OK", "Cancel", "Finish" or "Apply" among them
    (capitalised as on a button). Empty when there is no such row."""
    x0, y0, x1, y1 = region
    for row in sorted(rows, key=lambda r: -r.box[1]):
        if row.box[1] < y0 + 0.75 * (y1 - y0):
            break
        tokens = [t for t in (re.sub(r"[^\w]", "", w) for w in row.text.split()) if len(t) >= 2]
        if not tokens or len(tokens) > 6:
            continue
        words = [t for t in tokens if t.lower() in ROW_BUTTONS]
        strong = [t for t in tokens if t in ("OK", "Cancel", "Finish", "Apply")]
        if strong and len(words) >= 2:
            return words
    return []


STRONG_BUTTONS = ("OK", "Cancel", "Finish", "Apply")
"""The buttons only a dialog has (capitalised as on a program's buttons)."""


def boxed_button_row(boxed: list[tuple[tuple[int, int, int, int], str]]) -> list[tuple[tuple[int, int, int, int], str]]:
    """The push buttons of a dialog among the boxes the layout found with a word or two in them,
    as (box, text) (the layout keeps such boxes out of the windows, as a window's buttons or
    fields): boxes that read a button's word, side by side on one row, at least two of them and
    "OK", "Cancel", "Finish" or "Apply" among them ("Cancel … Preview  Print" in a GNOME dialog's
    header bar, "Cancel  Apply  OK" at the bottom of another's). Empty when there is no such row:
    one boxed "Update" or "Upload" is a page's or a program's button."""
    read = ((box, _button_word(text, BUTTON_WORDS | ROW_BUTTONS)) for box, text in boxed)
    words = [(box, word) for box, word in read if word is not None]
    for box, word in words:
        if word not in STRONG_BUTTONS:
            continue
        cy, h = (box[1] + box[3]) / 2, box[3] - box[1]
        row = [(b, w) for b, w in words if abs((b[1] + b[3]) / 2 - cy) <= h / 2]
        if len({w.lower() for _, w in row}) >= 2:
            return sorted(row, key=lambda bw: bw[0][0])
    return []


def form_rows(rows: list[Row]) -> int:
    """Rows that start with a form's label ("Name:", "Location:")."""
    return sum(bool(FORM_LABEL.match(r.text.strip())) for r in rows)


def tree_rows(rows: list[Row]) -> int:
    """Rows that start with a tree's expander ("> Android 4.1", "v Frameworks")."""
    return sum(bool(re.match(r"^[>v]\s+\S", r.text.strip())) for r in rows)


def bottom_button(rows: list[Row], region: tuple[int, int, int, int]) -> bool:
    """The lowest row of the window, in its bottom fifth, is "OK", "Cancel" or "Finish" alone."""
    x0, y0, x1, y1 = region
    low = max(rows, key=lambda r: r.box[1], default=None)
    if low is None or low.box[1] < y0 + 0.8 * (y1 - y0):
        return False
    words = (low.text, _past_icon(low.text))  # (a stock icon before the word: "Jf OK")
    return any(re.sub(r"[^\w]", "", w) in ("OK", "Cancel", "Finish") for w in words)


def menu_text(rows: list[Row], region: tuple[int, int, int, int]) -> str:
    """The window's menu bar as read, or '': a row near the top of the window (in its top quarter,
    or one of its first two rows) that reads like one (:func:`menu_row`)."""
    x0, y0, x1, y1 = region
    return next((row.text for i, row in enumerate(rows)
                 if (row.box[1] <= y0 + 0.25 * (y1 - y0) or i < 2) and menu_row(row.text)), "")


def _one_off(word: str) -> bool:
    """A menu's name misread by one letter ("Fle", "Edt", "Vew"): one letter left out, added or
    changed, in a word of three letters or more."""
    return any(_misread(word, menu) for menu in MENU_WORDS)


def menu_row(text: str) -> bool:
    """Does ``text`` read like a menu bar (wherever it is)? Two menus read exactly may stand beside
    others misread by a letter ("Fle Edt Project Tools Timeline Monitor View Settings Help")."""
    words = re.findall(r"[A-Za-z]+", text.lower())
    menu = [w for w in words if w in MENU_WORDS]
    misread = [w for w in words if w not in MENU_WORDS and _one_off(w)] if len(menu) >= 2 else []
    if len(menu) + len(misread) >= 3 and len(menu) + len(misread) >= 0.6 * len(words) \
            and {"file", "edit", "view", "help"} & set(menu):
        return True
    return _file_to_help(text)


def _file_to_help(text: str) -> bool:
    """A row of three to fourteen capitalised words that begins with "File" (or "Files") and ends
    with "Help": the shape of a program's menu bar whatever its menus are called ("File Machine
    Help", "Files Mark Commands Network … Help")."""
    words = [w for w in text.split() if re.search(r"[A-Za-z]", w)]  # an icon read as "§" or "|" between
    return (3 <= len(words) <= 14 and words[0] in ("File", "Files") and words[-1] == "Help"
            and all(MENU_ITEM.fullmatch(w) for w in words))


@dataclass(frozen=True)
class Signs:
    """What marks a window as a program's, read once per window and shared by the kinds below."""

    menus: str
    """The window's menu bar as read ('' without one: :func:`menu_text`)."""
    button_row: list[str]
    bottom_button: bool
    dialog_words: int
    """Distinct dialog-button words ("OK", "Cancel", …) in the lower half."""
    tree_rows: int
    form_rows: int
    toggles: int = 0
    """Check boxes or radio buttons in one column before the window's lines (:mod:`.widgets`)."""
    push_buttons: int = 0
    """Push buttons seen from their shape in the bottom fifth of the window (:mod:`.widgets`)."""

    @classmethod
    def read(cls, rows: list[Row], region: tuple[int, int, int, int], rgb: np.ndarray | None = None) -> "Signs":
        return cls(menu_text(rows, region), button_row(rows, region), bottom_button(rows, region),
                   len(dialog_buttons(rows, region)), tree_rows(rows), form_rows(rows),
                   toggles(rgb, [p.box for r in rows for p in r.pieces]),
                   bottom_buttons(rgb, [(p.box, p.text) for r in rows for p in r.pieces], region))

    @property
    def menu_bar(self) -> bool:
        return bool(self.menus)

    def program(self) -> str:
        """Why the window is a program's rather than a web page ('' when nothing says so)."""
        if self.menu_bar:
            return "menu bar (a program)"  # a program's window: its menu bar is not part of a web page
        if self.dialog_words >= 2 or self.button_row or self.bottom_button:
            return "dialog buttons (a program)"  # "OK" and "Cancel" at the bottom
        if self.tree_rows >= 2 or self.form_rows >= 3:
            return "a tree or a form (a program)"  # a tree's "> " rows, a form's labels
        if self.toggles >= 2:
            return TOGGLES
        return ""


def spacing(rows: list[Row]) -> float | None:
    """Robust relative spread of the width per character of the words of four or more letters
    (None with fewer than six such words): near 0 for monospace text, 0.1 and more for
    proportional type."""
    p = np.array([x for r in rows for piece in r.pieces for x in piece.pitches])
    if len(p) < 6:
        return None
    med = float(np.median(p))
    return float(np.median(np.abs(p - med)) * 1.4826 / med) if med > 0 else None


CONSOLE_TEXT = "light monospace text on a dark background, not code"
CONSOLE_TEXT_SCORE = 0.25
CONSOLE_DARK = 0.7
"""A terminal's own look: monospace text, light on a dark background on this share of the rows or
more, and not code (fewer than three lines of it) nor mostly prose. A monospace listing, a text
editor's or a log viewer's page, is dark text on a light page as a rule; a dark-themed editor
shows code."""
CONSOLE_ROWS, CONSOLE_DISTINCT = 5, 0.75
"""... on CONSOLE_ROWS rows or more, most of them (this share) different: a page's placeholder
text repeated row after row ("Content Content Content") is no terminal's output."""


def code_lines(texts: list[str]) -> int:
    """How many of the lines read like code (:data:`CODE`)."""
    return sum(bool(CODE.search(t)) for t in texts)


def _console_text(rows: list[Row], texts: list[str], region: tuple[int, int, int, int]) -> bool:
    """Do the window's rows (already monospace) look like a terminal's text (:data:`CONSOLE_DARK`)?
    Not under a browser's name at the window's top (a dark web page of monospace text in a
    browser, its address misread: Glances' web view in Firefox)."""
    if len(rows) < CONSOLE_ROWS or len(set(texts)) < CONSOLE_DISTINCT * len(texts):
        return False
    if sum(r.dark for r in rows) < CONSOLE_DARK * len(rows):
        return False
    if any(BROWSER_NAME.search(r.text) for r in _top(rows, region)):
        return False
    return code_lines(texts) < 3 and sum(prose(t) for t in texts) <= len(texts) / 3


def _terminal(rows: list[Row], title: str, region: tuple[int, int, int, int]) -> Verdict:
    v = Verdict("terminal")
    texts = [r.text.strip() for r in rows]
    prompts = sum(prompt(t) is not None for t in texts)
    entries = [m.group(2) for t in texts if (m := REPL.match(t))]
    # a worksheet's ">>>" entries (Cantor's Maxima: "/* that's it */", "? plot2d") are no Python: one
    # entry at least reads as Python
    python = any(PYTHON_CODE.search(e) for e in entries) and not any(NOT_PYTHON.search(e) for e in entries)
    repl = len(entries) if python else 0
    ipython = [m.group(1) for t in texts if (m := IPYTHON.match(t))]
    if "In" in ipython and len(ipython) >= 2:  # an input and its output, or two inputs
        repl = max(repl, len(ipython))
    if prompts:
        v.score += 0.45 if prompts == 1 else 0.6
        v.evidence.append(f"{prompts} prompt line{'s' if prompts > 1 else ''}")
    if any(LOGIN.match(t) for t in texts):
        v.score += 0.45
        v.app = "console"
        v.evidence.append("a login prompt")
    if repl:
        v.score += 0.5 if repl >= 2 else 0.35
        v.app = "python"
        v.evidence.append("python prompt (>>>)" if entries and python else "IPython prompts (In [1]:)")
    man = [t for t in texts if MAN_PAGE.search(t)]
    if man:
        v.score += 0.45 if len(man) >= 2 else 0.3
        v.app = v.app or "man"
        v.evidence.append("manual page")
    spread = spacing(rows)
    if spread is not None and spread <= MONOSPACE_SPREAD:
        v.score += 0.25
        v.evidence.append("monospace text")
        if _console_text(rows, texts, region):
            v.score += CONSOLE_TEXT_SCORE
            v.evidence.append(CONSOLE_TEXT)
    elif spread is not None and spread >= PROPORTIONAL_SPREAD:
        v.score -= 0.3  # proportional type: not a terminal
    if title and TERMINAL_TITLES.search(title):
        v.score += 0.15
        v.evidence.append("terminal title")
    left = region[0]
    if rows and sum(r.box[0] - left <= 0.03 * (region[2] - region[0]) + 6 for r in rows) >= 0.7 * len(rows):
        v.score += 0.05
    if not (prompts or repl or man or v.app or "terminal title" in v.evidence or CONSOLE_TEXT in v.evidence):
        v.score = min(v.score, UNNAMED)  # monospace text alone: a text editor, a listing, a log viewer …
    v.score = min(v.score, 0.95)
    return v


def _ide(rows: list[Row], region: tuple[int, int, int, int], code: int, signs: Signs, prompted: bool) -> str:
    """What makes a window with code a programming environment ('' when nothing does): a menu bar
    with a programming menu ("Refactor", "Build", "Debug", ...), or a project tree (three short
    pieces that name source files: "AppDelegate.m", "main.cpp")."""
    if code < 4 or prompted:
        return ""  # code printed in a terminal is not an editor
    x0, y0, x1, y1 = region
    if signs.menu_bar:
        top = [r for r in rows if r.box[1] <= y0 + 0.25 * (y1 - y0)]
        if any(IDE_MENUS & set(re.findall(r"[a-z]+", r.text.lower())) for r in top):
            return "a programming menu bar"
    files = {p.text for r in rows for p in r.pieces if len(p.text.split()) <= 3 and SOURCE_FILE.search(p.text)}
    if len(files) >= 3:
        return "a project tree"
    return ""


CURSOR = "the cursor's line and column in a status bar or an editor's tool bar"
SOURCE_TAB = "a source file's name above the code"
EDGE_BAND = 0.2
"""A window's status bar is in the bottom fifth of its region; its tool bars and tabs are in the top
fifth."""


def _top(rows: list[Row], region: tuple[int, int, int, int]) -> list[Row]:
    """The rows in the top fifth of the window's region: its tabs and tool bars."""
    x0, y0, x1, y1 = region
    return [r for r in rows if r.box[3] <= y0 + EDGE_BAND * (y1 - y0)]


def _edges(rows: list[Row], region: tuple[int, int, int, int]) -> list[Row]:
    """The rows in the top and the bottom fifth of the window's region: its tabs, tool bars and
    status bar, not its content."""
    x0, y0, x1, y1 = region
    return _top(rows, region) + [r for r in rows if r.box[1] >= y0 + (1 - EDGE_BAND) * (y1 - y0)]


def _cursor_status(rows: list[Row], region: tuple[int, int, int, int]) -> str:
    """:data:`CURSOR` when a row at the window's top or bottom edge gives the cursor's position
    the way a text editor does (:data:`CURSOR_STATUS`: "Ln 12, Col 4" in a status bar, "Line:
    106, Col: 25" in Qt Creator's tool bar above the text), else ''."""
    return CURSOR if any(CURSOR_STATUS.search(r.text) for r in _edges(rows, region)) else ""


def _source_tab(rows: list[Row], title: str, region: tuple[int, int, int, int], numbered: bool) -> str:
    """:data:`SOURCE_TAB` when the window's title ("PlatWin.cxx - SciTE") or, above ``numbered``
    lines, a short piece at its top edge (a tab: "samegame.js", "Hello.java") names a source file,
    else ''. With code below it, the window edits that file: a terminal prints code under no
    file's name, a listing in a program under its own. A tab's name is weaker than the title's: a
    page of a manual names a file above its example code too, but seldom numbers the lines."""
    if title and TITLED_FILE.search(title):
        return SOURCE_TAB
    if not numbered:
        return ""
    tabs = [p.text for r in _top(rows, region) for p in r.pieces if len(p.text.split()) <= 3]
    return SOURCE_TAB if any(SOURCE_FILE.search(t) for t in tabs) else ""


def _editor(rows: list[Row], marks: int, region: tuple[int, int, int, int], signs: Signs, title: str = "") -> Verdict:
    v = Verdict("editor")
    texts = [r.text.strip() for r in rows]
    read_tildes = sum(re.fullmatch(r"~\s*", t) is not None for t in texts)
    status = any(VI_STATUS.search(t) for t in texts)
    numbered = sum(bool(LINE_NUMBER.match(t)) for t in texts)
    code = code_lines(texts)
    # small marks at the left edge are vi's '~' rows only next to something else of vi's (bullets,
    # icons and tree lines make such marks too)
    tildes = read_tildes + (marks if read_tildes or status else 0)
    if tildes >= 3:
        # alone, a column of "~" is as often a page's or a window's marks read as tildes (a
        # browser's page read so at JPEG 70): vi's status line makes them vi's
        v.score += 0.35 if status else UNNAMED
        v.evidence.append("rows of ~ (vi)")
        v.app = "vi" if status else ""
    if status:
        v.score += 0.4
        v.evidence.append("vi status line")
        v.app = "vi"
    if any(EMACS_MODE_LINE.search(t) for t in texts):
        v.score += 0.6  # above a dark terminal's look (0.55): Emacs in a terminal shows one too
        v.evidence.append("Emacs mode line")
        v.app = "emacs"
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
    if numbered >= 5 and numbered >= 0.4 * len(texts):
        v.score += 0.2
        v.evidence.append("line numbers")
    if code >= 3 and code >= 0.25 * len(texts):
        v.score += 0.15
        v.evidence.append("code")
    prompted = any(prompt(t) is not None for t in texts)  # code printed in a terminal is no editor's
    ide = _ide(rows, region, code, signs, prompted)
    own = f"code, {ide}" if ide else _cursor_status(rows, region)  # an editor's own sign
    if not own and code >= 3 and not prompted:
        own = _source_tab(rows, title, region, numbered >= 5 and numbered >= 0.4 * len(texts))
    if not own and EDITOR_MENUS & set(re.findall(r"[a-z]+", signs.menus.lower())):
        own = EDITOR_MENU
    if v.score and not v.app and not own:
        # line numbers and code alone: maybe a listing in a terminal; under a program's menu bar,
        # as likely a numbered list of that program's (a packet capture's packets)
        v.score = min(v.score, UNNAMED if signs.menu_bar else 0.35)
    if own and not v.app:
        v.score = max(v.score, 0.55)
        v.evidence.append(own)
    v.score = min(v.score, 0.95)
    return v


WORD = re.compile(r"^[(\"'“‘]?[A-Za-z][A-Za-z'’-]*[,.;:!?)\"'”’]*$")


def prose(text: str) -> bool:
    """A line of prose: PROSE_WORDS or more tokens, most of them words, and most words in lower
    case (a file list's row of names, sizes and dates, or a row of column headings, is no prose)."""
    tokens = text.split()
    words = [t for t in tokens if WORD.match(t)]
    lower = sum(w.lstrip("(\"'“‘")[:1].islower() for w in words)
    return len(tokens) >= PROSE_WORDS and len(words) >= 0.7 * len(tokens) and lower >= 0.5 * len(words)


ADDRESS_START = 0.5
"""A browser's address bar starts in the left half of its window, after the buttons that go back
and forward (Safari centres a short address about the middle): an address at the right of a page's
header ("HOST https://your-app.com" in a load tester's banner) is the page's."""


ADDRESS_MARKS = {"file", "secure", "notsecure", "not"}
"""What a browser writes before an address in its bar ("File", "Not secure")."""


def address_at(row: Row) -> int | None:
    """Where the address of a row starts, if it reads like an address bar (None if not): its
    piece's left end (the row's, when OCR framed the address with other words), the address first
    in the piece after icons read as marks and the browser's own words ("€ Cc @ https://…", "Not
    Secure | 192.168.33.5/…"), one other word at most (an icon read as one); an address after a
    sentence's words ("… opening browser at file:///…") is text in a window or on a page."""
    for p in row.pieces or [row]:
        found = URL.search(p.text)
        if found is None:
            continue
        words = [w for w in re.findall(r"[A-Za-z]{3,}", p.text[:found.start()]) if w.lower() not in ADDRESS_MARKS]
        if len(words) <= 1:
            return p.box[0]
    return None


def _web(rows: list[Row], rgb: np.ndarray, region: tuple[int, int, int, int], web_label: float, full: bool,
         signs: Signs) -> tuple[Verdict, Verdict]:
    """(browser verdict, web page verdict)."""
    browser, page = Verdict("browser"), Verdict("web page")
    x0, y0, x1, y1 = region
    top = [r for r in rows if r.box[1] < y0 + 0.15 * (y1 - y0)]
    address = [r for r in top if (at := address_at(r)) is not None and at < x0 + ADDRESS_START * (x1 - x0)]
    if address:
        browser.score += 0.6
        browser.evidence.append("address bar")
        if BROWSER_WORDS.search(address[0].text):
            browser.score += 0.1
    pieces = [p for r in rows for p in r.pieces][:120]
    blue = [p for p in pieces if _ink_blue(rgb, p.box)] if rgb is not None else []
    links = len(blue)
    underlined = sum(_underlined(rgb, p.box) for p in blue)
    heights = [p.glyph for p in pieces if p.glyph]
    if links >= 2:
        page.score += 0.35 if links >= 4 else 0.25
        page.evidence.append("links" if underlined < 2 else "underlined links")
    if len(heights) >= 4 and max(heights) >= 1.6 * float(np.median(heights)):
        page.score += 0.15
        page.evidence.append("headings")
    lowered = " ".join(r.text.lower() for r in rows)
    if sum(w in lowered for w in WEB_WORDS) >= 2:
        page.score += 0.1
    if full and web_label >= LIKELY and (links >= 2 or "headings" in page.evidence):
        # ImageNet's "web site" fires on any screenshot of a program (it names screens, not
        # web pages): it only adds to what the pixels show of a page
        page.score += min(0.4, web_label * 0.5)
        page.evidence.append("classifier: web page")
    spread = spacing(rows)
    if spread is not None and spread <= MONOSPACE_SPREAD:
        page.score -= 0.3
    elif spread is not None and spread >= PROPORTIONAL_SPREAD:
        page.score += 0.1
        page.evidence.append("proportional type")
    if not address:
        why = signs.program()
        if not why and sum(prose(r.text) for r in rows) < (PROSE_ROWS if underlined < 2 else 1):
            why = "little prose"  # labels and short lines: a program's window (or a menu) as often
        if not why and underlined < 2 and sum(len(p.text.split()) >= SENTENCE_WORDS for r in rows
                                              for p in r.pieces) < (1 if links >= 2 else SENTENCES_WITHOUT_LINKS):
            why = "few sentences"
        if why:
            page.score = min(page.score, UNNAMED)
            page.evidence.append(why)
    if browser.score and page.score > 0:
        browser.score += 0.2
        browser.evidence.append("a page below it")
    return browser, page


def setup_words(lowered: str) -> list[str]:
    """The words about installing (``INSTALL_WORDS``) in a lower-cased text, as whole words."""
    return [w for w in INSTALL_WORDS if re.search(r"\b" + re.escape(w) + r"\b", lowered)]


QUESTION = re.compile(r"[A-Za-z'’]{2,}\s+[A-Za-z'’-]{2,}\s?\?(?=[\s\"')]|$)")
"""A question: two words or more and the question mark that ends them ("Save changes?"), not a
"?" misread inside a key name ("<F?>") or after a stray word ("UP?")."""


def _dialog(rows: list[Row], buttons: list[str], share: float, framed: bool, title: str, signs: Signs
            ) -> tuple[Verdict, Verdict]:
    """(dialog verdict, installer verdict)."""
    dialog, installer = Verdict("dialog"), Verdict("installer")
    lowered = " ".join([title.lower()] + [r.text.lower() for r in rows])
    small = framed and share <= 0.35
    row = signs.button_row
    if row:
        # a row of buttons at the bottom ("< Back  Next >  Finish  Cancel"), however it was read: a
        # dialog even when it has many rows (a wizard's page, a list to choose from)
        dialog.score += 0.6
        dialog.evidence.append("a row of buttons at the bottom")
        if QUESTION.search(lowered):
            dialog.score += 0.1
            dialog.evidence.append("a question")
        buttons = buttons or row
    elif len(buttons) >= 2 or buttons and (small or QUESTION.search(lowered)):
        dialog.score += 0.45 if len(buttons) == 1 else 0.55
        dialog.evidence.append("buttons")
        if QUESTION.search(lowered):
            dialog.score += 0.15
            dialog.evidence.append("a question")
        if small:
            dialog.score += 0.15
            dialog.evidence.append("small window")
        if len(rows) > 14:
            dialog.score -= 0.3
    if not row and dialog.score < 0.5 and signs.bottom_button and signs.form_rows >= 2:
        dialog.score = 0.5  # labelled fields ("Name:", "Location:") and "OK" or "Cancel" below them
        dialog.evidence.append("a form with a button at the bottom")
    hits = setup_words(lowered)
    if len(hits) >= 2:
        installer.score += 0.45 + 0.1 * min(2, len(hits) - 2)
        installer.evidence.append("setup words")
        if buttons:
            installer.score += 0.3
            installer.evidence.append("buttons")
        elif not setup_words(title.lower()):
            # words about installing, without a button or a title that says so: a document or a
            # file about installing (an .inf file in Notepad, a manual), not an installer
            installer.score = min(installer.score, UNNAMED)
            installer.evidence.append("no buttons")
    return dialog, installer


SHEET_RUN = 4
"""A spreadsheet's grid: this many column letters in order ("A B C D") and as many rows numbered
in order ("1", "2", "3", "4") at the start of their rows."""


def _sheet(rows: list[Row]) -> Verdict:
    """A spreadsheet: its column letters in a row ("A B C D E") and its rows numbered one by one
    at their start. Both are needed: numbered lines alone are a list, letters alone a heading."""
    v = Verdict("spreadsheet")
    letters = 0
    for row in rows:
        tokens = [t for t in re.split(r"[\s|]+", row.text) if t]
        run = best = 0
        for a, b in zip(tokens, tokens[1:]):
            if re.fullmatch(r"[A-Z]", a) and re.fullmatch(r"[A-Z]", b) and ord(b) == ord(a) + 1:
                run = run + 1 if run else 2
                best = max(best, run)
            else:
                run = 0
        letters = max(letters, best)
    numbers = [int(m.group(1)) for r in sorted(rows, key=lambda r: r.box[1])
               for m in [re.match(r"^\W?(\d{1,5})(?:\s|$)", r.text.strip())] if m]
    run = best = 1
    for a, b in zip(numbers, numbers[1:]):
        run = run + 1 if b == a + 1 else 1
        best = max(best, run)
    if letters >= SHEET_RUN and best >= SHEET_RUN:
        v.score = 0.7
        v.evidence.append("a grid of cells: column letters and numbered rows")
    return v


TEXT_MODE = 0.8
"""How sure a whole frame in text mode (:func:`~pixel_llm.facts.textmode.text_mode`) makes us of a
text console: a kind with signs of its own (vi's status line, nano's shortcut bar) is surer."""
TEXT_BUTTON = re.compile(r"<\s?[A-Z][A-Za-z]+(?: [A-Za-z]+)?\s?>")
"""A text-mode dialog's button, drawn in angle brackets ("<Go Back>", "<Continue>", "<Ok>")."""


def _console(rows: list[Row], text_mode: list[str]) -> Verdict:
    """A whole frame in text mode: a text console, or the text-mode installer when it speaks of
    installing and shows a button in angle brackets ("<Go Back>")."""
    lowered = " ".join(r.text.lower() for r in rows)
    if setup_words(lowered) and any(TEXT_BUTTON.search(r.text) for r in rows):
        return Verdict("installer", TEXT_MODE + 0.05, "", list(text_mode) + ["setup words", "text-mode buttons"])
    return Verdict("terminal", TEXT_MODE, "console", list(text_mode))


def _dialog_signs(dialog: Verdict, signs: Signs) -> bool:
    """Does the window show a dialog's signs: a likely dialog, a row of buttons at the bottom or
    dialog-button words (a program's dialog may carry its name and list its files too)."""
    return dialog.score >= LIKELY or bool(signs.button_row) or signs.bottom_button or signs.dialog_words >= 2


FILE_LIST = 0.6
"""How sure two different signs of a file listing (:mod:`.file_lists`) make us of a file manager;
a third adds ``FILE_LIST_MORE``."""
FILE_LIST_MORE = 0.1


def _file_manager(rows: list[Row], title: str, signs: Signs, dialog: Verdict) -> Verdict:
    """A file manager: two different signs of a listing of files (:func:`lists_files`), in a
    window with no sign of a dialog: a file chooser lists files too, above its "Open" and
    "Cancel" and below a title such as "Open Image"; so does a dialog that renames files."""
    v = Verdict("file manager")
    found = file_list_signs([[p.text for p in r.pieces] for r in rows])
    if not lists_files(found):
        return v
    v.evidence.extend(found)
    v.score = FILE_LIST + FILE_LIST_MORE * (len(found) > 2)
    if _dialog_signs(dialog, signs) or signs.push_buttons >= 2 \
            or any(dialog_title(t) for t in (title, rows[0].text) if t):
        v.score = UNNAMED
        v.evidence.append("a dialog's signs (a file chooser)")
    return v


IN_TERMINAL = "in a terminal's window"
SHELL_TITLE = re.compile(r"^\W{0,2}[\w.-]+@[\w.-]+:\s?[~/]")
"""A terminal's title as shells set it: user, host and folder ("root@centos7:/etc/icinga2")."""


def _in_terminal(rows: list[Row], title: str, menus: set[str]) -> bool:
    """A text-mode program's window is a terminal's: a "Terminal" menu in its menu bar (GNOME's,
    MATE's, Xfce's terminals), or a shell's title above it, in the title bar or read as the
    first row."""
    return "terminal" in menus or any(SHELL_TITLE.search(t) for t in (title, rows[0].text if rows else "") if t)


def classify(rows: list[Row], title: str, rgb: np.ndarray, region: tuple[int, int, int, int], frame_area: int,
             framed: bool, web_label: float, marks: int = 0, text_mode: list[str] = ()) -> Verdict:
    """What a window is, with how sure (the best of the kinds' evidence). ``text_mode``: the
    evidence that the window is the whole frame in text mode (:mod:`.textmode`)."""
    if not rows:
        return Verdict()
    x0, y0, x1, y1 = region
    share = (x1 - x0) * (y1 - y0) / frame_area
    buttons = _buttons(rows, rgb, region)
    signs = Signs.read(rows, region, rgb)
    browser, page = _web(rows, rgb, region, web_label, not framed, signs)
    dialog, installer = _dialog(rows, buttons, share, framed, title, signs)
    terminal = _terminal(rows, title, region)
    files = _file_manager(rows, title, signs, dialog)
    menus = set(re.findall(r"[a-z]+", signs.menus.lower()))
    # "Simulation", "Worksheet", "Logs": another program's window (a file manager's menus are many
    # and often misread: "Edt", "Favorit" are still theirs)
    for verdict, theirs, misread in ((terminal, TERMINAL_MENUS, False), (browser, BROWSER_MENUS, False),
                                     (files, FILE_MANAGER_MENUS, True)):
        if {m for m in menus - theirs if not (misread and any(_misread(m, t, cut=True) for t in theirs))}:
            verdict.score = min(verdict.score, UNNAMED)
            verdict.evidence.append(f"another program's menus (not a {verdict.kind}'s)")
    editor = _editor(rows, marks, region, signs, title)
    verdicts = [terminal, editor, browser, page, dialog, installer, _sheet(rows), files]
    # a shell's prompts, vi's lines: more than a console (a console's light text on black is not)
    terminal_own = terminal.score - (CONSOLE_TEXT_SCORE if CONSOLE_TEXT in terminal.evidence else 0.0)
    if text_mode and max(terminal_own, editor.score) < SURE:
        verdicts.append(_console(rows, text_mode))
    best = max(verdicts, key=lambda v: v.score)
    if best.kind == "editor" and best.app in ("vi", "nano", "emacs") and _in_terminal(rows, title, menus):
        best.evidence.append(IN_TERMINAL)
    if best is browser and signs.bottom_button and not signs.menu_bar:
        # an address above a page and a lone "Cancel" or "OK" below it: a program's dialog showing
        # a web page (an account's sign-in), not a browser, whose window ends with its page
        best = Verdict("dialog", PROGRAM_WINDOW, "", browser.evidence + [WEB_VIEW])
    named = _titled(title, verdicts, signs)
    if named is not None:
        return named
    unsure_without_menus = best.score < SURE and best.kind in ("dialog", "installer", "web page")
    if best.score < LIKELY or signs.menu_bar and unsure_without_menus:
        evidence = list(dict.fromkeys(e for v in verdicts for e in v.evidence))
        if signs.menu_bar:
            # a menu bar ("File Edit View … Help") is a program's window, of no kind named here
            # (nor a dialog's, an installer's or a page's, which have none, on weak signs of theirs)
            return Verdict("window", PROGRAM_WINDOW, "", evidence + [MENU_BAR])
        if signs.toggles >= 2:  # a column of check boxes or radio buttons: a program's options
            return Verdict("window", PROGRAM_WINDOW, "", [e for e in evidence if e != TOGGLES] + [TOGGLES])
        if signs.push_buttons >= 2:  # a row of push buttons at the bottom, whatever their words:
            # a program's window (a dialog's, or a main window's like a screenshot tool's: the title
            # tells them apart, screen.py)
            return Verdict("window", PROGRAM_WINDOW, "", evidence + [PUSH_BUTTONS])
        if signs.program():  # a dialog's button words, a tree's or a form's rows: a program's window
            return Verdict("window", PROGRAM_WINDOW, "", evidence + [PROGRAM_SIGNS])
        return Verdict(evidence=evidence)
    best.score = round(min(best.score, 0.95), 3)
    return best


def _titled(title: str, verdicts: list[Verdict], signs: Signs) -> Verdict | None:
    """The kind that the window's title names ("notes.txt - Notepad": a text editor), unless the
    window shows a dialog's signs (a dialog of that program carries its name too); a browser's
    main window, its menu bar seen, shows a page, whose buttons and questions are the page's
    ("Bacula-Web - Mozilla Firefox" over a page with a "go" button and "Bugs?"). What the content
    shows of the same kind (vi's status line, an address bar) is kept with it; vi in a window
    titled "… - Terminal" stays vi."""
    named = app_in_title(title, head_needed=False) if title else None
    if named is None:
        return None
    kind, app, _ = named
    by_kind = {v.kind: v for v in verdicts}
    dialog_like = _dialog_signs(by_kind["dialog"], signs) or by_kind["installer"].score >= LIKELY
    if dialog_like and not (kind == "browser" and signs.menu_bar):
        return None
    why = f"the title names {app}"
    if kind == "terminal" and by_kind["editor"].score >= LIKELY:
        kind = "editor"
    same = by_kind.get(kind)
    if same is not None and same.score >= LIKELY:
        return Verdict(kind, round(min(0.95, max(same.score, TITLED)), 3), same.app, same.evidence + [why])
    return Verdict(kind, TITLED, "", [why])


def prompt(text: str) -> str | None:
    """What was typed after a shell prompt at the start of ``text`` ('' for a bare prompt), or
    None when the line does not start with a prompt ("26% /" is output, not a prompt; a lone
    "# " starts a comment or a heading as often as a root shell's line; no command starts with
    "=")."""
    line = text.strip()
    m = WINDOWS_PROMPT.match(line)
    if m:
        return m.group(1).strip()
    for pattern in (PROMPT, BARE_PROMPT):
        m = pattern.match(line)
        if m and not re.fullmatch(r"[\d.,]+", m.group(1) or ""):  # "28.9% user": a share, no prompt
            if line.startswith("#"):
                return None
            bare = SYMBOL_FIRST.match(line)
            if bare and not COMMAND.match(bare.group(1)) or line == "%":
                return None  # an icon read as "%" alone, or before a menu's item, is no prompt
            typed = m.group(2).strip() if pattern is PROMPT else ""
            if typed[:1] in ("=", ":"):
                return None  # "name% = value": a setting's line (an .inf or .ini file), not a command
            return typed
    return None
