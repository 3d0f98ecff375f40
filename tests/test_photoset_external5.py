"""The photo benchmark's ``external5`` split (benchmarks/photoset_external5.py): its images come
from fourteen Debian packages unpacked under ``$PIXEL_LLM_EXT8``, two of them arrays in ``.npz``
files. Nothing here captions them: stand-in files are written here, and the real files are only
opened (when the packages are there) to check that every label names a readable image."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import photoset  # noqa: E402
from photoset_checks import check_every_label_reads_an_image, check_item_labels  # noqa: E402
import photoset_external3 as ext3  # noqa: E402
import photoset_external4 as ext4  # noqa: E402
import photoset_external5 as ext5  # noqa: E402
import screens_external2  # noqa: E402
import screens_external3  # noqa: E402
import screens_external4  # noqa: E402
import screens_external5  # noqa: E402
import screens_external6  # noqa: E402

EARLIER_PACKAGES = {
    "opencv-doc", *photoset.EXT2_PACKAGES, *ext3.EXT3_PACKAGES, *ext4.EXT4_PACKAGES,
    *screens_external2.PACKAGES, *screens_external3.PACKAGES, *screens_external4.PACKAGES,
    *screens_external5.PACKAGES, *screens_external6.PACKAGES,
}
NOT_SKY = {"x5_jellyfish", "x5_coral_reef", "x5_sea_stack", "x5_splash", "x5_wave", "x5_blue_screen",
           "x5_earth", "x5_concert_crowd", "x5_gamepad", "x5_playground"}
"""Items whose large blue area is not sky (the hot-air balloon's is on sky, so it is not here)."""


def test_reads_a_grey_npz_and_a_cut_out(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT8", str(tmp_path))
    (tmp_path / "pkg").mkdir()
    grey = np.zeros((20, 30), dtype=np.uint8)
    grey[5:10, 5:10] = 200
    np.savez(tmp_path / "pkg" / "a.npz", data=grey)
    rgb = ext5.ext5_photo("pkg/a.npz")
    assert rgb.shape == (20, 30, 3) and tuple(rgb[7, 7]) == (200, 200, 200) and tuple(rgb[0, 0]) == (0, 0, 0)
    Image.new("RGBA", (8, 6), (0, 0, 0, 0)).save(tmp_path / "pkg" / "c.png")
    assert tuple(ext5.ext5_photo("pkg/c.png")[0, 0]) == (255, 255, 255)  # transparent on white








def test_labels_are_well_formed():
    items = ext5.EXTERNAL5
    assert 60 <= len(items) <= 75 and len({i.id for i in items}) == len(items)
    assert set(ext5.EXT5_PATHS) == {i.id for i in items}
    assert len(set(ext5.EXT5_PATHS.values())) == len(items)  # no file labelled twice
    assert {p.split("/", 1)[0] for p in ext5.EXT5_PATHS.values()} == set(ext5.EXT5_PACKAGES)
    assert not set(ext5.EXT5_PACKAGES) & EARLIER_PACKAGES
    earlier = ({i.id for i in photoset.EXTERNAL} | {i.id for i in photoset.EXTERNAL2}
               | {i.id for i in ext3.EXTERNAL3} | {i.id for i in ext4.EXTERNAL4})
    assert not earlier & {i.id for i in items}
    assert all(i.kind in {"photo", "bw"} for i in items)  # real photos only
    assert sum(i.people > 0 for i in items) >= 14 and sum(i.people == 0 for i in items) >= 20
    check_item_labels(items, "external5", NOT_SKY)


@pytest.mark.skipif(bool(ext5.ext5_missing(ext5.EXT5_PATHS.values())), reason="external5 packages not unpacked")
def test_every_label_reads_an_image():
    check_every_label_reads_an_image(photoset.items("external5"))
