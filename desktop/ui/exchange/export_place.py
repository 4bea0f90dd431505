"""Where an export goes: a folder that exists, the one she used last, and where the file dialog opens.

Seen under Xvfb: the default was ``~/Documents`` where no such folder existed
("The folder … does not exist."), Choose… then opened in the app's install folder
(a file dialog given a path in a missing folder falls back to the working
directory), and the folder she chose was forgotten by the next export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

LAST_EXPORT_FOLDER_KEY = "export/last_folder"  # a folder path only: no file name, nothing of hers
SUMMARY_NAME_KEY = "export/summary_name"  # the PDF's optional name line: here only, never in the journal or an export


def documents_or_home() -> Path:
    """The Documents folder if it exists on this computer, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def default_export_folder(settings: QSettings | None = None, otherwise: Callable[[], Path] = documents_or_home) -> Path:
    """The folder of her last export while it still exists; else ``otherwise()`` (Documents, else home)."""
    settings = settings or QSettings()
    last = str(settings.value(LAST_EXPORT_FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return otherwise()


def remember_export_folder(folder: Path, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(LAST_EXPORT_FOLDER_KEY, str(folder))


def dialog_start(current: Path | None, folder: Path, name: str) -> str:
    """Where Choose… opens: the typed path if its folder exists, else ``name`` in ``folder`` (never Qt's guess)."""
    if current is not None and current.parent.is_dir():
        return str(current)
    base = folder if folder.is_dir() else documents_or_home()
    return str(base / (current.name if current is not None and current.name else name))


def remembered_summary_name(settings: QSettings | None = None) -> str:
    """The name she last put on a summary ("" for none): offered again, as the folder is."""
    settings = settings or QSettings()
    return str(settings.value(SUMMARY_NAME_KEY, "") or "")


def remember_summary_name(name: str, settings: QSettings | None = None) -> None:
    """Kept for the next summary; an empty name removes what was kept."""
    settings = settings or QSettings()
    if name:
        settings.setValue(SUMMARY_NAME_KEY, name)
    else:
        settings.remove(SUMMARY_NAME_KEY)
