"""Tesseract kept loaded: a small worker process that holds ``libtesseract`` (through ctypes,
no compiled binding needed) and reads the images it is sent.

Starting the ``tesseract`` program costs its model load on every call — about 0.1–0.2 s on a
laptop CPU, more than reading a few lines of a live screen takes. A worker loads the model
once. It is a separate process so that its OpenMP threads can be limited
(``OMP_THREAD_LIMIT=1`` unless the user set it: Tesseract's threads make it several times
slower on small CPUs) without touching the threads of anything else in the caller's process,
and so that a crash in the C library cannot take the caller down. It exits when its input
closes (its parent went away).

Protocol over stdin/stdout: a request is ``!IIII`` (width, height, page segmentation mode,
flags) and the grey pixels, then, with the ``SPANS`` flag, the bands to read one by one; the
answer is ``!BI`` (status, length) and Tesseract's TSV rows (status 0) or an error message.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import struct
import subprocess
import sys
import threading

logger = logging.getLogger(__name__)

REQUEST = struct.Struct("!IIII")
ANSWER = struct.Struct("!BI")
SPAN = struct.Struct("!III")
NO_INVERT = 1
SPANS = 2
"""Flag: the pixels are followed by ``!I`` (a count) and that many ``!III`` (top, bottom, right)
bands; each band is read on its own (as an image of its own), forgetting what was learnt after
each, so that a line reads the same whatever lines are stacked beside it."""
LIBRARY_NAMES = ("libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib")


class WorkerError(RuntimeError):
    """The worker could not start or failed while reading."""


# -- inside the worker process ---------------------------------------------------------------

def _load_library():
    names = list(LIBRARY_NAMES)
    found = ctypes.util.find_library("tesseract")
    if found:
        names.insert(0, found)
    last = None
    for name in names:
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError as exc:
            last = exc
    else:
        raise OSError(f"libtesseract not found ({last})")
    vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    lib.TessBaseAPICreate.restype = vp
    lib.TessBaseAPIInit3.argtypes = [vp, cp, cp]
    lib.TessBaseAPISetPageSegMode.argtypes = [vp, ci]
    lib.TessBaseAPISetVariable.argtypes = [vp, cp, cp]
    lib.TessBaseAPISetImage.argtypes = [vp, vp, ci, ci, ci, ci]
    lib.TessBaseAPISetSourceResolution.argtypes = [vp, ci]
    lib.TessBaseAPIRecognize.argtypes = [vp, vp]
    lib.TessBaseAPIGetTsvText.argtypes = [vp, ci]
    lib.TessBaseAPIGetTsvText.restype = vp
    lib.TessDeleteText.argtypes = [vp]
    lib.TessBaseAPIEnd.argtypes = [vp]
    lib.TessBaseAPIClearAdaptiveClassifier.argtypes = [vp]
    lib.TessBaseAPIDelete.argtypes = [vp]
    return lib


def _serve() -> None:  # pragma: no cover - runs in the worker process
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer

    def answer(status: int, payload: bytes) -> None:
        stdout.write(ANSWER.pack(status, len(payload)) + payload)
        stdout.flush()

    try:
        lib = _load_library()
        api = lib.TessBaseAPICreate()
        if lib.TessBaseAPIInit3(api, None, b"eng") != 0:
            raise OSError("Tesseract could not load its English model (tesseract-ocr-eng)")
    except OSError as exc:
        answer(1, str(exc).encode())
        return
    answer(0, b"ready")
    invert = None
    try:
        while True:
            head = stdin.read(REQUEST.size)
            if len(head) < REQUEST.size:
                return
            width, height, psm, flags = REQUEST.unpack(head)
            pixels = stdin.read(width * height)
            if len(pixels) < width * height:
                return
            spans = [(0, height, width)]
            if flags & SPANS:
                count = struct.unpack("!I", stdin.read(4))[0]
                raw = stdin.read(SPAN.size * count)
                spans = [SPAN.unpack_from(raw, k * SPAN.size) for k in range(count)]
                if not all(0 <= top < bottom <= height and 0 < right <= width for top, bottom, right in spans):
                    answer(1, b"a band outside the image")
                    continue
            wanted = b"0" if flags & NO_INVERT else b"1"
            if wanted != invert:
                lib.TessBaseAPISetVariable(api, b"tessedit_do_invert", wanted)
                invert = wanted
            lib.TessBaseAPISetPageSegMode(api, psm)
            buf = ctypes.create_string_buffer(pixels, len(pixels))
            parts, failed = [], False
            for top, bottom, right in spans:
                # each band its own image (Tesseract 5.3's SetRectangle read bands wrongly here)
                if (top, bottom, right) == (0, height, width):
                    band = buf
                else:
                    cut = b"".join(pixels[y * width:y * width + right] for y in range(top, bottom))
                    band = ctypes.create_string_buffer(cut, len(cut))
                lib.TessBaseAPISetImage(api, band, right, bottom - top, 1, right)
                lib.TessBaseAPISetSourceResolution(api, 300)
                if lib.TessBaseAPIRecognize(api, None) != 0:
                    failed = True
                    break
                text = lib.TessBaseAPIGetTsvText(api, 0)
                tsv = ctypes.string_at(text) if text else b""
                if text:
                    lib.TessDeleteText(text)
                if top:  # rows in the whole image's pixels
                    rows = []
                    for row in tsv.split(b"\n"):
                        cells = row.split(b"\t")
                        if len(cells) >= 12 and cells[7].isdigit():
                            cells[7] = str(int(cells[7]) + top).encode()
                        rows.append(b"\t".join(cells))
                    tsv = b"\n".join(rows)
                parts.append(tsv)
                # what it learnt of this image's (or band's) letters is forgotten: the next is read
                # as the tesseract program reads it, whatever this worker read before
                lib.TessBaseAPIClearAdaptiveClassifier(api)
            if failed:
                answer(1, b"recognition failed")
                continue
            answer(0, b"".join(p if p.endswith(b"\n") or not p else p + b"\n" for p in parts))
    finally:
        lib.TessBaseAPIEnd(api)
        lib.TessBaseAPIDelete(api)


# -- in the caller -----------------------------------------------------------------------------

class TesseractWorker:
    """One worker process; :meth:`read` is thread-safe (one image at a time)."""

    def __init__(self, timeout: float = 30.0):
        env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
        self.timeout = timeout
        self._lock = threading.Lock()
        try:
            # this file run as a script: the worker needs the standard library only, not the package
            self.proc = subprocess.Popen([sys.executable, "-I", "-S", os.path.abspath(__file__)], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        except OSError as exc:
            raise WorkerError(f"cannot start the Tesseract worker: {exc}") from exc
        status, message = self._answer()
        if status != 0:
            self.close()
            raise WorkerError(message.decode(errors="replace"))

    def _answer(self) -> tuple[int, bytes]:
        head = self.proc.stdout.read(ANSWER.size)
        if len(head) < ANSWER.size:
            raise WorkerError("the Tesseract worker stopped")
        status, length = ANSWER.unpack(head)
        return status, self.proc.stdout.read(length)

    def read(self, gray, psm: int, invert: bool, spans=None) -> str:
        """Tesseract's TSV rows (no header) for a 2-D uint8 image; with ``spans`` ((top, bottom,
        right) bands), each band read on its own, in the image's coordinates."""
        height, width = gray.shape
        with self._lock:
            if self.proc.poll() is not None:
                raise WorkerError("the Tesseract worker has exited")
            watchdog = threading.Timer(self.timeout, self.proc.kill)  # a hung read ends the worker
            watchdog.daemon = True
            watchdog.start()
            try:
                flags = (0 if invert else NO_INVERT) | (SPANS if spans else 0)
                extra = struct.pack("!I", len(spans)) + b"".join(SPAN.pack(*span) for span in spans) if spans else b""
                self.proc.stdin.write(REQUEST.pack(width, height, psm, flags) + gray.tobytes() + extra)
                self.proc.stdin.flush()
                status, payload = self._answer()
            except (BrokenPipeError, OSError) as exc:
                raise WorkerError(f"the Tesseract worker failed: {exc}") from exc
            finally:
                watchdog.cancel()
        if status != 0:
            raise WorkerError(payload.decode(errors="replace"))
        return payload.decode("utf-8", "replace")

    def close(self) -> None:
        proc = getattr(self, "proc", None)
        if proc is None or proc.poll() is not None:
            return
        try:
            proc.stdin.close()
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()


if __name__ == "__main__":  # pragma: no cover
    _serve()
