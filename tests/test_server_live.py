"""A real uvicorn server on a loopback port: load, overload, memory, graceful shutdown."""

import asyncio
import io
import os
import signal
import subprocess
import sys
import time

import httpx
import numpy as np
import pytest
from PIL import Image

from conftest import free_port, photo, red_square


def png(a) -> bytes:
    buf = io.BytesIO()
    (a if isinstance(a, Image.Image) else Image.fromarray(a)).save(buf, "PNG")
    return buf.getvalue()


def caption_of(http: httpx.Client, data: bytes, details: bool = False):
    """What ``/caption`` answers for a PNG: the caption, or the whole body with ``details``."""
    r = http.post("/caption" + ("?details=true" if details else ""), content=data, headers={"Content-Type": "image/png"})
    assert r.status_code == 200, r.text
    return r.json() if details else r.json()["caption"]


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Server:
    def __init__(self, *args, env=None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pixel_llm", "serve", "--port", str(self.port), "--encoder", "bundled",
             "--device", "cpu", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.stdout.read())
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    @classmethod
    def offline_with_key(cls, key: str) -> "Server":
        """The server the protocol tests talk to: offline captions, ``key`` required, 1 MB uploads."""
        return cls("--generator", "offline", "--api-key", key, "--max-upload-mb", "1")

    def client(self, key: str | None = None) -> httpx.Client:
        """An HTTP client for this server, with ``key`` as its bearer token."""
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        return self.proc.stdout.read()


@pytest.fixture
def server():
    s = Server("--generator", "offline", "--max-inflight", "8")
    yield s
    s.stop()


def test_binds_loopback_only(server):
    out = subprocess.run(["ss", "-ltnp"], capture_output=True, text=True).stdout if os.path.exists("/usr/bin/ss") else ""
    lines = [l for l in out.splitlines() if f":{server.port} " in l]
    if not lines:
        pytest.skip("ss is not available to list listening sockets")
    assert all("127.0.0.1:" in l for l in lines)


async def _load(url: str, clients: int, requests_each: int, images: list[bytes]) -> list[int]:
    statuses: list[int] = []
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        async def one(i: int) -> None:
            for j in range(requests_each):
                r = await client.post("/caption", content=images[(i + j) % len(images)],
                                      headers={"Content-Type": "image/png"})
                statuses.append(r.status_code)
                if r.status_code == 429:
                    assert r.headers["Retry-After"] == "1"

        await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(clients))), timeout=240)
    return statuses


def test_64_concurrent_clients(server):
    rng = np.random.default_rng(0)
    images = [png(photo(n)) for n in ("chelsea", "coffee", "rocket")] + \
             [png(rng.integers(0, 256, (120, 160, 3), dtype=np.uint8)) for _ in range(13)]
    before = rss_mib(server.proc.pid)
    statuses = asyncio.run(_load(server.url, 64, 4, images))
    after_first = rss_mib(server.proc.pid)
    statuses += asyncio.run(_load(server.url, 64, 4, images))
    after_second = rss_mib(server.proc.pid)
    assert len(statuses) == 512
    assert not [s for s in statuses if s >= 500]
    assert set(statuses) <= {200, 429}
    assert statuses.count(200) >= 64  # served up to the limit, refused beyond it
    stats = httpx.get(f"{server.url}/stats").json()
    assert stats["inflight"] == 0 and stats["server"]["rejected_overload"] == statuses.count(429)
    # memory stays bounded: a second identical wave does not grow the process much
    assert after_second - after_first < 0.25 * after_first + 50, (before, after_first, after_second)


def test_no_429_below_the_limit(server):
    images = [png(red_square())]
    statuses = asyncio.run(_load(server.url, 8, 5, images))  # 8 clients == max_inflight 8
    assert statuses == [200] * 40


def test_graceful_shutdown_finishes_in_flight_requests():
    from fault_server import FaultServer

    with FaultServer() as llm:
        llm.delay = 2.0
        llm.default = ("ok", "A red square on a white background.")
        s = Server("--config", _config_file(llm.url))
        with httpx.Client(base_url=s.url, timeout=30) as client:
            import threading

            result = {}

            def call():
                result["r"] = client.post("/caption", content=png(red_square()), headers={"Content-Type": "image/png"})

            t = threading.Thread(target=call)
            t.start()
            time.sleep(0.8)  # the request is waiting on the slow LLM
            s.proc.send_signal(signal.SIGTERM)
            t.join(30)
        s.proc.wait(30)
    assert result["r"].status_code == 200
    assert result["r"].json()["caption"] == "A red square on a white background."
    assert s.proc.returncode in (0, -signal.SIGTERM)  # uvicorn re-raises the signal once it has drained


def _config_file(url: str) -> str:
    import json
    import tempfile

    f = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump({"generator": "openai", "lm_studio_base_url": url, "lm_studio_model": "test-model",
               "llm_fallback": False, "llm_grounding_check": False}, f)
    f.close()
    return f.name
