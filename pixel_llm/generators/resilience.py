"""Retries with exponential backoff and jitter, and a circuit breaker."""

from __future__ import annotations

import asyncio
import random
import threading
import time
from typing import Awaitable, Callable, TypeVar

from ..errors import LLMError, LLMRateLimitError, LLMUnavailableError

T = TypeVar("T")
BACKOFF_BASE_S = 0.25
BACKOFF_MAX_S = 4.0


class CircuitBreaker:
    """closed → (``threshold`` consecutive failures) → open → (``cooldown`` s) → half-open: one
    probe call goes through; its success closes the breaker, its failure opens it again."""

    def __init__(self, threshold: int, cooldown: float, clock: Callable[[], float] = time.monotonic):
        self.threshold = threshold
        self.cooldown = cooldown
        self.clock = clock
        self.state = "closed"
        self.failures = 0
        self.opened_at = 0.0
        self.last_error = ""
        self._probing = False
        self._lock = threading.Lock()

    def would_allow(self) -> bool:
        """Would a call go through now? (Does not take the half-open probe slot.)"""
        with self._lock:
            if self.state == "closed":
                return True
            if self.state == "open":
                return self.clock() - self.opened_at >= self.cooldown
            return not self._probing

    def allow(self) -> bool:
        with self._lock:
            if self.state == "closed":
                return True
            if self.state == "open" and self.clock() - self.opened_at >= self.cooldown:
                self.state = "half-open"
            if self.state == "half-open" and not self._probing:
                self._probing = True
                return True
            return False

    def release(self) -> None:
        """The call was abandoned (cancelled): free the half-open probe slot, count nothing."""
        with self._lock:
            self._probing = False

    def success(self) -> None:
        with self._lock:
            self.state, self.failures, self._probing = "closed", 0, False

    def failure(self, error: BaseException, trip: bool = False) -> None:
        with self._lock:
            self.failures += 1
            self.last_error = f"{type(error).__name__}: {error}"
            if trip or self.state == "half-open" or self.failures >= self.threshold:
                self.state, self.opened_at = "open", self.clock()
            self._probing = False

    def snapshot(self) -> dict:
        with self._lock:
            remaining = max(0.0, self.cooldown - (self.clock() - self.opened_at)) if self.state == "open" else 0.0
            return {"state": self.state, "consecutive_failures": self.failures, "retry_in_s": round(remaining, 3),
                    "last_error": self.last_error}


async def with_retries(call: Callable[[], Awaitable[T]], *, max_retries: int, budget: float,
                       no_retry: Callable[[LLMError], bool] = lambda e: False) -> T:
    """Run ``call``; retry retryable :class:`LLMError` s up to ``max_retries`` times within
    ``budget`` seconds, waiting ``Retry-After`` when the server says, else exponential backoff
    with full jitter."""
    deadline = time.monotonic() + budget
    attempt = 0
    while True:
        try:
            return await call()
        except LLMError as exc:
            if not exc.retryable or attempt >= max_retries or no_retry(exc):
                raise
            if isinstance(exc, LLMRateLimitError) and exc.retry_after is not None:
                delay = exc.retry_after
            else:
                delay = random.uniform(0.5, 1.0) * min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** attempt)
            if time.monotonic() + delay > deadline:
                raise
            attempt += 1
            await asyncio.sleep(delay)


__all__ = ["CircuitBreaker", "LLMUnavailableError", "with_retries"]
