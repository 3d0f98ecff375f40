"""Against a real LM Studio / Ollama / vLLM vision model, when you have one:

    PIXEL_LLM_TEST_LLM_URL=http://localhost:1234/v1 PIXEL_LLM_TEST_LLM_MODEL=qwen2-vl-2b-instruct \\
        python -m pytest tests/test_real_llm.py

Skipped otherwise (no VLM weights can be had on a machine without model-hub access)."""

import os

import pytest

from conftest import photo, red_square
from pixel_llm import CompositorConfig, CompositorIntegrator

URL = os.environ.get("PIXEL_LLM_TEST_LLM_URL")
MODEL = os.environ.get("PIXEL_LLM_TEST_LLM_MODEL")
pytestmark = pytest.mark.skipif(not (URL and MODEL), reason="set PIXEL_LLM_TEST_LLM_URL and PIXEL_LLM_TEST_LLM_MODEL")


@pytest.fixture
def config():
    return CompositorConfig(encoder_type="bundled", device="auto", generator="openai", lm_studio_base_url=URL,
                            lm_studio_model=MODEL, llm_vision=os.environ.get("PIXEL_LLM_TEST_LLM_VISION", "always"),
                            llm_fallback=False, temperature=0.0, max_length=30, llm_timeout=120.0)


async def test_real_vision_model_sees_the_image(config):
    async with CompositorIntegrator(config) as it:
        health = await it.llm_health()
        assert health["reachable"], health
        cat = await it.caption_frame_detailed(photo("chelsea"))
        square = await it.caption_frame_detailed(red_square())
    assert cat.backend == f"openai:{MODEL}"
    assert "cat" in cat.caption.lower() or "kitten" in cat.caption.lower()
    assert "red" in square.caption.lower() and ("square" in square.caption.lower() or "rectangle" in square.caption.lower())


async def test_real_model_streams(config):
    async with CompositorIntegrator(config) as it:
        pieces = [p async for p in it.caption_stream(photo("coffee"))]
    assert len(pieces) >= 2 and "".join(pieces).strip()
