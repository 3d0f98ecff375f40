"""Prompts for an LLM caption writer, and cleaning what it answers.

A text-only model gets the measured facts and nothing else, and is told to add nothing. A
vision model gets the image plus the same facts as hints.
"""

from __future__ import annotations

import re

from ..facts import Facts

TEXT_SYSTEM_PROMPT = (
    "You write one-sentence captions for images you cannot see. You are given facts that "
    "vision models measured in the image. Use only these facts: do not add any object, person, "
    "action, place, text or detail that the facts do not state. When a label's confidence is "
    "below 0.5, hedge ('what appears to be') or stay general. Quote on-screen text exactly. "
    "Reply with the caption only: no preamble, no quotes."
)
VISION_SYSTEM_PROMPT = (
    "You write one-sentence captions of the image you are shown. Describe only what is visible. "
    "Facts measured by other models are given as hints; trust the image where they disagree. "
    "Reply with the caption only: no preamble, no quotes."
)
DEFAULT_TEMPLATE = "Facts about the image:\n{facts}\n\nWrite a caption of at most {max_words} words."


def _pct(x: float) -> str:
    return f"{x:.2f}"


def fact_parts(facts: Facts) -> dict[str, str]:
    labels = "; ".join(
        f"{l.name} ({_pct(l.score)}" + (f", most likely '{l.fine}' {_pct(l.fine_score)}" if l.fine != l.name else "") + ")"
        for l in facts.labels[:5]
    )
    text = " / ".join(t.text for t in facts.text)
    colors = ", ".join(f"{c.name} ({round(c.fraction * 100)}%)" for c in facts.colors)
    shapes = "; ".join(f"a {s.color} {s.kind} in the {s.position} ({round(s.fraction * 100)}% of the area)"
                       for s in facts.shapes)
    if shapes and facts.background:
        shapes += f"; background {facts.background}"
    return {"labels": labels, "text": text, "colors": colors, "shapes": shapes}


def facts_text(facts: Facts) -> str:
    parts = fact_parts(facts)
    kind = "flat graphic (drawing, slide or user interface)" if facts.flat else \
        "black-and-white photo" if facts.grayscale else "photo"
    lines = [f"- Image: {facts.width}x{facts.height} pixels, a {kind}"]
    if parts["labels"]:
        source = "CLIP zero-shot" if facts.labels[0].source == "clip" else "ImageNet classifier"
        lines.append(f"- Objects ({source}, confidence 0-1): {parts['labels']}")
    else:
        lines.append("- Objects: none recognised with any confidence")
    if parts["text"]:
        lines.append(f'- On-screen text (OCR): "{parts["text"]}"')
    if parts["colors"]:
        lines.append(f"- Dominant colours: {parts['colors']}")
    if parts["shapes"]:
        lines.append(f"- Shapes: {parts['shapes']}")
    return "\n".join(lines)


def user_prompt(facts: Facts, max_words: int, template: str | None = None) -> str:
    return (template or DEFAULT_TEMPLATE).format(facts=facts_text(facts), max_words=max_words, **fact_parts(facts))


_THINK = re.compile(r"<think>.*?(</think>|$)", re.S | re.I)
_PREFIX = re.compile(r"^\s*(?:[*_#]+\s*)?(?:here(?:'s| is) (?:a |the |my )?caption[^:]*|(?:image |the )?caption)"
                     r"\s*(?:[*_]+\s*)?[:\-–]\s*(?:[*_]+\s*)?", re.I)
_QUOTES = "\"'“”‘’`"


def clean_caption(raw: str, max_words: int) -> str:
    """One caption from what a model answered: no reasoning block, no 'Caption:' prefix, no
    surrounding quotes or markdown emphasis, the first non-empty line, at most ``max_words``."""
    text = _THINK.sub("", raw)
    text = text.replace("</think>", "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    text = _PREFIX.sub("", lines[0]).strip()
    if not text and len(lines) > 1:
        text = lines[1]
    text = text.strip("*_ ").strip()
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    words = text.split()
    if len(words) > max_words:
        text = " ".join(words[:max_words]).rstrip(",;:")
    return text


class ThinkFilter:
    """Removes ``<think>…</think>`` from a stream of chunks as they arrive."""

    def __init__(self) -> None:
        self.buffer = ""
        self.inside = False

    def feed(self, chunk: str) -> str:
        self.buffer += chunk
        out = []
        while self.buffer:
            if self.inside:
                end = self.buffer.lower().find("</think>")
                if end < 0:
                    self.buffer = self.buffer[-8:]  # keep a possible partial closing tag
                    return "".join(out)
                self.buffer = self.buffer[end + 8:]
                self.inside = False
                continue
            start = self.buffer.lower().find("<think>")
            if start < 0:
                # hold back a possible partial opening tag
                keep = next((k for k in range(min(7, len(self.buffer)), 0, -1)
                             if "<think>".startswith(self.buffer[-k:].lower())), 0)
                out.append(self.buffer[:len(self.buffer) - keep])
                self.buffer = self.buffer[len(self.buffer) - keep:]
                return "".join(out)
            out.append(self.buffer[:start])
            self.buffer = self.buffer[start + 7:]
            self.inside = True
        return "".join(out)

    def flush(self) -> str:
        rest, self.buffer = ("" if self.inside else self.buffer), ""
        return rest


_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    words = set(_WORD.findall(text.lower()))
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 3}


def subject_words(facts: Facts) -> set[str]:
    """Words a caption about these facts should contain at least one of: the names of sure-ish
    labels, the kinds of shapes, words of the on-screen text; colours only when nothing else
    was measured."""
    words: set[str] = set()
    for label in facts.labels:
        if label.score >= 0.3:
            words |= _words(label.name) | _words(label.fine)
    for shape in facts.shapes:
        words |= _words(shape.kind)
    for line in facts.text:
        words |= {w for w in _words(line.text) if len(w) > 2}
    if not words:
        words = {c.name for c in facts.colors} | {"image", "photo", "picture"}
    return words


def grounded(caption: str, facts: Facts) -> bool:
    """Does a text-only model's caption mention at least one measured subject?"""
    return bool(_words(caption) & subject_words(facts))
