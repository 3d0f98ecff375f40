"""The external3 split of the screen set: labels, the missing-packages error, building.

Nothing here captions the external3 frames: they are scored once, by bench_screens.
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
import screens_external2  # noqa: E402
import screens_external3  # noqa: E402
from bench_screens import APP_WORDS, select_frames  # noqa: E402


def test_labels_are_complete_and_distinct():
    ids = [fid for _, fid, *_ in screens_external3.SCREENS] + [fid for _, fid, _ in screens_external3.PHOTOS]
    assert len(ids) == len(set(ids))
    files = [path for path, *_ in screens_external3.SCREENS] + [path for path, *_ in screens_external3.PHOTOS]
    assert len(files) == len(set(files))
    assert 25 <= len(screens_external3.SCREENS) <= 32 and len(screens_external3.PHOTOS) == 5
    app = {w.lower() for w in APP_WORDS}
    for path, fid, kinds, windows, words, absent, note in screens_external3.SCREENS:
        assert path.split("/", 1)[0] in screens_external3.PACKAGES, fid
        assert kinds and all(kinds), fid
        assert any(w.lower() in app or w in ("desktop", "window") for group in kinds for w in group), fid
        assert 4 <= len(words) <= 8, fid
        assert all(len(w) >= 3 for w in words), fid  # matched as substrings: no "OK", "ON"
        assert windows is None or windows >= 1, fid
        assert note, fid
    for path, *_ in screens_external3.PHOTOS:
        assert path.split("/", 1)[0] in screens_external3.PACKAGES, path


def test_ids_and_files_do_not_collide_with_earlier_external_splits():
    earlier = {f"ext_{fid}" for _, fid, *_ in screens_external.SCREENS}
    earlier |= {f"ext2_{fid}" for _, fid, *_ in screens_external2.SCREENS + screens_external2.PHOTOS}
    third = {f"ext3_{fid}" for _, fid, *_ in screens_external3.SCREENS + screens_external3.PHOTOS}
    assert not earlier & third
    assert not set(screens_external2.PACKAGES) & set(screens_external3.PACKAGES)


def test_missing_packages_name_the_fetch_commands(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT3", str(tmp_path / "nothing"))
    assert screens_external3.source_folder() is None
    with pytest.raises(screens_dataset.MissingSource, match="apt-get download") as exc:
        screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL3,), require_external=True)
    for package in screens_external3.PACKAGES:
        assert package in str(exc.value)
    records = screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL3,))
    assert records == []
    skipped = json.loads((tmp_path / "labels.json").read_text())["skipped"]
    assert any("PIXEL_LLM_EXT3" in s and "dpkg -x" in s for s in skipped)


def test_source_folder_needs_every_package(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT3", str(tmp_path))
    for package in screens_external3.PACKAGES[:-1]:
        (tmp_path / package).mkdir()
    assert screens_external3.source_folder() is None
    (tmp_path / screens_external3.PACKAGES[-1]).mkdir()
    assert screens_external3.source_folder() == tmp_path


def test_a_missing_resource_file_says_how_to_fetch(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT3", str(tmp_path))
    for package in screens_external3.PACKAGES:
        (tmp_path / package).mkdir()
    monkeypatch.setattr(screens_external3, "SCREENS", [])
    with pytest.raises(FileNotFoundError, match="dpkg -x"):
        list(screens_external3.frames(tmp_path))


def test_all_leaves_the_external_splits_out():
    frames = [{"id": s, "split": s} for s in ("tune", "heldout", "fresh", "external", "external2", "external3")]
    assert [f["id"] for f in select_frames(frames, "all")] == ["tune", "heldout", "fresh"]
    assert [f["id"] for f in select_frames(frames, "external3")] == ["external3"]
    assert "external3" in screens_dataset.EXTERNALS


@pytest.mark.skipif(screens_external3.source_folder() is None, reason="external3 packages not unpacked")
def test_build_writes_every_variant_and_keeps_other_splits(tmp_path):
    kept = {"id": "vi_tune", "split": "tune", "files": {}}
    (tmp_path / "labels.json").write_text(json.dumps({"frames": [kept], "skipped": []}))
    frames = screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL3,), require_external=True)
    assert frames[0] == kept
    records = frames[1:]
    assert len(records) == len(screens_external3.SCREENS) + len(screens_external3.PHOTOS)
    assert {r["split"] for r in records} == {"external3"}
    for r in records:
        w, h = Image.open(tmp_path / r["files"]["png"]).size
        assert min(w, h) >= screens_external3.MIN_SIDE, r["id"]
        assert Image.open(tmp_path / r["files"]["jpeg70"]).size == (w, h)
        assert Image.open(tmp_path / r["files"]["scale75"]).size == (round(w * 0.75), round(h * 0.75))
        assert r["screen"] == bool(r["kinds"])
