"""The baseline for start-up: a bare QApplication and an empty QMainWindow.

Shown and ended exactly the way ``recovery-journal gui --exit-after-first-paint``
ends (quit on the event loop turn after the first paint of the window), so the
difference between the two is what the app itself costs. Run as a script in a
fresh interpreter: ``python benchmarks/bare_window.py``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.resize(1240, 780)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = BareWindow()
    window.show()
    QTimer.singleShot(10_000, lambda: app.exit(1))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
