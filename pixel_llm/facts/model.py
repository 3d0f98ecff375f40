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
    category: str = ""
    """The general word of its best class: 'animal', 'vehicle', 'building', or ''."""
    category_score: float = 0.0
    """Probability of that general word (the sum over all its classes)."""
    agreed: float = 0.0
    """The object detector's score for a box of the same thing, when it saw one where the
    classifier was unsure (two models agreeing: see :func:`pixel_llm.facts.views.with_detections`)."""


@dataclass(frozen=True)
class DetectedObject:
    """A thing the object detector found (:mod:`pixel_llm.facts.objects`): its word, the
    detector's score, its box (left, top, right, bottom as fractions of the frame) and its COCO
    kind."""

    name: str
    score: float
    box: tuple[float, float, float, float]
    kind: str


@dataclass(frozen=True)
class ColorFact:
    name: str
    fraction: float
    rgb: tuple[int, int, int]


@dataclass(frozen=True)
class ShapeFact:
    kind: str
    """square, rectangle, circle, ellipse, triangle, line, polygon, shape; '... outline' when
    only the outline is drawn"""
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
    """'left', 'right', 'middle', 'top', 'bottom'; 'subject' (the one photo-like thing on a
    plain background); 'page' (a box around whatever else is on a plain page); 'copies' (one of ``count`` copies of a thing on a plain background);
    'thing 2 of 3' (one of several things apart on a plain page, each seen on its own);
    'things' (those of them the classifier calls the same, counted)."""
    source: str
    count: int = 1
    """How many of it the page holds: ``where='copies'``: the same size and alike (see
    :func:`pixel_llm.encoders.base.copies`); ``where='things'``: each seen on its own and named
    the same; 0: at least three, not all of the page's things sure ('several'); 1 otherwise."""
    framed: bool = False
    """A thing on a plain page that is a picture placed there (it fills its box to straight
    edges), not a thing cut out: a count of such things counts pictures ('four pictures of a
    cat'), since each picture may show more than one."""


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
    more: bool = False
    """More people may be there than counted: the body detector also saw likely people it is not
    sure of (the count is then a lower bound, and no exact number is said)."""
    walking: int = 0
    """How many of them were seen walking (streams only: a whole body going one way at a
    walker's speed over seconds, :mod:`pixel_llm.stream.movers`)."""


@dataclass(frozen=True)
class PictureFact:
    """What kind of picture the frame is, and the measurement that says so."""

    kind: str
    """'photo', 'black-and-white photo', 'drawing', 'chart', 'bar chart' or 'screenshot'."""
    score: float
    evidence: str


@dataclass(frozen=True)
class SceneFact:
    """A scene word measured in the pixels (only where sure), e.g. 'blue sky' at the top."""

    word: str
    score: float
    where: str


@dataclass
class WindowFact:
    """One window (or one view filling the screen) of a screen frame."""

    kind: str
    """'terminal', 'editor', 'browser', 'web page', 'dialog', 'installer', or 'window' when
    the pixels do not say what it is."""
    score: float
    """How sure the kind is (0..1); see :mod:`pixel_llm.facts.screen`."""
    box: tuple[float, float, float, float]
    """(left, top, right, bottom), each a fraction of width or height."""
    title: str = ""
    """Title bar text (read from the pixels, or given by the host)."""
    app: str = ""
    """The program, when the pixels (or the host) name it: 'vi', 'nano', 'python', ..."""
    theme: str = ""
    """'dark' (light text on a dark background) or 'light'."""
    text: list[TextFact] = field(default_factory=list)
    """Every line read in the window, top to bottom."""
    salient: list[str] = field(default_factory=list)
    """What a person would read first: a terminal's last command and its output, a dialog's
    question and buttons, a page's heading."""
    buttons: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    """Why this kind: 'prompt lines', 'monospace', 'buttons', ..."""
    framed: bool = True
    """A window outline was seen (False: text straight on the screen, or one view filling it)."""
    focused: bool | None = None
    """From the host's ``windows=`` hint; None when unknown."""
    source: str = "pixels"
    """'pixels', or 'pixels+host' when the host's ``windows=`` hint named or titled it."""


@dataclass
class PanelFact:
    """A desktop's panel: a bar along the top or bottom of the screen showing the time."""

    edge: str
    """'top' or 'bottom'."""
    clock: str
    """The time of day read on it (the evidence that it is a panel)."""
    title: str = ""
    """The text at its left end, where Ubuntu and GNOME name the program in front ('' if none)."""


@dataclass
class ScreenFacts:
    """What a screen shows: its layout and windows (see :mod:`pixel_llm.facts.screen`)."""

    score: float
    """How sure it is a screen rather than a photo or a drawing (0..1)."""
    layout: str
    """'desktop' (windows over a background), 'full' (one view fills the frame) or 'empty'."""
    windows: list[WindowFact] = field(default_factory=list)
    """Largest first."""
    background: str | None = None
    """Colour name of the desktop background, or 'picture' for a wallpaper."""
    arrangement: str = ""
    """'side by side', 'one above the other', 'overlapping' or ''."""
    count_known: bool = True
    """False when some text is not inside any window seen, so the number of windows is unsure."""
    count_sure: bool = False
    """The number of windows is certain from the pixels: ``count_known``, and every window is
    outlined (a title bar, or nearly all of its sides drawn) on a flat desktop where no other
    window could hide unseen."""
    evidence: list[str] = field(default_factory=list)
    panel: PanelFact | None = None
    """A desktop's panel with a clock, when one was read (:mod:`pixel_llm.facts.panel`)."""


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
    detections: list[DetectedObject] = field(default_factory=list)
    """Things the object detector found, when it looked (a photo whose classifier label was
    unsure; see :mod:`pixel_llm.facts.objects`)."""
    people: PeopleFact | None = None
    """People counted, when the 'people' facts ran (None: not measured)."""
    picture: PictureFact | None = None
    """The kind of picture, when measured."""
    scene: list[SceneFact] = field(default_factory=list)
    screen: ScreenFacts | None = None
    """Set when the frame is a screen (a desktop, a terminal, a web page, a dialog, ...)."""

    @property
    def text_content(self) -> str:
        return " ".join(t.text for t in self.text)

    def to_dict(self) -> dict:
        return asdict(self)
