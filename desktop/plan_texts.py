"""The plan file's titles and explanations and the sources' names, listed once for lupdate.

``resources/guidance/article.toml`` is read at run time, so lupdate cannot find
its texts; they are listed here under the "Wording" context, the context
``desktop/wording.py`` translates them in (a test keeps this list and the file
equal). No Qt: the command line and the exports use the English.
"""

from __future__ import annotations

from desktop.guidance.terms import Source

__all__ = ["PLAN_TEXTS", "QT_TRANSLATE_NOOP", "SOURCE_TEXTS"]


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark a text for lupdate; it is translated where it is shown."""
    return source_text



# Every title and explanation of resources/guidance/article.toml, for lupdate (a test keeps the two equal).
PLAN_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Wording", "Rest from sex for three weeks"),
    QT_TRANSLATE_NOOP(
        "Wording",
        "The article says sex should wait at least three weeks after the procedure (the cleaning of the uterus), "
        "because of the risk of infection.",
    ),
    QT_TRANSLATE_NOOP("Wording", "Earliest time for sex again"),
    QT_TRANSLATE_NOOP(
        "Wording",
        "Three weeks after the procedure, the earliest the article gives (counted from the miscarriage when no "
        "procedure is recorded).",
    ),
    QT_TRANSLATE_NOOP("Wording", "First period"),
    QT_TRANSLATE_NOOP(
        "Wording", "The first period you record after the procedure or the miscarriage. Until then, an estimate of 4 to 6 weeks."
    ),
    QT_TRANSLATE_NOOP(
        "Wording",
        "An estimate, not from the article: common aftercare guidance (for example the NHS) "
        "says the first period usually comes 4 to 6 weeks later.",
    ),
    QT_TRANSLATE_NOOP("Wording", "Ideal time for sex again"),
    QT_TRANSLATE_NOOP("Wording", "The article says ideally after the next period, and never before three weeks."),
    QT_TRANSLATE_NOOP("Wording", "Not yet planning a pregnancy"),
    QT_TRANSLATE_NOOP("Wording", "The article says planning the next pregnancy should not be rushed."),
    QT_TRANSLATE_NOOP("Wording", "Earliest time to plan a pregnancy"),
    QT_TRANSLATE_NOOP(
        "Wording",
        "The article gives six months after the miscarriage as the earliest. When a procedure is recorded, "
        "these dates count from the procedure instead.",
    ),
    QT_TRANSLATE_NOOP("Wording", "Better time to plan a pregnancy"),
    QT_TRANSLATE_NOOP(
        "Wording",
        "The article calls a year after the miscarriage better. When a procedure is recorded, "
        "these dates count from the procedure instead.",
    ),
    QT_TRANSLATE_NOOP("Wording", "See a gynecologist"),
    QT_TRANSLATE_NOOP(
        "Wording",
        "The article says planning a pregnancy requires a consultation with a gynecologist first.",
    ),
)

SOURCE_TEXTS: dict[Source, str] = {
    Source.ARTICLE: QT_TRANSLATE_NOOP("Wording", "from the article"),
    Source.ESTIMATE: QT_TRANSLATE_NOOP("Wording", "an estimate, not from the article"),
    Source.DOCTOR: QT_TRANSLATE_NOOP("Wording", "from your doctor"),
    Source.USER: QT_TRANSLATE_NOOP("Wording", "your own"),
}
