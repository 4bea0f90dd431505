"""Passphrases on the command line: where they come from, and `passphrase {set,change,remove}`.

A passphrase comes from an environment variable (for scripts) or from a prompt
without echo (``getpass``). When neither is possible, because stdin is not a
terminal, the command fails with one line instead of hanging or reading the
passphrase from a pipe by surprise. Passphrases are never printed or logged.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PASSPHRASE_ENV = "RECOVERY_JOURNAL_PASSPHRASE"
NEW_PASSPHRASE_ENV = "RECOVERY_JOURNAL_NEW_PASSPHRASE"


class PassphraseUnavailableError(Exception):
    """No passphrase could be had (no variable, no terminal, or the two entries differ)."""


def _ask(prompt: str, variable: str) -> str:
    if not sys.stdin.isatty():
        raise PassphraseUnavailableError(f"the journal is encrypted: set {variable} or run in a terminal to be asked")
    return getpass.getpass(prompt)


def current_passphrase(journal_file: Path) -> str | None:
    """The passphrase for ``journal_file``, or None when it is not encrypted (nothing is asked)."""
    from desktop.store.diagnosis import is_encrypted

    if not is_encrypted(journal_file):
        return None
    return os.environ.get(PASSPHRASE_ENV) or _ask("Passphrase: ", PASSPHRASE_ENV)


def new_passphrase() -> str:
    """The new passphrase from the variable, or asked twice so a typo cannot lock her out."""
    from_env = os.environ.get(NEW_PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise PassphraseUnavailableError(f"no new passphrase: set {NEW_PASSPHRASE_ENV} or run in a terminal to be asked")
    first = getpass.getpass("New passphrase: ")
    if not first:
        raise PassphraseUnavailableError("the new passphrase is empty; nothing was changed")
    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise PassphraseUnavailableError("the two passphrases differ; nothing was changed")
    return first


@contextmanager
def _window_kept_out(journal_file: Path) -> Iterator[None]:
    """Hold the window's instance lock: converting a file the window has open would lose her edits,
    and a window started meanwhile waits for the conversion to finish.

    Only a lock the window holds says "open in the window"; a lock that cannot be taken
    (a full disk, a read-only folder) raises InstanceLockError, which says what happened.
    """
    from desktop.instance_lock import InstanceLock

    lock = InstanceLock(journal_file.parent)
    if not lock.acquire():
        raise PassphraseUnavailableError("the journal is open in the Recovery Journal window: close it first")
    try:
        yield
    finally:
        lock.release()


def run_passphrase_command(action: str, journal_file: Path, *, remove_damaged_backups: bool = False) -> str:
    """Do `passphrase ACTION` on the (closed) journal and return what to tell her.

    Raises PassphraseUnavailableError or EncryptionError with a one-line message.
    """
    with _window_kept_out(journal_file):
        return _run_passphrase_command(action, journal_file, remove_damaged_backups)


def _consent_to_remove_damaged(journal_file: Path, given: bool) -> bool:
    """Damaged plaintext backups cannot be encrypted: delete them only with her yes (the flag, or asked)."""
    from desktop.store.encryption import damaged_plain_backups

    damaged = damaged_plain_backups(journal_file)
    if not damaged or given:
        return given
    if not sys.stdin.isatty():
        return False  # set_passphrase then refuses with one line naming the flag's reason
    for backup in damaged:
        print(f"damaged backup (cannot be encrypted): {backup}", file=sys.stderr)
    answer = input(f"Delete {len(damaged)} damaged backup(s) so no plaintext copy stays? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _run_passphrase_command(action: str, journal_file: Path, remove_damaged_backups: bool = False) -> str:
    from desktop.store.encryption import EncryptionError, change_passphrase, remove_passphrase, set_passphrase

    if action == "set":
        from desktop.store.diagnosis import is_encrypted

        if is_encrypted(journal_file):
            raise PassphraseUnavailableError("the journal already has a passphrase: use 'passphrase change'")
        consent = _consent_to_remove_damaged(journal_file, remove_damaged_backups)
        try:
            report = set_passphrase(journal_file, new_passphrase(), remove_damaged=consent)
        except EncryptionError as error:
            if "damaged" in str(error) and not consent:
                raise EncryptionError(f"{error} (--remove-damaged-backups deletes them); nothing was changed") from None
            raise
        done, backups_verb = "The journal is now encrypted with your passphrase.", "encrypted"
    elif action == "change":
        old = current_passphrase(journal_file)
        if old is None:
            raise PassphraseUnavailableError("the journal has no passphrase yet: use 'passphrase set'")
        report = change_passphrase(journal_file, old, new_passphrase())
        done, backups_verb = "The passphrase was changed.", "re-encrypted with the new passphrase"
    else:
        old = current_passphrase(journal_file)
        if old is None:
            raise PassphraseUnavailableError("the journal has no passphrase to remove")
        report = remove_passphrase(journal_file, old)
        done, backups_verb = "The passphrase was removed: the journal is no longer encrypted.", "decrypted"
    lines = [done]
    if report.damaged_backups_removed:
        lines.append(f"{report.damaged_backups_removed} damaged backup(s) that could not be encrypted were deleted.")
    if report.backups_converted:
        count = report.backups_converted
        lines.append(f"{count} backup{'s' if count != 1 else ''} {'were' if count != 1 else 'was'} {backups_verb} too.")
    for skipped in report.backups_skipped:
        lines.append(f"A backup could not be converted (another passphrase, or damaged) and was left as it was: {skipped}")
    if action == "set":
        lines.append(
            "Old disk blocks may still hold earlier unencrypted copies; "
            "setting the passphrase at the first start avoids that."
        )
    return "\n".join(lines)
