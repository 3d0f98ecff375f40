"""The Ray engine: the same job as a Ray Data pipeline — items → ``map_batches`` with an
actor pool of captioners (one model load per actor; ``num_gpus`` per actor on GPUs) → rows,
which the job writes as parts exactly as the local engine's (same resume, same rows).

:func:`caption_dataset` is the piece to put in your own pipeline: it takes a Ray Dataset of
paths/URLs, encoded image bytes, or items (:func:`items_dataset`), and returns a Ray Dataset of
caption rows (the columns of :mod:`pixel_llm.batch.rows`), lazily, to write anywhere Ray
writes (``.write_parquet("s3://…")``).

Needs ``pip install "pixel-llm[ray]"``. Each actor keeps the integrator's own limits, so with
an LLM endpoint every actor has at most ``max_concurrent_requests`` requests in flight.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from typing import Any, Callable, Iterable, Iterator

from ..config import CompositorConfig
from .errors import EngineUnavailableError, WorkerStartError
from .items import Item, LoadOptions
from .rows import COLUMNS, rows_to_table
from .worker import ItemCaptioner, worker_config

logger = logging.getLogger(__name__)
ITEM_COLUMNS = ("id", "kind", "path", "member", "offset", "size", "frame", "timestamp", "problem_type", "problem")


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise EngineUnavailableError(
            f'the Ray engine needs Ray Data: pip install "pixel-llm[ray]" ({exc.name} is missing)') from exc
    return ray


def _item_schema():
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("kind", pa.string()), ("path", pa.string()), ("member", pa.string()),
                      ("offset", pa.int64()), ("size", pa.int64()), ("frame", pa.int64()),
                      ("timestamp", pa.float64()), ("problem_type", pa.string()), ("problem", pa.string())])


class _Captioner:
    """A Ray actor: one :class:`ItemCaptioner` for its lifetime, called on pyarrow batches."""

    def __init__(self, config: CompositorConfig, load_options: LoadOptions, column: str | None = None):
        self.captioner = ItemCaptioner(config, load_options)
        self.column = column

    def __call__(self, batch):

        names = set(batch.column_names)
        if self.column is None and {"id", "kind", "path"} <= names:
            items = [Item.from_dict(row) for row in batch.select([c for c in ITEM_COLUMNS if c in names]).to_pylist()]
            return rows_to_table(self.captioner.caption(items))
        column = self.column or next((c for c in ("bytes", "image", "path", "url") if c in names), None)
        if column is None or column not in names:
            raise ValueError(f"caption_dataset: no column {column or 'path/url/bytes/image'} in {sorted(names)}")
        values = batch.column(column).to_pylist()
        ids = batch.column("id").to_pylist() if "id" in names else \
            batch.column("path").to_pylist() if "path" in names and column != "path" else None
        items, frames = [], []
        for i, value in enumerate(values):
            if isinstance(value, str):
                kind = "url" if value.startswith(("http://", "https://")) else "file"
                items.append(Item(id=str(ids[i]) if ids else value, kind=kind, path=value))
                frames.append(None)
            else:
                key = str(ids[i]) if ids else ""
                items.append(Item(id=key, kind="bytes", path=key))
                frames.append(value if value is not None else b"")
        loaded = self.captioner.loader.load_all([it for it, f in zip(items, frames) if f is None])
        it = iter(loaded)
        frames = [next(it) if f is None else f for f in frames]
        table = rows_to_table(self.captioner.caption_frames(items, frames))
        for name in batch.column_names:  # the caller's other columns come along
            if name != column and name not in COLUMNS:
                table = table.append_column(name, batch.column(name))
        return table


def items_dataset(items: Iterable[Item], block_rows: int = 64):
    """A Ray Dataset of items (one row each), in blocks of ``block_rows`` so that the actors
    share the work."""
    import pyarrow as pa

    ray = _ray()
    schema = _item_schema()
    tables, chunk = [], []
    for item in items:
        chunk.append(item.to_dict())
        if len(chunk) >= block_rows:
            tables.append(pa.Table.from_pylist(chunk, schema=schema))
            chunk = []
    if chunk:
        tables.append(pa.Table.from_pylist(chunk, schema=schema))
    return ray.data.from_arrow(tables or [schema.empty_table()])


def _default_concurrency(ray, num_gpus: float, num_cpus: float) -> int:
    resources = ray.cluster_resources()
    if num_gpus:
        return max(1, int(resources.get("GPU", 0) // num_gpus))
    return max(1, int(resources.get("CPU", 1) // max(num_cpus, 1e-9)))


def caption_dataset(ds, config: CompositorConfig | None = None, *, column: str | None = None,
                    concurrency: int | None = None, batch_size: int = 16, num_gpus: float | None = None,
                    num_cpus: float = 1.0, load_options: LoadOptions | None = None):
    """Caption a Ray Dataset; returns a lazy Ray Dataset of caption rows.

    Input rows are items (:func:`items_dataset`), or have a ``column`` of paths/URLs (strings)
    or encoded images (bytes; ``ray.data.read_binary_files(..., include_paths=True)`` gives
    ``bytes`` and ``path``). Default column: the first of ``bytes``, ``image``, ``path``,
    ``url``. The id of a row is its ``id`` column, else its path. Other input columns are kept.
    ``concurrency`` actors (default: as many as the cluster's CPUs ÷ ``num_cpus``, or GPUs ÷
    ``num_gpus``), each loading the models once; ``num_gpus`` defaults to 1 when the config's
    device is cuda.
    """
    ray = _ray()
    from ray.data import ActorPoolStrategy

    config = config if config is not None else CompositorConfig()
    if num_gpus is None:
        num_gpus = 1.0 if str(config.device).startswith("cuda") else 0.0
    if concurrency is None:
        concurrency = _default_concurrency(ray, num_gpus, num_cpus)
    actor_config = worker_config(config, max(1, int(num_cpus)))
    return ds.map_batches(_Captioner, fn_constructor_kwargs={"config": actor_config,
                                                             "load_options": load_options or LoadOptions(),
                                                             "column": column},
                          batch_size=batch_size, batch_format="pyarrow", compute=ActorPoolStrategy(size=concurrency),
                          num_cpus=num_cpus, num_gpus=num_gpus or None)


def _start_error(exc: BaseException) -> WorkerStartError | None:
    """The WorkerStartError inside a Ray error (actor creation fails as a task error)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, WorkerStartError):
            return exc
        cause = getattr(exc, "cause", None)
        exc = cause if isinstance(cause, BaseException) else exc.__cause__
    return None


class RayEngine:
    name = "ray"

    def __init__(self, config: CompositorConfig, options):
        _ray()
        self.config = config
        self.options = options
        self.workers = 0
        self.peak_rss_mib: dict[int, float] = {}

    def _connect(self, ray) -> bool:
        """Connect to (or start) a cluster unless the process already is; True if this call did."""
        if ray.is_initialized():
            return False
        address = self.options.ray_address
        # Ray's own log lines as verbose as ours
        kwargs: dict[str, Any] = {"logging_level": logging.INFO if logger.isEnabledFor(logging.INFO) else logging.WARNING}
        if address is None:
            kwargs["include_dashboard"] = False
        if address is None and os.environ.get("PYTHONPATH"):
            # a cluster started here: its workers import pixel_llm from where this process does
            kwargs["runtime_env"] = {"env_vars": {"PYTHONPATH": os.environ["PYTHONPATH"]}}
        ray.init(address=address, **kwargs)
        return True

    def run(self, batches: Iterator[list[Item]], emit: Callable[[list[dict]], None],
            stop: threading.Event | None = None) -> None:
        ray = _ray()
        items = [item for batch in batches for item in batch]
        if not items:
            return
        started = self._connect(ray)
        try:
            opts = self.options
            num_gpus = opts.ray_num_gpus
            if num_gpus is None:
                num_gpus = 1.0 if str(self.config.device).startswith("cuda") else 0.0
            concurrency = opts.ray_concurrency or _default_concurrency(ray, num_gpus, opts.ray_cpus_per_actor)
            self.workers = concurrency
            block = max(opts.batch_size, min(math.ceil(len(items) / (4 * concurrency)), 16 * opts.batch_size))
            ds = caption_dataset(items_dataset(items, block), self.config, concurrency=concurrency,
                                 batch_size=opts.batch_size, num_gpus=num_gpus, num_cpus=opts.ray_cpus_per_actor,
                                 load_options=opts.load)
            del items
            try:
                for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
                    emit(batch.select(list(COLUMNS)).to_pylist())
                    if stop is not None and stop.is_set():
                        break
            except Exception as exc:
                start_error = _start_error(exc)
                if start_error is not None:
                    raise WorkerStartError(str(start_error), start_error.cause_type) from exc
                raise
        finally:
            if started:
                ray.shutdown()
