"""Live-frame benchmarks (issue #4). Prints a Markdown table.

    pip install -e ".[test]"      # and, for the screen rows: apt-get install xvfb xterm
    python benchmarks/bench_stream.py

1. A 30 fps 768×576 video (real photos, 8 shots of 4 s with hard cuts, drifting and noisy
   frames) played in real time through the offline default: lag p50/p95, frames seen /
   encoded / captions, with scene detection on, and with it off (every frame taken must be
   encoded: the latest-frame-wins policy then has to drop frames to keep up).
2. Scene-change recall and false triggers against the known cut positions.
3. Screen capture under Xvfb (1024×768): frames per second grabbed, and the delay from a
   terminal printing new text to a caption that contains it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from conftest import make_cut_video  # noqa: E402
from pixel_llm import CompositorConfig, CompositorIntegrator  # noqa: E402

SHOTS = ("chelsea", "coffee", "rocket", "astronaut", "camera", "coins", "horse", "cat")


async def video_rows(path: Path, cuts: list[int]) -> list[tuple[str, str]]:
    rows = []
    config = CompositorConfig(device="cpu", generator="offline")
    async with CompositorIntegrator(config) as it:
        for detection in (True, False):
            stream = it.stream(path, scene_detection=detection)
            changes = []
            t = time.monotonic()
            async for event in stream:
                if event.scene_changed:
                    changes.append(event.index - 1)
            wall = time.monotonic() - t
            s = stream.stats
            label = "scene detection on" if detection else "scene detection off"
            rows.append((f"video 30 fps 768×576, 32 s, {label}: wall time", f"{wall:.1f} s"))
            rows.append(("  lag p50 / p95", f"{s.lag_percentile(50) * 1e3:.1f} / {s.lag_percentile(95) * 1e3:.1f} ms"))
            rows.append(("  frames seen / processed / dropped / encoded / captions",
                         f"{s.frames_seen} / {s.frames_processed} / {s.frames_dropped} / {s.frames_encoded} / {s.captions}"))
            if detection:
                found = [c for c in cuts if any(abs(c - x) <= 2 for x in changes)]
                false = [x for x in changes[1:] if all(abs(c - x) > 2 for c in cuts)]
                rows.append(("  scene changes: recall / false triggers",
                             f"{len(found)}/{len(cuts)} / {len(false)}"))
    return rows


async def screen_rows() -> list[tuple[str, str]]:
    if not (shutil.which("Xvfb") and shutil.which("xterm")):
        return [("screen", "skipped: needs Xvfb and xterm")]
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        os.environ["DISPLAY"] = ":" + f.readline().strip()
    rows = []
    try:
        # grab rate alone
        import mss

        with (mss.MSS() if hasattr(mss, "MSS") else mss.mss()) as sct:
            monitor = sct.monitors[1]
            t = time.perf_counter()
            for _ in range(100):
                sct.grab(monitor)
            rows.append(("screen grab 1024×768 (mss, Xvfb)", f"{100 / (time.perf_counter() - t):.0f} frames/s"))
        marker = "NEW TEXT 7319"
        term = subprocess.Popen(["xterm", "-geometry", "60x10+0+0", "-fa", "DejaVu Sans Mono", "-fs", "20", "-bg",
                                 "black", "-fg", "white", "-e", f"echo 'waiting'; sleep 4; echo '{marker}'; sleep 60"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        printed_at = time.monotonic() + 4.0
        latency = None
        async with CompositorIntegrator(CompositorConfig(device="cpu", generator="offline")) as it:
            stream = it.stream("screen", screen_fps=10)
            async for event in stream:
                if marker.lower() in event.caption.lower():
                    latency = time.monotonic() - printed_at
                    break
                if time.monotonic() > printed_at + 20:
                    break
            rows.append(("screen stream at 10 fps: frames seen / captions",
                         f"{stream.stats.frames_seen} / {stream.stats.captions}"))
        rows.append(("screen text changed → caption containing it",
                     f"{latency:.2f} s" if latency is not None else "not seen within 20 s"))
        term.kill()
    finally:
        xvfb.kill()
    return rows


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shots.avi"
        cuts = make_cut_video(path, photos=SHOTS, seconds_each=4.0)
        rows = await video_rows(path, cuts)
    rows += await screen_rows()
    print("| what | result |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    asyncio.run(main())
