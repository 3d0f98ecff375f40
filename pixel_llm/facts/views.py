"""Things in parts of a frame: the classifier's labels for the halves of its whole-frame view,
for the square side views of a wide frame, or for a square around the one thing on a plain
background (``where='subject'``; it counts as the whole frame's label when surer) or one of
several copies of a thing there (``where='copies'``, with their ``count``), all from the
same encoder call (see
:class:`pixel_llm.encoders.bundled.BundledEncoder`), turned into :class:`ObjectFact` records,
and the list of distinct things a caption may name from them."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np

from .confidence import LIKELY, MIN_FINE, SURE, SURE_GRAY, SURE_PART
from .labels import top_labels
from .model import Label, ObjectFact

# Everyday words that name one thing together: a cup of espresso is 'coffee' and 'cup' at once.
SAME_THING = [{"coffee", "cup"}, {"screen", "computer"}, {"dog", "wolf"}, {"cat", "lynx"}]
MAX_THINGS = 3
WHOLE = ("subject", "copies")
"""Views that speak for the whole frame: the one thing on a plain page, or one of its copies."""


def part_objects(regions: Sequence[tuple[str, np.ndarray]] | None, names: Sequence[str], source: str) -> list[ObjectFact]:
    """The top label of each part, kept when at least LIKELY (what a caption may use is decided
    by :func:`things`)."""
    out = []
    for where, probs in regions or ():
        labels = top_labels(probs, names, source, top=1)
        if labels and labels[0].score >= LIKELY:
            l = labels[0]
            count = 1
            if where.startswith("copies "):
                where, count = "copies", int(where.split()[1])
            out.append(ObjectFact(l.name, l.score, l.fine, l.fine_score, where, l.source, count))
    return out


def same_thing(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in SAME_THING)


def things(labels: Sequence[Label], objects: Sequence[ObjectFact], grayscale: bool = False,
           least: float | None = None) -> list[Label | ObjectFact]:
    """The distinct things a caption may name, best first: the whole frame's top label when it
    is SURE, then things seen in parts at SURE_PART that are not the same thing as one already
    named; a whole-frame label between LIKELY and SURE only when no part is sure (it is then
    said hedged). Without colour only the whole frame's label counts, at SURE_GRAY; ``least``
    raises the floor (drawings)."""
    floor = max(least or LIKELY, SURE_GRAY if grayscale else LIKELY)
    top = labels[0] if labels else None
    subject = next((o for o in objects if o.where in WHOLE), None)
    if subject is not None and (top is None or subject.score > top.score):
        # one thing on a plain background (or one of its copies), cut out as ImageNet photos
        # are: it speaks for the whole frame, and a count of copies goes with it
        top = subject
    elif subject is not None and subject.where == "copies" and same_thing(subject.name, top.name):
        # the whole frame is surer of what each copy is: its word, with the copies' count
        top = replace(subject, name=top.name, score=top.score, fine=top.fine, fine_score=top.fine_score)
    objects = [o for o in objects if o.where not in WHOLE]
    whole = top is not None and top.score >= floor and top.fine_score >= MIN_FINE
    out: list[Label | ObjectFact] = [top] if whole and top.score >= SURE else []
    part_floor = max(SURE_PART, floor)
    for obj in sorted(objects if not grayscale else (), key=lambda o: -o.score):
        if len(out) >= MAX_THINGS:
            break
        if obj.score < part_floor or obj.fine_score < MIN_FINE:
            continue
        if any(same_thing(obj.name, t.name) for t in out):
            continue
        out.append(obj)
    if not out and whole:  # only a hedged whole-frame label: say it, hedged
        out.append(top)
    return out
