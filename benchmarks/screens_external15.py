"""The ``external15`` split of the screen set: a fifteenth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels. It is a DEVELOPMENT split, made to work on the two
kinds the captioner misses most: about half of it is dialogs (settings dialogs, a properties dialog, a
print dialog, file and application choosers, an about box, form and wizard dialogs, a login box, web
modals; some cropped tight to the dialog, some over their main window, a page or a desktop) and about a
third web pages without a browser frame (admin and settings pages, dashboards, a login form, a welcome
page, a report table). The rest are negatives for those two: program main windows with menus and
toolbars, editor windows, a log viewer, two windows on an X desktop. Unlike the judge splits it may be
looked at, captioned and tuned on freely; its labels were still written from the pixels alone, before any
caption of it was seen.

    python benchmarks/screens_dataset.py --splits external15   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external15      # scores it (``all`` leaves it out)

The frames are read at build time from twenty-three Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT20`` (default ``/work/ext20``); nothing is copied into
the repository. Fetch them (no root needed; about 82 MB of .deb, skrooge-common, deepin-log-viewer,
libjs-jquery-backstretch, lemonldap-ng-doc, mate-applets-common and murano-doc the bulk; about 440 MB
unpacked) with::

    mkdir -p /work/ext20 && cd /work/ext20
    for p in buildbot-doc dde-calendar deepin-log-viewer doublecmd-help-ru fontforge-doc glabels-data \\
             lemonldap-ng-doc libcamlimages-ocaml-doc libgtk-3-doc libgtk-4-doc libjs-jquery-backstretch \\
             libjs-jquery-slides mate-applets-common murano-doc puredata-doc python-flask-bootstrap-doc \\
             python3-locust qtquickcontrols2-5-doc-html qtwebchannel5-doc-html sddm-theme-elarun \\
             skrooge-common texmaker-data vitrage-doc; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: buildbot-doc 3.7.0-2, dde-calendar 5.9.1-3+b1, deepin-log-viewer 5.9.7+ds1-2,
doublecmd-help-ru 1.0.10-1, fontforge-doc 1:20230101~dfsg-1.1~deb12u1, glabels-data 3.4.1-4,
lemonldap-ng-doc 2.16.1+ds-deb12u10, libcamlimages-ocaml-doc 1:5.0.4-2, libgtk-3-doc 3.24.38-2~deb12u3,
libgtk-4-doc 4.8.3+ds-2+deb12u1, libjs-jquery-backstretch 2.1.17-4, libjs-jquery-slides 12-4,
mate-applets-common 1.26.1-1, murano-doc 1:14.0.0-3, puredata-doc 0.53.1+ds-2+deb12u1,
python-flask-bootstrap-doc 2.2.0+ds1-1, python3-locust 2.12.1-1, qtquickcontrols2-5-doc-html 5.15.8+dfsg-2,
qtwebchannel5-doc-html 5.15.8-2, sddm-theme-elarun 0.19.0-5, skrooge-common 2.29.0-1, texmaker-data
5.1.3+dfsg-1, vitrage-doc 9.0.0-3.1+deb12u1 (dde-calendar and deepin-log-viewer are amd64 packages).

What is in it (36 screenshots): nineteen dialogs: fifteen desktop dialogs (GTK 3's print and application
chooser dialogs, GTK 4's about box and file chooser, a MATE (GTK 2) preferences dialog, FontForge's own
Generate Fonts file dialog and Transform dialog, Texmaker's and Skrooge's settings dialogs on Plasma, Pure
Data's Tk audio settings, Double Commander's checksum dialog on Windows 10 and its properties dialog on
Linux, both in Russian, a Deepin (DTK) save dialog over its log viewer, a Deepin new-event form, a Qt
dialog over a web page) with an SDDM login box on a full-screen wallpaper and three web modals (Buildbot's
force-build form over its page, two OpenStack Horizon / Murano modals); eleven web pages without a browser
frame (Buildbot's home and builders pages, three pages of Locust's web UI, LemonLDAP::NG's statistics page,
Google Apps' SSO settings, Nextcloud's SAML settings, Plone's welcome page, a Bootstrap-Flask login form
in a bare mock window bar, an OSProfiler report table); and six negatives for both: gLabels' and Pure
Data's main windows, two Double Commander editor windows on Windows 10, a Qt Quick rich text editor on
macOS, Deepin Log Viewer's main window, and an X desktop with an image viewer and a thumbnail window. Five
real photos are the negatives for screens (a coffee maker's filter basket, a glass dome's lattice, a
lighthouse on sea cliffs, a pair of grey sneakers, a sneaker's sole). None of the screenshots carries
marks drawn by its manual; the notes say where a count or a kind needed judgement.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations

import screens_external
from screens_external import package_hint, package_split
# the kinds' words, as external10 spells them
from screens_external10 import DIALOG, FILE_DIALOG, GENERIC, SETTINGS, WEB

SPLIT = "external15"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("buildbot-doc", "dde-calendar", "deepin-log-viewer", "doublecmd-help-ru", "fontforge-doc",
            "glabels-data", "lemonldap-ng-doc", "libcamlimages-ocaml-doc", "libgtk-3-doc", "libgtk-4-doc",
            "libjs-jquery-backstretch", "libjs-jquery-slides", "mate-applets-common", "murano-doc",
            "puredata-doc", "python-flask-bootstrap-doc", "python3-locust", "qtquickcontrols2-5-doc-html",
            "qtwebchannel5-doc-html", "sddm-theme-elarun", "skrooge-common", "texmaker-data", "vitrage-doc")
ENV, DEFAULT = "PIXEL_LLM_EXT20", "/work/ext20"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

WEB_ADMIN = WEB + ["web app", "admin page"]
WEB_MODAL = DIALOG + ["modal", "modal dialog", "form", "web page", "web app"]
EDITOR = ["editor", "text editor", "window", "screen", "screenshot"]

GTK3 = "libgtk-3-doc/usr/share/gtk-doc/html/gtk3/"
GTK4 = "libgtk-4-doc/usr/share/doc/libgtk-4-doc/gtk4/"
FONTFORGE = "fontforge-doc/usr/share/doc/fontforge/_images/"
PD = "puredata-doc/usr/share/puredata/doc/1.manual/"
DC = "doublecmd-help-ru/usr/share/doublecmd/doc/ru/images/imgDC/"
DEEPIN = "usr/share/deepin-manual/manual-assets/application/"
LOGVIEW = "deepin-log-viewer/" + DEEPIN + "deepin-log-viewer/log-viewer/en_US/fig/"
BUILDBOT = "buildbot-doc/usr/share/doc/buildbot/html/_images/"
MURANO = "murano-doc/usr/share/doc/murano-doc/html/_images/"
LOCUST = "python3-locust/usr/lib/python3/dist-packages/locust/static/img/"
LLNG = "lemonldap-ng-doc/usr/share/doc/lemonldap-ng/pages/documentation/current/_images/"
BACKSTRETCH = "libjs-jquery-backstretch/usr/share/doc/libjs-jquery-backstretch/examples/"
SLIDES = "libjs-jquery-slides/usr/share/doc/libjs-jquery-slides/examples/Product/img/"

# (path under $PIXEL_LLM_EXT20, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- desktop dialogs, cropped to the dialog ------------------------------------------------
    (GTK3 + "printdialog.png", "gtk3_print_dialog", [DIALOG + ["print dialog", "printing"]], 1,
     ["Print Dialog", "Print to File", "Aficio-MP-C4502-2", "HP-LaserJet-4050-Series", "has no toner left",
      "Image Quality", "Finishing", "Collate"], ["terminal", "browser", "macOS"],
     "GTK 3's print dialog from the GTK documentation (Adwaita, 760x562, a shadow on a transparent margin): a "
     "header bar with Cancel, the title 'Print Dialog', Preview and a blue Print, tabs General / Page Setup / "
     "Job / Image Quality / Color / Finishing / Advanced, a printer list (Print to File, 2w402, "
     "Aficio-MP-C4502-2, an HP LaserJet with a warning icon and 'has no toner left'), Range radios and a "
     "Copies spin field with Collate and Reverse; one window"),
    (GTK3 + "appchooserdialog.png", "gtk3_select_application",
     [DIALOG + ["app chooser", "application chooser", "open with", "open with dialog"]], 1,
     ["Select Application", "PNG image", "Recommended Applications", "Shotwell Viewer", "MyPaint",
      "GNU Image Manipulation Program", "View All Applications", "Find New Applications"],
     ["terminal", "browser", "Finder"],
     "GTK 3's application chooser (Adwaita, 490x515): a header bar with Cancel, the title 'Select "
     "Application' over 'Opening \u201cPNG image\u201d files.', a search button and a blue Select, a list "
     "under 'Recommended Applications' with Shotwell Viewer selected blue, MyPaint, GIMP and Image Viewer, "
     "two wide buttons below; 'Image Viewer' is an entry of the list, the frame is a dialog; one window"),
    (GTK4 + "aboutdialog.png", "gtk4_about_code_demos", [DIALOG + ["about dialog", "about box", "about window"]],
     1, ["About", "Credits", "GTK Code Demos", "4.8.0", "Program to demonstrate GTK functions",
         "1997-2022 The GTK Team"], ["terminal", "browser", "macOS"],
     "GTK 4's about box (448x365): no title text, a two-button switcher About / Credits (About pressed) and a "
     "close cross in the header bar, a red, green and blue cube logo, the program name, its version, a one-"
     "line description and a copyright line; an about box; one window"),
    (GTK4 + "filechooser.png", "gtk4_file_chooser_recent", [FILE_DIALOG], 1,
     ["File Chooser Dialog", "Other Locations", "Sources/gtk+/docs/tools", "password-entry.png",
      "combo-box-entry.png", "multiline-text.png", "Accessed", "Yesterday"], ["Finder", "terminal", "Explorer"],
     "GTK 4's file chooser (Adwaita, 880x519): Cancel, the title 'File Chooser Dialog', a search button and a "
     "greyed Open, a sidebar (Recent selected grey, Home, Documents, Downloads, Music, Pictures, Videos, "
     "Trash, tools, + Other Locations) and a list of PNG files with Location, Type and Accessed columns; one "
     "window"),
    ("mate-applets-common/usr/share/help/C/mate-battstat/figures/battstat-preferences.png",
     "mate_battery_monitor_preferences", [SETTINGS], 1,
     ["Battery Charge Monitor Preferences", "Compact view", "Expanded view", "Show time remaining",
      "Show percentage remaining", "Warn when battery charge drops to:", "Minutes Remaining",
      "Notify when battery is fully recharged"], ["terminal", "browser", "macOS"],
     "the MATE battery applet's preferences (GTK 2, a grey-blue title bar with a close cross, 327x400): "
     "Appearance and Notifications groups of radios and check boxes, a spin field '10' with a 'Minutes "
     "Remaining' drop-down, Help and Close with icons; a small settings dialog; one window"),
    (FONTFORGE + "generate.png", "fontforge_generate_fonts", [FILE_DIALOG + ["save dialog", "export dialog"]], 1,
     ["Generate Fonts", "AmbrosiaGreek.sfd", "Ambrosia.otf", "OpenType (CFF)", "No Bitmap Fonts",
      "Force glyph names to:", "Validate Before Saving", "Open Font Library"], ["Finder", "terminal", "Inkscape"],
     "FontForge's 'Generate Fonts' dialog in its own grey X toolkit (a plain title bar with X-style buttons, "
     "398x525): a folder drop-down 'fontforge', a list of font files with Ambrosia.otf selected yellow, a "
     "file-name field, format drop-downs, Options, three check boxes, blue links 'Open Font Library' and "
     "'Register', Save / Filter / New / Cancel; a save-as file dialog; one window"),
    (FONTFORGE + "transform.png", "fontforge_transform_dialog", [DIALOG], 1,
     ["Transform...", "Center of Selection", "Rotate...", "Scale...", "Withershins", "Transform Background Too",
      "Transform kerning classes too", "Round To Int"], ["terminal", "Inkscape", "macOS"],
     "FontForge's 'Transform...' dialog (grey X toolkit, 379x395): a 'Center of Selection' drop-down, Move / "
     "Rotate / Scale rows with X, Y, degree and percent fields (0, -100, 180, 50 %, 100 %), Clockwise / "
     "Withershins diamonds, four check boxes (one ticked with a yellow cross), OK and Cancel; one window"),
    ("texmaker-data/usr/share/doc/texmaker/html/doc14.png", "texmaker_configure_commands", [SETTINGS], 1,
     ["Configure Texmaker", "Quick Build", "Shortcuts", "PdfLaTeX", "Dvi Viewer", "Pdf Viewer", "okular %.pdf",
      "-o fitplot"], ["terminal", "browser", "Overleaf"],
     "Texmaker's 'Configure Texmaker' dialog on Plasma (Breeze, a title bar with ? and round close, 878x662): "
     "a page list of four big TeX icons (Commands selected blue, Quick Build, Editor, Shortcuts) and the "
     "Commands page, fields of LaTeX tool command lines, Dvi / PS / Pdf Viewer groups, OK and Cancel; 'Editor' "
     "is a page name, the frame is a settings dialog of a LaTeX editor; one window"),
    (PD + "fig11.2.png", "puredata_audio_settings", [SETTINGS + ["audio settings"]], 1,
     ["Audio Settings", "Sample rate:", "44100", "Delay (msec):", "Block size:", "HDA Intel MID (hardware)",
      "Use Multiple Devices", "Save All Settings"], ["terminal", "browser", "Audacity"],
     "Pure Data's 'Audio Settings' dialog (Tk widgets on a light desktop theme, a grey title and round close, "
     "419x450): Settings, Input Devices and Output Devices groups with fields and device buttons, 'Use "
     "Multiple Devices' and 'Save All Settings', Cancel / Apply / OK; one window"),
    ("skrooge-common/usr/share/doc/HTML/en/skrooge/settings_file.png", "skrooge_configure_file_page", [SETTINGS],
     1,
     ["Skrooge", "Open last file on startup", "Store passwords in KDE Wallet:", "kdewallet", "Backup on save",
      "Enable backup", "Scheduled operations", "Search and process"], ["terminal", "browser", "Excel"],
     "Skrooge's 'Configure \u2014 Skrooge' dialog on Plasma 5 (Breeze, a dark title bar, 967x677 with a wide "
     "soft shadow): an icon list of pages (File selected blue), the File page with check boxes, a "
     "'kdewallet' drop-down, a 'Backup on save' group with Prefix / Suffix '.old' and an explanation, Help / "
     "Defaults / OK / a greyed Apply / Cancel; a settings dialog of a finance program; one window"),
    (DC + "ris26.png", "doublecmd_windows_checksum_dialog", [DIALOG], 1,
     ["\u041f\u043e\u0441\u0447\u0438\u0442\u0430\u0442\u044c \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u044c"
      "\u043d\u044b\u0435 \u0441\u0443\u043c\u043c\u044b",
      "D:\\Temp\\project1.exe.blake2bp", "BLAKE2BP", "CRC32", "RIPEMD160", "SHA1_160", "SHA2_384", "HAVAL"],
     ["terminal", "macOS", "Ubuntu"],
     "Double Commander's 'calculate checksums' dialog on Windows 10 in Russian (a white title bar with the red "
     "DC icon and a close cross, 402x432): a save-as field 'D:\\Temp\\project1.exe.blake2bp', two check boxes, "
     "a list of hash algorithms with BLAKE2BP selected blue, a green-arrow queue button, \u041e\u0442\u043c"
     "\u0435\u043d\u0430 with a red cross and OK with a green tick; one window"),
    (DC + "ris18.png", "doublecmd_properties_plugins_tab", [DIALOG + ["properties", "properties dialog"]], 1,
     ["\u0421\u0432\u043e\u0439\u0441\u0442\u0432\u0430", "doublecmd-qt", "1.0.6-0+svn120~testing",
      "Installed-Size", "17625088", "Pascal Packaging Team", "Architecture", "amd64"],
     ["terminal", "browser", "macOS"],
     "Double Commander's file properties dialog on a Linux desktop, in Russian (\u0421\u0432\u043e\u0439\u0441"
     "\u0442\u0432\u0430, a light grey title bar with - + x, 360x406): three tabs with the plugins tab open, "
     "a two-column table of a .deb's control fields (Package, Version, Section, Priority, Architecture, "
     "Depends, Conflicts, Installed-Size, Maintainer), an owner group with greyed 'user' and a group drop-down, "
     "four buttons; a properties dialog; one window"),
    ("dde-calendar/" + DEEPIN + "dde-calendar/calendar/en_US/fig/create.png", "deepin_calendar_new_event",
     [DIALOG + ["form", "form dialog", "calendar"]], 1,
     ["New Event", "Swimming", "Solar", "Lunar", "2022/4/18", "13:30", "14:30", "Never"],
     ["terminal", "browser", "Outlook"],
     "Deepin Calendar's 'New Event' dialog (DTK light theme, no separate title bar: a centred bold title and a "
     "close cross, 468x546): a Type drop-down 'Swimming' focused blue with colour dots, a description box, "
     "All Day, Solar / Lunar radios, start and end date and time drop-downs, Remind and Repeat 'Never', "
     "Cancel and a blue Save; a form dialog; one window"),
    # -- dialogs over their main window, a page or a desktop ------------------------------------
    (LOGVIEW + "export.png", "deepin_log_viewer_save_dialog", [FILE_DIALOG + ["save dialog"]], 2,
     ["Boot-Shutdown Event.txt", "TEXT (*.txt)", "11 items", "power-event.png", "xorglog.png", "Time modified",
      "Wed Jul 15 15:22:17 2020", "still logged in"], ["Finder", "terminal", "Explorer"],
     "a Deepin (DTK) save dialog over Deepin Log Viewer (1026x738): the dialog has no title bar, only a "
     "navigation row (back / forward, home, a blue 'Desktop' crumb, view buttons, a close cross), a sidebar, "
     "a list of greyed files, 'File Name' with 'Boot-Shutdown Event' selected and Format 'TEXT (*.txt)', "
     "Cancel / Save; the log viewer's search field, window buttons and list edges show round it and a "
     "'still logged in' line below; counted as 2 windows (the dialog has its own frame and shadow)"),
    ("qtwebchannel5-doc-html/usr/share/qt5/doc/qtwebchannel/images/standalone-screenshot.png",
     "qt_webchannel_dialog_over_page", [DIALOG], None,
     ["Dialog", "Initializing WebChannel...", "Initialization complete, opening browser at",
      "qwebchannel/examples/standalone/index.html", "Connecting to WebSocket server at",
      "Client connected, ready to send/receive messages!", "Received message: pong", "Send"],
     ["Firefox", "macOS", "cmd.exe"],
     "Qt WebChannel's standalone example (599x445): a Qt window titled 'Dialog' (a grey KDE-style title bar "
     "with X logo and round buttons, a soft blue glow) with a log text box, a field 'ping' and Send, over a "
     "crop of the web page it talks to (monospace log lines in a text area and a 'pong' field, no browser "
     "frame); the text mentions 'opening browser', but no browser is shown; the page behind has no frame, so "
     "no count"),
    ("sddm-theme-elarun/usr/share/sddm/themes/elarun/elarun.jpg", "sddm_elarun_login_box",
     [DIALOG + ["login screen", "login", "login prompt", "login dialog", "greeter", "lock screen", "screen"]], None,
     ["AVCI", "user", "Friday, 15 February 2013", "14:52 PM"], ["terminal", "browser", "macOS"],
     "the SDDM display manager's Elarun theme preview (1920x1080 JPEG): a small translucent pale blue login "
     "box in the middle of a full-screen blue and violet wallpaper, with the host name 'AVCI', a user field "
     "'user', a dotted password field with a cursor, a round grey arrow button, three small session / power "
     "icons and a small date line; a login prompt over a screen, counted as a dialog; the box is small and "
     "the date is tiny, so few words; no window frame, no count"),
    # -- web modals ----------------------------------------------------------------------------
    (BUILDBOT + "force-build.png", "buildbot_force_build_modal", [WEB_MODAL], None,
     ["Buildbot: Pyflakes", "force build", "Your name:", "reason", "Project:", "Branch:", "Start Build",
      "runtests"], ["browser", "Firefox", "terminal"],
     "Buildbot's web UI without a browser frame (829x539): a white modal titled 'force' with a form (Your "
     "name, reason 'force build', Project, Repository and Revision labels half hidden by their fields, "
     "Branch), Cancel and a blue Start Build, over the dimmed page (a dark blue navigation bar with "
     "'Buildbot: Pyflakes', a breadcrumb 'Builders / runtests' and a 'force' button); a web modal dialog; no "
     "count"),
    (MURANO + "new-inst.png", "murano_add_application_modal", [WEB_MODAL + ["wizard"]], None,
     ["Add Application to", "quick-env-3", "Instance flavor", "m1.medium", "No keypair", "Availability zone",
      "Git Application", "Murano agent"], ["browser", "Firefox", "terminal"],
     "an OpenStack Horizon (Murano) modal cropped to itself (728x527): the heading 'Add Application to "
     "\u201cquick-env-3\u201d', a close cross, drop-downs Instance flavor (focused with a blue glow), "
     "Instance image, Key Pair with '+', Availability zone 'nova', a help column 'Git Application', Back and "
     "a blue Create; a step of a web wizard in a modal; no count"),
    (MURANO + "add_pkg_info.png", "murano_import_package_modal", [WEB_MODAL], None,
     ["Import Package", "Application Category", "Load Balancers", "Message Queue", "Database, MySql, SQL, RDBMS",
      "MySql is a relational database management system", "Description:", "Applies to package dependencies"],
     ["browser", "Firefox", "terminal"],
     "an OpenStack Horizon (Murano) modal 'Import Package' cropped to itself (727x778): Name 'MySQL', an "
     "Application Category list with Databases selected grey, Tags, Public and an orange-ticked Active, a "
     "Description text area, a help column 'Description:' and Cancel / a blue Create; no count"),
    # -- web pages without a browser frame -----------------------------------------------------
    (BUILDBOT + "index.png", "buildbot_welcome_page", [WEB_ADMIN + ["dashboard"]], None,
     ["Hello World CI", "NAVIGATION", "Grid View", "Waterfall View", "Console View", "Welcome to buildbot",
      "0 builds running currently", "0 recent builds"], ["browser", "Firefox", "Jenkins"],
     "Buildbot's home page without a browser frame (812x425): a dark blue sidebar with the project name and "
     "a pin, NAVIGATION links with icons (Home, Grid View, Waterfall View, Console View, Builds, About, "
     "Settings), a 'Home' breadcrumb and a grey well 'Welcome to buildbot'; 'Console View' is a link, not a "
     "console; no count"),
    (BUILDBOT + "builders.png", "buildbot_builders_list", [WEB + ["web app", "table"]], None,
     ["Hello World CI", "Builders", "Builder Name", "runtests", "Workers", "Show old builders", "Waterfall View",
      "Grid View"], ["browser", "Firefox", "Jenkins"],
     "Buildbot's Builders page without a browser frame (1201x365, wide and short): the dark blue sidebar with "
     "Builds expanded to Builders, a breadcrumb 'Builds / Builders', a table header Builder Name / Builds / "
     "Tags / Workers with one row 'runtests' and a green '1', and an unticked 'Show old builders'; mostly "
     "empty; no count"),
    (LOCUST + "ui-screenshot-charts.png", "locust_total_requests_chart",
     [WEB + ["web app", "dashboard", "chart", "graph"]], None,
     ["LOCUST", "https://your-app.com", "SPAWNING", "5700 users", "9406.9", "Total Requests per Second",
      "Download Data", "Reset Stats"], ["browser", "Grafana", "terminal"],
     "Locust's web UI without a browser frame (1078x524): a white header with the green locust logo, HOST, "
     "STATUS, WORKERS 75, RPS 9406.9 and FAILURES 0%, a red STOP and a brown 'Reset Stats' button, dark "
     "green tabs (Charts underlined) and a dark green chart 'Total Requests per Second' with a rising green "
     "line and a flat red one over time labels; a load-testing dashboard page; no count"),
    (LOCUST + "ui-screenshot-start-test.png", "locust_start_new_load_test", [WEB + ["web app", "form", "web form"]],
     None,
     ["LOCUST", "Start new load test", "Number of total users to simulate", "Spawn rate",
      "users spawned/second", "http://www.example.com", "Start swarming", "READY"],
     ["browser", "Grafana", "terminal"],
     "Locust's start page without a browser frame (1004x624): the white header (STATUS READY, WORKERS 75) "
     "and a dark green page with a centred form 'Start new load test' (10000, 100, https://your-app.com) and "
     "a mint 'Start swarming' button; the form is part of the page, not a modal; no count"),
    (LOCUST + "ui-screenshot-stats.png", "locust_statistics_table", [WEB + ["web app", "dashboard", "table"]],
     None,
     ["LOCUST", "6000 users", "9688.9", "accept_delivery", "add_device_status", "cancel_delivery",
      "get_deliveries_by_id", "Average size"], ["browser", "Excel", "terminal"],
     "Locust's Statistics tab without a browser frame (1092x435): the white header (SPAWNING 6000 users, RPS "
     "9688.9, FAILURES 1%, STOP, Reset Stats), dark green tabs (Statistics underlined) and a dark table of "
     "PUT / POST / GET requests with counts and timings; a table in a web page, not a spreadsheet; no count"),
    (LLNG + "status_standard.png", "lemonldap_statistics_page", [WEB + ["web app", "status page", "statistics"]],
     None,
     ["Lemonldap::NG statistics", "Average for last 5 minutes", "PORTAL_ALREADY_AUTHENTICATED",
      "PORTAL_BADCREDENTIALS", "Total users : 1", "Local Cache : 2 objects", "Standard view", "Raw results"],
     ["browser", "Grafana", "terminal"],
     "LemonLDAP::NG's status page without a browser frame (638x581): a black page with two orange squares as "
     "a logo, a big white heading, 'Total' and 'Average for last 5 minutes' sections of small monospace "
     "counters, three lines of totals and underlined orange links at the bottom; white monospace on black "
     "could pass for a terminal, but it is a web page; no count"),
    (LLNG + "googleapps-ssoconfig.png", "google_apps_sso_setup_page", [WEB_ADMIN + ["settings", "form"]], None,
     ["Set up single sign-on (SSO)", "Advanced tools", "Domain settings", "Enable Single Sign-on",
      "Sign-in page URL", "http://dev2.andreas.feide.no", "Network masks", "158.38.0.0/1"],
     ["browser", "Firefox", "terminal"],
     "the old Google Apps admin console's SSO settings without a browser frame (704x509): a blue tab strip "
     "(Dashboard, User accounts, Domain settings, Advanced tools selected, Service settings), a back link, a "
     "form with a ticked 'Enable Single Sign-on', three URL fields, a certificate line, a network-mask field, "
     "small grey help text and 'Save changes' / Cancel; an admin page; no count"),
    (LLNG + "nextcloud_saml_configuration.png", "nextcloud_sso_saml_settings",
     [WEB_ADMIN + ["settings", "settings page"]], None,
     ["SSO & SAML authentication", "Global settings", "Add identity provider", "NGOSSO", "Service Provider Data",
      "Identity Provider Data", "https://auth.example.com/saml/metadata", "Download metadata XML"],
     ["browser", "Firefox", "terminal"],
     "Nextcloud's admin settings page for SSO & SAML without a browser frame (1148x1287, tall): the blue top "
     "bar with the Nextcloud logo and app icons, a sidebar of Personal and Administration sections ('SSO & "
     "SAML authentication' selected), an orange warning banner cut at the right edge, check boxes, a tab "
     "'NGOSSO', fields of certificates and URLs, 'Download metadata XML' and an orange 'Metadata invalid'; "
     "'Mobile & desktop' is a sidebar entry; no count"),
    (MURANO + "plone-admin.png", "plone_up_and_running_page", [WEB + ["web app", "welcome page", "CMS"]], None,
     ["Plone is up and running.", "Your Plone site has not been added yet:", "Create a new Plone site",
      "Advanced", "Management Interface", "low-level technical configuration", "plone.com", "plone.org"],
     ["browser", "Firefox", "WordPress"],
     "Plone's first page after installation, without a browser frame (1502x936): the blue Plone logo, a thin "
     "rule, a large light heading, a blue 'Create a new Plone site' button with 'Advanced' beside it, a big "
     "teal circle with a white jumping figure, and three lines of links at the bottom; no count"),
    ("python-flask-bootstrap-doc/usr/share/doc/python-flask-bootstrap-doc/html/_static/error-form-example.png",
     "bootstrap_flask_login_form_error",
     [WEB + ["login page", "login form", "web form", "form", "browser", "web browser"]], None,
     ["Login", "Username", "greyli", "Password", "Field must be between 8 and 150 characters long.",
      "Remember me", "Submit"], ["terminal", "Firefox", "Chrome"],
     "a Bootstrap-Flask login form (677x627): a white page with a 'Login' heading, Username 'greyli', an empty "
     "Password field outlined red with a red cross and a red error line, 'Remember me' and a blue Submit; "
     "above it a bare dark bar with three red / yellow / green dots (a screenshot tool's mock window) and no "
     "address bar, tabs or toolbar, so no browser chrome; 'browser' is accepted since the dots make it read as "
     "a window; a page, not a dialog; the count is left open"),
    ("vitrage-doc/usr/share/doc/vitrage-doc/html/_images/osprofiler-html-output.png", "osprofiler_trace_table",
     [WEB + ["web app", "table", "report", "trace"]], None,
     ["Levels", "Duration", "108 ms", "topology controller", "topology apis", "vitrage", "Yujuns-Mac-mini.local",
      "Details"], ["browser", "Excel", "terminal"],
     "a crop of OSProfiler's HTML trace report for Vitrage (1786x384, wide): a table Levels / Duration / Type / "
     "Project / Service / Host / Details with outlined level buttons (0 to 4, two with cloud icons), pale "
     "cyan duration bars, blue 'Details' links and a pale green last row; a table in a web page, no frame; "
     "no count"),
    # -- negatives: program main windows, editors, a desktop -----------------------------------
    ("glabels-data/usr/share/help/C/glabels-3.0/figures/introduction-glabels-main-window.png",
     "glabels_main_window_name_tag",
     [GENERIC + ["label designer", "label editor", "label maker", "editor", "design program"]], 1,
     ["Untitled 1 (modified)", "gLabels", "Hello, my name is", "${Name}", "${Company}", "Text object properties",
      "Allow merge to automatically shrink text", "Line Spacing:"], ["terminal", "browser", "Inkscape"],
     "gLabels' main window on GNOME (Adwaita, a light title bar with a close cross, 790x655): menus File / "
     "Edit / View / Objects / Help, two toolbars, a name-tag label (blue 'Hello, my name is', a bold "
     "'${Name}' selected with green handles, '${Company}') and a 'Text object properties' side panel with "
     "tabs, a font drop-down, size, style, colour and alignment, a format bar and a zoom '134%'; a program "
     "window, not a dialog (the properties are a panel); 'editor' is accepted as it edits labels; one window"),
    (PD + "fig1.1.png", "puredata_main_window_log",
     [GENERIC + ["console", "log window", "Pure Data", "Pd", "audio", "music"]], 1,
     ["priority 92 scheduling failed; running at normal priority", "Audio off", "DSP", "Media", "Window", "Find"],
     ["browser", "Audacity", "macOS"],
     "Pure Data's main window (Tk, a dark grey title bar 'Pd' with round buttons, 548x509): menus File / Edit "
     "/ Put / Find / Media / Window / Help, a 'Log: 2' drop-down, 'Audio off' and an unticked DSP box, and a "
     "white log pane with one line; a program's main window with a console, not a dialog and not a terminal; "
     "few words; one window"),
    (DC + "ris29.png", "doublecmd_two_editor_windows_install_txt", [EDITOR + ["code editor"]], 2,
     ["C:\\Program Files\\Double Commander\\doc\\INSTALL.txt", "Compiling Double Commander", "What you need?",
      "Free Pascal and Lazarus", "FPC 3.0.4", "Lazarus 1.8.2",
      "\u041f\u043e\u0434\u0441\u0432\u0435\u0442\u043a\u0430 \u0441\u0438\u043d\u0442\u0430\u043a\u0441"
      "\u0438\u0441\u0430"], ["terminal", "browser", "Notepad"],
     "two of Double Commander's editor windows on Windows 10, one above the other (576x360), both showing "
     "INSTALL.txt with line numbers: white title bars with the path and the three window buttons, Russian "
     "menus, a toolbar of small icons; the top one in a letter-spaced monospace font, the lower one in a "
     "normal one; text editors, not dialogs; two windows"),
    ("qtquickcontrols2-5-doc-html/usr/share/qt5/doc/qtquickcontrols/images/qtquickcontrols2-texteditor-desktop.jpg",
     "qtquick_rich_text_editor_macos",
     [["editor", "text editor", "rich text editor", "word processor", "document", "window"]], 1,
     ["texteditor.html - Text Editor Example", "Qt Quick Controls 2",
      "This example demonstrates a modern rich text editor", "native menus and dialogs", "MessageDialog",
      "FontDialog", "provides a QML API for native platform", "Below you'll find a list of the native controls"],
     ["terminal", "browser", "LibreOffice"],
     "Qt Quick Controls 2's text editor example on macOS (traffic lights, a grey title 'texteditor.html - Text "
     "Editor Example', 1136x734 JPEG with a shadow): a white toolbar (open, copy / cut / paste, bold, italic, "
     "underline, font, colour, alignment) and a document with a big green Qt logo, a heading, a line and a "
     "bulleted list of blue links; 'dialogs' and 'MessageDialog' are words of the document, the frame is an "
     "editor window, not a dialog; one window"),
    (LOGVIEW + "homepage.png", "deepin_log_viewer_system_log",
     [GENERIC + ["log viewer", "system log", "logs", "table"]], 1,
     ["System Log", "Kernel Log", "Boot Log", "dpkg Log", "Xorg Log", "3 months", "Export",
      "dock_manager_entries.go:145: removeAppEntry"], ["terminal", "browser", "Excel"],
     "Deepin Log Viewer's main window (DTK light theme, a title bar with the app icon, a search field, menu / "
     "minimize / maximize / close, 1026x738): a sidebar of log kinds (System Log selected blue), period "
     "buttons (All selected blue), a Level drop-down, Export, a table of Info entries with the first row blue "
     "and a detail pane 'dde-session-dae'; a program window, not a terminal; one window"),
    ("libcamlimages-ocaml-doc/usr/share/doc/libcamlimages-ocaml/examples/liv/livdemo.jpg",
     "camlimages_liv_viewer_desktop",
     [GENERIC + ["image viewer", "desktop", "file browser", "file manager", "thumbnail browser"]], 2,
     ["/usr/local/lib/lv/lv.jpg", "lv shell", "Archimedes.gif", "Fibonacci.gif", "Pythagoras.gif",
      "mona-face.im8", "kasei_kao.jpg", "gd_example.cgi"], ["Finder", "terminal", "browser"],
     "CamlImages' 'liv' demo on an X desktop (714x694 JPEG, a dark violet background): an image window "
     "titled '/usr/local/lib/lv/lv.jpg' (grey round buttons) showing a cartoon camel painting a heart over a "
     "photo of trees by a river, and a 'lv shell' window (green / orange / red buttons) with a grid of "
     "thumbnails (prints, portraits of mathematicians and composers, a Mona Lisa) and a status path; an image "
     "viewer and a thumbnail browser, not dialogs; two windows"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (BACKSTRETCH + "coffee.jpg", "photo_coffee_filter_basket",
     "a drip coffee maker seen from above in dim light: a pleated paper filter with used grounds in a black "
     "basket, a chrome spout over it, the lid open behind"),
    (BACKSTRETCH + "dome.jpg", "photo_glass_dome_lattice",
     "looking up into a glass dome: a black steel lattice of triangles and polygons against a white sky, a "
     "dark round shape at the right"),
    (BACKSTRETCH + "sample2_960.jpg", "photo_lighthouse_on_sea_cliffs",
     "a white lighthouse and its buildings at the end of a green headland above steep golden cliffs and a "
     "grey-blue sea, cliffs in shadow in the foreground"),
    (SLIDES + "1144953-p-2x.jpg", "photo_pair_of_grey_sneakers",
     "a product photo of a pair of grey canvas sneakers with white soles, grey laces and a blue heel tab, on "
     "white"),
    (SLIDES + "1144953-2-2x.jpg", "photo_sneaker_sole",
     "a product photo of a sneaker's tan rubber sole with a pattern of circles and squares, white rim, on "
     "white"),
]


source_folder, frames = package_split("ext15", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
