"""The ``external14`` split of the screen set: a fourteenth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score. It is a
general judge set that leans on dialogs (message boxes, settings dialogs, wizards, file choosers) and on web
pages without a browser frame, with terminals, IDEs, browser windows, file managers and a few program
windows beside them.

    python benchmarks/screens_dataset.py --splits external14   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external14      # scores it (``all`` leaves it out)

The frames are read at build time from twenty-eight Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT19`` (default ``/work/ext19``); nothing is copied into
the repository. Fetch them (no root needed; about 103 MB of .deb, grass-doc, deepin-movie and
firmware-microbit-micropython-doc the bulk) with::

    mkdir -p /work/ext19 && cd /work/ext19
    for p in deepin-calculator deepin-movie deepin-terminal firmware-microbit-micropython-doc grass-doc \\
             grisbi-common httrack-doc icingaweb2 keystone-doc kmouth libjs-bootstrap5-doc \\
             mate-power-manager-common python-django-constance-doc python-django-extensions-doc \\
             python-django-treebeard-doc python-django-uwsgi-ng-doc python-flask-autoindex-doc \\
             python-flask-peewee-doc qtquickcontrols5-doc-html qtscript5-doc-html qtserialport5-doc-html \\
             qtwebsockets5-doc-html qtxmlpatterns5-doc-html refind stella why3-doc-html xfig-doc zenity-common; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: deepin-calculator 5.7.21-1, deepin-movie 5.10.8-2, deepin-terminal 5.9.40+dfsg-1,
firmware-microbit-micropython-doc 1.0.1-4, grass-doc 8.2.1-1, grisbi-common 2.0.5-1, httrack-doc 3.49.4-1,
icingaweb2 2.11.4-2+deb12u1, keystone-doc 2:22.0.2-0+deb12u6, kmouth 4:22.12.3-1, libjs-bootstrap5-doc
5.2.3+dfsg-8, mate-power-manager-common 1.26.0-2+deb12u1, python-django-constance-doc 2.9.1-2,
python-django-extensions-doc 3.2.1-2, python-django-treebeard-doc 4.6.1-1, python-django-uwsgi-ng-doc
1.1.2-3, python-flask-autoindex-doc 0.6.6-3, python-flask-peewee-doc 3.0.5-2, qtquickcontrols5-doc-html,
qtserialport5-doc-html, qtwebsockets5-doc-html and qtxmlpatterns5-doc-html 5.15.8-2, qtscript5-doc-html
5.15.8+dfsg-2, refind 0.13.2-1+b1, stella 6.7+dfsg-1, why3-doc-html 1.5.1-1, xfig-doc 1:3.2.8b-2,
zenity-common 3.44.0-1 (kmouth, deepin-*, refind and stella are amd64 packages).

What is in it (36 screenshots): thirteen dialogs (two file choosers, two wizards, a message box, settings
and properties dialogs, form dialogs, one dialog over another), seven web pages without a browser frame
(admin pages of Django, Flask and Wagtail apps, a login page, a directory listing, a monitoring page),
four terminals and consoles (a terminal emulator with split panes, a text-mode line editor of a boot
manager, a Python console inside a web page, an empty serial terminal window), three IDEs, three browser
windows with their frame (two Safari, one Netscape), two file-tree windows, a media player and three
program windows of no named kind (two of them in one frame). Toolkits and systems: GTK 2 and 3, Qt 4/5,
Plasma 5, Deepin's DTK, wxWidgets on Ubuntu, Xaw (xfig), Stella's own GUI, Windows 2000, 7 and 10,
macOS (Aqua, Yosemite and dark mode), Ubuntu, text mode, web pages. Five real photos are the negatives
(nesting dolls, hanging file folders with handwritten tabs, a piezo buzzer on graph paper, a jellyfish,
an orange flower). None of the screenshots carries marks drawn by its manual; the notes say where a count
or a kind needed judgement.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations

import screens_external
from screens_external import package_hint, package_split
# the kinds' words, as external10 spells them
from screens_external10 import DIALOG, FILE_DIALOG, FILE_MANAGER, GENERIC, IDE, SETTINGS, TERMINAL, WEB

SPLIT = "external14"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("deepin-calculator", "deepin-movie", "deepin-terminal", "firmware-microbit-micropython-doc",
            "grass-doc", "grisbi-common", "httrack-doc", "icingaweb2", "keystone-doc", "kmouth",
            "libjs-bootstrap5-doc", "mate-power-manager-common", "python-django-constance-doc",
            "python-django-extensions-doc", "python-django-treebeard-doc", "python-django-uwsgi-ng-doc",
            "python-flask-autoindex-doc", "python-flask-peewee-doc", "qtquickcontrols5-doc-html",
            "qtscript5-doc-html", "qtserialport5-doc-html", "qtwebsockets5-doc-html", "qtxmlpatterns5-doc-html",
            "refind", "stella", "why3-doc-html", "xfig-doc", "zenity-common")
ENV, DEFAULT = "PIXEL_LLM_EXT19", "/work/ext19"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

BROWSER = ["browser", "web browser", "web page"]
PLAYER = ["media player", "video player", "video", "player"]
WEB_ADMIN = WEB + ["web app", "admin page"]
FILE_TREE = FILE_MANAGER + GENERIC + ["file tree", "tree view", "directory tree"]

ZENITY = "zenity-common/usr/share/help/C/zenity/figures/"
XFIG = "xfig-doc/usr/share/doc/xfig/html/images/"
HTTRACK = "httrack-doc/usr/share/httrack/html/img/"
GRASS = "grass-doc/usr/share/doc/grass-doc/html/"
GRISBI = "grisbi-common/usr/share/doc/grisbi/fr/image/screenshot/"
REFIND = "refind/usr/share/doc/refind/refind/"
DEEPIN_TERMINAL = ("deepin-terminal/usr/share/deepin-manual/manual-assets/application/deepin-terminal/terminal/"
                   "en_US/fig/")
WHY3 = "why3-doc-html/usr/share/doc/why3-doc-html/html/_images/"
QT = "usr/share/qt5/doc/"
QT_XML = "qtxmlpatterns5-doc-html/" + QT + "qtxmlpatterns/images/"
QT_QUICK = "qtquickcontrols5-doc-html/" + QT + "qtquickcontrols1/images/"
MICROBIT = "firmware-microbit-micropython-doc/usr/share/doc/firmware-microbit-micropython/html/_images/"
BOOTSTRAP = "libjs-bootstrap5-doc/usr/share/doc/libjs-bootstrap5/examples/"

# (path under $PIXEL_LLM_EXT19, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- dialogs -------------------------------------------------------------------------------
    (ZENITY + "zenity-fileselection-screenshot.png", "zenity_select_a_file", [FILE_DIALOG], 1,
     ["Select a File", "Other Locations", "file-selection.page", "zenity/help/C", "Screenshot from 201",
      "266 bytes", "9 Sep 2018", "Accessed"], ["Finder", "terminal", "Explorer"],
     "zenity's GTK 3 file chooser (Adwaita, 709x439, a shadow on a transparent margin): a header bar with "
     "Cancel, the title 'Select a File', a search button and a greyed OK, a sidebar (Recent selected blue, "
     "Home, Documents, Downloads, Music, Pictures, Videos, C, + Other Locations) and a list of two help "
     "files and many 'Screenshot from 201...' files with Location, Size and Accessed columns; one window"),
    (ZENITY + "zenity-forms-screenshot.png", "zenity_add_friend_form", [DIALOG + ["form", "form dialog"]], 1,
     ["Add Friend", "Enter information about your friend.", "First Name", "Family Name", "Email", "Birthday",
      "January", "Cancel"], ["terminal", "browser", "Outlook"],
     "zenity's forms dialog 'Add Friend' (GTK 3, Adwaita, 423x486): a framed group with three empty text "
     "fields (the first focused blue) and a Birthday calendar of January 2019 with the 17th selected, "
     "Cancel and OK; one window"),
    ("kmouth/usr/share/doc/HTML/en/kmouth/kmouthwizard1.png", "kmouth_initial_configuration_tts",
     [DIALOG + ["wizard", "setup", "settings", "configuration"]], 1,
     ["Initial Configuration - KMouth", "Text-to-Speech Configuration", "Use default speech system", "speechd",
      "en-westindies+male1", "Command for speaking texts:", "Send the data as standard input",
      "Character encoding:"], ["terminal", "browser", "Excel"],
     "KMouth's first-run wizard on Plasma 5 (Breeze, a light title bar with ? and round close, 617x393): a "
     "heading, a ticked box, Engine and Voice drop-downs, a greyed Alternative group, a greyed '< Back', "
     "'Next >' and Cancel; a configuration wizard, not an installer; one window"),
    ("mate-power-manager-common/usr/share/help/C/mate-power-manager/figures/gpm-prefs-ac.png",
     "mate_power_management_preferences", [SETTINGS], 1,
     ["Power Management Preferences", "On AC Power", "On Battery Power", "General", "40 minutes", "25 minutes",
      "Blank screen", "Make Default"], ["terminal", "browser", "macOS"],
     "MATE's 'Power Management Preferences' (GTK 2, a grey Clearlooks-like title bar, 602x421): three tabs "
     "with On AC Power open, Actions and Display groups with sleep sliders (40 minutes, 25 minutes, 100%), "
     "a 'Blank screen' drop-down, an unticked 'Dim display when idle', Help / Make Default / Close with "
     "icons; one window"),
    (XFIG + "file-panel.png", "xfig_open_figure_panel", [FILE_DIALOG], 1,
     ["Xfig: Open Figure", "illusion.fig", "This is the classic illusion of an", "Filename Mask",
      "/epb1/users4/X11R5/contrib/clients/xfig/Examples", "Show Hidden", "New xfig...", "greenpig.fig"],
     ["Finder", "terminal", "Inkscape"],
     "xfig's 'Xfig: Open Figure' panel (Xaw widgets, a thin grey title bar, 450x521): File Status and "
     "Figure Offset rows, a list of .fig files with illusion.fig selected black, a preview of an impossible "
     "interlocked frame in yellow, pink, blue and magenta, a blue comment, Filename Mask, Current Dir, "
     "Directories with Home / Show Hidden, Rescan / Open / New xfig... / Cancel; a file chooser; one window"),
    (XFIG + "global-settings.png", "xfig_global_settings", [SETTINGS], 1,
     ["Xfig: Global Settings", "Track mouse in rulers", "Show page borders", "Show depth manager",
      "Allow negative coords", "Freehand drawing resolution", "Maximum image colors", "acroread %f"],
     ["Inkscape", "terminal", "macOS"],
     "xfig's 'Xfig: Global Settings' (Xaw, a title bar with an X logo, 417x399): a column of toggles with "
     "red ticks, spin fields (Delay 500, 25, 9, 512) and text fields for Image editor 'xv', Spell checker, "
     "HTML Browser 'netscape -remote ...' and PDF Viewer 'acroread %f', Cancel and Ok; the 'Image editor' "
     "and 'HTML Browser' labels are words in the image, the frame is a settings dialog; one window"),
    (HTTRACK + "snap9_d7.gif", "winhttrack_add_scan_rule", [DIALOG], 1,
     ["Add Scan Rule", "Matching links will be excluded:", "Criterion:", "This folder name:",
      "images/landscapes", "Example: cgi-bin", "Will find links with folder name matching whole", "Cancel"],
     ["terminal", "macOS", "Ubuntu"],
     "WinHTTrack's 'Add Scan Rule' dialog on Windows 2000 (a teal gradient title bar with a red-bars icon "
     "and a close box, a beige body, 466x326, GIF): a Criterion drop-down, a String field 'images/"
     "landscapes', an example text, Cancel and Add with the mouse pointer on Add; one window"),
    (GRASS + "g_mapsets_gui.png", "grass_manage_mapsets_access", [DIALOG + ["settings"]], 1,
     ["Manage access to mapsets", "The current mapset is always accessible.",
      "You may only write to the current mapset.", "You may only write to mapsets which you own.",
      "PERMANENT", "landsat", "neteler", "Owner"], ["terminal", "browser", "QGIS"],
     "GRASS GIS's 'Manage access to mapsets' (wxPython on a desktop with a blue title bar, 393x426; the mouse "
     "pointer sits on the title): notes, a two-column list Mapset / Owner with check boxes (user1, "
     "PERMANENT and landsat ticked), Cancel and OK with icons; one window"),
    (GRISBI + "categories_delete.png", "grisbi_delete_category_warning",
     [DIALOG + ["message box", "alert", "warning", "finance"]], 1,
     ["Frais financiers contient encore des", "opérations archivées ou non.",
      "Si vous voulez la supprimer tout en conservant les", "Transférer les opérations sur la Catégorie",
      "Supprimer simplement cette Catégorie.", "Annuler", "Valider"], ["terminal", "browser", "Excel"],
     "a French message dialog of Grisbi (GTK 2, a blue title bar with no title text, 510x345): a yellow "
     "warning triangle, a bold question about a category that still holds transactions, an explanation, two "
     "radio choices (the first with an empty drop-down field), Annuler and Valider with icons; one window"),
    (GRISBI + "start_file_create.png", "grisbi_new_accounts_file_assistant",
     [DIALOG + ["wizard", "setup", "assistant", "finance"]], 1,
     ["nouveau fichier de comptes", "(2 de 6)", "Configuration générale", "Titres et noms des fichiers",
      "/home/alain/Mes comptes.gsb", "Séparateur décimal", "Adresse générale", "Précédent"],
     ["terminal", "browser", "Excel"],
     "Grisbi's new-file assistant in French (GTK 2, a grey title bar 'Aide à la création d'un nouveau "
     "fichier de comptes (2 de 6)', 806x594): a grey banner with the Grisbi euro logo, a 'Configuration "
     "générale' page with name and file fields, date-format radios, separator drop-downs, an empty address "
     "box, Annuler / Précédent / Suivant; a setup wizard of a file, not an installer; one window"),
    ("stella/usr/share/doc/stella/graphics/cheat.png", "stella_cheat_code_over_cheat_codes", [DIALOG], 2,
     ["Cheat codes", "Cheat code", "Infinite Energy", "Code (hex)", "64cea1", "Cancel"],
     ["terminal", "browser", "macOS"],
     "two of the Atari emulator Stella's own dialogs (brown title bars, a tan body, red-brown buttons, a "
     "monospace pixel font, 427x307): a 'Cheat code' dialog with Name 'Infinite Energy' and Code (hex) "
     "'64cea1', OK and Cancel, over the 'Cheat codes' list dialog with Add... / Edit... and its own OK and "
     "Cancel; two windows (both have title bars), no desktop"),
    (REFIND + "windows-gpt.png", "windows7_disk_properties_volumes",
     [DIALOG + ["properties", "properties dialog", "settings"]], 1,
     ["TOSHIBA MK3263GSX Properties", "The volumes contained on this disk are listed below.",
      "GUID Partition Table (GPT)", "305118 MB", "Unallocated space:", "Reserved space:", "Partition style:",
      "Capacity"], ["macOS", "Ubuntu", "terminal"],
     "a Windows 7 disk properties dialog (a pale Aero Basic-like frame with a close button, 414x461): tabs "
     "General / Policies / Volumes (open) / Driver / Details, disk facts (Disk 0, Basic, Online, GPT, "
     "305118 MB), a Volumes list with disk icons and a scroll bar, a greyed Properties, OK and Cancel; "
     "one window"),
    (DEEPIN_TERMINAL + "editserver.png", "deepin_terminal_edit_server", [SETTINGS + ["form", "form dialog"]],
     1,
     ["Edit Server", "Server name:", "168.122.241", "Username:", "Password:", "Certificate:",
      "Advanced options", "Save"], ["PuTTY", "browser", "macOS"],
     "Deepin Terminal's 'Edit Server' dialog (DTK dark theme, 457x388, no separate title bar: a centred "
     "title and a close cross): dark rounded fields with clear buttons (server name 'aiw' selected, address, "
     "port 22, user, a dotted password with an eye button, certificate with '...'), a blue 'Advanced "
     "options' link, Cancel and a blue Save; a dialog of a terminal program, the frame is a dialog; one "
     "window"),
    # -- web pages without a browser frame -----------------------------------------------------
    ("keystone-doc/usr/share/doc/keystone-doc/html/_images/horizon-login-sp.png", "openstack_horizon_login",
     [WEB + ["web app", "login page", "login form", "sign-in page"]], None,
     ["openstack", "Log in", "Authenticate using", "External Authentication Service",
      "If you are not sure which authentication method to use, contact", "your administrator."],
     ["browser", "Firefox", "terminal"],
     "OpenStack Horizon's login page without a browser frame (432x446): the red OpenStack logo and word "
     "mark, a 'Log in' heading, an 'Authenticate using' drop-down, a pale blue help box and a small blue "
     "Sign In button; no count"),
    ("python-django-constance-doc/usr/share/doc/python-django-constance-doc/html/_images/screenshot2.png",
     "django_admin_constance_config", [WEB_ADMIN + ["settings", "configuration"]], None,
     ["Django administration", "Constance config", "The National Cheese Emporium", "DATE_ESTABLISHED",
      "MUSICIANS", "Mr. Joseph Wensleydale, Jr.", "Is modified", "Change password / Log out"],
     ["browser", "Firefox", "terminal"],
     "a Django admin page (the classic blue-grey header, 850x424) without a browser frame: a breadcrumb, a "
     "'Constance config' table of four settings with Default and Value columns, text areas, date and time "
     "fields with Today / Now, red and green status icons and a Save button; no count"),
    ("python-django-treebeard-doc/usr/share/doc/python-django-treebeard-doc/html/_static/"
     "treebeard-admin-advanced.png", "django_admin_treebeard_drag", [WEB_ADMIN + ["tree"]], None,
     ["Django administration", "Select Materialized Path Tree Post to change", "Add Materialized Path Tree Post",
      "Moved node", "MP_Post 737: lorem ipsum! 6886852687", "As Sibling", "0 of 100 selected", "Tbexample"],
     ["browser", "Firefox", "terminal"],
     "a Django admin change list without a browser frame (768x476): a teal header, a green success message, "
     "an Action drop-down with Go, an indented tree of 'MP_Post ...: lorem ipsum!' rows with move handles, "
     "one row being dragged (a magenta drop line and an 'As Sibling' tooltip) and one highlighted pale "
     "blue; no count"),
    ("python-flask-autoindex-doc/usr/share/doc/python-flask-autoindex-doc/html/_images/example.png",
     "flask_autoindex_listing", [WEB + ["directory listing", "file listing", "index page"]], None,
     ["/flask-autoindex", "Parent folder", "Flask_AutoIndex.egg-info", "MANIFEST.in", "setup.py",
      "Last modified", "2010-09-01 14:13:23", "Werkzeug/0.6.2 Server at"], ["Firefox", "terminal", "Finder"],
     "a directory listing page served by Flask-AutoIndex without a browser frame (637x430): a header row "
     "Name / Last modified / Size, the path, a green 'Parent folder' arrow, yellow folder icons, file icons "
     "and blue links, dates and sizes, and a footer 'Werkzeug/0.6.2 Server at' with the host blurred; a web "
     "page listing files, not a file manager; no count"),
    ("python-flask-peewee-doc/usr/share/doc/python-flask-peewee-doc/html/_images/fp-admin-filter.png",
     "flask_peewee_message_admin", [WEB_ADMIN + ["table"]], None,
     ["Message Admin", "Dashboard", "Apply selected filters", "flask and peewee, together at last!",
      "on this crazy site", "With selected", "2011-09-16 18:36:15", "Pub Date"],
     ["browser", "Firefox", "terminal"],
     "flask-peewee's admin without a browser frame (Bootstrap 2 look, 880x439): a 'Message Admin' heading, "
     "a breadcrumb, tabs Message (3) / Add new / Export, a filter bar with a red 'user' button, 'equal to' "
     "and a blue 'Apply selected filters', and a table of three messages with Edit | Delete links; no count"),
    ("python-django-uwsgi-ng-doc/usr/share/doc/python-django-uwsgi-ng-doc/html/_images/screenshot2.png",
     "wagtail_uwsgi_status_page", [WEB_ADMIN + ["dashboard", "CMS"]], None,
     ["UWSGI STATUS", "MAGIC TABLE", "SPOOLER", "GRACEFULLY RELOAD UWSGI", "CLEAR UWSGI CACHE",
      "uWSGI version 2.0.14 running @ MechanisM.local", "/Users/MechanisM/PROJECTS/msm", "total_requests"],
     ["browser", "Firefox", "terminal"],
     "a Wagtail admin page with the uWSGI status panel, without a browser frame (1429x777): a dark sidebar "
     "with the Wagtail bird, Search and Explorer / Images / Media / Documents / Forms / Settings, a teal "
     "header with tabs (INFORMATION open, WORKERS with a red 4), an Option / Value table, a red and a teal "
     "button at the bottom and a 'DjDT' tab at the right edge; no count"),
    ("icingaweb2/usr/share/icingaweb2/doc/res/monitoring-module-preview.png",
     "icingaweb2_monitoring_service_detail", [WEB + ["web app", "dashboard", "monitoring"]], None,
     ["Plugin Output", "TCP OK - 0.000 second response time on web port 9000", "Problem handling",
      "Icinga Cluster Zone (master)", "CRITICAL", "Check execution", "Custom Variables", "Feature Commands"],
     ["browser", "Grafana", "terminal"],
     "Icinga Web 2's monitoring module in its dark theme without a browser frame (833x1210, tall): an icon "
     "column, a list of services with green OK and one red CRITICAL state and monospace check output, and a "
     "detail column (Host / Service tabs, Plugin Output, a blue response-time graph, problem handling, "
     "notifications, check execution, custom variables); no count"),
    # -- terminals and consoles ----------------------------------------------------------------
    (DEEPIN_TERMINAL + "searchssh.png", "deepin_terminal_ssh_split_panes",
     [TERMINAL + ["terminal emulator", "SSH"]], 1,
     ["aiwa@192.168.122.241", "Permission denied, please try again.",
      "Press ^@ (C-Space) to enter file transfer mode", "ssh: connect to host 10.2.0.1",
      "spawn zssh -X -o ServerAliveInte", "PubkeyAuthentication=no", "aiwa@aiwa-PC", "Add Server"],
     ["PowerShell", "cmd.exe", "macOS"],
     "Deepin Terminal (dark, 1000x600, tabs in the title bar with a red app icon and one blue tab "
     "'aiwa@192.168.122.241'): three split panes of green monospace text (ssh password prompts, 'Permission "
     "denied', an expect / zssh command) with a blue focus line, and a remote-management side panel with a "
     "search field, two server entries and 'Add Server'; one window"),
    (REFIND + "editor.png", "refind_line_editor_text_mode",
     [TERMINAL + ["boot manager", "boot loader", "boot screen", "editor", "text editor", "line editor"]], None,
     ["rEFInd - Line Editor", "root=UUID=5561c933-b408-4aa4-a16e-795df120af38", "initrd.img-3.5.0",
      "Use cursor keys to edit", "Esc to exit", "Enter to boot with edited options"],
     ["PowerShell", "GRUB", "browser"],
     "the rEFInd boot manager's text-mode line editor (646x486): a dark blue title band, one line of kernel "
     "options in grey monospace on black (an underline cursor under 'ro'), an empty black screen and a help "
     "line at the bottom; a full text-mode screen, not a window, so no count; 'editor' is accepted as it "
     "is a line editor"),
    ("python-django-extensions-doc/usr/share/doc/python-django-extensions-doc/html/_images/"
     "5d12eda6-2c22-11e3-802a-2639ff8813fa.png", "werkzeug_debugger_python_console",
     [["console", "Python console", "python", "REPL", "interpreter", "terminal", "shell", "command line",
       "debugger", "web page"]], None,
     ["[console ready]", ">>> print environ", "HTTP_COOKIE", "SERVER_SOFTWARE", "WSGIServer/0.1",
      "REQUEST_METHOD", "return self.dispatch(environ, start_response)", "gitalicious/scooby/core/application.py"],
     ["PowerShell", "cmd.exe", "Jupyter"],
     "a crop of Werkzeug's debugger page (550x379, no browser frame): a traceback frame line in italics, a "
     "grey code line, and an interactive Python console box with '>>> print environ' and a long dict of "
     "environment variables in black monospace, a blue macOS scroll bar at the right; a console inside a "
     "web page, so 'web page' is accepted as the kind as well; no count"),
    ("qtserialport5-doc-html/" + QT + "qtserialport/images/terminal-example.png", "qt_simple_terminal_serial",
     [TERMINAL + GENERIC + ["serial terminal"]], 1,
     ["Simple Terminal", "Calls", "Tools", "Help"], ["PowerShell", "cmd.exe", "PuTTY"],
     "Qt's serial-port 'Simple Terminal' example on Windows 7 (a pale blue basic-theme title bar with a red "
     "close button, 450x306): menus Calls / Tools / Help, four toolbar icons (connect, disconnect, a gear, a "
     "broom), an empty black terminal area and a status bar; a terminal program with no text yet; few "
     "words; one window"),
    # -- editors and IDEs ----------------------------------------------------------------------
    (WHY3 + "gui-infer.png", "why3_ide_incr_loop_goals", [IDE + ["prover", "proof assistant", "Why3"]], None,
     ["Theories/Goals", "incr.mlw", "module Incr", "use int.MinMax", "loop invariant init",
      "loop variant decrease", "postcondition", "result = max x 0"], ["Visual Studio", "Eclipse", "terminal"],
     "Why3's IDE on Ubuntu without its title bar (a dark menu bar File / Edit / Tools / View / Help, "
     "791x401): a goal tree with blue '?' status icons and an orange selected row, and a source tab of a "
     "WhyML module with line numbers, blue keywords and yellow-highlighted terms; a crop, so no count"),
    (WHY3 + "coqide.png", "coqide_why3_generated_goal", [IDE + ["proof assistant", "Coq", "CoqIDE", "prover"]],
     None,
     ["hello_proof_HelloProof_G2_1.v", "generated by Why3", "Beware! Only edit allowed sections below",
      "Require Import BuiltIn.", "Theorem G2 : False.", "1 subgoal", "Coq is ready", "Ready, proving G2"],
     ["Visual Studio", "Eclipse", "terminal"],
     "CoqIDE on Ubuntu without its title bar (800x600): menus (Navigation, Try Tactics, Templates, Queries, "
     "Compile ...), a toolbar of orange arrows, a file tab, a cream script pane with green processed lines, "
     "a goal pane '1 subgoal / False', Messages / Errors / Jobs tabs, a green progress bar and a status "
     "bar; a crop, so no count"),
    ("qtscript5-doc-html/" + QT + "qtscript/images/qtscript-debugger.png", "qt_script_debugger_prototype_js",
     [IDE + ["debugger", "JavaScript"]], 1,
     ["Qt Script Debugger", "Loaded Scripts", "prototype-1.6.0.2.js",
      "Prototype JavaScript framework, version 1.6.0.2", "document.createElement", "QtScript debugger version 0.1",
      "Debugger commands start with a . (period).", "Case Sensitive"], ["Visual Studio", "Eclipse", "Chrome"],
     "the Qt Script Debugger on an old KDE-like desktop (a blue title bar, 1260x842): Debug / Edit / View "
     "menus, a toolbar, Loaded Scripts and Breakpoints panes, a code view of prototype.js with line numbers, "
     "a yellow arrow at line 1 and a red breakpoint at 16, a find bar 'QtScript', Stack and Locals tables "
     "and a Console pane with a 'qsdb>' prompt; one window"),
    # -- browser windows with their frame ------------------------------------------------------
    ("qtwebsockets5-doc-html/" + QT + "qtwebsockets/images/echoclient-html-example.png",
     "safari_websocket_echo_client", [BROWSER + ["Safari"]], 1,
     ["WebSocket Echo Client", "file:///Users/liangqi/qt/qt5", "WebSocket state = 3 ( CLOSED )", "CONNECTED",
      "Hello World!", "DISCONNECTED", "Disconnect", "Send"], ["Chrome", "Firefox", "terminal"],
     "a small Safari window on OS X Yosemite (traffic lights, grey back / forward, an address field with a "
     "file:// URL and a reload arrow, a download button, 505x412): a page with a serif heading, Connect / "
     "Disconnect / State buttons, a text area of WebSocket state messages, a field and Send; one window"),
    (BOOTSTRAP + "heroes/bootstrap-docs.png", "safari_dark_getbootstrap_home", [BROWSER + ["Safari"]], 1,
     ["getbootstrap.com", "Build fast, responsive sites with Bootstrap", "Get started", "Read installation docs",
      "npm install bootstrap@next", "gem install bootstrap -v 5.0.0.beta2", "Installation", "v5.0.0-beta2"],
     ["Chrome", "Firefox", "terminal"],
     "Safari in macOS dark mode showing getbootstrap.com (a large retina screenshot, 3438x2168): a dark "
     "toolbar with traffic lights, back / forward and the address 'getbootstrap.com' with a lock, the purple "
     "Bootstrap navigation bar, a hero heading, a big purple 'B' logo with floating UI shapes, purple and "
     "white buttons, an Installation section with two shell commands and Copy buttons; one window"),
    (HTTRACK + "addurl5.gif", "netscape_link_caught_page", [BROWSER + ["Netscape"]], 1,
     ["Netscape", "Communicator", "Link captured into HTTrack", "you can now restore your proxy",
      "preferences!", "Clic here to go back", "Document"], ["Chrome", "Firefox", "terminal"],
     "a small Netscape Communicator window on Windows (a blue title bar 'Link caught! - Netscape', 350x336, "
     "GIF): menus File / Edit / View / Go / Communicator / Help, a collapsed toolbar strip, a white page with "
     "a large bold serif message and an underlined blue link, the mouse pointer, and a status bar with "
     "'Document' and component icons; one window"),
    # -- file managers -------------------------------------------------------------------------
    (QT_XML + "filetree_1-example.png", "qt_dir_view_mac_filetree", [FILE_TREE], 1,
     ["Dir View", "User Guides And Information", "wholeTree.xq", "listCPPFiles.xq", "mainwindow.ui",
      "Date Modified", "1,006 bytes", "1/8/09 1:30 PM"], ["Finder", "terminal", "Explorer"],
     "a Qt 'Dir View' window on Mac OS X (Aqua, grey traffic lights, 662x432): a tree of the file system with "
     "Name / Size / Kind / Date Modified columns, folders (Users, System, Library, filetree ...) and source "
     "files with icons, the 'filetree' row highlighted grey; a file tree like a file manager's list view; "
     "one window"),
    (QT_QUICK + "qtquickcontrols-example-filesystembrowser.png", "qtquick_file_system_browser",
     [FILE_TREE], 1,
     ["File System", "Extended", "Contig.", "caroline", "android-ndk-r9d", "apache-ant-1.9.4", "jdk1.7.0_67",
      "README.html"], ["Finder", "terminal", "Nautilus"],
     "a Qt Quick Controls 'File System' window on Ubuntu (a dark Ambiance title bar with round buttons, "
     "640x508): a File menu, selection-mode buttons None / Single / Extended / Multi / Contig., and a tree of "
     "/home/caroline/Android with jdk1.7.0_67 selected orange and files below; one window"),
    # -- a media player ------------------------------------------------------------------------
    ("deepin-movie/usr/share/doc/deepin-movie/movie/en_US/fig/listmanage.png", "deepin_movie_playlist_menu",
     [PLAYER + GENERIC], 1,
     ["professional.mp4", "Playlist", "1 videos", "Delete from playlist", "Empty playlist",
      "Display in file manager", "Film info", "00:00:21"], ["VLC", "YouTube", "terminal"],
     "Deepin Movie (a dark title bar 'professional.mp4', 850x600) playing a video of a sandy beach and surf "
     "from above, shown tilted like a screen; a translucent Playlist panel with one blue entry and a "
     "context menu (Delete from playlist highlighted), and controls below (previous / pause / next, "
     "00:00:21 and 00:01:07 round a blue seek bar, fullscreen, volume, a blue playlist button); 'file "
     "manager' is a word in the menu; one window"),
    # -- program windows of no named kind -----------------------------------------------------
    (REFIND + "msinfo32.png", "windows10_system_information",
     [GENERIC + ["system information", "system info", "table", "utility"]], None,
     ["System Information", "System Summary", "Hardware Resources", "Software Environment",
      "Microsoft Windows 10 Pro", "American Megatrends Inc.", "BIOS Mode", "Close Find"],
     ["macOS", "Ubuntu", "terminal"],
     "Windows 10's System Information (msinfo32, a white title bar, 761x511): a tree at the left, an Item / "
     "Value table of system facts with 'BIOS Mode  UEFI' selected blue, a 'Find what:' field, a greyed Find, "
     "Close Find and two check boxes; a sliver of another window shows at the top-left corner, so the count "
     "is left open"),
    (GRASS + "grass_start.png", "grass_gis_layer_manager_and_map", [GENERIC + ["GIS", "map", "map viewer"]], 2,
     ["world_latlong_wgs84/PERMANENT - GRASS GIS", "Map Display 1", "Create new Location", "Learn more",
      "/home/linwe/grassdata", "country_boundaries", "d.vect map=country_boundaries@PERMANENT", "2D view"],
     ["QGIS", "Google Maps", "terminal"],
     "GRASS GIS 8 on Ubuntu (dark Ambiance title bars, 1449x600): the data window at the left (menus, two "
     "toolbars, an orange information banner with two buttons, a data tree with 'point' selected orange, "
     "tabs Data / Display / Modules / Console / Python) and the 'Map Display 1' window at the right with a "
     "world map of blue countries; two windows side by side, no desktop visible"),
    ("deepin-calculator/usr/share/deepin-manual/manual-assets/application/deepin-calculator/calculator/en_US/"
     "fig/scientific_mode.png", "deepin_calculator_scientific", [GENERIC + ["calculator"]], 1,
     ["5^3 = 125", "Mod", "exp", "Rand", "cos", "tan", "log"], ["terminal", "browser", "macOS"],
     "Deepin Calculator in scientific mode (DTK light theme, 453x544, a title bar with only the app icon and "
     "menu / minimize / close): the history line '5^3 = 125', the result 125, memory keys and a grid of "
     "grey function keys and white digit keys with blue operators and a blue '='; few words; one window"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (MICROBIT + "matrioshka.jpg", "photo_nesting_dolls",
     "painted wooden Russian nesting dolls (red and yellow, flowers and faces) standing on a white cloth "
     "embroidered in red, one opened to show smaller dolls inside"),
    (MICROBIT + "files.jpg", "photo_hanging_file_folders",
     "a close view of hanging file folders with handwritten tabs 'Banking', 'Paystubs', 'Apartment - docs, "
     "bills', 'Budgeting' in green, red and blue marker, a blue wall behind; handwriting in a photo"),
    (MICROBIT + "piezo_buzzer.jpg", "photo_piezo_buzzer_on_grid_paper",
     "a black round piezo buzzer with two wire legs standing on white paper with a blue millimetre grid"),
    (BOOTSTRAP + "features/unsplash-photo-3.jpg", "photo_jellyfish_deep_blue",
     "a glowing pale orange jellyfish with long thin tentacles floating in deep blue water with specks"),
    (BOOTSTRAP + "features/unsplash-photo-2.jpg", "photo_orange_marigold_flowers",
     "two dense orange many-petalled flowers among dark green leaves, seen from above"),
]


source_folder, frames = package_split("ext14", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
