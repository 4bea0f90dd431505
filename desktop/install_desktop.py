"""Add the app to the desktop's menus and software centre (``recovery-journal install-desktop``) and take it out.

A wheel installed with pipx (or a checkout run from its own ``.venv``) puts
nothing in the desktop's folders by itself, so this command copies the
``.desktop`` file, the icon and the AppStream metainfo into the user's own data
dir (``$XDG_DATA_HOME``, else ``~/.local/share``). The entry names the launcher
by its absolute path: ``~/.local/bin`` or a checkout's ``.venv`` is often not on
the ``PATH`` a menu starts programs with. Nothing needs root, and
``uninstall-desktop`` removes exactly what ``install-desktop`` wrote. The .deb
installs the same three files system-wide instead. No Qt: this runs without a
display.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop import APP_NAME
from desktop.resources import DESKTOP_FILE, ICON_NAME, METAINFO_FILE, icon_path, resource_path

GUI_ARGUMENTS = "gui"


@dataclass(frozen=True)
class DesktopFiles:
    """Where the three files go under one data dir (the freedesktop layout)."""

    icon: Path
    entry: Path
    metainfo: Path

    @classmethod
    def under(cls, data_home: Path) -> DesktopFiles:
        return cls(
            icon=data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg",
            entry=data_home / "applications" / DESKTOP_FILE,
            metainfo=data_home / "metainfo" / METAINFO_FILE,
        )

    def all(self) -> tuple[Path, Path, Path]:
        return (self.entry, self.icon, self.metainfo)


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path (the spec ignores a relative one), else ``~/.local/share``."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share"


def running_launcher() -> Path | None:
    """The ``recovery-journal`` program this process was started as, by an absolute path (None if unknown).

    The bundle's own executable when frozen; else the console script: ``argv[0]``
    when it is one (kept unresolved, so pipx's ``~/.local/bin`` link stays the
    name the menu uses), or the one beside this Python (``python -m desktop``).
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable)
    candidates = [Path(os.path.abspath(sys.argv[0]))] if sys.argv and sys.argv[0] else []
    candidates.append(Path(sys.executable).parent / APP_NAME)
    for candidate in candidates:
        if candidate.name == APP_NAME and candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def quote_exec_argument(argument: str) -> str:
    """Quote a path for the ``Exec`` key as the Desktop Entry spec asks (spaces, quotes, ``$``…)."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + escaped.replace("\\", "\\\\") + '"'  # a string value's own escaping comes on top


def desktop_entry_text(template: str, executable: Path) -> str:
    """The shipped entry with ``Exec`` (and ``TryExec``) pointing at ``executable``."""
    command = quote_exec_argument(str(executable))
    lines = []
    for line in template.splitlines():
        key = line.split("=", 1)[0].strip()
        if key == "Exec":
            line = f"Exec={command} {GUI_ARGUMENTS}"
        elif key == "TryExec":
            continue
        lines.append(line)
        if key == "Exec":
            lines.append(f"TryExec={executable}")  # menus hide the entry once the program is gone
    return "\n".join(lines) + "\n"


def install(executable: Path, home: Path) -> DesktopFiles:
    if not executable.is_absolute():
        raise ValueError(f"the launcher must be an absolute path, not {executable}")
    files = DesktopFiles.under(home)
    for path in files.all():
        path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_path(), files.icon)
    shutil.copyfile(resource_path(METAINFO_FILE), files.metainfo)
    template = resource_path(DESKTOP_FILE).read_text(encoding="utf-8")
    files.entry.write_text(desktop_entry_text(template, executable), encoding="utf-8")
    for path in files.all():
        path.chmod(0o644)
    refresh_menus(home)
    return files


def uninstall(home: Path) -> list[Path]:
    removed = [path for path in DesktopFiles.under(home).all() if path.exists()]
    for path in removed:
        path.unlink()
    refresh_menus(home)
    return removed


def refresh_menus(home: Path) -> None:
    """Ask the desktop to re-read its menus when the tool is there; menus also notice on their own."""
    tool = shutil.which("update-desktop-database")
    applications = home / "applications"
    if tool is None or not applications.is_dir():
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):  # a stale menu cache is not worth failing for
        subprocess.run([tool, "-q", str(applications)], check=False, timeout=30, capture_output=True)
