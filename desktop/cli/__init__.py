"""The command line (a stable contract, see DESIGN.md): ``main`` and the console script's entry point.

The arguments are in :mod:`desktop.cli.parser`, the commands on an open journal
in :mod:`desktop.cli.commands`, those on the journal file in
:mod:`desktop.cli.backups`, passphrases in :mod:`desktop.cli.passphrase`.
Nothing here imports Qt: only the ``gui`` command does, when it starts the window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from desktop.cli.backups import PATH_HANDLERS
from desktop.cli.commands import HANDLERS, before_opening
from desktop.cli.parser import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    UsageError,
    build_parser,
    fail,
    plain_gui_args,
    subcommand,
)
from desktop.one_line import one_line
from desktop.paths import journal_path, resolve_data_dir

__all__ = ["build_parser", "entry_point", "main"]


def _fault_message(error: OSError) -> str:
    """An operating-system error in words, with the file it concerns (never a traceback)."""
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def _desktop_files(args: argparse.Namespace) -> int:
    """install-desktop / uninstall-desktop: files in the user's data dir, no journal opened."""
    from desktop import install_desktop

    home = install_desktop.data_home()
    if args.command == "uninstall-desktop":
        for path in install_desktop.uninstall(home):
            print(f"Removed {path}")
        return EXIT_OK
    executable = args.executable or install_desktop.running_launcher()
    if executable is None:
        return fail("cannot tell where the recovery-journal launcher is; name it with --exec PATH", EXIT_USAGE)
    if not (executable.is_absolute() and executable.is_file() and os.access(executable, os.X_OK)):
        return fail(f"{one_line(str(executable))} is not an executable absolute path", EXIT_USAGE)
    files = install_desktop.install(executable, home)
    for path in files.all():
        print(f"Installed {path}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code: 0 done, 2 bad input, 1 a fault (one line on stderr, never a traceback)."""
    try:
        args = plain_gui_args(sys.argv[1:] if argv is None else argv) or build_parser().parse_args(argv)
    except UsageError as error:
        return fail(error, EXIT_USAGE)
    if args.command in ("install-desktop", "uninstall-desktop"):
        try:
            return _desktop_files(args)
        except OSError as error:
            return fail(_fault_message(error), EXIT_PROBLEM)
    data_dir = resolve_data_dir(args.data_dir)
    if args.command in (None, "gui"):
        import gc

        gc.disable()  # until the first paint: start-up makes no garbage cycles (run_gui turns it back on)
        from desktop.ui.app import run_gui

        return run_gui(
            data_dir,
            exit_after_first_paint=getattr(args, "exit_after_first_paint", False),
            exit_when_ready=getattr(args, "exit_when_ready", False),
        )

    from desktop.cli.passphrase import PassphraseUnavailableError, current_passphrase, run_passphrase_command
    from desktop.instance_lock import InstanceLockError
    from desktop.store import JournalError, WrongPassphraseError, open_journal
    from desktop.store.backup import BackupError
    from desktop.store.cipher import connection_factory
    from desktop.store.diagnosis import JournalFaultError
    from desktop.store.encryption import EncryptionError

    path = journal_path(data_dir)
    command = (args.command, subcommand(args))
    try:
        if args.command == "passphrase":  # works on the closed file: convert, verify, swap
            print(run_passphrase_command(args.passphrase_command, path, remove_damaged_backups=args.remove_damaged_backups))
            return EXIT_OK
        if command in PATH_HANDLERS:  # works on the file itself, which may be damaged
            args.passphrase = current_passphrase(path)
            return PATH_HANDLERS[command](args, path, connection_factory(args.passphrase))
        handler = HANDLERS[command]
        before_opening(args)
        passphrase = current_passphrase(path)
        args.backup_connect = connection_factory(passphrase)  # a backup of an encrypted journal stays encrypted
        with open_journal(path, passphrase, verify=True) as journal:  # damaged pages never read as "no note"
            return handler(args, journal)
    except (UsageError, BackupError, PassphraseUnavailableError, EncryptionError, WrongPassphraseError) as error:
        return fail(error, EXIT_USAGE)
    except JournalFaultError as error:  # busy, read-only, full, damaged...: a fault, not bad input
        return fail(error, error.diagnosis.exit_code)
    except JournalError as error:
        return fail(error, EXIT_USAGE)
    except InstanceLockError as error:  # a full disk or read-only folder: a fault, never "open in the window"
        return fail(error, EXIT_PROBLEM)
    except BrokenPipeError:
        raise  # stdout closed early (piped into `head`): entry_point ends quietly
    except OSError as error:
        return fail(_fault_message(error), EXIT_PROBLEM)


def entry_point() -> None:
    from desktop.hardening import disable_core_dumps

    disable_core_dumps()  # first: no core file ever holds her passphrase or notes (CLI and window alike)
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: not an error worth a traceback
        sys.stderr.close()
        code = EXIT_OK
    raise SystemExit(code)

