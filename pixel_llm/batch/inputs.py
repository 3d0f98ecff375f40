"""Inputs of a batch job → a stream of :class:`~pixel_llm.batch.items.Item`.

An input is a folder (images in it, recursively), a glob, an image file, an http(s) URL, a
list (``.txt``/``.lst``: one path or URL a line; ``.csv``/``.tsv`` and ``.parquet``: a column
of them), a WebDataset tar shard (``.tar``, ``.tar.gz``, ``.tgz``: each image member is an
item) or a video (one frame every ``video_every`` seconds, or with ``video_scenes`` the first frame of
each shot). Items come out lazily, in a stable
order (folders sorted), so a million-path list never sits in memory; an input that cannot be
expanded (a missing list, a damaged shard, a glob matching nothing) is one item whose row
carries the error.
"""

from __future__ import annotations

import atexit
import csv
import glob
import math
import os
import tarfile
import threading
import weakref
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from .items import Item

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".ppm", ".pgm", ".pbm"}
VIDEO_SUFFIXES = {".mp4", ".avi", ".mov", ".mkv", ".webm", ".m4v", ".mpg", ".mpeg", ".wmv", ".flv"}
LIST_SUFFIXES = {".txt", ".lst", ".csv", ".tsv", ".parquet"}
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")
PATH_COLUMNS = ("path", "url", "image", "image_path", "image_url", "file", "filename", "src", "uri")


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _problem(source: str, kind: str, message: str) -> Item:
    return Item(id=source, kind="input", path=source, problem_type=kind, problem=message)


def classify(path: str) -> str:
    """``url``, ``folder``, ``tar``, ``video``, ``list`` or ``file`` (an image, or anything else)."""
    if is_url(path):
        return "url"
    if os.path.isdir(path):
        return "folder"
    lower = path.lower()
    if lower.endswith(TAR_SUFFIXES):
        return "tar"
    suffix = os.path.splitext(lower)[1]
    if suffix in VIDEO_SUFFIXES:
        return "video"
    if suffix in LIST_SUFFIXES:
        return "list"
    return "file"


def iter_items(inputs: Iterable[str], video_every: float = 1.0, video_scenes: bool = False) -> Iterator[Item]:
    """Every item of ``inputs``, in order; an id that was already given is not given again.
    Videos give a frame every ``video_every`` seconds or, with ``video_scenes``, the first frame
    of each shot (cuts found by :func:`shot_starts`; ``video_every`` is then the shortest gap)."""
    seen: set[str] = set()
    sampling = (video_every, video_scenes)
    for source in inputs:
        for item in _expand(str(source), sampling):
            if item.id not in seen:
                seen.add(item.id)
                yield item


def _expand(source: str, sampling: tuple[float, bool]) -> Iterator[Item]:
    kind = classify(source)
    if kind == "file" and not os.path.exists(source) and glob.has_magic(source):
        matches = sorted(glob.iglob(source, recursive=True))
        if not matches:
            yield _problem(source, "InputError", f"no files match {source!r}")
        for match in matches:
            if os.path.isdir(match):
                continue  # a glob names files; a folder that matches is not walked
            yield from _expand_one(os.path.normpath(match), classify(match), sampling)
        return
    yield from _expand_one(source if kind == "url" else os.path.normpath(source), kind, sampling)


def _expand_one(source: str, kind: str, sampling: tuple[float, bool]) -> Iterator[Item]:
    if kind == "url":
        yield Item(id=source, kind="url", path=source)
    elif kind == "folder":
        yield from _folder(source)
    elif kind == "tar":
        yield from _tar(source)
    elif kind == "video":
        yield from _video(source, *sampling)
    elif kind == "list":
        yield from _listed(source)
    else:
        yield Item(id=source, kind="file", path=source)


def _folder(root: str) -> Iterator[Item]:
    """Images under ``root``, depth first, names sorted; links to folders are not followed."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield _problem(root, "InputError", f"cannot list {root}: {exc.strerror or exc}")
        return
    for entry in entries:
        path = os.path.join(root, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _folder(path)
            elif os.path.splitext(entry.name)[1].lower() in IMAGE_SUFFIXES and entry.is_file():
                yield Item(id=path, kind="file", path=path)
        except OSError:
            continue


def _tar(shard: str) -> Iterator[Item]:
    """Image members of a WebDataset shard (``key.jpg`` next to ``key.txt``, ``key.json``…);
    other members are not images and are left out."""
    compressed = not shard.lower().endswith(".tar")
    try:
        with tarfile.open(shard, "r|*" if compressed else "r:") as tf:
            for info in tf:
                if not info.isfile() or os.path.splitext(info.name)[1].lower() not in IMAGE_SUFFIXES:
                    continue
                yield Item(id=f"{shard}#{info.name}", kind="tar", path=shard, member=info.name,
                           offset=None if compressed else info.offset_data, size=info.size)
    except (OSError, tarfile.TarError, EOFError) as exc:
        yield _problem(shard, "InputError", f"cannot read the tar shard {shard}: {exc}")


def video_samples(duration: float, every: float) -> list[float]:
    """Times (s) of the frames sampled from a video: 0, every, 2·every, … before the end."""
    count = max(1, math.ceil(duration / every - 1e-9)) if duration > 0 else 1
    return [round(i * every, 3) for i in range(count)]


CUT_CHANGED = 0.3
"""A cut: at least this share of the grey thumbnail's pixels changed from one frame to the next …"""
CUT_HASH_BITS = 12
"""… and the perceptual hashes of the two frames differ in at least this many of 64 bits."""


def shot_starts(frames: Iterable[np.ndarray], min_gap: int = 1) -> Iterator[int]:
    """Indices of the first frame of each shot: 0, then every frame that differs abruptly from
    the one before it (a hard cut: most of the picture changed at once, not a pan or noise), at
    least ``min_gap`` frames after the last one given."""
    from ..stream.scene import changed_fraction, dhash, hamming, thumbnail

    last, before = None, None
    for index, frame in enumerate(frames):
        thumb = thumbnail(frame)
        code = dhash(thumb)
        cut = before is None or (changed_fraction(thumb, before[0]) >= CUT_CHANGED
                                 and hamming(code, before[1]) >= CUT_HASH_BITS)
        if cut and (last is None or index - last >= min_gap):
            last = index
            yield index
        before = (thumb, code)


def _frames(cap, scan: _ShotScan | None = None) -> Iterator[np.ndarray]:
    while scan is None or not scan.stopping:
        ok, frame = cap.read()
        if not ok:
            return
        yield frame  # BGR: the cut test looks at grey levels only


class _ShotScan:
    """One pass over a video for the first frame of each shot, in a thread of its own, shared by
    every reader of the same file: a job lists its items twice at once (counting them for the ETA,
    and captioning them), and the video is decoded once for both."""

    def __init__(self, path: str, min_gap: int):
        self.found: list[int] = []
        self.done = False
        self.stopping = False
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._scan, args=(path, min_gap), daemon=True, name="pixel-llm-shots")
        self.thread.start()
        _RUNNING.add(self)

    def _scan(self, path: str, min_gap: int) -> None:
        import cv2

        cap = cv2.VideoCapture(path)
        try:
            for index in shot_starts(_frames(cap, self), min_gap):
                with self.cond:
                    self.found.append(index)
                    self.cond.notify_all()
        finally:
            cap.release()
            with self.cond:
                self.done = True
                self.cond.notify_all()

    def __iter__(self) -> Iterator[int]:
        k = 0
        while True:
            with self.cond:
                while k >= len(self.found) and not self.done:
                    self.cond.wait()
                if k >= len(self.found):
                    return
                index = self.found[k]
            k += 1
            yield index


_RUNNING: weakref.WeakSet[_ShotScan] = weakref.WeakSet()


@atexit.register
def _stop_scans() -> None:
    """A scan still decoding when the interpreter exits (Ctrl-C in a batch job) would abort the
    process from inside OpenCV's decoder: stop each one at its next frame and wait for it."""
    scans = list(_RUNNING)
    for scan in scans:
        scan.stopping = True
    for scan in scans:
        scan.thread.join(5.0)


_SCANS: OrderedDict[tuple, _ShotScan] = OrderedDict()
_SCANS_LOCK = threading.Lock()
_SCANS_KEPT = 16


def _shots(path: str, min_gap: int) -> _ShotScan:
    """The shot scan of ``path`` as it is now (a changed file is scanned again)."""
    st = os.stat(path)
    key = (os.path.abspath(path), st.st_size, st.st_mtime_ns, min_gap)
    with _SCANS_LOCK:
        scan = _SCANS.get(key)
        if scan is None:
            scan = _SCANS[key] = _ShotScan(path, min_gap)
            while len(_SCANS) > _SCANS_KEPT:
                _SCANS.popitem(last=False)
        else:
            _SCANS.move_to_end(key)
    return scan


def _video(path: str, every: float, scenes: bool = False) -> Iterator[Item]:
    import cv2

    cap = cv2.VideoCapture(path)
    try:
        if not cap.isOpened():
            why = "no such file" if not os.path.exists(path) else "not a video that can be read"
            yield _problem(path, "SourceError", f"cannot open the video {path}: {why}")
            return
        fps = cap.get(cv2.CAP_PROP_FPS) or 0.0
        frames = int(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
        if fps <= 0 or frames <= 0:
            yield _problem(path, "SourceError", f"{path}: the video does not say its frame rate or length")
            return
    finally:
        cap.release()
    if scenes:  # read through once for all readers; frames are taken again by index when captioned
        samples: Iterable[tuple[int, float]] = ((i, round(i / fps, 3)) for i in _shots(path, max(1, round(every * fps))))
    else:
        samples = ((min(frames - 1, int(round(t * fps))), t) for t in video_samples(frames / fps, every))
    for index, t in samples:
        yield Item(id=f"{path}#t={t:.3f}", kind="video", path=path, frame=index, timestamp=t)


def _entry(value: str, base: str) -> Item | None:
    value = value.strip()
    if not value or value.startswith("#"):
        return None
    if is_url(value):
        return Item(id=value, kind="url", path=value)
    path = os.path.normpath(os.path.join(base, os.path.expanduser(value)))
    return Item(id=path, kind="file", path=path)


def _column(names: list[str], source: str) -> str:
    lowered = {n.strip().lower(): n for n in names}
    for wanted in PATH_COLUMNS:
        if wanted in lowered:
            return lowered[wanted]
    if not names:
        raise ValueError(f"{source} has no columns")
    return names[0]


def _listed(source: str) -> Iterator[Item]:
    """Entries of a list file; relative paths are relative to the list's folder."""
    base = os.path.dirname(source)
    suffix = Path(source).suffix.lower()
    try:
        if suffix == ".parquet":
            yield from _listed_parquet(source, base)
            return
        with open(source, encoding="utf-8", newline="") as f:
            if suffix in (".csv", ".tsv"):
                reader = csv.reader(f, delimiter="\t" if suffix == ".tsv" else ",")
                header = next(reader, None)
                if header is None:
                    return
                col = header.index(_column(header, source))
                for row in reader:
                    item = _entry(row[col], base) if col < len(row) else None
                    if item is not None:
                        yield item
            else:
                for line in f:
                    item = _entry(line, base)
                    if item is not None:
                        yield item
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
        yield _problem(source, "InputError", f"cannot read the list {source}: {exc}")


def _listed_parquet(source: str, base: str) -> Iterator[Item]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(source)
    except Exception as exc:  # pyarrow raises its own and OSError
        raise ValueError(str(exc)) from exc
    col = _column(pf.schema_arrow.names, source)
    for batch in pf.iter_batches(columns=[col], batch_size=8192):
        for value in batch.column(0).to_pylist():
            item = _entry(str(value), base) if value is not None else None
            if item is not None:
                yield item
