"""``WS /ws``: live frames in, captions out, the latest frame winning while one is captioned.

With an API key set, the first message must be text ``{"key": "..."}`` (not the URL: URLs end
up in access logs). Then binary messages are encoded frames (JPEG/PNG); each answer is JSON
``{frame, caption, backend, cached, latency_ms, dropped}`` or ``{frame, error}``.
"""

from __future__ import annotations

import asyncio
import json
import time

import anyio
from fastapi import WebSocket, WebSocketDisconnect

from ..errors import PixelLLMError
from .auth import key_matches
from .errors import library_error

KEY_TIMEOUT_S = 10.0


async def _authorised(ws: WebSocket, key: str | None) -> bool:
    if key is None:
        return True
    try:
        first = await asyncio.wait_for(ws.receive(), timeout=KEY_TIMEOUT_S)
        token = str(json.loads(first.get("text") or "{}").get("key", ""))
    except (asyncio.TimeoutError, ValueError, AttributeError):
        token = ""
    if key_matches(key, token):
        return True
    await ws.close(code=1008, reason='send {"key": "..."} first')
    return False


class LiveSession:
    """One client's frames: a receiver fills a one-frame mailbox, a worker captions from it."""

    def __init__(self, ws: WebSocket):
        state = ws.app.state
        self.ws, self.integrator, self.metrics = ws, state.integrator, state.metrics
        self.limit = state.settings.max_upload_bytes
        self.pending: list[tuple[int, bytes, float]] = []
        self.ready = asyncio.Event()
        self.received = 0
        self.dropped = 0

    async def run(self) -> None:
        async with anyio.create_task_group() as group:
            group.start_soon(self.receive, group.cancel_scope)
            group.start_soon(self.work, group.cancel_scope)

    async def receive(self, scope: anyio.CancelScope) -> None:
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                scope.cancel()  # the client left: stop the worker too
                return
            data = message.get("bytes")
            if data is None:
                continue  # text messages are ignored (keep-alives)
            if len(data) > self.limit:
                await self.ws.send_json({"frame": self.received, "error": {
                    "type": "PayloadTooLarge", "message": f"frame exceeds {self.limit} bytes"}})
                continue
            self.received += 1
            self.metrics.count("ws_frames")
            if self.pending:
                self.dropped += 1
                self.metrics.count("ws_dropped")
                self.pending.clear()
            self.pending.append((self.received, data, time.perf_counter()))
            self.ready.set()

    async def work(self, scope: anyio.CancelScope) -> None:
        try:
            while True:
                await self.ready.wait()
                self.ready.clear()
                if self.pending:
                    await self.answer(*self.pending.pop())
        except (WebSocketDisconnect, RuntimeError):  # the client went away while we answered
            scope.cancel()

    async def answer(self, index: int, data: bytes, received_at: float) -> None:
        try:
            result = await self.integrator.caption_frame_detailed(data)
        except PixelLLMError as exc:
            await self.ws.send_json({"frame": index, "error": library_error(exc)})
            return
        self.metrics.count("ws_captions")
        self.metrics.caption(result.timings.get("total_ms", 0.0) / 1e3, result.backend)
        await self.ws.send_json({"frame": index, "caption": result.caption, "backend": result.backend,
                                 "cached": result.cached, "dropped": self.dropped,
                                 "latency_ms": round((time.perf_counter() - received_at) * 1e3, 2)})


async def live(ws: WebSocket) -> None:
    """Live captions over a WebSocket; see the module docstring."""
    await ws.accept()
    if await _authorised(ws, ws.app.state.settings.api_key):
        await LiveSession(ws).run()
