"""Admission control: how many captions may be in progress at once."""

from __future__ import annotations

from .errors import HTTPProblem


class Admission:
    """Counts captions in progress; refuses (429 with Retry-After) instead of queueing past ``limit``."""

    def __init__(self, limit: int, retry_after: int):
        self.limit, self.retry_after, self.inflight = limit, retry_after, 0

    def enter(self, weight: int = 1) -> int:
        weight = min(weight, self.limit)
        if self.inflight + weight > self.limit:
            raise HTTPProblem(429, "Overloaded", f"{self.inflight} captions in progress (limit {self.limit}); "
                              f"retry after {self.retry_after} s", {"Retry-After": str(self.retry_after)})
        self.inflight += weight
        return weight

    def leave(self, weight: int) -> None:
        self.inflight -= weight
