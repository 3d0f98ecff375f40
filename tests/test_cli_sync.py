"""The command line and the blocking API, over the same core as the async API."""

import asyncio
import json
import os
import subprocess
import sys

import pytest

from conftest import red_square
from pixel_llm import CompositorConfig, IntegratorStateError, SyncIntegrator


def cli(*args):
    return subprocess.run([sys.executable, "-m", "pixel_llm", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})


def test_cli_captions_one_image(images):
    proc = cli("caption", str(images["red_square"]))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "A red square on a white background"


def test_cli_many_images_and_json(images, tmp_path):
    bad = tmp_path / "bad.png"
    bad.write_text("nope")
    proc = cli("caption", "--json", str(images["chelsea"]), str(images["terminal"]), str(bad))
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["image"] for r in rows] == [str(images["chelsea"]), str(images["terminal"]), str(bad)]
    assert "cat" in rows[0]["caption"] and rows[0]["facts"]["labels"][0]["name"] == "cat"
    assert rows[0]["backend"] == "offline" and rows[0]["timings"]["total_ms"] > 0
    assert "hello pixel world" in rows[1]["facts"]["text"][0]["text"] + rows[1]["facts"]["text"][1]["text"]
    assert rows[2]["error_type"] == "NotAnImageError"


def test_cli_errors_are_one_line(tmp_path):
    proc = cli("caption", "--encoder", "dinov3", "x.png")
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "did you mean 'dinov2'" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = cli("caption", str(tmp_path / "missing.png"))
    assert proc.returncode == 1 and "no such image file" in proc.stderr and "Traceback" not in proc.stderr


def test_sync_matches_async(images):
    config = CompositorConfig(encoder_type="bundled", device="cpu")
    with SyncIntegrator(config) as captioner:
        sync_captions = captioner.caption_batch([images["chelsea"], images["red_square"]])
        assert captioner.caption_frame(images["red_square"]) == sync_captions[1]
        assert captioner.get_cache_stats()["hits"] == 1

    async def run_async():
        from pixel_llm import CompositorIntegrator

        async with CompositorIntegrator(config) as it:
            return await it.caption_batch([images["chelsea"], images["red_square"]])

    assert asyncio.run(run_async()) == sync_captions
    with pytest.raises(IntegratorStateError):
        captioner.caption_frame(red_square())


async def test_sync_api_works_inside_a_running_loop():
    # e.g. a notebook cell: asyncio.run() would fail here, the sync API must not
    with SyncIntegrator(CompositorConfig(encoder_type="random", device="cpu", ocr="off")) as captioner:
        assert captioner.caption_frame(red_square()) == "A red square on a white background"


def test_sync_api_has_every_public_async_method():
    import inspect

    from pixel_llm import CompositorIntegrator

    public = {name for name, fn in inspect.getmembers(CompositorIntegrator)
              if not name.startswith("_") and (inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn))}
    public -= {"shutdown"}  # SyncIntegrator.close()
    missing = {name for name in public if not hasattr(SyncIntegrator, name)}
    assert not missing


def test_sync_stream_and_health():
    with SyncIntegrator(CompositorConfig(encoder_type="random", device="cpu", generator="offline")) as captioner:
        assert list(captioner.caption_stream(red_square())) == ["A red square on a white background"]
        assert captioner.llm_health() == {"enabled": False, "generator": "offline"}


def test_cli_progress_bar_for_many_files(images):
    proc = cli("caption", "--progress", "--batch-size", "1", str(images["chelsea"]), str(images["coffee"]),
               str(images["red_square"]))
    assert proc.returncode == 0
    assert "3/3 images" in proc.stderr and proc.stdout.count("\n") == 3
