"""One road from her keystrokes to the journal: a pending-day buffer with one debounce.

The day's note and its fields both hand their edits to :class:`DayAutosave`
(``edit(DayEdit(...))``); it keeps what is not saved yet per day, so switching
days never waits for the disk and never drops anything, and writes it:

* ``delay_ms`` after she stops typing (the debounce), and at the latest
  ``max_wait_ms`` after the first unsaved edit, so steady typing is saved too;
* at once when she changes day (``save_soon``);
* on the worker of :class:`desktop.ui.tasks.TaskRunner` (quietly, no "please
  wait"), so a busy journal — SQLite waits up to 5 s for another program's
  write transaction — never freezes the window;
* again after a failure, with back-off (``retry_delays_ms``: 1, 2, 4 … 30 s),
  until it succeeds; then ``recovered`` says so;
* synchronously when the window closes, locks its file for an import, or gets
  SIGTERM (``flush_now``).

The session owns the one autosave (``JournalSession.autosave``; ``save_day``
hands it an edit) and its ``write_day`` writes on the worker through the open
``Journal``: each of its methods is a session of its own, taken from the
engine's pool (SQLAlchemy lets a file database's pool serve any thread; an
encrypted journal keeps one keyed connection per thread), and everything that
closes the journal calls ``flush_now`` first, which waits for the worker.

An edit the store refuses (a value out of range: ``validate`` raises) is kept
but not retried: only a new edit can change the answer. Failures are told in
plain words, never SQL (:func:`problem_text`).
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the first paint
    from desktop.store.records import DayRecord
    from desktop.ui.day.day_fields import DayFieldValues
    from desktop.ui.tasks import TaskRunner

AUTOSAVE_DELAY_MS = 1000
MAX_WAIT_MS = 5000
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000, 16000, 30000)
DETAIL_LIMIT = 200  # characters of an error's own words shown to her

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DayEdit:
    """What she changed on one day and has not saved yet: the note, the fields, or both (``None``: untouched)."""

    day: date
    text: str | None = None
    fields: DayFieldValues | None = None

    def then(self, newer: DayEdit) -> DayEdit:
        """This edit followed by ``newer`` on the same day."""
        return DayEdit(
            self.day,
            newer.text if newer.text is not None else self.text,
            newer.fields if newer.fields is not None else self.fields,
        )

    def apply_to(self, record: DayRecord) -> DayRecord:
        """The stored day with her changes on top: what she sees is what is written."""
        if self.fields is not None:
            record = self.fields.apply_to(record)
        if self.text is not None:
            record = replace(record, text=self.text)
        return record


class Problem(StrEnum):
    BUSY = "busy"
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    CLOSED = "closed"
    REFUSED = "refused"  # the store's rules say no: not retried
    OTHER = "other"


class JournalClosedError(RuntimeError):
    """Raised by a write function while no journal is open (between an import and the reopen)."""


class EditRefusedError(ValueError):
    """Raised by ``validate``: the store's rules refuse this value (the message says which)."""


def classify(error: BaseException) -> tuple[Problem, str]:
    """What went wrong, and the error's own words when they are safe to show (never an SQL statement)."""
    if isinstance(error, EditRefusedError):
        return Problem.REFUSED, _bounded(str(error))
    if isinstance(error, JournalClosedError):
        return Problem.CLOSED, ""
    chain: list[BaseException] = []
    seen: BaseException | None = error
    while seen is not None and seen not in chain:
        chain.append(seen)
        orig = getattr(seen, "orig", None)  # SQLAlchemy keeps the driver's own error here
        if isinstance(orig, BaseException) and orig not in chain:
            chain.append(orig)
        seen = seen.__cause__ or seen.__context__
    for item in chain:
        number = getattr(item, "errno", None) if isinstance(item, OSError) else None
        words = _driver_words(item).lower()
        if number == errno.ENOSPC or "disk is full" in words or "disk full" in words:
            return Problem.DISK_FULL, ""
        if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in words or "read-only" in words:
            return Problem.READ_ONLY, ""
        if "database is locked" in words or "busy" in words:
            return Problem.BUSY, ""
    if _is_journal_error(error) or (isinstance(error, OSError) and not _is_database_error(error)):
        return Problem.OTHER, _bounded(str(error))  # written for her (the store's errors, the file system's)
    return Problem.OTHER, type(error).__name__  # a driver or a bug: its text may hold SQL


def problem_text(problem: Problem, detail: str = "") -> str:
    """The one sentence she reads when her words are not in the journal yet."""
    translate = QCoreApplication.translate
    if problem is Problem.BUSY:
        return translate("DayAutosave", "The journal is busy — another program is using it. Your words are kept and will be saved as soon as it is free.")  # noqa: E501 (one literal, for lupdate)
    if problem is Problem.DISK_FULL:
        return translate("DayAutosave", "The disk is full. Your words are kept and will be saved as soon as there is room.")
    if problem is Problem.READ_ONLY:
        return translate("DayAutosave", "The journal cannot be written to (the file or its folder is read-only). Your words are kept and will be saved as soon as it can be written.")  # noqa: E501
    if problem is Problem.CLOSED:
        return translate("DayAutosave", "The journal is closed for a moment. Your words are kept and will be saved when it opens.")  # noqa: E501
    if problem is Problem.REFUSED:
        return translate("DayAutosave", "Not saved: {reason}. Correct it and it will be saved; the rest is kept.").format(
            reason=detail
        )
    return translate("DayAutosave", "Your words could not be saved yet ({reason}). They are kept and saving will be tried again.").format(  # noqa: E501
        reason=detail
    )


def recovered_text() -> str:
    return QCoreApplication.translate("DayAutosave", "Saved — everything you wrote is in the journal now.")


@dataclass
class _Outcome:
    saved: list[tuple[DayEdit, int, object]] = field(default_factory=list)  # edit, its version, the stored record
    problem: tuple[Problem, str] | None = None


class _Lane(Protocol):
    def run(self, work: Callable[[], _Outcome], done: Callable[[_Outcome], None]) -> None: ...

    def wait(self) -> None: ...


class _InlineLane:
    """No worker (a lone editor, in tests of the widget): save on the calling thread."""

    def run(self, work: Callable[[], _Outcome], done: Callable[[_Outcome], None]) -> None:
        done(work())

    def wait(self) -> None:
        pass


class _RunnerLane:
    """The window's one worker: saves queue behind an export or a backup, never beside them."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner

    def run(self, work: Callable[[], _Outcome], done: Callable[[_Outcome], None]) -> None:
        label = QCoreApplication.translate("DayAutosave", "Saving…")
        self._runner.run(
            label,
            work,
            on_done=done,
            on_error=lambda message: done(_Outcome(problem=(Problem.OTHER, _bounded(message)))),
            quiet=True,
        )

    def wait(self) -> None:
        from desktop.ui.tasks import Lane

        self._runner.wait(lane=Lane.JOURNAL)  # the saves' lane: a file check on the read lane never holds a quit


class DayAutosave(QObject):
    """The pending-day buffer; see the module docstring."""

    saved = Signal(object, object)  # the DayEdit now in the journal, the day's record as stored (None: no page)
    failed = Signal(str)  # a sentence for her: her words are kept and why they are not saved yet
    recovered = Signal(str)  # after a failure: everything is saved now
    state_changed = Signal()  # something was edited, saved or failed: labels may change

    def __init__(
        self,
        write: Callable[[DayEdit], Any],
        validate: Callable[[DayEdit], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._write = write
        self._validate = validate
        self._lane: _Lane = _InlineLane()
        self.delay_ms = AUTOSAVE_DELAY_MS
        self.max_wait_ms = MAX_WAIT_MS
        self.retry_delays_ms: tuple[int, ...] = RETRY_DELAYS_MS
        self._pending: dict[date, DayEdit] = {}
        self._versions: dict[date, int] = {}
        self._generation = 0  # flush_now starts a new one: results of older jobs are stale
        self._in_flight = False
        self._again = False  # a save was asked for while one was running
        self._failures = 0
        self._problem = ""
        self._debounce = self._timer(self._on_timer)
        self._max_wait = self._timer(self._on_timer)
        self._retry = self._timer(self._submit)

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    def use_runner(self, runner: TaskRunner) -> None:
        """Save on the window's worker thread from now on."""
        self._lane = _RunnerLane(runner)

    # -- reading -------------------------------------------------------------------

    def pending(self, day: date | None) -> DayEdit | None:
        """What is not in the journal yet for ``day``: a day shown again shows it, not the stored value."""
        return self._pending.get(day) if day is not None else None

    def has_pending(self) -> bool:
        return bool(self._pending)

    def problem(self) -> str:
        """Why the last save failed, while her words are still waiting; "" when all is well."""
        return self._problem

    # -- editing -------------------------------------------------------------------

    def edit(self, change: DayEdit) -> None:
        """Remember ``change`` and save it after the debounce (or the maximum wait)."""
        earlier = self._pending.get(change.day)
        self._pending[change.day] = earlier.then(change) if earlier is not None else change
        self._versions[change.day] = self._versions.get(change.day, 0) + 1
        if not self._retry.isActive():  # while failing, the back-off decides when to try again
            self._debounce.start(self.delay_ms)
            if not self._max_wait.isActive():
                self._max_wait.start(self.max_wait_ms)
        self.state_changed.emit()

    def save_soon(self) -> None:
        """Save now, off the UI thread (she changed day, or the screen locks)."""
        if not self._retry.isActive():
            self._submit()

    def flush_now(self) -> bool:
        """Save everything now, on this thread; False when something could not be saved (it stays pending)."""
        self._stop_timers()
        self._lane.wait()  # a save under way finishes first, so an older text never lands after this one
        self._generation += 1
        self._in_flight = False
        self._again = False
        if self._pending:
            self._settle(self._save(self._snapshot()))
        return not self._pending

    # -- internals -----------------------------------------------------------------

    def _stop_timers(self) -> None:
        for timer in (self._debounce, self._max_wait, self._retry):
            timer.stop()

    def _on_timer(self) -> None:
        self._submit()

    def _snapshot(self) -> list[tuple[DayEdit, int]]:
        return [(edit, self._versions[day]) for day, edit in self._pending.items()]

    def _submit(self) -> None:
        self._debounce.stop()
        self._max_wait.stop()
        self._retry.stop()
        if self._in_flight:
            self._again = True
            return
        if not self._pending:
            return
        self._in_flight = True
        snapshot, generation = self._snapshot(), self._generation
        self._lane.run(lambda: self._save(snapshot), lambda outcome: self._on_done(generation, outcome))

    def _save(self, snapshot: list[tuple[DayEdit, int]]) -> _Outcome:
        """Runs on the worker: touches no widget, returns what happened (never raises)."""
        outcome = _Outcome()
        for edit, version in snapshot:
            try:
                if self._validate is not None:
                    self._validate(edit)
                record = self._write(edit)
            except Exception as error:  # noqa: BLE001 (every failure is told, and her words stay pending)
                problem = classify(error)
                if problem[0] is Problem.OTHER and problem[1] == type(error).__name__:
                    log.warning("autosave failed: %s", type(error).__name__)  # never the text, never SQL
                outcome.problem = problem
                if problem[0] is not Problem.REFUSED:
                    break  # the journal itself is in the way: the other days would only wait on it too
                continue
            outcome.saved.append((edit, version, record))
        return outcome

    def _on_done(self, generation: int, outcome: _Outcome) -> None:
        if generation != self._generation:
            return  # flush_now saved (or tried) everything since
        self._in_flight = False
        self._settle(outcome)
        again, self._again = self._again, False
        if again and self._pending and not self._retry.isActive():
            self._submit()  # she kept typing while this save ran, past the debounce or the maximum wait

    def _settle(self, outcome: _Outcome) -> None:
        for edit, version, record in outcome.saved:
            if self._versions.get(edit.day) == version:
                self._pending.pop(edit.day, None)
            self.saved.emit(edit, record)
        if outcome.problem is not None:
            problem, detail = outcome.problem
            self._problem = problem_text(problem, detail)
            if problem is not Problem.REFUSED:
                self._failures += 1
                delays = self.retry_delays_ms
                self._retry.start(delays[min(self._failures, len(delays)) - 1])
            self.failed.emit(self._problem)
        else:
            self._problem = ""
            if self._failures:
                self._failures = 0
                self.recovered.emit(recovered_text())
        self.state_changed.emit()


def _driver_words(error: BaseException) -> str:
    """The database driver's own short message ("database is locked"), or "" for other errors."""
    if _is_database_error(error) or _is_journal_error(error) or isinstance(error, OSError):
        orig = getattr(error, "orig", None)
        return str(orig if orig is not None else error.args[0] if error.args else error)
    return ""


def _is_database_error(error: BaseException) -> bool:
    return any(kind.__module__.split(".")[0] in {"sqlite3", "sqlcipher3", "sqlalchemy"} for kind in type(error).__mro__)


def _is_journal_error(error: BaseException) -> bool:
    return any(kind.__name__ == "JournalError" for kind in type(error).__mro__)


def _bounded(text: str) -> str:
    """One line of at most DETAIL_LIMIT characters."""
    line = " ".join(text.split())
    return line if len(line) <= DETAIL_LIMIT else line[: DETAIL_LIMIT - 1] + "…"
