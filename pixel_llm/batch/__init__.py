"""Batch jobs: caption datasets (folders, globs, lists of paths or URLs, WebDataset shards,
videos) into Parquet, JSONL or ``.txt`` sidecars — resumable, crash-safe, per-item errors as
rows, on local worker processes (default) or a Ray cluster.

    from pixel_llm.batch import run_batch, BatchOptions
    summary = run_batch(["photos/"], "captions.parquet", config, BatchOptions(workers=4))

With Ray (``pip install "pixel-llm[ray]"``): ``BatchOptions(engine="ray")``, or plug
captioning into your own pipeline with :func:`pixel_llm.batch.ray_engine.caption_dataset`.
Modules: ``inputs`` (what to caption), ``items`` (reading one image), ``worker`` (the
captioning step), ``rows`` (the output schema), ``store`` (parts, resume), ``job`` (the
driver), ``local`` and ``ray_engine`` (engines).
"""

from .errors import (
    BatchError,
    DownloadError,
    EngineUnavailableError,
    InputError,
    JobMismatchError,
    OutputError,
    WorkerCrashError,
    WorkerStartError,
)
from .inputs import iter_items
from .items import Item, LoadOptions
from .job import BatchOptions, BatchProgress, BatchSummary, run_batch
from .rows import COLUMNS, arrow_schema

__all__ = [
    "BatchError", "BatchOptions", "BatchProgress", "BatchSummary", "COLUMNS", "DownloadError",
    "EngineUnavailableError", "InputError", "Item", "JobMismatchError", "LoadOptions", "OutputError",
    "WorkerCrashError", "WorkerStartError", "arrow_schema", "caption_dataset", "iter_items", "run_batch",
]


def caption_dataset(*args, **kwargs):
    """See :func:`pixel_llm.batch.ray_engine.caption_dataset` (imported lazily: Ray is optional)."""
    from .ray_engine import caption_dataset as impl

    return impl(*args, **kwargs)
