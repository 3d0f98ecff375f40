"""On-screen text: a cheap detector decides whether a frame has text lines; only then does
OCR run (Tesseract when installed — exact on clean screen text, keeps spaces — else
RapidOCR's PP-OCRv4 ONNX models, which drop spaces in Latin text)."""

from __future__ import annotations

import csv
import io
import logging
import os
import queue
import shutil
import subprocess
import threading
from dataclasses import dataclass

import cv2
import numpy as np

from ..errors import ConfigError
from .model import TextFact
from .tessworker import TesseractWorker, WorkerError

logger = logging.getLogger(__name__)

DETECT_SIDE = 640
MIN_LINES = 2
MIN_TEXT_AREA = 0.035
MIN_FLAT_TEXT_AREA = 0.004
SMALL_TEXT_PX = 16  # line boxes lower than this are upscaled ×2 for Tesseract
MIN_WORD_CONFIDENCE = 55.0
OCR_TIMEOUT_S = 30.0
MAX_OCR_PIXELS = 2048 * 2048
"""Most pixels an OCR engine is given (larger frames are reduced first, area average)."""
MAX_TESSERACT_PIXELS = 3840 * 2160
"""Most pixels Tesseract reads after the ×2 upscale for small text (a 1920×1080 screen upscaled)."""


def _resize(image: np.ndarray, scale: float, interpolation: int) -> np.ndarray:
    """``image`` scaled by ``scale``, never to a zero-sized side (a 1×1300 strip stays 1 high)."""
    h, w = image.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return image if size == (w, h) else cv2.resize(image, size, interpolation=interpolation)


def ocr_input(rgb: np.ndarray, max_pixels: int = MAX_OCR_PIXELS) -> np.ndarray:
    """The frame reduced to at most ``max_pixels`` for OCR (unchanged when it fits)."""
    h, w = rgb.shape[:2]
    if h * w <= max_pixels:
        return rgb
    scale = (max_pixels / (h * w)) ** 0.5
    out = _resize(rgb, scale, cv2.INTER_AREA)
    while out.shape[0] * out.shape[1] > max_pixels:  # rounding up a side can overshoot by a row
        scale *= 0.99
        out = _resize(rgb, scale, cv2.INTER_AREA)
    return out


@dataclass(frozen=True)
class TextLines:
    """What the cheap detector saw: candidate text lines, their share of the frame and their
    median height in pixels of the original frame."""

    count: int
    area: float
    height: float

    def likely(self, flat: bool = False) -> bool:
        # Flat graphics (UIs, slides) often carry one short label; photos need more evidence.
        if flat:
            return self.count >= 1 and self.area >= MIN_FLAT_TEXT_AREA
        return self.count >= MIN_LINES and self.area >= MIN_TEXT_AREA


def detect_text_lines(rgb: np.ndarray) -> TextLines:
    """Find horizontal runs of dense, sharp edges (text lines). A few ms at 640 px."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    scale = min(1.0, DETECT_SIDE / max(gray.shape))
    if scale < 1:
        gray = _resize(gray, scale, cv2.INTER_AREA)
    grad = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    _, otsu = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    _, strong = cv2.threshold(grad, 60, 255, cv2.THRESH_BINARY)
    edges = otsu & strong
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    _, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    x, y, w, h = (stats[1:, i] for i in range(4))
    candidates = np.flatnonzero((h >= 6) & (h <= 100) & (w >= 2.5 * h) & (w >= 20))
    heights, area = [], 0
    for i in candidates:
        box = edges[y[i]:y[i] + h[i], x[i]:x[i] + w[i]]
        fill = cv2.countNonZero(box) / box.size
        if 0.2 <= fill <= 0.85:
            heights.append(h[i])
            area += box.size
    height = float(np.median(heights)) / scale if heights else 0.0
    return TextLines(len(heights), area / gray.size, height)


class TesseractOCR:
    name = "tesseract"

    def __init__(self, max_workers: int = 2) -> None:
        self.binary = shutil.which("tesseract")
        if self.binary is None:
            raise FileNotFoundError("tesseract is not installed (Debian/Ubuntu: apt-get install tesseract-ocr)")
        # Tesseract's OpenMP threads make it ~7x slower on small CPUs (1.9 s vs 0.28 s for a
        # 1024x768 page on 2 cores); one thread unless the user says otherwise.
        self.env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
        self.max_workers = max_workers
        """Worker processes keeping Tesseract loaded (0: start the program for every image)."""
        self._workers: queue.LifoQueue = queue.LifoQueue()
        self._started = 0
        self._start_lock = threading.Lock()
        self._no_worker = max_workers <= 0

    def __call__(self, rgb: np.ndarray, line_height: float = 0.0) -> list[TextFact]:
        h, w = rgb.shape[:2]
        rgb = ocr_input(rgb)
        line_height *= rgb.shape[0] / h
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        if gray.mean() < 110:  # light text on a dark background (terminals, dark themes)
            gray = 255 - gray
        small_text = line_height < SMALL_TEXT_PX if line_height else max(gray.shape) < 1600
        scale = 2.0 if small_text else 1.0
        scale = min(scale, max(1.0, (MAX_TESSERACT_PIXELS / gray.size) ** 0.5))
        if scale != 1.0:
            gray = _resize(gray, scale, cv2.INTER_CUBIC)
        scale_x, scale_y = gray.shape[1] / w, gray.shape[0] / h  # boxes back to the frame's coordinates
        lines: dict[tuple, list] = {}
        for row in self.words(gray, psm=3):
            lines.setdefault(row["line"], []).append(row)
        out = []
        for words in lines.values():
            left = min(r["left"] for r in words) / scale_x
            top = min(r["top"] for r in words) / scale_y
            right = max(r["left"] + r["width"] for r in words) / scale_x
            bottom = max(r["top"] + r["height"] for r in words) / scale_y
            out.append(TextFact(
                " ".join(r["text"] for r in words),
                round(sum(r["conf"] for r in words) / len(words) / 100, 3),
                (round(left / w, 3), round(top / h, 3), round(right / w, 3), round(bottom / h, 3)),
            ))
        return out


    def words(self, gray: np.ndarray, psm: int = 3, min_confidence: float = MIN_WORD_CONFIDENCE,
              invert: bool = True, spans: list[tuple[int, int, int]] | None = None) -> list[dict]:
        """Tesseract's words on a prepared grayscale image (dark text on a light background):
        dicts with ``text``, ``conf`` (0-100), ``left``, ``top``, ``width``, ``height`` (pixels
        of ``gray``) and ``line`` (block, paragraph, line numbers), in reading order.
        ``invert=False`` stops Tesseract from trying doubtful lines again inverted (about 20 %
        faster; for images known to be dark on light). ``spans``: (top, bottom, right) bands
        of ``gray`` that the kept worker reads each on its own (a line reads the same whatever is
        stacked beside it)."""
        tsv = self._read_kept(gray, psm, invert, spans)
        if tsv is None:  # no worker: the tesseract program, started once for this image; it reads
            # a stack of pieces as one page (one process per frame, not one per piece), so there
            # a line may read differently beside other lines
            tsv = self._run_program(gray, psm, invert)
        out = []
        # level page block par line word left top width height conf text (the program adds a header)
        for row in csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 12 or row[0] != "5":
                continue
            text, conf = row[11].strip(), float(row[10])
            if not text or conf < min_confidence:
                continue
            out.append({"text": text, "conf": conf, "left": int(row[6]), "top": int(row[7]), "width": int(row[8]),
                        "height": int(row[9]), "line": (int(row[2]), int(row[3]), int(row[4]))})
        return out

    def _run_program(self, gray: np.ndarray, psm: int, invert: bool) -> str:
        """TSV rows from the tesseract program started for this image."""
        ok, png = cv2.imencode(".png", gray)
        options = [] if invert else ["-c", "tessedit_do_invert=0"]
        proc = subprocess.run([self.binary, "stdin", "stdout", "--psm", str(psm), "-l", "eng", *options, "tsv"],
                              input=png.tobytes(), capture_output=True, timeout=OCR_TIMEOUT_S, env=self.env)
        if proc.returncode != 0:
            raise RuntimeError(f"tesseract failed: {proc.stderr.decode(errors='replace')[:200]}")
        return proc.stdout.decode("utf-8", "replace")

    def _read_kept(self, gray: np.ndarray, psm: int, invert: bool, spans=None) -> str | None:
        """TSV from a worker that keeps Tesseract loaded (see :mod:`.tessworker`), or None when
        none can run here (then the program is started per image)."""
        if self._no_worker:
            return None
        try:
            worker = self._workers.get_nowait()
        except queue.Empty:
            with self._start_lock:
                start = self._started < self.max_workers
                if start:
                    self._started += 1
            if start:
                try:
                    worker = TesseractWorker(OCR_TIMEOUT_S)
                except WorkerError as exc:
                    self._no_worker = True
                    logger.info("Tesseract is started per image (no kept worker: %s)", exc)
                    return None
            else:
                worker = self._workers.get()
        gray = np.ascontiguousarray(gray)
        try:
            return worker.read(gray, psm, invert, spans)
        except WorkerError as exc:
            logger.warning("the Tesseract worker failed (%s); starting a new one", exc)
            worker.close()
            try:
                worker = TesseractWorker(OCR_TIMEOUT_S)
                return worker.read(gray, psm, invert, spans)
            except WorkerError as again:
                worker = None
                with self._start_lock:
                    self._started -= 1
                raise RuntimeError(f"tesseract failed: {again}") from again
        finally:
            if worker is not None:
                self._workers.put(worker)

    def close(self) -> None:
        """Stop the kept workers."""
        while True:
            try:
                self._workers.get_nowait().close()
            except queue.Empty:
                return


class RapidOCREngine:
    name = "rapidocr"

    def __init__(self, threads: int = 0) -> None:
        from rapidocr_onnxruntime import RapidOCR

        kwargs = {"intra_op_num_threads": threads} if threads else {}
        self.engine = RapidOCR(**kwargs)
        self._lock = threading.Lock()

    def __call__(self, rgb: np.ndarray, line_height: float = 0.0) -> list[TextFact]:
        rgb = ocr_input(rgb)
        with self._lock:
            result, _ = self.engine(np.ascontiguousarray(rgb[:, :, ::-1]))
        h, w = rgb.shape[:2]
        out = []
        for box, text, score in result or []:
            xs, ys = [p[0] for p in box], [p[1] for p in box]
            out.append(TextFact(text, round(float(score), 3),
                                (round(min(xs) / w, 3), round(min(ys) / h, 3), round(max(xs) / w, 3), round(max(ys) / h, 3))))
        return out


def create_ocr(engine: str, threads: int = 0):
    """The OCR engine for ``engine`` (auto/tesseract/rapidocr), or None when 'off' or none is
    installed under 'auto' (logged once)."""
    if engine == "off":
        return None
    if engine in ("auto", "tesseract"):
        try:
            return TesseractOCR()
        except FileNotFoundError as exc:
            if engine == "tesseract":
                raise ConfigError("ocr", str(exc)) from exc
    try:
        return RapidOCREngine(threads)
    except ImportError as exc:
        if engine == "rapidocr":
            raise ConfigError("ocr", "rapidocr needs: pip install rapidocr-onnxruntime") from exc
        logger.warning("no OCR engine installed (tesseract or rapidocr-onnxruntime): on-screen text is not read")
        return None
