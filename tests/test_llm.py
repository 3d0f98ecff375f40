"""Captions through an OpenAI-compatible endpoint, against a fault-injecting local server:
request shape (text-only and vision), output cleaning, retries, the circuit breaker,
fallback, streaming, concurrency and health."""

import asyncio
import base64
import io
import logging
import time

import pytest
from PIL import Image

from conftest import free_port, photo, red_square
from fault_server import FaultServer, endpoint_config
from pixel_llm import CompositorConfig, CompositorIntegrator
from pixel_llm.errors import (LLMConnectionError, LLMModelNotFoundError, LLMResponseError,
                              LLMServerError, LLMTimeoutError, LLMUnavailableError)

SECRET = "sk-test-0123456789abcdef"


config = endpoint_config


@pytest.fixture
def server():
    with FaultServer() as s:
        yield s


async def test_text_only_model_gets_facts_not_pixels(server, caplog):
    server.default = ("ok", "A red square on a white background.")
    with caplog.at_level(logging.DEBUG):
        async with CompositorIntegrator(config(server.url, api_key=SECRET, max_length=40, temperature=0.2)) as it:
            result = await it.caption_frame_detailed(red_square())
    assert (result.caption, result.backend) == ("A red square on a white background.", "openai:test-model")
    request = server.chat_requests[0]
    body = request["json"]
    assert request["headers"]["Authorization"] == f"Bearer {SECRET}"
    assert (body["model"], body["max_tokens"], body["temperature"]) == ("test-model", 40, 0.2)
    system, user = body["messages"]
    assert system["role"] == "system" and "Use only these facts" in system["content"]
    assert isinstance(user["content"], str)  # no image for a text-only model
    assert "a red square in the center" in user["content"] and "background white" in user["content"]
    assert SECRET not in caplog.text and SECRET not in repr(it.config)


@pytest.mark.parametrize("answer,grounded", [
    ("A red square on a white background.", True),
    ("A square of colour.", True),
    ("A vibrant and colorful 2018, a proud example of bold style.", False),
    ("A sunset over the ocean.", False),
])
async def test_text_only_captions_must_name_a_measured_subject(server, answer, grounded):
    server.default = ("ok", answer)
    cfg = config(server.url, llm_grounding_check=True, llm_fallback=True)
    async with CompositorIntegrator(cfg) as it:
        result = await it.caption_frame_detailed(red_square())
    if grounded:
        assert (result.caption, result.backend) == (answer, "openai:test-model")
    else:
        assert (result.caption, result.backend) == ("A red square on a white background", "offline")
    assert len(server.chat_requests) == 1  # an invented caption is not retried


async def test_vision_model_gets_a_valid_image_message(server):
    async with CompositorIntegrator(config(server.url, llm_vision="always", llm_image_max_side=256)) as it:
        await it.caption_frame(photo("chelsea"))
    content = server.chat_requests[0]["json"]["messages"][1]["content"]
    assert [part["type"] for part in content] == ["text", "image_url"]
    url = content[1]["image_url"]["url"]
    assert url.startswith("data:image/jpeg;base64,")
    image = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))
    assert image.format == "JPEG" and max(image.size) == 256
    assert "cat" in content[0]["text"]  # the facts travel as hints


async def test_vision_auto_detection_from_lmstudio_model_types():
    with FaultServer(models=("qwen2-vl", "coder"), lmstudio_types={"qwen2-vl": "vlm", "coder": "llm"}) as s:
        for model, sees in (("qwen2-vl", True), ("coder", False)):
            async with CompositorIntegrator(config(s.url, lm_studio_model=model)) as it:
                await it.caption_frame(red_square())
            assert isinstance(s.chat_requests[-1]["json"]["messages"][1]["content"], list) is sees


async def test_model_that_refuses_images_is_remembered(server):
    server.script = [("status", 400, {"error": {"message": "Image input is not supported by this model"}})]
    async with CompositorIntegrator(config(server.url, lm_studio_model="llava-test")) as it:
        first = await it.caption_frame(red_square())
        await it.caption_frame(photo("coffee"))
    kinds = [type(r["json"]["messages"][1]["content"]).__name__ for r in server.chat_requests]
    assert kinds == ["list", "str", "str"] and first == "A caption from the server."


@pytest.mark.parametrize("raw,clean", [
    ("<think>The facts say red square.</think>\nA red square on white.", "A red square on white."),
    ('Caption: "A red square on a white background."', "A red square on a white background."),
    ("**Caption:** A cat on a sofa", "A cat on a sofa"),
    ("“A quiet street.”\n\nI hope this helps!", "A quiet street."),
])
async def test_output_is_cleaned(server, raw, clean):
    server.default = ("ok", raw)
    async with CompositorIntegrator(config(server.url)) as it:
        assert await it.caption_frame(red_square()) == clean


async def test_output_is_trimmed_to_max_length(server):
    server.default = ("ok", " ".join(f"w{i}" for i in range(50)))
    async with CompositorIntegrator(config(server.url, max_length=7)) as it:
        assert (await it.caption_frame(red_square())).split() == [f"w{i}" for i in range(7)]


async def test_429_retry_after_is_honoured(server):
    server.script = [("status", 429, {"error": "slow down"}, {"Retry-After": "0.3"})]
    async with CompositorIntegrator(config(server.url)) as it:
        t = time.perf_counter()
        assert await it.caption_frame(red_square()) == "A caption from the server."
        waited = time.perf_counter() - t
    assert len(server.chat_requests) == 2 and waited >= 0.3


async def test_5xx_is_retried_then_fails_typed(server):
    server.script = [("status", 503, "busy"), ("status", 502, "bad gateway")]
    async with CompositorIntegrator(config(server.url)) as it:
        assert await it.caption_frame(red_square()) == "A caption from the server."
        assert len(server.chat_requests) == 3
        server.default = ("status", 500, {"error": "boom"})
        with pytest.raises(LLMServerError) as info:
            await it.caption_frame(photo("coffee"))
        assert info.value.status == 500
    assert len(server.chat_requests) == 3 + 3  # one try + llm_max_retries


@pytest.mark.parametrize("action,error", [
    (("malformed",), LLMResponseError),
    (("empty",), LLMResponseError),
    (("ok", "   "), LLMResponseError),
    (("status", 404, {"error": {"message": "model 'test-model' not found"}}), LLMModelNotFoundError),
    (("status", 400, {"error": "No models loaded. Please load a model"}), LLMModelNotFoundError),
])
async def test_bad_answers_are_typed_and_not_retried(server, action, error):
    server.default = action
    async with CompositorIntegrator(config(server.url)) as it:
        with pytest.raises(error):
            await it.caption_frame(red_square())
        assert len(server.chat_requests) == 1
        assert it.get_cache_stats()["size"] == 1  # the analysis is kept; only the caption failed


async def test_timeout(server):
    server.default = ("sleep", 2.0, "too late")
    async with CompositorIntegrator(config(server.url, llm_timeout=0.3, llm_max_retries=1)) as it:
        with pytest.raises(LLMTimeoutError):
            await it.caption_frame(red_square())
    assert len(server.chat_requests) == 2


async def test_connection_refused_and_dns_failure():
    url = f"http://127.0.0.1:{free_port()}/v1"
    async with CompositorIntegrator(config(url, llm_max_retries=0)) as it:
        with pytest.raises(LLMConnectionError, match="cannot connect"):
            await it.caption_frame(red_square())
    async with CompositorIntegrator(config("http://no-such-host.invalid:1234/v1", llm_max_retries=0)) as it:
        with pytest.raises(LLMConnectionError):
            await it.caption_frame(red_square())


async def test_connection_cut_without_answer(server):
    server.default = ("close",)
    async with CompositorIntegrator(config(server.url, llm_max_retries=1)) as it:
        with pytest.raises(LLMConnectionError):
            await it.caption_frame(red_square())
    assert len(server.chat_requests) == 2


async def test_circuit_breaker_opens_fails_fast_and_recovers(server):
    server.default = ("status", 500, "down")
    cfg = config(server.url, llm_max_retries=0, llm_breaker_threshold=2, llm_breaker_cooldown=0.5)
    frames = [photo(n) for n in ("chelsea", "coffee", "rocket", "astronaut")]
    async with CompositorIntegrator(cfg) as it:
        for f in frames[:2]:
            with pytest.raises(LLMServerError):
                await it.caption_frame(f)
        assert (await it.llm_health())["breaker"]["state"] == "open"
        with pytest.raises(LLMUnavailableError):
            await it.caption_frame(frames[2])
        assert len(server.chat_requests) == 2  # the open breaker sent nothing
        server.default = ("ok", "Back again.")
        await asyncio.sleep(0.6)
        assert await it.caption_frame(frames[3]) == "Back again."  # the half-open probe
        assert (await it.llm_health())["breaker"]["state"] == "closed"


async def test_fallback_to_offline_is_marked(server):
    server.default = ("status", 500, "down")
    async with CompositorIntegrator(config(server.url, llm_fallback=True, llm_max_retries=0)) as it:
        result = await it.caption_frame_detailed(red_square())
    assert (result.caption, result.backend) == ("A red square on a white background", "offline")


async def test_auto_mode_without_a_server_is_offline_and_fast():
    url = f"http://127.0.0.1:{free_port()}/v1"
    cfg = config(url, generator="auto", llm_fallback=True)
    async with CompositorIntegrator(cfg) as it:
        first = await it.caption_frame_detailed(red_square())
        assert first.backend == "offline"
        assert (await it.llm_health())["breaker"]["state"] == "open"  # no retries, no waiting next time
        second = await it.caption_frame_detailed(photo("chelsea"))
    assert second.backend == "offline" and "cat" in second.caption


async def test_llm_caption_reuses_cached_features(server):
    async with CompositorIntegrator(config(server.url)) as it:
        image = red_square()
        a = await it.caption_frame_detailed(image)
        b = await it.caption_frame_detailed(image)
    assert not a.cached and b.cached and a.caption == b.caption
    assert len(server.chat_requests) == 1


async def test_max_concurrent_requests_is_enforced(server):
    server.delay = 0.2
    frames = [photo(n) for n in ("chelsea", "coffee", "rocket", "astronaut")]
    frames += [f[:, ::-1].copy() for f in frames]
    async with CompositorIntegrator(config(server.url, max_concurrent_requests=2, batch_size=8)) as it:
        t = time.perf_counter()
        captions = await it.caption_batch(frames)
        elapsed = time.perf_counter() - t
    assert captions == ["A caption from the server."] * 8
    assert server.max_in_flight == 2
    assert elapsed >= 0.8  # 8 requests, 2 at a time, 0.2 s each


async def test_streaming(server):
    server.default = ("stream", ["<think>hmm", "</think>", "A red ", "square on ", "white."], False)
    async with CompositorIntegrator(config(server.url)) as it:
        pieces = [p async for p in it.caption_stream(red_square())]
        assert "".join(pieces) == "A red square on white."
        assert len(pieces) >= 3
        # the finished caption is cached with the frame
        assert await it.caption_frame(red_square()) == "A red square on white."
    assert server.chat_requests[0]["json"]["stream"] is True


async def test_stream_cut_midway_raises_typed(server):
    server.default = ("stream", ["A red ", "square"], True)
    async with CompositorIntegrator(config(server.url)) as it:
        got = []
        with pytest.raises(LLMConnectionError):
            async for piece in it.caption_stream(red_square()):
                got.append(piece)
    assert got == ["A red ", "square"]


async def test_stream_falls_back_before_the_first_piece(server):
    server.default = ("status", 503, "busy")
    async with CompositorIntegrator(config(server.url, llm_fallback=True)) as it:
        assert [p async for p in it.caption_stream(red_square())] == ["A red square on a white background"]


async def test_health(server):
    async with CompositorIntegrator(config(server.url)) as it:
        health = await it.llm_health()
    assert health["reachable"] and health["models"] == ["test-model"] and health["model_listed"]
    async with CompositorIntegrator(config(f"http://127.0.0.1:{free_port()}/v1")) as it:
        health = await it.llm_health()
    assert not health["reachable"] and health["error_type"] == "LLMConnectionError"
    async with CompositorIntegrator(CompositorConfig(encoder_type="random", device="cpu", generator="offline")) as it:
        assert (await it.llm_health())["enabled"] is False


async def test_shutdown_closes_the_connection_pool(server):
    it = CompositorIntegrator(config(server.url))
    await it.caption_frame(red_square())
    client = it.captioner.llm.endpoint.client
    (pool_client,) = client.pools()
    await it.shutdown()
    assert pool_client.is_closed and not client.pools()


def test_spec_error_handling_snippet_behaves_as_it_reads(capsys, tmp_path):
    """Errors are caught by the caller's ``except``; nothing is lost, shutdown still runs."""
    bad = tmp_path / "not-an-image.jpg"
    bad.write_text("hello")
    image = str(bad)

    async def safe_captioning():
        integrator = CompositorIntegrator(CompositorConfig(device="cpu"))
        try:
            await integrator.initialize()
            try:
                caption = await integrator.caption_frame(image)
            except Exception as e:
                print(f"Captioning failed: {e}")
                caption = "Caption unavailable"
            return caption, integrator
        finally:
            await integrator.shutdown()

    caption, integrator = asyncio.run(safe_captioning())
    assert caption == "Caption unavailable"
    out = capsys.readouterr().out
    assert out.startswith("Captioning failed: ") and "not an image" in out
    assert not integrator.initialized


async def test_custom_prompts_and_key_from_environment(server, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_API_KEY", SECRET)
    cfg = config(server.url, llm_system_prompt="Be brief.",
                 llm_prompt_template="Labels: {labels}. Shapes: {shapes}. At most {max_words} words.")
    async with CompositorIntegrator(cfg) as it:
        await it.caption_frame(red_square())
    request = server.chat_requests[0]
    system, user = request["json"]["messages"]
    assert system["content"] == "Be brief."
    assert user["content"].startswith("Labels: ") and "Shapes: a red square in the center" in user["content"]
    assert user["content"].endswith("At most 100 words.")
    assert request["headers"]["Authorization"] == f"Bearer {SECRET}"
    assert "api_key" not in cfg.to_dict()


def test_bad_prompt_template_is_a_config_error():
    from pixel_llm import ConfigError

    with pytest.raises(ConfigError, match="llm_prompt_template"):
        CompositorConfig(llm_prompt_template="Describe {image}")


async def test_abandoned_stream_releases_the_half_open_probe(server):
    server.default = ("status", 500, "down")
    cfg = config(server.url, llm_max_retries=0, llm_breaker_threshold=1, llm_breaker_cooldown=0.2)
    async with CompositorIntegrator(cfg) as it:
        with pytest.raises(LLMServerError):
            await it.caption_frame(photo("chelsea"))
        await asyncio.sleep(0.3)  # half-open: one probe may go
        server.default = ("stream", ["A red ", "square ", "on ", "white."], False)
        agen = it.caption_stream(red_square())
        assert await agen.__anext__() == "A red "
        await agen.aclose()  # the consumer stops early
        server.default = ("ok", "Next one.")
        assert await it.caption_frame(photo("coffee")) == "Next one."


async def test_unparseable_retry_after_still_retries(server):
    server.script = [("status", 429, {"error": "slow down"}, {"Retry-After": "soon"})]
    async with CompositorIntegrator(config(server.url)) as it:
        assert await it.caption_frame(red_square()) == "A caption from the server."
    assert len(server.chat_requests) == 2
