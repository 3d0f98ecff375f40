"""Errors of batch jobs. Per-item problems become rows (their type and message), never a
stopped job; the job-level ones here stop it before or while it runs."""

from __future__ import annotations

from ..errors import PixelLLMError


class BatchError(PixelLLMError):
    """A batch job cannot run (bad options, an output that is not ours, a worker that cannot
    start)."""


class OutputError(BatchError):
    """The output cannot be used: it exists and is not a pixel-llm batch output, or it cannot be
    written."""


class JobMismatchError(BatchError):
    """The output holds a job written with other captioning settings; resuming it would mix
    captions of two kinds. ``differences`` maps each setting to (recorded, requested)."""

    def __init__(self, message: str, differences: dict | None = None):
        super().__init__(message)
        self.differences = differences or {}


class WorkerStartError(BatchError):
    """A captioning worker could not load its models; ``cause_type`` names the error it got."""

    def __init__(self, message: str, cause_type: str = ""):
        super().__init__(message)
        self.cause_type = cause_type


class EngineUnavailableError(BatchError):
    """The requested engine is not installed (``pip install "pixel-llm[ray]"``)."""


# -- per-item errors: these end up in rows as error_type / error_message --------------------
class InputError(PixelLLMError):
    """An input could not be read: an unreadable list file, tar shard or video, or a glob that
    matches nothing."""


class DownloadError(InputError):
    """An http(s) URL did not give an image: an HTTP error status (``status``), a timeout, a
    refused or cut connection."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status

    def __reduce__(self):
        return (type(self), (str(self), self.status))


class WorkerCrashError(PixelLLMError):
    """The worker process captioning this item died (a crash in native code); the item was
    tried alone in a fresh worker and killed it again."""
