"""The fact records. Plain dataclasses, JSON-ready through ``Facts.to_dict()``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Label:
    name: str
    """Everyday word: 'dog', 'apple'."""
    score: float
    """Probability of the everyday word (sum over its fine classes)."""
    fine: str
    """Most likely fine class within the word: 'Pekinese', 'Granny Smith'."""
    fine_score: float
    source: str
    """'imagenet' (bundled classifier) or 'clip' (zero-shot)."""


@dataclass(frozen=True)
class ColorFact:
    name: str
    fraction: float
    rgb: tuple[int, int, int]


@dataclass(frozen=True)
class ShapeFact:
    kind: str
    """square, rectangle, circle, ellipse, triangle, line, polygon, shape"""
    color: str
    fraction: float
    """Share of the image area."""
    position: str
    """'center', 'top left', 'bottom', ..."""
    box: tuple[float, float, float, float]
    """(left, top, right, bottom), each a fraction of width or height."""


@dataclass(frozen=True)
class TextFact:
    text: str
    score: float
    box: tuple[float, float, float, float]


@dataclass
class Facts:
    width: int
    height: int
    labels: list[Label] = field(default_factory=list)
    colors: list[ColorFact] = field(default_factory=list)
    shapes: list[ShapeFact] = field(default_factory=list)
    text: list[TextFact] = field(default_factory=list)
    background: str | None = None
    """Colour name of a flat background, when there is one."""
    flat: bool = False
    """A flat graphic (few exact colours): a drawing, a UI, a slide — not a photo."""
    grayscale: bool = False
    text_likely: bool = False
    """The cheap text detector's verdict (OCR ran only where this is True)."""

    @property
    def text_content(self) -> str:
        return " ".join(t.text for t in self.text)

    def to_dict(self) -> dict:
        return asdict(self)
