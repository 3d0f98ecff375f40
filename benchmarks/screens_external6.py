"""The ``external6`` split of the screen set: a sixth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score.

    python benchmarks/screens_dataset.py --splits external6    # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external6       # scores it (``all`` leaves it out)

The frames are read at build time from seventeen Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT7`` (default ``/work/ext7``); nothing is
copied into the repository. Fetch them (no root needed; about 29 MB of .deb, kgpg, kitty-doc,
nextcloud-desktop-doc, texworks-help-en and dia-common the bulk) with::

    mkdir -p /work/ext7 && cd /work/ext7
    for p in brasero-common dia-common gthumb-data i3-wm kbackup kde-config-cron kgpg kitty-doc ktimer \\
             liferea-data nextcloud-desktop-doc palapeli-data rhythmbox-data simple-scan sweeper \\
             texworks-help-en zim; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: the KDE applications 4:22.12.3-1 (kbackup 22.12.3-1 without epoch),
brasero-common 3.12.3-2, dia-common 0.97.3+git20220525-5, gthumb-data 3:3.12.2-3, i3-wm 4.22-2,
kitty-doc 0.26.5-5+deb12u1, liferea-data 1.14.4-3, nextcloud-desktop-doc 3.7.3-1+deb12u2,
rhythmbox-data 3.4.6-2, simple-scan 42.5-2, texworks-help-en 20210308-2, zim 0.75.1-1.

What is in it: a whole tiling desktop (i3 with six terminal windows and a bar), terminals without
window frames (kitty: vim beside git log and a shell, its diff, hints, remote-file, theme and
Unicode kittens), Windows File Explorer with a copy-progress dialog over it, a TeX editor with its
PDF preview (TeXworks), a diagram editor (Dia), a text editor holding a PGP message (KGpg), media
players (Rhythmbox's library and internet radio), an image browser (gThumb), and dialogs and
program windows (Nextcloud's wizard, settings and log, Liferea's and KTimer's settings, gThumb's
import, TeXworks' Replace, Zim's command palette, Brasero, KBackup, the cron module, KGpg's key
manager with a context menu, Simple Scan with a menu, Sweeper). Five photos from Palapeli's puzzle
collection (a castle, a bridge at night, citrus slices, a bee on an aster, a chameleon) are the
negatives.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split

SPLIT = "external6"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("brasero-common", "dia-common", "gthumb-data", "i3-wm", "kbackup", "kde-config-cron", "kgpg",
            "kitty-doc", "ktimer", "liferea-data", "nextcloud-desktop-doc", "palapeli-data", "rhythmbox-data",
            "simple-scan", "sweeper", "texworks-help-en", "zim")
ENV, DEFAULT = "PIXEL_LLM_EXT7", "/work/ext7"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GENERIC = ["window", "screen", "screenshot"]
DESKTOP = ["desktop", "screen", "screenshot"]
TERMINAL = ["terminal", "console", "command line", "shell", "text mode"]
IDE = ["IDE", "editor", "code editor", "text editor"]
PLAYER = ["media player", "music player", "audio player"]
DIALOG = ["dialog"]

KDE = "usr/share/doc/HTML/en/"
KITTY = "kitty-doc/usr/share/doc/kitty/html/_images/"
NC = "nextcloud-desktop-doc/usr/share/doc/nextcloud-desktop/html/_images/"
RB = "rhythmbox-data/usr/share/help/C/rhythmbox/figures/"
GTHUMB = "gthumb-data/usr/share/help/C/gthumb/figures/"
TW = "texworks-help-en/usr/share/texworks-help/en/images/"
PUZZLE = "palapeli-data/usr/share/palapeli/collection/"

# (path under $PIXEL_LLM_EXT7, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- a whole desktop ------------------------------------------------------------------------
    ("i3-wm/usr/share/doc/i3-wm/gaps1920.png", "i3_desktop_six_terminals", [DESKTOP, TERMINAL], 6,
     ["i3 splitv", "i3 splith", "Additional arguments passed", "success", "beast", "2022-10-30 16:49:37"],
     ["Windows", "GNOME"],
     "a whole i3 tiling desktop (1920x1080, dark grey, gaps between windows): six black terminal windows "
     "with thin title tabs ('beast: ~'), one tall at the left, two stacked at the right, three small along "
     "the bottom right; the middle right one is focused (blue title); a bar at the bottom with workspace "
     "'1: www' and a clock"),
    # -- terminals (kitty, no window frame) -----------------------------------------------------
    (KITTY + "screenshot.png", "kitty_vim_git_log_shell", [TERMINAL, ["editor", "text editor", "vim", "vi"]],
     None,
     ["kitty - A terminal emulator", "README.asciidoc", "START_SHORTCUT_BLOCK", "Major features",
      "Kovid Goyal", "Refactor screen mode API", "nothing to commit, working tree clean", "NORMAL"],
     ["web page", "Windows"],
     "a kitty terminal (3880x2168, dark, a thin black border, no title bar) split three ways: vim editing "
     "README.asciidoc at the left (line numbers, status line NORMAL), a git log viewer at the top right "
     "(green header) and git show output with a shell prompt (powerline segments ~ work kitty) below it; "
     "panes inside one terminal, so no count"),
    (KITTY + "diff.png", "kitty_diff_kitten", [TERMINAL + ["diff", "diff viewer", "comparison"]], None,
     ["Dimensions: 256x256 pixels", "import sysconfig", "safe_remove", "importlib.import_module", "glfw",
      "Size: 17 KB"], ["web page", "Windows"],
     "kitty's side-by-side diff in a terminal (no frame): two images compared at the top (a book stack and "
     "a cat with a prompt sign), then Python code with red and green changed lines; a terminal program, "
     "not an editor window"),
    (KITTY + "hints_mode.png", "kitty_url_hints", [TERMINAL], None,
     ["infocmp xterm-kitty", "ssh myserver", "OpenSSH maintainers", "Resources on terminal behavior",
      "invisible-island.net", "wikipedia.org"], ["web page", "PowerShell"],
     "a dark terminal (no frame) with dimmed text and three URLs highlighted for selection (their first "
     "letters covered by hint marks), a shell prompt at the bottom; URLs in a terminal, not a browser"),
    (KITTY + "remote_file.png", "kitty_remote_file_prompt", [TERMINAL], None,
     ["What would you like to do with the remote file", "CONTRIBUTING.md", "Edit the file", "Open the file",
      "Save the file", "downloaded to a destination you select"], ["web page", "Windows"],
     "a text-mode prompt in a black terminal (no frame): a yellow file path, four choices (Edit, Open, Save, "
     "Cancel) with grey explanations; a terminal question, not a dialog window"),
    (KITTY + "themes.png", "kitty_theme_picker", [TERMINAL + ["theme picker", "menu", "list"]], None,
     ["Brogrammer", "Campbell", "Chalkboard", "Challenger Deep", "Cobalt Neon", "Crayon Pony Fish",
      "Dark Pastel", "Accept"], ["web page", "Windows"],
     "kitty's theme picker in a terminal (no frame): a list of theme names at the left (Desert selected), "
     "rows of coloured sample words (bla red gre yel blu mag cya whi) at the right, tabs All / Dark / Light "
     "/ Recent at the top"),
    (KITTY + "unicode.png", "kitty_unicode_input", [TERMINAL + ["character picker", "unicode input"]], None,
     ["Enter the hex code for the character", "Phaistos disc sign cat", "Cat face with tears of joy",
      "Weary cat face", "Emoji (F3)", "Favorites (F4)"], ["web page", "Windows"],
     "kitty's Unicode input in a terminal (no frame): search modes at the top, 'cat' typed, and a two-column "
     "list of cat emoji with their names"),
    # -- a file manager with a dialog -----------------------------------------------------------
    (NC + "vfs_hydration_progress_bar.png", "explorer_download_progress",
     [["file manager", "File Explorer", "Explorer"], DIALOG + ["progress"]], 2,
     ["38% complete", "Downloading 1 item to Nextcloud74", "Speed: 7.65 MB/s", "Nextcloud-3.0.3-setup.exe",
      "Time remaining: Calculating", "Fewer details", "Search Nextcloud74", "Application Tools"],
     ["Finder", "Dolphin"],
     "Windows 10 File Explorer (ribbon with Manage / Application Tools, a navigation pane, a file list with "
     "sync status icons) with a '38% complete' copy-progress dialog (a green speed graph) over its left side"),
    # -- editors and IDE-like programs ----------------------------------------------------------
    (TW + "interface-summary.png", "texworks_source_and_preview",
     [IDE + ["TeX editor", "LaTeX editor"], ["document", "PDF", "preview", "document viewer"]], 2,
     ["TeXworks", "Typeset", "Editing zone", "Preview", "Status bar", "Brief Article", "Title bar"],
     ["Word", "Overleaf"],
     "TeXworks (small, 536x398): a LaTeX source window at the left (red comments, blue commands) and its "
     "PDF preview window at the right (a 'Brief Article' page), each with its own title and menu bar; green "
     "callout labels (Title bar, Menu bar, Toolbars, Editing zone, Preview, Status bar) drawn by the manual"),
    ("dia-common/usr/share/doc/dia/html/en/graphics/dia--integrated.png", "dia_uml_diagram",
     [GENERIC + ["editor", "diagram editor", "diagram", "drawing program"]], None,
     ["UML-demo.dia", "dia-core.dia", "Input Methods", "PreorderIterator", "ArrayIterator", "NullIterator",
      "CreateIterator", "returns new NullIterator"], ["Visio"],
     "Dia (cropped, no title bar): menu bar, a toolbox of shapes and UML objects at the left, and a UML "
     "class diagram (an Iterator class with four subclasses and Glyph) on a grid canvas with rulers, two "
     "document tabs"),
    ("kgpg/" + KDE + "kgpg/editor.png", "kgpg_editor_pgp_message", [["editor", "text editor"]], 1,
     ["KGpg", "BEGIN PGP MESSAGE", "END PGP MESSAGE", "Sign/Verify", "Encrypt", "Decrypt", "Signature"],
     ["terminal", "Notepad"],
     "KGpg's editor window ('Untitled * - KGpg', Breeze, on a dark rounded frame): a menu bar, a toolbar and "
     "an ASCII-armoured PGP message filling the text area, Sign/Verify, Encrypt, Decrypt buttons below"),
    # -- media players and image viewers --------------------------------------------------------
    (RB + "rb-window.png", "rhythmbox_music_library", [PLAYER], 1,
     ["The Naked and Famous - All of This", "Play Queue", "Podcasts", "Recently Played", "Amanda Palmer",
      "Cosmic Serpents", "The White Room", "Kraftwerk"], ["Spotify", "iTunes"],
     "Rhythmbox playing 'All of This': transport buttons and a progress bar at the top, a library side "
     "pane, artist and album lists and a track list; blue numbered callouts 1-5 drawn by the manual"),
    (RB + "rb-iradio-main.png", "rhythmbox_internet_radio", [PLAYER + ["radio", "internet radio"]], 1,
     ["StartFM - 94.2MHz", "Radio Paradise (High Quality)", "College Radio", "Search your internet radio",
      "Vilnius University", "WKNC 88.1 FM", "Underground", "Ambient"], ["Spotify", "iTunes"],
     "Rhythmbox on its Radio source: a genre list and a station list (one row selected in blue) under the "
     "playing stream's title"),
    (GTHUMB + "main-win.png", "gthumb_image_browser",
     [["image viewer", "image browser", "photo viewer", "photo manager", "gallery"]], 1,
     ["cimg1379.jpg", "Bookmarks", "Metadata", "Organize", "84 files (681.4 MB)", "image/jpeg", "2007-05",
      "3072 x 2048"], ["Photoshop", "Windows"],
     "gThumb (older GNOME look): a folder tree (2007-02..2007-07) and a properties pane at the left, six "
     "thumbnails of a large spider sculpture at the right, a status bar; thumbnails are photos inside the "
     "program window"),
    # -- dialogs --------------------------------------------------------------------------------
    (GTHUMB + "import.png", "gthumb_import_dialog", [DIALOG], 1,
     ["Import from Removable Device", "EOS_DIGITAL", "Files to import", "IMG_3079.JPG",
      "/fileserver/technical/photos/new", "FridayTest", "Delete the imported files from the source"],
     ["Windows"],
     "a dark-themed import dialog with four photo thumbnails (framed pictures), destination, event and tags "
     "fields, Help / Cancel / Import buttons"),
    (NC + "wizard.png", "nextcloud_connection_wizard", [DIALOG + ["setup", "wizard"]], 1,
     ["Nextcloud Connection Wizard", "Connect to Nextcloud", "Setup local folder options",
      "Sync everything from server", "Choose what to sync", "Keep local data", "Start a clean sync",
      "Skip folders configuration"], ["Windows", "Dropbox"],
     "a macOS window (traffic-light buttons) on a black margin: a blue Nextcloud header, radio buttons and "
     "check boxes for syncing, a local folder path and a warning; Back / Connect buttons"),
    (NC + "settings_general.png", "nextcloud_settings_general", [GENERIC + DIALOG + ["settings", "preferences"]],
     1,
     ["Nextcloud Settings", "General Settings", "Launch on System Startup", "Show Server Notifications",
      "Use Monochrome Icons", "Edit Ignored Files", "Create Debug Archive", "Check for Update now"],
     ["Dropbox", "macOS"],
     "the Nextcloud desktop client's settings window on Windows: a user avatar at the top, General and "
     "Network icons at the top right, check boxes and buttons in General, About and Updates groups"),
    (NC + "log_output_window.png", "nextcloud_log_output", [DIALOG + ["log", "log viewer"]], 1,
     ["Log Output", "AbstractNetworkJob", "RequestEtagJob", "QString::arg: Argument missing",
      "docs.nextcloud.com", "slotRunOneEtagJob", "Close"], ["terminal", "web page"],
     "a small macOS 'Log Output' window on a black background: timestamped debug lines, a Search field with "
     "a blue Find button, Clear / Save / Close buttons; a log window, not a terminal"),
    (TW + "replaceDialog.png", "texworks_replace_dialog", [DIALOG], 1,
     ["Replace", "With:", "Wrap around", "Case sensitive", "Find backwards", "Whole words",
      "Regular expression", "Replace in all open files"], ["web page"],
     "a beige GTK-style Replace dialog: two text fields (the first with a red border), check boxes, Replace "
     "All / Cancel / Replace buttons"),
    ("liferea-data/usr/share/liferea/doc/html/help_prefs_browser_1.14.0.png", "liferea_browser_preferences",
     [DIALOG + ["preferences", "settings"]], 1,
     ["Liferea Preferences", "Internal Browser Settings", "Open links in Liferea's window",
      "Never run external Javascript", "Enable browser plugins", "External Browser Settings",
      "Default Browser", "Enclosures"], ["web page"],
     "a Liferea Preferences dialog (dark title bar, a red close button) on a black margin: a list of pages "
     "at the left (Browser selected) and browser options; settings about a browser, not a browser"),
    ("ktimer/" + KDE + "ktimer/two_at_once.png", "ktimer_settings", [DIALOG + ["settings"]], 1,
     ["Timer Settings", "KTimer", "konqueror", "Command line", "Start only one instance", "Consecutive task",
      "Counter", "Delay"], ["web page"],
     "KTimer's 'Timer Settings' window (Breeze, a dark rounded frame): two timers running konqueror in a "
     "table, delay fields, check boxes and New / Remove / Help buttons"),
    ("zim/usr/share/zim/manual/Plugins/Command_Palette/command_palette.png", "zim_command_palette",
     [DIALOG + ["command palette", "popup", "menu"]], None,
     ["Command Palette", "Checkbox List", "Attachment", "Screenshot", "Citation", "Code Block",
      "Ascii graph (Ditaa)", "File Templates"], ["terminal"],
     "Zim's Command Palette: a small dark-titled box with a search field ('Insert C') and a drop-down list "
     "of 'Insert >' commands over a white area"),
    # -- other program windows ------------------------------------------------------------------
    ("brasero-common/usr/share/help/C/brasero/figures/brasero-main-window.png", "brasero_new_project",
     [GENERIC + ["disc burner", "burning", "CD burner"]], 1,
     ["Brasero", "Create a new project", "Audio project", "Data project", "Video project", "Disc copy",
      "Burn image", "No recently used project"], ["Nero"],
     "Brasero's start window on a black margin: five large project buttons at the left and an empty Recent "
     "projects pane at the right; a disc burner, not a video player"),
    ("kbackup/" + KDE + "kbackup/mainwindow.png", "kbackup_main_window", [GENERIC + ["backup", "backup tool"]],
     1,
     ["KBackup", "Start Backup", "Cancel Backup", "Force Full Backup", "/tmp/kbackup-test",
      "Backup successfully finished", "playground", "Warnings"], ["Time Machine"],
     "KBackup: a folder tree with check boxes at the left (kbackup ticked), a big Start Backup button, "
     "target and totals boxes and a log of backed-up files at the right"),
    ("kde-config-cron/" + KDE + "kcontrol5/kcron/kcronstart.png", "kcron_scheduled_tasks",
     [GENERIC + DIALOG + ["settings", "scheduler", "task scheduler"]], None,
     ["Configure and schedule tasks", "Personal Cron", "System Cron", "Scheduled Tasks",
      "Environment Variables", "New Task", "New Variable", "Run Now"], ["terminal"],
     "the KDE cron settings module (no title bar): empty Scheduled Tasks and Environment Variables tables "
     "with buttons at the right, Help / Defaults / OK / Apply / Cancel at the bottom"),
    ("kgpg/" + KDE + "kgpg/keymanage.png", "kgpg_key_manager_menu", [GENERIC + ["key manager", "menu"]], 1,
     ["Key Management", "Rolf Eike Beer", "CA Cert Signing Authority", "pino@kde.org", "Export Public Key",
      "Refresh Key From Keyserver", "4 Keys, 2 Groups", "Key Server Dialog"], ["Kleopatra"],
     "KGpg's 'Key Management' window: a table of keys (name, email, trust colours) with a context menu open "
     "over it (Export Public Key, Send Email, Sign Key, Delete Key, Edit Key in Terminal ...)"),
    ("simple-scan/usr/share/help/C/simple-scan/figures/scan_toolbar.png", "simple_scan_menu",
     [GENERIC + ["scanner", "document scanner", "menu"]], 1,
     ["Document Scanner", "Single Page", "All Pages From Feeder", "Multiple Pages From Flatbed", "Preferences",
      "Scan"], ["printer"],
     "Simple Scan ('Document Scanner', a GNOME header bar with a blue Scan button) on a black margin, its "
     "scan-type menu open (Single Page, All Pages From Feeder, Multiple Pages From Flatbed, Text, Image, "
     "Preferences) over an empty page"),
    ("sweeper/" + KDE + "sweeper/sweeper.png", "sweeper_privacy_cleaner",
     [GENERIC + ["privacy", "cleaner", "privacy cleaner"]], 1,
     ["Privacy Settings", "Recent Documents", "Run Command History", "Thumbnail Cache", "Web Browsing",
      "Favorite Icons", "Cookie Policies", "Clean Up"], ["web page", "CCleaner"],
     "Sweeper (Breeze, on a dark rounded frame): a tree of privacy items with check boxes and descriptions, "
     "Select All / Select None / Clean Up buttons"),
]

# real photos from Palapeli's puzzle collection, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (PUZZLE + "castle-maintenon.jpg", "photo_castle_maintenon",
     "a brick and stone château with round towers and slate roofs behind a lawn, blue sky with clouds"),
    (PUZZLE + "cincinnati-bridge.jpg", "photo_bridge_at_night",
     "a suspension bridge lit orange at dusk over a river, its lights reflected in the water"),
    (PUZZLE + "citrus-fruits.jpg", "photo_citrus_slices",
     "backlit slices of oranges, lemons and limes on white"),
    (PUZZLE + "european-honey-bee.jpg", "photo_bee_on_aster",
     "a honey bee on a purple aster with a yellow centre, blurred green background"),
    (PUZZLE + "panther-chameleon-female.jpg", "photo_chameleon_on_branch",
     "an orange and black chameleon on a branch among green leaves"),
]


source_folder, frames = package_split("ext6", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
