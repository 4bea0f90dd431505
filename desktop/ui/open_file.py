"""The store's part of opening the journal, as a plain function a worker can run (``JournalSession.open``).

It touches no Qt object: the session hands it to the runner's journal lane
(``waiting.wait_for``) so the key (if the prompt did not derive it already),
the connection and the history are read off the UI thread (the quick check runs
later, on the runner: ``JournalSession.check_file``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.guidance import History
    from desktop.store import Journal
    from desktop.store.cipher import Keys


def open_file(
    path: Path, passphrase: str | None, keys: Keys | None, today: Callable[[], date], *, start_new: bool
) -> tuple[Journal, History | None]:
    """The open journal and its history (None when damage stops the read: the session's ``start`` tells it)."""
    from desktop.store import open_journal

    key = keys.for_journal(path) if keys is not None else None  # derived already when checked at the prompt
    journal = open_journal(path, passphrase, start_new=start_new, key=key)  # checked later: check_file
    journal.today = today  # the store's rules (no loss in the future) use the window's clock at every door
    try:
        return journal, journal.history()  # read here too: the window only makes the plan from it
    except Exception:  # noqa: BLE001 (damage met while reading: start() meets it again and tells it)
        return journal, None
