"""The ``external10`` split of the screen set: a tenth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score.

    python benchmarks/screens_dataset.py --splits external10   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external10      # scores it (``all`` leaves it out)

The frames are read at build time from twenty Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT13`` (default ``/work/ext13``); nothing is
copied into the repository. Fetch them (no root needed; about 125 MB of .deb, racket-doc,
python-silx-doc and rt5-doc-html the bulk) with::

    mkdir -p /work/ext13 && cd /work/ext13
    for p in jmeter-help kanagram khangman kwordquiz labelme-examples libghc-brick-doc libtuiwidgets-doc \\
             mu-editor-doc peony-common python-distributed-doc python-djangorestframework-doc \\
             python-guizero-doc python-kivy-examples python-silx-doc python-taurus-doc \\
             python-terminaltables-doc racket-doc rt5-doc-html skanlite xarchiver; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: jmeter-help 2.13-5, kanagram, khangman and kwordquiz 4:22.12.3-1, labelme-examples
5.1.1-1, libghc-brick-doc 0.68.1-1, libtuiwidgets-doc 0.2-1.1, mu-editor-doc 1.0.3+dfsg-6, peony-common
3.2.4-2, python-distributed-doc 2022.12.1+ds.1-3, python-djangorestframework-doc 3.14.0-2+deb12u1,
python-guizero-doc 1.4.0+dfsg-1, python-kivy-examples 2.1.0-1, python-silx-doc 1.1.0+dfsg-5,
python-taurus-doc 5.0.0-1, python-terminaltables-doc 3.1.10-2, racket-doc 8.7+dfsg1-1, rt5-doc-html
5.0.3+dfsg-3~deb12u6, skanlite 22.12.3-1, xarchiver 1:0.5.4.20-2.

What is in it (32 screenshots): five terminals and consoles (Windows and macOS consoles side by side,
a Qt console, text-mode programs in a terminal and a frameless text-mode screen), five editors and
IDEs, four web pages (all without a browser frame), five file managers and file dialogs, eight dialogs
(an add-on installer and a wizard among them) and five program windows (two games among them, a
scanner program, a data viewer). Toolkits: GTK 2 and 3, Qt 4/5 and KDE (Breeze), Win32, Tk, Swing,
macOS, UKUI and text mode. Five real photos are the negatives (a legislative chamber, an old bus, three
women on a sofa, a ruined arcade, a cat by a mug). No whole desktop was found this time. Some
screenshots carry marks drawn by their manuals; the notes say which.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split

SPLIT = "external10"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("jmeter-help", "kanagram", "khangman", "kwordquiz", "labelme-examples", "libghc-brick-doc",
            "libtuiwidgets-doc", "mu-editor-doc", "peony-common", "python-distributed-doc",
            "python-djangorestframework-doc", "python-guizero-doc", "python-kivy-examples", "python-silx-doc",
            "python-taurus-doc", "python-terminaltables-doc", "racket-doc", "rt5-doc-html", "skanlite",
            "xarchiver")
ENV, DEFAULT = "PIXEL_LLM_EXT13", "/work/ext13"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GENERIC = ["window", "screen", "screenshot"]
TERMINAL = ["terminal", "console", "command line", "shell", "text mode"]
IDE = ["editor", "text editor", "code editor", "IDE"]
WEB = ["web page", "website"]
FILE_MANAGER = ["file manager", "file browser"]
FILE_DIALOG = ["dialog", "file dialog", "open dialog", "file chooser"] + FILE_MANAGER
DIALOG = ["dialog"]
SETTINGS = DIALOG + ["settings", "configuration", "preferences", "options"]
DESIGNER = GENERIC + ["IDE", "editor", "GUI designer", "form designer", "designer"]
TRANSLATION = GENERIC + ["translation editor", "translation tool", "localization tool", "editor"]

KDE = "usr/share/doc/HTML/en/"
BRICK = "libghc-brick-doc/usr/share/doc/libghc-brick-doc/html/docs/programs-screenshots/"
SILX = "python-silx-doc/usr/share/doc/python3-silx/html/_images/"
TAURUS = "python-taurus-doc/usr/share/doc/python-taurus-doc/html/_static/"
MU = "mu-editor-doc/usr/share/doc/mu-editor/html/_images/"
RACKET = "racket-doc/usr/share/doc/racket/"
DRF = "python-djangorestframework-doc/usr/share/doc/python3-djangorestframework/html/img/"
GUIZERO = "python-guizero-doc/usr/share/doc/python-guizero-doc/html/images/"
PEONY = "peony-common/usr/share/kylin-user-guide/data/guide/peony/en_US/image/"
LABELME = "labelme-examples/usr/share/doc/labelme-examples/examples/semantic_segmentation/data_annotated/"
KIVY = "python-kivy-examples/usr/share/kivy-examples/"

# (path under $PIXEL_LLM_EXT13, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- terminals and consoles -----------------------------------------------------------------
    ("python-terminaltables-doc/usr/share/doc/python-terminaltables-doc/html/_images/examples.png",
     "terminaltables_three_consoles", [TERMINAL + ["command prompt", "python"]], 3,
     ["python example2.py", "Jetta SportWagen", "The Golf Mk5 Variant was", "Nominal Space", "High Load",
      "Obey Obey Obey Obey", "./example3.py", "Long String"], ["PowerShell", "iTerm"],
     "three console windows (784x515): two Windows cmd windows side by side at the top (one titled "
     "'C:\\WINDOWS\\system32\\cmd...', one 'cmd.exe', black, grey and coloured text) drawing ASCII and line "
     "tables, and a macOS Terminal 'terminaltables - -bash - 126x9' below with a Lorem ipsum table; three "
     "windows"),
    (SILX + "IPythonWidget.png", "jupyter_qtconsole_banner",
     [TERMINAL + ["python", "Python console", "IPython", "Jupyter", "REPL"]], 1,
     ["Jupyter QtConsole 4.2.1", "Python 2.7.9", "IPython 5.3.0", "An enhanced Interactive Python",
      "Quick reference", "Python's own help system", "Details about 'object'", "In [1]:"],
     ["PowerShell", "web page"],
     "a Jupyter QtConsole window on GNOME (a light header bar with a close button, 502x340): white "
     "background, the start-up banner in black monospace and an empty blue 'In [1]:' prompt; one window"),
    (BRICK + "brick-form-demo.png", "brick_text_form_in_terminal", [TERMINAL + ["form", "TUI"]], 1,
     ["brick-form-demo", "80x24", "Mailing", "Dominant hand", "Do you ride a bicycle?", "Password",
      "Address"], ["PowerShell", "cmd.exe"],
     "an Ubuntu terminal window (dark title bar './brick-form-demo/build/brick-form-demo/brick-form-demo', an "
     "orange close button) with a red second title bar '... 80x24' inside, and a text-mode form on black: "
     "a yellow Name field, a Mailing box, a red Age field with 0, radio items Left / Right / Both; one "
     "window"),
    (BRICK + "brick-file-browser-demo.png", "brick_text_file_chooser",
     [TERMINAL + ["TUI", "dialog", "file chooser"] + FILE_MANAGER], 1,
     ["/usr/bin/zsh", "Choose a file", "brick-attr-demo/", "brick-file-browser-demo/", "directory",
      "Up/Down: select", "Ctrl-C or Esc: cancel search", "change directory or select file"],
     ["PowerShell", "cmd.exe"],
     "an Ubuntu terminal window titled '/usr/bin/zsh' (a red inner bar '/usr/bin/zsh 80x24') running a "
     "text-mode file chooser: a box 'Choose a file' with a highlighted path, a yellow '../' line, blue "
     "folder names and help lines below; a terminal first, the box is drawn in it"),
    ("libtuiwidgets-doc/usr/share/doc/libtuiwidgets-dev/html/_images/stack1.composite.png",
     "tuiwidgets_blue_text_screen", [TERMINAL + ["TUI", "text editor", "editor", "dialog"]], None,
     ["*NEWFILE", "Theme Color", "Classic", "Cancel", "Options", "UTF-8", "RW | INS"],
     ["PowerShell", "Notepad"],
     "a frameless text-mode screen (484x316) in the style of old DOS programs: a grey menu bar (File Edit "
     "Options Window Help), two empty blue edit panes '*NEWFILE' and 'NEWFILE', a grey 'Theme Color' "
     "dialog with a green list (Classic, Dark) and [ Cancel ] / [ OK ], a cyan status bar; no window "
     "frame, so no count"),
    # -- editors and IDEs ----------------------------------------------------------------------
    (RACKET + "drracket/example.png", "drracket_square_function", [IDE + ["Racket", "REPL"]], 1,
     ["Untitled - DrRacket", "Check Syntax", "Macro Stepper", "Welcome to DrRacket, version 6.7",
      "contract-out", "define (square x)", "Determine language from source", "249.40 MB"],
     ["Emacs", "Visual Studio"],
     "DrRacket on macOS (traffic lights, a soft shadow on white, 807x647): a definitions pane with eight "
     "numbered lines of Racket (line 8 marked green) and an interactions pane below with '> (square 2)' "
     "and results in blue; one window"),
    (RACKET + "style/emacs-sexp-comment.png", "racket_code_dark_crop", [IDE + ["Racket", "emacs", "code"]],
     None,
     ["#lang racket", "define (fact n)", "zero? n", "sub1 n", "define (fib n a b)", "fib #;n 10 #;a 0 #;b 1"],
     ["Visual Studio", "PyCharm"],
     "a crop of a dark code editor (964x718, no menus, tabs or line numbers): Racket code in a large font "
     "with pastel colours and faint indent guides, a '#;' comment dimmed; from a style guide about Emacs, "
     "but nothing of Emacs itself is visible; no count"),
    (MU + "mu-debugger.png", "mu_python_debugger", [IDE + ["python", "debugger"]], 1,
     ["Mu 1.0.0.beta.13 - foo.py", "Debug Inspector", "Step Over", "Step Out", "Running: foo.py",
      "Name: Nicholas", "module 'time' (built-in)", "print('stop')"], ["PyCharm", "Thonny"],
     "the Mu editor on GNOME (a light title bar, 1165x809): big round yellow-ringed toolbar buttons, two "
     "tabs, fourteen lines of Python with a red breakpoint dot and line 12 highlighted blue, a Debug "
     "Inspector table at the right and program output below"),
    (TAURUS + "designer01.png", "qt_designer_taurus_widgets", [DESIGNER], None,
     ["Qt Designer", "Form - untitled*", "Widget Box", "Property Editor", "Taurus Display Widgets",
      "TaurusTrend", "QLoggingTable", "TaurusJDrawSynopticsView"], ["Visual Studio", "Glade"],
     "Qt 4 Designer on Ubuntu (Ambiance, a dark title bar, 883x681): a Widget Box of Taurus widgets at the "
     "left, an empty inner window 'Form - untitled*' in the grey middle and a yellow-striped Property "
     "Editor at the right; one program window with an inner form window, so the count is left open"),
    (MU + "po1.png", "poedit_welcome", [TRANSLATION + ["welcome screen"]], 1,
     ["Poedit", "Welcome to Poedit", "Version 2.0.1", "Edit a Translation", "Create New Translation",
      "Collaborate on a Translation with Others", "What is Crowdin?", "Catalogue"], ["Lokalize", "Gtranslator"],
     "Poedit's start window on GNOME (a light title bar, 1005x680): a menu bar with Catalogue, a toolbar "
     "Open / Save / Validate / Update, a cream page with a faint logo and three large buttons; one window"),
    # -- web pages ----------------------------------------------------------------------------------
    ("rt5-doc-html/usr/share/doc/rt5-doc-html/images/asset-ticket-create.png", "rt_create_ticket_page",
     [WEB + ["web form", "form", "editor"]], None,
     ["Create a new ticket in General", "Requestors:", "asset-tutorial-staff@localhost", "PowerEdge M820",
      "Need to contact support for a new power supply.", "Drop files here or click to attach",
      "Nobody in particular", "IT Department Assets"], ["browser", "Jira"],
     "a web page without a browser frame (Request Tracker, 2554x1512, high-DPI): a ticket form with a "
     "rich-text editor toolbar (Styles, Format, B, I) and a grey drop zone at the left, Basics and Assets "
     "boxes with red and green top lines at the right; 'editor' is accepted for the text box"),
    (DRF + "admin.png", "drf_user_list_page", [WEB + ["API page"]], None,
     ["Django REST framework", "Api Root", "User List", "testing@example.com", "Moderators, Contractors",
      "Create", "Format", "Log in"], ["browser", "Firefox"],
     "a web page without a browser frame (996x528): a dark navigation bar with a red top line, a "
     "breadcrumb, a 'User List' heading, blue Create / Format buttons, pagination 1 ... 16 17 18 and a "
     "table of users with red links, on a faint grid background"),
    (DRF + "self-describing.png", "drf_snippet_list_page", [WEB + ["API page"]], None,
     ["Django REST framework", "Snippet List", "Api Root", "GET /snippets/", "HTTP 200 OK",
      "Content-Type: text/html", "restframework.herokuapp.com/snippets/?page=2",
      "This view presents a list of code snippets"], ["browser", "Firefox"],
     "a web page without a browser frame, cut at the right and bottom (795x541): the same dark bar, a "
     "'Snippet List' heading, paragraphs and grey boxes with an HTTP response and the start of JSON in "
     "colours; no count"),
    ("python-distributed-doc/usr/share/doc/python-distributed-doc/html/_images/daskboard-profile.gif",
     "dask_profile_dashboard", [WEB + ["dashboard", "chart", "graph"]], None,
     ["DASK", "Workers", "Tasks", "Profile", "Counters", "Reset", "Update", "Activity over time"],
     ["browser", "Grafana"],
     "a web dashboard without a browser frame (the first frame of a GIF, 1095x1121): a grey tab bar with "
     "the Dask logo and 'Profile' highlighted orange, green Reset / Update buttons, a tall flame graph of "
     "stacked blue, green, yellow and purple bars and a small line chart below"),
    # -- file managers and file dialogs --------------------------------------------------------
    (PEONY + "1.png", "peony_home_folder", [FILE_MANAGER + ["folder"]], 1,
     ["File System", "kylin", "Favorite", "Personal", "Computer", "Documents", "Templates", "All tags..."],
     ["Finder", "Dolphin"],
     "Peony, the UKUI file manager (1237x720, a light frameless window with minimise / maximise / close at "
     "the top right): a path bar File System > home > kylin, a side bar (Favorite, Personal, Computer) and "
     "eight yellow folder icons in one row on white"),
    (PEONY + "15.png", "peony_context_menu_properties", [FILE_MANAGER + ["context menu"], DIALOG + ["properties",
                                                                                                 "window"]], 2,
     ["Music Properties", "Peony Qt Share Extension", "Share folder", "Allow Anonymous", "Open in New Window",
      "Open Directory in Terminal", "Create Link to Desktop", "1 selected, Music"], ["Finder", "Dolphin"],
     "Peony with the Music folder selected in blue, a right-click menu open (Add to bookmark ... "
     "Properties highlighted) and a 'Music Properties' window overlapping at the right (Basic / Mark / "
     "Permissions / Peony Qt Share Extension tabs, three ticked boxes, Cancel / Ok); two windows; the menu "
     "names a terminal, none is shown"),
    (GUIZERO + "select_file_windows.png", "windows_select_file_dialog", [FILE_DIALOG + ["python"]], 1,
     ["Select file", "This PC", "guizero-filedialogs", "Search examples", "after_repeat.py", "Python File",
      "All files (*.*)", "New folder"], ["Finder", "macOS"],
     "a Windows 10 'Select file' dialog (1182x666, a Tk feather icon): a path bar This PC > Documents > ... "
     "> examples, a navigation pane (OneDrive, Desktop, Documents, Music, Network), a list of .py files "
     "with dates and sizes, a file-name field, Open / Cancel"),
    (SILX + "imagefiledialog_h5.png", "silx_open_hdf5_dialog", [FILE_DIALOG], 1,
     ["Open", "countrate_correction_table", "data_origin", "flatfield", "All supported files",
      "detectorModule_000", "Cancel"], ["Finder", "Windows Explorer"],
     "silx's image open dialog on GNOME (a grey title 'Open', 589x351): places at the left (Computer, Home, "
     "works..., data), a list of HDF5 datasets with 'flatfield' selected in blue, an orange band as the "
     "preview at the right, a path field, Cancel with a red icon and Open"),
    (MU + "po2.png", "gtk_open_template_over_poedit", [FILE_DIALOG], 2,
     ["Open catalogue template", "Recently Used", "messages.pot", "POT Translation Templates", "__pycache__",
      "ntoll", "16.1 kB", "File System"], ["Finder", "Windows Explorer"],
     "a GTK 3 file chooser 'Open catalogue template' (Adwaita, a Places list, folders docs / mu / tests ... "
     "and messages.pot selected in blue, Cancel / Open) in front of Poedit's window, whose menu (File, "
     "Edit) and Open button show at the left edge; two windows"),
    # -- dialogs --------------------------------------------------------------------------------
    ("xarchiver/usr/share/doc/xarchiver/images/extract_dialog.png", "xarchiver_extract_dialog",
     [DIALOG + ["archive", "archive manager"]], 1,
     ["Extract files", "Extract to:", "/home/gt/Xarchiver_Test", "Selected files", "Overwrite existing files",
      "Extract files with full path", "Freshen existing files", "Update existing files"], ["7-Zip", "WinRAR"],
     "Xarchiver's 'Extract files' dialog (GTK 2, a blue-grey title bar, 368x335): a path field, Files and "
     "Options groups of radio buttons and check boxes, a greyed Password field, Cancel / Extract"),
    ("jmeter-help/usr/share/jmeter/docs/images/screenshots/template_wizard.png", "jmeter_templates_dialog",
     [DIALOG + ["template", "templates"]], 1,
     ["Templates", "Select Template", "Recording", "Reload templates", "Template showing how to record",
      "JMeter Configuration", "Browser Configuration", "Useful links"], ["Eclipse", "Chrome"],
     "JMeter's 'Templates' dialog (Java Swing on Linux, 720x475): a drop-down 'Recording' in a red box "
     "drawn by the manual, an HTML description with large serif headings and two blue links, Create / "
     "Cancel; it speaks of a browser, none is shown"),
    ("skanlite/" + KDE + "skanlite/settings.png", "skanlite_settings_dialog", [SETTINGS], 1,
     ["Skanlite Settings", "Image saving", "Preview before saving:", "Open the save dialog for every image",
      "/home/kdeframeworks", "xxImage-xx", "Revert scanner options to default values",
      "Disable automatic selections"], ["Photoshop"],
     "Skanlite's settings dialog (Breeze, a dark title bar, 501x498): Image saving and General groups, a "
     "blue ticked box, a greyed quality slider at 90%, OK / Close"),
    ("khangman/" + KDE + "khangman/getnewstuff.png", "khangman_addon_installer",
     [["installer", "dialog", "setup", "add-on installer"]], 1,
     ["Get Hot New Stuff", "KHangMan Add-On Installer", "FIFA World Cup Team Nicks", "Chewa for KHangman",
      "Country names in English", "sabineeller", "Most downloads", "Order by:"], ["App Store", "Steam"],
     "KHangMan's 'Get Hot New Stuff' window (Breeze, a dark title bar, a soft shadow): a list of word lists "
     "with a small thumbnail, Install / Details buttons and half-filled star ratings, Order by radio "
     "buttons and a search field, Close; an installer of add-ons, so installer, setup and dialog are "
     "accepted"),
    ("kanagram/" + KDE + "kanagram/vocab-editor.png", "kanagram_vocabulary_editor",
     [DIALOG + ["editor", "vocabulary editor"]], 1,
     ["Vocabulary Editor", "Kanagram", "Vocabulary name:", "Animals from across the planet", "Remove Word",
      "New Word", "kangaroo", "dolphin"], ["Anki"],
     "Kanagram's 'Vocabulary Editor' dialog (Breeze, a dark title bar, 432x438): name and description "
     "fields, a list of animal words, Remove Word / New Word, Word and Hint fields, Save / Close"),
    (TAURUS + "taurusgui-newgui01.png", "taurusgui_wizard_intro", [DIALOG + ["wizard"]], 1,
     ["taurusgui", "Introduction", "This wizard will guide you through the process", "TaurusGUI",
      "TaurusGui-based applications are very customizable", "default contents", "< Back", "Next >"],
     ["installer", "macOS"],
     "a wizard titled 'taurusgui' (Breeze, a dark title bar, 741x448): a document-and-wrench icon, an "
     "Introduction heading and a paragraph, a large empty area, Cancel / < Back / a blue Next >; it creates "
     "a GUI, it does not install one"),
    (PEONY + "16.png", "peony_login_dialog", [DIALOG + ["login", "login dialog", "sign in"]], 1,
     ["The login user", "hmh-qitianm425-n000.local", "User's identity", "guest", "Registered users",
      "password", "Remember the password"], ["Windows Hello"],
     "a UKUI login dialog 'The login user' (432x436, a white frameless window with - / square / x at the "
     "top right): a sentence naming a server, guest / Registered users radio buttons, grey name and "
     "password fields, a check box, cancel / ok; a mouse pointer at the left"),
    (GUIZERO + "question_windows.png", "guizero_name_question", [DIALOG + ["prompt", "input dialog"]], 2,
     ["guizero", "Hello Martin", "What's your name?", "Martin", "Cancel"], ["macOS", "Finder"],
     "a small Tk app window 'guizero' on Windows 10 (a button 'Hello' and the text 'Hello Martin' on grey, "
     "562x399) with a modal 'Hello' dialog in front asking 'What's your name?', 'Martin' typed, OK / "
     "Cancel; two windows"),
    # -- other program windows -----------------------------------------------------------------
    ("kwordquiz/" + KDE + "kwordquiz/kwq-flashcard.png", "kwordquiz_flashcard",
     [GENERIC + ["flashcard", "flash card", "quiz", "vocabulary trainer", "learning"]], 1,
     ["us_states_and_capitals.kvtml", "KWordQuiz", "Flashcard", "Multiple Choice", "Question & Answer",
      "Arkansas", "I Do Not Know", "State -> Capital In Order"], ["Anki"],
     "KWordQuiz (Breeze, a dark title bar, 955x625) in Flashcard mode: a mode list at the left, a white "
     "card 'State' / 'Arkansas' with a red border in the middle, Check / I Know / I Do Not Know / Restart "
     "at the right and counters 20, 3, 2, 1 below"),
    ("skanlite/" + KDE + "skanlite/main-window.png", "skanlite_scanner_window",
     [GENERIC + ["scanner", "scanning", "scan program"]], 1,
     ["Brother MFC-9120CN - Skanlite", "Basic Options", "Scanner Specific Options",
      "Automatic Document Feeder(left aligned)", "24bit Color", "600 DPI", "Invert colors", "Preview"],
     ["Photoshop", "GIMP"],
     "Skanlite (Breeze, a dark title bar, 809x443): scan source, mode and resolution drop-downs at the "
     "left, a grey preview area with a white empty page at the right, Help / About / Settings / Close and "
     "Preview / Scan buttons"),
    ("khangman/" + KDE + "khangman/khangman-main.png", "khangman_game",
     [GENERIC + ["game", "hangman", "word game", "educational game"]], 1,
     ["KHangMan", "Score: 0", "Remaining guesses: 9", "Wins:", "Losses:", "American English", "Notes Theme",
      "Reveal Word"], ["Scrabble"],
     "KHangMan (Breeze, a dark title bar, 838x669) with a lined-notebook background, doodles and a blue "
     "ink blot: large Score / Wins / Losses text, a hidden word 'K A _ _ A _ _ _', black letter keys A-Z "
     "with A and K green and X red, a status line (Animals, American English, 1:06)"),
    (TAURUS + "forms03.png", "taurus_device_form", [GENERIC + ["control panel", "form", "device panel"]], 1,
     ["taurusform", "sys/tg_test/1", "Show Device", "RUNNING", "Default string", "Not initialised",
      "boolean_spectrum", "float_image"], ["LabVIEW"],
     "a Taurus form window 'taurusform' (Qt on Ubuntu Ambiance, round title-bar buttons, 369x363): a grid "
     "of device attributes with a blue and a green LED, a blue 'RUNNING' bar, green value fields, Show / "
     "Edit buttons, Reset / Apply"),
    (SILX + "silx-view-table.png", "silx_hdf5_viewer_table",
     [GENERIC + ["data viewer", "HDF5 viewer", "table", "spreadsheet"]], 1,
     ["Silx viewer", "ID16B_diatomee.h5", "metadata", "uint16", "Axis selection", "Dimension 0", "14326",
      "HDF5"], ["Microsoft Excel", "LibreOffice"],
     "the silx viewer on GNOME (a light title bar, 743x515): an HDF5 tree with dataset 0004 selected in "
     "blue at the left, a table of five-digit numbers with numbered rows and columns at the right, Axis "
     "selection drop-downs and HDF5 / Curve / Image / Raw view buttons; the table looks like a spreadsheet, "
     "so that word is accepted"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (RACKET + "images/pict_192.png", "photo_legislative_chamber",
     "a wide view of a large legislative chamber: curved rows of seats full of people, a flag behind the "
     "rostrum, an ornate ceiling with a skylight in the middle"),
    (LABELME + "2011_000025.jpg", "photo_orange_bus",
     "the front of an old orange-and-white Leyland bus parked in sunlight, another bus beside it, trees "
     "behind"),
    (LABELME + "2011_000006.jpg", "photo_three_women_on_sofa",
     "three smiling young women sitting close together on a yellow velvet sofa in a warm-lit room"),
    (KIVY + "demo/pictures/images/Wall.jpg", "photo_ruined_arcade",
     "the ruined stone arches of an old wall, seen from below against a blue sky"),
    (KIVY + "demo/pictures/images/faust_github.jpg", "photo_cat_by_mug",
     "a grey-and-white cat asleep on a desk, curled round a white mug printed 'github social coding', a "
     "lamp and pencils behind"),
]


source_folder, frames = package_split("ext10", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
