"""Batch-job benchmarks (issue #12). Prints a Markdown table and a JSON line.

    python benchmarks/bench_batch.py [--images 2000] [--skip-ray]

One set of JPEG/PNG files of mixed sizes (320×240 … 1600×1200: scikit-image's photos resized
and drawn flat graphics), captioned offline with the bundled encoder:

- today's path: one process, ``SyncIntegrator.caption_batch_detailed`` in chunks of 16;
- ``run_batch`` with the local engine, 1 worker and 2 workers (wall time of the whole job,
  worker start-up included; peak RSS of each worker);
- ``run_batch`` with the Ray engine, 2 actors, on a cluster started beforehand
  (``ray.init(num_cpus=N)``; its start-up is reported on its own), peak RSS of the actors
  (polled from /proc).

Each job writes Parquet to a fresh folder. The machine's load average is printed with each
number: on a shared machine, other work takes cores away.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from pixel_llm import CompositorConfig
from pixel_llm.batch import BatchOptions, run_batch

CONFIG = dict(encoder_type="efficientnet_lite0", device="cpu", generator="offline")
SIZES = [(320, 240), (640, 480), (800, 600), (1024, 768), (1280, 960), (1600, 1200), (480, 640)]


def make_images(folder: Path, count: int) -> list[Path]:
    import skimage.data as data

    bases = []
    for name in ("chelsea", "coffee", "astronaut", "rocket", "cat", "motorcycle_left", "hubble_deep_field"):
        if hasattr(data, name):
            a = getattr(data, name)()
            bases.append(np.stack([a] * 3, -1) if a.ndim == 2 else np.ascontiguousarray(a[:, :, :3]))
    rng = np.random.default_rng(0)
    paths = []
    for i in range(count):
        size = SIZES[i % len(SIZES)]
        if i % 5 == 4:  # a flat graphic: shapes on a plain background
            im = Image.new("RGB", size, tuple(int(v) for v in rng.integers(0, 256, 3)))
            draw = ImageDraw.Draw(im)
            for _ in range(3):
                x, y = int(rng.integers(0, size[0] - 60)), int(rng.integers(0, size[1] - 60))
                draw.rectangle([x, y, x + 60, y + 60], fill=tuple(int(v) for v in rng.integers(0, 256, 3)))
            path = folder / f"g{i:05d}.png"
            im.save(path)
        else:
            a = bases[i % len(bases)]
            a = np.clip(a.astype(np.int16) + rng.integers(-8, 9, a.shape, dtype=np.int16), 0, 255).astype(np.uint8)
            path = folder / f"p{i:05d}.jpg"
            Image.fromarray(a).resize(size).save(path, quality=88)
        paths.append(path)
    return paths


def load() -> str:
    return "/".join(f"{v:.1f}" for v in os.getloadavg())


def baseline(paths: list[Path]) -> dict:
    from pixel_llm import SyncIntegrator

    t = time.perf_counter()
    with SyncIntegrator(CompositorConfig(**CONFIG, batch_size=16)) as captioner:
        started = time.perf_counter()
        for i in range(0, len(paths), 16):
            captioner.caption_batch_detailed([str(p) for p in paths[i:i + 16]], return_exceptions=True)
        done = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"wall_s": done - t, "images_per_s": len(paths) / (done - t),
            "steady_images_per_s": len(paths) / (done - started), "peak_rss_mib": rss, "load": load()}


def job(folder: Path, out: Path, **options) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    summary = run_batch([str(folder)], str(out), CompositorConfig(**CONFIG), BatchOptions(count_total=False, **options))
    wall = time.perf_counter() - t
    assert summary.failed == 0, summary.errors
    return {"wall_s": wall, "images_per_s": summary.captioned / wall, "peak_rss_mib": summary.worker_peak_rss_mib,
            "load": load()}


class RssPoller:
    """Peak RSS of processes whose command line names a Ray Data map worker."""

    def __init__(self):
        self.peak: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    if b"MapWorker" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                        continue
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak[int(pid)] = int(line.split()[1]) / 1024
                except OSError:
                    continue
            self._stop.wait(0.5)

    def stop(self) -> list[float]:
        self._stop.set()
        self._thread.join()
        return sorted(self.peak.values())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--images", type=int, default=2000)
    ap.add_argument("--skip-ray", action="store_true")
    ap.add_argument("--keep", default=None, help="folder for the images (kept between runs)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    root = Path(args.keep or tempfile.mkdtemp(prefix="bench-batch-"))
    folder = root / "images"
    if not folder.is_dir() or len(list(folder.iterdir())) != args.images:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        make_images(folder, args.images)
    res: dict = {"images": args.images, "bytes": sum(p.stat().st_size for p in folder.iterdir()),
                 "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"}
    res["baseline_one_process"] = baseline(sorted(folder.iterdir()))
    res["local_1_worker"] = job(folder, root / "l1.parquet", workers=1)
    res["local_2_workers"] = job(folder, root / "l2.parquet", workers=2)
    if not args.skip_ray:
        import ray

        t = time.perf_counter()
        ray.init(num_cpus=os.cpu_count(), include_dashboard=False, logging_level=logging.ERROR,
                 runtime_env={"env_vars": {"PYTHONPATH": os.environ.get("PYTHONPATH", "")}})
        ray.data.DataContext.get_current().enable_progress_bars = False
        res["ray_init_s"] = time.perf_counter() - t
        poller = RssPoller()
        res["ray_2_actors"] = job(folder, root / "r2.parquet", engine="ray", ray_concurrency=2)
        res["ray_2_actors"]["peak_rss_mib"] = poller.stop()
        ray.shutdown()
    l1, l2 = res["local_1_worker"], res["local_2_workers"]
    rows = [
        ("one process, `caption_batch` (today)", res["baseline_one_process"]),
        ("local engine, 1 worker", l1),
        ("local engine, 2 workers", l2),
    ]
    if "ray_2_actors" in res:
        rows.append(("Ray engine, 2 actors", res["ray_2_actors"]))
    print(f"{args.images} images, {res['bytes'] / 2**20:.0f} MiB, {res['machine']}")
    print("| what | wall s | images/s | peak RSS per worker MiB | load avg 1/5/15 |")
    print("|---|---|---|---|---|")
    for name, r in rows:
        rss = r["peak_rss_mib"]
        rss = ", ".join(f"{v:.0f}" for v in rss) if isinstance(rss, list) else f"{rss:.0f} (whole process)"
        print(f"| {name} | {r['wall_s']:.1f} | {r['images_per_s']:.1f} | {rss} | {r['load']} |")
    print(f"\n2 workers ÷ 1 worker: {l2['images_per_s'] / l1['images_per_s']:.2f}×")
    if "ray_2_actors" in res:
        r2 = res["ray_2_actors"]
        print(f"Ray overhead vs local 2 workers (wall): {(r2['wall_s'] / l2['wall_s'] - 1) * 100:+.0f} % "
              f"(cluster start-up, not included: {res['ray_init_s']:.1f} s)")
    print(json.dumps(res), file=sys.stderr)


if __name__ == "__main__":
    main()
