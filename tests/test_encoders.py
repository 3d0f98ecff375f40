"""Encoders. DINOv2 and CLIP are built with their exact published architectures
(dinov2-small, clip-vit-base-patch32) from local configs with random weights, saved the way
the hub stores them, and loaded through the same code path as the real weights. Tests for the
real weights run where those are present (HF cache or PIXEL_LLM_TEST_DINOV2 / _CLIP dirs)."""

import os

import numpy as np
import pytest

from conftest import photo, red_square
from pixel_llm import CompositorConfig, CompositorIntegrator
from pixel_llm.encoders import available_encoders, create_encoder
from pixel_llm.encoders.bundled import BundledEncoder

transformers = pytest.importorskip("transformers")

def test_registry_lists_the_spec_encoders():
    assert {"dinov2", "clip", "random", "efficientnet_lite0", "bundled"} <= set(available_encoders())


def test_dinov2_architecture_loads_and_batches(dinov2_dir):
    enc = create_encoder("dinov2", CompositorConfig(encoder_type="dinov2", encoder_model=dinov2_dir), "cpu")
    assert enc.name == "dinov2" and enc.feature_dim == 384
    batch = enc.preprocess([photo("chelsea"), photo("coffee")])
    assert batch.shape == (2, 3, 224, 224) and batch.dtype == np.float32
    out = enc.encode([photo("chelsea"), photo("coffee"), photo("rocket")])
    assert out.features.shape == (3, 384) and out.label_probs is None
    single = enc.encode([photo("coffee")]).features[0]
    np.testing.assert_allclose(single, out.features[1], rtol=1e-3, atol=1e-4)
    assert dinov2_dir in enc.identity


def test_clip_architecture_loads_with_zero_shot_labels(clip_dir):
    enc = create_encoder("clip", CompositorConfig(encoder_type="clip", encoder_model=clip_dir), "cpu")
    assert enc.feature_dim == 512
    out = enc.encode([photo("chelsea"), red_square_array()])
    assert out.features.shape == (2, 512)
    np.testing.assert_allclose(np.linalg.norm(out.features, axis=1), 1.0, rtol=1e-4)
    assert out.label_probs.shape == (2, len(enc.label_names))
    np.testing.assert_allclose(out.label_probs.sum(axis=1), 1.0, rtol=1e-4)
    assert "cat" in enc.label_names and "screenshot" in enc.label_names
    assert out.label_source == "clip"


def red_square_array():
    return np.asarray(red_square())


async def test_integrator_runs_dinov2_from_a_local_directory(dinov2_dir):
    config = CompositorConfig(encoder_type="dinov2", encoder_model=dinov2_dir, device="cpu", ocr="off", strict=True)
    async with CompositorIntegrator(config) as it:
        result = await it.caption_frame_detailed(red_square())
    assert result.encoder.startswith("dinov2:") and result.features.shape == (384,)
    # DINOv2 gives no labels: the bundled classifier supplies them; shapes still describe it.
    assert result.caption == "A red square on a white background"


async def test_integrator_clip_labels_come_from_clip(clip_dir):
    config = CompositorConfig(encoder_type="clip", encoder_model=clip_dir, device="cpu", ocr="off", strict=True)
    async with CompositorIntegrator(config) as it:
        result = await it.caption_frame_detailed(photo("chelsea"))
        assert it.labeler is it.encoder  # no second classifier loaded
    assert result.encoder.startswith("clip:")
    assert all(label.source == "clip" for label in result.facts.labels)
    # random weights know nothing: no object may be named
    assert " of " not in result.caption


def test_bundled_onnx_matches_torch():
    images = [photo(n) for n in ("chelsea", "coffee", "rocket", "astronaut")]
    onnx = BundledEncoder(runtime="onnx")
    eager = BundledEncoder(runtime="torch")
    assert (onnx.runtime, eager.runtime) == ("onnxruntime", "torch")
    a, b = onnx.encode(images), eager.encode(images)
    np.testing.assert_allclose(a.features, b.features, atol=1e-3)
    np.testing.assert_allclose(a.label_probs, b.label_probs, atol=1e-4)
    assert (a.label_probs.argmax(1) == b.label_probs.argmax(1)).all()


def test_bundled_top1_on_real_photos():
    enc = BundledEncoder()
    out = enc.encode([photo("chelsea"), photo("coffee")])
    names = [enc.label_names[i] for i in out.label_probs.argmax(1)]
    assert names == ["Egyptian cat", "espresso"]


def _real(name):
    env = os.environ.get(f"PIXEL_LLM_TEST_{name.upper()}")
    if env:
        return env
    from pixel_llm.encoders.hf import DEFAULT_MODELS

    try:
        from huggingface_hub import try_to_load_from_cache

        if isinstance(try_to_load_from_cache(DEFAULT_MODELS[name], "config.json"), str):
            return DEFAULT_MODELS[name]
    except Exception:  # noqa: BLE001
        pass
    pytest.skip(f"official {name} weights not present (set PIXEL_LLM_TEST_{name.upper()} to a local copy)")


@pytest.mark.real_weights
@pytest.mark.parametrize("name", ["dinov2", "clip"])
async def test_real_weights(name):
    model = _real(name)
    config = CompositorConfig(encoder_type=name, encoder_model=model, device="auto", strict=True, ocr="off")
    async with CompositorIntegrator(config) as it:
        result = await it.caption_frame_detailed(photo("chelsea"))
    assert result.encoder.startswith(name)
    assert "cat" in result.caption
