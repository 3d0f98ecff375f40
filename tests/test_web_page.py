"""The live captioning page in real headless Chromium (Debian's chromium + chromium-driver,
driven by Selenium). The fake camera plays a clip made from a real photo; the test waits for
a caption over the video and keeps a screenshot in ./test-artifacts/."""

import os
import shutil
import time
from pathlib import Path

import pytest
from PIL import Image

from conftest import photo
from test_server_live import Server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(os.environ.get("PIXEL_LLM_ARTIFACTS", Path(__file__).resolve().parents[1] / "test-artifacts"))

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")


def y4m_clip(path: Path, rgb, frames: int = 20) -> Path:
    """A YUV4MPEG2 clip of a still photo: what Chromium's fake camera can play."""
    im = Image.fromarray(rgb).resize((640, 480))
    y, cb, cr = im.convert("YCbCr").split()
    planes = y.tobytes() + cb.resize((320, 240)).tobytes() + cr.resize((320, 240)).tobytes()
    with open(path, "wb") as f:
        f.write(b"YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n")
        for _ in range(frames):
            f.write(b"FRAME\n" + planes)
    return path


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    clip = y4m_clip(tmp_path / "cat.y4m", photo("chelsea"))
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                 f"--use-file-for-fake-video-capture={clip}", f"--user-data-dir={tmp_path / 'profile'}",
                 "--window-size=1100,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def test_page_captions_the_camera(browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    server = Server("--generator", "offline")
    try:
        browser.get(server.url + "/")
        browser.find_element(By.ID, "start-camera").click()
        # the camera's first frames may still be blank: wait for the photo's caption
        seen: list[str] = []
        try:
            caption = WebDriverWait(browser, 60).until(
                lambda d: (t := d.find_element(By.ID, "caption-text").text.strip()) and (seen.append(t) or "cat" in t)
                and t)
        except Exception:
            caption = " | ".join(dict.fromkeys(seen))  # every caption shown, for the assertion below
        time.sleep(1.0)  # a few more frames, so the overlay is drawn
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "web_page_camera.png"))
        latency = browser.find_element(By.ID, "latency").text
        overlay_pixels = browser.execute_script(
            "const c = document.getElementById('overlay'); const d = c.getContext('2d')"
            ".getImageData(0, c.height - 40, c.width, 30).data; let n = 0;"
            "for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0) n++; return n;")
    finally:
        log = server.stop()
    assert "cat" in caption, caption
    assert "ms" in latency
    assert overlay_pixels > 1000  # the caption box is drawn over the video
    assert (ARTIFACTS / "web_page_camera.png").stat().st_size > 10_000, log


def test_page_one_off_upload(browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    image = tmp_path / "coffee.png"
    Image.fromarray(photo("coffee")).save(image)
    server = Server("--generator", "offline")
    try:
        browser.get(server.url + "/")
        browser.find_element(By.ID, "file-input").send_keys(str(image))
        text = WebDriverWait(browser, 60).until(
            lambda d: (t := d.find_element(By.ID, "oneoff-caption").text) and "…" not in t and t)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "web_page_upload.png"))
    finally:
        server.stop()
    assert "espresso" in text and "offline" in text
