"""The photo benchmark's ``external6`` split: 51 pictures from thirteen Debian packages that no
earlier split (photo or screen) used, labelled from the pixels before any caption of them was made.

Sources: the photos of Tux Typing (``tuxtype-data``: its landscape backgrounds, a space picture or
two, the photos of its language themes), the sample and test pictures of image libraries
(``libvlfeat-doc``, ``wand-doc``, ``libvigraimpex-doc``, ``cimg-examples``, ``allegro5-doc``,
``python-pygame-doc``, ``perl-tk``), a jigsaw game's sample photos (``puzzle-jigsaw``), a desktop
tile (``afterstep-data``), a login screen's background (``sddm-theme-maldives``), and the pictures
two WordPress themes ship (``wordpress-theme-twentytwentyone``: paintings;
``wordpress-theme-twentytwentytwo``: bird illustrations). Nothing is copied here: the files are read
at build time from ``$PIXEL_LLM_EXT12`` (default ``/work/ext12``), where each package is unpacked as
``dpkg -x`` leaves it::

    export PIXEL_LLM_EXT12=/work/ext12; mkdir -p $PIXEL_LLM_EXT12 && cd $PIXEL_LLM_EXT12
    for p in afterstep-data allegro5-doc cimg-examples libvigraimpex-doc libvlfeat-doc perl-tk \\
             puzzle-jigsaw python-pygame-doc sddm-theme-maldives tuxtype-data wand-doc \\
             wordpress-theme-twentytwentyone wordpress-theme-twentytwentytwo; do
        apt-get download $p && dpkg -x ${p}_*.deb $PIXEL_LLM_EXT12/$p; done

(Debian 12 "bookworm" versions when labelled: afterstep-data 2.2.12-15, allegro5-doc
2:5.2.8.0+dfsg-1, cimg-examples 3.2.1+dfsg-1, libvigraimpex-doc 1.11.1+dfsg-11, libvlfeat-doc
0.9.21+full-1, perl-tk 1:804.036-1+b2, puzzle-jigsaw 1.0.2+git20201007.527c529+dfsg-4+b1,
python-pygame-doc 2.1.2+dfsg-5, sddm-theme-maldives 0.19.0-5, tuxtype-data 1.8.3-5.1, wand-doc
0.6.11-1, wordpress-theme-twentytwentyone and wordpress-theme-twentytwentytwo
6.1.9+dfsg1-0+deb12u1.) Like ``external3`` to ``external5`` it is not part of ``all``; score it
once with ``bench_photos.py --split external6 --no-speed``.

What it holds (``people`` is the label's count; counts by category, not photo by photo):

- 38 photos (one of them black and white), 9 paintings, 4 drawings or illustrations.
- 14 items with people: 8 photos (single people, people seen only in part, a collage with a face,
  and street, vehicle and beach scenes with many small people, whose counts are estimates that the
  notes call so) and 6 paintings of people.
- 12 items with animals and no people: 8 photos (mammals and birds) and 4 drawings or
  illustrations; one more animal photo has a person holding the animal.
- 17 photos of landscapes and places without people (mountains, ice, coast, water, a cave,
  terraces, a city skyline, countryside), 2 space pictures, 3 paintings without people (a garden,
  trees before a house, a still life of flowers).
- 3 photos of objects and plants (a flower, a soft toy, a house wall with a tree).

Words are left out of an item's labels where the pixels do not settle them; where a large blue or
white area is water, ice or snow and not sky, ``sky`` is left out. Left out of the split: images
under 200 px a side, files identical to ones in packages earlier splits used (the Tk demo images
in ``perl-tk``, GNOME's account pictures in ``budgie-control-center-data``), processed variants of
one photo (the Wand and GEGL effect galleries), abstract tiles and screenshots.

    python benchmarks/photoset.py --dump /tmp/external6 --split external6   # the images as PNG
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from photoset import Item, Packages, on_white

SPLIT = "external6"
EXT12_DEFAULT = "/work/ext12"
EXT6_PACKAGES = ("afterstep-data", "allegro5-doc", "cimg-examples", "libvigraimpex-doc", "libvlfeat-doc", "perl-tk",
                 "puzzle-jigsaw", "python-pygame-doc", "sddm-theme-maldives", "tuxtype-data", "wand-doc",
                 "wordpress-theme-twentytwentyone", "wordpress-theme-twentytwentytwo")

EXT6 = Packages("external6", "PIXEL_LLM_EXT12", EXT12_DEFAULT)
ext6_root, ext6_missing, ext6_error = EXT6.root, EXT6.missing, EXT6.error


def ext6_photo(path: str) -> np.ndarray:
    """A file of an unpacked package as RGB (palette images converted, transparent parts on
    white): ``path`` is relative to the root and starts with the package's name."""
    file = ext6_root() / path
    if not file.is_file():
        raise ext6_error([path.split("/", 1)[0]])
    with Image.open(file) as im:
        return on_white(im)


EXT6_PATHS: dict[str, str] = {}
"""Item id -> the file it is read from, relative to the external6 root (package name first)."""


def X6(id: str, path: str, *args, **kw) -> Item:
    EXT6_PATHS[id] = path
    return Item(id, lambda: ext6_photo(path), *args, split=SPLIT, **kw)


TT = lambda n: f"tuxtype-data/usr/share/tuxtype/images/{n}"  # noqa: E731
TTHEME = lambda n: f"tuxtype-data/usr/share/tuxtype/themes/{n}/images/photo.png"  # noqa: E731
VL = lambda n: f"libvlfeat-doc/usr/share/doc/libvlfeat-dev/doc/images/{n}"  # noqa: E731
WAND = lambda n: f"wand-doc/usr/share/doc/wand-doc/html/_images/{n}"  # noqa: E731
AL = lambda n: f"allegro5-doc/usr/share/doc/allegro5-doc/examples/data/{n}"  # noqa: E731
CIMG = lambda n: f"cimg-examples/usr/share/doc/cimg-dev/examples/img/{n}"  # noqa: E731
JIG = lambda n: f"puzzle-jigsaw/usr/share/puzzle-jigsaw/samples/{n}"  # noqa: E731
WP1 = lambda n: f"wordpress-theme-twentytwentyone/usr/share/wordpress/wp-content/themes/twentytwentyone/assets/images/{n}"  # noqa: E731,E501
WP2 = lambda n: f"wordpress-theme-twentytwentytwo/usr/share/wordpress/wp-content/themes/twentytwentytwo/assets/images/{n}"  # noqa: E731,E501

SKY = ("sky", "blue sky", "clouds", "cloud", "outdoors")
NATURE = ("landscape", "nature", "scenery", "outdoors")
PAINTING = ("painting", "oil painting", "impressionist", "impressionism", "brushstrokes", "art", "artwork")
ILLUSTRATION = ("illustration", "drawing", "art", "artwork")

EXTERNAL6: list[Item] = [
    # -- people (photos) -----------------------------------------------------------------------
    X6("x6_seal_pup_held", TT("hidden.jpg"),
       ("seal", "seal pup", "baby seal", "harp seal", "pup", "person", "man"),
       ("snow", "ice", "white", "orange", "orange jacket", "jacket", "coat", "parka", "hands", "holding",
        "outdoors", "winter", "cold", "arctic", "animal", "fur", "whiskers", "cute", "people", "people"),
       people=1,
       notes="a person in an orange insulated suit, head cut off by the top edge, holds a white-grey seal pup "
             "against the chest on snow and ice; grainy photo, 640x480; the pup's face is the only face"),
    X6("x6_minibus_dakar", TTHEME("wolof"),
       ("bus", "minibus", "van", "vehicle"),
       ("passengers", "people", "person", "man", "men", "road", "street", "flag", "Senegal flag",
        "Senegalese flag", "tree", "baobab", "inset", "colourful", "colorful", "painted", "yellow", "blue",
        "windows", "wheels", "sky", "grey sky", "overcast", "outdoors", "city", "truck", "traffic"),
       people=7,
       notes="a yellow-and-blue painted minibus ('Transport en commun', 'C.T.C.') on a road with passengers "
             "seen through its windows (about 7 on a 4x crop, 5-9, an estimate) and the driver; inset at "
             "the top right the green-yellow-red flag of Senegal and at the bottom right a small photo of a "
             "baobab tree; part of another vehicle at the left; 301x204"),
    X6("x6_colosseum_street", TTHEME("italian"),
       ("Colosseum", "Coliseum", "amphitheatre", "amphitheater", "ruins", "building", "monument"),
       SKY + ("street", "road", "cars", "car", "traffic", "motorcycle", "scooter", "motorbike", "people",
              "person", "tourists", "trees", "arches", "Rome", "city", "wall", "lamp post", "street lamp",
              "ancient", "stone", "landmark", "pedestrians"),
       people=15, count=1,
       notes="the Colosseum under a clear blue sky, a road full of cars in front with a motorcyclist, small "
             "pedestrians along the wall at the right and by the trees (about 15 on a 4x crop, 10-20, an "
             "estimate); 300x200"),
    X6("x6_granite_beach", TT("kcas2.jpg"),
       ("beach", "rocks", "boulders", "granite boulders", "coast", "shore"),
       SKY + NATURE + ("sea", "ocean", "water", "shallow water", "turquoise water", "sand", "white sand",
                      "palm trees", "palm tree", "trees", "people", "person", "tourists", "tropical", "island",
                      "Seychelles", "lagoon", "walking", "swimmers"),
       people=25, count=0,
       notes="huge rounded grey granite boulders on a white-sand beach with palm trees, clear turquoise "
             "shallow water at the left, clouds in a blue sky; many small people walking on the beach and "
             "wading (about 25 on a 3x crop, an estimate); 1280x1024"),
    X6("x6_id_portrait_bw", VL("perdoch.jpg"),
       ("man", "person", "portrait", "face", "headshot", "young man"),
       ("black and white", "monochrome", "grey", "gray", "shirt", "checked shirt", "plaid shirt", "dark hair",
        "short hair", "white background", "wall", "passport photo", "looking at camera"),
       people=1, kind="bw",
       notes="a black-and-white head-and-shoulders photo of a young man with short dark hair in a checked "
             "shirt, looking at the camera, plain light wall; 225x300"),
    X6("x6_hand_cola_bottle", WAND("transform.jpg"),
       ("bottle", "Coca-Cola", "Coca-Cola bottle", "Coke", "soda", "soft drink", "drink", "hand", "person"),
       ("woman", "girl", "hair", "long hair", "brown hair", "fingers", "holding", "red", "red label", "label",
        "blurred", "bokeh", "sunlight", "light", "lens flare", "plastic bottle", "cola", "advertisement"),
       people=1,
       notes="a hand holds up a red-labelled Coca-Cola plastic bottle in warm backlight; behind it a blurred "
             "person with long brown hair, face not visible; 320x213"),
    X6("x6_woman_on_footbridge", WAND("composite-channel.jpg"),
       ("woman", "girl", "person", "bridge", "footbridge", "wooden bridge"),
       ("young woman", "lying", "reclining", "wood", "wooden", "planks", "railing", "railings", "branches",
        "trees", "forest", "boots", "blonde", "long hair", "dress", "outdoors", "blurred", "faded", "pale",
        "walkway", "boardwalk", "fashion", "model"),
       people=1,
       notes="a young blonde woman lying back on the planks of a rustic wooden footbridge with branch railings "
             "in a pale, washed-out tone; a blurred white patch covers part of the picture by her legs (the "
             "page's compositing example); her face is turned up and away; 640x427"),
    X6("x6_caltech_collage", VL("caltech-collage.jpg"),
       ("collage", "grid", "montage"),
       ("man", "person", "face", "airplane", "aeroplane", "plane", "jet", "dragonfly", "insect", "hedgehog",
        "hands", "metronome", "wheelchair", "flamingo", "bird", "motorcycle", "motorbike", "tuba",
        "euphonium", "brass instrument", "instrument", "photos", "pictures"),
       people=1, count=9,
       notes="a 3x3 grid of nine small photos: a small jet on the ground, a dragonfly, a hedgehog held in a "
             "pair of hands, a metronome, a man's face (head and shoulders), a wheelchair, a flamingo, a "
             "motorcycle, a brass instrument (tuba or euphonium); one face, plus a second person's hands; "
             "300x215"),
    # -- people (paintings) --------------------------------------------------------------------
    X6("x6_painting_child_sand", WP1("playing-in-the-sand.jpg"),
       ("painting", "child", "girl", "person"),
       PAINTING + ("little girl", "kid", "playing", "sand", "garden", "flowers", "watering can", "bucket",
                   "pot", "white dress", "dress", "hat", "bonnet", "kneeling", "sitting", "outdoors", "Morisot"),
       people=1, kind="painting",
       notes="an impressionist painting (Berthe Morisot) of a small girl in a white dress and brown hat "
             "crouching on sand, a grey-blue watering can and a red pot beside her, flowers behind"),
    X6("x6_painting_girl_reading", WP1("Reading.jpg"),
       ("painting", "girl", "woman", "person", "reading"),
       PAINTING + ("book", "reading a book", "young woman", "blonde", "sitting", "chair", "table", "plants",
                   "palm", "palm leaves", "window", "veranda", "conservatory", "garden", "signature", "Morisot"),
       people=1, kind="painting",
       notes="an impressionist painting (Berthe Morisot) of a fair-haired girl reading a book, seated at a "
             "table on a veranda among palm leaves, a window at the right, a signature at the bottom right"),
    X6("x6_painting_two_women_park", WP1("in-the-bois-de-boulogne.jpg"),
       ("painting", "women", "woman", "people", "person"),
       PAINTING + ("two women", "park", "garden", "trees", "grass", "flowers", "hat", "hats", "dress",
                   "dresses", "sitting", "bending", "chair", "outdoors", "Bois de Boulogne", "Morisot"),
       people=2, kind="painting",
       notes="an impressionist painting (Berthe Morisot) of two women in a park: one in blue with a straw hat "
             "seated on a chair, one in a grey dress bending towards her, trees and lawn behind"),
    X6("x6_painting_self_portrait", WP1("self-portrait-1885.jpg"),
       ("painting", "portrait", "self-portrait", "woman", "person", "face"),
       PAINTING + ("grey hair", "gray hair", "jacket", "brown jacket", "scarf", "black ribbon", "collar",
                   "flower", "brooch", "looking at camera", "Morisot"),
       people=1, kind="painting",
       notes="an impressionist self-portrait (Berthe Morisot, 1885): a woman with grey hair in a brown "
             "jacket with a dark ribbon at the neck, looking out at the viewer, loose pale background"),
    X6("x6_painting_woman_mauve", WP1("young-woman-in-mauve.jpg"),
       ("painting", "portrait", "woman", "young woman", "person", "face"),
       PAINTING + ("dark hair", "white dress", "blouse", "mauve", "dress", "sitting", "hands", "chair",
                   "looking at camera", "Morisot"),
       people=1, kind="painting",
       notes="an impressionist portrait (Berthe Morisot) of a young woman with dark hair in a pale white-mauve "
             "dress, seated, hands in her lap, loose grey-mauve background"),
    X6("x6_mona_lisa", VL("placeholder.jpg"),
       ("Mona Lisa", "painting", "portrait", "woman", "person", "face", "La Gioconda"),
       ("Leonardo da Vinci", "da Vinci", "Leonardo", "art", "artwork", "oil painting", "smile", "smiling",
        "dark hair", "long hair", "landscape", "background", "famous", "Renaissance", "dress"),
       people=1, kind="painting",
       notes="a reproduction of Leonardo's Mona Lisa, head and shoulders, the landscape behind; 320x320"),
    # -- animals (photos) ----------------------------------------------------------------------
    X6("x6_tiger_snow", JIG("pexels-photo-302304.jpeg"),
       ("tiger", "Siberian tiger", "Amur tiger", "big cat"),
       ("snow", "winter", "walking", "stripes", "orange", "white", "animal", "wildlife", "looking at camera",
        "cold", "outdoors"),
       notes="a tiger walking towards the camera through deep snow, looking straight ahead, snowflakes; "
             "1001x648"),
    X6("x6_cat_face", JIG("cat-animal-cat-portrait-mackerel.jpg"),
       ("cat", "tabby cat", "tabby", "kitten", "cat face"),
       ("face", "close-up", "blue eyes", "eyes", "whiskers", "fur", "grey", "gray", "pink nose", "nose",
        "stripes", "animal", "pet", "black and white", "desaturated", "portrait", "looking at camera"),
       notes="a close-up of a grey tabby cat's face filling the frame, the picture almost grey except for "
             "its pale blue eyes and pink nose; 1001x648 (a colour photo, toned nearly monochrome)"),
    X6("x6_bears_river", "libvigraimpex-doc/usr/share/doc/libvigraimpex-dev/html/bears.jpg",
       ("bear", "bears", "brown bear", "brown bears", "grizzly", "grizzly bear", "bear cubs"),
       ("cubs", "mother", "water", "river", "stream", "shore", "bank", "rocks", "gravel", "walking", "animal",
        "animals", "wildlife", "nature", "outdoors", "family"),
       count=3,
       notes="a brown bear walking left along a river bank with two cubs following behind her, blue-green "
             "water behind; a thin black border at the right; 481x321"),
    X6("x6_white_mouse", AL("mysha.pcx"),
       ("mouse", "white mouse", "rodent", "lab mouse", "rat"),
       ("white", "fur", "pink ears", "ears", "whiskers", "red eyes", "animal", "pet", "close-up", "purple",
        "dark background", "black"),
       notes="a white mouse with pink ears and red eyes on a black ledge against a dark purple background; "
             "320x200, a palette image"),
    X6("x6_green_parrot", AL("obp.jpg"),
       ("parrot", "parakeet", "bird", "orange-bellied parrot", "grass parakeet"),
       ("green", "yellow", "blue", "feathers", "perched", "perch", "wood", "wooden", "branch", "twigs",
        "leaves", "animal", "wildlife", "nature", "outdoors"),
       notes="a small green-and-yellow parrot with a blue band over its beak and blue wing edges, perched on "
             "a weathered wooden board, twigs and a blurred grey background; 532x416"),
    X6("x6_macaw_cage", CIMG("parrot.ppm"),
       ("parrot", "macaw", "scarlet macaw", "bird", "red macaw"),
       ("cage", "wire", "wire mesh", "bars", "red", "feathers", "blue", "green", "claws", "foot", "beak",
        "animal", "zoo", "aviary", "close-up", "pet"),
       notes="a red macaw with blue and green wing feathers clinging to a wire cage, seen through the mesh, "
             "one foot up on the wire; 495x498"),
    X6("x6_hummingbird_feeder", WAND("hummingbird.jpg"),
       ("hummingbird", "bird", "humming bird"),
       ("feeder", "bird feeder", "perched", "long beak", "beak", "bill", "green background", "feathers", "grey",
        "green", "red", "yellow", "animal", "wildlife", "nature", "close-up"),
       notes="a grey-green hummingbird perched on the wire ring of a red-and-yellow feeder (bottom left), "
             "long thin bill, blurred green background; 330x252"),
    X6("x6_inca_tern", WAND("inca_tern.jpg"),
       ("bird", "tern", "Inca tern", "seabird"),
       ("beak", "red beak", "moustache", "white moustache", "feathers", "grey", "gray", "dark grey", "head",
        "close-up", "green background", "animal", "wildlife", "nature", "portrait"),
       notes="the head and breast of an Inca tern: dark grey plumage, red beak, a white curled moustache "
             "feather, blurred green background; 330x235"),
    # -- animals (drawings, illustrations) -----------------------------------------------------
    X6("x6_hummingbird_on_branch", WP2("bird-on-salmon.jpg"),
       ("bird", "hummingbird", "illustration", "drawing"),
       ILLUSTRATION + ("branch", "twig", "green", "red", "red breast", "long beak", "beak", "perched",
                       "salmon background", "peach background", "pink background", "vintage", "print",
                       "engraving", "animal", "moss"),
       kind="drawing",
       notes="a vintage natural-history illustration of a green hummingbird with a red breast perched on a "
             "twisted bare branch, plain peach background; tall frame"),
    X6("x6_hummingbird_on_black", WP2("bird-on-black.jpg"),
       ("bird", "hummingbird", "illustration", "drawing"),
       ILLUSTRATION + ("flying", "wings", "green", "red", "red throat", "ruby-throated hummingbird",
                       "black background", "vintage", "print", "animal", "beak", "long beak"),
       kind="drawing",
       notes="a vintage illustration of a hummingbird in flight, green back and red throat, wings spread, "
             "alone on a black background; tall frame"),
    X6("x6_ducks_print", WP2("ducks.jpg"),
       ("ducks", "duck", "mallard", "mallards", "illustration", "drawing"),
       ILLUSTRATION + ("water", "swimming", "waves", "ripples", "blue", "blue water", "feathers",
                       "green head", "yellow beak", "beak", "close-up", "animal", "animals", "birds",
                       "bird", "print", "woodblock", "Japanese print", "vintage"),
       kind="drawing", count=2,
       notes="a close crop of a print of two mallard ducks swimming on pale blue water with drawn ripples: "
             "the green head and yellow bill of one at the left, the wing of a second cut by the right "
             "edge; the blue is water, not sky"),
    X6("x6_cartoon_wizard_mouse", "perl-tk/usr/lib/x86_64-linux-gnu/perl5/5.36/Tk/demos/images/mickey.gif",
       ("cartoon", "Mickey Mouse", "Mickey", "mouse", "drawing", "clip art"),
       ("deer", "fawn", "Bambi", "wizard", "wizard hat", "hat", "robe", "magic", "spell", "sparkle", "forest",
        "trees", "night", "dark", "animals", "characters", "pixel art", "Disney"),
       kind="drawing", count=1,
       notes="a cartoon of Mickey Mouse as a sorcerer in a blue pointed hat and red robe casting a sparkling "
             "spell at a cartoon fawn, in a dark forest of trunks; 'AM' in a box at the bottom right; "
             "320x200, a palette image"),
    # -- landscapes and places ------------------------------------------------------------------
    X6("x6_glacier_front", TT("kcas3.jpg"),
       ("glacier", "ice", "ice wall", "mountains", "landscape"),
       SKY + NATURE + ("snow", "snowy mountains", "lake", "water", "icebergs", "ice floes", "Perito Moreno",
                      "Patagonia", "white", "blue", "rocks", "cold"),
       notes="the ice wall of a glacier ending in a lake full of broken ice, snowy peaks and a blue sky with "
             "white clouds behind, a brown rocky bank at the bottom left; 1280x1024"),
    X6("x6_volcano_sunset", TT("kcas6.jpg"),
       ("volcano", "mountain", "landscape", "peak"),
       SKY + NATURE + ("snow", "smoke", "plume", "steam", "ash", "trees", "field", "plain", "dusk", "sunset",
                      "evening", "golden light", "sign", "snowy mountain", "Popocatepetl"),
       notes="a snow-streaked volcanic cone lit orange by a low sun with a small plume rising from the top, "
             "a clear pale blue sky, dark trees and a dry plain below; 1280x1024"),
    X6("x6_mountain_lake", TT("kcas4.jpg"),
       ("lake", "mountains", "mountain lake", "landscape"),
       SKY + NATURE + ("turquoise", "turquoise water", "water", "forest", "pine trees", "trees", "conifers",
                      "valley", "rocks", "glacial lake", "Peyto Lake", "Canada", "Rockies", "snow"),
       notes="a turquoise glacial lake below grey rocky mountains, dark conifers in front and at the left, "
             "white clouds in a blue sky; 1280x1024"),
    X6("x6_rock_dome_water", TT("kcas9.jpg"),
       ("rock", "cliff", "rock face", "boulder", "dome"),
       SKY + NATURE + ("water", "reflection", "lake", "sea", "granite", "orange", "lichen", "stone", "blue sky",
                      "bird"),
       notes="a huge rounded rock face streaked orange and grey rising from still dark water that mirrors it, "
             "a deep blue cloudless sky; a tiny bird at the top left; 1280x1024"),
    X6("x6_cave", TT("kcas10.jpg"),
       ("cave", "cavern", "grotto", "rock"),
       ("dark", "limestone", "stone", "rocks", "light", "opening", "inside", "underground", "erosion", "nature"),
       notes="inside a cave: smooth, hollowed rock walls lit warm yellow-white, a lit hollow in the middle, "
             "black shadow at the left and bottom; no sky; 1280x1024"),
    X6("x6_rice_terraces", TT("kcas11.jpg"),
       ("rice terraces", "terraces", "rice fields", "paddy fields", "fields", "landscape"),
       NATURE + ("water", "flooded fields", "trees", "hills", "hillside", "green", "aerial view",
                 "from above", "farming", "agriculture", "Yuanyang", "China", "Asia", "reflections"),
       count=0,
       notes="a hillside of flooded rice terraces seen from above, curving bands of water reflecting pale "
             "light between green and red-brown strips, a few trees; no sky; 1280x1024"),
    X6("x6_rocky_shore_dusk", TT("kcas5.jpg"),
       ("rocks", "shore", "coast", "sea", "lake", "water", "landscape"),
       SKY + NATURE + ("boulders", "stones", "clouds", "dusk", "twilight", "evening", "long exposure",
                      "mist", "calm water", "hills", "headland", "purple", "bay"),
       notes="dark rounded boulders on a shore by smooth, misty long-exposure water, wooded headlands at both "
             "sides, a purple-grey clouded sky at dusk; 1280x1024"),
    X6("x6_hot_spring", TT("kcas8.jpg"),
       ("hot spring", "geothermal pool", "pool", "spring", "steam", "landscape"),
       SKY + NATURE + ("water", "green water", "orange", "mineral deposits", "steam", "mist", "trees", "hills",
                      "forest", "Champagne Pool", "New Zealand", "Rotorua", "geyser", "rocks"),
       notes="a steaming green geothermal pool with a bright orange mineral rim and grey sinter in front, "
             "forested hills and a little blue sky with clouds behind; 1280x1024"),
    X6("x6_iceberg_lake", TT("kcas0.jpg"),
       ("iceberg", "ice", "lake", "glacier", "landscape"),
       SKY + NATURE + ("water", "mountains", "snowy mountains", "snow", "blue", "reflection", "cold",
                      "Patagonia", "Argentina"),
       notes="a long pale-blue iceberg floating on dark blue water, snowy mountains behind, a deep blue sky; "
             "1280x1024"),
    X6("x6_surf_rocks", TT("kcas1.jpg"),
       ("sea", "ocean", "coast", "rocks", "shore", "waves", "landscape"),
       SKY + NATURE + ("water", "cliff", "cliffs", "long exposure", "mist", "spray", "stormy", "blue", "dusk",
                      "overcast", "rocky shore", "horizon"),
       notes="sea water flowing as white mist over dark flat rocks (long exposure), a dark cliff at the "
             "right, a cloudy blue-grey sky over the horizon; 1280x1024"),
    X6("x6_frozen_lake_glacier", TT("kcas7.jpg"),
       ("ice", "frozen lake", "glacier", "lake", "landscape"),
       SKY + NATURE + ("snow", "mountains", "mountain", "cracks", "blue ice", "blue", "white", "cold",
                      "Antarctica", "winter", "clear sky"),
       notes="clear blue lake ice with white cracks and snow slabs in front, a glacier's ice cliff across "
             "the lake, dark mountains with snow under a clear deep blue sky; 1280x1024"),
    X6("x6_forested_mountains", TTHEME("asturian"),
       ("mountains", "forest", "hills", "landscape", "valley"),
       SKY + NATURE + ("trees", "green", "woods", "peaks", "rocky peaks", "summer", "Asturias"),
       notes="steep slopes covered in dense green deciduous forest, bare rocky peaks behind under a blue sky "
             "with a white cloud; 300x225"),
    X6("x6_farmhouse_valley", TTHEME("euskara"),
       ("countryside", "landscape", "valley", "hills", "farm", "farmhouse", "house"),
       NATURE + ("building", "buildings", "red roof", "roofs", "trees", "forest", "fields", "meadow", "grass",
                 "green", "cliff", "rocks", "mist", "haze", "sky", "mountains", "rural", "Basque Country"),
       notes="a long white house with red-tiled roofs at the bottom of a green valley, wooded hillsides and a "
             "grey rock outcrop behind, misty grey hills and a hazy sky at the top; 300x200"),
    X6("x6_tropical_beach", TTHEME("jamaican"),
       ("beach", "sea", "ocean", "coast", "landscape"),
       SKY + NATURE + ("sand", "waves", "water", "turquoise water", "trees", "island", "headland", "tropical",
                      "shore", "Jamaica", "text", "caption"),
       notes="a sandy beach with small waves, turquoise sea, a tree-covered headland at the left, blue sky "
             "with white clouds; a tiny credit line at the bottom right; 300x200"),
    X6("x6_city_skyline", TTHEME("korean"),
       ("city", "skyline", "cityscape", "buildings", "skyscrapers"),
       SKY + ("towers", "tower", "TV tower", "N Seoul Tower", "Seoul", "mountain", "hills", "trees", "urban",
              "downtown", "high-rise", "office buildings", "haze", "aerial view", "Korea"),
       count=0,
       notes="a dense city of high-rise buildings seen from above, a wooded hill with a TV tower on its top "
             "at the right, hazy mountains and a pale blue sky behind; 300x200"),
    X6("x6_maldives_jetty", "sddm-theme-maldives/usr/share/sddm/themes/maldives/background.jpg",
       ("beach", "jetty", "pier", "boardwalk", "landscape", "tropical beach"),
       SKY + NATURE + ("sea", "ocean", "water", "lagoon", "sand", "trees", "palm tree", "palm leaves",
                      "bushes", "water villas", "bungalows", "huts", "island", "Maldives", "resort", "tropical",
                      "wooden"),
       notes="a wooden jetty leading from a white beach out across a pale lagoon to a row of water villas, "
             "green bushes at both sides, palm fronds at the top right, a pale hazy blue sky; no people "
             "seen; 2592x1754"),
    X6("x6_canyon_mosaic", VL("sift-mosaic.jpg"),
       ("canyon", "mosaic", "panorama", "landscape", "river"),
       NATURE + ("rocks", "cliffs", "Grand Canyon", "red rock", "water", "stitched", "black", "black border",
                 "aerial view", "desert", "gorge", "valley"),
       notes="a stitched panorama of a deep red-rock canyon with a muddy brown river, its skewed edges on a "
             "black background (the image-stitching example); no sky; 467x232"),
    X6("x6_saturn_eclipse", TT("backgrounds/3.jpg"),
       ("Saturn", "planet", "rings", "space"),
       ("dark", "black", "night", "eclipse", "backlit", "Cassini", "astronomy", "spacecraft image", "stars"),
       notes="Saturn seen from behind against the Sun as a dark disc inside its bright lit rings on black "
             "space; 1280x1024"),
    X6("x6_spiral_galaxy", TT("backgrounds/0.jpg"),
       ("galaxy", "spiral galaxy", "space", "stars"),
       ("barred spiral galaxy", "night", "dark", "universe", "astronomy", "Hubble", "nebula", "dust",
        "cosmos", "black"),
       notes="a barred spiral galaxy with pink star-forming regions in its arms, bright foreground stars, "
             "dark space; 1280x1024"),
    # -- objects, plants, houses ---------------------------------------------------------------
    X6("x6_peach_rose", "afterstep-data/usr/share/afterstep/desktop/tiles/rose512.jpg",
       ("rose", "flower", "peach rose", "orange rose"),
       ("petals", "leaves", "green leaves", "orange", "peach", "apricot", "pink", "bloom", "blossom",
        "close-up", "white background", "light blue background", "plant", "nature"),
       notes="one large peach-orange rose in full bloom with dark green leaves at the left and right, on a "
             "white to pale blue background; 512x384"),
    X6("x6_toy_cow_santa_hat", CIMG("milla.bmp"),
       ("toy", "soft toy", "stuffed toy", "plush toy", "cow", "stuffed animal", "teddy"),
       ("Santa hat", "hat", "red hat", "Christmas", "black and white", "spots", "pink nose", "nose", "table",
        "tablecloth", "cloth", "indoors", "cute", "plush"),
       notes="a small black-and-white plush cow wearing a red-and-white Santa hat, standing on a pale "
             "patterned cloth, brown background; 211x242; a toy, not a live animal"),
    X6("x6_brick_wall_tree", "python-pygame-doc/usr/share/doc/python-pygame-doc/html/_images/camera_rgb.jpg",
       ("tree", "house", "wall", "brick wall", "building"),
       ("bricks", "red brick", "brick", "leaves", "green", "branches", "eaves", "roof", "trim", "outdoors",
        "garden", "yard", "sky", "summer", "webcam", "trees"),
       notes="a webcam picture: the corner of a red-brick house with white eaves at the left, a leafy green "
             "tree beside it, a bit of pale sky and a garden at the back; 320x240"),
    X6("x6_painting_daffodils", WP1("Daffodils.jpg"),
       ("painting", "flowers", "daffodils", "still life"),
       PAINTING + ("yellow flowers", "bowl", "vase", "pot", "jardiniere", "plate", "saucer", "china",
                   "porcelain", "table", "blue pattern", "wallpaper", "yellow", "green leaves", "Morisot"),
       kind="painting",
       notes="an impressionist still life (Berthe Morisot) of yellow daffodils in a blue-patterned china "
             "bowl on a saucer on a table; no people"),
    X6("x6_painting_garden", WP1("the-garden-at-bougival-1884.jpg"),
       ("painting", "garden", "flowers"),
       PAINTING + ("roses", "bushes", "plants", "grass", "path", "house", "wall", "door", "trellis", "roofs",
                   "green", "pink", "red", "white", "outdoors", "Bougival", "Morisot"),
       kind="painting",
       notes="an impressionist painting (Berthe Morisot) of an overgrown garden with roses and shrubs in front "
             "of a house wall with a trellis, rooftops at the far left; no people"),
    X6("x6_painting_villa_orange_trees", WP1("villa-with-orange-trees-nice.jpg"),
       ("painting", "trees", "orange trees", "villa", "house", "landscape"),
       PAINTING + ("oranges", "fruit", "garden", "orchard", "building", "sky", "grass", "bushes", "outdoors",
                   "Nice", "Mediterranean", "signature", "Morisot"),
       kind="painting",
       notes="an impressionist painting (Berthe Morisot) of orange trees with fruit in a garden, a pale villa "
             "behind them, a blue-violet sky; a signature at the bottom left; no people"),
]


def items() -> list[Item]:
    """The external6 items; missing packages raise with the commands that fetch them."""
    return EXT6.available(EXTERNAL6, EXT6_PATHS.values())
