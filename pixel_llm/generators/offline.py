"""The offline caption: a sentence composed from facts, with no LLM.

It says only what the facts say. Confidence decides the wording: a sure classifier gives
"A photo of a golden retriever", a fairly sure one "A photo of a dog", a hesitant one only the
general word when that is sure ("A photo of an animal"), and otherwise no object is named at
all — the caption falls back to what was measured for certain (colours, shapes, text).
``max_length`` caps the caption in words.
"""

from __future__ import annotations

from ..facts import Facts
from ..facts.confidence import LIKELY, SURE, SURE_FLAT
from ..facts.extract import TEXT_WORDS
from ..facts.quoting import readable
from ..facts.vocabulary import with_article
from .photo import drawing_caption, page_picture, photo_head
from .screen import compose_screen

SCREEN_WORDS = {"screen", "web page", "computer", "terminal window", "screenshot"}
UNSAID_KINDS = {"web page"}
"""Classifier kinds said as "an image": ImageNet's "web site" is sure of any screenshot of a
program and of printed pages too (the screen facts name a web page from its links and headings)."""
MAX_QUOTED_WORDS = 12


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _shapes_phrase(facts: Facts) -> str:
    shapes = facts.shapes
    many = len(shapes) > 1
    parts = []
    for s in shapes[:4]:
        phrase = with_article(f"{s.color} {s.kind}".strip())  # a borderline colour is '' (not named)
        if many:
            phrase += f" in the {s.position}" if s.position != "center" else " in the center"
        parts.append(phrase)
    if len(shapes) > 4:
        parts.append(f"{len(shapes) - 4} more shapes")
    text = _join(parts)
    return text[0].upper() + text[1:] + (f" on {with_article(facts.background)} background" if facts.background else "")


def _quote(text: str, words: int) -> str:
    tokens = text.replace('"', "'").split()
    if len(tokens) > words:
        return " ".join(tokens[:words]) + "…"
    return " ".join(tokens)


def compose_caption(facts: Facts, max_length: int = 100) -> str:
    """Compose the caption for ``facts``; at most ``max_length`` words."""
    screen = compose_screen(facts, max_length)  # a screen: windows, apps, what they say
    if screen is not None:
        return screen
    text = readable(facts.text_content.strip())  # the words read, not the icons read as marks
    top = facts.labels[0] if facts.labels else None
    # a flat graphic without text is not an envelope or a web page because a classifier says so;
    # nor is a plain page with a picture on it (a report's page looks like a web page to it)
    pictured = page_picture(facts)
    flat_page = facts.flat or pictured is not None
    texty_kind = top.name if top and top.name in TEXT_WORDS and top.score >= (SURE_FLAT if flat_page else SURE) and (
        len(text) >= 3 or not facts.flat) else None
    tail = ""
    shot = facts.picture is not None and facts.picture.kind == "screenshot"  # facts/picture.py
    drawn = drawing_caption(facts) if len(text) < 40 and not texty_kind else None
    if drawn:
        head = drawn
        if len(text) >= 2:
            head += " with the text"
            tail = text
    elif facts.flat and facts.shapes and len(text) < 40 and len(facts.shapes) <= 6 and not texty_kind:
        head = _shapes_phrase(facts)
        if len(text) >= 2:
            head += " with the text"
            tail = text
    elif len(text) >= 3 and (shot or facts.flat or texty_kind or len(text) >= 40 or not top or top.score < SURE):
        dark = bool(facts.colors) and facts.colors[0].name == "black" and facts.colors[0].fraction >= 0.5
        if dark:
            # a screenshot's "web site" (>= SURE) is one of these already
            screenish = any(l.name in SCREEN_WORDS and l.score >= LIKELY for l in facts.labels)
            head = f"{'A screen' if screenish else 'An image'} with light text on a dark background, reading"
        elif shot:  # a program's window or a web application that the screen facts could not name
            head = "A screenshot with the text"
        else:
            # a figure on the page, seen by its own box
            head = f"{with_article('image' if texty_kind in UNSAID_KINDS else texty_kind or 'image').capitalize()} with " + (
                f"{pictured} and the text" if pictured else "the text")
        tail = text
    else:
        head = photo_head(facts)  # people, things, kind of picture, scene: generators/photo.py
        if len(text) >= 3:
            head += " with the text"
            tail = text
    head_words = len(head.split())
    if head_words >= max_length:
        return " ".join(head.split()[:max_length])
    if tail:
        room = min(MAX_QUOTED_WORDS, max_length - head_words)
        return f'{head} "{_quote(tail, room)}"'
    return head
