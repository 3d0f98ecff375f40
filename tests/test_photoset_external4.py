"""The photo benchmark's ``external4`` split (benchmarks/photoset_external4.py): its images come
from five Debian packages unpacked under ``$PIXEL_LLM_EXT5``, some read out of Jigzo puzzle files.
Nothing here captions them: stand-in files are written here, and the real files are only opened
(when the packages are there) to check that every label names a readable image."""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import photoset  # noqa: E402
import photoset_external3 as ext3  # noqa: E402
import photoset_external4 as ext4  # noqa: E402

EARLIER_PACKAGES = {
    "opencv-doc", "tuxpaint-stamps-default", "gimp-help-en", "mate-backgrounds", "python3-sklearn",
    "python-matplotlib-data", "python3-scipy", *ext3.EXT3_PACKAGES,
}


def _jpeg(size, color) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def _pzl(texture: Image.Image, box) -> bytes:
    """A Jigzo puzzle as the game writes it: header, a texture map with an ``image`` box, files."""
    mapping = b"#texture map data\ncrop000 0 0 10 10 5 5 0 0 0 0\nimage %d %d %d %d 1 1    \n" % box
    out = BytesIO()
    texture.save(out, "JPEG", quality=95)
    files = [("p-t.jpg", _jpeg((8, 8), (0, 0, 0))), ("p.png", b"\x89PNG not read"), ("p.jpg", out.getvalue())]
    data = b"PzlF\n0.1\np\nhttp://example.org/\np.map\n%d\n" % len(mapping) + mapping
    for name, blob in files:
        data += name.encode() + b"\n%d\n" % len(blob) + blob
    return data


def test_reads_the_whole_photo_out_of_a_jigzo_puzzle(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT5", str(tmp_path))
    texture = Image.new("RGB", (64, 48), (0, 0, 0))
    texture.paste((0, 0, 200), (8, 4, 40, 28))
    pzl = tmp_path / "pkg" / "p.pzl"
    pzl.parent.mkdir()
    pzl.write_bytes(_pzl(texture, (8, 4, 32, 24)))
    mapping, files = ext4.pzl_files(pzl.read_bytes())
    assert "image 8 4 32 24" in mapping and set(files) == {"p-t.jpg", "p.png", "p.jpg"}
    rgb = ext4.ext4_photo("pkg/p.pzl")
    assert rgb.shape == (24, 32, 3)
    assert abs(int(rgb[12, 16, 2]) - 200) < 12 and rgb[12, 16, 0] < 12
    with pytest.raises(ValueError, match="Jigzo"):
        ext4.pzl_files(b"not a puzzle")








def test_labels_are_well_formed():
    items = ext4.EXTERNAL4
    assert 35 <= len(items) <= 45 and len({i.id for i in items}) == len(items)
    assert set(ext4.EXT4_PATHS) == {i.id for i in items}
    assert len(set(ext4.EXT4_PATHS.values())) == len(items)  # no file labelled twice
    assert {p.split("/", 1)[0] for p in ext4.EXT4_PATHS.values()} == set(ext4.EXT4_PACKAGES)
    assert not set(ext4.EXT4_PACKAGES) & EARLIER_PACKAGES
    earlier = {i.id for i in photoset.EXTERNAL} | {i.id for i in photoset.EXTERNAL2} | {i.id for i in ext3.EXTERNAL3}
    assert not earlier & {i.id for i in items}
    assert sum(i.kind in {"drawing", "painting", "chart"} for i in items) <= len(items) // 4
    for item in items:
        assert item.split == "external4"
        assert item.kind in {"photo", "bw", "drawing", "painting", "chart"}, item.id
        assert item.people >= 0 and item.count >= 0
        assert set(item.every) <= set(item.main), item.id
        assert item.main and item.notes, item.id


@pytest.mark.skipif(bool(ext4.ext4_missing(ext4.EXT4_PATHS.values())), reason="external4 packages not unpacked")
def test_every_label_reads_an_image():
    for item in photoset.items("external4"):
        rgb = item.make()
        assert rgb.dtype == np.uint8 and rgb.ndim == 3 and rgb.shape[2] == 3, item.id
        assert min(rgb.shape[:2]) >= 150, item.id
