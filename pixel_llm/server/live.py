"""``WS /ws``: live frames in, captions out, the latest frame winning while one is captioned.

With an API key set, the first message must be text ``{"key": "..."}`` (not the URL: URLs end
up in access logs). Then binary messages are encoded frames (JPEG/PNG); each answer is JSON
``{frame, caption, backend, cached, latency_ms, dropped, people}`` or ``{frame, error}``
(``people``: what the caption counts, ``{count, more, walking, boxes, …}``, or null).

A session's frames are one live stream (:mod:`pixel_llm.stream.runner`, as
``integrator.stream`` of frames a host pushes): an unchanged view reuses its caption
(``cached``: true), and people moving through a still camera's view are counted and said to
walk. A frame is decoded only if the stream takes it; one the stream could not caption (not an
image, an endpoint failing without ``llm_fallback``) is answered with its error.
"""

from __future__ import annotations

import asyncio
import json
import time

from typing import AsyncIterator

import anyio
from fastapi import WebSocket, WebSocketDisconnect

from ..errors import PixelLLMError
from ..imageio import prepare_frame
from ..stream.sources import Frame
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
    """One client's frames: a receiver hands them (encoded) to a live stream, a worker answers
    with the stream's caption events (the stream's mailbox keeps only the latest frame), a
    reporter answers the frames the stream could not caption with their errors."""

    def __init__(self, ws: WebSocket):
        state = ws.app.state
        self.ws, self.integrator, self.metrics = ws, state.integrator, state.metrics
        self.limit = state.settings.max_upload_bytes
        self.frames: asyncio.Queue[Frame | None] = asyncio.Queue()
        self.errors: asyncio.Queue[tuple[int, BaseException]] = asyncio.Queue()
        """Frames the stream could not caption (not an image, an endpoint failing), to answer."""
        self.received = 0
        self.started = time.monotonic()

    async def run(self) -> None:
        stream = self.integrator.stream(self._frames(), realtime=True)
        stream.on_skipped = lambda frame, exc: self.errors.put_nowait((frame.index, exc))
        try:
            async with anyio.create_task_group() as group:
                group.start_soon(self.receive, group.cancel_scope)
                group.start_soon(self.work, stream, group.cancel_scope)
                group.start_soon(self.report, group.cancel_scope)
        finally:
            await stream.aclose()

    async def _frames(self) -> AsyncIterator[Frame]:
        while (frame := await self.frames.get()) is not None:
            yield frame

    async def receive(self, scope: anyio.CancelScope) -> None:
        config = self.integrator.config
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                self.frames.put_nowait(None)
                scope.cancel()  # the client left: stop the worker too
                return
            data = message.get("bytes")
            if data is None:
                continue  # text messages are ignored (keep-alives)
            self.received += 1
            index, received_at = self.received, time.monotonic()
            if len(data) > self.limit:
                await self.ws.send_json({"frame": index, "error": {
                    "type": "PayloadTooLarge", "message": f"frame exceeds {self.limit} bytes"}})
                continue
            self.metrics.count("ws_frames")
            try:  # decoded only if the stream takes it (a newer frame may replace it first)
                prepared = prepare_frame(data, color_order="rgb", max_pixels=config.max_image_pixels)
            except PixelLLMError as exc:
                await self.ws.send_json({"frame": index, "error": library_error(exc)})
                continue
            self.frames.put_nowait(Frame(prepared, index, received_at - self.started, captured_at=received_at))

    async def report(self, scope: anyio.CancelScope) -> None:
        try:
            while True:
                index, exc = await self.errors.get()
                await self.ws.send_json({"frame": index, "error": library_error(exc)})
        except (WebSocketDisconnect, RuntimeError):
            scope.cancel()

    async def work(self, stream, scope: anyio.CancelScope) -> None:
        dropped = 0
        try:
            async for event in stream:
                if stream.stats.frames_dropped > dropped:
                    self.metrics.count("ws_dropped", stream.stats.frames_dropped - dropped)
                    dropped = stream.stats.frames_dropped
                self.metrics.count("ws_captions")
                self.metrics.caption(event.lag, event.backend)
                await self.ws.send_json({"frame": event.index, "caption": event.caption, "backend": event.backend,
                                         "cached": bool(event.reused), "dropped": dropped,
                                         "latency_ms": round(event.lag * 1e3, 2),
                                         "people": event.to_dict()["people"]})
        except (WebSocketDisconnect, RuntimeError):  # the client went away while we answered
            scope.cancel()


async def live(ws: WebSocket) -> None:
    """Live captions over a WebSocket; see the module docstring."""
    await ws.accept()
    if await _authorised(ws, ws.app.state.settings.api_key):
        await LiveSession(ws).run()
