"""The ``external8`` split of the screen set: an eighth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score.

    python benchmarks/screens_dataset.py --splits external8    # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external8       # scores it (``all`` leaves it out)

The frames are read at build time from eighteen Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT10`` (default ``/work/ext10``); nothing is
copied into the repository. Fetch them (no root needed; about 140 MB of .deb, kstars-data and
marble-data the bulk) with::

    mkdir -p /work/ext10 && cd /work/ext10
    for p in anjuta-common gentoo golang-github-disintegration-gift-dev golang-github-disintegration-imaging-dev \\
             golang-github-rwcarlsen-goexif-dev gparted-common hydrogen-doc kdiff3-doc kstars-data luminance-hdr \\
             marble-data mkdocs-doc openshot-qt-doc qtmultimedia5-examples qttools5-doc-html sound-juicer \\
             wireshark-doc wxglade; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: anjuta-common 2:3.34.0-8, gentoo 0.20.7-2,
golang-github-disintegration-gift-dev 1.2.1-3, golang-github-disintegration-imaging-dev 1.6.2-2,
golang-github-rwcarlsen-goexif-dev 0.0~git20190401.9e8deec-2, gparted-common 1.3.1-1, hydrogen-doc
1.2.0~beta1+dfsg-1, kdiff3-doc 1.10.0-1, kstars-data 5:3.6.2-2, luminance-hdr 2.6.1.1+dfsg-2+b2, marble-data
4:22.12.3-1, mkdocs-doc 1.4.2+dfsg-2, openshot-qt-doc 2.6.1+dfsg1-3, qtmultimedia5-examples 5.15.8-2,
qttools5-doc-html 5.15.8-2, sound-juicer 3.38.0-2.1, wireshark-doc 4.0.17-0+deb12u3, wxglade 1.0.4-2.

What is in it (28 screenshots, GTK 1 and 2, Qt 4/5 and KDE, wx, Win32 and web pages): a Windows console
with a wx Calculator window over it (the one terminal-like frame); editors and IDEs (Anjuta with build
errors, the Wing IDE debugging a wx program, Qt Designer, KDiff3 comparing two files and merging three
folders); web pages (MkDocs' default theme in a Chrome-like browser crop, MkDocs' own site and its
ReadTheDocs theme without a browser frame) and Qt Assistant, a help browser; file managers (gentoo's two
panes, a Windows open-file dialog of Wireshark); dialogs (Anjuta's project-type assistant, Qt
Assistant's Preferences, Wireshark's Capture Options and I/O Graphs, OpenShot's Titles editor, gentoo's
Configuration); and program windows (Wireshark's packet list, OpenShot's video editor, GParted, Sound
Juicer, KStars' sky map and its FITS viewer, Luminance HDR with a still-life photo, Marble's
globe, Hydrogen's drum pattern editor, Qt Linguist). Five real photos are the negatives: oleander
flowers and blossoming branches against the sky (test images of Go's ``imaging`` package), autumn maple
leaves (a Qt Multimedia example), a Chinese palace throne hall (the sample of Go's ``goexif``) and red
cherries on a branch (a test image of Go's ``gift``); none of these packages is used by another split.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split

SPLIT = "external8"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("anjuta-common", "gentoo", "golang-github-disintegration-gift-dev",
            "golang-github-disintegration-imaging-dev", "golang-github-rwcarlsen-goexif-dev", "gparted-common",
            "hydrogen-doc", "kdiff3-doc", "kstars-data", "luminance-hdr", "marble-data", "mkdocs-doc",
            "openshot-qt-doc", "qtmultimedia5-examples", "qttools5-doc-html", "sound-juicer", "wireshark-doc",
            "wxglade")
ENV, DEFAULT = "PIXEL_LLM_EXT10", "/work/ext10"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GENERIC = ["window", "screen", "screenshot"]
TERMINAL = ["terminal", "console", "command line", "shell", "text mode"]
IDE = ["editor", "text editor", "code editor", "IDE"]
BROWSER = ["browser", "web browser", "web page"]
FILE_MANAGER = ["file manager", "file browser"]
DIALOG = ["dialog"]
DIFF = GENERIC + ["diff tool", "merge tool", "file comparison", "comparison", "editor", "text editor"]

KDE = "usr/share/doc/HTML/en/"
ANJUTA = "anjuta-common/usr/share/help/C/"
WXGLADE = "wxglade/usr/share/wxglade/docs/html/_images/"
QT = "qttools5-doc-html/usr/share/qt5/doc/"
WS = "wireshark-doc/usr/share/doc/wireshark/wsug_html_chunked/images/"
OPENSHOT = "openshot-qt-doc/usr/share/doc/openshot-qt/html/_images/"
MKDOCS = "mkdocs-doc/usr/share/doc/mkdocs/html/img/"
GENTOO = "gentoo/usr/share/doc/gentoo/html/images/"
KSTARS = "kstars-data/" + KDE + "kstars/"
GO = "golang-github-"

# (path under $PIXEL_LLM_EXT10, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- terminals and consoles -----------------------------------------------------------------
    (WXGLADE + "Calculator_Console.png", "python_console_with_calculator", [TERMINAL + ["python", "Python console"]],
     2,
     ["D:\\Python\\Python35\\python.exe", "Traceback (most recent call last)", "ZeroDivisionError",
      "float division by zero", "Calculator", "Execute", "Reset", "Value 1"], ["PowerShell", "web page"],
     "a Windows console (classic grey title 'D:\\Python\\Python35\\python.exe', black, a Python traceback at the "
     "top) with a small wx 'Calculator' window (Value 1 / Operator / Value 2 / Result, Execute and Reset) over "
     "it: two windows"),
    # -- editors and IDEs ----------------------------------------------------------------------
    (ANJUTA + "anjuta-manual/figures/anjuta-in-action.png", "anjuta_build_errors", [IDE], 1,
     ["Anjuta - anjuta-trunk - plugins/patch/plugin.c", "plugin.c", "plugin.h", "Symbols", "Messages",
      "has no member named", "patch_plugin_activate", "Subversion"], ["Eclipse", "Visual Studio"],
     "Anjuta (GTK 2, a blue title bar): a file tree at the left, C code with coloured #include lines in tabs, a "
     "Symbols list at the right, and a Messages pane of red build errors ('PatchPlugin' has no member named "
     "'uiid')"),
    (WXGLADE + "Calculator_Debugger.png", "wing_ide_debugger", [IDE + ["debugger"]], 1,
     ["Calculator.py: Calculator.wpr: Wing", "on_execute_button_clicked", "Stack Frames", "Debug Probe",
      "Python Shell", "GetSelection", "GetValue", "Commands run in current frame without debug"],
     ["Visual Studio", "PyCharm"],
     "the Wing IDE on Windows (classic title bar 'Calculator.py: Calculator.wpr: Wing'): Python code with two "
     "red breakpoints, a Stack Frames panel, a Debug Probe pane with >>> lines and a long auto-completion list "
     "(GetSelection ... HasFocus)"),
    (QT + "qtdesigner/images/designer-screenshot.png", "qt_designer_form", [GENERIC + IDE + [
        "UI designer", "interface designer", "designer"]], None,
     ["Qt Designer", "Widget Box", "Object Inspector", "Property Editor", "Form - previewer.ui", "HTML Editor",
      "HTML Preview", "Vertical Layout"], ["Glade"],
     "Qt Designer (a KDE 4 Oxygen-like title bar 'Qt Designer'): the Widget Box at the left, a form window "
     "'Form - previewer.ui' with HTML Editor / HTML Preview boxes and Clear / Preview buttons inside the grey "
     "workspace, Object Inspector and a yellow Property Editor at the right; the form has a title bar of its "
     "own inside the program's window, so the count is left open"),
    ("kdiff3-doc/" + KDE + "kdiff3/screenshot_diff.png", "kdiff3_two_files", [DIFF], 1,
     ["kdiff3_shell.cpp (A) <-> kdiff3_shell.cpp (B) - KDiff3", "Top line 155", "Encoding: UTF-8",
      "Line end style: Unix", "applyNewToolbarConfig", "Number of remaining unsolved conflicts",
      "Diffview", "Merge"], ["Meld", "WinMerge"],
     "KDiff3 (Breeze, a soft shadow): two panes A and B of C++ code side by side with line numbers 155-178, "
     "one differing line highlighted yellow, visible space dots"),
    ("kdiff3-doc/" + KDE + "kdiff3/dirmergebig.png", "kdiff3_directory_merge", [DIFF], 1,
     ["COPYING - KDiff3", "Error: Changed and Deleted", "kdiff3plugin-QT4", "Operation",
      "Last Modification", "Encoding for saving", "Codec from C: UTF-8", "Line end style"],
     ["Meld", "WinMerge"],
     "KDiff3 merging three folders: a tree of folders with red / green / black A B C squares and Merge / "
     "Error operations, a details table at the right, three text panes of a licence file and an output pane; "
     "folders as a list, not a file manager"),
    (QT + "qtlinguist/images/linguist-linguist.png", "qt_linguist_crop",
     [GENERIC + ["translation tool", "translation editor", "localization tool", "editor"]], None,
     ["Context", "Strings", "Sources and Forms", "Polish translation", "Niepoprawna nazwa klasy bazowej",
      "Phrases and guesses", "Warnings", "Invalid base class name"], ["Poedit"],
     "a crop of Qt Linguist on macOS (no title bar): a Context list with green ticks and yellow question marks, "
     "Strings, a C++ source pane, the source text and its Polish translation; a blue square '1' drawn by the "
     "manual"),
    # -- browsers and web pages ----------------------------------------------------------------
    (MKDOCS + "screenshot.png", "mkdocs_site_in_browser", [BROWSER + ["documentation"]], None,
     ["127.0.0.1:8000", "My Docs", "Welcome to MkDocs", "Commands", "Project layout", "mkdocs serve",
      "Documentation built with MkDocs", "The configuration file"], ["Firefox", "Safari"],
     "a crop of a Chrome-like browser (back / forward / reload, '127.0.0.1:8000' in the address bar, no title "
     "bar or tabs) showing MkDocs' default site: a blue bar 'My Docs', a side menu, headings and a code block"),
    (MKDOCS + "mkdocs.png", "mkdocs_home_page", [["web page", "documentation", "website"]], None,
     ["MkDocs", "Project documentation with Markdown", "Overview", "Host anywhere", "Great themes available",
      "Getting started", "Adding pages", "GitHub"], ["WordPress", "terminal"],
     "a web page without a browser frame (1095x652): MkDocs' site with a blue top bar (Home, User Guide, About, "
     "Previous, Next, GitHub), a side menu and an Overview section"),
    (MKDOCS + "readthedocs.png", "mkdocs_readthedocs_theme", [["web page", "documentation", "website"]], None,
     ["MkDocs", "Project documentation with Markdown", "Edit on GitHub", "Getting Started", "User Guide",
      "Great themes available", "Easy to customize", "Release Notes"], ["WordPress", "terminal"],
     "a web page without a browser frame (700x445): the ReadTheDocs theme, a dark side bar with a blue search "
     "header and a white page with two green buttons"),
    (QT + "qtassistant/images/assistant-assistant.png", "qt_assistant_all_classes",
     [GENERIC + BROWSER + ["help browser", "help viewer", "documentation viewer", "documentation"]], 1,
     ["Qt Assistant", "All Classes", "qthelp://org.qt-project.qtdoc.5130/qtdoc/classes.html", "Filtered by:",
      "Qt 5.13.0 Reference Documentation", "Open Pages", "AndroidAccelerometer", "Bookmarks"], ["Chrome"],
     "Qt Assistant on Windows 10: a Contents tree at the left, an 'Address:' bar with a qthelp:// URL, and the "
     "'All Classes' page with green links; green numbered squares 1-3 drawn by the manual; a help browser, "
     "browser words accepted"),
    # -- file managers -------------------------------------------------------------------------
    (GENTOO + "layout.gif", "gentoo_two_panes", [FILE_MANAGER + ["two-pane file manager", "file commander"]], 1,
     ["gentoo v0.9.0", "/home/emil", "/tmp", "Left Pane (current)", "Right Pane", "Status Bar", "Shortcuts",
      "Chmod"], ["Midnight Commander", "Total Commander"],
     "gentoo, an old GTK 1 file manager (a dark grey title 'gentoo v0.9.0'): two file lists with Name / Size "
     "columns (folders in red), path fields and a grid of buttons (Copy, Move, Delete, Rename ...); blue "
     "labels in white bubbles ('Status Bar', 'Left Pane (current)', 'Buttons') drawn by the manual"),
    (WS + "ws-open-win32.png", "wireshark_open_file_dialog", [DIALOG + FILE_MANAGER + ["file dialog", "open dialog",
                                                                                        "file chooser"]], 1,
     ["Wireshark: Open Capture File", "Look in:", "Captures", "Quick access", "Wireshark capture file",
      "comcast-bad-dhcp", "Automatically detect file type", "Files of type"], ["Finder"],
     "a Windows 10 open-file dialog 'Wireshark: Open Capture File': a side bar (Quick access, Desktop, "
     "Libraries, This PC, Network), a list of capture files with dates, types and sizes, and Wireshark's Read "
     "filter / Format / Size fields below"),
    # -- dialogs -------------------------------------------------------------------------------
    (ANJUTA + "anjuta-build-tutorial/figures/new-project-select.png", "anjuta_project_type",
     [DIALOG + ["wizard", "assistant", "new project"]], 1,
     ["Application Assistent", "Project Type", "Select the type of application to be developed",
      "Project description", "A generic minimal and flat project", "Makefile project", "Forward", "Cancel"],
     ["Visual Studio"],
     "Anjuta's 'Application Assistent' (sic; GTK 2, a blue title bar): a big 'Project Type' heading, "
     "language tabs C / C++ / Java / Python / Vala and project icons (Generic, GNOME, GTK+, SDL, Xlib ...), "
     "Cancel / Back / Forward buttons"),
    (QT + "qtassistant/images/assistant-preferences-fonts.png", "qt_assistant_preferences",
     [DIALOG + ["settings", "preferences", "options"]], 1,
     ["Preferences", "Fonts", "Filters", "Documentation", "Font settings:", "Use custom settings",
      "Writing system", "MS Shell Dlg 2"], ["macOS"],
     "Qt Assistant's Preferences dialog on Windows 10 (a white title bar): Fonts / Filters / Documentation / "
     "Options tabs, font drop-downs, a sample field 'AaÃáZz', OK / Cancel / Apply"),
    (WS + "ws-capture-options.png", "wireshark_capture_options", [DIALOG + ["settings", "options"]], 1,
     ["Capture Options", "Link-layer Header", "Ethernet0", "Random packet generator",
      "UDP Listener remote capture", "Enable promiscuous mode on all interfaces", "Manage Interfaces",
      "Compile BPFs"], ["tcpdump"],
     "Wireshark's Capture Options dialog (Windows 10): Input / Output / Options tabs, a table of interfaces "
     "(Ethernet0 with a tiny traffic sparkline, remote capture entries), a capture filter field, Start / "
     "Close / Help"),
    (WS + "ws-stats-iographs.png", "wireshark_io_graphs", [GENERIC + DIALOG + ["chart", "graph", "plot"]], 1,
     ["I/O Graphs", "tv-netflix-problems-2011-07-06.pcap", "Packets/1 sec", "All packets",
      "TCP errors", "tcp.analysis.flags", "Time of day", "Log scale"], ["Excel"],
     "Wireshark's I/O Graphs window (Windows 10): a black line chart of packets per second with red and green "
     "dots, a table of three graphs (All packets, TCP errors, DNS) and Save As / Copy / Close / Help buttons"),
    (OPENSHOT + "title-editor.jpg", "openshot_titles", [DIALOG + ["title editor", "editor", "video"]], 1,
     ["Titles", "Choose a Template", "Bubbles 1", "Film rating 1", "JUST FOR YOU", "File Name:",
      "TitleFileName-1", "www.openshot.org"], ["Premiere"],
     "OpenShot's 'Titles' dialog (dark, Ubuntu title buttons): a grid of title templates at the left (Film "
     "rating 1 selected), a green preview of a film-rating card at the right with its text lines below; big "
     "green numbered circles 1-4 drawn by the manual"),
    (GENTOO + "cfg_gui.gif", "gentoo_configuration", [DIALOG + ["settings", "configuration", "preferences"]], 1,
     ["Configuration", "File Styles", "File Types", "Dir Panes", "User Commands", "PalmPilot", "FG Invert",
      "Save"], ["Windows"],
     "gentoo's Configuration dialog (GTK 1, a dark title bar): tabs File Styles ... Paths, a tree of file "
     "styles (Root, Directory, Image, Misc Data, PalmPilot, Source), colour properties, OK / Save / Cancel"),
    # -- other program windows -----------------------------------------------------------------
    (WS + "ws-main.png", "wireshark_packet_list", [GENERIC + ["packet analyzer", "network analyzer",
                                                               "packet capture", "network monitor"]], 1,
     ["tv-netflix-problems-2011-07-06.pcap", "Apply a display filter", "Standard query response",
      "Domain Name System (response)", "Transaction ID: 0x2188", "cdn-0.nflximg.com", "Packets: 10299",
      "Profile: Default"], ["tcpdump", "terminal"],
     "Wireshark's main window on Windows 10: a packet list with green TCP/HTTP rows and blue DNS rows, a tree "
     "of the selected packet's fields, a hex dump and a status bar"),
    (OPENSHOT + "main-window.jpg", "openshot_empty_project", [["video editor", "editor", "video"]], 1,
     ["Untitled Project [HD 720p 24 fps] - OpenShot Video Editor", "Project Files", "Video Preview",
      "Transitions", "Effects", "Track 4", "20 seconds", "Show All"], ["Premiere", "iMovie"],
     "OpenShot (dark, Ubuntu's orange close button): an empty Project Files pane, a black Video Preview with "
     "transport buttons, a timeline of tracks; big green numbered circles 1-10 drawn by the manual"),
    ("gparted-common/usr/share/help/C/gparted/figures/gparted_window.png", "gparted_partitions",
     [GENERIC + ["partition editor", "disk utility", "partition manager"]], 1,
     ["/dev/sda - GParted", "/dev/sda1", "5.69 GiB", "extended", "linux-swap", "Filesystem", "Mountpoint",
      "0 operations pending"], ["Windows"],
     "GParted (GTK 2, Ubuntu's brown Human title bar, 510x344): a bar of partitions (a pale yellow used part) "
     "over a table of /dev/sda1, sda2 and sda5 with ext3 / extended / linux-swap"),
    ("sound-juicer/usr/share/help/C/sound-juicer/figures/startup.png", "sound_juicer_album",
     [GENERIC + ["CD ripper", "CD extractor", "audio", "music", "media player"]], 1,
     ["Sound Juicer", "Glyphic", "Boxcutter", "Dubstep", "Duration", "Rusty Break", "Fieldtrip", "Extract"],
     ["iTunes", "Rhythmbox"],
     "Sound Juicer (GTK 2, a light blue title bar): title, artist, genre and year of a CD, a table of eleven "
     "ticked tracks with durations, Play and Extract buttons"),
    (KSTARS + "screen1.png", "kstars_sky_map", [GENERIC + ["planetarium", "sky map", "star map", "astronomy"]], 1,
     ["KStars", "Betelgeuse", "Aldebaran", "Procyon", "Bucharest, Romania", "Wednesday, July 6, 2016", "Rigel",
      "Sirius"], ["Stellarium"],
     "KStars (Breeze, a light title bar 'KStars'): a black sky map with constellation lines, labelled stars "
     "(Betelgeuse in a red circle, Rigel, Sirius), the Sun, Venus and the Moon, a date and place at the "
     "corners; a night sky drawn by the program, not a photo"),
    (KSTARS + "fitsviewer.png", "kstars_fits_viewer", [GENERIC + ["image viewer", "FITS viewer", "astronomy"]], 1,
     ["KStars FITS Viewer", "NGC2237_SHO.fit", "Statistics", "Histogram", "FITS Scale", "Hide Saturation Spike",
      "FITS Header", "Recent Images"], ["Photoshop"],
     "KStars' FITS Viewer (dark Breeze): a histogram with RGB sliders at the left and a colourful photo of the "
     "Rosette nebula (NGC 2237) filling the right; yellow numbered circles 1-5 drawn by the manual; a photo "
     "inside a window"),
    ("luminance-hdr/usr/share/doc/luminance-hdr/help/en/images/mainwin.png", "luminance_hdr_tonemap",
     [GENERIC + ["image editor", "photo editor", "HDR", "image viewer", "tone mapping"]], 1,
     ["Luminance HDR 2.3.0", "New HDR image", "Open HDR image", "Tonemap", "Mantiuk '06", "Contrast Equalization",
      "D700hSLI00200.nef", "Tone Mapping Settings"], ["Photoshop", "GIMP"],
     "Luminance HDR (Qt, grey, maximised): tone-mapping sliders at the left, a photo of a still life (a fan of "
     "fabric swatches, embroidery threads, bottles, a crayon box, a colour chart) in the middle, a column of "
     "six thumbnails at the right; a photo inside a window"),
    ("marble-data/" + KDE + "marble/quick-1.png", "marble_atlas_globe",
     [GENERIC + ["map", "globe", "virtual globe", "atlas", "map viewer"]], 1,
     ["Marble Virtual Globe", "NORTH AMERICA", "EUROPE", "AFRICA", "SOUTH AMERICA", "Tropic of Cancer",
      "Global Search", "OpenStreetMap"], ["Google Earth"],
     "Marble (Breeze, a soft shadow): Search / Routing / Location and Map View panels at the left, a "
     "topographic globe centred on the Atlantic with red continent names, a grid and stars at the right, an "
     "overview map, a compass and a zoom slider"),
    ("hydrogen-doc/usr/share/hydrogen/data/new_tutorial/img_tutorial/PatternBase1.png", "hydrogen_pattern_editor",
     [GENERIC + ["drum machine", "pattern editor", "sequencer", "music", "audio"]], None,
     ["Intro_a", "Kick", "Snare Jazz", "Closed HH", "Ride Jazz", "Crash Jazz", "Velocity", "QUANT"],
     ["FL Studio"],
     "a crop of Hydrogen's pattern editor (dark blue-grey, no title bar): drum instrument names at the left, a "
     "grey grid of beats 1-4 with black diamond notes (every step of Closed HH, a highlighted row), velocity "
     "bars below"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (GO + "disintegration-imaging-dev/usr/share/gocode/src/github.com/disintegration/imaging/testdata/flowers.png",
     "photo_oleander_flowers",
     "white-pink oleander flowers with long narrow leaves in front of a blurred brown-green background"),
    (GO + "disintegration-imaging-dev/usr/share/gocode/src/github.com/disintegration/imaging/testdata/branches.jpg",
     "photo_blossoming_branches",
     "thin dark branches with small white blossoms and young green leaves against a pale blue sky"),
    ("qtmultimedia5-examples/usr/lib/x86_64-linux-gnu/qt5/examples/multimedia/video/qmlvideo/images/leaves.jpg",
     "photo_autumn_leaves", "a ground covered with fallen orange, yellow and brown maple leaves"),
    (GO + "rwcarlsen-goexif-dev/usr/share/gocode/src/github.com/rwcarlsen/goexif/exif/sample1.jpg",
     "photo_palace_throne_hall",
     "inside a Chinese palace hall: a golden carved throne under a board with Chinese characters, red pillars "
     "with gold inscriptions, bronze incense burners on the steps"),
    (GO + "disintegration-gift-dev/usr/share/gocode/src/github.com/disintegration/gift/testdata/src.jpg",
     "photo_red_cherries",
     "red cherries hanging on thin stems among green leaves, the background blurred"),
]


source_folder, frames = package_split("ext8", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
