"""A labelled photo set built from what ships offline (issue #11).

Every image is made here, deterministically, from scikit-image's bundled photos, from
composites of them (two things side by side, N copies of a thing, people cut out of the
photos), from drawings made with PIL, and from frames of a video rendered with OpenCV. Each
item says what a caption must name (``main``: any one of these words counts), what it may
name because it is there (``allowed``), and how many people it shows.

The split is fixed: ``tune`` items may be looked at while choosing models and thresholds;
``held`` items are only scored (``benchmarks/bench_photos.py --split held``) and never
looked at while tuning.

A third split, ``external``, is real photos (and a painting, drawings, animation frames and
street-camera frames) that no one on the team made: they are read at build time from the
Debian package ``opencv-doc`` (its examples/data folder, two of its videos and a few photos
of its HTML manual; nothing is copied here), and were labelled from the pixels before any
caption of them was seen. It is not part of ``all`` (which stays tune + held) and needs the
package (see :func:`opencv_doc`); score it once with ``bench_photos.py --split external``.

A fourth split, ``external2`` (40 items), is real pictures from five other Debian packages,
labelled from the pixels before any caption of them was made: Tux Paint's stamps (cut-out photos
of animals, food, vehicles, objects and people, and clip-art drawings, laid on white), photos of
GIMP's English manual, MATE's nature wallpapers, scikit-learn's two sample photos and
matplotlib's portrait of Grace Hopper. Nothing is copied here: the files are read at build time
from ``$PIXEL_LLM_EXT2`` (default ``/work/ext2``), where each package is unpacked as ``dpkg -x``
leaves it (no root needed; ``apt-get download`` writes the .deb to the current folder)::

    export PIXEL_LLM_EXT2=/work/ext2; mkdir -p $PIXEL_LLM_EXT2 && cd $PIXEL_LLM_EXT2
    apt-get download tuxpaint-stamps-default && dpkg -x tuxpaint-stamps-default_*.deb $PIXEL_LLM_EXT2/tuxpaint-stamps-default
    apt-get download gimp-help-en && dpkg -x gimp-help-en_*.deb $PIXEL_LLM_EXT2/gimp-help-en
    apt-get download mate-backgrounds && dpkg -x mate-backgrounds_*.deb $PIXEL_LLM_EXT2/mate-backgrounds
    apt-get download python3-sklearn && dpkg -x python3-sklearn_*.deb $PIXEL_LLM_EXT2/python3-sklearn
    apt-get download python-matplotlib-data && dpkg -x python-matplotlib-data_*.deb $PIXEL_LLM_EXT2/python-matplotlib-data

(Debian 12 "bookworm" versions: tuxpaint-stamps-default 2022.06.04-1, gimp-help-en 2.10.34-2,
mate-backgrounds 1.26.0-1, python3-sklearn 1.2.1+dfsg-1, python-matplotlib-data 3.6.3-1.) Like
``external`` it is not part of ``all``; score it once with ``bench_photos.py --split external2``.

    python benchmarks/photoset.py --dump /tmp/photoset   # write the images as PNG to look at
    python benchmarks/photoset.py --dump /tmp/external --split external
    python benchmarks/photoset.py --dump /tmp/external2 --split external2
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import cv2
import numpy as np
from PIL import Image, ImageDraw


def skimage_photo(name: str) -> np.ndarray:
    import skimage.data

    if name == "motorcycle":
        a = skimage.data.stereo_motorcycle()[0]
    else:
        a = getattr(skimage.data, name)()
    if a.dtype == bool:
        a = a.astype(np.uint8) * 255
    if a.ndim == 2:
        a = np.stack([a] * 3, axis=-1)
    return np.ascontiguousarray(a[:, :, :3])


# -- building blocks -------------------------------------------------------------------------
def _resize(rgb: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    return np.asarray(Image.fromarray(rgb).resize(size, Image.LANCZOS))


def side_by_side(*parts: np.ndarray, height: int = 360, gap: int = 0, fill=(255, 255, 255)) -> np.ndarray:
    """Photos scaled to one height and put next to each other."""
    scaled = [_resize(p, (round(p.shape[1] * height / p.shape[0]), height)) for p in parts]
    width = sum(p.shape[1] for p in scaled) + gap * (len(scaled) - 1)
    out = np.empty((height, width, 3), np.uint8)
    out[:] = fill
    x = 0
    for p in scaled:
        out[:, x:x + p.shape[1]] = p
        x += p.shape[1] + gap
    return out


def grid(part: np.ndarray, rows: int, cols: int, cell: tuple[int, int] = (200, 200), gap: int = 8,
         fill=(245, 245, 245)) -> np.ndarray:
    tile = _resize(part, cell)
    h = rows * cell[1] + (rows + 1) * gap
    w = cols * cell[0] + (cols + 1) * gap
    out = np.empty((h, w, 3), np.uint8)
    out[:] = fill
    for r in range(rows):
        for c in range(cols):
            y, x = gap + r * (cell[1] + gap), gap + c * (cell[0] + gap)
            out[y:y + cell[1], x:x + cell[0]] = tile
    return out


def crop(rgb: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    h, w = rgb.shape[:2]
    l, t, r, b = box
    return np.ascontiguousarray(rgb[round(t * h):round(b * h), round(l * w):round(r * w)])


def gray(rgb: np.ndarray) -> np.ndarray:
    g = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    return np.stack([g] * 3, axis=-1)


def painted(rgb: np.ndarray) -> np.ndarray:
    """A painterly rendering (OpenCV's edge-preserving stylization)."""
    return cv2.stylization(rgb, sigma_s=60, sigma_r=0.45)


def on_background(part: np.ndarray, size=(640, 480), fill=(250, 250, 250), scale=0.6) -> np.ndarray:
    out = np.empty((size[1], size[0], 3), np.uint8)
    out[:] = fill
    h = round(size[1] * scale)
    p = _resize(part, (round(part.shape[1] * h / part.shape[0]), h))
    y, x = (size[1] - p.shape[0]) // 2, (size[0] - p.shape[1]) // 2
    out[y:y + p.shape[0], x:x + p.shape[1]] = p
    return out


def video_frame(name: str, index: int, size=(768, 576), seed: int = 0) -> np.ndarray:
    """Frame ``index`` of a rendered video of photo ``name``: a slow pan with sensor noise,
    JPEG-compressed as a camera would deliver it."""
    base = cv2.resize(skimage_photo(name), (size[0] + 96, size[1] + 72), interpolation=cv2.INTER_CUBIC)
    dx, dy = (index * 3) % 96, (index * 2) % 72
    frame = base[dy:dy + size[1], dx:dx + size[0]].astype(np.int16)
    frame += np.random.default_rng(seed + index).normal(0, 6, frame.shape).astype(np.int16)
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    ok, jpg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return cv2.imdecode(jpg, cv2.IMREAD_UNCHANGED)


# -- the external split: files of the Debian package opencv-doc -------------------------------
OPENCV_DOC_PLACES = ("/usr/share/doc/opencv-doc", "/work/opencv-doc/usr/share/doc/opencv-doc")
OPENCV_DOC_INSTALL = (
    "the 'external' split reads its images from the Debian package opencv-doc; none found at "
    "$OPENCV_DOC or {places}. Install it with `apt-get install opencv-doc` (images that exclude "
    "/usr/share/doc, as minimal Docker images do, install nothing there), or unpack it anywhere: "
    "`apt-get download opencv-doc && dpkg -x opencv-doc_*.deb DIR` and set "
    "OPENCV_DOC=DIR/usr/share/doc/opencv-doc"
)


def opencv_doc() -> Path:
    """The opencv-doc folder: ``$OPENCV_DOC``, else the first of ``OPENCV_DOC_PLACES`` that
    has the package's examples/data."""
    places = [os.environ.get("OPENCV_DOC", ""), *OPENCV_DOC_PLACES]
    for place in places:
        if place and (Path(place) / "examples" / "data").is_dir():
            return Path(place)
    raise FileNotFoundError(OPENCV_DOC_INSTALL.format(places=" or ".join(OPENCV_DOC_PLACES)))


def doc_photo(name: str, box: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """An image of opencv-doc as RGB: ``name`` is a file of examples/data, or ``html/NAME``
    for one of the manual's (opencv4/html). ``box`` (left, top, right, bottom, pixels) cuts off
    what is not the photo (an image viewer's status bar in a screenshot of it)."""
    folder, _, file = name.rpartition("/")
    path = opencv_doc() / ("opencv4/html" if folder == "html" else "examples/data") / file
    bgr = cv2.imread(str(path), cv2.IMREAD_COLOR)  # grey files come back as three equal channels
    if bgr is None:
        raise FileNotFoundError(f"{path}: missing or unreadable (opencv-doc incomplete?)")
    if box is not None:
        left, top, right, bottom = box
        bgr = bgr[top:bottom, left:right]
    return np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))


def doc_video_frame(name: str, index: int) -> np.ndarray:
    """Frame ``index`` (counted from 0, read in order, no seeking) of a video in examples/data."""
    path = opencv_doc() / "examples" / "data" / name
    cap = cv2.VideoCapture(str(path))
    try:
        for _ in range(index):
            if not cap.grab():
                break
        ok, bgr = cap.read()
    finally:
        cap.release()
    if not ok:
        raise FileNotFoundError(f"{path}: no frame {index} (missing file or no video decoder in OpenCV?)")
    return np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))


# -- the external2 split: files of five other Debian packages, unpacked with dpkg -x ----------
EXT2_DEFAULT = "/work/ext2"
EXT2_PACKAGES = ("tuxpaint-stamps-default", "gimp-help-en", "mate-backgrounds", "python3-sklearn",
                 "python-matplotlib-data")


def ext2_fetch_commands(packages=EXT2_PACKAGES, root: str = "$PIXEL_LLM_EXT2") -> str:
    """The shell commands that put ``packages`` where the external2 split reads them."""
    return "\n".join(f"apt-get download {p} && dpkg -x {p}_*.deb {root}/{p}" for p in packages)


@dataclass(frozen=True)
class Packages:
    """Where a split reads Debian packages unpacked with ``dpkg -x`` (one folder per package
    under a root), and what to say when some are missing."""

    split: str
    env: str
    default: str

    def root(self) -> Path:
        """``$env`` if set, else the default folder."""
        return Path(os.environ.get(self.env) or self.default)

    def missing(self, files) -> list[str]:
        """The packages (first part of each path) whose ``files`` are not under the root."""
        root = self.root()
        return sorted({p.split("/", 1)[0] for p in files if not (root / p).is_file()})

    def error(self, packages) -> FileNotFoundError:
        return FileNotFoundError(
            f"the '{self.split}' split reads its images from Debian packages unpacked under {self.root()} "
            f"(${self.env}, default {self.default}); missing: {', '.join(packages)}. Fetch them (apt-get "
            f"download needs no root; run it in a scratch folder) with:\n"
            + ext2_fetch_commands(packages, str(self.root())))

    def available(self, items, paths, missing=None) -> list:
        """``items`` when every file of ``paths`` is there, else the error naming the missing
        packages and how to fetch them: said now, not at the first image. ``missing``: how to
        find the missing packages, when not :meth:`missing`."""
        gone = (missing or self.missing)(paths)
        if gone:
            raise self.error(gone)
        return list(items)


EXT2 = Packages("external2", "PIXEL_LLM_EXT2", EXT2_DEFAULT)
ext2_root, ext2_missing, ext2_error = EXT2.root, EXT2.missing, EXT2.error


def ext2_photo(path: str, box: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """A file of an unpacked package as RGB: ``path`` is relative to the root and starts with the
    package's name (``tuxpaint-stamps-default/usr/share/...``). Transparent parts (the Tux Paint
    stamps are cut-outs) are laid on white; ``box`` (left, top, right, bottom, pixels) crops."""
    file = ext2_root() / path
    if not file.is_file():
        raise ext2_error([path.split("/", 1)[0]])
    with Image.open(file) as im:
        return on_white(im, box)


def on_white(im: Image.Image, box: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """``im`` as RGB with its transparent parts laid on white; ``box`` (left, top, right, bottom,
    pixels) crops. Shared by the external2 to external8 splits."""
    im = im.convert("RGBA")
    page = Image.new("RGBA", im.size, (255, 255, 255, 255))
    page.alpha_composite(im)
    rgb = page.convert("RGB")
    if box is not None:
        rgb = rgb.crop(box)
    return np.ascontiguousarray(np.asarray(rgb))


# -- drawings --------------------------------------------------------------------------------
def drawing_house(size=(640, 480)) -> np.ndarray:
    im = Image.new("RGB", size, (135, 206, 235))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 360, 640, 480], fill=(60, 170, 60), outline="black", width=3)
    d.rectangle([220, 230, 420, 380], fill=(230, 200, 150), outline="black", width=4)
    d.polygon([(200, 232), (320, 130), (440, 232)], fill=(180, 40, 40), outline="black", width=4)
    d.rectangle([295, 300, 345, 380], fill=(120, 70, 30), outline="black", width=3)
    d.rectangle([240, 260, 280, 300], fill=(250, 250, 200), outline="black", width=3)
    d.ellipse([520, 40, 600, 120], fill=(255, 220, 0), outline="black", width=3)
    return np.asarray(im)


def drawing_smiley(size=(480, 480)) -> np.ndarray:
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    d.ellipse([60, 60, 420, 420], fill=(255, 215, 0), outline="black", width=6)
    d.ellipse([160, 160, 200, 220], fill="black")
    d.ellipse([280, 160, 320, 220], fill="black")
    d.arc([140, 180, 340, 350], 20, 160, fill="black", width=8)
    return np.asarray(im)


def drawing_flowers(size=(640, 480)) -> np.ndarray:
    im = Image.new("RGB", size, (255, 250, 235))
    d = ImageDraw.Draw(im)
    for i, (x, color) in enumerate([(120, (230, 60, 90)), (320, (120, 80, 220)), (520, (250, 140, 20))]):
        d.line([(x, 250), (x, 460)], fill=(40, 140, 40), width=8)
        d.ellipse([x + 4, 330, x + 60, 360], fill=(60, 170, 60), outline="black", width=2)
        for a in range(0, 360, 60):
            cx = x + 55 * np.cos(np.radians(a))
            cy = 200 + 55 * np.sin(np.radians(a))
            d.ellipse([cx - 35, cy - 35, cx + 35, cy + 35], fill=color, outline="black", width=3)
        d.ellipse([x - 30, 170, x + 30, 230], fill=(255, 220, 0), outline="black", width=3)
    return np.asarray(im)


def drawing_fish(size=(640, 400)) -> np.ndarray:
    im = Image.new("RGB", size, (30, 110, 200))
    d = ImageDraw.Draw(im)
    d.ellipse([150, 120, 450, 280], fill=(255, 140, 0), outline="black", width=5)
    d.polygon([(440, 200), (560, 110), (560, 290)], fill=(255, 140, 0), outline="black", width=5)
    d.ellipse([210, 165, 245, 200], fill="white", outline="black", width=3)
    d.ellipse([222, 177, 236, 191], fill="black")
    for x in range(60, 640, 120):
        d.ellipse([x, 330, x + 24, 354], outline="white", width=3)
    return np.asarray(im)


def bar_chart(size=(640, 480)) -> np.ndarray:
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    d.line([(80, 40), (80, 420), (600, 420)], fill="black", width=3)
    for y in range(80, 420, 60):
        d.line([(75, y), (600, y)], fill=(220, 220, 220), width=1)
    for i, v in enumerate([220, 300, 150, 340, 260]):
        x = 110 + i * 95
        d.rectangle([x, 420 - v, x + 60, 419], fill=(60, 110, 200))
    return np.asarray(im)


def line_chart(size=(640, 480)) -> np.ndarray:
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    d.line([(70, 30), (70, 430), (610, 430)], fill="black", width=3)
    for x in range(70, 611, 90):
        d.line([(x, 430), (x, 438)], fill="black", width=2)
    rng = np.random.default_rng(3)
    for color in ((200, 40, 40), (40, 120, 200)):
        ys = 250 + np.cumsum(rng.normal(0, 30, 10))
        pts = [(70 + i * 60, float(np.clip(y, 50, 420))) for i, y in enumerate(ys)]
        d.line(pts, fill=color, width=4)
    return np.asarray(im)


def sketch(rgb: np.ndarray) -> np.ndarray:
    """A pencil-sketch rendering of a photo (OpenCV)."""
    g, _ = cv2.pencilSketch(rgb, sigma_s=60, sigma_r=0.07, shade_factor=0.05)
    return np.stack([g] * 3, axis=-1)


def cartoon(rgb: np.ndarray) -> np.ndarray:
    """Flat colours with dark outlines: what cartoon filters do to a photo."""
    small = cv2.resize(rgb, (rgb.shape[1] // 2, rgb.shape[0] // 2))
    for _ in range(4):
        small = cv2.bilateralFilter(small, 9, 40, 9)
    flat = (cv2.resize(small, (rgb.shape[1], rgb.shape[0])) // 48) * 48 + 24
    edges = cv2.adaptiveThreshold(cv2.medianBlur(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), 7), 255,
                                  cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 9, 4)
    return np.where(edges[..., None] > 0, flat, 0).astype(np.uint8)


def report_page(picture: np.ndarray, lines: tuple[str, ...], size=(640, 480), scale=0.6) -> np.ndarray:
    """A page of a report: lines of text at the top, a photo under them."""
    from PIL import ImageFont

    page = np.full((size[1], size[0], 3), 250, np.uint8)
    page[60:] = on_background(picture, size=(size[0], size[1] - 60), scale=scale)
    im = Image.fromarray(page)
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype("DejaVuSans.ttf", 18)
    for i, line in enumerate(lines):
        d.text((60, 14 + i * 26), line, fill=(20, 20, 20), font=font)
    return np.asarray(im)


# -- the set ---------------------------------------------------------------------------------
@dataclass
class Item:
    id: str
    make: Callable[[], np.ndarray]
    main: tuple[str, ...] = ()
    """Any one of these words names the main subject; empty: no main subject to name."""
    allowed: tuple[str, ...] = ()
    """Further words that are true of the picture (things in it, its kind, its scene)."""
    people: int = 0
    split: str = "tune"
    kind: str = "photo"
    """photo, bw (black-and-white photo), drawing, painting, chart. A page of text with a photo
    on it counts as a photo."""
    notes: str = ""
    every: tuple[str, ...] = field(default_factory=tuple)
    """Things that each must be named (for the several-things score)."""
    count: int = 1
    """How many of the main thing the picture shows (a grid of 4 cats: 4); 0: many, not
    countable here. A number the caption says for a thing that differs is a false statement."""


P = skimage_photo
PERSON = ("person", "people", "woman", "man", "astronaut")
CAT = ("cat", "tabby cat", "tiger cat", "Egyptian cat")
CUP = ("cup", "coffee", "espresso", "saucer", "drink", "mug")
ROCKET = ("rocket", "space shuttle", "missile")
HORSE = ("horse",)
CAMERA_MAN = ("person", "man", "camera", "tripod", "people")
ASTRONAUT_ALSO = ("flag", "space suit", "suit", "helmet", "rocket", "space shuttle", "shuttle")

ITEMS: list[Item] = [
    # real photos
    Item("chelsea", lambda: P("chelsea"), CAT),
    Item("coffee", lambda: P("coffee"), CUP, ("plate", "table", "spoon")),
    Item("astronaut", lambda: P("astronaut"), PERSON, ASTRONAUT_ALSO, people=1),
    Item("rocket", lambda: P("rocket"), ROCKET, ("sky", "tower", "outdoors")),
    Item("camera", lambda: P("camera"), CAMERA_MAN, ("grass", "outdoors", "sky", "tripod"), people=1, kind="bw"),
    Item("coins", lambda: P("coins"), ("coin", "coins"), ("money",), kind="bw", count=0),
    Item("horse_silhouette", lambda: P("horse"), HORSE, ("silhouette",), kind="drawing"),
    Item("motorcycle", lambda: P("motorcycle"), ("motorcycle", "motorbike", "moped", "motor scooter", "scooter"),
         ("helmet", "bike", "shelf", "box", "boxes", "garage", "indoors")),
    Item("hubble", lambda: P("hubble_deep_field"), (), ("galaxy", "galaxies", "stars", "space", "sky")),
    Item("moon", lambda: P("moon"), (), ("moon", "craters"), kind="bw"),
    Item("clock", lambda: P("clock"), ("clock",), ("wall clock",), kind="bw"),
    Item("ihc", lambda: P("immunohistochemistry"), (), (), notes="microscopy"),
    # composites: several things, N copies
    Item("cat_and_cup", lambda: side_by_side(P("chelsea"), P("coffee")), CAT + CUP, every=("cat", "cup")),
    Item("rocket_and_cat", lambda: side_by_side(P("rocket"), P("chelsea")), CAT + ROCKET, ("sky",),
         every=("rocket", "cat")),
    Item("four_cats", lambda: grid(P("chelsea"), 2, 2, (300, 200)), CAT, ("cats",), count=4),
    Item("three_cups", lambda: grid(P("coffee"), 1, 3, (300, 200)), CUP, ("cups",), count=3),
    Item("cat_on_white", lambda: on_background(P("chelsea")), CAT),
    Item("cup_small", lambda: on_background(P("coffee"), scale=0.4), CUP),
    Item("rocket_small", lambda: on_background(P("rocket"), scale=0.4), ROCKET, ("sky",)),
    Item("cup_on_black", lambda: on_background(P("coffee"), scale=0.35, fill=(0, 0, 0)), CUP),
    Item("cat_and_cup_apart", lambda: on_background(side_by_side(P("chelsea"), P("coffee"), gap=60), scale=0.35),
         CAT + CUP, every=("cat", "cup")),
    Item("four_rockets", lambda: grid(P("rocket"), 1, 4, (120, 240), gap=24, fill=(255, 255, 255)), ROCKET,
         ("rockets", "sky"), count=4),
    Item("nine_small_cups", lambda: grid(P("coffee"), 3, 3, (120, 80), gap=16, fill=(255, 255, 255)), CUP, ("cups",),
         count=9),
    Item("six_cats_small", lambda: on_background(grid(P("chelsea"), 2, 3, (120, 80), gap=16, fill=(230, 230, 230)),
                                                 fill=(230, 230, 230), scale=0.6), CAT, ("cats",), count=6),
    Item("cat_in_report", lambda: report_page(P("chelsea"), ("Figure 2. Our cat on the sofa, a quiet", "afternoon in March.")),
         CAT, ("text", "page", "document")),
    Item("rocket_in_report", lambda: report_page(P("rocket"), ("Figure 3. The launch pad on the evening",
                                                               "before the launch.")), ROCKET,
         ("text", "page", "document", "sky")),
    # people
    Item("two_astronauts", lambda: side_by_side(P("astronaut"), P("astronaut")), PERSON, ASTRONAUT_ALSO,
         people=2),
    Item("astronaut_and_cameraman", lambda: side_by_side(P("astronaut"), P("camera")), PERSON + CAMERA_MAN,
         ASTRONAUT_ALSO, people=2),
    Item("five_faces", lambda: grid(crop(P("astronaut"), (0.25, 0.0, 0.75, 0.55)), 1, 5, (180, 200)), PERSON,
         ("faces", "group"), people=5),
    Item("astronaut_face", lambda: crop(P("astronaut"), (0.2, 0.0, 0.8, 0.6)), PERSON, ("helmet",), people=1),
    # kinds of picture
    Item("bw_chelsea", lambda: gray(P("chelsea")), CAT, kind="bw"),
    Item("painted_chelsea", lambda: painted(P("chelsea")), CAT, ("painting", "drawing"), kind="painting"),
    Item("drawing_house", drawing_house, ("house", "drawing"), ("sun", "sky", "grass", "roof", "home"),
         kind="drawing"),
    Item("drawing_smiley", drawing_smiley, ("face", "smiley", "drawing", "circle"), ("yellow",), kind="drawing"),
    Item("bar_chart", bar_chart, ("chart", "bar chart", "graph", "diagram"), kind="chart"),
    Item("sketch_coffee", lambda: sketch(P("coffee")), CUP + ("drawing", "sketch"), kind="drawing"),
    # video frames
    Item("video_chelsea", lambda: video_frame("chelsea", 10), CAT),
    Item("video_astronaut", lambda: video_frame("astronaut", 20), PERSON, ASTRONAUT_ALSO, people=1),
    Item("video_coffee", lambda: video_frame("coffee", 30), CUP),
    # ---- held out: scored, never looked at while tuning ----
    Item("h_rocket_video", lambda: video_frame("rocket", 45, seed=5), ROCKET, ("sky",), split="held"),
    Item("h_cameraman_video", lambda: video_frame("camera", 12, seed=7), CAMERA_MAN, ("grass", "sky"),
         people=1, split="held", kind="bw"),
    Item("h_cup_and_rocket", lambda: side_by_side(P("coffee"), P("rocket")), CUP + ROCKET, ("sky",),
         split="held", every=("cup", "rocket")),
    Item("h_two_cats", lambda: side_by_side(P("chelsea"), np.ascontiguousarray(P("chelsea")[:, ::-1])), CAT,
         ("cats",), split="held", count=2),
    Item("h_six_cups", lambda: grid(P("coffee"), 2, 3, (240, 160)), CUP, ("cups",), split="held", count=6),
    Item("h_three_astronauts", lambda: side_by_side(P("astronaut"), P("astronaut"), P("astronaut"), height=300),
         PERSON, ASTRONAUT_ALSO, people=3, split="held"),
    Item("h_cameraman_crop", lambda: crop(P("camera"), (0.1, 0.0, 0.9, 0.8)), CAMERA_MAN, ("grass", "sky"),
         people=1, split="held", kind="bw"),
    Item("h_bw_coffee", lambda: gray(P("coffee")), CUP, ("plate",), split="held", kind="bw"),
    Item("h_painted_rocket", lambda: painted(P("rocket")), ROCKET, ("painting", "sky"), split="held",
         kind="painting"),
    Item("h_cartoon_chelsea", lambda: cartoon(P("chelsea")), CAT + ("drawing",), ("cartoon",), split="held",
         kind="drawing"),
    Item("h_drawing_flowers", drawing_flowers, ("flower", "flowers", "drawing"), split="held", kind="drawing"),
    Item("h_drawing_fish", drawing_fish, ("fish", "drawing"), ("water",), split="held", kind="drawing"),
    Item("h_line_chart", line_chart, ("chart", "line chart", "graph", "diagram"), split="held", kind="chart"),
    Item("h_motorcycle_small", lambda: on_background(P("motorcycle"), scale=0.5),
         ("motorcycle", "motorbike", "moped", "motor scooter", "scooter"), split="held"),
    Item("h_eight_faces", lambda: grid(crop(P("astronaut"), (0.25, 0.0, 0.75, 0.55)), 2, 4, (150, 170)),
         PERSON, ("faces", "group", "crowd"), people=8, split="held"),
    Item("h_astronaut_small", lambda: on_background(P("astronaut"), scale=0.45), PERSON, ASTRONAUT_ALSO,
         people=1, split="held"),
    Item("h_coins_crop", lambda: crop(P("coins"), (0.0, 0.3, 0.7, 1.0)), ("coin", "coins"), split="held", kind="bw",
         count=0),
    Item("h_brick", lambda: P("brick"), (), ("wall", "brick"), split="held", kind="bw"),
]


# ---- external: real photos no one on the team made, from the Debian package opencv-doc -----
# Labelled by looking at the pixels (zoomed in to count people) before any caption of them
# was seen; never used for tuning. Scored by bench_photos.py --split external.
D = doc_photo
V = doc_video_frame
PEDESTRIANS = ("person", "people", "pedestrians", "pedestrian", "man", "woman", "men", "walkers")
STREET_CAMERA = ("grass", "lawn", "road", "street", "path", "sidewalk", "building", "buildings", "van", "car", "cars",
                 "minivan", "tripod", "camera", "street lamp", "lamp post", "lamppost", "pole", "sign", "traffic cone",
                 "traffic cones", "cones", "tape", "rock", "stone", "outdoors", "parking lot", "windows", "window",
                 "jacket", "jeans", "bag", "backpack", "paper", "trees", "tree")
ANIMATION = ("cartoon", "animation", "animated", "character", "characters", "computer animation", "drawing")


def X(*args, **kw) -> Item:
    return Item(*args, split="external", **kw)


RESTAURANT = ("candle", "candles", "lamp", "table", "tablecloth", "restaurant", "indoors")

EXTERNAL: list[Item] = [
    # examples/data: photos
    X("x_messi", lambda: D("messi5.jpg"),
      ("person", "man", "football player", "soccer player", "footballer", "player", "athlete", "ballplayer",
       "people"),
      ("soccer ball", "ball", "football", "crowd", "spectators", "audience", "grass", "pitch", "field", "stadium",
       "jersey", "shirt", "T-shirt", "shorts", "socks", "boots", "shoes", "outdoors", "logo", "text", "seats"),
      people=45, notes="one player in focus; the blurred stands behind hold roughly 40-50 spectators (rough count)"),
    X("x_mandrill", lambda: D("baboon.jpg"), ("mandrill", "baboon", "monkey", "primate", "animal"),
      ("fur", "eyes", "nose", "whiskers"), notes="close-up of the face only"),
    X("x_fruits", lambda: D("fruits.jpg"),
      ("fruit", "fruits", "orange", "oranges", "lemon", "lime", "kiwi", "kiwifruit", "citrus", "banana"),
      ("cabbage", "red cabbage", "head cabbage", "cloth", "table", "food"),
      notes="a heap: orange wedge, half lemon, lime, half kiwi, banana, a whole orange, red cabbage; "
            "no one fruit is the subject, any fruit word names it"),
    X("x_apple", lambda: D("apple.jpg"), ("apple", "red apple", "fruit"), ("pencil", "table", "wall", "food"),
      notes="a yellow pencil lies behind it"),
    X("x_orange", lambda: D("orange.jpg"), ("orange", "fruit", "citrus"), ("pencil", "table", "wall", "paper", "food"),
      notes="a red pencil lies behind it"),
    X("x_butterfly", lambda: D("butterfly.jpg"), ("butterfly", "swallowtail", "lime swallowtail", "insect"),
      ("leaf", "leaves", "plant", "flower", "flowers", "garden", "outdoors"),
      notes="a lime swallowtail (no ImageNet class of its own); a named ImageNet butterfly species counts as "
            "'butterfly' in the scorer"),
    X("x_squirrel", lambda: D("squirrel_cls.jpg"), ("squirrel", "red squirrel", "fox squirrel", "rodent", "animal"),
      ("tree", "branch", "leaves", "leaf", "forest", "outdoors", "nut", "food", "bark", "wood"),
      notes="an American red squirrel; 'fox squirrel' (ImageNet's only squirrel class) is allowed as the name "
            "a classifier can give, though strictly it is another species"
            ". Also a photo negative in screens_external.py (main): a caption of it may have been seen there"),
    X("x_smarties", lambda: D("smarties.png"),
      ("candy", "candies", "sweets", "smarties", "chocolate", "chocolates", "chocolate candies"),
      ("white background",), notes="14 coloured sugar-coated chocolates on white (two cut by the edge)"),
    X("x_hotel", lambda: D("building.jpg"),
      ("building", "hotel", "apartment building", "office building", "facade", "architecture"),
      ("tree", "trees", "sky", "grass", "lawn", "hedge", "bush", "bushes", "car", "sign", "traffic sign",
       "street sign", "windows", "window", "outdoors", "entrance", "canopy", "plants", "plant", "pot", "flowerpot",
       "door", "doors", "tower", "water tower"),
      notes="a dark car is half hidden behind the hedge at the left; a tower with a dome far left"
            ". Also a photo negative in screens_external.py (main): a caption of it may have been seen there"),
    X("x_palace", lambda: D("home.jpg"),
      ("building", "palace", "tower", "towers", "architecture", "facade"),
      ("sky", "clouds", "birds", "bird", "pigeons", "kites", "dome", "domes", "outdoors", "wall", "window",
       "windows"),
      notes="an ornate yellow building with towers (looks like a palace, e.g. Chowmahalla, Hyderabad; not "
            "sure, so 'mosque' is not allowed); about 20 birds in the sky"),
    X("x_basketball", lambda: D("basketball1.png"),
      ("person", "people", "man", "men", "two people", "two men"),
      ("basketball", "ball", "door", "wall", "chair", "office", "room", "indoors", "shirt", "Hawaiian shirt",
       "jeans", "T-shirt", "jersey", "sign", "paper", "floor", "carpet"),
      people=2, kind="bw", notes="greyscale camera frame; two men throwing a basketball indoors"),
    X("x_aerial_city", lambda: D("aero1.jpg"), (),
      ("city", "town", "buildings", "building", "houses", "house", "roads", "road", "highway", "street", "trees",
       "forest", "woods", "lake", "river", "water", "pond", "outdoors", "aerial view", "factory", "chimneys",
       "sand", "field", "cars", "car", "parking lot"),
      notes="aerial view of a town with a lake; no single subject"),
    X("x_dog", lambda: D("chicky_512.png"),
      ("dog", "puppy", "Pekinese", "Pekingese", "Tibetan spaniel", "pet", "animal"),
      ("tongue", "seat", "car seat", "blanket", "fabric", "bag", "indoors"),
      notes="small long-haired dog (Pekingese-like mix); background looks like a vehicle seat, not sure"),
    X("x_circuit_board", lambda: D("board.jpg"),
      ("circuit board", "printed circuit board", "PCB", "motherboard", "electronics", "sound card", "chip",
       "chips", "board"),
      ("capacitors", "capacitor", "resistors", "resistor", "pins", "text", "logo", "components",
       "integrated circuit", "crystal"),
      notes="close-up of a sound card (Creative chip)"),
    X("x_desk_things", lambda: D("stuff.jpg"), (),
      ("pencil", "coin", "lighter", "ball", "lid", "cap", "jar lid", "table", "desk", "wood", "objects",
       "indoors"),
      notes="five things on a wooden desk: pencil, coin, red lighter, a white ball-like round thing, a black "
            "round lid; no single subject"),
    X("x_car_blur", lambda: D("licenseplate_motion.jpg"),
      ("car", "sedan", "vehicle", "automobile", "Honda", "Honda Civic"),
      ("license plate", "number plate", "plate", "tail lights", "lights", "road", "street", "traffic",
       "outdoors", "sky", "trees", "window", "rear window"),
      notes="the back of a silver car, strongly motion-blurred"),
    X("x_graffiti", lambda: D("graf1.png"),
      ("graffiti", "mural", "street art", "painting", "chicken", "rooster", "hen", "cock", "cartoon", "character",
       "man"),
      ("car", "windshield", "wall", "spray paint", "text", "glasses", "goggles", "drawing", "bird", "letters",
       "person"),
      people=1,
      notes="photo of a graffiti wall: a cartoon man with goggles holding a chicken, a car's roof in the corner. "
            "Kind 'photo' (a photo of a painted wall), though 'painting' could be argued; people=1 counts the "
            "painted man (as the animation frames count their characters)"),
    X("x_aloe", lambda: D("aloeL.jpg"),
      ("aloe", "aloe vera", "plant", "potted plant", "houseplant", "succulent", "pot", "flowerpot"),
      ("fabric", "cloth", "tablecloth", "curtain", "pattern", "leaves", "leaf", "terracotta", "indoors"),
      notes="aloe in a terracotta pot in front of patterned cloth"),
    X("x_boxes_and_book", lambda: D("box_in_scene.png"),
      ("box", "boxes", "book", "books", "packages", "package", "groceries", "food", "carton", "cookies", "rice"),
      ("bag", "plastic bag", "chair", "text", "packet", "biscuits", "crackers", "wall", "indoors"),
      kind="bw", notes="greyscale: a cookie box, a rice box, a book and a packet in a plastic bag on a chair"),
    X("x_street", lambda: D("leuvenA.jpg"),
      ("street", "houses", "house", "buildings", "building", "village", "town", "alley", "lane"),
      ("cobblestones", "cobblestone", "sky", "clouds", "outdoors", "brick", "bricks", "windows", "window",
       "roof", "roofs", "tile roof", "chimney", "chimneys", "lamp", "street lamp", "lantern", "wall", "pillars",
       "pillar", "gate", "grass", "tree", "trees"),
      notes="cobbled street between old brick houses (Leuven beguinage), overcast"),
    X("x_toys", lambda: D("rubberwhale1.png"), (),
      ("toy", "toys", "whale", "rubber whale", "rubber toy", "shell", "shells", "seashell", "seashells", "letter",
       "letters", "wooden letters", "wheel", "lattice", "trellis", "wood", "fabric", "cloth", "blanket", "knit",
       "wool", "box", "cardboard", "indoors"),
      notes="clutter: a green rubber whale, shells, wooden letters and a wheel, a lattice, fabric, a yellow box"),
    X("x_chessboard_person", lambda: D("left01.jpg"),
      ("person", "man", "people", "chessboard", "checkerboard", "calibration board"),
      ("computer", "monitor", "screen", "keyboard", "computer keyboard", "desktop computer", "desk", "office",
       "mouse", "computer mouse", "shirt", "T-shirt", "polo shirt", "whiteboard", "text", "hand", "hands", "arm",
       "watch", "wristwatch", "indoors", "paper", "papers", "wall", "chair"),
      people=1, kind="bw",
      notes="greyscale: one person holds a chessboard in front of the face (face hidden), the hand on the mouse "
            "is most likely the same person's"),
    # examples/data: a painting, drawings
    X("x_starry_night", lambda: D("starry_night.jpg"),
      ("painting", "Starry Night", "The Starry Night", "night sky", "sky", "stars", "village", "landscape",
       "Van Gogh"),
      ("moon", "crescent moon", "tree", "cypress", "church", "steeple", "houses", "town", "hills", "mountains",
       "clouds", "night", "swirls"),
      kind="painting"),
    X("x_happy_fish", lambda: D("HappyFish.jpg"), ("fish", "cartoon fish", "drawing", "cartoon", "clip art"),
      ("bubbles", "fin", "tail"), kind="drawing"),
    X("x_cards", lambda: D("cards.png"),
      ("cards", "card", "playing cards", "playing card", "four of diamonds", "diamonds"),
      ("white background",), kind="drawing",
      notes="computer-drawn four-of-diamonds cards, scattered; 'drawing' as it is rendered, not photographed"),
    X("x_robot", lambda: D("ml.png"),
      ("robot", "android", "cartoon robot", "drawing", "illustration", "3D render", "render", "cartoon"),
      ("mortarboard", "graduation cap", "cap", "hat", "books", "book", "folders", "folder", "binder", "diploma",
       "scroll", "paper", "tassel", "white background"),
      kind="drawing", notes="3D clip-art robot in a graduation cap holding books and a diploma (a render)"),
    # examples/data: frames of two videos
    X("x_vtest_0000", lambda: V("vtest.avi", 0), PEDESTRIANS, STREET_CAMERA, people=3,
      notes="street camera over a campus lawn and road; 3 people walking"),
    X("x_vtest_0180", lambda: V("vtest.avi", 180), PEDESTRIANS, STREET_CAMERA, people=7,
      notes="7 people (2 small ones by the white van, top right)"),
    X("x_vtest_0360", lambda: V("vtest.avi", 360), PEDESTRIANS, STREET_CAMERA, people=6,
      notes="6 people (two close together by the sign post)"),
    X("x_vtest_0540", lambda: V("vtest.avi", 540), PEDESTRIANS, STREET_CAMERA, people=6,
      notes="6 people (two walking together on the lawn in front)"),
    X("x_vtest_0720", lambda: V("vtest.avi", 720), PEDESTRIANS, STREET_CAMERA, people=9,
      notes="9 people, one of them small and half hidden behind the white van (top right)"),
    X("x_megamind_0060", lambda: V("Megamind.avi", 60), ("woman", "person", "people") + ANIMATION,
      ("man", "glass", "wine glass", "champagne", "champagne glass", "drink", "dress", "earring") + RESTAURANT,
      people=2, kind="drawing",
      notes="computer animation; a woman with a glass in front, a man at a table behind. people counts the "
            "animated human characters"),
    X("x_megamind_0150", lambda: V("Megamind.avi", 150), ("man", "person", "people") + ANIMATION,
      ("woman", "glasses", "spectacles", "jacket", "sweater", "turtleneck", "earring", "hair") + RESTAURANT,
      people=2, kind="drawing",
      notes="computer animation; a man with glasses talks, a woman seen from behind at the left edge"),
    X("x_megamind_0210", lambda: V("Megamind.avi", 210), ("man", "person", "face", "portrait") + ANIMATION,
      ("glasses", "spectacles", "jacket", "sweater", "turtleneck", "suit", "chair") + RESTAURANT,
      people=1, kind="drawing", notes="computer animation; close-up of a man with glasses"),
    # opencv4/html: photos of the manual (no diagrams, no screenshots)
    X("x_buran", lambda: D("html/space_shuttle.jpg"),
      ("space shuttle", "shuttle", "Buran", "spacecraft", "spaceship", "orbiter"),
      ("river", "water", "embankment", "wall", "trees", "tree", "building", "buildings", "sky", "outdoors", "text",
       "truck", "van", "car", "vehicle"),
      notes="the Buran orbiter on show by a river; a white truck under its nose; maybe 1-3 people under it, a few "
            "pixels tall, not counted"
            ". Also a photo negative in screens_external.py (main): a caption of it may have been seen there"),
    X("x_kitten", lambda: D("html/Morphology_1_Tutorial_Original_Image.jpg"),
      ("cat", "kitten", "tabby", "tabby cat", "tiger cat", "Egyptian cat"),
      ("table", "floor", "wood", "white background", "wall", "indoors")),
    X("x_cow_and_calf", lambda: D("html/Laplace_Operator_Tutorial_Original_Image.jpg", (2, 2, 297, 220)),
      ("cow", "cows", "calf", "cattle", "ox", "animals"),
      ("trees", "tree", "forest", "grass", "outdoors", "house", "building", "shed", "plants", "bushes",
       "branches", "log", "wood"),
      notes="a cow and a suckling calf under trees; the screenshot's status bar is cut off"),
    X("x_german_shepherd", lambda: D("html/Remap_Tutorial_Original_Image.jpg", (2, 1, 297, 176)),
      ("dog", "German shepherd", "German shepherd dog", "Alsatian"),
      ("ball", "soccer ball", "rugby ball", "football", "toy", "grass", "lawn", "outdoors", "tongue"),
      notes="the screenshot's status bar is cut off; the worn many-coloured ball could be a football or a "
            "rugby ball (hard to tell, both allowed)"),
    X("x_pasture", lambda: D("html/Histogram_Calculation_Original_Image.jpg"),
      ("cattle", "cows", "cow", "ox", "bull", "animals", "herd", "pasture", "meadow", "field", "landscape"),
      ("grass", "hills", "hill", "mountains", "mountain", "sky", "clouds", "trees", "forest", "outdoors", "house",
       "calf"),
      notes="7 or so cattle grazing in a green valley, mountains and cloudy sky; landscape and cattle both fit"),
    X("x_glider", lambda: D("html/Template_Matching_Original_Image.jpg"),
      ("person", "people", "man", "men", "two men", "two people", "pilots", "pilot", "glider", "sailplane",
       "aircraft", "airplane", "cockpit"),
      ("hat", "cap", "glasses", "canopy", "airfield", "runway", "mountains", "hills", "buildings", "sky",
       "outdoors", "car", "wing", "airport", "vest", "jacket", "seat belt"),
      people=2, kind="bw", notes="greyscale: two smiling men in the cockpit of a glider on an airfield"),
    X("x_london_bus", lambda: D("html/pexels_double_decker_bus.jpg"),
      ("bus", "double-decker bus", "double-decker", "double decker bus", "London bus", "red bus"),
      ("car", "cars", "taxi", "cab", "street", "road", "building", "buildings", "tower", "Big Ben", "clock tower",
       "Palace of Westminster", "Parliament", "palace", "sky", "outdoors", "street lamp", "lamp", "fence",
       "railings", "text", "advertisement", "person", "people", "trees", "tree", "traffic", "city"),
      people=1,
      notes="red London bus by the Palace of Westminster; one pedestrian in red at the right edge (maybe a "
            "second head behind), small"
            ". Also a photo negative in screens_external.py (main): a caption of it may have been seen there"),
    X("x_portrait", lambda: D("html/227943776_1.jpg"), ("person", "man", "young man", "face", "portrait"),
      ("T-shirt", "shirt", "jersey", "necklace", "pendant", "hair", "smile", "indoors", "wall"), people=1),
    X("x_pumpkin_and_plant", lambda: D("html/astra_color.jpg"),
      ("pumpkin", "squash", "plant", "potted plant", "houseplant", "pot", "flowerpot"),
      ("wallpaper", "wall", "leaves", "leaf", "flowers", "floor", "table", "stump", "tree stump", "log", "wood",
       "vase", "indoors"),
      every=("pumpkin", "plant"),
      notes="a potted plant, an orange (red kuri) pumpkin and a tree-stump vase or stool in front of leafy "
            "wallpaper; the stump is left out of 'every' as it is hard to name"),
]


# ---- external2: real pictures from five other Debian packages (no opencv-doc, no skimage) ----
# Labelled by looking at the pixels (zoomed in to count people); no caption of them was made or
# read while labelling; never used for tuning. Scored by bench_photos.py --split external2.
# The Tux Paint stamps are cut-outs (photos and drawings), laid on white by ext2_photo.
E = ext2_photo
TUX = "tuxpaint-stamps-default/usr/share/tuxpaint/stamps/"
GIMP = "gimp-help-en/usr/share/gimp/2.0/help/en/images/"
MATE = "mate-backgrounds/usr/share/backgrounds/mate/nature/"
SKLEARN = "python3-sklearn/usr/lib/python3/dist-packages/sklearn/datasets/images/"
MPL = "python-matplotlib-data/usr/share/matplotlib/mpl-data/sample_data/"
CUTOUT = ("white background",)
CLIP_ART = ("drawing", "cartoon", "clip art", "illustration")


EXT2_PATHS: dict[str, str] = {}
"""Item id -> the file it is read from, relative to the external2 root (package name first)."""


def X2(id: str, path: str, *args, **kw) -> Item:
    EXT2_PATHS[id] = path
    return Item(id, lambda: E(path), *args, split="external2", **kw)


EXTERNAL2: list[Item] = [
    # people
    X2("x2_grace_hopper", MPL + "grace_hopper.jpg",
       ("person", "woman", "old woman", "elderly woman", "lady", "face", "portrait", "officer", "naval officer",
        "admiral", "Grace Hopper"),
       ("uniform", "military uniform", "navy uniform", "hat", "cap", "glasses", "spectacles", "eyeglasses", "flag",
        "American flag", "US flag", "stars", "medals", "ribbons", "badge", "name tag", "tie", "necktie", "shirt",
        "white shirt", "jacket", "suit", "button", "sky", "blue background"),
       people=1, notes="Grace Hopper in US Navy uniform and cap, the US flag behind her"),
    X2("x2_soldiers", GIMP + "tutorials/quickie-flip-example-source.jpg",
       ("people", "person", "soldiers", "soldier", "men", "man", "group", "group of people", "guards",
        "reenactors", "Highlanders", "crowd"),
       ("uniform", "uniforms", "military uniform", "red coat", "red jacket", "jacket", "helmet", "helmets",
        "pith helmet", "kilt", "kilts", "sporran", "rifle", "rifles", "gun", "guns", "musket", "muskets",
        "assault rifle", "boots", "socks", "belt", "grass", "lawn", "field", "tent", "tents", "building",
        "stone building", "windows", "window", "wall", "outdoors", "spectators", "loudspeaker", "speaker"),
       people=13,
       notes="6 soldiers in red coats and kilts in front; behind them about 7 more people (one cut by the left "
             "edge, 2-3 small between the soldiers, 3-4 by the tents at the right): rough count 12-15"),
    X2("x2_taj_mahal", GIMP + "filters/examples/taj_orig.jpg",
       ("Taj Mahal", "mausoleum", "tomb", "monument", "building", "dome", "architecture", "marble building"),
       ("minaret", "minarets", "domes", "sky", "trees", "tree", "cypress", "cypresses", "garden", "gardens",
        "path", "walkway", "pavement", "lawn", "grass", "hedge", "hedges", "people", "person", "tourists",
        "visitors", "outdoors", "arch", "archway", "scaffolding"),
       people=11,
       notes="about 9-13 visitors on the path, each a few pixels tall (counted on a 5x crop). 'mosque' and "
             "'palace' are not allowed: the building is a mausoleum"),
    X2("x2_firefighter", TUX + "people/fireman240a.png",
       ("person", "man", "firefighter", "fireman", "hazmat suit", "protective suit"),
       ("helmet", "breathing apparatus", "air tank", "oxygen tank", "tank", "mask", "gas mask", "respirator",
        "boots", "gloves", "suit", "hose") + CUTOUT,
       people=1, notes="a cut-out: a firefighter in a silver protective suit with breathing apparatus, walking; "
                       "face hidden by the mask. 'astronaut'/'space suit' would be false"),
    X2("x2_paratrooper", TUX + "military/paratrooper.png",
       ("parachute", "paratrooper", "parachutist", "skydiver", "person", "man", "soldier", "paraglider"),
       ("sky", "lines", "ropes", "cords", "canopy", "helmet", "uniform") + CUTOUT,
       people=1,
       notes="a cut-out: a person in dark clothes under a white ram-air parachute; 'paraglider' (ImageNet's "
             "class for such a canopy) allowed as the shapes are alike"),
    X2("x2_balloon", TUX + "vehicles/flight/balloon360.png",
       ("hot air balloon", "hot-air balloon", "balloon", "aircraft"),
       ("basket", "person", "people", "burner", "sky", "sign", "text") + CUTOUT,
       people=1,
       notes="a cut-out: a striped hot-air balloon; in its basket one tiny person in red is visible (maybe a "
             "second, darker shape beside; counted as 1)"),
    X2("x2_mermaid", TUX + "people/cartoon/mermaid.png",
       ("mermaid", "woman", "girl", "person") + CLIP_ART,
       ("tail", "fish tail", "fin", "hair", "bikini top", "bra", "bikini") + CUTOUT,
       people=1, kind="drawing",
       notes="a drawing of a mermaid (woman with a green fish tail); people=1 counts her as the animation "
             "frames of 'external' count their characters"),
    # animals
    X2("x2_crowned_crane", TUX + "animals/birds/crowned_crane.png",
       ("crane", "crowned crane", "grey crowned crane", "gray crowned crane", "bird", "animal"),
       ("feathers", "crest", "beak", "legs") + CUTOUT, notes="a cut-out photo"),
    X2("x2_flamingo", TUX + "animals/birds/pink_flamingo.png",
       ("flamingo", "pink flamingo", "bird", "animal"),
       ("feathers", "leg", "legs") + CUTOUT, notes="a cut-out photo: standing on one leg, head tucked in"),
    X2("x2_pelican", TUX + "animals/birds/pelican.png",
       ("pelican", "white pelican", "bird", "animal"),
       ("wings", "feathers", "beak", "sky", "flying") + CUTOUT, notes="a cut-out photo of a pelican in flight"),
    X2("x2_lobster", TUX + "animals/fish/lobster.png",
       ("lobster", "spiny lobster", "rock lobster", "crayfish", "crawfish", "langouste", "crustacean",
        "animal"),
       ("antennae", "legs", "seafood", "food") + CUTOUT, notes="a cut-out photo of a spiny lobster"),
    X2("x2_brown_bear", TUX + "animals/mammals/bears/european-bear.png",
       ("bear", "brown bear", "European brown bear", "animal"),
       ("fur",) + CUTOUT, notes="a cut-out photo"),
    X2("x2_bull", TUX + "animals/mammals/bovines/bull.png",
       ("bull", "ox", "cattle", "fighting bull", "black bull", "animal"),
       ("cow", "horns") + CUTOUT, notes="a cut-out photo of a black bull with long horns"),
    X2("x2_wildebeest", TUX + "animals/mammals/bovines/gnu-stand.png",
       ("wildebeest", "gnu", "blue wildebeest", "antelope", "animal"),
       ("horns", "mane", "tail") + CUTOUT,
       notes="a cut-out photo; ImageNet has no wildebeest class: 'ox', 'water buffalo' or 'hartebeest' "
             "would be false"),
    X2("x2_mantis", TUX + "animals/insects/mantis.png",
       ("mantis", "praying mantis", "mantid", "insect", "animal"),
       ("legs", "antennae") + CUTOUT, notes="a cut-out photo"),
    X2("x2_duck", GIMP + "tutorials/quickie-crop-example-source.jpg",
       ("duck", "mallard", "female mallard", "drake", "bird", "animal"),
       ("grass", "lawn", "water", "lake", "pond", "river", "ripples", "outdoors", "bank", "shore", "stone",
        "edge", "feathers"),
       notes="a female mallard on the grass by the water; 'drake' (ImageNet's mallard class) allowed though "
             "strictly a male"),
    X2("x2_ground_squirrel", GIMP + "filters/examples/light-and-shadow/vignette-ex-orig.jpg",
       ("squirrel", "ground squirrel", "California ground squirrel", "rodent", "animal", "fox squirrel"),
       ("grass", "leaves", "leaf", "plants", "plant", "succulent", "ice plant", "sky", "rock", "bark", "wood",
        "outdoors", "whiskers", "fur"),
       notes="a ground squirrel among green leaves; 'fox squirrel' (ImageNet's only squirrel) allowed as for "
             "x_squirrel, 'marmot' not"),
    X2("x2_ladybird", MATE + "LadyBird.jpg",
       ("ladybird", "ladybug", "ladybird beetle", "lady beetle", "ladybeetle", "beetle", "insect"),
       ("grass", "blade of grass", "stem", "leaf", "leaves", "flowers", "flower", "forget-me-not",
        "forget-me-nots", "plant", "plants", "garden", "meadow", "outdoors", "petals", "buds", "bud"),
       notes="a small ladybird on a grass stem, blue forget-me-nots blurred around (the insect is small in "
             "a 2560x1600 frame)"),
    X2("x2_tux", TUX + "animals/birds/cartoon/tux.png",
       ("penguin", "Tux", "cartoon penguin", "bird") + CLIP_ART,
       ("feet", "beak", "logo", "mascot") + CUTOUT, kind="drawing", notes="Tux, the Linux penguin"),
    X2("x2_teddy_bear", TUX + "animals/mammals/bears/cartoon/teddy_bear.png",
       ("teddy bear", "teddy", "bear", "toy", "stuffed animal", "stuffed toy") + CLIP_ART,
       CUTOUT, kind="drawing"),
    # food
    X2("x2_cherries", TUX + "food/fruit/Cherry_Stella.png",
       ("cherry", "cherries", "sweet cherries", "fruit", "food"),
       ("stem", "stems") + CUTOUT, notes="a cut-out photo of two red cherries joined by their stems"),
    X2("x2_roast_turkey", TUX + "seasonal/christmas/Roast_turkey.png",
       ("turkey", "roast turkey", "roast", "roast chicken", "chicken", "poultry", "roast bird", "food", "meat",
        "dinner"),
       ("dish",) + CUTOUT,
       notes="a cut-out photo of a whole roast bird (the file says turkey; chicken cannot be told apart, so "
             "both are allowed)"),
    X2("x2_birthday_cake", TUX + "food/dessert/cartoon/birthday_cake.png",
       ("cake", "birthday cake", "chocolate cake", "dessert", "food", "candles") + CLIP_ART,
       ("candle", "flames", "flame", "plate", "icing") + CUTOUT, kind="drawing",
       notes="a drawing: chocolate cake with five blue candles"),
    X2("x2_jack_o_lantern", TUX + "seasonal/halloween/jackolantern_mean.png",
       ("jack-o'-lantern", "jack o lantern", "jack-o-lantern", "pumpkin", "Halloween pumpkin",
        "carved pumpkin") + CLIP_ART,
       ("stem", "Halloween", "shadow") + CUTOUT, kind="drawing",
       notes="a drawing of a carved pumpkin with a mean grin; 'face' left out as the scorer reads it as person"),
    # objects
    X2("x2_toilet", TUX + "household/toilet.png",
       ("toilet", "toilet seat", "lavatory", "WC", "toilet bowl"),
       ("cistern", "tank", "bathroom", "lid", "seat", "porcelain") + CUTOUT, notes="a cut-out photo"),
    X2("x2_light_bulb", TUX + "household/Lightbulb.png",
       ("light bulb", "lightbulb", "bulb", "incandescent bulb", "lamp"),
       ("glass", "filament", "screw base", "base") + CUTOUT, notes="a cut-out photo"),
    X2("x2_floppy_disks", GIMP + "filters/examples/tone-mapping-reinhard.jpg",
       ("floppy disk", "floppy disks", "diskette", "diskettes", "disk", "disks", "pen", "pens", "ballpoint",
        "ballpoint pen", "ballpoints", "marker", "markers"),
       ("table", "desk", "wood", "wooden table", "label", "labels", "sticker", "stickers", "penguin", "Tux",
        "mug", "cup", "bowl", "ball", "globe", "toy", "indoors", "objects", "text", "pencil"),
       every=("floppy disk", "ballpoint"),
       notes="GIMP's tone-mapping example (Reinhard), noisy and red-tinted: 3 floppy disks (green, pink, "
             "orange) and 4-5 pens on a red wooden desk; at the top a blue round thing (mug, ball or globe, "
             "hard to tell), a small dark thing and a Tux sticker"),
    # vehicles
    X2("x2_fire_engine", TUX + "vehicles/emergency/firetruck.png",
       ("fire engine", "fire truck", "firetruck", "fire-rescue truck", "truck", "vehicle", "lorry"),
       ("wheels", "wheel", "text", "lights", "hose", "windows", "cab", "bumper") + CUTOUT,
       notes="a cut-out photo of a red and white fire engine (Palm Beach County)"),
    X2("x2_airliner", TUX + "vehicles/flight/planes/747.png",
       ("airplane", "aeroplane", "plane", "airliner", "jet", "jetliner", "jet plane", "aircraft", "Boeing 747",
        "747", "jumbo jet", "Air Force One"),
       ("wings", "engines", "sky", "text", "flying") + CUTOUT,
       notes="a cut-out photo of a Boeing 747 in Air Force One colours, in flight"),
    X2("x2_race_car", TUX + "vehicles/race/indycar.png",
       ("race car", "racing car", "racer", "car", "formula car", "open-wheel car", "IndyCar", "vehicle",
        "sports car"),
       ("wheels", "wheel", "tires", "tyres", "text", "logo", "wing", "spoiler") + CUTOUT,
       notes="a cut-out photo of a red and white open-wheel race car, side view, very wide (1226x309); the "
             "driver's helmet may just show, not counted"),
    X2("x2_fighter_jet", TUX + "military/vehicles/f22_raptor.png",
       ("fighter jet", "jet", "fighter", "fighter plane", "warplane", "military plane", "military aircraft",
        "airplane", "aeroplane", "plane", "aircraft", "F-22", "F-22 Raptor", "jet plane"),
       ("wings", "sky", "flying", "cockpit") + CUTOUT, notes="a cut-out photo of an F-22 from the front"),
    X2("x2_vintage_car", GIMP + "tutorials/quickie-jpeg-example.jpg",
       ("car", "cars", "vintage car", "classic car", "old car", "antique car", "convertible", "roadster",
        "sports car", "automobile", "vehicle"),
       ("grass", "lawn", "trees", "tree", "fence", "road", "driveway", "park", "field", "outdoors",
        "license plate", "number plate", "headlights", "headlight", "grille", "wheels", "wheel", "car wheel",
        "windshield", "hood", "convertible top"),
       notes="a red 1930s open tourer (top up) in front, a blue classic convertible and the corner of a white "
             "car behind, parked on a drive by a lawn; no people"),
    X2("x2_pickup_truck", GIMP + "tutorials/tone-mapping/apple-orchard-truck-from-camera.jpg",
       ("pickup truck", "pickup", "truck", "car", "vehicle", "Ford Ranger"),
       ("tractor", "trailer", "orchard", "apple trees", "trees", "tree", "grass", "field", "hills", "hill",
        "mountain", "mountains", "forest", "autumn", "sky", "barn", "house", "roof", "outdoors", "farm",
        "countryside", "landscape", "exhaust pipe", "box", "crate"),
       notes="an underexposed photo: a blue pickup parked in an apple orchard, a red tractor behind it (only "
             "its top and exhaust pipes show), a trailer at the right, autumn hills"),
    # places, plants, landscapes
    X2("x2_castle", GIMP + "tutorials/quickie-scale-example.jpg",
       ("castle", "Edinburgh Castle", "fortress", "fort", "building", "buildings"),
       ("rock", "cliff", "hill", "crag", "trees", "tree", "sky", "clouds", "outdoors", "walls", "wall",
        "city", "promontory", "landscape"),
       notes="Edinburgh Castle on its rock under a blue sky with clouds; the castle is small, low in the frame"),
    X2("x2_pagoda", SKLEARN + "china.jpg",
       ("pagoda", "tower", "temple", "Buddhist temple", "building", "Summer Palace", "architecture",
        "Chinese architecture"),
       ("lake", "water", "boats", "boat", "bridge", "island", "trees", "tree", "sky", "city", "buildings",
        "outdoors", "roof", "roofs", "haze", "landscape", "palace"),
       notes="the Tower of Buddhist Incense (Summer Palace, Beijing) above Kunming Lake; 'palace' allowed as "
             "it is part of the Summer Palace"),
    X2("x2_dahlia", SKLEARN + "flower.jpg",
       ("flower", "dahlia", "orange flower", "pompon dahlia", "blossom", "bloom"),
       ("flowers", "leaves", "leaf", "plant", "garden", "petals", "bud", "outdoors"),
       notes="an orange pompon dahlia, a second one cut by the bottom edge; ImageNet has no dahlia ('daisy' "
             "would be false)"),
    X2("x2_dune_grass", MATE + "Dune.jpg",
       ("grass", "dune grass", "beach grass", "marram grass", "grasses", "reeds", "dune", "dunes", "landscape"),
       ("sea", "ocean", "water", "sky", "beach", "coast", "seaside", "shore", "outdoors", "plants", "plant",
        "horizon", "bushes", "seashore", "sandbar"),
       notes="dry dune grass against a blue sea and sky; the seed heads look like wheat but 'wheat' is false"),
    X2("x2_storm_road", MATE + "Storm.jpg", (),
       ("road", "highway", "street", "guard rail", "guardrail", "crash barrier", "barrier", "clouds", "storm",
        "storm clouds", "sky", "field", "fields", "landscape", "horizon", "outdoors", "motion blur", "rain",
        "cloudy sky", "overcast"),
       notes="storm clouds over flat land seen from a moving car: the road and a guard rail motion-blurred in "
             "front; no single subject"),
    X2("x2_snowman", TUX + "people/cartoon/snowman.png",
       ("snowman",) + CLIP_ART,
       ("top hat", "hat", "scarf", "broom", "carrot", "nose", "buttons", "snow") + CUTOUT, kind="drawing",
       notes="a drawing of a snowman with a top hat, scarf and broom; not a person (people=0)"),
    X2("x2_windmill", TUX + "town/houses/cartoon/windmill.png",
       ("windmill", "mill", "building") + CLIP_ART,
       ("sails", "blades", "roof", "bricks", "brick", "wall", "stairs", "steps", "ladder", "door", "window",
        "windows", "wood", "wooden", "shadow", "tower") + CUTOUT, kind="drawing",
       notes="a drawing of a wooden post mill on a brick base"),
]


def items(split: str = "all") -> list[Item]:
    """The items of a split; ``all`` is tune + held (``external`` needs opencv-doc,
    ``external2`` the packages of :data:`EXT2_PACKAGES`, ``external3`` those of
    ``photoset_external3.EXT3_PACKAGES``, ``external4`` those of
    ``photoset_external4.EXT4_PACKAGES``, ``external5`` those of
    ``photoset_external5.EXT5_PACKAGES``, ``external6`` those of
    ``photoset_external6.EXT6_PACKAGES``, ``external7`` those of
    ``photoset_external7.EXT7_PACKAGES``, ``external8`` those of
    ``photoset_external8.EXT8_PACKAGES``; each is scored on its own)."""
    if split == "external":
        opencv_doc()  # no package: say how to get it now, not at the first image
        return list(EXTERNAL)
    if split == "external2":
        return EXT2.available(EXTERNAL2, EXT2_PATHS.values())
    if split == "external3":
        import photoset_external3  # imports this module: loaded here, not at the top

        return photoset_external3.items()
    if split == "external4":
        import photoset_external4  # imports this module: loaded here, not at the top

        return photoset_external4.items()
    if split == "external5":
        import photoset_external5  # imports this module: loaded here, not at the top

        return photoset_external5.items()
    if split == "external6":
        import photoset_external6  # imports this module: loaded here, not at the top

        return photoset_external6.items()
    if split == "external7":
        import photoset_external7  # imports this module: loaded here, not at the top

        return photoset_external7.items()
    if split == "external8":
        import photoset_external8  # imports this module: loaded here, not at the top

        return photoset_external8.items()
    return [i for i in ITEMS if split == "all" or i.split == split]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--split", default="tune", choices=("tune", "held", "all", "external", "external2",
                                                         "external3", "external4", "external5",
                                                         "external6", "external7", "external8"))
    args = parser.parse_args()
    args.dump.mkdir(parents=True, exist_ok=True)
    for item in items(args.split):
        Image.fromarray(item.make()).save(args.dump / f"{item.id}.png")


if __name__ == "__main__":
    main()
