"""The search panel: results off the UI thread, latest query wins, choosing a result names the day."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.store.search import SearchHit, SnippetPart
from desktop.ui.search.panel import SearchPanel, hit_html

D1, D2 = date(2026, 3, 1), date(2026, 3, 2)


@pytest.fixture
def panel(qtbot: QtBot, journal):  # type: ignore[no-untyped-def]
    journal.save_entry(D1, "Walking by the river <calm>")
    journal.save_entry(D2, "Боли меньше, walked a little")
    widget = SearchPanel(journal.search, pause_ms=0)
    qtbot.addWidget(widget)
    yield widget
    widget.wait_for_idle()


def test_typing_lists_matching_days_best_first(panel: SearchPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=5000) as blocker:
        panel.set_query("walk")
    assert blocker.args == [2]
    assert sorted(panel.shown_dates()) == [D1, D2]
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.set_query("боль")
    assert panel.shown_dates() == [D2]
    assert panel.status.text() == "1 day"


def test_choosing_a_result_emits_its_day(panel: SearchPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.set_query("river")
    with qtbot.waitSignal(panel.day_chosen) as blocker:
        panel.results.itemActivated.emit(panel.results.item(0))
    assert blocker.args == [D1]


def test_nothing_found_and_problems_are_said_in_words(panel: SearchPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.set_query("zebra")
    assert panel.status.text() == "No day matches."
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.set_query("…")
    assert "at least one word" in panel.status.text()
    panel.set_query("")
    panel.run_search()
    assert panel.shown_dates() == [] and panel.status.text() == ""


def test_an_older_answer_never_replaces_a_newer_one(qtbot: QtBot) -> None:
    def search(query: str) -> list[SearchHit]:
        return [SearchHit(D1 if query == "old" else D2, (SnippetPart(query, True),), 1.0)]

    panel = SearchPanel(search, pause_ms=0)
    qtbot.addWidget(panel)
    panel.field.setText("old")
    panel.run_search()
    panel.field.setText("new")
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.run_search()
    panel.wait_for_idle()
    qtbot.wait(50)  # let any queued older answer arrive: it must be ignored
    assert panel.shown_dates() == [D2]


def test_snippets_escape_her_text_and_bold_the_found_words() -> None:
    hit = SearchHit(D1, (SnippetPart("a <b>", False), SnippetPart("walk", True)), 1.0)
    html = hit_html(hit)
    assert "a &lt;b&gt;<b>walk</b>" in html


def test_a_result_s_height_follows_the_list_s_width_and_font(qtbot: QtBot) -> None:
    """Each result's laid-out text is kept for reuse, but never for another width or font."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    words = " ".join(["a quiet walk by the river"] * 12)
    widget = SearchPanel(lambda _query: [SearchHit(D1, (SnippetPart(words, True),), 1.0)], pause_ms=0)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.results_shown, timeout=5000):
        widget.set_query("walk")
    delegate, index = widget.results.itemDelegate(), widget.results.model().index(0, 0)

    def height(width: int, point_size: float) -> int:
        option = QStyleOptionViewItem()
        option.rect.setWidth(width)
        option.font.setPointSizeF(point_size)
        return delegate.sizeHint(option, index).height()

    wide, narrow = height(900, 10), height(300, 10)
    assert narrow > wide and height(900, 10) == wide  # the wide layout was kept, not overwritten by the narrow one
    assert height(900, 20) > wide  # large text is laid out again
