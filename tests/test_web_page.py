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
    yield from _browser(tmp_path, "chelsea")


@pytest.fixture
def person_browser(tmp_path):
    yield from _browser(tmp_path, "astronaut")


def _browser(tmp_path, name: str):
    """Headless Chromium whose fake camera shows skimage's ``name`` photo."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    clip = y4m_clip(tmp_path / f"{name}.y4m", photo(name))
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


def test_page_boxes_the_people_it_counts(person_browser):
    """The camera shows a person: the page says so, counts her in its status line and draws her
    box over the video where her face is (the upper middle of the frame), nowhere else."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser = person_browser
    server = Server("--generator", "offline")
    try:
        browser.get(server.url + "/")
        browser.find_element(By.ID, "start-camera").click()
        WebDriverWait(browser, 60).until(lambda d: "a person" in d.find_element(By.ID, "caption-text").text)
        time.sleep(1.0)
        stats = browser.find_element(By.ID, "stats").text
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "web_page_person.png"))
        # the box's gold pixels, as (x, y) fractions of the video's drawn area
        where = browser.execute_script(
            "const c = document.getElementById('overlay'), v = document.getElementById('video');"
            "const s = Math.min(c.width / v.videoWidth, c.height / v.videoHeight);"
            "const dw = v.videoWidth * s, dh = v.videoHeight * s, ox = (c.width - dw) / 2, oy = (c.height - dh) / 2;"
            "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const out = [];"
            "for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i + 1] > 170 && d[i + 1] < 240 && d[i + 2] < 80"
            " && d[i + 3] > 200) { const p = i / 4; out.push([((p % c.width) - ox) / dw, (Math.floor(p / c.width) - oy) / dh]); }"
            "return out;")
    finally:
        server.stop()
    assert "people 1" in stats, stats
    assert len(where) > 100, len(where)  # a box is drawn
    xs, ys = sorted(x for x, _ in where), sorted(y for _, y in where)
    # around the astronaut's face: in the middle third across, in the upper half
    assert 0.25 < xs[len(xs) // 2] < 0.75 and 0.0 < ys[len(ys) // 2] < 0.5, (xs[len(xs) // 2], ys[len(ys) // 2])
