"""Where a batch job keeps its rows: a directory of **parts**, each written whole or not at all.

A part is a file of finished rows (Parquet, or JSON lines), written under a temporary name,
flushed to disk and renamed into place, so a job killed at any instant leaves complete parts
and perhaps a temporary file (removed on the next start). The ids in the parts are what is
done: a rerun skips them, and every id is in at most one part — so after a crash and a rerun
every image has exactly one row. Retrying failures first takes the failed rows out of their
parts (each part rewritten the same way), then captions those images again.

======  ========================================  ==================================================
format  parts in                                   the output a user reads
======  ========================================  ==================================================
parquet ``OUT/`` (``OUT`` may be ``s3://…`` or     the part directory itself: a Parquet dataset that
        any URI pyarrow's filesystems take)        pandas, pyarrow, DuckDB, Spark and Ray read
jsonl   ``OUT.parts/``                             ``OUT``: the parts joined into one file at the end
                                                   of every run (atomically replaced)
txt     ``OUT/.pixel-llm/``                        ``OUT/<name>.txt`` per captioned image, written
                                                   right after its part (``name`` mirrors the id)
======  ========================================  ==================================================

Each part directory holds ``_pixel_llm_job.json``, the job's settings; a rerun with other
captioning settings is refused (:class:`JobMismatchError`) instead of mixing two kinds of
caption. Readers skip names starting with ``_`` or ``.``.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import secrets
import time
from datetime import datetime, timezone
from typing import Any, Iterable
from urllib.parse import urlparse

from .errors import JobMismatchError, OutputError
from .rows import from_json_record, is_failed, rows_to_table, to_json_record

logger = logging.getLogger(__name__)
FORMATS = ("parquet", "jsonl", "txt")
MANIFEST = "_pixel_llm_job.json"
STORE_VERSION = 1
_PART = re.compile(r"^part-\d{13}-[0-9a-f]{8}-\d{6}\.(parquet|jsonl)$")
_TMP_PREFIX = ".tmp-"
_DONE_SUFFIX = ".sidecars-done"


def detect_format(output: str, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else from the name (``.parquet``, ``.jsonl``/
    ``.ndjson``), else ``txt`` for a folder (a name ending in ``/`` or an existing folder)."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise OutputError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
        return fmt
    lower = output.lower().rstrip("/")
    if lower.endswith(".parquet"):
        return "parquet"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if output.endswith(("/", os.sep)) or (("://" not in output) and os.path.isdir(output)):
        return "txt"
    raise OutputError(f"cannot tell the output format from {output!r}: name it .parquet or .jsonl, "
                      f"or give a folder (ending in '/') for .txt sidecars, or say --format")


class _LocalFS:
    """Atomic local writes: temporary file, fsync, rename, fsync of the directory."""

    remote = False

    def join(self, *parts: str) -> str:
        return os.path.join(*parts)

    def makedirs(self, path: str) -> None:
        os.makedirs(path, exist_ok=True)

    def kind(self, path: str) -> str | None:
        if os.path.isdir(path):
            return "dir"
        return "file" if os.path.lexists(path) else None

    def listdir(self, path: str) -> list[str]:
        return sorted(os.listdir(path))

    def read_bytes(self, path: str) -> bytes:
        with open(path, "rb") as f:
            return f.read()

    def write_atomic(self, path: str, data: bytes, durable: bool = True) -> None:
        folder, name = os.path.split(path)
        tmp = os.path.join(folder, f"{_TMP_PREFIX}{secrets.token_hex(6)}-{name}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        except BaseException:
            os.close(fd)
            os.unlink(tmp)
            raise
        os.close(fd)
        os.replace(tmp, path)
        if durable:
            self.sync_dir(folder)

    def sync_dir(self, folder: str) -> None:
        try:
            fd = os.open(folder or ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def delete(self, path: str) -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass


class _ArrowFS:
    """Any filesystem pyarrow reaches by URI (``s3://``, ``gs://``, ``hdfs://``, ``file://``).
    Object stores make a written object visible whole, so a part is written under its name."""

    remote = True

    def __init__(self, uri: str):
        import pyarrow.fs as pafs

        self._pafs = pafs
        self.fs, self.root = pafs.FileSystem.from_uri(uri)

    def join(self, *parts: str) -> str:
        return "/".join(p.rstrip("/") for p in parts)

    def makedirs(self, path: str) -> None:
        self.fs.create_dir(path, recursive=True)

    def kind(self, path: str) -> str | None:
        info = self.fs.get_file_info(path)
        return {self._pafs.FileType.Directory: "dir", self._pafs.FileType.File: "file"}.get(info.type)

    def listdir(self, path: str) -> list[str]:
        infos = self.fs.get_file_info(self._pafs.FileSelector(path, allow_not_found=True))
        return sorted(info.base_name for info in infos)

    def read_bytes(self, path: str) -> bytes:
        with self.fs.open_input_stream(path) as f:
            return f.read()

    def write_atomic(self, path: str, data: bytes, durable: bool = True) -> None:
        with self.fs.open_output_stream(path) as f:
            f.write(data)

    def sync_dir(self, folder: str) -> None:
        pass

    def delete(self, path: str) -> None:
        try:
            self.fs.delete_file(path)
        except FileNotFoundError:
            pass


def sidecar_name(row: dict[str, Any]) -> str:
    """The relative name of an item's ``.txt`` sidecar; it mirrors the id: ``photos/a.jpg`` →
    ``photos/a.txt``, ``http://host:8000/x/b.png`` → ``host_8000/x/b.txt``, ``s.tar#k.jpg`` →
    ``s/k.txt``, ``talk.mp4#t=12.000`` → ``talk/t000012.000.txt``."""
    kind, path = row["kind"], row["path"]
    if kind == "url":
        url = urlparse(path)
        stem = f"{url.netloc.replace(':', '_')}/{os.path.splitext(url.path)[0]}"
        if url.query:
            stem += "_" + re.sub(r"[^A-Za-z0-9._-]", "_", url.query)[:80]
    elif kind == "tar":
        stem = f"{_strip_tar(path)}/{os.path.splitext(row['member'] or '')[0]}"
    elif kind == "video":
        stem = f"{os.path.splitext(path)[0]}/t{float(row['timestamp'] or 0):010.3f}"
    else:
        stem = os.path.splitext(path)[0]
    parts = [("__" if p == ".." else p) for p in re.split(r"[\\/]+", stem) if p not in ("", ".")]
    if parts and re.fullmatch(r"[A-Za-z]:", parts[0]):
        parts[0] = parts[0][0]
    return "/".join(parts or ["_"]) + ".txt"


def _strip_tar(path: str) -> str:
    lower = path.lower()
    for suffix in (".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tar"):
        if lower.endswith(suffix):
            return path[: -len(suffix)]
    return path


class PartStore:
    """The parts of one job's output; see the module docstring."""

    def __init__(self, output: str, fmt: str):
        self.output = str(output)
        self.format = fmt
        if "://" in self.output:
            if fmt != "parquet":
                raise OutputError(f"{fmt} output must be a local path; only Parquet goes to {self.output.split('://')[0]}://")
            self.fs: Any = _ArrowFS(self.output)
            self.root = self.fs.root.rstrip("/")
        else:
            self.fs = _LocalFS()
            self.root = {"parquet": self.output, "jsonl": self.output + ".parts",
                         "txt": os.path.join(self.output, ".pixel-llm")}[fmt].rstrip("/") or "/"
        self.part_suffix = ".parquet" if fmt == "parquet" else ".jsonl"
        self._run = f"{int(time.time() * 1000):013d}-{secrets.token_hex(4)}"
        self._seq = 0

    # -- opening -------------------------------------------------------------------------------
    def open(self, settings: dict[str, Any], overwrite: bool = False) -> None:
        """Create or reopen the output; refuse one that is not ours or has other settings."""
        kind = self.fs.kind(self.root)
        if kind == "file":
            raise OutputError(f"{self.root} is a file; the {self.format} output needs a folder there")
        manifest = self.fs.join(self.root, MANIFEST)
        names = self.fs.listdir(self.root) if kind == "dir" else []
        ours = MANIFEST in names
        if self.format == "jsonl" and not ours and self.fs.kind(self.output) is not None and not overwrite:
            raise OutputError(f"{self.output} exists and was not written by pixel-llm batch "
                              f"(no {self.root}); remove it or pass overwrite")
        if kind == "dir" and not ours and self.format != "txt":
            foreign = [n for n in names if not n.startswith(_TMP_PREFIX)]
            if foreign:
                raise OutputError(f"{self.root} exists and is not a pixel-llm batch output "
                                  f"(it holds {foreign[0]!r}…); choose another output")
        if ours and overwrite:
            self.clear()
            ours = False
        elif ours:
            try:
                recorded = json.loads(self.fs.read_bytes(manifest))
            except (OSError, ValueError) as exc:
                raise OutputError(f"cannot read {manifest}: {exc}") from exc
            self._check(recorded, settings)
        elif overwrite and self.format == "jsonl":
            self.fs.delete(self.output)
        self.fs.makedirs(self.root)
        for name in self.fs.listdir(self.root):
            if name.startswith(_TMP_PREFIX):  # left by a run that was killed mid-write
                self.fs.delete(self.fs.join(self.root, name))
        if not ours:
            record = {"pixel_llm_batch": STORE_VERSION, "format": self.format, "settings": settings,
                      "created": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            self.fs.write_atomic(manifest, json.dumps(record, indent=2, sort_keys=True).encode())

    def _check(self, recorded: dict, settings: dict[str, Any]) -> None:
        if recorded.get("format") != self.format:
            raise JobMismatchError(f"{self.root} holds a {recorded.get('format')} job, not {self.format}")
        old = recorded.get("settings", {})
        diff = {k: (old.get(k), settings.get(k)) for k in sorted(set(old) | set(settings))
                if _norm(old.get(k)) != _norm(settings.get(k))}
        if diff:
            shown = ", ".join(f"{k}: {a!r} → {b!r}" for k, (a, b) in diff.items())
            raise JobMismatchError(f"{self.output} was captioned with other settings ({shown}); use another "
                                   f"output, or overwrite it to start again", diff)

    def clear(self) -> None:
        """Remove everything this job wrote (parts, sidecars, the joined JSONL, the manifest)."""
        for name in self.part_names():
            if self.format == "txt":
                for row in self.read_part(name):
                    if not is_failed(row):
                        self.fs.delete(os.path.join(self.output, sidecar_name(row)))
                self.fs.delete(self.fs.join(self.root, name + _DONE_SUFFIX))
            self.fs.delete(self.fs.join(self.root, name))
        if self.format == "jsonl":
            self.fs.delete(self.output)
        self.fs.delete(self.fs.join(self.root, MANIFEST))

    # -- parts ---------------------------------------------------------------------------------
    def part_names(self) -> list[str]:
        if self.fs.kind(self.root) != "dir":
            return []
        return [n for n in self.fs.listdir(self.root) if _PART.match(n) and n.endswith(self.part_suffix)]

    def read_part(self, name: str, columns: list[str] | None = None) -> list[dict[str, Any]]:
        path = self.fs.join(self.root, name)
        if self.format == "parquet":
            import pyarrow.parquet as pq

            if self.fs.remote:
                table = pq.read_table(path, columns=columns, filesystem=self.fs.fs)
            else:
                table = pq.read_table(path, columns=columns)
            return table.to_pylist()
        text = self.fs.read_bytes(path).decode("utf-8")
        return [from_json_record(json.loads(line)) for line in text.splitlines() if line.strip()]

    def _encode(self, rows: list[dict[str, Any]]) -> bytes:
        if self.format == "parquet":
            import pyarrow.parquet as pq

            buf = io.BytesIO()
            pq.write_table(rows_to_table(rows), buf, compression="zstd")
            return buf.getvalue()
        return "".join(json.dumps(to_json_record(r), ensure_ascii=False, separators=(",", ":")) + "\n"
                       for r in rows).encode("utf-8")

    def write_part(self, rows: list[dict[str, Any]]) -> str:
        """Write ``rows`` as a new part, atomically; returns its name."""
        self._seq += 1
        name = f"part-{self._run}-{self._seq:06d}{self.part_suffix}"
        self.fs.write_atomic(self.fs.join(self.root, name), self._encode(rows))
        if self.format == "txt":
            self._write_sidecars(name, rows)
        return name

    def scan(self) -> dict[str, bool]:
        """id → failed, over every part. A part that cannot be read (damaged outside of this
        job) is set aside as ``_unreadable-<name>`` and its images are captioned again."""
        done: dict[str, bool] = {}
        for name in self.part_names():
            try:
                rows = self.read_part(name, ["id", "error_type"] if self.format == "parquet" else None)
            except Exception as exc:  # noqa: BLE001 - any reader error means: not usable
                logger.warning("part %s cannot be read (%s); its images will be captioned again", name, exc)
                self._set_aside(name)
                continue
            for row in rows:
                done[row["id"]] = is_failed(row)
        return done

    def _set_aside(self, name: str) -> None:
        src = self.fs.join(self.root, name)
        if self.fs.remote:
            self.fs.fs.move(src, self.fs.join(self.root, "_unreadable-" + name))
        else:
            os.replace(src, os.path.join(self.root, "_unreadable-" + name))

    def drop_failed(self) -> int:
        """Take the failed rows out of every part (each rewritten atomically, or removed when
        nothing else is left in it); returns how many were taken out."""
        dropped = 0
        for name in self.part_names():
            rows = self.read_part(name)
            kept = [r for r in rows if not is_failed(r)]
            if len(kept) == len(rows):
                continue
            dropped += len(rows) - len(kept)
            path = self.fs.join(self.root, name)
            if kept:
                self.fs.write_atomic(path, self._encode(kept))
            else:
                self.fs.delete(path)
                self.fs.delete(path + _DONE_SUFFIX)
        return dropped

    def iter_rows(self) -> Iterable[dict[str, Any]]:
        for name in self.part_names():
            yield from self.read_part(name)

    # -- what users read -----------------------------------------------------------------------
    def finalize(self) -> None:
        """JSONL: join the parts into ``OUT`` (atomically). txt: write the sidecars of any part
        whose sidecars a killed run did not finish."""
        if self.format == "jsonl":
            self._join_jsonl()
        elif self.format == "txt":
            names = set(self.fs.listdir(self.root))
            for name in self.part_names():
                if name + _DONE_SUFFIX not in names:
                    self._write_sidecars(name, self.read_part(name))

    def _join_jsonl(self) -> None:
        folder = os.path.dirname(self.output) or "."
        tmp = os.path.join(folder, f"{_TMP_PREFIX}{secrets.token_hex(6)}-{os.path.basename(self.output)}")
        try:
            with open(tmp, "wb") as out:
                for name in self.part_names():
                    out.write(self.fs.read_bytes(os.path.join(self.root, name)))
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.output)
        except BaseException:
            self.fs.delete(tmp)
            raise
        self.fs.sync_dir(folder)

    def _write_sidecars(self, part: str, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            if is_failed(row) or row.get("caption") is None:
                continue
            path = os.path.join(self.output, sidecar_name(row))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            self.fs.write_atomic(path, (row["caption"] + "\n").encode("utf-8"), durable=False)
        self.fs.write_atomic(os.path.join(self.root, part + _DONE_SUFFIX), b"")


def _norm(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
