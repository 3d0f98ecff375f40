"""Quoting what was read: the words, without the marks OCR reads from icons and buttons.

OCR reads a toolbar's icons and a window's buttons as marks ("@", "=)", "©", "|"): quoted, they
hide the words a person would read. :func:`readable` leaves them out; the marks that carry
meaning between words ("&", "/", "-", "—", "+", "%", ">", "»", ":") stay. Terminal lines and
code are quoted as read (a "|" there is a pipe).
"""

from __future__ import annotations

import re

QUOTE_CONFIDENCE = 0.8
"""Words OCR read with less confidence than this (a tool bar's icons read as letters, a blurred
label) are not quoted from a dialog's, a page's or a program's window while it has text read
surely (:mod:`.salient`); a terminal's and an editor's lines, code, commands and monospace text
are quoted as read."""

MARKS_ONLY = re.compile(r"^[^\w&+/%<>«»‹›:—–-]+$")
"""A token made only of marks that mean nothing between words ("@", "=)", "(©)", "|", "…")."""


def readable(text: str) -> str:
    """``text`` without its tokens of meaningless marks (the words and numbers kept in order)."""
    return " ".join(t for t in text.split() if not MARKS_ONLY.match(t))
