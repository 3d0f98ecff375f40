"""Watch a folder: caption the images already there, then each new one once it is completely
written (a real file-system watcher, ``watchfiles``; no polling loop of ours).

Outputs, both resumable (already-captioned images are skipped on the next run):
- ``sidecar=True``: ``photo.txt`` next to ``photo.jpg`` with the caption (one line), as
  dataset-captioning tools write them;
- ``jsonl=PATH``: one JSON object per image appended to PATH, with the size, modification time
  and content digest (xxh3-128) of the bytes that were captioned.

Done-ness follows the content, not only the name: an image overwritten after it was captioned
is captioned again (while watching; across restarts when there is a JSONL). With a JSONL, the
JSONL is the record of what is done: each record is appended (and fsync'ed) before the sidecar
is written, so after a crash at any point a restart writes a missing sidecar from the JSONL,
and captions an image whose JSONL record is missing. Without a JSONL, an existing sidecar
means done across restarts (it may hold your own edits).

Files are written without following symbolic links and never outside the watched tree: a
sidecar goes to a uniquely named temporary file created exclusively in the image's folder,
reached from the watched folder one component at a time without following links, and is
renamed over the sidecar name (a link there is replaced, not followed). A sidecar that cannot
be written is a logged error; the caption is still reported.
"""

from __future__ import annotations

import asyncio
import errno
import glob
import json
import logging
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator

import xxhash

from ..errors import ConfigError, CorruptImageError, ImageNotFoundError, PixelLLMError
from .runner import CaptionEvent, StreamStats
from .safe_files import TEMP_PREFIX, AppendLog, SafeTree, printable, read_regular

logger = logging.getLogger(__name__)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"}

_LOUD_WRITE_ERRORS = 5  # then the rest at DEBUG, and a count at the end


@dataclass
class _Record:
    """What was captioned for one image path: the file's size, mtime and content digest then
    (``None`` where unknown: a record from an older JSONL, or an image that a sidecar alone
    says is done), and the caption."""

    size: int | None
    mtime_ns: int | None
    digest: str | None
    caption: str | None


def _content_digest(data: bytes) -> str:
    return "xxh3_128:" + xxhash.xxh3_128_hexdigest(data)


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
        self.write_errors = 0
        """Sidecars or JSONL records that could not be written (each logged)."""
        self._records: dict[str, _Record] = {}
        self._noted: set[Path] = set()
        self._tree = SafeTree(self.folder)
        self._log: AppendLog | None = None

    def configure(self, **kwargs: Any) -> "FolderStream":
        for key, value in kwargs.items():
            if not hasattr(self, key) or key.startswith("_") or key in ("stats", "write_errors", "skipped_done"):
                raise TypeError(f"unknown folder-watch option {key!r}")
            setattr(self, key, Path(value) if key == "jsonl" and value else value)
        return self

    def __aiter__(self) -> AsyncIterator[CaptionEvent]:
        return self._run()

    # -- the JSONL: the record of what is done -----------------------------------------------
    def _open_jsonl(self) -> None:
        """Open the JSONL for appending (a link there is refused: ``ConfigError``) and load the
        records when resuming."""
        log = AppendLog(self.jsonl)
        try:
            data = log.open(read_all=self.resume)
        except OSError as exc:
            why = "it is a symbolic link" if exc.errno == errno.ELOOP else (exc.strerror or str(exc))
            raise ConfigError("jsonl", f"cannot open {printable(self.jsonl)} for appending: {why}") from exc
        except ValueError as exc:
            raise ConfigError("jsonl", str(exc)) from exc
        self._log = log
        if self.resume:
            self._load_records(data.decode("utf-8", "replace"))

    def _load_records(self, text: str) -> None:
        for line in text.splitlines():
            try:
                obj = json.loads(line)
                image = obj["image"]
            except (ValueError, KeyError, TypeError):
                continue
            if not isinstance(image, str):
                continue
            size, mtime_ns, digest, caption = (obj.get(k) for k in ("size", "mtime_ns", "digest", "caption"))
            self._records[image] = _Record(  # the last record of an image wins
                size if isinstance(size, int) else None, mtime_ns if isinstance(mtime_ns, int) else None,
                digest if isinstance(digest, str) else None, caption if isinstance(caption, str) else None)

    def _append_record(self, line: str) -> None:
        if self._log is None:
            raise OSError(errno.EBADF, "the watcher has stopped")
        self._log.append(line)

    def _close_jsonl(self) -> None:
        if self._log is not None:
            self._log.close()

    # -- sidecars, written safely --------------------------------------------------------------
    @staticmethod
    def sidecar_path(path: Path) -> Path:
        """``photo.txt`` for ``photo.jpg`` (the dataset convention), or ``photo.jpg.txt`` when
        another image in the folder has the same stem."""
        twins = [p for p in path.parent.glob(glob.escape(path.stem) + ".*")  # "photo[1]" is a name, not a pattern
                 if p != path and p.suffix.lower() in IMAGE_SUFFIXES and p.stem == path.stem]
        return path.with_name(path.name + ".txt") if twins else path.with_suffix(".txt")

    def _sidecar_exists(self, path: Path) -> bool:
        """A regular file at the sidecar name; a link there does not count (it is replaced)."""
        try:
            return stat.S_ISREG(os.lstat(self.sidecar_path(path)).st_mode)
        except OSError:
            return False

    def _write_failed(self, what: Path, exc: OSError) -> None:
        self.write_errors += 1
        level = logging.ERROR if self.write_errors <= _LOUD_WRITE_ERRORS else logging.DEBUG
        more = " (further write errors are logged at DEBUG)" if self.write_errors == _LOUD_WRITE_ERRORS else ""
        logger.log(level, "cannot write %s: %s%s", printable(what), exc.strerror or exc, more)

    def _save_sidecar(self, path: Path, caption: str) -> None:
        target = self.sidecar_path(path)
        try:
            self._tree.atomic_write(target, (caption + "\n").encode("utf-8"))
        except OSError as exc:
            self._write_failed(target, exc)

    def _save(self, path: Path, result, record: _Record, *, sidecar: bool) -> None:
        """JSONL first (the record of done-ness), then the sidecar."""
        if self.jsonl:
            line = json.dumps({"image": str(path), "caption": result.caption, "backend": result.backend,
                               "labels": [label.name for label in result.facts.labels[:3]],
                               "text": result.facts.text_content, "size": record.size,
                               "mtime_ns": record.mtime_ns, "digest": record.digest})
            try:
                self._append_record(line + "\n")
            except OSError as exc:
                self._write_failed(self.jsonl, exc)
        if self.sidecar and sidecar:
            self._save_sidecar(path, result.caption)
        self._records[str(path)] = record

    # -- what is done ------------------------------------------------------------------------
    def _unchanged(self, path: Path, info: os.stat_result, record: _Record) -> bool:
        if record.size is None:  # an older JSONL's record: trusted by name; watch from now on
            record.size, record.mtime_ns = info.st_size, info.st_mtime_ns
            return True
        if record.size != info.st_size:
            return False
        if record.mtime_ns == info.st_mtime_ns:
            return True
        if record.digest is None:
            return False
        try:
            data = read_regular(path)[0]
        except (OSError, ValueError):
            return False
        if _content_digest(data) != record.digest:
            return False
        record.mtime_ns = info.st_mtime_ns  # written again with the same bytes
        return True

    def _state(self, path: Path) -> str:
        """``done``; ``resync`` (the JSONL holds this content's caption, the sidecar is
        missing); ``changed`` (captioned before, different content now); ``new``; ``gone``."""
        try:
            info = os.stat(path)
        except OSError:
            return "gone"
        record = self._records.get(str(path))
        if record is not None:
            if not self._unchanged(path, info, record):
                return "changed"
            if self.sidecar and not self._sidecar_exists(path):
                return "resync" if record.caption is not None else "new"
            return "done"
        if self.resume and self.sidecar and not self.jsonl and self._sidecar_exists(path):
            self._records[str(path)] = _Record(info.st_size, info.st_mtime_ns, None, None)
            return "done"
        return "new"

    def _modified_since_seen(self, path: Path) -> bool:
        record = self._records.get(str(path))
        try:
            info = os.stat(path)
        except OSError:
            return False
        return record is not None and record.size is not None and \
            (record.size, record.mtime_ns) != (info.st_size, info.st_mtime_ns)

    def _is_image(self, path: Path) -> bool:
        if path.suffix.lower() in IMAGE_SUFFIXES:
            return True
        if path not in self._noted and path != self.jsonl and path.suffix.lower() != ".txt" \
                and not path.name.startswith(TEMP_PREFIX):
            self._noted.add(path)
            logger.info("skipping %s: not an image file", printable(path))
        return False

    # -- the loop ---------------------------------------------------------------------------
    async def _caption(self, path: Path, index: int, since: float, started: float,
                       state: str) -> CaptionEvent | None:
        self.stats.frames_processed += 1
        try:
            data, info = await asyncio.to_thread(read_regular, path)
        except FileNotFoundError as exc:
            raise ImageNotFoundError(f"no such image file: {printable(path)}") from exc
        except OSError as exc:
            raise ImageNotFoundError(f"cannot read {printable(path)}: {exc.strerror or exc}") from exc
        except ValueError as exc:
            self.stats.frames_skipped_bad += 1
            logger.info("skipping %s: %s", printable(path), exc)
            return None
        try:
            result = await self.integrator.caption_frame_detailed(data)  # exactly the bytes digested
        except PixelLLMError as exc:
            if isinstance(exc, (CorruptImageError, ImageNotFoundError)):
                raise
            self.stats.frames_skipped_bad += 1
            logger.info("skipping %s: %s", printable(path), exc)
            return None
        self.stats.frames_encoded += 0 if result.cached else 1
        self.stats.captions += 1
        record = _Record(info.st_size, info.st_mtime_ns, _content_digest(data), result.caption)
        # a sidecar with no record behind it may hold someone's own words: it is kept, unless
        # the image changed or captions are not being resumed
        keep = state == "new" and self.resume and self.sidecar and self._sidecar_exists(path)
        await asyncio.to_thread(self._save, path, result, record, sidecar=not keep)
        event = CaptionEvent(index, round(time.monotonic() - started, 4), result.caption, True, "",
                             time.monotonic() - since, result.backend, str(path), result.facts.people)
        self.stats.lags.append(event.lag)
        return event

    async def _check(self, path: Path) -> str:
        """The path's state; a missing sidecar is written from the JSONL on the way."""
        state = await asyncio.to_thread(self._state, path)
        if state in ("done", "resync"):
            self.skipped_done += 1
            if state == "resync":
                await asyncio.to_thread(self._save_sidecar, path, self._records[str(path)].caption)
        return state

    def _listing(self) -> list[Path]:
        pattern = "**/*" if self.recursive else "*"
        return sorted(p for p in self.folder.glob(pattern) if p.is_file() and self._is_image(p))

    @staticmethod
    def _size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:  # deleted or renamed meanwhile
            return -1

    def _warn_if_read_only(self) -> None:
        if not self.sidecar:
            return
        try:
            read_only = bool(os.statvfs(self.folder).f_flag & os.ST_RDONLY)
        except (AttributeError, OSError):
            read_only = False
        if read_only or not os.access(self.folder, os.W_OK):
            logger.error("%s is %s: sidecars cannot be written there; captions are still reported",
                         printable(self.folder), "on a read-only file system" if read_only else "not writable")

    async def _run(self) -> AsyncIterator[CaptionEvent]:
        import watchfiles

        if not self.folder.is_dir():
            from .sources import SourceError

            raise SourceError(f"not a folder: {self.folder}")
        await self.integrator.initialize()
        if self.jsonl:
            self._open_jsonl()
        try:
            self._warn_if_read_only()
            async for event in self._watch(watchfiles):
                yield event
        finally:
            self._close_jsonl()
            if self.write_errors:
                logger.warning("%d caption outputs could not be written", self.write_errors)

    async def _watch(self, watchfiles) -> AsyncIterator[CaptionEvent]:
        started = time.monotonic()
        index = 0
        seen: set[Path] = set()
        # existing files first
        pending: dict[Path, tuple[int, float, float]] = {}  # path -> (size, last change, first seen)
        for path in self._listing():
            seen.add(path)
            self.stats.frames_seen += 1
            state = await self._check(path)
            if state in ("done", "resync", "gone"):
                continue
            index += 1
            try:
                event = await self._caption(path, index, time.monotonic(), started, state)
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
                if not rescanned:  # the watcher runs now: catch files added or changed during the first pass
                    rescanned = True
                    for path in self._listing():
                        if path not in pending and (path not in seen or self._modified_since_seen(path)):
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
                    state = await self._check(path)
                    if state in ("done", "resync", "gone"):
                        pending.pop(path)
                        continue
                    try:
                        event = await self._caption(path, index + 1, changed_at, started, state)
                    except (CorruptImageError, ImageNotFoundError) as exc:
                        if now - first > self.give_up_after or not path.exists():
                            pending.pop(path, None)
                            self.stats.frames_skipped_bad += 1
                            logger.info("skipping %s: %s", printable(path), exc)
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
