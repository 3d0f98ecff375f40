"""The photo benchmark's ``external7`` split (benchmarks/photoset_external7.py): its images come
from nineteen Debian packages unpacked under ``$PIXEL_LLM_EXT14``. Nothing here captions them:
stand-in files are written here, and the real files are only opened (when the packages are there)
to check that every label names a readable image."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import photoset  # noqa: E402
from photoset_checks import check_every_label_reads_an_image, check_item_labels  # noqa: E402
import photoset_external3 as ext3  # noqa: E402
import photoset_external4 as ext4  # noqa: E402
import photoset_external5 as ext5  # noqa: E402
import photoset_external6 as ext6  # noqa: E402
import photoset_external7 as ext7  # noqa: E402

EARLIER_PACKAGES = {
    "opencv-doc", *photoset.EXT2_PACKAGES, *ext3.EXT3_PACKAGES, *ext4.EXT4_PACKAGES, *ext5.EXT5_PACKAGES,
    *ext6.EXT6_PACKAGES,
    *(p for n in range(2, 10) for p in importlib.import_module(f"screens_external{n}").PACKAGES),
}
NOT_SKY = {"x7_chessboard_held", "x7_lava_tube", "x7_vases", "x7_yellow_rose", "x7_plush_gophers"}
"""Items whose large white, grey or dark area is a board, rock, a backdrop or a cut-out's ground,
not sky."""


def test_reads_a_palette_image_and_a_cut_out(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT14", str(tmp_path))
    (tmp_path / "pkg").mkdir()
    pal = Image.new("P", (30, 20), 0)
    pal.putpalette([10, 20, 30] + [200, 100, 50] * 255)
    pal.putpixel((7, 7), 1)
    pal.save(tmp_path / "pkg" / "a.gif")
    rgb = ext7.ext7_photo("pkg/a.gif")
    assert rgb.shape == (20, 30, 3) and tuple(rgb[7, 7]) == (200, 100, 50) and tuple(rgb[0, 0]) == (10, 20, 30)
    Image.new("RGBA", (8, 6), (0, 0, 0, 0)).save(tmp_path / "pkg" / "c.png")
    assert tuple(ext7.ext7_photo("pkg/c.png")[0, 0]) == (255, 255, 255)  # transparent on white


def test_labels_are_well_formed():
    items = ext7.EXTERNAL7
    assert 35 <= len(items) <= 70 and len({i.id for i in items}) == len(items)
    assert set(ext7.EXT7_PATHS) == {i.id for i in items}
    assert len(set(ext7.EXT7_PATHS.values())) == len(items)  # no file labelled twice
    assert {p.split("/", 1)[0] for p in ext7.EXT7_PATHS.values()} == set(ext7.EXT7_PACKAGES)
    assert not set(ext7.EXT7_PACKAGES) & EARLIER_PACKAGES
    earlier = ({i.id for i in photoset.EXTERNAL} | {i.id for i in photoset.EXTERNAL2}
               | {i.id for i in ext3.EXTERNAL3} | {i.id for i in ext4.EXTERNAL4} | {i.id for i in ext5.EXTERNAL5}
               | {i.id for i in ext6.EXTERNAL6})
    assert not earlier & {i.id for i in items}
    assert all(i.id.startswith("x7_") for i in items)
    assert all(i.kind in {"photo", "bw", "painting", "drawing", "chart"} for i in items)
    photos = [i for i in items if i.kind in {"photo", "bw"}]
    assert len(photos) >= 28  # mostly real photos
    assert sum(i.people > 0 for i in photos) >= 15 and sum(i.people == 0 for i in photos) >= 15
    assert sum(i.kind not in {"photo", "bw"} for i in items) >= 8
    check_item_labels(items, "external7", NOT_SKY)


@pytest.mark.skipif(bool(ext7.ext7_missing(ext7.EXT7_PATHS.values())), reason="external7 packages not unpacked")
def test_every_label_reads_an_image():
    check_every_label_reads_an_image(photoset.items("external7"))
