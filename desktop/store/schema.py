"""Schema revisions: read cheaply, upgrade with Alembic only when needed.

Alembic costs tens of milliseconds to import, so start-up reads the
``alembic_version`` row with plain SQL and imports Alembic only when the
journal is behind. ``SCHEMA_HEAD`` must name the newest migration (a test
checks it against Alembic's own idea of head).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

SCHEMA_HEAD = "0007"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def read_schema_revision(connection: Connection) -> str | None:
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if not has_table:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection: Connection, current: str | None, target: str = "head") -> None:
    from desktop.store.journal import JournalError

    if current is not None and current not in KNOWN_REVISIONS:
        raise JournalError(
            f"this journal was written by a newer version of Recovery Journal (schema {current}); "
            "please update the app — the file was not changed"
        )
    from alembic import command

    command.upgrade(alembic_config(connection), target)
