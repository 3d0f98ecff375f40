"""Every registered encoder keeps the same contract (as timm tests every model it registers):
float32 features of its declared width, the same features for the same pixels, a batch equal
to its items one by one, label probabilities that add up when it names things, and any image
shape accepted. A new encoder that registers is tested here without a line of test code.

DINOv2 and CLIP run from local directories with their published architectures and random
weights (the ``dinov2_dir`` / ``clip_dir`` fixtures in conftest.py), so the contract needs no hub."""

import numpy as np
import pytest

from conftest import photo
from pixel_llm import CompositorConfig
from pixel_llm.encoders import Encoder, create_encoder, registered_encoders

WEIGHTS_FIXTURE = {"dinov2": "dinov2_dir", "clip": "clip_dir"}


def images():
    rng = np.random.default_rng(7)
    return [photo("chelsea"), rng.integers(0, 256, (48, 300, 3), dtype=np.uint8),
            np.full((240, 200, 3), 255, np.uint8)]


@pytest.fixture(params=registered_encoders())
def encoder(request):
    name = request.param
    model = None
    if name in WEIGHTS_FIXTURE:
        pytest.importorskip("transformers")
        model = request.getfixturevalue(WEIGHTS_FIXTURE[name])
    enc = create_encoder(name, CompositorConfig(encoder_type=name, encoder_model=model, device="cpu"), "cpu")
    yield enc
    enc.close()


def test_encoder_contract(encoder):
    assert isinstance(encoder, Encoder)
    assert encoder.name and encoder.identity and encoder.device == "cpu"
    batch = images()
    out = encoder.encode(batch)
    assert out.features.dtype == np.float32 and out.features.shape == (len(batch), encoder.feature_dim)
    assert np.isfinite(out.features).all()
    again = encoder.encode(batch)
    np.testing.assert_allclose(again.features, out.features, rtol=1e-5, atol=1e-5)  # deterministic
    for i, image in enumerate(batch):  # a batch is its items, one by one
        single = encoder.encode([image])
        np.testing.assert_allclose(single.features[0], out.features[i], rtol=1e-3, atol=1e-3)
    if out.label_probs is not None:
        assert out.label_probs.shape == (len(batch), len(out.label_names))
        np.testing.assert_allclose(out.label_probs.sum(axis=1), 1.0, atol=1e-3)

