"""Shaping a grounded caption for what a chat prompt asks, where that can be measured.

Without a language model the server cannot follow arbitrary instructions; it answers with the
image's grounded caption, adapted in the two ways a prompt asks for that the facts can serve:

- **the text in the image** ("what does the screen say?", "read the text", "transcribe",
  "OCR"): the on-screen text the OCR read, line by line — or that none was read;
- **a length in words** ("describe it in 5 words", "at most twelve words"): the caption
  shortened to that many words, dropping the least important part first (the quoted text,
  the background, the "A photo of" frame) before cutting words.

Anything else ("describe this image", "what is in the picture?") gets the caption itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import Facts

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "a hundred": 100})

_NUMBER = r"(\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_WORD_LIMIT = re.compile(_NUMBER + r"(?:\s*-\s*|\s+)words?\b", re.I)
_ASKS_TEXT = re.compile(
    r"\b(?:transcribe|transcription|ocr|"
    r"read\s+(?:out\s+|me\s+)?(?:the\s+|all\s+(?:the\s+)?|any\s+)?(?:text|words?|writing|screen|sign|label|caption)|"
    r"what\s+(?:does|do)\s+(?:it|the\s+\w+|this\s+\w+)\s+(?:say|read)|"
    r"what\s+(?:text|words?|writing)\s+(?:is|are|appears?|can\s+you\s+see)|"
    r"what\s+is\s+written|(?:extract|copy|give\s+me|list|return)\s+(?:the\s+|all\s+(?:the\s+)?|any\s+)?"
    r"(?:text|words|writing))", re.I)
_NO_TEXT = re.compile(r"\b(?:no|without|ignore|don'?t\s+(?:include|mention|read))\s+(?:any\s+|the\s+)?text\b", re.I)


@dataclass(frozen=True)
class Intent:
    """What a prompt asks for that the facts can answer."""

    wants_text: bool = False
    """The text in the image (OCR), not a caption."""
    max_words: int | None = None
    """A length the prompt asks for, in words."""


def read_intent(prompt: str) -> Intent:
    """The measurable part of a prompt: see the module docstring."""
    prompt = prompt or ""
    wants_text = bool(_ASKS_TEXT.search(prompt)) and not _NO_TEXT.search(prompt)
    max_words = None
    match = _WORD_LIMIT.search(prompt)
    if match:
        raw = match.group(1).lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if n:
            max_words = n
    return Intent(wants_text, max_words)


def on_screen_text(facts: Facts, ocr_enabled: bool) -> str:
    """The text the OCR read, one line per text box; or a plain statement that there is none."""
    lines = [t.text.strip() for t in facts.text if t.text.strip()]
    if lines:
        return "\n".join(lines)
    if not ocr_enabled:
        return "This server does not read text in images (OCR is off)."
    return "No text was found in the image."


_QUOTED_TAIL = re.compile(r',?\s+(?:with the text|reading)\s+"[^"]*"?\s*$')
_BACKGROUND = re.compile(r"\s+on an?\s+[\w -]+?\s+background$")
_FRAME = re.compile(r"^(?:an?\s+)?(?:black-and-white\s+)?(?:photo|image|picture|screen|screenshot)\s+of\s+", re.I)
_HEDGE = re.compile(r"^what appears to be\s+", re.I)
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)
_PREPOSITION = re.compile(r"\s+(?:with|on|in|of|at|near|reading|and)\s+", re.I)


def _words(text: str) -> list[str]:
    return text.split()


def first_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text``, its line breaks kept."""
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    return text if len(ends) <= n else text[:ends[n - 1]] if n > 0 else ""


def shorten(caption: str, max_words: int) -> str:
    """The caption in at most ``max_words`` words: the whole caption when it fits, else without
    the quoted text, the background, the "A photo of" frame and the article, in that order,
    cutting words only when even the subject does not fit."""
    if len(_words(caption)) <= max_words:
        return caption
    candidates = []
    text = _QUOTED_TAIL.sub("", caption).strip()
    candidates.append(text)
    text = _BACKGROUND.sub("", text).strip()
    candidates.append(text)
    framed = _FRAME.sub("", text)
    if framed != text:
        text = _HEDGE.sub("possibly ", framed).strip()
        candidates.append(text[:1].upper() + text[1:])
    text = _ARTICLE.sub("", text).strip()
    candidates.append(text[:1].upper() + text[1:])
    for candidate in candidates:
        if candidate and len(_words(candidate)) <= max_words:
            return candidate
    # even the subject is too long: keep its head noun (the last words of the noun phrase
    # before any "with …"/"on …"), and keep a hedge a hedge
    subject = _PREPOSITION.split(candidates[-1] or caption)[0]
    words = _words(subject)
    hedged = words[0].lower() == "possibly"
    if hedged:
        words = [w for w in words[1:] if w.lower() not in ("a", "an", "the")]
        if max_words == 1:
            return words[-1].capitalize() + "?"
        words = ["Possibly"] + words[-(max_words - 1):]
    else:
        words = words[-max_words:]
    out = " ".join(words).rstrip(",;:")
    return out[:1].upper() + out[1:]


def shape(caption: str, facts: Facts, intent: Intent, ocr_enabled: bool) -> str:
    """The answer to a prompt with this intent, from an image's caption and facts."""
    if intent.wants_text:
        text = on_screen_text(facts, ocr_enabled)
        return first_words(text, intent.max_words) if intent.max_words is not None else text
    if intent.max_words is not None:
        return shorten(caption, intent.max_words)
    return caption


def limit_words(text: str, max_words: int | None) -> tuple[str, bool]:
    """``text`` cut to ``max_words`` words (a client's ``max_tokens``), and whether it was cut."""
    if max_words is None:
        return text, False
    cut = first_words(text, max_words)
    return cut, cut != text
