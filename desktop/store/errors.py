"""Every error the store raises, in one place that imports nothing of the store.

Callers (the CLI, the window, the exchange formats) catch these by type; the
message is written for her and shown as it is.
"""

from __future__ import annotations


class JournalError(Exception):
    """A problem the user can act on; the message is shown as it is."""


class WrongPassphraseError(JournalError):
    """The passphrase does not open this encrypted journal; nothing was read or written."""
