"""Find a day by what she wrote: a search field and a list of days with snippets.

The panel never sees the store: it is given ``search(query) -> list[SearchHit]``
(``Journal.search``), runs it on the window's task runner (the journal lane,
quietly: no "please wait" over her typing) a moment after typing stops, and
shows only the answer to the latest query; an older query still queued is
dropped. On a 10-year journal a search takes a few milliseconds; on 100,000
pages where every page matches it takes a few hundred (``benchmarks/search.py``),
which is why it is off the UI thread.

Wiring: Ctrl+F shows the panel and calls ``focus_search()``; ``day_chosen(date)``
(click or Enter on a result) jumps to the day; ``close_requested`` on Escape.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.search import SearchHit
from desktop.ui.settings.i18n import medium_date, plural
from desktop.ui.tasks import Lane, TaskControl, TaskRunner

SearchFunction = Callable[[str], list[SearchHit]]
TYPING_PAUSE_MS = 250
DATE_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


def hit_html(hit: SearchHit, locale: QLocale | None = None) -> str:
    """The date on one line and the snippet below, found words in bold; her text is escaped."""
    from desktop.ui.calendar.view import to_qdate

    when = (locale or QLocale()).toString(to_qdate(hit.date), QLocale.FormatType.LongFormat)
    snippet = "".join(f"<b>{html.escape(p.text)}</b>" if p.matched else html.escape(p.text) for p in hit.parts)
    if hit.in_tags:
        snippet = f"<i>{html.escape(QCoreApplication.translate('SearchPanel', 'Tags:'))}</i> {snippet}"
    return f"<div style='font-weight:600'>{html.escape(when)}</div><div>{snippet}</div>"


class _HitDelegate(QStyledItemDelegate):
    """Paints the rich text of a result, in the palette's colours (light or dark).

    Each result's document is laid out once for its width and font and kept
    (``_documents``): the list asks every item's size when it lays out and
    again on each paint, and making and laying out a rich-text document each
    time cost ~30 ms on the UI thread for a page of 50 results.
    """

    _KEEP = 256  # about five pages of results; the oldest go first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        text = index.data(HTML_ROLE) or ""
        width = max(80, option.rect.width() - 12)
        key = (text, width, option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= self._KEEP:
                del self._documents[next(iter(self._documents))]
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setHtml(text)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 (Qt override)
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.textWidth()) + 12, int(document.size().height()) + 8)  # wraps to the list's width


class SearchPanel(QWidget):
    day_chosen = Signal(object)  # datetime.date
    close_requested = Signal()
    results_shown = Signal(int)  # how many days are listed (after each finished search)

    def __init__(
        self,
        search: SearchFunction,
        parent: QWidget | None = None,
        *,
        pause_ms: int = TYPING_PAUSE_MS,
        runner: TaskRunner | None = None,
    ) -> None:
        """``runner``: the window's (a search reads the journal: it queues behind a save, never beside it)."""
        super().__init__(parent)
        self._search = search
        self._generation = 0
        self._runner = runner or TaskRunner(self, show_progress=False)
        self._task: int | None = None

        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search your notes and tags"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search your notes"))
        self.status = QLabel("")
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Days found"))
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)

        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._on_return)
        self._timer.timeout.connect(self.run_search)
        self.results.itemClicked.connect(self._choose)
        self.results.itemActivated.connect(self._choose)

    # -- API -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_query(self, text: str) -> None:
        self.field.setText(text)

    def run_search(self) -> None:
        """Search for the field's text now (the typing pause calls this)."""
        self._timer.stop()
        self._generation += 1
        if self._task is not None:
            self._runner.cancel(self._task)  # still queued: it never runs; running: its answer is ignored
            self._task = None
        query = self.field.text()
        if not query.strip():
            self.results.clear()
            self.status.setText("")
            return
        generation, search = self._generation, self._search

        def work(control: TaskControl) -> tuple[list[SearchHit], str]:
            control.check()
            try:
                return search(query), ""
            except Exception as error:  # noqa: BLE001 — said in the panel ("type at least one word"), never a crash
                return [], str(error)

        self._task = self._runner.run_cancellable(
            self.tr("Searching…"),
            work,
            on_done=lambda answer: self._on_finished(generation, *answer),
            on_error=lambda problem: self._on_finished(generation, [], problem),
            quiet=True,
            lane=Lane.JOURNAL,
        )

    def shown_dates(self) -> list[date]:
        return [self.results.item(row).data(DATE_ROLE) for row in range(self.results.count())]

    def wait_for_idle(self) -> None:
        """Block until no search is running (closing the journal needs this)."""
        self._runner.wait(lane=Lane.JOURNAL)

    # -- internals -----------------------------------------------------------------

    def _on_finished(self, generation: int, hits: list[SearchHit], problem: str) -> None:
        if generation != self._generation:
            return  # an older query's answer: she has typed more since
        self._task = None
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{medium_date(hit.date)}: {hit.snippet}")
            item.setData(DATE_ROLE, hit.date)
            item.setData(HTML_ROLE, hit_html(hit))
            self.results.addItem(item)
        if problem:
            self.status.setText(problem[:1].upper() + problem[1:] + ".")
        elif not hits:
            self.status.setText(self.tr("No day matches."))
        else:
            self.status.setText(plural(self.tr("%n day(s)", "", len(hits)), len(hits)))
        self.results.setAccessibleDescription(self.status.text())  # "3 days", "No day matches." with the list
        self.results_shown.emit(len(hits))

    def _on_return(self) -> None:
        if self.results.count() and not self._timer.isActive():
            self._choose(self.results.item(0))
        else:
            self.run_search()

    def _choose(self, item: QListWidgetItem) -> None:
        self.day_chosen.emit(item.data(DATE_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        if event.key() == Qt.Key.Key_Down and self.field.hasFocus() and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)
