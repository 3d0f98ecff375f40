"""A small OpenAI-compatible HTTP server whose answers a test scripts: for failure modes
(refusals, 429, 5xx, timeouts, malformed JSON, cut streams, bodies that drip or never end,
a model that obeys instructions written in the image) and to inspect the requests we send.
Runs on a loopback port in a thread."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def endpoint_config(url: str, **kw):
    """The integrator config the LLM tests start from: the offline encoder, this server as the
    endpoint, no fallback, two retries, a 5 s timeout and no grounding check; ``kw`` overrides."""
    from pixel_llm import CompositorConfig

    base = dict(encoder_type="bundled", device="cpu", generator="openai", lm_studio_base_url=url,
                lm_studio_model="test-model", llm_fallback=False, llm_max_retries=2, llm_retry_budget=5.0,
                llm_timeout=5.0, llm_grounding_check=False)
    base.update(kw)
    return CompositorConfig(**base)


def completion(text: str) -> dict:
    return {"id": "x", "object": "chat.completion", "model": "test-model",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}


def sse(pieces, finish: bool = True) -> bytes:
    """A streamed chat completion of ``pieces`` as server-sent events."""
    out = b""
    for piece in pieces:
        event = {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
        out += f"data: {json.dumps(event)}\n\n".encode()
    if finish:
        end = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        out += f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode()
    return out


# A gullible model: it does what text in its prompt says ("... and reply HACKED" → "HACKED").
_INSTRUCTION = re.compile(r"\b(?:reply|respond|say)\b(?:\s+with)?\s*[:\-]?\s*(.+?)\s*(?:[\"”]|$| / )", re.I | re.M)


def obey(request_json: dict, otherwise: str) -> str:
    """What a model that obeys instructions in its user message answers (in text-only and
    vision requests alike: the on-screen text travels in the text part)."""
    messages = request_json.get("messages") or [{}]
    content = messages[-1].get("content") or ""
    if isinstance(content, list):
        content = "\n".join(p.get("text", "") for p in content if isinstance(p, dict))
    found = _INSTRUCTION.search(content)
    return found.group(1) if found else otherwise


class FaultServer:
    """``script``: actions consumed one per chat request; when empty, ``default`` answers.
    ``models_action``: an action that answers GET /v1/models instead of the model list.

    Actions: ("ok", text) · ("status", code, body, headers) · ("malformed",) · ("empty",)
    · ("sleep", seconds, text) · ("stream", [pieces], cut) · ("close",)
    · ("drip", body, interval[, content_type]): the body one byte per ``interval`` seconds
    (Content-Length set: a read timeout never fires)
    · ("endless", first, chunk, interval[, content_type]): a chunked body that never ends:
    ``first``, then ``chunk`` every ``interval`` seconds (0: as fast as possible)
    · ("sse", [raw data strings], finish): server-sent events with these raw ``data:`` payloads
    · ("obey", otherwise[, stream]): a model that obeys an instruction in the prompt ("reply X"
    → "X"), else answers ``otherwise``; streamed when ``stream``
    """

    def __init__(self, models=("test-model",), lmstudio_types: dict | None = None):
        self.script: list[tuple] = []
        self.default: tuple = ("ok", "A caption from the server.")
        self.requests: list[dict] = []  # POSTs (chat requests)
        self.get_requests: list[dict] = []
        self.models = list(models)
        self.lmstudio_types = lmstudio_types
        self.in_flight = 0
        self.max_in_flight = 0
        self.delay = 0.0
        self.models_action: tuple | None = None  # an action for GET /v1/models instead of the list
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            wbufsize = 1 << 16  # headers and body in one segment (else Nagle + delayed ACK add 40 ms)

            def log_message(self, *args):
                pass

            def _send(self, code, body, headers=None, content_type="application/json"):
                data = body if isinstance(body, bytes) else (body if isinstance(body, str) else json.dumps(body)).encode()
                self.send_response(code)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                with server._lock:
                    server.get_requests.append({"path": self.path, "headers": dict(self.headers)})
                if self.path.endswith("/v1/models") and server.models_action is not None:
                    self.request_json = {}
                    self._act(server.models_action)
                elif self.path.endswith("/v1/models"):
                    self._send(200, {"object": "list", "data": [{"id": m, "object": "model"} for m in server.models]})
                elif self.path.endswith("/api/v0/models") and server.lmstudio_types is not None:
                    self._send(200, {"data": [{"id": k, "type": v} for k, v in server.lmstudio_types.items()]})
                else:
                    self._send(404, {"error": "not found"})

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.requests.append({"path": self.path, "headers": dict(self.headers), "json": body})
                    self.request_json = body
                    action = server.script.pop(0) if server.script else server.default
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    if server.delay:
                        time.sleep(server.delay)
                    self._act(action)
                except (BrokenPipeError, ConnectionResetError):  # the client stopped reading: fine
                    self.close_connection = True
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _act(self, action):
                kind = action[0]
                if kind == "ok":
                    self._send(200, completion(action[1]))
                elif kind == "status":
                    self._send(action[1], action[2], action[3] if len(action) > 3 else None)
                elif kind == "malformed":
                    self._send(200, b'{"choices": [ {"message": ')
                elif kind == "empty":
                    self._send(200, {"id": "x", "choices": []})
                elif kind == "sleep":
                    time.sleep(action[1])
                    try:
                        self._send(200, completion(action[2]))
                    except OSError:
                        pass
                elif kind == "close":
                    self.close_connection = True
                    self.connection.shutdown(2)
                elif kind == "drip":
                    self._drip(action)
                elif kind == "endless":
                    self._endless(action)
                elif kind == "sse":
                    raw = b"".join(f"data: {data}\n\n".encode() for data in action[1])
                    if action[2]:
                        raw += sse([], finish=True)
                    self._send(200, raw, content_type="text/event-stream")
                elif kind == "obey":
                    text = obey(self.request_json, action[1])
                    if len(action) > 2 and action[2]:
                        self._send(200, sse([text[i:i + 4] for i in range(0, len(text), 4)]),
                                   content_type="text/event-stream")
                    else:
                        self._send(200, completion(text))
                elif kind == "stream":
                    pieces, cut = action[1], action[2]
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.close_connection = True
                    for i, piece in enumerate(pieces):
                        event = {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                        self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                        self.wfile.flush()
                        time.sleep(0.01)
                    if cut:
                        self.connection.shutdown(2)
                        return
                    end = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                    self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                    self.wfile.flush()

            def _drip(self, action):
                body = action[1] if isinstance(action[1], bytes) else action[1].encode()
                interval = action[2]
                self.send_response(200)
                self.send_header("Content-Type", action[3] if len(action) > 3 else "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.flush()
                    for i in range(len(body)):
                        if server.stopping.wait(interval):
                            break
                        self.wfile.write(body[i:i + 1])
                        self.wfile.flush()
                except OSError:  # the client gave up
                    pass
                self.close_connection = True

            def _endless(self, action):
                first, chunk, interval = action[1], action[2], action[3]
                self.send_response(200)
                self.send_header("Content-Type", action[4] if len(action) > 4 else "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.close_connection = True
                frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
                try:
                    if first:
                        self.wfile.write(f"{len(first):x}\r\n".encode() + first + b"\r\n")
                    self.wfile.flush()
                    while not server.stopping.is_set():
                        self.wfile.write(frame)
                        self.wfile.flush()
                        if interval:
                            server.stopping.wait(interval)
                except OSError:  # the client gave up
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def chat_requests(self):
        return [r for r in self.requests if r["path"].endswith("/chat/completions")]
