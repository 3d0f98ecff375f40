"""Counters for /stats and the Prometheus text exposition at /metrics."""

from __future__ import annotations

import threading
from collections import defaultdict

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, int], int] = defaultdict(int)
        self.latency_buckets = [0] * len(BUCKETS)
        self.latency_sum = 0.0
        self.latency_count = 0
        self.rejected = 0
        self.ws_frames = 0
        self.ws_dropped = 0
        self.ws_captions = 0
        self.backends: dict[str, int] = defaultdict(int)

    def request(self, route: str, status: int) -> None:
        with self._lock:
            self.requests[(route, status)] += 1

    def caption(self, seconds: float, backend: str) -> None:
        with self._lock:
            self.latency_sum += seconds
            self.latency_count += 1
            self.backends[backend] += 1
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    self.latency_buckets[i] += 1

    def count(self, name: str, n: int = 1) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + n)

    def snapshot(self) -> dict:
        with self._lock:
            return {
                "requests": {f"{route} {status}": n for (route, status), n in sorted(self.requests.items())},
                "captions": self.latency_count,
                "caption_seconds_total": round(self.latency_sum, 4),
                "captions_by_backend": dict(self.backends),
                "rejected_overload": self.rejected,
                "ws_frames_received": self.ws_frames,
                "ws_frames_dropped": self.ws_dropped,
                "ws_captions": self.ws_captions,
            }

    def prometheus(self, cache: dict, inflight: int) -> str:
        with self._lock:
            lines = ["# HELP pixel_llm_requests_total HTTP requests by route and status.",
                     "# TYPE pixel_llm_requests_total counter"]
            for (route, status), n in sorted(self.requests.items()):
                lines.append(f'pixel_llm_requests_total{{route="{route}",status="{status}"}} {n}')
            lines += ["# HELP pixel_llm_caption_seconds Time to caption one image.",
                      "# TYPE pixel_llm_caption_seconds histogram"]
            for bound, n in zip(BUCKETS, self.latency_buckets):
                lines.append(f'pixel_llm_caption_seconds_bucket{{le="{bound}"}} {n}')
            lines += [f'pixel_llm_caption_seconds_bucket{{le="+Inf"}} {self.latency_count}',
                      f"pixel_llm_caption_seconds_sum {self.latency_sum:.6f}",
                      f"pixel_llm_caption_seconds_count {self.latency_count}",
                      "# TYPE pixel_llm_captions_total counter"]
            for backend, n in sorted(self.backends.items()):
                lines.append(f'pixel_llm_captions_total{{backend="{backend}"}} {n}')
            lines += ["# TYPE pixel_llm_rejected_total counter", f"pixel_llm_rejected_total {self.rejected}",
                      "# TYPE pixel_llm_ws_frames_total counter", f"pixel_llm_ws_frames_total {self.ws_frames}",
                      "# TYPE pixel_llm_ws_frames_dropped_total counter",
                      f"pixel_llm_ws_frames_dropped_total {self.ws_dropped}",
                      "# TYPE pixel_llm_inflight gauge", f"pixel_llm_inflight {inflight}",
                      "# TYPE pixel_llm_cache_size gauge", f"pixel_llm_cache_size {cache['size']}",
                      "# TYPE pixel_llm_cache_hits_total counter", f"pixel_llm_cache_hits_total {cache['hits']}",
                      "# TYPE pixel_llm_cache_misses_total counter", f"pixel_llm_cache_misses_total {cache['misses']}"]
        return "\n".join(lines) + "\n"
