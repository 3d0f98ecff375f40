"""The OpenAI- and Ollama-compatible APIs with an upstream OpenAI-compatible endpoint configured
(the fault-injecting test server): the user's prompt, the image and its facts reach the
endpoint and its answer comes back through both protocols; when it fails, the grounded offline
answer comes back, marked in the ``model`` field and the headers; overload is a 429."""

import base64
import json
import tempfile
import threading
import time

import httpx
import pytest

from conftest import photo, red_square
from fault_server import FaultServer
from test_server_live import Server, png

openai = pytest.importorskip("openai")
ollama = pytest.importorskip("ollama")

SQUARE = "A red square on a white background"


@pytest.fixture(scope="module")
def llm():
    with FaultServer() as server:
        yield server


@pytest.fixture(scope="module")
def server(llm):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"generator": "openai", "lm_studio_base_url": llm.url, "lm_studio_model": "test-model",
                   "llm_vision": "always", "llm_max_retries": 0, "llm_breaker_threshold": 1000,
                   "llm_fallback": True}, f)
    s = Server("--config", f.name, "--max-inflight", "1")
    yield s
    s.stop()


@pytest.fixture(autouse=True)
def fresh(llm):
    llm.script.clear()
    llm.requests.clear()
    llm.delay = 0.0
    llm.default = ("ok", "A tabby cat lying on a red blanket.")


@pytest.fixture(scope="module")
def oa(server):
    with openai.OpenAI(base_url=f"{server.url}/v1", api_key="unused", max_retries=0, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def ol(server):
    return ollama.Client(host=server.url, timeout=60)


def ask(prompt, data, system=None):
    messages = [{"role": "system", "content": system}] if system else []
    return messages + [{"role": "user", "content": [
        {"type": "text", "text": prompt},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64," + base64.b64encode(data).decode()}}]}]


def test_the_prompt_image_and_facts_reach_the_endpoint(oa, llm):
    raw = oa.chat.completions.with_raw_response.create(
        model="pixel-llm", messages=ask("What breed is the cat?", png(photo("chelsea")), system="Be brief."))
    answer = raw.parse()
    assert answer.choices[0].message.content == "A tabby cat lying on a red blanket."
    assert answer.model == "test-model" and raw.headers["X-Pixel-LLM-Backend"] == "openai:test-model"
    assert "X-Pixel-LLM-Fallback" not in raw.headers
    sent = llm.chat_requests[-1]["json"]
    system, user = sent["messages"]
    assert sent["model"] == "test-model" and system["role"] == "system" and system["content"].endswith("Be brief.")
    texts = [p["text"] for p in user["content"] if p["type"] == "text"]
    images = [p["image_url"]["url"] for p in user["content"] if p["type"] == "image_url"]
    assert texts[-1] == "What breed is the cat?"
    assert "cat" in texts[0] and "Objects" in texts[0]  # the measured facts go with the image
    assert len(images) == 1 and images[0].startswith("data:image/jpeg;base64,")


def test_streamed_through_both_protocols(oa, ol, llm):
    llm.script = [("stream", ["A tabby ", "cat ", "asleep."], False), ("stream", ["A tabby ", "cat."], False)]
    chunks = list(oa.chat.completions.create(model="pixel-llm", stream=True,
                                             messages=ask("Describe", png(photo("chelsea")))))
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "A tabby cat asleep."
    assert {c.model for c in chunks} == {"test-model"}
    parts = list(ol.chat(model="pixel-llm", stream=True, messages=[
        {"role": "user", "content": "Describe", "images": [png(photo("chelsea"))]}]))
    assert "".join(p.message.content for p in parts) == "A tabby cat." and parts[-1].done
    assert llm.chat_requests[-1]["json"]["stream"] is True


def test_ollama_generate_prompt_goes_through(ol, llm):
    out = ol.generate(model="llava", prompt="Is there a cat?", system="Answer yes or no first.",
                      images=[png(photo("chelsea"))])
    assert out.response == "A tabby cat lying on a red blanket." and out.model == "test-model"
    sent = llm.chat_requests[-1]["json"]
    assert sent["messages"][1]["content"][-1]["text"] == "Is there a cat?"
    assert sent["messages"][0]["content"].endswith("Answer yes or no first.")


def test_failure_falls_back_offline_and_is_marked(oa, ol, server, llm):
    llm.default = ("status", 500, {"error": "the GPU caught fire"})
    raw = oa.chat.completions.with_raw_response.create(model="pixel-llm", messages=ask("Describe", png(red_square())))
    answer = raw.parse()
    assert answer.choices[0].message.content == SQUARE
    assert answer.model == "pixel-llm:offline-fallback"
    assert raw.headers["X-Pixel-LLM-Backend"] == "offline" and raw.headers["X-Pixel-LLM-Fallback"] == "true"
    streamed = list(oa.chat.completions.create(model="pixel-llm", stream=True, messages=ask("Describe", png(red_square()))))
    assert "".join(c.choices[0].delta.content or "" for c in streamed) == SQUARE
    assert streamed[0].model == "pixel-llm:offline-fallback"
    out = ol.chat(model="pixel-llm", messages=[{"role": "user", "content": "Describe", "images": [png(red_square())]}])
    assert out.message.content == SQUARE and out.model == "pixel-llm:offline-fallback"
    llm.default = ("close",)
    out = ol.generate(model="pixel-llm", prompt="Describe in 3 words", images=[png(red_square())])
    assert out.response == "A red square" and out.model == "pixel-llm:offline-fallback"
    metrics = httpx.get(f"{server.url}/metrics").text
    assert 'pixel_llm_protocol_fallbacks_total{protocol="openai"} 2' in metrics
    assert 'pixel_llm_protocol_fallbacks_total{protocol="ollama"} 2' in metrics


def test_a_stream_cut_midway_is_an_error_in_each_protocol(oa, ol, llm):
    llm.script = [("stream", ["A tabby ", "cat "], True), ("stream", ["A tabby ", "cat "], True)]
    with pytest.raises(openai.APIError):
        for _ in oa.chat.completions.create(model="pixel-llm", stream=True, messages=ask("Describe", png(photo("chelsea")))):
            pass
    with pytest.raises(ollama.ResponseError):
        for _ in ol.chat(model="pixel-llm", stream=True, messages=[
                {"role": "user", "content": "Describe", "images": [png(photo("chelsea"))]}]):
            pass


def test_without_a_prompt_the_answer_is_the_caption_endpoints(oa, server, llm):
    llm.default = ("ok", "A red square centred on white.")
    data = png(red_square(size=(320, 240)))
    answer = oa.chat.completions.create(model="pixel-llm", messages=[{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64," + base64.b64encode(data).decode()}}]}])
    caption = httpx.post(f"{server.url}/caption", content=data, headers={"Content-Type": "image/png"}).json()["caption"]
    assert answer.choices[0].message.content == caption == "A red square centred on white."
    assert answer.model == "test-model"


def test_models_list_the_upstream_model(oa):
    assert [m.id for m in oa.models.list()] == ["pixel-llm", "test-model"]


def test_overload_is_429_with_retry_after_in_both_protocols(oa, ol, server, llm):
    llm.delay = 3.0
    done = {}

    def slow():
        with openai.OpenAI(base_url=f"{server.url}/v1", api_key="x", max_retries=0, timeout=60) as c:
            done["answer"] = c.chat.completions.create(model="pixel-llm", messages=ask("Describe", png(photo("coffee"))))
    worker = threading.Thread(target=slow)
    worker.start()
    deadline = time.monotonic() + 30
    while llm.in_flight == 0 and time.monotonic() < deadline:  # wait until the slot is taken
        time.sleep(0.02)
    assert llm.in_flight == 1
    with pytest.raises(openai.RateLimitError) as exc:
        oa.chat.completions.create(model="pixel-llm", messages=ask("Describe", png(red_square())))
    assert exc.value.response.headers["Retry-After"] == "1"
    with pytest.raises(ollama.ResponseError) as exc:
        ol.chat(model="pixel-llm", messages=[{"role": "user", "content": "Describe", "images": [png(red_square())]}])
    assert exc.value.status_code == 429
    worker.join(60)
    assert done["answer"].choices[0].message.content == "A tabby cat lying on a red blanket."


# -- in-process: a text-only model, and 'auto' with no endpoint running ----------------------

def _chat(app_client, prompt, data):
    client = openai.OpenAI(base_url="http://testserver/v1", api_key="x", max_retries=0, http_client=app_client)
    return client.chat.completions.with_raw_response.create(model="pixel-llm", messages=ask(prompt, data))


def test_a_text_only_model_gets_facts_only_and_must_stay_grounded(llm):
    from fastapi.testclient import TestClient

    from pixel_llm import CompositorConfig
    from pixel_llm.server import ServerSettings, create_app

    config = CompositorConfig(encoder_type="bundled", device="cpu", generator="openai", lm_studio_base_url=llm.url,
                              lm_studio_model="test-model", llm_vision="never", llm_max_retries=0,
                              llm_breaker_threshold=1000)
    with TestClient(create_app(config, ServerSettings())) as app_client:
        llm.default = ("ok", "A cat resting on a blanket.")
        answer = _chat(app_client, "What animal is this?", png(photo("chelsea"))).parse()
        assert answer.choices[0].message.content == "A cat resting on a blanket." and answer.model == "test-model"
        user = llm.chat_requests[-1]["json"]["messages"][1]["content"]
        assert [p["type"] for p in user] == ["text", "text"] and "cat" in user[0]["text"]  # facts, no image
        llm.default = ("ok", "A golden retriever playing fetch in a park.")  # names nothing measured
        raw = _chat(app_client, "What animal is this?", png(photo("chelsea")))
        fallback = raw.parse().choices[0].message.content  # the offline caption: names the cat, nothing else
        assert fallback.startswith("A photo of") and "cat" in fallback and "retriever" not in fallback
        assert raw.parse().model == "pixel-llm:offline-fallback" and raw.headers["X-Pixel-LLM-Fallback"] == "true"


def test_auto_with_no_endpoint_running_answers_offline_without_asking_again():
    from fastapi.testclient import TestClient

    from pixel_llm import CompositorConfig
    from pixel_llm.server import ServerSettings, create_app
    from conftest import free_port

    config = CompositorConfig(encoder_type="bundled", device="cpu", generator="auto",
                              lm_studio_base_url=f"http://127.0.0.1:{free_port()}/v1", llm_breaker_cooldown=600)
    with TestClient(create_app(config, ServerSettings())) as app_client:
        for _ in range(2):
            raw = _chat(app_client, "Describe", png(red_square()))
            assert raw.parse().choices[0].message.content == SQUARE
            assert raw.parse().model == "pixel-llm:offline-fallback" and raw.headers["X-Pixel-LLM-Backend"] == "offline"
        breaker = app_client.app.state.integrator.llm_status()["breaker"]
        assert breaker["state"] == "open" and breaker["consecutive_failures"] == 1  # asked once, not per request


def test_a_dripping_upstream_cannot_hold_a_chat_answer(llm):
    """The chat APIs ask the endpoint the way captions do: within ``llm_deadline``. An upstream
    that drips its answer one byte a second gets the offline answer, marked, in seconds."""
    body = json.dumps({"choices": [{"message": {"role": "assistant", "content": "too late"}}]})
    llm.default = ("drip", body, 1.0)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"generator": "openai", "lm_studio_base_url": llm.url, "lm_studio_model": "test-model",
                   "llm_vision": "always", "llm_max_retries": 0, "llm_deadline": 2.0, "llm_fallback": True}, f)
    s = Server("--config", f.name)
    try:
        with openai.OpenAI(base_url=f"{s.url}/v1", api_key="unused", max_retries=0, timeout=60) as client:
            image = base64.b64encode(png(red_square())).decode()
            messages = [{"role": "user", "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{image}"}}]}]
            answer = client.chat.completions.create(model="pixel-llm", messages=messages)
            assert answer.model == "pixel-llm:offline-fallback"
            assert answer.choices[0].message.content == SQUARE
            pieces = [c.choices[0].delta.content or "" for c in
                      client.chat.completions.create(model="pixel-llm", messages=messages, stream=True) if c.choices]
            assert "".join(pieces) == SQUARE
    finally:
        s.stop()
