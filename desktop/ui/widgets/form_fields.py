"""The fields every small dialog of the app uses, built one way."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from desktop.ui.widgets.date_field import DateField


def date_field(day: date, accessible_name: str | None = None) -> DateField:
    """A date typed in ISO or her locale's form, or chosen on a calendar; shown as ISO, unambiguous everywhere."""
    return DateField(day, accessible_name or QCoreApplication.translate("FormFields", "Date"))


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
