from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.guidance.plan import article_plan
from desktop.resources import article_text
from desktop.ui.plan.article_panel import ArticlePanel
from desktop.ui.plan.article_text import article_headings


def test_the_article_is_split_into_its_three_headings() -> None:
    assert article_headings(article_text()) == [
        "Sex after a miscarriage",
        "When can you have sex after a miscarriage?",
        "Planning pregnancy after miscarriage",
    ]


def test_the_panel_holds_every_heading_as_a_heading_and_every_word(qtbot: QtBot) -> None:
    panel = ArticlePanel()
    qtbot.addWidget(panel)
    assert panel.headings() == article_headings(article_text())
    shown = " ".join(panel.plain_text().split())
    assert shown == " ".join(article_text().split())


def test_every_passage_can_be_highlighted(qtbot: QtBot) -> None:
    panel = ArticlePanel()
    qtbot.addWidget(panel)
    plan = article_plan()
    for passage in plan.passages.values():
        assert panel.highlight_passage(passage)
        assert panel.highlighted_passage() == passage
    assert not panel.highlight_passage("words that are not in the article")
