"""Offline wording for photos, camera frames and drawings: who is there (people counted by
their faces), what is there (the whole frame's label and things seen in parts of it), what kind
of picture it is, and scene words that were measured.

Every noun comes from a fact with its score (``result.facts``): ``people``, ``labels``,
``objects``, ``picture``, ``scene``. The thresholds are in :mod:`pixel_llm.facts.confidence`;
below them a thing is said by its general word when that is sure ("an animal") or left out, and
the caption falls back to what was measured for certain (the kind of picture, its colours).
"""

from __future__ import annotations

import re

from ..facts import Facts
from ..facts.confidence import (
    LIKELY,
    MIN_FINE,
    SURE,
    SURE_CATEGORY,
    SURE_DRAWN,
    SURE_FINE,
    SURE_GRAY,
    SURE_NAMED,
)
from ..facts.extract import TEXT_WORDS
from ..facts.people import people_phrase
from ..facts.views import agreed, same_thing, things
from ..facts.vocabulary import number_word, plural, with_article

CHROMATIC = {"red", "orange", "yellow", "green", "teal", "blue", "purple", "pink", "brown"}
DRAWN_KINDS = {"drawing", "chart", "bar chart"}


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def object_phrase(label) -> str | None:
    """'an Egyptian cat' (sure of the fine class), 'a cat' (sure: ``SURE_NAMED``, or likely and
    the object detector agrees), 'an animal' (likely, and sure of the general word), or None;
    'four cats' for four copies of a cat on a plain page (an object with ``count`` > 1: counted
    by their boxes, see
    :func:`pixel_llm.encoders.base.copies`). A thing that is only likely is not said at all, not
    even hedged: on real photos no one here made, "what appears to be …" was wrong 4 times of 9
    (a circuit board "an oscilloscope", a roast turkey "a frog", a race car "a plane")."""
    if label.fine_score < MIN_FINE:
        # Probability spread thinly over many classes of one word (noise often "sums" to a
        # bird) is not evidence of that word.
        return None
    count = getattr(label, "count", 1)
    if label.score >= SURE_NAMED or agreed(label):
        fine = label.fine  # only where the classifier alone is sure of it: the detector knows no breeds
        sure_fine = label.score >= SURE_NAMED and label.fine_score >= SURE_FINE
        noun = fine if sure_fine and fine.lower() != label.name.lower() else label.name
        return _counted(label, count, noun) if count != 1 else with_article(noun)
    if label.score >= LIKELY and getattr(label, "category", "") and getattr(label, "category_score", 0.0) >= SURE_CATEGORY:
        noun = label.category  # unsure which vehicle, sure it is one: the general word
        return _counted(label, count, noun) if count != 1 else with_article(noun)
    return None


def _counted(label, count: int, noun: str) -> str:
    """'four cats' (things cut out on a page), 'four pictures of a cat' (copies of one picture),
    'three pictures of cats' (different pictures, each of a cat); 'several' for count 0."""
    number = number_word(count) if count else "several"
    if not getattr(label, "framed", False):
        return f"{number} {plural(noun)}"
    if label.where == "copies":
        return f"{number} pictures of {with_article(noun)}"
    return f"{number} pictures of {plural(noun)}"


PICTURES = re.compile(r"^\S+ pictures of ")


def _colors(facts: Facts) -> str:
    names = [c.name for c in facts.colors[:2]]
    return f"mostly {_join(names)}" if names else ""


ARTWORK = {"comic book", "jigsaw puzzle", "book jacket", "mask"}
"""ImageNet's classes of printed and painted pictures, and its "mask" (a face that is not a live
one: it is what the classifier calls a drawn or animated face). When the classifier sees one of
them in a frame (at least ``ARTWORK_SCORE`` among its first five words), the frame may be a
painting, a cover or a cartoon as well as a photo: it is "a picture", not "a photo"."""
FACE_WORDS = {"mask"}
"""Where people are counted, these are their faces as the classifier names them (an animated
face, a face behind a mask): not a thing of their own."""
ARTWORK_SCORE = 0.05


def _noun(facts: Facts) -> str:
    if facts.picture is not None:
        noun = facts.picture.kind
    else:
        noun = "photo" if not facts.flat else "image"
        noun = "black-and-white photo" if facts.grayscale and noun == "photo" else noun
    if noun.endswith("photo") and any(l.name in ARTWORK and l.score >= ARTWORK_SCORE for l in facts.labels[:5]):
        noun = noun[:-len("photo")] + "picture"
    return noun


def _subjects(facts: Facts, least: float | None = None) -> list[str]:
    people = people_phrase(facts.people.count, facts.people.more, facts.people.walking) \
        if facts.people is not None else None
    out = [people] if people else []
    if people:
        # ImageNet has no class for people: on a frame of people its top label is some garment or
        # object near them (a hedged 'hair spray' next to a crowd), so only sure things are said
        least = max(least or SURE, SURE)
    objects = facts.objects
    if people:  # copies on a page with people are their faces: the people count says it
        objects = [o for o in objects if o.where != "copies" and not o.where.startswith("thing")]
    for thing in things(facts.labels, objects, facts.grayscale, least, facts.detections):
        if people and (same_thing(thing.name, "person") or thing.name in FACE_WORDS):
            continue  # the detector's count says it better
        phrase = object_phrase(thing)
        if phrase:
            out.append(phrase)
    return out


def page_picture(facts: Facts) -> str | None:
    """What a picture on a plain page shows, for a caption led by the page's text ('a picture
    of a rocket'), or None: the thing(s) seen on the page by their own box (``subject``,
    ``copies``, page things), named plainly (SURE; SURE_GRAY without colour) and never next to
    people (the people count is the photo path's)."""
    if facts.people is not None and facts.people.count:
        return None
    floor = SURE_GRAY if facts.grayscale else SURE
    page = [o for o in facts.objects if (o.where in ("subject", "copies", "things") or o.where.startswith("thing "))
            and o.name not in TEXT_WORDS]  # "a picture of a web page": a screenshot's part, read as text instead
    named: list[str] = []
    seen: list[str] = []
    for o in sorted(page, key=lambda o: -o.score):
        if o.score < floor or any(same_thing(o.name, x) for x in seen):
            continue
        phrase = object_phrase(o)
        if phrase:
            named.append(phrase)
            seen.append(o.name)
    if not named:
        return None
    return _join(named[:2]) if PICTURES.match(named[0]) else f"a picture of {_join(named[:2])}"


def photo_head(facts: Facts) -> str:
    """The caption's head for a photo-like frame (no on-screen text): 'A photo of two people
    and a rocket, with blue sky at the top', 'A black-and-white photo of a tripod',
    'A photo, mostly gray and black'."""
    noun = _noun(facts)
    drawn = noun in DRAWN_KINDS
    subjects = _subjects(facts, SURE_DRAWN if drawn else None)
    if subjects and PICTURES.match(subjects[0]):  # pictures on a page: they are what is seen
        head = _join(subjects)
        head = head[0].upper() + head[1:]
    elif subjects:
        head = f"{with_article(noun).capitalize()} of {_join(subjects)}"
    else:
        colors = "" if drawn else _colors(facts)
        head = with_article(noun).capitalize() + (f", {colors}" if colors else "")
    sky = next((s for s in facts.scene if s.word in ("blue sky", "dark blue sky")), None)
    if sky is not None:
        said = "blue sky" if sky.word == "blue sky" else with_article(sky.word)
        head += f", with {said} at the {sky.where}"
    return head


def drawing_caption(facts: Facts) -> str | None:
    """The caption of a flat drawing or chart ('A colourful drawing', 'A bar chart',
    'A drawing of a fish' when the classifier is very sure), or None for other frames."""
    if facts.picture is None or not facts.flat or facts.picture.kind not in DRAWN_KINDS:
        return None
    if facts.picture.kind == "drawing" and facts.text_likely:
        return None  # outlines and text lines: a user interface or a slide, for the text path
    subjects = _subjects(facts, SURE_DRAWN)
    kind = facts.picture.kind
    if subjects:
        return f"{with_article(kind).capitalize()} of {_join(subjects)}"
    if kind == "drawing" and len({c.name for c in facts.colors} & CHROMATIC) >= 2:
        return "A colourful drawing"
    return with_article(kind).capitalize()


__all__ = ["drawing_caption", "object_phrase", "page_picture", "photo_head"]
