"""Score offline photo captions against the labelled photo set (issue #11). Prints Markdown.

    python benchmarks/bench_photos.py                  # both splits, the offline default
    python benchmarks/bench_photos.py --split tune --show
    python benchmarks/bench_photos.py --encoder efficientnet_lite2 --facts labels,colors,shapes,text
    python benchmarks/bench_photos.py --split external --no-speed   # needs opencv-doc (photoset.py)
    python benchmarks/bench_photos.py --split external2 --no-speed  # needs 5 unpacked packages (photoset.py)
    python benchmarks/bench_photos.py --split external3 --no-speed  # needs 4 more (photoset_external3.py)
    python benchmarks/bench_photos.py --split external4 --no-speed  # needs 5 more (photoset_external4.py)
    python benchmarks/bench_photos.py --split external5 --no-speed  # needs 12 more (photoset_external5.py)
    python benchmarks/bench_photos.py --split external6 --no-speed  # needs 13 more (photoset_external6.py)
    python benchmarks/bench_photos.py --split external7 --no-speed  # needs 19 more (photoset_external7.py)
    python benchmarks/bench_photos.py --split external8 --no-speed  # needs 12 more (photoset_external8.py)

Scores, per split:
- main subject named: the caption names one of the item's ``main`` words (items that have one);
- false statements: a thing or people the caption states that the item does not have (every
  noun the captioner can say is checked, hedged ones included);
- kind of picture wrong: the caption calls a drawing a photo, a photo a drawing, and so on
  (a painting called a photo counts as wrong);
- people counted right: ``result.facts.people.count`` equals the truth (±1 above 3), and the
  caption's people words agree with it;
- several things: items with ``every`` words, all of them named;
- copies counted right: items showing 2 or more of their main thing, the caption says that
  number ('several' counts as right of 3 or more); a number said wrong, anywhere, is a false
  statement.
Then the speed of ``caption_frame`` on a 640×480 photo (p50 over fresh frames), with and
without people detection, and a batch of 64 against sequential.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from photoset import Item, items, skimage_photo  # noqa: E402
from pixel_llm import CompositorConfig, CompositorIntegrator  # noqa: E402
from pixel_llm.config import OBJECT_DETECTORS, PEOPLE_DETECTORS  # noqa: E402
from pixel_llm.facts.colors import NAMES as COLOR_NAMES  # noqa: E402
from pixel_llm.facts.views import same_thing  # noqa: E402
from pixel_llm.facts.vocabulary import categories, display_name, everyday_groups, imagenet_names  # noqa: E402

PEOPLE_WORDS = {"a person": 1, "one person": 1, "two people": 2, "three people": 3, "a group of people": 4,
                "a crowd": 8, "people": 2}
KIND_WORDS = {"black-and-white photo": "bw", "photo": "photo", "drawing": "drawing", "painting": "painting",
              "chart": "chart", "diagram": "chart", "cartoon": "drawing", "sketch": "drawing",
              "screenshot": "screenshot"}
# which kinds each claimed kind is true of (no picture of these sets is a screenshot)
KIND_TRUE = {"photo": {"photo", "bw"}, "bw": {"bw"}, "drawing": {"drawing", "painting", "chart"},
             "painting": {"painting"}, "chart": {"chart"}, "screenshot": set()}
SCENE_WORDS = ("indoors", "outdoors", "sky", "water", "grass", "street", "snow", "beach", "night", "space")


def _claim_vocabulary() -> dict[str, str]:
    """Every phrase the captioner can say for a thing -> the everyday word it claims."""
    vocab: dict[str, str] = {}
    for fine, group in zip(imagenet_names(), everyday_groups()):
        vocab[display_name(fine).lower()] = group.lower()
        vocab[fine.lower()] = group.lower()
        vocab[group.lower()] = group.lower()
    for w in SCENE_WORDS:
        vocab[w] = w
    for w in set(categories()) - {""}:  # the general words: 'animal', 'vehicle', 'landscape', ...
        vocab[w] = w
    for w in ("person", "people", "crowd", "face", "faces"):
        vocab[w] = "person"
    for w in COLOR_NAMES:  # colours are measured, not things ('mostly brown and orange')
        vocab.pop(w, None)
    return vocab


VOCAB = _claim_vocabulary()
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(VOCAB, key=len, reverse=True)) + r")(?:e?s)?\b")
GENERIC = {"photo", "image", "picture", "drawing", "painting", "chart", "diagram", "background", "text", "graphic",
           "shape", "sketch", "cartoon", "screen"}


def claims(caption: str) -> list[str]:
    """The things a caption names (everyday words), e.g. ['cat', 'cup']."""
    body = caption.lower()
    body = re.sub(r'"[^"]*"', " ", body)  # quoted on-screen text is not a claim about things
    out = []
    for m in _PATTERN.finditer(body):
        word = VOCAB[m.group(1)]
        if word not in GENERIC and word not in KIND_WORDS:
            out.append(word)
    return out


def claimed_kind(caption: str) -> str | None:
    low = re.sub(r'"[^"]*"', " ", caption.lower())  # quoted on-screen text claims no kind
    for phrase, kind in KIND_WORDS.items():
        if re.search(rf"\b{re.escape(phrase)}s?\b", low):
            return kind
    return None


NUMBERS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                          "ten", "eleven", "twelve"))}
_NUMBER = re.compile(r"\b(" + "|".join(NUMBERS) + r"|\d+|several|many)\b(?! people)")


def claimed_counts(caption: str) -> list[str]:
    """The numbers a caption says of things (not of people): ['four'], ['several']."""
    body = re.sub(r'"[^"]*"', " ", caption.lower())
    return _NUMBER.findall(body)


def count_right(said: str, truth: int) -> bool:
    """'several'/'many' is right of 3 or more (or of 'many': 0); a number only of exactly that many."""
    if said in ("several", "many"):
        return truth == 0 or truth >= 3
    n = NUMBERS.get(said, int(said) if said.isdigit() else -1)
    return n == truth


def claimed_people(caption: str) -> int | None:
    low = caption.lower()
    for phrase, n in PEOPLE_WORDS.items():
        if re.search(rf"\b{phrase}\b", low):
            return n
    return None


def _category_of_group() -> dict[str, str]:
    """Everyday word -> its general word ('bus' -> 'vehicle'), where all its classes share one."""
    out: dict[str, set[str]] = {}
    for group, category in zip(everyday_groups(), categories()):
        out.setdefault(group.lower(), set()).add(category)
    return {g: next(iter(c)) for g, c in out.items() if len(c) == 1 and "" not in c}


CATEGORY_OF = _category_of_group()


def _true_words(item: Item) -> set[str]:
    words = set()
    for w in item.main + item.allowed + item.every:
        w = w.lower()
        words.add(w)
        words.add(VOCAB.get(w, w))
        words.add(w.rstrip("s"))
        category = CATEGORY_OF.get(VOCAB.get(w, w)) or CATEGORY_OF.get(VOCAB.get(w.rstrip("s"), ""))
        if category:  # a bus is a vehicle: the general word is true of it too
            words.add(category)
    if item.people:
        words.add("person")
    return words


def _squashed(word: str) -> str:
    """'gas mask', 'gas-mask' and ImageNet's 'gasmask' are one word."""
    return re.sub(r"[\s-]", "", word)


def score_item(item: Item, caption: str, facts) -> dict:
    true = _true_words(item)
    named = claims(caption)
    squashed = {_squashed(w) for w in true}
    false = [w for w in named if w not in true and _squashed(w) not in squashed]
    kind = claimed_kind(caption)
    kind_wrong = kind is not None and item.kind not in KIND_TRUE[kind]
    if kind == "screenshot":
        false.append("screenshot")  # a picture called a screen's
    said_people = claimed_people(caption)
    if said_people is not None and not item.people:
        false.append("people")
    main_ok = None
    if item.main:
        mains = {w.lower() for w in item.main} | {VOCAB.get(w.lower(), w.lower()) for w in item.main}
        main_ok = any(w in mains for w in named) or any(re.search(rf"\b{re.escape(m)}", caption.lower())
                                                        for m in mains)
    numbers = claimed_counts(caption)
    false += [f"count {n}" for n in numbers if not count_right(n, item.count)]
    counted_things = bool(numbers) and all(count_right(n, item.count) for n in numbers)
    counted = getattr(getattr(facts, "people", None), "count", 0) or 0
    tolerance = 1 if item.people > 3 else 0
    people_ok = abs(counted - item.people) <= tolerance
    if item.people and said_people is not None and item.people <= 3 and said_people != item.people:
        people_ok = False
    if item.people and said_people is None:
        people_ok = False
    every_ok = all(any(same_thing(VOCAB.get(w, w), n) for n in named) for w in item.every) if item.every else None
    return {"main": main_ok, "false": false, "people": people_ok, "every": every_ok, "count": counted,
            "things counted": counted_things if item.count >= 2 else None,
            "kind_wrong": kind_wrong, "kind": kind}


async def run_set(config: CompositorConfig, split: str, show: bool) -> list[tuple[Item, str, dict]]:
    out = []
    async with CompositorIntegrator(config) as it:
        for item in items(split):
            result = await it.caption_frame_detailed(item.make(), use_cache=False)
            score = score_item(item, result.caption, result.facts)
            out.append((item, result.caption, score))
            if show:
                flag = "" if not score["false"] else f"  FALSE: {score['false']}"
                flag += f"  WRONG KIND: {score['kind']} (is {item.kind})" if score["kind_wrong"] else ""
                main = {True: "ok", False: "MISSED", None: "-"}[score["main"]]
                print(f"| {item.id} | {result.caption} | main {main} | people {score['count']}/{item.people}"
                      f"{'' if score['people'] else ' WRONG'} |{flag}")
    return out


def summary(rows: list[tuple[Item, str, dict]]) -> dict[str, str]:
    with_main = [s for _, _, s in rows if s["main"] is not None]
    several = [s for _, _, s in rows if s["every"] is not None]
    counted = [s for _, _, s in rows if s["things counted"] is not None]
    false = sum(len(s["false"]) for _, _, s in rows)
    false_items = sum(1 for _, _, s in rows if s["false"])
    people = [s["people"] for _, _, s in rows]
    return {
        "images": str(len(rows)),
        "main subject named": f"{sum(s['main'] for s in with_main)}/{len(with_main)} "
                              f"({100 * sum(s['main'] for s in with_main) / max(1, len(with_main)):.0f} %)",
        "false statements (captions with one)": f"{false} ({false_items})",
        "kind of picture wrong (photo/drawing/chart)": str(sum(s["kind_wrong"] for _, _, s in rows)),
        "people counted right": f"{sum(people)}/{len(people)} ({100 * sum(people) / max(1, len(people)):.0f} %)",
        "several things all named": f"{sum(s['every'] for s in several)}/{len(several)}",
        "copies counted right (items of 2+ of a thing)":
            f"{sum(s['things counted'] for s in counted)}/{len(counted)}",
    }


async def speed(config: CompositorConfig, n: int = 60) -> tuple[float, float]:
    """caption_frame p50 (ms) on fresh 640×480 frames of a photo with one person, without and
    with people detection; the two integrators take turns frame by frame, so that a busy
    shared machine slows both alike."""
    base_facts = tuple(f for f in config.facts if f != "people")
    configs = [CompositorConfig(**{**config.to_dict(), "facts": facts}) for facts in (base_facts, base_facts + ("people",))]
    from PIL import Image

    base = np.asarray(Image.fromarray(skimage_photo("astronaut")).resize((640, 480)))
    rng = np.random.default_rng(0)
    times: list[list[float]] = [[], []]
    async with CompositorIntegrator(configs[0]) as a, CompositorIntegrator(configs[1]) as b:
        for it in (a, b):
            await it.caption_frame(base)
        for i in range(n):
            frame = np.clip(base.astype(np.int16) + rng.integers(-3, 4, base.shape), 0, 255).astype(np.uint8)
            for it in ((a, b) if i % 2 else (b, a)):
                t = time.perf_counter()
                await it.caption_frame(frame)
                times[0 if it is a else 1].append((time.perf_counter() - t) * 1e3)
    return statistics.median(times[0]), statistics.median(times[1])


async def batch_speed(config: CompositorConfig, n: int = 64) -> tuple[float, float]:
    names = ("chelsea", "coffee", "astronaut", "rocket", "camera", "motorcycle", "coins", "moon")
    base = [np.asarray(__import__("PIL.Image", fromlist=["Image"]).fromarray(skimage_photo(x)).resize((640, 480)))
            for x in names]
    rng = np.random.default_rng(1)
    frames = [np.clip(base[i % len(base)].astype(np.int16) + rng.integers(-3, 4, base[0].shape), 0, 255)
              .astype(np.uint8) for i in range(n)]
    async with CompositorIntegrator(CompositorConfig(**{**config.to_dict(), "batch_size": 16})) as it:
        await it.caption_frame(base[0])
        t = time.perf_counter()
        await it.caption_batch(frames, use_cache=False)
        batch = n / (time.perf_counter() - t)
        t = time.perf_counter()
        for f in frames:
            await it.caption_frame(f, use_cache=False)
        seq = n / (time.perf_counter() - t)
    return batch, seq


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all",
                        choices=("tune", "held", "all", "external", "external2", "external3", "external4",
                                 "external5", "external6", "external7", "external8"),
                        help="all: tune and held; external: real photos from opencv-doc; external2: real "
                             "pictures from five other Debian packages (photoset.py); external3: from four "
                             "more (photoset_external3.py); external4: from five "
                             "more (photoset_external4.py); external5: from twelve more "
                             "(photoset_external5.py); external6: from thirteen more "
                             "(photoset_external6.py); external7: from nineteen more "
                             "(photoset_external7.py); external8: from twelve more, rich in animals, "
                             "vehicles and look-alikes (photoset_external8.py); each scored on its own")
    parser.add_argument("--encoder", default="efficientnet_lite0")
    parser.add_argument("--facts", default=None, help="comma-separated fact kinds (default: the config's)")
    parser.add_argument("--show", action="store_true", help="print every caption")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--people-detector", default=CompositorConfig.people_detector, choices=PEOPLE_DETECTORS)
    parser.add_argument("--object-detector", default=CompositorConfig.object_detector, choices=OBJECT_DETECTORS,
                        help="auto: the CenterNet object detector when its model is fetched (see pixel_llm.facts.objects)")
    args = parser.parse_args()
    kw = {"encoder_type": args.encoder, "device": "cpu", "generator": "offline", "people_detector": args.people_detector,
          "object_detector": args.object_detector}
    if args.facts:
        kw["facts"] = tuple(args.facts.split(","))
    config = CompositorConfig(**kw)
    splits = ("tune", "held") if args.split == "all" else (args.split,)
    results = {}
    for split in splits:
        if args.show:
            print(f"\n### {split}\n\n| image | caption | main | people |\n|---|---|---|---|")
        results[split] = summary(asyncio.run(run_set(config, split, args.show)))
    print(f"\n| {args.encoder} | " + " | ".join(splits) + " |\n|---|" + "---|" * len(splits))
    for key in results[splits[0]]:
        print(f"| {key} | " + " | ".join(results[s][key] for s in splits) + " |")
    if not args.no_speed:
        print("\n| speed (2-core CPU) | |\n|---|---|")
        without, with_people = asyncio.run(speed(config))
        print(f"| caption_frame p50, 640×480, facts {','.join(f for f in config.facts if f != 'people')} "
              f"| {without:.1f} ms |")
        print(f"| caption_frame p50, 640×480, with people detection ({config.people_detector}) | {with_people:.1f} ms |")
        batch, seq = asyncio.run(batch_speed(config))
        print(f"| 64 photos (640×480, people on): caption_batch (batch_size=16) vs one by one | "
              f"{batch:.1f} vs {seq:.1f} images/s |")


if __name__ == "__main__":
    main()
