"""The ``external19`` split of the screen set: a nineteenth set of real screenshots, from packages no earlier
split (external18 included) used, labelled by hand from the pixels and never captioned before its first
score. It is a BLIND JUDGE split for WEB PAGES WITHOUT A BROWSER FRAME, made like the development split
``external18`` but from other packages: about half of it is such pages (an LDAP admin tool's user table,
tree view with a menu and schema browser, an Okta app page, a PHP cache status page with a donut chart, a
monitoring tool's overview, a settings pane and a pane with a shell script, GitLab's pipelines page and a CI
job page with a dark log, three dark monitoring dashboards, two dark streaming-server admin pages, a UPS
status page of 1999, a status page in a Mac window without its toolbar); about a quarter web pages inside a
browser (Chrome and Firefox on macOS, an old Mac OS X browser, Safari, Firefox on OS X, Netscape 4 on X11, a
browser on an Android phone); and about a quarter negatives that look a little like web pages without being
ones (a browser add-on's options window, a GTK 2 save dialog, a system monitor listing firefox-bin, a
mail-filter editor, a Kirigami contrast checker, a menu editor with an 'Internet' category, a CSV export
dialog, a tree of check boxes). Its frames and captions are not to be looked at or tuned on: whoever tunes
the captioner sees only its counts.

    python benchmarks/screens_dataset.py --splits external19   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external19      # scores it (``all`` leaves it out)

The frames are read at build time from twenty-one Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT25`` (default ``/work/ext25``); nothing is copied into
the repository. Fetch them (no root needed; about 82 MB of .deb, ldap-account-manager, scribus-data and
python-dask-doc the bulk; about 370 MB unpacked) with::

    mkdir -p /work/ext25 && cd /work/ext25
    for p in apache2-doc apcupsd-doc beets-doc eom-common icecast2 icingaweb2-module-director kmenuedit \\
             kontrast ktimetracker ldap-account-manager mate-system-monitor-common netdata-web \\
             pim-data-exporter pim-sieve-editor python-dask-doc qtwebview5-examples r-cran-pkgdown \\
             r-cran-rmarkdown scribus-data simplesamlphp webext-foxyproxy; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: apache2-doc 2.4.71-1~deb12u1, apcupsd-doc 3.14.14-3.1, beets-doc 1.6.0-4+deb12u1,
eom-common 1.26.0-2, icecast2 2.4.4-4+b1, icingaweb2-module-director 1.10.2-1, kmenuedit 4:5.27.5-2,
kontrast 22.12.3-1, ktimetracker 4:5.0.1-3, ldap-account-manager 8.3-1, mate-system-monitor-common
1.26.0-1, netdata-web 1.37.1-2, pim-data-exporter and pim-sieve-editor 4:22.12.3-1, python-dask-doc
2022.12.1+dfsg-2, qtwebview5-examples 5.15.8-2+b1, r-cran-pkgdown 2.0.7-1, r-cran-rmarkdown 2.20+dfsg-1,
scribus-data 1.5.8+dfsg-4, simplesamlphp 1.19.7-1+deb12u2, webext-foxyproxy 7.5.1+dfsg-3 (icecast2,
kmenuedit, kontrast, ktimetracker, pim-data-exporter, pim-sieve-editor and qtwebview5-examples are amd64
packages).

What is in it (32 screenshots): seventeen web pages without a browser frame (five of LDAP Account
Manager's manual, five of the Icinga Director's documentation, two of them GitLab pages, three of
Netdata's, two of Icecast's, apcupsd's CGI status page and simpleSAMLphp's status page in a Mac window
with no browser toolbar); seven web pages in a browser (the Dask dashboard in Chrome and JupyterLab in
Firefox on macOS, simpleSAMLphp's installation page, beets' web player in Safari, Apache's balancer
manager in Firefox on OS X, a German 404 page in Netscape 4, qt.io in a browser on an Android phone); eight
negatives (FoxyProxy's options window, Eye of MATE's Save As dialog, the GNOME 2 System Monitor, KDE's
Sieve Editor, Kontrast, the KDE Menu Editor cropped below its title bar, KTimeTracker's CSV export dialog,
the PIM Setting Exporter's selection dialog). Five real photos are the negatives for screens (a tabby
kitten, a pale kitten on a windowsill, black-and-white seed heads, kites in a blue sky, three keycaps
W, 3, C). None of the screenshots carries marks drawn by its manual (the Okta page carries blurs where
the manual hid its identifiers); the notes say where a count or a kind needed judgement.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings): pages without
a frame of their own get no count, and ``absent`` names what a caption must not claim (``web page``,
``website`` and ``browser`` on the negatives).
"""

from __future__ import annotations

import screens_external
from screens_external import package_hint, package_split
# the kinds' words, as external10 spells them
from screens_external10 import DIALOG, GENERIC, SETTINGS, WEB

SPLIT = "external19"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("apache2-doc", "apcupsd-doc", "beets-doc", "eom-common", "icecast2", "icingaweb2-module-director",
            "kmenuedit", "kontrast", "ktimetracker", "ldap-account-manager", "mate-system-monitor-common",
            "netdata-web", "pim-data-exporter", "pim-sieve-editor", "python-dask-doc", "qtwebview5-examples",
            "r-cran-pkgdown", "r-cran-rmarkdown", "scribus-data", "simplesamlphp", "webext-foxyproxy")
ENV, DEFAULT = "PIXEL_LLM_EXT25", "/work/ext25"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

WEB_ADMIN = WEB + ["web app", "admin page"]
BROWSER = ["browser", "web browser", "web page"]
NOT_WEB = ["web page", "website", "browser"]
DASHBOARD = WEB_ADMIN + ["dashboard", "monitoring", "chart", "graph"]

LAM = "ldap-account-manager/usr/share/doc/ldap-account-manager/docs/manual/images/"
DIRECTOR = "icingaweb2-module-director/usr/share/doc/icingaweb2-module-director/screenshot/director/"
NETDATA = "netdata-web/usr/share/netdata/web/images/"
ICECAST = "icecast2/usr/share/doc/icecast2/img/"
DASK = "python-dask-doc/usr/share/doc/python-dask-doc/html/_images/"
SAML = "simplesamlphp/usr/share/doc/simplesamlphp/resources/"
APACHE = "apache2-doc/usr/share/doc/apache2-doc/manual/images/"
KDE = "usr/share/doc/HTML/en/"
KITTENS = "r-cran-pkgdown/usr/share/doc/r-cran-pkgdown/tests/testthat/assets/man-figures/"
SCRIBUS = "scribus-data/usr/share/scribus/templates/"

# (path under $PIXEL_LLM_EXT25, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- web pages without a browser frame -------------------------------------------------------
    (LAM + "mainpage.png", "lam_users_table", [WEB_ADMIN + ["table", "user list"]], None,
     ["LDAP Account Manager Pro", "d_demo - admin", "New user", "File upload", "Delete selected users",
      "User count: 12", "Account status", "Sort sequence"], ["browser", "terminal", "spreadsheet"],
     "LDAP Account Manager's user list without a browser frame (1874x933): a top bar with a blue tree logo "
     "'LDAP Account Manager Pro - 7.9.DEV', 'd_demo - admin' and links Accounts / Tools / Help / Logout; "
     "'Users', a blue 'New user', a yellow 'File upload', a red-outlined 'Delete selected users', a drop-down "
     "'demo > People > test > de', 'User count: 12' and a table (Actions, User name, First name, Last name, "
     "UID number, GID number, Account status) with Sort sequence and Filter rows, twelve users (cbach Claudia "
     "Bach ... xmontag Xaver Montag), pencil / bin / copy / PDF / key icons and padlocks; a table in an admin "
     "page, not a spreadsheet; no count"),
    (LAM + "tree1.png", "lam_ldap_tree_context_menu", [WEB_ADMIN + ["tree", "tree view", "menu"]], None,
     ["ou=demo,ou=People,o=test,c=de", "cn=Ernst Bäcker", "Create a child entry", "Add new attribute",
      "organizationalUnit", "Show internal attributes", "Internal attributes"], ["browser", "terminal", "dialog"],
     "LDAP Account Manager's tree view without a browser frame (1811x765): a tree 'ou=demo,ou=People,o=test,"
     "c=de' (pale blue), cn=Ernst Bäcker with a four-coloured icon, orange folders ou=project1 to 3, a menu "
     "open on it (Create a child entry highlighted, Delete, Refresh, Copy, Cut, a greyed Paste, Search, "
     "Export), and at the right the entry's heading, 'Attributes' (objectClass 'organizationalUnit', ou "
     "'demo' with green plus and red cross buttons), 'Add new attribute', a blue Save and 'Show internal "
     "attributes'; a menu drawn by the page, not a desktop menu; no count"),
    (LAM + "schemaBrowser.png", "lam_schema_browser_inetorgperson", [WEB_ADMIN + ["schema browser"]], None,
     ["Schema browser", "Object classes", "Attribute types", "Matching rules", "Jump to an object class",
      "RFC2798: Internet Organizational Person", "organizationalPerson", "businessCategory"],
     ["browser", "terminal", "document viewer"],
     "LDAP Account Manager's 'Schema browser' page without a browser frame (1463x923, plain white): large "
     "blue links Object classes / Attribute types / Syntaxes / Matching rules, 'Jump to an object class' "
     "with a drop-down 'inetOrgPerson', a section 'inetorgperson' under a dotted rule (OID "
     "2.16.840.1.113730.3.2.2, Description 'RFC2798: Internet Organizational Person', Type structural, "
     "Inherits from organizationalPerson, Optional attributes audio, businessCategory, carLicense ... "
     "jpegPhoto as blue links); much white space; no count"),
    (LAM + "okta1.png", "okta_app_general_settings",
     [WEB_ADMIN + ["settings", "settings page", "Okta"]], None,
     ["Back to Applications", "View Logs", "Okta API Scopes", "Client Credentials", "Client secret",
      "General Settings", "Okta domain", "Allowed grant types"], ["browser", "terminal", "dialog"],
     "Okta's admin page for an application named LAM without a browser frame (1135x1737, tall): '← Back to "
     "Applications', a gear tile, 'LAM', an 'Active' drop-down, a green key button and 'View Logs', tabs "
     "General (green underline) / Sign On / Assignments / Okta API Scopes, a 'Client Credentials' box (a "
     "blurred Client ID, a Client secret of dots with eye and copy buttons, grey help text), 'General "
     "Settings' with Edit, a blurred Okta domain, APPLICATION (Application label LAM, Application type Web, "
     "Allowed grant types with ticked Client Credentials and Authorization Code), LOGIN with a blurred "
     "redirect URI; the blurs are the manual's; no count"),
    (LAM + "opcache.png", "php_opcache_status_donut", [DASHBOARD + ["status page", "table"]], None,
     ["PHP 5.6.27-0+deb8u1 with OpCache 7.0.6-dev", "Configuration", "Scripts (457)", "Visualise Partition",
      "opcache_enabled", "used_memory", "number_of_strings", "Restarts"], ["browser", "terminal", "spreadsheet"],
     "an OpCache status page without a browser frame (1046x579): a bold heading 'PHP 5.6.27-0+deb8u1 with "
     "OpCache 7.0.6-dev', tabs Status / Configuration / Scripts (457) / Visualise Partition, a scrolling "
     "table of settings (opcache_enabled true, cache_full false, used_memory 55.57 MB, free_memory 72.43 MB, "
     "buffer_size 16,777,216, number_of_strings 44,323), radios Memory / Keys / Hits / Restarts and a red and "
     "green donut chart with a legend Used / Free / Wasted (orange); no count"),
    (DIRECTOR + "readme/director_main_screen.png", "icinga_director_overview_tall",
     [DASHBOARD + ["Icinga", "overview"]], None,
     ["Icinga Director", "Define whatever you want to be monitored", "Get alerts when something goes wrong",
      "Automate all tasks", "Import data sources", "Config Deployment", "Self Service API", "Business Processes"],
     ["browser", "terminal", "Grafana"],
     "Icinga Web 2 with the Director module's overview, without a browser frame (1400x2054, tall): a blue "
     "header with the white 'icinga' logo and tabs Overview / an orange Health / a reload icon, a dark grey "
     "sidebar (Search ..., Dashboard, Problems with a red 8, Overview, Business Processes, Icinga Director "
     "open on Hosts ... Deployments, Jira, History, Applications, Datacenter, LYNX Technik, Reporting, "
     "System, Configuration, tom) and sections of grey icons with short texts ('Define whatever you want to "
     "be monitored', Host objects '2040 objects have been defined', 'Automate all tasks' with a red database "
     "and orange arrows, 'Icinga Director Configuration', 'Do more with custom data'); no count"),
    (DIRECTOR + "74_self-service-api/7403-director_self-service-settings.png", "icinga_director_self_service_settings",
     [WEB_ADMIN + ["settings", "settings page", "form"]], None,
     ["Self Service API - Settings", "Fully qualified domain name (FQDN)", "Transform to lowercase",
      "Download from packages.icinga.com", "Installer Hashes", "Flush API directory", "Submit"],
     ["browser", "terminal", "dialog"],
     "a settings pane of Icinga Web 2's Director without a browser frame (702x706): a blue tab strip 'Self "
     "Service' with a reload icon and a close ×, 'Self Service API - Settings', a sentence about hosts that "
     "register themselves, a form (Host Name, Transform Host Name, Installation Source, Source Path "
     "'https://packages.icinga.com/windows/', Agent Version 2.6.3, Installer Hashes 'Add a new one...' with "
     "a + in a pale blue focused row, Allow Updates, Flush API directory), an outlined 'Submit' and a pale "
     "cyan notice with '!' about SHA1 hashes; a column of a web page, not a dialog window (the × closes the "
     "column); no count"),
    (DIRECTOR + "24-agents/2403_show_agent_instructions_1.png", "icinga_director_agent_script_pane",
     [WEB_ADMIN + ["documentation", "instructions"]], None,
     ["Agent deployment instructions", "Icinga 2 Client documentation", "When using the node wizard",
      "Linux commandline", "Just copy & paste this script", "ICINGA_PKI_DIR=/etc/icinga2/pki",
      "icinga2 pki new-cert"], ["browser", "terminal", "text editor"],
     "an Icinga Web 2 (Director) pane without a browser frame (692x676): a blue tab strip Host / Preview / "
     "History / Services / Agent (selected) / reload and a close ×, 'Agent deployment instructions' with "
     "blue links, 'When using the node wizard', 'Ticket : 403fd74be2336e...', 'Linux commandline', 'Just "
     "copy & paste this script ...' and a monospace shell script ('#!/bin/bash', comments, "
     "'ICINGA_PKI_DIR=/etc/icinga2/pki', 'icinga2 pki new-cert --cn some-agent.example.com \\'); a script "
     "shown in a web page, not a terminal or an editor; no count"),
    (DIRECTOR + "93_testing/933_director_testing_history.png", "gitlab_pipelines_page",
     [WEB_ADMIN + ["GitLab", "CI", "pipelines", "table"]], None,
     ["icingaweb2-module-director", "Pipelines", "Cycle Analytics", "Run pipeline", "CI Lint",
      "Unit Tests With Db: running", "test/bootstrap: allow fallback to configdir", "Merge Requests"],
     ["browser", "terminal", "Jenkins"],
     "GitLab's Pipelines page of 'Icinga / icingaweb2-module-director' without a browser frame (1102x547): a "
     "hamburger and the project path, the Icinga logo, a search field and icons, nav (Project, Activity, "
     "Repository, Pipelines selected, Graphs, Issues 2, Merge Requests 0, Wiki), sub-nav (Pipelines, "
     "Environments, Cycle Analytics), tabs All 89 / Running 1 / Branches / Tags, a green 'Run pipeline' and "
     "'CI Lint', and a table of pipelines (a blue 'running' #89, green 'passed', a red 'failed' #86) with "
     "branches, commit ids and messages, a tooltip 'Unit Tests With Db: running', times and a red ×; no "
     "count"),
    (DIRECTOR + "93_testing/932_director_testing_output_testdox.png", "gitlab_ci_job_log_page",
     [WEB_ADMIN + ["GitLab", "CI", "build log", "log"]], None,
     ["Build #402", "feature/test-runner-12905", "Running with gitlab-ci-multi-runner 1.7.1",
      "phpunit --testdox --colors", "PHPUnit 4.2.6 by Sebastian Bergmann.", "Build details", "Jessie/MySQL",
      "Update .gitlab-ci.yml"], ["browser", "terminal", "Jenkins"],
     "a GitLab CI job page without a browser frame (1036x768): the project path '... · Builds', the Icinga "
     "logo and nav, a green outlined 'passed' and 'Build #402 for commit 36f18e7f from "
     "feature/test-runner-12905 by Thomas Gelf about a minute ago', a black log panel in monospace (white, "
     "yellow-green and green lines: the runner, 'git' steps, '$ phpunit --testdox --colors', '[x] ...' test "
     "names), and a right column 'Build details' (Duration 3 seconds, Runner #10, Raw / Erase), 'Commit "
     "title', blue tags 'director' and 'jessie' and a list of jobs with green ticks; a job log in a web page, "
     "not a terminal; no count"),
    (NETDATA + "home.png", "netdata_home_cards_dark", [DASHBOARD], None,
     ["Nodes by status", "Nodes by ML", "Nodes over type of machine/technology", "Nodes by O/S version",
      "Ubuntu 18.04.5 LTS (Bionic Beaver)", "Total metrics collected", "Data retention", "Users by role"],
     ["browser", "terminal", "Grafana"],
     "Netdata Cloud's home dashboard, dark, without a browser frame (1619x856): dark grey cards 'Nodes' 39, "
     "'Nodes by status' (Live 5, Stale 0, Offline 34, a ring), 'Nodes by ML', 'Nodes over type of "
     "machine/technology' (VM 39, kvm, No data), 'Nodes by data replication' (Parents 10, Children 29), "
     "'Nodes by O/S version', 'Nodes by Agent version', 'Total metrics collected' 15.3k, 'Total data "
     "points' 216.3M, 'Data retention' (Minimum 14h, Average 1d, Maximum 2d), 'Active Alerts', 'Users by "
     "role' with a purple ring 7; no count"),
    (NETDATA + "nodeView.png", "netdata_node_view_cpu_chart", [DASHBOARD], None,
     ["System Overview", "Analysed 2895 and found 217 correlated metrics.", "Total CPU utilization",
      "Net Outbound", "Sections and Charts", "Search charts", "Single Node", "Anomalies"],
     ["browser", "terminal", "Grafana"],
     "Netdata Cloud's node view, dark, without a browser frame (2880x1412, rounded corners): a left rail "
     "(the green logo, NC and m space buttons, a green +), 'General' room, 'Paused' and a time range, 'Nodes "
     "Live 12 Stale 0 Offline 55', tabs Home / Overview / Nodes / Dashboards / Alerts / Anomalies / "
     "'staging-m...-disabled', a banner 'Analysed 2895 and found 217 correlated metrics.' with a slider, "
     "'System Overview' gauges (Disk Write 148.0, a blue CPU arc 26.5, Net Inbound 7.5, Net Outbound 539.5, "
     "Used RAM 20.6), a purple area chart 'Total CPU utilization' with a tooltip, and a right panel "
     "'Sections and Charts' (Search charts, cpu, load, disk, ... CPUs, Memory, Disks, Filesystem); no count"),
    (NETDATA + "dashboards.png", "netdata_gcp_production_dashboard", [DASHBOARD], None,
     ["GCP production", "Add chart", "Add text", "gke-production-main-5de9e2ed-23gd", "Apps CPU Time",
      "Users Processes", "Apps Carried Over Uptime", "Jump to selected range"], ["browser", "terminal", "Grafana"],
     "a Netdata custom dashboard 'GCP production', dark, without a browser frame (1629x803): buttons Add "
     "chart / Add text / Pin / a greyed Save, four chart cards titled 'gke-production-main-5de9e2ed-23gd' "
     "('Apps CPU Time (100% = 1 core)' stacked coloured areas, 'Users Processes' a purple area, a green "
     "spiky 'Percentage of anomalous d...' line, 'Apps Carried Over Uptime' flat lines) with time axes "
     "10:00:00 to 15:00:00, 'Jump to selected range', highlight dates and legends (dockerd, containerd, "
     "kubelet, calico, fluent-bit, root 407.4 prc); the lower third is empty dark grey; no count"),
    (ICECAST + "listener_auth2.png", "icecast_admin_manage_authentication",
     [WEB_ADMIN + ["streaming server", "form"]], None,
     ["Icecast2 Admin", "Admin Home", "Mountpoint List", "Manage Authentication", "Mountpoint /auth.ogg",
      "Move Listeners", "Kill Source", "Add new user"], ["browser", "terminal", "dialog"],
     "Icecast's admin page, black, without a browser frame (1576x1294): a big white 'Icecast2 Admin', a nav "
     "between two blue-grey rules (Admin Home, Mountpoint List, Public Home), 'Manage Authentication', a "
     "grey rounded box with a yellow 'Mountpoint /auth.ogg', dark buttons (List Clients, Move Listeners, "
     "Update Metadata, Manage Authentication, Kill Source), a User / Action table ('Testuser', 'Delete'), an "
     "'Add new user' fieldset with dark Username / Password fields and 'Add', and a footer link "
     "www.icecast.org; no count"),
    (ICECAST + "listener_auth3.png", "icecast_status_authorization_login",
     [WEB + ["login page", "login form", "web form", "streaming server"]], None,
     ["Icecast2 Status", "Administration", "Server Status", "Authorization Page", "Mount Point /auth.ogg",
      "Test Stream", "Username:", "Support icecast development at"], ["browser", "terminal", "dialog"],
     "Icecast's public authorization page, black, without a browser frame (1614x966): a blue diamond logo "
     "with an igloo, a big 'Icecast2 Status', a nav (Administration, Server Status, Version) between "
     "blue-grey rules, 'Authorization Page', a grey rounded box 'Mount Point /auth.ogg' (yellow) 'Test "
     "Stream' with dark Username / Password fields outlined yellow and a 'Login' button, and a footer "
     "'Support icecast development at www.icecast.org'; a login page, not a dialog; no count"),
    ("apcupsd-doc/usr/share/doc/apcupsd/manual/status.png", "apcupsd_upsstats_cgi_page",
     [WEB + ["web app", "status page", "monitoring", "chart", "gauge"]], None,
     ["Thu Dec 02 17:14:44 CET 1999", "Monitoring: matou.sibbald.com", "SMART-UPS 1000", "Battery Capacity",
      "Utility Voltage", "UPS Load", "Most recent events:", "apcupsd 3.6.3 startup succeeded"],
     ["browser", "terminal", "Grafana"],
     "apcupsd's upsstats.cgi page without a browser frame (846x636, 1999, Windows-style form widgets): a "
     "date box, monospace boxes (Monitoring: matou.sibbald.com, UPS Model: SMART-UPS 1000, APCUPSD: Version "
     "3.7.0-beta-1, Status: ONLINE, Last UPS Self Test, Utility Voltage 228.8 VAC, UPS Temp 35.1 with a °C "
     "select), three drop-downs (Battery Capacity, Utility Voltage, UPS Load) over green and red bar gauges "
     "with black bars (100.0 %, 228.8 VAC, 6.2 %) and a 'Most recent events:' list with a scroll bar; a CGI "
     "page, not a desktop monitor; no count"),
    (SAML + "simplesamlphp-sp/screenshot-example.png", "simplesamlphp_status_page_mac_window",
     [WEB + ["status page", "browser", "web browser"]], 1,
     ["SAML 2.0 SP Demo Example", "simpleSAMLphp status page", "Your attributes", "eduPersonPrincipalName",
      "moria-support@uninett.no", "Session is valid.", "About simpleSAMLphp"], ["terminal", "Chrome", "dialog"],
     "a web page in a Mac OS X window that shows only its title bar (691x813): traffic lights, the title "
     "'SAML 2.0 SP Demo Example', a toolbar pill, an Aqua scroll bar, no address bar or toolbar; the page on "
     "dark grey: a header 'simpleSAMLphp status page' with a red rule and binoculars, 'SAML 2.0 SP Demo "
     "Example', 'Session is valid. Your session is valid for 28799 seconds from now.', 'Your attributes' "
     "(givenName 'FEIDE Test User (givenName) øæåØÆÅ', eduPersonPrincipalName test@feide.no, mail "
     "moria-support@uninett.no, a bulleted eduPersonAffiliation), 'Logout', 'About simpleSAMLphp'; a "
     "browser window with its toolbar hidden, so 'browser' is accepted beside 'web page'; one window"),
    # -- web pages inside a browser --------------------------------------------------------------
    (DASK + "dashboard_status.png", "chrome_mac_dask_status_dashboard", [BROWSER + ["Chrome", "Google Chrome"]], 1,
     ["Dask: Status", "localhost:8787/status", "Bytes stored per worker", "Task Stream", "Tasks Processing",
      "Data Transfer", "406 / 1000", "Occupancy"], ["Firefox", "Safari", "terminal"],
     "Chrome on macOS with a soft shadow on a white margin (1553x986): traffic lights, a tab 'Dask: Status' "
     "with the Dask logo, +, back / forward / reload, the address 'localhost:8787/status', share / star / "
     "an ABP badge / puzzle / sidebar / a 'G' avatar / menu; the Dask dashboard (nav Status, Workers, Tasks, "
     "System, Profile, Graph, Groups, Info, More...), 'Bytes stored: 314.88 MiB', blue bars of bytes per "
     "worker, tabs Processing / CPU / Occupancy / Data Transfer, 'Tasks Processing', a 'Task Stream' of "
     "green, blue and red segments and progress bars add / double / inc / sum; one window"),
    (DASK + "dashboard_jupyterlab.png", "firefox_mac_jupyterlab_dask", [BROWSER + ["Firefox", "JupyterLab",
                                                                                  "Jupyter", "notebook"]], 1,
     ["Untitled.ipynb - JupyterLab", "localhost:8888/lab/tree/Untitled.ipynb", "from dask.distributed import Client",
      "Cluster Info", "Workers Memory", "Task Graph", "AGGREGATE TIME PER ACTION", "Python 3 (ipykernel) | Idle"],
     ["Chrome", "Safari", "terminal"],
     "Firefox on macOS with a dark toolbar (5344x3054, a dark margin and shadow round the window): traffic "
     "lights, a tab 'Untitled.ipynb - JupyterLab', the address 'localhost:8888/lab/tree/Untitled.ipynb' at "
     "110 % and many extension icons, showing JupyterLab: menus File ... Help, a Dask side panel with the "
     "address 'http://127.0.0.1:8787/' and a column of orange buttons (AGGREGATE TIME PER ACTION ... WORKERS "
     "NETWORK TIMESERIES), a notebook 'Untitled.ipynb' (cells 'from dask.distributed import Client', a "
     "'Client' box with 'Cluster Info', 'import dask.array as da'), panels Workers Memory, Graph (Task "
     "Graph), Task Stream and Progress, and a status bar 'Python 3 (ipykernel) | Idle', 'Mode: Command'; a "
     "notebook web app in a browser; one window"),
    (SAML + "simplesamlphp-install/screenshot-installationpage.png", "mac_os_x_browser_simplesamlphp_install",
     [BROWSER + ["Camino", "Safari"]], 1,
     ["simpleSAMLphp installation page", "dev.andreas.feide.no/simplesaml", "Congratulations",
      "Useful links for your installation", "Diagnostics on hostname, port and protocol", "PHP info",
      "Shib 1.3 IdP", "Metadata"], ["Chrome", "Firefox", "terminal"],
     "an old Mac OS X browser window (Camino-like, 775x808 with a shadow): traffic lights, the title "
     "'simpleSAMLphp installation page', green round back / forward, the address "
     "'http://dev.andreas.feide.no/simplesaml/', a Google search field, a blue reload and a red stop, a "
     "green bookmark icon, an Aqua scroll bar; the page on dark grey: a black header with a red rule, "
     "language links (English, Bokmål, Nynorsk, Sámi ...), 'Congratulations, you have successfully "
     "installed simpleSAMLphp.', a table of SAML 2.0 SP / IdP and Shib 1.3 SP / IdP with green ticks, "
     "'Useful links for your installation' (red underlined links) and 'Metadata'; one window"),
    ("beets-doc/usr/share/doc/beets/html/_images/beetsweb.png", "safari_beets_web_player",
     [BROWSER + ["Safari", "music player", "media player"]], 1,
     ["localhost:8337/#item/query/all%20day", "Reader", "This Is the Remix", "Girl Talk", "All Day (2010)",
      "MusicBrainz entry", "320 kbps", "Jump on Stage"], ["Chrome", "Firefox", "terminal"],
     "a small Safari window on OS X Lion (550x370): traffic lights, the title 'beets', back / forward, an "
     "iCloud button, the address 'localhost:8337/#item/query/all%20day', reload and a greyed 'Reader'; "
     "beets' web player: a black bar 'beets' with a pause sign and '0:00', a search field 'all day', a list "
     "of songs (This Is the Remix selected blue), and the song's details (Girl Talk, All Day (2010), Track "
     "5/12, Length 6:02, Format MP3, Bitrate 320 kbps, MusicBrainz entry 'view', File 'download'); a music "
     "player web page in a browser; cut at the bottom; one window"),
    (APACHE + "bal-man-w.png", "firefox_osx_apache_balancer_manager", [BROWSER + ["Firefox"]], 1,
     ["Balancer Manager", "localhost:8880/balancer-manager", "Load Balancer Manager for localhost",
      "Server Version: Apache/2.5.0-dev (Unix) OpenSSL/1.0.2f", "LoadBalancer Status for", "balancer://demo",
      "Edit worker settings for http://www.example.com/", "Health check cond. expressions:"],
     ["Chrome", "Safari", "terminal"],
     "Firefox on OS X (1000x927, grey inactive traffic lights): a tab 'Balancer Manager', +, the address "
     "'localhost:8880/balancer-manager?b=demo&w=http://www.examp', reload, a Search field and toolbar icons; "
     "Apache's plain page: a bold 'Load Balancer Manager for localhost', server lines, 'LoadBalancer Status "
     "for balancer://demo [p4420eeae_demo]', bordered tables (MaxMembers ..., Worker URL 'http://www.example."
     "com/' Init Ok, 'Health check cond. expressions:' foof / foof2) and an 'Edit worker settings for "
     "http://www.example.com/' form (Load factor, LB Set, Status radios On / Off, Health Check param "
     "Method GET, Interval (secs) 10) with Submit; one window"),
    (APACHE + "custom_errordocs.png", "netscape_4_german_404_page", [BROWSER + ["Netscape", "Netscape Communicator"]],
     1,
     ["Netscape: [404] Dokument nicht gefunden", "Communicator", "http://192.168.123.1/no/such/file",
      "[404] Dokument nicht gefunden", "Homepage des Servers", "Powered by", "Bookmarks", "Location:"],
     ["Chrome", "Firefox", "terminal"],
     "Netscape Communicator 4 on X11 (686x464): a grey title bar 'Netscape: [404] Dokument nicht gefunden', "
     "menus File / Edit / View / Go / Communicator / Help, a text toolbar (Back, a greyed Forward, Reload, "
     "Home, Search, Guide, Print, Security, Stop), 'Bookmarks' and 'Location: http://192.168.123.1/no/such/"
     "file'; a German 404 page on a spiral-notebook background ('Der Zugriff GET /no/such/file war "
     "erfolglos', a 'Homepage des Servers' link), a Tux 'Linux Powered' badge and a 'Powered by APACHE' "
     "feather logo, status icons at the bottom; one window"),
    ("qtwebview5-examples/usr/lib/x86_64-linux-gnu/qt5/examples/webview/minibrowser/doc/images/webview-example.jpg",
     "android_minibrowser_qt_io", [BROWSER + ["phone", "mobile", "Android", "smartphone"]], None,
     ["http://www.qt.io/", "Qt is the leading independent technology for cross-platform development",
      "Get started with Qt", "5 of Top 10 Fortune 500 companies are powered by Qt", "Loading: 71%"],
     ["Chrome", "Firefox", "terminal"],
     "Qt's minibrowser example on an Android phone (360x561 JPEG): a toolbar with green back / forward "
     "arrows, a red stop, a URL field 'http://www.qt.io/' selected blue and 'Go'; qt.io's mobile page (the "
     "green Qt logo, search and menu circles, a hero photo of a harbour city under 'Qt is the leading "
     "independent technology for cross-platform development', a green 'Get started with Qt', a picture of "
     "tablets and a phone with monitoring screens), 'Loading: 71%' and the Android back / home / recent "
     "bar; a phone screen, so no count"),
    # -- negatives: native programs and dialogs that look a little like pages --------------------
    ("webext-foxyproxy/usr/share/webext/foxyproxy/images/legacy-version.png", "foxyproxy_legacy_options_window",
     [SETTINGS + ["window", "proxy settings", "add-on"]], 1,
     ["FoxyProxy Standard", "Use proxies based on their pre-defined patterns and priorities", "Global Settings",
      "QuickAdd", "London proxy server", "Add New Proxy", "Get FoxyProxy Plus", "Buy Proxy Service"],
     NOT_WEB + ["terminal"],
     "FoxyProxy's old options window (GTK 2 Clearlooks, a Firefox icon, 'FoxyProxy Standard' with min / "
     "max / close, 700x458): menus File / Help, 'Mode:' drop-down, tabs Proxies / Global Settings / QuickAdd "
     "/ AutoAdd / Logging, a list of proxies with colour swatches (Work 'PAC at work', U.K. 'London proxy "
     "server', USA 'New York proxy server', Privoxy 'Privoxy on localhost', Home 'ssh at home', Default) and "
     "hosts, greyed Move Up / Move Down, 'Add New Proxy', greyed Edit / Copy / Delete Selection, 'Please "
     "Donate', 'Get FoxyProxy Plus', 'Buy Proxy Service', ? and Close; a browser add-on's settings window, "
     "not a web page or a browser window; one window"),
    ("eom-common/usr/share/help/C/eom/figures/eom_save_as_window.png", "eom_save_as_dialog",
     [DIALOG + ["save dialog", "rename dialog", "file dialog"]], 1,
     ["Save As", "File Path Specifications", "Destination folder:", "Filename format:", "original filename",
      "Start counter at:", "Replace spaces with underscores", "DSCF0093_092.JPG"], NOT_WEB + ["terminal"],
     "Eye of MATE's 'Save As' dialog for several images (GTK 2 Clearlooks, a blue-grey title bar with a "
     "close ×, 400x379): 'File Path Specifications' (Destination folder Pictures, Filename format '%f %n' "
     "'as is', hints '%f: original filename', '%n: counter'), Options (Start counter at 0, a ticked "
     "'Replace spaces with underscores'), 'File Name Preview' (Rename from DSCF0093.JPG to "
     "DSCF0093_092.JPG), Cancel and Save As; one window"),
    ("mate-system-monitor-common/usr/share/help/C/mate-system-monitor/figures/mate-system-monitor_window.png",
     "gnome2_system_monitor_firefox_bin", [GENERIC + ["system monitor", "task manager", "process list", "table"]], 1,
     ["System Monitor", "Processes", "File Systems", "Load averages for the last 1, 5, 15 minutes",
      "firefox-bin", "gnome-system-monitor", "run-mozilla.sh", "End Process"], NOT_WEB + ["terminal"],
     "the GNOME 2 System Monitor (Clearlooks, a blue title bar 'System Monitor', 576x602): menus Monitor / "
     "Edit / View / Help, tabs System / Processes (selected) / Resources / File Systems, 'Load averages for "
     "the last 1, 5, 15 minutes: 0.40, 0.26, 0.21', a process table (Process Name, Status, % CPU, Nice, ID, "
     "Memo...) with firefox-bin selected blue, gnome-system-monitor, metacity, yelp, pidgin, xchat, "
     "gnome-terminal, run-mozilla.sh, and 'End Process'; firefox-bin and gnome-terminal are process names, "
     "not a browser or a terminal; one window"),
    ("pim-sieve-editor/" + KDE + "sieveeditor/script-tools.png", "kde_sieve_editor_mail_filter",
     [GENERIC + ["editor", "sieve editor", "mail filter editor", "filter editor", "script editor", "form"]], 1,
     ["Sieve Editor", "Check Syntax", "Autogenerate Script", "Sieve Script", "Global Variable", "Main block",
      "Match all of the following", "Keep a copy"], NOT_WEB + ["terminal"],
     "KDE's Sieve Editor (an Oxygen-era grey theme, a title bar with v ^ x, 1054x555): menus File / Edit / "
     "Settings / Help, Save, a text toolbar (greyed Check Syntax, Save As, Import, greyed Autogenerate "
     "Script, Switch Mode, greyed Generate xml), 'Script name: ff', a 'Sieve Script' list with 'test', "
     "tabs Includes / Global Variable / Main block, 'Conditions' radios (Match all of the following chosen) "
     "and a row Exist / exists / headers 'Content type', 'Actions' File Into / Keep a copy 'foo', Clear "
     "buttons, 'Add new block: \"elsif\" block', a cut tree at the right; a desktop mail-filter editor, not a "
     "web form; one window"),
    ("kontrast/" + KDE + "kontrast/main.png", "kontrast_dark_contrast_checker",
     [GENERIC + ["contrast checker", "color picker", "colour picker", "accessibility tool"]], 1,
     ["Kontrast", "Contrast Checker", "Contrast ratio: 3.84", "Good for large text and bad for normal text",
      "#8a9e8c", "#363d42", "Randomize", "Mark as favorite"], NOT_WEB + ["terminal"],
     "KDE's Kontrast in Breeze Dark (664x620, a title bar 'Kontrast' with v ^ x): a header with a hamburger "
     "and 'Contrast Checker', 'Contrast ratio: 3.84', 'Good for large text and bad for normal text', a "
     "paragraph about contrast, Text '#8a9e8c' and Background '#363d42' in large grey-green type with "
     "eyedropper buttons, Hue / Saturation / Lightness sliders for each (blue), and Invert / Randomize / "
     "Mark as favorite buttons; a Kirigami desktop program that looks like a page; one window"),
    ("kmenuedit/" + KDE + "kmenuedit/selectinternet.png", "kde_menu_editor_internet_crop",
     [GENERIC + ["menu editor", "editor", "settings"]], None,
     ["New Submenu", "New Separator", "Sound & Video", "Development", "Install & Remove Software",
      "Enable launch feedback", "Only show in KDE", "Advanced"], NOT_WEB + ["terminal"],
     "the KDE Menu Editor cropped below its title bar (Breeze, 669x480): menus File / Edit / Settings / "
     "Help, a toolbar Save / New Item / New Submenu / New Separator / a greyed Move Up, a tree of menu "
     "categories with icons (Internet selected blue, Office, Graphics, Sound & Video, Tools, Development, "
     "Games, Education, Sciences, Documentation, q4wine, Settings, Wine, Install & Remove Software), tabs "
     "General / Advanced, Name 'Internet', empty Description and Comment, a greyed Command and two greyed "
     "check boxes, an icon button with a blue globe; 'Internet' is a menu category; no frame, so no count"),
    ("ktimetracker/" + KDE + "ktimetracker/export-times-csv.png", "ktimetracker_csv_export_dialog",
     [DIALOG + ["export dialog"]], 1,
     ["CSV Export — KTimeTracker", "Report Type", "Times as CSV", "History as CSV", "Delimiter", "Semicolon",
      "Export Preview", "Copy to Clipboard"], NOT_WEB + ["terminal", "spreadsheet"],
     "KTimeTracker's 'CSV Export — KTimeTracker' dialog (Breeze, ? v ^ x, a wide soft shadow on white, "
     "959x616): 'Report Type' radios (Times as CSV chosen), drop-downs Decimal / All Times / All Tasks, "
     "'Delimiter' radios (Comma chosen), 'Quotes:', an 'Export Preview' box of CSV lines in monospace "
     "('\"phone with mother\",,2.60,2.60,2.60,2.60', '\"customer X\"', '\"design\"', '\"coding\"'), Copy to "
     "Clipboard / Save As... / Close; one window"),
    ("pim-data-exporter/" + KDE + "pimdataexporter/selection-dialog.png", "pim_setting_exporter_select_type",
     [DIALOG + ["chooser", "selection dialog"]], 1,
     ["Select Type — PIM Setting Exporter", "KAddressBook", "Mail Transport", "KOrganizer", "Akregator",
      "Blogilo", "Use this template by default", "Save as Template..."], NOT_WEB + ["terminal"],
     "KDE's 'Select Type — PIM Setting Exporter' dialog (Breeze, ? v ^ x, 665x697): a tree of blue-ticked "
     "check boxes (KMail: Identity, Mails, Mail Transport, Resources, Config; KAddressBook; KAlarm; "
     "KOrganizer; KNotes; Akregator; Blogilo), an unticked 'Use this template by default', Select All / "
     "Unselect All / Save as Template... / Load Template..., OK / Cancel; one window"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (KITTENS + "man/figures/kitten.jpg", "photo_tabby_kitten_sitting",
     "a fluffy brown tabby kitten sitting and looking at the camera, on a plain pale blue-white background "
     "(640x640)"),
    (KITTENS + "vignettes/another-kitten.jpg", "photo_pale_kitten_on_windowsill",
     "a cream kitten with dark ears and blue eyes sitting on a white windowsill, looking up to the light "
     "(640x960)"),
    (SCRIBUS + "nl2/flowers.jpg", "photo_black_and_white_seed_heads",
     "a black-and-white close-up of many round seed heads on thin stalks, the nearest in focus (1024x767)"),
    (SCRIBUS + "nl1/kites.jpg", "photo_kites_in_blue_sky",
     "colourful kites (a parafoil, an octopus, a red ball) in a deep blue sky over a park with a tree, a "
     "rainbow canopy and people on the grass (378x504)"),
    ("r-cran-rmarkdown/usr/lib/R/site-library/rmarkdown/rmd/slidy/Slidy2/graphics/keys2.jpg",
     "photo_three_keycaps_w3c",
     "three loose keyboard keycaps reading W, 3 and C on a grainy white surface, tinted blue (665x506)"),
]


source_folder, frames = package_split("ext19", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
