"""Where the bundled, read-only resources live (article, plan, icons).

The app ships ``resources/`` at the top of the repository, next to the package;
an editable install (what ``make run`` does) keeps that layout.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)


@cache
def article_text() -> str:
    """The article exactly as shipped: it is shown verbatim, never edited."""
    return resource_path("article.txt").read_text(encoding="utf-8")
