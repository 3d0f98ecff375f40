"""The photo benchmark's ``external5`` split: 68 real photos from fourteen Debian packages that no
earlier split used, labelled from the pixels before any caption of them was made.

Sources: the sample photos of the RMagick manual (``ruby-rmagick-doc``: a girl in a flowered hat, a
ballerina, a balloon fiesta, a cheetah, red rock towers), the Scribus templates
(``scribus-template``: a passport-style portrait, a kite festival, two moons, food), the Qt examples
(``qtbase5-examples``, ``qtdeclarative5-examples``), the photos the Tux Paint templates start from
(``tuxpaint-data``), the 200x200 account photos of Deepin (``dde-account-faces``), six of GNOME's
512x512 account pictures (``gnome-control-center-data``: a surfer, a cat, a plane's wing, a lone
tree, tomatoes, a gamepad), two Kodi home-screen pictures (``kodi-data``), seven backgrounds of
Scratch 1.4's media library (``scratch``: a canyon rim with hikers, a palace square, two stadiums, a
cinema foyer, a playground, a street mural), PyWavelets' ``ascent`` and ``aero`` test images
(``python3-pywt``, stored as ``.npz``: :func:`ext5_photo` reads them), and one photo each from
``libvips-doc``, ``tk8.6-doc``, ``wx3.2-examples`` and ``digikam-data``. Nothing is copied here:
the files are read at build time from ``$PIXEL_LLM_EXT8`` (default ``/work/ext8``), where each
package is unpacked as ``dpkg -x`` leaves it::

    export PIXEL_LLM_EXT8=/work/ext8; mkdir -p $PIXEL_LLM_EXT8 && cd $PIXEL_LLM_EXT8
    apt-get download dde-account-faces && dpkg -x dde-account-faces_*.deb $PIXEL_LLM_EXT8/dde-account-faces
    apt-get download digikam-data && dpkg -x digikam-data_*.deb $PIXEL_LLM_EXT8/digikam-data
    apt-get download gnome-control-center-data && dpkg -x gnome-control-center-data_*.deb $PIXEL_LLM_EXT8/gnome-control-center-data
    apt-get download kodi-data && dpkg -x kodi-data_*.deb $PIXEL_LLM_EXT8/kodi-data
    apt-get download libvips-doc && dpkg -x libvips-doc_*.deb $PIXEL_LLM_EXT8/libvips-doc
    apt-get download python3-pywt && dpkg -x python3-pywt_*.deb $PIXEL_LLM_EXT8/python3-pywt
    apt-get download qtbase5-examples && dpkg -x qtbase5-examples_*.deb $PIXEL_LLM_EXT8/qtbase5-examples
    apt-get download qtdeclarative5-examples && dpkg -x qtdeclarative5-examples_*.deb $PIXEL_LLM_EXT8/qtdeclarative5-examples
    apt-get download ruby-rmagick-doc && dpkg -x ruby-rmagick-doc_*.deb $PIXEL_LLM_EXT8/ruby-rmagick-doc
    apt-get download scratch && dpkg -x scratch_*.deb $PIXEL_LLM_EXT8/scratch
    apt-get download scribus-template && dpkg -x scribus-template_*.deb $PIXEL_LLM_EXT8/scribus-template
    apt-get download tk8.6-doc && dpkg -x tk8.6-doc_*.deb $PIXEL_LLM_EXT8/tk8.6-doc
    apt-get download tuxpaint-data && dpkg -x tuxpaint-data_*.deb $PIXEL_LLM_EXT8/tuxpaint-data
    apt-get download wx3.2-examples && dpkg -x wx3.2-examples_*.deb $PIXEL_LLM_EXT8/wx3.2-examples

(Debian 12 "bookworm" versions when labelled: dde-account-faces 1.0.12.1-1, digikam-data 4:7.9.0-1,
gnome-control-center-data 1:43.6-2~deb12u1, kodi-data 2:20.1+dfsg-1, libvips-doc 8.14.1-3+deb12u3,
python3-pywt 1.1.1-3+b2, qtbase5-examples 5.15.8+dfsg-11+deb12u3, qtdeclarative5-examples
5.15.8+dfsg-3, ruby-rmagick-doc 4.2.3-2, scratch 1.4.0.6~dfsg1-6.1, scribus-template 1.2.4.1-6,
tk8.6-doc 8.6.13-2, tuxpaint-data 1:0.9.28-sdl2-1, wx3.2-examples 3.2.2+dfsg-2.) Like ``external3``
it is not part of ``all``; score it once with ``bench_photos.py --split external5 --no-speed``.

What it holds (``people`` is the label's count):

- 14 photos with people: three single portraits (one smiling to the camera, one a head-and-shoulders
  ID photo, one a ballerina looking down), a surfer in profile on a wave, a man in an advert with
  text beside him, three people seen from behind and below on an outdoor stair (black and white),
  hikers far off on a canyon rim, small visitors on a palace square, four people in a cinema foyer
  under banners of giant faces, a kite festival with small far-away people (black and white), and
  four crowds (a balloon fiesta, concert-goers as silhouettes with raised arms, an American-football
  and a baseball stadium). Crowds carry an estimated count (1000 stands for thousands) and say so in
  their notes; where a person is half hidden the notes give the range. One short of the 15 the split
  was meant to have: the packages searched hold few photos of people at 200 px or more (the RMagick
  manual's other portraits are 167 px wide, Scratch's people are small cut-outs).
- 54 photos without anyone, 30 of them with things a face detector may take for a face: animal faces
  (a kitten, a cat in profile, a leopard, a cheetah, a horse, an owl, a macaw, a goose, ladybirds, a
  butterfly), a street mural of painted figures, the moon twice, the Earth, red rock towers,
  pebbles, mudstone, burnt bark, gears, a dahlia, tomatoes, fruit salad, a pizza, a burger, shrimps,
  a lighthouse's window, cinema seats, party balloons, piano keys, coral.
- 12 with a large blue area that is not sky: jellyfish, a coral reef under water, a sea stack seen
  from above, a splash, a breaking wave, the sea under a surfer (sunset sky above), a blue computer
  screen with text, the Earth, a concert's blue stage light, a gamepad in blue light, a playground's
  blue rubber floor, a big blue hot-air balloon (on sky); and 13 with real blue sky (a lighthouse, a
  cliff, a cloud, sheep on a plain, red rocks, a red hill by a lake, a lone tree, a plane's wing
  above clouds, a canyon rim, the balloon fiesta, the hot-air balloon, the moon in an evening sky,
  party balloons). Where the blue is not sky, ``sky`` is left out of the words that count as true,
  so saying it is a false statement.

People were counted on zoomed crops; a word is left out of an item's labels where the pixels do
not settle it. Left out: the Qt cubemaps and teapot (renders), the UKUI wallpapers (drawings),
a lily on a blue ground that may or may not be sky, images under 200 px a side.

    python benchmarks/photoset.py --dump /tmp/external5 --split external5   # the images as PNG
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from photoset import Item, Packages, on_white

SPLIT = "external5"
EXT8_DEFAULT = "/work/ext8"
EXT5_PACKAGES = ("dde-account-faces", "digikam-data", "gnome-control-center-data", "kodi-data", "libvips-doc",
                 "python3-pywt", "qtbase5-examples", "qtdeclarative5-examples", "ruby-rmagick-doc", "scratch",
                 "scribus-template", "tk8.6-doc", "tuxpaint-data", "wx3.2-examples")

EXT5 = Packages("external5", "PIXEL_LLM_EXT8", EXT8_DEFAULT)
ext5_root, ext5_missing, ext5_error = EXT5.root, EXT5.missing, EXT5.error


def ext5_photo(path: str) -> np.ndarray:
    """A file of an unpacked package as RGB (transparent parts on white): ``path`` is relative to
    the root and starts with the package's name; a ``.npz`` (PyWavelets' test data) is a grey
    image stored as the array ``data``."""
    file = ext5_root() / path
    if not file.is_file():
        raise ext5_error([path.split("/", 1)[0]])
    if file.suffix == ".npz":
        with np.load(file) as z:
            return on_white(Image.fromarray(np.asarray(z["data"], dtype=np.uint8)))
    with Image.open(file) as im:
        return on_white(im)


EXT5_PATHS: dict[str, str] = {}
"""Item id -> the file it is read from, relative to the external5 root (package name first)."""


def X5(id: str, path: str, *args, **kw) -> Item:
    EXT5_PATHS[id] = path
    return Item(id, lambda: ext5_photo(path), *args, split=SPLIT, **kw)


RM = lambda n: f"ruby-rmagick-doc/usr/share/doc/ruby-rmagick-doc/html/ex/images/{n}"  # noqa: E731
SCRIBUS = lambda n: f"scribus-template/usr/share/scribus/templates/{n}"  # noqa: E731
QTB = lambda n: f"qtbase5-examples/usr/lib/x86_64-linux-gnu/qt5/examples/widgets/{n}"  # noqa: E731
QTD = lambda n: f"qtdeclarative5-examples/usr/lib/x86_64-linux-gnu/qt5/examples/quick/{n}"  # noqa: E731
TUX = lambda n: f"tuxpaint-data/usr/share/tuxpaint/templates/{n}.jpg"  # noqa: E731
DDE = lambda n: f"dde-account-faces/var/lib/AccountsService/icons/bigger/{n}.png"  # noqa: E731
KODI = lambda n: f"kodi-data/usr/share/kodi/addons/skin.estuary/extras/home-images/{n}.jpg"  # noqa: E731
GNOME = lambda n: f"gnome-control-center-data/usr/share/pixmaps/faces/{n}.jpg"  # noqa: E731
SCRATCH = lambda n: f"scratch/usr/share/scratch/Media/Backgrounds/{n}.jpg"  # noqa: E731
PYWT = lambda n: f"python3-pywt/usr/lib/python3/dist-packages/pywt/data/{n}.npz"  # noqa: E731

PEOPLE = ("people", "person", "man", "men", "woman", "women")
SKY = ("sky", "blue sky", "clouds", "cloud", "outdoors")
SEA = ("sea", "ocean", "water", "waves", "wave")

EXTERNAL5: list[Item] = [
    # -- people ------------------------------------------------------------------------------
    X5("x5_flower_hat_girl", RM("Flower_Hat.jpg"),
       ("girl", "woman", "person", "portrait", "face", "young woman"),
       ("hat", "white hat", "sun hat", "flowers", "smile", "smiling", "teeth", "dark hair", "long hair",
        "hand", "ring", "dress", "blouse", "floral", "light blue background", "blue background", "studio"),
       people=1,
       notes="a smiling young woman holding the brim of a white hat trimmed with blue, pink and black "
             "fabric flowers, a flowered top, a pale blue studio background; 200x250"),
    X5("x5_ballerina", RM("Ballerina3.jpg"),
       ("ballerina", "dancer", "ballet dancer", "woman", "girl", "person"),
       ("tutu", "yellow dress", "dress", "leotard", "tulle", "ballet shoes", "pointe shoes", "shoes",
        "tights", "sitting", "floor", "dark background", "studio", "black", "dark hair", "ballet"),
       people=1,
       notes="a young ballerina in a yellow leotard and yellow tulle skirt sits on a dark floor tying her "
             "pink pointe shoe, eyes down, a dark green-grey cloth behind; a black band on the right and "
             "top (part of the file)"),
    X5("x5_balloon_fiesta", RM("Hot_Air_Balloons_H.jpg"),
       ("hot air balloon", "hot air balloons", "balloon", "balloons", "balloon festival", "balloon fiesta",
        "crowd", "people"),
       SKY + PEOPLE + ("grass", "field", "meadow", "hills", "mountains", "trees", "cars", "bicycle",
                      "cyclist", "festival", "colourful", "colorful", "morning", "spectators"),
       people=100, count=0,
       notes="a balloon fiesta on a green field: big striped hot-air balloons being inflated, a deep blue "
             "sky with three small balloons far up, wooded hills behind; a crowd of well over a hundred "
             "small people (many seen from behind, one on a bicycle at the bottom right); count is an "
             "estimate"),
    X5("x5_id_portrait", SCRIBUS("scribus_project_pl/craigbradney.jpg"),
       ("man", "person", "portrait", "face", "headshot"),
       ("glasses", "eyeglasses", "spectacles", "tie", "necktie", "shirt", "blue shirt", "collar", "dark hair",
        "short hair", "white background", "passport photo", "smile"),
       people=1,
       notes="a head-and-shoulders ID-style photo of a man with short dark hair, rimless glasses, a light "
             "blue shirt and a dark patterned tie on a white background; 202x263"),
    X5("x5_kite_festival", SCRIBUS("nl1-bw/kites-bw.png"),
       ("kite", "kites", "kite festival", "sky"),
       ("sky", "clouds", "outdoors", "tree", "trees", "park", "grass", "bridge", "people", "person", "crowd",
        "flying", "octopus kite", "black and white", "monochrome", "summer", "tent", "flag"),
       people=15, kind="bw", count=0,
       notes="a black-and-white photo of many big show kites (an octopus with eyes, a parafoil, tube kites) "
             "in a pale sky above a park; small far-away people at the bottom (counted about 15 on a 3x "
             "crop, 12-18), a long bridge on the horizon, a tree at the left"),
    X5("x5_qt_advert", QTB("itemviews/puzzle/example.jpg"),
       ("man", "person", "face", "advertisement", "advert", "ad", "poster", "banner"),
       ("glasses", "eyeglasses", "smile", "smiling", "laughing", "beard", "stubble", "long hair",
        "brown hair", "text", "Qt", "logo", "Qt logo", "green", "blue", "slogan", "young man"),
       people=1,
       notes="a Qt advertisement: a laughing young man with shoulder-length hair and big black-rimmed "
             "glasses at the right, text 'With Qt, cross-platform development just got a whole lot more "
             "interesting...' at the left, the green Qt logo, a green bar 'Code less. Create more. Deploy "
             "everywhere.'"),
    X5("x5_stair_tower", PYWT("ascent"),
       ("stairs", "staircase", "stairway", "steps", "tower", "people", "person", "man"),
       ("railing", "railings", "handrail", "metal", "steel", "structure", "sky", "tree", "backpack",
        "climbing", "black and white", "grey", "gray", "monochrome", "outdoors", "looking up",
        "observation tower", "architecture"),
       people=3, kind="bw",
       notes="PyWavelets' 'ascent': a black-and-white photo looking up a steel outdoor staircase; a man "
             "with a backpack seen from behind at the right and a second person half hidden by the "
             "railing in the middle, both climbing; a third, light-shirted figure cut by the left edge "
             "behind the upper railing (seen on a 2x crop; 2-3)"),
    X5("x5_surfer", GNOME("surfer"),
       ("surfer", "surfing", "man", "person", "wave", "surfboard"),
       ("sea", "ocean", "water", "waves", "spray", "splash", "foam", "sunset", "sunrise", "sky", "orange sky",
        "clouds", "wetsuit", "long hair", "outdoors", "sport", "board", "beach"),
       people=1,
       notes="a surfer with long fair hair in a dark wetsuit crouching on a white board as a blue-green wave "
             "breaks, spray backlit by a yellow-orange sunset sky; the blue is the sea; 512x512"),
    X5("x5_canyon_hikers", SCRATCH("Nature/canyon"),
       ("hikers", "people", "person", "man", "woman", "landscape", "canyon", "valley", "mountains"),
       SKY + ("hills", "path", "trail", "rocks", "rocky", "dry grass", "grass", "bushes", "tree", "haze",
              "hiking", "dog", "backpack", "viewpoint", "cliff", "gorge", "outdoors", "nature", "couple"),
       people=3,
       notes="a dry rocky path along a canyon rim, hazy valleys and hills beyond under a pale blue sky; "
             "far off two hikers stand together with their backs half to the camera, a third in white "
             "mostly hidden by a bush at their left (2-3, seen on a 4x crop), a small dog at their right"),
    X5("x5_palace_visitors", SCRATCH("Outdoors/castle"),
       ("palace", "castle", "building", "fortress", "cathedral", "medieval", "architecture", "stone building"),
       ("walls", "towers", "tower", "battlements", "arches", "windows", "cypress", "tree", "trees", "square",
        "plaza", "pavement", "stairs", "sky", "overcast", "grey sky", "people", "person", "woman", "child",
        "stroller", "pushchair", "tourists", "outdoors", "Gothic", "bird"),
       people=10,
       notes="a huge Gothic stone palace with battlements over an empty paved square under a white sky; a "
             "woman in red with a child in a pushchair at the left and a group of about eight small "
             "people by the far arcade at the right (9-11 on a 5x crop); a bird on the wall at the right"),
    X5("x5_football_stadium", SCRATCH("Sports/football-field"),
       ("stadium", "football", "American football", "football field", "crowd", "spectators", "people"),
       ("field", "grass", "yard lines", "numbers", "stands", "bleachers", "fans", "players", "team", "sideline",
        "game", "match", "sport", "red", "outdoors", "person", "man", "men", "audience", "band"),
       people=1000, count=0,
       notes="an American-football field from the stands: yard numbers 20, 30, 40 on the grass, players and "
             "staff in a line along the far sideline, and thousands of spectators, most in red, filling the "
             "stands; the count is a placeholder for a crowd of thousands"),
    X5("x5_baseball_stadium", SCRATCH("Sports/baseball-field"),
       ("stadium", "baseball", "baseball field", "ballpark", "baseball stadium", "crowd", "spectators",
        "people"),
       ("field", "diamond", "infield", "grass", "pitcher's mound", "dirt", "stands", "fans", "audience",
        "roof", "game", "sport", "outdoors", "person", "players", "man"),
       people=1000, count=0,
       notes="a baseball diamond seen from the outfield, its stands full of thousands of spectators under "
             "a roof, a player or two far off; the count is a placeholder for a crowd of thousands"),
    X5("x5_cinema_lobby", SCRATCH("Indoors/the-movies-inside"),
       ("cinema", "movie theater", "movie theatre", "lobby", "foyer", "interior"),
       ("posters", "banners", "movie posters", "faces", "carpet", "counter", "concession stand", "snack bar",
        "popcorn", "lights", "people", "person", "man", "men", "staff", "indoors", "purple", "yellow",
        "ticket machine", "neon"),
       people=4,
       notes="a cinema foyer with a patterned purple carpet and a yellow snack counter; four hanging banners "
             "show big painted/printed faces (posters, not people); real people: two staff behind the "
             "counter and two people sitting on a bench at the back right (3-5 on a 4x crop)"),
    X5("x5_concert_crowd", KODI("music"),
       ("concert", "crowd", "audience", "people", "stage", "silhouettes", "music"),
       ("lights", "stage lights", "spotlights", "light", "hands", "arms", "raised hands", "party", "festival",
        "night", "blue", "purple", "dark", "rig", "truss", "fans", "dancing", "person", "man", "woman",
        "nightclub", "club", "performance"),
       people=20, count=0,
       notes="concert-goers as black silhouettes with raised arms in front of a stage lit by white and "
             "yellow spotlights under a truss, a blue haze with drawn blue light streaks (a Kodi home "
             "picture); about 20 heads and arms visible, an estimate; the blue is stage light, not sky"),
    # -- animals (face-like, no people) ------------------------------------------------------
    X5("x5_kitten", DDE("12"),
       ("kitten", "cat", "kitty", "tabby", "animal", "pet", "face"),
       ("sleeping", "eyes closed", "whiskers", "ears", "nose", "pink nose", "fur", "white", "grey", "gray",
        "close-up", "cute"),
       notes="the head of a grey-and-white kitten asleep, eyes shut, pink nose, close up; 200x200"),
    X5("x5_leopard", DDE("14"),
       ("leopard", "jaguar", "big cat", "cat", "animal", "wild cat", "head"),
       ("spots", "whiskers", "eye", "profile", "close-up", "fur", "wildlife", "nature", "green",
        "white background"),
       notes="the head of a leopard in profile facing right, long whiskers, a white and green blurred "
             "background; 200x200 (leopard and jaguar are hard to tell apart here, both allowed)"),
    X5("x5_horse_head", DDE("13"),
       ("horse", "stallion", "mare", "animal", "head", "bay horse", "brown horse", "Arabian horse"),
       ("mane", "black mane", "ears", "eye", "nose", "nostrils", "brown", "white background", "grey",
        "profile", "close-up", "wind"),
       notes="the head and neck of a bay horse with a flowing black mane, looking right, pale grey "
             "background; 200x200"),
    X5("x5_ladybirds", DDE("2"),
       ("ladybird", "ladybirds", "ladybug", "ladybugs", "beetle", "beetles", "insect", "insects"),
       ("red", "spots", "black spots", "yellow", "flower", "bud", "petal", "plant", "green", "macro",
        "close-up", "water drops", "dew", "droplets", "nature"),
       count=2,
       notes="two red seven-spot ladybirds climbing a yellow flower bud, yellow-green blurred background; "
             "200x200"),
    X5("x5_butterfly", DDE("3"),
       ("butterfly", "insect"),
       ("wings", "flower", "flowers", "green", "green background", "black", "pale blue", "blue", "spots",
        "antennae", "macro", "close-up", "nature", "feeding"),
       notes="a butterfly with black wings patterned in pale blue-white patches feeding on a small "
             "flower, bright green blurred background; 200x200 (species not settled, left out)"),
    X5("x5_macaw", DDE("4"),
       ("macaw", "parrot", "bird", "scarlet macaw", "red-and-green macaw", "animal"),
       ("red", "feathers", "beak", "eye", "palm", "palm leaves", "leaves", "tropical", "blue", "green",
        "wing", "close-up"),
       notes="a red macaw with blue and green wing feathers, white face patch and pale beak, among palm "
             "leaves; the blue and turquoise behind it is blurred and not settled as sky or sea (neither "
             "word is allowed); 200x200"),
    X5("x5_cat_profile", GNOME("cat"),
       ("cat", "tabby", "tabby cat", "kitten", "animal", "pet", "face"),
       ("whiskers", "ears", "eye", "fur", "profile", "looking up", "close-up", "indoors", "brown", "dark "
        "background", "window", "light"),
       notes="a tabby cat's head in profile looking up to the left, long white whiskers, lit from the "
             "left, dark blurred room behind; 512x512"),
    X5("x5_cheetah", RM("Cheetah.jpg"),
       ("cheetah", "big cat", "cat", "animal", "wildlife"),
       ("grass", "dry grass", "savanna", "savannah", "field", "walking", "spots", "tail", "outdoors",
        "nature", "Africa", "safari", "plains"),
       notes="a cheetah walking through dry golden grass, head turned to look at the camera"),
    X5("x5_owl", "libvips-doc/usr/share/gtk-doc/html/libvips/owl.jpg",
       ("owl", "saw-whet owl", "northern saw-whet owl", "bird", "animal", "owlet"),
       ("eyes", "yellow eyes", "feathers", "perched", "rock", "stone", "moss", "green", "blurred background",
        "bokeh", "nature", "brown", "wildlife", "looking at camera"),
       notes="a small brown owl (a saw-whet owl) perched on a mossy rock, big yellow eyes to the camera, an "
             "olive green blurred background"),
    X5("x5_goose", "wx3.2-examples/usr/share/doc/wx3.2-examples/examples/samples/html/test/pic.png",
       ("goose", "Canada goose", "bird", "animal"),
       ("magenta", "pink", "purple", "magenta background", "pink background", "cut-out", "cutout", "beak",
        "neck", "feathers", "walking", "black neck", "white cheek"),
       notes="a Canada goose (black neck and head, white cheek patch, brown-grey body) cut out on a flat "
             "magenta background; 'duck' would be false"),
    X5("x5_sheep_plain", TUX("sheep"),
       ("sheep", "flock", "flock of sheep", "field", "pasture", "grassland"),
       SKY + ("grass", "meadow", "plain", "prairie", "fence", "horizon", "hills", "farm", "landscape",
              "grazing", "lambs", "animals", "countryside", "wispy clouds"),
       count=0,
       notes="a flock of white sheep grazing far off on a flat green plain, a wire fence, distant hills, a "
             "bright blue sky with thin streaky clouds"),
    # -- food ---------------------------------------------------------------------------------
    X5("x5_pizza", SCRIBUS("menu2/pizza.jpg"),
       ("pizza", "food", "pie"),
       ("cheese", "mozzarella", "pesto", "tomato sauce", "sauce", "crust", "pan", "plate", "tray", "table",
        "herbs", "close-up", "white pizza"),
       notes="a thick-crust pizza with melted white cheese, pesto and tomato in a round pan on a wooden "
             "table, seen close from above at an angle"),
    X5("x5_shrimp", SCRIBUS("menu1/teriyaki.png"),
       ("shrimp", "prawns", "shrimps", "prawn", "food", "dish", "meal", "stir-fry", "teriyaki"),
       ("broccoli", "sauce", "glaze", "noodles", "plate", "vegetables", "close-up", "Asian food",
        "Chinese food", "Japanese food", "seafood"),
       count=0,
       notes="glazed shrimps in a brown sauce with broccoli and pale noodles on a plate with a red rim, "
             "close up; 302x227"),
    X5("x5_hamburger", QTD("views/listview/content/pics/hamburger.jpg"),
       ("hamburger", "burger", "cheeseburger", "sandwich", "food"),
       ("bun", "sesame", "lettuce", "patty", "beef", "meat", "black background", "fast food"),
       notes="a single hamburger (bun, lettuce, meat patty) on a black background; 200x200"),
    X5("x5_fruit_salad", QTD("views/listview/content/pics/fruit-salad.jpg"),
       ("fruit salad", "fruit", "fruits", "bowl", "salad"),
       ("strawberry", "strawberries", "kiwi", "kiwifruit", "orange", "watermelon", "melon", "cantaloupe",
        "grapes", "pineapple", "apple", "plate", "food", "dessert", "healthy"),
       notes="a bowl of cut fruit from above: strawberries, kiwi slices, orange segments, watermelon, "
             "melon, pineapple, apple, green grapes; 275x275"),
    X5("x5_tomatoes", GNOME("tomatoes"),
       ("tomato", "tomatoes", "vegetables", "food"),
       ("halves", "cut tomato", "sliced", "red", "wood", "wooden table", "boards", "table", "salt",
        "pepper", "peppercorns", "from above", "grey", "gray", "seeds", "still life"),
       count=2,
       notes="a whole red tomato with its green stalk and one tomato cut into two halves on grey weathered "
             "boards, a few peppercorns and salt grains, seen from above; 512x512 (two tomatoes, one of "
             "them in two halves)"),
    # -- plants and nature --------------------------------------------------------------------
    X5("x5_dahlia", QTB("painting/composition/flower.jpg"),
       ("flower", "dahlia", "pink flower", "cactus dahlia", "blossom", "bloom"),
       ("pink", "magenta", "petals", "black background", "close-up", "water drops", "drops", "garden"),
       notes="a pink spiky cactus dahlia on a black background, a few drops on the petals; 'daisy' or "
             "'aster' would be false"),
    X5("x5_corn_rows", TUX("corn_maze"),
       ("corn", "maize", "cornfield", "corn field", "corn maze", "crops", "field", "plants"),
       ("leaves", "stalks", "path", "row", "green", "farm", "outdoors", "summer", "autumn", "tunnel"),
       count=0,
       notes="a narrow path between tall rows of maize, green leaves arching overhead, dry lower leaves"),
    X5("x5_redwoods", TUX("redwoods_above"),
       ("trees", "tree", "redwoods", "forest", "woods", "tree trunks", "canopy"),
       ("looking up", "sky", "leaves", "branches", "green", "bark", "trunk", "nature", "outdoors", "tall"),
       count=0,
       notes="looking straight up two tall redwood trunks into a green canopy, bits of pale sky between"),
    X5("x5_spider_web", TUX("spiders_web"),
       ("spider web", "spiderweb", "web", "cobweb", "spider's web"),
       ("leaves", "plant", "bokeh", "blurred background", "dark", "close-up", "macro", "nature", "outdoors",
        "threads", "green"),
       notes="a round spider's web across a dark blurred background, a sprig of green leaves at the bottom "
             "left; no spider is clear (a few specks on the web)"),
    X5("x5_mossy_log", TUX("mossy_log"),
       ("log", "moss", "mossy log", "wood", "branch", "forest floor"),
       ("leaves", "dead leaves", "fallen leaves", "ground", "green", "sunlight", "forest", "woods", "nature",
        "outdoors", "stump"),
       notes="a fallen log thickly covered in bright green moss in sunlight on a floor of dry brown leaves"),
    X5("x5_burnt_bark", TUX("burnt_bark"),
       ("bark", "tree bark", "burnt wood", "charred wood", "wood", "tree trunk", "texture"),
       ("charcoal", "burnt", "charred", "fire", "brown", "black", "close-up", "redwood", "trunk", "pattern"),
       notes="a close-up of reddish-brown fibrous tree bark with blackened, cracked charcoal patches (fire "
             "scars)"),
    # -- rocks, stones, landscapes ------------------------------------------------------------
    X5("x5_red_rocks", RM("Red_Rocks.jpg"),
       ("rocks", "rock formation", "rock formations", "sandstone", "red rocks", "hoodoos", "pinnacles",
        "cliff", "cliffs", "butte", "spires"),
       SKY + ("desert", "canyon", "red", "orange", "sunset", "landscape", "stone", "nature"),
       notes="red sandstone towers glowing orange against a deep blue sky, three rock figures side by "
             "side"),
    X5("x5_pebbles", TUX("rocks"),
       ("pebbles", "stones", "rocks", "rock", "stone", "pebble beach", "beach", "cobbles"),
       ("round", "smooth", "grey", "gray", "pink", "purple", "blue", "bluish", "shore", "pattern",
        "texture", "close-up", "many"),
       count=0,
       notes="a field of rounded pebbles, grey, pink and bluish in cool light, filling the frame to the "
             "top; no sky, no water"),
    X5("x5_mudstone", TUX("mudstone"),
       ("rock", "rocks", "mudstone", "stone", "mud", "sediment", "ground", "texture"),
       ("grey", "gray", "sand", "dirt", "close-up", "shore", "beach", "lumps", "clay"),
       notes="a close-up of grey lumpy mudstone with a little sand in the hollows, low sun"),
    X5("x5_cliff", TUX("cliff"),
       ("cliff", "rock", "rocks", "rock face", "crag", "mountain", "hill", "outcrop", "granite"),
       SKY + ("bushes", "shrubs", "plants", "trees", "grass", "looking up", "landscape", "nature",
              "rocky", "stone"),
       notes="a grey, streaked rock face with scrubby bushes on top, seen from below against a clear light "
             "blue sky"),
    X5("x5_canyon_stream", SCRIBUS("br2/nature.jpg"),
       ("canyon", "gorge", "slot canyon", "stream", "creek", "river", "rocks", "cliffs", "cliff"),
       ("trees", "tree", "water", "boulders", "stones", "red rock", "sandstone", "overhang", "outdoors",
        "nature", "landscape", "green"),
       notes="a stream over boulders in a deep sandstone canyon, a huge red-brown overhang at the right, "
             "young green trees in the middle; no sky visible"),
    X5("x5_sea_stack", QTB("painting/affine/bg1.jpg"),
       ("sea stack", "rock", "stack", "sea", "ocean", "cliff", "water"),
       ("waves", "surf", "foam", "coast", "coastline", "aerial view", "from above", "blue", "turquoise",
        "nature", "outdoors", "bird", "seagull"),
       notes="a tall layered sea stack rising from deep blue-green sea, white surf round its foot, seen "
             "from a cliff top above; the blue is the sea (no sky); 300x300"),
    X5("x5_niagara_falls", QTD("customitems/scrollbar/pics/niagara_falls.jpg"),
       ("waterfall", "falls", "Niagara Falls", "cliff", "rock", "gorge"),
       ("mist", "spray", "fog", "building", "house", "snow", "ice", "rocks", "slope", "grass", "water",
        "wall", "stone", "outdoors", "nature", "winter", "spring", "scree", "railing"),
       notes="the foot of a huge waterfall lost in white spray at the left, a dark rock wall and a stone "
             "parapet at the right, a small building on the slope with snow patches; no one seen on a "
             "zoomed crop"),
    X5("x5_alpine_lake", QTB("graphicsview/weatheranchorlayout/images/place.jpg"),
       ("lake", "mountain", "mountains", "landscape", "pond"),
       ("water", "turquoise", "reflection", "trees", "pine trees", "forest", "conifers", "house", "houses",
        "chalet", "grass", "meadow", "sky", "clouds", "outdoors", "nature", "valley", "Alps", "summer"),
       notes="a milky turquoise mountain lake with a grassy bank, dark conifers, two small houses and a "
             "tall bare-topped mountain behind under a hazy pale sky; 400x300"),
    X5("x5_red_hill_lake", "digikam-data/usr/share/digikam/about/images/body-background.jpg",
       ("lake", "hill", "landscape", "reflection", "red earth", "red hill"),
       SKY + ("water", "trees", "bushes", "shrubs", "island", "autumn", "red", "orange", "nature",
              "mountain", "calm"),
       notes="a hill of bare red earth with green scrub reflected in a still lake, a small island with "
             "reeds, blue sky with white and grey clouds"),
    X5("x5_aerial_fields", PYWT("aero"),
       ("aerial view", "aerial photo", "aerial photograph", "fields", "farmland", "landscape"),
       ("trees", "woods", "forest", "gully", "valley", "road", "roads", "tracks", "field", "agriculture",
        "black and white", "monochrome", "grey", "gray", "countryside", "satellite image", "map"),
       kind="bw",
       notes="PyWavelets' 'aero': a black-and-white aerial photo of ploughed fields crossed by a branching "
             "wooded gully, field tracks, a road and a rail line at the bottom"),
    # -- sky, moon, space ---------------------------------------------------------------------
    X5("x5_moon_branches", SCRIBUS("cal2/moon.jpg"),
       ("moon", "full moon"),
       ("sky", "night", "night sky", "dusk", "evening", "branches", "tree", "leaves", "silhouette", "blue",
        "blue sky", "craters"),
       notes="a full moon in a deep blue evening sky, blurred dark tree branches at the right and bottom"),
    X5("x5_moon_black", SCRIBUS("br2/moon.jpg"),
       ("moon", "full moon", "gibbous moon", "lunar surface"),
       ("craters", "maria", "night", "space", "black background", "sky", "night sky", "grey", "gray",
        "astronomy", "telescope"),
       notes="a nearly full moon, sharp craters and dark maria, on black"),
    X5("x5_earth", "tk8.6-doc/usr/share/doc/tk8.6-doc/demos/images/earth.gif",
       ("Earth", "planet", "globe", "world", "planet Earth", "Blue Marble"),
       ("space", "clouds", "ocean", "oceans", "Africa", "continents", "black background", "blue",
        "satellite", "astronomy", "land", "desert"),
       notes="the whole Earth from space (Africa and Arabia, swirls of cloud) on a black background, a "
             "dithered GIF; the blue is ocean, not sky; 320x200"),
    X5("x5_plane_wing", GNOME("plane"),
       ("airplane", "aeroplane", "plane", "wing", "airplane wing", "aircraft", "airliner", "sky"),
       ("clouds", "blue sky", "flying", "flight", "window", "view from window", "winglet", "above the "
        "clouds", "aerial view", "blue", "outdoors", "jet", "horizon"),
       notes="the wing of an airliner with a blue-tipped winglet seen from a cabin window, white clouds far "
             "below, a deep blue sky above; 512x512"),
    X5("x5_lone_tree", GNOME("tree"),
       ("tree", "oak", "field", "meadow", "landscape"),
       SKY + ("grass", "green", "summer", "countryside", "horizon", "trees", "nature", "lone tree", "pasture",
              "hedge"),
       notes="a single round green tree in the middle of a sunlit grass field, a low line of trees on the "
             "horizon, pale blue sky with a few thin clouds; 512x512"),
    X5("x5_sun_cloud", TUX("sun_behind_clouds"),
       ("cloud", "clouds", "sky", "sun"),
       ("blue sky", "sunlight", "sunshine", "cumulus", "white clouds", "outdoors", "weather", "bright",
        "glare", "daytime"),
       count=0,
       notes="a white cumulus cloud lit from behind by the sun in a deep blue sky"),
    X5("x5_city_sunset", SCRIBUS("br2/sunset.jpg"),
       ("sunset", "skyline", "city", "city skyline", "sky", "dusk"),
       ("clouds", "water", "bay", "harbour", "harbor", "reflection", "buildings", "skyscrapers", "boats",
        "masts", "marina", "orange", "purple", "blue", "twilight", "evening", "silhouette", "urban",
        "landscape", "outdoors"),
       notes="a city skyline in silhouette across still water at sunset, orange glow under purple-blue "
             "clouds reflected in the water, boat masts at the left"),
    X5("x5_palm_skyline", "tuxpaint-data/usr/share/tuxpaint/starters/skyline-sf-dusk-back.jpeg",
       ("palm tree", "palm", "silhouette", "sunset", "skyline", "sky", "dusk"),
       ("city", "buildings", "skyscrapers", "bridge", "bay", "water", "clouds", "pink", "orange", "purple",
        "twilight", "evening", "San Francisco", "Bay Bridge", "tree", "outdoors"),
       notes="the black silhouette of a tall palm tree against a pink-orange dusk sky, a city skyline and "
             "a long bridge low across the bay; 448x376"),
    # -- water and blue that is not sky -------------------------------------------------------
    X5("x5_jellyfish", TUX("jellyfish"),
       ("jellyfish", "jellyfishes", "moon jellyfish", "jellies", "aquarium", "sea life", "marine life"),
       ("blue", "water", "underwater", "glowing", "dark", "black background", "tank", "translucent",
        "ocean", "sea", "many"),
       count=0,
       notes="many moon jellyfish glowing bright blue against a black aquarium; the blue is lit water "
             "and animals, not sky"),
    X5("x5_coral_reef", "tuxpaint-data/usr/share/tuxpaint/starters/reef-back.png",
       ("coral reef", "reef", "coral", "corals", "underwater", "sea", "ocean"),
       ("brain coral", "water", "blue", "blue water", "fish", "sea life", "marine life", "diving",
        "seabed", "nature"),
       notes="an underwater reef: a big dome of brain coral at the left, pale branching coral in front, "
             "bright blue water above shading to dark; no sky; 448x376"),
    X5("x5_splash", TUX("ocean_splash"),
       ("water", "splash", "spray", "sea", "ocean", "waves", "foam"),
       ("drops", "droplets", "blue", "white", "close-up", "surf", "texture", "nature"),
       notes="white foam and flying drops of a splash over dark blue sea water filling the frame; no sky"),
    X5("x5_wave", TUX("ocean_waves"),
       ("wave", "waves", "sea", "ocean", "surf", "breaking wave", "water"),
       ("foam", "beach", "shore", "blue", "green", "white", "seashore", "coast", "outdoors", "nature"),
       count=0,
       notes="a green-blue wave curling and breaking, foamy surf in front, blue sea to the top edge; no sky"),
    X5("x5_blue_screen", QTB("effects/fademessage/background.jpg"),
       ("screen", "computer screen", "monitor", "display", "text", "blue screen", "close-up"),
       ("letters", "words", "pixels", "blue", "white text", "computer", "BIOS", "setup", "message",
        "instructions", "font"),
       notes="a slanted close-up photo of a blue computer screen with big white pixel text: '...rt your "
             "compu...', 'steps:', 'to be sure y...'; the blue is the screen, not sky"),
    X5("x5_hot_air_balloon", DDE("5"),
       ("hot air balloon", "balloon", "hot-air balloon"),
       SKY + ("blue", "rainbow", "colourful", "colorful", "stripes", "basket", "flying", "purple sky"),
       notes="one blue hot-air balloon with a rainbow-striped crown and a small basket, in a clear sky "
             "shading from violet to light blue; 200x200"),
    X5("x5_party_balloons", DDE("6"),
       ("balloons", "balloon", "party balloons", "toy balloons"),
       ("colourful", "colorful", "red", "orange", "yellow", "cream", "teal", "pink", "strings", "ribbons",
        "party", "celebration", "sky", "blue sky"),
       count=0,
       notes="a bunch of orange, red, cream, yellow and teal balloons on strings against a teal sky, "
             "toned vintage colours; 200x200"),
    # -- objects and places -------------------------------------------------------------------
    X5("x5_lighthouse", TUX("lighthouse"),
       ("lighthouse", "tower", "light tower", "beacon"),
       SKY + ("brick", "red brick", "lantern", "lamp", "window", "railing", "gallery", "balcony", "dome",
              "white", "building", "looking up"),
       notes="the top of a red-brick lighthouse tower: a narrow window, a white gallery with railings, the "
             "glazed lantern room and a small dome, against a deep blue cloudless sky; tall frame"),
    X5("x5_gears", TUX("wool_mill_machine"),
       ("gears", "machine", "machinery", "cogs", "gear", "cogwheels", "engine", "mechanism"),
       ("chains", "chain", "sprockets", "wheels", "metal", "iron", "rust", "rusty", "grease", "old",
        "industrial", "factory", "mill", "green", "close-up"),
       count=0,
       notes="the side of an old machine crowded with dark greasy gears, sprockets and chains on a green "
             "frame (a wool-mill machine)"),
    X5("x5_cinema_seats", KODI("movie"),
       ("cinema", "movie theater", "movie theatre", "theater", "theatre", "auditorium", "screen", "seats"),
       ("chairs", "rows", "projection screen", "stage", "curtain", "lights", "dark", "empty", "indoors",
        "aisle", "ceiling", "hall", "red"),
       count=0,
       notes="an empty dark cinema: rows of upholstered seats in front, a lit screen with a blue-pink glow "
             "at the far end of the hall, ceiling lights; no people"),
    X5("x5_gamepad", GNOME("gamepad"),
       ("gamepad", "game controller", "controller", "joystick", "PlayStation controller", "DualShock",
        "video game controller"),
       ("blue", "blue light", "reflection", "table", "glass", "dark", "buttons", "thumbsticks", "gaming",
        "indoors", "close-up", "silhouette"),
       notes="a dark game controller (two thumbsticks) standing on a glossy surface that mirrors it, lit "
             "from behind with cyan-blue light, the whole frame blue; the blue is light and backdrop, not "
             "sky; 512x512"),
    X5("x5_playground", SCRATCH("Outdoors/atom-playground"),
       ("playground", "climbing frame", "jungle gym", "play structure", "climbing net"),
       ("blue", "blue floor", "rubber", "rubber surface", "ground", "nets", "ropes", "red", "yellow",
        "stripes", "poles", "metal", "building", "brick", "brick building", "windows", "school", "outdoors",
        "empty"),
       notes="an empty playground: steel-pole climbing frames with red rope nets and striped yellow panels "
             "on a bright blue rubber floor that fills the lower half, a brick building with windows behind; "
             "no sky; the blue is the ground"),
    X5("x5_street_mural", SCRATCH("Outdoors/berkeley-mural"),
       ("mural", "painting", "wall painting", "street art", "wall", "artwork"),
       ("street", "road", "pavement", "sidewalk", "kerb", "curb", "building", "colourful", "colorful", "art",
        "painted figures", "figures", "crowd scene", "outdoors", "city", "urban", "sign", "car"),
       notes="a long colourful mural of a crowd of painted figures (people marching, a car, signs) on a "
             "building wall across an empty asphalt street; no real person seen, the figures are paint"),
    X5("x5_piano_keys", DDE("11"),
       ("piano", "piano keys", "keyboard", "keys", "grand piano", "musical instrument"),
       ("black and white", "black keys", "white keys", "close-up", "music", "instrument", "dark"),
       count=0,
       notes="a close, angled view of piano keys, black keys above white, dark at the top; 200x200 (a "
             "colour photo that is almost grey)"),
]


def items() -> list[Item]:
    """The external5 items; missing packages raise with the commands that fetch them."""
    return EXT5.available(EXTERNAL5, EXT5_PATHS.values())
