"""The external split of the screen set (issue #10): labels, building, and which frames a split selects.

Nothing here captions the external frames: they are scored once, by bench_screens.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import screens_dataset  # noqa: E402
import screens_external  # noqa: E402
from bench_screens import APP_WORDS, select_frames  # noqa: E402


def test_labels_are_complete_and_distinct():
    ids = [fid for _, fid, *_ in screens_external.SCREENS] + [fid for _, fid, _ in screens_external.PHOTOS]
    assert len(ids) == len(set(ids))
    files = [name for name, *_ in screens_external.SCREENS] + [name for name, *_ in screens_external.PHOTOS]
    assert len(files) == len(set(files))
    assert 25 <= len(screens_external.SCREENS) <= 30 and 5 <= len(screens_external.PHOTOS) <= 6
    for name, fid, kinds, windows, words, absent, note in screens_external.SCREENS:
        assert kinds and all(kinds), fid
        assert 4 <= len(words) <= 8, fid
        assert all(len(w) >= 3 for w in words), fid  # matched as substrings: no "OK", "ON"
        assert windows is None or windows >= 1, fid
    assert "IDE" in APP_WORDS


def test_missing_package_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setattr(screens_external, "source_folder", lambda: None)
    with pytest.raises(screens_dataset.MissingSource, match="apt-get install opencv-doc"):
        screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL,), require_external=True)
    records = screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL,))
    assert records == []
    skipped = json.loads((tmp_path / "labels.json").read_text())["skipped"]
    assert any("OPENCV_DOC=DIR/usr/share/doc/opencv-doc" in s for s in skipped)


def test_source_folder_follows_opencv_doc(tmp_path, monkeypatch):
    (tmp_path / "opencv4" / "html").mkdir(parents=True)
    monkeypatch.setenv("OPENCV_DOC", str(tmp_path))
    assert screens_external.source_folder() == tmp_path / "opencv4" / "html"


def test_all_means_the_splits_built_here():
    frames = [{"id": s, "split": s} for s in ("tune", "heldout", "fresh", "external")]
    assert [f["id"] for f in select_frames(frames, "all")] == ["tune", "heldout", "fresh"]
    assert [f["id"] for f in select_frames(frames, "external")] == ["external"]


@pytest.mark.skipif(screens_external.source_folder() is None, reason="opencv-doc not installed")
def test_build_writes_every_variant_and_keeps_other_splits(tmp_path):
    kept = {"id": "vi_tune", "split": "tune", "files": {}}
    (tmp_path / "labels.json").write_text(json.dumps({"frames": [kept], "skipped": []}))
    frames = screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL,), require_external=True)
    assert frames == json.loads((tmp_path / "labels.json").read_text())["frames"]
    assert frames[0] == kept
    records = frames[1:]
    assert len(records) == len(screens_external.SCREENS) + len(screens_external.PHOTOS)
    assert {r["split"] for r in records} == {"external"}
    folder = screens_external.source_folder()
    for r in records:
        w, h = Image.open(folder / r["source"].split("opencv4/html/", 1)[1]).size
        assert min(w, h) >= screens_external.MIN_SIDE, r["id"]
        assert Image.open(tmp_path / r["files"]["png"]).size == (w, h)
        assert Image.open(tmp_path / r["files"]["jpeg70"]).size == (w, h)
        assert Image.open(tmp_path / r["files"]["scale75"]).size == (round(w * 0.75), round(h * 0.75))
        assert r["screen"] == bool(r["kinds"])
