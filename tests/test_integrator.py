"""The integrator's behaviour as a user sees it: cache, batches, concurrency, errors, lifecycle."""

import asyncio
import logging
import time

import numpy as np
import pytest
from PIL import Image

from conftest import photo, red_square
from pixel_llm import (BatchCaptionError, CompositorConfig, CompositorIntegrator, CorruptImageError,
                       FrameFormatError, ImageNotFoundError, IntegratorStateError, NotAnImageError,
                       WeightsUnavailableError)
from pixel_llm.encoders.random import RandomEncoder

CPU = dict(device="cpu", ocr="off")


class RecordingEncoder(RandomEncoder):
    """A plugin encoder (registered like a third-party one) that records its batch sizes."""

    batches: list[int] = []

    def encode(self, images):
        RecordingEncoder.batches.append(len(images))
        return super().encode(images)


@pytest.fixture
def recording_encoder(register_test_encoder):
    """Registered as "recording-test" for one test, like a third-party plugin, then removed."""
    RecordingEncoder.batches.clear()
    register_test_encoder("recording-test", lambda config, device: RecordingEncoder(device))
    return RecordingEncoder


def frames(n, seed=0):
    rng = np.random.default_rng(seed)
    return [rng.integers(0, 256, (60, 80, 3), dtype=np.uint8) for _ in range(n)]


async def test_cache_hits_and_stats():
    config = CompositorConfig(encoder_type="bundled", cache_size=3, **CPU)
    async with CompositorIntegrator(config) as it:
        image = red_square()
        first = await it.caption_frame_detailed(image)
        second = await it.caption_frame_detailed(image)
        assert (first.cached, second.cached) == (False, True)
        assert first.caption == second.caption
        stats = it.get_cache_stats()
        assert (stats["size"], stats["max_size"], stats["hits"], stats["misses"], stats["enabled"]) == (1, 3, 1, 1, True)
        for f in frames(5):
            await it.caption_frame(f)
        assert it.get_cache_stats()["size"] == 3  # bounded
        assert (await it.caption_frame_detailed(image)).cached is False  # evicted (least recently used)
        it.clear_cache()
        assert it.get_cache_stats()["size"] == 0
        assert (await it.caption_frame_detailed(image, use_cache=False)).cached is False
        assert it.get_cache_stats()["size"] == 0


async def test_cache_disabled():
    async with CompositorIntegrator(CompositorConfig(encoder_type="random", cache_enabled=False, **CPU)) as it:
        await it.caption_frame(red_square())
        assert not (await it.caption_frame_detailed(red_square())).cached
        assert it.get_cache_stats()["enabled"] is False


async def test_changed_file_does_not_hit(tmp_path):
    path = tmp_path / "frame.png"
    async with CompositorIntegrator(CompositorConfig(encoder_type="bundled", **CPU)) as it:
        red_square().save(path)
        first = await it.caption_frame_detailed(path)
        Image.fromarray(photo("coffee")).save(path)
        second = await it.caption_frame_detailed(path)
        assert not second.cached and second.caption != first.caption
        assert "espresso" in second.caption


async def test_cache_key_includes_encoder():
    image = red_square()
    async with CompositorIntegrator(CompositorConfig(encoder_type="random", **CPU)) as a:
        ra = await a.caption_frame_detailed(image)
    async with CompositorIntegrator(CompositorConfig(encoder_type="bundled", **CPU)) as b:
        rb = await b.caption_frame_detailed(image)
    assert ra.encoder.startswith("random") and rb.encoder.startswith("efficientnet_lite0")


async def test_batch_is_batched_in_order(recording_encoder):
    config = CompositorConfig(encoder_type="recording-test", batch_size=4, facts=("colors",), **CPU)
    inputs = frames(10)
    async with CompositorIntegrator(config) as it:
        results = await it.caption_batch_detailed(inputs)
        singles = [await it.caption_frame_detailed(f, use_cache=False) for f in inputs]
    assert RecordingEncoder.batches[:3] == [4, 4, 2]
    for r, s in zip(results, singles):
        np.testing.assert_allclose(r.features, s.features)
        assert r.caption == s.caption


async def test_batch_keeps_good_items_when_some_fail(tmp_path):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    inputs = [red_square(), str(tmp_path / "missing.png"), np.zeros((4, 4), np.int64), photo("chelsea"), bad, text]
    async with CompositorIntegrator(CompositorConfig(encoder_type="bundled", batch_size=8, **CPU)) as it:
        with pytest.raises(BatchCaptionError) as info:
            await it.caption_batch(inputs)
        results = info.value.results
        assert results[0] == "A red square on a white background"
        assert "cat" in results[3]
        assert isinstance(results[1], ImageNotFoundError)
        assert isinstance(results[2], FrameFormatError)
        assert isinstance(results[4], CorruptImageError)
        assert isinstance(results[5], NotAnImageError)
        assert sorted(info.value.errors) == [1, 2, 4, 5]
        again = await it.caption_batch(inputs, return_exceptions=True)
        assert again[0] == results[0] and isinstance(again[1], ImageNotFoundError)
        # and the integrator still works
        assert await it.caption_frame(red_square()) == "A red square on a white background"


async def test_single_frame_errors_are_typed_and_harmless(tmp_path):
    async with CompositorIntegrator(CompositorConfig(encoder_type="bundled", **CPU)) as it:
        with pytest.raises(ImageNotFoundError):
            await it.caption_frame(tmp_path / "nope.png")
        with pytest.raises(FrameFormatError):
            await it.caption_frame(np.zeros((3, 3, 7), np.uint8))
        with pytest.raises(NotAnImageError):
            await it.caption_frame(b"GIF89a but not really")
        assert await it.caption_frame(red_square()) == "A red square on a white background"


async def test_concurrent_calls_do_not_block_the_loop():
    inputs = frames(12, seed=3)
    ticks = []

    async def ticker():
        while True:
            ticks.append(time.perf_counter())
            await asyncio.sleep(0.005)

    async with CompositorIntegrator(CompositorConfig(encoder_type="bundled", **CPU)) as it:
        task = asyncio.create_task(ticker())
        results = await asyncio.gather(*(it.caption_frame_detailed(f) for f in inputs + inputs))
        task.cancel()
    assert [r.caption for r in results[:12]] == [r.caption for r in results[12:]]
    gaps = np.diff(ticks)
    assert len(ticks) > 3 and gaps.max() < 0.5  # the loop kept running while models computed


async def test_identical_concurrent_frames_compute_once(recording_encoder):
    image = frames(1, seed=9)[0]
    async with CompositorIntegrator(CompositorConfig(encoder_type="recording-test", facts=(), **CPU)) as it:
        results = await asyncio.gather(*(it.caption_frame_detailed(image) for _ in range(8)))
    assert sum(RecordingEncoder.batches) == 1
    assert len({r.caption for r in results}) == 1


async def test_lifecycle():
    it = CompositorIntegrator(CompositorConfig(encoder_type="random", **CPU))
    assert await it.caption_frame(red_square())  # initialises on first use
    assert it.initialized
    await it.shutdown()
    with pytest.raises(IntegratorStateError):
        await it.caption_frame(red_square())
    with pytest.raises(IntegratorStateError):
        await it.initialize()
    await it.shutdown()  # twice is fine


class EchoModel:
    """A user's own captioning model: uses the facts, as the protocol asks."""

    def caption(self, image, features, facts, max_length):
        return f"{image.shape[1]}x{image.shape[0]} {facts.colors[0].name} dim={features.shape[0]}"


class AsyncModel:
    async def caption(self, image, features, facts, max_length):
        await asyncio.sleep(0)
        return "async " + facts.colors[0].name


@pytest.mark.parametrize("model,expected,backend", [
    (EchoModel(), "400x300 white dim=1280", "model:EchoModel"),
    (AsyncModel(), "async white", "model:AsyncModel"),
])
async def test_user_model(model, expected, backend):
    async with CompositorIntegrator(CompositorConfig(encoder_type="bundled", **CPU), model=model) as it:
        result = await it.caption_frame_detailed(red_square())
    assert (result.caption, result.backend) == (expected, backend)


def test_model_must_have_caption():
    with pytest.raises(TypeError, match="caption"):
        CompositorIntegrator(model=object())


async def test_unavailable_weights_fall_back_with_one_warning(caplog, tmp_path):
    from pixel_llm.runtime import reset_warnings

    reset_warnings()
    config = CompositorConfig(encoder_type="dinov2", encoder_model=str(tmp_path / "no-such-weights"), **CPU)
    with caplog.at_level(logging.WARNING, logger="pixel_llm"):
        for _ in range(2):
            async with CompositorIntegrator(config) as it:
                result = await it.caption_frame_detailed(red_square())
    assert result.encoder.startswith("efficientnet_lite0")
    warnings = [r for r in caplog.records if "bundled offline encoder" in r.getMessage()]
    assert len(warnings) == 1 and "dinov2" in warnings[0].getMessage()


async def test_strict_makes_missing_weights_an_error(tmp_path):
    config = CompositorConfig(encoder_type="clip", encoder_model=str(tmp_path / "none"), strict=True, **CPU)
    with pytest.raises(WeightsUnavailableError):
        await CompositorIntegrator(config).initialize()


async def test_missing_accelerator_falls_back_to_cpu_with_one_warning(caplog):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    from pixel_llm.runtime import reset_warnings

    reset_warnings()
    with caplog.at_level(logging.WARNING, logger="pixel_llm"):
        for _ in range(2):
            async with CompositorIntegrator(CompositorConfig(encoder_type="random", device="cuda", ocr="off")) as it:
                result = await it.caption_frame_detailed(red_square())
    assert result.device == "cpu"
    assert len([r for r in caplog.records if "not available" in r.getMessage()]) == 1


class SlowEcho:
    def caption(self, image, features, facts, max_length):
        time.sleep(0.3)
        return "slow caption"


async def test_a_cancelled_caller_does_not_fail_the_others():
    image = frames(1, seed=11)[0]
    async with CompositorIntegrator(CompositorConfig(encoder_type="random", ocr="off", device="cpu"),
                                    model=SlowEcho()) as it:
        first = asyncio.create_task(it.caption_frame(image))
        second = asyncio.create_task(it.caption_frame(image))
        await asyncio.sleep(0.05)
        first.cancel()
        assert await second == "slow caption"
        with pytest.raises(asyncio.CancelledError):
            await first
        assert await it.caption_frame(image) == "slow caption"  # and the caption was kept
