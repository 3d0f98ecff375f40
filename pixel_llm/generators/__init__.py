"""Caption generators: turn measured facts into a caption. ``offline`` composes a sentence
from the facts with rules and needs no LLM."""

from .offline import compose_caption

__all__ = ["compose_caption"]
