"""Every input kind becomes the same RGB pixels; every bad input gets a typed error."""

import io

import numpy as np
import pytest
import torch
from PIL import Image

from pixel_llm import (CorruptImageError, EmptyImageError, FrameFormatError, ImageNotFoundError, ImageTooLargeError,
                       NotAnImageError)
from pixel_llm.imageio import load_rgb, prepare_frame


@pytest.fixture
def rgb():
    rng = np.random.default_rng(1)
    return rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)


def png_bytes(a: np.ndarray, mode=None) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a, mode).save(buf, "PNG") if mode else Image.fromarray(a).save(buf, "PNG")
    return buf.getvalue()


def test_all_input_kinds_give_the_same_pixels(rgb, tmp_path):
    path = tmp_path / "x.png"
    path.write_bytes(png_bytes(rgb))
    inputs = {
        "array": rgb,
        "bgr": rgb[:, :, ::-1].copy(),
        "float": rgb.astype(np.float32) / 255.0,
        "uint16": rgb.astype(np.uint16) * 257,
        "rgba": np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)]),
        "pil": Image.fromarray(rgb),
        "pil_rgba": Image.fromarray(rgb).convert("RGBA"),
        "str": str(path),
        "path": path,
        "bytes": path.read_bytes(),
        "tensor_chw": torch.from_numpy(rgb).permute(2, 0, 1).float() / 255.0,
        "tensor_nchw": torch.from_numpy(rgb).permute(2, 0, 1)[None],
    }
    for name, frame in inputs.items():
        order = "bgr" if name == "bgr" else "rgb"
        out = load_rgb(frame, color_order=order)
        assert out.dtype == np.uint8 and out.shape == (48, 64, 3), name
        assert np.abs(out.astype(int) - rgb).max() <= 1, name


def test_bgr_order_swaps_red_and_blue():
    bgr = np.zeros((8, 8, 3), np.uint8)
    bgr[..., 2] = 255  # OpenCV: red is the last channel
    assert load_rgb(bgr, color_order="bgr")[0, 0].tolist() == [255, 0, 0]
    assert load_rgb(bgr, color_order="rgb")[0, 0].tolist() == [0, 0, 255]


@pytest.mark.parametrize("mode", ["L", "1", "P", "LA", "CMYK", "I;16", "I", "F", "YCbCr", "RGBA"])
def test_pil_modes(mode, rgb):
    im = Image.fromarray(rgb).convert(mode)
    out = load_rgb(im)
    assert out.shape == (48, 64, 3) and out.dtype == np.uint8


def test_grayscale_arrays_and_transparency():
    gray = np.full((10, 12), 200, np.uint8)
    assert load_rgb(gray)[0, 0].tolist() == [200, 200, 200]
    assert load_rgb(gray[:, :, None]).shape == (10, 12, 3)
    clear = np.zeros((4, 4, 4), np.uint8)  # fully transparent black → white background
    assert load_rgb(clear)[0, 0].tolist() == [255, 255, 255]
    assert load_rgb(np.ones((4, 4), bool))[0, 0].tolist() == [255, 255, 255]


def test_missing_file(tmp_path):
    with pytest.raises(ImageNotFoundError, match="no such image file"):
        prepare_frame(tmp_path / "nope.jpg")
    with pytest.raises(FileNotFoundError):
        prepare_frame(str(tmp_path / "nope.jpg"))


def test_not_an_image(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("hello, I am text")
    with pytest.raises(NotAnImageError):
        load_rgb(path)
    with pytest.raises(NotAnImageError):
        load_rgb(b"")
    with pytest.raises(NotAnImageError):
        load_rgb(tmp_path)


def test_truncated_and_corrupt(rgb):
    data = png_bytes(rgb)
    with pytest.raises(CorruptImageError):
        load_rgb(data[: len(data) // 2])
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG")
    jpeg = bytearray(buf.getvalue())
    with pytest.raises(CorruptImageError):
        load_rgb(bytes(jpeg[:200]))


def test_zero_size():
    with pytest.raises(EmptyImageError):
        load_rgb(np.zeros((0, 10, 3), np.uint8))
    with pytest.raises(EmptyImageError):
        load_rgb(Image.new("RGB", (0, 0)))


def test_decompression_bomb():
    # A small PNG file that declares 20000 x 20000 pixels: refused before decoding.
    buf = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buf, "PNG")
    assert len(buf.getvalue()) < 200_000
    with pytest.raises(ImageTooLargeError, match="max_image_pixels"):
        load_rgb(buf.getvalue(), max_pixels=100_000_000)
    with pytest.raises(ImageTooLargeError):
        load_rgb(np.zeros((100, 100, 3), np.uint8), max_pixels=9_999)


@pytest.mark.parametrize("frame,match", [
    (np.zeros((10, 10, 3), np.int64), "dtype"),
    (np.zeros((10, 10, 3), np.complex64), "dtype"),
    (np.zeros((10, 10, 2), np.uint8), "shape"),
    (np.zeros((2, 10, 10, 3), np.uint8), "shape"),
    (np.zeros(10, np.uint8), "shape"),
    ([[1, 2], [3, 4]], "list"),
    (12, "int"),
])
def test_wrong_dtype_or_shape(frame, match):
    with pytest.raises(FrameFormatError, match=match):
        prepare_frame(frame)


def test_digest_follows_pixels_not_names(tmp_path, rgb):
    path = tmp_path / "frame.png"
    path.write_bytes(png_bytes(rgb))
    first = prepare_frame(path).digest
    assert prepare_frame(path).digest == first
    changed = rgb.copy()
    changed[0, 0] ^= 1
    path.write_bytes(png_bytes(changed))
    assert prepare_frame(path).digest != first
    assert prepare_frame(rgb).digest == prepare_frame(rgb.copy()).digest
    assert prepare_frame(rgb).digest != prepare_frame(changed).digest
    assert prepare_frame(rgb, color_order="bgr").digest != prepare_frame(rgb).digest
