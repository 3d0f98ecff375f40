"""Shared test material: real photos (scikit-image's bundled ones), drawn graphics, a rendered
terminal screen, and one shared integrator with the offline default encoder."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the hub from tests

TERMINAL_LINES = ["$ echo hello pixel world", "hello pixel world", "$ uname -s", "Linux"]


def free_port() -> int:
    """A TCP port free on loopback right now (for a test server)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def photo(name: str) -> np.ndarray:
    import skimage.data

    a = getattr(skimage.data, name)()
    if a.dtype == bool:
        a = a.astype(np.uint8) * 255
    if a.ndim == 2:
        a = np.stack([a] * 3, axis=-1)
    return np.ascontiguousarray(a[:, :, :3])


def red_square(size=(400, 300)) -> Image.Image:
    im = Image.new("RGB", size, "white")
    w, h = size
    ImageDraw.Draw(im).rectangle([w // 2 - 60, h // 2 - 60, w // 2 + 60, h // 2 + 60], fill=(255, 0, 0))
    return im


def terminal_screen(lines=TERMINAL_LINES, size=(640, 360)) -> Image.Image:
    im = Image.new("RGB", size, (16, 16, 16))
    draw = ImageDraw.Draw(im)
    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    font = ImageFont.truetype(font_path, 20) if os.path.exists(font_path) else ImageFont.load_default(size=20)
    for i, line in enumerate(lines):
        draw.text((12, 12 + 32 * i), line, fill=(230, 230, 230), font=font)
    return im


@pytest.fixture(scope="session")
def images(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("images")
    out = {}
    for name in ("chelsea", "coffee", "astronaut", "rocket"):
        out[name] = folder / f"{name}.jpg"
        Image.fromarray(photo(name)).save(out[name], quality=92)
    out["red_square"] = folder / "red_square.png"
    red_square().save(out["red_square"])
    out["terminal"] = folder / "terminal.png"
    terminal_screen().save(out["terminal"])
    return out


CLIP_WORDS = ["a", "photo", "of", "cat", "dog", "screenshot", "terminal", "window"]


@pytest.fixture(scope="session")
def dinov2_dir(tmp_path_factory):
    """dinov2-small's architecture with random weights, saved as the hub stores it."""
    import torch
    import transformers

    torch.manual_seed(0)
    config = transformers.Dinov2Config(hidden_size=384, num_attention_heads=6, num_hidden_layers=12,
                                       patch_size=14, image_size=518, mlp_ratio=4)
    path = tmp_path_factory.mktemp("dinov2-small-random")
    transformers.Dinov2Model(config).save_pretrained(path)
    return str(path)


@pytest.fixture(scope="session")
def clip_dir(tmp_path_factory):
    """clip-vit-base-patch32's architecture with random weights and a tiny tokenizer."""
    import torch
    import transformers
    from tokenizers import Tokenizer, models, pre_tokenizers

    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("clip-b32-random")
    transformers.CLIPModel(transformers.CLIPConfig()).save_pretrained(path)  # defaults = ViT-B/32
    vocab = {"<unk>": 0, "<pad>": 1, **{w: i + 2 for i, w in enumerate(CLIP_WORDS)}}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>",
                                                model_max_length=77)
    fast.save_pretrained(path)
    return str(path)


@pytest.fixture
def register_test_encoder():
    """Register test-only encoders for one test (``register(name, factory)``); they are
    removed from the registry afterwards, as a plugin that unloads would be."""
    from pixel_llm.encoders import register_encoder, unregister_encoder

    names: list[str] = []

    def register(name, factory):
        register_encoder(name)(factory)
        names.append(name)

    yield register
    for name in names:
        unregister_encoder(name)


@pytest.fixture(scope="session")
async def integrator():
    from pixel_llm import CompositorConfig, CompositorIntegrator

    async with CompositorIntegrator(CompositorConfig(encoder_type="efficientnet_lite0", device="cpu",
                                                     batch_size=4)) as it:
        yield it


CUT_PHOTOS = ("chelsea", "coffee", "rocket", "astronaut")


def make_cut_video(path, photos=CUT_PHOTOS, seconds_each=2.0, fps=30, size=(768, 576)):
    """A video assembled from real photos with hard cuts between them; each shot drifts a few
    pixels per frame and carries sensor-like noise, so no two frames are identical. Returns the
    frame indices (0-based) where the cuts are."""
    import cv2

    rng = np.random.default_rng(0)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    per_shot = int(seconds_each * fps)
    cuts = []
    for shot, name in enumerate(photos):
        base = cv2.resize(cv2.cvtColor(photo(name), cv2.COLOR_RGB2BGR), (size[0] + 64, size[1] + 64))
        if shot:
            cuts.append(shot * per_shot)
        for i in range(per_shot):
            dx = i % 64
            frame = base[32:32 + size[1], dx:dx + size[0]].astype(np.int16)
            frame += rng.integers(-6, 7, frame.shape, dtype=np.int16)
            writer.write(np.clip(frame, 0, 255).astype(np.uint8))
    writer.release()
    return cuts


PASSERS = {"astronaut": (0, 0, 330, 512), "coffee": (60, 20, 340, 300), "chelsea": (100, 0, 400, 300)}
"""Parts of skimage photos that cross a made-up view: a person (the astronaut, waist up), a cup,
a cat — (x0, y0, x1, y1) in the photo."""


def make_passing_video(path, passer="astronaut", px_per_frame=8, fps=10, seconds=8.0, size=(640, 480),
                       height=200, still=False):
    """A still camera's view (skimage's grass texture, tinted as a lawn, with sensor-like
    noise) that a part of a real photo crosses from left to right (or stands in, ``still``),
    ``height`` pixels tall and clear of the frame's top and bottom."""
    import cv2

    rng = np.random.default_rng(1)
    w, h = size
    lawn = cv2.resize(photo("grass"), size).astype(np.float32) / 255.0
    lawn = (lawn * np.array([90, 150, 70], np.float32) + np.array([20, 40, 15], np.float32)).astype(np.uint8)
    lawn = cv2.GaussianBlur(lawn, (0, 0), 2.0)  # seen from afar
    x0, y0, x1, y1 = PASSERS[passer]
    part = photo(passer)[y0:y1, x0:x1]
    part = cv2.resize(part, (round(height * part.shape[1] / part.shape[0]), height), interpolation=cv2.INTER_AREA)
    top = (h - height) // 2
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    for i in range(round(seconds * fps)):
        frame = lawn.copy()
        left = w // 2 - part.shape[1] // 2 if still else 10 + i * px_per_frame
        if left < w:
            visible = part[:, :max(0, min(part.shape[1], w - left))]
            frame[top:top + height, left:left + visible.shape[1]] = visible
        noisy = frame.astype(np.int16) + rng.integers(-5, 6, frame.shape, dtype=np.int16)
        writer.write(cv2.cvtColor(np.clip(noisy, 0, 255).astype(np.uint8), cv2.COLOR_RGB2BGR))
    writer.release()
