"""The ``external11`` split of the screen set: an eleventh set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score. It
leans on the kinds the captioner misses on unseen screens: browser windows with their frame, terminals
and consoles, editors and IDEs, and web pages without a browser frame.

    python benchmarks/screens_dataset.py --splits external11   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external11      # scores it (``all`` leaves it out)

The frames are read at build time from seven Debian (bookworm) packages, each unpacked with ``dpkg -x``
into its own folder of ``$PIXEL_LLM_EXT15`` (default ``/work/ext15``); nothing is copied into the
repository. Fetch them (no root needed; about 270 MB of .deb, sagemath-doc, pacemaker-doc and
libvisp-doc the bulk) with::

    mkdir -p /work/ext15 && cd /work/ext15
    for p in icinga2-doc kdevelop-data libvisp-doc pacemaker-doc pluma-common python-django-crispy-forms-doc \\
             sagemath-doc; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: icinga2-doc 2.13.6-2+deb12u2, kdevelop-data 4:22.12.2-1, libvisp-doc 3.5.0-4,
pacemaker-doc 2.1.5-1+deb12u1, pluma-common 1.26.0-1+deb12u1, python-django-crispy-forms-doc 1.14.0-4,
sagemath-doc 9.5-6.

What is in it (25 screenshots): seven browser windows with their frame (five Chrome on macOS showing
Icinga Web, two Firefox on Ubuntu), six terminals and consoles (three Windows cmd.exe windows, a
text-mode CMake screen cropped from an Ubuntu terminal, a virtual machine's text console in
virt-manager, nano in a GNOME Terminal), eight editors and IDEs (vim in a GNOME Terminal, Windows
PowerShell ISE, Pluma, KDevelop twice, Eclipse, a crop of Xcode, Meld merging three files) and four web
pages without a browser frame (Icinga Web, a Bootstrap modal, Jupyter's file list, a SageMath page).
Toolkits and systems: GTK 3 (GNOME and Ubuntu), MATE, KDE 4, Win32 (Windows 8.1 and 10), macOS, Eclipse
SWT and text mode. Five real photos are the negatives (a small robot, its parts laid out, an embedded
board, a lab with a tag on a stand, a camera on a tripod head). None of the screenshots carries marks
drawn by its manual; the notes say where a count or a kind needed judgement.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split
from screens_external10 import IDE, TERMINAL, WEB  # the kinds' words, as external10 spells them

SPLIT = "external11"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("icinga2-doc", "kdevelop-data", "libvisp-doc", "pacemaker-doc", "pluma-common",
            "python-django-crispy-forms-doc", "sagemath-doc")
ENV, DEFAULT = "PIXEL_LLM_EXT15", "/work/ext15"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

CMD = TERMINAL + ["command prompt", "cmd"]
BROWSER = ["browser", "web browser", "web page"]
MONITORING = ["dashboard", "monitoring", "web app"]

ICINGA = "icinga2-doc/usr/share/doc/icinga2/markdown/images/"
VISP = "libvisp-doc/usr/share/doc/libvisp-dev/html/"
SAGE = "sagemath-doc/usr/share/doc/sagemath/html/en/"
KDEV = "kdevelop-data/usr/share/doc/HTML/en/kdevelop/"

# (path under $PIXEL_LLM_EXT15, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- browser windows with their frame ------------------------------------------------------
    (ICINGA + "configuration/icinga_web_local_server.png", "chrome_icinga_host_services",
     [BROWSER + MONITORING], 1,
     ["192.168.33.5/icingaweb2/monitoring/host/services", "icinga2.vagrant.demo.icinga.com", "Not Secure",
      "Plugin Output", "Problem handling", "Performance data", "Schedule downtime", "DISK CRITICAL"],
     ["Firefox", "Safari", "terminal"],
     "Chrome on macOS (traffic lights, one tab 'icinga2.vagrant.demo.icinga.c...', a soft shadow on white, "
     "1224x954): Icinga Web with a dark icon column, a host's service list at the left (a red 'CRITICAL' "
     "block for disk, green OK rows) and the 'load' service at the right with a line chart of three "
     "coloured lines; one window"),
    (ICINGA + "addons/icinga_reporting.png", "chrome_icinga_reports", [BROWSER + MONITORING + ["report"]], 1,
     ["Icinga Hosts :: Icinga Web", "192.168.33.7/icingaweb2/reporting", "New Report", "Business Processes",
      "Icinga Director", "SLA in %", "cube-app-stage-0", "Date Modified"], ["Firefox", "Safari", "Excel"],
     "Chrome on macOS (traffic lights, two tabs 'Icinga Services :: Icinga Web' and 'Icinga Hosts :: "
     "Icinga Web', a bookmarks bar with social / orga / stuff folders, 1553x1131): Icinga Web with a dark "
     "menu at the left (Dashboard, Problems 42, Reporting > Reports highlighted), a list of three reports "
     "and a table of hosts with green and red SLA cells; one window"),
    (ICINGA + "addons/icinga_certificate_monitoring.png", "chrome_icinga_certificate_charts",
     [BROWSER + MONITORING + ["chart", "charts"]], 1,
     ["192.168.33.5/icingaweb2/x509/dashboard", "Certificate Dashboard", "Certificates by CA",
      "Certificates by Duration", "Key Strength", "Signature Algorithms", "COMODO RSA Certification Authority",
      "Certificate Monitoring"], ["Firefox", "Safari", "Grafana"],
     "Chrome on macOS (traffic lights, one tab 'Icinga Web', a red 'Not Secure' in the address bar, "
     "1411x973): Icinga Web with the dark menu at the left and four blue, green, yellow and orange ring "
     "charts with legends on white; one window"),
    (ICINGA + "addons/icingaweb2_businessprocess.png", "chrome_icinga_business_process",
     [BROWSER + MONITORING + ["tree"]], 1,
     ["Business Process \"all\"", "All Services", "MySQL Server", "Web Server", "Fullscreen", "Unlock",
      "c1-mysql-1: bp-mysql-connection-time", "c2-web-1: bp-http-response"], ["Firefox", "Safari"],
     "a wide Chrome window on macOS (traffic lights, one tab 'Business Process \"all\" :: Icinga...', a "
     "long address 192.168.33.5/icingaweb2/businessprocess/..., 'Michael' at the top right, 2030x1104): two "
     "panes, two green tiles 'MySQL Server' and 'Web Server' at the left and a tree of services with green "
     "and red bars and 'and' / 'or' labels at the right; a status-bar URL at the bottom left; one window"),
    (VISP + "img-franka-firefox-exception.png", "firefox_insecure_connection", [BROWSER + ["error page"]], 1,
     ["Insecure Connection - Mozilla Firefox", "https://192.168.1.1/desk", "Your connection is not secure",
      "Report errors like this to help Mozilla identify and block malicious sites", "Go Back", "Advanced",
      "SSL_ERROR_BAD_CERT_DOMAIN", "Add Exception..."], ["Chrome", "Safari", "Internet Explorer"],
     "Firefox on Ubuntu (a dark title bar with orange / grey round buttons at the left, 811x756): one tab "
     "'Insecure Connection', an address bar and a search box, a bookmarks bar (Most Visited, Getting "
     "Started, Visual local) and Firefox's certificate warning page with a blue Go Back button; one window"),
    (VISP + "img-franka-firefox-open-brakes.png", "firefox_franka_desk", [BROWSER + ["web app", "control panel"]],
     1,
     ["Desk - Franka Emika GmbH - Mozilla Firefox", "https://192.168.1.1/desk/", "FRANKA", "PROGRAM", "TEACH",
      "Brakes Closed", "User-Stop Open", "Translation"], ["Chrome", "Safari"],
     "Firefox on Ubuntu (the same dark title bar, 1105x638): one tab, a bookmarks bar, and a robot's web "
     "control page: a dark header with the FRANKA EMIKA logo, PROGRAM / TEACH, TASKS and APPS with small "
     "icons, a dark panel with X / Y / Z buttons and green and red status dots; one window"),
    (ICINGA + "addons/icingaweb2_maps.png", "chrome_icinga_world_map", [BROWSER + MONITORING + ["map"]], 1,
     ["Icinga Web", "192.168.33.5/icingaweb2/map?default_zoom=3", "map-server-buenos-aires-0", "Services",
      "WARNING", "map-0", "OpenStreetMap", "Leaflet"], ["Firefox", "Safari", "Google Maps"],
     "a wide Chrome window on macOS (traffic lights, one tab 'Icinga Web', 'Michael' at the top right, on a "
     "black margin, 2030x1104): Icinga Web's map module, an OpenStreetMap world map with red, yellow and "
     "green cluster circles, a white pop-up for map-server-buenos-aires-0 with an orange WARNING row, zoom "
     "buttons and the dark icon column at the left; one window"),
    # -- terminals and consoles ----------------------------------------------------------------
    (ICINGA + "development/windows_boost_build_dev_cmd.png", "windows_developer_command_prompt", [CMD], 1,
     ["Developer Command Prompt for VS 2017", "c:\\boost_1_69_0>bootstrap.bat", "Building Boost.Build engine",
      "Bootstrapping is done. To build, run:", "project-config.jam", "Getting started guide:",
      "b2 --toolset=msvc-14.1"], ["PowerShell", "xterm", "macOS"],
     "a Windows 10 console window 'Developer Command Prompt for VS 2017' (white title bar, a cmd icon, "
     "- / square / x, 540x395): grey text on black, the output of bootstrap.bat and a typed b2 command; "
     "one window"),
    (VISP + "img-win10-mingw-opencv-issue-precompiled-headers.png", "windows10_cmd_build_errors", [CMD], 1,
     ["C:\\WINDOWS\\system32\\cmd.exe", "Building CXX object modules/core/CMakeFiles", "windres.exe",
      "Specify input format", "Print this help message", "mingw32-make", "Waiting for unfinished jobs",
      "C:\\workspace\\opencv-3.3.0\\sources\\build-mingw>"], ["PowerShell", "xterm", "macOS"],
     "a Windows 10 cmd.exe window (white title bar, 634x547): green '[ 47%] Building ...' lines at the top, "
     "then windres's option list and mingw32-make errors in grey on black, a prompt at the bottom; one "
     "window"),
    (VISP + "img-win8.1-mingw-opencv-issue-dtor.jpg", "windows81_cmd_compiler_errors", [CMD], 1,
     ["C:\\Windows\\system32\\cmd.exe", "cap_dshow.cpp", "has virtual functions and accessible non-virtual",
      "interface IEnumPIDMap : public IUnknown", "cc1plus.exe: some warnings being treated as errors",
      "recipe for target 'all' failed", "mingw32-make"], ["PowerShell", "xterm", "macOS"],
     "a Windows 8.1 cmd.exe window (a flat grey title bar with a red close button, 677x475, JPEG): compiler "
     "errors in grey on black, a green 'Building CXX object' line at the top, a prompt "
     "'C:\\OpenCV\\opencv\\sources\\build-mingw>mingw32-make' at the bottom; one window"),
    (VISP + "img-cmake-debug-trace.jpg", "ccmake_text_screen", [TERMINAL + ["TUI", "configuration", "CMake"]],
     None,
     ["Page 3 of 5", "CMAKE_INSTALL_PREFIX", "ENABLE_DEBUG_LEVEL", "ENABLE_SOLUTION_FOLDERS", "USE_FLYCAPTURE",
      "Set a debug level value between 0 and 9", "Press [enter] to edit option", "Press [c] to configure"],
     ["PowerShell", "cmd.exe"],
     "a crop of an Ubuntu terminal (purple background, no title bar, 724x394) running ccmake: a two-column "
     "list of options with a white value column (/usr/local, 3, OFF, ON), a highlighted help line and key "
     "hints below; a crop, so no count"),
    ("pacemaker-doc/usr/share/doc/pacemaker/Clusters_from_Scratch/singlehtml/_images/ConsolePrompt.png",
     "virt_manager_text_console", [TERMINAL + ["virtual machine", "login", "login prompt"]], 1,
     ["almalinux9-1 on QEMU/KVM", "Virtual Machine", "Send Key", "AlmaLinux 9.0 (Emerald Puma)",
      "Kernel 5.14.0-70.13.1.el9_0.x86_64 on an x86_64", "pcmk-1 login:"], ["PowerShell", "cmd.exe", "VirtualBox"],
     "virt-manager's console window on GNOME (a light title bar 'almalinux9-1 on QEMU/KVM', File / Virtual "
     "Machine / View / Send Key, run / pause / power buttons, 1044x892) showing a virtual machine's text "
     "console: three lines of grey text and a login prompt on a large black area; one window"),
    (ICINGA + "addons/nano-syntax.png", "nano_in_gnome_terminal", [TERMINAL, IDE + ["nano"]], 1,
     ["root@centos7:/etc/icinga2", "GNU nano 2.3.1", "File: /etc/icinga2/conf.d/templates.conf",
      "Generic template examples.", "template Host \"generic-host\"", "max_check_attempts = 3",
      "check_command = \"hostalive\"", "Get Help"], ["vim", "emacs", "PowerShell"],
     "a GNOME Terminal window on CentOS 7 (a light title bar 'root@centos7:/etc/icinga2', a menu bar File "
     "Edit View Search Terminal Help, 710x521) running nano: an inverted title line, an Icinga config file "
     "with blue comments, red strings and green values on white, and nano's two rows of ^G / ^O shortcuts "
     "at the bottom; a terminal with an editor in it, so both are named"),
    # -- editors and IDEs ----------------------------------------------------------------------
    (ICINGA + "addons/vim-syntax.png", "vim_in_gnome_terminal", [TERMINAL, IDE + ["vim", "vi"]], 1,
     ["root@centos7:/etc/icinga2", "Generic template examples.", "Provides default settings for hosts",
      "The CheckCommand object `hostalive` is provided by", "template Host \"generic-host\"",
      "retry_interval = 30s", "check_command = \"hostalive\""], ["nano", "emacs", "PowerShell"],
     "the same GNOME Terminal window (665x467) running vim on the same config file: blue comments, red "
     "strings, green values on white, a scroll bar, and vim's ruler '1,1' and 'Top' at the bottom right; "
     "no mode line names vim, but the ruler is vim's; one window"),
    (ICINGA + "api/icinga2_api_powershell_ise.png", "powershell_ise_script",
     [IDE + ["PowerShell", "PowerShell ISE", "script editor"]], None,
     ["Administrator: Windows PowerShell ISE", "icinga.ps1", "$icingaApiHost = \"localhost\"",
      "Invoke-RestMethod", "ConvertTo-Json", "PS C:\\WINDOWS\\system32>", "PING OK RTA: 0ms Packet loss: 0%",
      "Ln 237 Col 25"], ["Visual Studio", "cmd.exe", "xterm"],
     "Windows PowerShell ISE (a white Windows 10 title bar, a toolbar, a tab 'icinga.ps1' with 60 numbered "
     "lines of PowerShell in colours) with its blue console pane below, on a Windows 10 desktop with a "
     "taskbar (Edge, Explorer, Chrome icons, 10:01 03.07.19), all inside a macOS virtual-machine window "
     "'Windows 10' (traffic lights, 1107x1049); a window inside a virtual machine's window with a desktop "
     "between them, so the count is left open; the console pane is part of the editor"),
    ("pluma-common/usr/share/help/C/pluma/figures/pluma_window.png", "pluma_empty_document",
     [IDE + ["Pluma", "notepad"]], 1,
     ["Unsaved Document 1 - Pluma", "Documents", "Open", "Save", "Undo", "Plain Text", "Tab Width: 4",
      "Ln 1, Col 1"], ["gedit", "Notepad++", "Visual Studio"],
     "Pluma, MATE's text editor (a blue-grey title bar with minimise / maximise / close at the right, "
     "547x348): a menu bar File Edit View Search Tools Documents Help, a toolbar, one tab 'Unsaved "
     "Document 1', an empty page with line number 1 and a status bar; one window"),
    (KDEV + "kdevelop-13.png", "kdevelop_cpp_editor", [IDE + ["KDevelop", "C++"]], 1,
     ["1.step-32/step-32.cc", "KDevelop", "Build Selection", "Execute", "Quick Open...", "Project Selection",
      "BoussinesqFlowProblem", "get_maximal_velocity"], ["Visual Studio", "Eclipse", "Qt Creator"],
     "KDevelop 4 on KDE 4 (Oxygen, a light title bar, 1011x683): Session / Project / Run / Navigation menus, "
     "a Projects tree with solution-00000.*.vtu files, two tabs tria.h and step-32.cc, C++ with numbered "
     "lines 1293-1327 and a yellow tool-tip about 'cell', vertical tool tabs (Documents, Classes, Projects, "
     "Code Browser, Filesystem; Snippets, Problems, Konsole, Documentation) at both sides; one window"),
    (KDEV + "kdevelop-3.png", "kdevelop_run_output", [IDE + ["KDevelop", "C++"]], 1,
     ["1.step-32/step-32.cc", "Toggle 'Filesystem' tool view.", "Starting: step-32",
      "Number of active cells: 768 (on 2 levels)", "Rebuilding Stokes preconditioner...",
      "Maximal velocity: 626.46 cm/year", "#include <base/quadrature_lib.h>", "Code Browser"],
     ["Visual Studio", "Eclipse", "Qt Creator"],
     "the same KDevelop 4 window (1133x740) with a C++ file's licence comment at the top, a blue tool-tip "
     "'Toggle 'Filesystem' tool view.' at the left and a Run pane below with the program's output (the "
     "first line highlighted blue); Run / Debug / Build / Code Browser / Problems / Konsole tabs at the "
     "bottom; an IDE with its output pane, not a terminal; one window"),
    (VISP + "img-tutorial-java-eclipse-started-code.jpeg", "eclipse_java_editor", [IDE + ["Eclipse", "Java"]], 1,
     ["eclipse-workspace - visp-java-started/src/Started.java - Eclipse IDE", "Package Explorer",
      "Started.java", "JRE System Library [JavaSE-11]", "System.loadLibrary(\"visp_java330\");",
      "public class Started", "VpCameraParameters", "314M of 386M"], ["Visual Studio", "IntelliJ", "NetBeans"],
     "Eclipse on Ubuntu (a dark title bar with round buttons at the right, 796x482, JPEG): a Package "
     "Explorer tree (visp-java-started, src, (default package)) and an editor with 34 numbered lines of "
     "Java, comments in green, a heap status '314M of 386M' at the bottom; one window"),
    (VISP + "img-getting-started-iOS-code.jpg", "xcode_objc_crop", [IDE + ["Xcode"]], None,
     ["GettingStarted", "Build GettingStarted: Succeeded", "ViewController.mm", "opencv2.framework",
      "visp3.framework", "#import <visp3/visp.h>", "processViSPHomography", "No Selection"],
     ["Visual Studio", "Eclipse", "Android Studio"],
     "a crop of Xcode on macOS (its toolbar with greyed traffic lights, a Play button and 'Build "
     "GettingStarted: Succeeded | Today at 11:03', 1060x420, cut at the bottom): a project navigator with "
     "yellow folders and .h / .m files, Objective-C++ with numbered lines 1-20, a minimap and an empty "
     "'No Selection' inspector; cut, so no count"),
    (SAGE + "developer/_images/meld-screenshot.png", "meld_three_way_merge",
     [IDE + ["Meld", "diff", "diff tool", "diff viewer", "merge tool", "comparison"]], 1,
     ["fibonacci.py.LOCAL.551.py* : fibonacci.py : fibonacci.py.REMOTE.551.py - Meld", "Changes", "Tabs",
      "/tmp/t/repo/fibonacci.py", "Browse...", "def fibonacci(i):", "return fibonacci(i-1)", "Ln 7, Col 11"],
     ["Visual Studio", "KDiff3", "WinMerge"],
     "Meld on GNOME (a light grey title bar, 990x441) merging three versions of a Python file: a menu bar "
     "(File Edit Changes View Tabs Help), a toolbar with Save greyed and Undo, one tab, three editable panes "
     "with path boxes and Browse... buttons, a pink and a yellow changed block joined by arrows, a status "
     "bar 'Ln 7, Col 11 INS'; its panes are editors, so editor words are accepted; one window"),
    # -- web pages without a browser frame -----------------------------------------------------
    (ICINGA + "distributed-monitoring/icinga2_distributed_windows_client_disk_icingaweb2.png",
     "icinga_service_detail_page", [WEB + MONITORING], None,
     ["Service: disk C:", "Plugin Output", "DISK OK - free space:C:\\ 22437 MB (39%):", "Problem handling",
      "Schedule downtime", "Performance data", "Process check result", "icinga2-client2.localdomain"],
     ["browser", "Firefox", "Chrome"],
     "a crop of an Icinga Web page without any browser frame (838x944): a green 'OK for 1m 30s' block, "
     "grey headings (Plugin Output, Problem handling, Performance data, Notifications, Check execution), "
     "blue links with small icons and a tiny pie icon for C:\\; no count"),
    ("python-django-crispy-forms-doc/usr/share/doc/python-django-crispy-forms-doc/html/_images/modal.png",
     "bootstrap_modal_page", [WEB + ["dialog", "modal", "form"]], None,
     ["This is my modal", "Email", "Enter your email for instructions on how to reset your password",
      "Send Reset Email", "Content"], ["browser", "Firefox", "Chrome"],
     "a web page without a browser frame (1852x630): a white Bootstrap modal with an x, an Email field, "
     "a help line and a blue 'Send Reset Email' button over a page of repeated 'Content' words dimmed grey; "
     "'dialog' is accepted for the modal; no count"),
    (SAGE + "prep/_images/JupyterIntroScreen.png", "jupyter_file_list_page",
     [WEB + ["Jupyter", "notebook", "file list"] + ["file manager", "file browser"]], None,
     ["Logout", "Files", "Upload", "Running", "Clusters", "Select items to perform actions on them.",
      "ActiveGSLocalData", "Downloads"], ["browser", "Finder", "Firefox"],
     "Jupyter's Files page without a browser frame (1057x413): the orange Jupyter logo and Logout at the "
     "top, Files / Running / Clusters tabs, Upload / New buttons and a list of blue folder links with "
     "check boxes, cut at the bottom; a list of files in a web page, so 'file manager' is accepted; no "
     "count"),
    (SAGE + "prep/_images/NotebookExport.png", "sage_notebook_changed_page", [WEB + ["notebook"]], None,
     ["Sage Mathematics Software", "The Sage notebook has changed", "Take me to the new Sage/Jupyter notebook",
      "Run the old Sage Notebook", "Convert old notebooks to Jupyter", "NPStatsOld", "MAT 338 Day 29"],
     ["browser", "Firefox", "Chrome"],
     "a SageMath web page without a browser frame (1099x693): a large heading with a purple polyhedron "
     "logo, two purple-boxed links, a paragraph with monospaced commands and a grey-headed table (ID, Name) "
     "of old notebooks, cut at the bottom; no count"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (VISP + "img-mbot-robot.jpg", "photo_small_robot",
     "a small blue wheeled robot kit with a clear plastic top, a camera, cables and an ultrasonic sensor, on "
     "a grey floor"),
    (VISP + "img-jetson-tx2.jpg", "photo_embedded_board",
     "a small blue circuit board on a black case (a Jetson module) with USB and Ethernet ports and a green "
     "connector, on a white table"),
    (VISP + "img-drone_tag.jpg", "photo_lab_with_tag",
     "a room with a grey net and mats, a board with a black-and-white square tag on a stand and a small "
     "drone on a table behind it"),
    (VISP + "img-mbot-material.jpg", "photo_robot_parts_on_board",
     "the parts of a small robot kit laid out on a white board: a blue wheeled chassis with a clear top, a "
     "Raspberry Pi board, a camera, a sensor, a ribbon cable, screws and spacers"),
    (VISP + "img-flir-ptu-setup.jpg", "photo_camera_on_tripod",
     "a camera with a large lens mounted on a grey pan-tilt head on a tripod, against a brown wall"),
]


source_folder, frames = package_split("ext11", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
