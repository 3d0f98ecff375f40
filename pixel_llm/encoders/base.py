"""What every encoder provides, and the image preprocessing helpers they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence, runtime_checkable

import numpy as np
from PIL import Image

IMAGENET_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
IMAGENET_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)
CLIP_MEAN = np.array([0.48145466, 0.4578275, 0.40821073], dtype=np.float32)
CLIP_STD = np.array([0.26862954, 0.26130258, 0.27577711], dtype=np.float32)


@dataclass
class EncoderOutput:
    """Features for a batch, and label probabilities when the encoder can name things.

    ``features``: float32 (N, D). ``label_probs``: float32 (N, len(label_names)) or None.
    """

    features: np.ndarray
    label_probs: np.ndarray | None = None
    label_names: Sequence[str] = field(default_factory=tuple)
    label_source: str = ""
    regions: list[list[tuple[str, np.ndarray]]] | None = None
    """Per image, label probabilities for parts of it, e.g. ``[("left", probs), ("right", probs)]``
    (encoders that look at more than the whole frame; None for the others)."""


@runtime_checkable
class Encoder(Protocol):
    name: str
    """What actually runs, e.g. 'efficientnet_lite0' or 'dinov2'."""
    identity: str
    """Name + weights + input size: part of every cache key."""
    device: str
    feature_dim: int

    def encode(self, images: Sequence[np.ndarray]) -> EncoderOutput:
        """Encode a batch of RGB uint8 arrays (H, W, 3)."""
        ...

    def close(self) -> None: ...


def resize_squash(rgb: np.ndarray, size: int) -> Image.Image:
    """Resize the whole frame to size×size (keeps everything in view: screens, wide frames)."""
    im = Image.fromarray(rgb)
    return im.resize((size, size), Image.BILINEAR, reducing_gap=2.0)


def resize_center_crop(rgb: np.ndarray, size: int, resize_to: int | None = None) -> Image.Image:
    """Resize the shorter side to ``resize_to`` (bicubic), then take the centre size×size."""
    im = Image.fromarray(rgb)
    short = resize_to or size
    w, h = im.size
    scale = short / min(w, h)
    im = im.resize((max(size, round(w * scale)), max(size, round(h * scale))), Image.BICUBIC, reducing_gap=2.0)
    w, h = im.size
    left, top = (w - size) // 2, (h - size) // 2
    return im.crop((left, top, left + size, top + size))


def crop_box(rgb: np.ndarray, box: tuple[int, int, int, int], size: int) -> np.ndarray:
    """The (left, top, right, bottom) pixel box of a frame, resized to size×size (area
    averaging when shrinking, bicubic when enlarging)."""
    import cv2

    left, top, right, bottom = box
    part = rgb[top:bottom, left:right]
    shrink = part.shape[0] >= size and part.shape[1] >= size
    return cv2.resize(part, (size, size), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC)


def center_square(rgb: np.ndarray, size: int) -> np.ndarray:
    """The centre square of a frame (its shorter side), resized to size×size: the aspect
    ratio kept, as ImageNet classifiers are trained and evaluated."""
    h, w = rgb.shape[:2]
    side = min(h, w)
    left, top = (w - side) // 2, (h - side) // 2
    return crop_box(rgb, (left, top, left + side, top + side), size)


def side_views(width: int, height: int, wide: float, most: int) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Square views along the long side of a wide (or tall) frame, named by where they are:
    none when its long side is under ``wide`` × its short side, else 2 (or up to ``most``)
    squares of the full short side, evenly spaced from one end to the other."""
    long, short = max(width, height), min(width, height)
    if short < 1 or long < wide * short:
        return []
    n = min(most, max(2, round(long / short)))
    step = (long - short) / (n - 1)
    names = {2: ("left", "right"), 3: ("left", "middle", "right")}.get(n) or tuple(f"part {i + 1}" for i in range(n))
    if height > width:
        names = tuple({"left": "top", "right": "bottom"}.get(x, x) for x in names)
    out = []
    for i in range(n):
        o = round(i * step)
        box = (o, 0, o + short, height) if width >= height else (0, o, width, o + short)
        out.append((names[i], box))
    return out


PLAIN_BORDER = 0.98
"""Share of a frame's border within 12 levels of its median colour for it to be a plain page."""
SUBJECT_SHARE = (0.02, 0.6)
"""What differs from a plain page must cover this share of the frame to be one subject."""
SUBJECT_ALONE = 0.75
"""When one connected thing holds this share of what differs from the page, the subject is that
thing's box, not a box around everything (a photo in a report with lines of text above it)."""
COPY_AREA = 0.01
"""A thing on a plain page covers at least this share of the frame (smaller: specks, text)."""
COPY_SIZE = 0.1
"""Copies of a thing have boxes of the same width and height, within this share."""
COPY_ALIKE = 0.8
"""...and look alike: the normalised correlation of their grey 24×24 thumbnails at least this
(copies of one photo: 0.99-1.0 on the tuning set; two different photos or a photo and its
mirror image: under 0.6)."""


def _plain_page(rgb: np.ndarray) -> tuple[int, np.ndarray] | None:
    """(step, mask) when the frame's border is one colour (``PLAIN_BORDER`` of it within 12
    levels of its median, looked at through a 5×5 average so that sensor noise and JPEG do not
    hide a plain sheet): ``mask`` marks the pixels of the frame reduced ``step`` times (area
    averaging) that differ from it by more than 24 levels."""
    import cv2

    h, w = rgb.shape[:2]
    if min(h, w) < 32:
        return None
    ring = max(3, min(h, w) // 50)
    strips = [rgb[:ring], rgb[-ring:], np.ascontiguousarray(rgb[:, :ring]), np.ascontiguousarray(rgb[:, -ring:])]
    border = np.concatenate([cv2.blur(x, (5, 5)).reshape(-1, 3) for x in strips])[::5].astype(np.int16)
    colour = np.median(border, axis=0)
    if (np.abs(border - colour) <= 12).all(axis=1).mean() < PLAIN_BORDER:
        return None  # most frames stop here, before the whole frame is looked at
    step = max(1, max(h, w) // 256)
    size = (max(1, w // step), max(1, h // step))  # a very long, thin frame keeps one pixel across
    small = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA) if step > 1 else cv2.blur(rgb, (3, 3))
    diff = cv2.absdiff(np.ascontiguousarray(small), np.full_like(small, 0) + colour.astype(np.uint8))
    return step, cv2.max(cv2.max(diff[..., 0], diff[..., 1]), diff[..., 2]) > 24


def subject_box(rgb: np.ndarray, plain=False) -> tuple[int, int, int, int] | None:
    """The tight (left, top, right, bottom) box of the one thing on a plain background (a
    product shot, a photo pasted on a page), or None: the frame's border must be one colour
    (98 % of it within 12 levels), and what differs from it must cover 2-60 % of the frame.
    Its view is the box itself (:func:`box_view`). ``plain``: ``_plain_page(rgb)`` when known."""
    plain = _plain_page(rgb) if plain is False else plain
    if plain is None:
        return None
    step, mask = plain
    if not SUBJECT_SHARE[0] <= mask.mean() <= SUBJECT_SHARE[1]:
        return None
    import cv2

    h, w = rgb.shape[:2]
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    largest = stats[1 + int(np.argmax(stats[1:, 4]))] if n > 1 else None
    if largest is not None and largest[4] >= SUBJECT_ALONE * mask.sum():
        # one thing and some specks (a caption, a page number): the thing's own box
        x, y, bw, bh = (int(v) for v in largest[:4])
        box = (x * step, y * step, min(w, (x + bw) * step), min(h, (y + bh) * step))
    else:
        ys, xs = np.nonzero(mask)
        top, bottom = np.percentile(ys, [0.5, 99.5]) * step
        left, right = np.percentile(xs, [0.5, 99.5]) * step
        box = (int(left), int(top), min(w, int(right) + step), min(h, int(bottom) + step))
    return box if box[2] - box[0] >= 8 and box[3] - box[1] >= 8 else None


MOST_PAGE_THINGS = 6
"""At most this many different things on a plain page get a view each."""


PHOTO_COLOURS = 48
"""A thing on a page is photo-like (worth a view of its own) with at least this many distinct
colours at 4 bits a channel: photos of things have shading; windows on a plain desktop, slide
boxes and flat drawings have few (they are for the screen and shape paths, and would cost a
view each)."""


def _page_boxes(rgb: np.ndarray, plain=False) -> tuple[int, list[tuple[int, int, int, int]]] | None:
    """(step, boxes in ``rgb[::step, ::step]``) of the photo-like things on a plain page that
    cover ``COPY_AREA`` of it each, or None without a plain page or when any thing that large
    is not photo-like."""
    import cv2

    plain = _plain_page(rgb) if plain is False else plain
    if plain is None:
        return None
    step, mask = plain
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    area = mask.size * COPY_AREA
    boxes = [(int(x), int(y), int(x + bw), int(y + bh)) for x, y, bw, bh, a in stats[1:] if a >= area]
    small = rgb[::step, ::step]
    for l, t, r, b in boxes:
        part = small[t:b, l:r]
        thin = max(1, int(np.sqrt(part.shape[0] * part.shape[1] / 4096)))  # about 4096 pixels looked at
        q = (part[::thin, ::thin] >> 4).astype(np.int32).reshape(-1, 3)
        if np.count_nonzero(np.bincount((q[:, 0] << 8) | (q[:, 1] << 4) | q[:, 2], minlength=4096)) < PHOTO_COLOURS:
            return None
    return step, boxes


def _full(rgb: np.ndarray, step: int, boxes) -> list[tuple[int, int, int, int]]:
    h, w = rgb.shape[:2]
    full = [(l * step, t * step, min(w, r * step), min(h, b * step)) for l, t, r, b in boxes]
    return sorted(full, key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))


def page_things(rgb: np.ndarray, found=False) -> list[tuple[int, int, int, int]]:
    """The boxes of 2 to ``MOST_PAGE_THINGS`` separate things on a plain page (each covering
    ``COPY_AREA`` of it), largest first, or []. Each gets its own view; what they are, and
    whether they are all one kind of thing, is for the classifier to say."""
    found = _page_boxes(rgb) if found is False else found
    if found is None or not 2 <= len(found[1]) <= MOST_PAGE_THINGS:
        return []
    return _full(rgb, *found)


def copies(rgb: np.ndarray, found=False) -> list[tuple[int, int, int, int]]:
    """The (left, top, right, bottom) boxes of two or more copies of one thing on a plain
    background (a grid of product photos, the same cup again and again), largest first, or []:
    every thing on the page that covers ``COPY_AREA`` of it must have the same size
    (``COPY_SIZE``) and look alike (``COPY_ALIKE``); one that differs makes the count unsure,
    and then nothing is counted."""
    import cv2

    found = _page_boxes(rgb) if found is False else found
    if found is None:
        return []
    step, boxes = found
    if len(boxes) < 2:
        return []
    widths = np.array([b[2] - b[0] for b in boxes], float)
    heights = np.array([b[3] - b[1] for b in boxes], float)
    for size in (widths, heights):
        if np.abs(size - np.median(size)).max() > COPY_SIZE * np.median(size) + 1:
            return []
    small = rgb[::step, ::step]
    thumbs = []
    for l, t, r, b in boxes:
        g = cv2.cvtColor(np.ascontiguousarray(small[t:b, l:r]), cv2.COLOR_RGB2GRAY).astype(np.float32)
        g = cv2.resize(g, (24, 24), interpolation=cv2.INTER_AREA).ravel()
        g -= g.mean()
        thumbs.append(g / (np.linalg.norm(g) + 1e-6))
    if min(float(thumbs[0] @ t) for t in thumbs[1:]) < COPY_ALIKE:
        return []
    return _full(rgb, step, boxes)


def page_views(rgb: np.ndarray) -> list[tuple[str, tuple[int, int, int, int]]]:
    """The views of a frame on a plain page, each (name, box): ``('copies N', box of one)``,
    or ``('thing i of k', box)`` for each of 2-6 different things, or ``('subject', box)`` for
    one photo-like thing, or ``('page', box)`` around whatever else is on the page. Copies and
    things that fill their box to its straight edges are pictures (photos placed on the page,
    not things cut out of one): their names end in ``' pictures'`` / ``' picture'``, and a
    count of them counts pictures, not what each shows;
    [] for frames without a plain page (most photos: only the border is looked at)."""
    plain = _plain_page(rgb)
    if plain is None:
        return []
    found = _page_boxes(rgb, plain)
    alike = copies(rgb, found)
    if alike:
        framed = all(_framed(plain, box) for box in alike)
        return [(f"copies {len(alike)}" + (" pictures" if framed else ""), alike[0])]
    things = page_things(rgb, found)
    if things:
        return [(f"thing {i + 1} of {len(things)}" + (" picture" if _framed(plain, box) else ""), box)
                for i, box in enumerate(things)]
    subject = subject_box(rgb, plain)
    if subject is None:
        return []
    # 'subject': one photo-like thing (and at most specks: a caption's letters); 'page': what
    # differs from the page is something else (lines of text, a flat drawing, several specks)
    return [("subject" if found is not None and len(found[1]) == 1 else "page", subject)]


FRAMED = 0.9
"""A thing on a page is a picture (a rectangular photo placed there) when this share of its
box's four edges differs from the page: a photo's edges are straight and full; a thing cut
out of its photo (a product shot) touches its box at a few points only."""


def _framed(plain: tuple[int, np.ndarray], box: tuple[int, int, int, int]) -> bool:
    step, mask = plain
    l, t, r, b = (v // step for v in box)
    part = mask[t:b, l:r]
    if part.shape[0] < 4 or part.shape[1] < 4:
        return False
    inner = part[1:-1, 1:-1]
    edges = np.concatenate([inner[0], inner[-1], inner[:, 0], inner[:, -1]])
    return float(edges.mean()) >= FRAMED


def box_view(rgb: np.ndarray, box: tuple[int, int, int, int], size: int) -> np.ndarray:
    """The thing in a box of the frame, the whole box resized to size×size. The box is the
    thing's own outline on a plain page, so all of it stays in view; cutting the box's centre
    square (as for whole frames) scored lower on the tuning set's pasted photos (a cup on a
    page: 0.75 against 0.91, 4 of 5 lower; a tall rocket tile lost its nose and was not named)."""
    import cv2

    l, t, r, b = box
    part = rgb[t:b, l:r]
    shrink = part.shape[0] >= size and part.shape[1] >= size
    return cv2.resize(part, (size, size), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC)


def to_nchw(images: Sequence[Image.Image], mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    """Stack PIL images into a normalised float32 (N, 3, H, W) batch."""
    batch = np.stack([np.asarray(im, dtype=np.float32) for im in images])
    batch *= 1.0 / 255.0
    batch -= mean
    batch /= std
    return np.ascontiguousarray(batch.transpose(0, 3, 1, 2))


def softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=-1, keepdims=True)
    e = np.exp(x)
    return (e / e.sum(axis=-1, keepdims=True)).astype(np.float32)
