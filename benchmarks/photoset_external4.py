"""The photo benchmark's ``external4`` split: 44 real pictures from five Debian packages that no
earlier split used, labelled from the pixels before any caption of them was made.

Twelve photos come from the children's jigsaw game Jigzo (``jigzo-data``): each ``.pzl`` puzzle
holds a texture of the cut pieces whose ``image`` box is the whole photo (:func:`pzl_image` reads
it; no game needed). Thirteen are the KPhotoAlbum demo album (``kphotoalbum``): people at a bar,
at a pool table, at the Grand Canyon, a dog, a rabbit, a snowed-in airport. Ten are Ubuntu Touch
wallpapers (nine from ``lomiri-wallpapers-16.04``, a nuthatch from ``lomiri-wallpapers-20.04``)
and nine are KDE Plasma wallpapers (``plasma-workspace-wallpapers``), two of those a drawing and
a painting. Nothing is copied here:
the files are read at build time from ``$PIXEL_LLM_EXT5`` (default ``/work/ext5``), where each
package is unpacked as ``dpkg -x`` leaves it::

    export PIXEL_LLM_EXT5=/work/ext5; mkdir -p $PIXEL_LLM_EXT5 && cd $PIXEL_LLM_EXT5
    apt-get download jigzo-data && dpkg -x jigzo-data_*.deb $PIXEL_LLM_EXT5/jigzo-data
    apt-get download kphotoalbum && dpkg -x kphotoalbum_*.deb $PIXEL_LLM_EXT5/kphotoalbum
    apt-get download lomiri-wallpapers-16.04 && dpkg -x lomiri-wallpapers-16.04_*.deb $PIXEL_LLM_EXT5/lomiri-wallpapers-16.04
    apt-get download lomiri-wallpapers-20.04 && dpkg -x lomiri-wallpapers-20.04_*.deb $PIXEL_LLM_EXT5/lomiri-wallpapers-20.04
    apt-get download plasma-workspace-wallpapers && dpkg -x plasma-workspace-wallpapers_*.deb $PIXEL_LLM_EXT5/plasma-workspace-wallpapers

Like ``external3`` it is not part of ``all``; score it once with
``bench_photos.py --split external4 --no-speed``. People were counted on zoomed crops. Photos
that the camera left rotated (KPhotoAlbum's ``grand_canyon_1``, ``wayne``, ``new_wave_1``,
``pool_2``) and beach scenes with uncountable specks of people were left out.

    python benchmarks/photoset.py --dump /tmp/external4 --split external4   # the images as PNG
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
from PIL import Image

from photoset import Item, Packages, on_white

SPLIT = "external4"
EXT5_DEFAULT = "/work/ext5"
EXT4_PACKAGES = ("jigzo-data", "kphotoalbum", "lomiri-wallpapers-16.04", "lomiri-wallpapers-20.04",
                 "plasma-workspace-wallpapers")

EXT4 = Packages("external4", "PIXEL_LLM_EXT5", EXT5_DEFAULT)
ext4_root, ext4_missing, ext4_error = EXT4.root, EXT4.missing, EXT4.error


def pzl_files(data: bytes) -> tuple[str, dict[str, bytes]]:
    """A Jigzo puzzle file: its texture map (text) and its embedded files, name -> bytes.
    Format: lines ``PzlF``, version, name, URL, map name, map size, then the map's bytes, then
    files one after another, each ``NAME\\nSIZE\\n`` and SIZE bytes."""
    if not data.startswith(b"PzlF\n"):
        raise ValueError("not a Jigzo puzzle (no 'PzlF' header)")
    head = data.split(b"\n", 6)
    size, rest = int(head[5]), head[6]
    mapping = rest[:size].decode("ascii", "replace")
    pos, files = len(data) - len(rest) + size, {}
    while pos < len(data):
        end = data.index(b"\n", pos)
        end2 = data.index(b"\n", end + 1)
        name, length = data[pos:end].decode().strip(), int(data[end + 1:end2])
        files[name] = data[end2 + 1:end2 + 1 + length]
        pos = end2 + 1 + length
    return mapping, files


def pzl_image(path: Path) -> Image.Image:
    """The whole photo of a Jigzo puzzle: the map's ``image X Y W H`` box of the full-size texture
    (the ``.jpg`` that is not the ``-t.jpg`` thumbnail)."""
    mapping, files = pzl_files(path.read_bytes())
    box = re.search(r"^image (\d+) (\d+) (\d+) (\d+)", mapping, re.M)
    texture = [n for n in files if n.endswith(".jpg") and not n.endswith("-t.jpg")]
    if box is None or len(texture) != 1:
        raise ValueError(f"{path}: no 'image' box or no single texture (another package version?)")
    x, y, w, h = map(int, box.groups())
    with Image.open(io.BytesIO(files[texture[0]])) as im:
        return im.convert("RGB").crop((x, y, x + w, y + h))


def ext4_photo(path: str) -> np.ndarray:
    """A file of an unpacked package as RGB (transparent parts on white): ``path`` is relative to
    the root and starts with the package's name; a ``.pzl`` gives its puzzle's whole photo."""
    file = ext4_root() / path
    if not file.is_file():
        raise ext4_error([path.split("/", 1)[0]])
    if file.suffix == ".pzl":
        return on_white(pzl_image(file))
    with Image.open(file) as im:
        return on_white(im)


EXT4_PATHS: dict[str, str] = {}
"""Item id -> the file it is read from, relative to the external4 root (package name first)."""


def X4(id: str, path: str, *args, **kw) -> Item:
    EXT4_PATHS[id] = path
    return Item(id, lambda: ext4_photo(path), *args, split=SPLIT, **kw)


JIG = lambda n: f"jigzo-data/usr/share/games/jigzo/puzzles/00_default/{n}.pzl"  # noqa: E731
KPA = lambda n: f"kphotoalbum/usr/share/kphotoalbum/demo/{n}.jpg"  # noqa: E731
LOM = lambda n: f"lomiri-wallpapers-16.04/usr/share/backgrounds/{n}.jpg"  # noqa: E731
PLASMA = lambda n, f="800x600.jpg": f"plasma-workspace-wallpapers/usr/share/wallpapers/{n}/contents/images/{f}"  # noqa: E731,E501

PEOPLE = ("people", "person", "man", "men", "woman", "women")
BAR = ("bar", "pub", "club", "night", "indoors", "lights", "fairy lights", "pictures", "photos", "posters",
       "frames", "smiling", "smile", "hug", "arm", "dark", "counter", "bar counter", "cocktail glass",
       "martini glass", "glass", "glasses")
DOG = ("dog", "black dog", "Labrador", "Labrador retriever", "flat-coated retriever", "mixed breed", "puppy",
       "animal", "pet")
RABBIT = ("rabbit", "bunny", "lop rabbit", "lop-eared rabbit", "Angora", "hare", "animal", "pet")
SKY = ("sky", "blue sky", "clouds", "cloud", "outdoors")

EXTERNAL4: list[Item] = [
    # people (KPhotoAlbum's demo album)
    X4("x4_bar_couple_crowd", KPA("bar55"), PEOPLE + ("couple", "crowd", "group"),
       BAR + ("sweater", "black sweater", "scarf", "striped scarf", "beard", "grey hair", "shirt", "table",
              "candle", "eyeglasses", "blonde", "short hair", "bartop", "wood"),
       people=11,
       notes="a smiling blond woman and a man with his arm round her lean on a bar counter, a martini glass "
             "at the bottom left; behind them a grey-bearded man, a woman with glasses and a striped scarf, a "
             "man with glasses at the right and several dim faces; counted 11 on a 2x crop (9-11: two faces "
             "are very dark)"),
    X4("x4_bar_toast", KPA("bar55_2"), PEOPLE + ("couple",),
       BAR + ("champagne", "wine", "wine glass", "wine glasses", "sparkling wine", "flute", "flutes", "toast",
              "cheers", "drink", "drinks", "coaster", "beer mat", "shirt", "striped shirt", "sweater", "blonde",
              "wood"),
       people=2,
       notes="the same couple at the bar each holding up a glass of sparkling wine, a martini glass on a red "
             "coaster in front; a third head may be hidden in the dark behind the man's shoulder, not counted"),
    X4("x4_grand_canyon_man", KPA("grand_canyon_2"),
       ("man", "person", "tourist", "people"),
       ("Grand Canyon", "canyon", "cliffs", "rocks", "snow", "sky", "blue sky", "sunset", "sunrise", "dusk",
        "railing", "rail", "fence", "hat", "beanie", "knit hat", "wool hat", "jacket", "brown jacket", "coat",
        "winter", "outdoors", "landscape", "viewpoint", "overlook", "valley", "mountains"),
       people=1,
       notes="a man in a knitted hat and brown jacket stands at a railing before a snowy canyon in low sun, "
             "clear blue sky above; his eyes are half shut"),
    X4("x4_grand_canyon", KPA("grand_canyon_3"),
       ("canyon", "Grand Canyon", "landscape", "gorge", "valley", "cliff", "cliffs"),
       ("sky", "blue sky", "rocks", "rock", "mountains", "sunset", "sunrise", "dusk", "shadow", "shadows",
        "outdoors", "nature", "desert", "plateau", "horizon", "snow", "trees"),
       count=0, notes="the Grand Canyon at low sun, a dark rocky spur at the left, pale blue sky; no people"),
    X4("x4_man_closeup", KPA("jesper"), ("man", "person", "face", "portrait", "selfie", "close-up"),
       ("smile", "smiling", "smirk", "bald", "short hair", "eyes", "blue eyes", "black background", "dark",
        "shirt", "black shirt", "indoors"),
       people=1,
       notes="a very close, slightly tilted head shot of a man with short fair hair and a faint smile on a dark "
             "background"),
    X4("x4_man_talking", KPA("jesper_2"), ("man", "person", "face", "portrait"),
       ("suit", "jacket", "black jacket", "blazer", "shirt", "blue shirt", "striped shirt", "open mouth",
        "talking", "speaking", "surprised", "brown hair", "door", "wall", "indoors", "room"),
       people=1,
       notes="a man in a dark jacket and an open-collared shirt, mouth open as if speaking, a white door "
             "frame behind; a green cut-out face is half seen at the right edge (a picture, not counted)"),
    X4("x4_pool_players", KPA("pool"),
       ("pool table", "billiard table", "billiards", "pool", "snooker", "man", "men", "people", "person",
        "player", "players"),
       ("cue", "pool cue", "cue stick", "balls", "ball", "lamp", "light", "shirt", "red shirt", "pink shirt",
        "green", "green felt", "felt", "wall", "door", "poster", "posters", "floor", "wooden floor",
        "indoors", "bar", "pub", "game", "playing", "jacket"),
       people=2,
       notes="a man in a red shirt leans over a green pool table holding a cue upright, another in a cream "
             "sweater watches by a second table at the back; a brass lamp hangs at the top left"),
    X4("x4_qt_tattoos", KPA("qt-logo"), PEOPLE + ("group", "friends"),
       ("tattoo", "tattoos", "Qt", "Qt logo", "logo", "arm", "arms", "biceps", "muscles", "flexing", "smile",
        "smiling", "laughing", "shirt", "shirts", "T-shirt", "sleeveless", "red shirt", "grey shirt",
        "eyeglasses", "glasses", "watch", "date", "timestamp", "indoors", "night", "party"),
       people=3,
       notes="three laughing men side by side flexing their upper arms, each showing the same black Qt-logo "
             "tattoo; the middle one in red; an orange date stamp at the bottom right; a headless blue-shirted "
             "torso behind the left man is not counted"),
    X4("x4_dog_in_woods", KPA("donna"), DOG,
       ("leaves", "dead leaves", "fallen leaves", "forest", "woods", "trees", "tree", "branches", "autumn",
        "winter", "ground", "outdoors", "walking", "path", "tree trunk", "log"),
       notes="a black dog standing among brown fallen leaves in a bare winter wood, looking at the camera"),
    X4("x4_dog_on_floor", KPA("donna_2"), DOG,
       ("floor", "wooden floor", "parquet", "laminate", "indoors", "eyes", "nose", "muzzle", "white muzzle",
        "collar", "looking up", "close-up", "shoe", "foot", "trousers", "jeans", "legs"),
       people=0,
       notes="a black dog with a greying muzzle on a light wooden floor, seen from above, flash-lit eyes; a "
             "person's shoe and trouser leg at the top left edge (not counted)"),
    X4("x4_rabbit_grass", KPA("spiff"), RABBIT,
       ("grass", "lawn", "field", "meadow", "outdoors", "black and white", "ears", "floppy ears", "fur"),
       notes="a black-and-white lop-eared rabbit sitting on green grass, facing the camera"),
    X4("x4_rabbit_box", KPA("spiff_2"), RABBIT + ("box", "cardboard box"),
       ("box", "cardboard box", "carton", "beer", "Carlsberg", "beer box", "crate", "cage", "wire", "wall",
        "corner", "indoors", "black and white", "ears", "logo", "label"),
       notes="the black-and-white rabbit pokes its head out of a torn Carlsberg beer carton standing in a black "
             "crate in the corner of a white room, a white wire rack at the left"),
    X4("x4_snowy_airport", KPA("snow"),
       ("airport", "airplane", "airplanes", "plane", "planes", "aircraft", "airliner", "airliners", "jet",
        "jets", "snow"),
       ("tarmac", "apron", "runway", "terminal", "gates", "jet bridge", "vehicles", "trucks", "snowplough",
        "snowplow", "winter", "sky", "grey sky", "overcast", "dusk", "lights", "outdoors", "Continental",
        "ice", "snowbanks", "piles of snow"),
       count=0,
       notes="a snowed-in airport from a high window: heaped snow in front, several airliners with dark tails "
             "parked at gates, service vehicles, an overcast evening sky; no people seen"),
    # Jigzo's puzzle photos
    X4("x4_childs_bike", JIG("bike-3x4"),
       ("bicycle", "bike", "child's bike", "kids bike", "pink bike", "bicycle-built-for-two"),
       ("basket", "pink basket", "wicker basket", "doll", "toy", "helmet", "wheel", "wheels", "tyre", "tire",
        "pavement", "sidewalk", "paving", "street", "outdoors", "pink", "handlebars", "saddle", "seat",
        "shadow", "shoe", "shoes", "legs", "feet", "mountain bike"),
       people=0,
       notes="a small pink child's bicycle parked on paving, a pink wicker basket with a curly-haired doll and "
             "a bicycle helmet at the front; the shoes and trouser legs of two passers-by show at the top "
             "edges (no whole person; people=0 is the label, 'people' is still allowed)"),
    X4("x4_kookaburra", JIG("bird-2x3"),
       ("kookaburra", "laughing kookaburra", "bird", "kingfisher", "animal"),
       ("branch", "branches", "tree", "leaves", "perched", "perch", "beak", "feathers", "zoo", "outdoors",
        "wood", "twigs", "eucalyptus"),
       notes="a laughing kookaburra (white head, dark eye stripe, brown and blue-flecked wings) perched in a "
             "forked branch among green leaves"),
    X4("x4_blackberries", JIG("blackberry-3x3"),
       ("blackberry", "blackberries", "berries", "berry", "bramble", "fruit", "fruits"),
       ("leaves", "leaf", "branch", "stem", "thorns", "red berries", "unripe", "ripe", "plant", "bush",
        "green", "outdoors", "garden", "nature", "bokeh", "blurred background"),
       count=0,
       notes="a bramble stem with ripe black and unripe red blackberries against green leaves"),
    X4("x4_castle", JIG("castle-6x3"),
       ("castle", "fortress", "fort", "tower", "battlements", "castle tower", "keep"),
       ("hill", "trees", "tree", "forest", "sky", "grey sky", "overcast", "clouds", "walls", "stone",
        "flag", "flagpole", "crenellations", "medieval", "outdoors", "branches"),
       notes="a square crenellated stone castle tower with a flagpole on a wooded hill, overcast sky, tree "
             "branches framing the top corners; a wide 782x392 frame"),
    X4("x4_tree_sky", JIG("clouds-4x4"),
       ("tree", "trees", "branches", "bare tree", "sky", "clouds"),
       SKY + ("white clouds", "twigs", "winter", "looking up", "silhouette", "nature", "leafless"),
       notes="looking up through the bare branches of a tree at a deep blue sky with white clouds"),
    X4("x4_gorilla", JIG("gorilla2-3x3"),
       ("gorilla", "silverback", "ape", "primate", "animal"),
       ("grass", "lawn", "walking", "zoo", "enclosure", "log", "tree", "trees", "plants", "bushes", "outdoors",
        "fur", "black", "grey", "knuckle-walking"),
       notes="a silverback gorilla walking on all fours across green grass in a zoo enclosure, a log and trees "
             "behind; 'chimpanzee' would be false"),
    X4("x4_helicopter_yacht", JIG("heli-4x3"),
       ("helicopter", "chopper"),
       ("sailboat", "sailing boat", "yacht", "boat", "sail", "sea", "water", "harbour", "harbor", "breakwater",
        "pier", "jetty", "wall", "sky", "blue sky", "flying", "outdoors", "rotor", "skids", "people",
        "person", "sailors"),
       people=5,
       notes="a blue helicopter with a white logo flies low over a harbour, a white sailing yacht beneath it "
             "before a stone breakwater; about five small people on the yacht's deck (counted on a 2x crop, "
             "4-6)"),
    X4("x4_horse_bridle", JIG("horse-4x3"),
       ("horse", "pony", "Haflinger", "chestnut horse", "sorrel", "animal"),
       ("bridle", "halter", "reins", "harness", "mane", "blond mane", "flaxen mane", "head", "eye", "nose",
        "stable", "barn", "close-up", "leather", "buckle", "chain"),
       notes="the head of a chestnut horse with a flaxen mane in a black leather bridle, side view, a stable "
             "wall behind"),
    X4("x4_emperor_penguin", JIG("penguin-3x2"),
       ("penguin", "emperor penguin", "king penguin", "king penguins", "bird", "animal"),
       ("beak", "head", "close-up", "feathers", "yellow", "orange", "black and white", "zoo", "neck"),
       notes="a close-up of a penguin's head and chest: black head, yellow-orange ear patch and beak stripe, "
             "pale yellow breast, a blurred grey-green background; 'puffin' would be false"),
    X4("x4_slide_tower", JIG("tobogan-4x3"),
       ("slide", "playground", "tube slide", "playground slide", "play tower", "climbing frame"),
       ("tower", "tube", "metal", "ladder", "steps", "stairs", "red", "blue", "trees", "tree", "leaves",
        "park", "outdoors", "sky", "summer", "railings", "frame", "scaffold"),
       notes="a tall red-and-blue steel play tower with a silver tube slide sweeping to the left, among green "
             "trees; no people"),
    X4("x4_steam_locomotive", JIG("train-2x2"),
       ("locomotive", "steam locomotive", "steam engine", "engine", "train", "miniature railway",
        "model train"),
       ("rails", "tracks", "railway", "track", "turntable", "green", "red", "buffer", "chimney", "funnel",
        "number", "99 4202", "lamps", "headlamps", "bushes", "plants", "wall", "outdoors", "sunny", "shadow",
        "concrete", "pavement"),
       notes="a small green-and-black steam locomotive with a red buffer beam, number 99 4202, on short rails "
             "on a concrete turntable, sunlit bushes behind (a garden/miniature railway)"),
    X4("x4_windmill", JIG("windmill-4x4"),
       ("windmill", "mill", "wind mill", "tower mill"),
       ("sails", "blades", "tower", "brick", "sky", "blue sky", "clouds", "white", "balcony", "gallery",
        "stage", "railing", "windows", "door", "grass", "outdoors", "Dutch", "Netherlands"),
       notes="a tall white-plastered tower windmill seen from below, its four lattice sails in a cross, a "
             "wooden gallery round its middle, blue sky with light clouds"),
    # Ubuntu Touch wallpapers
    X4("x4_fig_bowl", LOM("Picture_0B_by_freespace"),
       ("fig", "figs", "fruit", "bowl", "red bowl", "orange bowl"),
       ("half", "cut fig", "halved", "concrete", "stone", "grey", "gray", "shadow", "table", "surface",
        "wood", "wooden bowl", "lacquer", "seeds", "red", "still life", "food"),
       every=("fig", "bowl"),
       notes="one half of a cut fig (red seeded flesh) in a glossy red-orange teardrop-shaped bowl on grey "
             "stained concrete, a hard shadow at the top left; seen from above"),
    X4("x4_paint_brushes", LOM("Picture_1A_by_freespace"),
       ("paintbrush", "paintbrushes", "brush", "brushes", "paint brushes", "paint brush"),
       ("paint", "blue", "pink", "green", "turquoise", "colours", "colors", "colourful", "colorful", "bristles",
        "handles", "jar", "pot", "can", "studio", "close-up", "artist", "tools", "wood"),
       count=0,
       notes="a close-up of many used paintbrushes standing in pots, bristles stained bright blue, turquoise, "
             "pink and lime, blurred warm background"),
    X4("x4_drum_room", LOM("Wine_by_Jakkub_Mede"),
       ("djembe", "drum", "room", "living room", "wine bottle", "bottle", "wine", "interior"),
       ("wine glass", "glass", "red wine", "coffee grinder", "grinder", "table", "coffee table", "pallet",
        "pallet table", "wooden table", "beanbag", "bean bag", "pouf", "cushion", "speaker", "loudspeaker",
        "glass blocks", "window", "wall", "floor", "cork floor", "indoors", "wood", "furniture"),
       notes="a tall frame of a room: a djembe drum lying on a beige beanbag in front, behind it a low table "
             "made of pallets with a wine bottle, a glass of red wine and a hand coffee grinder, a floor "
             "speaker and a glass-block window; 'wine' is the file's name, the drum is nearest"),
    X4("x4_autumn_mountains", LOM("aitzgorri_by_Aitzol_Berasategi"),
       ("mountain", "mountains", "landscape", "hills", "meadow", "field", "forest"),
       ("grass", "trees", "tree", "autumn", "fall", "beech", "sky", "clouds", "valley", "limestone", "rock",
        "rocky", "ridge", "outdoors", "nature", "green", "orange"),
       notes="a green meadow in front of autumn-orange woods and a dark fir tree, a long grey rocky mountain "
             "ridge behind under a pale sky"),
    X4("x4_spaniels_window", LOM("friends_by_Aitzol_Berasategi"),
       ("dog", "dogs", "spaniel", "spaniels", "cocker spaniel", "cocker spaniels", "English cocker spaniel",
        "puppy", "animal", "animals", "pet", "pets"),
       ("window", "door", "house", "wooden house", "wood", "planks", "siding", "wall", "white", "grey",
        "curtain", "towel", "railing", "balcony", "porch", "looking out", "peeking", "hook", "rope",
        "outdoors", "ears", "tongue"),
       count=2,
       notes="two brown cocker spaniels peek out of a doorway of a weathered grey wooden house, one above the "
             "other, a white cloth hanging beside them; tall frame"),
    X4("x4_wall_clock", LOM("greentock_by_Peter_Nerlich"),
       ("clock", "wall clock", "analog clock"),
       ("hands", "clock hands", "numbers", "numerals", "white", "wall", "green", "yellow", "green light",
        "light", "shadow", "close-up", "modern", "minimalist", "indoors", "design", "cut-out numbers"),
       notes="a close, angled view of a white modern wall clock whose numbers are cut through the face and lit "
             "green-yellow from behind, black hands on a grey centre disc"),
    X4("x4_forest_stream", LOM("life_by_Aitzol_Berasategi"),
       ("stream", "creek", "brook", "river", "waterfall", "cascade", "forest", "woods"),
       ("rocks", "rock", "stones", "boulders", "trees", "tree", "moss", "ferns", "plants", "water", "green",
        "outdoors", "nature", "leaves", "gorge", "limestone"),
       notes="a small stream tumbling down a rocky gully through green woods, trees on both banks"),
    X4("x4_mountain_path", LOM("picosdeeuropa_by_Aitzol_Berasategi"),
       ("mountain", "mountains", "landscape", "path", "trail", "alp", "valley"),
       ("snow", "rocks", "rock", "peaks", "cliffs", "grass", "meadow", "pasture", "sky", "blue sky", "clouds",
        "outdoors", "nature", "hiking", "limestone", "dirt path", "ridge"),
       notes="a muddy footpath winds across a grassy slope toward jagged grey limestone peaks with snow "
             "patches, blue sky with white cloud, a grey rock on the slope; no people"),
    X4("x4_dandelions", LOM("seeding_by_Clements_Engelhardt"),
       ("dandelion", "dandelions", "dandelion clock", "seed head", "seed heads", "flower", "flowers",
        "wildflowers"),
       ("grass", "meadow", "field", "sunset", "sunlight", "backlit", "bokeh", "blurred background", "seeds",
        "stems", "outdoors", "nature", "golden hour", "spring", "summer"),
       count=0,
       notes="a backlit meadow of white dandelion seed heads at low sun, one sharp at the left and many "
             "blurred behind"),
    X4("x4_nuthatch", "lomiri-wallpapers-20.04/usr/share/backgrounds/Kleiber_by_Lukas_Baubkus.jpg",
       ("nuthatch", "bird", "Eurasian nuthatch", "animal"),
       ("tree", "tree trunk", "trunk", "bark", "climbing", "perched", "blurred background", "bokeh", "beak",
        "feathers", "outdoors", "nature", "wood"),
       notes="a small nuthatch (blue-grey back, buff underside) head-down on the side of a thick rough tree "
             "trunk that fills the left half, a pale blurred background"),
    # KDE Plasma wallpapers
    X4("x4_bw_jetty", PLASMA("ColdRipple"),
       ("jetty", "pier", "dock", "wooden pier", "boardwalk"),
       ("fog", "mist", "lake", "water", "sea", "grey", "gray", "planks", "boards", "wood", "ladder", "railing",
        "minimalist", "calm", "sky", "horizon", "outdoors", "long exposure", "monochrome",
        "black and white"),
       kind="bw",
       notes="a black-and-white photo of a wooden jetty running straight into thick fog over still water, "
             "two ladder rails at its far end"),
    X4("x4_cups", PLASMA("ColorfulCups", "2560x1600.jpg"),
       ("cup", "cups", "plastic cups", "paper cups", "party cups"),
       ("blue", "pink", "red", "purple", "rows", "pattern", "colourful", "colorful", "close-up", "above",
        "many", "stack"),
       count=0,
       notes="rows of upright plastic cups seen from above at an angle, blue ones in front, pink and red behind, "
             "purple outsides; too many to count"),
    X4("x4_rowing_boats", PLASMA("EveningGlow"),
       ("boat", "boats", "rowing boat", "rowing boats", "rowboat", "rowboats", "canoe", "canoes", "lake"),
       ("water", "shore", "beach", "pebbles", "gravel", "jetty", "pier", "sunset", "dusk", "sky", "clouds",
        "hills", "mountains", "reflection", "wooden", "wood", "outdoors", "landscape", "orange sky",
        "Lake District"),
       count=0,
       notes="a row of wooden rowing boats pulled up on a pebble shore at sunset, a lake with a jetty and dark "
             "hills behind under orange and grey clouds; nine or more boats, partly overlapping"),
    X4("x4_fallen_leaf", PLASMA("FallenLeaf"),
       ("leaf", "leaves", "maple leaf", "autumn leaf", "autumn leaves", "fallen leaves", "dry leaf"),
       ("autumn", "fall", "ground", "forest floor", "orange", "brown", "red", "red leaf", "bokeh",
        "blurred background", "close-up", "macro", "nature", "outdoors", "grass"),
       notes="a dry brown maple leaf lying on autumn leaves, a red leaf blurred behind, warm orange bokeh"),
    X4("x4_kite_sky", PLASMA("Kite"), ("kite", "sky"),
       SKY + ("white clouds", "flying", "rainbow", "colourful", "colorful", "wind"),
       notes="a small rainbow-coloured kite in the middle of a deep blue sky with white clouds at the "
             "edges; no string or person seen"),
    X4("x4_forest_path", PLASMA("Path"),
       ("forest", "woods", "trees", "path", "trail", "footpath", "pine forest", "spruce forest"),
       ("tree trunks", "trunks", "moss", "ferns", "undergrowth", "green", "dark", "conifers", "pines",
        "spruces", "nature", "outdoors", "dirt path"),
       notes="a narrow brown footpath through a dark stand of tall straight conifers, the floor green with "
             "moss and ferns; no people"),
    X4("x4_lake_dusk", PLASMA("summer_1am"),
       ("lake", "water", "dusk", "twilight", "sunset", "sky"),
       ("reflection", "reeds", "horizon", "shore", "trees", "purple", "pink", "calm", "still water", "evening",
        "night", "landscape", "outdoors", "nature", "sea"),
       notes="a calm lake at twilight: a purple-pink sky reflected in still water, reeds and a low dark tree "
             "line on the right horizon; most of the frame is sky"),
    X4("x4_konqi_drawing", PLASMA("FlyingKonqui", "800x600.png"),
       ("dragon", "Konqi", "cartoon dragon", "mascot", "KDE") + ("drawing", "cartoon", "clip art", "illustration"),
       ("green", "blue", "blue background", "bubbles", "circles", "flying", "cape", "red cape", "wings",
        "wallpaper", "character"),
       kind="drawing",
       notes="KDE's mascot Konqi, a green cartoon dragon with a red scarf, flying at the top right of a blue "
             "wallpaper of pale bubbles; 'turtle' or 'frog' would be false"),
    X4("x4_autumn_tree_painting", PLASMA("Autumn"),
       ("tree", "autumn tree", "painting", "digital painting", "girl", "child", "person"),
       ("leaves", "falling leaves", "autumn", "fall", "orange", "grass", "meadow", "sky", "wind", "dress",
        "artwork", "art", "illustration", "impressionist", "landscape"),
       people=1, kind="painting",
       notes="a digital painting in blocky brush strokes: a big orange autumn tree at the right, a small girl "
             "in a dress on the green grass at the left with leaves blowing toward her, a pale yellow sky"),
]


def items() -> list[Item]:
    """The external4 items; missing packages raise with the commands that fetch them."""
    return EXT4.available(EXTERNAL4, EXT4_PATHS.values())
