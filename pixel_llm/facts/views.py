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

from .confidence import (
    LIKELY,
    MIN_FINE,
    SURE,
    SURE_CATEGORY,
    SURE_GRAY,
    SURE_NAMED,
    SURE_PART,
)
from .labels import top_labels
from .model import DetectedObject, Label, ObjectFact
from .objects import SAME_AS

# Everyday words that name one thing together: a cup of espresso is 'coffee' and 'cup' at once.
SAME_THING = [{"coffee", "cup"}, {"screen", "computer"}, {"dog", "wolf"}, {"cat", "lynx"}]
MAX_THINGS = 3
WHOLE = ("subject", "page", "copies")
"""Views that speak for the whole frame: the one thing on a plain page (``page``: whatever is on
it, not one photo-like thing), or one of its copies."""


def part_objects(regions: Sequence[tuple[str, np.ndarray]] | None, names: Sequence[str], source: str) -> list[ObjectFact]:
    """The top label of each part, kept when at least LIKELY (the views of things on a page of
    several: always, so that the page is known to be one), things apart on a page grouped and
    counted (:func:`page_groups`); what a caption may use is decided by :func:`things`."""
    out = []
    for where, probs in regions or ():
        labels = top_labels(probs, names, source, top=1)
        if labels and (labels[0].score >= LIKELY or on_page(where)):
            l = labels[0]
            count, framed = 1, where.endswith((" pictures", " picture"))
            if framed:
                where = where.rsplit(" ", 1)[0]
            if where.startswith("copies "):
                where, count = "copies", int(where.split()[1])
            out.append(ObjectFact(l.name, l.score, l.fine, l.fine_score, where, l.source, count, framed))
    return page_groups(out)


def on_page(where: str) -> bool:
    """A view of one of several things on a plain page ('copies 4', 'copies', 'thing 2 of 3',
    'things')."""
    return where.startswith(("copies", "thing"))


def same_thing(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in SAME_THING)


def page_groups(objects: Sequence[ObjectFact]) -> list[ObjectFact]:
    """Things apart on a plain page (``where='thing i of k'``) that the classifier calls the
    same at ``SURE`` become one object with their count: all k of them sure and the same, that
    number; at least three of them but not all, ``count=0`` ('several'). Each was seen alone,
    cut out by its own outline, as the one thing on a page is, so it needs SURE, not
    SURE_PART: it is not part of a scene. The others, and every other object, stay as they
    are; each sure page thing is then named (:func:`things`)."""
    page = [o for o in objects if o.where.startswith("thing ")]
    if len(page) < 2:
        return list(objects)
    total = int(page[0].where.rsplit(" ", 1)[1])
    out = [o for o in objects if not o.where.startswith("thing ")]
    sure = sorted((o for o in page if o.score >= SURE and o.fine_score >= MIN_FINE), key=lambda o: -o.score)
    grouped: list[list[ObjectFact]] = []
    for o in sure:
        group = next((g for g in grouped if same_thing(g[0].name, o.name)), None)
        if group is None:
            grouped.append([o])
        else:
            group.append(o)
    for group in grouped:
        count = len(group) if len(group) == total else 0 if len(group) >= 3 else 1
        if len(group) == 1 or count == 1:  # one, or two of more: named, not counted
            out += group
            continue
        out.append(replace(group[0], score=min(o.score for o in group), where="things", count=count,
                           framed=all(o.framed for o in group)))
    out += [o for o in page if o not in sure]  # unsure: kept as facts, named by nothing
    return out


def _unsure(label: Label | ObjectFact) -> bool:
    """Too unsure to be named, and without a sure general word (see ``generators.photo.object_phrase``):
    the general word of the whole frame ("a building") is surer than a part's fine word ("a mosque"
    for the Taj Mahal, seen sure in a part)."""
    return (label.score < SURE_NAMED and getattr(label, "count", 1) == 1
            and getattr(label, "category_score", 0.0) < SURE_CATEGORY and not agreed(label))


def agreed(label: Label | ObjectFact) -> bool:
    """The object detector saw a box of the thing the classifier was unsure of (``Label.agreed``):
    sure enough to be named by the word they share."""
    return getattr(label, "agreed", 0.0) >= LIKELY


def worth_detecting(labels: Sequence[Label]) -> bool:
    """Whether the object detector could settle the whole frame's top label: the classifier is
    only likely of it (``LIKELY`` up to ``SURE_NAMED``) and it names a thing of a kind the
    detector knows (:data:`pixel_llm.facts.objects.SAME_AS`)."""
    return bool(labels) and LIKELY <= labels[0].score < SURE_NAMED and labels[0].fine_score >= MIN_FINE \
        and labels[0].name in SAME_AS


def with_detections(labels: list[Label], detections: Sequence[DetectedObject]) -> list[Label]:
    """The labels, the top one marked ``agreed`` (the detection's score) where a detection of the
    same thing (at least ``LIKELY``; :data:`pixel_llm.facts.objects.SAME_AS`) agrees with it:
    two models trained on different pictures (ImageNet's classes, COCO's boxes) naming the same
    thing. Each alone is often wrong at these scores (the classifier between LIKELY and
    SURE_NAMED was right 20 times of 33 on the first photo sets; the detector's own mistakes
    reach 0.79); together, on the dev photo sets, they were right every time (BENCHMARKS.md)."""
    if not worth_detecting(labels):
        return labels
    best = max((d.score for d in detections if d.kind == labels[0].name and d.score >= LIKELY), default=0.0)
    return [replace(labels[0], agreed=best), *labels[1:]] if best else labels


def things(labels: Sequence[Label], objects: Sequence[ObjectFact], grayscale: bool = False,
           least: float | None = None, detections: Sequence[DetectedObject] = ()) -> list[Label | ObjectFact]:
    """The distinct things a caption may name, best first: the whole frame's top label when it
    is SURE, then things seen in parts at SURE_PART that are not the same thing as one already
    named; a whole-frame label between LIKELY and SURE only when no part is sure (it is then
    said hedged). Without colour only the whole frame's label counts, at SURE_GRAY; ``least``
    raises the floor (drawings). On a page of several things, only what their own views say
    (or agree with) counts. An unsure whole-frame label that the object detector agrees with
    (``detections``: :func:`with_detections`) is named by their shared word."""
    labels = with_detections(list(labels), detections)
    floor = max(least or LIKELY, SURE_GRAY if grayscale else LIKELY)
    top = labels[0] if labels else None
    page = [o.name for o in objects if on_page(o.where) and o.score >= LIKELY]
    if any(on_page(o.where) for o in objects):
        # a page of separate things: what they are is said by their own views; the whole frame
        # (and its halves) see a pattern of small pictures (a grid of nine cups: 'combination
        # lock'), so a label from them counts only when a thing's own view agrees
        if top is not None and not any(same_thing(top.name, n) for n in page):
            top = None
        objects = [o for o in objects if on_page(o.where) or any(same_thing(o.name, n) for n in page)]
    subject = next((o for o in objects if o.where in WHOLE), None)
    if subject is not None and (top is None or subject.score > top.score):
        # one thing on a plain background (or one of its copies), cut out as ImageNet photos
        # are: it speaks for the whole frame, and a count of copies goes with it
        top = subject
    elif subject is not None and top is not None and subject.where == "copies" and same_thing(subject.name, top.name):
        # the whole frame is surer of what each copy is: its word, with the copies' count
        top = replace(subject, name=top.name, score=top.score, fine=top.fine, fine_score=top.fine_score)
    objects = [o for o in objects if o.where not in WHOLE]
    whole = top is not None and top.score >= floor and top.fine_score >= MIN_FINE
    out: list[Label | ObjectFact] = [top] if whole and (top.score >= SURE or agreed(top)) else []
    part_floor = max(SURE_PART, floor)
    for obj in sorted(objects if not grayscale else (), key=lambda o: -o.score):
        if len(out) >= MAX_THINGS:
            break
        alone = obj.where == "things" or obj.where.startswith("thing ")  # seen alone on a page
        if obj.score < (max(SURE, floor) if alone else part_floor) or obj.fine_score < MIN_FINE:
            continue
        same = next((i for i, t in enumerate(out) if same_thing(obj.name, t.name)), None)
        if same is not None:
            if obj.where == "things" and getattr(out[same], "count", 1) == 1:
                out[same] = obj  # the same thing, now counted: each of them was seen on its own
            elif _unsure(out[same]) and obj.score > out[same].score and getattr(obj, "count", 1) == 1:
                out[same] = obj  # the whole frame unsure of what a part is sure of: the part's surer word
            continue
        out.append(obj)
    if not out and whole:  # only a hedged whole-frame label: say it, hedged
        out.append(top)
    return out
