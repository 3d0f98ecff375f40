"""A TensorFlow graph read without TensorFlow, cut to the nodes some outputs depend on and
written as an ONNX model for onnxruntime. Two forms are read: a frozen GraphDef (the protobuf wire
format; the SSDLite person detector, :mod:`pixel_llm.facts.ssdlite`) and a TensorFlow.js graph
model (``model.json``, the same GraphDef as JSON, its weights in binary shards; the CenterNet
object detector, :mod:`pixel_llm.facts.objects`).

Only what those two networks are made of is converted: 2-D convolutions (plain and depthwise,
alone or fused with their bias and activation as TensorFlow.js stores them), batch normalisation,
additions, multiplications and subtractions (of tensors, or of a tensor and a scalar), ReLU, ReLU6,
sigmoid, means over the image's height and width, bilinear resizing, concatenation along channels,
identities and constants, in NHWC as TensorFlow stores them. The ONNX model computes in NCHW: the
input is (1, 3, H, W) and each output is (1, C, h, w), as OpenCV's DNN module gives them. Anything
else raises ``ValueError``, so a graph of other operations is never run half converted.

Field numbers of the messages read (tensorflow/core/framework/*.proto): GraphDef 1 node; NodeDef
1 name, 2 op, 3 input, 5 attr (map entries: 1 key, 2 AttrValue); AttrValue 1 list, 2 s, 3 i,
4 f, 6 type, 8 tensor; ListValue 3 i; TensorProto 1 dtype, 2 tensor_shape, 4 tensor_content,
5 float_val; TensorShapeProto 2 dim (1 size).
"""

from __future__ import annotations

import base64
import json
import os
import struct
from dataclasses import dataclass, field

import numpy as np

DT_FLOAT = 1


def _read_varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def fields(data: bytes):
    """(field number, value, the field's raw bytes) of each field of a protobuf message."""
    i = 0
    while i < len(data):
        start = i
        key, i = _read_varint(data, i)
        wire = key & 7
        if wire == 0:
            value, i = _read_varint(data, i)
        elif wire == 2:
            size, i = _read_varint(data, i)
            value, i = data[i:i + size], i + size
        elif wire == 5:
            value, i = data[i:i + 4], i + 4
        elif wire == 1:
            value, i = data[i:i + 8], i + 8
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield key >> 3, value, data[start:i]


def message(field_number: int, payload: bytes) -> bytes:
    return _varint(field_number << 3 | 2) + _varint(len(payload)) + payload


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _ints(value) -> list[int]:
    """A repeated int64 field's values from one occurrence (packed bytes or a single varint)."""
    if isinstance(value, int):
        return [_signed(value)]
    out, i = [], 0
    while i < len(value):
        v, i = _read_varint(value, i)
        out.append(_signed(v))
    return out


@dataclass
class Node:
    name: str
    op: str
    inputs: list[str]
    """Data inputs by node name (a port suffix and control inputs dropped)."""
    attrs: dict[str, bytes] = field(default_factory=dict)
    """Each attribute's AttrValue message, unparsed."""
    raw: bytes = b""

    def attr(self, key: str):
        """The attribute's value: a list of ints, bytes, an int, a float or a tensor (ndarray)."""
        for number, value, _ in fields(self.attrs[key]):
            if number == 1:  # ListValue
                out: list[int] = []
                for n, v, _ in fields(value):
                    if n == 3:
                        out.extend(_ints(v))
                return out
            if number == 2:
                return value
            if number == 3:
                return _signed(value)
            if number == 4:
                return struct.unpack("<f", value)[0]
            if number == 8:
                return tensor(value)
        raise ValueError(f"{self.name}: attribute {key!r} has no value this reader knows")


def nodes(graph: bytes) -> dict[str, Node]:
    """The graph's nodes by name, in their order."""
    out: dict[str, Node] = {}
    for number, value, raw in fields(graph):
        if number != 1:
            continue
        name, op, inputs, attrs = "", "", [], {}
        for f, item, _ in fields(value):
            if f == 1:
                name = item.decode()
            elif f == 2:
                op = item.decode()
            elif f == 3:
                text = item.decode()
                if not text.startswith("^"):  # a control input orders, it passes no data
                    inputs.append(text.split(":")[0])
            elif f == 5:
                key = b""
                for n, v, _ in fields(item):
                    if n == 1:
                        key = v
                    elif n == 2:
                        attrs[key.decode()] = v
        out[name] = Node(name, op, inputs, attrs, raw)
    return out


def tensor(data: bytes) -> np.ndarray:
    """A float TensorProto's values in its shape."""
    dtype, shape, content, floats = None, [], b"", []
    for number, value, _ in fields(data):
        if number == 1:
            dtype = value
        elif number == 2:
            for n, dim, _ in fields(value):
                if n == 2:
                    shape.extend(_signed(v) for k, v, _ in fields(dim) if k == 1)
        elif number == 4:
            content = value
        elif number == 5:
            floats.extend(struct.unpack(f"<{len(value) // 4}f", value))  # packed, or one at a time
    if dtype != DT_FLOAT:
        raise ValueError(f"only float constants are read (dtype {dtype})")
    size = int(np.prod(shape)) if shape else 1
    if content:
        values = np.frombuffer(content, "<f4").copy()
    elif len(floats) == 1 or not floats:  # one value stands for all (TensorFlow's short form)
        values = np.full(size, floats[0] if floats else 0.0, np.float32)
    else:
        values = np.array(floats, np.float32)
    return values.reshape(shape) if shape else values.reshape(())


def needed(found: dict[str, "Node | JsonNode"], outputs: tuple[str, ...], input_node: str) -> set[str]:
    """Names of the nodes ``outputs`` depend on, back to ``input_node`` (not included)."""
    missing = [h for h in outputs if h not in found]
    if missing or input_node not in found:
        raise ValueError(f"the graph lacks {missing or input_node}")
    keep: set[str] = set()
    todo = list(outputs)
    while todo:
        name = todo.pop()
        if name in keep or name == input_node:
            continue
        keep.add(name)
        todo.extend(found[name].inputs)
    return keep


def cut(graph: bytes, outputs: tuple[str, ...], input_node: str) -> bytes:
    """The GraphDef reduced to the nodes ``outputs`` depend on, with ``input_node`` turned into a
    float placeholder (the network's input). Nodes keep their order; a control input ("^name":
    run after that node, no data from it) is not followed."""
    found = nodes(graph)
    keep = needed(found, outputs, input_node)
    # NodeDef{name: input_node, op: "Placeholder", attr{key: "dtype", value: AttrValue{type: DT_FLOAT}}}
    dtype = message(1, b"dtype") + message(2, _varint(6 << 3) + _varint(DT_FLOAT))
    placeholder = message(1, input_node.encode()) + message(2, b"Placeholder") + message(5, dtype)
    return message(1, placeholder) + b"".join(n.raw for name, n in found.items() if name in keep)


@dataclass
class JsonNode:
    """A node of a TensorFlow.js graph model: the GraphDef's NodeDef as JSON, attributes unparsed
    (``{"list": {"i": [...]}}``, ``{"s": base64}``, ...), a constant's value from the weights."""

    name: str
    op: str
    inputs: list[str]
    attrs: dict = field(default_factory=dict)
    value: np.ndarray | None = None

    def attr(self, key: str):
        """The attribute's value as :meth:`Node.attr` gives it (a list of ints or of bytes, bytes,
        an int, a float or a bool); a Const's ``value`` is its weights."""
        if key == "value" and self.value is not None:
            return self.value
        entry = self.attrs[key]
        if "list" in entry:
            items = entry["list"]
            if "s" in items:
                return [base64.b64decode(v) for v in items["s"]]
            return [int(v) for v in items.get("i", [])]
        if "s" in entry:
            return base64.b64decode(entry["s"])
        if "i" in entry:
            return int(entry["i"])
        if "f" in entry:
            return float(entry["f"])
        if "b" in entry:
            return bool(entry["b"])
        raise ValueError(f"{self.name}: attribute {key!r} has no value this reader knows")


_WEIGHT_TYPES = {"float32": "<f4", "int32": "<i4"}


def tfjs_nodes(model_json: str) -> dict[str, JsonNode]:
    """The nodes of the TensorFlow.js graph model ``model_json`` (a ``model.json`` beside its
    weight shards), constants holding their weights (float16-quantised weights widened back)."""
    folder = os.path.dirname(os.path.abspath(model_json))
    with open(model_json, encoding="utf-8") as f:
        model = json.load(f)
    if model.get("format") != "graph-model":
        raise ValueError(f"{model_json} is not a TensorFlow.js graph model")
    weights: dict[str, np.ndarray] = {}
    for group in model["weightsManifest"]:
        data = b""
        for shard in group["paths"]:
            with open(os.path.join(folder, shard), "rb") as f:
                data += f.read()
        offset = 0
        for w in group["weights"]:
            shape = [int(d) for d in w["shape"]]
            count = int(np.prod(shape)) if shape else 1
            stored = (w.get("quantization") or {}).get("dtype")
            if stored == "float16":
                values = np.frombuffer(data, "<f2", count, offset).astype(np.float32)
                offset += 2 * count
            elif stored is None and w["dtype"] in _WEIGHT_TYPES:
                values = np.frombuffer(data, _WEIGHT_TYPES[w["dtype"]], count, offset)
                offset += values.itemsize * count
            else:
                raise ValueError(f"{w['name']}: weights stored as {stored or w['dtype']} are not read")
            weights[w["name"]] = values.reshape(shape)
    out: dict[str, JsonNode] = {}
    for node in model["modelTopology"]["node"]:
        inputs = [i.split(":")[0] for i in node.get("input", []) if not i.startswith("^")]
        out[node["name"]] = JsonNode(node["name"], node["op"], inputs, node.get("attr", {}), weights.get(node["name"]))
    return out


def _placeholder_side(node) -> int | None:
    """The height a TensorFlow.js input placeholder declares (NHWC or NCHW), if any."""
    dims = [int(d.get("size", -1)) for d in node.attrs.get("shape", {}).get("shape", {}).get("dim", [])] \
        if isinstance(node, JsonNode) else []
    if len(dims) != 4:
        return None
    side = dims[1] if dims[3] in (1, 3) else dims[2]
    return side if side > 0 else None


_NHWC_AXIS = {0: 0, 1: 2, 2: 3, 3: 1, -1: 1}
"""Where an NHWC axis is in NCHW."""


def to_onnx(graph: "bytes | dict[str, Node | JsonNode]", input_node: str, outputs: tuple[str, ...], side: int,
            opset: int = 13):
    """The cut graph (:func:`cut`; or the nodes of :func:`tfjs_nodes`, of which those ``outputs``
    need are converted) as an ONNX model taking a (1, 3, side, side) float input named ``input``
    and giving ``outputs`` (NCHW), same names. Raises ValueError for an operation or an attribute
    outside what this module converts."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    if isinstance(graph, bytes):
        found = nodes(graph)
    else:
        keep = needed(graph, outputs, input_node) | {input_node}
        found = {name: n for name, n in graph.items() if name in keep}
    alias: dict[str, str] = {}
    consts: dict[str, np.ndarray] = {}
    onnx_nodes, inits = [], []

    def ref(name: str) -> str:
        while name in alias:
            name = alias[name]
        return name

    def init(name: str, value: np.ndarray, dtype=np.float32) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value, dtype), name))
        return name

    def add(op: str, inputs: list[str], name: str, **attrs) -> None:
        onnx_nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))

    def nhwc(node) -> None:
        fmt = node.attrs.get("data_format")
        if fmt is not None and node.attr("data_format") != b"NHWC":
            raise ValueError(f"{node.name}: data format {node.attr('data_format')!r}")

    def const(name: str) -> np.ndarray:
        value = consts.get(ref(name))
        if value is None:
            raise ValueError(f"{name} is not a constant")
        return value

    def conv(node, weight: np.ndarray, group: int, out: str) -> None:
        nhwc(node)
        strides = node.attr("strides")
        dilations = node.attr("dilations") if "dilations" in node.attrs else [1, 1, 1, 1]
        padding = node.attr("padding")
        if padding not in (b"SAME", b"VALID") or set(dilations) != {1}:
            raise ValueError(f"{node.name}: padding {padding!r}, dilations {dilations}")
        kw = {"auto_pad": "SAME_UPPER"} if padding == b"SAME" else {}  # TensorFlow's SAME pads the end more
        add("Conv", [ref(node.inputs[0]), init(node.name + "/w", weight)], out, strides=strides[1:3], group=group, **kw)

    def weights(node, depthwise: bool) -> tuple[np.ndarray, int]:
        w = const(node.inputs[1])
        if not depthwise:  # (h, w, in, out) -> (out, in, h, w)
            return w.transpose(3, 2, 0, 1), 1
        kh, kw_, c, m = w.shape  # (h, w, channels, multiplier) -> (channels·m, 1, h, w)
        return w.transpose(2, 3, 0, 1).reshape(c * m, 1, kh, kw_), c

    def activation(op: str, source: str, name: str) -> None:
        if op == "Relu":
            add("Relu", [source], name)
        elif op == "Relu6":
            add("Clip", [source, init(name + "/lo", np.array(0.0)), init(name + "/hi", np.array(6.0))], name)
        elif op == "Sigmoid":
            add("Sigmoid", [source], name)
        else:
            raise ValueError(f"{name}: activation {op} is not converted")

    declared = next((_placeholder_side(n) for n in found.values() if n.op == "Placeholder"), None) or side
    for node in found.values():
        if node.op == "Placeholder":
            alias[node.name] = "input"
        elif node.op == "Const":
            consts[node.name] = node.attr("value")
        elif node.op == "Identity":
            src = ref(node.inputs[0])
            if src in consts:
                consts[node.name] = consts[src]
            else:
                alias[node.name] = src
        elif node.op in ("Conv2D", "DepthwiseConv2dNative"):
            conv(node, *weights(node, node.op == "DepthwiseConv2dNative"), node.name)
        elif node.op in ("_FusedConv2D", "FusedDepthwiseConv2dNative"):
            # TensorFlow.js's fusion: the convolution, its bias (the third input), an activation
            fused = [f.decode() for f in node.attr("fused_ops")]
            if not fused or fused[0] != "BiasAdd" or len(fused) > 2 or len(node.inputs) != 3:
                raise ValueError(f"{node.name}: fused operations {fused}")
            weight, group = weights(node, node.op == "FusedDepthwiseConv2dNative")
            plain = node.name + ("/conv" if len(fused) == 2 else "")
            conv(node, weight, group, plain + "/nobias")
            add("Add", [plain + "/nobias", init(node.name + "/b", const(node.inputs[2]).reshape(1, -1, 1, 1))], plain)
            if len(fused) == 2:
                activation(fused[1], plain, node.name)
        elif node.op == "FusedBatchNorm":
            nhwc(node)
            names = [init(f"{node.name}/{k}", const(i))
                     for k, i in zip(("scale", "bias", "mean", "var"), node.inputs[1:5])]
            add("BatchNormalization", [ref(node.inputs[0]), *names], node.name, epsilon=float(node.attr("epsilon")))
        elif node.op == "BiasAdd":
            nhwc(node)
            bias = init(node.name + "/b", const(node.inputs[1]).reshape(1, -1, 1, 1))
            add("Add", [ref(node.inputs[0]), bias], node.name)
        elif node.op in ("Relu", "Relu6", "Sigmoid"):
            activation(node.op, ref(node.inputs[0]), node.name)
        elif node.op in ("Add", "AddV2", "Mul", "Sub"):
            args = []
            for i in node.inputs:
                if ref(i) in consts:
                    value = consts[ref(i)]
                    if value.ndim:  # a per-channel constant would need its axes moved; none here
                        raise ValueError(f"{node.name}: a constant operand of shape {value.shape}")
                    args.append(init(f"{node.name}/{len(args)}", value))
                else:
                    args.append(ref(i))
            add({"AddV2": "Add"}.get(node.op, node.op), args, node.name)
        elif node.op == "Mean":
            axes = sorted(_NHWC_AXIS[int(a)] for a in np.atleast_1d(const(node.inputs[1])))
            keep_dims = "keep_dims" in node.attrs and node.attr("keep_dims")
            if axes != [2, 3] or not keep_dims:
                raise ValueError(f"{node.name}: a mean over NCHW axes {axes}, keep_dims {keep_dims}")
            add("ReduceMean", [ref(node.inputs[0])], node.name, axes=axes, keepdims=1)
        elif node.op == "ResizeBilinear":
            # a size fixed for the graph's own input side, scaled to this model's (a fully
            # convolutional network runs at other sides: its resizes keep their ratio)
            size = np.asarray(const(node.inputs[1]), np.int64).reshape(2) * side // declared
            corners = "align_corners" in node.attrs and node.attr("align_corners")
            half = "half_pixel_centers" in node.attrs and node.attr("half_pixel_centers")
            mode = "align_corners" if corners else "half_pixel" if half else "asymmetric"
            # the output's sizes: the input's batch and channels, then the constant height and width
            add("Shape", [ref(node.inputs[0])], node.name + "/shape")
            add("Slice", [node.name + "/shape", init(node.name + "/0", np.array([0]), np.int64),
                          init(node.name + "/2", np.array([2]), np.int64)], node.name + "/nc")
            add("Concat", [node.name + "/nc", init(node.name + "/hw", size, np.int64)], node.name + "/sizes", axis=0)
            add("Resize", [ref(node.inputs[0]), "", "", node.name + "/sizes"], node.name, mode="linear",
                coordinate_transformation_mode=mode)
        elif node.op == "ConcatV2":
            axis = _NHWC_AXIS[int(const(node.inputs[-1]))]
            add("Concat", [ref(i) for i in node.inputs[:-1]], node.name, axis=axis)
        else:
            raise ValueError(f"{node.name}: operation {node.op} is not converted")
    graph_proto = helper.make_graph(
        onnx_nodes, "tf_graph",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, side, side])],
        [helper.make_tensor_value_info(ref(o), TensorProto.FLOAT, [1, None, None, None]) for o in outputs], inits)
    model = helper.make_model(graph_proto, opset_imports=[helper.make_opsetid("", opset)],
                              producer_name="pixel_llm.facts.tf_graph")
    onnx.checker.check_model(model)
    return model
