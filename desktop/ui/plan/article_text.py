"""Turns the plain-text article into structure: which paragraphs are headings.

Kept apart from the widget so the rule can be tested, and so the article is
never edited: every paragraph is shown with exactly its own words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    text: str
    level: int  # 0 = body text, 1 = the article's title, 2 = a section heading


def _looks_like_heading(text: str) -> bool:
    return "\n" not in text and len(text) <= 80 and not text.endswith((".", ",", ";", ":"))


def article_paragraphs(article: str) -> list[Paragraph]:
    """Split on blank lines; short single lines without a closing stop are headings."""
    blocks = [block.strip() for block in article.replace("\r\n", "\n").split("\n\n")]
    paragraphs: list[Paragraph] = []
    for block in blocks:
        if not block:
            continue
        if _looks_like_heading(block):
            paragraphs.append(Paragraph(block, 1 if not paragraphs else 2))
        else:
            paragraphs.append(Paragraph(block, 0))
    return paragraphs


def article_headings(article: str) -> list[str]:
    return [p.text for p in article_paragraphs(article) if p.level > 0]
