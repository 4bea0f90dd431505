"""The plan in her language: the window's words for what the pure-Python core computes.

``desktop.guidance`` knows no Qt, so it writes its texts (the header, the
calendar's day descriptions, "in 4 days", the fever note) in English only; the
CLI prints them as they are. The window must not show those strings: it words
the plan here again, from the core's *data* (dates, counts, sources, keys),
through ``QCoreApplication.translate`` with one fixed context, and writes dates
and numbers through ``QLocale``. Without a catalog every function returns the
core's English word for word (tests/test_ui_plan_text.py compares them), so the
two cannot drift apart unnoticed.

The milestone titles and explanations come from resources/guidance/article.toml.
lupdate cannot read TOML, so they are listed once below (``PLAN_TEXTS``); a test
fails when the plan file and the list differ. The English text is the source
string, so a doctor-changed milestone (same key, same title) is translated too.
Her own milestones' titles are what she typed and are never translated.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.guidance.engine import (
    History,
    Milestone,
    day_zero_for,
    next_milestone,
)
from desktop.guidance.kinds import EventKind
from desktop.guidance.temperature import FEVER_THRESHOLD_C, TemperatureError, TemperatureUnit, to_unit
from desktop.guidance.terms import Kind, Source
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, kind_label, medium_date, number_text, plural

# Literal calls ``translate("PlanText", "…")`` below, not a wrapper: lupdate only finds those.
translate = QCoreApplication.translate
CONTEXT = "PlanText"


class PlanText:
    """The translation context of a plural: ``PlanText.tr("%n …", "", n)``.

    That spelling is the one pyside6-lupdate collects as a plural with its forms
    (``translate(ctx, text, None, n)`` loses them); lupdate reads only the syntax,
    so this is a plain class with a typed ``tr``, and ``plural(…)`` around the call
    keeps English without a catalog reading "1 day" / "2 days".
    """

    @staticmethod
    def tr(text: str, disambiguation: str, n: int) -> str:
        return QCoreApplication.translate(CONTEXT, text, disambiguation or None, n)


# Every title and explanation of resources/guidance/article.toml, for lupdate (tests keep the two equal).
PLAN_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PlanText", "No sex (three-week window)"),
    QT_TRANSLATE_NOOP(
        "PlanText", "The article says sex should wait at least three weeks, because of the risk of infection."
    ),
    QT_TRANSLATE_NOOP("PlanText", "Earliest date for sex"),
    QT_TRANSLATE_NOOP("PlanText", "Three weeks after day 0, the earliest the article gives."),
    QT_TRANSLATE_NOOP("PlanText", "First period"),
    QT_TRANSLATE_NOOP(
        "PlanText", "The first period you log after day 0. Until then, an estimate of 4 to 6 weeks."
    ),
    QT_TRANSLATE_NOOP(
        "PlanText",
        "An estimate, not from the article: common aftercare guidance (for example the NHS) "
        "says the first period usually comes 4 to 6 weeks later.",
    ),
    QT_TRANSLATE_NOOP("PlanText", "Ideal date for sex"),
    QT_TRANSLATE_NOOP("PlanText", "The article says ideally after the next period, and never before three weeks."),
    QT_TRANSLATE_NOOP("PlanText", "Not yet planning a pregnancy"),
    QT_TRANSLATE_NOOP("PlanText", "The article says planning the next pregnancy should not be rushed."),
    QT_TRANSLATE_NOOP("PlanText", "Earliest time to plan a pregnancy"),
    QT_TRANSLATE_NOOP("PlanText", "Six months after day 0, the earliest the article gives."),
    QT_TRANSLATE_NOOP("PlanText", "Better time to plan a pregnancy"),
    QT_TRANSLATE_NOOP("PlanText", "One year after day 0, the time the article calls better."),
    QT_TRANSLATE_NOOP("PlanText", "See a gynecologist"),
    QT_TRANSLATE_NOOP(
        "PlanText",
        "The article says planning a pregnancy requires a consultation with a gynecologist first.",
    ),
)

SOURCE_TEXTS: dict[str, str] = {
    Source.ARTICLE: QT_TRANSLATE_NOOP("PlanText", "from the article"),
    Source.ESTIMATE: QT_TRANSLATE_NOOP("PlanText", "an estimate, not from the article"),
    Source.DOCTOR: QT_TRANSLATE_NOOP("PlanText", "from your doctor"),
    Source.USER: QT_TRANSLATE_NOOP("PlanText", "your own"),
}


def _tr(text: str) -> str:
    """A text known only at run time (a title from the plan file; lupdate finds it in PLAN_TEXTS)."""
    return translate(CONTEXT, text)


# -- milestones --------------------------------------------------------------------------


def milestone_title(m: Milestone) -> str:
    """The title in her language; hers as she typed it.

    The first period's estimate title is the article's title plus " (estimate)"
    in the core, so it is translated as the two parts.
    """
    if m.source is Source.USER:
        return m.title
    if m.is_estimate:
        return translate("PlanText", "{title} (estimate)").format(title=_tr(m.title))
    return _tr(m.title)


def milestone_explanation(m: Milestone) -> str:
    """The one-line why of a milestone (tooltips); her own say only that she added them."""
    if m.source is Source.USER:
        return translate("PlanText", "A milestone you added.")
    return _tr(m.explanation)


def source_text(source: str) -> str:
    """Where a date comes from, in running text: "from the article", "your own", …"""
    return _tr(SOURCE_TEXTS[source]) if source in SOURCE_TEXTS else source


def countdown(days: int) -> str:
    """"today", "tomorrow", "in 4 days"; an open to-do past its date says "3 days ago".

    (The core writes "in -3 days" there; Qt fills in ``%n`` only for n >= 0, and "ago" reads better.)
    """
    if days < 0:
        return plural(PlanText.tr("%n day(s) ago", "", -days), -days)
    if days == 0:
        return translate("PlanText", "today")
    if days == 1:
        return translate("PlanText", "tomorrow")
    return plural(PlanText.tr("in %n day(s)", "", days), days)


# -- the header and the calendar's day texts ------------------------------------------------


def header(history: History, milestones: list[Milestone], today: date) -> str:
    """'Day 17 since the procedure · Next: Earliest date for sex, in 4 days'; "" with no loss.

    A whole sentence per anchor (procedure or miscarriage), so a translator never
    has to fit a phrase into another language's grammar. A day 0 still ahead is
    written as her locale's date (the core writes ISO for the CLI).
    """
    day_zero = day_zero_for(history)
    if day_zero is None:
        return ""
    days = (today - day_zero.date).days
    procedure = day_zero.anchor is EventKind.PROCEDURE
    if days < 0:
        ahead = (
            plural(PlanText.tr("The procedure is recorded for {date}, %n day(s) ahead", "", -days), -days)
            if procedure
            else plural(PlanText.tr("The miscarriage is recorded for {date}, %n day(s) ahead", "", -days), -days)
        )
        text = ahead.format(date=medium_date(day_zero.date))
    else:
        since = translate("PlanText", "Day {day} since the procedure") if procedure else translate("PlanText", "Day {day} since the miscarriage")
        text = since.format(day=days)
    upcoming = next_milestone(milestones)
    if upcoming is not None and upcoming.start is not None:
        following = translate("PlanText", "{header} · Next: {title}, {when}")
        when = countdown((upcoming.start - today).days)
        text = following.format(header=text, title=milestone_title(upcoming), when=when)
    return text


def _in_running_text(title: str, translated: str) -> str:
    """English lower-cases a title inside a sentence; other languages keep their own capitals (German nouns)."""
    return title.lower() if translated == title else translated


def day_description(day: date, history: History, milestones: list[Milestone]) -> list[str]:
    """What applies to one day, one line each: the calendar's tooltip and what a screen reader hears."""
    day_zero = day_zero_for(history)
    lines: list[str] = []
    if day_zero is not None and day >= day_zero.date:
        after = (
            translate("PlanText", "Day {day} after the procedure")
            if day_zero.anchor is EventKind.PROCEDURE
            else translate("PlanText", "Day {day} after the miscarriage")
        )
        lines.append(after.format(day=(day - day_zero.date).days))
    for m in milestones:
        title = milestone_title(m)
        if m.kind is Kind.WINDOW and m.covers(day):
            assert m.end is not None
            left = (m.end - day).days
            inside = (
                plural(PlanText.tr("Inside your doctor's window: {title}; %n day(s) to go", "", left), left)
                if m.source is Source.DOCTOR
                else plural(PlanText.tr("Inside the article's window: {title}; %n day(s) to go", "", left), left)
            )
            lines.append(inside.format(title=_in_running_text(m.title, title)))
        elif m.is_estimate and m.covers(day):
            lines.append(translate("PlanText", "{title}: expected around now (not from the article)").format(title=title))
        elif m.falls_on(day):
            lines.append(translate("PlanText", "{title} ({source})").format(title=title, source=source_text(m.source)))
    for event in history.events:
        if event.date == day:
            lines.append(translate("PlanText", "Recorded: {kind}").format(kind=kind_label(event.kind)))
    return lines


# -- temperature -------------------------------------------------------------------------------


def temperature_text(celsius: float, unit: TemperatureUnit) -> str:
    """'38.0 °C' with her locale's decimal sign ('38,0 °C'), in the unit she reads."""
    return f"{number_text(to_unit(celsius, unit), 1)} {unit.symbol}"


def fever_note_text(unit: TemperatureUnit) -> str:
    """The calm note at 38.0 °C or more (the core decides when: ``fever_note_for``)."""
    return translate(
        "PlanText", "This is {threshold} or more. The article speaks of the risk of infection after a miscarriage; "
        "with a temperature like this, it is a good idea to contact your doctor."
    ).format(threshold=temperature_text(FEVER_THRESHOLD_C, unit))


def _bound(value: float) -> str:
    """30 or 86.5: no ".0" on a whole bound, like the core's ``:g``."""
    return number_text(value, 0 if value == int(value) else 1)


def temperature_error_text(error: TemperatureError, unit: TemperatureUnit) -> str:
    """Why what she typed is not a temperature, as a sentence beside the field."""
    if error.low is not None and error.high is not None:
        return translate("PlanText", "A body temperature is between {low} and {high} {unit}; '{typed}' is not.").format(
            low=_bound(error.low), high=_bound(error.high), unit=unit.symbol, typed=error.typed
        )
    example = number_text(37.2 if unit is TemperatureUnit.CELSIUS else 99.0, 1)
    return translate("PlanText", "'{typed}' is not a temperature; type a number like {example}.").format(
        typed=error.typed, example=example
    )


__all__ = [
    "PLAN_TEXTS",
    "countdown",
    "day_description",
    "fever_note_text",
    "header",
    "milestone_explanation",
    "milestone_title",
    "source_text",
    "temperature_text",
    "temperature_error_text",
]
