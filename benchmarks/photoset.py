"""A labelled photo set built from what ships offline (issue #11).

Every image is made here, deterministically, from scikit-image's bundled photos, from
composites of them (two things side by side, N copies of a thing, people cut out of the
photos), from drawings made with PIL, and from frames of a video rendered with OpenCV. Each
item says what a caption must name (``main``: any one of these words counts), what it may
name because it is there (``allowed``), and how many people it shows.

The split is fixed: ``tune`` items may be looked at while choosing models and thresholds;
``held`` items are only scored (``benchmarks/bench_photos.py --split held``) and never
looked at while tuning.

    python benchmarks/photoset.py --dump /tmp/photoset   # write the images as PNG to look at
"""

from __future__ import annotations

import argparse
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


def items(split: str = "all") -> list[Item]:
    return [i for i in ITEMS if split == "all" or i.split == split]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--split", default="tune", choices=("tune", "held", "all"))
    args = parser.parse_args()
    args.dump.mkdir(parents=True, exist_ok=True)
    for item in items(args.split):
        Image.fromarray(item.make()).save(args.dump / f"{item.id}.png")


if __name__ == "__main__":
    main()
