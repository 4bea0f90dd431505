"""`check` and `backup {now,list,restore}`: commands on the journal file itself.

They never need the journal to open (it may be damaged, busy, or locked by a
passphrase she has lost), so they get its path and a connection factory instead.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME
from desktop.cli.parser import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, fail
from desktop.one_line import one_line

if TYPE_CHECKING:
    from desktop.store.backup import BackupCheck, ConnectionFactory


def _check(args: argparse.Namespace, path: Path, _connect: ConnectionFactory) -> int:
    """`check`: the journal's health, or exactly what keeps it from opening, then every backup's state.

    Works on the file itself (it may be damaged): a fault prints one line on
    stderr and the backups are still listed, with the newest good one named
    and a restore suggested only where a restore can help (damage, an empty
    or missing file).
    """
    from sqlalchemy.exc import DatabaseError

    from desktop.store import open_journal
    from desktop.store.diagnosis import JournalFaultError, diagnose_error

    passphrase: str | None = args.passphrase
    try:
        with open_journal(path, passphrase) as journal:
            print(f"journal: {path}")
            if args.repair_search:
                journal.rebuild_search_index()
                print("search index: rebuilt from the notes")
            try:
                integrity = journal.integrity_check()
            except DatabaseError as error:
                raise JournalFaultError(diagnose_error(path, passphrase, error)) from None
            counts = journal.counts()
            print(f"integrity: {_flat(integrity, 300)}")
            print(f"encrypted: {'yes' if journal.encrypted else 'no'}")
            if journal.read_only:
                print("access: read-only (the folder or the file cannot be written; reading works)")
                print("search index: not checked (checking it needs to write)")
            print(f"schema revision: {journal.schema_revision()}")
            print(
                f"events: {counts.events}, entries: {counts.entries}, "
                f"changed milestones: {counts.overrides}, own milestones: {counts.custom_milestones}"
            )
    except JournalFaultError as error:
        if error.diagnosis.exit_code == EXIT_USAGE:  # a wrong passphrase: one line, nothing else (it is her input)
            raise
        fail(error, EXIT_PROBLEM)
        print(f"journal: {path}")
        print(f"problem: {error.diagnosis.fault.value}")
        _print_backups(path, _backup_passphrase(passphrase), suggest_restore=error.diagnosis.offers_restore)
        return error.diagnosis.exit_code
    _print_backups(path, _backup_passphrase(passphrase), suggest_restore=integrity != "ok")
    return EXIT_OK if integrity == "ok" else EXIT_PROBLEM


def _backup_passphrase(passphrase: str | None) -> str | None:
    """The key for encrypted backups: the journal's, or the variable's when the journal itself cannot say."""
    from desktop.cli.passphrase import PASSPHRASE_ENV

    return passphrase or os.environ.get(PASSPHRASE_ENV) or None


def _print_backups(path: Path, passphrase: str | None, *, suggest_restore: bool) -> None:
    """Every backup with its state, and the newest good one among all of them (whatever their reason)."""
    from desktop.store.backup import BackupState, check_backups

    checks = check_backups(path, passphrase)
    newest = f", newest {checks[0].info.created.isoformat(sep=' ')} ({checks[0].info.path.name})" if checks else ""
    print(f"backups: {len(checks)}{newest}")
    for found in checks:
        print(f"  {found.info.created.isoformat(sep=' ')}  {found.info.reason:<14}  {_state_text(found)}  {found.info.path.name}")
    good = next((found.info for found in checks if found.state is BackupState.GOOD), None)
    if good is None:
        locked = any(found.state is BackupState.NEEDS_PASSPHRASE for found in checks)
        hint = " (encrypted backups need RECOVERY_JOURNAL_PASSPHRASE to be checked)" if locked else ""
        print(f"newest good backup: none found{hint}")
        return
    print(f"newest good backup: {good.path} ({good.entries} entries)")
    if suggest_restore:
        print(f"restore it with: {APP_NAME} backup restore {good.path}")


def _state_text(found: BackupCheck) -> str:
    from desktop.store.backup import BackupState

    if found.state is BackupState.GOOD:
        return f"good, {found.info.entries} entries"
    if found.state is BackupState.DAMAGED:
        return f"DAMAGED ({_flat(found.detail)})"
    return str(found.state.value)


def _flat(text: str, limit: int = 120) -> str:
    """SQLite's report of a damaged file, one problem per line, as one bounded line."""
    return one_line(" ".join(text.split()), limit)


def _backup_now(_args: argparse.Namespace, path: Path, connect: ConnectionFactory) -> int:
    from desktop.store.backup import back_up_now

    info = back_up_now(path, datetime.now(), connect=connect)
    print(f"Backed up {info.entries} entries to {info.path}.")
    return EXIT_OK


def _backup_list(args: argparse.Namespace, path: Path, _connect: ConnectionFactory) -> int:
    """Every backup with its state; a passphrase that opens neither the journal nor a backup is refused."""
    from desktop.store.backup import check_backups
    from desktop.store.cipher import key_opens
    from desktop.store.diagnosis import Fault, fault, judge_key

    passphrase: str | None = args.passphrase
    if passphrase is not None and not key_opens(path, passphrase):
        verdict = judge_key(path, passphrase)
        if verdict.fault in (Fault.WRONG_PASSPHRASE, Fault.PASSPHRASE_OR_DAMAGE):
            raise fault(verdict.fault, path, verdict.detail)
    checks = check_backups(path, _backup_passphrase(passphrase))
    if not checks:
        print("No backups yet.")
    for found in checks:
        print(f"{found.info.created.isoformat(sep=' ')}  {found.info.reason:<14}  {_state_text(found):<12}  {found.info.path}")
    return EXIT_OK


def _backup_restore(args: argparse.Namespace, path: Path, connect: ConnectionFactory) -> int:
    from desktop.store.backup import restore_backup

    safety = restore_backup(path, args.file.expanduser(), datetime.now(), connect)
    print(f"Restored {args.file.name}.")
    if safety is not None:
        print(f"The journal as it was is kept in {safety.path}.")
    return EXIT_OK


PathHandler = Callable[[argparse.Namespace, Path, "ConnectionFactory"], int]

# Commands that work on the journal file itself, without opening it (it may be damaged).
PATH_HANDLERS: dict[tuple[str, str | None], PathHandler] = {
    ("backup", "now"): _backup_now,
    ("backup", "list"): _backup_list,
    ("backup", "restore"): _backup_restore,
    ("check", None): _check,
}
