"""The ``external4`` split of the screen set: a fourth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels and never captioned before its first score.

    python benchmarks/screens_dataset.py --splits external4    # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external4       # scores it (``all`` leaves it out)

The frames are read at build time from twenty-one Debian (bookworm) packages, each unpacked with
``dpkg -x`` into its own folder of ``$PIXEL_LLM_EXT4`` (default ``/work/ext4``); nothing is
copied into the repository. Fetch them (no root needed; about 210 MB of .deb, gnucash-docs the
bulk) with::

    mkdir -p /work/ext4 && cd /work/ext4
    for p in akregator ark cervisia doublecmd-help-en dragonplayer filelight gnucash-docs gramps juk \\
             kde-spectacle kget kicad-doc-en kile-doc kmahjongg kmail kmplot kolourpaint kontact korganizer \\
             krdc texstudio-doc; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: the KDE applications 4:22.12.3-1 (ark 4:22.12.3-1+deb12u1, kde-spectacle
22.12.3-1 without epoch), doublecmd-help-en 1.0.10-1, gnucash-docs 4.13-1, gramps 5.1.5-1, kicad-doc-en
6.0.11+dfsg-1, kile-doc 4:2.9.93-2, texstudio-doc 4.3.1+ds-2. The screenshots: KMail's composer and
filter dialog, a drop-down terminal and a Windows console, Kile (a LaTeX editor) and TeXstudio's
Quick Start dialog, GnuCash's register, a report chart and its tip dialog, Akregator's feed reader,
Ark's archive window and a dialog, Dragon Player showing a video, JuK's music collection, KGet with
its File menu open, KMahjongg, KmPlot, KolourPaint, Spectacle, KRDC, Filelight's radial map, Cervisia
(CVS), Kontact's summary, KOrganizer's to-do dialog, KiCad's page layout editor, Double Commander's
two panels (once on Windows, once three overlapping windows) and its viewers — and five photos from
Gramps' example family tree (old portraits, a group of men, a yawn, a young woman) as negatives.

Labels follow ``screens_external.py`` and ``screens_external3.py`` (read their docstrings):
``kinds`` are groups of the scorer's kind words, each of which must be named; a plain window of no
named application kind gets ``GENERIC`` plus the words that would also be true of it, so that
saying them is not flagged; ``windows`` only where the count is unambiguous (crops without a
title bar, frameless consoles and pages get ``None``); 4–8 ``words`` clearly readable at full
size; ``absent`` names products that are not there (chosen so that they are not substrings of
common words: no "Git", no "Windows"); a ``note`` for what is unusual.
"""

from __future__ import annotations


import screens_external
from screens_external import package_hint, package_split

SPLIT = "external4"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("akregator", "ark", "cervisia", "doublecmd-help-en", "dragonplayer", "filelight", "gnucash-docs",
            "gramps", "juk", "kde-spectacle", "kget", "kicad-doc-en", "kile-doc", "kmahjongg", "kmail", "kmplot",
            "kolourpaint", "kontact", "korganizer", "krdc", "texstudio-doc")
ENV, DEFAULT = "PIXEL_LLM_EXT4", "/work/ext4"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

GENERIC = ["window", "screen", "screenshot"]
MAIL = GENERIC + ["email client", "mail client", "email", "e-mail", "mail"]
TERMINAL = ["terminal", "console", "command line", "shell"]
FILE_MANAGER = ["file manager"]

KDE = "usr/share/doc/HTML/en/"
GNUCASH = "gnucash-docs/usr/share/doc/gnucash-docs/gnucash-help-en/figures/"
DC = "doublecmd-help-en/usr/share/doublecmd/doc/en/images/"
GRAMPS = "gramps/usr/share/doc/gramps/example/gramps/"

# (path under $PIXEL_LLM_EXT4, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- mail, feeds, personal information ------------------------------------------------------
    ("kmail/" + KDE + "kmail2/composer-window.png", "kmail_composer", [MAIL + ["composer", "editor"]], 1,
     ["The Composer Window", "Demonstration Purposes", "documentation@kde.org", "Undisclosed Recipient",
      "Rich Text", "Add Smiley", "Insert HTML", "Spellcheck: on"], ["Thunderbird", "Outlook"],
     "KMail's composer (1101x437) with From/To/CC/Subject filled and an empty body; 'editor' accepted as one "
     "writes a mail in it"),
    ("kmail/" + KDE + "kmail2/filter-dialog.png", "kmail_filter_rules", [["dialog"]], 1,
     ["Filter Rules", "Available Filters", "Bogofilter Check", "Classify as NOT Spam", "Match all of the following",
      "Pipe Through", "Run selected filter(s) on", "Filter Actions"], ["Thunderbird", "Outlook"],
     "KMail's Filter Rules dialog, a filter list at the left and criteria/actions at the right"),
    ("akregator/" + KDE + "akregator/main-window4.png", "akregator_feeds",
     [GENERIC + ["feed reader", "news reader", "RSS reader", "RSS", "news"]], 1,
     ["Akregator", "Fetch All Feeds", "Mark Feed as Read", "Planet KDE (26)", "KDE Dot News",
      "Static Library Nightmare", "Tomaz Canabrava", "Search articles"], ["Thunderbird", "Firefox"],
     "Akregator: a feed tree, an article list (unread titles in red) and an article's text below; a feed "
     "reader, not a browser or a mail client (both flagged)"),
    ("kontact/" + KDE + "kontact/summary-view.png", "kontact_summary",
     [GENERIC + ["personal information manager", "PIM", "organizer", "mail client", "email client", "calendar"]],
     1,
     ["Summary - Kontact", "Summary for bb", "Freitag, 9. Dezember 2016", "Upcoming Events", "Pending To-dos",
      "Popup Notes", "No unread messages", "Upcoming Special Dates"], ["Outlook"],
     "Kontact's summary page, a sidebar of Mail/Contacts/Calendar/To-do List/Feeds/Journal/Popup Notes and a "
     "faint drawing of a calendar and an envelope at the bottom right; the date is in German"),
    ("korganizer/" + KDE + "korganizer/todo-general.png", "korganizer_todo_dialog", [["dialog"]], 1,
     ["KOrganizer", "Personal Calendar", "Completion", "Time zones", "8 Feb 2021", "Enable rich text",
      "Attendees", "Recurrence"], ["Outlook"],
     "KOrganizer's to-do editor as a dialog (title 'KOrganizer <@8ae3999a5159>') on a white margin with a "
     "drop shadow"),
    # -- terminals and consoles ---------------------------------------------------------------
    ("kmail/" + KDE + "kmail2/akonadictl.png", "dropdown_terminal_akonadictl", [TERMINAL], None,
     ["akonadictl status", "david@localhost", "Akonadi Control: running", "Akonadi Server Search Support",
      "Available Agent Types", "Drop-Down Terminal", "Shell No. 2"], ["PowerShell", "Command Prompt"],
     "a drop-down terminal (Yakuake): green text on black, tabs 'Shell' and 'Shell No. 2' and a bar reading "
     "'~ : bash - Drop-Down Terminal' at the bottom, no title bar, so no count"),
    (DC + "imgDC/archiveimg7.png", "windows_console_rar", [TERMINAL + ["command prompt"]], None,
     ["Rar.exe", "E:\\temp\\just.rar", "RAR 5.50 beta 3 x64", "Alexander Roshal", "recovery record",
      "Just A Friend To You.mp3", "Checksum", "Packed"], ["PowerShell", "Linux"],
     "the inside of a Windows console (no frame) listing a RAR archive; the manual's author drew a cyan "
     "ellipse round the command and a magenta arrow"),
    # -- editors and IDEs -----------------------------------------------------------------------
    ("kile-doc/" + KDE + "kile/command-view.png", "kile_latex_editor",
     [["editor", "text editor", "IDE", "LaTeX editor", "document"]], None,
     ["test.tex", "Kile", "documentclass", "latex-document", "Files and Projects", "Log and Messages",
      "Sectioning", "Typewriter"], ["Overleaf", "TeXstudio"],
     "Kile editing a 16-line LaTeX skeleton with a list of LaTeX commands at the left; cut off at the right "
     "(title bar incomplete), so no count"),
    ("texstudio-doc/usr/share/doc/texstudio/html/doc2.png", "texstudio_quick_start", [["dialog"]], 1,
     ["Quick Start", "Document Class", "Typeface Size", "Paper Size", "AMS Packages", "makeidx Package",
      "Other Options", "onecolumn"], ["Kile"],
     "TeXstudio's Quick Start dialog for a new LaTeX document"),
    ("kicad-doc-en/usr/share/doc/kicad/help/en/images/en/main_window.png", "kicad_page_layout_editor",
     [GENERIC + ["editor", "CAD", "page layout editor", "layout editor"]], 1,
     ["Page Layout Editor", "no file selected", "Left Top paper corner", "Item Properties", "General Options",
      "Horizontal justification", "text10:Text", "Page size: width 297 height 210"], ["AutoCAD"],
     "KiCad's drawing-sheet editor on Ubuntu (dark title bar, orange close button): a tree of rect/segm/text "
     "items, an empty page frame with a title block, a properties pane"),
    # -- office and finance ---------------------------------------------------------------------
    (GNUCASH + "AccountReg_Screen.png", "gnucash_register",
     [GENERIC + ["spreadsheet", "accounting", "finance", "ledger", "register"]], 1,
     ["help.gnucash", "Cash in Wallet", "GnuCash", "Expenses:Auto:Gas", "Split Transaction", "Tot Receive",
      "Income/Expense Chart", "Projected Minimum"], ["Excel", "Quicken"],
     "GnuCash's account register (green and yellow rows, a split transaction expanded) on an old GNOME theme; "
     "a ledger, 'spreadsheet' accepted"),
    (GNUCASH + "Report_Screen.png", "gnucash_report_chart",
     [GENERIC + ["chart", "bar chart", "report", "accounting", "finance", "graph"]], 1,
     ["Sample.gnucash", "Expense Over Time", "GnuCash", "Subscriptions", "Other expenses", "Grand Total",
      "Friends", "Hobby"], ["Excel", "Quicken"],
     "GnuCash showing a stacked bar chart (teal, orange, khaki, green, blue) of expenses by month with a "
     "table below"),
    (GNUCASH + "window-tip.png", "gnucash_tip_of_the_day", [["dialog"]], 1,
     ["GnuCash Tip Of The Day", "Tip of the Day", "mailing lists", "#gnucash", "irc.gnome.org",
      "Show tips at startup", "Previous"], [],
     "a small dialog on a white margin with a grey shadow"),
    # -- files and archives ---------------------------------------------------------------------
    (DC + "screenshot.png", "doublecmd_windows", [FILE_MANAGER], 1,
     ["Double Commander", "Program Files", "highlighters", "doublecmd", "AppData", "Terminal F9", "Exit Alt+X",
      "Favorites"], ["Total Commander", "Explorer"],
     "Double Commander's two panels on Windows 10; 'Terminal F9' is a button, not a terminal"),
    (DC + "imgDC/pic1.png", "doublecmd_three_themes", [FILE_MANAGER], 3,
     ["Double Commander", "/home/user", ".bash_history", "Templates", "Downloads", "Configuration", "cdrom",
      "sda1"], ["Total Commander", "Explorer"],
     "three overlapping Double Commander windows (light, light, dark theme), each cut off by the next; 3 "
     "windows"),
    (DC + "imgDC/viewer.png", "doublecmd_viewers",
     [GENERIC + ["viewer", "file viewer", "text viewer", "hex viewer", "image viewer"]], 3,
     ["doublecmd.xml", "DCVersion", "MainWindow", "PixelsPerInch", "Encoding", "go-up.png", "dctheme",
      "cm_Refresh"], [],
     "three overlapping viewer windows on Windows: an XML file as text, the same file in hex, and a big green "
     "arrow icon; viewers, not editors (flagged)"),
    ("ark/" + KDE + "ark/ark-mainwindow.png", "ark_archive", [GENERIC + ["archive manager", "archiver",
                                                                        "file manager"]], 1,
     ["testarchive.tar.gz", "Ark", "DSC_0003.JPG", "Doc-16.png", "Type: PNG image", "Add File", "Extract",
      "ragnar"], ["WinRAR", "WinZip"],
     "Ark listing an archive's files with a details pane (a pink image icon) at the right; 'file manager' "
     "accepted"),
    ("ark/" + KDE + "ark/create-archive.png", "ark_create_archive", [["dialog"]], 1,
     ["Create New Archive", "archive.7z", "7-zip archive", "Automatically add .7z", "Password Protection",
      "Multi-volume Archive", "/home/test/", "Compression"], ["WinRAR"],
     "Ark's Create New Archive dialog, 448x364"),
    ("filelight/" + KDE + "filelight/radial_map.png", "filelight_radial_map",
     [GENERIC + ["disk usage analyzer", "disk usage", "chart", "graph"]], 1,
     ["Filelight", "180,759 files", "Rescan", "media/", "home/", "usr/", "Forward", "Settings"], ["Baobab"],
     "Filelight's multicoloured radial map of the root folder; a chart of disk use, not a file manager "
     "(flagged)"),
    ("cervisia/" + KDE + "cervisia/mainview.png", "cervisia_cvs",
     [GENERIC + ["version control", "CVS", "CVS client", "revision control"]], None,
     ["Repository", "quanta-tag.png", "Up to Date", "Not in CVS", "index.docbook", "docbook-reference.docbook",
      "cvs -f -q update", "Timestamp"], ["GitHub", "Subversion"],
     "Cervisia without a title bar (so no count): a file list with CVS status and revisions, and the cvs "
     "command's output below"),
    # -- media, graphics, games, tools ----------------------------------------------------------
    ("dragonplayer/" + KDE + "dragonplayer/main.png", "dragon_player_video",
     [GENERIC + ["media player", "video player", "video"]], 1,
     ["Dragon Player", "Play Media", "Full Screen", "Volume", "Okular:simply a document viewer", "0:00:10",
      "Pause"], ["VLC", "YouTube"],
     "Dragon Player showing a video of a talk: a speaker at a lectern with a laptop, a Kubuntu banner, an "
     "audience from behind; the scorer flags objects of the video (person, laptop) though they are on screen"),
    ("juk/" + KDE + "juk/juk-main.png", "juk_music_collection",
     [GENERIC + ["media player", "music player", "audio player", "jukebox"]], 1,
     ["Sweet Catatonia", "JuK", "Way Beyond Blue", "Collection List", "Track Name", "Strange Glue", "Lost Cat",
      "00:27 / 02:43"], ["Spotify", "iTunes"],
     "JuK (old Oxygen theme, pale blue glow round the window) playing a song, a track list and the lyrics at "
     "the right"),
    ("kolourpaint/" + KDE + "kolourpaint/KolourPaint.png", "kolourpaint_empty",
     [GENERIC + ["image editor", "paint program", "paint", "drawing program", "editor"]], 1,
     ["Untitled", "KolourPaint", "KolourPaint Defaults", "Pen: Click to draw", "400 x 300", "32bpp", "Zoom Out",
      "Colors"], ["Photoshop", "GIMP"],
     "KolourPaint with an empty white 400x300 canvas, a tool box and a colour palette"),
    ("kde-spectacle/" + KDE + "spectacle/MainWindow.png", "spectacle_screenshot_tool",
     [GENERIC + ["screenshot tool", "screen capture", "screenshot utility"]], 1,
     ["Spectacle", "Capture Mode", "Active Window", "Include mouse pointer", "Take a New Screenshot",
      "Copy Image to Clipboard", "Annotate", "mageia"], ["Snipping Tool"],
     "Spectacle with its preview of a Mageia desktop (blue wallpaper with swirls) at the left; the preview "
     "is a picture in a window, the frame is not a desktop"),
    ("kget/" + KDE + "kget/file.png", "kget_file_menu", [GENERIC + ["download manager", "menu"]], 1,
     ["KGet", "New Download", "Import Links", "Export Transfers List", "Create a Metalink", "Transfer History",
      "Remove All Finished", "Remaining Time"], ["Firefox"],
     "KGet with its File menu open over one stopped download (an .iso, 3 %)"),
    ("krdc/" + KDE + "krdc/krdc_mainwindow.png", "krdc_remote_desktop",
     [GENERIC + ["remote desktop", "remote desktop client", "VNC client"]], 1,
     ["KDE Remote Desktop Client", "KRDC", "New Connection", "Remote Desktops", "Enter or select the address",
      "Last Connected", "Full Screen", "Connect to"], ["TeamViewer"],
     "KRDC's start page with an empty list of remote desktops and a monitor icon; 'desktop' is in its name, "
     "the frame is one window"),
    ("kmplot/" + KDE + "kmplot/main.png", "kmplot_functions",
     [GENERIC + ["plotter", "function plotter", "graph", "plot", "math", "mathematics"]], 1,
     ["KmPlot", "h(x)=sinx", "Custom plot range", "Derivatives", "Integral", "Reset View", "Parameters",
      "Appearance"], ["MATLAB", "GeoGebra"],
     "KmPlot plotting a sine (green) and a parabola (dark blue) on a grid, a function editor at the left"),
    ("kmahjongg/" + KDE + "kmahjongg/gamescreen.png", "kmahjongg_game",
     [GENERIC + ["game", "mahjong", "mahjongg", "solitaire"]], 1,
     ["KMahjongg", "Full Screen", "Removed: 0/144", "Combinations left: 15", "Game number: 2097636179",
      "Ready. Now it is your turn", "Time: 00:05:24", "Hint"], [],
     "KMahjongg: a pile of mahjong tiles (Chinese characters, bamboos, circles) on a brown background, on a "
     "white margin with a shadow"),
]

# real photos from Gramps' example family tree, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (GRAMPS + "1897_expeditionsmannschaft_rio_a.jpg", "photo_expedition_1897",
     "five men in suits and hats standing in a field, an old sepia photo"),
    (GRAMPS + "654px-Aksel_Andersson.jpg", "photo_portrait_white_beard",
     "a sepia studio portrait of an old man with a white beard and moustache in a dark suit"),
    (GRAMPS + "E_W_Dahlgren.jpg", "photo_portrait_moustache",
     "a sepia studio portrait of a bald old man with a white moustache and a bow tie, a patterned chair behind"),
    (GRAMPS + "Gunnlaugur_Larusson_-_Yawn.jpg", "photo_yawn",
     "a colour close-up of a man with long hair, a red beard and glasses yawning, eyes shut"),
    (GRAMPS + "O4.jpg", "photo_young_woman",
     "a young woman with long brown hair in a pink top smiling at a party, people behind; a small "
     "'www.uglypeople.com' watermark"),
]


source_folder, frames = package_split("ext4", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
