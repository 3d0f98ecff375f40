"""The ``external5`` split of the screen set: a fifth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score.

    python benchmarks/screens_dataset.py --splits external5    # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external5       # scores it (``all`` leaves it out)

The frames are read at build time from seventeen Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT6`` (default ``/work/ext6``); nothing is
copied into the repository. Fetch them (no root needed; about 70 MB of .deb, debian-edu-doc-en,
qtcreator-doc and hugin-data the bulk) with::

    mkdir -p /work/ext6 && cd /work/ext6
    for p in cantor debian-edu-doc-en epiphany-browser-data evince-common fotoxx-common gedit-common \\
             hugin-data kbruch kcharselect kompare ksystemlog kturtle kwalletmanager lokalize \\
             partitionmanager qtcreator-doc step; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: the KDE applications 4:22.12.3-1 (partitionmanager 22.12.3-1 without
epoch), debian-edu-doc-en 2.12.23~deb12u1 (bookworm manual images), epiphany-browser-data 43.1-1,
evince-common 43.1-2+deb12u1, gedit-common 44.2-1, fotoxx-common 20.08-2, hugin-data
2022.0.0+dfsg-2, qtcreator-doc 9.0.2-2.

What external4 lacked is the point of this set: whole desktops (an Xfce desktop with Firefox open
on a web page, the same desktop with its Applications menu open, a LightDM login screen), web
browsers with an address bar (GNOME Web on gnome.org, its private-browsing page, Firefox on Qt
Design Viewer) and a web application page without browser chrome (GOsa), text consoles (the
Debian installer's boot help, an iPXE boot menu, a router's text menu), the Debian installer
itself, IDEs (Qt Creator's welcome page, its editor with context help, its debugger, its help
search), editors (gedit, KTurtle, Lokalize), a document viewer showing prose (Evince) and a
maths worksheet with help text (Cantor), and plain program windows and dialogs (KCharSelect,
KSystemLog, KDE Partition Manager, KWallet Manager, KBruch, Step, Kompare's settings, Fotoxx).
Five photos from Hugin's and Fotoxx's manuals (a forest, a school building with a lawn, a
fisheye temple courtyard, a living-room panorama, two views of the Pantheon) are the negatives.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split

SPLIT = "external5"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("cantor", "debian-edu-doc-en", "epiphany-browser-data", "evince-common", "fotoxx-common",
            "gedit-common", "hugin-data", "kbruch", "kcharselect", "kompare", "ksystemlog", "kturtle",
            "kwalletmanager", "lokalize", "partitionmanager", "qtcreator-doc", "step")
ENV, DEFAULT = "PIXEL_LLM_EXT6", "/work/ext6"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GENERIC = ["window", "screen", "screenshot"]
DESKTOP = ["desktop", "screen", "screenshot"]
BROWSER = ["browser", "web browser", "web page"]
TERMINAL = ["terminal", "console", "command line", "shell", "text mode"]
INSTALLER = ["installer", "setup", "installation"]
IDE = ["IDE", "editor", "code editor", "text editor"]

KDE = "usr/share/doc/HTML/en/"
EDU = "debian-edu-doc-en/usr/share/doc/debian-edu-doc-en/debian-edu-bookworm-manual-images/"
QT = "qtcreator-doc/usr/share/doc/qtcreator/html/images/"
FOTOXX = "fotoxx-common/usr/share/fotoxx/images/"
HUGIN = "hugin-data/usr/share/hugin/xrc/data/help_en_EN/"

# (path under $PIXEL_LLM_EXT6, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- whole desktops and login ---------------------------------------------------------------
    (EDU + "26-Tjener-Xfce_Desktop_Browser.png", "xfce_desktop_firefox_page", [DESKTOP, BROWSER], 1,
     ["Welcome to Debian Edu / Skolelinux", "Mozilla Firefox", "LOCAL SERVICES", "Printer administration",
      "Sitesummary", "Collected package usage", "DebianEdu Server Admin", "Congratulations"],
     ["Chrome", "Windows"],
     "a whole Xfce desktop (1280x800): a top panel (Applications menu, a Firefox task button, clock "
     "2023-10-10 09:12), a dock at the bottom (terminal, files, globe, magnifier, folder) and one Firefox "
     "window with an address bar (https://www) showing the Debian Edu welcome page; teal wallpaper at the "
     "right edge"),
    (EDU + "27-Tjener-Xfce_Desktop.png", "xfce_desktop_applications_menu", [DESKTOP + ["menu"]], None,
     ["Applications", "Run Program", "Terminal Emulator", "Mail Reader", "Jupyter Notebook", "KTurtle",
      "Thonny", "About Xfce"], ["Windows", "GNOME"],
     "an empty Xfce desktop (teal wallpaper with faint triangles, the debianedu Skolelinux logo) with the "
     "Applications menu open three levels deep (Education > Development); no window is open, so no count; "
     "the menu names a terminal, a file manager and a web browser that are not on screen"),
    (EDU + "22-Tjener-LightDM-Login.png", "lightdm_login_screen",
     [["login screen", "login", "log in", "sign in"] + DESKTOP], None,
     ["tjener.intern", "Enter your password", "Log In", "Cancel", "en_US.utf8", "Tue, 09:05"], ["Windows"],
     "a full-screen login greeter: a small white box (a grey user silhouette, a name field, a password field) "
     "on the teal Debian Edu wallpaper, a thin dark top bar; no window"),
    # -- installer and text consoles ------------------------------------------------------------
    (EDU + "06-Choose_Debian_Edu_profile.png", "debian_edu_installer_profile", [INSTALLER], None,
     ["Choose Debian Edu profile", "Main Server", "Roaming Workstation", "LTSP Server", "Standalone",
      "Minimal", "Profile(s) to apply to this machine", "Continue"], ["Windows", "Ubuntu"],
     "the Debian installer (graphical, full screen, a 'debianedu 12' banner) with a checklist of profiles; "
     "no window frame"),
    (EDU + "01c-Installer_help.png", "debian_installer_boot_help", [TERMINAL + ["installer", "boot screen"]],
     None,
     ["Welcome to Debian GNU/Linux", "HELP INDEX", "installation CD-ROM", "Prerequisites for installing Debian",
      "rescue mode", "Copyrights and warranties", "ENTER to boot"], ["Windows", "PowerShell"],
     "a text-mode screen (white and blue text on black, 720x400): the Debian 11 installer's boot help index "
     "with F1..F10 topics"),
    (EDU + "28-iPXE-menu_with_LTSP.png", "ipxe_boot_menu", [TERMINAL + ["boot menu", "menu", "boot screen"]],
     None,
     ["iPXE boot menu", "Install Debian Edu/amd64", "Plain X2Go Thin Client", "Memory test",
      "Drop to iPXE shell", "Boot from the first local disk", "Exit iPXE and continue BIOS boot"],
     ["Windows", "GRUB"],
     "a text-mode network boot menu on a dark blue background, cyan and white text, one line highlighted red"),
    (EDU + "190-debian-edu-router-config-main-menu.png", "router_text_menu", [TERMINAL + ["menu"]], None,
     ["Welcome to Debian GNU/Linux 12 (bookworm)", "Debian Edu Router Menu", "IP traffic statistics",
      "Launch a shell session", "Reboot system", "Shutdown system", "Please select"], ["Windows", "PowerShell"],
     "a text console (white on black) with a router's numbered menu and its interfaces' addresses; no frame"),
    # -- web pages and browsers -----------------------------------------------------------------
    (EDU + "gosa2_overview.png", "gosa_web_admin_page", [BROWSER + GENERIC], None,
     ["Welcome to GOsa", "Administration", "Directory structure", "Access control", "Object groups",
      "Sudo rules", "NIS Netgroups"], ["Firefox", "Chrome"],
     "a web application (GOsa, an orange top bar, a grey sidebar, a grid of tiles with icons) without any "
     "browser chrome, so no address bar and no count"),
    ("epiphany-browser-data/usr/share/help/C/epiphany/media/epiphany-plain-3-36.png", "gnome_web_gnome_org",
     [BROWSER], 1,
     ["https://www.gnome.org/", "Apps/Web - GNOME Wiki", "Technologies", "Get Involved", "Foundation",
      "Donate", "Discover GNOME 3"], ["Chrome", "Safari"],
     "GNOME Web (Epiphany) with two tabs, on gnome.org: a blue header and a picture of a laptop showing the "
     "GNOME application grid (tiny icon labels, one reads Firefox); the laptop is a picture on the page"),
    ("epiphany-browser-data/usr/share/help/C/epiphany/media/epiphany-private-3-36.png", "gnome_web_private",
     [BROWSER], 1,
     ["Private Browsing", "Search for websites, bookmarks, and open tabs", "browsing incognito",
      "Incognito mode hides your activity", "Files you download will be kept", "tracking you"],
     ["Chrome", "Firefox"],
     "GNOME Web's private-browsing window: an empty address field, a large grey mask-like icon and two "
     "paragraphs of text; a browser without a web page loaded"),
    (QT + "qt-design-viewer.png", "firefox_qt_design_viewer", [BROWSER], 1,
     ["Qt Design Viewer", "www.qt-webassembly.io/designviewer", "powered by web assembly",
      "drop your qmlrc file or zip file here", "EXAMPLES", "CoffeeMachine", "static web page"], ["Chrome"],
     "a Firefox window (dark tab bar, address bar) showing a plain page with a blue 'DV' logo and a dashed "
     "drop box"),
    # -- IDEs and editors -----------------------------------------------------------------------
    (QT + "qtcreator-breakdown.png", "qt_creator_welcome", [IDE], 1,
     ["Welcome to Qt Creator", "Create Project", "Open Project", "Get Started", "default (current session)",
      "Marketplace", "CMakeLists.txt", "notepad"], ["Visual Studio", "Eclipse"],
     "Qt Creator's welcome mode on Windows (dark theme): mode bar at the left, sessions and recent projects; "
     "green numbered callouts (1-7) drawn over it by the manual"),
    (QT + "qtcreator-context-sensitive-help.png", "qt_creator_editor_with_help", [IDE], None,
     ["import QtQuick", "Rectangle QML Type", "Open in Help Mode", "Paints a filled rectangle",
      "Import Statement", "Properties", "Detailed Description", "antialiasing"], ["Visual Studio", "Eclipse"],
     "Qt Creator (dark, cropped, no title bar): a QML file in the editor at the left, a tooltip, and the "
     "Rectangle reference in the help pane at the right; documentation inside an IDE, not a web page"),
    (QT + "qtquick-example-stack.png", "qt_creator_debugger", [IDE + ["debugger"]], None,
     ["samegame.js", "gameCanvas", "undefined", "destroy", "Locals", "floodFill", "UTF-8"], ["Visual Studio", "Eclipse"],
     "Qt Creator in debug mode (dark theme): JavaScript source with warning markers, a Locals/Expressions "
     "view at the right and the stack and breakpoint views below; cropped, so no count"),
    (QT + "qtcreator-help-search.png", "qt_creator_help_search",
     [GENERIC + ["help", "help viewer", "documentation", "IDE"]], None,
     ["Rectangle QML Type", "Search", "1 - 20 of 2019 Hits", "Qt Quick", "Paints a filled rectangle",
      "List of all members", "Detailed Description"], ["web page", "Firefox"],
     "Qt Creator's help mode (dark theme, cropped): a search field and a list of hits at the left, a "
     "documentation page with blue links at the right; a help viewer inside an IDE, not a browser"),
    ("gedit-common/usr/share/help/C/gedit/figures/gedit3-screenshot.png", "gedit_empty_document",
     [["text editor", "editor"]], 1,
     ["Untitled Document 1", "Open", "Save", "Plain Text", "Tab Width: 8", "Ln 1, Col 1"], ["Notepad", "Word"],
     "gedit with an empty white document and a header bar; a text editor with no text"),
    ("kturtle/" + KDE + "kturtle/mainwindow_flower_nrs.png", "kturtle_program_and_canvas",
     [IDE + GENERIC + ["programming", "educational programming"]], 1,
     ["KTurtle", "canvascolor", "pencolor", "penwidth", "repeat", "forward", "turnright", "Inspector"],
     ["Scratch", "Python"],
     "KTurtle: a Logo program in the editor at the left, a purple flower drawn on a pink canvas in the middle, "
     "an Inspector at the right; blue numbers 1-5 drawn by the manual"),
    ("cantor/" + KDE + "cantor/screenshot.png", "cantor_maxima_worksheet",
     [GENERIC + ["worksheet", "math", "mathematics", "computer algebra", "plot", "document"]], 1,
     ["Cantor", "Curve Sketching with Maxima", "Evaluate Worksheet", "Restart Backend", "Show Maxima Help",
      "plot2d", "Linear Algebra", "Function"], ["MATLAB", "Jupyter"],
     "Cantor's Maxima worksheet: commands and a line plot at the left, Maxima's help text for plot2d in a "
     "pane at the right; prose help, not a web page"),
    ("lokalize/" + KDE + "lokalize/default_editor_lokalize.png", "lokalize_translation_editor",
     [GENERIC + ["editor", "translation editor", "translation tool"]], 1,
     ["Lokalize", "Translation Units", "Translation Memory", "Project Overview", "gnucash-3.2.uk.po",
      "Approved", "Quick search options", "Previous"], ["Poedit"],
     "Lokalize translating a .po file to Ukrainian: a list of units, source and target panes (Cyrillic text), "
     "a translation memory pane, a rounded dark frame round the window"),
    # -- documents, help text -------------------------------------------------------------------
    ("evince-common/usr/share/help/C/evince/figures/annotations-nav-to-page.png", "evince_annotations_page",
     [GENERIC + ["document viewer", "document", "PDF viewer", "PDF"]], None,
     ["There are thousands of people", "GNOME project", "Rupert Monkey", "Page 22", "106 companies",
      "on their own time", "contributors"], ["web page", "Acrobat"],
     "a crop of Evince (no title bar): a side pane of annotations by page and a page of serif prose with a "
     "yellow note icon and one highlighted phrase; a document viewer, not a browser"),
    # -- dialogs --------------------------------------------------------------------------------
    (FOTOXX + "first-startup.jpg", "fotoxx_first_startup", [["dialog"]], 1,
     ["Fotoxx First Startup", "Defer image file indexing", "Index image files now",
      "Thumbnail galleries will be slow", "Initial indexing may need considerable time", "Proceed", "Quit"],
     ["Photoshop"],
     "a dialog with two radio options and prose about indexing, on a dark title bar with an orange close "
     "button"),
    ("kompare/" + KDE + "kompare/settings-diff1.png", "kompare_diff_settings", [["dialog"]], 1,
     ["Preferences", "Kompare", "Diff Settings", "Diff Program", "Format", "Exclude", "Defaults", "Apply"],
     ["WinMerge"],
     "Kompare's Preferences dialog on the Diff page, mostly empty (one Diff Program field)"),
    # -- other program windows ------------------------------------------------------------------
    ("kcharselect/" + KDE + "kcharselect/kcharselect.png", "kcharselect_table",
     [GENERIC + ["character map", "character table", "character selector"]], 1,
     ["KCharSelect", "European Alphabets", "Basic Latin", "LATIN CAPITAL LETTER L", "SCRIPT CAPITAL L",
      "General Character Properties", "Unicode category", "To Clipboard"], ["Word"],
     "KCharSelect: a grid of Latin characters with L selected (blue) and its Unicode details at the right"),
    ("ksystemlog/" + KDE + "ksystemlog/filter-process.png", "ksystemlog_usb_filter",
     [GENERIC + ["log viewer", "system log", "log", "menu"]], 1,
     ["KSystemLog", "Kernel Log", "Authentication Log", "usb-storage", "New USB device found",
      "USB Flash Drive", "Select All", "Filter"], ["terminal", "Event Viewer"],
     "KSystemLog showing kernel messages filtered on 'usb' with a context menu (Reload, Select All, Copy, "
     "Save As, Email Selection) open over the rows; a log viewer, not a terminal (flagged)"),
    ("partitionmanager/" + KDE + "partitionmanager/mainwindow.png", "partition_manager",
     [GENERIC + ["partition manager", "partition editor", "disk utility"]], 1,
     ["KDE Partition Manager", "/dev/sda", "ATA VBOX HARDDISK", "Total sectors", "Cylinder size",
      "Pending Operations", "Log Output", "linuxswap"], ["GParted"],
     "KDE Partition Manager: a device list and details at the left, a bar of partitions (blue, khaki) and a "
     "partition table at the right, log output below"),
    ("kwalletmanager/" + KDE + "kwallet5/kwallet-edit.png", "kwallet_manager",
     [GENERIC + ["password manager", "wallet"]], 1,
     ["Wallet Manager", "kdewallet", "Local Wallet", "is currently open", "Change Password", "Form Data",
      "Passwords", "Applications"], ["KeePass"],
     "KWallet Manager with the 'kdewallet' wallet open: a folder tree and a key/value table; the title bar "
     "is greyed out (window not focused)"),
    ("kbruch/" + KDE + "kbruch/gui_main.png", "kbruch_fraction_exercise",
     [GENERIC + ["educational", "math", "mathematics", "exercise", "game"]], 1,
     ["Exercise", "KBruch", "Arithmetic", "Comparison", "Factorization", "Mixed number", "Questions",
      "Reduced form"], ["Excel"],
     "KBruch: options at the left, a fraction sum (1/2 + 1/6 =) with empty answer boxes and coloured bars of "
     "correct/incorrect/skipped answers"),
    ("step/" + KDE + "step/mainwindow.png", "step_physics_simulator",
     [GENERIC + ["simulator", "physics simulator", "simulation"]], 1,
     ["CircularMotor", "Step", "Palette", "Particle", "ChargedParticle", "LinearMotor", "Simulation",
      "WeightForce"], ["MATLAB"],
     "Step with an empty simulation (axes in the middle), a palette of bodies and forces at the left and "
     "property panes at the right; black numbered callouts drawn by the manual"),
    (FOTOXX + "gallery-view.jpg", "fotoxx_gallery_thumbnails",
     [GENERIC + ["image viewer", "photo manager", "image browser", "gallery", "image editor"]], 1,
     ["Fotoxx", "FOLDER", "fotoxx-art", "415 images", "Florence Ponte Vec", "Claus Schneider",
      "Friedrichshafen"], ["Photoshop", "Lightroom"],
     "Fotoxx's gallery: a grid of photo thumbnails (a bridge in Florence, portraits, sea life, a church) with "
     "file names and dates; the thumbnails are photos inside a program window"),
]

# real photos from Hugin's and Fotoxx's manuals, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (HUGIN + "CA_fringes00.jpg", "photo_forest_trees",
     "tree trunks in a sunlit forest, ferns and ivy on the ground"),
    (HUGIN + "CA_tCA00.jpg", "photo_building_lawn",
     "a long low building with many windows behind a green lawn, trees at the sides, a grey sky"),
    (HUGIN + "Medinet_habu_horizontal_fisheye.jpg", "photo_fisheye_temple",
     "a circular fisheye photo of a sandy temple courtyard with stone walls and columns, sky above"),
    (HUGIN + "360px-Pantheon-150x100-rect-panini.jpg", "photo_pantheon_two_views",
     "two stacked photos of the Pantheon's interior (columns, coffered dome, people) in different "
     "projections, each with a small caption below"),
    (FOTOXX + "unbend2.jpg", "photo_living_room_panorama",
     "a wide panorama of a living room (a wooden cabinet, a sofa, a television, a plant) on a black margin"),
]


source_folder, frames = package_split("ext5", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
