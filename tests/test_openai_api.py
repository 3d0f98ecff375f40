"""The OpenAI-compatible API (/v1) through the official ``openai`` client, unmodified, against a
real uvicorn server on a loopback port: the answers equal /caption's, streaming, prompts that
ask for the text or a length, errors as the client's own exception types, metrics, the
remote-image allow-list, and /docs without a CDN."""

import base64
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import numpy as np
import pytest
from fastapi.testclient import TestClient

from conftest import photo, red_square, terminal_screen
from test_server_live import Server, caption_of, png

openai = pytest.importorskip("openai")

from pixel_llm import CompositorConfig  # noqa: E402
from pixel_llm.server import ServerSettings, create_app  # noqa: E402

KEY = "test-key-123"
OFFLINE = CompositorConfig(encoder_type="bundled", device="cpu", generator="offline")


def data_url(data: bytes, kind: str = "png") -> str:
    return f"data:image/{kind};base64," + base64.b64encode(data).decode()


def user(text: str | None, *images: bytes) -> dict:
    parts = ([{"type": "text", "text": text}] if text is not None else []) + \
            [{"type": "image_url", "image_url": {"url": data_url(i)}} for i in images]
    return {"role": "user", "content": parts}


@pytest.fixture(scope="module")
def server():
    s = Server.offline_with_key(KEY)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(server):
    with openai.OpenAI(base_url=f"{server.url}/v1", api_key=KEY, max_retries=0, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def http(server):
    with server.client(KEY) as c:
        yield c


IMAGES = {"red_square": lambda: png(red_square()), "chelsea": lambda: png(photo("chelsea")),
          "terminal": lambda: png(terminal_screen())}


@pytest.mark.parametrize("name", sorted(IMAGES))
def test_answer_equals_caption_endpoint(client, http, name):
    data = IMAGES[name]()
    raw = client.chat.completions.with_raw_response.create(
        model="pixel-llm", messages=[{"role": "system", "content": "You are a helpful assistant."},
                                     user("Describe this image.", data)])
    completion = raw.parse()
    expected = caption_of(http, data)
    assert completion.choices[0].message.content == expected
    assert completion.choices[0].message.role == "assistant" and completion.choices[0].finish_reason == "stop"
    assert completion.object == "chat.completion" and completion.id.startswith("chatcmpl-")
    assert completion.model == "pixel-llm" and completion.created > 0
    assert completion.usage.completion_tokens == len(expected.split())
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens
    assert raw.headers["X-Pixel-LLM-Backend"] == "offline" and raw.headers["X-Request-ID"]


def test_streaming_gives_the_same_answer(client, http):
    data = png(photo("coffee"))
    chunks = list(client.chat.completions.create(model="pixel-llm", messages=[user("What is this?", data)],
                                                 stream=True, stream_options={"include_usage": True}))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == caption_of(http, data)
    assert all(c.object == "chat.completion.chunk" and c.model == "pixel-llm" for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == len(text.split())


def test_raw_stream_ends_with_done(server):
    body = {"model": "pixel-llm", "stream": True, "messages": [user(None, png(red_square()))]}
    with httpx.stream("POST", f"{server.url}/v1/chat/completions", json=body, timeout=60,
                      headers={"Authorization": f"Bearer {KEY}"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "data: [DONE]" and len(events) >= 3


def test_several_images_in_one_message(client, http):
    images = [png(red_square()), png(photo("chelsea"))]
    answer = client.chat.completions.create(model="pixel-llm", messages=[user("Describe these.", *images)])
    lines = answer.choices[0].message.content.split("\n")
    assert lines == [f"Image {i + 1}: {caption_of(http, d)}" for i, d in enumerate(images)]


def test_the_image_of_an_earlier_message_answers_a_follow_up(client, http):
    data = png(red_square())
    answer = client.chat.completions.create(model="pixel-llm", messages=[
        user("What is this?", data), {"role": "assistant", "content": "A red square on a white background"},
        {"role": "user", "content": "Describe it in 3 words."}])
    assert answer.choices[0].message.content == "A red square"


def test_a_prompt_for_the_text_gets_the_ocr_text(client, http):
    data = png(terminal_screen())
    facts = caption_of(http, data, details=True)["facts"]
    lines = [t["text"] for t in facts["text"]]
    if not lines:
        pytest.skip("no OCR engine read the terminal on this machine")
    answer = client.chat.completions.create(model="pixel-llm",
                                            messages=[user("What does the screen say?", data)])
    assert answer.choices[0].message.content == "\n".join(lines)
    assert "hello" in answer.choices[0].message.content


def test_a_prompt_with_no_text_to_read_says_so(client):
    answer = client.chat.completions.create(model="pixel-llm", messages=[user("Read the text, please.",
                                                                                png(red_square()))])
    assert answer.choices[0].message.content == "No text was found in the image."


@pytest.mark.parametrize("prompt,limit", [("Describe this image in 2 words.", 2), ("Describe it in three words", 3),
                                          ("Give me a 1-word description", 1)])
def test_a_length_in_words_is_honoured(client, http, prompt, limit):
    data = png(photo("chelsea"))
    full = caption_of(http, data)
    answer = client.chat.completions.create(model="pixel-llm", messages=[user(prompt, data)])
    text = answer.choices[0].message.content
    assert 1 <= len(text.split()) <= limit and len(full.split()) > limit
    assert {w.lower().strip("?") for w in text.split()} <= {w.lower() for w in full.split()}  # shortened, not new


def test_max_tokens_cuts_with_finish_reason_length(client):
    answer = client.chat.completions.create(model="pixel-llm", messages=[user("Describe.", png(red_square()))],
                                            max_tokens=2)
    assert answer.choices[0].message.content == "A red" and answer.choices[0].finish_reason == "length"


def test_models(client):
    ids = [m.id for m in client.models.list()]
    assert ids == ["pixel-llm"]
    assert client.models.retrieve("pixel-llm").id == "pixel-llm"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4o")


def test_bad_key_is_an_authentication_error(server):
    with openai.OpenAI(base_url=f"{server.url}/v1", api_key="wrong", max_retries=0) as bad:
        with pytest.raises(openai.AuthenticationError) as exc:
            bad.chat.completions.create(model="pixel-llm", messages=[user("hi", png(red_square()))])
    assert exc.value.status_code == 401 and exc.value.code == "invalid_api_key"
    assert exc.value.body["message"] and exc.value.type == "authentication_error"


def test_not_an_image(client):
    with pytest.raises(openai.UnprocessableEntityError) as exc:
        client.chat.completions.create(model="pixel-llm", messages=[user("hi", b"just some text, not pixels")])
    assert exc.value.code == "not_an_image" and "image" in exc.value.message.lower()
    with pytest.raises(openai.UnprocessableEntityError):  # streamed: the error comes before the stream
        client.chat.completions.create(model="pixel-llm", stream=True, messages=[user("hi", b"not pixels")])


def test_oversize_upload(client):
    noise = np.random.default_rng(0).integers(0, 256, (700, 700, 3), dtype=np.uint8)
    with pytest.raises(openai.APIStatusError) as exc:
        client.chat.completions.create(model="pixel-llm", messages=[user("hi", png(noise))])
    assert exc.value.status_code == 413 and exc.value.code == "payload_too_large"


def test_remote_url_is_refused_by_default(client):
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(model="pixel-llm", messages=[{"role": "user", "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": "http://127.0.0.1:9/cat.jpg"}}]}])
    assert exc.value.code == "remote_image_refused" and "data: URL" in exc.value.message


def test_no_image_is_a_bad_request(client):
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(model="pixel-llm", messages=[{"role": "user", "content": "hello"}])
    assert exc.value.code == "no_image"


def test_server_keeps_working_after_errors_and_counts_per_protocol(client, http):
    for bad in (b"nope", b"\x89PNG broken"):
        with pytest.raises(openai.UnprocessableEntityError):
            client.chat.completions.create(model="pixel-llm", messages=[user("hi", bad)])
    ok = client.chat.completions.create(model="pixel-llm", messages=[user("hi", png(red_square()))])
    assert ok.choices[0].message.content == "A red square on a white background"
    metrics = http.get("/metrics").text
    assert re.search(r'pixel_llm_protocol_answers_total\{protocol="openai",backend="offline",stream="false"\} [1-9]',
                     metrics)
    assert re.search(r'pixel_llm_protocol_requests_total\{protocol="openai",status="422"\} [1-9]', metrics)
    stats = http.get("/stats").json()
    assert stats["server"]["protocols"]["openai"]["images"] >= 1
    assert stats["inflight"] == 0  # streams and errors gave their admission back


def test_errors_elsewhere_keep_the_generic_body(http):
    r = http.post("/caption", content=b"nope", headers={"Content-Type": "image/png"})
    assert r.status_code == 422 and r.json()["error"]["type"] == "NotAnImageError" and r.json()["request_id"]
    r = http.get("/v1/embeddings")
    assert r.status_code == 404 and set(r.json()["error"]) == {"message", "type", "param", "code"}
    assert 'pixel_llm_requests_total{route="/v1/(unmatched)",status="404"}' in http.get("/metrics").text


# -- in-process (TestClient) where a state must be arranged exactly -------------------------

@pytest.fixture(scope="module")
def app_client():
    settings = ServerSettings(max_inflight=2, remote_image_hosts=("127.0.0.1",), remote_image_max_bytes=200_000)
    with TestClient(create_app(OFFLINE, settings)) as c:
        yield c


def test_overload_is_a_rate_limit_error_with_retry_after(app_client):
    admission = app_client.app.state.admission
    weight = admission.enter(2)  # every slot taken
    try:
        client = openai.OpenAI(base_url="http://testserver/v1", api_key="x", max_retries=0, http_client=app_client)
        with pytest.raises(openai.RateLimitError) as exc:
            client.chat.completions.create(model="pixel-llm", messages=[user("hi", png(red_square()))])
        assert exc.value.response.headers["Retry-After"] == "1" and exc.value.code == "overloaded"
    finally:
        admission.leave(weight)
    ok = client.chat.completions.create(model="pixel-llm", messages=[user("hi", png(red_square()))])
    assert ok.choices[0].message.content == "A red square on a white background"


class _Images(BaseHTTPRequestHandler):
    files: dict = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "http://example.com/cat.png")
            self.end_headers()
            return
        data = self.files.get(self.path)
        self.send_response(200 if data else 404)
        self.send_header("Content-Length", str(len(data or b"")))
        self.end_headers()
        self.wfile.write(data or b"")


@pytest.fixture(scope="module")
def image_host():
    _Images.files = {"/square.png": png(red_square()),
                     "/big.png": png(np.random.default_rng(1).integers(0, 256, (400, 400, 3), dtype=np.uint8))}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Images)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _ask(app_client, url):
    client = openai.OpenAI(base_url="http://testserver/v1", api_key="x", max_retries=0, http_client=app_client)
    return client.chat.completions.create(model="pixel-llm", messages=[{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": url}}]}])


def test_allowed_remote_host_is_fetched_within_limits(app_client, image_host):
    assert _ask(app_client, f"{image_host}/square.png").choices[0].message.content == \
        "A red square on a white background"
    with pytest.raises(openai.APIStatusError) as exc:
        _ask(app_client, f"{image_host}/big.png")
    assert exc.value.status_code == 413
    with pytest.raises(openai.BadRequestError) as exc:  # redirects are not followed off the allow-list
        _ask(app_client, f"{image_host}/moved")
    assert exc.value.code == "remote_image_failed" and "302" in exc.value.message
    with pytest.raises(openai.BadRequestError) as exc:  # another host is still refused
        _ask(app_client, image_host.replace("127.0.0.1", "localhost") + "/square.png")
    assert exc.value.code == "remote_image_refused"


def test_docs_load_only_local_assets(app_client):
    for page in ("/docs", "/redoc"):
        html = app_client.get(page)
        assert html.status_code == 200
        assert "http://" not in html.text and "https://" not in html.text and "cdn" not in html.text.lower()
        urls = re.findall(r'(?:src|href)\s*=\s*"([^"]+)"', html.text) + re.findall(r"url: '([^']+)'", html.text)
        urls += re.findall(r'spec-url="([^"]+)"', html.text)
        assert any(u.endswith(".js") for u in urls), urls
        for url in urls:
            assert url.startswith("/") and not url.startswith("//"), url
            r = app_client.get(url)
            assert r.status_code == 200 and len(r.content) > 100, url
    assert "/v1/chat/completions" in app_client.get("/openapi.json").json()["paths"]


def test_a_stream_never_read_gives_its_admission_back(app_client):
    """A client that goes away before the response starts: the admission is not leaked."""
    import gc

    from starlette.requests import Request

    from pixel_llm.server.chat import ChatEngine, Turn

    app = app_client.app

    async def run():
        engine = ChatEngine(Request({"type": "http", "app": app}))
        reply, pieces = await engine.stream(Turn("openai", [png(red_square())], "hi"))
        held = app.state.admission.inflight
        del pieces
        gc.collect()
        return reply.text, held, app.state.admission.inflight

    assert app_client.portal.call(run) == ("A red square on a white background", 1, 0)


def test_model_name_setting_and_serve_flags(capsys):
    with TestClient(create_app(OFFLINE, ServerSettings(model_name="vision-box"))) as c:
        client = openai.OpenAI(base_url="http://testserver/v1", api_key="x", max_retries=0, http_client=c)
        assert [m.id for m in client.models.list()] == ["vision-box"]
        answer = client.chat.completions.create(model="whatever", messages=[user("hi", png(red_square()))])
        assert answer.model == "vision-box"
        assert c.get("/api/tags").json()["models"][0]["name"] == "vision-box:latest"
    from pixel_llm.cli import main

    assert main(["serve", "--allow-image-host", "http://cams.local/snap.jpg"]) == 2
    assert "remote_image_hosts" in capsys.readouterr().err
    assert main(["serve", "--model-name", "has spaces"]) == 2
    assert "model_name" in capsys.readouterr().err
