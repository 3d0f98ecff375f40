"""The package-backed splits of the screen set made after external2 (external3, external4, external5,
external6, external7, external8, external9, external10, external11, external12, external13, external14,
external15, external16, external17, external18, external19): labels, the missing-packages error, building. One
set of tests, run for each split.

Nothing here captions their frames: they are scored by bench_screens only.
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
import screens_external5  # noqa: E402
import screens_external6  # noqa: E402
import screens_external7  # noqa: E402
import screens_external8  # noqa: E402
import screens_external9  # noqa: E402
import screens_external10  # noqa: E402
import screens_external11  # noqa: E402
import screens_external12  # noqa: E402
import screens_external13  # noqa: E402
import screens_external14  # noqa: E402
import screens_external15  # noqa: E402
import screens_external16  # noqa: E402
import screens_external17  # noqa: E402
import screens_external18  # noqa: E402
import screens_external19  # noqa: E402
from bench_screens import APP_WORDS, select_frames  # noqa: E402

# (module, split, environment variable, frame id prefix), oldest first
SPLITS = [(screens_external3, screens_dataset.EXTERNAL3, "PIXEL_LLM_EXT3", "ext3"),
          (screens_external4, screens_dataset.EXTERNAL4, "PIXEL_LLM_EXT4", "ext4"),
          (screens_external5, screens_dataset.EXTERNAL5, "PIXEL_LLM_EXT6", "ext5"),
          (screens_external6, screens_dataset.EXTERNAL6, "PIXEL_LLM_EXT7", "ext6"),
          (screens_external7, screens_dataset.EXTERNAL7, "PIXEL_LLM_EXT9", "ext7"),
          (screens_external8, screens_dataset.EXTERNAL8, "PIXEL_LLM_EXT10", "ext8"),
          (screens_external9, screens_dataset.EXTERNAL9, "PIXEL_LLM_EXT11", "ext9"),
          (screens_external10, screens_dataset.EXTERNAL10, "PIXEL_LLM_EXT13", "ext10"),
          (screens_external11, screens_dataset.EXTERNAL11, "PIXEL_LLM_EXT15", "ext11"),
          (screens_external12, screens_dataset.EXTERNAL12, "PIXEL_LLM_EXT16", "ext12"),
          (screens_external13, screens_dataset.EXTERNAL13, "PIXEL_LLM_EXT17", "ext13"),
          (screens_external14, screens_dataset.EXTERNAL14, "PIXEL_LLM_EXT19", "ext14"),
          (screens_external15, screens_dataset.EXTERNAL15, "PIXEL_LLM_EXT20", "ext15"),
          (screens_external16, screens_dataset.EXTERNAL16, "PIXEL_LLM_EXT21", "ext16"),
          (screens_external17, screens_dataset.EXTERNAL17, "PIXEL_LLM_EXT22", "ext17"),
          (screens_external18, screens_dataset.EXTERNAL18, "PIXEL_LLM_EXT24", "ext18"),
          (screens_external19, screens_dataset.EXTERNAL19, "PIXEL_LLM_EXT25", "ext19")]
each = pytest.mark.parametrize("module,split,env,prefix", SPLITS, ids=[s[1] for s in SPLITS])


@each
def test_labels_are_complete_and_distinct(module, split, env, prefix):
    ids = [fid for _, fid, *_ in module.SCREENS] + [fid for _, fid, _ in module.PHOTOS]
    assert len(ids) == len(set(ids))
    files = [path for path, *_ in module.SCREENS] + [path for path, *_ in module.PHOTOS]
    assert len(files) == len(set(files))
    assert 25 <= len(module.SCREENS) <= 36 and len(module.PHOTOS) == 5
    app = {w.lower() for w in APP_WORDS}
    for path, fid, kinds, windows, words, absent, note in module.SCREENS:
        assert path.split("/", 1)[0] in module.PACKAGES, fid
        assert kinds and all(kinds), fid
        assert any(w.lower() in app or w in ("desktop", "window") for group in kinds for w in group), fid
        assert 4 <= len(words) <= 8, fid
        assert all(len(w) >= 3 for w in words), fid  # matched as substrings: no "OK", "ON"
        assert windows is None or windows >= 1, fid
        assert note, fid
    for path, *_ in module.PHOTOS:
        assert path.split("/", 1)[0] in module.PACKAGES, path


@each
def test_ids_and_packages_do_not_collide_with_earlier_external_splits(module, split, env, prefix):
    earlier = {f"ext_{fid}" for _, fid, *_ in screens_external.SCREENS}
    earlier |= {f"ext2_{fid}" for _, fid, *_ in screens_external2.SCREENS + screens_external2.PHOTOS}
    packages = {"opencv-doc", *screens_external2.PACKAGES}
    for older, _, _, older_prefix in SPLITS[:[s[0] for s in SPLITS].index(module)]:
        earlier |= {f"{older_prefix}_{fid}" for _, fid, *_ in older.SCREENS + older.PHOTOS}
        packages |= set(older.PACKAGES)
    mine = {f"{prefix}_{fid}" for _, fid, *_ in module.SCREENS + module.PHOTOS}
    assert not earlier & mine
    assert not packages & set(module.PACKAGES)


@each
def test_missing_packages_name_the_fetch_commands(module, split, env, prefix, tmp_path, monkeypatch):
    monkeypatch.setenv(env, str(tmp_path / "nothing"))
    assert module.source_folder() is None
    with pytest.raises(screens_dataset.MissingSource, match="apt-get download") as exc:
        screens_dataset.build(tmp_path, splits=(split,), require_external=True)
    for package in module.PACKAGES:
        assert package in str(exc.value)
    records = screens_dataset.build(tmp_path, splits=(split,))
    assert records == []
    skipped = json.loads((tmp_path / "labels.json").read_text())["skipped"]
    assert any(env in s and "dpkg -x" in s for s in skipped)


@each
def test_source_folder_needs_every_package(module, split, env, prefix, tmp_path, monkeypatch):
    monkeypatch.setenv(env, str(tmp_path))
    for package in module.PACKAGES[:-1]:
        (tmp_path / package).mkdir()
    assert module.source_folder() is None
    (tmp_path / module.PACKAGES[-1]).mkdir()
    assert module.source_folder() == tmp_path


@each
def test_a_missing_photo_file_says_how_to_fetch(module, split, env, prefix, tmp_path, monkeypatch):
    # the package folders are there, the photos' files are not (external3's are Qt resource files)
    monkeypatch.setenv(env, str(tmp_path))
    for package in module.PACKAGES:
        (tmp_path / package).mkdir()
    monkeypatch.setattr(module, "SCREENS", [])
    with pytest.raises(FileNotFoundError, match="dpkg -x"):
        list(module.frames(tmp_path))


@each
def test_all_leaves_the_external_splits_out(module, split, env, prefix):
    splits = ("tune", "heldout", "fresh", "external", "external2", "external3", "external4", "external5",
              "external6", "external7", "external8", "external9", "external10", "external11",
              "external12", "external13", "external14", "external15", "external16", "external17", "external18",
              "external19")
    frames = [{"id": s, "split": s} for s in splits]
    assert [f["id"] for f in select_frames(frames, "all")] == ["tune", "heldout", "fresh"]
    assert [f["id"] for f in select_frames(frames, split)] == [split]
    assert split in screens_dataset.EXTERNALS


def test_external2_and_external3_use_the_shared_package_helpers(tmp_path, monkeypatch):
    for module, env in ((screens_external2, "PIXEL_LLM_EXT2"), (screens_external3, "PIXEL_LLM_EXT3")):
        monkeypatch.setenv(env, str(tmp_path / env))
        assert module.source_folder() is None
        for package in module.PACKAGES:
            (tmp_path / env / package).mkdir(parents=True)
        assert module.source_folder() == tmp_path / env


@each
def test_build_writes_every_variant_and_keeps_other_splits(module, split, env, prefix, tmp_path):
    if module.source_folder() is None:
        pytest.skip(f"{split} packages not unpacked")
    kept = {"id": "vi_tune", "split": "tune", "files": {}}
    (tmp_path / "labels.json").write_text(json.dumps({"frames": [kept], "skipped": []}))
    frames = screens_dataset.build(tmp_path, splits=(split,), require_external=True)
    assert frames[0] == kept
    records = frames[1:]
    assert len(records) == len(module.SCREENS) + len(module.PHOTOS)
    assert {r["split"] for r in records} == {split}
    for r in records:
        w, h = Image.open(tmp_path / r["files"]["png"]).size
        assert min(w, h) >= module.MIN_SIDE, r["id"]
        assert Image.open(tmp_path / r["files"]["jpeg70"]).size == (w, h)
        assert Image.open(tmp_path / r["files"]["scale75"]).size == (round(w * 0.75), round(h * 0.75))
        assert r["screen"] == bool(r["kinds"])


def test_the_scorer_takes_a_true_kind_of_more_words_as_one_claim():
    """"An audio editor window" of an audio editor states no other program's kind; "a text editor"
    there does; an object word inside a kind is no object."""
    import numpy as np
    from bench_screens import score

    label = {"kinds": [["window", "audio editor", "sound editor"]], "screen": True, "absent": [], "windows": 1,
             "words": ["Kwave", "Record"]}
    rgb = np.full((60, 80, 3), 200, np.uint8)
    said = score(label, 'An audio editor window titled "Kwave" reading "Record"', rgb, set())
    assert said["kind"] and said["false"] == []
    said = score(label, 'A text editor window titled "Kwave" reading "Record"', rgb, set())
    assert "app:editor" in said["false"]
