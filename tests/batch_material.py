"""Material for the batch-job tests: a dataset with every kind of input (real photos, drawn
images, broken files, a WebDataset shard, a video) and a real local HTTP server for URL lists
(200s, 404s, slow answers, an answer that stalls, a flaky 503-then-200)."""

from __future__ import annotations

import http.server
import io
import json
import tarfile
import threading
import time
from pathlib import Path

import numpy as np
from PIL import Image

from conftest import make_cut_video, photo, red_square, terminal_screen

OFFLINE = dict(encoder_type="bundled", device="cpu", generator="offline")
COMPARED = ("id", "kind", "path", "member", "timestamp", "caption", "backend", "encoder", "width", "height",
            "labels", "text", "facts", "error_type", "error_message")
"""Row columns that must not depend on the engine (timings and the device may)."""


def jpeg(a: np.ndarray | Image.Image, size=None, quality=90) -> bytes:
    im = a if isinstance(a, Image.Image) else Image.fromarray(a)
    if size:
        im = im.resize(size)
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def make_dataset(root: Path) -> dict:
    """A folder tree, a tar shard and a video; returns what each should give."""
    photos = root / "photos"
    (photos / "street").mkdir(parents=True)
    (photos / "chelsea.jpg").write_bytes(jpeg(photo("chelsea"), (320, 240)))
    (photos / "coffee.jpg").write_bytes(jpeg(photo("coffee"), (320, 240)))
    (photos / "street" / "rocket.jpg").write_bytes(jpeg(photo("rocket"), (240, 320)))
    (photos / "street" / "square.png").write_bytes(png(red_square((200, 150))))
    (photos / "terminal.png").write_bytes(png(terminal_screen()))
    (photos / "notes.md").write_text("not an image, and not named like one: left out\n")
    (photos / "broken.jpg").write_bytes(jpeg(photo("astronaut"), (320, 240))[:900])  # cut short
    (photos / "empty.png").write_bytes(b"")
    (photos / "text.jpg").write_text("this is text with an image's name")

    shard = root / "shard-000000.tar"
    with tarfile.open(shard, "w") as tf:
        for key, data, ext in (("000", jpeg(photo("coffee"), (160, 120)), "jpg"),
                               ("001", png(red_square((240, 180))), "png"),
                               ("002", b"\x89PNG garbage", "png")):
            for name, payload in ((f"{key}.{ext}", data), (f"{key}.json", json.dumps({"k": key}).encode())):
                info = tarfile.TarInfo(name)
                info.size = len(payload)
                tf.addfile(info, io.BytesIO(payload))
    video = root / "cuts.avi"
    make_cut_video(video, seconds_each=1.0, fps=10, size=(256, 192))  # 4 s: 4 samples at 1 s
    return {"photos": photos, "shard": shard, "video": video}


class _Handler(http.server.BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}
    hits: dict[str, int] = {}

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        name = self.path.rsplit("/", 1)[-1]
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path.startswith("/stall/"):
            time.sleep(4)  # longer than the tests' url_timeout
        if self.path.startswith("/slow/"):
            time.sleep(0.4)  # slow, but well within the timeout
        if self.path.startswith("/flaky/") and self.hits[self.path] == 1:
            return self._send(503, b"busy")
        data = self.files.get(name)
        if data is None:
            return self._send(404, b"no such image")
        self._send(200, data, "image/jpeg")

    def _send(self, status, body, ctype="text/plain"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class ImageServer:
    """A real HTTP server on loopback, in a thread."""

    def __init__(self, files: dict[str, bytes]):
        handler = type("Handler", (_Handler,), {"files": dict(files), "hits": {}})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.handler = handler
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rows_by_id(rows: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for row in rows:
        assert row["id"] not in out, f"duplicate row for {row['id']}"
        out[row["id"]] = row
    return out


def read_rows(output: Path | str) -> list[dict]:
    """Every row of a batch output, read the way a user would."""
    output = str(output)
    if output.endswith(".parquet"):
        import pyarrow.parquet as pq

        return pq.read_table(output).to_pylist()
    return [json.loads(line) for line in Path(output).read_text("utf-8").splitlines() if line.strip()]


def comparable(row: dict) -> dict:
    out = {k: row[k] for k in COMPARED}
    if isinstance(out["facts"], str):
        out["facts"] = json.loads(out["facts"])
    return out
