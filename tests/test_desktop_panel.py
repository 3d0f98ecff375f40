"""A desktop whose wallpaper (or maximised window) is a photo is told from a photo by its
panel: a bar along the top or bottom edge with the time on it (issue #10)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import photo
from pixel_llm import CompositorConfig, CompositorIntegrator

pytestmark = pytest.mark.skipif(not shutil.which("tesseract"), reason="needs tesseract-ocr")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def font(size: int):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        pytest.skip("needs the DejaVu fonts (fonts-dejavu-core)")


def desktop(bar_text: tuple[str, str, str] | None, edge: str = "top", size=(1280, 800), bar=(28, 28, 28),
            gradient: bool = False) -> np.ndarray:
    """A photo (skimage's coffee) filling a screen, with a panel drawn along ``edge``:
    (left, middle, right) texts, like GNOME's top bar."""
    w, h = size
    im = Image.fromarray(photo("coffee")).resize(size, Image.LANCZOS)
    if bar_text is not None:
        d = ImageDraw.Draw(im)
        y0 = 0 if edge == "top" else h - 30
        for i in range(30):
            shade = tuple(max(0, c - (i // 3 if gradient else 0)) for c in bar)
            d.line([(0, y0 + i), (w, y0 + i)], fill=shade)
        f = font(15)
        left, middle, right = bar_text
        d.text((12, y0 + 6), left, fill=(235, 235, 235), font=f)
        d.text((w // 2 - d.textlength(middle, font=f) / 2, y0 + 6), middle, fill=(235, 235, 235), font=f)
        d.text((w - 12 - d.textlength(right, font=f), y0 + 6), right, fill=(235, 235, 235), font=f)
    return np.asarray(im)


@pytest.fixture(scope="module")
async def it():
    async with CompositorIntegrator(CompositorConfig(encoder_type="bundled", device="cpu", generator="offline")) as i:
        yield i


async def test_a_photo_wallpaper_under_a_panel_with_a_clock_is_a_desktop(it):
    for frame in (desktop(("Activities", "Tue 14:05", "en")), desktop(("Terminal", "", "9:41 AM"), gradient=True),
                  desktop(("Start", "", "17:30"), edge="bottom")):
        result = await it.caption_frame_detailed(frame, use_cache=False)
        assert result.facts.screen is not None and result.facts.screen.panel is not None, result.caption
        assert result.caption.startswith("A desktop"), result.caption
        assert "photo" not in result.caption and "espresso" not in result.caption, result.caption
    assert result.facts.screen.panel.edge == "bottom" and result.facts.screen.panel.clock == "17:30"


async def test_the_panel_names_the_program_in_front(it):
    result = await it.caption_frame_detailed(desktop(("Image Viewer", "Tue 14:05", "en")), use_cache=False)
    assert result.caption == 'A desktop whose top panel reads "Image Viewer"', result.caption


async def test_a_bar_without_a_clock_is_not_a_panel(it):
    # the same photo, with a caption strip or a letterbox bar: still a photo
    for frame in (desktop(None), desktop(("Chapter one", "", "The harbour")), desktop(("", "", ""), edge="bottom")):
        result = await it.caption_frame_detailed(frame, use_cache=False)
        assert result.facts.screen is None, result.caption
        assert "desktop" not in result.caption and "screen" not in result.caption, result.caption


async def test_a_clock_in_a_photo_that_is_not_screen_shaped_is_not_a_panel(it):
    frame = desktop(("Activities", "Tue 14:05", "en"), size=(1000, 800))  # 5:4 is a screen; 1000x800 is too
    square = desktop(("Activities", "Tue 14:05", "en"), size=(900, 900))
    result = await it.caption_frame_detailed(square, use_cache=False)
    assert result.facts.screen is None, result.caption
    assert (await it.caption_frame_detailed(frame, use_cache=False)).facts.screen is not None


async def test_a_panel_under_the_screenshots_border_line_is_found(it):
    # a screenshot framed by a one-pixel line: the panel starts under it (KDE's light panel)
    frame = desktop(("Start", "", "10:14"), edge="bottom", bar=(239, 240, 241)).copy()
    frame[[0, -1], :] = 100
    frame[:, [0, -1]] = 100
    light = Image.fromarray(frame)
    d = ImageDraw.Draw(light)
    w, h = light.size
    d.rectangle((0, h - 30, w, h - 2), fill=(239, 240, 241))  # the panel, light, under the border line
    d.text((12, h - 24), "Start", fill=(35, 38, 41), font=font(15))
    d.text((w - 60, h - 24), "10:14", fill=(35, 38, 41), font=font(15))
    result = await it.caption_frame_detailed(np.asarray(light), use_cache=False)
    assert result.facts.screen is not None and result.facts.screen.panel is not None, result.caption
    assert result.facts.screen.panel.clock == "10:14" and result.caption.startswith("A desktop"), result.caption
