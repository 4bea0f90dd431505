"""The apps she can import from: the key the CLI's ``--from`` takes -> the app's name and its parser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.exchange.importers import dayone, drip, jrnl, mensinator
from desktop.exchange.importers.common import ParsedFile

# In the order they are offered (CLI choices, the window's list).
APPS: dict[str, tuple[str, Callable[[Path], ParsedFile]]] = {
    "drip": (drip.APP_NAME, drip.parse),
    "mensinator": (mensinator.APP_NAME, mensinator.parse),
    "jrnl": (jrnl.APP_NAME, jrnl.parse),
    "dayone": (dayone.APP_NAME, dayone.parse),
}
