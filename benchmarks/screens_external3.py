"""The ``external3`` split of the screen set: a third set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score.

    python benchmarks/screens_dataset.py --splits external3    # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external3       # scores it (``all`` leaves it out)

The frames are read at build time from seven Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT3`` (default ``/work/ext3``, shared with the
photo set's ``external3`` split); nothing is copied into the repository. Fetch them (no root
needed) with::

    mkdir -p /work/ext3 && cd /work/ext3
    for p in debian-handbook gcompris-qt-data gnumeric-doc kdenlive-data konqueror krusader mate-user-guide; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: debian-handbook 11.20220922, gcompris-qt-data 3.1-2, gnumeric-doc
1.12.55-1, kdenlive-data 22.12.3-2+deb12u2, konqueror 4:22.12.3-1, krusader 2:2.8.0-1, mate-user-guide
1.26.0-1. The screenshots: seven whole desktops from the Debian Administrator's Handbook (Cinnamon
with a terminal and its menu, GNOME's overview, KDE Plasma's launcher, LXDE, LXQt, MATE and Xfce
with file managers, terminals and menus), Firefox on two pages, three mail clients (Evolution,
KMail, Thunderbird), Wireshark, Synaptic, aptitude's text interface, the Debian installer (text and
graphical), GNOME's package updater, a Virt Viewer window, Firewall Builder; Krusader's two-panel
file manager, Konqueror on its web site, MATE's Caja and help browser, Kdenlive's video editor,
Gnumeric (a sheet and a dialog) and GCompris's menu — and five photos from GCompris (animals, the
Colosseum) as negatives, read out of its Qt resource files like the photo set's.

Labels follow ``screens_external.py`` (read its docstring): ``kinds`` are groups of the scorer's
kind words, each of which must be named, so a desktop is ``[desktop words]`` and a group of what
is open on it; an application word of the scorer that is true of a frame is put in a group so
that saying it is not flagged; ``windows`` only where the count is unambiguous (menus are not
counted as windows; a desktop whose open menus make the count arguable gets ``None``); 4–8
``words`` clearly readable at full size; ``absent`` names products that are not there (chosen so
that they are not substrings of common words); a ``note`` for what is unusual.
"""

from __future__ import annotations

import io
from pathlib import Path

import screens_external
from screens_external import load, package_folder, package_hint, package_labels, read_frames

SPLIT = "external3"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("debian-handbook", "gcompris-qt-data", "gnumeric-doc", "kdenlive-data", "konqueror", "krusader",
            "mate-user-guide")
ENV, DEFAULT = "PIXEL_LLM_EXT3", "/work/ext3"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GENERIC = ["window", "screen", "screenshot"]
DESKTOP = ["desktop", "screen", "screenshot"]
BROWSER = ["browser", "web page"]
MAIL = GENERIC + ["email client", "mail client", "email", "e-mail", "mail"]
INSTALLER = ["installer", "setup"]
NOT_OTHER_OS = ["macOS", "Microsoft"]

DH = "debian-handbook/usr/share/doc/debian-handbook/html/en-US/images/"
KDE = "usr/share/doc/HTML/en/"
MATE = "mate-user-guide/usr/share/help/C/mate-user-guide/figures/"
GNUMERIC = "gnumeric-doc/usr/share/help/C/gnumeric/figures/"
RCC = "gcompris-qt-data/usr/share/gcompris-qt/rcc/"

# (path under $PIXEL_LLM_EXT3, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- whole desktops -------------------------------------------------------------------------
    (DH + "cinnamon.png", "cinnamon_desktop", [DESKTOP, ["terminal", "menu"]], None,
     ["debian@debian", "All Applications", "Accessories", "Administration", "Document Scanner",
      "File Manager PCManFM", "Firefox ESR", "Recent Files"], NOT_OTHER_OS,
     "Cinnamon: a terminal window (white, one prompt) top right and the application menu open over it at the "
     "left, a taskbar at the bottom; the menu is not a window, so no count"),
    (DH + "gnome.png", "gnome_overview", [DESKTOP + ["overview"]], None,
     ["Activities", "Type to search", "GNOME Help", "Getting started with GNOME", "debian-handbook.info",
      "Read online", "Get the book", "Apr 24"], NOT_OTHER_OS + ["KDE"],
     "GNOME's Activities overview: a dock at the left and two window thumbnails (Firefox on the handbook's "
     "site with a black-and-white compass photo, GNOME Help), a third window's edge at the right; 'browser' "
     "would be flagged as an application word though a browser thumbnail is shown"),
    (DH + "kde.png", "kde_plasma_launcher", [DESKTOP + ["menu", "launcher", "start menu"]], None,
     ["Raphael Hertzog", "All Applications", "Science & Math", "Multimedia", "Utilities", "Favorites",
      "History", "Leave"], NOT_OTHER_OS + ["GNOME"],
     "KDE Plasma with its application launcher open over a blue-violet polygon wallpaper, no window open"),
    (DH + "lxde.png", "lxde_desktop", [DESKTOP, ["file manager", "terminal", "menu"]], 2,
     ["Home Folder", "/home/debian", "Trash Can", "Free space: 10.9 GiB", "debian@debian",
      "Debian Task selector", "Package Management", "Xclipboard"], NOT_OTHER_OS,
     "LXDE: a PCManFM file manager window and a black terminal window below it, with the menu open four levels "
     "deep (Debian > Applications > System > Administration) over the terminal; 2 windows, menus not counted"),
    (DH + "lxqt.png", "lxqt_desktop", [DESKTOP, ["file manager", "terminal", "menu"]], 2,
     ["menu://applications/", "DesktopSettings", "About LXQt", "Lock Screen", "System Tools", "Sound & Video",
      "debian@debian", "Bookmarks"], NOT_OTHER_OS,
     "LXQt on black: a PCManFM-Qt window showing the Applications folder, a QTerminal window in front of it "
     "and the main menu open at the left; 2 windows"),
    (DH + "mate.png", "mate_desktop", [DESKTOP, ["calculator", "menu"]], 2,
     ["Calculator", "Devices & Locations", "Control Center", "About MATE", "Look and Feel",
      "Internet and Network", "12.7 GB Available", "Log Out debian"], NOT_OTHER_OS,
     "MATE: the System > Preferences menu open from the top panel, a Calculator window and a 'Devices & "
     "Locations' window (the disk usage analyser, not a file manager); 2 windows"),
    (DH + "xfce.png", "xfce_desktop", [DESKTOP, ["file manager"]], 1,
     ["File System", "/home/jorge/", "Free space: 14.4 GiB", "Templates", "Downloads", "Applications",
      "Sun 25 Apr", "Devices"], NOT_OTHER_OS + ["KDE"],
     "Xfce: one Thunar file manager window (home folder 'jorge') on a dark blue desktop with three desktop "
     "icons, a dock at the bottom and an 'Applications' tooltip at the top left"),
    # -- browsers -----------------------------------------------------------------------------
    (DH + "firefox.png", "firefox_handbook_page", [BROWSER], 1,
     ["debian-handbook.info", "DEBIAN ADMINISTRATOR", "About this project", "Read online",
      "Get the book", "Eyrolles", "Debian Free Software Guidelines", "Roland Mas"],
     ["Chrome", "Safari"],
     "Firefox (no title bar, tabs at the top) on the handbook's site; the page shows a photo of the book's "
     "cover with a monitor and a tablet on a desk"),
    (DH + "webmin.png", "firefox_webmin", [BROWSER], 1,
     ["Webmin 1.984", "Mozilla Firefox", "System Information", "sysinfo.cgi", "REAL MEMORY", "Debian Linux 11",
      "Running processes", "Package updates"], ["Chrome", "Safari"],
     "Firefox showing Webmin's dashboard (CPU 47 %, memory 29 % gauges), a GNOME Classic top bar and a "
     "taskbar around it; 'desktop' is true too"),
    ("konqueror/" + KDE + "konqueror/konqorg.png", "konqueror_web_site", [BROWSER], 1,
     ["What is Konqueror", "konqueror.org", "File manager", "CONTRIBUTE", "DOWNLOAD", "GET HELP", "DONATE",
      "advanced file managers for KDE"], ["Firefox", "Chrome"],
     "Konqueror browsing konqueror.org; the page shows a small screenshot of Konqueror as a file manager "
     "and says 'File manager': that phrase outside quotes is flagged (the frame is a browser)"),
    # -- mail clients ---------------------------------------------------------------------------
    (DH + "evolution.png", "evolution_inbox", [MAIL], 1,
     ["Inbox", "Evolution", "There are no messages in this folder", "Send / Receive", "Group Reply",
      "On This Computer", "Search Folders", "Memos"], ["Thunderbird", "Outlook"],
     "Evolution with an empty inbox, its Mail/Contacts/Calendar/Tasks/Memos buttons and a To Do list"),
    (DH + "kmail.png", "kmail_welcome", [MAIL], 1,
     ["KMail", "The KDE Mail Client", "Welcome to KMail 5.15.3", "Check Mail", "Local Folders", "Move to Trash",
      "Push email (IMAP IDLE)", "Drop your favorite folders here"], ["Thunderbird", "Outlook"],
     "KMail's welcome page over a colourful polygon background, local folders at the left"),
    (DH + "thunderbird.png", "thunderbird_account", [MAIL], 1,
     ["Mozilla Thunderbird", "raphael@falcot.com", "Set Up Another Account", "Import from Another Program",
      "Address Book", "Newsgroups", "Account Settings", "End-to-end Encryption"], ["Outlook", "Evolution"],
     "Thunderbird's account start page (Email, Calendar, Chat, Filelink, Feeds buttons)"),
    # -- system tools ---------------------------------------------------------------------------
    (DH + "wireshark.png", "wireshark_capture", [GENERIC + ["packet analyzer", "network analyzer", "Wireshark",
                                                            "packet capture", "network traffic"]], 1,
     ["!tcp.port == 22", "192.168.122.60", "SSHv2", "Key Exchange Init", "Destination", "Packets: 135",
      "Profile: Default", "Header Length"], ["tcpdump"],
     "Wireshark: a packet list, a packet detail tree and a hex dump; it is a window of an application, not a "
     "terminal"),
    (DH + "synaptic.png", "synaptic_packages", [GENERIC + ["package manager"]], 1,
     ["Synaptic Package Manager", "Mark All Upgrades", "Quick filter", "laptop-detect",
      "system chassis type checker", "Get Changelog", "Custom Filters", "1592 packages listed"], ["aptitude"],
     "Synaptic maximized under GNOME's top bar ('Activities', 'Aug 20 18:03')"),
    (DH + "aptitude.png", "aptitude_installed", [["terminal", "console", "package manager"]], None,
     ["aptitude 0.8.13", "Installed Packages", "terminal-based package manager",
      "Preview/Download/Install/Remove Pkgs", "accountsservice", "apt-xapian-index", "Homepage", "Resolver"],
     ["Synaptic"],
     "aptitude's full-screen text interface (no window frame), dark background, blue bars; a different "
     "screenshot from external2's aptitude frames"),
    (DH + "gnome-packagekit.png", "package_updater", [GENERIC + ["dialog", "package manager", "updater"]], 1,
     ["Package Updater", "There are 27 updates available", "Install Updates", "Security updates",
      "Mozilla Firefox web browser", "GNOME Display Manager", "A restart will be required",
      "X cursor management library"], [],
     "GNOME's package updater window listing updates; 'web browser' is a word in the list, not the kind "
     "(flagged outside quotes)"),
    (DH + "fwbuilder.png", "firewall_builder", [GENERIC + ["firewall", "editor"]], 1,
     ["Firewall Builder", "mirenboite", "anti spoofing rule", "Find Object", "filter+mangle table",
      "Top ruleset", "net-192.168.1.0", "Enter comment here"], [],
     "Firewall Builder editing a policy: an object tree, a rule table with Accept/Deny icons and an Editor "
     "pane; 'editor' accepted as it edits rules"),
    (DH + "testkvm.png", "virt_viewer_installer_menu", [INSTALLER + ["virtual machine", "VM", "Virt Viewer"]], 1,
     ["testkvm", "Virt Viewer", "Debian GNU/Linux installer menu (BIOS mode)", "Graphical install",
      "Advanced options", "Install with speech synthesis", "Send key", "debian@debian"], [],
     "a MATE desktop with a Virt Viewer window showing a virtual machine at the Debian installer's boot menu "
     "(dark blue, 'debian 11'); a terminal's button is in the taskbar but no terminal is shown"),
    # -- the Debian installer -------------------------------------------------------------------
    (DH + "inst-lang-txt.png", "installer_language_text", [INSTALLER], None,
     ["Select a language", "Choose the language to be used for the installation process", "No localization",
      "Nederlands", "Esperanto", "Go Back", "activates buttons", "Language"], [],
     "the text-mode Debian installer (grey box on blue, English highlighted in red); 'terminal' is flagged: "
     "it is an installer screen, not a terminal window"),
    (DH + "inst-partman.png", "installer_partition_disks", [INSTALLER], None,
     ["Partition disks", "Guided - use entire disk", "set up encrypted LVM", "Partitioning method",
      "Screenshot", "Continue", "Go Back", "debian 11"], [],
     "the graphical Debian installer's partitioning step, full screen with the 'debian 11' banner; "
     "'Screenshot' is a button"),
    # -- file managers --------------------------------------------------------------------------
    ("krusader/" + KDE + "krusader/krusader1.png", "krusader_two_panels", [["file manager"]], None,
     ["Useractions", "krusader", "Mechanics of solids", "F10 Quit", "F9 Term", "/home/kubuntu/krusader",
      "ChangeLog", "465.8 GiB Hard Drive"], ["Dolphin"],
     "Krusader's two panels (the left active, blue) with function-key buttons at the bottom; no title bar "
     "(so no count); 'F9 Term' is a button, not a terminal"),
    (MATE + "caja_browser_mode.png", "caja_file_browser", [["file manager"]], 1,
     ["betatester - File Browser", "21st Invitation.pdf", "Debian QRC.pdf", "Rippon 2006 031.jpg", "test.txt",
      "View as Icons", "Free space: 1.2 GB", "screenshots"], ["Dolphin"],
     "Caja in browser mode showing a home folder as icons, with thumbnails of two landscape photos and a PDF"),
    # -- help, media, office, education ---------------------------------------------------------
    (MATE + "yelp_window.png", "yelp_help_topics", [GENERIC + ["help", "help browser", "help viewer", "document",
                                                            "browser"]], 1,
     ["Help Topics", "Other Documentation", "Manual Pages", "GNU Info Pages", "Applications", "Bookmarks",
      "Forward"], [],
     "the help browser (Yelp) at its Help Topics page with a life-buoy picture; 'browser' accepted as it is a "
     "help browser"),
    ("kdenlive-data/" + KDE + "kdenlive/kdenlive_quickstart-mainwindow.png", "kdenlive_editor",
     [["video editor", "editor", "video"]], None,
     ["Project Bin", "Project Monitor", "Alpha manipulation", "Timeline", "Render", "Billard.avi", "Napoli.avi",
      "Transitions"], ["Premiere", "DaVinci"],
     "Kdenlive's dark main window (no title bar) with a project bin of four clips, an effects list, an empty "
     "monitor and an empty timeline; 800x414, small but legible text"),
    (GNUMERIC + "cell-grid.png", "gnumeric_sheet", [["spreadsheet"]], None,
     ["Anova: Two-Factor With Replication", "Variance", "SUMMARY", "Fert. 1", "Seed 1", "word-wrapping enabled",
      "myData", "whatever"], ["Excel", "LibreOffice"],
     "a crop of a Gnumeric sheet (no menus or title bar) with an ANOVA table, a small embedded line chart and "
     "sheet tabs at the bottom; an interlaced PNG"),
    (GNUMERIC + "number-format-dialog.png", "gnumeric_format_cells", [["dialog"]], 1,
     ["Format Cells", "Select an appropriate format automatically", "Categories", "Accounting", "Scientific",
      "Protection", "Validation", "Conditions"], ["Excel"],
     "Gnumeric's Format Cells dialog on its Number tab"),
    ("gcompris-qt-data/usr/share/doc/HTML/en/gcompris-qt/gcompris-main-menu.png", "gcompris_menu",
     [GENERIC + ["game", "educational", "app", "application", "menu"]], None,
     ["Numeration", "Arithmetic", "Measures", "Baby keyboard", "Draw Numbers", "Count the items",
      "Guess a number", "Enumeration memory game"], [],
     "GCompris's colourful menu (cartoon animals, activity tiles, grass) without a window frame, 600x338; "
     "cartoon animals on screen are flagged as objects by the scorer though drawn there"),
]

# real photos from GCompris's resources (none of them in the photo set's external3 split), as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (RCC + "erase.rcc:/gcompris/src/activities/erase/resource/toucan.webp", "photo_toucan",
     "a black toucan with a yellow chest and a big bill on a mossy branch, green blurred background"),
    (RCC + "erase.rcc:/gcompris/src/activities/erase/resource/red_panda.webp", "photo_red_panda",
     "a red panda's head and paw over a branch, green background"),
    (RCC + "erase.rcc:/gcompris/src/activities/erase/resource/alpaca.webp", "photo_alpaca",
     "a white alpaca's head and neck in profile, a park behind"),
    (RCC + "explore_monuments.rcc:/gcompris/src/activities/explore_monuments/resource/wonders/colosseum.webp",
     "photo_colosseum", "the Colosseum under a blue sky, a street with cars and tiny people in front"),
    (RCC + "explore_farm_animals.rcc:/gcompris/src/activities/explore_farm_animals/resource/animals/dog.webp",
     "photo_german_shepherd", "a German shepherd standing on grass, tongue out"),
]


def source_folder() -> Path | None:
    """``$PIXEL_LLM_EXT3`` (default /work/ext3) when every package folder is in it, else None."""
    return package_folder(ENV, DEFAULT, PACKAGES)


def _read(folder: Path, items):
    """``read_frames`` for plain files; a ``PKG/....rcc:/inner`` path is read out of the Qt resource
    file with the photo set's reader, and checked the same way (present, MIN_SIDE on a side)."""
    for path, label in items:
        if ".rcc:" not in path:
            yield from read_frames(folder, [(path, label)], "another package version?", INSTALL_HINT)
            continue
        from photoset_external3 import rcc_read  # imported here: it loads the photo set (and OpenCV)

        outer, inner = path.split(".rcc:", 1)
        rcc = folder / (outer + ".rcc")
        if not rcc.is_file():
            raise FileNotFoundError(f"{rcc} is missing: another package version? ({INSTALL_HINT})")
        image = load(io.BytesIO(rcc_read(rcc, inner)))
        if min(image.size) < MIN_SIDE:
            raise ValueError(f"{path} is {image.size[0]}x{image.size[1]}, under {MIN_SIDE} px on a side")
        yield image, label


def frames(folder: Path):
    """(image, label) for every external3 frame; files missing or too small are reported by raising."""
    items = package_labels("ext3", SPLIT, SCREENS, PHOTOS)
    yield from _read(folder, items)
