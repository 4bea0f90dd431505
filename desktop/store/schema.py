"""Schema revisions: read cheaply, upgrade with Alembic only when needed.

Alembic costs tens of milliseconds to import, so start-up reads the
``alembic_version`` row with plain SQL and imports Alembic only when the
journal is behind. ``SCHEMA_HEAD`` must name the newest migration (a test
checks it against Alembic's own idea of head). Nothing here imports
SQLAlchemy or Alembic until an upgrade runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.errors import JournalError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

    from desktop.store.rows import Execute

SCHEMA_HEAD = "0007"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

HAS_VERSION_TABLE_SQL = "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
VERSION_SQL = "SELECT version_num FROM alembic_version"


def read_schema_revision(execute: Execute) -> str | None:
    """The journal's schema revision, or None for a new file (on either path: see ``rows.Execute``)."""
    if not list(execute(HAS_VERSION_TABLE_SQL, {})):
        return None
    rows = list(execute(VERSION_SQL, {}))
    return str(rows[0][0]) if rows else None


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection: Connection, current: str | None, target: str = "head") -> None:
    if current is not None and current not in KNOWN_REVISIONS:
        raise JournalError(
            f"this journal was written by a newer version of Recovery Journal (schema {current}); "
            "please update the app — the file was not changed"
        )
    from alembic import command

    command.upgrade(alembic_config(connection), target)
