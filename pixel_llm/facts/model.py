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


@dataclass(frozen=True)
class ObjectFact:
    """A thing the classifier named in part of the frame (a half of it, or a square view of a
    wide frame), with the same fields as a :class:`Label`."""

    name: str
    score: float
    fine: str
    fine_score: float
    where: str
    """'left', 'right', 'middle', 'top', 'bottom'."""
    source: str


@dataclass(frozen=True)
class PeopleFact:
    """People found by a detector: how many, and where."""

    count: int
    score: float
    """The weakest counted detection's score (0..1)."""
    detector: str
    """What found them, e.g. 'haar-frontalface' (faces: one face counts one person)."""
    boxes: tuple[tuple[float, float, float, float], ...] = ()
    """(left, top, right, bottom) of each, as fractions of width and height."""


@dataclass(frozen=True)
class PictureFact:
    """What kind of picture the frame is, and the measurement that says so."""

    kind: str
    """'photo', 'black-and-white photo', 'drawing', 'chart' or 'bar chart'."""
    score: float
    evidence: str


@dataclass(frozen=True)
class SceneFact:
    """A scene word measured in the pixels (only where sure), e.g. 'blue sky' at the top."""

    word: str
    score: float
    where: str


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
    objects: list[ObjectFact] = field(default_factory=list)
    """Things named in parts of the frame (see :mod:`pixel_llm.facts.views`)."""
    people: PeopleFact | None = None
    """People counted, when the 'people' facts ran (None: not measured)."""
    picture: PictureFact | None = None
    """The kind of picture, when measured."""
    scene: list[SceneFact] = field(default_factory=list)

    @property
    def text_content(self) -> str:
        return " ".join(t.text for t in self.text)

    def to_dict(self) -> dict:
        return asdict(self)
