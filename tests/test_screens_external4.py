"""The external4 split of the screen set: labels, the missing-packages error, building.

Nothing here captions the external4 frames: they are scored once, by bench_screens.
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
import screens_external4  # noqa: E402
from bench_screens import APP_WORDS, select_frames  # noqa: E402


def test_labels_are_complete_and_distinct():
    ids = [fid for _, fid, *_ in screens_external4.SCREENS] + [fid for _, fid, _ in screens_external4.PHOTOS]
    assert len(ids) == len(set(ids))
    files = [path for path, *_ in screens_external4.SCREENS] + [path for path, *_ in screens_external4.PHOTOS]
    assert len(files) == len(set(files))
    assert 25 <= len(screens_external4.SCREENS) <= 32 and len(screens_external4.PHOTOS) == 5
    app = {w.lower() for w in APP_WORDS}
    for path, fid, kinds, windows, words, absent, note in screens_external4.SCREENS:
        assert path.split("/", 1)[0] in screens_external4.PACKAGES, fid
        assert kinds and all(kinds), fid
        assert any(w.lower() in app or w in ("desktop", "window") for group in kinds for w in group), fid
        assert 4 <= len(words) <= 8, fid
        assert all(len(w) >= 3 for w in words), fid  # matched as substrings: no "OK", "ON"
        assert windows is None or windows >= 1, fid
        assert note, fid
    for path, *_ in screens_external4.PHOTOS:
        assert path.split("/", 1)[0] in screens_external4.PACKAGES, path


def test_ids_and_files_do_not_collide_with_earlier_external_splits():
    earlier = {f"ext_{fid}" for _, fid, *_ in screens_external.SCREENS}
    earlier |= {f"ext2_{fid}" for _, fid, *_ in screens_external2.SCREENS + screens_external2.PHOTOS}
    earlier |= {f"ext3_{fid}" for _, fid, *_ in screens_external3.SCREENS + screens_external3.PHOTOS}
    fourth = {f"ext4_{fid}" for _, fid, *_ in screens_external4.SCREENS + screens_external4.PHOTOS}
    assert not earlier & fourth
    earlier_packages = set(screens_external2.PACKAGES) | set(screens_external3.PACKAGES) | {"opencv-doc"}
    assert not earlier_packages & set(screens_external4.PACKAGES)


def test_missing_packages_name_the_fetch_commands(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT4", str(tmp_path / "nothing"))
    assert screens_external4.source_folder() is None
    with pytest.raises(screens_dataset.MissingSource, match="apt-get download") as exc:
        screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL4,), require_external=True)
    for package in screens_external4.PACKAGES:
        assert package in str(exc.value)
    records = screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL4,))
    assert records == []
    skipped = json.loads((tmp_path / "labels.json").read_text())["skipped"]
    assert any("PIXEL_LLM_EXT4" in s and "dpkg -x" in s for s in skipped)


def test_source_folder_needs_every_package(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT4", str(tmp_path))
    for package in screens_external4.PACKAGES[:-1]:
        (tmp_path / package).mkdir()
    assert screens_external4.source_folder() is None
    (tmp_path / screens_external4.PACKAGES[-1]).mkdir()
    assert screens_external4.source_folder() == tmp_path


def test_a_missing_resource_file_says_how_to_fetch(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT4", str(tmp_path))
    for package in screens_external4.PACKAGES:
        (tmp_path / package).mkdir()
    monkeypatch.setattr(screens_external3, "SCREENS", [])
    with pytest.raises(FileNotFoundError, match="dpkg -x"):
        list(screens_external4.frames(tmp_path))


def test_all_leaves_the_external_splits_out():
    splits = ("tune", "heldout", "fresh", "external", "external2", "external3", "external4")
    frames = [{"id": s, "split": s} for s in splits]
    assert [f["id"] for f in select_frames(frames, "all")] == ["tune", "heldout", "fresh"]
    assert [f["id"] for f in select_frames(frames, "external4")] == ["external4"]
    assert "external4" in screens_dataset.EXTERNALS


def test_external2_and_external3_use_the_shared_package_helpers(tmp_path, monkeypatch):
    for module, env in ((screens_external2, "PIXEL_LLM_EXT2"), (screens_external3, "PIXEL_LLM_EXT3")):
        monkeypatch.setenv(env, str(tmp_path / env))
        assert module.source_folder() is None
        for package in module.PACKAGES:
            (tmp_path / env / package).mkdir(parents=True)
        assert module.source_folder() == tmp_path / env


@pytest.mark.skipif(screens_external4.source_folder() is None, reason="external4 packages not unpacked")
def test_build_writes_every_variant_and_keeps_other_splits(tmp_path):
    kept = {"id": "vi_tune", "split": "tune", "files": {}}
    (tmp_path / "labels.json").write_text(json.dumps({"frames": [kept], "skipped": []}))
    frames = screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL4,), require_external=True)
    assert frames[0] == kept
    records = frames[1:]
    assert len(records) == len(screens_external4.SCREENS) + len(screens_external4.PHOTOS)
    assert {r["split"] for r in records} == {"external4"}
    for r in records:
        w, h = Image.open(tmp_path / r["files"]["png"]).size
        assert min(w, h) >= screens_external4.MIN_SIDE, r["id"]
        assert Image.open(tmp_path / r["files"]["jpeg70"]).size == (w, h)
        assert Image.open(tmp_path / r["files"]["scale75"]).size == (round(w * 0.75), round(h * 0.75))
        assert r["screen"] == bool(r["kinds"])
