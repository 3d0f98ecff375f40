"""A batch job: inputs → items not yet done → an engine → rows → parts; see
:func:`run_batch`.

The job is the only writer of the output. It reads what the output already holds (ids done
or failed), streams the inputs past it in batches to the engine, and writes the rows that come
back as parts of ``part_size`` rows (or whatever arrived within ``flush_seconds``), so a kill
loses at most the rows not yet in a part — and those are captioned on the next run.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..config import CompositorConfig
from .errors import BatchError
from .inputs import iter_items
from .items import Item, LoadOptions
from .store import PartStore, detect_format

logger = logging.getLogger(__name__)
ENGINES = ("local", "ray")
CAPTION_SETTINGS = ("encoder_type", "encoder_model", "image_size", "facts", "people_detector", "object_detector", "ocr", "color_order",
                    "generator", "lm_studio_model", "max_length", "temperature", "llm_vision", "llm_system_prompt",
                    "llm_prompt_template")
"""Config fields that change what a caption says: a job resumed with other values is refused."""


@dataclass
class BatchOptions:
    format: str | None = None
    """``parquet``, ``jsonl`` or ``txt``; None: from the output's name."""
    engine: str = "local"
    workers: int | None = None
    """Local engine: worker processes (default: the cores this process may use)."""
    batch_size: int = 16
    """Items per batch handed to a worker or Ray actor."""
    part_size: int = 1000
    """Rows per part; a kill loses at most the rows not yet in a part."""
    flush_seconds: float = 30.0
    """A part is also written once its first row has waited this long."""
    retry_failed: bool = False
    overwrite: bool = False
    video_every: float = 1.0
    """Seconds between the frames sampled from a video (with ``video_scenes``: the shortest gap)."""
    video_scenes: bool = False
    """Sample each video at its shots (the first frame after each hard cut) instead of every
    ``video_every`` seconds: one caption per shot, none for a long unchanged one."""
    load: LoadOptions = field(default_factory=LoadOptions)
    count_total: bool = True
    """Count the inputs in a background thread, for the ETA."""
    ray_address: str | None = None
    """``auto``, ``ray://host:10001``, or None: the connected cluster, else a local one."""
    ray_concurrency: int | None = None
    """Ray actors captioning at once (default: cluster CPUs ÷ ``ray_cpus_per_actor``, or GPUs)."""
    ray_num_gpus: float | None = None
    """GPUs per actor (default: 1 when the config's device is cuda, else 0)."""
    ray_cpus_per_actor: float = 1.0

    def check(self) -> None:
        if self.engine not in ENGINES:
            raise BatchError(f"unknown engine {self.engine!r}; use one of {', '.join(ENGINES)}")
        for name in ("batch_size", "part_size"):
            if getattr(self, name) < 1:
                raise BatchError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.workers is not None and self.workers < 1:
            raise BatchError(f"workers must be at least 1, got {self.workers}")
        if not self.video_every > 0:
            raise BatchError(f"video_every must be a positive number of seconds, got {self.video_every}")


@dataclass
class BatchProgress:
    captioned: int
    failed: int
    skipped: int
    to_do: int | None
    """Images this run has to caption in all (None until the inputs are counted)."""
    elapsed: float

    @property
    def processed(self) -> int:
        return self.captioned + self.failed

    @property
    def rate(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        if self.to_do is None or self.rate <= 0:
            return None
        return max(0.0, (self.to_do - self.processed) / self.rate)


@dataclass
class BatchSummary:
    output: str
    format: str
    engine: str
    captioned: int = 0
    """Images captioned by this run."""
    failed: int = 0
    """Images whose row this run wrote with an error."""
    skipped: int = 0
    """Images already in the output (captioned, or failed and not retried)."""
    skipped_failed: int = 0
    """Of ``skipped``: earlier failures (``retry_failed`` retries them)."""
    retried: int = 0
    """Earlier failures taken out of the output to be captioned again."""
    elapsed: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)
    """Error type → images that failed with it, in this run."""
    workers: int = 0
    worker_peak_rss_mib: list[float] = field(default_factory=list)
    interrupted: bool = False

    @property
    def images_per_second(self) -> float:
        return (self.captioned + self.failed) / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["images_per_second"] = round(self.images_per_second, 2)
        data["elapsed"] = round(self.elapsed, 3)
        data["worker_peak_rss_mib"] = [round(v, 1) for v in self.worker_peak_rss_mib]
        return data


def job_settings(config: CompositorConfig, options: BatchOptions) -> dict[str, Any]:
    """What the output records about how it was captioned (checked when a job resumes)."""
    data = config.to_dict()
    out = {name: data[name] for name in CAPTION_SETTINGS}
    out["facts"] = list(out["facts"])
    out["video_every"] = options.video_every
    if options.video_scenes:  # only then: outputs written before the option existed still match
        out["video_scenes"] = True
    return out


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Job:
    def __init__(self, inputs: list[str], store: PartStore, options: BatchOptions, summary: BatchSummary,
                 progress: Callable[[BatchProgress], None] | None):
        self.inputs, self.store, self.options, self.summary = inputs, store, options, summary
        self.progress = progress
        self.done: dict[str, bool] = {}
        self.buffer: list[dict] = []
        self.buffer_since = 0.0
        self.errors: collections.Counter = collections.Counter()
        self.to_do: int | None = None
        self.started = time.monotonic()
        self.lock = threading.Lock()

    def pending(self) -> Iterator[Item]:
        for item in iter_items(self.inputs, self.options.video_every, self.options.video_scenes):
            failed = self.done.get(item.id)
            if failed is None:
                yield item
                continue
            self.summary.skipped += 1
            self.summary.skipped_failed += failed

    def count(self, stop: threading.Event) -> None:
        n = 0
        for item in iter_items(self.inputs, self.options.video_every, self.options.video_scenes):
            if stop.is_set():
                return
            n += item.id not in self.done
        self.to_do = n
        self.report()

    def emit(self, rows: list[dict]) -> None:
        with self.lock:
            if not self.buffer:
                self.buffer_since = time.monotonic()
            self.buffer.extend(rows)
            for row in rows:
                if row["error_type"] is None:
                    self.summary.captioned += 1
                else:
                    self.summary.failed += 1
                    self.errors[row["error_type"]] += 1
            if len(self.buffer) >= self.options.part_size or \
                    time.monotonic() - self.buffer_since >= self.options.flush_seconds:
                self.flush()
        self.report()

    def flush(self) -> None:
        while self.buffer:
            rows, self.buffer = self.buffer[: self.options.part_size], self.buffer[self.options.part_size:]
            self.store.write_part(rows)

    def report(self) -> None:
        if self.progress is not None:
            s = self.summary
            self.progress(BatchProgress(s.captioned, s.failed, s.skipped, self.to_do,
                                        time.monotonic() - self.started))


def make_engine(config: CompositorConfig, options: BatchOptions):
    if options.engine == "ray":
        from .ray_engine import RayEngine

        return RayEngine(config, options)
    from .local import LocalEngine

    return LocalEngine(config, options.load, options.workers)


def run_batch(inputs: Iterable[str], output: str, config: CompositorConfig | None = None,
              options: BatchOptions | None = None, progress: Callable[[BatchProgress], None] | None = None,
              stop: threading.Event | None = None) -> BatchSummary:
    """Caption every image of ``inputs`` into ``output``; resumable (see the package docs).

    ``progress`` is called with a :class:`BatchProgress` after each batch (from the job's
    thread, or the counting thread once the total is known). Ctrl-C (``KeyboardInterrupt``) or
    ``stop.set()`` ends the job early with the finished rows saved; the summary then says
    ``interrupted``. Per-image failures are rows, counted in the summary; errors that stop the
    whole job are :class:`~pixel_llm.batch.errors.BatchError` (and config errors).
    """
    options = options or BatchOptions()
    options.check()
    config = config if config is not None else CompositorConfig()
    inputs = [str(i) for i in inputs]
    fmt = detect_format(str(output), options.format)
    store = PartStore(str(output), fmt)
    store.open(job_settings(config, options), overwrite=options.overwrite)
    summary = BatchSummary(str(output), fmt, options.engine)
    if options.retry_failed:
        summary.retried = store.drop_failed()
    job = _Job(inputs, store, options, summary, progress)
    job.done = store.scan()
    engine = make_engine(config, options)
    counting = threading.Event()
    if options.count_total:
        threading.Thread(target=job.count, args=(counting,), daemon=True, name="pixel-llm-count").start()
    try:
        engine.run(_chunks(job.pending(), options.batch_size), job.emit, stop)
        summary.interrupted = bool(stop and stop.is_set())
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        counting.set()
        with job.lock:
            job.flush()
        store.finalize()
        summary.elapsed = time.monotonic() - job.started
        summary.errors = dict(job.errors.most_common())
        summary.workers = getattr(engine, "workers", 0)
        summary.worker_peak_rss_mib = sorted(getattr(engine, "peak_rss_mib", {}).values())
    return summary
