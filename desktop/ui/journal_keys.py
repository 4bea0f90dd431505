"""The journal's passphrase keys, held for the session: each derived once, off the UI thread.

SQLCipher derives its key from the passphrase with a second of PBKDF2 for every
connection. The session keeps the keys of the open journal's passphrase
(``store.cipher.Keys``: one derivation per salt) and those of the passphrase
last checked, so the key derived while the prompt or the lock page checked it
on the read lane is the one the open and every later connection use.
In memory only; never logged.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store loads after the window is shown
    from desktop.store.cipher import Keys


class JournalKeys:
    """The open journal's keys (``current``) and the candidate being checked. Safe from any thread."""

    def __init__(self, journal_file: Path) -> None:
        self.journal_file = journal_file
        self.current: Keys | None = None
        self._candidate: Keys | None = None
        self._lock = threading.Lock()

    def keys_for(self, passphrase: str) -> Keys:
        """The keys of ``passphrase``: the open journal's or the candidate's when it is theirs, else new ones."""
        from desktop.store.cipher import Keys

        with self._lock:
            for known in (self.current, self._candidate):
                if known is not None and known.matches(passphrase):
                    return known
            self._candidate = Keys(passphrase)
            return self._candidate

    def use(self, passphrase: str | None) -> Keys | None:
        """The keys the journal opens with from now on (None: no passphrase, or one the store refuses)."""
        try:
            self.current = self.keys_for(passphrase) if passphrase is not None else None
        except ValueError:  # an empty passphrase: open_journal says so in its own words
            self.current = None
        return self.current

    def passphrase_opens(self, passphrase: str) -> bool:
        """The prompt's and the lock page's check (on the read lane): is this the journal's passphrase?

        The key it derives is kept for the open that follows; the right passphrase
        typed at the lock page is checked with the key derived at open (no PBKDF2).
        """
        from desktop.store.encryption import verify_keys

        return verify_keys(self.journal_file, self.keys_for(passphrase))

    def journal_key(self) -> str | None:
        """The raw key of the journal file as it is now (None without a passphrase)."""
        keys = self.current
        return keys.for_journal(self.journal_file) if keys is not None else None
