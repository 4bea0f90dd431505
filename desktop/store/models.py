"""The journal's tables, as SQLAlchemy 2.x typed models.

Only the store touches these classes; everything above it gets frozen
dataclasses (see ``desktop/store/records.py`` and ``rows.py``), so no widget ever holds a
session or a lazy-loading ORM object.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.store.records import (
    APPOINTMENT_OUTCOMES,
    BLEEDING_LEVELS,
    DISCHARGE_KINDS,
    HCG_RANGE,
    MOOD_RANGE,
    PAIN_RANGE,
    PLACE_MAX,
    TEMPERATURE_RANGE_C,
    TEST_RESULTS,
    TITLE_MAX,
)

_BLEEDING_SQL = ", ".join(f"'{level}'" for level in BLEEDING_LEVELS)


def sql_choices(choices: tuple[str, ...]) -> str:
    """``'a', 'b'`` for a CHECK constraint's IN list (the choices are the store's own words, never her text)."""
    return ", ".join(f"'{choice}'" for choice in choices)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class Event(Timestamped, Base):
    """A date she recorded: a miscarriage, a procedure, a period start or a consultation."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("kind IN ('miscarriage', 'procedure', 'period', 'consultation')", name="ck_events_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Entry(Timestamped, Base):
    """One day's journal page. Every structured field is optional: NULL means "not recorded"."""

    __tablename__ = "entries"
    __table_args__ = (
        CheckConstraint(
            f"bleeding IS NULL OR bleeding IN ({_BLEEDING_SQL})",
            name="ck_entries_bleeding",
        ),
        CheckConstraint("pain IS NULL OR pain BETWEEN {:g} AND {:g}".format(*PAIN_RANGE), name="ck_entries_pain"),
        CheckConstraint(
            "temperature_c IS NULL OR temperature_c BETWEEN {:g} AND {:g}".format(*TEMPERATURE_RANGE_C),
            name="ck_entries_temperature",
        ),
        CheckConstraint("mood IS NULL OR mood BETWEEN {:g} AND {:g}".format(*MOOD_RANGE), name="ck_entries_mood"),
        CheckConstraint(
            f"test_result IS NULL OR test_result IN ({sql_choices(TEST_RESULTS)})", name="ck_entries_test_result"
        ),
        CheckConstraint(
            "hcg_miu_ml IS NULL OR hcg_miu_ml BETWEEN {:g} AND {:g}".format(*HCG_RANGE), name="ck_entries_hcg"
        ),
        CheckConstraint(f"discharge IS NULL OR discharge IN ({sql_choices(DISCHARGE_KINDS)})", name="ck_entries_discharge"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[date] = mapped_column(Date, unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    bleeding: Mapped[str | None] = mapped_column(String(10), nullable=True)
    pain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    temperature_c: Mapped[float | None] = mapped_column(Float, nullable=True)
    mood: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tags: Mapped[str] = mapped_column(Text, default="")  # tags joined by newlines; see journal.py
    test_result: Mapped[str | None] = mapped_column(String(10), nullable=True)
    hcg_miu_ml: Mapped[float | None] = mapped_column(Float, nullable=True)
    discharge: Mapped[str | None] = mapped_column(String(10), nullable=True)
    medicines: Mapped[str] = mapped_column(Text, default="")  # a line per medicine; see records.medicines_to_text


class MilestoneOverride(Timestamped, Base):
    """Her doctor's date for one of the article's milestones (a date, or days after day 0), for one loss.

    ``loss_date`` is the date the loss began (its miscarriage, or its procedure when
    no miscarriage is recorded); NULL for a change kept from before losses were told
    apart that no loss could claim (migration 0005): kept, exported, not planned with.
    """

    __tablename__ = "milestone_overrides"
    __table_args__ = (
        CheckConstraint("(date IS NULL) <> (offset_days IS NULL)", name="ck_override_date_or_offset"),
        UniqueConstraint("loss_date", "key", name="uq_override_loss_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    loss_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    offset_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class CustomMilestone(Timestamped, Base):
    """A milestone she added herself."""

    __tablename__ = "custom_milestones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ReminderShown(Base):
    """A reminder announced on a day (milestone key and date only): kept in the journal, never in settings."""

    __tablename__ = "reminders_shown"
    __table_args__ = (UniqueConstraint("key", "day", name="uq_reminders_shown_key_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    day: Mapped[date] = mapped_column(Date)


class AppointmentRow(Timestamped, Base):
    """An appointment booked ahead (records.Appointment): day, time "HH:MM", title, place, and whether it happened."""

    __tablename__ = "appointments"
    __table_args__ = (
        CheckConstraint(f"outcome IS NULL OR outcome IN ({sql_choices(APPOINTMENT_OUTCOMES)})", name="ck_appointments_outcome"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    at: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    place: Mapped[str] = mapped_column(String(PLACE_MAX), default="")
    consultation: Mapped[bool] = mapped_column(Boolean, default=True)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
