"""A bounded, thread-safe LRU cache of frame analyses.

The key is the frame's pixel digest (xxh3-128 of its pixels, or of a file's bytes) joined with
the analysis pipeline's identity: encoder, labeler, OCR engine, which facts, colour order,
people detector (``FrameAnalyzer.pipeline_id``). The value is an :class:`~pixel_llm.analysis.Analysis`: features
and facts, plus the captions written from them, one per backend — so changing the caption
writer does not redo the analysis, and changing the encoder does not reuse it."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


class ResultCache:
    def __init__(self, max_size: int, enabled: bool = True):
        self.max_size = max_size
        self.enabled = enabled and max_size > 0
        self._data: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def get(self, key: str) -> Any | None:
        if not self.enabled:
            return None
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: str, value: Any) -> None:
        if not self.enabled:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.max_size:
                self._data.popitem(last=False)
                self.evictions += 1

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            total = self.hits + self.misses
            return {
                "size": len(self._data),
                "max_size": self.max_size,
                "hits": self.hits,
                "misses": self.misses,
                "evictions": self.evictions,
                "hit_rate": self.hits / total if total else 0.0,
                "enabled": self.enabled,
            }
