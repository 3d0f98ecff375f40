"""The ``external9`` split of the screen set: a ninth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score.

    python benchmarks/screens_dataset.py --splits external9    # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external9       # scores it (``all`` leaves it out)

The frames are read at build time from twenty-three Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT11`` (default ``/work/ext11``); nothing is
copied into the repository. Fetch them (no root needed; about 125 MB of .deb, libjxl-testdata and
qtbase5-doc-html the bulk) with::

    mkdir -p /work/ext11 && cd /work/ext11
    for p in frescobaldi gtranslator kalarm kmix kwave libjxl-testdata mate-utils-common python-flask-doc \\
             python-humanfriendly-doc python-ipython-doc python-pytest-doc python-qtconsole-doc \\
             python-structlog-doc python-typer-doc python-werkzeug-doc python3.11-doc qtbase5-doc-html \\
             qtwebengine5-doc-html synaptic tortoisehg viking vinagre xsane-common; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: frescobaldi 3.3.0+ds1-2, gtranslator 42.0-1, kalarm and kmix 4:22.12.3-1, kwave
22.12.3-1, libjxl-testdata 0.0~git20230110.d6168ff-1, mate-utils-common 1.26.0-1+deb12u1, python-flask-doc
2.2.2-3, python-humanfriendly-doc 10.0-3, python-ipython-doc 8.5.0-4, python-pytest-doc 7.2.1-2,
python-qtconsole-doc 5.4.0-1, python-structlog-doc 22.3.0-2, python-typer-doc 0.7.0-1, python-werkzeug-doc
2.2.2-3+deb12u1, python3.11-doc 3.11.2-6+deb12u9, qtbase5-doc-html 5.15.8+dfsg-11+deb12u3,
qtwebengine5-doc-html 5.15.13+dfsg-1~deb12u1, synaptic 0.91.3, tortoisehg 6.3.1-1, viking 1.10-2, vinagre
3.22.0-8.1, xsane-common 0.999-12.1~deb12u1.

What is in it (33 screenshots): five terminals and consoles (frameless terminal output and console
windows, dark and light), six editors and IDEs, five web pages (three in a browser frame, one in a
browser crop, one without a frame), three file managers and file dialogs, six dialogs (an installer
among them) and eight program windows (one a whole desktop, one three overlapping windows). Toolkits:
GTK 2 and 3, Qt 4/5 and KDE (Breeze), Win32, Swing, Electron, macOS and web pages. Five real photos are
the negatives (an interior, flowers twice, a rocky shore, a town in a valley). Some screenshots carry
highlights drawn by their manuals; the notes say which.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split

SPLIT = "external9"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("frescobaldi", "gtranslator", "kalarm", "kmix", "kwave", "libjxl-testdata", "mate-utils-common",
            "python-flask-doc", "python-humanfriendly-doc", "python-ipython-doc", "python-pytest-doc",
            "python-qtconsole-doc", "python-structlog-doc", "python-typer-doc", "python-werkzeug-doc",
            "python3.11-doc", "qtbase5-doc-html", "qtwebengine5-doc-html", "synaptic", "tortoisehg", "viking",
            "vinagre", "xsane-common")
ENV, DEFAULT = "PIXEL_LLM_EXT11", "/work/ext11"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GENERIC = ["window", "screen", "screenshot"]
TERMINAL = ["terminal", "console", "command line", "shell", "text mode"]
IDE = ["editor", "text editor", "code editor", "IDE"]
BROWSER = ["browser", "web browser", "web page"]
FILE_MANAGER = ["file manager", "file browser"]
DIALOG = ["dialog"]

KDE = "usr/share/doc/HTML/en/"
QTW = "qtbase5-doc-html/usr/share/qt5/doc/qtwidgets/images/"
QWE = "qtwebengine5-doc-html/usr/share/qt5/doc/qtwebengine/images/"
IPY = "python-ipython-doc/usr/share/doc/python-ipython-doc/html/_images/"
FLASK = "python-flask-doc/usr/share/doc/python-flask-doc/html/_images/"
THG = "tortoisehg/usr/share/doc/tortoisehg/html/_images/"
SYN = "synaptic/usr/share/synaptic/html/figures/"
MATE = "mate-utils-common/usr/share/help/C/"
JXL = "libjxl-testdata/usr/share/libjxl-testdata/"

# (path under $PIXEL_LLM_EXT11, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- terminals and consoles -----------------------------------------------------------------
    ("python-structlog-doc/usr/share/doc/python-structlog-doc/html/_images/console_renderer.png",
     "structlog_colour_log_traceback", [TERMINAL + ["python"]], None,
     ["python show_off.py", "debugging is hard", "Traceback (most recent call last)",
      "make_call_stack_more_impressive", "KeyError", "all better now!", "some_key=some_value",
      "Stack (most recent call last)"], ["PowerShell", "cmd.exe"],
     "frameless terminal output (1620x993, black): coloured log lines with timestamps and [debug] / [info] / "
     "[warning] / [error] / [critical] levels, a red-framed Traceback box with numbered Python source and a "
     "yellow 'locals' box, then a plain stack; no window frame, so no count"),
    ("python-humanfriendly-doc/usr/share/doc/python-humanfriendly-doc/html/_images/ansi-demo.png",
     "humanfriendly_ansi_colours", [TERMINAL + ["colour test", "color test", "palette"]], None,
     ["Text styles:", "Foreground colors:", "Background colors:", "256 color mode (standard colors)",
      "256 color mode (216 colors)", "256 color mode (gray scale colors)", "Strike through", "Underline"],
     ["PowerShell", "web page"],
     "frameless terminal output (521x873, black, tall): a list of text styles in green, ASCII tables of "
     "foreground and background colours (black ... yellow, Faint / Normal / Bright) and grids of numbered "
     "256-colour codes; no window frame, so no count"),
    (QWE + "html2pdf-example.png", "html2pdf_shell_session", [TERMINAL], None,
     ["./html2pdf --help", "Usage: ./html2pdf [options] INPUT OUTPUT", "Converts the web page INPUT",
      "Displays version information", "Output file name for PDF conversion", "uic_wrapper.sh", "Makefile",
      "JQMIGRATE: Migrate is installed"], ["PowerShell", "cmd.exe"],
     "frameless terminal (1102x692, dark teal background, grey text, yellow-green '$' prompts): ls, the help "
     "of a command-line tool and a run that writes qt.pdf; the text speaks of web pages and PDF, the frame is "
     "a shell; no window frame, so no count"),
    ("python-qtconsole-doc/usr/share/doc/python3-qtconsole/html/_images/colors_dark.png",
     "ipython_qtconsole_dark", [TERMINAL + ["python", "Python console", "IPython", "REPL"]], 1,
     ["IPython", "Base Class:", "String Form:", "Namespace:", "Python builtin",
      "Return a nice string representation of the object", "NameError", "name 'decorator' is not defined"],
     ["PowerShell", "web page"],
     "IPython's Qt console on macOS (grey title 'IPython', three traffic-light buttons, 627x519): black "
     "background, green 'In [3]:' prompts, red field names of an object's help, a decorator typed in and a "
     "red NameError traceback; one window"),
    (IPY + "ipython-6-screenshot.png", "ipython_terminal_light",
     [TERMINAL + ["python", "Python console", "IPython", "REPL"]], 1,
     ["IPython", "$ ipython", "Python 3.6.0", "An enhanced Interactive Python", "from string import hexdigits",
      "from random import choice", "def randhex(length=10)", "lstrip"], ["PowerShell", "cmd.exe"],
     "a macOS terminal window titled 'IPython' (753x377, transparent margin shown white, a soft shadow): a "
     "cream background, IPython 6 started from '$ ipython', a small function typed in and a grey completion "
     "list (ljust, lower, lstrip); one window"),
    # -- editors and IDEs ----------------------------------------------------------------------
    (IPY + "ms_visual_studio.png", "visual_studio_python_interactive", [IDE + ["python"]], 1,
     ["MpiDemo - Microsoft Visual Studio", "Program.py", "Python 2.7 Interactive", "Solution Explorer",
      "computePi", "This example computes PI to certain precision", "from IPython.parallel import Client",
      "Error List"], ["Eclipse", "PyCharm"],
     "Visual Studio 2010 on Windows 7 (Basic theme): Python code in an editor tab at the left, a 'Python 2.7 "
     "Interactive' pane with In [n] lines and a long list of numbers in the middle, Solution Explorer and "
     "Properties at the right; the interactive pane is part of the IDE's window"),
    ("python-typer-doc/usr/share/doc/python-typer-doc/html/img/vscode-completion.png",
     "vscode_completion_crop", [IDE + ["python"]], None,
     ["import typer", "from pathlib import Path", "def main(filename: Path)", "filename.isfil", "is file",
      "Path.is_file() -> bool", "Whether this path is a regular file"], ["PyCharm", "Sublime"],
     "a crop of a dark code editor (VS Code, no title bar or side bars, 893x416): five numbered lines of "
     "Python, a light-bulb icon, a completion item 'is file' and a documentation pop-up; most of the frame "
     "is empty dark grey"),
    (QTW + "mdi-example.png", "qt_mdi_editor", [IDE + ["MDI"]], None,
     ["MDI", "main.cpp", "document1.txt", "Q_INIT_RESOURCE(mdi)", "QApplication app(argc, argv)",
      "MainWindow mainWin", "return app.exec()"], ["Notepad", "Visual Studio"],
     "a Qt example on KDE 4 (blue title bars, 526x434): a main window 'MDI' with a grey workspace holding "
     "two text sub-windows, 'main.cpp' with C++ code in front of an empty 'document1.txt'; one program "
     "window with two inner windows, so the count is left open"),
    (QTW + "textedit-demo.png", "qt_rich_text_editor", [IDE + ["word processor", "document", "rich text"]], 1,
     ["example.html - Rich Text", "Bitstream Vera Sans", "Tables", "Hyperlinks", "Development Tools",
      "Programming Techniques", "Graphical User Interfaces", "Try adding text to the cells in the table"],
     ["Microsoft Word", "LibreOffice"],
     "a Qt rich-text editor (KDE 4 title bar 'example.html - Rich Text', 706x540): a formatting toolbar with "
     "B / I / U and alignment buttons, style and font boxes, and a document with headings, paragraphs and a "
     "timetable; an HTML file in an editor, not a web page"),
    ("gtranslator/usr/share/help/C/gtranslator/figures/gtranslator_interface2.png", "gtranslator_po_file",
     [GENERIC + ["translation editor", "translation tool", "localization tool", "editor"]], 1,
     ["cs.po", "Translation Editor", "Original Message", "Translated Message", "Translated Text", "Edit profile",
      "Untranslated: 193", "Add Note"], ["Poedit", "Visual Studio"],
     "Gtranslator (GTK 3, a header bar 'cs.po - Translation Editor'): a list of English messages and their "
     "Czech translations, the selected one highlighted purple, source and translation boxes below, a "
     "shortcut list and notes at the right; the areas are tinted pink, blue and green by the manual, a "
     "red-and-blue progress bar at the bottom"),
    ("frescobaldi/usr/lib/python3/dist-packages/frescobaldi_app/userguide/getting_started1.png",
     "frescobaldi_lilypond", [IDE + ["music notation", "score editor", "music", "LilyPond", "document"]], 1,
     ["Frescobaldi", "Untitled [modified]", "Music View", "LilyPond", "document.pdf", "relative c''",
      "addlyrics", "Join us now and share the soft"], ["MuseScore", "Sibelius"],
     "Frescobaldi (Qt, KDE 4 title bar, 480x361): LilyPond source with coloured syntax at the left, a "
     "'Music View' at the right rendering one staff of notes with the lyric 'Join us now and share the "
     "software!' on cream paper"),
    # -- browsers and web pages ----------------------------------------------------------------
    (QWE + "simplebrowser.png", "qt_simple_browser", [BROWSER], None,
     ["https://www.qt.io/", "What is Qt", "It's Fast", "It's Easy", "It's Future-Proof", "BUY Qt NOW",
      "Find an Advisor", "Customers"], ["Chrome", "Safari"],
     "a Qt WebEngine example browser without its title bar (a menu bar, back / forward / reload, an address "
     "field and one tab): the Qt web site with a green logo, a heading and three dark-blue cards; a crop, so "
     "no count"),
    (FLASK + "debugger.png", "flask_debugger_page", [BROWSER + ["python"]], 1,
     ["localhost:5000", "TypeError", "cannot concatenate 'str' and 'NoneType' objects",
      "Traceback (most recent call last)", "self.wsgi_app(environ, start_response)", "dispatch_request",
      "[console ready]", "type(name)"], ["Firefox", "Safari"],
     "Chrome on macOS (traffic lights, a tab 'TypeError: must be str, not No...', 'localhost:5000'): a Python "
     "traceback page of Flask's debugger with grey code boxes and a small console at the bottom; the bottom "
     "is cut but the window is whole at the top"),
    ("python-werkzeug-doc/usr/share/doc/python-werkzeug-doc/html/_images/shortly.png", "shortly_in_firefox",
     [BROWSER], 1,
     ["Create New Short URL | shortly", "http://localhost:5000/", "shortly",
      "Shortly is a URL shortener written with Werkzeug", "Submit URL", "Shorten", "Google"],
     ["Internet Explorer", "Chrome"],
     "an old Firefox on macOS (692x527, a soft shadow on white): one tab, an address bar and a Google search "
     "box, and a pale blue-grey page with a white box: 'shortly', 'Submit URL', a URL field and a Shorten "
     "button; one window"),
    (FLASK + "flaskr_login.png", "flaskr_login_page", [["web page", "website", "login page", "login form"]], None,
     ["Flaskr", "Register", "Log In", "Username", "Password"], ["browser", "Firefox"],
     "a web page without a browser frame (400x338): a grey header 'Flaskr' with Register / Log In links, a "
     "'Log In' heading, Username and Password fields and a Log In button; no browser visible"),
    (IPY + "user-interface.png", "ipython_notebook_help_menu",
     [BROWSER + ["notebook", "Jupyter", "IPython Notebook", "python", "document"]], 1,
     ["IPy User Interface", "127.0.0.1:8888/notebooks/examples/Notebook", "IP[y]: Notebook", "User Interface",
      "User Interface Tour", "Keyboard Shortcuts", "Modal editor", "Edit mode"], ["Firefox", "JupyterLab"],
     "an old Chrome on macOS with three tabs showing an IPython Notebook: its Help menu is open (User "
     "Interface Tour, Keyboard Shortcuts, IPython Help, NumPy, SciPy, pandas ...), the notebook has headings "
     "'User Interface', 'Modal editor', 'Edit mode' and a green-bordered cell 'In [2]: a = 10'; one window"),
    # -- file managers and file dialogs --------------------------------------------------------
    (QTW + "dirview-example.png", "qt_dir_view_tree", [FILE_MANAGER + ["file tree", "directory tree"]], 1,
     ["Dir View", "Date Modified", "vmlinuz.old", "initrd.img", "sysrq-trigger", "version_signature",
      "36,3 MB", "Folder"], ["Dolphin", "Nautilus"],
     "a Qt example (GTK-like title 'Dir View' with one close button, 967x633): a tree of the root folder with "
     "Name / Size / Type / Date Modified columns, folder icons, /proc expanded and 'sysrq-trigger' selected "
     "in blue"),
    (QTW + "filedialogurls.png", "qt_open_file_dialog_macos",
     [DIALOG + FILE_MANAGER + ["file dialog", "open dialog", "file chooser"]], 1,
     ["Open", "Look in:", "/Users/foo/Code/qt5", "LGPL_EXCEPTION.txt", "LICENSE.PREVIEW.COMMERCIAL",
      "configure.bat", "Files of type:", "All Files (*)"], ["Finder"],
     "a Qt 'Open' file dialog on macOS (542x434 with a wide soft shadow on white): a 'Look in:' path, a side "
     "bar (qt5, Music), a file list with sizes, kinds and dates, File name / Files of type fields and "
     "Open / Cancel"),
    (THG + "nautilus.png", "nautilus_tortoisehg_menu", [FILE_MANAGER + ["context menu"]], None,
     ["common.txt", "debugging.txt", "Create Folder", "Create Document", "TortoiseHG", "Search History",
      "Create Repository Here", "Arrange Items"], ["Finder", "Dolphin"],
     "a crop of Nautilus on Ubuntu (no title bar, an orange-brown desktop at the right): text-file icons "
     "with green check overlays, a right-click menu with a TortoiseHG submenu open (View Changelog, Search "
     "History highlighted in orange, Synchronize ...); a crop, so no count"),
    # -- dialogs and an installer ---------------------------------------------------------------
    ("python3.11-doc/usr/share/doc/python3.11/html/_images/win_installer.png", "python_windows_installer",
     [["installer", "setup", "dialog", "python"]], 1,
     ["Python 3.8.0 (64-bit) Setup", "Install Python 3.8.0 (64-bit)", "Install Now", "Customize installation",
      "Includes IDLE, pip and documentation", "Install launcher for all users", "Add Python 3.8 to PATH",
      "Cancel"], ["macOS", "terminal"],
     "the Python installer on Windows 10 (706x449, a white title bar): the blue and yellow Python logo and "
     "'python for windows' at the left, 'Install Now' and 'Customize installation' links, two check boxes "
     "and Cancel; the user name in a path is blacked out with a blue blot"),
    ("kalarm/" + KDE + "kalarm/editwindow-simple.png", "kalarm_new_alarm", [DIALOG + ["alarm", "reminder"]], 1,
     ["New Display Alarm", "KAlarm", "Alarm name:", "Recurrence - [1 Day / 2 Hours]", "Display type:",
      "Text message", "Font & Color...", "Load Template..."], ["Outlook"],
     "KAlarm's 'New Display Alarm' dialog (Breeze, a dark title bar, a soft shadow on white): Alarm / "
     "Recurrence tabs, an empty pale-yellow message box, Sound / Time settings, Load Template / More "
     "Options / Try / OK / Cancel"),
    ("kmix/" + KDE + "kmix/kmix-configure-general.png", "kmix_configure_general",
     [DIALOG + ["settings", "configuration", "preferences", "options"]], 1,
     ["Configure", "KMix", "Volume overdrive", "KMix must be restarted", "Volume feedback", "Volume step:",
      "Show On Screen Display (OSD)", "Slider orientation (system tray popup)"], ["PulseAudio Volume Control"],
     "KMix's Configure dialog (Breeze, a dark title bar, a soft shadow on white): General / Startup / Volume "
     "Control pages at the left, check boxes and radio buttons, a blue-framed information line, Help / "
     "Defaults / OK / Apply / Cancel"),
    (SYN + "synaptic-filter.png", "synaptic_filters", [DIALOG + ["settings", "filter", "filters"]], 1,
     ["Filters", "Search Filter", "Package with Debconf", "Missing Recommends", "Residual config",
      "New in repository", "Automatic removable", "Invert All"], ["Windows Update"],
     "Synaptic's Filters dialog (GTK 3, Mint-Y, green check boxes, 697x446): a list of filters at the left, "
     "Status / Section / Properties tabs, Current / Marked / Other groups of ticked boxes, Select All / "
     "Deselect All / Invert All, Cancel / OK"),
    ("xsane-common/usr/share/doc/xsane-common/html/xsane-setup-display.jpg", "xsane_setup_display",
     [DIALOG + ["settings", "setup", "preferences", "options"]], 1,
     ["xsane setup", "Filetype", "Color management", "Main window size fixed", "Use private colormap",
      "Preview oversampling", "Disable GIMP preview gamma", "/usr/bin/www-browser"], ["Photoshop"],
     "XSane's setup dialog (GTK 2, a blue title bar 'xsane setup', JPEG, 546x544) on its Display tab: check "
     "boxes, 'Scrollbar and Spinbutton', gamma fields of 1.00, a help viewer path, Apply / Cancel / OK; a "
     "settings dialog of a scanner program, not an installer"),
    (FLASK + "pycharm-run-config.png", "pycharm_run_configuration",
     [DIALOG + ["settings", "configuration", "options", "IDE", "python"]], 1,
     ["Run/Debug Configurations", "flask run", "Module name:", "--app hello --debug run",
      "PYTHONUNBUFFERED=1", "Python 3.10 (flask)", "Emulate terminal in output console",
      "Edit configuration templates..."], ["Visual Studio", "Eclipse"],
     "PyCharm's 'Run/Debug Configurations' dialog (IntelliJ light theme, a soft shadow on white): a tree "
     "Python > flask run at the left, Configuration / EnvFile / Logs tabs, fields and check boxes, OK / "
     "Cancel / Apply; it mentions a terminal and a console, it shows neither"),
    # -- other program windows -----------------------------------------------------------------
    (SYN + "synaptic-start.png", "synaptic_package_list",
     [GENERIC + ["package manager", "installer", "software manager"]], 1,
     ["Synaptic Package Manager", "Mark All Upgrades", "Installed Version", "Latest Version",
      "Graphical package manager", "syncevolution", "Get Changelog", "54427 packages listed"],
     ["Windows Update", "App Store"],
     "Synaptic (GTK 3, Mint-Y): sections at the left (All, Amateur Radio, Communication ...), a package "
     "table with 'synaptic' selected in green, a description below and a status line; a package manager, "
     "so 'installer' is accepted"),
    ("kwave/" + KDE + "kwave/kwave-gui-sdi.png", "kwave_three_windows",
     [GENERIC + ["audio editor", "sound editor", "audio", "waveform", "music"]], 3,
     ["sample.flac", "test.ogg (modified)", "example.wav", "Kwave", "Calculate", "22 sec", "Selected: 2.7644 s",
      "Settings"], ["Audacity"],
     "three overlapping Kwave windows (Breeze, dark title bars) 'sample.flac', '* test.ogg (modified)' and "
     "'example.wav' in front: menus, transport buttons, and white stereo waveforms on black with a yellow and "
     "blue selection; three windows"),
    ("viking/usr/share/help/C/viking/figures/Viking-OSM-CycleMap-ManyTracks.jpg", "viking_cycle_map",
     [GENERIC + ["map", "map viewer", "GPS", "mapping", "route planner"]], 1,
     ["CycleOSMDemo-MTB.vik - Viking", "Layer Name", "Cycle MTB", "New Alresford", "Haslemere",
      "Elevation-distance", "25.12 miles", "Calendar"], ["Google Maps", "Google Earth"],
     "Viking (GTK 2, a blue title bar, JPEG 640x497, small text): a layer tree of GPX tracks and a calendar "
     "at the left, an OpenStreetMap cycle map of southern England with many green tracks and one orange, an "
     "elevation profile at the bottom"),
    (MATE + "mate-system-log/figures/syslog_window.png", "mate_system_log",
     [GENERIC + ["log viewer", "system log", "logs", "log"]], 1,
     ["messages - System Log Viewer", "Filters", "fontconfig.log", "pm-powersave.log", "rsyslogd",
      "pulseaudio[2171]: ratelimit.c", "events suppressed", "170 lines (16.5 KB)"], ["journalctl", "Event Viewer"],
     "MATE's System Log Viewer (GTK 2, Clearlooks blue title bar, 903x552): a list of log files at the left "
     "with 'messages' selected, and monospaced kernel / pulseaudio lines with dates in grey at the right; a "
     "program window, not a terminal"),
    (MATE + "mate-disk-usage-analyzer/figures/baobab_fullscan.png", "mate_disk_usage_rings",
     [GENERIC + ["disk usage analyzer", "disk usage", "chart", "rings chart"]], 1,
     ["Disk Usage Analyzer", "Scan Home", "Total filesystem capacity: 106.9 GB", "View as Rings Chart", "Folder",
      "Usage", "Contents", "269 items"], ["Finder", "WinDirStat"],
     "MATE's Disk Usage Analyzer (GTK 2, Clearlooks, 808x530): a table of folders with red / yellow usage "
     "bars, percentages and sizes at the left, a multicoloured rings chart at the right; lists folders, not "
     "a file manager"),
    (THG + "workbench.png", "tortoisehg_workbench",
     [GENERIC + ["version control", "repository browser", "revision history", "commit history"]], 1,
     ["cpython - TortoiseHg Workbench", "Repository Registry", "Output Log", "Start working on Python 2.8",
      "Antoine Pitrou", "Close branch 3.0", "Changeset:", "Python News"], ["Visual Studio", "SourceTree"],
     "TortoiseHg Workbench on Windows 7 (Basic theme): a repository tree at the left, a revision graph with "
     "coloured branch lines and a table of changesets, details of the selected one and a diff of Misc/NEWS "
     "in green and purple below"),
    ("vinagre/usr/share/help/C/vinagre/figures/vinagre-connected-3-16.png", "gnome_remote_desktop_viewer",
     [["desktop", "screen", "remote desktop", "remote desktop viewer", "VNC"]], 1,
     ["Activities", "Remote Desktop Viewer", "Rupert@big-thing", "Send Ctrl-Alt-Del", "Bookmarks", "Connect",
      "Wastebasket", "Rupert's Home"], ["TeamViewer"],
     "a whole GNOME 3 screen (800x600, a black top bar with Activities, 'Mon 2 Mar, 20:45' and status icons) "
     "with one maximised Remote Desktop Viewer window; inside it a remote GNOME 2 desktop (Applications / "
     "Places / System panel, Computer, Rupert's Home and Wastebasket icons on a grey background); one window "
     "on the local screen, none open on the remote one"),
    (QTW + "spreadsheet-demo.png", "qt_spreadsheet_calendar", [["spreadsheet", "table"]], 1,
     ["Spreadsheet", "Cell: (B5)", "21/5/2006", "AirportBus", "Flight (Munich)", "Currency", "Ex.Rate",
      "May 2006"], ["Microsoft Excel", "LibreOffice"],
     "a Qt spreadsheet example on Windows XP (656x456): a table of travel costs in columns A-F with blue and "
     "red numbers and a grey Total row, and a calendar drop-down 'May 2006' open under cell B5"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (JXL + "jxl/hdr_room.png", "photo_room_with_armchairs",
     "a room with white walls and a wooden floor and ceiling: two tall windows with lace curtains, red "
     "armchairs and a sofa around a small table, a portrait in a gold frame"),
    (JXL + "jxl/flower/flower.png", "photo_pink_daisies",
     "pink-and-white striped daisy-like flowers with yellow centres, close up, blurred brown ground behind"),
    (JXL + "external/wesaturate/500px/tmshre_riaphotographs_srgb8.png", "photo_pink_tulips",
     "a field of pink tulips, one in focus, the rest blurred into pink and green"),
    (JXL + "external/wesaturate/500px/cvo9xd_keong_macan_srgb8.png", "photo_rocky_shore",
     "a dark mossy rock face at the left, calm water and misty blue hills under a pale sky at the right"),
    ("python-pytest-doc/usr/share/doc/python-pytest-doc/html/_images/freiburg2.jpg", "photo_town_in_valley",
     "a town seen from above, a church spire among many roofs, with forested hills behind"),
]


source_folder, frames = package_split("ext9", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
