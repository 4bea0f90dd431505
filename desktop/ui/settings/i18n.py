"""Translations and the user's locale: what the window says, and how it writes dates and numbers.

Every user-visible string goes through ``self.tr()`` or ``QCoreApplication.translate()``
so that ``make translations`` (pyside6-lupdate) can collect it into
``resources/translations/recovery-journal_<lang>.ts``; a translator fills in one
of those in Qt Linguist, and the build turns it into a ``.qm`` that
``install_translations`` loads at start. No code changes for a new language.

Dates shown to her go through ``QLocale`` (month and weekday names, order,
separators); ISO dates stay where they are data (file names, exports).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from desktop.guidance.kinds import EventKind
from desktop.resources import resource_path
from desktop.wording import Wording


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark a module-level text for ``make translations``; translate it where it is shown.

    PySide6's own version is typed as returning ``object``; this one keeps the ``str``.
    """
    return source_text


CATALOG = "recovery-journal"  # resources/translations/recovery-journal_<lang>.qm
QT_CATALOG = "qtbase"  # Qt's own: the standard buttons (Save, Cancel, Yes, No), context menus

# The words of the core (desktop.guidance knows no Qt): listed here so lupdate collects them.
EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.MISCARRIAGE: QT_TRANSLATE_NOOP("EventKind", "Miscarriage"),
    EventKind.PROCEDURE: QT_TRANSLATE_NOOP("EventKind", "Uterine procedure"),
    EventKind.PERIOD: QT_TRANSLATE_NOOP("EventKind", "Period start"),
    EventKind.CONSULTATION: QT_TRANSLATE_NOOP("EventKind", "Gynecologist consultation"),
}


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the app's and Qt's translations for ``locale`` (default: the user's), where they exist.

    Cheap on the first-paint path: for each catalog one ``QTranslator.load`` that
    looks for a few file names (``_de_DE``, ``_de``) and maps the one it finds.
    An English or "C" locale needs nothing: the source texts are English.
    """
    locale = locale or QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return []
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog, folder in ((QT_CATALOG, qt_dir), (CATALOG, translations_dir())):
        translator = QTranslator(app)
        if translator.load(locale, catalog, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def plural(text: str, n: int) -> str:
    """English for ``tr("%n day(s)", "", n)`` when no translation is loaded ("1 day", "2 days").

    ``tr`` with ``n`` gives the source text itself (``%n`` filled in) when no
    catalog translates it; a translation never contains "(s)", so this is a no-op then.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def kind_label(kind: EventKind) -> str:
    """The event kind's name in her language ("Miscarriage", "Period start", …)."""
    return QCoreApplication.translate("EventKind", EVENT_KIND_LABELS[kind])


def medium_date(day: date, locale: QLocale | None = None) -> str:
    """'19 Mar 2026' in her language: short, and unambiguous in every country (unlike 3/4/26)."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def long_date(day: date, locale: QLocale | None = None) -> str:
    """'Thursday, 19 March 2026' (or 'Donnerstag, 19. März 2026'): the locale's own long form."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def date_time_text(moment: datetime, locale: QLocale | None = None) -> str:
    """'19 Mar 2026 08:00' with the locale's own clock (24 h or AM/PM)."""
    locale = locale or QLocale()
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{medium_date(moment.date(), locale)} {time}"


def number_text(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """A measurement with the locale's decimal sign: 37.5 or 37,5."""
    return (locale or QLocale()).toString(float(value), "f", decimals)


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
    """The window's translate function for :class:`desktop.wording.Wording`: the installed catalogs."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def wording() -> Wording:
    """The plan's sentences as the window shows them: her language, her locale's dates and decimal sign.

    Made per use (it is two attribute writes) so a catalog or locale change is picked up at once.
    """
    return Wording(qt_translate, date_text=medium_date, number_text=lambda value, decimals: number_text(value, decimals))


__all__ = [
    "CATALOG",
    "EVENT_KIND_LABELS",
    "date_time_text",
    "install_translations",
    "kind_label",
    "long_date",
    "medium_date",
    "number_text",
    "plural",
    "qt_translate",
    "translations_dir",
    "wording",
]
