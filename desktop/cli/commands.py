"""The commands that work on an open journal: each gets the parsed args and the journal.

Each handler prints what it did in one or a few plain lines; errors are raised
and reported by :func:`desktop.cli.main` on one line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from desktop import APP_NAME
from desktop.cli.day import HANDLERS as DAY_HANDLERS
from desktop.cli.parser import EXIT_OK, UsageError

if TYPE_CHECKING:  # the store is imported only when a command needs it: start-up speed
    from desktop.guidance import Milestone
    from desktop.store import Journal


def print_json(value: object) -> None:
    import json  # only --json output needs it; `gui` starts without it

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def today_of(args: argparse.Namespace) -> date:
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
        print_json([{"id": e.id, "kind": e.kind.value, "date": e.date.isoformat(), "note": e.note} for e in events])
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
    from desktop.guidance.engine import day_zero_for
    from desktop.wording import Wording

    words = Wording()  # English, ISO dates: the command line's
    history = journal.history()
    today = today_of(args)
    milestones = _plan_for(journal, today)
    if args.json:
        print_json([m.to_json() | {"title": words.title(m)} for m in milestones])
        return EXIT_OK
    if day_zero_for(history) is None:
        print("No loss is recorded yet, so there is no plan. Record one with: event add miscarriage DATE")
        if not milestones:
            _print_coming_appointments(journal, today)
            return EXIT_OK
    else:
        print(words.header(history, milestones, today))
    for m in milestones:  # the window's words for the same facts, with ISO dates
        print(f"  {words.title(m):<36} {words.when(m):<32} {words.status(m):<20} {words.source_of(m)}")
    _print_coming_appointments(journal, today)
    print(words.not_medical_advice())
    return EXIT_OK


def _print_coming_appointments(journal: Journal, today: date) -> None:
    from desktop.cli.day import appointment_line

    coming = [a for a in journal.appointments() if a.day >= today]
    if coming:
        print("Appointments:")
        for appointment in coming:
            print(f"  {appointment_line(appointment, today)}")


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
        print_json(
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


def _export(args: argparse.Namespace, journal: Journal) -> int:
    from desktop.exchange.formats import ExportOptions, export_to

    options = ExportOptions(
        today=today_of(args),
        reminder_days=args.reminders,
        first=args.first,
        last=args.last,
        include_notes=args.include_notes,
        name=args.name if args.format == "pdf" else "",
    )
    if args.format in ("ics", "pdf"):
        _plan_for(journal, options.today)  # a date the plan cannot hold: one line naming it, no file written
    export_to(args.format, journal, args.path, options)
    print(f"Exported {args.format.upper()} to {args.path} (not encrypted: keep it somewhere private).")
    return EXIT_OK


def _import(args: argparse.Namespace, journal: Journal) -> int:
    if args.source is not None:  # another app's export: its preview, then one transaction (or --dry-run)
        from desktop.exchange.importers.preview import import_for_command_line

        print("\n".join(import_for_command_line(args.source, journal, args.path, journal.today(), dry_run=args.dry_run)))
        return EXIT_OK
    from desktop.exchange.json_format import import_json

    summary = import_json(  # validated again: the file may have changed
        journal, args.path, replace_all=args.replace, connect=args.backup_connect
    )
    how = "Replaced the journal with" if summary.replaced else "Imported"
    print(f"{how} {args.path.name}: {summary.added} records added, {summary.skipped} already present or empty.")
    return EXIT_OK


def before_opening(args: argparse.Namespace) -> None:
    """Checks that need more than argparse, made before the journal is opened (or created)."""
    if args.command == "export":
        if args.reminders is not None and args.reminders < 0:
            raise UsageError("--reminders must be 0 or more days")
        if args.first and args.last and args.first > args.last:
            raise UsageError("--from must not be after --to")
        if args.format == "pdf" and args.first is None and args.last is not None:
            raise UsageError("--to needs --from")
    if args.command == "import" and args.source is not None:
        if args.replace:
            raise UsageError("--replace is for a Recovery Journal export; an import --from another app only adds")
        from desktop.exchange.importers.apps import APPS

        APPS[args.source][1](args.path)  # a file that is not that app's export: one line, before the journal opens
    elif args.command == "import":
        if args.dry_run:
            raise UsageError("--dry-run goes with --from APP")
        from desktop.exchange.json_format import read_import_file

        read_import_file(args.path)


Handler = Callable[[argparse.Namespace, "Journal"], int]

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
    **DAY_HANDLERS,  # day show/set, appointment add/list/delete/answer (desktop/cli/day.py)
}
