"""A one-line content note above the article: it uses clinical words, said before she reads them.

The article is shown word for word, and some of its words are hard to meet
unprepared after a loss ("essentially equivalent to abortion", "contents of the
uterus"). The note names them once, quietly; one click (or Tab and Space) puts
it away for good, remembered in the settings (a preference: nothing of her
journal).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.ui.settings.preferences import make_settings_private, read_flag

DISMISSED_KEY = "article/content_note_dismissed"


class ContentNote(QFrame):
    """The note and its close button; hidden from the start once she has dismissed it."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self.setObjectName("contentNote")
        self.text = QLabel(
            self.tr(
                "This article uses clinical words, such as “essentially equivalent to abortion” and "
                "“contents of the uterus”."
            )
        )
        self.text.setObjectName("hint")
        self.text.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss this note"))
        self.close_button.setAccessibleName(self.tr("Dismiss the note about the article's clinical words"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 2, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.dismiss)
        if read_flag(self._settings, DISMISSED_KEY):
            self.hide()

    def dismiss(self) -> None:
        """Hidden now and at every start after."""
        self.hide()
        self._settings.setValue(DISMISSED_KEY, True)
        self._settings.sync()
        make_settings_private(self._settings)
