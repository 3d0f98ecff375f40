"""A window's title names its program: "Zoph - Home - Mozilla Firefox", "notes.txt - Notepad",
"dolphin — Dolphin", "[photo] (imported)-1.0 (RGB color) - GIMP". A person who reads such a title
knows what kind of window it is; so does :func:`app_in_title`.

The convention is the document's name, a dash, then the program's name at the end of the title
(Windows, GNOME, KDE and most toolkits write it so). Only that form counts: a program's name
alone at the top of a frame may be a web page's heading or a word of any text ("Files",
"Terminal", "Mail"). The names below are well-known programs of each kind, on Linux desktops,
Windows and macOS; a program not listed gives no kind (the window stays "a window").

A dialog of a program carries the program's name in its title too ("Configure — Okular",
"View Properties — Dolphin"): a title whose first words are a dialog's ("Configure",
"Properties", "Open", "Save As", "Preferences", …) names no kind (:data:`DIALOG_TITLE`).
"""

from __future__ import annotations

import re

APPS: dict[str, tuple[str, ...]] = {
    "browser": ("Mozilla Firefox", "Firefox", "Firefox Developer Edition", "Firefox ESR", "Chromium", "Google Chrome",
                "Chrome", "Microsoft Edge", "Internet Explorer", "Windows Internet Explorer", "Opera", "Vivaldi",
                "Brave", "Epiphany", "Midori", "Falkon", "qutebrowser", "Safari", "Konqueror", "SeaMonkey",
                "Pale Moon", "Tor Browser", "LibreWolf", "Waterfox", "Iceweasel", "Lynx"),
    "file manager": ("Dolphin", "Nautilus", "Thunar", "Caja", "Nemo", "PCManFM", "PCManFM-Qt", "Krusader",
                     "Double Commander", "Midnight Commander", "File Explorer", "Windows Explorer", "Finder",
                     "Total Commander", "SpaceFM", "Xfe", "7-Zip File Manager", "File Roller",
                     "Archive Manager", "Xarchiver", "Engrampa"),
    "editor": ("Notepad", "Notepad++", "gedit", "Kate", "KWrite", "Mousepad", "Pluma", "Geany", "Leafpad",
               "FeatherPad", "Sublime Text", "Visual Studio Code", "VSCodium", "Atom", "Emacs", "GNU Emacs", "Vim",
               "GVim", "TextEdit", "BBEdit", "Eclipse", "Eclipse SDK", "Eclipse IDE", "Eclipse Platform",
               "Microsoft Visual Studio", "Visual Studio", "Android Studio", "IntelliJ IDEA", "PyCharm",
               "CLion", "WebStorm", "NetBeans", "Apache NetBeans IDE", "Qt Creator", "KDevelop", "Code::Blocks",
               "Xcode", "Bluefish", "Spyder", "Thonny", "IDLE", "Text Editor", "Kile", "TeXstudio", "Texmaker",
               "TeXworks", "LyX", "Gummi", "SciTE", "jEdit", "Komodo Edit", "Kakoune", "Neovim", "Xed"),
    "terminal": ("Terminal", "GNOME Terminal", "MATE Terminal", "Xfce Terminal", "Konsole", "xterm", "XTerm",
                 "UXTerm", "rxvt", "urxvt", "LXTerminal", "QTerminal", "Terminator", "Tilix", "Alacritty", "kitty",
                 "Guake", "Yakuake", "Command Prompt", "Windows PowerShell", "PowerShell", "Windows Terminal",
                 "cmd.exe", "iTerm2", "iTerm"),
    "image viewer": ("Gwenview", "Eye of GNOME", "Image Viewer", "Shotwell", "gThumb", "Ristretto", "Geeqie",
                     "feh", "Windows Photo Viewer", "IrfanView", "XnView", "nomacs", "Loupe", "Viewnior",
                     "GPicView", "LXImage-Qt", "qimgv"),
    "image editor": ("GIMP", "GNU Image Manipulation Program", "Krita", "Inkscape", "Adobe Photoshop",
                     "Photoshop", "Paint.NET", "Pinta", "MyPaint", "Darktable", "darktable", "RawTherapee",
                     "KolourPaint"),
    "document viewer": ("Okular", "Evince", "Document Viewer", "Atril", "Adobe Reader", "Adobe Acrobat Reader",
                        "Adobe Acrobat Reader DC", "Acrobat Reader", "Foxit Reader", "Zathura", "qpdfview",
                        "Xpdf", "MuPDF", "SumatraPDF"),
    "spreadsheet": ("LibreOffice Calc", "OpenOffice Calc", "OpenOffice.org Calc", "Gnumeric", "Microsoft Excel",
                    "Excel", "Calligra Sheets"),
    "mail client": ("Mozilla Thunderbird", "Thunderbird", "Evolution", "KMail", "Kontact", "Microsoft Outlook",
                    "Outlook", "Claws Mail", "Geary", "Sylpheed", "Mutt", "Windows Mail"),
    "media player": ("VLC media player", "VLC", "Totem", "mpv", "SMPlayer", "Windows Media Player",
                     "Dragon Player", "Parole", "Celluloid", "QuickTime Player", "Rhythmbox", "Amarok", "Clementine",
                     "Audacious", "Kaffeine", "Kodi", "Haruna", "MPlayer", "Xine", "Banshee", "JuK", "Exaile",
                     "Quod Libet", "DeaDBeeF", "Qmmp", "iTunes"),
    "video editor": ("Kdenlive", "Pitivi", "Shotcut", "OpenShot", "OpenShot Video Editor", "Olive", "Cinelerra",
                     "Cinelerra-GG", "Avidemux", "Flowblade", "LiVES", "DaVinci Resolve", "Adobe Premiere Pro",
                     "iMovie"),
    "audio editor": ("Audacity", "Tenacity", "Ardour", "Kwave", "LMMS", "Adobe Audition"),
}
"""Programs by the kind a caption names (``editor`` includes programming environments)."""

DIALOG_TITLE = re.compile(
    r"^\W*(open|save|export|import|print|find|replace|search|about|new|add|choose|select|rename|delete|"
    r"confirm|warning|error|question|information|insert|format|page setup|customi[sz]e|go to|run|install|"
    r"update|connect|login|log in|sign in|authentication|password|metadata|edit)\b|"
    r"\b(configure|configuration|properties|preferences|settings|options|dialog|wizard|setup|shortcuts)\b",
    re.IGNORECASE)
"""A dialog's title: its first word ("Open Image — GIMP") or a settings word in it ("View Properties —
Dolphin", "Configure — Okular")."""

DIALOG_HEAD = re.compile(
    r"^\W*(?:\S{1,2}\s+)?(open|save|save as|export|import|print|find|replace|find and replace|about|rename|delete|confirm|"
    r"warning|error|insert|page setup|customi[sz]e|go to|configure|edit|properties|preferences|options)\b|"
    r"\b(properties|preferences|options|configuration|wizard)\W*$",
    re.IGNORECASE)
"""What a dialog's title says before its program's name, strictly: it starts with what the dialog
does ("Find Text", "Edit Channel", "Save As"; after the window's icon read as a letter or two)
or ends with a settings word ("File Properties", "Options"). Stricter than :data:`DIALOG_TITLE`,
which only keeps a program's name from naming a kind: this one names the window a dialog. "Settings" is left out ("System Settings" is a
program), so are "New …" and "Search" (a program's own views)."""

PROGRAM_TITLE = re.compile(r"^(?P<head>.*?[A-Za-z].*?)\s?[—–]\s?(?P<program>[A-Z][\w.+-]+(?:\s[A-Z][\w.+-]+){0,3})"
                           r"(?:\s+[^\s\w]*\w{0,2}[^\s\w]*)*\s*$")
"""A window's title in the form of KDE's and GNOME's title bars, for a program not in :data:`APPS`:
what the window shows, a long dash, the program's name in capitalised words ("Edit Channel —
Kaffeine", "Formats — System Settings"), each word of the name two characters or more (the
minimise button reads as a dash, the others as letters: "— O X"); the window buttons read after
it ("? v ^ x") are let through."""


def program_title(text: str) -> tuple[str, str] | None:
    """(what the window shows, program) of a title of the form of :data:`PROGRAM_TITLE`, or None."""
    m = PROGRAM_TITLE.match(text.strip())
    return (m.group("head").strip(), m.group("program")) if m else None


def without_buttons(title: str) -> str:
    """A title without the window buttons read as marks after it ("Options X", "File Properties | x",
    "Edit Channel — Kaffeine ? v ^ x"): trailing tokens of one mark or letter."""
    return re.sub(r"(?:\s+(?:[^\w\s]{1,3}|_|[xXvV×]|[^\w\s]?[xX][^\w\s]?))+$", "", title.strip()) or title.strip()


def dialog_title(title: str) -> bool:
    """The window's title is a dialog's (:data:`DIALOG_HEAD`), read before its program's name."""
    named = program_title(title)
    head = named[0] if named else re.split(r"\s[-–—|]\s", without_buttons(title))[0]
    return bool(DIALOG_HEAD.search(head))


BROWSER_NAME = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in APPS["browser"]) + r")\b")
"""A browser's name anywhere in a text ("Navigateur Web Firefox" in a desktop's top bar)."""


_SEPARATOR = r"(?:\s[-–—|:=]\s?|\s?[-–—]\s|\)-?[\d.]+\s[-–—]\s)"
_BY_LENGTH = sorted(((name, kind) for kind, names in APPS.items() for name in names), key=lambda x: -len(x[0]))
_APP_RE = re.compile(_SEPARATOR + r"(" + "|".join(re.escape(n) for n, _ in _BY_LENGTH) + r")"
                     r"(?:\s+v?\d[\w.]*)?(\s+[(\[][A-Za-z][\w .-]{0,28}[)\]])?"
                     r"(?:\s*[^\w\s]+|\s+[xXoO0_]{1,3}[^\w\s]?)*\s*$")
"""A known program's name ending a title, after a dash: its version, a word or two in brackets
("Geany (new instance)", "Visual Studio Code [Administrator]") and the window buttons read as
marks may follow it."""
_KIND = {n.lower(): k for n, k in _BY_LENGTH}
_CANON = {n.lower(): n for n, _ in _BY_LENGTH}


WINDOWS_CONSOLE = re.compile(r"^\W{0,2}(?:Administrator:\s*)?(?:(?:[A-Za-z]:?)?\\[\w\\ .()-]*?\\(cmd|powershell)\.exe|"
                             r"(?:Developer\s)?Command Prompt(?:\sfor\sVS\s?\d{4})?|Windows (PowerShell))\W{0,3}$",
                             re.IGNORECASE)
"""A Windows console's whole title: the path of the program it runs ("C:\\Windows\\system32\\cmd.exe",
"Administrator: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"; the colon after
the drive letter is often lost in reading), or its name ("Developer Command Prompt for VS 2017",
"Administrator: Windows PowerShell")."""


def app_in_title(title: str, head_needed: bool = True) -> tuple[str, str, str] | None:
    """(kind, program, the title without what follows the program's name) named at the end of a window title ("… - Mozilla Firefox" gives
    ("browser", "Mozilla Firefox", "… - Mozilla Firefox")), or None: no known program after a dash, or the title is a
    dialog's. Trailing marks of the window buttons read with the title ("= OX", "x") are let
    through. ``head_needed=False``: "- Notepad" counts too (the document's name unread, the dash
    read: for the first row at the very top of a frame, where a title bar is)."""
    text = title.strip()
    console = WINDOWS_CONSOLE.match(text)
    if console is not None:
        shell = "Windows PowerShell" if (console.group(1) or console.group(2) or "").lower() == "powershell" \
            else "Command Prompt"
        return "terminal", shell, text
    m = _APP_RE.search(text)
    if m is None:
        return None
    name = m.group(1)
    head = text[:m.start()].strip()
    if (head_needed or not text.lstrip().startswith(("-", "–", "—"))) and not re.search(r"[A-Za-z0-9]", head) \
            or DIALOG_TITLE.search(head) or DIALOG_HEAD.search(head):
        return None  # nothing before the dash, or a dialog's title
    return _KIND[name.lower()], _CANON[name.lower()], text[:m.end(2) if m.group(2) else m.end(1)]
