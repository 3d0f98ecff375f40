"""The ``external13`` split of the screen set: a thirteenth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score. It is a
general judge set that leans on dialogs, with terminals, editors and IDEs and web pages beside them, and a
few of the other kinds (browser windows, installers, spreadsheets, a media player, a desktop).

    python benchmarks/screens_dataset.py --splits external13   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external13      # scores it (``all`` leaves it out)

The frames are read at build time from twenty-two Debian (bookworm) packages, each unpacked with ``dpkg -x``
into its own folder of ``$PIXEL_LLM_EXT17`` (default ``/work/ext17``); nothing is copied into the
repository. Fetch them (no root needed; about 143 MB of .deb, cacti, erlang-doc, ukui-control-center,
morse-simulator-doc and kmymoney-common the bulk) with::

    mkdir -p /work/ext17 && cd /work/ext17
    for p in cacti doxygen-doc erlang-doc gnubg-data homebank-data k3b-data kannel-docs kate5-data \\
             kmymoney-common libjs-jquery-colorbox libreoffice-help-common morse-simulator-doc nsis-doc \\
             phpmyadmin pyspread python-django-tables2-doc qtmultimedia5-doc-html sphinx-doc tellico-doc \\
             ukui-control-center veusz whitedune-docs; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: cacti 1.2.24+ds1-1+deb12u5, doxygen-doc 1.9.4-4, erlang-doc 1:25.2.3+dfsg-1+deb12u4,
gnubg-data 1.07.001-1, homebank-data 5.6.2-1, k3b-data 22.12.3-1, kannel-docs 1.4.5-12, kate5-data
4:22.12.3-1, kmymoney-common 5.1.3-1, libjs-jquery-colorbox 1.6.4-1.1, libreoffice-help-common
4:7.4.7-1+deb12u14, morse-simulator-doc 1.4-8, nsis-doc 3.08-3+deb12u1, phpmyadmin 4:5.2.1+dfsg-1+deb12u1,
pyspread 2.1.1-2, python-django-tables2-doc 2.4.1-3, qtmultimedia5-doc-html 5.15.8-2, sphinx-doc 5.3.0-4,
tellico-doc 3.4.6-1, ukui-control-center 3.0.5.1-2, veusz 3.6.2-1, whitedune-docs 0.30.10-2.2.

What is in it (32 screenshots): four terminals and consoles (a Python console of LibreOffice's APSO
extension, Python in a Windows console window, two ``perf`` text screens of Erlang's JIT), three editors
and IDEs (Kate twice, Erlang's debugger showing a module's code), four web pages without a browser frame
(a Sphinx page of Python's documentation, Cacti's settings, phpMyAdmin in Hungarian, MORSE's documentation
home), two browser views (a SeaMonkey window, a crop of Chrome's toolbar over a table), eleven dialogs (Kate's
tool editor, Tellico's loan dialog, KMyMoney's new-file wizard, K3b's settings, pyspread's CSV import,
Veusz's dataset dialog, GNU Backgammon's evaluation settings on Windows, Erlang's module file chooser,
a frameless LibreOffice dialog, HomeBank's multi-edit dialog over its list, UKUI's Add New Account), two
installers (NSIS's components page, a Motif-style Alligata setup), two spreadsheets with a dialog on them
(pyspread, LibreOffice Calc), a media player (Qt's example player with a video of horses), a Windows XP
desktop with GNU Backgammon maximized and two program windows of no named kind (Doxygen's GUI frontend,
Blender with a MORSE scene). Toolkits and systems: KDE 4 (Oxygen) and Plasma 5 (Breeze), UKUI, GTK 3
(HomeBank), wxWidgets on an old GNOME (Erlang's debugger), Windows XP, 7 and 10, old X programs (SeaMonkey,
a Motif-like installer, pyspread and Veusz on plain X desktops), Ubuntu (Blender), text mode, web pages. Five real
photos are the negatives (a dachshund on dry grass, a horse and a girl on a beach in black and white, a
grandfather with a toddler in a creek, a man with a dip net in a creek, a box robot on a toy-car rug).
None of the screenshots carries marks drawn by its manual; the notes say where a count or a kind needed
judgement.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations

import screens_external
from screens_external import package_hint, package_split
# the kinds' words, as external10 spells them
from screens_external10 import DIALOG, FILE_DIALOG, GENERIC, IDE, SETTINGS, TERMINAL, WEB

SPLIT = "external13"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("cacti", "doxygen-doc", "erlang-doc", "gnubg-data", "homebank-data", "k3b-data", "kannel-docs",
            "kate5-data", "kmymoney-common", "libjs-jquery-colorbox", "libreoffice-help-common",
            "morse-simulator-doc", "nsis-doc", "phpmyadmin", "pyspread", "python-django-tables2-doc",
            "qtmultimedia5-doc-html", "sphinx-doc", "tellico-doc", "ukui-control-center", "veusz",
            "whitedune-docs")
ENV, DEFAULT = "PIXEL_LLM_EXT17", "/work/ext17"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

PYTHON_CONSOLE = TERMINAL + ["python", "Python console", "Python shell", "REPL", "interpreter"]
BROWSER = ["browser", "web browser", "web page"]
INSTALLER = ["installer", "setup", "dialog", "wizard"]
SPREADSHEET = ["spreadsheet", "table", "grid"]
PLAYER = ["media player", "video player", "video", "player"]

KDE = "usr/share/doc/HTML/en/"
LO = "libreoffice-help-common/usr/share/libreoffice/help/media/"
ERTS = "erlang-doc/usr/share/doc/erlang-doc/erts-13.1.5/doc/html/figures/"
ERLDBG = "erlang-doc/usr/share/doc/erlang-doc/lib/debugger-5.3/doc/html/"
MORSE = "morse-simulator-doc/usr/share/doc/morse/html/_images/"
GNUBG = "gnubg-data/usr/share/doc/gnubg/images/"
PYSPREAD = "pyspread/usr/share/pyspread/share/doc/"
COLORBOX = "libjs-jquery-colorbox/usr/share/doc/libjs-jquery-colorbox/examples/content/"

# (path under $PIXEL_LLM_EXT17, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- terminals and consoles ----------------------------------------------------------------
    (LO + "helpimg/python/python_shell.png", "apso_python_console", [PYTHON_CONSOLE], 1,
     ["APSO python console [LibreOffice]", "XSCRIPTCONTEXT.getComponentContext()",
      "com.sun.star.frame.GlobalEventBroadcaster", "dir(geb.Events)", "OnPrepareViewClosing",
      "Help on PyUNO_callable object:", "class PyUNO_callable(object)", "Call self as a function."],
     ["PowerShell", "cmd.exe", "macOS"],
     "the APSO extension's Python console of LibreOffice on Windows 10 (a white title bar 'APSO console' with "
     "minimize / maximize / close, 720x413): black monospace text on a pale cream background, a banner, "
     "'>>>' lines creating a UNO broadcaster, a list of event names in square brackets, help() output and "
     "an empty prompt with a cursor; a console, not a command prompt; one window"),
    (LO + "helpimg/python/python_interactive_console.png", "windows_python_console_msgbox_help",
     [PYTHON_CONSOLE + ["command prompt"]], 1,
     ["Ne répond pas", "Python 3.8.4", "import msgbox", "Help on module msgbox:",
      "This file is part of the LibreOffice project.", "uno.com.sun.star.awt.XActionListener",
      "unohelper.Base", "Stops the MessageBox, sets the button label as returned value"],
     ["PowerShell", "macOS", "Ubuntu"],
     "a Windows 10 console window titled 'python (Ne répond pas)' (French for 'not responding', 723x586, a "
     "red close button): white monospace text on black, the Python banner, 'import msgbox' and "
     "'help(msgbox)', then the module's help page (NAME, DESCRIPTION with a licence comment, CLASSES with "
     "ButtonListener) and a '-- Suite --' pager line at the bottom, a scroll bar at the right; one window"),
    (ERTS + "perf-beamasm.png", "perf_report_erlang_jit", [TERMINAL + ["TUI", "profiler", "perf"]], None,
     ["Samples: 1M of event 'cycles'", "Shared Object", "1_scheduler", "beam.smp",
      "$dialyzer_typesig:enter_type/3", "scheduler_wait", "[JIT] tid 81258", "1_dirty_cpu_sch"],
     ["PowerShell", "cmd.exe", "htop"],
     "a frameless terminal screen of 'perf report' (732x901) in Ubuntu's aubergine terminal colours: a "
     "blue header line, a column header (Overhead, Command, Shared Object, Symbol), one row expanded into a "
     "call tree of Erlang functions with percentages written with decimal commas (5,87%), a yellow "
     "highlighted row '- 5,83% eq', and '+' rows with red and green percentages; no window frame, so no "
     "count"),
    (ERTS + "beamasm-perf-annotate.png", "perf_annotate_erlang_jit",
     [TERMINAL + ["TUI", "profiler", "perf", "disassembly"]], None,
     ["Samples: 54K of event 'cycles', 4000 Hz", "erl_types:t_has_var/1", "/tmp/jitted-84653-19775.so",
      "[Percent: local period]", "QWORD PTR [rbx]", "XMMWORD PTR [rsi+0xe]", "movups", "Percent"],
     ["PowerShell", "cmd.exe", "gdb"],
     "a frameless terminal screen of 'perf annotate' (681x707) on the same aubergine background: two blue "
     "header lines, a yellow bar with an address, and x86 assembly (push, mov, cmp, jne, je, movups) with a "
     "percentage column at the left, hot lines in red and green, arrows for jumps; no window frame, so no "
     "count"),
    # -- editors and IDEs ----------------------------------------------------------------------
    ("kate5-data/" + KDE + "kate/kate.png", "kate_docbook_file", [IDE + ["Kate", "XML editor"]], 1,
     ["fundamentals.docbook", "configuring.docbook", "development.docbook", "Filesystem Browser",
      "Search and Replace", "The Fundamentals", "If you have ever used a text editor",
      '<chapter id="fundamentals">'],
     ["Visual Studio", "Notepad", "vim"],
     "Kate on Plasma 5 (Breeze, a light title bar 'fundamentals.docbook — Kate', a soft shadow, 674x539): "
     "Documents and Filesystem Browser tabs at the left, a tree of .docbook files and a file list below, "
     "an XML (DocBook) file with coloured tags and fold markers, two document tabs and '+4', a status bar "
     "('Line 1, Colum INSERT' cut, Tabs: 4, UTF-8, XML); one window"),
    ("kate5-data/" + KDE + "kate/project-view.png", "kate_project_kwrite_main_cpp",
     [IDE + ["Kate", "code"]], 1,
     ["~/src/applications/kate/kwrite/main.cpp", "CMakeLists.txt", "kwrite.cpp", "#include <ktexteditor/document.h>",
      "QApplication app(argc, argv);", "setupIconTheme();", "Current Project", "Soft Tabs: 4 (8)"],
     ["Visual Studio", "Eclipse", "vim"],
     "Kate on Plasma 5 (a light title bar '~/src/applications/kate/kwrite/main.cpp — Kate', 1091x644): menus "
     "and a toolbar (New, Open, Save, Save As, Close, Undo, Redo), a Projects panel with a folder tree and "
     "main.cpp selected, four file tabs, C++ code with orange #include lines and grey comments, a status "
     "bar and Current Project / Search and Replace tabs below; one window"),
    (ERLDBG + "attach.jpg", "erlang_debugger_attach_process", [IDE + ["debugger", "Erlang"]], 1,
     ["Attach Process <0.32.0>", "-module(fact).", "-export([fac/1]).", "fac(N) when N > 0, is_integer(N)",
      "Goto Line:", "Evaluator:", "State: break [fact.erl/6]", "Continue"], ["Visual Studio", "Eclipse", "gdb"],
     "Erlang's debugger on an old GNOME (Clearlooks, a blue title bar 'Attach Process <0.32.0>', 646x876, "
     "JPEG): File / Edit / Process / Break / Options / Windows / Help menus, a seven-line Erlang module with "
     "line numbers and line 6 highlighted green with a break marker, Find and Goto Line fields, Step / Next "
     "/ Continue / Finish buttons, an Evaluator box, a bindings table (N = 3) and a status line; a code "
     "view of a debugger, so the IDE words and 'debugger' are accepted; one window"),
    # -- web pages without a browser frame -----------------------------------------------------
    ("sphinx-doc/usr/share/doc/sphinx-doc/html/_static/themes/fullsize/classic.png", "sphinx_classic_sched_page",
     [WEB + ["documentation", "document", "python"]], None,
     ["Python v2.6.4 documentation", "The Python Standard Library", "Event scheduler", "Table Of Contents",
      "sched.scheduler(time.time, time.sleep)", "print_some_times()", "threading.Timer", "Quick search"],
     ["browser", "Firefox", "terminal"],
     "a page of Python 2.6's documentation in Sphinx's classic theme, without a browser frame (1009x679): "
     "a dark blue top bar with the breadcrumb and previous / next / modules / index links, a dark teal "
     "sidebar (Table Of Contents, Previous topic, Next topic, This Page, Quick search with Go), a heading "
     "'9.8. sched — Event scheduler' and a pale green interactive-session example; no count"),
    ("cacti/usr/share/doc/cacti/html/images/boost-settings.png", "cacti_boost_settings_page",
     [WEB + ["web app", "settings", "admin page", "configuration"]], None,
     ["Cacti Settings (Performance)", "On-demand RRD Update Settings", "How Often Should Boost Update All RRDs",
      "50,000 Data Source Items (Default)", "Maximum Argument Length",
      "Enable direct population of poller_output_boost table", "/var/www/html/cacti/cache/boost/",
      "Alerting/Thold"], ["browser", "Grafana", "terminal"],
     "a Cacti settings page without a browser frame (1323x718): two rows of grey tabs (General, Paths, ... "
     "Performance selected, ... Device Tracking), dark and light green section bars, rows of settings with "
     "green help icons, drop-downs, text fields and green toggle switches with a cactus knob, a green tick "
     "after a path; no count"),
    ("phpmyadmin/usr/share/phpmyadmin/themes/metro/screen.png", "phpmyadmin_metro_hungarian",
     [WEB + ["web app", "admin page", "database", "browser"]], None,
     ["Általános beállítások", "Megjelenési beállítások", "ADATBÁZISOK", "FELHASZNÁLÓK", "Magyar - Hungarian",
      "information_schema", "Apache/2.4.2 (Win64) PHP/5.4.3", "phpMyAdmin"], ["Firefox", "MySQL Workbench"],
     "phpMyAdmin 4 in its Metro theme, in Hungarian (1010x623): a teal header with the server 'localhost', a "
     "grey side panel with a database tree (drupal, information_schema, mysql, performance_schema, test), "
     "a tab bar with a 'TÖBB' drop-down menu open over the page (BEÁLLÍTÁSOK ... MOTOROK), settings headings "
     "and server facts; no browser frame, but a browser's status-bar tooltip with a localhost URL shows at "
     "the bottom left, so 'browser' is accepted as well; no count"),
    (MORSE + "documentation.jpg", "morse_documentation_home", [WEB + ["documentation", "document"]], None,
     ["MORSE 1.1.1 documentation", "Welcome! This is the documentation for MORSE 1.1.1.", "Core documentation",
      "Install MORSE on your platform", "Build your simulations", "Integrate MORSE in your architecture",
      "Component library", "Quick search"], ["browser", "Firefox", "terminal"],
     "the home page of MORSE's Sphinx documentation without a browser frame (651x300, JPEG): a small "
     "breadcrumb and modules | index links, a cartoon robot logo and Quick search at the left, a heading and "
     "two columns of blue links with grey descriptions; no count"),
    # -- browser views -------------------------------------------------------------------------
    ("whitedune-docs/usr/share/doc/whitedune-docs/docs/german_workshop_documents/vrml3.png",
     "seamonkey_vrml_page", [BROWSER + ["SeaMonkey"]], 1,
     ["Webseite mit VRML Fenster", "SeaMonkey", "Website mit VRML", "Impressum", "Reload", "Bookmarks",
      "Web-Browser-Plugin", "VRML97-Dateien"], ["Chrome", "Internet Explorer", "terminal"],
     "a narrow SeaMonkey window on an old X desktop (a dark blue title bar 'Webseite mit VRML Fenster - "
     "SeaMonkey', 394x580): menus, Back / Forward / Reload / Stop with large icons, a cut address field "
     "'http://1...', a German page in a typewriter font with an embedded VRML view of a golden pyramid and "
     "a penguin on snow ('white_dune'), a status bar with small icons; one window"),
    ("python-django-tables2-doc/usr/share/doc/python-django-tables2-doc/html/_images/tutorial-bootstrap.png",
     "chrome_toolbar_people_table_crop", [BROWSER + ["table"]], None,
     ["localhost:8002/people/?sort=-name", "Full name", "Jieter", "Bradley"], ["Firefox", "Safari", "terminal"],
     "a crop of a dark browser toolbar (back, forward, reload, an info icon and the address "
     "'localhost:8002/people/?sort=-name' in Chrome's style, 774x336) over a page with a one-column table: a "
     "blue header 'Full name' and two rows; few words; a crop, so no count"),
    # -- dialogs -------------------------------------------------------------------------------
    ("kate5-data/" + KDE + "kate/kateeditexternaltool.png", "kate_edit_external_tool", [SETTINGS], 1,
     ["Edit Tool", "Clang Format Full File", "clang-format", "%{Document:FileName}", "Optional standard input",
      "%{Document:Path}", "Reload current document after execution", "Editor command:"],
     ["Visual Studio", "terminal", "browser"],
     "Kate's 'Edit Tool — Kate' dialog on Plasma 5 (Breeze, a dark title bar, a soft shadow on a transparent "
     "margin, 697x726): a form of Name, Executable, Arguments, Input, Working directory, Mime types, Save, "
     "Trigger and Output with drop-downs, a ticked box, Defaults / OK / Cancel; the 'Editor command' field "
     "is a word in the image, the frame is a dialog; one window"),
    ("tellico-doc/" + KDE + "tellico/loan-dialog.png", "tellico_loan_dialog", [DIALOG], 1,
     ["Loan Dialog", "Tellico", "The following items are being checked out:", "Jazz piano lineage", "Lend to:",
      "Loan date:", "Due date:", "Add a reminder to the active calendar"], ["terminal", "browser", "Outlook"],
     "Tellico's 'Loan Dialog - Tellico' on KDE 4 (Oxygen, light grey, 403x354): a stack of coloured books "
     "icon, a grey box naming the item being lent, a Lend to field with an address-book button, date "
     "spin boxes and month drop-downs (20 October 2011) with calendar buttons, an empty Note box, a greyed "
     "check box, a greyed OK and a Cancel; one window"),
    ("kmymoney-common/" + KDE + "kmymoney/newfile-2.png", "kmymoney_new_file_currency",
     [DIALOG + ["wizard", "setup", "finance"]], 1,
     ["KMyMoney New File Setup", "Select Currency", "ISO Code", "Turkmenistan Manat", "US Dollar",
      "United Arab Emirates Dirham", "Please select the base currency from the following list.", "Step 2 of 5"],
     ["terminal", "browser", "Excel"],
     "KMyMoney's new-file wizard on Plasma 5 (Breeze, a dark title bar 'KMyMoney', 678x583): a blue banner "
     "'KMyMoney New File Setup' with the KMyMoney logo, steps at the left (Personal Data, Select Currency in "
     "bold, Select Accounts, Set preferences, Finish), a table of currencies with 'US Dollar' highlighted "
     "blue, Help / Back / Next / Cancel; a setup wizard of a file, not an installer; one window"),
    ("k3b-data/" + KDE + "k3b/K3bsetup.png", "k3b_settings_program_permissions", [SETTINGS], 1,
     ["K3b", "Setup External Programs", "Permissions", "User Parameters", "/usr/bin/cdrdao", "4710 root.operator",
      "Change Permissions...", "Notifications"], ["terminal", "browser", "Nero"],
     "K3b's 'Settings - K3b' dialog on KDE 4 (Oxygen, 550x556): a column of large icons (Misc, Devices, "
     "Programs selected blue, Notifications, Plugins, Themes, CDDB, Advanced), a Permissions tab with a "
     "table of three ticked programs and their permissions, Change Permissions..., Refresh, OK and Cancel; "
     "'Setup External Programs' is a heading, not an installer; one window"),
    (PYSPREAD + "manual/images/screenshot_csv_import.png", "pyspread_csv_import", [DIALOG + ["import dialog"]], 1,
     ["CSV import", "Parameters", "Quote style", "QUOTE_ALL", "Header present", "Skip initial space",
      "Escape character", "Doublequote"], ["terminal", "browser", "Excel"],
     "pyspread's 'CSV import' dialog on an X desktop (a blue-grey title bar, 619x439): an Encoding drop-down "
     "utf-8, quote and escape fields, check boxes, a preview table with typed columns 'int' and 'float' "
     "(0, 1, 10, 100 ...), Reset / OK / Cancel / Apply with icons; one window"),
    ("veusz/usr/share/doc/veusz/html/_images/createdataset.png", "veusz_create_dataset", [DIALOG], 1,
     ["Create dataset", "Veusz", "Method of creating dataset", "Expression using existing datasets",
      "Dataset values or expressions", "(olddataset - 10)*5", "olddataset_data * 0.1",
      "Link this dataset to these expressions"], ["terminal", "browser", "Excel"],
     "Veusz's 'Create dataset - Veusz' dialog (a KDE-like grey title bar with ? and round buttons, 484x543): "
     "a Name drop-down 'newdataset', three radio choices with greyed spin boxes, an explanation paragraph, "
     "Value / Symmetric error / Positive error / Negative error drop-downs with expressions, a ticked box, "
     "Create and Close; one window"),
    (GNUBG + "evalsetting.png", "gnubg_evaluation_settings", [SETTINGS], 1,
     ["GNU Backgammon", "Evaluation settings", "Chequer play", "Cube decisions", "Select a predefined setting:",
      "Cubeful chequer evaluation", "Deterministic noise", "Move filter"], ["terminal", "browser", "chess"],
     "GNU Backgammon's evaluation settings on Windows XP (a blue XP title bar, a classic grey GTK body, "
     "492x460): a cartoon gnu head with a question mark at the left, two columns Chequer play / Cube "
     "decisions with Predefined settings drop-downs 'user defined', Lookahead Plies spin boxes, greyed "
     "Reduced evaluations, Noise 0.000, OK and Cancel; one window"),
    (ERLDBG + "interpret.jpg", "erlang_interpret_modules_chooser", [FILE_DIALOG], 1,
     ["Interpret Modules", "Forward", "/tmp/Debugger/", "Modified", "fact.beam", "fact.erl", "erl src",
      "2013-02-28 14:11:33"], ["Finder", "terminal", "browser"],
     "Erlang debugger's 'Interpret Modules' file chooser on GNOME (a blue title bar, 414x349, JPEG): Back / "
     "Forward greyed and an Up button, a path field '/tmp/Debugger/', a list with Name / Type / Modified "
     "columns ('..' directory, fact.beam greyed, fact.erl), Cancel and OK with icons; one window"),
    (LO + "screenshots/svx/ui/compressgraphicdialog/CompressGraphicDialog.png", "libreoffice_compress_image",
     [DIALOG], None,
     ["Compression", "JPEG Quality", "PNG Compression", "Reduce image resolution", "Interpolation:",
      "Image Information", "Apparent dimensions:", "Calculate New Size:"], ["terminal", "browser", "Photoshop"],
     "the content of LibreOffice's Compress Image dialog without its window frame (540x474, a light grey "
     "Breeze-like style): two radio buttons with sliders and spin boxes (90, 9), a Resolution group with "
     "Width / Height / Resolution / Interpolation, an Image Information list of '???', Calculate New Size, "
     "Help / OK / Cancel; no title bar, so no count"),
    ("homebank-data/usr/share/doc/homebank-data/help/images/dlg-txnmultiple.png", "homebank_edit_multiple",
     [DIALOG + ["finance"]], None,
     ["Edit multiple transactions", "03/11/2022", "Debit card", "the new payee", "the new category",
      "the new memo", "Type as transfer", "Savings Account"], ["terminal", "browser", "Excel"],
     "HomeBank's 'Edit multiple transactions' dialog (GTK 3, a white header with a small x, 371x369) over a "
     "crop of its transaction list, where rows are selected in blue (Amiga Tech, CIL, Jericho Music ...): "
     "ticked and unticked boxes before Date, Amount, Account, Payment, Info, Payee, Category, Memo, Tags "
     "and Type as transfer fields, Cancel and OK; the list behind is cut, so no count"),
    ("ukui-control-center/usr/share/kylin-user-guide/data/guide/ukui-control-center/en_US/image/29.png",
     "ukui_add_new_account", [DIALOG + ["settings"]], None,
     ["Add New Account", "UserName", "PasswordSure", "Password Identify", "Account Type", "standard user",
      "Users cannot change system settings", "Users can make any changes they need"],
     ["terminal", "browser", "macOS"],
     "UKUI's 'Add New Account' dialog (450x621): a white rounded box without a title bar, three fields with "
     "grey placeholders (one with a blue focus frame), two radio cards standard user / administrator, "
     "Cancel and a greyed Confirm; a darkened grey strip of the settings window shows round it, so the count "
     "is left open"),
    # -- program windows of no named kind -----------------------------------------------------
    ("doxygen-doc/usr/share/doc/doxygen/html/doxywizard_expert.png", "doxywizard_expert_tab",
     [GENERIC + ["dialog", "settings", "configuration", "wizard", "GUI frontend"]], 1,
     ["Doxygen GUI frontend", "Specify the working directory from which doxygen will run", "DOXYFILE_ENCODING",
      "PROJECT_NAME", "My Project", "OUTPUT_DIRECTORY", "No Project logo selected.", "The default value is:"],
     ["Visual Studio", "terminal", "browser"],
     "Doxygen's GUI frontend on Windows 10 (a white title bar, 709x629): File / Settings / Help, a "
     "working-directory field with Select..., Wizard / Expert (open) / Run tabs, a Topics list with Project "
     "selected, a help text for DOXYFILE_ENCODING, and a scrolled form of upper-case option names with "
     "fields, a drop-down 'English' and check boxes, Previous / Next; a main window that looks like a "
     "settings dialog, so 'dialog' and 'settings' are accepted; one window"),
    (MORSE + "ocean.jpg", "blender_morse_ocean_scene",
     [GENERIC + ["editor", "3D editor", "3D modeling", "3D modelling", "Blender", "game engine"]], 1,
     ["scenario2_a1_v02.blend", "Blender Game", "Add Game Property", "Grease Pencil", "Lock Camera to View",
      "Motion_Controller.001", "Proximity_Antena", "All Scenes"], ["Unity", "Maya", "terminal"],
     "Blender 2.58 maximized on Ubuntu (a dark title bar 'Blender* [/home/tgateau/actionSVN/.../"
     "scenario2_a1_v02.blend]', 1280x1024, JPEG): a 3D view of blue sea from above with three translucent "
     "coloured zones, a small white boat and a helicopter, a Transform / Grease Pencil / View side panel, an "
     "outliner tree of scene objects, and logic bricks (sensors, controllers, actuators) at the bottom; one "
     "window"),
    # -- installers ----------------------------------------------------------------------------
    ("nsis-doc/usr/share/doc/nsis/Docs/Modern UI/images/screen1.png", "nsis_choose_components",
     [INSTALLER], 1,
     ["NSIS 2.0 Setup", "Choose Components", "Choose which features of NSIS you want to install.",
      "Select the type of install:", "Modern User Interface", "Space required: 5.1MB",
      "Nullsoft Install System v2.0", "Tiny User Interface"],
     ["macOS", "terminal", "browser"],
     "the NSIS 2.0 installer on Windows XP (a blue XP title bar 'NSIS 2.0 Setup', 503x393): a white header "
     "'Choose Components' with a round logo, an install type drop-down 'Custom', a tree of components with "
     "ticks and 'Modern User Interface' highlighted, a Description box, '< Back' / 'Next >' / Cancel; one "
     "window (the same file is in the package twice, under 'Modern UI' and 'Modern UI 2')"),
    ("kannel-docs/usr/share/doc/kannel-docs/alligata/progress.png", "alligata_install_progress", [INSTALLER], 1,
     ["3G LAB's Mobile Internet Server", "Setup", "Install Progress", "Alligata examples",
      "alligata-examples-1.1-1-sun4u-local", "Total Install", "View Readme", "Professional"],
     ["macOS", "terminal", "browser"],
     "the Alligata installer on an old X desktop (a dark blue title bar, a grey Motif-like body, 560x496): a "
     "green Alligata logo with a black crocodile's eyes at the left, an Install Progress box with a file "
     "name (cut: 'iles/alligata-examples-1.1-1-sun4u-local') and two empty progress bars, Cancel and View "
     "Readme; one window"),
    # -- spreadsheets with a dialog ------------------------------------------------------------
    (PYSPREAD + "tutorial/images/Tutorial1.png", "pyspread_new_grid_dialog", [SPREADSHEET, DIALOG], 2,
     ["pyspread", "Create a new Grid", "Grid Shape", "Number of Rows :", "Number of Columns :",
      "Number of Tables :", "Macro", "Format"], ["Excel", "terminal", "browser"],
     "pyspread maximized-looking on an X desktop (a blue-grey title bar '- pyspread', 874x629): menus, two "
     "toolbars, an empty entry line, a grid with columns 0-7 and rows 0-11 (cell 0,0 blue), table tabs 0 1 2, "
     "and a dialog 'Create a new Grid' in the middle with 200 rows, 10 columns and 5 tables, OK and Cancel; "
     "two windows (the main window and the dialog)"),
    (LO + "helpimg/sc_data_form01.png", "libreoffice_calc_data_form", [SPREADSHEET, DIALOG], None,
     ["Data Form", "Zip code", "Kingston", "FQW823", "1234-56", "Previous Record", "Next Record", "4 / 4"],
     ["Excel", "terminal", "browser"],
     "a crop of LibreOffice Calc (935x476, no title bar or menus: the Name Box 'A1', the formula bar "
     "'Name', columns A-H and rows 1-19) with four rows of names, cities and zip codes, and a 'Data Form' "
     "dialog over it (a dark title bar with a Calc icon, Name / City / Zip code fields for Suzan, New / "
     "Delete / Restore / Previous Record / Next Record / Help / Close); the sheet is cropped, so no count"),
    # -- a media player ------------------------------------------------------------------------
    ("qtmultimedia5-doc-html/usr/share/qt5/doc/qtmultimedia/images/mediaplayerex.jpg", "qt_player_wildlife_video",
     [PLAYER + GENERIC], 1,
     ["Wildlife in HD", "Wildlife.wmv", "00:02 / 00:30", "FullScreen", "Color Options...", "Histogram:",
      "Open", "1.0x"], ["VLC", "YouTube", "QuickTime"],
     "Qt's media player example on Windows 7 (a pale Aero title bar ' - Wildlife in HD', 574x325, JPEG): a "
     "video frame of brown and white horses galloping through shallow surf, a playlist with 'Wildlife.wmv', "
     "a seek slider, Open / stop / previous / pause / next / mute buttons, a volume slider, a '1.0x' "
     "drop-down, FullScreen and Color Options..., an empty black Histogram bar; a blurred strip of the "
     "desktop shows below the window; one window"),
    # -- a desktop -----------------------------------------------------------------------------
    (GNUBG + "5ada89e8.png", "windows_xp_desktop_gnubg", [["desktop", "screen", "game", "backgammon",
                                                           "board game"]], None,
     ["All About GNU - 2006 Revision.doc - Microsoft Word", "GNU Backgammon", "Analyze", "Start",
      "Gmail - Inbox (375)", "untitled - Paint", "9:47 PM"], ["chess", "macOS", "Ubuntu"],
     "a whole Windows XP desktop (1280x1024): GNU Backgammon fills the screen with a 3-D wooden board "
     "(white and black chequers, two dice, a doubling cube '2' / '16', point numbers 1-24) under a menu bar "
     "File Edit View Game Analyze Settings Go Help; above it a grey inactive title bar reads 'All About GNU - "
     "2006 Revision.doc - Microsoft Word'; the taskbar shows Start, quick-launch icons, four task buttons "
     "(Gmail in a browser, the Word document, GNU Backgammon pressed, Paint) and the clock; one program "
     "is visible and others are only named on the taskbar, so the count is left open"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (COLORBOX + "daisy.jpg", "photo_dachshund_on_grass",
     "a black-and-tan dachshund standing on dry, pale grass and looking to the left, a blurred background "
     "of the same grass"),
    (COLORBOX + "marylou.jpg", "photo_horse_and_girl_on_beach",
     "a black-and-white photo of a wild horse standing on a wide sandy beach facing a girl with a backpack, "
     "surf and a pale sky behind"),
    (COLORBOX + "ohoopee1.jpg", "photo_grandfather_toddler_creek",
     "a laughing old man in a cap, glasses and a striped polo shirt sitting on a folding chair in a shallow "
     "creek, holding a red-haired toddler whose foot splashes the water, cypress roots and a green boat "
     "behind"),
    (COLORBOX + "ohoopee3.jpg", "photo_man_with_dip_net",
     "a man in a white T-shirt standing in a dark creek and lifting a dripping dip net on a long pole, "
     "sunlit green grass in front and a dark wood with cypress knees behind"),
    (MORSE + "ranger_robot.jpg", "photo_box_robot_on_toy_rug",
     "a cardboard box with two googly eyes standing on a blue play rug with printed roads, many toy cars and "
     "lorries scattered over it, a white chest of drawers, a bookshelf and a parquet floor round it"),
]


source_folder, frames = package_split("ext13", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
