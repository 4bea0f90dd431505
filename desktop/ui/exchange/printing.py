"""File ▸ Print…: the summary for a gynecologist visit on paper, the same pages as the PDF.

She chooses what the PDF would hold (the symptom range, her day notes or not,
an optional name line) in the Export dialog's summary options, the journal is
read on the journal lane, then Qt's print dialog chooses the printer and its
paper; the pages are laid out for that paper and painted by the PDF's own code
(``desktop.exchange.pdf_summary.print_summary``), so paper and PDF never differ.

Tests pass ``ask_printer`` (or ``printer``) so no real modal print dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.settings.i18n import plural
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.keyboard import set_standard_shortcut

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.exchange.pdf_summary import PrintableSummary
    from desktop.store import Journal
    from desktop.ui.exchange.dialogs import ExportRequest

AskPrinter = Callable[[QWidget, "QPrinter"], bool]


def ask_with_print_dialog(parent: QWidget, printer: QPrinter) -> bool:
    """Qt's print dialog on ``printer``: True when she chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def new_printer() -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Recovery Journal summary")
    return printer


class SummaryPrinting(QObject):
    """The Print… action: options, the journal read off the UI thread, the print dialog, the pages painted."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        opener: Callable[[], Journal],
        today: Callable[[], date],
        runner: TaskRunner,
        *,
        ask_printer: AskPrinter = ask_with_print_dialog,
        printer: Callable[[], QPrinter] = new_printer,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._opener = opener
        self._today = today
        self._runner = runner
        self._ask_printer = ask_printer
        self._new_printer = printer
        self.action = QAction(self.tr("&Print…"), self)
        set_standard_shortcut(self.action, QKeySequence.StandardKey.Print, "Ctrl+P")
        self.action.triggered.connect(self.print_summary)

    def print_summary(self) -> None:
        opener, today = self._opener, self._today()

        def read_range() -> tuple[date, date]:
            from desktop.exchange.pdf_summary import default_range

            with opener() as journal:
                return default_range(journal.history(), today)

        from desktop.ui.exchange.dialogs import ExportDialog  # on first use, not before the first paint

        request = ExportDialog.get_export_filled(self._window, today, self._runner, read_range, printing=True)
        if request is not None:
            self.run_print(request)

    def run_print(self, request: ExportRequest) -> None:
        """Read what the summary needs on the journal lane; then ask for the printer and print."""
        opener = self._opener

        def work() -> PrintableSummary:
            from desktop.exchange.pdf_summary import read_summary

            with opener() as journal:
                return read_summary(journal, request.options)

        self._runner.run(self.tr("Preparing the summary…"), work, on_done=self._print, on_error=self.failed.emit)

    def _print(self, printable: PrintableSummary) -> None:
        from desktop.exchange.pdf_summary import print_summary

        printer = self._new_printer()
        if not self._ask_printer(self._window, printer):
            return
        try:
            pages = print_summary(printable, printer)
        except OSError as error:  # the printer would not start: say so, nothing else happened
            self.failed.emit(str(error))
            return
        self.done.emit(plural(self.tr("Sent the summary to the printer (%n page(s)).", "", len(pages)), len(pages)))
