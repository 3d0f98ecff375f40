"""The server under attack: each test reproduces one way the server was broken (issue #9) —
upload limits bypassed by chunked bodies, slow bodies held open, forged request ids, error
bodies of another shape, credentials shown without the key, whole batches failed by one item,
WebSocket frames refused below the configured limit."""

import base64
import io
import json
import socket
import time

import httpx
import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from conftest import red_square
from pixel_llm import CompositorConfig
from pixel_llm.server import ServerSettings, create_app
from test_server_live import Server

OFFLINE = CompositorConfig(encoder_type="random", device="cpu", generator="offline", ocr="off")


def png_bytes(im=None) -> bytes:
    buf = io.BytesIO()
    (im or red_square()).save(buf, "PNG")
    return buf.getvalue()


def read_answer(s: socket.socket) -> str:
    """An HTTP response read off a raw socket: head and body (by its Content-Length)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += s.recv(65536) or b"\r\n\r\n"
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")), 0)
    while len(body) < length:
        more = s.recv(65536)
        if not more:
            break
        body += more
    return (head + b"\r\n\r\n" + body).decode("latin-1")


@pytest.fixture
def small_server():
    s = Server("--generator", "offline", "--max-upload-mb", "1", "--read-timeout", "2")
    yield s
    s.stop()


def test_chunked_multipart_without_length_is_refused_at_the_limit(small_server):
    """A chunked upload (no Content-Length) is answered 413 as soon as it passes the limit:
    the client sends 2 MB of a never-ending body to a 1 MB server and gets its answer without
    sending more (before, the server parsed on, spooling everything it was sent to disk)."""
    boundary = "b0undary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
            "Content-Type: image/png\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", small_server.port), timeout=10) as s:
        s.sendall(b"POST /caption HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                  + f"Content-Type: multipart/form-data; boundary={boundary}\r\n\r\n".encode())
        for part in [head] + [b"\0" * 65536] * 32:
            s.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
        answer = read_answer(s)  # the body never ends: only an early answer comes
    assert " 413 " in answer.split("\r\n")[0] and "PayloadTooLarge" in answer
    assert httpx.get(f"{small_server.url}/health").status_code == 200


def test_many_large_text_fields_are_refused(small_server):
    """Text fields count against the limit too, also in a chunked body (no Content-Length):
    twelve 400 kB fields and a small image to a 1 MB server."""
    boundary = "f1elds"
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\n".encode() + b"x" * 400_000
             + b"\r\n" for i in range(12)]
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                 "Content-Type: image/png\r\n\r\n".encode() + png_bytes() + f"\r\n--{boundary}--\r\n".encode())
    body = b"".join(parts)

    def chunks():
        for i in range(0, len(body), 65536):
            yield body[i:i + 65536]

    r = httpx.post(f"{small_server.url}/caption", content=chunks(), timeout=30,
                   headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413 and r.json()["error"]["type"] == "PayloadTooLarge"


def test_a_body_that_stalls_gets_408(small_server):
    """A request that declares more than it sends is not held open for ever."""
    host, port = "127.0.0.1", small_server.port
    with socket.create_connection((host, port), timeout=60) as s:
        s.sendall(b"POST /caption HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nContent-Length: 500000\r\n\r\n"
                  + b"\x89PNG" + b"\0" * 96)
        started = time.monotonic()
        answer = read_answer(s)
    assert " 408 " in answer.split("\r\n")[0]
    assert time.monotonic() - started < 40
    assert '"request_id"' in answer


def test_request_id_is_a_safe_token():
    with TestClient(create_app(OFFLINE)) as c:
        good = c.get("/health", headers={"X-Request-ID": "abc-123.X_y"})
        assert good.headers["X-Request-ID"] == "abc-123.X_y"
        for bad in ("x" * 500, "spaces are bad", "<script>", "a\tb", "a%0d%0aforged: x"):
            rid = c.get("/health", headers={"X-Request-ID": bad}).headers["X-Request-ID"]
            assert rid != bad and rid.isalnum() and len(rid) <= 64


@pytest.mark.parametrize("method,path,kwargs,status", [
    ("get", "/no-such-route", {}, 404),
    ("delete", "/caption", {}, 405),
    ("post", "/caption", {"content": b"--x\r\nbroken", "headers": {"Content-Type": "multipart/form-data; boundary=x"}},
     None),
    ("post", "/caption", {"content": b"[" * 100_000 + b"]" * 100_000, "headers": {"Content-Type": "application/json"}},
     422),
    ("post", "/caption?details=maybe", {"content": png_bytes(), "headers": {"Content-Type": "image/png"}}, 422),
])
def test_every_error_has_the_documented_shape(method, path, kwargs, status):
    with TestClient(create_app(OFFLINE), raise_server_exceptions=False) as c:
        r = getattr(c, method)(path, **kwargs)
    assert r.status_code >= 400 and (status is None or r.status_code == status)
    body = r.json()
    assert set(body) == {"error", "request_id"} and body["request_id"] == r.headers["X-Request-ID"]
    assert isinstance(body["error"]["type"], str) and isinstance(body["error"]["message"], str)


def test_health_hides_credentials_and_details_without_the_key():
    config = CompositorConfig(encoder_type="random", device="cpu", generator="openai", ocr="off",
                              lm_studio_base_url="http://admin:hunter2@127.0.0.1:9/v1")
    with TestClient(create_app(config, ServerSettings(api_key="k3y"))) as c:
        c.post("/caption", content=png_bytes(), headers={"Content-Type": "image/png", "Authorization": "Bearer k3y"})
        public = c.get("/health")
        keyed = c.get("/health", headers={"Authorization": "Bearer k3y"})
        stats = c.get("/stats", headers={"Authorization": "Bearer k3y"})
    assert public.status_code == 200 and public.json()["status"] == "ok"
    assert "llm" not in public.json() and "127.0.0.1:9" not in public.text
    for r in (public, keyed, stats):
        assert "hunter2" not in r.text and "admin" not in r.text
    assert "127.0.0.1:9" in keyed.text  # details, without the credentials, behind the key


def test_one_bad_base64_item_does_not_fail_the_batch():
    good = base64.b64encode(png_bytes()).decode()
    with TestClient(create_app(OFFLINE)) as c:
        r = c.post("/caption/batch", json={"images": [good, "not base64 !!", good]})
    assert r.status_code == 200
    results = r.json()["results"]
    assert "caption" in results[0] and "caption" in results[2]
    assert results[1]["error"]["type"] == "BadRequest"


def test_websocket_frame_under_the_limit_is_captioned():
    big = Image.fromarray(np.random.default_rng(0).integers(0, 256, (2400, 2500, 3), dtype=np.uint8))
    buf = io.BytesIO()
    big.save(buf, "BMP")
    data = buf.getvalue()
    assert 17_000_000 < len(data) < 20 * 1024 * 1024
    s = Server("--generator", "offline", "--max-upload-mb", "20")
    try:
        from websockets.sync.client import connect

        with connect(f"ws://127.0.0.1:{s.port}/ws", max_size=None) as ws:
            ws.send(data)
            answer = json.loads(ws.recv(timeout=120))
            assert "caption" in answer, answer
            ws.send(b"\0" * (21 * 1024 * 1024))
            answer = json.loads(ws.recv(timeout=60))
            assert answer["error"]["type"] == "PayloadTooLarge"
    finally:
        s.stop()


def test_sigterm_ends_the_server_while_an_endpoint_never_answers():
    """SIGTERM while a caption waits on an endpoint that never answers: the server exits in
    seconds (connections get 5 s, the integrator's work 5 s more), not when the endpoint wakes."""
    import signal
    import subprocess
    import threading

    from fault_server import FaultServer

    endpoint = FaultServer()
    endpoint.default = ("sleep", 600, "too late")
    with endpoint:
        s = Server("--generator", "openai", env={"PIXEL_LLM_LM_STUDIO_BASE_URL": endpoint.url,
                                                  "PIXEL_LLM_LM_STUDIO_MODEL": "test-model"})
        answers: list = []

        def ask():
            try:
                answers.append(httpx.post(f"{s.url}/caption", content=png_bytes(), timeout=60,
                                          headers={"Content-Type": "image/png"}).status_code)
            except httpx.HTTPError as exc:
                answers.append(type(exc).__name__)

        worker = threading.Thread(target=ask)
        worker.start()
        deadline = time.monotonic() + 30
        while not endpoint.requests and time.monotonic() < deadline:
            time.sleep(0.1)
        assert endpoint.requests, "the caption never reached the endpoint"
        started = time.monotonic()
        s.proc.send_signal(signal.SIGTERM)
        try:
            s.proc.wait(25)
        except subprocess.TimeoutExpired:
            s.proc.kill()
            pytest.fail("the server was still running 25 s after SIGTERM")
        assert time.monotonic() - started < 25
        worker.join(30)
