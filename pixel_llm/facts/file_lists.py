"""Signs that a window lists files, as a file manager does: what a person looks at to tell one.

- **a detailed listing**: rows that each give a size ("4.7 KB", "<DIR>") and a date or a time
  ("2020.12.16 05:24", "8/14/16 1:55 PM") — the files of a folder, one per row;
- **column headings**: two or more of "Name", "Size", "Type", "Modified", "Date" in one short
  row, "Size" or "Modified" among them;
- **a status line about the folder**: "9 items, Free space: 1.2 GB", "12 Folders, 3 Files",
  "Selected: 0 B of 13.2 MB", "0 B out of 204.8 KiB", "59.5 MB free";
- **places**: the folders a file manager's side pane lists ("Home", "Documents", "Downloads",
  "Trash", …), three or more;
- **file names**: three or more names with a known extension ("notes.txt", "photo.jpg").

One sign is not enough: a table of sizes and dates is also a download list, a disk-usage chart
lists folders and "12 items", a document mentions "notes.txt". Two different signs are enough
when one of them is a part of a file manager's own, the folder's status line or its places
(:data:`OWN`): files listed under headings are also what a file chooser, a rename tool or a
version-control view shows. :func:`file_list_signs` gives the signs, :func:`lists_files` the
verdict; the window's kind is decided in :mod:`.window_kinds`, where a dialog's signs win.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SIZE = re.compile(r"(?<![\w.,])(?:\d{1,4}(?:[.,]\d{1,2})?\s?(?:[KMGT]i?B|bytes|B)|<\s?DIR\s?>)(?![\w])", re.IGNORECASE)
"""A file's size as a listing shows it, or a folder's ``<DIR>``."""
DATE = re.compile(r"(?<![\w.])(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AP]M)?)(?![\w])")
"""A date ("2020.12.16", "8/14/16", "06-05-07") or a time of day ("1:55 PM", "05:24")."""
HEADINGS = {"name", "size", "modified", "type", "date", "ext", "extension"}
"""Column headings of a listing of files."""
FILE_HEADINGS = {"size", "modified"}
"""One of them is a file's own: a version-control view ("Name, Type, Status, Revision") or a
playlist ("Name, Type, Date") lists files or things without them."""
HEADING_WORDS = 12
"""A row of headings has at most this many words."""
STATUS = re.compile(r"(?<![\w/.:,-])\d+\s(?:items?|folders?|files?|objects?)(?=\s*(?:$|[,;:()|]|selected\b))|"
                    r"\bfree space\b|\d(?:[.,]\d+)?\s?[KMGT]i?B\sfree\b|"
                    r"\bfiles:\s?\d+\sof\s\d+|\bfolders:\s?\d+\sof\s\d+|"
                    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:[KMGT]i?B|B)\s(?:out\s)?of\s\d", re.IGNORECASE)
"""What a file manager's status line says of the folder shown: on one or two lines (a column of
"12 items" is a disk-usage table's), a count of items ending a phrase ("Delete 3 files
permanently?" is a question, not a status)."""
STATUS_LINES = 2
"""At most this many lines say so (a status line, or one per pane)."""
PLACES = ("home", "desktop", "documents", "downloads", "music", "pictures", "videos", "trash", "recent",
          "file system", "filesystem", "computer", "network", "places", "devices", "root")
"""The places a file manager's side pane lists."""
EXTENSIONS = ("txt", "pdf", "jpg", "jpeg", "png", "gif", "svg", "bmp", "tif", "tiff", "zip", "gz", "bz2", "xz",
              "tar", "tgz", "7z", "rar", "deb", "rpm", "iso", "img", "mp3", "ogg", "flac", "wav", "mp4", "avi",
              "mkv", "mov", "webm", "doc", "docx", "odt", "ods", "odp", "xls", "xlsx", "ppt", "pptx", "rtf", "csv",
              "html", "htm", "xml", "json", "yaml", "yml", "ini", "conf", "cfg", "log", "md", "py", "sh", "exe",
              "dll", "msi", "ipynb", "djvu", "epub", "jar", "apk", "dmg")
FILE_NAME = re.compile(r"(?<![\w.])[\w][\w .()+~-]{0,60}\.(?:" + "|".join(EXTENSIONS) + r")(?![\w])", re.IGNORECASE)
"""A file's name with a known extension, spaces allowed (counted as a sign)."""
PLAIN_NAME = re.compile(r"(?<![\w.])(?P<stem>[\w][\w.+~-]{0,60})\.(?:" + "|".join(EXTENSIONS) + r")(?![\w])", re.IGNORECASE)
"""A file's name without spaces (quoted): not an extension column's "tar.gz" alone."""

LISTED_ROWS = 4
"""Rows with a size and a date that make a detailed listing."""
MANY = 3
"""Places, or file names, that make a sign."""

LISTING = "rows of files with sizes and dates"
COLUMNS = "columns of a file listing (Name, Size, Modified)"
FOLDER_STATUS = "a folder's status (items, free space)"
PLACE_PANE = "places (Home, Documents, …)"
FILE_NAMES = "file names"
OWN = (FOLDER_STATUS, PLACE_PANE)
"""The signs that are parts of a file manager's window, not only the files it lists."""


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _columns(rows: Iterable[str]) -> bool:
    """A row of two headings or more ("Name Size Modified", "Size Date", "Modified date"): short
    words, not a sentence about sizes."""
    for text in rows:
        words = _words(text) & HEADINGS
        if len(words) >= 2 and words & FILE_HEADINGS and len(text.split()) <= HEADING_WORDS:
            return True
    return False


def file_list_signs(rows: list[list[str]]) -> list[str]:
    """The signs of a file listing among a window's rows (each the texts of its pieces, left to
    right; rows top to bottom): a subset of LISTING, COLUMNS, FOLDER_STATUS, PLACE_PANE, FILE_NAMES."""
    texts = [" ".join(row) for row in rows]
    signs = []
    if sum(bool(SIZE.search(t) and DATE.search(t)) for t in texts) >= LISTED_ROWS:
        signs.append(LISTING)
    if _columns(texts):
        signs.append(COLUMNS)
    if 0 < sum(bool(STATUS.search(t)) for t in texts) <= STATUS_LINES:
        signs.append(FOLDER_STATUS)
    pieces = [t.strip().lower() for row in rows for t in row]
    places = {p for p in PLACES for piece in pieces if re.fullmatch(r"\W{0,3}" + p + r"\W{0,3}", piece)}
    if len(places) >= MANY:
        signs.append(PLACE_PANE)
    names = {m.group(0).strip().lower() for t in texts for m in FILE_NAME.finditer(t)}
    if len(names) >= MANY:
        signs.append(FILE_NAMES)
    return signs


def lists_files(signs: list[str]) -> bool:
    """Do these signs make a file manager: two or more, one of them its own part (:data:`OWN`)."""
    return len(signs) >= 2 and any(s in OWN for s in signs)


def plain_names(text: str) -> list[str]:
    """The file names without spaces in ``text`` ("report.txt"), leaving out a type column's
    extensions ("tar.gz" is no file's name) and pieces of a name cut by a misread space (a stem
    whose first part has no letter: "1.tar.bz2")."""
    return [m.group(0) for m in PLAIN_NAME.finditer(text)
            if m.group("stem").lower() not in EXTENSIONS and re.search(r"[A-Za-z]", m.group("stem").split(".")[0])]
