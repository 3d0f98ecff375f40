"""The Ray engine on a real Ray cluster on this machine (``ray.init(num_cpus=2)``, loopback):
its output equals the local engine's for the same inputs (same rows, captions, facts, errors),
it resumes what another run left, and ``caption_dataset`` plugs into a user's own Ray Data
pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="the Ray engine needs: pip install 'pixel-llm[ray]'")
pytest.importorskip("ray.data")

from batch_material import ImageServer, comparable, jpeg, make_dataset, read_rows, rows_by_id  # noqa: E402
from conftest import photo, red_square  # noqa: E402
from pixel_llm import CompositorConfig  # noqa: E402
from pixel_llm.batch import BatchOptions, LoadOptions, caption_dataset, run_batch  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OFFLINE = dict(encoder_type="bundled", device="cpu", generator="offline")


@pytest.fixture(scope="module")
def cluster():
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    ray.init(num_cpus=2, include_dashboard=False, runtime_env={"env_vars": {"PYTHONPATH": path,
                                                                            "HF_HUB_OFFLINE": "1"}})
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("raydata")
    found = make_dataset(root)
    server = ImageServer({"cat.jpg": jpeg(photo("coffee"), (320, 240))})
    urls = root / "urls.csv"
    urls.write_text(f"url\n{server.url('img/cat.jpg')}\n{server.url('img/gone.jpg')}\n")
    found["inputs"] = [found["photos"], found["shard"], found["video"], urls, root / "missing.png"]
    yield found
    server.close()


def test_ray_engine_output_equals_the_local_engine(cluster, dataset, tmp_path):
    cfg = CompositorConfig(**OFFLINE)
    load = LoadOptions(url_timeout=5)
    local = run_batch(dataset["inputs"], tmp_path / "local.parquet", cfg,
                      BatchOptions(workers=2, batch_size=4, part_size=5, load=load))
    remote = run_batch(dataset["inputs"], tmp_path / "ray.parquet", cfg,
                       BatchOptions(engine="ray", batch_size=4, part_size=5, ray_concurrency=2, load=load))
    a, b = rows_by_id(read_rows(tmp_path / "local.parquet")), rows_by_id(read_rows(tmp_path / "ray.parquet"))
    assert set(a) == set(b) and len(a) == 8 + 3 + 4 + 2 + 1
    for key in a:
        assert comparable(a[key]) == comparable(b[key]), key
    errors = {r["error_type"] for r in a.values()} - {None}
    assert errors == {"CorruptImageError", "NotAnImageError", "DownloadError", "ImageNotFoundError"}
    assert (remote.captioned, remote.failed, remote.errors) == (local.captioned, local.failed, local.errors)
    assert remote.engine == "ray" and remote.workers == 2
    assert len(list((tmp_path / "ray.parquet").glob("part-*.parquet"))) >= 5


def test_ray_engine_resumes_a_partial_output_without_duplicates(cluster, dataset, tmp_path):
    cfg = CompositorConfig(**OFFLINE)
    out = tmp_path / "out.jsonl"
    first = run_batch([dataset["photos"]], out, cfg, BatchOptions(workers=1))
    second = run_batch([dataset["photos"], dataset["shard"]], out, cfg,
                       BatchOptions(engine="ray", ray_concurrency=2, batch_size=2, retry_failed=True))
    assert second.retried == first.failed == 3
    assert second.skipped == first.captioned and second.captioned + second.failed == 3 + 3
    rows = rows_by_id(read_rows(out))
    assert len(rows) == 8 + 3


def test_caption_dataset_in_a_users_pipeline(cluster, tmp_path):
    folder = tmp_path / "imgs"
    folder.mkdir()
    red_square().save(folder / "square.png")
    (folder / "cat.jpg").write_bytes(jpeg(photo("chelsea"), (320, 240)))
    (folder / "junk.png").write_bytes(b"junk")
    cfg = CompositorConfig(**OFFLINE)
    # encoded bytes with their paths, as Ray reads files
    ds = ray.data.read_binary_files(str(folder), include_paths=True)
    rows = {Path(r["id"]).name: r for r in caption_dataset(ds, cfg, concurrency=1, batch_size=2).take_all()}
    assert rows["square.png"]["caption"] == "A red square on a white background"
    assert "cat" in rows["cat.jpg"]["caption"].lower()
    assert rows["junk.png"]["error_type"] == "NotAnImageError" and rows["junk.png"]["caption"] is None
    assert "bytes" not in rows["square.png"]
    # a column of paths, with the user's own columns passed through
    table = ray.data.from_items([{"path": str(folder / "square.png"), "split": "train"},
                                 {"path": str(folder / "nope.png"), "split": "val"}])
    out = {r["path"]: r for r in caption_dataset(table, cfg, concurrency=1).take_all()}
    assert out[str(folder / "square.png")]["caption"] == "A red square on a white background"
    assert out[str(folder / "square.png")]["split"] == "train"
    assert out[str(folder / "nope.png")]["error_type"] == "ImageNotFoundError"
