"""The photo benchmark's ``external8`` split: 28 pictures from twelve Debian packages that no
earlier split (photo or screen) used, labelled from the pixels before any caption of them was made.

It is built to test a rule about animals and vehicles, so it is rich in photos of them and in
look-alikes: the sample photos of a detector's package (``darknet``: a dog beside a bicycle, a herd
of horses, a person with a dog and a horse, an eagle, a giraffe with a zebra, Munch's The Scream),
a kitten from a game library's guide (``python3-pyglet``), a dog and a snowy vineyard from an IDE's
examples (``gambas3-examples``), the raccoon of an array library's test data (``python3-scipy``:
``face.dat``, raw RGB bytes compressed with bzip2), stuffed toys of a desktop toy (``xteddy``), a
vintage cheetah illustration from a GUI toolkit's examples (``qtquickcontrols5-examples``), clip art
(``openboard-common``: a rooster and a cow; ``openclipart-png``: a bus, a motorcycle, a ram and a
road sign) and the example pictures of LaTeX packages' manuals (``texlive-publishers-doc``:
penguins, tulips, a chrysanthemum, an old shop front; ``texlive-lang-arabic``: a gull;
``texlive-lang-french``: a goat and a tiger drawing; ``texlive-lang-english``: two people walking).
Nothing is copied here: the files are read at build time from ``$PIXEL_LLM_EXT23`` (default
``/work/ext23``), where each package is unpacked as ``dpkg -x`` leaves it::

    export PIXEL_LLM_EXT23=/work/ext23; mkdir -p $PIXEL_LLM_EXT23 && cd $PIXEL_LLM_EXT23
    for p in darknet gambas3-examples openboard-common openclipart-png python3-pyglet python3-scipy \\
             qtquickcontrols5-examples texlive-lang-arabic texlive-lang-english texlive-lang-french \\
             texlive-publishers-doc xteddy; do
        apt-get download $p && dpkg -x ${p}_*.deb $PIXEL_LLM_EXT23/$p; done

(Debian 12 "bookworm" versions when labelled: darknet 0.0.0+git20180914.61c9d02e-2+b4,
gambas3-examples 3.18.0-4, openboard-common 1.6.4+dfsg-1, openclipart-png 1:0.18+dfsg-19,
python3-pyglet 1.5.27+ds-2, python3-scipy 1.10.1-2, qtquickcontrols5-examples 5.15.8-2,
texlive-lang-arabic, texlive-lang-english and texlive-lang-french 2022.20230122-1,
texlive-publishers-doc 2022.20230122-4, xteddy 2.2-5.) Like ``external3`` to ``external7`` it is
not part of ``all``; score it once with ``bench_photos.py --split external8 --no-speed``.

What it holds (``people`` is the label's count; counts by category, not photo by photo):

- 19 colour photos, 2 paintings (one a painted illustration), 7 drawings (clip art, cartoons, a sign).
- 9 photos whose main subject is an animal of the detector's kinds: dogs (one beside a bicycle, a
  pickup truck and a motorcycle), horses (a herd of six; one with a dog and a person), a cat, birds
  (an eagle, a gull, three penguins) and a zebra beside a giraffe.
- 5 photos of look-alikes that are none of those kinds: a goat, a raccoon, and three stuffed toys
  (a teddy bear, a toy puppy, a toy hedgehog) cut out on white.
- 5 photos with neither animals nor vehicles: two people walking, an old shop front, tulips, a
  chrysanthemum and a snowy vineyard.
- 9 non-photos: drawings of a rooster, a cow, a ram, a tiger, a bus, a motorcycle and an airplane
  road sign, a painted illustration of two cheetahs, and The Scream (3 people).
- 2 photos with people (one person with a dog and a horse; two people walking) and 17 without;
  one painting with people (The Scream: 3).

A toy's animal (``bear``, ``dog``, ``hedgehog``) and a cheetah's ``cat`` are left out of the
labels on purpose: they are the false namings the split checks.
Words are left out of an item's labels where the pixels do not settle them (a dog's breed, the
penguins' species, whether the horses are ponies). Left out of the split: images under 200 px a
side, files identical to ones in packages earlier splits used (an Irish graveyard photo shared with
``texlive-latex-extra-doc``), renderings
that look like photos (a space-plane cabin in ``libjs-jquery-ui-docs``), pictures where a count of
people could not be settled (the beach of kite surfers in ``darknet``, a webcam frame with a hand at
its edge), screenshots, logos and near copies of one shot.

    python benchmarks/photoset.py --dump /tmp/external8 --split external8   # the images as PNG
"""

from __future__ import annotations

import bz2

import numpy as np
from PIL import Image

from photoset import Item, Packages, on_white

SPLIT = "external8"
EXT23_DEFAULT = "/work/ext23"
EXT8_PACKAGES = ("darknet", "gambas3-examples", "openboard-common", "openclipart-png", "python3-pyglet",
                 "python3-scipy", "qtquickcontrols5-examples", "texlive-lang-arabic", "texlive-lang-english",
                 "texlive-lang-french", "texlive-publishers-doc", "xteddy")

EXT8 = Packages("external8", "PIXEL_LLM_EXT23", EXT23_DEFAULT)
ext8_root, ext8_missing, ext8_error = EXT8.root, EXT8.missing, EXT8.error

SCIPY_FACE_SHAPE = (768, 1024, 3)
"""scipy's ``misc/face.dat``: bzip2-compressed raw RGB bytes of this shape (no image header)."""


def ext8_photo(path: str) -> np.ndarray:
    """A file of an unpacked package as RGB (palette images converted, transparent parts on
    white): ``path`` is relative to the root and starts with the package's name. A ``.dat`` file
    is scipy's raw face picture (see :data:`SCIPY_FACE_SHAPE`)."""
    file = ext8_root() / path
    if not file.is_file():
        raise ext8_error([path.split("/", 1)[0]])
    if file.suffix == ".dat":
        raw = np.frombuffer(bz2.decompress(file.read_bytes()), np.uint8)
        return np.ascontiguousarray(raw.reshape(SCIPY_FACE_SHAPE))
    with Image.open(file) as im:
        return on_white(im)


EXT8_PATHS: dict[str, str] = {}
"""Item id -> the file it is read from, relative to the external8 root (package name first)."""


def X8(id: str, path: str, *args, **kw) -> Item:
    EXT8_PATHS[id] = path
    return Item(id, lambda: ext8_photo(path), *args, split=SPLIT, **kw)


DN = lambda n: f"darknet/usr/share/darknet/data/{n}"  # noqa: E731
GAMBAS = lambda n: f"gambas3-examples/usr/share/doc/gambas3-examples/examples/Drawing/Painting/{n}"  # noqa: E731
PUB = lambda n: f"texlive-publishers-doc/usr/share/doc/texlive-doc/latex/{n}"  # noqa: E731
XTEDDY = lambda n: f"xteddy/usr/share/xteddy/{n}"  # noqa: E731
OB_BOX = "openboard-common/usr/share/openboard/library/interactivities/Magic Box.wgt/images"
OPENBOARD = lambda n: f"{OB_BOX}/{n}"  # noqa: E731
CLIPART = lambda n: f"openclipart-png/usr/share/openclipart/png/{n}"  # noqa: E731

ANIMAL = ("animal", "animals", "wildlife")
TOY = ("plush", "cuddly toy", "soft toy", "stuffed toy", "stuffed animal", "plush toy", "toy", "white background")
CLIP = ("drawing", "illustration", "clip art", "clipart", "art", "artwork", "white background")
PAINTING = ("painting", "oil painting", "art", "artwork")

EXTERNAL8: list[Item] = [
    # -- photos of animals (and vehicles) of the detector's kinds ------------------------------
    X8("x8_dog_bicycle", DN("dog.jpg"),
       ("dog",),
       ("bicycle", "bike", "road bike", "racing bike", "red bicycle", "truck", "pickup truck", "pickup", "white truck",
        "motorcycle", "motorbike", "porch", "veranda", "floor", "wooden floor", "floorboards", "railing", "tree",
        "trees", "leaves", "street", "road", "outdoors", "sitting", "pet", "wheel", "wheels", "vehicle", "vehicles",
        "animal", "fur", "sunny"),
       notes="a long-haired black-and-tan dog sitting on a pale wooden porch beside a red road bicycle leaning on "
             "a yellow rail; beyond, a street with a tree, a parked white pickup truck and, half hidden by leaves "
             "at the top left, a red motorcycle; 768x576"),
    X8("x8_horses_herd", DN("horses.jpg"),
       ("horses", "horse", "herd"),
       ("herd of horses", "six horses", "white horse", "brown horse", "grey horse", "gray horse",
        "field", "grass", "dry grass", "meadow", "grassland", "plain", "hills", "hill", "mountains", "mountain",
        "snow", "snowy mountains", "sky", "clouds", "cloudy", "overcast", "outdoors", "landscape", "nature",
        "walking", "manes") + ANIMAL,
       count=6,
       notes="six shaggy horses walking right across a plain of dry yellow grass: a white one in front, two brown "
             "ones at the left, a dark brown one and two dappled grey ones; brown hills, snowy mountains at the "
             "left and a grey cloudy sky behind; 773x512"),
    X8("x8_person_dog_horse", DN("person.jpg"),
       ("horse", "dog", "person"),
       ("white horse", "grazing", "eating", "black dog", "people", "jacket", "blue jacket", "hat", "beanie",
        "woolly hat", "boots", "rubber boots", "gloves", "standing", "field", "grass", "dry grass", "meadow",
        "hills", "hill", "sky", "clouds", "cloudy", "outdoors", "landscape", "animal", "animals", "pet"),
       people=1, every=("horse", "dog"),
       notes="a person in a blue jacket, a dark beanie and rubber boots stands in a field of dry grass between a "
             "black-and-tan dog sniffing the ground at the left and a white horse grazing at the right; brown "
             "hills and a pale cloudy sky behind; 640x424"),
    X8("x8_eagle", DN("eagle.jpg"),
       ("eagle", "bird", "bald eagle", "bird of prey", "raptor"),
       ("juvenile", "young eagle", "water", "river", "lake", "shore", "shoreline", "beach", "sand", "mud",
        "standing", "feathers", "wings", "talons", "claws", "beak", "yellow beak", "yellow feet", "brown",
        "outdoors", "nature") + ANIMAL,
       notes="a young bald eagle with mottled brown-and-white plumage and yellow beak and feet standing on a dark "
             "muddy shore, looking right, grey-green rippled water behind; 773x512"),
    X8("x8_giraffe_zebra", DN("giraffe.jpg"),
       ("giraffe", "zebra"),
       ("giraffe and zebra", "trees", "tree", "bushes", "shrubs", "leaves", "foliage", "grass", "green", "stripes",
        "spots", "outdoors", "nature") + ANIMAL,
       every=("giraffe", "zebra"),
       notes="a giraffe standing in long green grass bends its neck down toward a smaller zebra beside its legs, "
             "both in front of dense green trees and bushes; 500x500"),
    X8("x8_kitten", "python3-pyglet/usr/share/doc/python3-pyglet/examples/programming_guide/kitten.jpg",
       ("kitten", "cat", "ginger kitten", "orange kitten", "ginger cat", "orange cat"),
       ("ginger", "orange", "fluffy", "fur", "blue eyes", "eyes", "whiskers", "ears", "face", "close-up",
        "pet", "animal", "white", "looking at camera"),
       notes="a close-up of a fluffy ginger kitten's face and chest with blue eyes, looking at the camera, a "
             "white cloth behind; 512x512"),
    X8("x8_curly_dog", GAMBAS("clovis.jpg"),
       ("dog",),
       ("white dog", "curly", "curly fur", "fur", "ears", "long ears", "nose", "black nose", "eyes", "face", "head",
        "close-up", "pet", "animal", "leaves", "plants", "green", "outdoors"),
       notes="a close-up of the head of a white dog with curly fur and long curly ears, black nose, looking up to "
             "the right, long green leaves behind; 256x256"),
    X8("x8_penguins", PUB("uestcthesis/doc/pics/Penguins.jpg"),
       ("penguins", "penguin", "birds", "bird"),
       ("three penguins", "black and white", "yellow", "orange", "beaks", "flippers", "standing", "sky", "blue sky",
        "clouds", "outdoors", "nature") + ANIMAL,
       count=3,
       notes="three large penguins with orange-yellow neck patches standing close on grey ground, the middle one "
             "facing away, beaks raised toward each other, blue sky with white clouds behind; 1024x768"),
    X8("x8_gull", "texlive-lang-arabic/usr/share/doc/texlive-doc/xelatex/bidi/gull.jpg",
       ("gull", "seagull", "bird"),
       ("head", "beak", "yellow beak", "hooked beak", "eye", "feathers", "white", "profile", "sky", "blue sky",
        "close-up", "outdoors") + ANIMAL,
       notes="a close-up of a white gull's head in profile facing left, with a heavy yellow beak, against a clear "
             "blue sky; 2272x1704"),
    # -- photos of look-alikes: other animals, toys --------------------------------------------
    X8("x8_goat", "texlive-lang-french/usr/share/doc/texlive-doc/latex/matapli/examples/modeleauteur/portrait.png",
       ("goat",),
       ("brown goat", "face", "head", "ears", "ear tag", "tag", "eating", "chewing", "grass", "field", "meadow",
        "trees", "green", "close-up", "outdoors", "farm animal", "livestock", "animal", "looking at camera"),
       notes="a close-up of a brown goat's face with a dark muzzle and a yellow ear tag, chewing grass and looking "
             "at the camera, a blurred green field and trees behind; 1000x667"),
    X8("x8_raccoon", "python3-scipy/usr/lib/python3/dist-packages/scipy/misc/face.dat",
       ("raccoon",),
       ("face", "eyes", "mask", "fur", "grey", "gray", "leaves", "plants", "palm", "fronds", "foliage", "green",
        "close-up", "outdoors", "nature", "looking at camera") + ANIMAL,
       notes="scipy's 'face': a raccoon with its black eye mask peering over long green palm-like leaves at the "
             "camera, its grey furry body behind at the upper left; 1024x768 raw"),
    X8("x8_teddy_bear", XTEDDY("xtrouble.png"),
       ("teddy bear", "teddy") + TOY[:-1],
       TOY + ("brown", "fluffy", "sitting", "ears", "nose", "cut-out"),
       notes="a fluffy light-brown teddy bear sitting, legs forward, cut out on white; 268x300"),
    X8("x8_toy_puppy", XTEDDY("xpuppy.png"),
       ("toy dog", "stuffed dog", "plush dog") + TOY[:-1],
       TOY + ("cream", "white", "collar", "ears", "floppy ears", "nose", "lying", "cut-out"),
       notes="a cream-white plush toy puppy with floppy ears, a black nose and a dark collar, lying with its paws "
             "forward, cut out on white; 254x300"),
    X8("x8_toy_hedgehog", XTEDDY("xhedgehog.png"),
       ("toy hedgehog", "stuffed hedgehog", "plush hedgehog") + TOY[:-1],
       TOY + ("brown", "fluffy", "sitting", "nose", "feet", "cut-out"),
       notes="a plush toy hedgehog sitting upright, light brown face and body with dark brown fluffy spines and "
             "dark round foot pads, cut out on white; 239x300"),
    # -- photos with neither animals nor vehicles ----------------------------------------------
    X8("x8_two_walking", "texlive-lang-english/usr/share/doc/texlive-doc/latex/latex-course/Graphics/campus3.png",
       ("people", "man", "woman", "person"),
       ("two people", "walking", "walkway", "porch", "veranda", "columns", "pillars", "building", "house", "trees",
        "palm tree", "palm", "cap", "hat", "sunglasses", "skirt", "white skirt", "t-shirt", "shirt", "outdoors",
        "sunny", "talking"),
       people=2, count=2,
       notes="a man in a dark cap and dark clothes and a woman in sunglasses, a blue top and a white skirt walk "
             "toward the camera along a covered porch with teal posts, a white building and trees behind; "
             "500x333"),
    X8("x8_shop_front", PUB("hagenberg-thesis/examples/HgbArticle/images/cola-public-domain-photo-p.jpg"),
       ("building", "storefront", "shop front", "store", "shop", "wall", "signs", "sign"),
       ("Coca-Cola", "Coca Cola", "cola", "Orange Crush", "Royal Crown", "Dr Pepper", "advertisements",
        "advertising", "ads", "door", "green door", "window", "shutters", "wooden shutters", "bottles", "soda",
        "old", "vintage", "weathered", "colour photo", "color photo", "Kodachrome", "historical", "old photo",
        "outdoors"),
       notes="the weathered plaster front of an old shop with a green door, a window with brown wooden shutters "
             "and tin signs for Coca-Cola, Orange Crush, Royal Crown Cola and soda bottles; an old colour "
             "transparency with a dark border, 685x469"),
    X8("x8_tulips", PUB("uestcthesis/doc/pics/Tulips.jpg"),
       ("tulips", "tulip", "flowers", "flower"),
       ("yellow", "yellow tulips", "yellow flowers", "petals", "stems", "green", "sky", "blue sky",
        "plants", "outdoors", "spring", "nature", "close-up"),
       count=0,
       notes="many yellow tulips seen from below, one with a thin red streak, on green stems against a clear blue "
             "sky; 1024x768"),
    X8("x8_chrysanthemum", PUB("uestcthesis/doc/pics/Chrysanthemum.jpg"),
       ("chrysanthemum", "flower", "flowers"),
       ("orange", "red", "petals", "close-up", "macro", "bloom", "blossom", "plant", "nature"),
       count=0,
       notes="a close-up filling the frame of an orange-red chrysanthemum with many curled petals, parts of more "
             "blooms at the top right; 1024x768"),
    X8("x8_vineyard_snow", GAMBAS("image.jpg"),
       ("vineyard", "vines", "grapevines", "grape vines"),
       ("snow", "snowy", "winter", "rows", "path", "field", "fields", "sky", "grey sky", "hazy", "fog",
        "outdoors", "landscape", "nature", "countryside", "bare"),
       notes="a snowy path between two rows of bare grapevines stretching away, snowy fields and a hazy grey sky "
             "behind; 255x256"),
    # -- paintings and drawings ----------------------------------------------------------------
    X8("x8_cheetahs_painting", "qtquickcontrols5-examples/usr/lib/x86_64-linux-gnu/qt5/examples/quickcontrols/"
       "extras/flat/images/piemenu-image-rgb.jpg",
       ("cheetah", "cheetahs"),
       ("two cheetahs", "big cat", "big cats", "illustration", "painting", "drawing", "art", "artwork", "vintage",
        "spots", "spotted", "bushes", "trees", "leaves", "plants", "ground", "standing", "lying") + ANIMAL,
       kind="painting", count=2,
       notes="a vintage painted illustration of two cheetahs, one standing in profile facing right and one lying "
             "behind it, among green and autumn-coloured bushes; 2104x1248"),
    X8("x8_tiger_drawing", "texlive-lang-french/usr/share/doc/texlive-doc/latex/visualtikz/Source/tiger.png",
       ("tiger", "tiger head"),
       CLIP + ("head", "face", "roaring", "snarling", "open mouth", "teeth", "fangs", "stripes", "orange",
               "whiskers", "green eyes", "big cat", "animal"),
       kind="drawing",
       notes="a colour drawing of a roaring tiger's head with bared fangs, orange and black stripes and green "
             "eyes, on white; 610x790"),
    X8("x8_rooster_drawing", OPENBOARD("coq.png"),
       ("rooster", "cock", "cockerel", "chicken", "bird"),
       CLIP + ("cartoon", "comb", "red comb", "wattle", "feathers", "tail", "tail feathers", "standing", "orange",
               "black", "animal", "farm animal", "poultry"),
       kind="drawing",
       notes="a drawing of a rooster standing in profile facing right, red comb, orange-brown neck and a dark "
             "green-black tail, on white; 301x350"),
    X8("x8_cow_cartoon", OPENBOARD("vache.png"),
       ("cow", "cattle"),
       CLIP + ("cartoon", "udder", "horns", "tail", "orange", "brown", "standing", "animal",
               "farm animal"),
       kind="drawing",
       notes="a cartoon of a light-brown cow with small horns, a pink udder and a tufted tail, standing "
             "in profile facing right, on white; 300x300"),
    X8("x8_ram_drawing", CLIPART("animals/mammals/sheep-md-v0.1.png"),
       ("sheep", "ram"),
       CLIP + ("horns", "curled horns", "wool", "woolly", "white", "grey", "gray", "standing", "animal",
               "farm animal", "livestock"),
       kind="drawing",
       notes="a clip-art drawing of a woolly grey-white ram with big curled horns standing facing the viewer, "
             "on white; 375x416"),
    X8("x8_bus_drawing", CLIPART("transportation/bus1_jarno_vasamaa_01.png"),
       ("bus", "red bus"),
       CLIP + ("red", "wheels", "wheel", "windows", "windshield", "door", "vehicle", "shadow"),
       kind="drawing",
       notes="a glossy clip-art drawing of a modern red bus seen from the side and front, black windows and two "
             "visible wheels, on white; 1052x744"),
    X8("x8_motorcycle_drawing", CLIPART("transportation/motorcycle_jarno_vasama_.png"),
       ("motorcycle", "motorbike"),
       CLIP + ("red", "chrome", "wheels", "wheel", "engine", "exhaust", "seat", "vehicle"),
       kind="drawing",
       notes="a clip-art drawing of a red and chrome motorcycle in side view, small in the middle of a tall white "
             "page; 744x1052"),
    X8("x8_airplane_sign", CLIPART("transportation/airplane.png"),
       ("sign", "road sign", "warning sign", "traffic sign"),
       CLIP + ("triangle", "red", "black", "white", "icon", "symbol", "pictogram", "silhouette",
               "airplane", "plane", "aeroplane", "aircraft", "low-flying aircraft"),
       kind="drawing",
       notes="a red-bordered triangular warning road sign with a black airplane silhouette, small in the middle "
             "of a tall white page; 794x1123"),
    X8("x8_scream_painting", DN("scream.jpg"),
       ("painting", "The Scream", "person", "figure", "people"),
       PAINTING + ("Edvard Munch", "Munch", "scream", "screaming", "bridge", "railing", "sky", "red sky",
                   "orange sky", "sunset", "water", "fjord", "swirls", "Expressionism", "hands", "face"),
       people=3, kind="painting",
       notes="a reproduction of Munch's The Scream: a pale figure on a bridge holding its face and screaming, two "
             "dark figures far behind at the left, a swirling orange-red sky over a dark blue fjord; 352x448"),
]


def items() -> list[Item]:
    """The external8 items; missing packages raise with the commands that fetch them."""
    return EXT8.available(EXTERNAL8, EXT8_PATHS.values())
