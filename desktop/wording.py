"""Every sentence the app makes from the plan's data, written once, through a translate function.

The window, the command line, the PDF summary, the calendar file and the
reminders all word the plan here, so the same fact reads the same everywhere
and there is no second English copy to keep equal. No Qt: the caller passes a
translate function (the window's is built on ``QCoreApplication.translate``;
the default, :func:`english`, returns the source text), and how dates and
numbers are written (ISO and "37.5" by default; her locale's in the window).

For translators: each string is a literal ``self.tr("…")`` inside ``class
Wording``, the spelling pyside6-lupdate collects (context "Wording", plurals
with ``%n`` and their forms); the titles and explanations of
resources/guidance/article.toml are listed once in ``desktop/plan_texts.py`` because
lupdate cannot read TOML (a test keeps the list equal to the file). Her own
milestones' titles are what she typed and are never translated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Protocol

from desktop.guidance.engine import History, Milestone, day_zero_for, next_milestone
from desktop.guidance.kinds import EVENT_LABELS, EventKind
from desktop.guidance.temperature import FEVER_THRESHOLD_C, TemperatureError, TemperatureUnit, to_unit
from desktop.guidance.terms import Kind, Source, Status
from desktop.guidance.warning_signs import WarningNote, WarningSign
from desktop.plan_texts import SOURCE_TEXTS

if TYPE_CHECKING:  # only the type: the words need no store
    from desktop.store.records import Appointment

CONTEXT = "Wording"


class Translate(Protocol):
    """``QCoreApplication.translate``'s shape: context, source text, disambiguation, plural count."""

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str: ...


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
    """No catalog: the source text itself, ``%n`` filled in (what Qt does without a translation)."""
    return text if n < 0 else text.replace("%n", str(n))


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def _in_running_text(title: str, translated: str) -> str:
    """English lower-cases a title inside a sentence; other languages keep their own capitals (German nouns)."""
    return title.lower() if translated == title else translated


class Wording:
    """The plan in words, for one way of writing: a language, a date style, a number style.

    Cheap to make; the window makes one per use so a language or locale change
    is picked up at once, the command line and the exports use ``Wording()``.
    """

    def __init__(
        self,
        translate: Translate = english,
        *,
        date_text: Callable[[date], str] = date.isoformat,
        number_text: Callable[[float, int], str] = _plain_number,
    ) -> None:
        self._translate = translate
        self.date_text = date_text
        self._number_text = number_text

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """One of this module's sentences in her language; ``n`` picks a plural form ("1 day", "2 days").

        A translation never contains "(s)", so the English fix-up is a no-op once a catalog answers.
        """
        result = self._translate(CONTEXT, text, disambiguation or None, n)
        return result if n < 0 else result.replace("(s)", "" if n == 1 else "s")

    def _known(self, text: str) -> str:
        """A text known only at run time (a title from the plan file; lupdate finds it in PLAN_TEXTS)."""
        return self._translate(CONTEXT, text, None, -1)

    def kind_label(self, kind: EventKind) -> str:
        """"Miscarriage", "Period start"… (collected for translators in the window's EventKind context)."""
        return self._translate("EventKind", EVENT_LABELS[kind], None, -1)

    # -- milestones ---------------------------------------------------------------------------

    def title(self, m: Milestone) -> str:
        """The title in her language; hers as she typed it; the first period's band says it is an estimate."""
        if m.source is Source.USER:
            return m.title
        if m.is_estimate:
            return self.tr("{title} (estimate)").format(title=self._known(m.title))
        return self._known(m.title)

    def explanation(self, m: Milestone) -> str:
        """The one-line why of a milestone; her own say only that she added them."""
        if m.source is Source.USER:
            return self.tr("A milestone you added.")
        return self._known(m.explanation)

    def source(self, source: Source) -> str:
        """Where a date comes from, in running text: "from the article", "your own", …"""
        return self._known(SOURCE_TEXTS[source])

    def source_of(self, m: Milestone) -> str:
        """Where this milestone's date comes from: as :meth:`source`, but a first period she logged is hers."""
        return self.tr("recorded by you") if m.is_recorded else self.source(m.source)

    def calendar_title(self, m: Milestone) -> str:
        """The title of a calendar event: an open to-do says its date is a deadline."""
        if m.kind is Kind.TODO and m.status is Status.OPEN:
            return self.tr("{title} (before this date)").format(title=self.title(m))
        return self.title(m)

    def countdown(self, days: int) -> str:
        """"today", "tomorrow", "in 4 days"; an open to-do past its date says "3 days ago"."""
        if days < 0:
            return self.tr("%n day(s) ago", "", -days)
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in %n day(s)", "", days)

    # -- the header and the calendar's day texts ---------------------------------------------------

    def neutral_title(self) -> str:
        """What discreet mode says instead of any milestone's title: nothing a glance over her shoulder can read."""
        return self.tr("Milestone")

    def header(
        self,
        history: History,
        milestones: list[Milestone],
        today: date,
        *,
        show_next: bool = True,
        discreet: bool = False,
    ) -> str:
        """'Day 17 after the procedure · Next: Earliest time for sex again, in 4 days'; "" with no loss.

        A whole sentence per anchor (procedure or miscarriage), so a translator never
        has to fit a phrase into another language's grammar. The window passes
        ``show_next`` from her settings (off by default: the header stays on screen
        all day, readable over her shoulder); ``discreet`` leaves out the day and
        names the next milestone only as "Milestone".
        """
        day_zero = day_zero_for(history)
        if day_zero is None or not show_next:
            return ""
        if discreet:
            upcoming = next_milestone(milestones)
            if upcoming is None or upcoming.start is None:
                return ""
            when = self.countdown((upcoming.start - today).days)
            return self.tr("Next: {title}, {when}").format(title=self.neutral_title(), when=when)
        days = (today - day_zero.date).days
        procedure = day_zero.anchor is EventKind.PROCEDURE
        if days < 0:
            ahead = (
                self.tr("The procedure is recorded for {date}, %n day(s) ahead", "", -days)
                if procedure
                else self.tr("The miscarriage is recorded for {date}, %n day(s) ahead", "", -days)
            )
            text = ahead.format(date=self.date_text(day_zero.date))
        else:
            text = self._day_after(procedure, days)
        upcoming = next_milestone(milestones)
        if upcoming is not None and upcoming.start is not None:
            when = self.countdown((upcoming.start - today).days)
            text = self.tr("{header} · Next: {title}, {when}").format(header=text, title=self.title(upcoming), when=when)
        return text

    def _day_after(self, procedure: bool, days: int) -> str:
        """'Day 17 after the procedure': the same words in the header and on the calendar's days."""
        after = self.tr("Day {day} after the procedure") if procedure else self.tr("Day {day} after the miscarriage")
        return after.format(day=days)

    def counts_from(self, history: History) -> str:
        """Which date the plan counts from, said plainly (the PDF's line; "" with no loss)."""
        day_zero = day_zero_for(history)
        if day_zero is None:
            return ""
        counts = (
            self.tr("The dates count from {date}, the day of the procedure.")
            if day_zero.anchor is EventKind.PROCEDURE
            else self.tr("The dates count from {date}, the day of the miscarriage.")
        )
        return counts.format(date=self.date_text(day_zero.date))

    def day_description(self, day: date, history: History, milestones: list[Milestone]) -> list[str]:
        """What applies to one day, one line each: the calendar's tooltip and what a screen reader hears."""
        day_zero = day_zero_for(history)
        lines: list[str] = []
        if day_zero is not None and day >= day_zero.date:
            lines.append(self._day_after(day_zero.anchor is EventKind.PROCEDURE, (day - day_zero.date).days))
        for m in milestones:
            title = self.title(m)
            if m.kind is Kind.WINDOW and m.covers(day):
                assert m.end is not None
                left = (m.end - day).days
                inside = (
                    self.tr("Inside your doctor's window: {title}; %n day(s) to go", "", left)
                    if m.source is Source.DOCTOR
                    else self.tr("Inside the article's window: {title}; %n day(s) to go", "", left)
                )
                lines.append(inside.format(title=_in_running_text(m.title, title)))
            elif m.is_estimate and m.covers(day):
                lines.append(self.tr("{title}: expected around now (not from the article)").format(title=title))
            elif m.falls_on(day):
                lines.append(self.tr("{title} ({source})").format(title=title, source=self.source_of(m)))
        for event in history.events:
            if event.date == day:
                lines.append(self.tr("Recorded: {kind}").format(kind=self.kind_label(event.kind)))
        return lines

    # -- when and where a milestone stands ---------------------------------------------------------

    def when(self, m: Milestone) -> str:
        """'2 Jan 2026 – 22 Jan 2026' (both days included), 'before 2 Jul 2026' while a to-do is open, else the date;
        the article's value beside a doctor's."""
        if m.start is None:
            return ""
        if m.end is not None:  # a window or the first-period estimate band: first and last day, both included
            last = m.end - timedelta(days=1)
            text = self.tr("{first} – {last}").format(first=self.date_text(m.start), last=self.date_text(last))
        elif m.kind is Kind.TODO and m.status is Status.OPEN:
            text = self.tr("before {date}").format(date=self.date_text(m.start))
        else:
            text = self.date_text(m.start)
        if m.source is Source.DOCTOR and m.article_start is not None:
            article_end = m.article_end - timedelta(days=1) if m.article_end is not None else None  # its last day
            article_value = article_end if m.kind is Kind.WINDOW else m.article_start
            if article_value is not None:
                text += "  " + self.tr("(article: {date})").format(date=self.date_text(article_value))
        return text

    def status(self, m: Milestone) -> str:
        """'passed', 'to do', 'done', 'in 4 days', 'now · 3 days left'."""
        if m.status is Status.DONE:
            return self.tr("done")
        if m.status is Status.OPEN:
            return self.tr("to do")
        if m.status is Status.PAST:
            return self.tr("passed")
        if m.is_band and m.status is Status.TODAY and m.days_remaining is not None:
            return self.tr("now · %n day(s) left", "", m.days_remaining)
        if m.days_remaining is not None:
            return self.countdown(m.days_remaining)
        return str(m.status)

    def reminder(self, m: Milestone, *, discreet: bool = False) -> str:
        """A reminder on the day, one calm sentence; it names the source when the date is her doctor's or her own.

        Discreet: a notification pops up over whatever is on screen, so it names no milestone at all.
        """
        if discreet:
            return self.tr("Today: a milestone in Recovery Journal.")
        if m.source is Source.USER:
            return self.tr("Today: {title} (a milestone you added).").format(title=m.title)
        if m.kind is Kind.WINDOW:
            return self.tr("Today: the end of “{title}” ({source}).").format(title=self.title(m), source=self.source_of(m))
        who = self.tr("your doctor") if m.source is Source.DOCTOR else self.tr("the article")
        phrases = {
            "sex-earliest": self.tr("Today: the earliest date {who} gives for sex again."),
            "sex-ideal": self.tr("Today: the ideal date {who} gives for sex again."),
            "planning-earliest": self.tr("Today: the earliest date {who} gives for planning a pregnancy."),
            "planning-better": self.tr("Today: the date {who} calls better for planning a pregnancy."),
            "consultation": self.tr("Today: the date {who} gives for the consultation with a gynecologist."),
        }
        if m.key in phrases:
            return phrases[m.key].format(who=who)
        return self.tr("Today: {title} ({source}).").format(title=self.title(m), source=self.source_of(m))

    # -- appointments booked ahead (the list, the calendar, reminders, the question afterwards) -------

    def appointment_title(self, a: Appointment) -> str:
        """Her title; a consultation without one says what it is. Her own words are never translated."""
        if a.title:
            return a.title
        return self.tr("Consultation with a gynecologist") if a.consultation else self.tr("Appointment")

    def clock(self, at: time) -> str:
        """A time of day as she typed it: '10:30'."""
        return at.strftime("%H:%M")

    def appointment_when(self, a: Appointment) -> str:
        """'10 Dec 2026, 10:30' (ISO in the CLI)."""
        return self.tr("{day}, {time}").format(day=self.date_text(a.day), time=self.clock(a.at))

    def appointment_status(self, a: Appointment, today: date) -> str:
        """'in 3 days, 10:30', 'today, 10:30'; once passed, whether it took place as she said."""
        days = (a.day - today).days
        if days >= 0:
            return self.tr("{countdown}, {time}").format(countdown=self.countdown(days), time=self.clock(a.at))
        if a.outcome == "happened":
            return self.tr("took place")
        if a.outcome == "not-happened":
            return self.tr("did not take place")
        return self.tr("passed")

    def appointment_reminder(self, a: Appointment, *, discreet: bool = False) -> str:
        """The reminder on its day: 'Today at 10:30: Consultation with a gynecologist (Clinic).'

        Discreet: the time only, no title and no place (a notification shows over whatever is on screen).
        """
        if discreet:
            return self.tr("Today at {time}: an appointment in Recovery Journal.").format(time=self.clock(a.at))
        place = f" ({a.place})" if a.place else ""
        return self.tr("Today at {time}: {title}{place}.").format(
            time=self.clock(a.at), title=self.appointment_title(a), place=place
        )

    def appointment_question(self, a: Appointment) -> str:
        """Asked once, after its day: did it take place?"""
        return self.tr("Did “{title}” on {when} take place?").format(
            title=self.appointment_title(a), when=self.appointment_when(a)
        )

    def not_medical_advice(self) -> str:
        """Said once, the same in the window, the welcome, the command line and the PDF."""
        return self.tr(
            "This is not medical advice. The dates come from the article “Sex after a miscarriage”, which "
            "Recovery Journal shows word for word, from your doctor, or from you; your own doctor's "
            "instructions come first."
        )

    # -- temperature -------------------------------------------------------------------------------

    def number(self, value: float, decimals: int = 1) -> str:
        return self._number_text(value, decimals)

    def temperature(self, celsius: float, unit: TemperatureUnit) -> str:
        """'38.0 °C' (or '38,0 °C' in the window of a German locale), in the unit she reads."""
        return f"{self.number(to_unit(celsius, unit), 1)} {unit.symbol}"

    def warning_notes(self, notes: tuple[WarningNote, ...], unit: TemperatureUnit) -> str:
        """The day's notes as one text (fever first), the guidance quoted once; "" with none."""
        leads = [self._warning_lead(note.sign, unit) for note in notes]
        return " ".join([*leads, self.aftercare_guidance(unit)]) if leads else ""

    def _warning_lead(self, sign: WarningSign, unit: TemperatureUnit) -> str:
        if sign is WarningSign.FEVER:
            return self.tr("This is {threshold} or more.").format(threshold=self.temperature(FEVER_THRESHOLD_C, unit))
        if sign is WarningSign.UNUSUAL_DISCHARGE:
            return self.tr("You recorded discharge with an unusual colour or smell.")
        return self.tr("You recorded heavy bleeding.")

    def aftercare_guidance(self, unit: TemperatureUnit) -> str:
        """What aftercare guidance says, quoted by name: never the article, which says nothing of this."""
        return self.tr(
            "Aftercare guidance (for example the NHS, not the article) says to get medical advice promptly, "
            "from your doctor or a health helpline, if after a miscarriage you have a temperature of "
            "{threshold} or higher, heavy bleeding, smelly discharge, or pain that gets worse."
        ).format(threshold=self.temperature(FEVER_THRESHOLD_C, unit))

    def _bound(self, value: float) -> str:
        """30 or 86.5: no ".0" on a whole bound."""
        return self.number(value, 0 if value == int(value) else 1)

    def temperature_error(self, error: TemperatureError, unit: TemperatureUnit) -> str:
        """Why what she typed is not a temperature, as a sentence beside the field."""
        if error.low is not None and error.high is not None:
            return self.tr("A body temperature is between {low} and {high} {unit}; '{typed}' is not.").format(
                low=self._bound(error.low), high=self._bound(error.high), unit=unit.symbol, typed=error.typed
            )
        example = self.number(37.2 if unit is TemperatureUnit.CELSIUS else 99.0, 1)
        return self.tr("'{typed}' is not a temperature; type a number like {example}.").format(
            typed=error.typed, example=example
        )
