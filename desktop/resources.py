"""Where the bundled, read-only resources live (article, plan, icons, translations, desktop files).

Installed (a wheel, pipx, the PyInstaller bundle) they are package data: the
build copies the checkout's ``resources/`` folder into the package as
``desktop/data`` (see setup.py), found beside the package wherever it landed,
so nothing depends on a prefix or a ``share`` folder. A checkout (and the
editable install ``make run`` makes) has no ``desktop/data``: the ``resources/``
folder next to the package is used. ``RECOVERY_JOURNAL_RESOURCES`` can point elsewhere (a distribution's own layout). The first that holds the
article wins.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from desktop import APP_ID

SOURCE_RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
PACKAGE_DATA = "data"  # desktop/data in a wheel or bundle: a copy of resources/
RESOURCES_ENV = "RECOVERY_JOURNAL_RESOURCES"
ICON_NAME = APP_ID  # the freedesktop icon name; the .desktop and metainfo files are named by the same id
ICON_FILE = ("icons", f"{ICON_NAME}.svg")
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"


def package_resources_dir() -> Path | None:
    """``desktop/data`` beside this module, where a wheel (or a bundle) puts the package data.

    What ``importlib.resources.files("desktop")`` answers for a package on the file system,
    without importing it (and ``tempfile``): ~8 ms before the first paint. A zip import has
    no folder for Qt to read (not supported): its path is no folder, and the next candidate is used.
    """
    return Path(__file__).parent / PACKAGE_DATA


def candidate_dirs() -> list[Path]:
    override = os.environ.get(RESOURCES_ENV)
    found = [Path(override)] if override else []
    packaged = package_resources_dir()
    return [*found, *([packaged] if packaged else []), SOURCE_RESOURCES_DIR]


@cache
def resources_dir() -> Path:
    """The first candidate that holds the article (the one file every start needs)."""
    for candidate in candidate_dirs():
        if (candidate / "article.txt").is_file():
            return candidate
    return SOURCE_RESOURCES_DIR  # a clear "file not found" names the checkout's path


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def icon_path() -> Path:
    return resource_path(*ICON_FILE)


@cache
def article_text() -> str:
    """The article exactly as shipped: it is shown verbatim, never edited."""
    return resource_path("article.txt").read_text(encoding="utf-8")
