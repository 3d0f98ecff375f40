"""Offline-default captioning benchmarks (issue #2). Prints a Markdown table.

    python benchmarks/bench_offline.py [--repeats 50]

Measures, with CompositorConfig() defaults (dinov2 → bundled fallback, cuda → cpu):
caption_frame p50/p95 on 640×480 photos without text (cache off), the raw encoder forward
on the same inputs, a cache hit on a 1920×1080 frame, caption_batch of 64 photos versus 64
sequential calls, a terminal screenshot (first time and again), and peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import resource
import time

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pixel_llm import CompositorConfig, CompositorIntegrator


def photos_640x480() -> list[np.ndarray]:
    import skimage.data as data

    out = []
    for name in ("chelsea", "coffee", "astronaut", "rocket", "motorcycle_left" if hasattr(data, "motorcycle_left") else "cat"):
        a = getattr(data, name)()
        a = np.stack([a] * 3, -1) if a.ndim == 2 else a[:, :, :3]
        out.append(np.asarray(Image.fromarray(a).resize((640, 480), Image.BICUBIC)))
    return out


def terminal(width=1280, height=720) -> np.ndarray:
    im = Image.new("RGB", (width, height), (16, 16, 16))
    draw = ImageDraw.Draw(im)
    path = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    font = ImageFont.truetype(path, 18) if os.path.exists(path) else ImageFont.load_default(size=18)
    lines = ["$ ls -la ~/projects/pixel-llm", "total 64", "drwxr-xr-x  8 dev dev 4096 Nov 25 23:01 .",
             "-rw-r--r--  1 dev dev 2211 Nov 25 22:58 README.md", "drwxr-xr-x  5 dev dev 4096 Nov 25 22:40 pixel_llm",
             "$ python -m pytest -q", "........................................ [100%]", "112 passed in 61.02s"]
    for i, line in enumerate(lines):
        draw.text((16, 16 + 28 * i), line, fill=(220, 220, 220), font=font)
    return np.asarray(im)


def pct(values, q):
    return float(np.percentile(np.array(values) * 1e3, q))


async def main(repeats: int) -> dict:
    logging.basicConfig(level=logging.ERROR)
    photos = photos_640x480()
    res: dict = {}
    t = time.perf_counter()
    integrator = CompositorIntegrator(CompositorConfig())
    await integrator.initialize()
    res["initialize_s"] = time.perf_counter() - t
    res["encoder"] = integrator.encoder.identity
    res["runtime"] = getattr(integrator.encoder, "runtime", "?")
    for p in photos:  # warm up
        await integrator.caption_frame(p, use_cache=False)

    times, parts = [], {"encode_ms": [], "facts_ms": [], "decode_ms": []}
    for i in range(repeats):
        p = photos[i % len(photos)]
        t = time.perf_counter()
        r = await integrator.caption_frame_detailed(p, use_cache=False)
        times.append(time.perf_counter() - t)
        for k in parts:
            parts[k].append(r.timings[k])
    res["caption_frame_640x480_p50_ms"] = pct(times, 50)
    res["caption_frame_640x480_p95_ms"] = pct(times, 95)
    for k, v in parts.items():
        res[f"  of which {k} p50"] = float(np.median(v))

    enc = integrator.encoder
    fwd, pre = [], []
    for i in range(repeats):
        p = photos[i % len(photos)]
        t = time.perf_counter()
        batch = enc.preprocess([p])
        t1 = time.perf_counter()
        enc.forward(batch)
        t2 = time.perf_counter()
        pre.append(t1 - t)
        fwd.append(t2 - t1)
    res["forward_p50_ms"] = pct(fwd, 50)
    res["preprocess_p50_ms"] = pct(pre, 50)
    res["overhead_vs_forward"] = res["caption_frame_640x480_p50_ms"] / res["forward_p50_ms"]
    res["overhead_vs_preprocess_plus_forward"] = res["caption_frame_640x480_p50_ms"] / (
        res["forward_p50_ms"] + res["preprocess_p50_ms"])

    big = np.asarray(Image.fromarray(photos[0]).resize((1920, 1080)))
    await integrator.caption_frame(big)
    hits = []
    for _ in range(repeats):
        t = time.perf_counter()
        r = await integrator.caption_frame_detailed(big)
        hits.append(time.perf_counter() - t)
        assert r.cached
    res["cache_hit_1920x1080_p50_ms"] = pct(hits, 50)

    sixty_four = [np.roll(photos[i % len(photos)], i, axis=1) for i in range(64)]
    async def sequential():
        for f in sixty_four:
            await integrator.caption_frame(f, use_cache=False)

    for label, batch_size, run in [("sequential64", 1, sequential),
                                   ("batch64_bs1", 1, lambda: integrator.caption_batch(sixty_four, use_cache=False)),
                                   ("batch64_bs16", 16, lambda: integrator.caption_batch(sixty_four, use_cache=False))]:
        integrator.config.batch_size = batch_size
        best = float("inf")
        for _ in range(3):  # best of three: this machine is noisy
            t = time.perf_counter()
            await run()
            best = min(best, time.perf_counter() - t)
        res[f"{label}_img_per_s"] = 64 / best
    integrator.config.batch_size = 1

    screen = terminal()
    t = time.perf_counter()
    result = await integrator.caption_frame_detailed(screen)
    res["text_frame_first_ms"] = (time.perf_counter() - t) * 1e3
    res["text_frame_caption"] = result.caption
    t = time.perf_counter()
    await integrator.caption_frame(screen)
    res["text_frame_again_ms"] = (time.perf_counter() - t) * 1e3
    await integrator.shutdown()
    res["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res["machine"] = f"{platform.machine()} {os.cpu_count()} cpus, {platform.python_version()}"
    return res


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    out = asyncio.run(main(args.repeats))
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"| {k} | {v:.2f} |" if isinstance(v, float) else f"| {k} | {v} |")
