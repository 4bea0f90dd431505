"""What the command line accepts (a stable contract, see DESIGN.md) and how it refuses.

Every argument is parsed and validated before the journal is opened, so bad
input prints one line on stderr, exits 2 and writes nothing. The exit codes and
the one-line error live here because every command module reports through them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from desktop import APP_NAME, __version__
from desktop.guidance.dates import parse_iso_date
from desktop.guidance.kinds import EVENT_KINDS
from desktop.one_line import error_line, one_line

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXPORT_FORMATS = ("json", "csv", "ics", "pdf")
IMPORT_APPS = ("drip", "mensinator", "jrnl", "dayone")  # the keys of desktop.exchange.importers.apps.APPS


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
    gui.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit once the journal is open, the month painted and the note takes typing (benchmarks)",
    )

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
    when.add_argument("--days", type=int, metavar="N", help="N days after the procedure (or the miscarriage when no procedure is recorded)")
    change.add_argument("--note", default="")
    reset = milestone.add_parser("reset", help="go back to the article's date")
    reset.add_argument("key", metavar="KEY")
    own = milestone.add_parser("add", help="add a milestone of your own")
    own.add_argument("title", metavar="TITLE")
    own.add_argument("date", type=_iso_date, metavar="DATE")
    own.add_argument("--note", default="")

    from desktop.cli.day import add_parsers as add_day_parsers

    add_day_parsers(commands, _iso_date)  # day show/set, appointment add/list/delete/answer (issue 16)

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
    export.add_argument("--name", default="", metavar="NAME", help="pdf: a name on every page (none by default)")

    import_ = commands.add_parser(
        "import",
        help="merge a JSON export into the journal (a day with a different page stops the import; "
        "--replace replaces the whole journal after backing it up)",
    )
    import_.add_argument("path", type=Path, metavar="PATH")
    import_.add_argument("--replace", action="store_true", help="replace everything (a backup is made first)")
    import_.add_argument("--from", dest="source", choices=IMPORT_APPS, metavar="{drip,mensinator,jrnl,dayone}",
                         help="PATH is that app's export; days that already have a page are kept as they are")
    import_.add_argument("--dry-run", action="store_true", help="with --from: show what would be added, write nothing")

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


def plain_gui_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """``[--data-dir DIR] [gui [--exit-after-first-paint | --exit-when-ready]]`` read without building every
    subcommand's parser (~10 ms of start-up); anything else returns None for the full parser."""
    tokens, data_dir = list(argv), None
    if len(tokens) >= 2 and tokens[0] == "--data-dir" and not tokens[1].startswith("-"):
        data_dir, tokens = tokens[1], tokens[2:]
    if tokens in ([], ["gui"], ["gui", "--exit-after-first-paint"], ["gui", "--exit-when-ready"]):
        return argparse.Namespace(
            data_dir=data_dir,
            command="gui" if tokens else None,
            exit_after_first_paint=tokens[1:] == ["--exit-after-first-paint"],
            exit_when_ready=tokens[1:] == ["--exit-when-ready"],
        )
    return None


def subcommand(args: argparse.Namespace) -> str | None:
    """The second word of a two-word command (`event add`), or None for a one-word command."""
    value = getattr(args, f"{args.command}_command", None)
    return value if isinstance(value, str) else None


def fail(error: object, code: int) -> int:
    """Every error of the command line goes out here: "recovery-journal: <one bounded line>", then the exit code."""
    print(f"{APP_NAME}: {error_line(error)}", file=sys.stderr)
    return code
