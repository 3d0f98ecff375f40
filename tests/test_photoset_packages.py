"""The photo benchmark's splits read from Debian packages (``external2`` to ``external8``): what a
user is told when packages are missing, and that ``all`` stays the made-here splits. Nothing is
captioned: stand-in folders are written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import photoset  # noqa: E402
import photoset_external3 as ext3  # noqa: E402
import photoset_external4 as ext4  # noqa: E402
import photoset_external5 as ext5  # noqa: E402
import photoset_external6 as ext6  # noqa: E402
import photoset_external7 as ext7  # noqa: E402
import photoset_external8 as ext8  # noqa: E402

# split, where its packages are looked for, its packages, its files (id -> path), the file on
# disk a path is read from, a package left out in the second test and one that is not
SPLITS = [
    ("external2", "PIXEL_LLM_EXT2", photoset.EXT2_PACKAGES, photoset.EXT2_PATHS, str, "mate-backgrounds",
     "gimp-help-en"),
    ("external3", "PIXEL_LLM_EXT3", ext3.EXT3_PACKAGES, ext3.EXT3_PATHS, ext3._outer, "pysiogame", "gcompris-qt-data"),
    ("external4", "PIXEL_LLM_EXT5", ext4.EXT4_PACKAGES, ext4.EXT4_PATHS, str, "kphotoalbum", "jigzo-data"),
    ("external5", "PIXEL_LLM_EXT8", ext5.EXT5_PACKAGES, ext5.EXT5_PATHS, str, "kodi-data", "tuxpaint-data"),
    ("external6", "PIXEL_LLM_EXT12", ext6.EXT6_PACKAGES, ext6.EXT6_PATHS, str, "wand-doc", "tuxtype-data"),
    ("external7", "PIXEL_LLM_EXT14", ext7.EXT7_PACKAGES, ext7.EXT7_PATHS, str, "lxqt-themes", "endless-sky-data"),
    ("external8", "PIXEL_LLM_EXT23", ext8.EXT8_PACKAGES, ext8.EXT8_PATHS, str, "xteddy", "darknet"),
]
IDS = [s[0] for s in SPLITS]


@pytest.mark.parametrize("split, env, packages, paths, on_disk, left_out, present", SPLITS, ids=IDS)
def test_missing_packages_name_the_fetch_commands(monkeypatch, tmp_path, split, env, packages, paths, on_disk,
                                                   left_out, present):
    monkeypatch.setenv(env, str(tmp_path))
    with pytest.raises(FileNotFoundError) as err:
        photoset.items(split)
    message = str(err.value)
    assert env in message or split == "external2"
    for package in packages:
        assert f"apt-get download {package} && dpkg -x {package}_*.deb {tmp_path}/{package}" in message


@pytest.mark.parametrize("split, env, packages, paths, on_disk, left_out, present", SPLITS, ids=IDS)
def test_only_the_missing_package_is_named(monkeypatch, tmp_path, split, env, packages, paths, on_disk, left_out,
                                           present):
    monkeypatch.setenv(env, str(tmp_path))
    for path in paths.values():
        if not path.startswith(left_out + "/"):
            file = tmp_path / on_disk(path)
            file.parent.mkdir(parents=True, exist_ok=True)
            file.touch()
    with pytest.raises(FileNotFoundError) as err:
        photoset.items(split)
    assert f"missing: {left_out}." in str(err.value)
    assert f"apt-get download {present}" not in str(err.value)


def test_all_is_still_tune_and_held():
    ids = [i.id for i in photoset.items("all")]
    assert ids == [i.id for i in photoset.items("tune")] + [i.id for i in photoset.items("held")]
    assert not any(i.startswith(("x2_", "x3_", "x4_", "x5_", "x6_", "x7_", "x8_")) for i in ids)
