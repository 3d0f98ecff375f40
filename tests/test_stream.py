"""Live frames with real content: a video of real photos with hard cuts, frames pushed by a
host, outputs (VTT, JSONL, annotated frames), bad sources, Ctrl-C."""

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time

import numpy as np
import pytest

from conftest import make_cut_video, photo
from pixel_llm import CompositorConfig, CompositorIntegrator, SourceError
from pixel_llm.stream import AnnotatedWriter, JsonlWriter, VttWriter

OFFLINE = dict(encoder_type="bundled", device="cpu", generator="offline")


@pytest.fixture(scope="module")
def cut_video(tmp_path_factory):
    path = tmp_path_factory.mktemp("video") / "cuts.avi"
    cuts = make_cut_video(path)
    return path, cuts


async def test_video_scene_changes_match_the_cuts(cut_video):
    path, cuts = cut_video
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        stream = it.stream(path, realtime=False)
        events = [e async for e in stream]
    changes = [e for e in events if e.scene_changed]
    assert [e.index - 1 for e in changes[1:]] == cuts  # every cut found, nothing else
    assert [round(e.timestamp, 1) for e in changes] == [0.0, 2.0, 4.0, 6.0]
    assert "cat" in changes[0].caption and "espresso" in changes[1].caption and "rocket" in changes[2].caption
    stats = stream.stats
    assert stats.frames_seen == stats.frames_processed == len(events) == 240  # every frame, none dropped
    assert stats.captions == 4 and stats.frames_encoded < 20
    assert stats.reused_by_hash + stats.reused_by_features + stats.recaptioned_same == 236
    assert all(not e.scene_changed and e.reused in ("hash", "features", "caption") for e in events if e not in changes)


async def test_realtime_video_plays_at_its_own_pace_and_ends(cut_video):
    path, _ = cut_video
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        stream = it.stream(path, changes_only=True)
        t = time.monotonic()
        events = [e async for e in stream]
        elapsed = time.monotonic() - t
    assert len(events) == 4 and stream.stats.frames_seen == 240
    assert elapsed >= 7.5  # an 8 s video is not read faster than real time
    assert stream.stats.frames_processed + stream.stats.frames_dropped == 240


class SlowModel:
    def caption(self, image, features, facts, max_length):
        time.sleep(0.05)
        return f"mean {int(image.mean())}"


async def test_latest_frame_wins_when_the_host_pushes_faster_than_captions():
    frames = [np.full((48, 64, 3), i, np.uint8) for i in range(0, 250, 5)]  # 50 distinct frames

    async def host():
        for f in frames:
            yield f
            await asyncio.sleep(0.005)

    async with CompositorIntegrator(CompositorConfig(encoder_type="random", device="cpu", ocr="off"),
                                    model=SlowModel()) as it:
        stream = it.stream(host(), scene_detection=False)
        events = [e async for e in stream]
    stats = stream.stats
    assert stats.frames_seen == 50 and stats.frames_dropped > 10
    assert len(events) == stats.frames_processed == 50 - stats.frames_dropped
    assert [e.index for e in events] == sorted(e.index for e in events)
    assert events[-1].caption == "mean 245"  # the newest frame was captioned, not a stale one
    assert max(e.lag for e in events) < 1.0  # never falls further and further behind


async def test_max_rate():
    async def host():
        for i in range(60):
            yield np.full((32, 32, 3), (i * 4) % 256, np.uint8)
            await asyncio.sleep(0.01)

    async with CompositorIntegrator(CompositorConfig(encoder_type="random", device="cpu", ocr="off")) as it:
        stream = it.stream(host(), max_rate=10, scene_detection=False)
        t = time.monotonic()
        events = [e async for e in stream]
        elapsed = time.monotonic() - t
    assert len(events) <= elapsed * 10 + 2
    assert stream.stats.frames_dropped >= 60 - len(events) - 1


async def test_bad_frames_are_skipped_and_counted():
    async def host():
        yield np.zeros((32, 32, 3), np.uint8)
        yield np.zeros((32, 32, 3), np.int64)  # wrong dtype
        yield "not a frame"
        yield np.zeros((0, 32, 3), np.uint8)
        yield np.full((32, 32, 3), 255, np.uint8)
        await asyncio.sleep(0)

    async with CompositorIntegrator(CompositorConfig(encoder_type="random", device="cpu", ocr="off")) as it:
        stream = it.stream(host(), scene_detection=False, realtime=False)  # every frame: the host waits
        events = [e async for e in stream]
    assert len(events) == 2 and stream.stats.frames_skipped_bad == 3


async def test_encoded_frames_are_decoded_when_taken_and_bad_ones_reported():
    """A host may push encoded frames (``Frame(prepare_frame(bytes), ...)``, as the live socket
    does): decoded only when the stream takes them; an event carries the decoded pixels, and a
    frame that does not decode reaches ``on_skipped`` with its typed error."""
    import io

    from PIL import Image

    from pixel_llm.errors import NotAnImageError
    from pixel_llm.imageio import prepare_frame
    from pixel_llm.stream import Frame

    buf = io.BytesIO()
    Image.fromarray(photo("coffee")).save(buf, "PNG")

    async def host():
        yield Frame(prepare_frame(buf.getvalue()), 1, 0.0)
        yield Frame(prepare_frame(b"not an image"), 2, 0.1)

    skipped = []
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        stream = it.stream(host(), realtime=False)
        stream.on_skipped = lambda frame, exc: skipped.append((frame.index, type(exc)))
        events = [e async for e in stream]
    assert [e.index for e in events] == [1] and "espresso" in events[0].caption
    assert isinstance(events[0].image, np.ndarray) and events[0].image.shape[2] == 3
    assert skipped == [(2, NotAnImageError)]


async def test_missing_sources_are_clear_errors(tmp_path):
    bad = tmp_path / "notes.mp4"
    bad.write_text("not a video")
    async with CompositorIntegrator(CompositorConfig(encoder_type="random", device="cpu", ocr="off")) as it:
        for source, message in [(9, "no camera at index 9"), (tmp_path / "missing.mp4", "no such video file"),
                                (bad, "cannot open video"), ("screen:1,2,x,4", "screen region")]:
            with pytest.raises(SourceError, match=message):
                async for _ in it.stream(source):
                    pass
        # and it still works afterwards
        assert await it.caption_frame(photo("coffee"))


async def test_outputs(cut_video, tmp_path):
    path, _ = cut_video
    vtt, jsonl, frames_dir = tmp_path / "out.vtt", tmp_path / "out.jsonl", tmp_path / "frames"
    writers = [VttWriter(vtt), JsonlWriter(jsonl), AnnotatedWriter(frames_dir)]
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        async for event in it.stream(path, realtime=False, changes_only=True):
            for w in writers:
                w.add(event)
    for w in writers:
        w.close(8.0)
    text = vtt.read_text()
    assert text.startswith("WEBVTT\n\n")
    cues = re.findall(r"(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n(.+)\n", text)
    assert [c[0] for c in cues] == ["00:00:00.000", "00:00:02.000", "00:00:04.000", "00:00:06.000"]
    assert cues[-1][1] == "00:00:08.000" and "cat" in cues[0][2]
    lines = [json.loads(l) for l in jsonl.read_text().splitlines()]
    assert len(lines) == 4 and lines[1]["scene_changed"] and "espresso" in lines[1]["caption"]
    images = sorted(frames_dir.glob("*.jpg"))
    assert len(images) == 4
    import cv2

    annotated = cv2.imread(str(images[0]))
    band = annotated[-30:, :, :]
    assert (band[:, :, 1] > 200).sum() > 50  # green caption text on the dark band


def test_ctrl_c_stops_cleanly_and_flushes(cut_video, tmp_path):
    path, _ = cut_video
    vtt = tmp_path / "live.vtt"
    proc = subprocess.Popen([sys.executable, "-m", "pixel_llm", "stream", str(path), "--vtt", str(vtt),
                             "--encoder", "bundled", "--device", "cpu", "--generator", "offline"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"},
                            # Ctrl-C as a user at a terminal sends it: a shell that runs the
                            # tests in the background (`.ci/run &`) has SIGINT ignored, and the
                            # stream would inherit that and play to its end
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not vtt.exists() or vtt.read_text().count("-->") < 1):
        time.sleep(0.2)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    text = vtt.read_text()
    assert text.startswith("WEBVTT") and text.count("-->") >= 2  # the open cue was flushed too
    assert '"stats"' in err


async def test_leaving_a_stream_early_stops_its_video_reader(cut_video):
    # a reader thread left decoding when the interpreter exits aborts the process (CI saw
    # "terminate called without an active exception" and exit -6 on Ctrl-C)
    path, _ = cut_video

    def readers():
        return [t for t in threading.enumerate() if t.name.startswith("pixel-llm-source-")]

    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        stream = it.stream(path)
        async for event in stream:
            if event.index >= 5:
                break
        await stream.aclose()
        assert readers() == []
        async for event in it.stream(path):  # left without aclose: closing the integrator stops it
            if event.index >= 5:
                break
        assert len(readers()) == 1
    assert readers() == []


async def test_annotated_video_output(cut_video, tmp_path):
    import cv2

    path, _ = cut_video
    out = tmp_path / "annotated.avi"
    writer = AnnotatedWriter(out, fps=10)
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        async for event in it.stream(path, realtime=False, changes_only=True):
            writer.add(event)
    writer.close()
    cap = cv2.VideoCapture(str(out))
    frames = []
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        frames.append(frame)
    cap.release()
    assert len(frames) == 4 and frames[0].shape == (576, 768, 3)
    assert (frames[0][-30:, :, 1] > 200).sum() > 50  # the caption is drawn
