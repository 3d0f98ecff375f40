"""The ``external12`` split of the screen set: a twelfth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score. It is a
general judge set, a mix of kinds like a user's screenshots: terminals, editors and IDEs, web pages without
a browser frame, file dialogs, dialogs and settings, and other program windows (games, a media player,
printer and scanner tools, an image-map editor).

    python benchmarks/screens_dataset.py --splits external12   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external12      # scores it (``all`` leaves it out)

The frames are read at build time from eighteen Debian (bookworm) packages, each unpacked with ``dpkg -x``
into its own folder of ``$PIXEL_LLM_EXT16`` (default ``/work/ext16``); nothing is copied into the
repository. Fetch them (no root needed; about 55 MB of .deb, qtgraphicaleffects5-doc-html and fltk1.3-doc
the bulk) with::

    mkdir -p /work/ext16 && cd /work/ext16
    for p in denemo-doc elisa fltk1.3-doc golang-github-bep-gowebp-dev granatier hplip-doc kimagemapeditor \\
             knights krfb ksirk lirc-doc luckybackup-data privoxy python-cherrypy3-doc \\
             qtgraphicaleffects5-doc-html rocs wordpress-theme-twentytwentythree zoneminder-doc; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: denemo-doc 2.6.18-1, elisa 22.12.3-1, fltk1.3-doc 1.3.8-5,
golang-github-bep-gowebp-dev 0.2.0+dfsg-2, granatier 4:22.12.3-1, hplip-doc 3.22.10+dfsg0-2+deb12u1,
kimagemapeditor 4:22.12.3-1, knights 22.12.3-1, krfb 4:22.12.3-1, ksirk 4:22.12.3-1, lirc-doc 0.10.1-7.2,
luckybackup-data 0.5.0-6, privoxy 3.0.34-1, python-cherrypy3-doc 18.8.0-2, qtgraphicaleffects5-doc-html
5.15.8-2, rocs 4:22.12.3-1, wordpress-theme-twentytwentythree 6.1.9+dfsg1-0+deb12u1, zoneminder-doc
1.36.33+dfsg1-1.

What is in it (30 screenshots): three terminals (KDE 4 Konsole windows running luckyBackup's command-line
mode), five editors and IDEs (FLTK's demo text editor, FLUID designing a window, KImageMapEditor, the
KsirK skin editor, Rocs with its script editor), five web pages without a browser frame (four ZoneMinder
pages, WordPress's Twenty Twenty-Three theme in the site editor), three file dialogs (a Qt 4 Import Profile
dialog, FLTK's file chooser with an image preview, a figure of four native file choosers), seven dialogs and
settings windows (Denemo's and Granatier's preferences, Knights' engines and its chess-server dialog, three
stacked Windows XP proxy dialogs, a Connection Settings dialog, HP's print window) and seven other program
windows (the KsirK strategy game twice, the Elisa music player, HP Device Manager, XSane's three windows,
KDE Desktop Sharing, Denemo's score editor with its print view). No browser window with its frame and no
whole desktop was found in packages no earlier split used; the Connection Settings dialog is the nearest.
Toolkits and systems: KDE 4 and Plasma 5 (Oxygen and Breeze), GTK 2 (Ubuntu's Human theme), GTK 3, Qt 4,
FLTK, Windows XP, web pages. Five real photos are the negatives (a conveyor-belt sushi restaurant seen
from above, a lighthouse at sunset, a black beetle on a grass blade, an old serial mouse, an infrared
receiver in a metal connector case). None of the screenshots carries marks drawn by its manual except the
grey bar that hides a secret in ``zoneminder_options_system_page`` and the captions of the file-chooser
figure; the notes say where a count or a kind needed judgement.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split
from screens_external10 import (  # the kinds' words, as external10 spells them
    DESIGNER, DIALOG, FILE_DIALOG, GENERIC, IDE, SETTINGS, TERMINAL, WEB,
)

SPLIT = "external12"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("denemo-doc", "elisa", "fltk1.3-doc", "golang-github-bep-gowebp-dev", "granatier", "hplip-doc",
            "kimagemapeditor", "knights", "krfb", "ksirk", "lirc-doc", "luckybackup-data", "privoxy",
            "python-cherrypy3-doc", "qtgraphicaleffects5-doc-html", "rocs", "wordpress-theme-twentytwentythree",
            "zoneminder-doc")
ENV, DEFAULT = "PIXEL_LLM_EXT16", "/work/ext16"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GAME = GENERIC + ["game", "strategy game", "board game"]
PLAYER = ["media player", "music player", "audio player"]

KDE = "usr/share/doc/HTML/en/"
LUCKY = "luckybackup-data/usr/share/doc/luckybackup/manual/data/"
DENEMO = "denemo-doc/usr/share/doc/denemo/images/"
HPLIP = "hplip-doc/usr/share/doc/hplip-doc/images/"
FLTK = "fltk1.3-doc/usr/share/doc/fltk1.3-doc/HTML/"
ZM = "zoneminder-doc/usr/share/doc/zoneminder-doc/html/_images/"
PRIVOXY = "privoxy/usr/share/doc/privoxy/user-manual/"
LIRC = "lirc-doc/usr/share/doc/lirc/lirc.org/images/"

# (path under $PIXEL_LLM_EXT16, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- terminals -----------------------------------------------------------------------------
    (LUCKY + "CommandLine.png", "konsole_luckybackup_console_mode", [TERMINAL + ["Konsole"]], 1,
     ["luckybackup version 0.46 - command line mode", "original : luckybackup", "Scrollback", "Bookmarks",
      "This application will (hopefully) sync and backup everything you need in no time", "Make sure that:",
      "Hit 'enter' to continue otherwise press 'ctrl+c' to exit NOW"], ["PowerShell", "cmd.exe", "macOS"],
     "a KDE 4 Konsole window (a dark Oxygen title bar 'original : luckybackup', File Edit View Scrollback "
     "Bookmarks Settings Help, one tab '...iginal : luckybackup' at the bottom, 788x385): grey text on black, "
     "luckyBackup's console-mode banner between lines of = and ~ and a block cursor; one window"),
    (LUCKY + "CommandLine_usage.png", "konsole_luckybackup_help", [TERMINAL + ["Konsole", "bash"]], 1,
     ["luckyb@luckyb-laptop", "luckybackup --help", "luckybackup [options] [filename]",
      "displays this help message", "executes luckybackup in dry-run (simulation) mode", "--skip-critical",
      "see also luckybackup man page:", "luckyb : bash"], ["PowerShell", "cmd.exe", "macOS"],
     "the same kind of Konsole window (title 'luckyb : bash', 795x719): a green-and-white prompt "
     "'luckyb@luckyb-laptop:~$ luckybackup --help' and the program's usage text with option lines and "
     "example commands in grey on black, a scroll bar at the right; one window"),
    (LUCKY + "CommandLine_dirs_check.png", "konsole_luckybackup_directories_check", [TERMINAL + ["Konsole"]], 1,
     ["Directories check", "Source & destination data check results", "Errors have been found",
      "[CRITICAL]", "Backup my music", "Destination directory",
      "This operation will be SKIPPED to protect your backup data", "Hit 'enter' to continue"],
     ["PowerShell", "cmd.exe", "macOS"],
     "a tall Konsole window (a light title bar 'original : luckybackup' with a terminal icon, 794x913): a "
     "centred 'Directories check' report, warnings about empty directories, [CRITICAL] / [Ok] / [WARNING] "
     "blocks for music, photos and videos, a cursor on the last line; one window"),
    # -- editors and IDEs ----------------------------------------------------------------------
    (FLTK + "editor-linenumbers.png", "fltk_editor_line_numbers", [IDE], None,
     ["editor.cxx", "A simple text editor program for the Fast Light", "This program is described in Chapter 4",
      "Copyright 1998-2001 by Bill Spitzak and others.", "Library General Public License for more details.",
      "Search"], ["vim", "emacs", "Notepad"],
     "FLTK's demo text editor without a title bar (509x405): a File / Edit / Search menu bar, grey line "
     "numbers 1-23 and the C++ file's licence comment in black monospace on white, cut at the right, scroll "
     "bars; no title bar, so no count"),
    (FLTK + "fluid2.png", "fluid_designing_cubeview", [DESIGNER], 2,
     ["CubeViewUI.fl", "CubeView", "class CubeViewUI", "Window mainWindow", "Value_Slider zoom",
      "mainWindow->show(argc, argv);", "This is the cube_view", "Roller vrot"],
     ["Qt Designer", "Visual Studio", "Glade"],
     "FLUID, FLTK's GUI designer, in two windows with old X window-manager frames (676x433): at the left "
     "its window 'CubeViewUI.fl' (File Edit New Help) with a tree of the class's widgets, one row "
     "highlighted dark blue; at the right the window being designed, 'CubeView', with a Zoom slider, "
     "rollers and a box 'This is the cube_view'; two windows side by side"),
    ("kimagemapeditor/" + KDE + "kimagemapeditor/mainwindow.png", "kimagemapeditor_homer_xray",
     [GENERIC + ["editor", "image map editor", "HTML editor", "web editor", "image editor"]], 1,
     ["KImageMapEditor", "Undo: Create Polygon", "Save As", "Areas", "Usemap",
      "Selection: x: 10, y: 225, w: 48, h: 42", "Cursor: x: 274, y: 318", "homer"],
     ["GIMP", "Photoshop", "Dreamweaver"],
     "KImageMapEditor on KDE 4 (Oxygen, title 'file:///media/files/screenshots/homer - KImageMapEditor', "
     "850x723): File / Edit / View / Tools / Map / Image / Settings / Help menus, a toolbar, Areas / Maps / "
     "Images panels at the left (brain, eye, nose with small previews) and a cyan X-ray-style cartoon head "
     "on black with a polygon of handles round the nose; an editor of HTML image maps; one window"),
    ("ksirk/" + KDE + "ksirkskineditor/main-snapshot.png", "ksirk_skin_editor",
     [GENERIC + ["editor", "map editor", "skin editor", "game"]], 1,
     ["KsirK Skin Editor", "Skin Definition", "Earth-like", "URW Chancery L 12", "New Nationality",
      "Victor Emmanuel", "Flag ID in pool:", "Continents"], ["Photoshop", "Google Maps", "GIMP"],
     "the KsirK Skin Editor on KDE 4 (a light title bar, 1327x957): a Skin Definition panel at the left "
     "(name, 1024 x 768, a map font, a description, tabs and a list of nationalities with Italy selected), "
     "a scrolled world map in pastel colours with soldier, cannon and flag pieces and black crosses in the "
     "middle, and a Nationality panel at the right; one window"),
    ("rocs/" + KDE + "rocs/rocs-screenshot.png", "rocs_graph_script_ide",
     [IDE + ["graph editor", "script editor", "Rocs"]], 1,
     ["Script Document", "Graph Document", "Node Types", "Edge Types", "Create Type", "Script Output:",
      "Execution Finished", "Compute delta-overlay"], ["Visual Studio", "Eclipse", "terminal"],
     "Rocs, KDE's graph-theory IDE, shrunk to 640x400 (small but readable text): a graph of orange nodes "
     "joined by lines labelled 1 at the top, a JavaScript editor with tabs SUM-exact / Validity / Compute "
     "delta-overlay / MAX-exact and a minimap below, a Script Output pane 'Execution Finished' and Node / "
     "Edge Types panels at the right; one window"),
    # -- web pages without a browser frame -----------------------------------------------------
    (ZM + "Options_System.png", "zoneminder_options_system_page",
     [WEB + ["settings", "options", "configuration", "web app", "admin page"]], None,
     ["SKIN_DEFAULT", "LANG_DEFAULT", "Default skin used by web interface", "Authenticate user logins to ZoneMinder",
      "AUTH_HASH_SECRET", "Secret for encoding hashed authentication information", "Medium B/W",
      "The number of hours that an authentication hash is valid for."], ["browser", "Firefox", "terminal"],
     "ZoneMinder's options page without any browser frame (1001x719): a grey menu at the left (Display, "
     "System highlighted blue, Config, API ... Users) and rows of upper-case option names with text boxes, "
     "radio buttons, a drop-down and check boxes, each with a grey help line; the secret's value is hidden "
     "under a grey bar drawn by the manual; no count"),
    (ZM + "viewevents-stream.png", "zoneminder_event_replay_page",
     [WEB + ["web app", "video", "video player", "media player", "camera", "surveillance"]], None,
     ["DOWNLOAD MP4", "ARCHIVE", "DoorBell - 25/10/19 07:24:11 AM", "2.07MB on Default", "Mode: Replay",
      "Progress: 11s", "Codec", "STILLS"], ["browser", "YouTube", "terminal"],
     "a ZoneMinder event page without a browser frame (1113x521): a dark blue bar of event facts and blue "
     "buttons (RENAME, DELETE, EDIT, ARCHIVE, FRAMES, STILLS, DOWNLOAD MP4, EXPORT), a door camera's frame "
     "(a brick house, a tree, a street, a yellow time stamp) and blue playback buttons below; a thin sliver "
     "of other text at the left edge; no count"),
    (ZM + "viewevents-main.png", "zoneminder_events_table_page", [WEB + ["web app", "table", "event list"]], None,
     ["47 Events", "Show Filter Window", "Show Timeline", "View All", "THUMBNAIL", "unfinished",
      "08/22 18:27:03", "Motion"], ["browser", "spreadsheet", "terminal"],
     "a ZoneMinder page without a browser frame (1402x542): a dark header '47 Events' with View All / Close, "
     "blue links, a table of motion events (ID, NAME, MONITOR, CAUSE, TIME(V), DURATION, FRAMES, scores) "
     "with small camera thumbnails at the right, cut at the bottom; no count"),
    (ZM + "getting-started-login.png", "zoneminder_login_page", [WEB + ["login", "login page", "login form"]],
     None, ["ZoneMinder Login", "Username", "Password", "LOGIN"], ["browser", "dialog", "terminal"],
     "ZoneMinder's login form without a browser frame (500x316): a person icon and 'ZoneMinder Login' in "
     "bold, two empty fields with grey placeholders and a wide blue LOGIN button on white, a faint border; "
     "a web form, not a dialog window; no count"),
    ("wordpress-theme-twentytwentythree/usr/share/wordpress/wp-content/themes/twentytwentythree/screenshot.png",
     "wordpress_tt3_blog_styles", [WEB + ["blog", "theme", "site editor", "editor", "WordPress"]], None,
     ["Mindblown: a blog about philosophy.", "Naming and Necessity", "Simone de Beauvoir", "Hannah Arendt",
      "Join our mailing list", "Browse styles", "Choose a different style combination", "All Posts"],
     ["browser", "Firefox", "terminal"],
     "a blog's home page without a browser frame (1200x900): 'TT3' and About / Books / All Posts at the "
     "top, a large black heading, three underlined post titles with dates, 'Get daily reflections in your "
     "inbox.' and a lime 'Join our mailing list' button; at the right a 'Styles Beta' side panel of eleven "
     "'Aa' style tiles in different colours, as in WordPress's site editor; no count"),
    # -- file dialogs --------------------------------------------------------------------------
    (LUCKY + "popup_ProfileImport.png", "qt4_import_profile_dialog", [FILE_DIALOG + ["import dialog"]], 1,
     ["luckyBackup - Import Profile", "Look in:", "/media/luckyusb/luckyBackup/profiles", "testingAllDirs.profile",
      "default.profile", "luckyBackup profile (*.profile)", "Files of type:", "File name:"],
     ["Finder", "Explorer", "GTK"],
     "a Qt 4 file dialog on KDE 4 (a blue title bar 'luckyBackup - Import Profile', 634x451): Look in with "
     "a path box and navigation buttons, a side list (Comp..., luckyb), a folder 'test' and three .profile "
     "files with one selected, File name / Files of type fields, Open and Cancel; one window"),
    (FLTK + "Fl_File_Chooser.jpg", "fltk_file_chooser_image_preview", [FILE_DIALOG + ["image preview"]], 1,
     ["New_File_Chooser Test", "Image Files", "Favorites", "cherry-blossoms.png", "horsehead.jpg",
      "/home/mike/images/cherry-blossoms.png", "Preview", "Cancel"], ["Finder", "Explorer", "GTK"],
     "FLTK's file chooser (a dark blue title bar 'New_File_Chooser Test', 498x408, JPEG): a Show drop-down "
     "of image types, a Favorites button, a list of .jpg / .png files with cherry-blossoms.png selected, a "
     "preview of a photo of pink cherry trees by water under a blue sky, a Filename field, OK and Cancel; "
     "one window"),
    (FLTK + "Fl_Native_File_Chooser.png", "four_native_file_choosers_figure", [FILE_DIALOG], 4,
     ["Mac OS X", "Linux + GTK", "Pick a file", "Choose a Fasta file", "Show hidden files", "FLTK.xcodeproj",
      "Location:", "Windows"], ["terminal", "browser", "Dolphin"],
     "a documentation figure (758x597) of four file dialogs on white, each under a caption: a Mac OS X "
     "sheet 'Pick a file' with a preview of a .CXX file, a Windows XP 'Pick a file' dialog with folder and "
     ".cxx icons, a GTK 'Choose a Fasta file' dialog with Places and a file-type menu open, and FLTK's own "
     "'Pick a file' chooser with a source preview; four windows (the count of the figure)"),
    # -- dialogs and settings ------------------------------------------------------------------
    (DENEMO + "PreferencesDialog.png", "denemo_preferences_view_tab", [SETTINGS], 1,
     ["Preferences - Denemo", "A few options may require re-start of Denemo!", "Command Behavior",
      "Auto-Typeset", "Highlight the cursor", "Display Controls for Incoming MIDI signals",
      "% of display height per system", "Pitch Entry"], ["terminal", "browser", "MuseScore"],
     "Denemo's GTK 3 preferences dialog (a thin title strip 'Preferences - Denemo', 700x518): a red warning "
     "line, tabs View (open) / Command Behavior / Externals / Auto-Typeset / Miscellaneous / Audio / MIDI / "
     "Pitch Entry, a column of check boxes, two spin boxes, OK and Cancel with icons; one window"),
    ("granatier/" + KDE + "granatier/config_player.png", "granatier_player_keys_settings",
     [SETTINGS + ["key bindings", "controls", "game"]], 1,
     ["Granatier", "Player 1", "Player 2", "by Mathias Kraus", "k.hias@gmx.de", "Bomb:", "Return", "Defaults"],
     ["terminal", "browser", "Steam"],
     "a Plasma 5 settings dialog 'Configure - Granatier' (Breeze, a dark title bar, a soft shadow, "
     "1030x759): General / Theme / Arena / Player at the left with Player selected, five player rows with "
     "round blue, red and greyed-out bomber figures and key buttons (Up, Left, Bomb, Right, Down), Help / "
     "Defaults / OK / Apply / Cancel; one window"),
    ("knights/" + KDE + "knights/Knights-engines.png", "knights_computer_engines_settings",
     [SETTINGS + ["chess", "engines"]], 1,
     ["Computer Engines", "Auto detect", "GNU Chess", "gnuchess", "Stockfish", "Sjeng", "XBoard", "Protocol"],
     ["terminal", "browser", "lichess"],
     "Knights' settings dialog 'Configure - Knights' on Plasma 5 (Breeze, 652x513): General / Computer "
     "Engines (selected, blue) / Theme at the left, a table of four chess engines with protocol drop-downs "
     "and ticks (a red cross for Crafty), Help / Defaults / OK / Apply / Cancel; one window"),
    ("knights/" + KDE + "knights/Knights-server-list.png", "knights_chess_server_seek_list",
     [GENERIC + ["dialog", "chess", "game", "chess server", "table"]], 1,
     ["Seek List", "Seek Graph", "Challenges", "LuigiBot", "VictoriaBot", "scalaQueen", "Your color", "Accept"],
     ["terminal", "browser", "spreadsheet"],
     "Knights' chess-server dialog 'Chess server - Knights' on Plasma 5 (Breeze, a ? button in the title "
     "bar, 820x555): tabs Account / Seek List (open) / Seek Graph / Challenges / Console, a table of players, "
     "ratings, times and variants with the first row highlighted blue, an Accept button; one window"),
    (PRIVOXY + "proxy2.jpg", "windows_xp_proxy_settings_stack",
     [SETTINGS + ["proxy settings", "network settings", "Internet Options"]], 3,
     ["Internet Options", "Local Area Network (LAN) Settings", "Proxy Settings", "Proxy address to use",
      "localhost", "Use the same proxy server for all protocols",
      "Do not use proxy server for addresses beginning with:", "Use semicolons"],
     ["Firefox", "terminal", "macOS"],
     "three Windows XP dialogs stacked from top left (536x559, JPEG): 'Internet Options' and 'Local Area "
     "Network (LAN) Settings' behind with faded title bars, and in front 'Proxy Settings' (blue title bar, "
     "? and a red close button) with HTTP localhost:8118 filled in, greyed rows, an exceptions box, OK and "
     "Cancel; three windows"),
    (PRIVOXY + "proxy_setup.jpg", "connection_settings_proxy_dialog",
     [SETTINGS + ["proxy settings", "network settings", "connection settings"]], None,
     ["Connection Settings", "Configure Proxy Access to the Internet", "Auto-detect proxy settings for this",
      "Use system proxy settings", "Manual proxy configuration", "Also use this proxy for FTP and HTTPS",
      "SOCKS Host", "Automatic proxy configuration URL"], ["Chrome", "terminal", "Internet Explorer"],
     "a 'Connection Settings' dialog with an x at the right of a white title strip (786x618, JPEG): radio "
     "buttons for proxy modes with Manual proxy configuration chosen, HTTP Proxy 127.0.0.1 Port 8118 in a "
     "focused field, greyed HTTPS / FTP rows, SOCKS v4 / v5, Help / Cancel / OK; a dimmed page shows at the "
     "left edge behind it (the wording is Firefox's, drawn in its preferences), so the count is left open"),
    (HPLIP + "print.png", "hp_device_manager_print_window", [DIALOG + ["print dialog", "printing", "printer"]], 1,
     ["HP Device Manager - Print", "Printer Name:", "Photosmart_3300", "File(s) to Print", "Add File...",
      "Print Options", "Number of copies:", "Page Range:"], ["terminal", "browser", "Word"],
     "HP Device Manager's print window on Ubuntu (GTK 2 Human theme, an orange title bar, 458x382): Printer, "
     "File(s) to Print with an empty Order / Name / Type / Path list and Add File / Remove File / Move Up / "
     "Move Down / Show Types buttons, Print Options (copies, page range, page set), a status line "
     "'hp:/net/Photosmart_3300_series?ip='; one window"),
    # -- other program windows -----------------------------------------------------------------
    ("ksirk/" + KDE + "ksirk/firing-screenshot.png", "ksirk_world_map_battle", [GAME + ["map", "world map"]], 1,
     ["KsirK", "Zoom In", "Next Player", "Attack with 2 armies.", "Fighting in progress...",
      "Defend with 1 army.", "Battle ongoing.", "Goal"], ["browser", "terminal", "Google Maps"],
     "KsirK, a Risk-like strategy game, on KDE 4 (a light title bar 'KsirK', a soft shadow, 1232x879): a "
     "pastel world map with countries named in a script font, flags, cannons, horsemen and soldiers on it, a "
     "grey arrow at the right and the bottom, a side panel Japan (Baudouin) attacking China (de Gaulle), "
     "'Battle ongoing.' in the status bar; one window"),
    ("ksirk/" + KDE + "ksirk/newgamedialog.png", "ksirk_new_game_setup",
     [GAME + ["new game", "setup", "wizard", "dialog", "map"]], 1,
     ["KsirK", "Total number of players:", "Earth-like", "Download New Skins",
      "This skin shows a world that looks like the real one", "Goal Type", "World conquest", "Reach a goal"],
     ["browser", "terminal", "Google Maps"],
     "the KsirK window (KDE 4, a soft shadow, 744x591) showing its new-game page rather than a separate "
     "window: a players spin box with 2, a skin drop-down 'Earth-like', a Goal Type box with two radio "
     "buttons, a small pastel world map with a compass, Cancel and 'Next >>'; 'dialog' and 'setup' are "
     "accepted for the wizard-like page; one window"),
    ("elisa/" + KDE + "elisa/Screenshot_20180912_232200.png", "elisa_music_player_album", [GENERIC + PLAYER], 1,
     ["Elisa", "Hey Now", "London Grammar", "If You Wait", "12 tracks remaining", "Replace and Play",
      "Display Artist", "Interlude (live)"], ["Spotify", "VLC", "iTunes"],
     "the Elisa music player on Plasma 5 (a dark title bar 'Elisa', a soft shadow, 1222x723): a brown header "
     "with the album cover (a small photo of three people), the song and a seek bar at 2:28 of 3:32, a side "
     "list (Now Playing, Albums, Artists, Tracks, Genres, Files), the album's track list and a Playlist of 13 "
     "tracks at the right; one window"),
    (HPLIP + "toolbox_status.png", "hp_device_manager_status",
     [GENERIC + ["printer", "device manager", "printer manager", "printing"]], 1,
     ["HP Device Manager - HP Photosmart 3300 series (Printer)", "Print job has completed.",
      "Print job is continuing.", "Print Settings", "Print Control", "Supplies", "Date and Time",
      "hpfax:/net/Photosmart_3300_series?ip="], ["terminal", "browser", "spreadsheet"],
     "HP Device Manager on Ubuntu (GTK 2 Human theme, an orange title bar, 591x401): Device / Configure / "
     "Help menus, printer and fax icons at the left with the printer selected, tabs Actions / Status (open) "
     "/ Supplies / Print Settings / Print Control, a green-blue status box and a two-row job table; one "
     "window"),
    (HPLIP + "xsane.png", "xsane_three_windows",
     [GENERIC + ["scanner", "scanning", "scan", "scanning software", "preview"]], 3,
     ["/home/aaron/out.pnm", "Flatbed", "Full color range", "Acquire preview", "Cancel preview",
      "(C) Oliver Rauch", "21.59 cm x 30.48 cm", "637*899*24 (1.6 MB)"], ["terminal", "browser", "GIMP"],
     "XSane on Ubuntu (GTK 2 Human theme, 486x480) on white: its main window 'xsane 0.995 Photosmart_330...' "
     "with a file name, drop-downs, sliders and a Scan button, a small 'Standard options Photos...' window "
     "with a red SANE logo below it, and a Preview window at the right with rulers and XSane's stone-S "
     "logo; three windows"),
    ("krfb/" + KDE + "krfb/screenshot.png", "krfb_desktop_sharing",
     [GENERIC + ["remote desktop", "desktop sharing", "VNC", "settings", "dialog"]], 1,
     ["KDE Desktop Sharing", "Enable Desktop Sharing", "Connection Details", "192.168.0.60 : 5900", "bQ4L-MXZ",
      "Unattended Access", "Enable Unattended Access", "Change Unattended Password"],
     ["TeamViewer", "terminal", "browser"],
     "KDE's Desktop Sharing window on Plasma 5 (Breeze, a grey title bar 'Desktop Sharing', 801x486): File "
     "/ Settings / Help, a ticked Enable Desktop Sharing, Connection Details (address and password with "
     "small buttons) and an Unattended Access box with a button; one window"),
    (DENEMO + "Lyrics.png", "denemo_score_and_print_view",
     [GENERIC + ["editor", "music notation", "score editor", "music editor", "notation editor", "sheet music"]],
     None,
     ["Denemo Print View", "Pastyme with good companye", "Playback Control", "Play Selection",
      "Enharmonic selection", "Switch to Play Along Playback", "No MIDI filter", "Verse 3"],
     ["MuseScore", "terminal", "browser"],
     "Denemo, a music notation editor (1366x912): its main window without a visible title bar (menus File "
     "Navigation Edit View Input Playback More Educational Help, playback controls, a tempo slider, three "
     "staves Alto / Tenor / Bass with blue marks, verse tabs and an olive lyrics pane at the bottom) and, "
     "overlapping at the right, a 'Denemo Print View' window with typeset sheet music and lyrics; the main "
     "window is cut at the top, so the count is left open"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    ("python-cherrypy3-doc/usr/share/doc/python-cherrypy3-doc/html/_images/sushibelt.JPG", "photo_sushi_belt",
     "a conveyor-belt sushi restaurant seen from above: a long curved belt of coloured plates, cooks in black "
     "working inside the ring, diners at counters and booths, round mirrored lamps"),
    ("golang-github-bep-gowebp-dev/usr/share/gocode/src/github.com/bep/gowebp/test_data/images/source.jpg",
     "photo_lighthouse_sunset",
     "a small striped lighthouse at the end of a rocky breakwater, dark against an orange sunset over calm "
     "sea, hills on the horizon at the left"),
    ("qtgraphicaleffects5-doc-html/usr/share/qt5/doc/qtgraphicaleffects/images/Original_bug.png",
     "photo_beetle_on_grass",
     "a close-up of a shiny black beetle on a green grass blade, a blurred green and brown background"),
    (LIRC + "IR-mouse1.jpg", "photo_serial_mouse",
     "an old white two-button computer mouse with a small dark window at the front, its coiled cable tied "
     "with a white twist and a grey 9-pin serial plug, on a grey surface"),
    (LIRC + "lirc3.jpg", "photo_ir_receiver_connector",
     "a close-up of a shiny metal 9-pin connector case with a black infrared receiver standing on top and a "
     "blue LED at the front, on a pale table"),
]


source_folder, frames = package_split("ext12", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
