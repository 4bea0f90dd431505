"""Screenshots of the journal's parts in the real window: search, the day's fields, an appointment, Recorded dates,
Timeline and trends (with hCG), Export and Restore from backup.

    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" .venv/bin/python docs/journal_screenshots.py [--dark] [--only NAME]

One throw-away journal (a loss 38 days ago, symptoms, a fever, medicines, hCG
values and tests, a period, a consultation, an appointment booked, backups) is opened in the window that ``make run`` opens; each
part is opened through its own menu action, as she would, and grabbed. Saves
``docs/screenshots/<name>[-dark].png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, TODAY, save_png, settle, start_app  # noqa: E402 — the same start-up and saving

LOSS = TODAY - timedelta(days=38)


def seed(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.records import Appointment, DayRecord, MedicineTaken

    journal.add_event("miscarriage", LOSS - timedelta(days=2), "At home")
    journal.add_event("procedure", LOSS, "Day clinic")
    journal.add_event("period", LOSS + timedelta(days=31))
    journal.add_event("consultation", LOSS + timedelta(days=35), "Dr. Novak")
    notes = {
        1: ("Tired. Bleeding heavier than I thought.", "heavy", 6, 37.6, 2, ("rest",)),
        2: ("Slept most of the day.", "medium", 5, 38.2, 2, ("rest", "fever")),
        3: ("Called the clinic about the temperature. Walking a little.", "medium", 4, 37.8, 2, ("walk",)),
        5: ("A short walk by the river.", "light", 3, 37.1, 3, ("walk",)),
        8: ("Tea with my sister. It helped to talk.", "spotting", 2, 36.9, 3, ("family",)),
        12: ("Quiet day. Read in the café.", "spotting", 1, 36.8, 4, ("café",)),
        16: ("Боли почти нет. Прогулка в парке.", "none", 1, 36.7, 4, ("walk",)),
        21: ("Three weeks today.", "none", 0, 36.6, 4, ()),
        31: ("Period started. Cramps, but normal ones.", "medium", 4, 36.8, 3, ("period",)),
        35: ("Saw Dr. Novak. She said everything has healed well.", "none", 0, 36.6, 5, ("doctor",)),
    }
    hcg = {2: 1180.0, 9: 240.0, 16: 41.0, 23: 8.0, 30: 2.0}  # a blood value each week, falling as it does after a loss
    tests = {12: "faint", 21: "negative", 35: "negative"}  # a home test, as she read it
    medicines = {
        1: (MedicineTaken("Ibuprofen", "400 mg", time(8, 0)), MedicineTaken("Ibuprofen", "400 mg", time(20, 0))),
        2: (MedicineTaken("Ibuprofen", "400 mg", time(8, 30)), MedicineTaken("Paracetamol", "500 mg", time(14, 0))),
        3: (MedicineTaken("Paracetamol", "500 mg", time(9, 0)),),
    }
    discharge = {2: "usual", 5: "usual", 12: "none"}
    for offset, (text, bleeding, pain, temperature, mood, tags) in notes.items():
        day = LOSS + timedelta(days=offset)
        journal.save_day(
            DayRecord(
                day, text, bleeding, pain, temperature, mood, tags,
                test_result=tests.get(offset), hcg_miu_ml=hcg.get(offset),
                medicines=medicines.get(offset, ()), discharge=discharge.get(offset),
            )
        )
    for offset in sorted((set(hcg) | set(tests)) - set(notes)):  # a value on a day with no note
        journal.save_day(DayRecord(LOSS + timedelta(days=offset), test_result=tests.get(offset), hcg_miu_ml=hcg.get(offset)))
    journal.add_appointment(Appointment(TODAY + timedelta(days=3), time(10, 30), "Follow-up scan", "Day clinic", consultation=False))


def seed_data_dir(data_dir: Path) -> None:
    """The journal, and two backups from earlier days (what Restore from backup… lists)."""
    from desktop.paths import journal_path
    from desktop.store import open_journal
    from desktop.store.backup import back_up_now

    path = journal_path(data_dir)
    with open_journal(path) as journal:
        seed(journal)
    for days_ago, hour, reason in ((7, 9, "manual"), (1, 20, "manual"), (0, 8, "daily")):
        back_up_now(path, datetime.combine(TODAY - timedelta(days=days_ago), time(hour, 0)), reason=reason)


def drop_backups_after_today(data_dir: Path) -> None:
    """The window's automatic backup is dated by the real clock; the pictures' today is TODAY."""
    from desktop.paths import journal_path
    from desktop.store.files import backups_dir, parse_backup_name

    for path in backups_dir(journal_path(data_dir)).iterdir():
        made = parse_backup_name(path)
        if made is not None and made[0].date() > TODAY:
            path.unlink()


def grab_modal(app: QApplication, open_it: Callable[[], object], target: Path,
               prepare: Callable[[QDialog], None] | None = None) -> None:
    """Trigger a menu action that opens a modal dialog; once it shows, grab it and cancel it."""

    def when_open() -> None:
        dialog = app.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, when_open)
            return
        settle(app)
        if prepare is not None:
            prepare(dialog)
            settle(app)
        save_png(dialog, target)
        dialog.reject()

    QTimer.singleShot(50, when_open)
    open_it()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", default="", help="one picture: window, fields, appointment, history, trends, export, restore")
    args = parser.parse_args()
    suffix = "-dark" if args.dark else ""

    with tempfile.TemporaryDirectory() as tmp:
        app = start_app(tmp, dark=args.dark)
        data_dir = Path(tmp) / "data"
        seed_data_dir(data_dir)
        from desktop.ui.app import build_window

        window = build_window(data_dir, lambda: TODAY)
        window.resize(1280, 800)
        window.show()
        window.load()
        window.tasks.wait()
        settle(app)
        drop_backups_after_today(data_dir)
        shots: dict[str, Callable[[Path], None]] = {
            "journal-window": lambda target: _window(window, app, target),
            "journal-fields": lambda target: _fields(window, app, target),
            "appointment": lambda target: _appointment(window, app, target),
            "journal-history": lambda target: grab_modal(app, window.journal_features.show_history, target),
            "trends": lambda target: _trends(window, app, target),
            "export": lambda target: grab_modal(app, window.exchange.export, target, _export_pdf),
            "restore": lambda target: grab_modal(app, window.exchange.restore, target, _listed(window, app)),
        }
        for name, take in shots.items():
            if not args.only or args.only in (name, name.removeprefix("journal-")):
                take(OUT / f"{name}{suffix}.png")
        window.tasks.wait()
        window.close()
    return 0


def _window(window, app: QApplication, target: Path) -> None:  # type: ignore[no-untyped-def]
    """The window with Journal ▸ Search notes open on "walk", a day with a fever selected."""
    window.calendar.select_day(LOSS + timedelta(days=2))
    features = window.journal_features
    features.show_search()
    assert features.search_panel is not None
    features.search_panel.set_query("walk")
    features.search_panel.run_search()
    features.search_panel.wait_for_idle()
    settle(app)
    save_png(window, target)
    features.search_panel.close_requested.emit()  # the dock goes; the next pictures show the window as usual
    settle(app)


def _fields(window, app: QApplication, target: Path) -> None:  # type: ignore[no-untyped-def]
    """The day's fields under the note, on the day of the fever (its note names the aftercare guidance)."""
    window.calendar.select_day(LOSS + timedelta(days=2))
    settle(app)
    fields: QWidget | None = window.journal_features.fields
    assert fields is not None, "the day's fields were not made"
    save_png(fields, target)


def _appointment(window, app: QApplication, target: Path) -> None:  # type: ignore[no-untyped-def]
    """Today's page, the follow-up scan booked in three days selected in the milestone list (and on the calendar)."""
    from desktop.ui.plan.milestone_panel import APPOINTMENT_PREFIX, KEY_ROLE

    window.calendar.select_day(TODAY)
    tree = window.milestones.tree
    keys = [str(tree.topLevelItem(row).data(0, KEY_ROLE)) for row in range(tree.topLevelItemCount())]
    booked = [key for key in keys if key.startswith(APPOINTMENT_PREFIX)]
    assert booked, "the appointment is not in the milestone list"
    window.milestones.select_key(booked[0])
    tree.scrollToItem(tree.currentItem())
    settle(app)
    save_png(window, target)


def _trends(window, app: QApplication, target: Path) -> None:  # type: ignore[no-untyped-def]
    """View ▸ Timeline and trends…, its chart over the last six weeks."""
    features = window.journal_features
    features.show_pictures()
    window.tasks.wait()
    settle(app)
    pictures = features.pictures
    assert pictures is not None
    pictures.chart.set_range_days(42)
    settle(app)
    save_png(pictures, target)
    pictures.close()


def _export_pdf(dialog: QDialog) -> None:
    """The PDF summary chosen, so the dialog shows its date range and notes choice."""
    from desktop.ui.exchange.dialogs import ExportDialog

    assert isinstance(dialog, ExportDialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    home = str(Path.home())
    dialog.path.edit.setText(dialog.path.edit.text().replace(home, "~", 1))  # the same file, without the temp folder


def _listed(window, app: QApplication) -> Callable[[QDialog], None]:  # type: ignore[no-untyped-def]
    def wait_for_list(_dialog: QDialog) -> None:
        window.tasks.wait()
        settle(app)

    return wait_for_list


if __name__ == "__main__":
    sys.exit(main())
