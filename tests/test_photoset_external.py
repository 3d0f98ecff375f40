"""The photo benchmark's ``external`` split (benchmarks/photoset.py): its images come from the
Debian package opencv-doc at build time. These checks need neither the package nor the
captioner: a stand-in package folder is written here."""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import photoset  # noqa: E402


@pytest.fixture
def no_package(monkeypatch, tmp_path):
    monkeypatch.setenv("OPENCV_DOC", str(tmp_path / "absent"))
    monkeypatch.setattr(photoset, "OPENCV_DOC_PLACES", (str(tmp_path / "also-absent"),))


def test_all_is_still_tune_and_held(no_package):
    ids = [i.id for i in photoset.items("all")]
    assert ids == [i.id for i in photoset.items("tune")] + [i.id for i in photoset.items("held")]
    assert not any(i.startswith("x_") for i in ids)


def test_missing_package_names_the_install_command(no_package):
    with pytest.raises(FileNotFoundError) as err:
        photoset.items("external")
    assert "apt-get install opencv-doc" in str(err.value)
    assert "dpkg -x" in str(err.value) and "OPENCV_DOC=" in str(err.value)


def test_labels_are_well_formed():
    items = photoset.EXTERNAL
    assert len({i.id for i in items}) == len(items) >= 30
    for item in items:
        assert item.split == "external"
        assert item.kind in {"photo", "bw", "drawing", "painting", "chart"}, item.id
        assert item.people >= 0
        assert set(item.every) <= set(item.main), item.id
        assert item.main or item.allowed, item.id


def test_reads_from_the_package_folder(monkeypatch, tmp_path):
    doc = tmp_path / "opencv-doc"
    (doc / "examples" / "data").mkdir(parents=True)
    (doc / "opencv4" / "html").mkdir(parents=True)
    bgr = np.zeros((40, 60, 3), np.uint8)
    bgr[:, :, 2] = 200  # red in OpenCV's channel order
    cv2.imwrite(str(doc / "examples" / "data" / "red.png"), bgr)
    cv2.imwrite(str(doc / "opencv4" / "html" / "grey.png"), np.full((30, 50), 90, np.uint8))
    monkeypatch.setenv("OPENCV_DOC", str(doc))
    assert photoset.opencv_doc() == doc
    red = photoset.doc_photo("red.png")
    assert red.shape == (40, 60, 3) and red.dtype == np.uint8 and tuple(red[0, 0]) == (200, 0, 0)
    assert photoset.doc_photo("red.png", (5, 10, 25, 30)).shape == (20, 20, 3)
    grey = photoset.doc_photo("html/grey.png")
    assert grey.shape == (30, 50, 3) and (grey == 90).all()
    with pytest.raises(FileNotFoundError):
        photoset.doc_photo("absent.jpg")
    with pytest.raises(FileNotFoundError):
        photoset.doc_video_frame("absent.avi", 3)
