"""Hostile and odd images: PostScript, huge frames, rotated phone photos, unreadable tensors and
paths, one-pixel-thin frames. Each failure is typed and per item; nothing hangs, prints or
balloons in memory."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import textwrap
import threading
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

from conftest import red_square, terminal_screen
from pixel_llm import (BatchCaptionError, CompositorConfig, CompositorIntegrator, FrameFormatError, ImageNotFoundError,
                       NotAnImageError, PixelLLMError)
from pixel_llm.imageio import MAX_WORK_PIXELS, MAX_WORK_SIDE, load_rgb, prepare_frame

ROOT = Path(__file__).resolve().parents[1]

# A complete EPS file whose PostScript never ends: Pillow hands EPS to Ghostscript to render it.
EVIL_EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n%%EndComments\n{ } loop\n%%EOF\n"


def _gs_pids() -> set[int]:
    pids = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if Path(f"/proc/{entry}/comm").read_text().strip() == "gs":
                    pids.add(int(entry))
            except OSError:
                pass
    return pids


def _run_isolated(code: str, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter and its own process group, killed whole on timeout
    (a Ghostscript child included)."""
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
        pytest.fail(f"still running after {timeout} s (Ghostscript looping?)\nstdout: {out}\nstderr: {err[-2000:]}")
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


# -- 1. PostScript is never run -----------------------------------------------------------------
@pytest.mark.skipif(not os.path.exists("/usr/bin/gs") and not any(
    os.path.exists(os.path.join(p, "gs")) for p in os.environ.get("PATH", "").split(os.pathsep)),
    reason="Ghostscript is not installed: the attack cannot run here")
def test_eps_is_not_an_image_and_ghostscript_never_starts(tmp_path):
    eps = tmp_path / "evil.eps"
    eps.write_bytes(EVIL_EPS)
    # A `gs` first on PATH that notes it was started and then runs the real Ghostscript.
    marker = tmp_path / "gs-started"
    shim = tmp_path / "bin"
    shim.mkdir()
    real_gs = next(os.path.join(p, "gs") for p in os.environ["PATH"].split(os.pathsep) + ["/usr/bin"]
                   if os.path.exists(os.path.join(p, "gs")))
    (shim / "gs").write_text(f"#!/bin/sh\ntouch {marker}\nexec {real_gs} \"$@\"\n")
    (shim / "gs").chmod(0o755)
    code = textwrap.dedent(f"""
        import asyncio, time
        from PIL import Image
        from pixel_llm import CompositorConfig, CompositorIntegrator
        from pixel_llm.imageio import load_rgb
        path = {str(eps)!r}
        data = open(path, "rb").read()

        def attempt(what, call):
            t = time.perf_counter()
            try:
                call()
                print(what, "decoded", flush=True)
            except Exception as exc:
                print(what, type(exc).__name__, round(time.perf_counter() - t, 2), flush=True)

        attempt("bytes", lambda: load_rgb(data))
        attempt("path", lambda: load_rgb(path))
        attempt("pil", lambda: load_rgb(Image.open(path)))

        async def main():
            config = CompositorConfig(encoder_type="random", device="cpu", facts=("colors",), generator="offline")
            async with CompositorIntegrator(config) as integrator:
                for what, frame in (("caption_bytes", data), ("caption_path", path)):
                    t = time.perf_counter()
                    try:
                        await integrator.caption_frame(frame)
                        print(what, "captioned", flush=True)
                    except Exception as exc:
                        print(what, type(exc).__name__, round(time.perf_counter() - t, 2), flush=True)
        asyncio.run(main())
    """)
    env = {**os.environ, "PATH": f"{shim}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    before = _gs_pids()
    done = _run_isolated(code, env, timeout=120)
    assert not marker.exists(), "Ghostscript was started"
    assert not (_gs_pids() - before), "a Ghostscript process is running"
    lines = dict(line.split(" ", 1) for line in done.stdout.strip().splitlines())
    assert set(lines) == {"bytes", "path", "pil", "caption_bytes", "caption_path"}, done.stdout + done.stderr
    for what, outcome in lines.items():
        error, seconds = outcome.split()
        assert error == "NotAnImageError", (what, outcome)
        assert float(seconds) < 10, (what, outcome)


# (EPS itself is only ever tried in a child process above: on a vulnerable build it never returns.)
@pytest.mark.parametrize("fmt", ["PCX", "SGI", "TGA"])
def test_only_listed_raster_formats_are_opened(fmt):
    # Formats Pillow could read but pixel-llm does not open: a smaller decoder surface.
    buf = io.BytesIO()
    Image.new("RGB", (16, 8), "red").save(buf, fmt)
    with pytest.raises(NotAnImageError, match="PNG, JPEG"):
        load_rgb(buf.getvalue())


@pytest.mark.parametrize("fmt,params", [("PNG", {}), ("JPEG", {}), ("GIF", {}), ("WEBP", {}), ("BMP", {}),
                                        ("TIFF", {"compression": "tiff_lzw"}), ("PPM", {}), ("ICO", {})])
def test_listed_raster_formats_still_decode(fmt, params):
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 30, 30)).save(buf, fmt, **params)
    out = load_rgb(buf.getvalue())
    assert out.shape == (32, 32, 3)
    assert abs(int(out[16, 16, 0]) - 200) < 12 and out[16, 16, 1] < 50


def _tiff_with_samples_per_pixel(samples: int) -> bytes:
    """A little-endian TIFF whose SamplesPerPixel tag (277) claims ``samples`` (found by fuzzing:
    Pillow logs an ERROR for it, which an application without logging set up got on stderr)."""
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buf, "TIFF")
    data = bytearray(buf.getvalue())
    assert data[:4] == b"II*\x00"
    ifd = int.from_bytes(data[4:8], "little")
    for i in range(int.from_bytes(data[ifd:ifd + 2], "little")):
        entry = ifd + 2 + 12 * i
        if int.from_bytes(data[entry:entry + 2], "little") == 277:
            data[entry + 8:entry + 10] = samples.to_bytes(2, "little")
            return bytes(data)
    raise AssertionError("no SamplesPerPixel tag")


def test_damaged_files_print_nothing_even_without_logging_configured(tmp_path):
    code = textwrap.dedent("""
        import sys
        from pixel_llm.errors import PixelLLMError
        from pixel_llm.imageio import load_rgb
        for data in (open(path, "rb").read() for path in sys.argv[1:]):
            try:
                load_rgb(data)
            except PixelLLMError as exc:
                print(type(exc).__name__)
    """)
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), "red").save(buf, "TIFF", compression="tiff_adobe_deflate")
    deflate = bytearray(buf.getvalue())
    deflate[8:40] = bytes(32)  # damage the compressed strip: libtiff's own error printing
    files = [tmp_path / "samples.tif", tmp_path / "deflate.tif"]
    files[0].write_bytes(_tiff_with_samples_per_pixel(2051))
    files[1].write_bytes(bytes(deflate))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code, *map(str, files)], env=env, capture_output=True, check=False,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert len(done.stdout.split()) == 2


# -- 4. Huge frames are analysed at a bounded working size ----------------------------------------
def _big_rgba_png(path: Path) -> Path:
    """9000×9000 RGBA: transparent, a red square in the middle, a blue disc top left (~330 KB)."""
    if not path.exists():
        im = Image.new("RGBA", (9000, 9000), (0, 0, 0, 0))
        draw = ImageDraw.Draw(im)
        draw.rectangle([3000, 3000, 6000, 6000], fill=(255, 0, 0, 255))
        draw.ellipse([500, 500, 2500, 2500], fill=(0, 0, 255, 255))
        im.save(path)
    return path


@pytest.fixture(scope="module")
def big_png(tmp_path_factory) -> Path:
    return _big_rgba_png(tmp_path_factory.mktemp("big") / "big_rgba.png")


@pytest.fixture(scope="module")
def big_jpeg(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.jpg"
    rng = np.random.default_rng(0)
    a = np.repeat(np.repeat(rng.integers(0, 256, (600, 800, 3), dtype=np.uint8), 10, 0), 10, 1)  # 8000×6000
    a[2000:4000, 3000:5000] = (0, 200, 0)
    Image.fromarray(a).save(path, quality=85)
    return path


def test_huge_png_is_decoded_to_the_working_size(big_png):
    prepared = prepare_frame(big_png)
    rgb = prepared.rgb()
    h, w = rgb.shape[:2]
    assert h * w <= MAX_WORK_PIXELS and max(h, w) <= MAX_WORK_SIDE
    assert h == w > 2000  # aspect kept, not needlessly small
    assert prepared.size == (9000, 9000)
    assert rgb[h // 2, w // 2].tolist() == [255, 0, 0]
    assert rgb[h // 6, w // 6].tolist() == [0, 0, 255]
    assert rgb[h - 5, w - 5].tolist() == [255, 255, 255]  # transparency over white


def test_huge_jpeg_is_decoded_reduced(big_jpeg):
    rgb = load_rgb(big_jpeg)
    h, w = rgb.shape[:2]
    assert h * w <= MAX_WORK_PIXELS and abs(w / h - 8000 / 6000) < 0.01
    centre = rgb[int(h * 0.5), int(w * 0.5)].astype(int)
    assert abs(centre - [0, 200, 0]).max() < 30


def test_huge_arrays_and_tensors_are_reduced_too():
    a = np.zeros((9000, 9000, 3), np.uint8)
    a[:, 4500:] = 255
    rgb = load_rgb(a)
    assert rgb.shape[0] * rgb.shape[1] <= MAX_WORK_PIXELS
    assert rgb[10, 10].tolist() == [0, 0, 0] and rgb[10, -10].tolist() == [255, 255, 255]
    t = torch.zeros(3, 3000, 4000)
    assert np.prod(load_rgb(t).shape[:2]) <= MAX_WORK_PIXELS
    thin = np.zeros((1, 80_000, 3), np.uint8)
    assert load_rgb(thin).shape[1] <= MAX_WORK_SIDE


def test_full_size_on_request():
    a = np.zeros((3000, 4000, 3), np.uint8)
    assert load_rgb(a, max_work_pixels=None).shape == (3000, 4000, 3)


def test_screens_up_to_4k_are_kept_as_they_are():
    for size in ((1920, 1080), (2560, 1440), (3840, 2160)):
        assert load_rgb(Image.new("RGB", size)).shape == (size[1], size[0], 3)


MEMORY_PROBE = """
import sys
from pixel_llm.imageio import load_rgb

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) // 1024

data = open(sys.argv[1], "rb").read()
base = status("VmRSS:")
open("/proc/self/clear_refs", "w").write("5")  # reset the peak
rgb = load_rgb(data)
print(status("VmHWM:") - base, rgb.shape[0] * rgb.shape[1])
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/clear_refs"), reason="needs Linux /proc to measure peak RSS")
@pytest.mark.parametrize("which,limit_mib", [("big_png", 700), ("big_jpeg", 250)])
def test_decoding_a_huge_image_has_bounded_peak_memory(which, limit_mib, request):
    # Before: 9000×9000 RGBA PNG +1391 MiB, 8000×6000 JPEG +459 MiB (several full-size copies).
    # Now: one decoded buffer for the PNG (9000×9000×4 = 309 MiB), a 1/2-scale decode for the JPEG.
    path = request.getfixturevalue(which)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(path)], env=env, capture_output=True, check=False,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    growth, pixels = map(int, done.stdout.split())
    assert pixels <= MAX_WORK_PIXELS
    assert growth < limit_mib, f"decoding {path.name} grew the peak RSS by {growth} MiB"


class ShapeRecorder:
    """A caption model (the documented ``model=`` hook) that notes the frame it is given."""

    def __init__(self):
        self.shapes = []

    def caption(self, image, features, facts, max_length):
        self.shapes.append(image.shape)
        return "recorded"


async def test_integrator_works_on_a_bounded_frame(big_png, integrator):
    recorder = ShapeRecorder()
    config = CompositorConfig(encoder_type="efficientnet_lite0", device="cpu", facts=("colors", "shapes"))
    async with CompositorIntegrator(config, model=recorder) as it:
        assert await it.caption_frame(big_png) == "recorded"
    h, w, _ = recorder.shapes[0]
    assert h * w <= MAX_WORK_PIXELS
    result = await integrator.caption_frame_detailed(big_png)
    assert result.caption == "A red square in the center and a blue circle in the top left on a white background"
    assert (result.facts.width, result.facts.height) == (9000, 9000)  # the size as given, not the working copy's


async def test_huge_text_image_is_still_read(integrator):
    from PIL import ImageFont

    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    if not os.path.exists(font_path):
        pytest.skip("needs fonts-dejavu-core")
    if integrator.ocr is None:
        pytest.skip("no OCR engine installed")
    im = Image.new("RGB", (6000, 6000), "white")
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(font_path, 120)
    for i, line in enumerate(["quarterly report", "revenue grew", "costs fell"]):
        draw.text((300, 2400 + 300 * i), line, fill="black", font=font)
    result = await integrator.caption_frame_detailed(im, use_cache=False)
    assert "quarterly report" in result.facts.text_content.lower()


# -- 13. EXIF orientation ---------------------------------------------------------------------------
def _rotated_with_orientation_6(upright: Image.Image, fmt: str) -> bytes:
    """What a phone writes: the sensor's pixels (turned 90° counter-clockwise) plus EXIF
    orientation 6 ("rotate 90° clockwise to display")."""
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    upright.transpose(Image.Transpose.ROTATE_90).save(buf, fmt, exif=exif.tobytes(), **(
        {"quality": 95} if fmt == "JPEG" else {}))
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_exif_orientation_is_applied(fmt, tmp_path):
    upright = terminal_screen()  # 640×360
    data = _rotated_with_orientation_6(upright, fmt)
    assert Image.open(io.BytesIO(data)).size == (360, 640)  # stored sideways
    path = tmp_path / f"phone.{fmt.lower()}"
    path.write_bytes(data)
    for frame in (data, path):
        prepared = prepare_frame(frame)
        rgb = prepared.rgb()
        assert rgb.shape == (360, 640, 3) and prepared.size == (640, 360)
        diff = np.abs(rgb.astype(int) - np.asarray(upright, dtype=int)).mean()
        assert diff < 6, diff


async def test_sideways_phone_photo_of_text_reads_its_text(integrator):
    if integrator.ocr is None:
        pytest.skip("no OCR engine installed")
    data = _rotated_with_orientation_6(terminal_screen(), "JPEG")
    result = await integrator.caption_frame_detailed(data)
    assert (result.facts.width, result.facts.height) == (640, 360)
    assert "hello pixel world" in result.facts.text_content


def test_damaged_exif_is_ignored():
    buf = io.BytesIO()
    Image.new("RGB", (20, 10), "blue").save(buf, "JPEG", exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff")
    assert load_rgb(buf.getvalue()).shape == (10, 20, 3)


# -- 14. Unreadable tensors and paths are typed, per item --------------------------------------------
@pytest.mark.filterwarnings("ignore:Sparse CSR tensor support:UserWarning")
@pytest.mark.filterwarnings("ignore:torch.quantize_per_tensor:UserWarning")
@pytest.mark.parametrize("make,match", [
    (lambda: torch.zeros(3, 8, 8).to_sparse(), "sparse"),
    (lambda: torch.zeros(8, 8).to_sparse_csr(), "sparse_csr"),
    (lambda: torch.zeros(3, 8, 8, device="meta"), "meta"),
    (lambda: torch.zeros(3, 8, 8, dtype=torch.complex64), "complex"),
    (lambda: torch.quantize_per_tensor(torch.zeros(3, 8, 8), 0.1, 0, torch.quint8), "quint8"),
])
def test_unreadable_tensors_are_frame_format_errors(make, match):
    with pytest.raises(FrameFormatError, match=match):
        prepare_frame(make())


def test_odd_but_dense_tensors_still_work():
    assert load_rgb(torch.rand(3, 8, 8, dtype=torch.bfloat16)).shape == (8, 8, 3)
    assert load_rgb(torch.rand(8, 8, 3).requires_grad_()).shape == (8, 8, 3)
    assert load_rgb(torch.rand(3, 16, 16)[:, ::2, ::2]).shape == (8, 8, 3)


def test_nul_byte_path_is_image_not_found():
    for path in ("/tmp/a\0b.png", Path("pic\0.jpg")):
        with pytest.raises(ImageNotFoundError, match="NUL"):
            prepare_frame(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipes_and_devices_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "camera.png"
    os.mkfifo(fifo)  # nobody writes to it: reading it blocks until a writer comes and goes
    outcome: list[BaseException | None] = []

    def attempt():
        try:
            prepare_frame(fifo)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported below
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():
        with open(fifo, "wb"):  # let the blocked read finish so the test can end
            pass
        worker.join(10)
        pytest.fail("reading the named pipe blocked")
    assert isinstance(outcome[0], NotAnImageError) and "regular file" in str(outcome[0])
    if os.path.exists("/dev/null"):
        with pytest.raises(NotAnImageError, match="regular file"):
            prepare_frame("/dev/null")


async def test_batch_keeps_going_past_unreadable_items(integrator, images):
    frames = [images["red_square"], torch.zeros(3, 8, 8).to_sparse(), torch.zeros(3, 8, 8, device="meta"),
              "/tmp/a\0b.png", b"not an image at all", images["red_square"].read_bytes()]
    out = await integrator.caption_batch(frames, return_exceptions=True)
    assert out[0] == out[5] == "A red square on a white background"
    assert [type(r) for r in out[1:5]] == [FrameFormatError, FrameFormatError, ImageNotFoundError, NotAnImageError]
    with pytest.raises(BatchCaptionError) as info:
        await integrator.caption_batch(frames)
    assert info.value.results[0] == "A red square on a white background"
    assert set(info.value.errors) == {1, 2, 3, 4}
    assert all(isinstance(e, PixelLLMError) for e in info.value.errors.values())


# -- 15. One-pixel-thin frames are captioned ---------------------------------------------------------
@pytest.mark.parametrize("shape", [(1, 1300, 3), (2000, 1, 3), (1, 2, 3), (3, 5000, 3)])
async def test_thin_frames_are_captioned(integrator, shape):
    a = np.zeros(shape, np.uint8)
    a[..., 0] = 220
    caption = await integrator.caption_frame(a, use_cache=False)
    assert isinstance(caption, str) and caption
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "PNG")
    assert await integrator.caption_frame(buf.getvalue(), use_cache=False) == caption


# -- 20. A one-pixel frame prints nothing ------------------------------------------------------------
async def test_one_pixel_frame_warns_nothing(integrator, capfd):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for frame in (np.full((1, 1, 3), 9, np.uint8), np.full((1, 1), 200, np.uint8), Image.new("RGB", (1, 1))):
            caption = await integrator.caption_frame(frame, use_cache=False)
            assert isinstance(caption, str) and caption
    out, err = capfd.readouterr()
    assert out == "" and err == ""


async def test_small_frames_do_not_wait_behind_a_huge_one(big_png):
    # Before: one compute thread, first come first served, so a small frame sent while a
    # 9000×9000 upload was being decoded waited seconds for it. Now frames over
    # LARGE_FRAME_PIXELS have a lane of their own.
    from pixel_llm import CompositorConfig, CompositorIntegrator

    async with CompositorIntegrator(CompositorConfig(device="cpu", generator="offline")) as it:
        square = np.asarray(red_square())
        await it.caption_frame(square)  # models loaded and warm
        done: list[str] = []
        huge = asyncio.create_task(it.caption_frame(big_png.read_bytes()))
        huge.add_done_callback(lambda _: done.append("huge"))
        await asyncio.sleep(0.2)  # the huge frame is on its way through decoding
        for i in range(3):  # new pixels each time: no cache hit
            small = square.copy()
            small[0, i] = (0, 0, 0)
            assert await it.caption_frame(small) == "A red square on a white background"
            done.append("small")
        await huge
    assert done == ["small", "small", "small", "huge"]
