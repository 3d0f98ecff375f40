"""The ``external17`` split of the screen set: a seventeenth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels. It is a DEVELOPMENT split, made to work on DIALOGS:
most of it is dialogs of many looks (KDE / Qt dialogs with and without their main window behind them,
settings dialogs with a side list or tabs, a shortcut editor, an import dialog, form dialogs, a list
chooser, wizards (none of them installers), a web sign-in page inside a dialog, GTK 3 dark header-bar
dialogs, a settings dialog cropped below its title bar, a GTK 2 file chooser widget in Italian) and a
quarter negatives that look a little like them without being dialogs (main windows with forms, menus or
buttons: an address book twice, a geometry program, a mail client with a menu, a game with a launch panel). Unlike the
judge splits it may be looked at, captioned and tuned on freely; its labels were still written from the
pixels alone, before any caption of it was made.

    python benchmarks/screens_dataset.py --splits external17   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external17      # scores it (``all`` leaves it out)

The frames are read at build time from eight Debian (bookworm) packages, each unpacked with ``dpkg -x``
into its own folder of ``$PIXEL_LLM_EXT22`` (default ``/work/ext22``); nothing is copied into the
repository. Fetch them (no root needed; about 37 MB of .deb, python3-skimage, wx3.2-doc and kaddressbook
the bulk) with::

    mkdir -p /work/ext22 && cd /work/ext22
    for p in eog kaddressbook kdf kfourinline kig kteatime python3-skimage wx3.2-doc; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: eog 43.2-1+deb12u1, the KDE applications (kaddressbook, kdf, kfourinline, kig,
kteatime) 4:22.12.3-1, python3-skimage 0.19.3-8, wx3.2-doc 3.2.2+dfsg-2
(eog and the KDE applications are amd64 packages).

What is in it (25 screenshots): twenty dialogs: eleven of KAddressBook (a new contact group over the main
window with an e-mail completion list open, a CSV import dialog, the shortcut editor, a print wizard's
first page over the main window, an LDAP 'Add Host' form, the settings dialog with a side list, the 'Add
Address Book' chooser, a Google sign-in web page inside a dialog, a tag manager, a resource's directory
settings, a KOrganizer attendee chooser over its event editor, cropped), KDiskFree's settings cropped below
the title bar, three Kig wizards over Kig's main window (one with its title greyed as inactive), KTeaTime's
and KFourInLine's settings, two GTK 3 dark header-bar dialogs of Eye of GNOME (a batch 'Save As' and the
plugin preferences), and a GTK 2 file chooser widget in Italian (wxWidgets' file control, no frame); five
negatives: KAddressBook's main window twice (once with its Edit menu open), a crop of KMail's message view
with a context menu, Kig's main window drawing a locus and KFourInLine's board with its quick-launch panel.
Five real photos are the negatives for screens (an astronaut in an orange suit, a tabby cat's face, a cup
of espresso, a red motorcycle in a garage, a rocket on its launch pad at dusk). No screenshot carries marks
drawn by its manual; the notes say where a count or a kind needed judgement. There are no Windows or macOS
dialogs in it.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations

import screens_external
from screens_external import package_hint, package_split
# the kinds' words, as external10 spells them
from screens_external10 import DIALOG, FILE_DIALOG, GENERIC, SETTINGS, WEB

SPLIT = "external17"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("eog", "kaddressbook", "kdf", "kfourinline", "kig", "kteatime", "python3-skimage", "wx3.2-doc")
ENV, DEFAULT = "PIXEL_LLM_EXT22", "/work/ext22"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

WIZARD = DIALOG + ["wizard", "assistant"]
FORM = DIALOG + ["form", "form dialog"]
CONTACTS = GENERIC + ["address book", "contacts", "contact manager", "contacts app"]
GEOMETRY = GENERIC + ["geometry", "geometry program", "drawing", "math", "graph", "plot", "editor"]

KAB = "kaddressbook/usr/share/doc/HTML/en/kaddressbook/"
KIG = "kig/usr/share/doc/HTML/en/kig/"
EOG = "eog/usr/share/help/C/eog/figures/"
SKIMAGE = "python3-skimage/usr/lib/python3/dist-packages/skimage/data/"

# (path under $PIXEL_LLM_EXT22, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- dialogs: KDE / Qt ---------------------------------------------------------------------
    (KAB + "addressbook101.png", "kaddressbook_new_contact_group_over_main",
     [FORM + ["contacts"], CONTACTS], 2,
     ["New Contact Group", "The Many Davids", "Contact group members:", "Personal Contacts",
      "lexophobe@gmail.com", "bryant@alumni.caltech.edu", "davidbryant@gvtc.com"],
     ["terminal", "browser", "macOS"],
     "KAddressBook's 'New Contact Group — KAddressBook' dialog (Breeze, a dark grey title bar with ?, v, ^ "
     "and a close cross, 866x469) over the address book's main window (menus File / Edit / View / Action / "
     "Tools, New Contact..., New Group..., an Address Books tree and a list of names, greyed behind it): "
     "'Add to:' Personal Contacts, 'Name:' The Many Davids, a Name / EMail table of two members and a new "
     "row with 'david' typed and a completion list of seven addresses open, OK / Cancel; a dialog over its "
     "main window, two windows"),
    (KAB + "addressbook103.png", "kaddressbook_csv_import_dialog", [DIALOG + ["import dialog"]], 1,
     ["CSV Import Dialog", "File to import:", "example.csv", "Delimiter", "Semicolon", "Tabulator",
      "Skip first row of file", "Apply Template..."], ["terminal", "Excel", "macOS"],
     "KAddressBook's 'CSV Import Dialog — KAddressBook' (Breeze, 826x432): a file path field "
     "'/home/david/Documents/KDEStuff/KAB/example.csv', a Delimiter group of radio buttons (Comma selected), "
     "Text quote / Date format 'Y-M-D' / Text codec 'Local (UTF-8)', a check box, a preview table of three "
     "'Undefined' columns (First Name / Last Name / Home Phone, Konqui Dragon 800-555-1212, Katie Dragon), "
     "Apply Template... / Save Template... / OK / Cancel; the table is a preview, not a spreadsheet; one "
     "window"),
    (KAB + "addressbook112.png", "kaddressbook_configure_shortcuts", [SETTINGS + ["shortcuts", "shortcut editor",
                                                                                  "keyboard shortcuts"]], 1,
     ["Configure Shortcuts", "Global Alternate", "Category filter", "Configure KAddressBook...",
      "Delete Address Book Folder", "Manage Schemes >>", "Defaults", "Ctrl+Shift+,"],
     ["terminal", "browser", "macOS"],
     "KDE's 'Configure Shortcuts — KAddressBook' dialog (687x513): a Search... field, a table Action / "
     "Shortcut / Alternate / Global / Global Alternate with icons, the row 'Configure Shortcuts...' expanded "
     "to Default: None / Custom: None radio buttons, and Defaults / Manage Schemes >> / Print... / OK / "
     "Cancel; a settings dialog; one window"),
    (KAB + "addressbook120.png", "kaddressbook_print_wizard_over_main", [WIZARD + ["print dialog", "printing"],
                                                                        CONTACTS], 2,
     ["Print Contacts", "Choose Contacts to Print", "Which contacts do you want to print?", "All contacts",
      "Selected contacts", "Include Subfolders", "Finish"], ["terminal", "installer", "macOS"],
     "KAddressBook's 'Print Contacts — KAddressBook' wizard (865x545) over its main window (menus, New "
     "Contact..., an Address Books tree, greyed): a big heading 'Choose Contacts to Print', three radio "
     "buttons (Selected contacts chosen), a greyed drop-down 'Contacts Folder', and a blue Help with greyed "
     "Back, Next, greyed Finish and Cancel; a wizard that prints, not an installer; two windows"),
    (KAB + "addressbook132.png", "kaddressbook_ldap_add_host_form", [FORM + ["settings", "LDAP"]], 1,
     ["Add Host", "Bind DN:", "Realm:", "LDAP version:", "Size limit:", "Query Server", "Authentication",
      "DIGEST-MD5"], ["terminal", "browser", "macOS"],
     "KAddressBook's 'Add Host — KAddressBook' dialog (599x646, a dark grey title bar): a form of labelled "
     "fields (User, Bind DN, Realm and Password greyed, Host empty, Port 389, LDAP version 3, Size limit / "
     "Time limit Default, Page size No paging, DN, Filter), a Security group (No / TLS / SSL), an "
     "Authentication group (Anonymous / Simple / SASL, a greyed 'DIGEST-MD5') and greyed OK, Cancel; a form "
     "dialog; one window"),
    (KAB + "addressbook133.png", "kaddressbook_configure_contact_actions", [SETTINGS], 1,
     ["Configure — KAddressBook", "Contact Actions", "LDAP Server Settings", "Plugins", "Show Address",
      "OpenStreetMap", "Dial Phone Number", "Send SMS"], ["terminal", "browser", "macOS"],
     "KAddressBook's settings dialog 'Configure — KAddressBook' (719x516): a side list of three pages with "
     "icons (Contact Actions selected, LDAP Server Settings, Plugins), the page 'Contact Actions' with three "
     "groups each holding a drop-down (OpenStreetMap, System Default, System Default), and Help / Reset / "
     "Defaults / OK / Apply / Cancel; a settings dialog; one window"),
    (KAB + "addressbook20.png", "kaddressbook_add_address_book_chooser", [DIALOG + ["chooser", "list"]], 1,
     ["Add Address Book", "DAV groupware resource", "Google Contacts", "Kolab Groupware Server",
      "Microsoft Exchange Server (EWS)", "Open-Xchange Groupware Server", "vCard Directory", "vCard File"],
     ["terminal", "browser", "macOS"],
     "KAddressBook's 'Add Address Book — KAddressBook' dialog (467x745, tall and narrow): an empty search "
     "field with a cursor, a list of eight resource types with big icons and one-line descriptions cut at "
     "the right (DAV groupware resource selected, Google Contacts, Kolab, Microsoft Exchange Server (EWS), "
     "Open-Xchange, Personal Contacts, vCard Directory, vCard File), OK / Cancel; a chooser dialog; one "
     "window"),
    (KAB + "addressbook31.png", "kaddressbook_google_sign_in_dialog",
     [DIALOG + ["login", "login dialog", "sign-in", "sign-in dialog", "web page", "login page"]], 1,
     ["Google Contacts (not configured)", "Sign in with Google", "Sign in", "to continue to",
      "Akonadi Resources for Google Services", "Email or phone", "Forgot email?", "Create account"],
     ["terminal", "macOS", "Chrome"],
     "a KDE dialog 'Google Contacts (not configured) of type Google Contacts <2>' (836x752, a blue title bar "
     "with a 'g' icon) holding a web view: a green shield, a URL field 'https://accounts.google.com/signin/"
     "oauth/identifier?client_id=...', a blue progress bar at 100%, and Google's 'Sign in' card (the KDE "
     "logo, 'to continue to Akonadi Resources for Google Services', an 'Email or phone' field with a cursor, "
     "Forgot email?, a privacy paragraph, Create account, a blue Next) and the dialog's own Cancel; a "
     "sign-in page in a dialog, not a browser window; one window"),
    (KAB + "addressbook71.png", "kaddressbook_manage_tags", [DIALOG + ["tags", "tag manager"]], 1,
     ["Manage Tags", "Configure which tags should be applied.", "Tag #1", "Tag #2", "Tag #3", "Tag ABC",
      "Create new tag"], ["terminal", "browser", "macOS"],
     "KAddressBook's 'Manage Tags — KAddressBook' dialog (511x435): 'Configure which tags should be "
     "applied.', a list of three check boxes (Tag #2 ticked), a field with 'Tag ABC' typed and a clear icon, "
     "'Create new tag', OK / Cancel; a small dialog; one window"),
    (KAB + "addressbook61.png", "korganizer_select_attendees_crop",
     [DIALOG + ["chooser", "contacts"]], None,
     ["Select At...Organizer", "Search:", "David Aitken", "David Bryant", "davidbryant@att.net",
      "davidbryant@gvtc.com", "David Kazan", "Select Attendees..."], ["terminal", "browser", "macOS"],
     "a crop (591x399) of KOrganizer's event editor, greyed (Location, All Day, Start / End 8/21/2019, tabs "
     "General / Attendees / Attachments, Meeting organizer, Participants, 'Select Attendees...', a Role / "
     "Status / Response table), with a small dialog over it titled 'Select At...Organizer' (cut short): a "
     "Search field, a tree of contacts with David Bryant expanded to three e-mail addresses, OK / Cancel; a "
     "dialog over another window cut at every edge, so no count"),
    ("kdf/usr/share/doc/HTML/en/kdf/kdf_config.png", "kdiskfree_settings_crop", [SETTINGS], None,
     ["General Settings", "Mount Commands", "Mount Point", "Update frequency:", "60 sec",
      "File manager (e.g. konsole -e mc %m):", "dolphin %m", "Pop up a window when a disk gets critically full"],
     ["terminal", "browser", "macOS"],
     "KDiskFree's settings cropped below their title bar (863x445): tabs General Settings (selected) / Mount "
     "Commands, a table of column names (Icon, Device, Type, Size, Mount Point, Free, Full %, Usage) each "
     "'visible' with a tick in one selected row, an update frequency spin box '60 sec', a file-manager "
     "command field 'dolphin %m', two check boxes (the second ticked) and Help / a blue OK / greyed Apply / "
     "Cancel; a settings dialog with no frame, so no count; 'konsole' is only text in a label"),
    (KIG + "macro_wizard.png", "kig_define_macro_wizard_over_main", [WIZARD, GEOMETRY], 2,
     ["Define New Macro", "Final Object", "Select the final object(s) for your new macro.", "< Back",
      "Next >", "Objects", "Zoom In"], ["terminal", "installer", "macOS"],
     "Kig's 'Define New Macro — Kig' wizard (811x645) over Kig's main window (a greyed title 'Kig', menus "
     "File / Edit / View / Objects / Types / Tools / Settings / Help, a toolbar New / Open / Save / Save As / "
     "Print / Undo / Redo / Zoom In, tool columns on both sides and a grid with a red circle and blue lines): "
     "a page 'Final Object' with one sentence and Help / a blue '< Back' / 'Next >' / Cancel; a wizard, not "
     "an installer; two windows"),
    (KIG + "text_label_wizard.png", "kig_construct_label_wizard_over_main", [WIZARD + ["text input"], GEOMETRY], 2,
     ["Construct Label", "Enter Label Text", "Enter the text for your label here", "This is a circle",
      "Show text in a frame", "Finish", "Attach to this circle"], ["terminal", "installer", "macOS"],
     "Kig's 'Construct Label — Kig' wizard (671x645) over Kig's main window (greyed title 'Kig', menus, "
     "toolbar, a grid with a blue circle, a status line 'Attach to this circle'): a heading 'Enter Label "
     "Text', instructions with '%1, %2, ...', a text box holding 'This is a circle', a check box 'Show text "
     "in a frame', and Help / greyed Back and Next / Finish / Cancel; a wizard; two windows"),
    ("kteatime/usr/share/doc/HTML/en/kteatime/config.png", "kteatime_configure_tea_cooker", [SETTINGS], 1,
     ["Configure Tea Cooker", "KTeaTime", "Tea List", "Black Tea", "Earl Grey", "Fruit Tea", "Tea Properties",
      "Visualize progress in icon tray"], ["terminal", "browser", "macOS"],
     "KTeaTime's 'Configure Tea Cooker — KTeaTime' dialog (572x452, a teacup icon): a Tea List table "
     "(Name / Time: Black Tea 3 min selected, Earl Grey 5 min, Fruit Tea 8 min, Green Tea 2 min) with + / "
     "delete / up / down icons, Tea Properties (Name 'Black Tea', Time 3 min 0 sec), an Action group of "
     "check boxes (Popup ticked, greyed '30 seconds' and '60 seconds'), and OK / Cancel / Help in an older "
     "flat style; a settings dialog; one window"),
    ("kfourinline/usr/share/doc/HTML/en/kfourinline/settings.png", "kfourinline_configure_general",
     [SETTINGS], 1,
     ["Configure — KFourInLine", "General", "Starting Player Color", "Player Names", "Black Plays With",
      "Red Plays With", "Computer Difficulty", "Use AI learning"], ["terminal", "browser", "macOS"],
     "KFourInLine's settings 'Configure — KFourInLine' (475x599 with a shadow): a heading 'General', groups "
     "of radio buttons (Starting Player Color Black / Red, Black Plays With and Red Plays With Mouse / "
     "Keyboard / Computer), Player 1 / Player 2 name fields, a Computer Difficulty slider from Easy to Hard, "
     "a ticked 'Use AI learning', and Help / OK / greyed Apply / Cancel; a game's settings dialog, no board "
     "shown; one window"),
    (KAB + "addressbook34.png", "kaddressbook_personal_contacts_directory", [SETTINGS + ["folder", "directory"]], 1,
     ["Personal Contacts of type Personal Contacts", "Directory Name", "/home/david/.local/share/contacts/",
      "Access Rights", "Read only", "If read-only mode is enabled"], ["terminal", "browser", "macOS"],
     "a KDE resource settings dialog 'Personal Contacts of type Personal Contacts' (607x435): a Directory "
     "Name group with a path field '/home/david/.local/share/contacts/', a clear icon and a folder button, "
     "an explanation, an Access Rights group with an unticked 'Read only' and a paragraph, OK / Cancel; a "
     "settings dialog, not a file chooser; one window"),
    (KIG + "script_wizard.png", "kig_new_script_wizard_inactive_over_main", [WIZARD, GEOMETRY], 2,
     ["New Script", "Select Arguments", "Select the argument objects (if any)", "in the Kig window",
      "Next >", "Zoom In", "Save As"], ["terminal", "installer", "macOS"],
     "Kig's main window (711x685 with a shadow on a transparent margin; title 'Kig', menus, toolbar, tool "
     "columns, a grid with a dotted cyan selection rectangle round two blue points) with its 'New Script — "
     "Kig' wizard over the lower half, its title greyed as inactive: 'Select Arguments', 'Select the "
     "argument objects (if any) in the Kig window and press \"Next\".', Help / greyed < Back / Next > / "
     "Cancel; a wizard over its main window; two windows"),
    # -- dialogs: GTK ------------------------------------------------------------------------------
    (EOG + "multiple-convert.png", "eog_batch_save_as_dark", [FILE_DIALOG + ["save dialog", "rename dialog"]], 1,
     ["Save As", "File Path Specifications", "Destination folder:", "Filename format:", "original filename",
      "Start counter at:", "Replace spaces with underscores", "File Name Preview"],
     ["terminal", "browser", "macOS"],
     "Eye of GNOME's 'Save As' dialog for several images, GTK 3 in Adwaita's dark theme (464x475, a header "
     "bar with a close cross): 'Destination folder:' a drop-down 'gnome', 'Filename format:' '%f' with 'as "
     "is', hints '%f: original filename' / '%n: counter', Options (Start counter at 0 with - / +, an "
     "unticked check box), File Name Preview 'Rename from: builder.png  To: builder.png', Cancel / Save As; "
     "a save dialog without a file list; one window"),
    (EOG + "prefs-plugins.png", "eog_preferences_plugins_dark", [SETTINGS + ["plugins"]], 1,
     ["Preferences", "Image View", "Slideshow", "Plugins", "Date in statusbar", "Fullscreen with double-click",
      "Reload Image", "Reload current image"], ["terminal", "browser", "macOS"],
     "Eye of GNOME's preferences on the Plugins tab, GTK 3 dark (364x480, a header bar with Help, the title "
     "'Preferences' and a close cross): tabs Image View / Slideshow / Plugins (underlined blue), three "
     "plugins with icons and cut descriptions, 'Fullscreen with double-click' ticked, greyed Preferences and "
     "About buttons; a settings dialog; one window"),
    ("wx3.2-doc/usr/share/doc/wx3.2-doc/html/appear-filectrl-gtk.png", "wx_gtk2_file_chooser_italian",
     [FILE_DIALOG], None,
     ["Posizione:", "bzip2", "Risorse", "Usati di recente", "Scrivania", "File system", "Data di modifica",
      "bunzip2"], ["terminal", "browser", "macOS"],
     "wxWidgets' file control on GTK 2 in Italian (382x435, no frame, the grey Clearlooks-like look of 2008): "
     "an edit-path button and a 'bin' path button, 'Posizione: bzip2', a Risorse sidebar (Ricerca, Usati di "
     "recente, frm, Scrivania, File system, Documenti) with greyed Aggiungi / Rimuovi, and a Nome / Data di "
     "modifica list of /bin files (bash, bunzip2, bzcat ... bzip2 selected); a file chooser without its "
     "dialog buttons or frame, so no count"),
    # -- negatives: main windows ----------------------------------------------------------------
    (KAB + "addressbook00.png", "kaddressbook_main_window", [CONTACTS], 1,
     ["KAddressBook", "New Contact...", "Edit Contact...", "Address Books", "David Bryant", "Dave Shellenberger",
      "Canyon Lake Texas, 78133", "Home/Preferred Address"], ["terminal", "browser", "dialog"],
     "KAddressBook's main window (Breeze, 965x572, a light title bar): menus File / Edit / View / Action / "
     "Tools / Settings / Help, a toolbar New Contact... / New Group... / Edit Contact..., a search field and "
     "'(All)', an Address Books tree (Personal Contacts), a list of names with David Bryant selected and his "
     "card (a cartoon bald head with a green nose, three e-mail addresses, an address); a main window, not "
     "a dialog; one window"),
    (KAB + "addressbook81.png", "kaddressbook_edit_menu_open", [CONTACTS + ["menu"]], 1,
     ["KAddressBook", "Cut Contact", "Copy Contact To", "Move Contact To", "Delete Contact",
      "Delete Address Book", "Emails", "Dawn Hume Suggs"], ["terminal", "browser", "dialog"],
     "KAddressBook's main window (728x511) with the Edit menu open (Edit Contact..., Cut Contact Ctrl+X, Copy "
     "Contact, Paste Ctrl+V, Copy Contact To >, Move Contact To >, Delete Contact Del, Delete Address Book) "
     "over the name list, and David Bryant's card with a large QR code; a main window with a menu, not a "
     "dialog; one window"),
    (KIG + "simple_locus_construction.png", "kig_main_window_locus", [GEOMETRY], 1,
     ["Kig", "Dependent Point", "Objects", "Types", "Save As", "Zoom In",
      "Select the moving point, which will be moved around while drawing the locus"],
     ["terminal", "browser", "dialog"],
     "Kig's main window (711x685 with a shadow on a transparent margin): menus File / Edit / View / Objects "
     "/ Types / Tools / Settings / Help, a toolbar, columns of tool icons on both sides, a grid with axes "
     "-7..6, two concentric blue circles, a segment and a label 'Dependent Point' by the hand pointer, and a "
     "status line asking to select the moving point; a geometry program's main window; one window"),
    ("kfourinline/usr/share/doc/HTML/en/kfourinline/gameboard.png", "kfourinline_board_quick_launch",
     [GENERIC + ["game", "board game", "four in a row", "connect four"]], 1,
     ["KFourInLine", "Quick Launch", "Who starts?", "Your color?", "Easy Game", "Normal Game", "Hard Game",
      "Welcome to Four Wins"], ["terminal", "browser", "dialog"],
     "KFourInLine's main window (672x543): menus Game / Move / Settings / Help, a toolbar New / End Game / "
     "Hint / Undo / Redo (mostly greyed), a grey 3D scene with a blue board of empty and red holes, and a "
     "'Quick Launch' panel drawn in the scene (Who starts? / Your color? with ticks and red discs, Easy Game "
     "/ Normal Game / Hard Game / Two Player Game buttons), status 'Welcome to Four Wins'; the panel looks "
     "like a dialog but is part of the game's scene; one window"),
    (KAB + "addressbook53.png", "kmail_message_context_menu_crop",
     [GENERIC + ["mail client", "email client", "e-mail client", "mail", "email", "menu"]], None,
     ["Local Folders/inbox", "KMail", "Move to Trash", "Paper Theaters", "Add to Address Book",
      "Add to Existing Contact", "Copy Email Address", "Show HTML Format"], ["terminal", "browser", "dialog"],
     "a crop of KMail's message view (712x419: the title 'Local Folders/inbox — KMail' at the top right, no "
     "window buttons): a toolbar Move to Trash / Move To / Next / Previous / Spam / Ham, a message headed "
     "'#VanLife, Paper Theaters, and a Genderless Prophet' with From / To / Date, a red-bordered HTML "
     "'Note:' box, and a context menu on the sender (New Message To..., Reply To..., Forward To..., Add to "
     "Address Book, Add to Existing Contact, Show HTML Format >, Copy Email Address); a mail client with a "
     "menu, not a dialog; cropped, so no count"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (SKIMAGE + "astronaut.png", "photo_astronaut_portrait",
     "a smiling astronaut in an orange flight suit with mission patches, a white helmet beside her, a US "
     "flag on the left and a space shuttle model behind (512x512)"),
    (SKIMAGE + "chelsea.png", "photo_tabby_cat_face",
     "a close-up of a tabby cat's face with green eyes and a pink nose, looking at the camera (451x300)"),
    (SKIMAGE + "coffee.png", "photo_cup_of_espresso",
     "a red cup of espresso with a spoon on a red saucer, seen from above on a wooden table (600x400)"),
    (SKIMAGE + "motorcycle_left.png", "photo_red_motorcycle_garage",
     "a red motorcycle on its stand in a garage, shelves of boxes and a bench behind it (741x500)"),
    (SKIMAGE + "rocket.jpg", "photo_rocket_on_launch_pad",
     "a white rocket on its launch pad at dusk between lightning towers, lights glowing at the base under a "
     "deep blue sky (640x427)"),
]


source_folder, frames = package_split("ext17", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
