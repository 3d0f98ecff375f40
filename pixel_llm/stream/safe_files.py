"""Files written and read where others can plant links: a folder tree that is written only
inside itself, whole or not at all, never through a symbolic link; an append-only log that is
never a link; regular files read without blocking on a FIFO or a device; names made safe to
print.

Used by the folder watcher (:mod:`.watch`), whose folders are shared with whoever drops images
into them.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import stat
import tempfile
import threading
from pathlib import Path

logger = logging.getLogger(__name__)
TEMP_PREFIX = ".pixel-llm."

O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO named photo.jpg must not block a reader
O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
O_BINARY = getattr(os, "O_BINARY", 0)
DIR_FD = bool(O_NOFOLLOW and O_DIRECTORY and {os.open, os.rename, os.stat, os.unlink} <= os.supports_dir_fd)
"""Can folders be walked by descriptor (POSIX)? Else :meth:`SafeTree.atomic_write` checks real paths."""


def printable(text: str) -> str:
    """``text`` as is when every character is printable, else its ``repr`` (quoted, with
    ``\\n``, ``\\x1b`` … escaped): a file name can hold newlines and terminal escapes, and must
    not break or forge a line of human output."""
    text = str(text)
    return text if text.isprintable() else repr(text)


class UnsafePathError(OSError):
    """A path leaves the tree or passes through a symbolic link; nothing is written."""


def read_regular(path: Path) -> tuple[bytes, os.stat_result]:
    """The file's bytes and its stat from the same open file, without blocking on a FIFO or a
    device; ``ValueError`` if it is not a regular file."""
    fd = os.open(path, os.O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_BINARY)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks), info
    finally:
        os.close(fd)


class SafeTree:
    """Writes files inside ``root`` only: folders are reached from ``root`` one component at a
    time without following links, and each file is written to a fresh temporary file (created
    exclusively, never through a link) in its folder, fsync'ed, then renamed over the name (a
    link there is replaced, never followed)."""

    def __init__(self, root: Path):
        self.root = Path(root).resolve()

    def open_dir(self, directory: Path) -> int:
        """A descriptor of ``directory``, reached from the root without following links."""
        try:
            parts = Path(directory).relative_to(self.root).parts
        except ValueError:
            raise UnsafePathError(errno.EXDEV, "outside the watched folder") from None
        fd = os.open(self.root, os.O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        try:
            for part in parts:
                if part in (".", ".."):
                    raise UnsafePathError(errno.EXDEV, "outside the watched folder")
                try:
                    inner = os.open(part, os.O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, dir_fd=fd)
                except OSError as exc:
                    if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                        raise UnsafePathError(exc.errno, f"{printable(part)} is a symbolic link or not a folder; "
                                                         "files are never written through links") from None
                    raise
                os.close(fd)
                fd = inner
        except BaseException:
            os.close(fd)
            raise
        return fd

    def atomic_write(self, target: Path, data: bytes) -> None:
        """Write ``target`` whole or not at all (see the class docstring)."""
        if not DIR_FD:
            return self._atomic_write_by_path(target, data)
        dfd = self.open_dir(target.parent)
        try:
            try:
                old = os.stat(target.name, dir_fd=dfd, follow_symlinks=False)
            except FileNotFoundError:
                old = None
            if old is not None and stat.S_ISLNK(old.st_mode):
                logger.warning("%s is a symbolic link: replacing it with a regular file (links are not followed)",
                               printable(target))
            elif old is not None and not stat.S_ISREG(old.st_mode):
                raise OSError(errno.EISDIR if stat.S_ISDIR(old.st_mode) else errno.EEXIST,
                              "a directory is in the way" if stat.S_ISDIR(old.st_mode) else "not a regular file")
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW | O_CLOEXEC
            for _ in range(100):
                tmp = f"{TEMP_PREFIX}{secrets.token_hex(8)}.tmp"
                try:
                    fd = os.open(tmp, flags, 0o666, dir_fd=dfd)
                    break
                except FileExistsError:
                    continue
            else:
                raise OSError(errno.EEXIST, "no unused temporary file name")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.rename(tmp, target.name, src_dir_fd=dfd, dst_dir_fd=dfd)  # replaces a link, never follows it
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp, dir_fd=dfd)
                raise
        finally:
            os.close(dfd)

    def _atomic_write_by_path(self, target: Path, data: bytes) -> None:
        """The same without ``dir_fd`` (Windows): check the real folder, then write."""
        real = Path(os.path.realpath(target.parent))
        if real != self.root and self.root not in real.parents:
            raise UnsafePathError(errno.EXDEV, "outside the watched folder (through a link)")
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=real)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, real / target.name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


class AppendLog:
    """A line-per-record file opened for appending, never through a symbolic link; each
    :meth:`append` lands whole at the end and is fsync'ed before it returns."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None
        self._lock = threading.Lock()

    def open(self, read_all: bool) -> bytes:
        """Open it (``OSError`` if it is a link, ``ValueError`` if not a regular file) and return
        what it holds (all of it when ``read_all``, else only its last byte); a last line cut off
        by a crash is ended, so the next record is whole."""
        flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_BINARY
        fd = os.open(self.path, flags, 0o666)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ValueError(f"{printable(self.path)} is not a regular file")
            os.lseek(fd, 0 if read_all else max(0, info.st_size - 1), os.SEEK_SET)
            chunks = []
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
            data = b"".join(chunks)
            if data and not data.endswith(b"\n"):
                os.write(fd, b"\n")  # the partial line stays unparseable; the next record is whole
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return data

    def append(self, line: str) -> None:
        data = line.encode("utf-8")
        with self._lock:  # may run in a worker thread: the descriptor is not closed under it
            if self._fd is None:
                raise OSError(errno.EBADF, "the log is closed")
            while data:  # O_APPEND: each write lands at the end, also with another writer
                data = data[os.write(self._fd, data):]
            os.fsync(self._fd)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
