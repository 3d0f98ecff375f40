"""One output row per item, the same for every engine and every output format.

======================  ===============================================================
``id``                  the item's stable key (path, URL, ``shard.tar#member``, ``video#t=…``)
``kind``                ``file``, ``url``, ``tar``, ``video`` or ``input`` (an input that gave no image)
``path``                the file, URL, shard or video; ``member`` (tar), ``timestamp`` (video, s)
``caption``             null when the item failed
``backend``             who wrote the caption (``offline``, ``openai:<model>``, …); ``encoder``; ``device``
``width``, ``height``   of the image, in pixels
``labels``              the measured labels: list of {name, score}
``text``                on-screen text read by OCR ("" when none)
``facts``               every measured fact as JSON (Parquet: a string; JSONL: an object)
``*_ms``                timings: decode, encode, facts, caption, total (null when not measured)
``error_type``          null, or the error's class name (``ImageNotFoundError``, ``DownloadError``…)
``error_message``       what went wrong
======================  ===============================================================
"""

from __future__ import annotations

import json
from typing import Any

from .items import Item

TIMINGS = ("decode_ms", "encode_ms", "facts_ms", "caption_ms", "total_ms")
COLUMNS = ("id", "kind", "path", "member", "timestamp", "caption", "backend", "encoder", "device", "width",
           "height", "labels", "text", "facts", *TIMINGS, "error_type", "error_message")


def arrow_schema():
    """The Parquet schema of the rows (fixed, so that parts written apart always agree)."""
    import pyarrow as pa

    label = pa.struct([("name", pa.string()), ("score", pa.float64())])
    return pa.schema([
        ("id", pa.string()), ("kind", pa.string()), ("path", pa.string()), ("member", pa.string()),
        ("timestamp", pa.float64()), ("caption", pa.string()), ("backend", pa.string()),
        ("encoder", pa.string()), ("device", pa.string()), ("width", pa.int32()), ("height", pa.int32()),
        ("labels", pa.list_(label)), ("text", pa.string()), ("facts", pa.string()),
        *[(name, pa.float64()) for name in TIMINGS],
        ("error_type", pa.string()), ("error_message", pa.string()),
    ])


def _base(item: Item) -> dict[str, Any]:
    row = dict.fromkeys(COLUMNS)
    row.update(id=item.id, kind=item.kind, path=item.path, member=item.member, timestamp=item.timestamp, labels=[])
    return row


def result_row(item: Item, result) -> dict[str, Any]:
    """The row of a captioned item (``result``: a :class:`~pixel_llm.CaptionResult`)."""
    data = result.to_dict()
    facts = data["facts"]
    row = _base(item)
    row.update(caption=data["caption"], backend=data["backend"], encoder=data["encoder"], device=data["device"],
               width=facts.get("width"), height=facts.get("height"),
               labels=[{"name": lb["name"], "score": round(float(lb["score"]), 6)} for lb in facts.get("labels", [])],
               text=" ".join(t["text"] for t in facts.get("text", [])),
               facts=json.dumps(facts, separators=(",", ":"), default=_plain))
    for name in TIMINGS:
        value = data["timings"].get(name)
        row[name] = None if value is None else float(value)
    return row


def error_row(item: Item, error_type: str, message: str) -> dict[str, Any]:
    row = _base(item)
    row.update(error_type=error_type, error_message=message)
    return row


def exception_row(item: Item, exc: BaseException) -> dict[str, Any]:
    return error_row(item, type(exc).__name__, str(exc))


def _plain(value: Any) -> Any:
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def is_failed(row: dict[str, Any]) -> bool:
    return row.get("error_type") is not None


def to_json_record(row: dict[str, Any]) -> dict[str, Any]:
    """The row as a JSONL record: ``facts`` as an object, not a string."""
    out = dict(row)
    if isinstance(out.get("facts"), str):
        out["facts"] = json.loads(out["facts"])
    return out


def from_json_record(record: dict[str, Any]) -> dict[str, Any]:
    row = dict.fromkeys(COLUMNS)
    row.update({k: v for k, v in record.items() if k in row})
    if row["facts"] is not None and not isinstance(row["facts"], str):
        row["facts"] = json.dumps(row["facts"], separators=(",", ":"))
    if row["labels"] is None:
        row["labels"] = []
    return row


def rows_to_table(rows: list[dict[str, Any]]):
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=arrow_schema())
