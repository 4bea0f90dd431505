"""The one door between the window and the journal file: JournalSession.

It is the only holder of the open ``Journal`` and of its passphrase (in memory
only). Widgets ask it for plain data (the history, the plan for "today", a
calendar page of marks, one day's record) and hand it their changes; none of
them sees the store. It opens, closes and reopens the file, and it says what
changed through ONE signal, ``changed(Change)``, so every view refreshes itself
from the payload instead of being refreshed by hand:

* ``Change.plan``: the history, the doctor's dates, her own milestones or
  "today" moved: the header, the milestone list, reminders and every calendar
  mark follow;
* ``Change.events``: recorded dates changed (the history and the timeline);
* ``Change.days``: these days' notes or fields were written (``fields``: not
  only the note), so a calendar page showing one of them may change.

A day's note and its fields take one road to the file: ``save_day(DayEdit)``
queues the edit in the session's one :class:`DayAutosave` (one debounce, one
retry), which writes through ``write_day`` on the task runner's worker.

Calendar pages are cached (``month_marks``, kept by ``calendar/pages.py``): a
page is read in one query the first time it is shown, rebuilt when the plan
changes, and dropped when a day on it is written with different marks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.guidance import History, Milestone, Source, milestones_for
from desktop.guidance.engine import DayZero, day_zero_for
from desktop.guidance.kinds import EventKind
from desktop.ui.calendar.marks import MonthMarks
from desktop.ui.calendar.pages import CalendarPages
from desktop.ui.changes import Change, PlanFailedError, WrittenDay
from desktop.ui.day.autosave import DayAutosave, DayEdit, EditRefusedError, JournalClosedError
from desktop.ui.open_file import JournalKeys, open_keyed
from desktop.ui.settings.i18n import wording

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is shown
    from desktop.guidance.engine import RecordedEvent
    from desktop.store import EntryRecord, Journal
    from desktop.store.diagnosis import Diagnosis
    from desktop.store.records import Appointment
    from desktop.store.search import SearchHit


def validate_day_edit(edit: DayEdit) -> None:
    """The store's rules for a day's values (checked once, in the store), before the autosave writes."""
    from desktop.store import JournalError
    from desktop.store.records import DayRecord, validate_day

    try:
        validate_day(edit.apply_to(DayRecord(edit.day)))
    except JournalError as error:
        raise EditRefusedError(str(error)) from None


def _closed_for_a_moment() -> str:
    return QCoreApplication.translate("JournalFeatures", "the journal is closed for a moment; try again")


class JournalSession(QObject):
    changed = Signal(object)  # Change

    def __init__(self, journal_file: Path, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal_file = journal_file
        self._today = today
        self._journal: Journal | None = None
        self._ready = False  # the plan was made: the window can show the journal
        self._passphrase: str | None = None  # in memory only: workers and backups need the same key
        self.keys = JournalKeys(journal_file)  # the keys derived from it (once per salt), for every connection
        self._history = History()
        self._plan_day = today()
        self._milestones: list[Milestone] = []
        self._pages = CalendarPages(lambda first, last: self._file().day_marks_between(first, last))
        # one road for the note and the fields; the lambda lets a test replace write_day on the instance
        self.autosave = DayAutosave(lambda edit: self.write_day(edit), validate=validate_day_edit, parent=self)
        self.autosave.saved.connect(self._on_day_written)

    # -- opening and closing -----------------------------------------------------------

    def open(self, passphrase: str | None, *, start_new: bool = False, run: Callable[..., Any] | None = None) -> None:
        """Open the file (``run``: off the UI thread) and make the plan; raises the store's error or PlanFailedError."""
        from desktop.store import JournalError
        from desktop.store.diagnosis import JournalFaultError

        self.close()
        try:
            journal, history = open_keyed(self.keys, self.journal_file, passphrase, self._today, start_new=start_new, run=run)
        except JournalFaultError as error:  # a damaged encrypted journal's backups open with the same key: keep it
            self._passphrase = passphrase if error.diagnosis.offers_restore else None
            raise
        except JournalError:
            self._passphrase = None
            raise
        self._passphrase = passphrase
        self._journal = journal
        self.start(history)

    def reopen(self, run: Callable[..., Any] | None = None) -> None:
        """The same file with the same passphrase (after an import or a restore)."""
        self.open(self._passphrase, run=run)

    def start(self, history: History | None = None) -> None:
        """Make the plan from the open file (``history``: read already); PlanFailedError keeps the file open."""
        assert self._journal is not None, "open the journal first"
        try:
            self._recompute(history)
            self.month_marks(self._plan_day.year, self._plan_day.month)  # damage met on the first page shows now
        except Exception as error:  # noqa: BLE001 (a date the plan cannot hold, damage met while reading, ...)
            self._ready = False
            raise PlanFailedError(error) from error
        self._ready = True

    def close(self) -> None:
        """Let go of the file (callers save pending edits first: ``autosave.flush_now``)."""
        journal, self._journal, self._ready = self._journal, None, False
        self._pages.clear()
        if journal is not None:
            journal.close()

    def is_open(self) -> bool:
        """A journal is open and its plan made: the window shows it."""
        return self._ready

    def has_file(self) -> bool:
        """A journal file is open, also when its plan failed (Recorded dates and Export still work on it)."""
        return self._journal is not None

    @property
    def read_only(self) -> bool:
        return self._journal is not None and self._journal.read_only

    @property
    def encrypted(self) -> bool:
        return self._journal is not None and self._journal.encrypted

    def still_opens(self) -> bool:
        """After an import or restore: does the passphrase in use (or none) still open the file?"""
        from desktop.store.diagnosis import is_encrypted

        if self._passphrase is None:
            return not is_encrypted(self.journal_file)
        return is_encrypted(self.journal_file) and self.keys.passphrase_opens(self._passphrase)  # one derivation per salt

    def remember_passphrase(self, passphrase: str | None) -> None:
        """A damaged journal's encrypted backups: the passphrase she typed to restore one."""
        self._passphrase = passphrase
        self.keys.current = self.keys.keys_for(passphrase) if passphrase else None

    def knows_passphrase(self) -> bool:
        return self._passphrase is not None

    def plan_failed(self, error: Exception) -> Diagnosis | None:
        """The journal could not be shown: why, when the file itself is at fault (then it is closed).

        Otherwise (None) the file stays open, not shown, so Recorded dates can correct
        the date and Export can save everything; ``start`` tries again.
        """
        from sqlalchemy.exc import DatabaseError

        from desktop.store.diagnosis import FAULTS_OF_THE_FILE, JournalFaultError, diagnose_error

        self._ready = False
        if isinstance(error, JournalFaultError | DatabaseError | OSError):
            diagnosis = diagnose_error(self.journal_file, self._passphrase, error)
            if diagnosis.fault in FAULTS_OF_THE_FILE:
                self.close()
                return diagnosis
        return None

    def check_file(self) -> tuple[object, Callable[[Callable[[], bool]], Diagnosis | None]]:
        """The open file (an opaque token) and SQLite's quick check of it, as work for the runner.

        Opening skips the check, so the window is ready sooner; ``window/file_check.py`` runs
        this on its own connection once she can write. ``still_open(token)`` says whether
        what it found is about the file still open.
        """
        from desktop.store.opening import check_journal

        path, passphrase, key = self.journal_file, self._passphrase, self.keys.journal_key()
        return self._journal, lambda stop: check_journal(path, passphrase, stop=stop, key=key)

    def still_open(self, token: object) -> bool:
        return token is not None and token is self._journal

    def open_for_worker(self) -> Journal:
        """A second connection to the journal, for work on the background thread."""
        from desktop.store import open_journal

        return open_journal(self.journal_file, self._passphrase, key=self.keys.journal_key())

    def connect_backup(self, path: Path) -> object:
        """Backups of an encrypted journal are made (and read) with its keys (``keyed_connection_factory``)."""
        from desktop.store.cipher import keyed_connection_factory

        return keyed_connection_factory(self.keys.current)(path)

    # -- reading -------------------------------------------------------------------------

    def today(self) -> date:
        return self._today()

    def history(self) -> History:
        return self._history

    def milestones(self) -> list[Milestone]:
        return self._milestones

    def own_milestone_keys(self) -> frozenset[str]:
        return frozenset(m.key for m in self._milestones if m.source is Source.USER)

    def day_zero(self) -> DayZero | None:
        return day_zero_for(self._history)

    def has_loss(self) -> bool:
        return self.day_zero() is not None

    def header(self, *, show_next: bool = True, discreet: bool = False) -> str:
        """The line above the calendar, in her language (what it may say is hers to choose: see Wording.header)."""
        return wording().header(self._history, self._milestones, self._plan_day, show_next=show_next, discreet=discreet)

    def read_day(self, day: date) -> EntryRecord | None:
        """The day's stored record, read once when the day is opened (the note and the fields share it)."""
        return self._file().entry(day)

    def entries_until(self, last: date, first: date = date.min) -> list[EntryRecord]:
        """The pages from ``first`` (every one by default) up to ``last``, for the trend chart."""
        return self._file().entries_between(first, last)

    def search(self, query: str) -> list[SearchHit]:
        """Runs on the search panel's worker thread, on whichever journal is open now."""
        from desktop.store import JournalError

        journal = self._journal
        if journal is None or not self._ready:
            raise JournalError(_closed_for_a_moment())
        return journal.search(query)

    def month_marks(self, year: int, month: int) -> MonthMarks:
        """A calendar page's marks: one query the first time it is shown, then from the cache."""
        return self._pages.page(year, month)

    # -- the recorded dates (Recorded dates…; also on a journal whose plan failed) ------------

    def list_events(self) -> list[RecordedEvent]:
        return self._file().list_events()

    def update_event(self, event_id: int, kind: EventKind, day: date, note: str) -> RecordedEvent:
        return self._file().update_event(event_id, kind, day, note)

    def delete_event(self, event_id: int) -> RecordedEvent:
        return self._file().delete_event(event_id)

    def restore_event(self, record: RecordedEvent) -> RecordedEvent:
        return self._file().restore_event(record)

    # -- reminders' bookkeeping --------------------------------------------------------------

    def reminder_shown(self, key: str, day: date) -> bool:
        return self._file().reminder_shown(key, day)

    def mark_reminder_shown(self, key: str, day: date) -> None:
        self._file().mark_reminder_shown(key, day)

    # -- writing -------------------------------------------------------------------------

    def save_day(self, edit: DayEdit) -> None:
        """Her change to a day's note or fields: kept at once, written after the debounce (see DayAutosave)."""
        self.autosave.edit(edit)

    def write_day(self, edit: DayEdit) -> WrittenDay:
        """Write her changes to one day over what is stored; runs on the worker thread.

        It touches no Qt object and emits nothing, and every journal call is a
        session of its own. A note alone is one transaction (``save_entry`` keeps
        the fields as stored). The day's calendar facts are read back from the
        store, so the note mark has one rule (``calendar/pages.py`` ``shows_note``), never a second one here.
        """
        journal = self._journal
        if journal is None:
            raise JournalClosedError("the journal is not open")
        if edit.fields is None and edit.text is not None:
            record = journal.save_entry(edit.day, edit.text)
        else:
            from desktop.store.records import DayRecord

            stored = journal.entry(edit.day)
            record = journal.save_day(edit.apply_to(stored or DayRecord(edit.day)))
        return WrittenDay(record, journal.day_marks_between(edit.day, edit.day).get(edit.day))

    def _on_day_written(self, edit: DayEdit, written: object) -> None:
        """On the UI thread: drop the cached pages whose marks the write changed, then say which day changed."""
        self._pages.day_written(edit.day, written.log if isinstance(written, WrittenDay) else None)
        self.changed.emit(Change(days=frozenset({edit.day}), fields=edit.fields is not None))

    def add_event(self, kind: EventKind, day: date, note: str) -> None:
        self._file().add_event(kind, day, note)
        self._plan_changed(events=True)

    def change_milestone(self, key: str, *, day: date | None, offset_days: int | None, note: str) -> None:
        self._file().set_override(key, day=day, offset_days=offset_days, note=note)
        self._plan_changed()

    def reset_milestone(self, key: str) -> None:
        self._file().reset_override(key)
        self._plan_changed()

    def add_own_milestone(self, title: str, day: date, note: str) -> None:
        self._file().add_custom_milestone(title, day, note)
        self._plan_changed()

    def change_own_milestone(self, milestone_id: int, title: str, day: date, note: str) -> None:
        self._file().update_custom_milestone(milestone_id, title, day, note)
        self._plan_changed()

    def delete_own_milestone(self, milestone_id: int) -> None:
        self._file().delete_custom_milestone(milestone_id)
        self._plan_changed()

    # -- appointments booked ahead (they change the calendar's marks, the list and the reminders) ----

    def appointments(self) -> list[Appointment]:
        return self._file().appointments()

    def book_appointment(self, appointment: Appointment) -> None:
        """Book it under the store's rules; the calendar, the list and the reminders follow (``changed``)."""
        self._file().add_appointment(appointment)
        self._plan_changed()

    def remove_appointment(self, appointment_id: int) -> None:
        self._file().delete_appointment(appointment_id)
        self._plan_changed()

    def answer_appointment(self, appointment_id: int, outcome: str) -> None:
        """Her answer to "did it take place?"; a consultation that did records its date (the plan moves on)."""
        self._file().answer_appointment(appointment_id, outcome, today=self._today())
        self._plan_changed(events=outcome == "happened")

    def note_appointment_asked(self, appointment_id: int) -> None:
        """The question was shown: it is not asked again, also if she closes the window without answering."""
        self._file().answer_appointment(appointment_id, "unanswered", today=self._today())

    # -- what the day's fields and the trends window offer -------------------------------------

    def medicine_names(self) -> list[str]:
        """The medicine names she recorded before, offered again as she types."""
        return self._file().medicine_names()

    def hcg_series(self) -> list[EntryRecord]:
        """The days with an hCG value or a test result, for the trends window."""
        return self._file().hcg_series()

    def refresh_if_day_changed(self) -> bool:
        """Called by a timer: after midnight the statuses and countdowns move on."""
        if not self._ready or self._today() == self._plan_day:
            return False
        self._plan_changed()
        return True

    def reload(self) -> None:
        """The recorded dates changed elsewhere (Recorded dates…): read the history again."""
        if self._ready:
            self._plan_changed(events=True)

    def _plan_changed(self, *, events: bool = False) -> None:
        self._recompute()
        self.changed.emit(Change(plan=True, events=events))

    def _recompute(self, history: History | None = None) -> None:
        self._history = history if history is not None else self._file().history()
        self._plan_day = self._today()
        self._milestones = milestones_for(self._history, self._plan_day)
        self._pages.set_plan(  # every mark may move with the plan
            self._history, self._milestones, self._plan_day, appointments=self._booked_by_day()
        )

    def _booked_by_day(self) -> dict[date, list[tuple[str, str]]]:
        """Appointments for the calendar: day -> [(time, title)] (a handful of rows, read with the plan)."""
        words = wording()
        found: dict[date, list[tuple[str, str]]] = {}
        for appointment in self._file().appointments():
            found.setdefault(appointment.day, []).append((words.clock(appointment.at), words.appointment_title(appointment)))
        return found

    def _file(self) -> Journal:
        """The open file, also while its plan failed."""
        from desktop.store import JournalError

        if self._journal is None:
            raise JournalError(_closed_for_a_moment())
        return self._journal
