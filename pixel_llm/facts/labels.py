"""Labels from label probabilities: fine classes summed into everyday words."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

from .model import Label
from .vocabulary import categories, display_name, everyday_groups

MIN_SCORE = 0.02
TOP = 5


@lru_cache(maxsize=8)
def _grouping(names: tuple[str, ...], source: str) -> tuple[np.ndarray, tuple[str, ...]]:
    groups = everyday_groups() if source == "imagenet" else names
    words = tuple(dict.fromkeys(groups))
    index = {w: i for i, w in enumerate(words)}
    return np.array([index[g] for g in groups]), words


def top_labels(probs: np.ndarray, names: Sequence[str], source: str, top: int = TOP) -> list[Label]:
    """Everyday words with their summed probability, best first, above ``MIN_SCORE``."""
    group_of, words = _grouping(tuple(names), source)
    sums = np.bincount(group_of, weights=probs, minlength=len(words))
    kinds = _categories(len(probs)) if source == "imagenet" else None
    out = []
    for g in np.argsort(-sums)[:top]:
        if sums[g] < MIN_SCORE:
            break
        members = np.flatnonzero(group_of == g)
        best = members[np.argmax(probs[members])]
        category, category_score = "", 0.0
        if kinds is not None and kinds[best]:
            category = kinds[best]
            category_score = round(float(probs[_category_members(category)].sum()), 4)
        out.append(Label(words[g], round(float(sums[g]), 4), display_name(names[best]),
                         round(float(probs[best]), 4), source, category, category_score))
    return out


@lru_cache(maxsize=2)
def _categories(n: int) -> tuple[str, ...] | None:
    return categories() if n == 1000 else None


@lru_cache(maxsize=8)
def _category_members(category: str) -> np.ndarray:
    return np.array([i for i, c in enumerate(categories()) if c == category])
