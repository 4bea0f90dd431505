"""The command line for what a day holds beyond its note, and for appointments (issue 16).

    day show DATE [--json]
    day set DATE [--test-result R] [--hcg N] [--discharge D] [--medicine "NAME|DOSE|HH:MM" ...] [--clear FIELD ...]
    appointment add DATE TIME [--title T] [--place P] [--other]
    appointment list [--json]
    appointment delete ID
    appointment answer ID {happened,not-happened}

Every value goes through the store's rules (``records.validate_day``,
``records.check_appointment``): a refusal is one line on stderr, exit 2,
nothing written. Kept apart from commands.py so that module stays about the
stable contract.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from typing import TYPE_CHECKING, Any

from desktop.one_line import one_line

if TYPE_CHECKING:
    from desktop.store import Journal
    from desktop.store.records import Appointment, DayRecord, MedicineTaken

TEST_RESULT_CHOICES = ("negative", "faint", "positive")  # records.TEST_RESULTS (not imported: start-up speed)
DISCHARGE_CHOICES = ("none", "usual", "unusual")  # records.DISCHARGE_KINDS
CLEARABLE = ("test-result", "hcg", "discharge", "medicines")
ANSWERS = ("happened", "not-happened")


def _time_of_day(text: str) -> time:
    try:
        if len(text.strip()) != 5:
            raise ValueError
        return time.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{one_line(text)}' is not a time of day; write HH:MM, like 10:30") from None


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{one_line(text)}' is not a number (hCG in mIU/mL, like 1250)") from None


def _medicine(text: str) -> MedicineTaken:
    from desktop.store.records import MedicineTaken

    name, dose, at = ([*text.split("|"), "", ""])[:3]
    if text.count("|") > 2:
        raise argparse.ArgumentTypeError(f"'{one_line(text)}': write a medicine as NAME, NAME|DOSE or NAME|DOSE|HH:MM")
    return MedicineTaken(name.strip(), dose.strip(), _time_of_day(at) if at.strip() else None)


def add_parsers(commands: Any, iso_date: Callable[[str], date]) -> None:  # argparse's _SubParsersAction
    day = commands.add_parser("day", help="what a day holds beyond its note: tests, hCG, medicines, discharge")
    day_commands = day.add_subparsers(dest="day_command", required=True, metavar="{show,set}")
    show = day_commands.add_parser("show", help="print everything recorded for the day")
    show.add_argument("date", type=iso_date, metavar="DATE")
    show.add_argument("--json", action="store_true")
    set_ = day_commands.add_parser("set", help="record values for the day (the others are kept)")
    set_.add_argument("date", type=iso_date, metavar="DATE")
    set_.add_argument("--test-result", choices=TEST_RESULT_CHOICES, help="a pregnancy test as you read it")
    set_.add_argument("--hcg", type=_number, metavar="N", help="an hCG blood value in mIU/mL")
    set_.add_argument("--discharge", choices=DISCHARGE_CHOICES, help="unusual: a colour or smell not usual for you")
    set_.add_argument("--medicine", type=_medicine, action="append", metavar="NAME|DOSE|HH:MM",
                      help="a medicine taken that day (repeat for more; replaces the day's list)")
    set_.add_argument("--clear", choices=CLEARABLE, action="append", default=[], help="record FIELD as not recorded")

    appointment = commands.add_parser("appointment", help="appointments booked ahead, with a time and a place")
    appointment_commands = appointment.add_subparsers(
        dest="appointment_command", required=True, metavar="{add,list,delete,answer}"
    )
    add = appointment_commands.add_parser("add", help="book an appointment (a consultation unless --other)")
    add.add_argument("date", type=iso_date, metavar="DATE")
    add.add_argument("time", type=_time_of_day, metavar="HH:MM")
    add.add_argument("--title", default="", help="what it is (needed with --other)")
    add.add_argument("--place", default="")
    add.add_argument("--other", action="store_true", help="not a consultation with a gynecologist")
    listing = appointment_commands.add_parser("list", help="list appointments")
    listing.add_argument("--json", action="store_true")
    delete = appointment_commands.add_parser("delete", help="delete an appointment")
    delete.add_argument("id", type=int, metavar="ID")
    answer = appointment_commands.add_parser("answer", help="say whether a past appointment happened")
    answer.add_argument("id", type=int, metavar="ID")
    answer.add_argument("answer", choices=ANSWERS)


def day_json(entry: DayRecord) -> dict[str, object]:
    """The day as the JSON export writes a page: one shape for both."""
    from desktop.exchange.json_format import page_document

    return page_document(entry)


def _day_show(args: argparse.Namespace, journal: Journal) -> int:
    from desktop.exchange.csv_format import medicine_text
    from desktop.exchange.hcg_figure import value_text
    from desktop.store.records import DayRecord

    entry = journal.entry(args.date)
    if args.json:
        _print_json(day_json(entry or DayRecord(args.date)))
        return 0
    if entry is None:
        print(f"Nothing recorded for {args.date.isoformat()}.")
        return 0
    lines = [
        ("Bleeding", entry.bleeding),
        ("Pain", None if entry.pain is None else f"{entry.pain} of 10"),
        ("Temperature", None if entry.temperature_c is None else f"{entry.temperature_c:.1f} °C"),
        ("Mood", None if entry.mood is None else f"{entry.mood} of 5"),
        ("Tags", ", ".join(entry.tags) or None),
        ("Test result", entry.test_result),
        ("hCG", None if entry.hcg_miu_ml is None else f"{value_text(entry.hcg_miu_ml)} mIU/mL"),
        ("Medicines", "; ".join(medicine_text(m) for m in entry.medicines) or None),
        ("Discharge", entry.discharge),
    ]
    print(entry.date.isoformat())
    for label, value in lines:
        print(f"  {label + ':':<13} {value if value is not None else 'not recorded'}")
    _print_warning_note(entry)
    if entry.text:
        print(entry.text)
    return 0


def _day_set(args: argparse.Namespace, journal: Journal) -> int:
    from desktop.store.records import DayRecord

    current = journal.entry(args.date)
    record: DayRecord = current or DayRecord(args.date)
    changes: dict[str, object] = {}
    if args.test_result is not None:
        changes["test_result"] = args.test_result
    if args.hcg is not None:
        changes["hcg_miu_ml"] = args.hcg
    if args.discharge is not None:
        changes["discharge"] = args.discharge
    if args.medicine:
        changes["medicines"] = tuple(args.medicine)
    names = {"test-result": "test_result", "hcg": "hcg_miu_ml", "discharge": "discharge", "medicines": "medicines"}
    for field in args.clear:
        changes[names[field]] = () if field == "medicines" else None
    if not changes:
        raise _usage("give at least one of --test-result, --hcg, --discharge, --medicine or --clear")
    saved = journal.save_day(replace(_plain(record), **changes))  # type: ignore[arg-type]
    print(f"Saved {args.date.isoformat()}." if saved else f"Nothing is recorded for {args.date.isoformat()} now.")
    if saved is not None:
        _print_warning_note(saved)
    return 0


def _print_warning_note(entry: DayRecord) -> None:
    """The window's note for a warning sign (fever, heavy bleeding, unusual discharge), naming its guidance."""
    from desktop.guidance.temperature import TemperatureUnit
    from desktop.guidance.warning_signs import warning_notes
    from desktop.wording import Wording

    text = Wording().warning_notes(warning_notes(entry.temperature_c, entry.bleeding, entry.discharge), TemperatureUnit.CELSIUS)
    if text:
        print(text)


def _plain(record: DayRecord) -> DayRecord:
    from desktop.store.records import DayRecord

    return DayRecord(
        record.date, record.text, record.bleeding, record.pain, record.temperature_c, record.mood, record.tags,
        record.test_result, record.hcg_miu_ml, record.medicines, record.discharge,
    )


def appointment_line(appointment: Appointment, today: date) -> str:
    """"2027-01-05 10:30  Consultation with a gynecologist, Clinic  (in 3 days, 10:30)": the window's words."""
    from desktop.wording import Wording

    words = Wording()
    where = f", {appointment.place}" if appointment.place else ""
    return (f"{appointment.day.isoformat()} {appointment.at.strftime('%H:%M')}  "
            f"{words.appointment_title(appointment)}{where}  ({words.appointment_status(appointment, today)})")


def _appointment_add(args: argparse.Namespace, journal: Journal) -> int:
    from desktop.store.records import Appointment

    booked = journal.add_appointment(
        Appointment(args.date, args.time, title=args.title, place=args.place, consultation=not args.other)
    )
    print(f"Booked: {appointment_line(booked, date.today())} [id {booked.id}]")
    return 0


def _appointment_list(args: argparse.Namespace, journal: Journal) -> int:
    appointments = journal.appointments()
    if args.json:
        _print_json([
            {"id": a.id, "date": a.day.isoformat(), "time": a.at.strftime("%H:%M"), "title": a.title,
             "place": a.place, "consultation": a.consultation, "outcome": a.outcome}
            for a in appointments
        ])
    elif not appointments:
        print("No appointments booked.")
    else:
        today = date.today()
        for appointment in appointments:
            print(f"[{appointment.id}] {appointment_line(appointment, today)}")
    return 0


def _appointment_delete(args: argparse.Namespace, journal: Journal) -> int:
    deleted = journal.delete_appointment(args.id)
    print(f"Deleted the appointment on {deleted.day.isoformat()} at {deleted.at.strftime('%H:%M')}.")
    return 0


def _appointment_answer(args: argparse.Namespace, journal: Journal) -> int:
    answered = journal.answer_appointment(args.id, args.answer)
    recorded = " The consultation date is recorded." if answered.consultation and args.answer == "happened" else ""
    print(f"Noted for the appointment on {answered.day.isoformat()}.{recorded}")
    return 0


def _usage(message: str) -> Exception:
    from desktop.store import JournalError

    return JournalError(message)


def _print_json(value: object) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Journal], int]] = {
    ("day", "show"): _day_show,
    ("day", "set"): _day_set,
    ("appointment", "add"): _appointment_add,
    ("appointment", "list"): _appointment_list,
    ("appointment", "delete"): _appointment_delete,
    ("appointment", "answer"): _appointment_answer,
}
