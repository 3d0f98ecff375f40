"""Measure the facts of one frame (everything but the encoder forward pass, which is batched
by the integrator)."""

from __future__ import annotations

import numpy as np

from .colors import dominant_colors, is_grayscale
from .labels import top_labels
from .model import Facts
from .people import count_people
from .picture import picture_kind, scene_words, screenshot_kind
from .screen import all_text, analyse as analyse_screen, desktop_panel, is_candidate, sameness
from .shapes import find_shapes, flat_palette, small_nearest
from .views import part_objects, worth_detecting
from .text import detect_text_lines

# Classifier words that mean "this frame is mostly text": OCR runs for them even when the edge
# detector is unsure.
TEXT_WORDS = {"web page", "menu", "crossword puzzle", "book jacket", "comic book", "envelope", "scoreboard",
              "street sign", "screen", "binder", "screenshot", "terminal window", "document"}
MIN_TEXT_SIDE = 8  # frames thinner than this hold no readable line of text; OCR is not run on them


def measure(rgb: np.ndarray, kinds: tuple[str, ...], label_probs=None, label_names=(), label_source="",
            ocr=None, size: tuple[int, int] | None = None, regions=None, people=None, reader=None,
            objects=None) -> Facts:
    """The facts of an RGB frame. ``size`` is the (width, height) of the frame as given, when
    ``rgb`` is a reduced working copy of it (see ``pixel_llm.imageio.MAX_WORK_PIXELS``).
    ``regions``: label probabilities of parts of the frame (``EncoderOutput.regions``);
    ``people``: a face detector (:mod:`.people`), run when 'people' is in ``kinds``;
    ``objects``: an object detector (:mod:`.objects`), run on a colour photo whose top label it
    could settle (:func:`~pixel_llm.facts.views.worth_detecting`);
    ``reader`` (a :class:`~pixel_llm.facts.regions.RegionReader` over ``ocr``) enables screen
    facts: windows, what each is and says, read line by line with a cache."""
    h, w = rgb.shape[:2]
    facts = Facts(width=size[0], height=size[1]) if size else Facts(width=w, height=h)
    small = small_nearest(rgb)
    if "labels" in kinds and label_probs is not None:
        facts.labels = top_labels(label_probs, label_names, label_source)
        facts.objects = part_objects(regions, label_names, label_source)
    if "colors" in kinds:
        facts.colors = dominant_colors(small[::2, ::2] if small.size > 3 * 128 * 128 else small)
        facts.grayscale = is_grayscale(small)
    flat, codes, palette, _ = flat_palette(small)
    facts.flat = flat
    if flat and "shapes" in kinds:
        facts.background, facts.shapes = find_shapes(small, codes, palette)
    web = max((l.score for l in facts.labels if l.name == "web page"), default=0.0)
    candidate = False
    if "text" in kinds and ocr is not None and min(h, w) >= MIN_TEXT_SIDE:
        texty_label = any(l.name in TEXT_WORDS and l.score >= 0.3 for l in facts.labels)
        lines = detect_text_lines(rgb)
        candidate = is_candidate(sameness(codes), lines.count)
        if reader is not None:
            screen = analyse_screen(rgb, reader, web) if candidate else None
            if screen is None:  # a desktop whose wallpaper, or maximised window, is a picture
                panel = desktop_panel(rgb, reader)
                screen = analyse_screen(rgb, reader, web, panel) if panel is not None else None
            if screen is not None:  # a screen: its windows' text replaces the whole-frame OCR
                facts.screen, facts.text = screen, all_text(screen)
                facts.text_likely = bool(facts.text)
                facts.shapes, facts.background = [], None  # window outlines are not drawn shapes
                return facts  # picture kind and people are for photos: a screen is its windows
        facts.text_likely = texty_label or lines.likely(flat)
        if facts.text_likely:
            facts.text = ocr(rgb, lines.height)
    if "colors" in kinds:
        facts.picture = picture_kind(rgb, flat, facts.grayscale, facts.shapes, facts.text_likely)
        facts.scene = scene_words(rgb, facts.picture)
        if objects is not None and getattr(facts.picture, "kind", "") == "photo" and worth_detecting(facts.labels):
            facts.detections = objects(rgb)
    if "people" in kinds and people is not None and not flat:
        facts.people = count_people(rgb, people)
    if candidate and reader is not None:  # a screen's colours that the screen analysis could not name
        shot = screenshot_kind(web, [t.text for t in facts.text], facts.people.count if facts.people else 0)
        if shot is not None:
            facts.picture, facts.scene = shot, []  # a photo's scene words are no screenshot's
    return facts
