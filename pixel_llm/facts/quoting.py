"""Quoting what was read: the words, without the marks OCR reads from icons and buttons.

OCR reads a toolbar's icons and a window's buttons as marks ("@", "=)", "©", "|"): quoted, they
hide the words a person would read. :func:`readable` leaves them out; the marks that carry
meaning between words ("&", "/", "-", "—", "+", "%", ">", "»", ":") stay. Terminal lines and
code are quoted as read (a "|" there is a pipe).
"""

from __future__ import annotations

import re

MARKS_ONLY = re.compile(r"^[^\w&+/%<>«»‹›:—–-]+$")
"""A token made only of marks that mean nothing between words ("@", "=)", "(©)", "|", "…")."""


def readable(text: str) -> str:
    """``text`` without its tokens of meaningless marks (the words and numbers kept in order)."""
    return " ".join(t for t in text.split() if not MARKS_ONLY.match(t))
