"""A TensorFlow frozen graph read without TensorFlow: the protobuf wire format, the graph cut to
the nodes some outputs depend on, and that cut graph written as an ONNX model for onnxruntime.

Only what the SSDLite person detector's network (:mod:`pixel_llm.facts.ssdlite`) is made of is
converted: 2-D convolutions (plain and depthwise), batch normalisation, bias and residual additions,
ReLU6, identities and constants, in NHWC as TensorFlow stores them. The ONNX model computes in
NCHW: the input is (1, 3, H, W) and each output is (1, C, h, w), as OpenCV's DNN module gives
them. Anything else raises ``ValueError``, so a graph of other operations is never run half
converted.

Field numbers of the messages read (tensorflow/core/framework/*.proto): GraphDef 1 node; NodeDef
1 name, 2 op, 3 input, 5 attr (map entries: 1 key, 2 AttrValue); AttrValue 1 list, 2 s, 3 i,
4 f, 6 type, 8 tensor; ListValue 3 i; TensorProto 1 dtype, 2 tensor_shape, 4 tensor_content,
5 float_val; TensorShapeProto 2 dim (1 size).
"""

from __future__ import annotations

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


def cut(graph: bytes, outputs: tuple[str, ...], input_node: str) -> bytes:
    """The GraphDef reduced to the nodes ``outputs`` depend on, with ``input_node`` turned into a
    float placeholder (the network's input). Nodes keep their order; a control input ("^name":
    run after that node, no data from it) is not followed."""
    found = nodes(graph)
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
    # NodeDef{name: input_node, op: "Placeholder", attr{key: "dtype", value: AttrValue{type: DT_FLOAT}}}
    dtype = message(1, b"dtype") + message(2, _varint(6 << 3) + _varint(DT_FLOAT))
    placeholder = message(1, input_node.encode()) + message(2, b"Placeholder") + message(5, dtype)
    return message(1, placeholder) + b"".join(n.raw for name, n in found.items() if name in keep)


def to_onnx(graph: bytes, input_node: str, outputs: tuple[str, ...], side: int, opset: int = 13):
    """The cut graph (:func:`cut`) as an ONNX model taking a (1, 3, side, side) float input named
    ``input`` and giving ``outputs`` (NCHW), same names. Raises ValueError for an operation or an
    attribute outside what this module converts."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    found = nodes(graph)
    alias: dict[str, str] = {}
    consts: dict[str, np.ndarray] = {}
    onnx_nodes, inits = [], []

    def ref(name: str) -> str:
        while name in alias:
            name = alias[name]
        return name

    def init(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value, np.float32), name))
        return name

    def nhwc(node: Node) -> None:
        fmt = node.attrs.get("data_format")
        if fmt is not None and node.attr("data_format") != b"NHWC":
            raise ValueError(f"{node.name}: data format {node.attr('data_format')!r}")

    def conv(node: Node, weight: np.ndarray, group: int) -> None:
        nhwc(node)
        strides = node.attr("strides")
        dilations = node.attr("dilations") if "dilations" in node.attrs else [1, 1, 1, 1]
        padding = node.attr("padding")
        if padding not in (b"SAME", b"VALID") or set(dilations) != {1}:
            raise ValueError(f"{node.name}: padding {padding!r}, dilations {dilations}")
        kw = {"auto_pad": "SAME_UPPER"} if padding == b"SAME" else {}  # TensorFlow's SAME pads the end more
        onnx_nodes.append(helper.make_node("Conv", [ref(node.inputs[0]), init(node.name + "/w", weight)],
                                           [node.name], name=node.name, strides=strides[1:3], group=group, **kw))

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
        elif node.op == "Conv2D":  # weights (h, w, in, out) -> (out, in, h, w)
            conv(node, consts[ref(node.inputs[1])].transpose(3, 2, 0, 1), 1)
        elif node.op == "DepthwiseConv2dNative":  # (h, w, channels, multiplier) -> (channels·m, 1, h, w)
            w = consts[ref(node.inputs[1])]
            kh, kw_, c, m = w.shape
            conv(node, w.transpose(2, 3, 0, 1).reshape(c * m, 1, kh, kw_), c)
        elif node.op == "FusedBatchNorm":
            nhwc(node)
            names = [init(f"{node.name}/{k}", consts[ref(i)]) for k, i in zip(("scale", "bias", "mean", "var"),
                                                                                 node.inputs[1:5])]
            onnx_nodes.append(helper.make_node("BatchNormalization", [ref(node.inputs[0]), *names], [node.name],
                                               name=node.name, epsilon=float(node.attr("epsilon"))))
        elif node.op == "BiasAdd":
            nhwc(node)
            bias = consts[ref(node.inputs[1])].reshape(1, -1, 1, 1)
            onnx_nodes.append(helper.make_node("Add", [ref(node.inputs[0]), init(node.name + "/b", bias)],
                                               [node.name], name=node.name))
        elif node.op == "Relu6":
            lo, hi = init(node.name + "/lo", np.array(0.0)), init(node.name + "/hi", np.array(6.0))
            onnx_nodes.append(helper.make_node("Clip", [ref(node.inputs[0]), lo, hi], [node.name], name=node.name))
        elif node.op == "Add" and not any(ref(i) in consts for i in node.inputs):
            onnx_nodes.append(helper.make_node("Add", [ref(i) for i in node.inputs], [node.name], name=node.name))
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
