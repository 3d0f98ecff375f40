"""The photo benchmark's ``external2`` split (benchmarks/photoset.py): its images come from five
Debian packages unpacked under ``$PIXEL_LLM_EXT2``. These checks need neither the packages nor
the captioner: a stand-in folder is written here."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import photoset








def test_labels_are_well_formed():
    items = photoset.EXTERNAL2
    assert 30 <= len(items) <= 40 and len({i.id for i in items}) == len(items)
    assert set(photoset.EXT2_PATHS) == {i.id for i in items}
    assert {p.split("/", 1)[0] for p in photoset.EXT2_PATHS.values()} == set(photoset.EXT2_PACKAGES)
    for item in items:
        assert item.split == "external2"
        assert item.kind in {"photo", "bw", "drawing", "painting", "chart"}, item.id
        assert item.people >= 0
        assert set(item.every) <= set(item.main), item.id
        assert item.main or item.allowed, item.id


def test_reads_from_the_folder_and_lays_cut_outs_on_white(monkeypatch, tmp_path):
    monkeypatch.setenv("PIXEL_LLM_EXT2", str(tmp_path))
    folder = tmp_path / "pkg" / "usr" / "share"
    folder.mkdir(parents=True)
    rgba = np.zeros((20, 30, 4), np.uint8)
    rgba[:, :15] = (200, 10, 10, 255)  # opaque red left half, transparent right half
    Image.fromarray(rgba, "RGBA").save(folder / "stamp.png")
    rgb = photoset.ext2_photo("pkg/usr/share/stamp.png")
    assert rgb.shape == (20, 30, 3) and rgb.dtype == np.uint8
    assert tuple(rgb[5, 2]) == (200, 10, 10) and tuple(rgb[5, 25]) == (255, 255, 255)
    assert photoset.ext2_photo("pkg/usr/share/stamp.png", (10, 0, 20, 10)).shape == (10, 10, 3)
    with pytest.raises(FileNotFoundError, match="apt-get download pkg"):
        photoset.ext2_photo("pkg/usr/share/absent.png")
