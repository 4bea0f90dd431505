"""Add the app to the desktop's menus (``make install-desktop``) and take it out again.

A checkout run from its own ``.venv`` is not on ``PATH``, so the installed
``.desktop`` file names the launcher by its absolute path. Files go to the
user's own data dir (``$XDG_DATA_HOME``, else ``~/.local/share``): nothing
needs root, and ``uninstall`` removes exactly what ``install`` wrote. No Qt:
this runs from the Makefile before anything else is needed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.resources import DESKTOP_FILE, ICON_NAME, icon_path, resource_path

GUI_ARGUMENTS = "gui"


@dataclass(frozen=True)
class DesktopFiles:
    """Where the two files go under one data dir."""

    icon: Path
    entry: Path

    @classmethod
    def under(cls, data_home: Path) -> DesktopFiles:
        return cls(
            icon=data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg",
            entry=data_home / "applications" / DESKTOP_FILE,
        )


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path (the spec ignores a relative one), else ``~/.local/share``."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share"


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
            lines.append(f"TryExec={executable}")  # menus hide the entry once the checkout is gone
    return "\n".join(lines) + "\n"


def install(executable: Path, home: Path) -> DesktopFiles:
    if not executable.is_absolute():
        raise ValueError(f"the launcher must be an absolute path, not {executable}")
    files = DesktopFiles.under(home)
    files.icon.parent.mkdir(parents=True, exist_ok=True)
    files.entry.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_path(), files.icon)
    template = resource_path(DESKTOP_FILE).read_text(encoding="utf-8")
    files.entry.write_text(desktop_entry_text(template, executable), encoding="utf-8")
    files.entry.chmod(0o644)
    refresh_menus(home)
    return files


def uninstall(home: Path) -> list[Path]:
    files = DesktopFiles.under(home)
    removed = [path for path in (files.entry, files.icon) if path.exists()]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.install_desktop", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("install", help="install the icon and the menu entry")
    add.add_argument("--exec", dest="executable", required=True, type=Path, help="absolute path of recovery-journal")
    commands.add_parser("uninstall", help="remove them")
    args = parser.parse_args(argv)
    home = data_home()
    if args.command == "install":
        executable: Path = args.executable
        if not (executable.is_absolute() and os.access(executable, os.X_OK)):
            print(f"install-desktop: {executable} is not an executable absolute path", file=sys.stderr)
            return 2
        files = install(executable, home)
        print(f"Installed {files.entry}\nInstalled {files.icon}")
    else:
        for path in uninstall(home):
            print(f"Removed {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
