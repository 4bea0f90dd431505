"""The content note above the article, driven by keyboard: read, Tab to its close button, Space; gone for good."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.resources import article_text
from desktop.ui.plan.article_panel import ArticlePanel
from desktop.ui.plan.content_note import DISMISSED_KEY
from tests.keyboard_driver import focused, press, show_active


def shown_panel(qtbot: QtBot) -> ArticlePanel:
    panel = ArticlePanel()
    qtbot.addWidget(panel)
    show_active(qtbot, panel)
    return panel


def test_the_note_names_the_clinical_words_the_article_really_uses(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot)
    note = panel.content_note
    assert note.isVisible()
    assert note.text.text().startswith("This article uses clinical words, such as ")
    for quoted in ("essentially equivalent to abortion", "contents of the uterus"):
        assert f"“{quoted}”" in note.text.text()
        assert quoted in article_text()  # quoted from the article, not made up
    assert note.geometry().bottom() < panel.browser.geometry().top()  # above the article
    assert note.text.fontMetrics().height() * 3 > note.sizeHint().height() or note.text.wordWrap()  # a line, not a page


def test_dismissed_by_keyboard_and_stays_dismissed(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot)
    for _ in range(5):  # Tab reaches the close button before the article
        if focused() is panel.content_note.close_button:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is panel.content_note.close_button
    assert panel.content_note.close_button.accessibleName() == "Dismiss the note about the article's clinical words"
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.content_note.isVisible(), timeout=2000)
    assert QSettings().value(DISMISSED_KEY, type=bool)
    assert panel.browser.isVisible()  # the article itself stays

    again = shown_panel(qtbot)
    assert not again.content_note.isVisible()
    press(Qt.Key.Key_Tab)
    assert focused() is not again.content_note.close_button  # a hidden note takes no Tab stop


def test_the_window_tabs_from_the_note_into_the_article(qtbot: QtBot, data_dir) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop.ui.app import build_window

    win = build_window(data_dir, lambda: date(2026, 3, 19))
    qtbot.addWidget(win)
    show_active(qtbot, win)
    assert win.load()
    win.editor.editor.setFocus()
    stops = []
    for _ in range(30):  # the day's fields come first, under the note (they are shown once load() returns)
        win.focusNextChild()
        stops.append(focused())
        if focused() is win.article.browser:
            break
    fields = win.journal_features.fields
    assert fields is not None and fields.bleeding in stops
    assert win.article.content_note.close_button in stops
    assert stops.index(fields.tags) < stops.index(win.article.content_note.close_button)
    assert stops.index(win.article.content_note.close_button) < stops.index(win.article.browser)
