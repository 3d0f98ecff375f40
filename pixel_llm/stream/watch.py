"""Watch a folder: caption the images already there, then each new one once it is completely
written (a real file-system watcher, ``watchfiles``; no polling loop of ours).

Outputs, both resumable (already-captioned images are skipped on the next run):
- ``sidecar=True``: ``photo.txt`` next to ``photo.jpg`` with the caption (one line), as
  dataset-captioning tools write them;
- ``jsonl=PATH``: one JSON object per image appended to PATH.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from pathlib import Path
from typing import Any, AsyncIterator

from ..errors import CorruptImageError, ImageNotFoundError, PixelLLMError
from .runner import CaptionEvent, StreamStats

logger = logging.getLogger(__name__)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"}


class FolderStream:
    def __init__(self, integrator, folder: Path, *, sidecar: bool = False, jsonl: str | Path | None = None,
                 resume: bool = True, settle: float = 0.5, give_up_after: float = 30.0,
                 stop_after_idle: float | None = None, recursive: bool = False):
        self.integrator = integrator
        self.folder = Path(folder).resolve()  # the watcher reports absolute paths
        self.sidecar = sidecar
        self.jsonl = Path(jsonl) if jsonl else None
        self.resume = resume
        self.settle = settle
        self.give_up_after = give_up_after
        self.stop_after_idle = stop_after_idle
        self.recursive = recursive
        self.stats = StreamStats()
        self.skipped_done = 0
        self._done: set[str] = set()
        self._noted: set[Path] = set()

    def configure(self, **kwargs: Any) -> "FolderStream":
        for key, value in kwargs.items():
            if not hasattr(self, key):
                raise TypeError(f"unknown folder-watch option {key!r}")
            setattr(self, key, Path(value) if key == "jsonl" and value else value)
        return self

    def __aiter__(self) -> AsyncIterator[CaptionEvent]:
        return self._run()

    # -- bookkeeping ------------------------------------------------------------------------
    def _load_done(self) -> None:
        if self.resume and self.jsonl and self.jsonl.exists():
            for line in self.jsonl.read_text("utf-8").splitlines():
                try:
                    self._done.add(json.loads(line)["image"])
                except (ValueError, KeyError, TypeError):
                    continue

    @staticmethod
    def sidecar_path(path: Path) -> Path:
        """``photo.txt`` for ``photo.jpg`` (the dataset convention), or ``photo.jpg.txt`` when
        another image in the folder has the same stem."""
        twins = [p for p in path.parent.glob(path.stem + ".*")
                 if p != path and p.suffix.lower() in IMAGE_SUFFIXES and p.stem == path.stem]
        return path.with_name(path.name + ".txt") if twins else path.with_suffix(".txt")

    def _already(self, path: Path) -> bool:
        if not self.resume:
            return False
        if self.sidecar and self.sidecar_path(path).exists():
            return True
        return bool(self.jsonl) and str(path) in self._done

    def _is_image(self, path: Path) -> bool:
        if path.suffix.lower() in IMAGE_SUFFIXES:
            return True
        if path not in self._noted and path != self.jsonl and path.suffix.lower() != ".txt":
            self._noted.add(path)
            logger.info("skipping %s: not an image file", path)
        return False

    def _write(self, path: Path, result) -> None:
        if self.sidecar:
            target = self.sidecar_path(path)
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(result.caption + "\n", "utf-8")
            tmp.replace(target)
        if self.jsonl:
            record = {"image": str(path), "caption": result.caption, "backend": result.backend,
                      "labels": [l.name for l in result.facts.labels[:3]], "text": result.facts.text_content}
            with open(self.jsonl, "a", encoding="utf-8") as f:
                f.write(json.dumps(record) + "\n")
            self._done.add(str(path))

    # -- the loop ---------------------------------------------------------------------------
    async def _caption(self, path: Path, index: int, since: float, started: float) -> CaptionEvent | None:
        self.stats.frames_processed += 1
        try:
            result = await self.integrator.caption_frame_detailed(path)
        except PixelLLMError as exc:
            if isinstance(exc, (CorruptImageError, ImageNotFoundError)):
                raise
            self.stats.frames_skipped_bad += 1
            logger.info("skipping %s: %s", path, exc)
            return None
        self.stats.frames_encoded += 0 if result.cached else 1
        self.stats.captions += 1
        self._write(path, result)
        event = CaptionEvent(index, round(time.monotonic() - started, 4), result.caption, True, "",
                             time.monotonic() - since, result.backend, str(path))
        self.stats.lags.append(event.lag)
        return event

    def _listing(self) -> list[Path]:
        pattern = "**/*" if self.recursive else "*"
        return sorted(p for p in self.folder.glob(pattern) if p.is_file() and self._is_image(p))

    @staticmethod
    def _size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:  # deleted or renamed meanwhile
            return -1

    async def _run(self) -> AsyncIterator[CaptionEvent]:
        import watchfiles

        if not self.folder.is_dir():
            from .sources import SourceError

            raise SourceError(f"not a folder: {self.folder}")
        await self.integrator.initialize()
        self._load_done()
        started = time.monotonic()
        index = 0
        seen: set[Path] = set()
        # existing files first
        pending: dict[Path, tuple[int, float, float]] = {}  # path -> (size, last change, first seen)
        for path in self._listing():
            seen.add(path)
            self.stats.frames_seen += 1
            if self._already(path):
                self.skipped_done += 1
                continue
            index += 1
            try:
                event = await self._caption(path, index, time.monotonic(), started)
            except (CorruptImageError, ImageNotFoundError):
                now = time.monotonic()  # maybe still being written: the watcher loop looks again
                pending[path] = (self._size(path), now, now)
                continue
            if event is not None:
                yield event
        # then new ones, once complete: size unchanged for `settle` s and decodable
        last_activity = time.monotonic()
        rescanned = False
        stop = asyncio.Event()
        watcher = watchfiles.awatch(self.folder, stop_event=stop, recursive=self.recursive, debounce=50,
                                    step=20, rust_timeout=int(self.settle * 500) or 100, yield_on_timeout=True)
        try:
            async for changes in watcher:
                now = time.monotonic()
                if not rescanned:  # the watcher runs now: catch files added during the first pass
                    rescanned = True
                    for path in self._listing():
                        if path not in seen and path not in pending:
                            pending[path] = (self._size(path), now, now)
                            last_activity = now
                for change, raw in changes:
                    path = Path(raw)
                    if change == watchfiles.Change.deleted:
                        pending.pop(path, None)
                        continue
                    if not path.is_file() or not self._is_image(path) or path.name.endswith(".tmp"):
                        continue
                    last_activity = now
                    size = self._size(path)
                    first = pending.get(path, (0, now, now))[2]
                    pending[path] = (size, now, first)
                for path, (size, changed_at, first) in list(pending.items()):
                    current = self._size(path)
                    if current < 0:
                        pending.pop(path)
                        continue
                    if current != size:
                        pending[path] = (current, now, first)
                        continue
                    if now - changed_at < self.settle:
                        continue
                    if path not in seen:
                        seen.add(path)
                        self.stats.frames_seen += 1
                    if self._already(path):
                        pending.pop(path)
                        self.skipped_done += 1
                        continue
                    try:
                        event = await self._caption(path, index + 1, changed_at, started)
                    except (CorruptImageError, ImageNotFoundError) as exc:
                        if now - first > self.give_up_after or not path.exists():
                            pending.pop(path, None)
                            self.stats.frames_skipped_bad += 1
                            logger.info("skipping %s: %s", path, exc)
                        else:  # probably still being written: look again later
                            pending[path] = (current, now - self.settle / 2, first)
                        continue
                    pending.pop(path)
                    last_activity = time.monotonic()
                    if event is not None:
                        index += 1
                        yield event
                if self.stop_after_idle is not None and not pending and \
                        time.monotonic() - last_activity > self.stop_after_idle:
                    break
        finally:
            stop.set()
