"""The ``external18`` split of the screen set: an eighteenth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels. It is a DEVELOPMENT split, made to work on WEB PAGES
WITHOUT A BROWSER FRAME: about half of it is such pages (a backup server's web console with a dashboard, a
job log and a chart, admin and settings pages, a Django admin change list twice, a sign-in page, a REST
API page, a CI report table in a dark-headed web app, two wiki pages, an online book page, a Shiny app
with a plot, a web statistics report in French, and two small crops of web apps: a deploy card and a
comment box); about a quarter web pages inside a browser (Firefox on Windows and on GNOME, the Mozilla
suite on a GNOME 2 desktop, Chrome on macOS twice, Internet Explorer, a bare Firefox toolbar); and about
a quarter negatives that look a little like web pages without being ones (a Qt admin tool with a side
tree, a tray monitor window, a wx form window, RStudio's template chooser, WinZip listing .html files,
a web server's Windows properties dialog, a Qt Quick learning program, a settings dialog with a side
list, a dictionary with Back / Forward). Unlike the judge splits it may be looked at, captioned and tuned
on freely; its labels were still written from the pixels alone, before any caption of it was made.

    python benchmarks/screens_dataset.py --splits external18   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external18      # scores it (``all`` leaves it out)

The frames are read at build time from thirteen Debian (bookworm) packages, each unpacked with ``dpkg -x``
into its own folder of ``$PIXEL_LLM_EXT24`` (default ``/work/ext24``); nothing is copied into the
repository. Fetch them (no root needed; about 84 MB of .deb, mediawiki, bacula-doc and python-ara-doc the
bulk; about 390 MB unpacked) with::

    mkdir -p /work/ext24 && cd /work/ext24
    for p in analog artikulate awstats bacula-doc kiten mediawiki python-ara-doc python-celery-doc \\
             python-django-mptt-doc qtwebengine5-examples r-cran-bookdown r-cran-bslib r-cran-plotly; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: analog 2:6.0.17-3, artikulate and kiten 4:22.12.3-1, awstats 7.8-3+deb12u2,
bacula-doc 9.6.7-2, mediawiki 1:1.39.17-1+deb12u2, python-ara-doc 1.5.8-1.1, python-celery-doc 5.2.6-5,
python-django-mptt-doc 0.13.2-2, qtwebengine5-examples 5.15.13+dfsg-1~deb12u1, r-cran-bookdown
0.32+dfsg-1, r-cran-bslib 0.4.2+dfsg-1, r-cran-plotly 4.10.1+dfsg-2 (analog, artikulate, kiten and
qtwebengine5-examples are amd64 packages).

What is in it (33 screenshots): sixteen web pages without a browser frame (Baculum's dashboard, job log
and graphs pages, ARA's playbook list, its Django admin user list and Django REST framework's API root,
Ubuntu One's sign-in page, Gerrit's SSH keys settings page, a Django admin tree of nodes, MediaWiki's
Vector and Timeless skins, a bookdown book page, a Shiny app's plot and outputs, an AWStats report in
French, a crop of Netlify's deploys card and a crop of a Disqus comment box); eight web pages in a
browser (Bacula-Web in Firefox on Windows, Bweb in Firefox twice, Bacula's CD image manager in the
Mozilla suite on a GNOME 2 desktop, Celery Flower in Chrome on macOS twice, an analog report in Internet
Explorer, a bookdown 404 page under a bare Firefox toolbar); nine negatives (bat, Bacula's Qt admin tool
with a side tree and tabs; the Bacula Tray Monitor; Bacula's wx-console restore form; RStudio's 'New R
Markdown' dialog; WinZip listing analog's .html files; IIS's properties dialog; Artikulate's Qt Quick
training page and its settings dialog cropped below the title bar; Kiten's dictionary window). Five
real photos are the negatives for screens (two burgers, cupcakes on a stand, spaghetti with tomato sauce,
a pepperoni pizza, grilled skewers). None of the screenshots carries marks drawn by its manual (some carry
blurs where the manual hid a name); the notes say where a count or a kind needed judgement.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings): pages without
a frame of their own get no count, and ``absent`` names what a caption must not claim (``web page``,
``website`` and ``browser`` on the negatives).
"""

from __future__ import annotations

import screens_external
from screens_external import package_hint, package_split
# the kinds' words, as external10 spells them
from screens_external10 import DIALOG, FILE_MANAGER, GENERIC, SETTINGS, WEB

SPLIT = "external18"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("analog", "artikulate", "awstats", "bacula-doc", "kiten", "mediawiki", "python-ara-doc",
            "python-celery-doc", "python-django-mptt-doc", "qtwebengine5-examples", "r-cran-bookdown",
            "r-cran-bslib", "r-cran-plotly")
ENV, DEFAULT = "PIXEL_LLM_EXT24", "/work/ext24"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

WEB_ADMIN = WEB + ["web app", "admin page"]
BROWSER = ["browser", "web browser", "web page"]
NOT_WEB = ["web page", "website", "browser"]
BACKUP = GENERIC + ["backup program", "backup tool", "admin tool", "administration tool"]

BACULA = "bacula-doc/usr/share/doc/bacula-doc/html/images/"
ARA = "python-ara-doc/usr/share/doc/python-ara-doc/html/"
MEDIAWIKI = "mediawiki/usr/share/mediawiki/skins/"
BOOKDOWN = "r-cran-bookdown/usr/lib/R/site-library/bookdown/examples/images/"
CELERY = "python-celery-doc/usr/share/doc/python-celery-doc/html/_images/"
ANALOG = "analog/usr/share/doc/analog/how-to/"
ARTIKULATE = "artikulate/usr/share/doc/HTML/en/artikulate/"
RECIPES = "qtwebengine5-examples/usr/lib/x86_64-linux-gnu/qt5/examples/webengine/recipebrowser/resources/pages/images/"

# (path under $PIXEL_LLM_EXT24, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- web pages without a browser frame -------------------------------------------------------
    (BACULA + "baculum01.png", "baculum_dashboard_pie_chart", [WEB_ADMIN + ["dashboard", "web console"]], None,
     ["Baculum Menu", "Running jobs: 0", "Finished jobs", "Job status summary", "Last 10 jobs", "Perform restore",
      "Restore wizard", "Database type: PostgreSQL"], ["browser", "terminal", "Grafana"],
     "Baculum, Bacula's web console, without a browser frame (1024x710): a black top bar 'Menu' with the "
     "')))BACULUM)))' logo, a white sidebar ('Welcome, gani' with an avatar, 'Baculum Menu', a black 'Close "
     "Menu' row, Dashboard selected blue, Job history, Jobs, Clients ... Settings, Users), a purple 'Running "
     "jobs: 0', four coloured tiles (red Clients 2, blue Finished jobs 419, teal Pools 8, orange Total bytes "
     "21.2GB), a 'Job status summary' pie (green 49.6 %, red 37.9 %), a 'Last 10 jobs' table (dokumenty, "
     "I-PRACA, DBDump, green ticks and red marks), a Database card and big blue 'Run job' / 'Perform "
     "restore' buttons; a dashboard page, no count"),
    (BACULA + "baculum06.png", "baculum_job_log_page", [WEB_ADMIN + ["web console", "log"]], None,
     ["Job history details", "[JobId 4134] Job: dokumenty", "Configure fileset", "Refresh log",
      "Remote server requires TLS", "darkstar-dir JobId 4134", "MyCatalog"], ["browser", "terminal", "editor"],
     "Baculum's job page without a browser frame (1024x640): the same sidebar (Job history selected), 'Job "
     "history details', '[JobId 4134] Job: dokumenty', a green tab bar (Actions, Configure job, Configure "
     "fileset, Configure schedule), green buttons Run job again / Delete / Refresh log / Restore / Log order "
     "and 'Job: dokumenty.2018-05-21_11.45.00_02' over a monospace job log with a green left rule ('Fatal "
     "error: Authorization problem: Remote server requires TLS.', Build OS, Client, Catalog \"MyCatalog\"); "
     "a log shown in a web page, not a terminal; no count"),
    (BACULA + "baculum08.png", "baculum_graphs_jobs_per_day", [WEB_ADMIN + ["chart", "graph", "web console"]], None,
     ["Graphs", "Time range:", "Last two weeks", "Graph type:", "Job status per day", "Graph: Jobs status / Day",
      "Tip: to use zoom, please mark area on graph."], ["browser", "terminal", "Grafana"],
     "Baculum's Graphs page without a browser frame (1024x683): the sidebar with Graphs selected blue and a "
     "Statistics entry, filter fields (Time range 'Last two weeks', Date From 2019-08-08, Date To 2019-08-22, "
     "Client 'select client', Job name 'select job', Job level 'All levels', Graph type 'Job status per "
     "day'), a legend OK / Cancel / Error and a stacked bar chart 'Graph: Jobs status / Day' of green, "
     "yellow and red bars over Aug 11 to Aug 20, two tips below; no count"),
    (ARA + "_static/ui-reporting.gif", "ara_playbooks_table", [WEB_ADMIN + ["dashboard", "table", "report"]], None,
     ["Playbooks", "Documentation", "Search and filter", "1-100 of 2914", "localhost.localdomain",
      "build-single-release.yaml", "zuul.job:ara-demo", "Name (or path)"], ["browser", "terminal", "Excel"],
     "ARA's web UI, the first frame of an animated GIF, without a browser frame (1178x792): a dark navy "
     "header with the green parrot 'ara' logo, Playbooks (green) and API, a sun / moon switch, "
     "Documentation, About; a 'Search and filter' box, a teal pager 'First « 1-100 of 2914 » Last', a table "
     "Status / Report / Date / Duration / Hosts / Tasks / Results / Ansible / Controller / Name (or path) / "
     "CLI / Labels with green, blue and red status icons and outlined label chips ('zuul.job:ara-demo', "
     "'check:False', 'tags:all'), a mouse pointer; a table in a web app, not a spreadsheet; no count"),
    (ARA + "_images/admin_panel_users.png", "ara_django_admin_users", [WEB_ADMIN + ["Django admin", "table"]], None,
     ["Select user to change", "ADD USER", "By staff status", "By superuser status", "joe@example.com",
      "0 of 1 selected", "STAFF STATUS"], ["browser", "terminal", "Excel"],
     "a crop of a Django admin change list without a browser frame (799x460): 'Select user to change', a "
     "grey 'ADD USER +' pill, a search field and 'Search', 'Action: ---------' with 'Go' and '0 of 1 "
     "selected', a table USERNAME / EMAIL ADDRESS / FIRST NAME / LAST NAME / STAFF STATUS with one row "
     "'joe' 'joe@example.com' and a green tick, '1 user', and a FILTER panel with a blue header (By staff "
     "status, By superuser status, By active: All / Yes / No); an admin page, no count"),
    (ARA + "_images/ui-api-browser.png", "drf_api_root_json", [WEB + ["web app", "API", "REST API"]], None,
     ["Django REST framework", "Api Root", "OPTIONS", "The default basic root view for DefaultRouter",
      "HTTP 200 OK", "application/json", "api.demo.recordsansible.org"], ["browser", "terminal", "editor"],
     "Django REST framework's browsable API without a browser frame (549x518): a dark header 'Django REST "
     "framework', a breadcrumb Index / Api Index / Api Root, a big 'Api Root' with blue OPTIONS and GET "
     "buttons, 'GET /api/v1/' and a grey box of 'HTTP 200 OK', 'Allow: GET, HEAD, OPTIONS', 'Content-Type: "
     "application/json' and a JSON object of links to https://api.demo.recordsansible.org/api/v1/..., on a "
     "faint grid; JSON shown in a page, not a code editor; no count"),
    (ARA + "_images/ubuntu-launchpad.png", "ubuntu_one_log_in_page",
     [WEB + ["login page", "sign-in page", "login form", "web form"]], None,
     ["Log in or Create account", "One account for everything on Ubuntu", "Please type your email:",
      "I have an Ubuntu One account", "Forgot your password?", "Read More"], ["browser", "dialog", "terminal"],
     "Ubuntu One's sign-in page without a browser frame (815x534): a dark header with the orange 'ubuntu one' "
     "logo and 'Log in or Create account', a purple-to-orange banner 'One account for everything on "
     "Ubuntu', a box 'Ubuntu One › log in' with an email field, two radio buttons (the second chosen), a "
     "password field, a green 'Log in' and 'Forgot your password?', and a paragraph at the right with 'Read "
     "More ›'; a login page, not a dialog; no count"),
    (ARA + "_images/gerrit-ssh-key.png", "gerrit_settings_ssh_public_keys",
     [WEB + ["web app", "settings", "settings page", "code review"]], None,
     ["opendev", "Settings", "SSH Public Keys", "Add Key", "Server Host Key", "Fingerprint:",
      "Entry for ~/.ssh/known_hosts:", "Watched Projects"], ["browser", "terminal", "dialog"],
     "Gerrit's settings on OpenDev without a browser frame (875x450): the red 'od' logo 'opendev', top links "
     "All / My / Projects / People / Documentation and Changes / Drafts / Draft Comments / Edits / Watched "
     "Changes / Starred Changes / Groups, 'Settings', a left list (Profile ... SSH Public Keys selected pale "
     "blue ... Agreements), a key table (ssh-dss, ssh-rsa, 'AAAAB3NzaC1...'), Delete / 'Add Key ...', and "
     "two 'Server Host Key' boxes with fingerprints and '[review.opendev.org]:29418 ssh-rsa ...' lines; a "
     "settings page, not a settings dialog or a terminal; no count"),
    ("python-django-mptt-doc/usr/share/doc/python-django-mptt-doc/html/_images/draggablempttadmin-genres.png",
     "django_admin_tree_of_nodes", [WEB_ADMIN + ["Django admin", "tree", "table"]], None,
     ["Select node to change", "Add node", "0 of 5 selected", "Shortcuts", "Collapse tree", "Expand tree",
      "Circus Metal", "5 nodes"], ["browser", "terminal", "file manager"],
     "a crop of an old-style Django admin change list without a browser frame (1496x570, retina): 'Select "
     "node to change', a grey 'Add node +' pill, 'Action: ---------' with 'Go' and '0 of 5 selected', a "
     "'Title' table with move handles and round arrow toggles, a tree of blue links Music > Classical, Rock, "
     "Metal > Circus Metal on pale blue stripes, a 'Shortcuts' box (Collapse tree, Expand tree) and '5 "
     "nodes'; an admin page, not a file tree; no count"),
    (MEDIAWIKI + "Vector/screenshots/1280x800.png", "mediawiki_vector_lorem_ipsum",
     [WEB + ["wiki", "wiki page", "MediaWiki", "article"]], None,
     ["Lorem ipsum dolor sit amet", "Search Testwiki", "Recent changes", "View history", "Contents",
      "Ut enim ad minim veniam", "What links here", "Watchlist"], ["browser", "terminal", "document viewer"],
     "a MediaWiki page in the Vector skin without a browser frame (1280x800): a sunflower-in-brackets logo, a "
     "sidebar (Main page, Recent changes, Random page, Help; Tools: What links here ... Page information), "
     "tabs Page / Discussion and Read / Edit / View history / a star / More, 'Search Testwiki', top links "
     "(Username, Talk, Preferences, Watchlist, Contributions, Log out), a serif title 'Lorem ipsum dolor sit "
     "amet', Latin paragraphs with blue and red links, a Contents box, '[edit]' links and thumbnails of "
     "paintings (a sailing ship at sunset, an autumn river, a girl with a pearl earring cut at the bottom); "
     "a wiki page whose pictures are paintings, no count"),
    (MEDIAWIKI + "Timeless/screenshots/1024x768.png", "mediawiki_timeless_lorem_ipsum",
     [WEB + ["wiki", "wiki page", "MediaWiki", "article"]], None,
     ["Testwiki", "Search approximately 540 pages", "Navigation", "Wiki tools", "Page tools",
      "Lorem ipsum dolor sit amet", "Discussion", "History"], ["browser", "terminal", "document viewer"],
     "the same MediaWiki page in the Timeless skin without a browser frame (1024x768): small-caps 'Testwiki', "
     "a search field 'Search approximately 540 pages', a user icon, 'Navigation', 'Wiki tools' and 'Page "
     "tools' drop-downs over a red, blue and green rule, the title with a red underline, Page / Discussion / "
     "a star and View / Edit / History, Latin text with links, a Contents box with 'hide' and two painting "
     "thumbnails (a ship at sunset, an autumn river) with a caption, a scroll bar at the right; no count"),
    (BOOKDOWN + "bs4-book.png", "bookdown_mastering_shiny_welcome",
     [WEB + ["online book", "book", "documentation", "documentation page"]], None,
     ["Mastering Shiny", "Table of contents", "Welcome", "Your first Shiny app", "On this page", "Edit this page",
      "currently under early development"], ["browser", "terminal", "document viewer"],
     "an online book page (bookdown's bs4 style) without a browser frame (600x340): at the left 'Mastering "
     "Shiny', a Search field and a 'Table of contents' (Welcome selected, Preface, 1 Your first Shiny app, 2 "
     "Basic UI ... 12 Tidy evaluation), in the middle 'Welcome' and paragraphs beside an O'Reilly 'Mastering "
     "Shiny' cover with a pigeon, at the right 'On this page' (Welcome, License, View source, Edit this "
     "page); a documentation site, not a PDF viewer; no count"),
    ("r-cran-plotly/usr/lib/R/site-library/plotly/examples/shiny/event_data/tests/shinytest/mytest-expected/003.png",
     "shiny_app_scatter_plot_outputs", [WEB + ["web app", "Shiny app", "chart", "plot", "graph"]], None,
     ["Plot Type:", "ggplotly", "Hover events appear here (unhover to clear)", "curveNumber pointNumber",
      "customdata", "Merc 240D"], ["browser", "terminal", "spreadsheet"],
     "a Shiny app page as shinytest saved it, without a browser frame (992x977): 'Plot Type:' with radios "
     "ggplotly (chosen) and plotly, a scatter plot of black dots on grey (wt against mpg), then grey boxes of "
     "R output in monospace ('[1] \"Hover events appear here (unhover to clear)\"', 'curveNumber pointNumber "
     "x y customdata', '1 0 7 24.4 3.19 Merc 240D', '$x [1] 23.95979 25.98332'); R output in a web page, not a "
     "console; no count"),
    ("awstats/usr/share/doc/awstats/html/images/screen_shot_960x540.png", "awstats_report_french",
     [WEB + ["web app", "report", "statistics", "dashboard", "chart"]], None,
     ["Statistiques de:", "destailleur.fr", "Historique mensuel", "Période d'analyse", "Visiteurs différents",
      "Bande passante", "Pages non trouvées", "Résumé"], ["browser", "terminal", "spreadsheet"],
     "an AWStats web statistics report in French without a browser frame (959x540): a left menu "
     "('Statistiques de: destailleur.fr', Résumé, Quand:, Qui:, Navigation:, Origine/Referer:, Autres:, "
     "'Pages non trouvées'), 'Dernière mise à jour: 16 Jan 2014 - 06:48', 'Période d'analyse' drop-downs "
     "with OK, a 'Résumé' table with orange, yellow, blue, cyan and teal headers (Visiteurs différents, "
     "Visites, Pages, Hits, Bande passante), an 'Historique mensuel' bar chart Jan to Déc 2013 over a monthly "
     "table, a globe logo with a purple zigzag and a scroll bar; tables in a page, not a spreadsheet; no "
     "count"),
    (BOOKDOWN + "netlify-drag-drop-update.png", "netlify_deploys_card_crop",
     [WEB_ADMIN + ["dashboard", "card"]], None,
     ["Deploys", "Production", "PUBLISHED", "No deploy message", "Yesterday at 7:57 PM",
      "Need to update your site?", "Drag and drop your site folder here"], ["browser", "dialog", "file manager"],
     "a small crop of Netlify's site dashboard without any frame (700x397): a rounded card 'Deploys', "
     "'Production' with a teal 'PUBLISHED' badge, 'No deploy message', an underlined 'Yesterday at 7:57 PM' "
     "with a chevron, and a dashed drop area 'Need to update your site? Drag and drop your site folder "
     "here'; a part of a web page, not a dialog or a file manager; no count"),
    (BOOKDOWN + "disqus.png", "disqus_comment_box_crop", [WEB + ["comments", "comment section", "blog"]], None,
     ["0 Comments", "Yihui Xie", "Recommend", "Sort by Best", "Hi, I want to provide some feedback to this chapter.",
      "Post as Yihui Xie", "bookdown"], ["browser", "dialog", "editor"],
     "a crop of a book page's Disqus comment section without a browser frame (1002x415, a thin grey border): "
     "a sentence 'In short, you just prepare a few R Markdown book chapters, and bookdown can help you turn "
     "them into a beautiful book.', tabs '0 Comments' (underlined blue) and 'Yihui Xie', a speech icon with "
     "a 'Yihui Xie' drop-down, 'Recommend' with a heart, 'Share', 'Sort by Best', a cartoon avatar, a text "
     "box holding the comment and a grey 'Post as Yihui Xie' button; a comment form in a page, not a "
     "dialog; no count"),
    # -- web pages inside a browser --------------------------------------------------------------
    (BACULA + "bweb-index.png", "firefox_windows_bacula_web", [BROWSER + ["Firefox", "Mozilla Firefox"]], 1,
     ["Bacula-Web 1.0RC1", "Mozilla Firefox", "GENERAL DATA", "Total bytes stored:", "Status from last 24h",
      "General report", "Terminated Jobs:", "Volume Status"], ["Chrome", "Safari", "terminal"],
     "Mozilla Firefox on Windows (classic grey, a blue title bar 'Bacula-Web 1.0RC1 - Mozilla Firefox', "
     "1024x744): menus File / Edit / View / Go / Bookmarks / Tools / Help, big New Tab / New Window / "
     "Bookmarks / Print buttons, Back / Forward / Reload / Stop / Home, an address field whose URL the "
     "manual blurred, a bookmarks bar ('Mozilla Firebird Help', 'User Support Forum', 'Plug-in FAQ'); the "
     "page 'Bacula-Web 1.0RC1' with a GENERAL DATA box, Pools tables of volumes (LTO2, File, Append / Full / "
     "Used), 'Status from last 24h' and a 'General report' bar chart with a blurred legend; status 'Done'; "
     "one window"),
    (BACULA + "bweb2.png", "firefox_bweb_main_page", [BROWSER + ["Firefox", "Mozilla Firefox"]], 1,
     ["Bweb - Bacula Web Interface - Mozilla Firefox", "localhost:9180/cgi-bin/bweb/bweb.pl",
      "Informations", "Running Jobs", "Last Jobs", "Job sum : all/all", "CatalogBackup"],
     ["Chrome", "Safari", "terminal"],
     "Firefox 3 on a GNOME desktop theme (a blue title bar 'Bweb - Bacula Web Interface - Mozilla Firefox', "
     "948x857): menus File ... Help, arrows, the address 'http://localhost:9180/cgi-bin/bweb/bweb.pl?' and a "
     "Google search field; the page's nav (Main, Clients, Jobs, Media, Storages, Statistics, Configuration, "
     "About, 'Logged as', search...), an Informations box (Total clients 16, Total Job 1887), an empty "
     "Running Jobs table with View / Cancel, a red bar chart 'Job sum : all/all' and 'Last Jobs ( limited "
     "to 10)' (Roxie, Rufus, Matou, green ticks); status 'Done'; one window"),
    (BACULA + "bweb1.png", "firefox_bweb_timing_statistics", [BROWSER + ["Firefox", "Mozilla Firefox", "chart"]], 1,
     ["Timing Statistics", "localhost:9180/cgi-bin/bweb/btime.pl", "Time limits", "Drive usage", "Pool usage",
      "drive LTO-Drive1", "despool", "Use Job name"], ["Chrome", "Safari", "terminal"],
     "the same Firefox window (1237x694) on Bweb's 'Timing Statistics' page: the address "
     "'http://localhost:9180/cgi-bin/bweb/btime.pl?iso_begin=2009-11-30+00%3A25%3A00&...', an Options box "
     "(Time limits Begin / End, check boxes Drive usage (ticked), Pool usage, Hide Job, Order by Pool, Use "
     "Job name, a 'graph' button) and a 'Current' timeline of rows 'drive LTO-Drive1', 'CatalogBackup_F', "
     "'Rufus_D', 'Matou_I' with orange and red bars on dashed time lines, a legend commit / waiting / "
     "despool / spool / init; status 'Done'; one window"),
    (BACULA + "bimagemgr1.png", "mozilla_suite_gnome2_cd_image_manager",
     [BROWSER + ["Mozilla", "Mozilla suite", "desktop"]], 1,
     ["Bacula CD Image Manager - Mozilla", "localhost/cgi-bin/bimagemgr.pl", "Current Volume Information",
      "refresh this window", "Credit Union", "Wells Fargo", "Adblock", "Burn"], ["Chrome", "Firefox", "terminal"],
     "the Mozilla suite on a GNOME 2 desktop (797x598, an interlaced PNG): the top panel 'Applications "
     "Actions' with launchers, a window 'Bacula CD Image Manager - Mozilla' (menus File ... Window Help, "
     "round back / forward / reload / stop, the address 'http://localhost/cgi-bin/bimagemgr.pl', bookmarks "
     "Home, Credit Union, My Pictures, Piecmont, File Ext, Dell, AnyWho, Wells Fargo, Router, a tab), a page "
     "of bold serif paragraphs with purple 'refresh this window' links and a 'Current Volume Information' "
     "table (vol01, Reset, Full, a Burn button), status 'Done' and 'Adblock', and the bottom task bar with "
     "the window's button and 'Sat Oct 16, 10:57:29 AM'; one window on a desktop"),
    (CELERY + "dashboard.png", "chrome_mac_celery_flower_workers", [BROWSER + ["Chrome", "Google Chrome"]], 1,
     ["Celery Flower", "localhost:5555/workers", "Workers", "Shut Down", "Completed Tasks", "celery1.pi.local",
      "Offline", "images, data, video"], ["Firefox", "Safari", "terminal"],
     "an old Chrome on macOS (984x639): grey traffic lights, a tab 'Celery Flower', back / forward / reload, "
     "the address 'localhost:5555/workers', a star and a wrench; Flower's green nav bar (Celery Flower, "
     "Workers selected, Tasks, Monitor, Docs, About), 'Workers', a check-box drop-down and 'Shut Down', a "
     "table of celery1.pi.local to celery9.pi.local with green 'Online' badges and one red 'Offline', counts "
     "and queues; the window is cut at the bottom; one window"),
    (CELERY + "monitor.png", "chrome_mac_celery_flower_monitor", [BROWSER + ["Chrome", "Google Chrome", "chart"]],
     1,
     ["Celery Flower", "localhost:5555/monitor", "Succeeded tasks", "celery9.pi.local", "celery3.pi.local: 135.00",
      "Mon, 13 Aug 2012 14:12:28 GMT", "Monitor"], ["Firefox", "Safari", "terminal"],
     "the same Chrome on macOS (1023x590, red / yellow / green traffic lights) on Flower's Monitor page "
     "('localhost:5555/monitor', Monitor selected): a 'Succeeded tasks' legend of ticked coloured boxes "
     "(celery9.pi.local ... celery1.pi.local) and a stacked area chart of spikes in red, green, teal and grey "
     "with a tooltip 'celery3.pi.local: 135.00', a date and a range slider; one window"),
    (ANALOG + "startwin/run.005.png", "internet_explorer_analog_report_crop",
     [BROWSER + ["Internet Explorer", "IE"]], None,
     ["Web Server Statistics for [my organisation]", "Microsoft Internet Explorer", "Report.html",
      "General Summary", "Program started at Mon-26-Aug-2002 17:44.", "Monthly Report",
      "This report contains overall statistics."], ["Chrome", "Firefox", "terminal"],
     "a crop of Internet Explorer on Windows (670x430, cut at the right and the bottom): the blue title "
     "'Web Server Statistics for [my organisation] - Microsoft Internet Explorer', menus File / Edit / View "
     "/ Favorites / Tools / Help, a Google toolbar, 'Address C:\\Program Files\\analog 5.24\\Report.html'; "
     "the page with the analog logo, a big serif heading, 'Program started at Mon-26-Aug-2002 17:44.', "
     "'General Summary' and purple 'Go To' links, the mouse pointer; cut, so no count"),
    (BOOKDOWN + "404.png", "firefox_toolbar_bookdown_page_not_found", [BROWSER + ["Firefox"]], None,
     ["apreshill.github.io/bs4booktesting", "Page not found", "A Minimal Book Example",
      "The page you requested cannot be found", "Table of contents", "View book source",
      "This book was built by the bookdown R package."], ["Chrome", "Safari", "terminal"],
     "a page under a bare Firefox toolbar (600x409; back / forward / reload / home, a shield and a lock, the "
     "address 'https://apreshill.github.io/bs4booktesting/an-unwritten-chapter.html', a star, pocket, "
     "download and menu icons; no tabs, no title bar): a bookdown book's 404 page, a sidebar 'A Minimal Book "
     "Example' with Search and a table of contents (1 Prerequisites ... References, 'View book source'), "
     "'Page not found' and its two paragraphs, a slate-blue footer; browser chrome but no window frame, so "
     "no count"),
    # -- negatives: native programs and dialogs that look a little like pages --------------------
    (BACULA + "bat11.png", "bat_qt_admin_tool_media_info", [BACKUP + ["table"]], 1,
     ["bat - Bacula Admin Tool", "Select Page", "Media Info", "Completed successfully", "Recycle Pool:",
      "BBN004L1", "Command:", "Bacula Administration Tool"], NOT_WEB + ["terminal"],
     "bat, Bacula's Qt admin tool (1115x922, a KDE 3 style blue title bar): menus File / Settings / Help, a "
     "toolbar of icons, a 'Select Page' tree (roxie-dir in magenta, Console in green, Clients, FileSets, "
     "Jobs, Jobs Run, Pools, Media > Media Info selected, Storage, Run), tabs Console / Jobs / Jobs Run / "
     "Job / Job / Pools / Media / Media Info / Run, Edit / Purge / Delete / Prune, Information, Statistics "
     "and Limits group boxes and a Jobs table with bright green 'Completed successfully' cells, a "
     "'Command:' field; a desktop program with a side tree, not a web app; 'Console' is a tab; one window"),
    (BACULA + "tray-monitor-status.png", "bacula_tray_monitor_status",
     [GENERIC + ["monitor", "status window", "dialog", "table", "backup program"]], 1,
     ["Bacula Tray Monitor", "FileDaemon Status", "Running Jobs", "Terminated Jobs", "17 January 2016",
      "RestoreFiles", "Bandwidth Limit:", "Refresh:"], NOT_WEB + ["terminal"],
     "the Bacula Tray Monitor's window (Qt, a plain grey title bar, 777x602): tabs zog8-fd / zog8-dir, "
     "'FileDaemon Status' (Name zog8-fd, Version '8.5.0 (17 January 2016)', Started, Bandwidth Limit), an "
     "empty 'Running Jobs' table, a 'Terminated Jobs' table of three rows with green 'Completed ...' cells, "
     "a refresh button, 'Refresh: 120' and Close; a small status window ('dialog' accepted), not a page; "
     "one window"),
    (BACULA + "wx-console-restore1.png", "bacula_wx_console_restore_form",
     [BACKUP + ["form", "dialog", "restore"]], 1,
     ["Bacula wx-console", "Enter restore mode", "Cancel restore",
      "Please configure parameters concerning files to restore", "RestoreFiles", "Kerns Files",
      "Please configure your restore parameters."], NOT_WEB + ["terminal"],
     "Bacula's wx-console window (GTK 2, a grey Bluecurve-like title bar, 724x509): menus File / Help, tabs "
     "Console / Restore (selected), a greyed 'Enter restore mode' and 'Cancel restore', a form of "
     "drop-downs (Job Name RestoreFiles, Client Rufus, Fileset 'Kerns Files', Pool Default, Storage File, "
     "Before '2005-06-01 11:53:58'), OK / Cancel and a status line; a form in a desktop window, not a web "
     "form; 'Console' is a tab; one window"),
    ("r-cran-bslib/usr/lib/R/site-library/bslib/help/figures/rstudio-templates.png",
     "rstudio_new_r_markdown_templates", [DIALOG + ["template chooser", "new document dialog", "chooser"]], 1,
     ["New R Markdown", "From Template", "Template:", "Custom theming", "Flex Dashboard", "Interactive Tutorial",
      "Using R Markdown Templates", "Create Empty Document"], NOT_WEB + ["terminal"],
     "RStudio's 'New R Markdown' dialog on macOS (retina, 1164x1024, a grey title strip, no window buttons "
     "in view): a side list Document / Presentation / Shiny / From Template (selected pale blue), a "
     "'Template:' list (Custom theming {bslib} selected, Legacy custom theming, Real-time theming, Distill "
     "Article, Flex Dashboard, Interactive Tutorial {learnr}, a cut 'reprex'), a help link, 'Create Empty "
     "Document', OK and Cancel; 'Dashboard' is a template name; one window"),
    (ANALOG + "startwin/zip.content.001.png", "winzip_analog_archive_html_files",
     [GENERIC + ["archive manager", "archiver", "zip", "WinZip"] + FILE_MANAGER], 1,
     ["WinZip - analog_524w32.zip", "acknow.html", "anlgform.html", "analog.cfg", "Packed", "Ratio",
      "Total 395 files", "Selected 0 files"], NOT_WEB + ["terminal"],
     "WinZip on Windows (classic, a blue title bar 'WinZip - analog_524w32.zip', 671x415): menus File / "
     "Actions / Options / Help, toolbar icons, a list Name / Modified / Size / Ratio / Packed / Path "
     "(acknow.html, alias.html, am.lng, analog.cfg with a dotted focus, analog.exe, analogo.gif ..., "
     "anlgform.html, args.html), a status bar 'Selected 0 files, 0 bytes' / 'Total 395 files, 2,691KB' and "
     "two lights; an archive program listing .html files, not a web page; one window"),
    (ANALOG + "iis/IISConfig2.gif", "windows_iis_properties_dialog", [SETTINGS + ["properties", "properties dialog"]],
     1,
     ["ntlewis11 Properties", "Internet Information Services", "Server Extensions", "Master Properties",
      "WWW Service", "Enable Bandwidth Throttling", "Computer MIME Map"], NOT_WEB + ["terminal"],
     "a Windows 2000 properties dialog (classic, '* ntlewis11 Properties' with ? and x, 460x448, GIF): tabs "
     "'Internet Information Services' / 'Server Extensions', 'Master Properties' with a highlighted 'WWW "
     "Service' drop-down and Edit..., an unticked 'Enable Bandwidth Throttling' with a greyed '1,024 kb/s', "
     "'Computer MIME Map' ('Configure the MIME types for all web sites on this computer.') and Edit..., OK / "
     "Cancel / a greyed Apply / Help; a web server's settings dialog, not a web page; one window"),
    (ARTIKULATE + "first-steps-4-start-training.png", "artikulate_training_meteo_no_frame",
     [GENERIC + ["language learning", "learning program", "education", "training", "vocabulary trainer"]], None,
     ["Artikulate Français", "Categories", "Category: Météo", "Pays et cultures", "venteux", "Listen", "Record",
      "Skip"], NOT_WEB + ["terminal"],
     "KDE's Artikulate (Qt Quick / Kirigami) without a title bar (926x600): a UN-flag icon, drop-downs "
     "'Français' and 'Artikulate Français', a hamburger button; a 'Categories' tree (blue selected headers "
     "Famille, Sport, Pays et cultures, Météo and words orage ... venteux selected ... climat), a big "
     "'Category: Météo', two pale blue cards ('venteux' with Listen, a person outline with Record and a "
     "greyed Play), 'Skip >' and 'Next ✓'; a desktop learning program that looks like a web page; no frame, "
     "so no count"),
    (ARTIKULATE + "editor-set-repository.png", "artikulate_repository_settings_crop", [SETTINGS], None,
     ["Resource Repository Settings", "Sound Devices", "Fonts", "Course Resources", "Course Contributor Repository:",
      "/home/cordlandwehr/KDE/artikulate-data", "Use course contributor repository in trainer mode", "Defaults"],
     NOT_WEB + ["terminal"],
     "Artikulate's settings dialog cropped below its title bar (Breeze, 826x646): a side list of pages with "
     "icons (Sound Devices, Fonts, Course Resources selected blue), 'Resource Repository Settings', a "
     "paragraph ('This dialog allows advanced settings...'), a path field "
     "'/home/cordlandwehr/KDE/artikulate-data' with clear and folder buttons, an unticked check box and Help "
     "/ Defaults / OK / a greyed Apply / Cancel; a settings dialog, not a settings page of a web app; no "
     "frame, so no count"),
    ("kiten/usr/share/doc/HTML/en/kiten/looking_up_words.png", "kiten_dictionary_cloud_results",
     [GENERIC + ["dictionary", "Japanese dictionary", "dictionary program"]], 1,
     ["Found 7 results", "Kiten", "Radical Selector", "Kanji Browser", "Filter out rare", "Exact Match",
      "From Dictionary: kanjidic", "From Dictionary: edict"], NOT_WEB + ["terminal"],
     "KDE's Kiten, a Japanese dictionary ('Found 7 results — Kiten', Breeze, a Japanese flag icon, "
     "833x543): menus File / Go / Search / Settings / Help, a toolbar Back / a greyed Forward / Radical "
     "Selector / Kanji Browser and three drop-downs, a search field 'cloud' with Search, results under "
     "'From Dictionary: kanjidic' and 'From Dictionary: edict' (blue kanji with readings and English "
     "glosses such as '(n) rain cloud'), a status line; Back / Forward and links make it look like a "
     "browser, but it is a dictionary program; one window"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (RECIPES + "burger.jpg", "photo_two_burgers_on_board",
     "two burgers with lettuce, tomato, onion and basil leaves in sesame buns on a wooden board, a dark "
     "background (768x512)"),
    (RECIPES + "cupcakes.jpg", "photo_cupcakes_on_wire_stand",
     "cupcakes with swirls of white frosting on a white wire stand, close up on a light background "
     "(768x512)"),
    (RECIPES + "pasta.jpg", "photo_spaghetti_tomato_sauce",
     "a white plate of spaghetti with tomato sauce, grated cheese and basil, tomatoes and a red and white "
     "cloth beside it (768x512)"),
    (RECIPES + "pizza.jpg", "photo_pepperoni_pizza",
     "a pepperoni pizza with black olives and mushrooms, melted cheese pulled from a slice, tomatoes and "
     "mushrooms behind (768x515)"),
    (RECIPES + "skewers.jpg", "photo_grilled_skewers",
     "skewers of grilled chicken and red pepper on wooden sticks lying on a dark grill (768x514)"),
]


source_folder, frames = package_split("ext18", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
