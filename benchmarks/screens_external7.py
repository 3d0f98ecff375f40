"""The ``external7`` split of the screen set: a seventh set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score.

    python benchmarks/screens_dataset.py --splits external7    # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external7       # scores it (``all`` leaves it out)

The frames are read at build time from seventeen Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT9`` (default ``/work/ext9``); nothing is
copied into the repository. Fetch them (no root needed; about 58 MB of .deb, plasma-desktop-data,
evolution-common and tuxpaint-data the bulk) with::

    mkdir -p /work/ext9 && cd /work/ext9
    for p in accerciser evolution-common glade glances-doc gnome-commander-data gucharmap kaffeine \\
             khelpcenter kinfocenter pitivi plasma-desktop-data python-django-doc python-notebook-doc \\
             python-urwid-doc scite tuxpaint-data wxmaxima; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: accerciser 3.40.0-2, evolution-common 3.46.4-2+deb12u1, glade 3.40.0-3+b1,
glances-doc 3.3.1.1+dfsg-1, gnome-commander-data 1.16.0-1, gucharmap 1:15.0.2-1, kaffeine
2.0.18+git20230226.439cd0d-1, khelpcenter 4:22.12.3-1, kinfocenter 4:5.27.5-2, pitivi 2022.06-1+b1,
plasma-desktop-data 4:5.27.5-2, python-django-doc 3:3.2.25-0+deb12u7, python-notebook-doc 6.4.12-2.2,
python-urwid-doc 2.1.2-4+deb12u1, scite 5.3.3-1, tuxpaint-data 1:0.9.28-sdl2-1, wxmaxima 22.12.0-1.

What is in it (36 screenshots, GTK 2/3/4, Qt/KDE, wx, Win32 and curses programs, web pages in Safari and
Firefox and without a browser frame): a whole KDE Plasma desktop and a crop of one with a desktop
folder's context menu; text-mode programs without a window frame (Glances' full screen and its process
list, urwid's palette test and graph demo) and Accerciser's IPython console pane; editors and IDE-like
programs (SciTE with compiler annotations, Kate with its find bar, KWrite, Glade, wxMaxima with a plot,
Jupyter's text editor in Safari); web pages (Glances' web UI in Firefox on a GNOME screen, a Jupyter
notebook in Safari, Jupyter's file list, a Django admin form and a Grafana dashboard without a browser
frame); file managers (GNOME Commander's two blue panels, Dolphin with a context menu); dialogs (GNOME
Commander's Options, Advanced Rename Tool and File Properties, Calligra Sheets' Find Text, Plasma's
splash-screen downloader and Formats settings, the KDE network folder wizard, Kaffeine's Edit Channel);
and program windows (Accerciser, Evolution with coloured layers drawn over it, the Character Map,
KInfocenter, Pitivi's video editor, the Device Actions settings module, Kaffeine playing live TV and its
playlist). Five photos from Tux Paint's templates (a brick lighthouse, sheep on a pasture, a maize
maze, jellyfish, a wool-mill machine) are the negatives; tuxpaint-data is not tuxpaint-stamps-default,
the package of the photo set's external2 split.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split

SPLIT = "external7"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("accerciser", "evolution-common", "glade", "glances-doc", "gnome-commander-data", "gucharmap",
            "kaffeine", "khelpcenter", "kinfocenter", "pitivi", "plasma-desktop-data", "python-django-doc",
            "python-notebook-doc", "python-urwid-doc", "scite", "tuxpaint-data", "wxmaxima")
ENV, DEFAULT = "PIXEL_LLM_EXT9", "/work/ext9"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GENERIC = ["window", "screen", "screenshot"]
DESKTOP = ["desktop", "screen", "screenshot"]
TERMINAL = ["terminal", "console", "command line", "shell", "text mode"]
IDE = ["editor", "text editor", "code editor", "IDE"]
BROWSER = ["browser", "web browser", "web page"]
FILE_MANAGER = ["file manager", "file browser"]
PLAYER = ["media player", "video player", "video"]
MAIL = GENERIC + ["email client", "mail client", "email", "e-mail", "mail"]
DIALOG = ["dialog"]

KDE = "usr/share/doc/HTML/en/"
FUND = "khelpcenter/" + KDE + "fundamentals/"
PLASMA = "plasma-desktop-data/" + KDE
GLANCES = "glances-doc/usr/share/doc/glances/html/_images/"
URWID = "python-urwid-doc/usr/share/doc/python-urwid-doc/html/_images/"
NB = "python-notebook-doc/usr/share/doc/python-notebook-doc/html/_images/"
GCMD = "gnome-commander-data/usr/share/help/C/gnome-commander/figures/gnome-commander_"
KAFFEINE = "kaffeine/" + KDE + "kaffeine/"
TUX = "tuxpaint-data/usr/share/tuxpaint/templates/"

# (path under $PIXEL_LLM_EXT9, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- desktops -------------------------------------------------------------------------------
    (PLASMA + "plasma-desktop/plasma-desktop-annotated.png", "plasma_empty_desktop", [DESKTOP], None,
     ["Home", "Trash", "System Settings", "10:14"], ["Windows", "GNOME"],
     "a whole KDE Plasma 5 desktop (1025x766): the multicoloured triangle wallpaper, a translucent folder-view "
     "widget with Home and Trash icons, a light panel at the bottom (launcher, pager, a 'System Settings' task, "
     "tray, clock 10:14); big red numbered callouts 1-8 drawn by the manual; no window, so no count"),
    (PLASMA + "plasma-desktop/folder-view.png", "plasma_folder_view_menu",
     [DESKTOP + ["menu", "context menu", "folder view", "widget"]], None,
     ["Desktop Folder", "Create New", "Paste Clipboard Contents", "Open with Dolphin", "Folder View Settings",
      "Desktop Options", "Remove this Folder View"], ["Windows", "GNOME"],
     "a crop of a Plasma desktop (503x484): a 'Desktop Folder' widget (Home, System Settings, Trash icons) with "
     "its right-click menu open, the purple wallpaper at the edges; a desktop widget, not a window"),
    # -- terminals and text consoles ------------------------------------------------------------
    (GLANCES + "screenshot-wide.png", "glances_full_screen", [TERMINAL + ["system monitor", "monitoring"]], None,
     ["Ubuntu 14.04 64bit", "CONTAINERS 2 (served by Docker 1.11.1)", "Warning or critical alerts",
      "stress --cpu 4 -t 30", "nicolargo", "Uptime: 1 day, 20:23:55", "_dbgrafana_grafana_1"],
     ["web page", "Windows"],
     "Glances filling a dark terminal (no frame; a faint dark picture shows through the background): CPU, MEM, "
     "SWAP and LOAD at the top with green and red highlights, network, disk, sensors at the left, a process "
     "table (firefox, gnome-shell, python among the commands) and an alerts log; text mode, not a window"),
    (GLANCES + "processlist-wide.png", "glances_process_list", [TERMINAL + ["system monitor", "process list"]],
     None,
     ["TASKS 227 (578 thr)", "sorted automatically by cpu_percent", "nicolargo", "/usr/bin/gnome-shell",
      "/usr/bin/terminator", "kworker/0:0", "/usr/bin/shutter"], ["web page", "Windows"],
     "a crop of Glances' process list in a black terminal (935x325): CPU%, MEM%, VIRT, RES, PID, USER ... "
     "Command columns, green and white text; process names (python, vlc, perl) are text, not programs shown"),
    (URWID + "palette_test2.png", "urwid_palette_test", [TERMINAL + ["palette", "colour test", "color test"]], None,
     ["Urwid Palette Test", "Monochrome", "16-Color", "88-Color", "256-Color", "Foreground Colors",
      "Background Colors", "dark magenta"], ["web page", "Windows"],
     "urwid's palette test in a text-mode screen (bitmap font, no frame): radio buttons on a dark blue bar, "
     "named colour swatches, and a big blob of 256-colour codes (#06f, #f00 ...) on light grey"),
    (URWID + "graph2.png", "urwid_graph_demo", [TERMINAL + ["chart", "graph", "bar chart"]], None,
     ["Mode", "Square", "Sine 1", "Sine 2", "Animation", "Enable Unicode Graphics", "Reset", "Quit"],
     ["web page", "Windows"],
     "urwid's graph demo in text mode: a box on a blue dithered background, a bar chart of blue and cyan "
     "bars on black at the left, mode radio buttons (Sine 2 selected in green), Start / Reset / Quit buttons; "
     "a text-mode box, not a window"),
    ("accerciser/usr/share/help/C/accerciser/figures/IPython_plugin.png", "accerciser_ipython_console",
     [TERMINAL + ["Python console", "IPython", "REPL", "python"]], None,
     ["IPython Console", "acc.steal_data", "acc.queryValue", "acc.queryText", "Atspi.Accessible object",
      "bound method", "acc.toolkitVersion"], ["web page", "Windows"],
     "a crop of Accerciser's 'IPython Console' pane (1075x352, GTK, black on white): a list of acc. "
     "attributes and In [1] / Out[2] lines; a console inside a program, not a terminal window"),
    # -- editors and IDE-like programs ----------------------------------------------------------
    ("scite/usr/share/doc/scite/annotations.png", "scite_compiler_annotations", [IDE], 1,
     ["PlatWin.cxx - Sc1", "Platform::IsKeyDown", "has not been declared", "maximum error count exceeded",
      "long incompatible with 64-bit build", "Buffers", "reinterpret_cast"], ["Visual Studio", "web page"],
     "SciTE on Windows (a light blue-grey title bar 'PlatWin.cxx - Sc1', menu bar, one tab): C++ code with "
     "line numbers 2136-2144 and boxed compiler messages (note, warning, error, fatal) under two lines"),
    ("glade/usr/share/help/C/glade/figures/main-window.png", "glade_empty_project",
     [GENERIC + IDE + ["UI designer", "interface designer", "designer"]], 1,
     ["Unsaved 1", "Toplevels", "Containers", "Control", "Display", "Packing", "Signals", "Search Widget"],
     ["Qt Designer"],
     "Glade (GTK 3 header bar: Open, Save, 'Unsaved 1'): an empty widget tree at the left, widget-group "
     "buttons over an empty canvas with a faint grey Glade bird, the General / Packing / Common / Signals "
     "property tabs at the right"),
    ("wxmaxima/usr/share/doc/wxmaxima/wxMaximaWindow.png", "wxmaxima_plot_worksheet",
     [GENERIC + ["worksheet", "math", "mathematics", "computer algebra", "plot", "document", "editor", "notebook"]],
     1,
     ["wxMaxima 19.10.0", "Equations", "Algebra", "Calculus", "Simplify", "wxdraw2d",
      "Maxima is ready for input", "Ready for user input"], ["MATLAB", "Mathematica"],
     "wxMaxima (a Breeze window, wx toolkit): a menu bar, a toolbar, input cells (%i2) (%i3) defining "
     "f_101 and g_101 and a wxdraw2d call, typeset output, and a plot of a red and a green curve on a grid"),
    (FUND + "find-found.png", "kate_find_bar", [IDE], 1,
     ["Kate", "Bugfix update to KDE Plasma", "Search and Replace", "Current Project", "Sessions", "Bookmarks",
      "Load screenpool at the same time", "Find:"], ["Notepad", "web page"],
     "Kate ('Untitled * — Kate', Breeze): a menu bar and toolbar, Documents / Projects side tabs, a plain-text "
     "release note with 'KDE' highlighted in yellow, a minimap, and a green find bar at the bottom with 'KDE' "
     "typed"),
    (FUND + "visualdict-window.png", "kwrite_empty_document", [["editor", "text editor"]], 1,
     ["KWrite", "Untitled", "Save As", "Line 1, Column 1", "Soft Tabs: 4 (8)", "UTF-8", "INSERT"],
     ["Notepad", "terminal"],
     "an empty KWrite window (menu bar, toolbar, blank text area, status bar) on the colourful Plasma "
     "wallpaper; red numbered callouts 1-8 drawn by the manual mark its parts"),
    (NB + "jupyter-file-editor.png", "jupyter_text_editor_safari",
     [BROWSER, ["editor", "text editor", "code editor", "Markdown editor"]], 1,
     ["jupyter", "my-awesome-blog-post.md", "This is an awesome blog post", "Lorem ipsum dolor sit amet",
      "a few seconds ago", "localhost", "Markdown", "Language"], ["Chrome", "Firefox"],
     "a Safari window (macOS traffic lights, 'localhost' in the address bar) showing Jupyter's text editor: "
     "File / Edit / View / Language menus and a Markdown file of Lorem ipsum with line numbers 1-11"),
    # -- browsers and web pages -----------------------------------------------------------------
    (GLANCES + "screenshot-web.png", "glances_web_ui_firefox", [BROWSER + ["monitoring", "system monitor"]], 1,
     ["Navigateur Web Firefox", "0.0.0.0:61208", "Most Visited", "Warning or critical alerts",
      "dockerinfluxdbgrafana_grafana_1", "Uptime: 1 day, 17:33:25", "Activités"], ["Chrome", "Windows"],
     "a whole GNOME screen (French: the 'Activités' top bar with the clock 'sam. 19 sept., 15:00') with "
     "Firefox maximised on Glances' web UI at 0.0.0.0:61208: a bookmarks bar, tabs, and a black page "
     "that looks like the terminal program (CPU/MEM bars, process list); a web page, not a terminal"),
    (NB + "jupyter-notebook-default.png", "jupyter_notebook_safari",
     [BROWSER + ["notebook", "Jupyter notebook", "python"]], 1,
     ["Welcome to Python", "Welcome to the Temporary Notebook (tmpnb) service", "rackspace",
      "Run some Python code", "import pandas as pd", "CellToolbar", "Kernel", "localhost"], ["Chrome", "Firefox"],
     "a Safari window (macOS traffic lights, 'localhost') on a Jupyter notebook: the notebook's menu bar and "
     "toolbar, a welcome cell with a yellow WARNING box, a code cell; red labels (Menubar, Toolbar, Cell Mode "
     "Indicator, Kernel Indicator, Cell In Command Mode) drawn by the manual"),
    (NB + "dashboard_files_tab.png", "jupyter_file_list_page",
     [["web page", "file list", "dashboard"] + FILE_MANAGER], None,
     ["jupyter", "To import a notebook, drag the file onto the listing", "Builtin Extensions", "Customization",
      "Interactive Widgets", "Parallel Computing", "Index.ipynb", "Clusters"], ["Finder", "Windows"],
     "a web page without a browser frame (1582x1036): Jupyter's dashboard with Files / Running / Clusters "
     "tabs and a list of folders (blue links, check boxes) under 'examples'; a file list in a web page"),
    ("python-django-doc/usr/share/doc/python-django-doc/html/_images/admin10t.png", "django_admin_add_question",
     [["web page", "form", "admin page"]], None,
     ["Add question", "Question text", "Date information (Hide)", "Date published", "Choice text",
      "Add another Choice", "Save and continue editing", "Save and add another"], ["WordPress"],
     "a web page without a browser frame (928x982): Django's admin form 'Add question' under a blue "
     "breadcrumb bar (Home > Polls > Questions > Add question), date and time fields, three 'Choice' blocks "
     "with Votes spinners, three save buttons"),
    (GLANCES + "grafana.png", "grafana_dashboard_page", [["web page", "dashboard", "chart", "graph", "monitoring"]],
     None,
     ["Load", "CPU (%)", "Processes", "wlp2s0 network interface", "SWAP", "localhost", "container", "15mins"],
     ["Kibana", "terminal"],
     "a Grafana dashboard without a browser frame (1840x850, dark): host / container / interface / disk "
     "drop-downs, a Core count '4', a Load graph of three coloured lines, Processes '263', and CPU, MEM, network "
     "and SWAP line charts"),
    # -- file managers --------------------------------------------------------------------------
    (GCMD + "window.png", "gnome_commander_two_panels",
     [FILE_MANAGER + ["file commander", "two-pane file manager", "orthodox file manager"]], 1,
     ["GNOME Commander", "PHONE CARD", "GNOME ftp", "gnome-commander-1.2.4.tar.bz2",
      "/pub/gnome/sources/gnome-commander/1.2", "F7 Mkdir", "F10 Quit", "59.5 MB free"], ["Total Commander"],
     "GNOME Commander (GTK 2, a grey title bar): two file panels with cyan text on dark blue (an FTP folder of "
     "tarballs at the left, a phone's folders at the right, one row highlighted yellow on grey), a command line "
     "and F3-F10 buttons at the bottom"),
    (FUND + "visualdict-window2.png", "dolphin_context_menu", [FILE_MANAGER + ["menu", "context menu"]], 1,
     ["Dolphin", "Web Pages", "Paste Clipboard Contents", "Move to Trash", "Recently Saved",
      "inde.html (HTML document, 111 B)", "Search For", "Word Count"], ["Finder", "Nautilus"],
     "Dolphin ('Web Pages – Dolphin', Breeze) on the Plasma wallpaper: Places panel, breadcrumb Home > "
     "Documents > Web Pages, three items, a right-click menu (Cut, Copy, Rename, Move to Trash, Open With ...), "
     "an information panel with a big green HTML icon; red numbered callouts 1-8 drawn by the manual"),
    # -- dialogs --------------------------------------------------------------------------------
    (GCMD + "options_layout.png", "gnome_commander_options_layout", [DIALOG + ["settings", "options",
                                                                            "preferences"]], 1,
     ["Options", "File panes", "DejaVu Sans Mono Book", "Display file extensions", "In separate column",
      "Green tiger", "LS_COLORS environment variable", "MIME icon settings"], ["Windows"],
     "GNOME Commander's Options dialog (GTK 2, grey): tabs General ... Devices with Layout selected, font, row "
     "height, colour scheme and icon fields, Help / Cancel / OK buttons"),
    (GCMD + "dialog_adv_rename.png", "gnome_commander_advanced_rename", [DIALOG + ["menu"]], 1,
     ["Advanced Rename Tool", "Regex replacing", "Trim blanks", "leading and trailing", "beamer_guide.pdf",
      "KOMA-Script", "Profiles", "Metatag"], ["Windows"],
     "GNOME Commander's 'Advanced Rename Tool' (GTK 2): a template field, a Metatag menu open with a File "
     "submenu (Name, Path, Size ...), an empty regex table, and a results table of five PDFs with their new "
     "names; Help / Profiles / Reset / Close / Apply buttons"),
    (GCMD + "dialog_file_properties.png", "gnome_commander_file_properties", [DIALOG + ["properties"]], 1,
     ["File Properties", "gnome-commander.xpm", "/usr/local/share/pixmaps/gnome-commander", "image/x-xpixmap",
      "GNU Image Manipulation Program", "Opens with", "Permissions", "Metadata"], ["Windows"],
     "a small GTK 2 'File Properties' dialog (411x376): Properties / Permissions / Metadata tabs, file name, "
     "location, type, dates and size, Help / Copy / Cancel / OK buttons"),
    (FUND + "find-replace.png", "calligra_find_text", [DIALOG], 1,
     ["Find Text", "Calligra Sheets", "Text to find", "Replacement text", "Use placeholders", "Insert Placeholder",
      "Prompt on replace", "Whole words only"], ["Excel", "Windows"],
     "Calligra Sheets' 'Find Text' dialog (Breeze, 390x563): 'income' to find, 'expense' to replace with, "
     "option check boxes, Replace / Close buttons; a dialog of a spreadsheet program, no sheet visible"),
    (PLASMA + "kcontrol/splashscreen/get-new-theme.png", "plasma_download_splash_screens",
     [DIALOG + ["download", "store", "theme browser"]], 1,
     ["Download New Splash Screens", "System Settings", "Sunny-sunset-1-Splash", "Summer-sun-beauty-4-Splash",
      "135 downloads", "Most recent first", "Install", "creativity"], ["Windows"],
     "a Plasma dialog (dark title bar, a soft shadow on white) listing two splash screens as cards, each with a "
     "photo preview (a sunset over rocks, a sunlit tree above white flowers), star ratings and an Install "
     "button; photos inside a window"),
    (PLASMA + "knetattach/screenshot2.png", "kde_network_folder_wizard", [DIALOG + ["wizard", "setup"]], 1,
     ["Network Folder Wizard", "KDE Network Wizard", "Network Folder Information",
      "File Transfer Protocol connection", "ftp.kde.org", "/pub/kde", "Create an icon for this remote folder",
      "Save & Connect"], ["Windows"],
     "the KDE Network Folder Wizard (Breeze): name, user, server (ftp.kde.org), port 21, folder and encoding "
     "fields, a ticked check box, Help / Back / Save & Connect / Cancel; a connection wizard, not an installer"),
    (KAFFEINE + "kaffeine_scan_channel_edit.png", "kaffeine_edit_channel", [DIALOG + ["settings"]], 1,
     ["Edit Channel", "Kaffeine", "Rede Vida HD", "Transport stream ID", "Layer A Modulation", "Frequency (MHz)",
      "ISDB-T", "Scrambled"], ["VLC"],
     "Kaffeine's 'Edit Channel' dialog (Breeze, inactive grey title): a name and number, a list of tuning "
     "parameters (Source ISDB-T, 593.143 MHz, layers A-C) at the left and ID spin boxes at the right"),
    (FUND + "visualdict-gui1.png", "plasma_formats_settings", [GENERIC + DIALOG + ["settings", "preferences",
                                                                                   "System Settings"]], 1,
     ["System Settings", "Numeric, Currency and Time Formats", "United States - American English (en_US)",
      "Finland - svenska (sv_FI)", "Detailed Settings", "Spell Check", "Date & Time", "Thursday, July 30, 2015"],
     ["Windows"],
     "Plasma's System Settings on its Formats page ('Formats — System Settings') over the wallpaper, the Region "
     "drop-down open on a list of locales with flags (Finland - svenska selected); red numbered callouts 1-4 "
     "and two red arrows drawn by the manual"),
    # -- other program windows ------------------------------------------------------------------
    ("accerciser/usr/share/help/C/accerciser/figures/accerciser-view.png", "accerciser_explorer",
     [GENERIC + ["accessibility explorer", "inspector", "developer tool"]], 1,
     ["Accerciser Accessibility Explorer", "Interface Viewer", "AT-SPI Validator", "Event Monitor",
      "gnome-terminal-server", "org.gnome.gedit", "application: gnome-shell", "IPython Console"], ["Windows"],
     "Accerciser (GTK 3, a light title bar with a shadow): a tree of applications (rhythmbox, gnome-shell "
     "selected, evolution, yelp ...) with Role and Children columns, the Interface Viewer tab at the right, an "
     "empty IPython Console pane below; 'terminal' and 'browser' appear only as words"),
    ("evolution-common/usr/share/help/C/evolution/figures/window-overview-layers.png", "evolution_inbox_layers",
     [MAIL], 1,
     ["Evolution", "Send / Receive", "Group Reply", "Rupert Monkey", "Wanda The Fish",
      "are you going to be around next Sunday evening", "Dinner with Wanda", "Search Folders"],
     ["Thunderbird", "Outlook"],
     "Evolution's mail view ('Inbox (1 unread) — Evolution'): folders, one message selected and shown, a To Do "
     "pane; translucent colour layers (yellow menu bar, red toolbar and panes, green search bar, blue message "
     "list, purple preview) drawn over its parts by the manual"),
    ("gucharmap/usr/share/help/C/gucharmap/figures/gucharmap_window.png", "gucharmap_arabic",
     [GENERIC + ["character map", "character picker", "character table"]], 1,
     ["Character Map", "Character Table", "Character Details", "Anatolian Hieroglyphs", "U+0635 ARABIC LETTER SAD",
      "Text to copy", "Cantarell", "Bassa Vah"], ["Windows"],
     "GNOME Character Map: a script list at the left (Arabic selected), a grid of Arabic letters and digits "
     "(the first one highlighted blue), font and size controls, a 'Text to copy' field"),
    ("kinfocenter/" + KDE + "kinfocenter/kinfocenter.png", "kinfocenter_about_system",
     [GENERIC + ["system information", "info center", "settings"]], 1,
     ["KInfocenter", "KDE Info Center", "Kubuntu 15.04", "KDE Plasma Version", "Information Modules",
      "Energy Information", "IEEE 1394 Devices", "3.19.0-11-generic"], ["Windows"],
     "KInfocenter (Breeze, a dark title bar, a blue glow around the window): a tree of information modules at "
     "the left (About System selected), a big blue Kubuntu logo with software and hardware versions"),
    ("pitivi/usr/share/help/C/pitivi/figures/mainwindow.jpg", "pitivi_video_editor",
     [["video editor", "editor", "video"]], 1,
     ["Pitivi", "New Project", "Media Library", "Effect Library", "Transition", "Reverse direction",
      "hackfest whiteboard", "Render"], ["Premiere", "iMovie"],
     "Pitivi (dark GTK 3 header bar 'New Project — Pitivi', 1516x880 JPEG): a media library of clip "
     "thumbnails, transition patterns, a blurred viewer with transport buttons, and a timeline of video and "
     "audio tracks; huge green numbers 1-7 drawn by the manual"),
    (PLASMA + "kcontrol/solid-actions/main.png", "plasma_device_actions",
     [GENERIC + DIALOG + ["settings", "System Settings"]], None,
     ["Removable Storage", "Device Actions", "Removable Devices",
      "Manage actions available to the user when connecting new devices", "Download Photos with Gwenview",
      "Open with VLC media player", "Storage Volume, Optical Disc", "Cannot be deleted"], ["Windows"],
     "the Device Actions settings module (no title bar, a soft shadow): a side list and a table of actions "
     "(Gwenview, File Manager, VLC) with device types, Add / Edit / Help / Defaults buttons; 'media player' "
     "and 'File Manager' are words in the table"),
    (KAFFEINE + "kaffeine_live_tv.png", "kaffeine_live_tv", [PLAYER + ["TV", "television"]], 1,
     ["Globo HD", "Kaffeine", "Television", "Playback", "Playlist", "REDE CNT HD", "SBT 1Seg", "00:02:19"],
     ["VLC"],
     "Kaffeine ('Globo HD — Kaffeine', Breeze) on its Television tab: a channel list at the left and a "
     "football match (a goalkeeper diving by the net, a crowd in the stands) playing at the right, transport "
     "controls at the bottom; a video frame inside the program window"),
    (KAFFEINE + "playlistwindow.png", "kaffeine_playlist", [PLAYER + ["playlist"]], 1,
     ["Temporary Playlist", "Repeat", "Random", "Rename", "Save As", "/home/user", "Television", "Playback"],
     ["VLC"],
     "Kaffeine on its Playlist tab (inactive grey title 'Kaffeine'): playlist buttons, an empty 'Temporary "
     "Playlist' and track table, a file browser (Places, /home/user) at the bottom left, a black video area, "
     "transport controls"),
]

# real photos from Tux Paint's templates, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (TUX + "lighthouse.jpg", "photo_brick_lighthouse",
     "a red-brick lighthouse tower with a white lantern room and railing against a deep blue sky (portrait)"),
    (TUX + "sheep.jpg", "photo_sheep_pasture",
     "a flock of sheep grazing on a wide green pasture behind a wire fence, low hills and a blue sky with "
     "thin clouds"),
    (TUX + "corn_maze.jpg", "photo_maize_maze",
     "a bare-earth path between tall green and dry maize plants whose leaves meet overhead, sunlit"),
    (TUX + "jellyfish.jpg", "photo_jellyfish",
     "moon jellyfish glowing blue against a black background"),
    (TUX + "wool_mill_machine.jpg", "photo_wool_mill_machine",
     "close-up of old wool-mill machinery: gears, chains and belts of dark metal with worn green paint"),
]


source_folder, frames = package_split("ext7", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
