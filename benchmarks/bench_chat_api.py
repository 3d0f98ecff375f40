"""The OpenAI-compatible protocol layer versus POST /caption (issue #13). Prints a Markdown table.

    pip install -e ".[test]"
    python benchmarks/bench_chat_api.py [--seconds 6] [--rounds 2] [--images 2000]

Starts `pixel-llm serve --generator offline` (bundled encoder, CPU) on a loopback port and
measures, from this process: requests/s and p50/p95 latency of POST /caption (raw JPEG body)
and POST /v1/chat/completions (the same JPEG as a base64 data: URL in an image_url part, with
a text prompt, non-streaming) for a cached image and for new images, at 1 and 8 concurrent
clients. Each endpoint gets its own new images (so neither profits from the other's cache).
Cells run alternately (caption, chat, caption, chat, ...) ``--rounds`` times and the rounds
are pooled, so drift of a shared machine spreads over both endpoints. The server's CPU time per
request (user + system, all threads, from /proc) is printed too: on a shared machine it says
more about the protocol layer's cost than wall-clock rates do.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import platform
import sys
import time
from pathlib import Path

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from bench_server import new_images  # noqa: E402
from test_server_live import Server  # noqa: E402


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, all its threads (less sensitive than wall time
    to other work on a shared machine)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def caption_request(data: bytes) -> dict:
    return {"url": "/caption", "content": data, "headers": {"Content-Type": "image/jpeg"}}


def chat_request(data: bytes) -> dict:
    url = "data:image/jpeg;base64," + base64.b64encode(data).decode()
    body = {"model": "pixel-llm", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "Describe this image."}, {"type": "image_url", "image_url": {"url": url}}]}]}
    # encoded once here: the load generator shares the cores, and its JSON encoding is not the server's cost
    return {"url": "/v1/chat/completions", "content": json.dumps(body).encode(),
            "headers": {"Content-Type": "application/json"}}


async def load(url: str, clients: int, requests: list[dict], seconds: float) -> tuple[list[float], float, dict]:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    counter = iter(range(10 ** 9))
    deadline = time.perf_counter() + seconds
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=httpx.Limits(max_connections=clients)) as client:
        async def worker() -> None:
            while time.perf_counter() < deadline:
                req = requests[next(counter) % len(requests)]
                t = time.perf_counter()
                r = await client.post(**req)
                latencies.append(time.perf_counter() - t)
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    return latencies, elapsed, statuses


async def main(seconds: float, rounds: int, images_each: int) -> None:
    server = Server("--generator", "offline", "--max-inflight", "64")
    try:
        cached = new_images(1)[0]
        # distinct new images per endpoint: offset so the two never share one
        fresh = new_images(2 * images_each)
        per_endpoint = {"caption": [caption_request(d) for d in fresh[:images_each]],
                        "chat": [chat_request(d) for d in fresh[images_each:]]}
        del fresh
        for reqs in ((caption_request(cached),), (chat_request(cached),)):  # warm the cache and the models
            async with httpx.AsyncClient(base_url=server.url, timeout=60) as c:
                assert (await c.post(**reqs[0])).status_code == 200
        cells = []
        used = {"caption": 0, "chat": 0}
        for kind in ("cached", "new"):
            for clients in (1, 8):
                pooled = {"caption": ([], 0.0, {}), "chat": ([], 0.0, {})}
                cpu = {"caption": 0.0, "chat": 0.0}
                for _ in range(rounds):
                    for endpoint in ("caption", "chat"):
                        if kind == "cached":
                            reqs = [caption_request(cached) if endpoint == "caption" else chat_request(cached)]
                        else:
                            reqs = per_endpoint[endpoint][used[endpoint]:]
                        before = cpu_seconds(server.proc.pid)
                        lat, elapsed, statuses = await load(server.url, clients, reqs, seconds)
                        cpu[endpoint] += cpu_seconds(server.proc.pid) - before
                        if kind == "new":
                            used[endpoint] += len(lat)
                        old = pooled[endpoint]
                        merged = {k: old[2].get(k, 0) + statuses.get(k, 0) for k in {*old[2], *statuses}}
                        pooled[endpoint] = (old[0] + lat, old[1] + elapsed, merged)
                cells.append((kind, clients, pooled, cpu))
    finally:
        server.stop()
    if max(used.values()) > images_each:
        print(f"WARNING: {used} new-image requests, only {images_each} distinct images each: rerun with more --images")
    print(f"{time.strftime('%Y-%m-%d')} · {platform.processor() or platform.machine()} · "
          f"{len(os.sched_getaffinity(0))} cores · {seconds:g} s × {rounds} rounds per cell\n")
    print("| images | clients | endpoint | req/s | p50 ms | p95 ms | server CPU ms/request | statuses |\n"
          "|---|---|---|---|---|---|---|---|")
    for kind, clients, pooled, cpu in cells:
        for endpoint, path in (("caption", "/caption"), ("chat", "/v1/chat/completions")):
            lat, elapsed, statuses = pooled[endpoint]
            ms = np.array(lat) * 1e3
            print(f"| {kind} | {clients} | {path} | {len(lat) / elapsed:.1f} | {np.percentile(ms, 50):.1f} | "
                  f"{np.percentile(ms, 95):.1f} | {1e3 * cpu[endpoint] / len(lat):.2f} | {statuses} |")
        (a, ea, _), (b, eb, _) = pooled["caption"], pooled["chat"]
        print(f"| {kind} | {clients} | chat vs caption | {100 * ((len(b) / eb) / (len(a) / ea) - 1):+.1f} % | "
              f"{100 * (np.percentile(b, 50) / np.percentile(a, 50) - 1):+.1f} % | "
              f"{100 * (np.percentile(b, 95) / np.percentile(a, 95) - 1):+.1f} % | "
              f"{100 * ((cpu['chat'] / len(b)) / (cpu['caption'] / len(a)) - 1):+.1f} % | |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--images", type=int, default=2000, help="distinct new images per endpoint")
    args = parser.parse_args()
    asyncio.run(main(args.seconds, args.rounds, args.images))
