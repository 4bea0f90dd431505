"""Start-up to a USEFUL window: first paint, then the journal opened and the calendar painted with its marks.

``recovery-journal gui --exit-after-first-paint`` stops at the first paint,
before the journal is opened (show first, load after). This script runs the
same start-up as ``desktop.ui.app.run_gui`` and stops one step later: when
``MainWindow.load`` has finished and the calendar has painted the month's
marks. It is what a person waits for before she can read a note, so the
benchmarks report it next to the first paint. Run in a fresh interpreter:
``python benchmarks/loaded_window.py`` (the data dir comes from
``RECOVERY_JOURNAL_DATA_DIR``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView


class _QuitOnNextPaint(QObject):
    """Quits the application on the event-loop turn after the watched widget paints."""

    def __init__(self, app: QObject) -> None:
        super().__init__()
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            # exit(), not quit(): quit() first asks every window to close, and a window
            # busy with background work may refuse; the measurement ends at this paint.
            QTimer.singleShot(0, lambda: self._app.exit(0))  # type: ignore[attr-defined]
        return False


def main() -> int:
    from desktop.paths import resolve_data_dir
    from desktop.ui.app import create_application

    app = create_application()
    from desktop.ui.window.main_window import MainWindow

    window = MainWindow(resolve_data_dir())
    quitter = _QuitOnNextPaint(app)

    def after_load() -> None:
        view = window.calendar.findChild(QTableView)  # the cells' viewport: where the marks are painted
        target = view.viewport() if view is not None else window.calendar
        target.installEventFilter(quitter)
        target.update()

    window.first_painted.connect(window.load)
    window.loaded.connect(after_load)
    window.show()
    QTimer.singleShot(20_000, lambda: app.exit(1))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
