"""The photo benchmark's ``external7`` split: 39 pictures from nineteen Debian packages that no
earlier split (photo or screen) used, labelled from the pixels before any caption of them was made.

Sources: the wartime colour photos of factory workers and a soldier in a space game's data (``endless-sky-data``), the
test and sample pictures of image and vision libraries (``visp-images-data``: the 1927 Solvay
group photo and a Klimt painting; ``cimg-doc``: webcam shots of a man holding postcards;
``mrpt-common``: a camera-calibration shot; ``golang-golang-x-image-dev``; ``libjs-cropper``;
``nip2``), an IDE's OpenCV project template (``codeblocks-common``), the example pictures of LaTeX
packages' manuals (``texlive-latex-extra-doc``, ``texlive-pictures-doc``), desktop wallpapers
(``lxqt-themes``: photos; ``ukui-wallpapers``: an illustration), splash pictures (``gimp-data``,
``inkscape``), two visual-novel demos (``renpy-demo``, ``renpy-thequestion``), a LyX example's
cartoon (``lyx-common``) and two plotted charts (``python-sphinx-gallery-doc``, ``octave-doc``).
Nothing is copied here: the files are read at build time from ``$PIXEL_LLM_EXT14`` (default
``/work/ext14``), where each package is unpacked as ``dpkg -x`` leaves it::

    export PIXEL_LLM_EXT14=/work/ext14; mkdir -p $PIXEL_LLM_EXT14 && cd $PIXEL_LLM_EXT14
    for p in codeblocks-common cimg-doc endless-sky-data gimp-data golang-golang-x-image-dev \\
             inkscape libjs-cropper lxqt-themes lyx-common mrpt-common nip2 octave-doc \\
             python-sphinx-gallery-doc renpy-demo renpy-thequestion texlive-latex-extra-doc \\
             texlive-pictures-doc ukui-wallpapers visp-images-data; do
        apt-get download $p && dpkg -x ${p}_*.deb $PIXEL_LLM_EXT14/$p; done

(Debian 12 "bookworm" versions when labelled: cimg-doc 3.2.1+dfsg-1, codeblocks-common
20.03+svn13046-0.1, endless-sky-data 0.9.8-1.2, gimp-data 2.10.34-1+deb12u10,
golang-golang-x-image-dev 0.5.0-1, inkscape 1.2.2-2+deb12u1, libjs-cropper 1.2.2-1.1, lxqt-themes
1.2.0-1, lyx-common 2.3.7-1, mrpt-common 1:2.5.8+ds-2, nip2 8.7.1-4, octave-doc 7.3.0-2,
python-sphinx-gallery-doc 0.10.1-3, renpy-demo and renpy-thequestion 8.0.3+dfsg-1,
texlive-latex-extra-doc 2022.20230122-4, texlive-pictures-doc 2022.20230122-3, ukui-wallpapers
20.04.3-1.1, visp-images-data 3.5.0-1.) Like ``external3`` to ``external6`` it is
not part of ``all``; score it once with ``bench_photos.py --split external7 --no-speed``.

What it holds (``people`` is the label's count; counts by category, not photo by photo):

- 30 photos (one of them black and white), 2 paintings, 5 drawings or illustrations, 2 charts.
- 15 photos with people: single people at work, in portraits or far away in a scene, people seen
  only in part (a torso, a face half hidden by a card), small groups, people walking away from the
  camera, and one large group photo whose count is the known one.
- 15 photos without people: landscapes and sky, plants and flowers, a bird, an insect, food,
  toys, objects, a cave, a ruined building, a famous building, a star cluster.
- 9 non-photos: 2 paintings of people, 4 drawings of people, 1 illustration of a fish, 2 charts.

Words are left out of an item's labels where the pixels do not settle them; where a large blue or
white area is water, ground or a wall and not sky, ``sky`` is left out. Left out of the split:
images under 200 px a side, files identical to ones in packages earlier splits used (the Qt puzzle
photo in ``pyqt5-examples``), computer renderings that look like photos, pictures where a count of
people could not be settled (a far pedal boat, postcards showing crowds), near copies of one shot
(the other stereo-calibration frames), screenshots and abstract wallpapers.

    python benchmarks/photoset.py --dump /tmp/external7 --split external7   # the images as PNG
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from photoset import Item, Packages, on_white

SPLIT = "external7"
EXT14_DEFAULT = "/work/ext14"
EXT7_PACKAGES = ("cimg-doc", "codeblocks-common", "endless-sky-data", "gimp-data", "golang-golang-x-image-dev",
                 "inkscape", "libjs-cropper", "lxqt-themes", "lyx-common", "mrpt-common", "nip2", "octave-doc",
                 "python-sphinx-gallery-doc", "renpy-demo", "renpy-thequestion", "texlive-latex-extra-doc",
                 "texlive-pictures-doc", "ukui-wallpapers", "visp-images-data")

EXT7 = Packages("external7", "PIXEL_LLM_EXT14", EXT14_DEFAULT)
ext7_root, ext7_missing, ext7_error = EXT7.root, EXT7.missing, EXT7.error


def ext7_photo(path: str) -> np.ndarray:
    """A file of an unpacked package as RGB (palette images converted, transparent parts on
    white): ``path`` is relative to the root and starts with the package's name."""
    file = ext7_root() / path
    if not file.is_file():
        raise ext7_error([path.split("/", 1)[0]])
    with Image.open(file) as im:
        return on_white(im)


EXT7_PATHS: dict[str, str] = {}
"""Item id -> the file it is read from, relative to the external7 root (package name first)."""


def X7(id: str, path: str, *args, **kw) -> Item:
    EXT7_PATHS[id] = path
    return Item(id, lambda: ext7_photo(path), *args, split=SPLIT, **kw)


ES = lambda n: f"endless-sky-data/usr/share/games/endless-sky/images/scene/{n}"  # noqa: E731
VISP = lambda n: f"visp-images-data/usr/share/visp-images-data/ViSP-images/{n}"  # noqa: E731
CIMG = lambda n: f"cimg-doc/usr/share/doc/cimg-dev/html/img/{n}"  # noqa: E731
TEX = lambda n: f"texlive-latex-extra-doc/usr/share/doc/texlive-doc/latex/{n}"  # noqa: E731
TEXP = lambda n: f"texlive-pictures-doc/usr/share/doc/texlive-doc/latex/{n}"  # noqa: E731
LXQT = lambda n: f"lxqt-themes/usr/share/lxqt/wallpapers/{n}"  # noqa: E731
RENPY = lambda n: f"renpy-demo/usr/share/games/renpy/demo/game/images/{n}"  # noqa: E731
GOX = lambda n: f"golang-golang-x-image-dev/usr/share/gocode/src/golang.org/x/image/testdata/{n}"  # noqa: E731

SKY = ("sky", "blue sky", "clouds", "cloud", "outdoors")
NATURE = ("landscape", "nature", "scenery", "outdoors")
PAINTING = ("painting", "oil painting", "art", "artwork")
ILLUSTRATION = ("illustration", "drawing", "art", "artwork")
WARTIME = ("vintage", "old photo", "1940s", "historical", "colour photo", "color photo", "Kodachrome", "industry",
           "industrial", "factory", "work", "working", "indoors")
POSTCARD_MAN = ("man", "person", "postcard", "card")
WEBCAM = ("holding", "hand", "hands", "fingers", "glasses", "eyeglasses", "face", "webcam", "selfie", "indoors",
          "picture", "photo", "close-up")
CHART = ("chart", "graph", "plot", "diagram", "line chart", "line graph")

EXTERNAL7: list[Item] = [
    # -- people (photos) -----------------------------------------------------------------------
    X7("x7_welder_mask", ES("loc0.jpg"),
       ("welder", "welding", "man", "person", "worker"),
       WARTIME + ("welding mask", "welding helmet", "mask", "helmet", "sparks", "smoke", "torch", "gloves",
                  "leather gloves", "apron", "metal", "steel", "dark", "shipyard"),
       people=1,
       notes="a worker in a metal welding helmet with a raised visor, leather gloves and apron, welding at a "
             "dark steel edge at the left, sparks and smoke flying up; an old colour photo, 540x360"),
    X7("x7_soldier_rifle", ES("loc4.jpg"),
       ("soldier", "man", "person", "rifle", "gun"),
       ("helmet", "uniform", "army", "military", "kneeling", "crouching", "aiming", "grass", "field",
        "half-track", "truck", "vehicle", "armoured vehicle", "armored vehicle", "tank", "wheel", "tyre", "tire",
        "star", "white star", "outdoors", "vintage", "old photo", "1940s", "historical", "World War II",
        "colour photo", "color photo", "Kodachrome", "weapon"),
       people=1,
       notes="a soldier in a steel helmet and field uniform kneeling in grass, holding a rifle, beside the big "
             "front wheel of an olive half-track with a white star on it; an old colour photo, 540x360"),
    X7("x7_three_men_engine", ES("loc6.jpg"),
       ("men", "man", "people", "person", "workers", "engine"),
       WARTIME + ("three men", "aircraft engine", "airplane", "aeroplane", "plane", "aircraft", "yellow",
                  "mechanics", "mechanic", "repairing", "assembling", "pipes", "tubes", "wires", "apron",
                  "shirt", "white shirt", "assembly line", "working together", "group"),
       people=3, count=1,
       notes="three men in work shirts and aprons, one standing and two bent below him, fitting pipes and "
             "wires into the open front of a yellow aircraft engine cowling; an old colour photo, 540x540"),
    X7("x7_three_men_nacelle", ES("loc7.jpg"),
       ("men", "man", "people", "person", "workers", "engine"),
       WARTIME + ("three men", "aircraft engine", "radial engine", "airplane", "aeroplane", "plane", "aircraft",
                  "yellow", "cylinders", "mechanics", "mechanic", "repairing", "assembling", "cap", "shirt",
                  "leaning", "group"),
       people=3, count=1,
       notes="a big yellow-cowled radial aircraft engine fills the left half; three men lean over the top of "
             "the aircraft behind it at the right, working on it; an old colour photo, 540x360"),
    X7("x7_furnace_worker", ES("loc8.jpg"),
       ("man", "person", "worker", "furnace", "foundry"),
       WARTIME + ("steel mill", "molten metal", "fire", "flames", "heat", "smoke", "steam", "hat", "cap",
                  "overalls", "bar", "pole", "pipe", "stirring", "glow", "orange", "steelworks"),
       people=1,
       notes="a worker in overalls and a pale cap pushing a long bar into a glowing furnace mouth, steam and "
             "orange light around a big pipe at the right; an old colour photo, 540x360"),
    X7("x7_women_factory", ES("loc9.jpg"),
       ("women", "woman", "people", "person", "workers", "factory"),
       WARTIME + ("two women", "man", "men", "machine", "machinery", "metal parts", "parts", "stacks",
                  "assembly", "drill", "blue blouse", "red", "dark hair", "curly hair", "working", "group"),
       people=3,
       notes="two young women with dark curly hair (one in a blue blouse in front, one in a red-checked top "
             "behind) and a man at the right working among stacks of shiny metal parts and a machine; an old "
             "colour photo, 540x360"),
    X7("x7_solvay_group", VISP("Solvay/Solvay_conference_1927_Version2_1280x881.jpg"),
       ("group photo", "group", "people", "men", "man", "person", "crowd"),
       ("black and white", "monochrome", "scientists", "physicists", "Solvay conference", "1927", "Einstein",
        "Marie Curie", "woman", "suits", "suit", "ties", "hats", "building", "wall", "windows", "steps",
        "stairs", "sitting", "standing", "rows", "three rows", "historical", "vintage", "old photo",
        "outdoors", "trees", "formal"),
       people=29, count=1, kind="bw",
       notes="the famous black-and-white group photo of the 1927 Solvay conference: 29 people (one woman) in "
             "dark suits in three rows, seated in front and standing behind, before a stone building with "
             "tall windows; 1280x881"),
    X7("x7_smiling_man", "codeblocks-common/usr/share/codeblocks/templates/wizard/opencv/files/arnold_schwarzenegger.jpg",
       ("man", "person", "face", "portrait", "headshot"),
       ("smile", "smiling", "teeth", "brown hair", "tanned", "white shirt", "t-shirt", "dark background",
        "close-up", "looking at camera", "Arnold Schwarzenegger", "celebrity"),
       people=1,
       notes="a close head-and-shoulders photo of a smiling man with swept-back brown hair in a white t-shirt, "
             "looking at the camera, dark brown background; 726x825"),
    X7("x7_library_woman", TEX("beamertheme-trigon/library.jpg"),
       ("library", "bookshelves", "books", "bookcase"),
       ("woman", "person", "girl", "stairs", "staircase", "steps", "railing", "glass railing", "windows",
        "tables", "chairs", "shelves", "interior", "indoors", "modern", "architecture", "bookstore",
        "bookshop", "long hair", "standing", "reading room"),
       people=1,
       notes="the inside of a modern library: tall bookshelves at the left and right, a teal staircase with "
             "glass railings, big windows at the back; one young woman with long dark hair stands on the "
             "landing in the middle, small; 1091x769"),
    X7("x7_airport_boarding", TEX("beamertheme-detlevcm/FS-img2.png"),
       ("airplane", "aeroplane", "plane", "aircraft", "jet", "airport", "people", "person", "man", "men"),
       SKY + ("tarmac", "apron", "runway", "passengers", "boarding", "stairs", "steps", "airstair",
              "luggage", "bags", "suitcase", "backpack", "walking", "regional jet", "ground crew",
              "hi-vis vest", "safety vest", "grey sky", "overcast", "cloudy", "cart", "trolley", "vehicles"),
       people=4, count=1,
       notes="a small white regional jet parked on an airport apron with its stair door open under a cloudy "
             "sky; a man climbing the steps, a man seen from behind walking towards it carrying bags, another "
             "man with a backpack and a ground worker in a yellow vest by a suitcase; 512x341"),
    X7("x7_chessboard_held", "mrpt-common/usr/share/mrpt/datasets/stereo-calib/2_left.jpg",
       ("chessboard", "checkerboard", "calibration pattern", "board", "person"),
       ("black and white squares", "squares", "pattern", "holding", "t-shirt", "brown t-shirt", "shirt",
        "torso", "man", "indoors", "room", "wall", "calibration", "camera calibration", "fisheye", "grid"),
       people=1,
       notes="a black-and-white checkerboard printed on a white board, held up by a person whose torso in a "
             "brown t-shirt with a printed logo fills the right side (head cut off); a pale wall behind; "
             "wide-angle, 1024x768"),
    X7("x7_postcard_palermo", CIMG("postcard10.jpg"),
       POSTCARD_MAN,
       WEBCAM + ("Palermo", "buildings", "churches", "theatre", "collage", "beard", "stubble", "blue shirt",
                 "young man"),
       people=1,
       notes="a webcam shot of a young man with glasses and stubble holding a Palermo postcard (four photos "
             "of buildings) up to the camera so that it covers half his face; 640x480"),
    X7("x7_postcard_boston", CIMG("postcard38.jpg"),
       POSTCARD_MAN,
       WEBCAM + ("Boston", "skyline", "city", "night", "river", "bridge", "lights", "eyes", "shelves"),
       people=1,
       notes="a webcam shot of a man with glasses holding a Boston postcard (a lit city skyline over a river "
             "at dusk) in front of his face; only his eyes and glasses show above it; 400x300"),
    X7("x7_postcard_gate", CIMG("postcard43.jpg"),
       POSTCARD_MAN,
       WEBCAM + ("Porta Nigra", "Trier", "Roman gate", "gate", "ruins", "building", "stone", "thumb", "ceiling"),
       people=1,
       notes="a webcam shot of a man with glasses behind a postcard of a dark Roman stone gate (the Porta "
             "Nigra), held up by his thumb; only part of his face shows at the left; 400x300"),
    X7("x7_castle_meadow", "libjs-cropper/usr/share/doc/libjs-cropper/tests/castle.jpg",
       ("castle", "daisies", "meadow", "flowers", "landscape"),
       SKY + NATURE + ("fortress", "hill", "grass", "green", "white flowers", "field", "person", "girl", "woman",
                      "Bamburgh Castle", "England", "summer", "ruins"),
       people=1,
       notes="a field of white daisies in front, a big stone castle on a green hill behind under a blue sky "
             "with white clouds; one small person in pink with an arm raised stands on the slope at the right; "
             "500x333"),
    # -- places, plants, animals, objects, food (photos) --------------------------------------
    X7("x7_white_house", RENPY("bg whitehouse.jpg"),
       ("White House", "house", "building", "mansion"),
       SKY + ("lawn", "grass", "trees", "fountain", "hedge", "flowers", "red flowers", "columns", "portico",
              "Washington", "landmark", "garden", "park", "summer", "white building"),
       notes="the south front of the White House with its columned portico behind a wide mown lawn, a "
             "fountain, a hedge and a red flower bed, tall trees at both sides, clear blue sky; no people "
             "seen; 1280x720"),
    X7("x7_lava_tube", RENPY("bg cave.jpg"),
       ("cave", "tunnel", "lava tube", "cavern"),
       ("rock", "rocks", "orange", "light", "lights", "path", "underground", "dark", "walls", "stone",
        "lava", "passage", "nature"),
       notes="inside a round rock tunnel lit warm orange, the walls ribbed and glossy, the passage curving away "
             "into the dark at the left; no sky; 1280x720"),
    X7("x7_butterfly_flowers", LXQT("Butterfly-Kenneth-Wimer.jpg"),
       ("butterfly", "insect"),
       ("flowers", "flower", "stems", "buds", "orange", "spots", "fritillary", "bokeh", "blurred background",
        "cream", "beige", "nature", "close-up", "macro", "plant", "perched", "wings"),
       notes="a small orange butterfly with black spots perched on thin flower stems with round buds, "
             "everything else soft cream-coloured bokeh; 1920x1278"),
    X7("x7_mountain_silhouettes", LXQT("Valendas.png"),
       ("mountains", "mountain", "landscape", "peaks"),
       SKY + NATURE + ("silhouette", "silhouettes", "ridges", "valley", "dusk", "evening", "dark", "grey",
                      "haze", "mist", "storm clouds", "dramatic sky", "Alps", "Switzerland", "light rays"),
       notes="layers of dark mountain ridges in silhouette, a jagged peak at the right, misty valleys between "
             "them, a heavy grey cloudy sky lit from behind; 1920x1277"),
    X7("x7_sunset_clouds", LXQT("after-the-rain.jpg"),
       ("sunset", "clouds", "sky"),
       ("landscape", "nature", "scenery", "outdoors", "dusk", "evening", "orange", "blue sky", "dark",
        "hills", "silhouette", "horizon", "sun", "storm clouds", "dramatic sky", "clouds lit"),
       notes="big dark clouds lit orange from below by the low sun over a black hill line, patches of deep "
             "blue sky; the lower third is dark land; 3000x1993"),
    X7("x7_wildflowers", LXQT("flowers.png"),
       ("flowers", "wildflowers", "meadow"),
       ("flower", "purple", "blue", "pink", "anemones", "cornflowers", "grass", "green", "field", "garden",
        "bokeh", "close-up", "nature", "outdoors", "plants", "summer", "spring"),
       notes="a low close view into a meadow of purple, pink and blue wildflowers among grass, the front and "
             "back blurred; 3000x1993"),
    X7("x7_dew_drop", LXQT("drop.png"),
       ("water drop", "drop", "dew drop", "dewdrop", "grass", "blade of grass", "droplet"),
       ("green", "dew", "water", "close-up", "macro", "bokeh", "blurred background", "nature", "plant", "leaf",
        "raindrop"),
       notes="a single clear water drop hanging from the tip of a bent grass blade, all soft green bokeh "
             "around; 2000x1333"),
    X7("x7_mushrooms_moss", "gimp-data/usr/share/gimp/2.0/images/gimp-splash.png",
       ("mushrooms", "mushroom", "fungi", "toadstools"),
       ("moss", "green", "forest", "forest floor", "bokeh", "dark", "text", "GIMP", "GIMP 2.10", "logo",
        "splash screen", "nature", "close-up", "macro", "log", "wood"),
       count=0,
       notes="a cluster of small brown mushrooms on a mossy log, green and dark blurred forest behind; the "
             "white words 'GIMP 2.10' and 'GNU IMAGE MANIPULATION PROGRAM' at the top right; 1920x1080"),
    X7("x7_sparrow", "inkscape/usr/share/inkscape/pixmaps/ticotico.jpg",
       ("bird", "sparrow", "rufous-collared sparrow", "songbird"),
       ("perched", "branch", "leaves", "green", "green background", "grey head", "stripes", "brown", "beak",
        "singing", "animal", "wildlife", "nature", "close-up", "feathers"),
       notes="a small sparrow with a grey-and-black striped head and a rufous collar perched on a twig among "
             "leaves, beak open, blurred green background; 500x371"),
    X7("x7_plush_gophers", GOX("blue-purple-pink-large.png"),
       ("toys", "soft toys", "plush toys", "stuffed toys", "stuffed animals", "gophers", "Go gopher"),
       ("toy", "plush", "blue", "purple", "pink", "three", "eyes", "big eyes", "teeth", "black background",
        "leather", "sofa", "cute", "mascot"),
       count=3,
       notes="three plush Go-gopher toys in a row, blue, purple and pink, with big round eyes and buck teeth, "
             "against a black leather background; 600x400"),
    X7("x7_yellow_rose", GOX("yellow_rose.png"),
       ("rose", "flower", "yellow rose", "orange rose"),
       ("petals", "yellow", "orange", "peach", "pink", "stem", "branch", "leaf", "white background", "bloom",
        "close-up", "plant", "nature"),
       notes="a large yellow-orange rose with a pinkish outer petal on a short bent stem with a leaf at the top "
             "right, seen from the side, cut out on white (the image's transparent parts); 400x301"),
    X7("x7_vases", "nip2/usr/share/doc/nip2/examples/businesscard/slanted_oval_vase2.jpg",
       ("vases", "vase", "bottles", "pottery", "ceramics"),
       ("two vases", "brown", "dark brown", "white", "cream", "glaze", "still life", "grey background",
        "studio", "product photo", "sake bottle", "objects"),
       count=2,
       notes="two tall ceramic bottle vases side by side on a grey studio background: a dark brown glossy "
             "one at the left and a shorter cream-white one at the right; 496x688"),
    X7("x7_pumpkin_soup", TEX("recipebook/images/Pumpkin_pie_soup.jpg"),
       ("soup", "pumpkin soup", "bowl", "food"),
       ("orange", "yellow", "white bowl", "ramekin", "sausages", "bread", "plate", "meal", "dinner", "close-up",
        "puree", "table"),
       notes="a white bowl of smooth orange pumpkin soup seen close from above, browned sausages or bread at "
             "the left edge; 666x511"),
    X7("x7_ruined_building", TEXP("xput/koepi.jpg"),
       ("building", "ruin", "ruins", "abandoned building", "house"),
       ("grass", "trees", "bushes", "bare trees", "overcast", "grey sky", "sky", "graffiti", "wall", "windows",
        "derelict", "old", "outdoors", "urban", "city", "Berlin"),
       notes="a derelict grey apartment building with broken windows and graffiti seen over a low wall, bare "
             "trees and bushes before it, tall grass in the lower half of the frame, a pale overcast sky; "
             "6872x6872"),
    X7("x7_pleiades", TEXP("tikz-imagelabels/pleiades.jpg"),
       ("stars", "star cluster", "Pleiades", "space", "night sky"),
       ("nebula", "blue", "dark", "black", "astronomy", "Seven Sisters", "M45", "universe", "cosmos",
        "reflection nebula", "night"),
       notes="the Pleiades star cluster: a handful of bright blue-white stars in blue reflection nebulosity on "
             "black, many faint stars around; 1920x1384"),
    # -- paintings and drawings ----------------------------------------------------------------
    X7("x7_painting_kiss", VISP("Klimt/Klimt.jpeg"),
       ("painting", "The Kiss", "couple", "lovers", "man", "woman", "people"),
       PAINTING + ("Klimt", "Gustav Klimt", "gold", "golden", "kiss", "kissing", "embrace", "hugging", "flowers",
                   "meadow", "robe", "patterns", "Art Nouveau", "Vienna Secession", "person"),
       people=2, kind="painting",
       notes="a reproduction of Klimt's The Kiss: a man and a woman embracing in gold patterned robes, "
             "kneeling on a flowery meadow, against a dark gold-brown ground; 558x560"),
    X7("x7_painting_wounded_angel", TEX("alterqcm/latex/The_Wounded_Angel_-_Hugo_Simberg.jpg"),
       ("painting", "angel", "boys", "children", "people", "person"),
       PAINTING + ("The Wounded Angel", "Hugo Simberg", "Simberg", "two boys", "boy", "wings", "white wings",
                   "blindfold", "bandage", "stretcher", "carrying", "path", "field", "water", "lake", "river",
                   "sky", "hat", "dark clothes", "girl", "Symbolism", "Finnish", "outdoors"),
       people=3, kind="painting",
       notes="Hugo Simberg's The Wounded Angel: two boys in dark clothes carry a girl angel with white wings "
             "and a bandage over her eyes on a wooden stretcher along a path, water and a pale sky behind; "
             "702x571; the angel is counted with the boys"),
    X7("x7_anime_girl", "renpy-thequestion/usr/share/games/renpy/the_question/game/images/sylvie green normal.png",
       ("girl", "woman", "anime", "manga", "drawing", "cartoon", "character", "person"),
       ILLUSTRATION + ("young woman", "green dress", "dress", "long hair", "red hair", "auburn hair", "brown hair",
                       "notebook", "book", "holding", "smile", "smiling", "white background", "visual novel",
                       "standing", "ribbon", "bow"),
       people=1, kind="drawing",
       notes="an anime-style drawing of a young woman with long reddish-brown hair in a green dress, holding "
             "a notebook against her chest, cut out on white; 456x700"),
    X7("x7_anime_girl_jacket", RENPY("eileen happy.png"),
       ("girl", "woman", "anime", "manga", "drawing", "cartoon", "character", "person"),
       ILLUSTRATION + ("young woman", "red hair", "pink hair", "short hair", "headband", "jacket", "blue jacket",
                       "grey jacket", "white blouse", "smile", "smiling", "white background", "visual novel",
                       "standing"),
       people=1, kind="drawing",
       notes="an anime-style drawing of a smiling young woman with short red hair and a yellow hairband in a "
             "grey-blue jacket over a white blouse, hands behind her back, upper body, cut out on white; "
             "320x720"),
    X7("x7_cartoon_knight", "lyx-common/usr/share/lyx/examples/beamer-knight1.png",
       ("knight", "cartoon", "drawing", "horse", "man", "person"),
       ILLUSTRATION + ("armour", "armor", "helmet", "lance", "shield", "sword", "red", "rider", "riding",
                       "jousting", "medieval", "white background", "clip art", "caparison"),
       people=1, kind="drawing", count=1,
       notes="a cartoon of a knight in armour riding a horse draped in red straight at the viewer, lance "
             "forward and a shield, on white; 244x348"),
    X7("x7_vitruvian_man", TEXP("fitbox/vitruvian.jpg"),
       ("Vitruvian Man", "drawing", "man", "person", "sketch"),
       ("Leonardo da Vinci", "Leonardo", "da Vinci", "circle", "square", "nude", "naked", "arms", "legs",
        "proportions", "anatomy", "ink", "line drawing", "black and white", "white background", "art",
        "Renaissance"),
       people=1, kind="drawing",
       notes="a clean line copy of Leonardo's Vitruvian Man: a nude man with two sets of arms and legs inside "
             "a circle and a square, black lines on white; 400x400"),
    X7("x7_goldfish_art", "ukui-wallpapers/usr/share/backgrounds/goldfish.png",
       ("goldfish", "fish", "illustration"),
       ("drawing", "art", "artwork", "digital art", "wallpaper", "pink", "magenta", "purple", "blue", "fins",
        "tail", "fantail", "swimming", "abstract", "gradient", "animal"),
       kind="drawing",
       notes="a stylised digital illustration of a pink-magenta fantail goldfish with flowing fins in the "
             "middle of a blue-purple gradient wallpaper; 3640x2400"),
    # -- charts --------------------------------------------------------------------------------
    X7("x7_line_band_chart", "python-sphinx-gallery-doc/usr/share/doc/python-sphinx-gallery-doc/html/_images/"
       "sphx_glr_plot_2_seaborn_001_2_0x.png",
       CHART,
       ("line", "blue line", "confidence band", "shaded band", "error band", "wave", "sine", "seaborn",
        "matplotlib", "axes", "numbers", "white background"),
       kind="chart",
       notes="a line chart: one blue wavy line with a pale blue shaded band around it over x 0 to 15 and y "
             "about -2 to 1, plain white background; 1280x960"),
    X7("x7_errorbar_chart", "octave-doc/usr/share/doc/octave/octave.html/errorbar.png",
       CHART + ("error bars", "errorbar"),
       ("sine", "sine wave", "sin(x)", "wave", "blue", "title", "axes", "x", "numbers", "white background",
        "Octave", "Errorbar plot of sin (x)"),
       kind="chart",
       notes="a line chart titled 'Errorbar plot of sin (x)': a blue sine curve from x 0 to 10 drawn with "
             "small error bars at each point, axis labels x and sin (x); 750x525"),
]


def items() -> list[Item]:
    """The external7 items; missing packages raise with the commands that fetch them."""
    return EXT7.available(EXTERNAL7, EXT7_PATHS.values())
