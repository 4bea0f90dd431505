"""The command line (a stable contract, see DESIGN.md).

Every argument is parsed and validated before the journal is opened, so bad
input prints one line on stderr, exits 2 and writes nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop import APP_NAME, __version__
from desktop.guidance.dates import parse_iso_date
from desktop.guidance.kinds import EVENT_KINDS
from desktop.one_line import error_line, one_line
from desktop.paths import journal_path, resolve_data_dir

if TYPE_CHECKING:  # the store is imported only when a command needs it: start-up speed
    from desktop.guidance import Milestone
    from desktop.store import Journal
    from desktop.store.backup import BackupCheck, ConnectionFactory

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXPORT_FORMATS = ("json", "csv", "ics", "pdf")


class UsageError(Exception):
    """Bad input: reported on one line, exit 2, nothing written."""


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus a message; the contract wants one clear line."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _iso_date(text: str) -> date:
    try:
        return parse_iso_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _event_kind(text: str) -> str:
    value = text.strip().lower()
    if value not in EVENT_KINDS:
        raise argparse.ArgumentTypeError(
            f"unknown event kind '{one_line(text)}' (choose one of: {', '.join(EVENT_KINDS)})"
        )
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{one_line(text)}' is not a whole number of at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(prog=APP_NAME, description="A private, offline recovery journal.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", help="where the journal lives (overrides RECOVERY_JOURNAL_DATA_DIR)")
    commands = parser.add_subparsers(dest="command", parser_class=_OneLineParser)

    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--exit-after-first-paint", action="store_true", help="for smoke tests and benchmarks")

    event = commands.add_parser("event", help="record or list dates").add_subparsers(
        dest="event_command", required=True, parser_class=_OneLineParser
    )
    event_add = event.add_parser("add", help="record a date")
    event_add.add_argument("kind", type=_event_kind, metavar="KIND", help=" | ".join(EVENT_KINDS))
    event_add.add_argument("date", type=_iso_date, metavar="DATE")
    event_add.add_argument("--note", default="")
    event_list = event.add_parser("list", help="list recorded dates")
    event_list.add_argument("--json", action="store_true")
    event_delete = event.add_parser("delete", help="delete a recorded date (to correct it, delete it and add it again)")
    event_delete.add_argument("kind", type=_event_kind, metavar="KIND", help=" | ".join(EVENT_KINDS))
    event_delete.add_argument("date", type=_iso_date, metavar="DATE")

    note = commands.add_parser("note", help="a day's journal note").add_subparsers(
        dest="note_command", required=True, parser_class=_OneLineParser
    )
    note_set = note.add_parser("set", help="replace the day's note (an empty text removes it)")
    note_set.add_argument("date", type=_iso_date, metavar="DATE")
    note_set.add_argument("text", metavar="TEXT")
    note_show = note.add_parser("show", help="print the day's note")
    note_show.add_argument("date", type=_iso_date, metavar="DATE")

    milestones = commands.add_parser("milestones", help="the plan for the most recent loss")
    milestones.add_argument("--json", action="store_true")
    milestones.add_argument("--today", type=_iso_date, metavar="DATE", help="compute as if today were DATE")

    milestone = commands.add_parser("milestone", help="change or add a milestone").add_subparsers(
        dest="milestone_command", required=True, parser_class=_OneLineParser
    )
    change = milestone.add_parser("change", help="use your doctor's date for one of the article's milestones")
    change.add_argument("key", metavar="KEY")
    when = change.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", type=_iso_date, metavar="DATE")
    when.add_argument("--days", type=int, metavar="N", help="N days after day 0")
    change.add_argument("--note", default="")
    reset = milestone.add_parser("reset", help="go back to the article's date")
    reset.add_argument("key", metavar="KEY")
    own = milestone.add_parser("add", help="add a milestone of your own")
    own.add_argument("title", metavar="TITLE")
    own.add_argument("date", type=_iso_date, metavar="DATE")
    own.add_argument("--note", default="")

    search = commands.add_parser("search", help="find days by words in their note or tags")
    search.add_argument("query", metavar="QUERY", help="plain words; OR between words; \"a phrase\"")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=_positive_int, default=50, metavar="N", help="at most N days (default 50)")
    search.add_argument("--raw", action="store_true", help="QUERY is SQLite FTS5 syntax")

    check = commands.add_parser("check", help="report integrity, schema revision, counts and backups")
    check.add_argument("--repair-search", action="store_true", help="rebuild the search index from the notes first")

    export = commands.add_parser("export", help="write the journal (or a summary) to a file; files are NOT encrypted")
    export.add_argument("format", choices=EXPORT_FORMATS, metavar="{json,csv,ics,pdf}",
                        help="json: everything, for import; csv: daily entries; ics: calendar; pdf: doctor's summary")
    export.add_argument("path", type=Path, metavar="PATH")
    export.add_argument("--today", type=_iso_date, metavar="DATE", help="ics/pdf: milestone status as of DATE")
    export.add_argument("--reminders", type=int, metavar="DAYS", help="ics: a reminder DAYS before each coming date")
    export.add_argument("--from", dest="first", type=_iso_date, metavar="DATE", help="pdf: symptom table from DATE")
    export.add_argument("--to", dest="last", type=_iso_date, metavar="DATE", help="pdf: symptom table up to DATE")
    export.add_argument("--include-notes", action="store_true", help="pdf: add the day notes (left out by default)")

    import_ = commands.add_parser(
        "import",
        help="merge a JSON export into the journal (a day with a different page stops the import; "
        "--replace replaces the whole journal after backing it up)",
    )
    import_.add_argument("path", type=Path, metavar="PATH")
    import_.add_argument("--replace", action="store_true", help="replace everything (a backup is made first)")

    backup = commands.add_parser(
        "backup", help="copies of the journal in <data dir>/backups (one is made on the first open each day)"
    ).add_subparsers(dest="backup_command", required=True, parser_class=_OneLineParser)
    backup.add_parser("now", help="back up the journal now")
    backup.add_parser("list", help="list backups, newest first, with dates and entry counts")
    restore = backup.add_parser(
        "restore", help="replace the journal with a backup (the current journal is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a backup file, as `backup list` shows it")

    desktop_install = commands.add_parser(
        "install-desktop", help="add the app to your menus: desktop file, icon, AppStream metainfo (this user only)"
    )
    desktop_install.add_argument("--exec", dest="executable", type=Path, metavar="PATH",
                                 help="the launcher the menu entry starts (default: this recovery-journal)")
    commands.add_parser("uninstall-desktop", help="remove what install-desktop added")

    passphrase = commands.add_parser("passphrase", help="encrypt the journal, change or remove its passphrase")
    passphrase.add_argument("passphrase_command", choices=("set", "change", "remove"), metavar="{set,change,remove}")
    passphrase.add_argument("--remove-damaged-backups", action="store_true",
                            help="set: delete damaged plaintext backups, which cannot be encrypted")
    return parser


def _print_json(value: object) -> None:
    import json  # only --json output needs it; `gui` starts without it

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _today(args: argparse.Namespace) -> date:
    today: date | None = getattr(args, "today", None)
    return today or date.today()


# -- command handlers: each gets the parsed args and an open journal ------------------


def _event_add(args: argparse.Namespace, journal: Journal) -> int:
    record = journal.add_event(args.kind, args.date, args.note)
    print(f"Recorded {record.kind.label.lower()} on {record.date.isoformat()}.")
    return EXIT_OK


def _event_list(args: argparse.Namespace, journal: Journal) -> int:
    events = journal.list_events()
    if args.json:
        _print_json([{"id": e.id, "kind": e.kind.value, "date": e.date.isoformat(), "note": e.note} for e in events])
    elif not events:
        print("No dates recorded yet.")
    else:
        for e in events:
            print(f"{e.date.isoformat()}  {e.kind.value:<12}  {e.note}".rstrip())
    return EXIT_OK


def _event_delete(args: argparse.Namespace, journal: Journal) -> int:
    """Delete one date; with copies of it on the same day, one goes and the line says how many remain."""
    from desktop.guidance import EventKind

    record, remaining = journal.delete_event_on(EventKind(args.kind), args.date)
    print(f"Deleted the {record.kind.label.lower()} date {record.date.isoformat()}.")
    if remaining:
        print(f"{remaining} more {record.kind.value} date(s) on {record.date.isoformat()} remain; "
              "run the command again to delete another.")
    return EXIT_OK


def _plan_for(journal: Journal, today: date) -> list[Milestone]:
    """The plan, or a JournalError of one line naming the date to correct when it cannot be worked out."""
    from desktop.guidance import milestones_for
    from desktop.guidance.engine import UnplannableDateError
    from desktop.store import JournalError

    try:
        return milestones_for(journal.history(), today)
    except UnplannableDateError as error:
        fix = (
            f"; correct it with: {APP_NAME} event delete {error.kind.value} {error.day.isoformat()}"
            if error.kind is not None and error.day is not None
            else ""
        )
        raise JournalError(f"{error}{fix}") from None


def _note_set(args: argparse.Namespace, journal: Journal) -> int:
    saved = journal.save_entry(args.date, args.text)
    print(f"Saved the note for {args.date.isoformat()}." if saved else f"Removed the note for {args.date.isoformat()}.")
    return EXIT_OK


def _note_show(args: argparse.Namespace, journal: Journal) -> int:
    entry = journal.entry(args.date)
    if entry is None:
        print(f"No note for {args.date.isoformat()}.", file=sys.stderr)
    else:
        print(entry.text)
    return EXIT_OK


def _milestones(args: argparse.Namespace, journal: Journal) -> int:
    from desktop.guidance.engine import day_zero_for, header_line, source_label

    history = journal.history()
    today = _today(args)
    milestones = _plan_for(journal, today)
    if args.json:
        _print_json([m.to_json() for m in milestones])
        return EXIT_OK
    if day_zero_for(history) is None:
        print("No loss is recorded yet, so there is no plan. Record one with: event add miscarriage DATE")
        if not milestones:
            return EXIT_OK
    else:
        print(header_line(history, milestones, today))
    for m in milestones:
        when = m.start.isoformat() if m.start else ""
        if m.end is not None:
            when += f" to {m.end.isoformat()} (not incl.)"
        status = m.status if m.days_remaining is None else f"{m.status}, {_days_phrase(m)}"
        print(f"  {m.title:<36} {when:<32} {status:<20} {source_label(m.source)}")
    print("Dates come from the article 'Sex after a miscarriage' or from your doctor. This is not medical advice.")
    return EXIT_OK


def _days_phrase(m: Milestone) -> str:
    """"1 day", "5 days"; a window under way counts the days it has left."""
    days = m.days_remaining or 0
    phrase = f"{days} day" if abs(days) == 1 else f"{days} days"
    return f"{phrase} left" if m.is_band and m.status == "today" else phrase


def _milestone_change(args: argparse.Namespace, journal: Journal) -> int:
    journal.set_override(args.key, day=args.date, offset_days=args.days, note=args.note)
    print(f"Changed '{args.key}' to your doctor's date.")
    return EXIT_OK


def _milestone_reset(args: argparse.Namespace, journal: Journal) -> int:
    journal.reset_override(args.key)
    print(f"'{args.key}' follows the article again.")
    return EXIT_OK


def _milestone_add(args: argparse.Namespace, journal: Journal) -> int:
    record = journal.add_custom_milestone(args.title, args.date, args.note)
    print(f"Added '{record.title}' on {record.date.isoformat()}.")
    return EXIT_OK


def _search(args: argparse.Namespace, journal: Journal) -> int:
    hits = journal.search(args.query, args.limit, raw=args.raw)
    if args.json:
        _print_json(
            [
                {"date": h.date.isoformat(), "snippet": h.marked(), "rank": rank, "score": round(h.score, 4), "in_tags": h.in_tags}
                for rank, h in enumerate(hits, start=1)
            ]
        )
    elif not hits:
        print("Nothing found.")
    else:
        for rank, h in enumerate(hits, start=1):
            print(f"{rank:>3}. {h.date.isoformat()}  {'tags: ' if h.in_tags else ''}{h.marked()}")
    return EXIT_OK


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
        _fail(error, EXIT_PROBLEM)
        print(f"journal: {path}")
        print(f"problem: {error.diagnosis.fault.value}")
        _print_backups(path, _backup_passphrase(passphrase), suggest_restore=error.diagnosis.offers_restore)
        return error.diagnosis.exit_code
    _print_backups(path, _backup_passphrase(passphrase), suggest_restore=integrity != "ok")
    return EXIT_OK if integrity == "ok" else EXIT_PROBLEM


def _backup_passphrase(passphrase: str | None) -> str | None:
    """The key for encrypted backups: the journal's, or the variable's when the journal itself cannot say."""
    from desktop.cli_passphrase import PASSPHRASE_ENV

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


def _export(args: argparse.Namespace, journal: Journal) -> int:
    from desktop.exchange.formats import ExportOptions, export_to

    options = ExportOptions(
        today=_today(args),
        reminder_days=args.reminders,
        first=args.first,
        last=args.last,
        include_notes=args.include_notes,
    )
    if args.format in ("ics", "pdf"):
        _plan_for(journal, options.today)  # a date the plan cannot hold: one line naming it, no file written
    export_to(args.format, journal, args.path, options)
    print(f"Exported {args.format.upper()} to {args.path} (not encrypted: keep it somewhere private).")
    return EXIT_OK


def _import(args: argparse.Namespace, journal: Journal) -> int:
    from desktop.exchange.json_format import import_json

    summary = import_json(  # validated again: the file may have changed
        journal, args.path, replace_all=args.replace, connect=args.backup_connect
    )
    how = "Replaced the journal with" if summary.replaced else "Imported"
    print(f"{how} {args.path.name}: {summary.added} records added, {summary.skipped} already present or empty.")
    return EXIT_OK


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


def _before_opening(args: argparse.Namespace) -> None:
    """Checks that need more than argparse, made before the journal is opened (or created)."""
    if args.command == "export":
        if args.reminders is not None and args.reminders < 0:
            raise UsageError("--reminders must be 0 or more days")
        if args.first and args.last and args.first > args.last:
            raise UsageError("--from must not be after --to")
        if args.format == "pdf" and args.first is None and args.last is not None:
            raise UsageError("--to needs --from")
    if args.command == "import":
        from desktop.exchange.json_format import read_import_file

        read_import_file(args.path)


Handler = Callable[[argparse.Namespace, "Journal"], int]
PathHandler = Callable[[argparse.Namespace, Path, "ConnectionFactory"], int]

# Commands that work on the journal file itself, without opening it (it may be damaged).
PATH_HANDLERS: dict[tuple[str, str | None], PathHandler] = {
    ("backup", "now"): _backup_now,
    ("backup", "list"): _backup_list,
    ("backup", "restore"): _backup_restore,
    ("check", None): _check,
}

HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("event", "add"): _event_add,
    ("event", "list"): _event_list,
    ("event", "delete"): _event_delete,
    ("note", "set"): _note_set,
    ("note", "show"): _note_show,
    ("milestones", None): _milestones,
    ("milestone", "change"): _milestone_change,
    ("milestone", "reset"): _milestone_reset,
    ("milestone", "add"): _milestone_add,
    ("search", None): _search,
    ("export", None): _export,
    ("import", None): _import,
}


def _subcommand(args: argparse.Namespace) -> str | None:
    value = getattr(args, f"{args.command}_command", None)
    return value if isinstance(value, str) else None


def _plain_gui_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """``[--data-dir DIR] [gui [--exit-after-first-paint]]`` read without building every
    subcommand's parser (~10 ms of start-up); anything else returns None for the full parser."""
    tokens, data_dir = list(argv), None
    if len(tokens) >= 2 and tokens[0] == "--data-dir" and not tokens[1].startswith("-"):
        data_dir, tokens = tokens[1], tokens[2:]
    if tokens in ([], ["gui"], ["gui", "--exit-after-first-paint"]):
        return argparse.Namespace(
            data_dir=data_dir, command="gui" if tokens else None, exit_after_first_paint=len(tokens) == 2
        )
    return None


def _fail(error: object, code: int) -> int:
    """Every error of the command line goes out here: "recovery-journal: <one bounded line>", then the exit code."""
    print(f"{APP_NAME}: {error_line(error)}", file=sys.stderr)
    return code


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
        return _fail("cannot tell where the recovery-journal launcher is; name it with --exec PATH", EXIT_USAGE)
    if not (executable.is_absolute() and executable.is_file() and os.access(executable, os.X_OK)):
        return _fail(f"{one_line(str(executable))} is not an executable absolute path", EXIT_USAGE)
    files = install_desktop.install(executable, home)
    for path in files.all():
        print(f"Installed {path}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _plain_gui_args(sys.argv[1:] if argv is None else argv) or build_parser().parse_args(argv)
    except UsageError as error:
        return _fail(error, EXIT_USAGE)
    if args.command in ("install-desktop", "uninstall-desktop"):
        try:
            return _desktop_files(args)
        except OSError as error:
            return _fail(_fault_message(error), EXIT_PROBLEM)
    data_dir = resolve_data_dir(args.data_dir)
    if args.command in (None, "gui"):
        from desktop.ui.app import run_gui

        return run_gui(data_dir, exit_after_first_paint=getattr(args, "exit_after_first_paint", False))

    from desktop.cli_passphrase import PassphraseUnavailableError, current_passphrase, run_passphrase_command
    from desktop.instance_lock import InstanceLockError
    from desktop.store import JournalError, WrongPassphraseError, open_journal
    from desktop.store.backup import BackupError
    from desktop.store.cipher import connection_factory
    from desktop.store.diagnosis import JournalFaultError
    from desktop.store.encryption import EncryptionError

    path = journal_path(data_dir)
    command = (args.command, _subcommand(args))
    try:
        if args.command == "passphrase":  # works on the closed file: convert, verify, swap
            print(run_passphrase_command(args.passphrase_command, path, remove_damaged_backups=args.remove_damaged_backups))
            return EXIT_OK
        if command in PATH_HANDLERS:  # works on the file itself, which may be damaged
            args.passphrase = current_passphrase(path)
            return PATH_HANDLERS[command](args, path, connection_factory(args.passphrase))
        handler = HANDLERS[command]
        _before_opening(args)
        passphrase = current_passphrase(path)
        args.backup_connect = connection_factory(passphrase)  # a backup of an encrypted journal stays encrypted
        with open_journal(path, passphrase, verify=True) as journal:  # damaged pages never read as "no note"
            return handler(args, journal)
    except (UsageError, BackupError, PassphraseUnavailableError, EncryptionError, WrongPassphraseError) as error:
        return _fail(error, EXIT_USAGE)
    except JournalFaultError as error:  # busy, read-only, full, damaged...: a fault, not bad input
        return _fail(error, error.diagnosis.exit_code)
    except JournalError as error:
        return _fail(error, EXIT_USAGE)
    except InstanceLockError as error:  # a full disk or read-only folder: a fault, never "open in the window"
        return _fail(error, EXIT_PROBLEM)
    except BrokenPipeError:
        raise  # stdout closed early (piped into `head`): entry_point ends quietly
    except OSError as error:
        return _fail(_fault_message(error), EXIT_PROBLEM)


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

