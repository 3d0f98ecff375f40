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
number: on a shared machine, other work takes cores away, so wall-clock rates move with it.
CPU seconds per image (all processes of the job: driver, workers, and for Ray its raylet, GCS
and actors) move much less, and show each engine's overhead.
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


def cpu_self_and_children() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def load() -> str:
    return "/".join(f"{v:.1f}" for v in os.getloadavg())


def baseline(paths: list[Path]) -> dict:
    from pixel_llm import SyncIntegrator

    t, cpu = time.perf_counter(), cpu_self_and_children()
    with SyncIntegrator(CompositorConfig(**CONFIG, batch_size=16)) as captioner:
        started = time.perf_counter()
        for i in range(0, len(paths), 16):
            captioner.caption_batch_detailed([str(p) for p in paths[i:i + 16]], return_exceptions=True)
        done = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"wall_s": done - t, "images_per_s": len(paths) / (done - t),
            "cpu_ms_per_image": (cpu_self_and_children() - cpu) * 1e3 / len(paths),
            "steady_images_per_s": len(paths) / (done - started), "peak_rss_mib": rss, "load": load()}


def job(folder: Path, out: Path, **options) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    poller = ProcPoller() if options.get("engine") == "ray" else None
    t, cpu = time.perf_counter(), cpu_self_and_children()  # local workers are reaped: counted as children
    summary = run_batch([str(folder)], str(out), CompositorConfig(**CONFIG), BatchOptions(count_total=False, **options))
    wall = time.perf_counter() - t
    cpu = cpu_self_and_children() - cpu
    assert summary.failed == 0, summary.errors
    rss = summary.worker_peak_rss_mib
    if poller is not None:
        ray_cpu, rss = poller.stop()
        cpu += ray_cpu
    return {"wall_s": wall, "images_per_s": summary.captioned / wall, "peak_rss_mib": rss,
            "cpu_ms_per_image": cpu * 1e3 / summary.captioned, "load": load()}


def _ray_processes() -> dict[int, tuple[float, float, bool]]:
    """pid → (CPU seconds, peak RSS MiB, is a map worker) of Ray's processes."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            if b"ray" not in cmd:
                continue
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            hwm = next((int(line.split()[1]) / 1024 for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                        if line.startswith("VmHWM:")), 0.0)
            out[int(pid)] = ((int(fields[11]) + int(fields[12])) / tick, hwm, b"MapWorker" in cmd)
        except (OSError, IndexError, ValueError):
            continue
    return out


class ProcPoller:
    """CPU time and peak RSS of Ray's processes (raylet, GCS, workers, actors) during a job,
    polled from /proc."""

    def __init__(self):
        self.start = {pid: v[0] for pid, v in _ray_processes().items()}
        self.last: dict[int, tuple[float, float, bool]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            self.last.update(_ray_processes())
            self._stop.wait(0.25)

    def stop(self) -> tuple[float, list[float]]:
        self._stop.set()
        self._thread.join()
        cpu = sum(v[0] - self.start.get(pid, 0.0) for pid, v in self.last.items())
        return cpu, sorted(v[1] for v in self.last.values() if v[2])


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
        res["ray_2_actors"] = job(folder, root / "r2.parquet", engine="ray", ray_concurrency=2)
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
    print("| what | wall s | images/s | CPU ms per image | peak RSS per worker MiB | load avg 1/5/15 |")
    print("|---|---|---|---|---|---|")
    for name, r in rows:
        rss = r["peak_rss_mib"]
        rss = ", ".join(f"{v:.0f}" for v in rss) if isinstance(rss, list) else f"{rss:.0f} (whole process)"
        print(f"| {name} | {r['wall_s']:.1f} | {r['images_per_s']:.1f} | {r['cpu_ms_per_image']:.1f} | {rss} | "
              f"{r['load']} |")
    print(f"\n2 workers ÷ 1 worker: {l2['images_per_s'] / l1['images_per_s']:.2f}×")
    if "ray_2_actors" in res:
        r2 = res["ray_2_actors"]
        print(f"Ray vs local 2 workers: wall {(r2['wall_s'] / l2['wall_s'] - 1) * 100:+.0f} %, CPU per image "
              f"{(r2['cpu_ms_per_image'] / l2['cpu_ms_per_image'] - 1) * 100:+.0f} % "
              f"(cluster start-up, not included: {res['ray_init_s']:.1f} s)")
    print(f"local 2 workers vs one process: CPU per image "
          f"{(l2['cpu_ms_per_image'] / res['baseline_one_process']['cpu_ms_per_image'] - 1) * 100:+.0f} %")
    print(json.dumps(res), file=sys.stderr)


if __name__ == "__main__":
    main()
