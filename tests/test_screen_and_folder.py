"""A real X11 screen under Xvfb showing a real program (xterm printing known text), captured by
the screen source; and a folder filled while the watcher runs."""

import asyncio
import json
import logging
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from conftest import photo, red_square
from pixel_llm import CompositorConfig, CompositorIntegrator

OFFLINE = dict(encoder_type="bundled", device="cpu", generator="offline")
SCREEN_TEXT = "PIXEL LLM SCREEN TEST 42"


@pytest.fixture(scope="module")
def xterm_screen():
    if not (shutil.which("Xvfb") and shutil.which("xterm")):
        pytest.skip("needs Xvfb and xterm (apt-get install xvfb xterm)")
    pytest.importorskip("mss")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        display = ":" + f.readline().strip()  # Xvfb picked a free display and is ready
    previous = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = display
    term = subprocess.Popen(["xterm", "-geometry", "60x10+0+0", "-fa", "DejaVu Sans Mono", "-fs", "20",
                             "-bg", "black", "-fg", "white", "-e",
                             f"echo '{SCREEN_TEXT}'; echo 'second line here'; sleep 300"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.0)
    yield display, term
    term.kill()
    xvfb.kill()
    if previous is None:
        os.environ.pop("DISPLAY", None)
    else:
        os.environ["DISPLAY"] = previous


async def test_screen_text_appears_in_the_caption(xterm_screen):
    _, term = xterm_screen
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        stream = it.stream("screen", screen_fps=5, changes_only=True)
        events = []
        async for event in stream:
            events.append(event)
            if SCREEN_TEXT.lower() in event.caption.lower():
                break
            if stream.stats.frames_seen > 40:
                break
    assert events and SCREEN_TEXT.lower() in events[-1].caption.lower(), [e.caption for e in events]
    assert stream.stats.frames_seen >= 1


async def test_screen_region(xterm_screen):
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        stream = it.stream("screen:0,0,320,200", screen_fps=5)
        async for event in stream:
            assert event.image.shape == (200, 320, 3)
            break


def _write_slowly(path: Path, data: bytes, pieces: int = 6, pause: float = 0.3) -> None:
    step = len(data) // pieces + 1
    with open(path, "wb") as f:
        for i in range(0, len(data), step):
            f.write(data[i:i + step])
            f.flush()
            time.sleep(pause)


async def test_folder_watch_existing_then_new_then_resume(tmp_path, caplog):
    import io

    folder = tmp_path / "incoming"
    folder.mkdir()
    Image.fromarray(photo("chelsea")).save(folder / "a_cat.jpg")
    red_square().save(folder / "b_square.png")
    (folder / "notes.md").write_text("not an image")
    jsonl = tmp_path / "captions.jsonl"

    buf = io.BytesIO()
    Image.fromarray(photo("coffee")).save(buf, "PNG")
    coffee_png = buf.getvalue()

    async def feed():
        await asyncio.sleep(1.0)
        await asyncio.to_thread(_write_slowly, folder / "c_coffee.png", coffee_png)  # written in pieces
        Image.fromarray(photo("rocket")).save(folder / "d_rocket.jpg")
        (folder / "e_later.txt.bak").write_text("ignore me")
        red_square().save(folder / "f_gone.png")
        (folder / "f_gone.png").unlink()  # deleted before it was captioned: no harm
        Image.fromarray(photo("astronaut")).save(folder / "g_tmp.jpg")
        (folder / "g_tmp.jpg").rename(folder / "h_renamed.jpg")

    config = CompositorConfig(**OFFLINE)
    with caplog.at_level(logging.INFO, logger="pixel_llm"):
        async with CompositorIntegrator(config) as it:
            watcher = it.stream(folder).configure(sidecar=True, jsonl=jsonl, stop_after_idle=2.5)
            feeder = asyncio.create_task(feed())
            events = [e async for e in watcher]
            await feeder
    names = [Path(e.name).name for e in events]
    assert names[:2] == ["a_cat.jpg", "b_square.png"]  # existing files first, in order
    assert set(names[2:]) == {"c_coffee.png", "d_rocket.jpg", "h_renamed.jpg"}
    assert names.count("c_coffee.png") == 1  # once, when complete
    by_name = {Path(e.name).name: e.caption for e in events}
    assert "espresso" in by_name["c_coffee.png"] and "rocket" in by_name["d_rocket.jpg"]
    assert (folder / "a_cat.txt").read_text().strip() == by_name["a_cat.jpg"]
    assert (folder / "c_coffee.txt").exists() and not (folder / "notes.txt").exists()
    records = [json.loads(l) for l in jsonl.read_text().splitlines()]
    assert len(records) == 5 and {Path(r["image"]).name for r in records} == set(names)
    assert "not an image" in caplog.text and "notes.md" in caplog.text

    # resumable: a second run captions nothing again, only the new file
    Image.fromarray(photo("coffee")).save(folder / "i_new.jpg")
    async with CompositorIntegrator(config) as it:
        watcher = it.stream(folder).configure(sidecar=True, jsonl=jsonl, stop_after_idle=0.5)
        again = [e async for e in watcher]
    assert [Path(e.name).name for e in again] == ["i_new.jpg"] and watcher.skipped_done == 5


def test_watch_cli(tmp_path):
    import subprocess
    import sys

    red_square().save(tmp_path / "square.png")
    proc = subprocess.run([sys.executable, "-m", "pixel_llm", "watch", str(tmp_path), "--sidecar",
                           "--exit-when-idle", "0.5", "--encoder", "bundled", "--device", "cpu",
                           "--generator", "offline"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("square.png: A red square on a white background")
    assert (tmp_path / "square.txt").read_text() == "A red square on a white background\n"


async def test_text_change_on_screen_gives_a_new_caption(xterm_screen):
    marker = "FRESH OUTPUT 5150"
    term = subprocess.Popen(["xterm", "-geometry", "40x4+0+400", "-fa", "DejaVu Sans Mono", "-fs", "20", "-bg",
                             "black", "-fg", "white", "-e", f"sleep 3; echo '{marker}'; sleep 60"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
            stream = it.stream("screen", screen_fps=5)
            found = None
            async for event in stream:
                if marker.lower() in event.caption.lower():
                    found = event
                    break
                if stream.stats.frames_seen > 100:
                    break
    finally:
        term.kill()
    assert found is not None and found.scene_changed
    assert stream.stats.captions >= 2  # the screen before, and after the text appeared


async def test_folder_gives_up_on_a_corrupt_image_and_names_twin_sidecars(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)  # a JPEG that never completes
    Image.fromarray(photo("chelsea")).save(folder / "photo.jpg")
    red_square().save(folder / "photo.png")
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        watcher = it.stream(folder).configure(sidecar=True, give_up_after=1.0, stop_after_idle=0.5)
        events = [e async for e in watcher]
    assert sorted(Path(e.name).name for e in events) == ["photo.jpg", "photo.png"]
    assert watcher.stats.frames_skipped_bad == 1
    assert "cat" in (folder / "photo.jpg.txt").read_text()
    assert (folder / "photo.png.txt").read_text().strip() == "A red square on a white background"
