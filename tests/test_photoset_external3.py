"""The photo benchmark's ``external3`` split (benchmarks/photoset_external3.py): its images come
from four Debian packages unpacked under ``$PIXEL_LLM_EXT3``, some read out of Qt resource files.
Nothing here captions them: stand-in folders are written here, and the real files are only opened
(when the packages are there) to check that every label names a readable image."""

from __future__ import annotations

import struct
import sys
import zlib
from io import BytesIO
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import photoset  # noqa: E402
import photoset_external3 as ext3  # noqa: E402


def _rcc(files: dict[str, bytes], compress: bool) -> bytes:
    """A version-3 Qt resource file holding ``files`` (all in one folder ``/a``), as rcc writes it."""
    names = b""
    name_offsets = {}
    for n in ["a"] + list(files):
        name_offsets[n] = len(names)
        names += struct.pack(">HI", len(n), 0) + n.encode("utf-16-be")
    data = b""
    data_offsets = {}
    for n, blob in files.items():
        stored = struct.pack(">I", len(blob)) + zlib.compress(blob) if compress else blob
        data_offsets[n] = len(data)
        data += struct.pack(">I", len(stored)) + stored
    node = lambda *parts: b"".join(parts) + b"\0" * 8  # noqa: E731  (22 bytes with the time stamp)
    tree = node(struct.pack(">IHII", 0, 2, 1, 1))  # root: one child, index 1
    tree += node(struct.pack(">IHII", name_offsets["a"], 2, len(files), 2))
    for n in files:
        tree += node(struct.pack(">IHHHI", name_offsets[n], 1 if compress else 0, 0, 0, data_offsets[n]))
    header = 24
    return (b"qres" + struct.pack(">IIIII", 3, header, header + len(tree), header + len(tree) + len(data), 0)
            + tree + data + names)


def _png(color) -> bytes:
    out = BytesIO()
    Image.new("RGB", (6, 4), color).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("compress", [False, True])
def test_reads_files_out_of_a_qt_resource(tmp_path, monkeypatch, compress):
    monkeypatch.setenv("PIXEL_LLM_EXT3", str(tmp_path))
    rcc = tmp_path / "pkg" / "res.rcc"
    rcc.parent.mkdir()
    rcc.write_bytes(_rcc({"red.png": _png((200, 0, 0)), "blue.png": _png((0, 0, 200))}, compress))
    assert set(ext3.rcc_files(rcc.read_bytes())) == {"/a/red.png", "/a/blue.png"}
    rgb = ext3.ext3_photo("pkg/res.rcc:/a/blue.png")
    assert rgb.shape == (4, 6, 3) and tuple(rgb[1, 1]) == (0, 0, 200)
    with pytest.raises(FileNotFoundError, match="another package version"):
        ext3.ext3_photo("pkg/res.rcc:/a/green.png")
    assert ext3.ext3_missing(["pkg/res.rcc:/a/red.png", "other/x.png"]) == ["other"]








def test_labels_are_well_formed():
    items = ext3.EXTERNAL3
    assert 35 <= len(items) <= 45 and len({i.id for i in items}) == len(items)
    assert set(ext3.EXT3_PATHS) == {i.id for i in items}
    assert {p.split("/", 1)[0] for p in ext3.EXT3_PATHS.values()} == set(ext3.EXT3_PACKAGES)
    earlier = {i.id for i in photoset.EXTERNAL} | {i.id for i in photoset.EXTERNAL2}
    assert not earlier & {i.id for i in items}
    for item in items:
        assert item.split == "external3"
        assert item.kind in {"photo", "bw", "drawing", "painting", "chart"}, item.id
        assert item.people >= 0 and item.count >= 0
        assert set(item.every) <= set(item.main), item.id
        assert item.main and item.notes, item.id


@pytest.mark.skipif(bool(ext3.ext3_missing(ext3.EXT3_PATHS.values())), reason="external3 packages not unpacked")
def test_every_label_reads_an_image():
    for item in photoset.items("external3"):
        rgb = item.make()
        assert rgb.dtype == np.uint8 and rgb.ndim == 3 and rgb.shape[2] == 3, item.id
        assert min(rgb.shape[:2]) >= 150, item.id
