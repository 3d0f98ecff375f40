"""The folder watcher under hostile or unlucky conditions: planted symbolic links, a folder it
cannot write to, a kill -9 in the middle of writing its outputs, images overwritten after they
were captioned, and file names with control characters. Real files, a real integrator with the
bundled offline encoder, real subprocesses."""

import asyncio
import json
import logging
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from conftest import photo, red_square
from pixel_llm import CompositorConfig, CompositorIntegrator

OFFLINE = dict(encoder_type="bundled", device="cpu", generator="offline")
SQUARE = "A red square on a white background"
CLI = [sys.executable, "-m", "pixel_llm", "watch"]
CLI_OPTIONS = ["--encoder", "bundled", "--device", "cpu", "--generator", "offline"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


async def watch(folder: Path, **options):
    options.setdefault("stop_after_idle", 0.5)
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        watcher = it.stream(folder).configure(**options)
        events = [e async for e in watcher]
    return events, watcher


def records(jsonl: Path) -> dict[str, list[dict]]:
    """Every parseable JSONL record, by image file name."""
    out: dict[str, list[dict]] = {}
    for line in jsonl.read_text("utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        out.setdefault(Path(record["image"]).name, []).append(record)
    return out


def names(events) -> list[str]:
    return [Path(e.name).name for e in events]


# -- 9: outputs are written atomically, never through a symbolic link, never outside the tree ----

async def test_a_planted_temp_file_link_does_not_redirect_the_sidecar(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    victim = tmp_path / "victim.conf"
    victim.write_text("precious\n")
    red_square().save(folder / "sq.png")
    (folder / "sq.txt.tmp").symlink_to(victim)  # the name the old writer used for its temp file

    events, _ = await watch(folder, sidecar=True)

    assert victim.read_text() == "precious\n"
    assert names(events) == ["sq.png"]
    sidecar = folder / "sq.txt"
    assert not sidecar.is_symlink() and sidecar.read_text() == SQUARE + "\n"
    assert not [p for p in folder.iterdir() if p.name.startswith(".pixel-llm")]  # no temp file left


async def test_a_sidecar_that_is_a_link_is_replaced_not_followed(tmp_path, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    victim = tmp_path / "victim.conf"
    victim.write_text("precious\n")
    red_square().save(folder / "sq.png")
    (folder / "sq.txt").symlink_to(victim)

    with caplog.at_level(logging.WARNING, logger="pixel_llm"):
        events, _ = await watch(folder, sidecar=True)

    assert victim.read_text() == "precious\n"
    assert names(events) == ["sq.png"]  # a link is not a caption: the image is captioned
    assert not (folder / "sq.txt").is_symlink() and (folder / "sq.txt").read_text() == SQUARE + "\n"
    assert "symbolic link" in caplog.text


async def test_no_sidecar_is_written_through_a_linked_subfolder(tmp_path, caplog):
    folder = tmp_path / "in"
    (folder / "real").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    red_square().save(folder / "real" / "one.png")
    events = []
    with caplog.at_level(logging.ERROR, logger="pixel_llm"):
        async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
            watcher = it.stream(folder).configure(sidecar=True, recursive=True, stop_after_idle=1.5)
            async for event in watcher:
                events.append(event)
                if len(events) == 1:  # from the first pass; the next one comes from the file watcher
                    red_square((500, 400)).save(folder / "real" / "two.png")
                elif len(events) == 2:  # the file watcher runs: it follows the link and reports this
                    red_square((300, 200)).save(outside / "three.png")
    assert names(events) == ["one.png", "two.png", "three.png"]
    assert Path(events[2].name) == folder / "linked" / "three.png"
    assert (folder / "real" / "one.txt").read_text() == SQUARE + "\n"
    assert sorted(p.name for p in outside.iterdir()) == ["three.png"]  # nothing written outside the tree
    assert "three.txt" in caplog.text and "link" in caplog.text


# -- 10: a folder the watcher cannot write to --------------------------------------------------

async def test_an_unwritable_sidecar_is_a_logged_error_and_the_caption_still_comes(tmp_path, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "sq.png")
    (folder / "sq.txt").mkdir()  # writing the sidecar really fails, also as root
    Image.fromarray(photo("chelsea")).save(folder / "zcat.jpg")

    with caplog.at_level(logging.INFO, logger="pixel_llm"):
        events, watcher = await watch(folder, sidecar=True)

    assert names(events) == ["sq.png", "zcat.jpg"]
    assert events[0].caption == SQUARE
    assert (folder / "sq.txt").is_dir() and "cat" in (folder / "zcat.txt").read_text()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "sq.txt" in errors[0].getMessage() and not errors[0].exc_info
    assert watcher.write_errors == 1


def _read_only_bind_works(folder: Path) -> bool:
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind '{folder}' '{folder}' && "
                            f"mount -o remount,ro,bind '{folder}' && ! touch '{folder}/probe'"],
                           capture_output=True)
    return probe.returncode == 0


def test_watch_cli_on_a_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    red_square().save(folder / "sq.png")
    if not _read_only_bind_works(folder):
        pytest.skip("needs mount namespaces to make a read-only folder (unshare -m, CAP_SYS_ADMIN)")
    read_only = f"mount --bind '{folder}' '{folder}' && mount -o remount,ro,bind '{folder}' && exec \"$@\""

    proc = subprocess.run(["unshare", "-m", "sh", "-c", read_only, "sh", *CLI, str(folder), "--sidecar",
                           "--exit-when-idle", "0.5", *CLI_OPTIONS],
                          capture_output=True, text=True, timeout=180, env=ENV)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith(f"sq.png: {SQUARE}")
    assert "Traceback" not in proc.stderr and "read-only" in proc.stderr.lower()
    assert not (folder / "sq.txt").exists()

    # a JSONL that cannot be opened is one clear line and exit status 2, before any work
    proc = subprocess.run(["unshare", "-m", "sh", "-c", read_only, "sh", *CLI, str(folder), "--jsonl",
                           str(folder / "captions.jsonl"), "--exit-when-idle", "0.5", *CLI_OPTIONS],
                          capture_output=True, text=True, timeout=180, env=ENV)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("pixel-llm: error: jsonl: cannot open")


# -- 11: outputs stay consistent after a crash at any point ------------------------------------

async def _two_done(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "a_sq.png")
    Image.fromarray(photo("chelsea")).save(folder / "b_cat.jpg")
    jsonl = tmp_path / "captions.jsonl"
    events, _ = await watch(folder, sidecar=True, jsonl=jsonl)
    assert names(events) == ["a_sq.png", "b_cat.jpg"]
    return folder, jsonl


async def test_restart_after_a_crash_between_sidecar_and_jsonl(tmp_path):
    folder, jsonl = await _two_done(tmp_path)
    # the state a kill -9 left behind: b_cat's sidecar is written, its JSONL line is not
    lines = jsonl.read_text().splitlines()
    jsonl.write_text("\n".join(l for l in lines if "b_cat" not in l) + "\n")

    events, _ = await watch(folder, sidecar=True, jsonl=jsonl)

    assert names(events) == ["b_cat.jpg"]  # captioned again: only the JSONL says an image is done
    done = records(jsonl)
    assert len(done["a_sq.png"]) == 1 and len(done["b_cat.jpg"]) == 1
    assert (folder / "b_cat.txt").read_text() == done["b_cat.jpg"][0]["caption"] + "\n"


async def test_restart_after_a_crash_between_jsonl_and_sidecar(tmp_path):
    folder, jsonl = await _two_done(tmp_path)
    # the other order: b_cat's JSONL line is written, its sidecar is not
    (folder / "b_cat.txt").unlink()

    events, watcher = await watch(folder, sidecar=True, jsonl=jsonl)

    assert events == [] and watcher.skipped_done == 2  # nothing captioned twice
    done = records(jsonl)
    assert len(done["b_cat.jpg"]) == 1
    assert (folder / "b_cat.txt").read_text() == done["b_cat.jpg"][0]["caption"] + "\n"


async def test_restart_after_a_crash_in_the_middle_of_a_jsonl_line(tmp_path):
    folder, jsonl = await _two_done(tmp_path)
    red_square((500, 400)).save(folder / "c_sq.png")
    with open(jsonl, "a") as f:
        f.write('{"image": "' + str(folder / "c_sq.png") + '", "capt')  # cut off by the kill

    events, _ = await watch(folder, sidecar=True, jsonl=jsonl)

    assert names(events) == ["c_sq.png"]
    lines = jsonl.read_text().splitlines()
    assert sum(1 for l in lines if _parses(l)) == 3  # the partial line did not swallow the next one
    assert records(jsonl)["c_sq.png"][0]["caption"] == SQUARE
    events, _ = await watch(folder, sidecar=True, jsonl=jsonl)
    assert events == []


def _parses(line: str) -> bool:
    try:
        json.loads(line)
        return True
    except ValueError:
        return False


def test_kill_9_anywhere_then_restart_gives_consistent_outputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(["chelsea", "coffee", "rocket", "astronaut"]):
        Image.fromarray(photo(name)).save(folder / f"{i}_{name}.jpg")
        red_square((300 + 20 * i, 300)).save(folder / f"{i}_square.png")
    jsonl = tmp_path / "captions.jsonl"
    args = [*CLI, str(folder), "--sidecar", "--jsonl", str(jsonl), "--exit-when-idle", "0.5", *CLI_OPTIONS]

    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV)
    try:
        first = proc.stdout.readline()  # one caption done; the next one is being captioned or written
        time.sleep(random.uniform(0.0, 0.4))  # a different crash point each run: any point must be fine
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert first.strip()

    again = subprocess.run(args, capture_output=True, text=True, timeout=180, env=ENV)
    assert again.returncode == 0, again.stderr
    done = records(jsonl)
    images = sorted(p.name for p in folder.iterdir() if p.suffix in (".jpg", ".png"))
    assert sorted(done) == images
    for image in images:
        assert len(done[image]) == 1, image  # each image recorded exactly once
        sidecar = (folder / image).with_suffix(".txt")
        assert sidecar.read_text() == done[image][0]["caption"] + "\n"


# -- 12: an image overwritten after it was captioned is captioned again ------------------------

async def test_an_image_overwritten_while_watching_is_captioned_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "pic.png")
    jsonl = tmp_path / "captions.jsonl"
    events = []
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        watcher = it.stream(folder).configure(sidecar=True, jsonl=jsonl, stop_after_idle=2.0)
        async for event in watcher:
            events.append(event)
            if len(events) == 1:
                await asyncio.to_thread(Image.fromarray(photo("chelsea")).save, folder / "pic.png")
    assert names(events) == ["pic.png", "pic.png"]
    assert events[0].caption == SQUARE and "cat" in events[1].caption
    assert (folder / "pic.txt").read_text() == events[1].caption + "\n"
    history = records(jsonl)["pic.png"]
    assert [r["caption"] for r in history] == [SQUARE, events[1].caption]
    assert history[0]["digest"] != history[1]["digest"]


async def test_an_image_overwritten_between_runs_is_captioned_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "pic.png")
    red_square().save(folder / "same.png")
    jsonl = tmp_path / "captions.jsonl"
    events, _ = await watch(folder, sidecar=True, jsonl=jsonl)
    assert names(events) == ["pic.png", "same.png"]

    Image.fromarray(photo("chelsea")).save(folder / "pic.png")
    red_square().save(folder / "same.png")  # written again, same bytes: nothing to do
    events, watcher = await watch(folder, sidecar=True, jsonl=jsonl)

    assert names(events) == ["pic.png"] and "cat" in events[0].caption and watcher.skipped_done == 1
    assert (folder / "pic.txt").read_text() == events[0].caption + "\n"
    assert records(jsonl)["pic.png"][-1]["caption"] == events[0].caption


async def test_a_hand_edited_sidecar_is_kept_on_restart(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "pic.png")
    await watch(folder, sidecar=True)
    (folder / "pic.txt").write_text("my own words\n")
    events, watcher = await watch(folder, sidecar=True)
    assert events == [] and watcher.skipped_done == 1
    assert (folder / "pic.txt").read_text() == "my own words\n"


# -- 21: the CLI's human output escapes control characters in names --------------------------

def test_watch_cli_escapes_control_characters_in_names(tmp_path):
    red_square().save(tmp_path / "two\nlines.png")
    red_square().save(tmp_path / "\x1b[2Jclear.png")
    proc = subprocess.run([*CLI, str(tmp_path), "--exit-when-idle", "0.5", *CLI_OPTIONS],
                          capture_output=True, text=True, timeout=180, env=ENV)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 and all(l.endswith(f": {SQUARE}") for l in lines)
    assert "\x1b" not in proc.stdout
    assert any("two\\nlines.png" in l for l in lines) and any("\\x1b[2Jclear.png" in l for l in lines)


async def test_twin_images_whose_names_look_like_patterns_get_separate_sidecars(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "shot[1].png")
    Image.fromarray(photo("chelsea")).save(folder / "shot[1].jpg")
    events, _ = await watch(folder, sidecar=True)
    assert len(events) == 2
    assert "cat" in (folder / "shot[1].jpg.txt").read_text()
    assert (folder / "shot[1].png.txt").read_text() == SQUARE + "\n"
