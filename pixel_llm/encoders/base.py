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


def subject_box(rgb: np.ndarray, margin: float = 0.1) -> tuple[int, int, int, int] | None:
    """A square box around the one thing on a plain background (a product shot, a photo pasted
    on a page), or None: the frame's border must be one colour (98 % of it within 12 levels),
    and what differs from it must cover 2-60 % of the frame."""
    h, w = rgb.shape[:2]
    if min(h, w) < 32:
        return None
    step = max(1, max(h, w) // 256)
    small = rgb[::step, ::step].astype(np.int16)
    sh, sw = small.shape[:2]
    ring = max(1, min(sh, sw) // 50)
    border = np.concatenate([small[:ring].reshape(-1, 3), small[-ring:].reshape(-1, 3),
                             small[:, :ring].reshape(-1, 3), small[:, -ring:].reshape(-1, 3)])
    colour = np.median(border, axis=0)
    if (np.abs(border - colour).max(axis=1) <= 12).mean() < 0.98:
        return None
    mask = np.abs(small - colour).max(axis=2) > 24
    share = mask.mean()
    if not 0.02 <= share <= 0.6:
        return None
    ys, xs = np.nonzero(mask)
    top, bottom = np.percentile(ys, [0.5, 99.5]) * step
    left, right = np.percentile(xs, [0.5, 99.5]) * step
    side = max(bottom - top, right - left) * (1 + 2 * margin)
    side = min(side, h, w)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    x0 = int(round(min(max(0.0, cx - side / 2), w - side)))
    y0 = int(round(min(max(0.0, cy - side / 2), h - side)))
    return (x0, y0, x0 + int(side), y0 + int(side))


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
