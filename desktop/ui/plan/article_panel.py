"""The article, verbatim, in a side panel that can point at a passage."""

from __future__ import annotations

import html

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from desktop.resources import article_text
from desktop.ui.plan.article_text import article_paragraphs
from desktop.ui.plan.content_note import ContentNote

HIGHLIGHT = QColor(240, 200, 90, 80)  # light enough under dark-theme text: 5.6:1 (at 110 it was 4.2:1)


def article_html(article: str) -> str:
    parts: list[str] = []
    for paragraph in article_paragraphs(article):
        text = html.escape(paragraph.text)
        if paragraph.level == 1:
            parts.append(f"<h1>{text}</h1>")
        elif paragraph.level == 2:
            parts.append(f"<h2>{text}</h2>")
        else:
            parts.append(f"<p>{text}</p>")
    return "\n".join(parts)


class ArticlePanel(QWidget):
    """Shows the source article and highlights the passage a milestone comes from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePanel")
        caption = QLabel(self.tr("The source article, as published"))
        caption.setObjectName("panelCaption")
        self.content_note = ContentNote(parent=self)  # before the browser: the first thing Tab reaches here
        # The article is quoted word for word, so it stays in English; a translated window says so.
        # The line shows only when a catalog translates it: an English window needs no such note.
        language_text = "The article is in English, as it was published."
        language = self.tr("The article is in English, as it was published.")
        self.language_note = QLabel(language)
        self.language_note.setObjectName("articleLanguageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(language != language_text)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Article: Sex after a miscarriage"))
        self.browser.setAccessibleDescription(self.tr("The article the milestones come from, shown word for word."))
        self.browser.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; font-weight: 600; margin-bottom: 8px; }"
            "h2 { font-size: large; font-weight: 600; margin-top: 14px; }"
            "p { line-height: 140%; margin-bottom: 8px; }"
        )
        self.browser.setHtml(article_html(article_text()))
        self.browser.document().setDocumentMargin(14)
        self._highlighted = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.language_note)
        layout.addWidget(self.content_note)
        layout.addWidget(self.browser)

    def tab_chain(self) -> list[QWidget]:
        """The panel's stops for Tab, in order: the content note's close button (while shown), then the article."""
        return [self.content_note.close_button, self.browser]

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def headings(self) -> list[str]:
        """The headings as the document holds them (for tests and screen readers)."""
        found: list[str] = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.append(block.text())
            block = block.next()
        return found

    def highlighted_passage(self) -> str:
        return self._highlighted

    def highlight_passage(self, passage: str | None) -> bool:
        """Mark ``passage`` and scroll it into view; False when it is not in the article."""
        if not passage:
            self.browser.setExtraSelections([])
            self._highlighted = ""
            return False
        cursor = self.browser.document().find(passage, 0, QTextDocument.FindFlag.FindCaseSensitively)
        if cursor.isNull():
            return False
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        selection.format = fmt
        selection.cursor = cursor
        self.browser.setExtraSelections([selection])
        self._highlighted = cursor.selectedText()
        # Scroll so the passage sits near the top, then make sure its end is visible too.
        view_cursor = QTextCursor(cursor)
        view_cursor.setPosition(cursor.selectionEnd())
        self.browser.setTextCursor(view_cursor)
        self.browser.ensureCursorVisible()
        view_cursor.setPosition(cursor.selectionStart())
        self.browser.setTextCursor(view_cursor)
        self.browser.ensureCursorVisible()
        return True

    def set_font_point_size(self, size: float) -> None:
        font = self.browser.font()
        font.setPointSizeF(size)
        self.browser.setFont(font)

    def set_text_size(self, points: int) -> None:
        """The article's text size preference: 0 follows the system's size (and later changes to it)."""
        if points > 0:
            self.set_font_point_size(points)
        else:
            self.browser.setFont(QFont())  # an empty font: inherit again


__all__ = ["ArticlePanel", "article_html"]
