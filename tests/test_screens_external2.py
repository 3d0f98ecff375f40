"""The external2 split of the screen set (issue #10): labels, the missing-packages error, building.

Nothing here captions the external2 frames: they are scored once, by bench_screens.
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
from bench_screens import APP_WORDS, select_frames  # noqa: E402


def test_labels_are_complete_and_distinct():
    ids = [fid for _, fid, *_ in screens_external2.SCREENS] + [fid for _, fid, _ in screens_external2.PHOTOS]
    assert len(ids) == len(set(ids))
    files = [path for path, *_ in screens_external2.SCREENS] + [path for path, *_ in screens_external2.PHOTOS]
    assert len(files) == len(set(files))
    assert 25 <= len(screens_external2.SCREENS) <= 30 and len(screens_external2.PHOTOS) == 5
    for path, fid, kinds, windows, words, absent, note in screens_external2.SCREENS:
        assert path.split("/", 1)[0] in screens_external2.PACKAGES, fid
        assert kinds and all(kinds), fid
        assert 4 <= len(words) <= 8, fid
        assert all(len(w) >= 3 for w in words), fid  # matched as substrings: no "OK", "ON"
        assert windows is None or windows >= 1, fid
    for path, *_ in screens_external2.PHOTOS:
        assert path.split("/", 1)[0] in screens_external2.PACKAGES, path
    assert "image editor" in APP_WORDS


def test_ids_do_not_collide_with_the_first_external_split():
    first = {fid for _, fid, *_ in screens_external.SCREENS} | {fid for _, fid, _ in screens_external.PHOTOS}
    second = {fid for _, fid, *_ in screens_external2.SCREENS} | {fid for _, fid, _ in screens_external2.PHOTOS}
    assert not {f"ext_{f}" for f in first} & {f"ext2_{f}" for f in second}


def test_missing_packages_name_the_fetch_commands(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT2", str(tmp_path / "nothing"))
    assert screens_external2.source_folder() is None
    with pytest.raises(screens_dataset.MissingSource, match="apt-get download") as exc:
        screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL2,), require_external=True)
    for package in screens_external2.PACKAGES:
        assert package in str(exc.value)
    records = screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL2,))
    assert records == []
    skipped = json.loads((tmp_path / "labels.json").read_text())["skipped"]
    assert any("PIXEL_LLM_EXT2" in s and "dpkg -x" in s for s in skipped)


def test_source_folder_needs_every_package(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT2", str(tmp_path))
    for package in screens_external2.PACKAGES[:-1]:
        (tmp_path / package).mkdir()
    assert screens_external2.source_folder() is None
    (tmp_path / screens_external2.PACKAGES[-1]).mkdir()
    assert screens_external2.source_folder() == tmp_path


def test_all_leaves_both_external_splits_out():
    frames = [{"id": s, "split": s} for s in ("tune", "heldout", "fresh", "external", "external2")]
    assert [f["id"] for f in select_frames(frames, "all")] == ["tune", "heldout", "fresh"]
    assert [f["id"] for f in select_frames(frames, "external2")] == ["external2"]


def test_building_one_external_split_keeps_the_others_skip_note(tmp_path, monkeypatch):
    monkeypatch.setenv("PIXEL_LLM_EXT2", str(tmp_path / "nothing"))
    monkeypatch.setattr(screens_external, "source_folder", lambda: None)
    screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL2,))
    screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL,))
    skipped = json.loads((tmp_path / "labels.json").read_text())["skipped"]
    assert any(s.startswith("external2/") for s in skipped) and any(s.startswith("external/") for s in skipped)


@pytest.mark.skipif(screens_external2.source_folder() is None, reason="external2 packages not unpacked")
def test_build_writes_every_variant_and_keeps_other_splits(tmp_path):
    kept = {"id": "vi_tune", "split": "tune", "files": {}}
    (tmp_path / "labels.json").write_text(json.dumps({"frames": [kept], "skipped": []}))
    frames = screens_dataset.build(tmp_path, splits=(screens_dataset.EXTERNAL2,), require_external=True)
    assert frames[0] == kept
    records = frames[1:]
    assert len(records) == len(screens_external2.SCREENS) + len(screens_external2.PHOTOS)
    assert {r["split"] for r in records} == {"external2"}
    folder = screens_external2.source_folder()
    for r in records:
        w, h = Image.open(folder / r["source"].split("debian:", 1)[1]).size
        assert min(w, h) >= screens_external2.MIN_SIDE, r["id"]
        assert Image.open(tmp_path / r["files"]["png"]).size == (w, h)
        assert Image.open(tmp_path / r["files"]["jpeg70"]).size == (w, h)
        assert Image.open(tmp_path / r["files"]["scale75"]).size == (round(w * 0.75), round(h * 0.75))
        assert r["screen"] == bool(r["kinds"])
