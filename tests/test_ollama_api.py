"""Ollama's API (/api) through the official ``ollama`` client, unmodified, against a real
uvicorn server on a loopback port: chat and generate with images, whole and streamed (NDJSON),
answers equal /caption's, tags/show/version, errors as the client's ResponseError with the
status, and Ollama's error body."""

import json
import re

import httpx
import numpy as np
import pytest

from conftest import photo, red_square, terminal_screen
from test_server_live import Server, caption_of, png

ollama = pytest.importorskip("ollama")

KEY = "ollama-test-key"


@pytest.fixture(scope="module")
def server():
    s = Server.offline_with_key(KEY)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(server):
    return ollama.Client(host=server.url, headers={"Authorization": f"Bearer {KEY}"}, timeout=60)


@pytest.fixture(scope="module")
def http(server):
    with server.client(KEY) as c:
        yield c


@pytest.mark.parametrize("image", [red_square, lambda: photo("chelsea"), terminal_screen])
def test_chat_answer_equals_caption_endpoint(client, http, image):
    data = png(image())
    response = client.chat(model="pixel-llm", messages=[
        {"role": "system", "content": "You describe images."},
        {"role": "user", "content": "Describe this image.", "images": [data]}])
    assert response.message.content == caption_of(http, data)
    assert response.message.role == "assistant" and response.done and response.done_reason == "stop"
    assert response.model == "pixel-llm" and response.created_at
    assert response.eval_count == len(response.message.content.split()) and response.total_duration > 0


def test_chat_streamed(client, http):
    data = png(photo("coffee"))
    parts = list(client.chat(model="pixel-llm", stream=True,
                             messages=[{"role": "user", "content": "What is this?", "images": [data]}]))
    assert "".join(p.message.content for p in parts) == caption_of(http, data)
    assert [p.done for p in parts] == [False] * (len(parts) - 1) + [True]
    assert parts[-1].done_reason == "stop"


def test_generate_whole_and_streamed(client, http):
    data = png(red_square())
    whole = client.generate(model="llava", prompt="Describe the image.", images=[data])
    assert whole.response == caption_of(http, data) and whole.done
    streamed = list(client.generate(model="llava", prompt="Describe the image.", images=[data], stream=True))
    assert "".join(p.response for p in streamed) == whole.response and streamed[-1].done


def test_generate_prompts_are_shaped(client, http):
    data = png(photo("chelsea"))
    short = client.generate(model="pixel-llm", prompt="Describe it in two words", images=[data])
    assert len(short.response.split()) <= 2 and short.response.split()[-1].lower() in caption_of(http, data).lower()
    cut = client.generate(model="pixel-llm", prompt="Describe", images=[data], options={"num_predict": 2})
    assert len(cut.response.split()) == 2 and cut.done_reason == "length"


def test_several_images(client, http):
    images = [png(red_square()), png(photo("chelsea"))]
    response = client.chat(model="pixel-llm", messages=[{"role": "user", "content": "Describe", "images": images}])
    assert response.message.content.split("\n") == [f"Image {i + 1}: {caption_of(http, d)}"
                                                     for i, d in enumerate(images)]


def test_loading_without_prompt_as_in_ollama(client):
    loaded = client.generate(model="pixel-llm")
    assert loaded.done and loaded.done_reason == "load" and loaded.response == ""


def test_tags_show_version(client, server):
    names = [m.model for m in client.list().models]
    assert names == ["pixel-llm:latest"]
    shown = client.show("pixel-llm")
    assert "vision" in (shown.capabilities or [])
    assert httpx.get(f"{server.url}/api/version").json()["version"]  # open, like /health


def test_bad_key(server):
    bad = ollama.Client(host=server.url, headers={"Authorization": "Bearer nope"})
    with pytest.raises(ollama.ResponseError) as exc:
        bad.chat(model="pixel-llm", messages=[{"role": "user", "content": "hi", "images": [png(red_square())]}])
    assert exc.value.status_code == 401 and "Bearer" in exc.value.error
    with pytest.raises(ollama.ResponseError) as exc:
        ollama.Client(host=server.url).list()
    assert exc.value.status_code == 401


def test_not_an_image(client):
    with pytest.raises(ollama.ResponseError) as exc:
        client.chat(model="pixel-llm", messages=[{"role": "user", "content": "hi", "images": [b"plain text"]}])
    assert exc.value.status_code == 422 and "image" in exc.value.error.lower()


def test_oversize(client):
    noise = np.random.default_rng(0).integers(0, 256, (700, 700, 3), dtype=np.uint8)
    with pytest.raises(ollama.ResponseError) as exc:
        client.generate(model="pixel-llm", prompt="hi", images=[png(noise)])
    assert exc.value.status_code == 413


def test_no_image(client):
    with pytest.raises(ollama.ResponseError) as exc:
        client.chat(model="pixel-llm", messages=[{"role": "user", "content": "hello"}])
    assert exc.value.status_code == 400 and "image" in exc.value.error


def test_error_body_is_ollamas_and_server_keeps_working(http, client):
    r = http.post("/api/generate", content=b"{not json")
    assert r.status_code == 400 and r.json() == {"error": "the body is not valid JSON"} and r.headers["X-Request-ID"]
    r = http.post("/api/pull", json={"model": "llava"})
    assert r.status_code == 404 and set(r.json()) == {"error"}
    r = http.post("/api/chat", json={"model": "x", "stream": False, "messages": [
        {"role": "user", "content": "hi", "images": ["%%%"]}]})
    assert r.status_code == 422 and set(r.json()) == {"error"}
    assert client.generate(model="x", prompt="hi", images=[png(red_square())]).response == \
        "A red square on a white background"


def test_raw_ndjson_and_backend_header(http):
    import base64

    body = {"model": "pixel-llm", "prompt": "hi", "images": [base64.b64encode(png(red_square())).decode()]}
    with http.stream("POST", "/api/generate", json=body) as r:  # no "stream": Ollama streams by default
        assert r.headers["content-type"].startswith("application/x-ndjson")
        assert r.headers["X-Pixel-LLM-Backend"] == "offline"
        lines = [json.loads(line) for line in r.iter_lines() if line]
    assert lines[-1]["done"] is True and "".join(x["response"] for x in lines) == "A red square on a white background"


def test_metrics_count_ollama(http, client):
    client.generate(model="x", prompt="hi", images=[png(red_square())])
    metrics = http.get("/metrics").text
    assert re.search(r'pixel_llm_protocol_answers_total\{protocol="ollama",backend="offline",stream="false"\} [1-9]',
                     metrics)
    assert re.search(r'pixel_llm_protocol_requests_total\{protocol="ollama",status="200"\} [1-9]', metrics)
