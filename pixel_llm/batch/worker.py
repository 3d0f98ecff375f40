"""The captioning step every engine runs: items → loaded frames → one integrator call →
rows. A worker process of the local engine and a Ray actor each hold one
:class:`ItemCaptioner` (one model load), for as long as they live."""

from __future__ import annotations

import logging
from typing import Any

from ..config import CompositorConfig
from ..errors import PixelLLMError
from .errors import WorkerStartError
from .items import Item, ItemLoader, LoadOptions
from .rows import error_row, exception_row, result_row

logger = logging.getLogger(__name__)


def worker_config(config: CompositorConfig, threads: int) -> CompositorConfig:
    """``config`` for one of several workers sharing the machine: ``threads`` compute threads
    each unless the config names a number."""
    data = config.to_dict()
    data["api_key"] = config.api_key
    if not config.compute_threads:
        data["compute_threads"] = max(1, threads)
    return CompositorConfig.from_dict(data)


class ItemCaptioner:
    """Captions lists of items with one integrator; see the module docstring."""

    def __init__(self, config: CompositorConfig, load_options: LoadOptions | None = None):
        from ..sync import SyncIntegrator

        self.config = config
        self.loader = ItemLoader(load_options)
        self.integrator = SyncIntegrator(config)
        try:
            self.integrator.initialize()
        except PixelLLMError as exc:
            self.integrator.close()
            raise WorkerStartError(f"cannot load the captioning models: {exc}", type(exc).__name__) from exc
        except Exception as exc:  # a model library failing in its own way
            self.integrator.close()
            raise WorkerStartError(f"cannot load the captioning models: {exc!r}", type(exc).__name__) from exc

    def caption(self, items: list[Item]) -> list[dict[str, Any]]:
        """One row per item, in order; a failed item is an error row, never an exception."""
        loaded = iter(self.loader.load_all([it for it in items if it.problem is None]))
        return self.caption_frames(items, [None if it.problem is not None else next(loaded) for it in items])

    def caption_frames(self, items: list[Item], frames: list[Any]) -> list[dict[str, Any]]:
        """Rows for items whose frames are at hand (anything the integrator takes, or the
        exception that stopped reading one)."""
        rows: list[Any] = [None] * len(items)
        todo: list[int] = []
        for i, (item, frame) in enumerate(zip(items, frames)):
            if item.problem is not None:
                rows[i] = error_row(item, item.problem_type or "InputError", item.problem)
                continue
            if isinstance(frame, BaseException):
                rows[i] = exception_row(item, frame)
            else:
                todo.append(i)
                rows[i] = frame
        if todo:
            results = self.integrator.caption_batch_detailed([rows[i] for i in todo], return_exceptions=True)
            for i, result in zip(todo, results):
                rows[i] = exception_row(items[i], result) if isinstance(result, BaseException) \
                    else result_row(items[i], result)
        return rows

    def close(self) -> None:
        self.loader.close()
        self.integrator.close()
