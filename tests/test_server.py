"""The HTTP server through ``with TestClient(app)`` (the lifespan runs): every endpoint and
every error code."""

import base64
import io
import json

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from conftest import photo, red_square
from pixel_llm import CompositorConfig
from pixel_llm.server import ServerSettings, create_app

OFFLINE = CompositorConfig(encoder_type="bundled", device="cpu", generator="offline")


def png(im) -> bytes:
    buf = io.BytesIO()
    (im if isinstance(im, Image.Image) else Image.fromarray(im)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(OFFLINE, ServerSettings(max_upload_bytes=2_000_000, max_batch=8))) as c:
        yield c


def test_multipart_upload_as_in_the_spec(client):
    r = client.post("/caption", files={"file": ("square.png", png(red_square()), "image/png")})
    assert r.status_code == 200 and r.json() == {"caption": "A red square on a white background"}
    assert r.headers["X-Request-ID"]


def test_raw_bytes_json_base64_and_details(client):
    data = png(photo("chelsea"))
    raw = client.post("/caption", content=data, headers={"Content-Type": "image/png"})
    js = client.post("/caption?details=true", json={"image": base64.b64encode(data).decode()})
    url = client.post("/caption", json={"image": "data:image/png;base64," + base64.b64encode(data).decode()})
    assert raw.status_code == js.status_code == url.status_code == 200
    assert raw.json()["caption"] == js.json()["caption"] == url.json()["caption"]
    details = js.json()
    assert "cat" in details["caption"] and details["backend"] == "offline" and details["cached"] is True
    assert details["facts"]["labels"][0]["name"] == "cat" and "total_ms" in details["timings"]


def test_batch_in_order_with_a_bad_item(client):
    files = [("files", ("a.png", png(red_square()), "image/png")), ("files", ("b.txt", b"not an image", "text/plain")),
             ("files", ("c.png", png(photo("coffee")), "image/png"))]
    r = client.post("/caption/batch", files=files)
    assert r.status_code == 200
    results = r.json()["results"]
    assert results[0] == {"caption": "A red square on a white background"}
    assert results[1]["error"]["type"] == "NotAnImageError" and results[1]["error"]["status"] == 422
    assert "espresso" in results[2]["caption"]
    js = client.post("/caption/batch", json={"images": [base64.b64encode(png(red_square())).decode()]})
    assert js.json()["results"] == [{"caption": "A red square on a white background"}]


@pytest.mark.parametrize("kwargs,status,kind", [
    ({"content": b"hello", "headers": {"Content-Type": "text/plain"}}, 415, "UnsupportedMediaType"),
    ({"content": b"hello"}, 415, "UnsupportedMediaType"),
    ({"content": png(red_square())[:300], "headers": {"Content-Type": "image/png"}}, 422, "CorruptImageError"),
    ({"content": b"GIF89a....", "headers": {"Content-Type": "image/gif"}}, 422, "NotAnImageError"),
    ({"files": {"file": ("x.jpg", b"plain text", "image/jpeg")}}, 422, "NotAnImageError"),
    ({"json": {"image": "%%% not base64"}}, 422, "BadRequest"),
    ({"json": {"picture": "abc"}}, 422, "BadRequest"),
    ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 422, "BadRequest"),
    ({"files": {"name": (None, "no file")}}, 422, "BadRequest"),
    ({"data": {"name": "urlencoded"}}, 415, "UnsupportedMediaType"),
    ({"content": b"\0" * 2_000_001, "headers": {"Content-Type": "image/png"}}, 413, "PayloadTooLarge"),
    ({"files": {"file": ("big.png", b"\0" * 2_000_001, "image/png")}}, 413, "PayloadTooLarge"),
])
def test_errors_have_codes_and_json_bodies(client, kwargs, status, kind):
    r = client.post("/caption", **kwargs)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"]["type"] == kind and body["error"]["message"] and body["request_id"]
    # and the server keeps working
    assert client.post("/caption", content=png(red_square()), headers={"Content-Type": "image/png"}).status_code == 200


def test_decompression_bomb_is_413(client):
    buf = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buf, "PNG")
    r = client.post("/caption", content=buf.getvalue(), headers={"Content-Type": "image/png"})
    assert r.status_code == 413 and r.json()["error"]["type"] == "ImageTooLargeError"


def test_too_many_batch_items(client):
    r = client.post("/caption/batch", json={"images": [base64.b64encode(png(red_square())).decode()] * 9})
    assert r.status_code == 413


def test_request_id_is_echoed(client):
    r = client.get("/health", headers={"X-Request-ID": "abc-123"})
    assert r.headers["X-Request-ID"] == "abc-123"


def test_health_stats_metrics(client):
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["encoder"].startswith("efficientnet_lite0")
    stats = client.get("/stats").json()
    assert stats["cache"]["size"] >= 1 and stats["generator"] == "offline" and stats["server"]["captions"] >= 1
    metrics = client.get("/metrics")
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'pixel_llm_requests_total{route="/caption",status="200"}' in text
    assert "pixel_llm_caption_seconds_count" in text and "pixel_llm_cache_hits_total" in text


def test_page_and_openapi(client):
    page = client.get("/")
    assert page.status_code == 200 and "getDisplayMedia" in page.text and "getUserMedia" in page.text
    spec = client.get("/openapi.json").json()
    assert {"/caption", "/caption/batch", "/health", "/stats", "/metrics"} <= set(spec["paths"])
    assert "multipart/form-data" in spec["paths"]["/caption"]["post"]["requestBody"]["content"]


def test_websocket_live_frames(client):
    with client.websocket_connect("/ws") as ws:
        ws.send_bytes(png(red_square()))
        answer = ws.receive_json()
        assert answer["caption"] == "A red square on a white background" and answer["frame"] == 1
        ws.send_bytes(b"garbage")
        assert ws.receive_json()["error"]["type"] == "NotAnImageError"
        ws.send_bytes(png(photo("coffee"))[:2000])  # cut short: only decoding tells
        answer = ws.receive_json()
        assert answer["frame"] == 3 and answer["error"]["type"] == "CorruptImageError", answer
        ws.send_bytes(png(photo("coffee")))
        answer = ws.receive_json()
        assert "espresso" in answer["caption"] and answer["frame"] == 4


def test_api_key():
    settings = ServerSettings(api_key="s3cret")
    with TestClient(create_app(OFFLINE, settings)) as c:
        data = png(red_square())
        r = c.post("/caption", content=data, headers={"Content-Type": "image/png"})
        assert r.status_code == 401 and r.headers["WWW-Authenticate"] == "Bearer"
        assert c.post("/caption", content=data, headers={"Content-Type": "image/png",
                                                          "Authorization": "Bearer wrong"}).status_code == 401
        ok = c.post("/caption", content=data, headers={"Content-Type": "image/png", "Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        assert c.get("/stats").status_code == 401 and c.get("/health").status_code == 200
        with pytest.raises(Exception):
            with c.websocket_connect("/ws") as ws:
                ws.send_bytes(data)
                ws.receive_json()
        with pytest.raises(Exception):
            with c.websocket_connect("/ws?key=s3cret") as ws:  # not from the URL: URLs are logged
                ws.send_bytes(data)
                ws.receive_json()
        with c.websocket_connect("/ws") as ws:
            ws.send_text(json.dumps({"key": "s3cret"}))
            ws.send_bytes(data)
            assert ws.receive_json()["caption"]


def test_cors():
    with TestClient(create_app(OFFLINE, ServerSettings(cors_origins=("https://example.org",)))) as c:
        r = c.options("/caption", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
        assert r.headers["access-control-allow-origin"] == "https://example.org"
        r = c.options("/caption", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in r.headers
    with TestClient(create_app(OFFLINE)) as c:  # default: no CORS
        r = c.get("/health", headers={"Origin": "https://example.org"})
        assert "access-control-allow-origin" not in r.headers


def test_overload_is_429_with_retry_after():

    from pixel_llm.server.app import Admission, HTTPProblem

    admission = Admission(limit=2, retry_after=3)
    admission.enter()
    admission.enter()
    with pytest.raises(HTTPProblem) as info:
        admission.enter()
    assert info.value.status == 429 and info.value.headers == {"Retry-After": "3"}
