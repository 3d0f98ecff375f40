"""What a batch job captions: :class:`Item`, a small description of one image (a file, a URL,
a member of a tar shard, a frame of a video), and :class:`ItemLoader`, which turns items into
frames the integrator accepts, in the worker that captions them.

Items carry no pixels, so the job can hold many of them and send them to workers cheaply;
each worker reads its own images.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import os
import tarfile
import time
from dataclasses import asdict, dataclass, fields
from typing import Any

import numpy as np

from ..errors import ImageTooLargeError, PixelLLMError, SourceError
from .errors import DownloadError, InputError

KINDS = ("file", "url", "tar", "video", "input")
"""``input``: an input that could not be expanded into images (its row carries the error)."""


@dataclass(frozen=True)
class Item:
    id: str
    """Stable key of the image in the output: the path, the URL, ``shard.tar#member`` or
    ``video.mp4#t=12.000``. Resuming skips ids that are done."""
    kind: str
    path: str
    """The file, URL, tar shard or video the image comes from."""
    member: str | None = None
    """Tar member name."""
    offset: int | None = None
    """Where the member's data starts in an uncompressed shard (None: read it by name)."""
    size: int | None = None
    frame: int | None = None
    """Video frame index."""
    timestamp: float | None = None
    """Video time in seconds."""
    problem_type: str | None = None
    problem: str | None = None
    """An item that is an error already (kind ``input``): why its input gave no image."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Item":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class LoadOptions:
    """How workers read items."""

    max_bytes: int = 100 * 1024 * 1024
    """Files, downloads and tar members larger than this are ``ImageTooLargeError`` rows."""
    url_timeout: float = 30.0
    """Seconds a download may take to connect or between bytes."""
    url_retries: int = 2
    """Retries of a download after a refused/cut connection, a timeout, 429 or 5xx."""
    url_concurrency: int = 8
    """Downloads in flight at once in one worker."""


class ItemLoader:
    """Reads items into frames (paths, bytes or RGB arrays); one per worker, not thread-safe."""

    def __init__(self, options: LoadOptions | None = None):
        self.options = options or LoadOptions()
        self._http = None
        self._pool: cf.ThreadPoolExecutor | None = None
        self._videos: collections.OrderedDict[str, list] = collections.OrderedDict()
        self._streams: collections.OrderedDict[str, list] = collections.OrderedDict()

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        for cap, _ in self._videos.values():
            cap.release()
        for tf, _ in self._streams.values():
            tf.close()
        self._videos.clear()
        self._streams.clear()

    def load_all(self, items: list[Item]) -> list[Any]:
        """A frame for each item, or the :class:`PixelLLMError` that stopped it. Downloads run
        concurrently; the rest in order."""
        out: list[Any] = [None] * len(items)
        urls = [i for i, item in enumerate(items) if item.kind == "url" and item.problem is None]
        futures = {}
        if len(urls) > 1:
            if self._pool is None:
                self._pool = cf.ThreadPoolExecutor(self.options.url_concurrency, thread_name_prefix="pixel-llm-fetch")
            futures = {i: self._pool.submit(self._guard, items[i]) for i in urls}
        for i, item in enumerate(items):
            if i not in futures:
                out[i] = self._guard(item)
        for i, fut in futures.items():
            out[i] = fut.result()
        return out

    def _guard(self, item: Item) -> Any:
        try:
            return self.load(item)
        except PixelLLMError as exc:
            return exc

    def load(self, item: Item) -> Any:
        if item.problem is not None:
            raise InputError(item.problem)
        if item.kind == "file":
            return self._file(item.path)
        if item.kind == "url":
            return self._download(item.path)
        if item.kind == "tar":
            return self._tar_member(item)
        if item.kind == "video":
            return self._video_frame(item)
        raise InputError(f"unknown item kind {item.kind!r}")

    # -- files -------------------------------------------------------------------------------
    def _too_large(self, what: str, size: int) -> ImageTooLargeError:
        return ImageTooLargeError(f"{what} is {size} bytes, more than max_bytes={self.options.max_bytes}")

    def _file(self, path: str) -> str:
        try:
            size = os.stat(path).st_size
        except OSError:
            return path  # the integrator says what is wrong (missing, unreadable), typed
        if size > self.options.max_bytes:
            raise self._too_large(path, size)
        return path

    # -- URLs --------------------------------------------------------------------------------
    def _client(self):
        if self._http is None:
            import httpx

            t = self.options.url_timeout
            self._http = httpx.Client(timeout=httpx.Timeout(t, connect=min(t, 10.0)), follow_redirects=True,
                                      limits=httpx.Limits(max_connections=self.options.url_concurrency))
        return self._http

    def _download(self, url: str) -> bytes:
        import httpx

        client = self._client()
        attempts = self.options.url_retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                with client.stream("GET", url) as response:
                    status = response.status_code
                    if status != 200:
                        error = DownloadError(f"{url}: HTTP {status} {response.reason_phrase}".rstrip(), status)
                        if (status == 429 or status >= 500) and not last:
                            time.sleep(min(0.5 * 2 ** attempt, 4.0))
                            continue
                        raise error
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.options.max_bytes:
                        raise self._too_large(url, int(declared))
                    chunks, size = [], 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > self.options.max_bytes:
                            raise self._too_large(url, size)
                        chunks.append(chunk)
                    return b"".join(chunks)
            except httpx.TimeoutException as exc:
                error = DownloadError(f"{url}: no answer within {self.options.url_timeout:g} s ({type(exc).__name__})")
            except httpx.TransportError as exc:
                error = DownloadError(f"{url}: {type(exc).__name__}: {exc}")
            except httpx.HTTPError as exc:  # invalid URL and the like: retrying does not help
                raise DownloadError(f"{url}: {type(exc).__name__}: {exc}") from exc
            if last:
                raise error
            time.sleep(min(0.5 * 2 ** attempt, 4.0))
        raise AssertionError("unreachable")

    # -- tar shards ----------------------------------------------------------------------------
    def _tar_member(self, item: Item) -> bytes:
        if item.size is not None and item.size > self.options.max_bytes:
            raise self._too_large(item.id, item.size)
        if item.offset is not None:
            try:
                with open(item.path, "rb") as f:
                    f.seek(item.offset)
                    data = f.read(item.size)
            except OSError as exc:
                raise InputError(f"{item.path}: cannot read member {item.member}: {exc}") from exc
            if len(data) != item.size:
                raise InputError(f"{item.path}: member {item.member} is cut short")
            return data
        return self._stream_member(item)

    def _stream_member(self, item: Item) -> bytes:
        """A member of a compressed shard: read forward through one open stream per shard
        (a worker gets a shard's members in order), reopened when a member lies behind."""
        for reopened in (False, True):
            entry = self._streams.get(item.path)
            if entry is None or reopened:
                if entry is not None:
                    entry[0].close()
                try:
                    tf = tarfile.open(item.path, "r|*")
                except (OSError, tarfile.TarError) as exc:
                    raise InputError(f"{item.path}: cannot open the shard: {exc}") from exc
                entry = [tf, iter(tf)]
                self._streams[item.path] = entry
                while len(self._streams) > 2:
                    self._streams.popitem(last=False)[1][0].close()
            self._streams.move_to_end(item.path)
            tf, members = entry
            try:
                for info in members:
                    if info.name == item.member:
                        f = tf.extractfile(info)
                        if f is None:
                            raise InputError(f"{item.path}: member {item.member} is not a file")
                        return f.read()
            except (OSError, tarfile.TarError, EOFError) as exc:
                raise InputError(f"{item.path}: the shard is damaged near {item.member}: {exc}") from exc
        raise InputError(f"{item.path}: no member {item.member}")

    # -- video frames --------------------------------------------------------------------------
    def _video_frame(self, item: Item) -> np.ndarray:
        """Frame ``item.frame`` as RGB; a worker reads a video's samples in order, so it
        mostly skips forward (grab) instead of seeking."""
        import cv2

        entry = self._videos.get(item.path)
        if entry is None:
            cap = cv2.VideoCapture(item.path)
            if not cap.isOpened():
                raise SourceError(f"{item.path}: cannot open the video")
            entry = [cap, 0]
            self._videos[item.path] = entry
            while len(self._videos) > 2:
                self._videos.popitem(last=False)[1][0].release()
        self._videos.move_to_end(item.path)
        cap, position = entry
        target = int(item.frame or 0)
        if not (position <= target <= position + 250):
            cap.set(cv2.CAP_PROP_POS_FRAMES, target)
            position = target
        while position < target and cap.grab():
            position += 1
        ok, bgr = cap.read() if position == target else (False, None)
        entry[1] = position + 1 if ok else -1_000_000  # unknown position: seek next time
        if not ok or bgr is None:
            raise SourceError(f"{item.path}: cannot read frame {target} (t={item.timestamp:.3f} s)")
        return np.ascontiguousarray(bgr[:, :, ::-1])
