"""MTCNN face detection (Zhang et al., 2016: a proposal net over an image pyramid, then a refine
net and an output net on the surviving boxes), written here in plain PyTorch, NumPy and OpenCV.

The trained weights are the three small files inside the ``facenet-pytorch`` wheel
(``pnet.pt``, ``rnet.pt``, ``onet.pt``, MIT); only those files are read, into the networks of
:mod:`.mtcnn_nets`, exported once to ONNX in the cache folder and run by onnxruntime. That package's own
detection code needs torchvision and pins old versions of torch, NumPy and Pillow, so install
it without its dependencies: ``pip install --no-deps facenet-pytorch==2.6.0``.
"""

from __future__ import annotations

import importlib.util
import math
import os
import threading

import cv2
import numpy as np

from ..errors import WeightsUnavailableError
from ..runtime import ort_options

WORK_SIDE = 640
"""The frame is reduced to at most this long side first."""
MIN_FACE = 32
"""Smallest face looked for, in pixels of the reduced frame (5 % of a 640-px frame's width).
MTCNN's usual 20 costs about twice the time (the proposal net's largest pyramid level) for
faces a caption rarely needs; 32 keeps a 640×480 frame within the time budget."""
MAX_PROPOSALS = 100
"""The refine net sees at most this many proposals, the likeliest first."""
PYRAMID_FACTOR = 0.709
THRESHOLDS = (0.6, 0.7, 0.7)
"""Face probability each stage needs (proposal, refine, output): the published values."""
MIN_SCORE = 0.95
"""Output-net probability needed to count a face. Faces in the photo set scored 0.999-1.0;
nothing without a face reached the output stage's 0.7 there."""


def weights_dir() -> str:
    spec = importlib.util.find_spec("facenet_pytorch")
    if spec is None or not spec.submodule_search_locations:
        raise WeightsUnavailableError("the mtcnn people detector needs the MTCNN weights in the 'facenet-pytorch' "
                                      "wheel: pip install --no-deps facenet-pytorch==2.6.0")
    path = os.path.join(list(spec.submodule_search_locations)[0], "data")
    if not all(os.path.exists(os.path.join(path, f"{n}.pt")) for n in ("pnet", "rnet", "onet")):
        raise WeightsUnavailableError(f"MTCNN weight files are missing in {path}")
    return path


def _nms(boxes: np.ndarray, scores: np.ndarray, threshold: float, by_min: bool = False) -> np.ndarray:
    """Indices kept by greedy non-maximum suppression (overlap over the union, or over the
    smaller box with ``by_min``)."""
    if len(boxes) == 0:
        return np.zeros(0, np.int64)
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    area = (x2 - x1 + 1) * (y2 - y1 + 1)
    order = np.argsort(-scores)
    keep = []
    while len(order):
        i, rest = order[0], order[1:]
        keep.append(i)
        w = np.maximum(0.0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]) + 1)
        h = np.maximum(0.0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]) + 1)
        inter = w * h
        base = np.minimum(area[i], area[rest]) if by_min else area[i] + area[rest] - inter
        order = rest[inter / base <= threshold]
    return np.array(keep, np.int64)


def _regress(boxes: np.ndarray, reg: np.ndarray) -> np.ndarray:
    w = boxes[:, 2] - boxes[:, 0] + 1
    h = boxes[:, 3] - boxes[:, 1] + 1
    out = boxes.copy()
    out[:, 0] += reg[:, 0] * w
    out[:, 1] += reg[:, 1] * h
    out[:, 2] += reg[:, 2] * w
    out[:, 3] += reg[:, 3] * h
    return out


def _square(boxes: np.ndarray) -> np.ndarray:
    w = boxes[:, 2] - boxes[:, 0]
    h = boxes[:, 3] - boxes[:, 1]
    side = np.maximum(w, h)
    out = boxes.copy()
    out[:, 0] = boxes[:, 0] + w / 2 - side / 2
    out[:, 1] = boxes[:, 1] + h / 2 - side / 2
    out[:, 2] = out[:, 0] + side
    out[:, 3] = out[:, 1] + side
    return out


def _normalise(images: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(((images.astype(np.float32) - 127.5) * 0.0078125).transpose(0, 3, 1, 2))


def _crops(rgb: np.ndarray, boxes: np.ndarray, size: int) -> np.ndarray:
    """Each box cut from the frame (black outside it) and resized to size×size."""
    h, w = rgb.shape[:2]
    out = np.zeros((len(boxes), size, size, 3), np.uint8)
    if not len(boxes):
        return out
    ints = np.round(boxes[:, :4]).astype(int)
    pad = int(max(0, -ints[:, :2].min(), (ints[:, 2] - w + 1).max(), (ints[:, 3] - h + 1).max()))
    padded = cv2.copyMakeBorder(rgb, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0) if pad else rgb
    for k, (x1, y1, x2, y2) in enumerate(ints + pad):
        if x2 - x1 < 1 or y2 - y1 < 1:
            continue
        out[k] = cv2.resize(padded[y1:y2 + 1, x1:x2 + 1], (size, size), interpolation=cv2.INTER_LINEAR)
    return out


# name -> (probe input shape for export and the check, its dynamic axes)
_NETS = {"pnet": ((1, 3, 60, 80), {2: "h", 3: "w"}), "rnet": ((4, 3, 24, 24), {0: "n"}),
         "onet": ((4, 3, 48, 48), {0: "n"})}
_export_lock = threading.Lock()


def _onnx_file(name: str, weights: str) -> str:
    """The network exported to ONNX once, next to the bundled encoder's file, checked against
    PyTorch on a probe input (PyTorch is imported only for this)."""
    from ..encoders.bundled import _file_digest, cache_dir

    target = cache_dir() / f"mtcnn-{name}-{_file_digest(weights)[:16]}-opset17.onnx"
    with _export_lock:
        if target.exists():
            return str(target)
        import io
        import warnings

        import onnxruntime as ort
        import torch

        from .mtcnn_nets import load

        net = load(name, weights)
        shape, dynamic = _NETS[name]
        probe = torch.randn(*shape, generator=torch.Generator().manual_seed(0))
        buffer = io.BytesIO()
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            expected = [t.numpy() for t in net(probe)]
            torch.onnx.export(net, (probe,), buffer, input_names=["x"], output_names=["reg", "prob"],
                              dynamic_axes={"x": dynamic, "reg": {0: "n"}, "prob": {0: "n"}}, opset_version=17,
                              dynamo=False)
        got = ort.InferenceSession(buffer.getvalue(), providers=["CPUExecutionProvider"]).run(None, {"x": probe.numpy()})
        if max(float(np.abs(a - b).max()) for a, b in zip(got, expected)) > 1e-3:
            raise RuntimeError(f"MTCNN {name}: the ONNX export differs from PyTorch")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(buffer.getvalue())
        os.replace(tmp, target)
        return str(target)


def _runner(name: str, weights: str, threads: int):
    """``x -> (reg, prob)`` for one network: onnxruntime (about twice as fast as eager PyTorch
    for these small nets), or PyTorch where that fails."""
    try:
        import onnxruntime as ort

        # every core (0) unless told: with no session spinning, the proposal net's largest pyramid
        # level runs faster on two threads than on one
        session = ort.InferenceSession(_onnx_file(name, weights), ort_options(threads),
                                       providers=["CPUExecutionProvider"])
        return lambda x: tuple(session.run(None, {"x": x}))
    except Exception:  # noqa: BLE001 - any failure: eager PyTorch runs instead
        import torch

        from .mtcnn_nets import load

        net = load(name, weights)

        def run(x: np.ndarray):
            with torch.inference_mode():
                reg, prob = net(torch.from_numpy(x))
            return reg.numpy(), prob.numpy()

        return run


class MTCNNFaces:
    """Faces by MTCNN; each detection's score is the output net's face probability."""

    name = "mtcnn"

    def __init__(self, threads: int = 0) -> None:
        path = weights_dir()
        self.pnet, self.rnet, self.onet = (_runner(n, os.path.join(path, f"{n}.pt"), threads)
                                           for n in ("pnet", "rnet", "onet"))
        self._lock = threading.Lock()

    def _proposals(self, rgb: np.ndarray) -> np.ndarray:
        h, w = rgb.shape[:2]
        scale = 12.0 / MIN_FACE
        side = min(h, w) * scale
        found = []
        image = rgb
        while side >= 12:
            sh, sw = int(math.ceil(h * scale)), int(math.ceil(w * scale))
            # each level from the one before: an area resize of the full frame each time costs more
            # than the proposal net itself
            image = cv2.resize(image, (sw, sh), interpolation=cv2.INTER_AREA)
            reg, prob = self.pnet(_normalise(image[None]))
            prob, reg = prob[0, 1], reg[0]
            ys, xs = np.nonzero(prob >= THRESHOLDS[0])
            if len(ys):
                boxes = np.stack([(2 * xs + 1) / scale, (2 * ys + 1) / scale, (2 * xs + 12) / scale,
                                  (2 * ys + 12) / scale, prob[ys, xs]], axis=1)
                boxes = np.concatenate([boxes, reg[:, ys, xs].T], axis=1)
                found.append(boxes[_nms(boxes[:, :4], boxes[:, 4], 0.5)])
            scale *= PYRAMID_FACTOR
            side *= PYRAMID_FACTOR
        if not found:
            return np.zeros((0, 5), np.float32)
        boxes = np.concatenate(found)
        boxes = boxes[_nms(boxes[:, :4], boxes[:, 4], 0.7)][:MAX_PROPOSALS]  # NMS keeps them best first
        out = _regress(boxes[:, :4], boxes[:, 5:9])
        return _square(np.concatenate([out, boxes[:, 4:5]], axis=1))

    def _stage(self, net, rgb: np.ndarray, boxes: np.ndarray, size: int, threshold: float,
               by_min: bool) -> np.ndarray:
        if len(boxes) == 0:
            return boxes
        reg, prob = net(_normalise(_crops(rgb, boxes, size)))
        score = prob[:, 1]
        keep = score >= threshold
        boxes, reg, score = boxes[keep], reg[keep], score[keep]
        if not len(boxes):
            return boxes
        boxes = np.concatenate([boxes[:, :4], score[:, None]], axis=1)
        if not by_min:  # refine stage: suppress, then regress and square
            kept = _nms(boxes[:, :4], score, 0.7)
            return _square(np.concatenate([_regress(boxes[kept, :4], reg[kept]), boxes[kept, 4:5]], axis=1))
        out = np.concatenate([_regress(boxes[:, :4], reg), boxes[:, 4:5]], axis=1)
        return out[_nms(out[:, :4], out[:, 4], 0.7, by_min=True)]

    def __call__(self, rgb: np.ndarray) -> list[tuple[tuple[float, float, float, float], float]]:
        h, w = rgb.shape[:2]
        scale = min(1.0, WORK_SIDE / max(h, w))
        work = cv2.resize(rgb, (max(1, round(w * scale)), max(1, round(h * scale))),
                          interpolation=cv2.INTER_AREA) if scale < 1.0 else rgb
        if min(work.shape[:2]) < 12:
            return []
        with self._lock:
            boxes = self._proposals(work)
            boxes = self._stage(self.rnet, work, boxes, 24, THRESHOLDS[1], by_min=False)
            boxes = self._stage(self.onet, work, boxes, 48, THRESHOLDS[2], by_min=True)
        wh, ww = work.shape[:2]
        out = []
        for x1, y1, x2, y2, score in boxes:
            if score < MIN_SCORE:
                continue
            box = (round(float(max(0.0, x1)) / ww, 3), round(float(max(0.0, y1)) / wh, 3),
                   round(float(min(ww, x2)) / ww, 3), round(float(min(wh, y2)) / wh, 3))
            out.append((box, round(float(score), 4)))
        return out
