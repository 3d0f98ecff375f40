"""``pixel-llm batch`` with the local engine: every input kind, bad inputs as rows, a URL list
from a real local HTTP server, resume, --retry-failed, a real kill -9 mid-run, the output
formats and their guards. Real worker processes, the bundled offline encoder."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from batch_material import OFFLINE, ImageServer, jpeg, make_dataset, png, read_rows, rows_by_id
from conftest import photo, red_square
from pixel_llm import CompositorConfig
from pixel_llm.batch import (BatchOptions, JobMismatchError, LoadOptions, OutputError, iter_items,
                             run_batch)
from pixel_llm.batch.inputs import video_samples
from pixel_llm.batch.store import sidecar_name

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "pixel_llm", "batch"]
CLI_OPTIONS = ["--encoder", "bundled", "--device", "cpu", "--generator", "offline"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": os.pathsep.join(
    p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
SQUARE = "A red square on a white background"


def config(**kw) -> CompositorConfig:
    return CompositorConfig(**{**OFFLINE, **kw})


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    return make_dataset(tmp_path_factory.mktemp("dataset"))


@pytest.fixture(scope="module")
def server():
    srv = ImageServer({"cat.jpg": jpeg(photo("chelsea"), (320, 240)), "square.png": png(red_square((200, 150))),
                       "junk.jpg": b"<html>not an image</html>"})
    yield srv
    srv.close()


def cli(*args, timeout=240):
    return subprocess.run([*CLI, *map(str, args), *CLI_OPTIONS], capture_output=True, text=True, timeout=timeout,
                          env=ENV, cwd=ROOT)


# -- inputs ---------------------------------------------------------------------------------

def test_inputs_expand_folders_globs_lists_shards_and_videos(dataset, tmp_path):
    photos, shard, video = dataset["photos"], dataset["shard"], dataset["video"]
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "paths.txt").write_text(f"# a comment\n\n../rel.jpg\n{photos / 'chelsea.jpg'}\nhttp://h/x.jpg\n")
    (lists / "table.csv").write_text("caption,url\nold,https://h/a.png\nold,b.jpg\n")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"n": [1, 2], "image_path": ["c.jpg", "http://h/d.jpg"]}), lists / "list.parquet")
    gz = tmp_path / "shard.tar.gz"
    gz.write_bytes(gzip.compress(shard.read_bytes()))

    folder_ids = [it.id for it in iter_items([str(photos)])]
    names = [os.path.relpath(i, photos) for i in folder_ids]
    assert names == ["broken.jpg", "chelsea.jpg", "coffee.jpg", "empty.png", os.path.join("street", "rocket.jpg"),
                     os.path.join("street", "square.png"), "terminal.png", "text.jpg"]  # sorted, recursive, no .md

    items = list(iter_items([str(photos / "street" / "*.jpg"), str(lists / "paths.txt"), str(lists / "table.csv"),
                             str(lists / "list.parquet"), str(shard), str(gz), str(video),
                             str(photos / "chelsea.jpg"),  # already listed: given once
                             str(tmp_path / "nothing" / "*.png"), str(tmp_path / "missing.txt")],
                            video_every=1.0))
    ids = [it.id for it in items]
    assert len(ids) == len(set(ids))
    assert ids[0] == str(photos / "street" / "rocket.jpg")
    assert [it.id for it in items if it.kind == "url"] == ["http://h/x.jpg", "https://h/a.png", "http://h/d.jpg"]
    files = [it.id for it in items if it.kind == "file"]
    assert os.path.normpath(tmp_path / "rel.jpg") in files  # relative to the list's folder
    assert str(lists / "b.jpg") in files and str(lists / "c.jpg") in files
    tar = [it for it in items if it.kind == "tar"]
    assert [it.member for it in tar] == ["000.jpg", "001.png", "002.png"] * 2  # .json members left out
    plain = tar[0]
    assert plain.offset is not None and shard.read_bytes()[plain.offset:plain.offset + plain.size][:2] == b"\xff\xd8"
    assert all(it.offset is None for it in tar[3:])  # compressed: read by name
    frames = [it for it in items if it.kind == "video"]
    assert [it.timestamp for it in frames] == [0.0, 1.0, 2.0, 3.0] and [it.frame for it in frames] == [0, 10, 20, 30]
    assert frames[1].id == f"{video}#t=1.000"
    problems = {it.id: it.problem_type for it in items if it.kind == "input"}
    assert problems == {str(tmp_path / "nothing" / "*.png"): "InputError", str(tmp_path / "missing.txt"): "InputError"}


def test_video_samples_and_sidecar_names():
    assert video_samples(4.0, 1.0) == [0.0, 1.0, 2.0, 3.0]
    assert video_samples(4.2, 1.0) == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert video_samples(0.3, 1.0) == [0.0]
    row = dict(kind="file", path="photos/a.b.jpg", member=None, timestamp=None)
    assert sidecar_name(row) == "photos/a.b.txt"
    assert sidecar_name({**row, "path": "/abs/../x.png"}) == "abs/__/x.txt"
    assert sidecar_name({**row, "kind": "url", "path": "http://h:8000/i/c.jpg?s=1"}) == "h_8000/i/c_s_1.txt"
    assert sidecar_name({**row, "kind": "tar", "path": "d/s.tar", "member": "k/1.jpg"}) == "d/s/k/1.txt"
    assert sidecar_name({**row, "kind": "video", "path": "v.mp4", "timestamp": 12.0}) == "v/t000012.000.txt"



def test_video_scenes_caption_each_shot_once(tmp_path):
    # shots of 1.5 s at 10 fps: sampled every second they give 6 frames, two of them from the
    # same shot twice; sampled at the cuts they give one frame per shot, at the cut itself
    from conftest import make_cut_video

    video = tmp_path / "shots.avi"
    cuts = make_cut_video(video, photos=("chelsea", "coffee", "rocket", "astronaut"), seconds_each=1.5, fps=10,
                          size=(384, 288))
    assert [i.frame for i in iter_items([video], 1.0)] == [0, 10, 20, 30, 40, 50]
    out = tmp_path / "shots.jsonl"
    summary = run_batch([video], out, config(), BatchOptions(workers=1, video_scenes=True, video_every=0.5))
    rows = sorted(read_rows(out), key=lambda r: r["timestamp"])
    assert summary.captioned == 4 and [r["timestamp"] for r in rows] == [0.0, 1.5, 3.0, 4.5]
    assert [round(r["timestamp"] * 10) for r in rows[1:]] == cuts
    assert all(r["error_type"] is None for r in rows)
    assert len({r["caption"] for r in rows}) == 4, [r["caption"] for r in rows]  # four shots, four captions
    assert "cat" in rows[0]["caption"] and "rocket" in rows[2]["caption"]
    with pytest.raises(JobMismatchError, match="video_scenes"):  # another sampling is another job
        run_batch([video], out, config(), BatchOptions(workers=1, video_every=0.5))

# -- one job over everything: every input has exactly one row, bad ones say why --------------

def test_local_job_captions_every_kind_and_keeps_going_past_bad_inputs(dataset, server, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join([server.url("img/cat.jpg"), server.url("slow/square.png"), server.url("img/nope.jpg"),
                               server.url("stall/cat.jpg"), server.url("flaky/square.png"),
                               server.url("img/junk.jpg")]) + "\n")
    bomb = tmp_path / "bomb.png"
    Image.new("L", (10_000, 9_000), 0).save(bomb, optimize=True)  # 90 M pixels, a small file
    inputs = [dataset["photos"], dataset["shard"], dataset["video"], urls, bomb, tmp_path / "missing.jpg"]
    progress = []
    out = tmp_path / "out.parquet"
    summary = run_batch(inputs, out, config(), BatchOptions(workers=2, batch_size=3, part_size=4,
                                                            load=LoadOptions(url_timeout=1.5, url_retries=1)),
                        progress=progress.append)
    rows = rows_by_id(read_rows(out))
    ok = {i: r for i, r in rows.items() if r["error_type"] is None}
    failed = {i: r["error_type"] for i, r in rows.items() if r["error_type"] is not None}
    photos = dataset["photos"]
    assert failed == {
        str(photos / "broken.jpg"): "CorruptImageError", str(photos / "empty.png"): "NotAnImageError",
        str(photos / "text.jpg"): "NotAnImageError", f"{dataset['shard']}#002.png": "NotAnImageError",
        server.url("img/nope.jpg"): "DownloadError", server.url("stall/cat.jpg"): "DownloadError",
        server.url("img/junk.jpg"): "NotAnImageError", str(bomb): "ImageTooLargeError",
        str(tmp_path / "missing.jpg"): "ImageNotFoundError"}
    assert "HTTP 404" in rows[server.url("img/nope.jpg")]["error_message"]
    assert "no answer within 1.5 s" in rows[server.url("stall/cat.jpg")]["error_message"]
    assert len(ok) == 5 + 2 + 4 + 3  # photos, shard members, video frames, URLs (slow and flaky ones too)
    assert ok[str(photos / "street" / "square.png")]["caption"] == SQUARE
    assert ok[server.url("slow/square.png")]["caption"] == SQUARE
    assert ok[server.url("flaky/square.png")]["caption"] == SQUARE  # 503, retried
    assert ok[f"{dataset['shard']}#001.png"]["caption"] == SQUARE and ok[f"{dataset['shard']}#001.png"]["member"] == "001.png"
    assert "cat" in ok[str(photos / "chelsea.jpg")]["caption"].lower()
    assert "pixel world" in ok[str(photos / "terminal.png")]["text"]
    frames = sorted((r for r in ok.values() if r["kind"] == "video"), key=lambda r: r["timestamp"])
    assert [r["timestamp"] for r in frames] == [0.0, 1.0, 2.0, 3.0]
    assert len({r["caption"] for r in frames}) >= 3  # four different shots
    for r in ok.values():
        assert r["backend"] == "offline" and r["encoder"].startswith("efficientnet_lite0") and r["width"] > 0
        assert json.loads(r["facts"])["width"] == r["width"] and r["total_ms"] is not None
        assert r["labels"] is not None
    assert summary.captioned == len(ok) and summary.failed == len(failed) and summary.skipped == 0
    assert summary.errors["DownloadError"] == 2 and summary.workers == 2
    assert len(summary.worker_peak_rss_mib) == 2 and all(m > 50 for m in summary.worker_peak_rss_mib)
    assert progress[-1].processed == len(rows) and any(p.to_do == len(rows) for p in progress)
    assert len(list(out.glob("part-*.parquet"))) >= 6  # written in parts as it went
    # rerun: nothing left to do, nothing duplicated
    again = run_batch(inputs, out, config(), BatchOptions(workers=1, load=LoadOptions(url_timeout=1.5)))
    assert (again.captioned, again.failed, again.skipped, again.skipped_failed) == (0, 0, len(rows), len(failed))
    assert len(read_rows(out)) == len(rows)


# -- resume and retry ------------------------------------------------------------------------

def test_retry_failed_replaces_the_failed_rows_in_jsonl(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "a.png")
    (folder / "b.png").write_bytes(b"half an image")
    out = tmp_path / "caps.jsonl"
    first = cli(folder, "-o", out, "--workers", "1", "--json")
    assert first.returncode == 1, first.stderr
    assert json.loads(first.stdout)["failed"] == 1
    red_square((300, 300)).save(folder / "b.png")  # fixed
    second = cli(folder, "-o", out, "--workers", "1")
    assert second.returncode == 1 and "2 already done (1 of them failed before)" in second.stdout
    assert "--retry-failed" in second.stdout
    third = cli(folder, "-o", out, "--workers", "1", "--retry-failed", "--json")
    assert third.returncode == 0, third.stderr
    summary = json.loads(third.stdout)
    assert (summary["captioned"], summary["retried"], summary["skipped"]) == (1, 1, 1)
    rows = rows_by_id(read_rows(out))
    assert set(rows) == {str(folder / "a.png"), str(folder / "b.png")}
    assert all(r["caption"] == SQUARE and r["error_type"] is None for r in rows.values())
    assert isinstance(rows[str(folder / "a.png")]["facts"], dict)  # JSONL: facts as an object


def test_txt_sidecars_mirror_the_inputs_and_survive_a_crash_before_them(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    red_square().save(folder / "a.png")
    red_square().save(folder / "sub" / "b.png")
    (folder / "bad.png").write_bytes(b"")
    out = tmp_path / "captions"
    summary = run_batch([folder], f"{out}/", config(), BatchOptions(workers=1))
    assert summary.format == "txt" and summary.failed == 1
    rel = str(folder).lstrip("/")
    assert (out / rel / "a.txt").read_text() == SQUARE + "\n"
    assert (out / rel / "sub" / "b.txt").read_text() == SQUARE + "\n"
    assert not (out / rel / "bad.txt").exists()
    # a run killed after a part but before its sidecars: the next run writes them
    (out / rel / "a.txt").unlink()
    for marker in (out / ".pixel-llm").glob("*.sidecars-done"):
        marker.unlink()
    again = run_batch([folder], out, config(), BatchOptions(workers=1, format="txt"))
    assert again.captioned == 0 and (out / rel / "a.txt").read_text() == SQUARE + "\n"


def test_kill_9_mid_run_then_rerun_gives_every_image_exactly_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rng = random.Random()
    base = [photo(n) for n in ("chelsea", "coffee", "rocket", "astronaut")]
    for i in range(90):
        Image.fromarray(base[i % 4]).resize((96 + i, 72 + i)).save(folder / f"img{i:03d}.jpg", quality=80)
    out = tmp_path / "out.parquet"
    args = [*CLI, str(folder), "-o", str(out), "--workers", "1", "--batch-size", "2", "--part-size", "2",
            *CLI_OPTIONS]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
    want = rng.randint(2, 6)  # a different crash point each run
    deadline = time.monotonic() + 120
    while len(list(out.glob("part-*.parquet"))) < want and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = _spawned_workers(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL and workers
    before = rows_by_id(read_rows(out))  # complete parts only: no duplicates, all readable
    assert want * 2 <= len(before) < 90, "the job finished before it could be killed"
    for pid in workers:  # the worker processes notice and exit
        for _ in range(100):
            if not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]:
                break
            time.sleep(0.1)
        else:
            pytest.fail(f"worker {pid} outlived the killed job")

    rerun = subprocess.run([*args, "--json"], capture_output=True, text=True, timeout=240, env=ENV, cwd=ROOT)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["skipped"] == len(before) and summary["captioned"] == 90 - len(before)
    after = rows_by_id(read_rows(out))
    assert set(after) == {str(p) for p in folder.iterdir()}
    assert all(after[i]["caption"] == before[i]["caption"] for i in before)  # done rows were kept, not redone
    assert not [p for p in out.iterdir() if p.name.startswith(".tmp-")]


# -- guards ------------------------------------------------------------------------------------

def test_outputs_that_are_not_ours_or_other_settings_are_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "a.png")
    foreign = tmp_path / "data.parquet"
    foreign.mkdir()
    (foreign / "precious.parquet").write_bytes(b"x")
    with pytest.raises(OutputError, match="not a pixel-llm batch output"):
        run_batch([folder], foreign, config(), BatchOptions(workers=1))
    assert (foreign / "precious.parquet").read_bytes() == b"x"
    (tmp_path / "notes.jsonl").write_text("mine\n")
    with pytest.raises(OutputError, match="not written by pixel-llm batch"):
        run_batch([folder], tmp_path / "notes.jsonl", config(), BatchOptions(workers=1))
    with pytest.raises(OutputError, match="cannot tell the output format"):
        run_batch([folder], tmp_path / "out.csv", config())

    out = tmp_path / "out.parquet"
    assert run_batch([folder], out, config(), BatchOptions(workers=1)).captioned == 1
    with pytest.raises(JobMismatchError, match="max_length: 100 → 5") as info:
        run_batch([folder], out, config(max_length=5), BatchOptions(workers=1))
    assert info.value.differences == {"max_length": (100, 5)}
    proc = cli(folder, "-o", out, "--max-length", "5")
    assert proc.returncode == 2 and "other settings" in proc.stderr and "Traceback" not in proc.stderr
    redone = run_batch([folder], out, config(max_length=5), BatchOptions(workers=1, overwrite=True))
    assert redone.captioned == 1 and len(read_rows(out)) == 1


def test_parquet_through_a_pyarrow_filesystem_uri_and_cli_progress(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "a.png")
    (folder / "b.png").write_bytes(b"")
    uri = f"file://{tmp_path}/remote.parquet"
    proc = cli(folder, "-o", uri, "--workers", "1", "--progress", "--json")
    assert proc.returncode == 1, proc.stderr
    assert "img/s" in proc.stderr and "ETA" in proc.stderr
    assert json.loads(proc.stdout)["failed"] == 1
    rows = rows_by_id(read_rows(tmp_path / "remote.parquet"))
    assert rows[str(folder / "a.png")]["caption"] == SQUARE
    again = cli(folder, "-o", uri, "--workers", "1", "--json")
    assert json.loads(again.stdout)["skipped"] == 2


def test_stop_ends_the_job_early_with_finished_rows_kept(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        red_square((100 + i, 100)).save(folder / f"s{i:02d}.png")
    stop = threading.Event()
    out = tmp_path / "out.jsonl"

    def progress(p):
        if p.processed >= 4:
            stop.set()

    summary = run_batch([folder], out, config(), BatchOptions(workers=1, batch_size=2, part_size=1000),
                        progress=progress, stop=stop)
    assert summary.interrupted and 4 <= summary.captioned < 40
    assert len(read_rows(out)) == summary.captioned  # flushed and joined although the part was not full
    rest = run_batch([folder], out, config(), BatchOptions(workers=1))
    assert rest.skipped == summary.captioned and rest.captioned == 40 - summary.captioned
    assert len(rows_by_id(read_rows(out))) == 40


def _spawned_workers(parent: int | None = None) -> list[int]:
    """Worker processes that ``parent`` (this process) started (multiprocessing spawn children)."""
    parent = os.getpid() if parent is None else parent
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            if int(stat[1]) == parent and b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes():
                out.append(int(pid))
        except (OSError, IndexError, ValueError):
            continue
    return out


def test_a_worker_killed_mid_job_is_replaced_and_nothing_is_lost(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        red_square((200 + i, 150)).save(folder / f"s{i:02d}.png")
    killed: list[int] = []

    def progress(p):  # as the OOM killer would: a worker dies with batches in flight
        if not killed and p.processed >= 2:
            for pid in _spawned_workers():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    out = tmp_path / "out.parquet"
    summary = run_batch([folder], out, config(), BatchOptions(workers=1, batch_size=2, part_size=4),
                        progress=progress)
    assert killed
    rows = rows_by_id(read_rows(out))
    assert len(rows) == 30 and summary.captioned == 30 and summary.failed == 0
    assert all(r["caption"] == SQUARE for r in rows.values())
    assert not set(_spawned_workers()) & set(killed)


def test_workers_that_cannot_load_their_models_stop_the_job_with_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    red_square().save(folder / "a.png")
    proc = subprocess.run([*CLI, str(folder), "-o", str(tmp_path / "out.parquet"), "--workers", "1", "--device",
                           "cpu", "--encoder", "dinov2", "--encoder-model", str(tmp_path / "no-weights"), "--strict"],
                          capture_output=True, text=True, timeout=120, env=ENV, cwd=ROOT)
    assert proc.returncode == 2, proc.stderr
    assert "cannot load the captioning models" in proc.stderr and "no-weights" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert read_rows(tmp_path / "out.parquet") == []  # nothing captioned, nothing claimed done
