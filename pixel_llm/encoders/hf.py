"""DINOv2 and CLIP with their official weights, through ``transformers``.

``encoder_model`` picks the variant: a hub id (``facebook/dinov2-base``,
``openai/clip-vit-large-patch14``) or a local directory holding ``config.json`` and the
weights (what ``save_pretrained`` writes). The HF cache is tried first, offline; the hub is
asked only when it answers within a couple of seconds, so a machine without network access
learns at once that the weights cannot be had (and the integrator falls back).
"""

from __future__ import annotations

import logging
import os
import socket
from typing import Sequence
from urllib.parse import urlparse

import numpy as np

from ..errors import WeightsUnavailableError
from ..facts.vocabulary import everyday_groups
from ._registry import register_encoder
from .base import CLIP_MEAN, CLIP_STD, IMAGENET_MEAN, IMAGENET_STD, EncoderOutput, resize_center_crop, to_nchw

logger = logging.getLogger(__name__)

DEFAULT_MODELS = {"dinov2": "facebook/dinov2-small", "clip": "openai/clip-vit-base-patch32"}
HUB_PROBE_TIMEOUT = 2.0
# Zero-shot vocabulary for CLIP: the everyday words of the ImageNet classes, plus what
# compositor frames show.
EXTRA_CLIP_LABELS = ("screenshot", "terminal window", "document", "chart", "diagram", "person", "group of people",
                     "drawing", "map", "logo", "video game")


def hub_reachable() -> bool:
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
        return False
    endpoint = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    port = endpoint.port or (443 if endpoint.scheme == "https" else 80)
    try:
        with socket.create_connection((endpoint.hostname, port), timeout=HUB_PROBE_TIMEOUT):
            return True
    except OSError:
        return False


def check_available(model_id: str, what: str) -> None:
    """Fail fast, before importing transformers and torch, when the weights can't be had."""
    if os.path.isdir(model_id):
        return
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError as exc:
        raise WeightsUnavailableError(f"{what} needs transformers: pip install 'pixel-llm[hf]'") from exc
    if os.path.isabs(model_id) or model_id.startswith(".") or model_id.count("/") > 1:
        raise WeightsUnavailableError(f"{what}: no such directory {model_id!r}")
    try:
        if isinstance(try_to_load_from_cache(model_id, "config.json"), str):
            return
    except ValueError as exc:  # not a valid hub id
        raise WeightsUnavailableError(f"{what}: {model_id!r} is neither a directory nor a hub id") from exc
    _require_hub(model_id, what)


def _require_hub(model_id: str, what: str) -> None:
    if not hub_reachable():
        raise WeightsUnavailableError(
            f"{what} weights {model_id!r} are not in the Hugging Face cache and the hub cannot be reached. "
            f"Download them once where there is network (huggingface-cli download {model_id}) "
            f"or set encoder_model to a local directory with the weights."
        )


def load_pretrained(loader, model_id: str, what: str, **kwargs):
    """``loader.from_pretrained`` from a directory, the HF cache, or the hub, in that order."""
    try:
        import transformers  # noqa: F401
    except ImportError as exc:
        raise WeightsUnavailableError(f"{what} needs transformers: pip install 'pixel-llm[hf]'") from exc
    local = os.path.isdir(model_id)
    try:
        with _quiet_progress():
            return loader.from_pretrained(model_id, local_files_only=True, **kwargs)
    except OSError as exc:
        if local:
            raise WeightsUnavailableError(f"{what}: cannot load {model_id!r}: {exc}") from exc
    _require_hub(model_id, what)
    try:
        return loader.from_pretrained(model_id, **kwargs)
    except OSError as exc:
        raise WeightsUnavailableError(f"{what}: cannot download {model_id!r}: {exc}") from exc


class _quiet_progress:
    """transformers draws a 'Loading weights' progress bar on stderr; a library must not."""

    def __enter__(self):
        from transformers.utils import logging as hf_logging

        self._was = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()

    def __exit__(self, *exc):
        from transformers.utils import logging as hf_logging

        if self._was:
            hf_logging.enable_progress_bar()


class _TorchEncoder:
    mean = IMAGENET_MEAN
    std = IMAGENET_STD

    def __init__(self, model, model_id: str, image_size: int, device: str, threads: int):
        import torch

        if threads:
            torch.set_num_threads(threads)
        self.torch = torch
        self.model = model.eval().to(device)
        self.device = device
        self.image_size = image_size
        self.identity = f"{self.name}:{model_id}:{image_size}"

    def preprocess(self, images: Sequence[np.ndarray]) -> np.ndarray:
        resize_to = round(self.image_size * self.resize_ratio)
        return to_nchw([resize_center_crop(im, self.image_size, resize_to) for im in images], self.mean, self.std)

    def close(self) -> None:
        self.model = None


class DinoV2Encoder(_TorchEncoder):
    """DINOv2 ViT; features are the final-layer CLS token (``pooler_output``). No labels."""

    name = "dinov2"
    resize_ratio = 256 / 224

    def __init__(self, model_id: str, image_size: int = 224, device: str = "cpu", threads: int = 0):
        from transformers import Dinov2Model

        model = load_pretrained(Dinov2Model, model_id, "DINOv2")
        self.feature_dim = model.config.hidden_size
        super().__init__(model, model_id, image_size, device, threads)

    def encode(self, images: Sequence[np.ndarray]) -> EncoderOutput:
        batch = self.torch.from_numpy(self.preprocess(images)).to(self.device)
        with self.torch.inference_mode():
            out = self.model(pixel_values=batch)
        return EncoderOutput(out.pooler_output.float().cpu().numpy())


class ClipEncoder(_TorchEncoder):
    """CLIP image tower; features are the projected, L2-normalised image embeddings. Labels are
    zero-shot: cosine similarity to ``"a photo of a <word>"`` prompts, softmaxed."""

    name = "clip"
    resize_ratio = 1.0
    mean = CLIP_MEAN
    std = CLIP_STD

    def __init__(self, model_id: str, image_size: int = 224, device: str = "cpu", threads: int = 0):
        from transformers import AutoTokenizer, CLIPModel

        model = load_pretrained(CLIPModel, model_id, "CLIP")
        tokenizer = load_pretrained(AutoTokenizer, model_id, "CLIP tokenizer")
        self.feature_dim = model.config.projection_dim
        super().__init__(model, model_id, image_size, device, threads)
        self.label_names = tuple(dict.fromkeys(everyday_groups() + EXTRA_CLIP_LABELS))
        self.text_features = self._embed_prompts(tokenizer, [f"a photo of a {w}" for w in self.label_names])

    def _pooled(self, out):
        # transformers 4.x returns a tensor; 5.x a model output with pooler_output
        return out if isinstance(out, self.torch.Tensor) else out.pooler_output

    def _embed_prompts(self, tokenizer, prompts: list[str]):
        chunks = []
        with self.torch.inference_mode():
            for i in range(0, len(prompts), 128):
                tokens = tokenizer(prompts[i:i + 128], padding=True, return_tensors="pt").to(self.device)
                text = self._pooled(self.model.get_text_features(**tokens))
                chunks.append(text / text.norm(dim=-1, keepdim=True))
        return self.torch.cat(chunks)

    def encode(self, images: Sequence[np.ndarray]) -> EncoderOutput:
        batch = self.torch.from_numpy(self.preprocess(images)).to(self.device)
        with self.torch.inference_mode():
            image = self._pooled(self.model.get_image_features(pixel_values=batch))
            image = image / image.norm(dim=-1, keepdim=True)
            logits = self.model.logit_scale.exp() * image @ self.text_features.T
            probs = logits.softmax(dim=-1)
        return EncoderOutput(image.float().cpu().numpy(), probs.float().cpu().numpy(), self.label_names, "clip")


@register_encoder("dinov2")
def _create_dinov2(config, device: str) -> DinoV2Encoder:
    check_available(config.encoder_model or DEFAULT_MODELS["dinov2"], "DINOv2")
    return DinoV2Encoder(config.encoder_model or DEFAULT_MODELS["dinov2"], config.image_size, device,
                         config.compute_threads)


@register_encoder("clip")
def _create_clip(config, device: str) -> ClipEncoder:
    check_available(config.encoder_model or DEFAULT_MODELS["clip"], "CLIP")
    return ClipEncoder(config.encoder_model or DEFAULT_MODELS["clip"], config.image_size, device,
                       config.compute_threads)


__all__ = ["ClipEncoder", "DinoV2Encoder", "check_available", "hub_reachable", "load_pretrained"]
