"""Small, quiet pieces of the window: the first-start prompt, the header, About."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop import APP_DISPLAY_NAME, __version__

PRIVACY_PROMISE = (
    "Your journal is one file on this computer. Recovery Journal never connects to the internet, "
    "sends nothing anywhere and shows no ads."
)
NOT_MEDICAL_ADVICE = (
    "The milestones come from the article “Sex after a miscarriage”, which the app shows word for word, "
    "or from your own doctor. Recovery Journal does not give medical advice; follow your doctor's instructions."
)


class WelcomeBanner(QFrame):
    """A gentle, dismissible prompt in the window (not a modal nag) to record the first date."""

    record_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            "When you feel ready, you can record the date of the miscarriage or of the procedure. "
            "The calendar will then show the milestones the article gives."
        )
        text.setWordWrap(True)
        record = QPushButton("Record a date…")
        record.setAccessibleName("Record a date")
        later = QPushButton("Not now")
        later.setAccessibleName("Dismiss this suggestion")
        record.clicked.connect(self.record_requested)
        later.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(record)
        layout.addWidget(later)


def about_text() -> str:
    return (
        f"<h3>{APP_DISPLAY_NAME} {__version__}</h3>"
        f"<p>A private journal for the weeks and months after a miscarriage.</p>"
        f"<p><b>Privacy.</b> {PRIVACY_PROMISE}</p>"
        f"<p><b>Not medical advice.</b> {NOT_MEDICAL_ADVICE}</p>"
        "<p>Estimates that are not from the article (the first period after 4 to 6 weeks) "
        "name their source: common aftercare guidance such as the NHS.</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, f"About {APP_DISPLAY_NAME}", about_text())
