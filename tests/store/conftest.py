"""The store's behaviour tests run on both roads to the file (see desktop/store/journal.py).

``lean``: the pages (history, marks, a day's page, saving it) on the stdlib
driver, SQLAlchemy only for the rest; ``sqlalchemy``: everything on the
engine. Both run the same statements, and these tests keep them honest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.paths import journal_path
from desktop.store import Journal, open_journal


@pytest.fixture(params=[True, False], ids=["lean", "sqlalchemy"])
def lean(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def journal(data_dir: Path, lean: bool) -> Iterator[Journal]:
    with open_journal(journal_path(data_dir), lean=lean) as opened:
        yield opened
