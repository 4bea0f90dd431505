"""The store's part of opening the journal, as a plain function a worker can run (``JournalSession.open``).

It touches no Qt object: the session hands it to the runner's journal lane
(``waiting.wait_for``) so the key (if the prompt did not derive it already),
the connection and the history are read off the UI thread (the quick check runs
later, on the runner: ``JournalSession.check_file``).
"""

from __future__ import annotations

__all__ = ["JournalKeys", "open_file", "open_keyed"]

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.ui.journal_keys import JournalKeys  # the session makes its keys through this module too

if TYPE_CHECKING:
    from desktop.guidance import History
    from desktop.store import Journal
    from desktop.store.cipher import Keys


def open_file(
    path: Path, passphrase: str | None, keys: Keys | None, today: Callable[[], date], *, start_new: bool
) -> tuple[Journal, History | None]:
    """The open journal and its history (None when damage stops the read: the session's ``start`` tells it)."""
    from desktop.guidance.plan import article_plan
    from desktop.store import open_journal

    article_plan()  # parsed once (TOML), here: making the plan on the UI thread next needs it
    key = keys.for_journal(path) if keys is not None else None  # derived already when checked at the prompt
    journal = open_journal(path, passphrase, start_new=start_new, key=key)  # checked later: check_file
    journal.today = today  # the store's rules (no loss in the future) use the window's clock at every door
    try:
        return journal, journal.history()  # read here too: the window only makes the plan from it
    except Exception:  # noqa: BLE001 (damage met while reading: start() meets it again and tells it)
        return journal, None


def open_keyed(
    keys: JournalKeys,
    path: Path,
    passphrase: str | None,
    today: Callable[[], date],
    *,
    start_new: bool,
    run: Callable[..., Any] | None,
) -> tuple[Journal, History | None]:
    """``open_file`` with the session's keys, through ``run`` (``waiting.wait_for``) when given.

    The keys opened with are kept; on a fault, only when a restore is offered (a
    damaged encrypted journal's backups open with the same key).
    """
    from desktop.store import JournalError
    from desktop.store.diagnosis import JournalFaultError

    current = keys.use(passphrase)

    def work() -> tuple[Journal, History | None]:
        return open_file(path, passphrase, current, today, start_new=start_new)

    try:
        return run(work) if run is not None else work()
    except JournalFaultError as error:
        keys.current = current if error.diagnosis.offers_restore else None
        raise
    except JournalError:
        keys.current = None
        raise
