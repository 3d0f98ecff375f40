"""Checks shared by the tests of the photo benchmark's package splits (external5 to external8):
every label well formed, every labelled file a readable picture."""

from __future__ import annotations

import numpy as np

PEOPLE_WORDS = {"people", "person", "man", "woman", "crowd"}


def check_item_labels(items, split: str, not_sky: set[str]) -> None:
    """Each item of ``split`` has a main subject and notes, counts that make sense, no word for a
    person where no one is, and no "sky" where the blue or white is something else."""
    for item in items:
        assert item.split == split
        assert item.people >= 0 and item.count >= 0
        assert set(item.every) <= set(item.main), item.id
        assert item.main and item.notes, item.id
        words = {w.lower() for w in item.main + item.allowed}
        if not item.people:
            assert not words & PEOPLE_WORDS, item.id
        if item.id in not_sky:
            assert "sky" not in words, item.id
    assert not_sky <= {i.id for i in items}


def check_every_label_reads_an_image(items) -> None:
    for item in items:
        rgb = item.make()
        assert rgb.dtype == np.uint8 and rgb.ndim == 3 and rgb.shape[2] == 3, item.id
        assert min(rgb.shape[:2]) >= 200, item.id
