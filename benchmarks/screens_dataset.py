"""A labelled set of real screens, built on this machine (issue #10).

    python benchmarks/screens_dataset.py [--out benchmarks/out/screens] [--only ID,ID] [--splits tune,...]
    python benchmarks/screens_dataset.py --splits external     # only the external split (needs opencv-doc)
    python benchmarks/screens_dataset.py --splits external2    # only external2 (needs 8 Debian doc packages)
    python benchmarks/screens_dataset.py --splits external3    # only external3 (needs 7 other Debian packages)
    python benchmarks/screens_dataset.py --splits external4    # only external4 (needs 21 more Debian packages)
    python benchmarks/screens_dataset.py --splits external5    # only external5 (needs 17 more Debian packages)
    python benchmarks/screens_dataset.py --splits external6    # only external6 (needs 17 more Debian packages)
    python benchmarks/screens_dataset.py --splits external7    # only external7 (needs 17 more Debian packages)
    python benchmarks/screens_dataset.py --splits external8    # only external8 (needs 18 more Debian packages)
    python benchmarks/screens_dataset.py --splits external9    # only external9 (needs 23 more Debian packages)
    python benchmarks/screens_dataset.py --splits external10   # only external10 (needs 20 more Debian packages)
    python benchmarks/screens_dataset.py --splits external11   # only external11 (needs 8 more Debian packages)
    python benchmarks/screens_dataset.py --splits external12   # only external12 (needs 18 more Debian packages)
    python benchmarks/screens_dataset.py --splits external13   # only external13 (needs 22 more Debian packages)
    python benchmarks/screens_dataset.py --splits external14   # only external14 (needs 28 more Debian packages)
    python benchmarks/screens_dataset.py --splits external15   # only external15 (needs 23 more Debian packages)
    python benchmarks/screens_dataset.py --splits external16   # only external16 (needs 14 more Debian packages)
    python benchmarks/screens_dataset.py --splits external17   # only external17 (needs 8 more Debian packages)
    python benchmarks/screens_dataset.py --splits external18   # only external18 (needs 13 more Debian packages)
    python benchmarks/screens_dataset.py --splits external19   # only external19 (needs 21 more Debian packages)

Every frame is made by real programs: desktops under Xvfb with a window manager (openbox) and
xterm (dark and light; shell sessions, ``man`` pages, a Python REPL typed into with xdotool),
vi and nano editing code, two or three windows side by side and overlapping, a Tk dialog,
windowed Chromium; Chromium's headless screenshots of HTML documentation that ships in Debian
packages; and PIL-drawn dialogs and installers. Each frame is saved as PNG, as JPEG quality 70
and scaled to 75 %, with its labels in ``labels.json``:

- ``kinds``: what a caption must call the frame (each entry a group of acceptable words);
- ``windows``: how many windows are visible (``None``: not a desktop, no count expected);
- ``words``: distinctive on-screen words; a caption must quote at least two of them;
- ``absent``: things that must not be said, beyond the scorer's generic checks;
- ``split``: ``tune`` (looked at while tuning), ``heldout`` (scored once, then looked at),
  ``fresh`` (written last and scored once at the end, never looked at before), ``external``,
  ``external2``, ``external3`` or ``external4``.

The ``external`` split (``screens_external.py``) is not made here: it is ~30 real screenshots
(IDEs, dialogs, installers, consoles, viewers, desktops, a web page) and 6 photos from Debian's
``opencv-doc`` package, read at build time from ``$OPENCV_DOC``, ``/usr/share/doc/opencv-doc``
or ``/work/opencv-doc/usr/share/doc/opencv-doc`` and labelled by hand without captioning them.
It is built with the others when the package is there (skipped and listed otherwise; naming it
in ``--splits`` makes a missing package an error that says how to install it), written with the
same three variants, and scored on its own: ``bench_screens.py --split all`` leaves it out.
The ``external2`` split (``screens_external2.py``) is a second such set from other sources
(GIMP's, KDE's, Geany's, aptitude's, GNOME's and FreedomBox's documentation packages, unpacked
under ``$PIXEL_LLM_EXT2``, default ``/work/ext2``), built and scored the same way; ``external3``
(``screens_external3.py``) a third (the Debian Administrator's Handbook's desktops and
applications, Krusader, Konqueror, MATE's guide, Kdenlive, Gnumeric, GCompris, under
``$PIXEL_LLM_EXT3``, default ``/work/ext3``); ``external4`` (``screens_external4.py``) a fourth
(KDE applications' handbooks, GnuCash, KiCad, Kile, TeXstudio, Double Commander, Gramps' photos,
under ``$PIXEL_LLM_EXT4``, default ``/work/ext4``).
Building some splits keeps the other splits' frames in ``labels.json``.

Negatives (real photos, flat drawings) are in the set too: a caption of those must not call
them a screen. Needs: Xvfb, openbox, xterm, xdotool, wmctrl, xsetroot, feh, vi, nano, man,
python3-tk (system Python), chromium, fonts-dejavu-core; scenes whose programs are missing are
skipped and listed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFont

logger = logging.getLogger("screens_dataset")
SIZE = (1280, 800)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
PROMPT = "dev@workstation:~$ "


@dataclass
class ScreenLabel:
    id: str
    split: str
    source: str
    kinds: list[list[str]]
    windows: int | None
    words: list[str]
    absent: list[str] = field(default_factory=list)
    screen: bool = True
    note: str = ""


# -- X sessions ----------------------------------------------------------------------------

def have(*binaries: str) -> bool:
    return all(shutil.which(b) for b in binaries)


class XSession:
    """A private X server (Xvfb) with an optional window manager; programs started in it and
    a capture of its screen. Use as a context manager."""

    def __init__(self, size=SIZE, wm: bool = True, root: str | None = "#000000", wallpaper: Path | None = None):
        self.size, self.wm, self.root, self.wallpaper = size, wm, root, wallpaper
        self.procs: list[subprocess.Popen] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="pixel-llm-x-"))

    def __enter__(self) -> "XSession":
        read_fd, write_fd = os.pipe()
        w, h = self.size
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{w}x{h}x24",
                                      "-nolisten", "tcp", "-br"], pass_fds=(write_fd,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            self.display = ":" + f.readline().strip()
        self.env = {**os.environ, "DISPLAY": self.display, "HOME": str(self.tmp), "LANG": "C.UTF-8",
                    "TERM": "xterm", "MANWIDTH": "", "PAGER": "less", "LESS": ""}
        self.env.pop("MANWIDTH")
        if self.wm:
            self.start(["openbox", "--sm-disable"])
            self._wait(lambda: subprocess.run(["wmctrl", "-m"], env=self.env, capture_output=True).returncode == 0)
        if self.root:
            subprocess.run(["xsetroot", "-solid", self.root], env=self.env, check=False)
        if self.wallpaper:
            subprocess.run(["feh", "--no-fehbg", "--bg-fill", str(self.wallpaper)], env=self.env, check=False)
        return self

    def __exit__(self, *exc) -> None:
        for p in reversed(self.procs):
            p.kill()
            p.wait()
        self.xvfb.kill()
        self.xvfb.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def start(self, argv: list[str], **kw) -> subprocess.Popen:
        p = subprocess.Popen(argv, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
        self.procs.append(p)
        return p

    def _wait(self, ok: Callable[[], bool], timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if ok():
                return
            time.sleep(0.1)
        raise TimeoutError("X session did not get ready")

    def windows(self) -> int:
        if not self.wm:
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "."], env=self.env,
                                 capture_output=True, text=True).stdout
            return len(out.split())
        out = subprocess.run(["wmctrl", "-l"], env=self.env, capture_output=True, text=True).stdout
        return len([l for l in out.splitlines() if l.strip()])

    def wait_windows(self, n: int, settle: float = 1.5) -> None:
        self._wait(lambda: self.windows() >= n)
        time.sleep(settle)
        self.wait_still()

    def wait_still(self, quiet: float = 0.6, timeout: float = 20.0) -> None:
        """Until the screen has not changed for ``quiet`` seconds (programs done drawing: on a
        loaded machine a fixed wait can capture a half-drawn window), or ``timeout``."""
        last, still_since = self.capture(), time.monotonic()
        end = still_since + timeout
        while time.monotonic() < end:
            time.sleep(0.15)
            now = self.capture()
            if not np.array_equal(now, last):
                last, still_since = now, time.monotonic()
            elif time.monotonic() - still_since >= quiet:
                return

    def xterm(self, geometry: str, script: str, *, dark: bool = True, face: str | None = None, size: int = 11,
              title: str | None = None, colors: tuple[str, str] | None = None) -> subprocess.Popen:
        """An xterm running ``script`` (bash), then waiting. ``face=None`` keeps xterm's own
        bitmap font (``fixed``, 6×13)."""
        bg, fg = colors or (("black", "#d0d0d0") if dark else ("white", "black"))
        argv = ["xterm", "-geometry", geometry, "-bg", bg, "-fg", fg, "-cr", fg]
        if face:
            argv += ["-fa", face, "-fs", str(size)]
        if title:
            argv += ["-T", title]
        return self.start(argv + ["-e", "bash", "--norc", "--noprofile", "-c", script], cwd=self.tmp)

    def focus(self, title: str) -> None:
        """Give the keyboard to the window titled ``title`` (typing goes there)."""
        subprocess.run(["xdotool", "search", "--sync", "--name", f"^{title}$", "windowactivate", "--sync"],
                       env=self.env, check=True, capture_output=True, timeout=20)

    def type(self, text: str, delay_ms: int = 8) -> None:
        subprocess.run(["xdotool", "type", "--delay", str(delay_ms), text], env=self.env, check=True)

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", *keys], env=self.env, check=True)

    def capture(self) -> np.ndarray:
        import mss

        previous = os.environ.get("DISPLAY")
        os.environ["DISPLAY"] = self.display
        try:
            with (mss.MSS() if hasattr(mss, "MSS") else mss.mss()) as sct:
                shot = np.asarray(sct.grab(sct.monitors[1]))
        finally:
            if previous is None:
                os.environ.pop("DISPLAY", None)
            else:
                os.environ["DISPLAY"] = previous
        return np.ascontiguousarray(shot[:, :, [2, 1, 0]])


def session_script(commands: list[str], prompt: str = PROMPT) -> str:
    """bash that shows each command after a prompt, runs it, and ends at a fresh prompt (what a
    shell session looks like), then waits."""
    parts = []
    for cmd in commands:
        parts.append(f"printf '%s%s\\n' {shlex.quote(prompt)} {shlex.quote(cmd)}; {cmd}")
    parts.append(f"printf '%s' {shlex.quote(prompt)}; exec sleep 600")
    return "; ".join(parts)


# -- the scenes ----------------------------------------------------------------------------

SHELL = {
    "tune": ["ls /etc/apt", "echo $((6 * 7)) answers", "uname -s", "cat /etc/hostname.sample 2>/dev/null || echo no hostname file here"],
    "heldout": ["ls /usr/share/doc/xterm", "printf 'build finished in %d seconds\\n' 42", "date -u -d @0 +%Y", "wc -l /etc/passwd | cut -d' ' -f2"],
    "fresh": ["mkdir -p /tmp/garden && cd /tmp/garden", "touch tulip.txt rose.txt", "ls", "echo planted $(ls | wc -l) flowers"],
}


def scene_terminal_dark(s: XSession, split: str) -> ScreenLabel:
    if split == "tune":
        s.xterm("100x30+60+50", session_script(SHELL[split]), face="DejaVu Sans Mono", size=12, title="dev@workstation: ~")
        words = ["/etc/apt", "answers", "uname", "hostname", "Linux", "sources.list.d"]
    elif split == "heldout":
        s.xterm("90x28+200+120", session_script(SHELL[split]), title="dev@workstation: ~")
        words = ["/usr/share/doc/xterm", "build", "finished", "seconds", "1970", "passwd"]
    else:
        s.xterm("84x26+380+260", session_script(SHELL[split]), face="Liberation Mono", size=13, title="garden",
                colors=("#1e1e2e", "#e0e0e0"))
        words = ["garden", "tulip.txt", "rose.txt", "planted", "flowers", "touch"]
    s.wait_windows(1)
    return ScreenLabel(f"terminal_dark_{split}", split, "xvfb+openbox+xterm", [["terminal"]], 1, words,
                       absent=["dark text on a light"])


def scene_terminal_man(s: XSession, split: str) -> ScreenLabel:
    page = {"tune": "ls", "heldout": "cp", "fresh": "mkdir"}[split]
    geometry = {"tune": "84x40+300+20", "heldout": "100x36+40+60", "fresh": "90x30+420+140"}[split]
    s.xterm(geometry, f"MANWIDTH=80 man {page}; exec sleep 600", dark=False, face="DejaVu Sans Mono",
            size=10 if split == "tune" else 11, title=f"man {page}")
    s.wait_windows(1, settle=2.5)
    words = {"tune": ["list", "directory", "contents", "SYNOPSIS", "DESCRIPTION", "alphabetically"],
             "heldout": ["copy", "files", "directories", "SYNOPSIS", "DESCRIPTION", "SOURCE", "DEST"],
             "fresh": ["make", "directories", "mkdir", "SYNOPSIS", "DESCRIPTION", "DIRECTORY"]}[split]
    return ScreenLabel(f"terminal_man_{split}", split, "xvfb+openbox+xterm+man", [["terminal"]], 1, words,
                       absent=["light text on a dark"])


def scene_python_repl(s: XSession, split: str) -> ScreenLabel:
    s.xterm("90x26+120+90", "exec python3 -q", dark=split == "tune", face="DejaVu Sans Mono", size=12,
            title="python3")
    s.wait_windows(1, settle=1.5)
    if split == "tune":
        lines = ["squares = [n * n for n in range(8)]", "print(squares)", "sum(squares) / len(squares)"]
        words = ["squares", "range", "print", "sum", "17.5", ">>>"]
    elif split == "heldout":
        lines = ["import json", "json.dumps({'city': 'Lisbon', 'zip': 1100})", "'Lisbon'.upper()"]
        words = ["json", "dumps", "Lisbon", "city", "LISBON", "upper"]
    else:
        lines = ["prices = {'pear': 3, 'plum': 5}", "sorted(prices, key=prices.get)", "max(prices.values()) * 10"]
        words = ["prices", "pear", "plum", "sorted", "50", "max"]
    for line in lines:
        s.type(line)
        s.key("Return")
        time.sleep(0.3)
    time.sleep(1.0)
    return ScreenLabel(f"python_repl_{split}", split, "xvfb+openbox+xterm+python3", [["terminal", "python"]], 1,
                       words)


def scene_two_terminals(s: XSession, split: str) -> ScreenLabel:
    if split == "tune":
        s.xterm("78x40+10+30", session_script(["ls /usr/share/doc/bash", "echo left window"]), face="DejaVu Sans Mono",
                size=10, title="left")
        s.xterm("78x40+650+30", session_script(["df -h / | head -2", "echo right window"]), face="DejaVu Sans Mono",
                size=10, title="right")
        words = ["left", "right", "window", "Filesystem", "/usr/share/doc/bash"]
    elif split == "heldout":
        s.xterm("88x45+0+40", session_script(["seq 1 5", "echo alpha"]), title="one")
        s.xterm("80x40+700+100", session_script(["printf 'bravo\\ncharlie\\n'", "id -un"]), dark=False,
                face="DejaVu Sans Mono", size=11, title="two")
        words = ["alpha", "bravo", "charlie", "root", "seq"]
    else:
        s.xterm("60x30+30+120", session_script(["echo north station", "uname -m"]), face="Liberation Mono", size=12,
                title="north")
        s.xterm("60x30+640+120", session_script(["echo south station", "nproc --all"]), face="Liberation Mono", size=12,
                title="south", colors=("#102030", "#c8e0ff"))
        words = ["north", "south", "station", "x86_64", "uname", "nproc"]
    s.wait_windows(2)
    return ScreenLabel(f"two_terminals_{split}", split, "xvfb+openbox+xterm", [["terminal"]], 2, words)


def scene_overlapping(s: XSession, split: str) -> ScreenLabel:
    if split == "tune":
        s.xterm("70x24+40+40", session_script(["echo first terminal here"]), face="DejaVu Sans Mono", size=11,
                title="first")
        time.sleep(0.6)
        s.xterm("70x24+300+220", session_script(["echo second terminal here"]), dark=False, face="DejaVu Sans Mono",
                size=11, title="second")
        time.sleep(0.6)
        s.xterm("70x24+560+400", session_script(["echo third terminal here"]), face="DejaVu Sans Mono", size=11,
                title="third")
        words = ["first", "second", "third", "terminal"]
        kinds, n = [["terminal"]], 3
    elif split == "fresh":
        s.xterm("72x26+60+80", session_script(["echo lower window"]), dark=False, face="DejaVu Sans Mono", size=12,
                title="lower")
        time.sleep(0.6)
        s.xterm("72x26+420+300", session_script(["echo upper window", "echo on top"]), face="DejaVu Sans Mono",
                size=12, title="upper")
        words = ["lower", "upper", "window", "top"]
        kinds, n = [["terminal"]], 2
    else:
        code = Path(s.tmp, "notes.py")
        code.write_text("def greet(name):\n    return 'hello ' + name\n\n\nprint(greet('world'))\n")
        s.xterm("80x30+30+30", "exec vi -c 'set number' notes.py", face="DejaVu Sans Mono", size=11, title="notes.py")
        time.sleep(0.8)
        s.xterm("70x20+520+330", session_script(["python3 notes.py", "echo done"]), face="DejaVu Sans Mono", size=11,
                title="shell")
        words = ["greet", "hello", "world", "done", "notes.py"]
        kinds, n = [["terminal"], ["editor", "vi"]], 2
    s.wait_windows(n)
    return ScreenLabel(f"overlapping_{split}", split, "xvfb+openbox+xterm", kinds, n, words)


CODE = {
    "fresh": ("weather.c", "#include <stdio.h>\n\nint main(void)\n{\n    int rain_mm = 12;\n"
              "    printf(\"rain: %d mm\\n\", rain_mm);\n    return 0;\n}\n"),
    "tune": ("inventory.py", "import csv\n\n\ndef load_items(path):\n    with open(path) as handle:\n"
             "        return list(csv.DictReader(handle))\n\n\ndef total_weight(items):\n"
             "    return sum(float(item['weight']) for item in items)\n\n\nif __name__ == '__main__':\n"
             "    print(total_weight(load_items('stock.csv')))\n"),
    "heldout": ("backup.sh", "#!/bin/sh\nset -eu\nSOURCE=/srv/photos\nTARGET=/mnt/archive\n\n"
                "for folder in \"$SOURCE\"/*; do\n    rsync -a \"$folder\" \"$TARGET\"/\n    echo \"copied $folder\"\n"
                "done\n"),
}


def scene_vi(s: XSession, split: str) -> ScreenLabel:
    name, text = CODE[split]
    if split == "fresh":
        Path(s.tmp, name).write_text(text)
        s.xterm("88x30+200+100", f"exec vi {name}", face="DejaVu Sans Mono", size=13, title=f"vi {name}",
                colors=("#fdf6e3", "#333333"))
        s.wait_windows(1, settle=2.0)
        return ScreenLabel(f"vi_{split}", split, "xvfb+openbox+xterm+vi", [["editor", "vi"]], 1,
                           ["weather.c", "stdio.h", "rain_mm", "printf", "main", "return"])
    Path(s.tmp, name).write_text(text)
    s.xterm("100x34+80+40", f"exec vi -c 'set number' {name}", dark=split == "tune", face="DejaVu Sans Mono", size=12,
            title=f"vi {name}")
    s.wait_windows(1, settle=2.0)
    words = (["load_items", "DictReader", "total_weight", "inventory.py", "csv", "weight"] if split == "tune"
             else ["rsync", "SOURCE", "TARGET", "backup.sh", "archive", "copied"])
    return ScreenLabel(f"vi_{split}", split, "xvfb+openbox+xterm+vi", [["editor", "vi"]], 1, words)


def scene_nano(s: XSession, split: str) -> ScreenLabel:
    if split == "fresh":
        Path(s.tmp, "todo.md").write_text("# Weekend\n\n- repaint the fence\n- call the plumber\n- buy seeds\n")
        s.xterm("80x28+100+60", "exec nano todo.md", face="DejaVu Sans Mono", size=13, title="nano todo.md")
        s.wait_windows(1, settle=2.0)
        return ScreenLabel(f"nano_{split}", split, "xvfb+openbox+xterm+nano", [["editor", "nano"]], 1,
                           ["todo.md", "Weekend", "repaint", "fence", "plumber", "seeds"])
    name, text = CODE["heldout" if split == "tune" else "tune"]
    Path(s.tmp, name).write_text(text)
    s.xterm("96x32+150+80", f"exec nano {name}", dark=split != "tune", face="DejaVu Sans Mono", size=12,
            title=f"nano {name}")
    s.wait_windows(1, settle=2.0)
    words = (["rsync", "SOURCE", "TARGET", "backup.sh", "archive", "GNU nano"] if split == "tune"
             else ["load_items", "DictReader", "total_weight", "inventory.py", "weight", "GNU nano"])
    return ScreenLabel(f"nano_{split}", split, "xvfb+openbox+xterm+nano", [["editor", "nano"]], 1, words)


TK_DIALOG = """
import tkinter as tk
root = tk.Tk()
root.title({title!r})
root.geometry('+{x}+{y}')
tk.Label(root, text={question!r}, font=('DejaVu Sans', 12), padx=24, pady=18).pack()
row = tk.Frame(root, padx=12, pady=12)
row.pack(side='bottom', anchor='e')
for b in {buttons!r}:
    tk.Button(row, text=b, width=10, font=('DejaVu Sans', 11)).pack(side='left', padx=6)
root.mainloop()
"""


def scene_tk_dialog(s: XSession, split: str) -> ScreenLabel:
    if split == "tune":
        s.xterm("90x30+40+40", session_script(["echo editing report.txt"]), face="DejaVu Sans Mono", size=11,
                title="shell")
        time.sleep(0.8)
        code = TK_DIALOG.format(title="Save changes?", x=420, y=300,
                                question="Save changes to report.txt before closing?",
                                buttons=["Save", "Don't Save", "Cancel"])
        words, n, kinds = ["Save", "Cancel", "report.txt", "closing"], 2, [["dialog"], ["terminal"]]
    elif split == "heldout":
        code = TK_DIALOG.format(title="Delete files", x=480, y=330, question="Delete 3 files permanently?",
                                buttons=["Delete", "Keep"])
        words, n, kinds = ["Delete", "Keep", "files", "permanently"], 1, [["dialog"]]
    else:
        s.xterm("80x24+600+60", session_script(["echo waiting for upload"]), dark=False, face="DejaVu Sans Mono",
                size=11, title="uploads")
        time.sleep(0.8)
        code = TK_DIALOG.format(title="Connection lost", x=120, y=420,
                                question="The server stopped answering. Try again?", buttons=["Retry", "Cancel"])
        words, n, kinds = ["server", "stopped", "answering", "Retry", "Cancel", "again"], 2, [["dialog"], ["terminal"]]
    s.start(["/usr/bin/python3", "-c", code])
    s.wait_windows(n, settle=1.5)
    return ScreenLabel(f"tk_dialog_{split}", split, "xvfb+openbox+tk", kinds, n, words, absent=["web page", "browser"])


def scene_empty(s: XSession, split: str) -> ScreenLabel:
    time.sleep(0.5)
    color = {"tune": "black", "heldout": "blue", "fresh": "gray"}[split]
    return ScreenLabel(f"empty_desktop_{split}", split, "xvfb+openbox", [["desktop", "screen"], [color]], 0, [],
                       absent=["window", "text"])


def scene_no_wm(s: XSession, split: str) -> ScreenLabel:
    if split == "tune":
        s.xterm("80x20+0+0", session_script(["echo no window manager", "ls /var"]), face="DejaVu Sans Mono", size=11)
        s.xterm("80x20+640+400", session_script(["echo bare terminal", "whoami"]), dark=False, face="DejaVu Sans Mono",
                size=11)
        words = ["window", "manager", "bare", "terminal", "root", "cache"]
    elif split == "heldout":
        s.xterm("120x24+20+20", session_script(["echo plain xterm without frames", "ls /usr/share/doc/bash"]),
                face="DejaVu Sans Mono", size=12)
        words = ["plain", "xterm", "without", "frames", "/usr/share/doc/bash"]
    else:
        s.xterm("70x20+300+200", session_script(["echo bare window in the middle", "echo $((3 + 4)) days"]),
                dark=False, face="DejaVu Sans Mono", size=12)
        words = ["bare", "window", "middle", "days"]
    s.wait_windows(2 if split == "tune" else 1)
    return ScreenLabel(f"no_wm_{split}", split, "xvfb+xterm", [["terminal"]], 2 if split == "tune" else 1, words)


def scene_wallpaper(s: XSession, split: str) -> ScreenLabel:
    commands = {"tune": ["echo wallpaper behind me", "pwd"], "heldout": ["echo over a picture", "expr 19 + 23"],
                "fresh": ["echo sunny afternoon", "echo temperature 24 degrees"]}[split]
    s.xterm("80x24+300+180" if split != "fresh" else "70x20+60+420", session_script(commands),
            face="DejaVu Sans Mono", size=12, title="terminal", dark=split != "fresh")
    s.wait_windows(1)
    words = {"tune": ["wallpaper", "behind"], "heldout": ["over", "picture", "expr", "42"],
             "fresh": ["sunny", "afternoon", "temperature", "degrees"]}[split]
    return ScreenLabel(f"wallpaper_{split}", split, "xvfb+openbox+feh+xterm", [["terminal"]], 1, words,
                       note="photo wallpaper behind a terminal")


def scene_chromium_window(s: XSession, split: str) -> ScreenLabel:
    page = DOC_PAGES[split][0][0]
    profile = s.tmp / "chromium"
    s.start(["chromium", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-features=Translate,MediaRouter", "--password-store=basic", f"--user-data-dir={profile}",
             "--window-position=40,30", "--window-size=1100,740", f"file://{page}"])
    s.wait_windows(1, settle=6.0)
    words = DOC_PAGES[split][0][1]
    return ScreenLabel(f"chromium_window_{split}", split, "xvfb+openbox+chromium", [["browser", "web page"]], 1,
                       words + [Path(page).name], absent=["terminal"])


XSCENES: dict[str, tuple[Callable[[XSession, str], ScreenLabel], dict, tuple[str, ...]]] = {
    "terminal_dark": (scene_terminal_dark, {}, ("xterm",)),
    "terminal_man": (scene_terminal_man, {"root": "#20303f"}, ("xterm", "man")),
    "python_repl": (scene_python_repl, {"root": "#3a4a3a"}, ("xterm", "xdotool", "python3")),
    "two_terminals": (scene_two_terminals, {"root": "#303040"}, ("xterm",)),
    "overlapping": (scene_overlapping, {"root": "#505a64"}, ("xterm", "vi")),
    "vi": (scene_vi, {}, ("xterm", "vi")),
    "nano": (scene_nano, {"root": "#2a3440"}, ("xterm", "nano")),
    "tk_dialog": (scene_tk_dialog, {"root": "#46505a"}, ("xterm",)),
    "empty_desktop": (scene_empty, {}, ()),
    "no_wm": (scene_no_wm, {"wm": False, "root": "#404040"}, ("xterm",)),
    "wallpaper": (scene_wallpaper, {"wallpaper": True}, ("xterm", "feh")),
    "chromium_window": (scene_chromium_window, {"root": "#303848"}, ("chromium",)),
}

# HTML documentation shipped in Debian packages, with words a reader sees at the top.
DOC_PAGES = {
    "tune": [("/usr/share/doc/python3/python-policy.html", ["Debian", "Python", "Policy"]),
             ("/usr/share/doc/libffi8/html/index.html", ["libffi", "Foreign", "Function", "Interface"])],
    "heldout": [("/usr/share/doc/base-passwd/users-and-groups.html", ["Users", "Groups", "Debian"]),
                ("/usr/share/doc/xterm/xterm.faq.html", ["XTerm", "Frequently", "Asked", "Questions"])],
    "fresh": [("/usr/share/doc/zlib1g-dev/examples/zlib_how.html", ["zlib", "Usage", "Example", "deflate", "inflate"]),
              ("/usr/share/doc/libxslt1-dev/html/index.html", ["XSLT", "library", "GNOME", "libxslt"])],
}


def chromium_screenshot(page: str, out: Path, size=SIZE) -> bool:
    with tempfile.TemporaryDirectory(prefix="pixel-llm-chromium-") as profile:
        proc = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                               f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}",
                               f"--screenshot={out}", f"file://{page}"], capture_output=True, timeout=120)
    return proc.returncode == 0 and out.exists()


# -- PIL-drawn dialogs and installers ------------------------------------------------------

def font(size: int, bold: bool = False, mono: bool = False):
    name = "DejaVuSansMono.ttf" if mono else ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    path = os.path.join(FONT_DIR, name)
    return ImageFont.truetype(path, size) if os.path.exists(path) else ImageFont.load_default(size=size)


def draw_window(draw: ImageDraw.ImageDraw, box, title: str, dark: bool) -> tuple[int, int, int, int]:
    """A window frame with a title bar; returns the content box."""
    x0, y0, x1, y1 = box
    face = (45, 45, 48) if dark else (240, 240, 240)
    bar = (30, 30, 32) if dark else (214, 219, 228)
    ink = (230, 230, 230) if dark else (20, 20, 20)
    draw.rectangle(box, fill=face, outline=(90, 90, 90))
    draw.rectangle([x0 + 1, y0 + 1, x1 - 1, y0 + 34], fill=bar)
    draw.text((x0 + 14, y0 + 8), title, fill=ink, font=font(15, bold=True))
    for i, c in enumerate([(236, 95, 90), (240, 190, 60), (90, 190, 90)]):
        cx = x1 - 24 - 26 * i
        draw.ellipse([cx - 7, y0 + 10, cx + 7, y0 + 24], fill=c)
    return x0 + 1, y0 + 35, x1 - 1, y1 - 1


def draw_button(draw, x, y, text, dark: bool, default: bool = False) -> int:
    f = font(14)
    w = int(draw.textlength(text, font=f)) + 36
    fill = (0, 110, 210) if default else ((70, 70, 74) if dark else (252, 252, 252))
    ink = (255, 255, 255) if default or dark else (20, 20, 20)
    draw.rounded_rectangle([x, y, x + w, y + 34], 6, fill=fill, outline=(120, 120, 120))
    draw.text((x + 18, y + 8), text, fill=ink, font=f)
    return w


def pil_dialog(split: str) -> tuple[Image.Image, ScreenLabel]:
    dark = split == "heldout"
    im = Image.new("RGB", SIZE, {"tune": (58, 92, 120), "heldout": (24, 28, 36), "fresh": (96, 60, 90)}[split])
    draw = ImageDraw.Draw(im)
    if split == "tune":
        title, question, detail, buttons = ("Unsaved changes", "Save changes to quarterly.ods before closing?",
                                            "Your changes will be lost if you don't save them.",
                                            ["Don't Save", "Cancel", "Save"])
        words = ["quarterly.ods", "Save", "Cancel", "closing", "Unsaved"]
    elif split == "heldout":
        title, question, detail, buttons = ("Remove package", "Remove the package gimp-data?",
                                            "This will free 48 MB of disk space.", ["Cancel", "Remove"])
        words = ["gimp-data", "Remove", "Cancel", "package", "disk"]
    else:
        title, question, detail, buttons = ("Update available", "Install the update to version 4.1 now?",
                                            "The application will restart afterwards.", ["Later", "Install"])
        words = ["update", "version", "4.1", "Later", "Install", "restart"]
    box = (400, 270, 880, 500) if split != "fresh" else (150, 120, 690, 340)
    cx0, cy0, cx1, cy1 = draw_window(draw, box, title, dark)
    ink = (235, 235, 235) if dark else (20, 20, 20)
    draw.text((cx0 + 24, cy0 + 24), question, fill=ink, font=font(16, bold=True))
    draw.text((cx0 + 24, cy0 + 56), detail, fill=ink, font=font(14))
    x = cx1 - 20
    for i, b in enumerate(reversed(buttons)):
        w = int(draw.textlength(b, font=font(14))) + 36
        x -= w
        draw_button(draw, x, cy1 - 54, b, dark, default=i == 0)
        x -= 12
    return im, ScreenLabel(f"pil_dialog_{split}", split, "pil", [["dialog"]], 1, words,
                           absent=["terminal", "web page", "browser"])


def pil_installer(split: str) -> tuple[Image.Image, ScreenLabel]:
    im = Image.new("RGB", SIZE, {"tune": (0, 84, 147), "heldout": (236, 236, 236), "fresh": (30, 30, 30)}[split])
    draw = ImageDraw.Draw(im)
    if split == "tune":
        product, heading, body, buttons = ("Orbit Notes 3.2", "Welcome to the Orbit Notes Setup Wizard",
                                           ["This will install Orbit Notes 3.2 on your computer.",
                                            "It is recommended that you close all other applications."],
                                           ["< Back", "Next >", "Cancel"])
        progress = None
        words = ["Orbit", "Notes", "Setup", "Wizard", "install", "Next"]
    elif split == "fresh":
        product, heading, body, buttons = ("Maple Draw 7", "License Agreement",
                                           ["Please read the following license agreement carefully.",
                                            "You must accept the agreement to continue the installation."],
                                           ["< Back", "I Agree", "Cancel"])
        progress = None
        words = ["Maple", "Draw", "License", "Agreement", "installation", "Agree"]
    else:
        product, heading, body, buttons = ("Harbor Sync", "Installing Harbor Sync",
                                           ["Please wait while Harbor Sync is installed.",
                                            "Copying files to /opt/harbor-sync ..."], ["Cancel"])
        progress = 0.62
        words = ["Harbor", "Sync", "Installing", "Copying", "/opt/harbor-sync", "wait"]
    box = (240, 150, 1040, 650)
    cx0, cy0, cx1, cy1 = draw_window(draw, box, f"{product} Setup", dark=False)
    draw.rectangle([cx0, cy0, cx0 + 200, cy1], fill=(32, 96, 160))
    draw.text((cx0 + 230, cy0 + 30), heading, fill=(20, 20, 20), font=font(20, bold=True))
    for i, line in enumerate(body):
        draw.text((cx0 + 230, cy0 + 84 + 28 * i), line, fill=(30, 30, 30), font=font(15))
    if progress is not None:
        draw.rectangle([cx0 + 230, cy0 + 190, cx1 - 40, cy0 + 214], outline=(120, 120, 120), fill=(255, 255, 255))
        draw.rectangle([cx0 + 232, cy0 + 192, cx0 + 232 + int((cx1 - cx0 - 274) * progress), cy0 + 212],
                       fill=(40, 160, 70))
    draw.line([cx0, cy1 - 70, cx1, cy1 - 70], fill=(200, 200, 200))
    x = cx1 - 20
    for i, b in enumerate(reversed(buttons)):
        w = int(draw.textlength(b, font=font(14))) + 36
        x -= w
        draw_button(draw, x, cy1 - 52, b, dark=False, default=b.startswith("Next"))
        x -= 12
    return im, ScreenLabel(f"pil_installer_{split}", split, "pil", [["installer", "setup", "dialog"]], 1, words,
                           absent=["terminal", "web page", "browser"])


# -- negatives -----------------------------------------------------------------------------

NEGATIVE_PHOTOS = {"tune": ["chelsea", "coffee", "astronaut", "page"],
                   "heldout": ["rocket", "camera", "text", "coins"],
                   "fresh": ["horse", "retina", "immunohistochemistry", "hubble_deep_field"]}


def negative_photo(name: str, split: str) -> tuple[Image.Image, ScreenLabel]:
    import skimage.data

    a = getattr(skimage.data, name)()
    if a.dtype == bool:
        a = a.astype(np.uint8) * 255
    if a.ndim == 2:
        a = np.stack([a] * 3, -1)
    return Image.fromarray(np.ascontiguousarray(a[:, :, :3])), ScreenLabel(
        f"photo_{name}", split, "scikit-image", [], None, [], screen=False)


def negative_drawing(split: str) -> tuple[Image.Image, ScreenLabel]:
    im = Image.new("RGB", (640, 480), "white")
    draw = ImageDraw.Draw(im)
    if split == "tune":
        draw.ellipse([220, 140, 420, 340], fill=(220, 30, 30))
    elif split == "heldout":
        draw.rectangle([100, 100, 300, 220], fill=(30, 60, 200))
        draw.polygon([(420, 380), (600, 380), (510, 230)], fill=(0, 160, 60))
    else:
        draw.ellipse([60, 60, 220, 220], fill=(250, 200, 0))
        draw.rectangle([360, 260, 600, 420], outline=(0, 0, 0), width=4)
    return im, ScreenLabel(f"drawing_{split}", split, "pil", [], None, [], screen=False)


# -- building the set ----------------------------------------------------------------------

def variants(image: Image.Image, stem: Path) -> dict[str, str]:
    """PNG, JPEG quality 70 and 75 % scale of one frame; their file names."""
    image = image.convert("RGB")
    out = {"png": stem.with_suffix(".png"), "jpeg70": stem.with_name(stem.name + ".q70.jpg"),
           "scale75": stem.with_name(stem.name + ".s75.png")}
    image.save(out["png"])
    image.save(out["jpeg70"], quality=70)
    w, h = image.size
    image.resize((round(w * 0.75), round(h * 0.75)), Image.LANCZOS).save(out["scale75"])
    return {k: v.name for k, v in out.items()}


def wallpaper_file(folder: Path) -> Path:
    import skimage.data

    path = folder / "wallpaper.jpg"
    if not path.exists():
        Image.fromarray(skimage.data.astronaut()).resize(SIZE).save(path, quality=90)
    return path


SPLITS = ("tune", "heldout", "fresh")
"""tune: looked at while building; heldout: scored once, then looked at (its first score is
reported); fresh: written last, scored once at the end. ``all`` in bench_screens means these."""
EXTERNAL = "external"
"""Real screenshots from Debian's opencv-doc, labelled by hand, never captioned while building
(``screens_external.py``); built when the package is there, scored on its own."""
EXTERNAL2 = "external2"
"""A second set of real screenshots from other Debian documentation packages, labelled the same
way (``screens_external2.py``); built when the packages are there, scored on its own."""
EXTERNAL3 = "external3"
"""A third set of real screenshots from seven other Debian packages, labelled the same way
(``screens_external3.py``); built when the packages are there, scored on its own."""
EXTERNAL4 = "external4"
"""A fourth set of real screenshots from twenty-one other Debian packages, labelled the same way
(``screens_external4.py``); built when the packages are there, scored on its own."""
EXTERNAL5 = "external5"
"""A fifth set of real screenshots from seventeen other Debian packages (desktops, browsers, consoles,
IDEs among them), labelled the same way (``screens_external5.py``); built when the packages are there,
scored on its own."""
EXTERNAL6 = "external6"
"""A sixth set of real screenshots from seventeen other Debian packages (a tiling desktop, terminals, a file
manager, editors, media players, dialogs among them), labelled the same way (``screens_external6.py``);
built when the packages are there, scored on its own."""
EXTERNAL7 = "external7"
"""A seventh set of real screenshots from seventeen other Debian packages (desktops, text-mode programs,
editors, web pages, file managers, dialogs among them), labelled the same way (``screens_external7.py``);
built when the packages are there, scored on its own."""
EXTERNAL8 = "external8"
"""An eighth set of real screenshots from eighteen other Debian packages (a console, IDEs, diff tools, web
pages, file managers, dialogs, image and science programs among them), labelled the same way
(``screens_external8.py``); built when the packages are there, scored on its own."""
EXTERNAL9 = "external9"
"""A ninth set of real screenshots from twenty-three other Debian packages (terminals, editors and IDEs, web
pages, file managers, dialogs, program windows among them), labelled the same way (``screens_external9.py``);
built when the packages are there, scored on its own."""
EXTERNAL10 = "external10"
"""A tenth set of real screenshots from twenty other Debian packages (terminals and text-mode programs,
editors and IDEs, web pages, file managers and file dialogs, dialogs, program windows among them), labelled
the same way (``screens_external10.py``); built when the packages are there, scored on its own."""
EXTERNAL11 = "external11"
"""An eleventh set of real screenshots from eight other Debian packages (browser windows with their frame,
terminals and consoles, editors and IDEs, web pages without a browser frame), labelled the same way
(``screens_external11.py``); built when the packages are there, scored on its own."""
EXTERNAL12 = "external12"
"""A twelfth set of real screenshots from eighteen other Debian packages (terminals, editors and IDEs, web
pages without a browser frame, file dialogs, dialogs and settings, program windows among them), labelled the
same way (``screens_external12.py``); built when the packages are there, scored on its own."""
EXTERNAL13 = "external13"
"""A thirteenth set of real screenshots from twenty-two other Debian packages (dialogs above all, terminals,
editors and IDEs, web pages, browser views, installers, spreadsheets, a media player, a desktop), labelled the
same way (``screens_external13.py``); built when the packages are there, scored on its own."""
EXTERNAL14 = "external14"
"""A fourteenth set of real screenshots from twenty-eight other Debian packages (dialogs above all, web pages
without a browser frame, terminals and consoles, IDEs, browser windows, file trees, a media player, program
windows), labelled the same way (``screens_external14.py``); built when the packages are there, scored on its
own."""
EXTERNAL15 = "external15"
"""A fifteenth set of real screenshots from twenty-three other Debian packages, a development split (looked at
and tuned on freely) for the two kinds missed most: dialogs (about half) and web pages without a browser frame
(about a third), with program windows, editors and a desktop as negatives for them; labelled the same way
(``screens_external15.py``); built when the packages are there, scored on its own."""
EXTERNAL16 = "external16"
"""A sixteenth set of real screenshots from fourteen other Debian packages, a development split (looked at and
tuned on freely) for text editors and IDEs (about half: notes, prose, code and script editors, Emacs, a GUI
designer), with their dialogs (preferences, a plugin manager, a save dialog) and negatives that show much text
without being editors (a log viewer, a chat client, a console, output windows, lists, a help page); labelled
the same way (``screens_external16.py``); built when the packages are there, scored on its own."""
EXTERNAL17 = "external17"
"""A seventeenth set of real screenshots from eight other Debian packages, a development split (looked at and
tuned on freely) for dialogs (most of it: KDE / Qt and GTK 3 dialogs, settings dialogs, wizards, form
dialogs, a sign-in page in a dialog, a file chooser; some over their main window, some cropped), with main
windows that have forms, menus or panels as negatives; labelled the same way (``screens_external17.py``);
built when the packages are there, scored on its own."""
EXTERNAL18 = "external18"
"""An eighteenth set of real screenshots from thirteen other Debian packages, a development split (looked at
and tuned on freely) for web pages without a browser frame (about half: admin, settings and sign-in pages,
dashboards, wiki and book pages, crops of web apps), with web pages inside a browser (about a quarter) and
native windows and dialogs that look a little like pages as negatives; labelled the same way
(``screens_external18.py``); built when the packages are there, scored on its own."""
EXTERNAL19 = "external19"
"""A nineteenth set of real screenshots from twenty-one other Debian packages, a blind judge split made like
external18 (web pages without a browser frame, web pages in a browser, look-alike native windows and
dialogs) and never looked at: only its counts are reported; labelled the same way (``screens_external19.py``);
built when the packages are there, scored on its own."""
EXTERNALS = {EXTERNAL: "screens_external", EXTERNAL2: "screens_external2", EXTERNAL3: "screens_external3",
             EXTERNAL4: "screens_external4", EXTERNAL5: "screens_external5", EXTERNAL6: "screens_external6",
             EXTERNAL7: "screens_external7", EXTERNAL8: "screens_external8", EXTERNAL9: "screens_external9",
             EXTERNAL10: "screens_external10", EXTERNAL11: "screens_external11",
             EXTERNAL12: "screens_external12", EXTERNAL13: "screens_external13",
             EXTERNAL14: "screens_external14", EXTERNAL15: "screens_external15",
             EXTERNAL16: "screens_external16", EXTERNAL17: "screens_external17",
             EXTERNAL18: "screens_external18", EXTERNAL19: "screens_external19"}
"""Each external split and the module that labels it and finds its source files."""


class MissingSource(RuntimeError):
    """An external split's source packages are not installed (the message says how to get them)."""


def build(out: Path, only: set[str] | None = None, splits=SPLITS + tuple(EXTERNALS),
          require_external: bool = False) -> list[dict]:
    """Build ``splits`` into ``out``; frames of other splits already in ``labels.json`` are kept.
    Without its source packages an external split is skipped, or, with ``require_external``,
    MissingSource is raised."""
    out.mkdir(parents=True, exist_ok=True)
    records, skipped = [], []
    built = [s for s in splits if s in SPLITS]

    def keep(image: Image.Image, label: ScreenLabel) -> None:
        files = variants(image, out / label.id)
        records.append({**asdict(label), "files": files})
        logger.info("made %s", label.id)

    wanted = lambda name: only is None or name in only  # noqa: E731
    for name, (scene, opts, needs) in XSCENES.items():
        if not wanted(name):
            continue
        missing = [b for b in ("Xvfb", "xsetroot", "wmctrl", "xdotool") + needs if not shutil.which(b)]
        if opts.get("wm", True) and not shutil.which("openbox"):
            missing.append("openbox")
        if missing:
            skipped.append(f"{name} (missing {', '.join(missing)})")
            continue
        for split in built:
            kw = dict(opts)
            if kw.pop("wallpaper", False):
                kw["wallpaper"] = wallpaper_file(out)
            if name == "empty_desktop" and split != "tune":
                kw["root"] = "#1c3f8c" if split == "heldout" else "#808080"
            try:
                with XSession(**kw) as s:
                    label = scene(s, split)
                    image = Image.fromarray(s.capture())
            except (OSError, subprocess.SubprocessError, TimeoutError) as exc:
                skipped.append(f"{name}/{split} ({exc})")
                continue
            keep(image, label)
    if wanted("web_doc") and have("chromium"):
        for split in built:
            for i, (page, words) in enumerate(DOC_PAGES[split]):
                if not os.path.exists(page):
                    skipped.append(f"web_doc {page} (not installed)")
                    continue
                shot = out / f"_shot_{split}_{i}.png"
                if chromium_screenshot(page, shot):
                    image = Image.open(shot).convert("RGB")
                    shot.unlink()
                    keep(image, ScreenLabel(f"web_doc_{split}_{i}", split, "chromium --headless",
                                            [["web page", "document"]], None, words, absent=["terminal", "dialog"]))
    for split in built:
        if wanted("pil_dialog"):
            keep(*pil_dialog(split))
        if wanted("pil_installer"):
            keep(*pil_installer(split))
        if wanted("negatives"):
            for name in NEGATIVE_PHOTOS[split]:
                keep(*negative_photo(name, split))
            keep(*negative_drawing(split))
    for split, module_name in EXTERNALS.items():
        if split not in splits or not wanted(split):
            continue
        module = importlib.import_module(module_name)
        folder = module.source_folder()
        if folder is None:
            if require_external:
                raise MissingSource(module.INSTALL_HINT)
            skipped.append(f"{split}/{split} ({module.INSTALL_HINT})")
        else:
            for image, label in module.frames(folder):
                keep(image, label)
    labels = out / "labels.json"
    if labels.exists():  # building some splits: keep the others' frames
        kept = json.loads(labels.read_text())
        records = [r for r in kept["frames"] if r["split"] not in splits] + records
        skipped = [x for x in kept.get("skipped", []) if not any(f"/{sp} (" in x for sp in splits)] + skipped
    labels.write_text(json.dumps({"frames": records, "skipped": skipped}, indent=1))
    for s in skipped:
        logger.warning("skipped %s", s)
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(Path(__file__).parent / "out" / "screens"))
    parser.add_argument("--only", default="", help="comma-separated scene names")
    parser.add_argument("--splits", default="", help="comma-separated splits to build (default: "
                        f"{','.join(SPLITS)}, and {' and '.join(EXTERNALS)} when their packages are there; "
                        "naming an external split makes its missing packages an error)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    only = set(args.only.split(",")) if args.only else None
    splits = tuple(args.splits.split(",")) if args.splits else SPLITS + tuple(EXTERNALS)
    unknown = [s for s in splits if s not in SPLITS + tuple(EXTERNALS)]
    if unknown:
        parser.error(f"unknown split(s): {', '.join(unknown)}")
    try:
        records = build(Path(args.out), only, splits,
                        require_external=any(s in EXTERNALS for s in args.splits.split(",")))
    except MissingSource as exc:
        sys.exit(f"error: {exc}")
    print(f"{len(records)} frames in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
