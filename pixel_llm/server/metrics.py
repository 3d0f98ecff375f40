"""Counters for /stats and the Prometheus text exposition at /metrics."""

from __future__ import annotations

import threading
from collections import defaultdict

PROTOCOL_PREFIXES = (("/v1/", "openai"), ("/api/", "ollama"))
"""Which protocol a route belongs to; every other route is pixel-llm's own."""


def protocol_of(route: str) -> str:
    for prefix, name in PROTOCOL_PREFIXES:
        if route.startswith(prefix):
            return name
    return "pixel-llm"


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
        self.answers: dict[tuple[str, str, bool], int] = defaultdict(int)
        """Chat answers by (protocol, backend, streamed)."""
        self.answer_seconds: dict[str, float] = defaultdict(float)
        self.answer_images: dict[str, int] = defaultdict(int)
        self.fallbacks: dict[str, int] = defaultdict(int)

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

    def answer(self, protocol: str, backend: str, streamed: bool, images: int, seconds: float) -> None:
        """One chat answer through the OpenAI or Ollama API."""
        with self._lock:
            self.answers[(protocol, backend, streamed)] += 1
            self.answer_seconds[protocol] += seconds
            self.answer_images[protocol] += images

    def protocol_fallback(self, protocol: str) -> None:
        """The endpoint failed on a chat request and the offline answer went out instead."""
        with self._lock:
            self.fallbacks[protocol] += 1

    def _by_protocol(self) -> dict[tuple[str, int], int]:
        out: dict[tuple[str, int], int] = defaultdict(int)
        for (route, status), n in self.requests.items():
            out[(protocol_of(route), status)] += n
        return out

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
                "protocols": self._protocols(),
            }

    def _protocols(self) -> dict:
        out: dict = {}
        for (protocol, status), n in sorted(self._by_protocol().items()):
            out.setdefault(protocol, {"requests": {}})["requests"][str(status)] = n
        for (protocol, backend, streamed), n in sorted(self.answers.items()):
            entry = out.setdefault(protocol, {"requests": {}})
            entry.setdefault("answers", {})[f"{backend} {'stream' if streamed else 'whole'}"] = n
        for protocol, entry in out.items():
            if protocol in self.answer_images:
                entry.update(images=self.answer_images[protocol], answer_seconds_total=round(
                    self.answer_seconds[protocol], 4), fallbacks=self.fallbacks.get(protocol, 0))
        return out

    def prometheus(self, cache: dict, inflight: int) -> str:
        with self._lock:
            lines = ["# HELP pixel_llm_requests_total HTTP requests by route and status.",
                     "# TYPE pixel_llm_requests_total counter"]
            for (route, status), n in sorted(self.requests.items()):
                lines.append(f'pixel_llm_requests_total{{route="{route}",status="{status}"}} {n}')
            lines += ["# HELP pixel_llm_protocol_requests_total HTTP requests by protocol (openai: /v1, "
                      "ollama: /api, pixel-llm: the rest) and status.",
                      "# TYPE pixel_llm_protocol_requests_total counter"]
            for (protocol, status), n in sorted(self._by_protocol().items()):
                lines.append(f'pixel_llm_protocol_requests_total{{protocol="{protocol}",status="{status}"}} {n}')
            lines += ["# HELP pixel_llm_protocol_answers_total Chat answers by protocol, who wrote them, streamed.",
                      "# TYPE pixel_llm_protocol_answers_total counter"]
            for (protocol, backend, streamed), n in sorted(self.answers.items()):
                lines.append(f'pixel_llm_protocol_answers_total{{protocol="{protocol}",backend="{backend}",'
                             f'stream="{str(streamed).lower()}"}} {n}')
            lines += ["# TYPE pixel_llm_protocol_images_total counter"]
            lines += [f'pixel_llm_protocol_images_total{{protocol="{p}"}} {n}' for p, n in sorted(self.answer_images.items())]
            lines += ["# HELP pixel_llm_protocol_answer_seconds_total Time to the answer (first piece when streamed).",
                      "# TYPE pixel_llm_protocol_answer_seconds_total counter"]
            lines += [f'pixel_llm_protocol_answer_seconds_total{{protocol="{p}"}} {s:.6f}'
                      for p, s in sorted(self.answer_seconds.items())]
            lines += ["# HELP pixel_llm_protocol_fallbacks_total Chat answers written offline because the endpoint failed.",
                      "# TYPE pixel_llm_protocol_fallbacks_total counter"]
            lines += [f'pixel_llm_protocol_fallbacks_total{{protocol="{p}"}} {n}' for p, n in sorted(self.fallbacks.items())]
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
