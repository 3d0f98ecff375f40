"""Everyday words for ImageNet-1k classes.

The classifier's 1000 classes are fine-grained (118 dog breeds, "Granny Smith", "tusker").
People say "a dog", "an apple", "an elephant". ``GROUPS`` maps class indices to the word a
person would use; the fine name is kept only when the classifier is sure of it. Classes not
listed here are their own group, named by their first lemma.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# (first index, last index inclusive, everyday word)
_RANGES = [
    (0, 1, "fish"), (2, 4, "shark"), (5, 6, "ray"), (7, 8, "chicken"), (9, 9, "ostrich"),
    (10, 24, "bird"), (25, 29, "salamander"), (30, 32, "frog"), (33, 37, "turtle"),
    (38, 48, "lizard"), (49, 50, "crocodile"), (52, 68, "snake"), (70, 70, "spider"),
    (72, 77, "spider"), (80, 100, "bird"), (101, 101, "elephant"), (104, 104, "kangaroo"),
    (110, 111, "worm"), (118, 121, "crab"), (122, 124, "lobster"), (125, 125, "crab"),
    (127, 144, "bird"), (145, 145, "penguin"), (146, 146, "bird"), (147, 148, "whale"),
    (151, 268, "dog"), (269, 272, "wolf"), (273, 275, "wild dog"), (277, 280, "fox"),
    (281, 285, "cat"), (294, 297, "bear"), (300, 307, "beetle"), (319, 320, "dragonfly"),
    (321, 326, "butterfly"), (330, 332, "rabbit"), (339, 339, "horse"), (341, 343, "pig"),
    (345, 345, "cow"), (346, 347, "buffalo"), (348, 349, "sheep"), (350, 350, "goat"),
    (351, 353, "antelope"), (354, 354, "camel"), (356, 359, "weasel"), (365, 367, "ape"),
    (368, 382, "monkey"), (383, 384, "lemur"), (385, 386, "elephant"), (388, 388, "panda"),
    (389, 397, "fish"), (991, 997, "mushroom"), (981, 983, "person"),
]

_BY_NAME = {
    "car": ["beach wagon", "cab", "convertible", "jeep", "limousine", "minivan", "Model T",
            "pickup", "racer", "sports car", "ambulance", "police van", "go-kart"],
    "truck": ["fire engine", "garbage truck", "moving van", "tow truck", "trailer truck"],
    "bus": ["minibus", "school bus", "trolleybus"],
    "boat": ["canoe", "catamaran", "fireboat", "gondola", "lifeboat", "speedboat", "trimaran",
             "yawl", "schooner", "paddle"],
    "ship": ["aircraft carrier", "container ship", "liner", "pirate", "submarine", "wreck"],
    "airplane": ["airliner", "warplane", "wing"],
    "bicycle": ["bicycle-built-for-two", "mountain bike", "tricycle", "unicycle"],
    "scooter": ["moped", "motor scooter"],
    "train": ["bullet train", "electric locomotive", "freight car", "passenger car",
              "steam locomotive", "streetcar"],
    "rocket": ["missile", "projectile"],
    "computer": ["desktop computer", "laptop", "notebook", "hand-held computer"],
    "screen": ["monitor", "screen", "television"],
    "keyboard": ["computer keyboard", "typewriter keyboard", "space bar"],
    "phone": ["cellular telephone", "dial telephone", "pay-phone"],
    "web page": ["web site"],
    "clock": ["analog clock", "digital clock", "wall clock"],
    "guitar": ["acoustic guitar", "electric guitar"],
    "piano": ["grand piano", "upright"],
    "cup": ["coffee mug", "cup"],
    "coffee": ["espresso"],
    "chair": ["barber chair", "folding chair", "rocking chair"],
    "flower": ["daisy", "yellow lady's slipper"],
    "mushroom": ["mushroom", "agaric"],
    "apple": ["Granny Smith"],
    "burger": ["cheeseburger"],
    "bottle": ["beer bottle", "pop bottle", "wine bottle", "water bottle", "pill bottle"],
    "camera": ["reflex camera", "Polaroid camera"],
    "shoe": ["running shoe", "Loafer", "clog", "cowboy boot", "sandal"],
    "hat": ["cowboy hat", "sombrero", "bonnet"],
    "sunglasses": ["sunglass", "sunglasses"],
    "bridge": ["steel arch bridge", "suspension bridge", "viaduct"],
    "shop": ["bakery", "barbershop", "bookshop", "butcher shop", "confectionery", "shoe shop",
             "tobacco shop", "toyshop", "grocery store"],
    "T-shirt": ["jersey"],
    "mountain": ["alp"],
}

# The general word a person uses when the everyday word is not sure: "a vehicle" where the
# classifier hesitates between a bus, a train and a streetcar, "a landscape" between a valley, a
# cliff and a mountain. (everyday word or first lemma → category)
_CATEGORY_WORDS = {
    "vehicle": ["car", "truck", "bus", "train", "boat", "ship", "airplane", "bicycle", "scooter", "tank", "tractor",
                "snowplow", "golfcart", "horse cart", "jinrikisha", "recreational vehicle", "harvester", "thresher",
                "forklift", "half track", "airship", "space shuttle", "amphibian", "oxcart"],
    "building": ["church", "palace", "monastery", "mosque", "castle", "barn", "boathouse", "cinema", "greenhouse",
                 "planetarium", "stupa", "restaurant", "prison", "library", "bell cote", "yurt", "cliff dwelling",
                 "shop"],
    "musical instrument": ["accordion", "guitar", "banjo", "bassoon", "cello", "chime", "cornet", "drum", "flute",
                           "French horn", "gong", "piano", "harmonica", "harp", "maraca", "marimba", "oboe", "ocarina",
                           "organ", "panpipe", "sax", "steel drum", "trombone", "violin"],
    "fruit": ["apple", "strawberry", "orange", "lemon", "fig", "pineapple", "banana", "jackfruit", "custard apple",
              "pomegranate"],
    "landscape": ["mountain", "cliff", "geyser", "lakeside", "promontory", "sandbar", "seashore", "valley", "volcano"],
    "food": ["plate", "guacamole", "consomme", "hot pot", "trifle", "ice cream", "ice lolly", "French loaf", "bagel",
             "pretzel", "burger", "hotdog", "mashed potato", "carbonara", "chocolate sauce", "dough", "meat loaf",
             "pizza", "potpie", "burrito"],
    "vegetable": ["head cabbage", "broccoli", "cauliflower", "zucchini", "spaghetti squash", "acorn squash",
                  "butternut squash", "cucumber", "artichoke", "bell pepper", "cardoon"],
}
_ANIMALS = (0, 397)  # ImageNet-1k's classes 0-397 are all animals

# Nicer display names for fine classes whose first lemma reads oddly on its own.
_DISPLAY = {
    "tabby": "tabby cat", "tusker": "elephant", "sorrel": "horse", "cock": "rooster",
    "Egyptian cat": "Egyptian cat", "jersey": "T-shirt", "sunglass": "pair of sunglasses",
    "sunglasses": "pair of sunglasses", "upright": "upright piano", "racer": "race car",
    "pirate": "pirate ship", "pickup": "pickup truck", "cab": "taxi", "drake": "duck",
    "beach wagon": "station wagon", "notebook": "notebook computer", "screen": "screen",
    "web site": "web page", "pop bottle": "soda bottle", "monarch": "monarch butterfly",
    "admiral": "admiral butterfly", "ringlet": "ringlet butterfly", "Granny Smith": "Granny Smith apple",
    "Persian cat": "Persian cat", "kite": "kite (bird)", "crane": "crane", "tiger cat": "tiger cat",
    "missile": "rocket",  # ImageNet's "missile" is sure of a space launch too: a rocket is true of both
}


@lru_cache(maxsize=1)
def imagenet_names() -> tuple[str, ...]:
    """First lemma of each ImageNet-1k class, in class-index order."""
    text = resources.files("pixel_llm.data").joinpath("imagenet_labels.tsv").read_text("utf-8")
    names = [line.split("\t", 1)[1].split(",")[0].strip() for line in text.splitlines() if line]
    if len(names) != 1000:
        raise RuntimeError(f"imagenet_labels.tsv has {len(names)} classes, expected 1000")
    return tuple(names)


@lru_cache(maxsize=1)
def everyday_groups() -> tuple[str, ...]:
    """The everyday word for each ImageNet-1k class index."""
    names = imagenet_names()
    groups = list(names)
    for first, last, word in _RANGES:
        for i in range(first, last + 1):
            groups[i] = word
    index = {n: i for i, n in enumerate(names)}
    for word, members in _BY_NAME.items():
        for member in members:
            groups[index[member]] = word
    return tuple(groups)


@lru_cache(maxsize=1)
def categories() -> tuple[str, ...]:
    """The general word ('animal', 'vehicle', 'building') for each ImageNet-1k class index, or ''."""
    names, groups = imagenet_names(), everyday_groups()
    member = {w: c for c, words in _CATEGORY_WORDS.items() for w in words}
    out = []
    for i, (name, group) in enumerate(zip(names, groups)):
        if _ANIMALS[0] <= i <= _ANIMALS[1]:
            out.append("animal")
        else:
            out.append(member.get(group) or member.get(name) or "")
    return tuple(out)


def display_name(fine: str) -> str:
    return _DISPLAY.get(fine, fine)


def with_article(noun: str) -> str:
    """'a dog', 'an apple', 'a pair of sunglasses'."""
    if noun[:1].lower() in "aeiou" and not noun.lower().startswith(("uni", "eu", "one")):
        return f"an {noun}"
    return f"a {noun}"


_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "mouse": "mice", "goose": "geese",
              "fish": "fish", "sheep": "sheep", "deer": "deer", "knife": "knives", "wolf": "wolves",
              "T-shirt": "T-shirts", "buffalo": "buffaloes", "tomato": "tomatoes", "potato": "potatoes"}
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve")


def plural(noun: str) -> str:
    """'cats', 'espressos', 'boxes', 'butterflies', 'pairs of sunglasses', 'kites (bird)'."""
    for sep in (" of ", " ("):
        if sep in noun:
            head, rest = noun.split(sep, 1)
            return plural(head) + sep + rest
    words = noun.split(" ")
    last = words[-1]
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def number_word(n: int) -> str:
    """'two', ..., 'twelve', then digits."""
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)
