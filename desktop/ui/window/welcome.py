"""Small, quiet pieces of the window: the first-start prompt, the header, About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop import APP_DISPLAY_NAME, __version__
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, wording

PRIVACY_PROMISE = QT_TRANSLATE_NOOP(  # English; shown through QCoreApplication.translate("Welcome", …)
    "Welcome",
    "Your journal is one file on this computer. Recovery Journal never connects to the internet, "
    "sends nothing anywhere and shows no ads."
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
            self.tr(
                "When you feel ready, you can record the date of the miscarriage or of the procedure. "
                "The calendar will then show the milestones the article gives."
            )
        )
        text.setWordWrap(True)
        record = QPushButton(self.tr("Record a date…"))
        record.setAccessibleName(self.tr("Record a date"))
        later = QPushButton(self.tr("Not now"))
        later.setAccessibleName(self.tr("Dismiss this suggestion"))
        record.clicked.connect(self.record_requested)
        later.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(record)
        layout.addWidget(later)


def about_text() -> str:
    translate = QCoreApplication.translate
    intro = translate("Welcome", "A private journal for the weeks and months after a miscarriage.")
    privacy = translate("Welcome", "Privacy.")
    estimates = translate(
        "Welcome",
        "Estimates that are not from the article (the first period after 4 to 6 weeks) "
        "name their source: common aftercare guidance such as the NHS.",
    )
    return (
        f"<h3>{APP_DISPLAY_NAME} {__version__}</h3>"
        f"<p>{intro}</p>"
        f"<p><b>{privacy}</b> {translate('Welcome', PRIVACY_PROMISE)}</p>"
        f"<p>{wording().not_medical_advice()}</p>"  # worded once, as the milestone list, CLI and PDF say it
        f"<p>{estimates}</p>"
    )


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("Welcome", "About {app}").format(app=APP_DISPLAY_NAME)
    QMessageBox.about(parent, title, about_text())
