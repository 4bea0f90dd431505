"""The fields every small dialog of the app uses, built one way."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLineEdit

from desktop.ui.calendar import to_qdate


def date_field(day: date, accessible_name: str | None = None) -> QDateEdit:
    """An ISO date editor with a calendar pop-up: unambiguous in every locale."""
    field = QDateEdit(to_qdate(day))
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    field.setAccessibleName(accessible_name or QCoreApplication.translate("FormFields", "Date"))
    return field


def note_field(placeholder: str | None = None, accessible_name: str | None = None) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder or QCoreApplication.translate("FormFields", "Optional"))
    field.setAccessibleName(accessible_name or QCoreApplication.translate("FormFields", "Note"))
    return field


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
