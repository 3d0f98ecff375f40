"""Every error pixel-llm raises derives from :class:`PixelLLMError`.

::

    PixelLLMError
    ├── ConfigError                 (also ValueError)    a config field is invalid
    ├── ImageError                  (also ValueError)    an input could not become an image
    │   ├── ImageNotFoundError      (also FileNotFoundError)
    │   ├── NotAnImageError         the bytes/file are not an image format we can read
    │   ├── CorruptImageError       truncated or damaged image data
    │   ├── EmptyImageError         zero width or height
    │   ├── ImageTooLargeError      more pixels than ``max_image_pixels`` (decompression bomb)
    │   └── FrameFormatError        an array/tensor of the wrong shape or dtype, or an unknown type
    ├── EncoderError                an encoder failed to load or run
    │   └── WeightsUnavailableError the configured weights cannot be had (strict mode)
    ├── LLMError                    the OpenAI-compatible caption endpoint failed
    │   ├── LLMConnectionError      connection refused, DNS failure, connection cut (mid-stream too)
    │   ├── LLMTimeoutError         no answer within ``llm_timeout`` (a read) or ``llm_deadline`` (the whole call)
    │   ├── LLMRateLimitError       429; ``retry_after`` in seconds when the server said
    │   ├── LLMServerError          5xx
    │   ├── LLMModelNotFoundError   the model is unknown or not loaded (404, LM Studio's 400)
    │   ├── LLMRequestError         any other 4xx (bad request, auth)
    │   ├── LLMResponseError        malformed JSON, no choices, empty caption
    │   └── LLMUnavailableError     the circuit breaker is open: the endpoint failed recently
    ├── WindowsHintError            (also ValueError)    a ``windows=`` hint is malformed
    ├── SourceError                 a frame source cannot be opened or read (camera, video, screen)
    ├── IntegratorStateError        used before ``initialize()`` or after ``shutdown()``
    └── BatchCaptionError           some items of a batch failed; ``.results`` keeps all of them

Errors from other libraries are converted in exactly one place each and chained with
``raise ... from exc``.
"""

from __future__ import annotations

from typing import Any


class PixelLLMError(Exception):
    """Base class of every pixel-llm error."""


class ConfigError(PixelLLMError, ValueError):
    """A configuration value is invalid. ``field`` names it."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message

    def __reduce__(self):  # picklable: errors cross process boundaries (batch workers)
        return type(self), (self.field, self.reason)


class ImageError(PixelLLMError, ValueError):
    """An input could not be turned into an image."""


class ImageNotFoundError(ImageError, FileNotFoundError):
    pass


class NotAnImageError(ImageError):
    pass


class CorruptImageError(ImageError):
    pass


class EmptyImageError(ImageError):
    pass


class ImageTooLargeError(ImageError):
    pass


class FrameFormatError(ImageError, TypeError):
    pass


class EncoderError(PixelLLMError):
    pass


class WeightsUnavailableError(EncoderError):
    pass


class LLMError(PixelLLMError):
    """The caption endpoint failed. ``status`` is the HTTP status where there was one."""

    retryable = False

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status

    def __reduce__(self):
        return type(self), (str(self), self.status), self.__dict__


class LLMConnectionError(LLMError):
    retryable = True


class LLMTimeoutError(LLMError):
    retryable = True


class LLMRateLimitError(LLMError):
    retryable = True

    def __init__(self, message: str, status: int | None = 429, retry_after: float | None = None):
        super().__init__(message, status)
        self.retry_after = retry_after


class LLMServerError(LLMError):
    retryable = True


class LLMModelNotFoundError(LLMError):
    pass


class LLMRequestError(LLMError):
    pass


class LLMResponseError(LLMError):
    pass


class LLMUnavailableError(LLMError):
    pass


class WindowsHintError(PixelLLMError, ValueError):
    """A ``windows=`` hint (what the host knows of a frame's windows) is malformed."""


class SourceError(PixelLLMError):
    """A frame source cannot be opened or read: no camera, an unreadable video, no screen."""


class IntegratorStateError(PixelLLMError, RuntimeError):
    pass


class BatchCaptionError(PixelLLMError):
    """Raised by ``caption_batch`` when some items failed.

    ``results`` has one entry per input, in input order: the caption (or result) for items
    that succeeded and the exception for items that failed. ``errors`` maps index → exception.
    """

    def __reduce__(self):
        return type(self), (self.results,)

    def __init__(self, results: list[Any]):
        self.results = results
        self.errors = {i: r for i, r in enumerate(results) if isinstance(r, BaseException)}
        first = next(iter(self.errors.items()))
        super().__init__(
            f"{len(self.errors)} of {len(results)} frames failed; first: item {first[0]}: {first[1]}"
        )
