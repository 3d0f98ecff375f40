"""The photo benchmark's ``external3`` split: 41 real pictures from four Debian packages that no
earlier split used, labelled from the pixels before any caption of them was made.

Most come from GCompris (``gcompris-qt-data``): photos of musicians and instruments, farm and
wild animals, monuments, objects and a planet, and three Van Gogh paintings, all read out of the
Qt resource files (``.rcc``) the package ships (:func:`rcc_read` reads them; no Qt needed). The
rest: Picasso's *The Old Guitarist* from ``inkscape-tutorials``, a pie chart, a wizard drawing
and a bluebell photo from ``imagemagick-6-doc``, and three clip-art drawings from ``pysiogame``.
Nothing is copied here: the files are read at build time from ``$PIXEL_LLM_EXT3`` (default
``/work/ext3``), where each package is unpacked as ``dpkg -x`` leaves it::

    export PIXEL_LLM_EXT3=/work/ext3; mkdir -p $PIXEL_LLM_EXT3 && cd $PIXEL_LLM_EXT3
    apt-get download gcompris-qt-data && dpkg -x gcompris-qt-data_*.deb $PIXEL_LLM_EXT3/gcompris-qt-data
    apt-get download imagemagick-6-doc && dpkg -x imagemagick-6-doc_*.deb $PIXEL_LLM_EXT3/imagemagick-6-doc
    apt-get download inkscape-tutorials && dpkg -x inkscape-tutorials_*.deb $PIXEL_LLM_EXT3/inkscape-tutorials
    apt-get download pysiogame && dpkg -x pysiogame_*.deb $PIXEL_LLM_EXT3/pysiogame

(Debian 12 "bookworm" versions when labelled: gcompris-qt-data 3.1-2, imagemagick-6-doc
8:6.9.11.60+dfsg-1.6+deb12u15, inkscape-tutorials 1.2.2-2+deb12u1, pysiogame 4.20.01-1.) Like
``external2`` it is not part of ``all``; score it once with
``bench_photos.py --split external3 --no-speed``.

People were counted on zoomed crops; crowds of specks too small to count (the Eiffel Tower's
lawn, the Colosseum's street, a Japanese festival at night) were left out rather than guessed.

    python benchmarks/photoset.py --dump /tmp/external3 --split external3   # the images as PNG
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

from photoset import Item, Packages, on_white

SPLIT = "external3"
EXT3_DEFAULT = "/work/ext3"
EXT3_PACKAGES = ("gcompris-qt-data", "imagemagick-6-doc", "inkscape-tutorials", "pysiogame")
RCC_SEP = ".rcc:"
"""A path ``PKG/.../NAME.rcc:/inner/path`` names a file inside a Qt resource file."""


EXT3 = Packages("external3", "PIXEL_LLM_EXT3", EXT3_DEFAULT)
ext3_root, ext3_error = EXT3.root, EXT3.error


def _outer(path: str) -> str:
    """The file of the package that ``path`` is read from (the .rcc for a resource)."""
    return path.split(RCC_SEP, 1)[0] + ".rcc" if RCC_SEP in path else path


def ext3_missing(paths) -> list[str]:
    """The packages (first part of each path) whose files in ``paths`` are not under the root."""
    return EXT3.missing(_outer(p) for p in paths)


def rcc_files(data: bytes) -> dict[str, tuple[int, bytes]]:
    """The files of a binary Qt resource (``rcc``) file: inner path -> (flags, stored bytes).
    Format: a ``qres`` header (version, then the offsets of the tree, the data and the names,
    big-endian), tree nodes of 14 bytes (version 1) or 22 (2 and later, with a modification
    time); a node is a folder (flag 2: child count, first child) or a file (data offset)."""
    if data[:4] != b"qres":
        raise ValueError("not a Qt resource file (no 'qres' header)")
    version, tree, blobs, names = struct.unpack(">IIII", data[4:20])
    node = 22 if version >= 2 else 14
    files: dict[str, tuple[int, bytes]] = {}

    def name(offset: int) -> str:
        (length,) = struct.unpack(">H", data[names + offset:names + offset + 2])
        return data[names + offset + 6:names + offset + 6 + 2 * length].decode("utf-16-be")

    def walk(index: int, prefix: str) -> None:
        base = tree + index * node
        name_offset, flags = struct.unpack(">IH", data[base:base + 6])
        here = prefix + name(name_offset) if index else ""
        if flags & 2:
            count, first = struct.unpack(">II", data[base + 6:base + 14])
            for child in range(first, first + count):
                walk(child, here + "/")
        else:
            (offset,) = struct.unpack(">I", data[base + 10:base + 14])
            (size,) = struct.unpack(">I", data[blobs + offset:blobs + offset + 4])
            files[here] = (flags, data[blobs + offset + 4:blobs + offset + 4 + size])

    walk(0, "")
    return files


def rcc_read(rcc: Path, inner: str) -> bytes:
    """The bytes of ``inner`` (``/gcompris/src/...``) in the resource file ``rcc``."""
    files = rcc_files(rcc.read_bytes())
    if inner not in files:
        raise FileNotFoundError(f"{inner} is not in {rcc} (another package version?)")
    flags, blob = files[inner]
    if flags & 1:  # zlib, after a 4-byte uncompressed size (qCompress)
        return zlib.decompress(blob[4:])
    if flags & 4:
        raise ValueError(f"{inner} in {rcc} is zstd-compressed, which this reader does not do")
    return blob


def ext3_photo(path: str, box: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """A file of an unpacked package as RGB (transparent parts on white): ``path`` is relative to
    the root and starts with the package's name; ``PKG/.../X.rcc:/inner`` reads from a resource."""
    root = ext3_root()
    if not (root / _outer(path)).is_file():
        raise ext3_error([path.split("/", 1)[0]])
    if RCC_SEP in path:
        outer, inner = path.split(RCC_SEP, 1)
        source = io.BytesIO(rcc_read(root / (outer + ".rcc"), inner))
    else:
        source = root / path
    with Image.open(source) as im:
        return on_white(im, box)


EXT3_PATHS: dict[str, str] = {}
"""Item id -> the file it is read from, relative to the external3 root (package name first)."""


def X3(id: str, path: str, *args, **kw) -> Item:
    EXT3_PATHS[id] = path
    return Item(id, lambda: ext3_photo(path), *args, split=SPLIT, **kw)


_RCC = "gcompris-qt-data/usr/share/gcompris-qt/rcc/"


def GC(activity: str, inner: str) -> str:
    """A GCompris picture: ``inner`` below the activity's resource folder."""
    return f"{_RCC}{activity}.rcc:/gcompris/src/activities/{activity}/resource/{inner}"


MUSIC = lambda n: GC("explore_world_music", f"music/{n}.webp")  # noqa: E731
FARM = lambda n: GC("explore_farm_animals", f"animals/{n}.webp")  # noqa: E731
WILD = lambda n: GC("explore_world_animals", f"animals/{n}.webp")  # noqa: E731
ERASE = lambda n: GC("erase", f"{n}.webp")  # noqa: E731
MONUMENT = lambda n: GC("explore_monuments", f"{n}.webp")  # noqa: E731
PAINTING = lambda n: GC("details", f"image/{n}_background.webp")  # noqa: E731
THING = lambda n: GC("categorization", f"images/{n}.webp")  # noqa: E731
MAGICK = "imagemagick-6-doc/usr/share/doc/imagemagick-6-common/html/images/"
PYSIO = "pysiogame/usr/share/games/pysiogame/res/images/"
INKSCAPE = "inkscape-tutorials/usr/share/inkscape/tutorials/"

MUSICIAN = ("musician", "musicians", "person", "people", "man", "men", "band", "performer", "performers")
STAGE = ("stage", "concert", "performance", "microphone", "microphones", "mic", "speaker", "speakers",
         "monitor", "loudspeaker", "amplifier", "music", "cables", "indoors")
PAINTING_WORDS = ("painting", "oil painting", "artwork", "art", "Van Gogh", "post-impressionism",
                  "impressionist painting", "canvas")
CLIP_ART = ("drawing", "cartoon", "clip art", "illustration")
FIELD = ("grass", "field", "meadow", "pasture", "outdoors", "lawn")

EXTERNAL3: list[Item] = [
    # people: musicians and actors
    X3("x3_didgeridoo", MUSIC("australia"),
       ("didgeridoo", "man", "person", "musician", "Aboriginal man", "Aboriginal Australian", "performer"),
       ("body paint", "paint", "white paint", "stump", "tree stump", "log", "rock", "stone", "plant", "plants",
        "leaves", "bush", "rope", "ropes", "loincloth", "barefoot", "instrument", "wind instrument", "music",
        "outdoors", "sitting", "stick", "spear"),
       people=1,
       notes="a bare-chested man with white body paint sitting on a stump, blowing a didgeridoo, rock behind "
             "and a leafy plant at the right; 'flute' would be wrong, 'horn' loose"),
    X3("x3_irish_folk_band", MUSIC("ireland"), MUSICIAN + ("folk band", "group"),
       STAGE + ("guitar", "guitars", "bouzouki", "mandolin", "mandola", "banjo", "fiddle", "violin",
                "uilleann pipes", "bagpipes", "pipes", "bow", "instrument", "instruments", "chair", "chairs",
                "curtain", "stand", "stands", "microphone stand", "shirt", "folk music", "Irish music"),
       people=4,
       notes="four men seated on a dark stage: two play bouzouki/mandolin-like instruments, one uilleann pipes "
             "(a bag and chanter on his lap), one a fiddle; more guitars on stands, stage monitors in front. "
             "A wide 1024x416 frame"),
    X3("x3_mariachi", MUSIC("mexico"), MUSICIAN + ("mariachi", "mariachi band", "women", "woman", "group"),
       ("trumpet", "trumpets", "violin", "guitar", "guitarrón", "vihuela", "bow tie", "bow ties", "red bow tie",
        "suit", "suits", "charro suit", "uniform", "uniforms", "white shirt", "shirts", "hand", "hands",
        "instrument", "instruments", "music", "canopy", "roof", "ceiling", "television", "TV", "screen",
        "monitor", "sky", "chairs", "smiling", "smile", "outdoors", "brass"),
       people=8,
       notes="a mariachi band in black suits with red bow ties, shot past the neck of a guitar whose player's "
             "hand fills the bottom left: a woman with a violin, two trumpeters (a man, a woman), a laughing "
             "young man and an older man with a moustache playing guitars, and two onlookers behind (a man "
             "in a plaid shirt, a woman); 7 seen plus the guitarist's hand, counted as 8"),
    X3("x3_roman_play", MUSIC("italy"),
       ("people", "person", "actors", "actor", "performers", "theatre", "theater", "play", "stage", "group",
        "crowd", "men", "women", "man", "woman"),
       ("costume", "costumes", "robes", "robe", "tunic", "tunics", "toga", "togas", "masks", "mask",
        "golden masks", "hood", "hoods", "veil", "veils", "red tunic", "purple dress", "dress", "stage",
        "performance", "drama", "opera", "ancient Rome", "Roman", "kneeling", "dark background", "indoors"),
       people=13,
       notes="a stage play in ancient Roman costume: a man in red, a woman in purple, a kneeling man in a white "
             "tunic, a man pointing, and nine hooded figures in white, most with golden masks; counted 13 on "
             "a zoom (12-14: two bent figures at the right overlap)"),
    X3("x3_orchestra", MUSIC("orchestra"),
       ("orchestra", "symphony orchestra", "chamber orchestra", "musicians", "musician", "people", "person",
        "conductor", "concert", "group", "crowd", "men", "women"),
       ("violin", "violins", "viola", "cello", "cellos", "double bass", "bass", "contrabass", "horn", "horns",
        "French horn", "timpani", "kettledrum", "drums", "harpsichord", "music stand", "music stands", "sheet music",
        "chairs", "red chairs", "seats", "stage", "concert hall", "podium", "suits", "tuxedo", "wood", "floor",
        "wooden floor", "instruments", "indoors", "performance", "classical music"),
       people=41, count=0,
       notes="a chamber orchestra on a wooden stage seen from above, the conductor on a podium in the middle, "
             "empty red chairs behind; counted 41 on two 2x crops (one at the left edge is only legs): "
             "about 40"),
    # instruments without people
    X3("x3_drum_kit_guitar", MUSIC("america"),
       ("drum kit", "drums", "drum", "drum set", "electric guitar", "guitar", "instruments", "musical instruments"),
       ("bass drum", "tom", "toms", "cymbal", "cymbals", "hi-hat", "snare drum", "cables", "cable", "wires",
        "amplifier", "amp", "speaker", "stand", "stands", "floor", "wall", "rehearsal room", "studio", "indoors",
        "Gibson SG", "SG", "sticker", "music"),
       every=("drum", "guitar"),
       notes="a wood-finish drum kit with a black bass-drum head and a brown Gibson SG-style electric guitar "
             "leaning in front, cables on the floor; no people"),
    X3("x3_hand_drums", MUSIC("africa"),
       ("drum", "drums", "hand drum", "hand drums", "djembe", "djembes", "talking drum", "African drums",
        "instrument", "instruments", "percussion"),
       ("grass", "lawn", "outdoors", "rope", "ropes", "cords", "strings", "bells", "rattles", "shakers", "shells",
        "wood", "wooden", "skin", "drumhead", "leather", "lacing"),
       count=3,
       notes="three hourglass-shaped wooden hand drums with white lacing lying on grass, the middle one ringed "
             "with metal jingles; 'bongo' is wrong (bongos are a joined pair)"),
    X3("x3_long_necked_lute", MUSIC("middleeast"),
       ("lute", "long-necked lute", "setar", "tanbur", "tar", "saz", "sitar", "instrument", "string instrument",
        "stringed instrument", "musical instrument"),
       ("neck", "frets", "tuning pegs", "pegs", "strings", "wood", "wooden", "body", "grey background",
        "gray background", "studio", "museum"),
       notes="a single long-necked lute with a small pear-shaped body, photographed upright on grey; 'guitar', "
             "'violin' or 'banjo' would be false, 'sitar' and 'saz' are allowed as near relatives"),
    # animals
    X3("x3_kitten_yarn", FARM("cat"), ("cat", "kitten", "tabby cat", "Egyptian cat", "tiger cat", "animal", "pet"),
       ("yarn", "ball of yarn", "ball of wool", "wool", "string", "thread", "toy", "red background",
        "pink background", "carpet", "floor", "playing", "paws", "whiskers", "fur"),
       notes="a white, black and grey kitten lying on its back on a red-pink surface, holding a ball of "
             "variegated yarn, loose threads trailing left"),
    X3("x3_hens", FARM("chicken"), ("hen", "hens", "chicken", "chickens", "poultry", "bird", "birds", "animal"),
       FIELD + ("path", "paving", "stones", "feathers", "comb", "red comb", "farm", "backyard", "pecking"),
       count=4,
       notes="four brown hens on green grass, two pecking, a paved path at the top right"),
    X3("x3_cows", FARM("cow"), ("cow", "cows", "cattle", "Holstein", "Friesian", "dairy cow", "ox", "animal"),
       FIELD + ("farm", "trees", "tree", "fence", "wire", "electric fence", "crops", "corn", "cornfield", "sky",
                "black and white", "grazing"),
       count=3,
       notes="a black-and-white Holstein cow standing side-on in front, two more grazing far behind by a wire "
             "fence, a crop field and trees beyond"),
    X3("x3_horses", FARM("horse"), ("horse", "horses", "foal", "foals", "pony", "ponies", "mare", "animal"),
       FIELD + ("sky", "clouds", "blue sky", "herd", "hill", "mane", "manes", "tail", "lying"),
       count=5,
       notes="four standing horses (a dark grey, a dapple grey, a small brown foal, a black one with a white "
             "blaze) and a brown-and-white foal lying in front, on a grassy hill under blue sky and clouds"),
    X3("x3_bison", WILD("bison"),
       ("bison", "American bison", "buffalo", "animal"),
       FIELD + ("herd", "horns", "fur", "grazing", "prairie", "ox"),
       count=0,
       notes="an American bison grazing in bright green grass, a herd of small bison scattered behind and one "
             "cut by the right edge: the main one is alone in front, the others too many to count ('water "
             "buffalo' would be false)"),
    X3("x3_giraffes", WILD("giraffe"), ("giraffe", "giraffes", "animal", "animals"),
       ("trees", "tree", "bushes", "bush", "acacia", "savanna", "savannah", "sky", "blue sky", "ground", "dirt",
        "sand", "outdoors", "wild", "safari", "branches", "spots"),
       count=2,
       notes="two giraffes standing side by side among bare and leafy trees under a blue sky, bare sandy "
             "ground in front"),
    X3("x3_jaguars", WILD("jaguar"),
       ("jaguar", "jaguars", "leopard", "leopards", "big cat", "big cats", "cat", "cats", "animal", "animals"),
       ("rocks", "rock", "stone", "stones", "cliff", "flowers", "plant", "plants", "spots", "fighting", "playing",
        "zoo", "paw", "open mouth", "teeth", "snarling"),
       count=2,
       notes="two spotted big cats on sandstone rocks, one snarling with a raised paw at the other; jaguars "
             "by the file name, 'leopard' allowed (the coats cannot be told apart here), 'cheetah' is false"),
    X3("x3_giant_panda", WILD("panda"), ("panda", "giant panda", "bear", "animal"),
       ("tree", "tree trunk", "trunk", "rock", "rocks", "ledge", "branches", "leaves", "fur", "zoo",
        "black and white", "outdoors", "wood", "log", "wall", "fence", "enclosure"),
       notes="a giant panda sitting on a light rock ledge by a tree trunk, a wooden wall behind, looking "
             "down; 'red panda' would be false"),
    X3("x3_kangaroo_joey", WILD("kangaroo"),
       ("kangaroo", "kangaroos", "joey", "wallaby", "wallabies", "marsupial", "animal", "animals"),
       ("path", "paving", "pavement", "stones", "rocks", "rock", "trees", "tree", "plants", "bushes", "shade",
        "shadow", "shadows", "sunlight", "lamp", "lamp post", "zoo", "park", "outdoors", "tail", "mother"),
       count=2,
       notes="a grey kangaroo standing upright on a paved path in dappled light, a small joey at its feet by "
             "some rocks, trees and a lamp post behind"),
    X3("x3_meerkats", ERASE("meerkats"), ("meerkat", "meerkats", "suricate", "mongoose", "animal", "animals"),
       ("sand", "red sand", "dirt", "ground", "grass", "dry grass", "desert", "outdoors", "standing", "fur"),
       count=3,
       notes="three meerkats standing upright side by side on red sand, warm light, dry grass blurred behind"),
    X3("x3_bactrian_camels", ERASE("camels"),
       ("camel", "camels", "Bactrian camel", "Bactrian camels", "calf", "animal", "animals"),
       ("sky", "grey sky", "desert", "steppe", "grass", "dry grass", "ground", "sand", "outdoors", "humps",
        "hump", "fur", "wool", "walking", "mother", "baby"),
       count=2,
       notes="a shaggy two-humped camel walking with its pale calf under a grey sky on dry flat steppe; "
             "'dromedary' (one hump) would be false"),
    X3("x3_spoonbills", ERASE("spoonbills"),
       ("spoonbill", "spoonbills", "Eurasian spoonbill", "bird", "birds", "wading bird", "wading birds",
        "water bird", "animal"),
       ("water", "lake", "pond", "shallow water", "reflection", "reflections", "beak", "bill", "legs",
        "feathers", "white", "wading", "outdoors", "crest"),
       count=2,
       notes="two white spoonbills wading in still shallow water, reflected, one with its bill lowered toward "
             "the other; 'stork', 'egret' or 'heron' would be false (ImageNet's spoonbill class fits)"),
    X3("x3_red_crab", ERASE("crab"),
       ("crab", "Sally Lightfoot crab", "red rock crab", "rock crab", "Dungeness crab", "crustacean", "animal"),
       ("rock", "rocks", "stone", "ground", "sand", "claws", "legs", "shell", "red", "outdoors", "beach", "shore"),
       notes="a red and blue Sally Lightfoot crab on grey rock, legs spread; 'lobster' or 'spider' would be "
             "false"),
    X3("x3_bee_flowers", ERASE("bee"),
       ("bee", "honeybee", "honey bee", "insect", "wasp"),
       ("flower", "flowers", "red flowers", "orange flowers", "quince", "blossom", "blossoms", "petals", "branch",
        "flying", "wings", "pollen", "nature", "garden", "outdoors", "plant"),
       notes="a honeybee in flight beside red-orange flowers (flowering quince), the background blurred red and "
             "green; 'wasp' is allowed as the nearest look-alike, 'fly' is not"),
    # buildings and landscapes
    X3("x3_great_wall", MONUMENT("wonders/greatWallofChina"),
       ("Great Wall", "Great Wall of China", "wall", "fortification", "landmark"),
       ("mountains", "mountain", "hills", "hill", "forest", "trees", "tree", "green", "sky", "clouds",
        "blue sky", "watchtower", "watchtowers", "tower", "towers", "battlements", "stone", "bricks", "steps",
        "landscape", "outdoors", "China", "ridge"),
       notes="the Great Wall winding over forested green hills with watchtowers, blue sky with white clouds; "
             "no people seen at this size"),
    X3("x3_mount_rushmore", MONUMENT("usa/mountRushmore"),
       ("Mount Rushmore", "monument", "sculpture", "carving", "memorial", "mountain", "rock", "cliff", "landmark",
        "presidents"),
       ("sky", "blue sky", "trees", "pine trees", "pines", "granite", "stone", "rubble", "rocks", "talus",
        "outdoors", "United States", "USA", "Washington", "Jefferson", "Roosevelt", "Lincoln", "heads"),
       notes="the four carved presidents' heads in the granite under a deep blue sky, pines and rubble below. "
             "people=0: they are sculpture; a caption counting 'people' or 'men' is false, 'faces' is true "
             "but read as people by the scorer"),
    X3("x3_neuschwanstein", MONUMENT("germany/neuschwansteinCastle"),
       ("castle", "Neuschwanstein", "Neuschwanstein Castle", "palace", "building", "landmark"),
       ("towers", "tower", "turrets", "turret", "forest", "trees", "tree", "hill", "cliff", "sky", "clouds",
        "blue sky", "lake", "lakes", "water", "fields", "valley", "landscape", "village", "Bavaria", "Germany",
        "outdoors", "roof", "windows"),
       notes="the white castle with turrets above a forested slope, flat fields and lakes far behind under a "
             "blue sky"),
    X3("x3_pont_du_gard", MONUMENT("france/pontduGard"),
       ("aqueduct", "Pont du Gard", "Roman aqueduct", "bridge", "viaduct", "arches", "landmark"),
       ("river", "water", "trees", "tree", "forest", "bushes", "sky", "stone", "limestone", "arch", "rocks",
        "outdoors", "landscape", "France", "valley", "Roman"),
       notes="the three-tiered Roman aqueduct bridge over a green river, seen from above through trees; "
             "no people seen at this size"),
    # paintings
    X3("x3_night_cafe", PAINTING("Van_Gogh_The_Night_Cafe"),
       ("cafe", "café", "bar", "pool table", "billiard table", "billiards", "room", "interior",
        "The Night Café") + PAINTING_WORDS,
       ("people", "person", "man", "men", "waiter", "tables", "table", "chairs", "chair", "lamps", "lamp",
        "gas lamps", "light", "clock", "bottles", "glasses", "flowers", "vase", "bar counter", "counter",
        "red walls", "red wall", "wall", "floor", "wooden floor", "doorway", "door", "curtain", "yellow",
        "night", "indoors"),
       people=6, kind="painting",
       notes="Van Gogh's The Night Café: a billiard table in a red-walled room under gas lamps, a waiter in "
             "white, two seated drinkers at the left, one alone at the far left, two slumped at the right; "
             "6 figures on a 2x zoom"),
    X3("x3_pere_tanguy", PAINTING("PortraitOfPereTanguy"),
       ("man", "old man", "person", "portrait", "Père Tanguy", "Portrait of Père Tanguy") + PAINTING_WORDS,
       ("hat", "straw hat", "jacket", "coat", "beard", "hands", "sitting", "Japanese prints", "prints",
        "Japanese art", "ukiyo-e", "mountain", "Mount Fuji", "flowers", "blossom", "trees", "colourful",
        "colorful", "background"),
       people=1, kind="painting",
       notes="Van Gogh's portrait of Père Tanguy: a bearded man in a hat and blue jacket sitting with folded "
             "hands in front of Japanese prints (Mount Fuji, cherry blossom, women in kimono). The figures in "
             "the prints are left out of the count"),
    X3("x3_langlois_bridge", PAINTING("VincentVanGoghBridge"),
       ("bridge", "drawbridge", "Langlois Bridge", "canal") + PAINTING_WORDS,
       ("water", "river", "canal", "cypress", "cypresses", "trees", "tree", "sky", "blue sky", "grass", "bank",
        "riverbank", "house", "cart", "carriage", "horse", "person", "people", "woman", "umbrella", "parasol",
        "landscape", "stone", "outdoors", "reflection"),
       people=2, kind="painting",
       notes="Van Gogh's Langlois Bridge at Arles: a wooden drawbridge over a canal under a pale blue sky, two "
             "cypresses at the left; a woman with a parasol on the bridge and a driver on a horse-drawn cart "
             "at the left (both tiny)"),
    X3("x3_old_guitarist", INKSCAPE + "oldguitar.jpg",
       ("man", "old man", "person", "guitarist", "musician", "beggar", "The Old Guitarist", "Picasso",
        "painting", "oil painting", "artwork", "art"),
       ("guitar", "acoustic guitar", "instrument", "blue", "blue period", "monochrome", "sitting", "head",
        "bowed head", "thin", "blind", "music", "canvas"),
       people=1, kind="painting",
       notes="Picasso's The Old Guitarist (274x381): a gaunt man in blue bowed over a brown guitar"),
    # objects
    X3("x3_cutlery", THING("others/knife"),
       ("knife", "fork", "spoon", "cutlery", "silverware", "flatware", "utensils", "tableware"),
       ("table knife", "steel", "stainless steel", "metal", "silver", "dark background", "black background",
        "table"),
       every=("knife", "fork", "spoon"),
       notes="a table knife, a fork and a spoon (top to bottom) laid parallel on black (320 px wide)"),
    X3("x3_frying_pan", THING("others/pan"),
       ("frying pan", "pan", "skillet", "cast iron pan", "cast-iron skillet", "wok", "cookware"),
       ("counter", "worktop", "countertop", "kitchen counter", "stainless steel", "steel", "tiles", "tile",
        "wall", "kitchen", "handle", "handles", "wooden handle", "metal", "iron", "indoors", "shadow"),
       notes="an empty black cast-iron pan with a long wooden-tipped handle and a small helper handle on a "
             "stainless-steel worktop, white tiles behind (ImageNet 'frying pan'; 'wok' allowed as the "
             "nearest class)"),
    X3("x3_scissors", THING("tools/scissors1"),
       ("scissors", "pair of scissors", "shears"),
       ("orange handles", "handle", "handles", "blade", "blades", "steel", "metal", "white background", "tool"),
       notes="a pair of orange-handled scissors, open, on white"),
    X3("x3_chair", THING("others/chair"),
       ("chair", "wooden chair", "white chair", "seat", "dining chair", "furniture"),
       ("wall", "floor", "wood", "white", "indoors", "backrest", "legs", "shadow"),
       notes="a plain white wooden chair against a white wall"),
    X3("x3_saturn", GC("solar_system", "saturn.webp"),
       ("Saturn", "planet", "rings", "ringed planet", "gas giant"),
       ("space", "solar system", "astronomy", "white background", "sphere"),
       notes="Saturn with its rings, cut out and laid on white (512x512); 'Jupiter' would be false"),
    # drawings and a chart
    X3("x3_wizard_drawing", MAGICK + "wizard.png",
       ("wizard", "magician", "man", "old man", "person", "artist", "painter") + CLIP_ART,
       ("hat", "wizard hat", "pointed hat", "stars", "robe", "beard", "white beard", "stool", "drafting table",
        "desk", "easel", "drawing board", "painting", "picture", "Mona Lisa", "portrait", "brush",
        "paintbrush", "pen", "hammer", "lamp", "sparks", "white background", "mascot", "ImageMagick"),
       people=1, kind="drawing",
       notes="ImageMagick's mascot: a bearded wizard in a starry blue hat and robe on a stool at a drafting "
             "table, working on a small Mona Lisa; the Mona Lisa's face is not counted as a person"),
    X3("x3_goat_cartoon", PYSIO + "match_animals/m_img1a.png",
       ("goat", "billy goat", "ram", "sheep", "animal") + CLIP_ART,
       ("horns", "beard", "eyes", "white background", "cute", "grey", "gray"),
       kind="drawing",
       notes="a round grey cartoon goat with curled horns and a little beard (200x200); 'sheep' and 'ram' "
             "allowed as the horns read both ways"),
    X3("x3_street_drawing", PYSIO + "fc/fc053.jpg",
       ("street", "houses", "house", "buildings", "town", "village", "road", "cobblestone street") + CLIP_ART,
       ("cobblestones", "cobbles", "pavement", "sidewalk", "roof", "roofs", "tiles", "windows", "doors", "door",
        "shop", "shops", "sky", "sun", "colourful", "colorful", "balcony", "lamp"),
       kind="drawing",
       notes="a drawing of a narrow cobbled street between colourful houses with tiled roofs (288x216)"),
    X3("x3_rose_drawing", PYSIO + "fc/fc078.jpg",
       ("rose", "roses", "flower", "flowers", "pink rose", "red rose") + CLIP_ART,
       ("bud", "rosebud", "leaves", "leaf", "petals", "stem", "pink", "white background"),
       kind="drawing",
       notes="a drawing of a pink rose with a bud and green leaves, outlined in black (288x216)"),
    X3("x3_pie_chart", MAGICK + "piechart.png",
       ("pie chart", "chart", "graph", "diagram"),
       ("legend", "text", "labels", "percentages", "ImageMagick", "MagickCore", "MagickWand", "JMagick",
        "Magick++", "purple background", "blue background", "segments", "slices", "average", "colours",
        "colors"),
       kind="chart",
       notes="ImageMagick's pie chart on purple: five slices (red, yellow, magenta, blue, green) with a legend "
             "naming MagickWand for PHP, MagickCore, MagickWand, JMagick and Magick++, 'Average: 20.0' below"),
    X3("x3_bluebells", MAGICK + "bluebells_lin.jpg",
       ("bluebell", "bluebells", "flower", "flowers", "hyacinth", "wildflowers", "wild flowers"),
       ("stem", "stems", "purple", "violet", "blue", "petals", "bells", "leaves", "plant", "plants", "garden",
        "woods", "forest", "spring", "outdoors", "bokeh", "blurred background"),
       notes="close-up of nodding purple-blue bluebells on arching stems, background blurred green and "
             "purple (384x288)"),
]


def items() -> list[Item]:
    """The external3 items; missing packages raise with the commands that fetch them."""
    return EXT3.available(EXTERNAL3, EXT3_PATHS.values(), ext3_missing)
