"""The photo benchmark's ``external8`` split (benchmarks/photoset_external8.py): its images come
from twelve Debian packages unpacked under ``$PIXEL_LLM_EXT23``. Nothing here captions them:
stand-in files are written here, and the real files are only opened (when the packages are there)
to check that every label names a readable image."""

from __future__ import annotations

import bz2
import importlib
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
import photoset_external6 as ext6  # noqa: E402
import photoset_external7 as ext7  # noqa: E402
import photoset_external8 as ext8  # noqa: E402


def _screen_packages() -> set[str]:
    """The packages of the screen splits external2 to external19 (those that import here)."""
    out: set[str] = set()
    for n in range(2, 20):
        try:
            out |= set(importlib.import_module(f"screens_external{n}").PACKAGES)
        except (ImportError, AttributeError):
            continue
    return out


EARLIER_PACKAGES = {
    "opencv-doc", *photoset.EXT2_PACKAGES, *ext3.EXT3_PACKAGES, *ext4.EXT4_PACKAGES, *ext5.EXT5_PACKAGES,
    *ext6.EXT6_PACKAGES, *ext7.EXT7_PACKAGES, *_screen_packages(),
}
NOT_SKY = {"x8_teddy_bear", "x8_toy_puppy", "x8_toy_hedgehog", "x8_kitten", "x8_tiger_drawing", "x8_cow_cartoon",
           "x8_ram_drawing", "x8_bus_drawing", "x8_motorcycle_drawing", "x8_airplane_sign"}
"""Items whose large white area is a cut-out's or a clip-art page's ground or a cloth, not sky."""
KINDS = ("bicycle", "car", "airplane", "bus", "train", "truck", "boat", "bird", "cat", "dog", "horse", "sheep",
         "cow", "elephant", "bear", "zebra")
"""The animal and vehicle kinds the split is built around (a COCO detector's)."""
LOOK_ALIKES = {"x8_goat", "x8_raccoon", "x8_teddy_bear", "x8_toy_puppy", "x8_toy_hedgehog"}
"""Photos of animals or toys that are none of :data:`KINDS`: naming one of those is false."""


def test_reads_a_palette_image_a_cut_out_and_raw_face_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT23", str(tmp_path))
    (tmp_path / "pkg").mkdir()
    pal = Image.new("P", (30, 20), 0)
    pal.putpalette([10, 20, 30] + [200, 100, 50] * 255)
    pal.putpixel((7, 7), 1)
    pal.save(tmp_path / "pkg" / "a.gif")
    rgb = ext8.ext8_photo("pkg/a.gif")
    assert rgb.shape == (20, 30, 3) and tuple(rgb[7, 7]) == (200, 100, 50) and tuple(rgb[0, 0]) == (10, 20, 30)
    Image.new("RGBA", (8, 6), (0, 0, 0, 0)).save(tmp_path / "pkg" / "c.png")
    assert tuple(ext8.ext8_photo("pkg/c.png")[0, 0]) == (255, 255, 255)  # transparent on white
    face = np.zeros(ext8.SCIPY_FACE_SHAPE, np.uint8)
    face[5, 9] = (1, 2, 3)
    (tmp_path / "pkg" / "face.dat").write_bytes(bz2.compress(face.tobytes()))
    raw = ext8.ext8_photo("pkg/face.dat")
    assert raw.shape == ext8.SCIPY_FACE_SHAPE and raw.dtype == np.uint8 and tuple(raw[5, 9]) == (1, 2, 3)


def test_a_missing_package_names_its_fetch_command(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT23", str(tmp_path))
    with pytest.raises(FileNotFoundError) as err:
        ext8.ext8_photo("xteddy/usr/share/xteddy/xtrouble.png")
    assert f"apt-get download xteddy && dpkg -x xteddy_*.deb {tmp_path}/xteddy" in str(err.value)


def test_labels_are_well_formed():
    items = ext8.EXTERNAL8
    assert 25 <= len(items) <= 50 and len({i.id for i in items}) == len(items)
    assert set(ext8.EXT8_PATHS) == {i.id for i in items}
    assert len(set(ext8.EXT8_PATHS.values())) == len(items)  # no file labelled twice
    assert {p.split("/", 1)[0] for p in ext8.EXT8_PATHS.values()} == set(ext8.EXT8_PACKAGES)
    assert not set(ext8.EXT8_PACKAGES) & EARLIER_PACKAGES
    earlier = ({i.id for i in photoset.EXTERNAL} | {i.id for i in photoset.EXTERNAL2}
               | {i.id for i in ext3.EXTERNAL3} | {i.id for i in ext4.EXTERNAL4} | {i.id for i in ext5.EXTERNAL5}
               | {i.id for i in ext6.EXTERNAL6} | {i.id for i in ext7.EXTERNAL7})
    assert not earlier & {i.id for i in items}
    assert all(i.id.startswith("x8_") for i in items)
    assert all(i.kind in {"photo", "bw", "painting", "drawing", "chart"} for i in items)
    photos = [i for i in items if i.kind in {"photo", "bw"}]
    assert len(photos) >= 15
    assert sum(i.people > 0 for i in photos) >= 2 and sum(i.people == 0 for i in photos) >= 12
    assert sum(i.kind not in {"photo", "bw"} for i in items) >= 6
    check_item_labels(items, "external8", NOT_SKY)


def test_animals_vehicles_and_look_alikes():
    """Rich in photos of the detector's kinds; look-alikes never allow the kind they resemble."""
    by_id = {i.id: i for i in ext8.EXTERNAL8}
    photos = [i for i in ext8.EXTERNAL8 if i.kind == "photo"]
    of_kinds = [i for i in photos if {w.lower() for w in i.main} & set(KINDS)]
    assert len(of_kinds) >= 8
    assert sum(i.count >= 2 for i in of_kinds) >= 2  # several of a kind, counted
    assert LOOK_ALIKES <= set(by_id)
    for id in LOOK_ALIKES:
        words = {w.lower() for w in by_id[id].main + by_id[id].allowed}
        assert not words & set(KINDS), id
        assert by_id[id].kind == "photo"
    cheetahs = by_id["x8_cheetahs_painting"]
    assert "cat" not in {w.lower() for w in cheetahs.main + cheetahs.allowed}
    assert sum(i.kind != "photo" and bool({w.lower() for w in i.main} & set(KINDS)) for i in ext8.EXTERNAL8) >= 3


@pytest.mark.skipif(bool(ext8.ext8_missing(ext8.EXT8_PATHS.values())), reason="external8 packages not unpacked")
def test_every_label_reads_an_image():
    check_every_label_reads_an_image(photoset.items("external8"))
