"""The passphrase prompt at start: the journal's passphrase asked (and checked) before it is opened.

Apart from the privacy controls (``controls.py``) so that the start can ask right after the
window's first frame without importing the lock and the menus' parts first (budget 6: the
prompt within 100 ms of the first paint).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.tasks import TaskRunner


class JournalStaysClosedError(Exception):
    """She cancelled the passphrase prompt at start: the journal is not opened."""


def passphrase_at_start(
    parent: QMainWindow | None,
    journal_file: Path,
    runner: TaskRunner | None = None,
    check: Callable[[str], bool] | None = None,
) -> str | None:
    """None for a plain journal; the passphrase (checked) for an encrypted one; JournalStaysClosedError if cancelled.

    The check derives the key on ``runner``'s read lane: the prompt keeps painting meanwhile.
    ``check`` (the session's ``passphrase_opens``) keeps the key it derived for the open that follows.
    """
    from desktop.store.diagnosis import is_encrypted

    if not is_encrypted(journal_file):
        return None
    from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog  # on first use: not before the first paint

    passphrase = AskPassphraseDialog.get_passphrase(parent, check or (lambda p: verify_with_file(journal_file, p)), runner=runner)
    if passphrase is None:
        raise JournalStaysClosedError(
            QCoreApplication.translate("PrivacyControls", "The journal stays closed until its passphrase is typed.")
        )
    return passphrase


def verify_with_file(path: Path, passphrase: str) -> bool:
    from desktop.store.encryption import verify_passphrase

    return verify_passphrase(path, passphrase)
