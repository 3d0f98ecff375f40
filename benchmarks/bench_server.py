"""HTTP server benchmarks (issue #5). Prints a Markdown table.

    pip install -e ".[test]"
    python benchmarks/bench_server.py

Starts `pixel-llm serve --generator offline` (bundled encoder, CPU) on a loopback port and
measures, from a second process on the same 2 cores: requests/s and p50/p95 latency of
POST /caption for a cached image and for new images at 1, 8 and 32 concurrent clients, and
the caption rate of a 30 fps WebSocket stream (as the page sends it) for 10 s.

    python benchmarks/bench_server.py --live-video [PATH]

instead sends a camera's frames over the live socket at the video's pace (default: OpenCV's
street camera ``vtest.avi`` from the ``opencv-doc`` package, its first 400 frames as JPEG): the
answers, how many were ``cached`` (an unchanged view answered from its caption), latency, and
how many answers say someone walks.
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
import time
from pathlib import Path

import httpx
import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from conftest import photo  # noqa: E402
from test_server_live import Server  # noqa: E402


def jpeg(a: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=85)
    return buf.getvalue()


def new_images(n: int) -> list[bytes]:
    base = [np.asarray(Image.fromarray(photo(p)).resize((640, 480))) for p in ("chelsea", "coffee", "rocket", "astronaut")]
    out = []
    for i in range(n):
        a = np.roll(base[i % 4], i, axis=1).copy()
        a[0, 0] = (i % 256, i // 256 % 256, 7)
        out.append(jpeg(a))
    return out


async def load(url: str, clients: int, payloads: list[bytes], seconds: float = 8.0) -> dict:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    counter = iter(range(10 ** 9))
    deadline = time.perf_counter() + seconds
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=httpx.Limits(max_connections=clients)) as client:
        async def worker() -> None:
            while time.perf_counter() < deadline:
                data = payloads[next(counter) % len(payloads)]
                t = time.perf_counter()
                r = await client.post("/caption", content=data, headers={"Content-Type": "image/jpeg"})
                latencies.append(time.perf_counter() - t)
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    ms = np.array(latencies) * 1e3
    return {"req/s": len(latencies) / elapsed, "p50 ms": float(np.percentile(ms, 50)),
            "p95 ms": float(np.percentile(ms, 95)), "statuses": statuses}


async def paced_socket(url: str, payloads: list[bytes], fps: float) -> list[dict]:
    """Send ``payloads`` over ``WS /ws`` at ``fps`` (as the page sends frames) while reading the
    answers; every answer, until none came for 3 s."""
    import websockets

    answers: list[dict] = []
    async with websockets.connect(url.replace("http", "ws") + "/ws", max_size=None) as ws:
        async def sender() -> None:
            for i, data in enumerate(payloads):
                await ws.send(data)
                await asyncio.sleep(max(0.0, t0 + (i + 1) / fps - time.perf_counter()))

        async def receiver() -> None:
            try:
                while True:
                    answers.append(json.loads(await asyncio.wait_for(ws.recv(), timeout=3.0)))
            except asyncio.TimeoutError:
                pass

        t0 = time.perf_counter()
        await asyncio.gather(sender(), receiver())
    return answers


async def websocket_rate(url: str, fps: int = 30, seconds: float = 10.0) -> dict:
    frames = new_images(fps * int(seconds))
    answers = await paced_socket(url, frames, fps)
    latencies = [a["latency_ms"] for a in answers]
    return {"frames sent": len(frames), "captions": len(answers), "captions/s": len(answers) / seconds,
            "dropped (latest frame wins)": answers[-1].get("dropped") if answers else None,
            "latency p50 ms": float(np.median(latencies))}


async def live_video(path: str, frames: int = 400) -> dict:
    """A camera's frames sent over ``WS /ws`` at the video's own pace; every answer kept."""
    import cv2

    cap = cv2.VideoCapture(path)
    fps = cap.get(cv2.CAP_PROP_FPS) or 10.0
    payloads = []
    while len(payloads) < frames:
        ok, frame = cap.read()
        if not ok:
            break
        payloads.append(jpeg(np.ascontiguousarray(frame[:, :, ::-1])))
    cap.release()
    server = Server("--generator", "offline")
    try:
        answers = await paced_socket(server.url, payloads, fps)
    finally:
        server.stop()
    captions = [a["caption"] for a in answers if "caption" in a]
    latency = [a["latency_ms"] for a in answers if "latency_ms" in a]
    return {"frames sent": len(payloads), "answers": len(answers),
            "cached": sum(bool(a.get("cached")) for a in answers),
            "latency p50 ms": float(np.median(latency)), "latency p95 ms": float(np.percentile(latency, 95)),
            "answers saying walking": sum("walking" in c for c in captions),
            "distinct captions": len(set(captions))}


VTEST = ["/usr/share/doc/opencv-doc/examples/data/vtest.avi",
         "/work/opencv-doc/usr/share/doc/opencv-doc/examples/data/vtest.avi"]


async def main() -> None:
    if "--live-video" in sys.argv:
        rest = sys.argv[sys.argv.index("--live-video") + 1:]
        path = rest[0] if rest else next((p for p in VTEST if Path(p).is_file()), None)
        if path is None:
            sys.exit("no video: pass a path, or unpack opencv-doc (see bench_moving_people.py)")
        for k, v in (await live_video(path)).items():
            print(f"| live socket, {Path(path).name}: {k} | {v:.1f} |" if isinstance(v, float) else
                  f"| live socket, {Path(path).name}: {k} | {v} |")
        return
    server = Server("--generator", "offline", "--max-inflight", "64")
    try:
        cached = new_images(1)
        fresh = new_images(4000)
        rows = []
        for clients in (1, 8, 32):
            rows.append((f"cached image, {clients} clients", await load(server.url, clients, cached)))
            rows.append((f"new images, {clients} clients", await load(server.url, clients, fresh)))
        ws = await websocket_rate(server.url)
    finally:
        server.stop()
    print("| load | req/s | p50 ms | p95 ms | statuses |\n|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['req/s']:.1f} | {r['p50 ms']:.1f} | {r['p95 ms']:.1f} | {r['statuses']} |")
    print()
    for k, v in ws.items():
        print(f"| websocket 30 fps: {k} | {v:.1f} |" if isinstance(v, float) else f"| websocket 30 fps: {k} | {v} |")


if __name__ == "__main__":
    asyncio.run(main())
