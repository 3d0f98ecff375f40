"""The ``external16`` split of the screen set: a sixteenth set of real screenshots, from packages no
earlier split used, labelled by hand from the pixels. It is a DEVELOPMENT split, made to work on TEXT
EDITORS and IDEs: about half of it is editors (a notes editor, plain-text windows of prose, code editors
with and without line numbers, script editors, Emacs with a file tree or split in two, a GUI designer, light
and dark themes, Linux, Windows and macOS looks, whole windows and crops), a quarter the dialogs of such
editors (preferences, a plugin manager, a save dialog, a sync report, a form), and a quarter negatives that
show much text without being editors (a log viewer, a chat client, an R console, script and model output
windows, a data-file browser, a cross-reference browser, a notes list, a rendered help page). Unlike the
judge splits it may be looked at, captioned and tuned on freely; its labels were still written from the
pixels alone, before any caption of it was made.

    python benchmarks/screens_dataset.py --splits external16   # adds it to benchmarks/out/screens
    python benchmarks/bench_screens.py --split external16      # scores it (``all`` leaves it out)

The frames are read at build time from fourteen Debian (bookworm) packages, each unpacked with ``dpkg -x``
into its own folder of ``$PIXEL_LLM_EXT21`` (default ``/work/ext21``); nothing is copied into the
repository. Fetch them (no root needed; about 31 MB of .deb, gnome-devel-docs, gnote and focuswriter the
bulk; about 130 MB unpacked) with::

    mkdir -p /work/ext21 && cd /work/ext21
    for p in elpa-olivetti elpa-treemacs elpa-zenburn-theme focuswriter geany-plugin-markdown \\
             gnome-devel-docs gnome-logs gnote gobby gretl-doc libqscintilla2-doc polari python3-spyder \\
             swi-prolog-doc; do
        apt-get download $p && dpkg -x ${p}_*.deb $p
    done

Versions when labelled: elpa-olivetti 2.0.4-1, elpa-treemacs 2.8-2, elpa-zenburn-theme 2.7.0-2, focuswriter
1.8.4-1, geany-plugin-markdown 1.38+dfsg-2, gnome-devel-docs 40.3-1, gnome-logs 43.0-1, gnote 43.1-1,
gobby 0.6.0-1, gretl-doc 2022c-1, libqscintilla2-doc 2.13.3+dfsg-3, polari 43.0-1, python3-spyder
5.4.2+ds-5+deb12u1, swi-prolog-doc 9.0.4+dfsg-2 (focuswriter, gnome-logs, gnote, gobby and polari are
amd64 packages).

What is in it (36 screenshots): nineteen editors: four of Gnote's note windows (a new note, a template
note, the 'Start Here' note with its menu open, a crop of a structured note with its table-of-contents
pop-up), Gobby's empty collaborative editor (GTK 2, Human theme), a GTK TextView example window of plain
prose, Geany editing Markdown with a live preview (line numbers) and a crop of it with the Document menu
open, four of gretl's script editors (a gretl script, an Ox program, an Octave script and gnuplot commands,
syntax-coloured, no line numbers), SciTE on Windows XP with error annotations (line numbers), Emacs four
times (a dark frame with Treemacs' file tree beside Emacs Lisp, a crop of that tree's context menu, a crop
of its key-binding 'hydra' under a README, Zenburn's split of Emacs Lisp over an Org file), Emacs with
Olivetti on macOS showing a centred plain-text page of prose, and Glade's designer (a crop, no text);
eight dialogs (Gnote's preferences General and Plugins tabs, its 'Synchronization Complete' report, Gobby's
and gedit's preferences, a GTK save dialog cropped below its title bar, Geany's plugin manager, gretl's
function-package form in Portuguese); nine negatives with much text: GNOME Logs, Polari (IRC) with a paste
prompt, R's console, gretl's Ox script output and OLS model windows and its data-file browser (Portuguese),
SWI-Prolog's XREF browser, Gnote's list of notes and a Spyder help page. Five real photos are the negatives
for screens (a gentoo penguin under water, a mute swan, a red fox's head, a fruit bat on a stem, a city's
river front at dusk). Only Geany's plugin manager carries a mark drawn by its manual (a red box round two
buttons); the notes say where a count or a kind needed judgement.

Labels follow ``screens_external.py`` and ``screens_external4.py`` (read their docstrings).
"""

from __future__ import annotations

import screens_external
from screens_external import package_hint, package_split
# the kinds' words, as external10 spells them
from screens_external10 import DESIGNER, DIALOG, FILE_DIALOG, GENERIC, IDE, SETTINGS, TERMINAL, WEB

SPLIT = "external16"
MIN_SIDE = screens_external.MIN_SIDE  # screenshots smaller than this on a side are not used
PACKAGES = ("elpa-olivetti", "elpa-treemacs", "elpa-zenburn-theme", "focuswriter", "geany-plugin-markdown",
            "gnome-devel-docs", "gnome-logs", "gnote", "gobby", "gretl-doc", "libqscintilla2-doc", "polari",
            "python3-spyder", "swi-prolog-doc")
ENV, DEFAULT = "PIXEL_LLM_EXT21", "/work/ext21"  # where the packages are unpacked
INSTALL_HINT = package_hint(SPLIT, ENV, DEFAULT, PACKAGES)

NOTES = ["editor", "text editor", "note", "notes", "note editor", "notes app", "note-taking app", "window"]
PLAIN = ["editor", "text editor", "window"]
EMACS = IDE + ["emacs"]
SCRIPT = IDE + ["script editor"]
OUTPUT = GENERIC + ["output window", "text output", "output", "results", "report", "console", "text viewer",
                    "viewer", "document", "statistics"]

GNOTE = "gnote/usr/share/help/C/gnote/figures/"
GOBBY = "gobby/usr/share/help/C/gobby/figures/"
DEMOS = "gnome-devel-docs/usr/share/help/C/gnome-devel-demos/"
GEANY_MD = "geany-plugin-markdown/usr/share/doc/geany-plugin-markdown/html/"
GRETL = "gretl-doc/usr/share/doc/gretl/doc/figures_pt/"
TREEMACS = "elpa-treemacs/usr/share/doc/elpa-treemacs/screenshots/"

# (path under $PIXEL_LLM_EXT21, id, kinds, windows, words, absent, note)
SCREENS: list[tuple[str, str, list[list[str]], int | None, list[str], list[str], str]] = [
    # -- editors: notes and plain text ---------------------------------------------------------
    (GNOTE + "gnote-new-note.png", "gnote_new_note_lithuanian", [NOTES], 1,
     ["New Note 1", "Čia aprašykite", "naują raštelį", "All"], ["terminal", "browser", "macOS"],
     "Gnote's note window on GNOME (Adwaita, 872x637 with a soft shadow on a transparent margin): a header "
     "bar with +, four icon buttons and a close cross, tabs 'All' and 'New Note 1' (underlined blue), and a "
     "nearly empty note: a blue title 'New Note 1' and one selected line in Lithuanian ('Čia aprašykite "
     "naują raštelį', describe your new note here); a notes editor; few words ('All' is the other tab); one "
     "window"),
    (GNOTE + "gnote-template-note.png", "gnote_notebook_template_note", [NOTES], 1,
     ["nb1 Notebook Template", "Blog post drafs", "This note is a template note", "Convert to regular note",
      "Save Selection", "Save Title", "Describe your new note here."], ["terminal", "browser", "macOS"],
     "Gnote's note window (872x637, shadow): tabs 'Blog post drafs' (sic) and 'nb1 Notebook Template', an "
     "info line 'This note is a template note. It determines the default content of regular notes, and will "
     "not show up in the note menu or search window.', a wide 'Convert to regular note' button, two check "
     "boxes, the blue title with 'nb1' underlined red by the spell checker and a selected line; a notes "
     "editor; the check boxes and button are in the note, not a dialog; one window"),
    (GNOTE + "add-to-notebook.png", "gnote_start_here_note_menu", [NOTES], 1,
     ["Start Here", "Welcome to Gnote!", "Using Links in Gnote", "Table of Contents", "What links here?",
      "Check spelling", "Export to HTML", "Insert Timestamp"], ["terminal", "browser", "macOS"],
     "Gnote's 'Start Here' note (834x599) over a blue wallpaper edge: the note's prose (a bold 'Welcome to "
     "Gnote!', paragraphs, a blue link 'Using Links in Gnote', spell-check underlines) half covered by the "
     "note's pop-over menu (greyed Undo / Redo, Table of Contents, Notebook, What links here?, Read Only, "
     "Check spelling ticked, Important, Export to HTML..., Print..., Delete...); a notes editor with a menu "
     "open, not a dialog; one window"),
    (GNOTE + "gnote-addin-table-of-contents.png", "gnote_structured_note_toc_crop", [NOTES], None,
     ["Structured note", "First section", "First subsection", "Second subsection", "Another section",
      "Lorem ipsum"], ["terminal", "browser", "macOS"],
     "a crop of a Gnote note (396x366, no title bar): a blue underlined title 'Structured note', big bold "
     "headings and Lorem ipsum paragraphs, with a dark table-of-contents pop-up (Structured note, First "
     "section, First subsection highlighted blue, Second subsection, Another section) over them and a "
     "scroll bar; small; a crop, no count"),
    (DEMOS + "media/textview.png", "gtk_textview_example_prose", [PLAIN], 1,
     ["TextView Example", "This is an example of Gtk.TextView.", "we have a new line",
      "the text will wrap breaking lines", "an horizontal scrollbar will appear"],
     ["terminal", "browser", "macOS"],
     "a GNOME developer demo (302x475, narrow and small): a window titled 'TextView Example' (a light title "
     "bar with a close cross) holding only a text view of plain prose lines about new lines and wrapping, "
     "one very long 'looooo...' word and a horizontal scroll bar; no menus, no line numbers; a bare text "
     "editing window, counted as an editor; one window"),
    (GOBBY + "main_window.png", "gobby_empty_main_window", [PLAIN + ["collaborative editor"]], 1,
     ["Gobby", "Document Browser", "Direct Connection", "Find and Replace", "Undo", "Redo", "Paste"],
     ["terminal", "browser", "macOS"],
     "Gobby, a collaborative text editor, on Ubuntu's Human theme (GTK 2, an orange-brown title bar with "
     "three buttons, 810x629): menus File / Edit / View / Help, a toolbar of mostly greyed buttons (New, "
     "Open..., Save, Undo, Redo, Cut, Copy, Paste, Find..., Find and Replace...), an empty 'Document Browser' "
     "pane with a red close box and 'Direct Connection' below, and an empty grey editing area; an editor "
     "with no document open, judged an editor from its toolbar; one window"),
    ("elpa-olivetti/usr/share/doc/elpa-olivetti/screenshot.png", "emacs_olivetti_prose_macos",
     [PLAIN + ["emacs"]], 1,
     ["jack.txt", "All work and no play makes Jack a dull boy.", "ALL WORK AND NO PLAY", "5:51pm",
      "Olv Abbrev"], ["terminal", "browser", "Word"],
     "Emacs with Olivetti on macOS (traffic lights, a grey title 'jack.txt' with a file icon, 2544x1760, a "
     "wide shadow on white): a centred column of monospace prose, the same sentence over and over in "
     "paragraphs, then in capitals, a red cursor, light grey margins left and right, and a mode line "
     "'jack.txt -- Text ... B/ Olv Abbrev 5:51pm 1.76'; a plain-text editor, no menus or line numbers; one "
     "window"),
    # -- editors: code, scripts, IDEs -----------------------------------------------------------
    (GEANY_MD + "plugin.png", "geany_markdown_preview", [IDE + ["markdown editor", "preview"]], 1,
     ["A_Christmas_Carol_-_Charles_Dickens.mkd", "Geany (new instance)", "Markdown Preview", "Marley's Ghost",
      "by Charles Dickens", "This is Geany 1.23", "filetype: Markdown", "encoding: UTF-8"],
     ["terminal", "browser", "macOS"],
     "Geany on a light GTK theme (a grey title bar '..._Dickens.mkd - /home/codebrainz/Desktop - Geany (new "
     "instance)', 1057x712): menus, a toolbar with two search fields and a red quit button, a Markdown file "
     "with line numbers 1-26, a right pane with tabs Symbols / Documents / Markdown Preview showing the "
     "rendered page in a serif font, a Status / Compiler message pane with timestamps and a status bar; an "
     "editor / IDE with a preview, not a browser; one window"),
    (GEANY_MD + "set_filetype.png", "geany_document_menu_crop", [IDE + ["menu"]], None,
     ["untitled - Geany (new instance)", "Set Filetype", "Markup Languages", "Markdown source file",
      "Strip Trailing Spaces", "Replace Tabs by Spaces", "The current document does not have a",
      "reStructuredText source file"], ["terminal", "browser", "macOS"],
     "a crop of Geany (623x436, the title 'untitled - Geany (new instance)' cut at the top): the Document "
     "menu open (Line Wrapping, Auto-indentation ticked, Set Filetype > Markup Languages > 'Markdown source "
     "file' under the pointer, three cascading dark grey menus) over a toolbar and a Markdown Preview pane "
     "saying 'The current document does not have a Markdown filetype.'; mostly menus; an editor crop, no "
     "count"),
    (GRETL + "scriptwin.png", "gretl_script_editor", [SCRIPT], 1,
     ["gretl: mrw2.inp", "open mrw.gdt", "genr lny = log(gdp85)", "restrict sample to non-oil producing",
      "ols lny const x3 -q", "model1 <- ols lny const linv lngd", "Close"], ["terminal", "browser", "RStudio"],
     "gretl's script window (GTK 2 on a plain X window manager, a dark title 'gretl: mrw2.inp' with a close "
     "cross, 602x390): a row of small icon buttons, a hansl script in monospace with blue keywords, "
     "magenta numbers and blue comments, no line numbers, a wide Close button; a script editor; one window"),
    (GRETL + "Oxedit.png", "gretl_ox_program_editor", [SCRIPT], 1,
     ["gretl: edit Ox program", "#include <oxstd.h>", "GetSsfArma", "KalmanFil", "SsfCondDens", "loadmat",
      "decl mphi, momega, msigma;"], ["terminal", "browser", "Visual Studio"],
     "gretl's editor for an Ox program (582x451, a dark title bar 'gretl: edit Ox program'): an icon toolbar "
     "and C-like Ox code (#include lines in magenta, main(), decl, print calls with magenta strings), no "
     "line numbers; a code editor; one window"),
    (GRETL + "Octedit.png", "gretl_octave_script_editor", [SCRIPT], 1,
     ["gretl: edit Octave script", "logistic regression from William Greene", "load spector.dat",
      "logistic_regression(GRADE, X)", "zeros(k, k)", "endfor", "sqrt(vcv(i,i))"],
     ["terminal", "browser", "MATLAB"],
     "gretl's editor for an Octave script (540x460, a dark title bar 'gretl: edit Octave script'): an icon "
     "toolbar and Octave code with blue ## comments, dark red for / endfor, a text cursor after "
     "'sqrt(vcv(i,i));', no line numbers; a code editor; one window"),
    (GRETL + "plotedit.png", "gretl_gnuplot_commands_editor", [SCRIPT + ["plot commands"]], 1,
     ["gretl: Graph 1", "set term pngcairo", "set encoding utf8", "set style line 1 lc rgb", "set xlabel 'Z3'",
      "with least squares fit", "set key left top"], ["terminal", "browser", "Excel"],
     "gretl's gnuplot command editor (528x432, a blue-grey title bar 'gretl: Graph 1' with three buttons): "
     "a colourful icon toolbar and gnuplot commands with bold 'set' keywords, magenta strings and blue "
     "comments, no line numbers; it edits a plot's commands, no plot is shown; a script editor; one window"),
    ("libqscintilla2-doc/usr/share/doc/libqscintilla2-doc/Scintilla/annotations.png",
     "scite_windows_error_annotations", [IDE], 1,
     ["PlatWin.cxx - Sc1", "PlatWin.cxx", "Platform::IsKeyDown", "has not been declared",
      "long incompatible with 64-bit build", "maximum error count exceeded", "SendScintilla", "Buffers"],
     ["terminal", "browser", "Visual Studio"],
     "SciTE (Sc1, the single-file build) on Windows XP (a blue Luna title bar 'PlatWin.cxx - Sc1', 839x398): "
     "menus File / Edit / Search / View / Tools / Options / Language / Buffers / Help, a tab '1 PlatWin.cxx', "
     "a grey margin of line numbers 2136-2144 with fold marks, C++ code with bold blue keywords and boxed "
     "annotations under lines ('error: `Platform' has not been declared', 'warning: long incompatible with "
     "64-bit build', 'fatal: maximum error count exceeded'); a code editor; one window"),
    (TREEMACS + "screenshot.png", "emacs_treemacs_dark_lisp", [EMACS + ["file tree"]], None,
     ["*dotfiles*", "spacemacs", "user-config.org", "treemacs-interface.el", "Emacs-Lisp",
      "treemacs-visit-node-ace-vertical-split", "treemacs-default-actions", "Misc. Settings"],
     ["terminal", "browser", "Visual Studio Code"],
     "Emacs filling the screen with no window frame (1366x768, dark theme): a Treemacs side bar titled "
     "'*dotfiles*' in pink with folder icons (.config, autostart, fish, i3, spacemacs, init.el, "
     "user-config.org expanded into Org headings), Emacs Lisp defuns with purple keywords and green "
     "strings, a mode line 'Treemacs' and '- 17k treemacs-interface.el  Emacs-Lisp ... unix | 202: 0  40%'; "
     "no line numbers; an editor / IDE with a file tree; a frameless full screen, no count"),
    (TREEMACS + "right-click.png", "emacs_treemacs_context_menu_crop", [EMACS + ["file tree", "menu"]], None,
     ["treemacs-evil.el", "Open With", "Open With Vertical Split", "Open With Ace & Horizontal Split",
      "Changelog.org", "Filewatch-mode", "Session Persistence", "Terminal Compatibility"],
     ["browser", "Visual Studio Code", "macOS"],
     "a crop of Emacs with Treemacs (778x351, dark): file icons and names in the tree (extra, "
     "treemacs-evil.el, scripts, test, .gitignore, .travis.yml, Cask, Changelog.org, LICENSE, Makefile, "
     "README.org), a dark context menu (New, Open, Open With highlighted blue, Open Tags, Rename, Delete, "
     "Projects, Toggles, Help) with its 'Open With' submenu, and an Org buffer with line numbers 165-284 and "
     "folded headings; 'Terminal Compatibility' is a heading, no terminal is shown; a crop, no count"),
    (TREEMACS + "hydra.png", "emacs_treemacs_hydra_crop", [EMACS + ["help", "key bindings", "cheat sheet"]], None,
     ["Treemacs Helpful Hydra", "Navigation", "Opening Nodes", "File Management", "Toggles", "open horizontal",
      "README.org", "follow mode"], ["browser", "Visual Studio Code", "macOS"],
     "a wide crop of the bottom of an Emacs frame (1362x379, dark): the last lines of a Treemacs tree "
     "(treemacs-projectile.el ... treemacs-visuals.el), folded Org headings of README.org, two mode lines, "
     "and a 'Treemacs Helpful Hydra' key table in five columns (Navigation, Opening Nodes, File Management, "
     "Toggles, Misc.) and '[H] Finish'; most of the frame is the key help, judged an editor since it is "
     "Emacs; a crop, no count"),
    ("elpa-zenburn-theme/usr/share/doc/elpa-zenburn-theme/screenshots/overview.png", "emacs_zenburn_split_lisp_org",
     [EMACS], None,
     ["zenburn-theme.el", "deftheme zenburn", "The Zenburn color theme", "zenburn-override-colors-alist",
      "test.org", "Git-master", "Emacs-Lisp ElDoc", "Heading 1..."], ["browser", "Visual Studio Code", "macOS"],
     "Emacs with the Zenburn theme, a crop of its two windows (656x596, no frame or menus): Emacs Lisp on "
     "top (defgroup, defcustom, an autoload cookie, pale yellow keywords on dark grey) and an Org file below "
     "(#+TITLE, #+DATE, #+AUTHOR lines and eight heading levels in eight colours), each with a mode line "
     "('zenburn-theme.el  2% L34  Git-master  (Emacs-Lisp ElDoc)', 'test.org  All L1  (Org)'); no line "
     "numbers; two Emacs windows of one frame, so no count"),
    (DEMOS + "media/glade_ui.png", "glade_designer_crop",
     [DESIGNER + ["interface designer", "UI designer", "Glade"]], None,
     ["toolbar_builder.ui", "search widgets", "Properties", "Toplevels", "Containers", "Control and Display",
      "Packing", "Signals"], ["terminal", "browser", "Qt Designer"],
     "a crop of Glade (1024x709, no title bar): menus File / Edit / View / Projects / Help, a toolbar, a "
     "palette of widget icons under Actions, Toplevels, Containers and Control and Display, an empty design "
     "tab 'toolbar_builder.ui', an empty widget tree with '< search widgets >' and an empty Properties panel "
     "with tabs General / Packing / Common / Signals; a GUI designer, counted with the editors / IDEs; a "
     "crop, no count"),
    # -- dialogs of editors --------------------------------------------------------------------
    (GNOTE + "gnote-preferences-editing.png", "gnote_preferences_general", [SETTINGS], 1,
     ["Gnote Preferences", "Synchronization", "Spell check while typing", "Enable auto-bulleted lists",
      "Use custom font", "When renaming a linked note:", "Ask me what to do", "Open New Note Template"],
     ["terminal", "browser", "macOS"],
     "Gnote's preferences (Adwaita, 578x403 on a black margin): a title bar 'Gnote Preferences' with a close "
     "cross, tabs General (underlined) / Links / Synchronization / Plugins, two ticked check boxes, a greyed "
     "font field 'Source Code Pro Ultra-Light Italic 11', a drop-down 'Ask me what to do', a button and "
     "Close; a settings dialog of a notes editor; one window"),
    (GNOTE + "gnote-preferences-add-ins.png", "gnote_preferences_plugins", [SETTINGS + ["plugins"]], 1,
     ["Gnote Preferences", "The following plugins are installed:", "Desktop integration", "Bugzilla Links",
      "Printing Support", "Formatting", "Information", "Disable"], ["terminal", "browser", "macOS"],
     "Gnote's preferences on the Plugins tab (571x434 on a black margin): a tree of plugins with Name and "
     "Version columns (Tools, Desktop integration expanded to Bugzilla Links 0.3 and a blue-selected "
     "Printing Support 0.10, Synchronization, Formatting), Enable / Disable / Preferences / Information "
     "buttons (two greyed) and Close; one window"),
    (GNOTE + "gnote-sync-progress.png", "gnote_synchronization_complete", [DIALOG + ["progress dialog"]], 1,
     ["Synchronization Complete", "Synchronization is complete", "41 notes updated.",
      "Your notes are now up to date.", "Note Title", "Uploaded new note", "New Note Template"],
     ["terminal", "browser", "macOS"],
     "Gnote's 'Synchronization Complete' dialog (410x409, a plain title, no close cross): a pencil-and-pad "
     "icon, a bold 'Synchronization is complete', '41 notes updated.  Your notes are now up to date.', an "
     "expanded Details list (Note Title / Status, rows 'New Note 8' ... 'Uploaded new note t...' cut at the "
     "right edge) and Close; one window"),
    (GOBBY + "preferences_editor.png", "gobby_preferences_editor_tab", [SETTINGS], 1,
     ["Preferences", "Tab Stops", "Insert spaces instead of tabs", "Enable automatic indentation",
      "Home/End Behaviour", "Smart home/end", "Enable automatic saving of documents", "Autosave interval"],
     ["terminal", "browser", "macOS"],
     "Gobby's preferences on Ubuntu's Human theme (GTK 2, an orange-brown title bar 'Preferences' with a "
     "close cross, 357x508): tabs User / Editor (selected) / View / Appearance / Security, groups Tab "
     "Stops (Tab width 8), Indentation, Home/End Behaviour and File Saving with check boxes and a greyed "
     "spin field, and Close with a red-cross icon; a settings dialog of a collaborative editor; one window"),
    (DEMOS + "media/geditview.png", "gedit_preferences_view_tab", [SETTINGS], 1,
     ["gedit Preferences", "Display line numbers", "Display right margin at column:", "Text Wrapping",
      "Enable text wrapping", "Do not split words over two lines", "Highlight current line",
      "Highlight matching brackets"], ["terminal", "browser", "macOS"],
     "gedit's preferences (GTK 3 Adwaita of 2012, 497x511, a title 'gedit Preferences' with no buttons): "
     "tabs View (selected) / Editor / Font & Colors / Plugins, ticked check boxes, a margin spin field '80' "
     "with - and +, Help and Close; 'Display line numbers' is an option, no text is edited here; a settings "
     "dialog; one window"),
    (DEMOS + "media/filechooserdialog_save.png", "gtk_save_dialog_blah_txt", [FILE_DIALOG + ["save dialog"]], None,
     ["blah.txt", "Save in folder:", "mmcasetti", "Create Folder", "Recently Used", "Macintosh HD",
      "Recovery HD", "Templates"], ["terminal", "Finder", "Explorer"],
     "a GTK 3 save dialog cropped below its title bar (842x693): 'Name: blah.txt' with a cursor, 'Save in "
     "folder:' path buttons home / mmcasetti / Documents, Create Folder, a Places sidebar (Search, Recently "
     "Used, mmcasetti selected blue, Desktop, File System, Macintosh HD, Recovery HD, bookmarks), a list of "
     "folders with Name / Size / Modified and Cancel / Save; a save dialog; no frame, so no count"),
    (GEANY_MD + "plugin_mgr.png", "geany_plugin_manager", [DIALOG + ["plugin manager", "plugins"]], 1,
     ["Plugins", "Choose which plugins should be loaded at startup:", "Real-time Markdown preview",
      "GeniusPaste", "Numbered Bookmarks", "Plugin details:", "Matthew Brush", "/opt/geany/lib/geany/markdown.so"],
     ["terminal", "browser", "macOS"],
     "Geany's plugin manager (a grey title bar 'Plugins' with + and x, 502x475): a list with Active / Plugin "
     "/ Description columns (GeniusPaste ... Markdown ticked and selected ... Numbered Bookmarks), 'Plugin "
     "details:' with author and file name, Help and Preferences buttons with a red box drawn round them by "
     "the manual, and OK with a green tick; a dialog; one window"),
    (GRETL + "package_editor.png", "gretl_function_package_form_pt", [DIALOG + ["form", "form dialog"]], 1,
     ["gretl: editor de pacote de funções", "Autor", "Versão", "Descrição de pacote", "Variação percentual",
      "Texto de ajuda para pc:", "Editar o código da função", "Gravar"], ["terminal", "browser", "macOS"],
     "gretl's function-package editor in Portuguese (a blue-grey title bar 'gretl: editor de pacote de "
     "funções', 646x525): labelled fields (Autor 'A. U. Tor', Versão 1.0, Data, a package description), "
     "three spin fields, a drop-down, a help-text box in monospace, 'Editar o código da função', a check box "
     "and Gravar / Fechar; despite 'editor' in its title it is a form dialog, not a text editor; one window"),
    # -- negatives: much text, no editor ------------------------------------------------------
    ("gnome-logs/usr/share/help/C/gnome-logs/media/gnome-logs-3-34.png", "gnome_logs_important",
     [GENERIC + ["log viewer", "logs", "system log", "journal"]], 1,
     ["Logs", "Important", "Applications", "Hardware", "Failed to start Application",
      "Bluetooth: hci0: sending frame failed", "usb usb1-port10", "sof_probe_work failed"],
     ["editor", "browser", "macOS"],
     "GNOME Logs (882x403, a header bar 'Logs' with a time range '15:40 - 04:42', search, download, menu and "
     "close, on a black margin): a sidebar of categories (Important selected) and a list of kernel and "
     "session messages in a monospace font, each with a grey category word and some with a count badge; a "
     "log viewer, not a terminal or an editor; one window"),
    ("polari/usr/share/help/C/polari/images/polari-paste.png", "polari_irc_paste_prompt",
     [GENERIC + ["chat", "chat client", "IRC client", "messaging"]], 1,
     ["polari-test", "Freenode", "fedora", "ChanServ", "gnome-builder", "newcomers",
      "Paste 44 lines of text to public paste service?", "pcutler_ is now known as pcutler"],
     ["editor", "terminal", "browser"],
     "Polari, GNOME's IRC client (800x600, a split header bar with + and a close cross): a room list "
     "(Freenode: fedora, ChanServ, nickserv; GNOME: docs, gnome, gnome-builder, gnome-hackers, newcomers, "
     "polari, polari-test selected blue, test), a nearly empty chat 'polari-test' with one grey line, and "
     "an inline bar 'Paste 44 lines of text to public paste service?' with Cancel and a blue Paste in place "
     "of the entry; the bar belongs to the window, not a dialog; one window"),
    (GRETL + "Rwindow-1.png", "r_console_from_gretl", [TERMINAL + ["R console", "R"]], 1,
     ["R version 2.7.0 (2008-04-22)", "The R Foundation for Statistical Computing", "ABSOLUTELY NO WARRANTY",
      "load data from gretl", "read.table", "attach(gretldata)"], ["editor", "browser", "RStudio"],
     "R's console in its own X window (a black title bar 'R' with yellow round buttons, 496x345): R's "
     "start-up banner in a small monospace font, '> # load data from gretl', a read.table line, "
     "'attach(gretldata)' and a prompt with a cursor; a console, not an editor; one window"),
    (GRETL + "Oxout.png", "gretl_ox_script_output", [OUTPUT], 1,
     ["gretl: script output", "Ox Console version 5.10 (Linux)", "J.A. Doornik",
      "may be used for academic research", "Omega =", "Sigma ="], ["editor", "browser", "terminal"],
     "gretl's 'script output' window (584x370, a grey title bar with a close cross): four icon buttons and "
     "Ox's output in monospace (a version banner, then matrices Phi, Omega and Sigma of numbers); a text "
     "output viewer, read-only, not an editor or a terminal; one window"),
    (GRETL + "modelwin.png", "gretl_ols_model_window", [OUTPUT + ["model", "regression"]], 1,
     ["gretl: model 1", "Model 1: OLS estimates using the 36 observations", "Dependent variable: Ct",
      "COEFFICIENT", "Durbin-Watson statistic", "MODEL SELECTION STATISTICS", "SCHWARZ", "LaTeX"],
     ["editor", "browser", "terminal"],
     "gretl's model window (602x420, a dark title bar 'gretl: model 1'): menus File / Edit / Tests / Graphs "
     "/ Model data / LaTeX and a monospace report of an OLS regression (a coefficient table, summary "
     "statistics, model selection statistics) and Close; a results viewer with menus, not an editor; one "
     "window"),
    (GRETL + "datafiles.png", "gretl_data_files_browser_pt",
     [GENERIC + ["file browser", "data browser", "list", "table", "file manager"]], 1,
     ["gretl: ficheiros de dados", "Ramanathan", "Greene", "Resumo", "SAT scores",
      "Disposable income and consumption", "Toyota station wagon repairs", "Fechar"],
     ["editor", "browser", "terminal"],
     "gretl's sample data-file browser in Portuguese (518x389, a blue-grey title bar 'gretl: ficheiros de "
     "dados'): four icon buttons, tabs Gretl / Greene / Ramanathan (selected), a two-column list "
     "Ficheiro / Resumo (data2-1 'SAT scores' ... data3-10) with data3-6 selected and a small pop-up menu "
     "'Informação / Abrir', and Fechar; a list window, judged a file browser; one window"),
    ("swi-prolog-doc/usr/share/swi-prolog/doc/Manual/xrefchatfile.png", "swi_prolog_xref_browser",
     [GENERIC + ["cross-reference browser", "browser", "file browser", "source browser", "file tree",
                 "table", "Prolog"]], 1,
     ["Prolog XREF", "chattop.pl", "Undefined/autoload", "Called by", "Not called", "runtime_entry/1",
      "Undefined predicate version/0", "Dependencies"], ["editor", "terminal", "web page"],
     "SWI-Prolog's cross-referencer (XPCE widgets, a blue title bar 'Prolog XREF' with three buttons, "
     "863x606): menus File / View, tabs Files / Predicates, a file tree of .pl files with green ticks and red "
     "marks, 'chattop.pl' selected, and a yellow-headed table (Modified, Undefined/autoload, Called by, Not "
     "called, Defined, Used by, From, Uses) of predicate names in blue, red and green, with a status line; "
     "a source cross-reference browser, not an editor and not a web browser ('browser' is accepted for "
     "its name); one window"),
    (GNOTE + "gnote-search-all-notes.png", "gnote_all_notes_list", [GENERIC + ["notes", "notes app", "list"]], 1,
     ["Notebooks", "Exception handling - worst programming invention", "Rust vs C", "Camping equipment",
      "Personal TODO list", "Using Links in Gnote", "Blog post drafs", "Modified"],
     ["editor", "terminal", "browser"],
     "Gnote's main window listing all notes (872x637 on a black margin): a header bar with +, search, menu "
     "and close, a tab 'All', a Notebooks sidebar (Active, All selected, Important, Unfiled, Blog post "
     "drafs, Hacking) and a Note / Modified table of eleven note titles with yellow icons, the first "
     "selected blue; the notes app's list, no note open, so not an editor; one window"),
    ("python3-spyder/usr/lib/python3/dist-packages/spyder/plugins/help/utils/static/images/"
     "spyder-nice-docstring-rendering.png", "spyder_help_docstring_page",
     [WEB + ["help page", "documentation", "document", "help"]], None,
     ["average", "Definition", "average(a, b)", "Present in demo module", "Given two numbers a and b",
      "Parameters", "Returns", "Example"], ["editor", "terminal", "browser"],
     "a docstring rendered by Spyder's Help pane (400x439, small, no frame): a blue heading bar 'average', a "
     "grey box 'Definition : average(a, b)' / 'Type : Present in demo module', blue section headings "
     "Parameters / Returns / Example with short lines and a '>>> average(5, 10)' example box; an HTML help "
     "page without a frame, not an editor; no count"),
]

# real photos, as negatives
PHOTOS: list[tuple[str, str, str]] = [
    (DEMOS + "samples/gentoopenguin.png", "photo_gentoo_penguin_swimming",
     "a gentoo penguin swimming under water, seen from the side against deep blue-green water, bubbles "
     "trailing"),
    (DEMOS + "samples/muteswan.png", "photo_mute_swan_on_water",
     "a white mute swan with an orange bill floating on pale blue water, its neck curved"),
    (DEMOS + "samples/redfox.png", "photo_red_fox_head",
     "a close-up of a red fox's head and white chest in profile, looking up to the right, a blurred teal and "
     "brown background"),
    (DEMOS + "samples/fruitbat.png", "photo_fruit_bat_on_stem",
     "a fruit bat hanging from a pale green plant stem among long leaves, its face towards the camera, a "
     "pale pink background"),
    ("focuswriter/usr/share/focuswriter/themes/images/spygames.jpg", "photo_city_river_front_at_dusk",
     "a city's river front at dusk (5120x2880): domes and church towers behind a row of moored boats, "
     "smooth grey-blue water reflecting them"),
]


source_folder, frames = package_split("ext16", SPLIT, ENV, DEFAULT, PACKAGES, SCREENS, PHOTOS, INSTALL_HINT)
