"""The day's medicines: a short list of rows (name, dose, time), names she used before offered again.

Each row is a name with a completer over the names the journal already holds
(``set_names``), a dose in her own words and an optional time (HH:MM). A row
without a name is not a medicine yet and is not handed out. While a row's
time is not a time of day, the row keeps the time it had before this edit and
a line under the list says why (as the temperature field does). Rows are
added with "Add a medicine" and removed with each row's own button; Tab goes
through every row in order and ends on "Add a medicine".

The limits (how many, how long) are the store's (records.MEDICINES_MAX, MEDICINE_TEXT_MAX).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.store.records import MEDICINE_TEXT_MAX, MEDICINES_MAX, MedicineTaken


def parse_time_of_day(text: str) -> time | None:
    """"8:30", "08:30" or "0830" as a time; empty means none. Raises ValueError for anything else."""
    cleaned = text.strip().replace(".", ":")
    if not cleaned:
        return None
    if ":" not in cleaned and cleaned.isdigit() and len(cleaned) in (3, 4):
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}"
    hours, _, minutes = cleaned.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
        raise ValueError(text)
    return time(int(hours), int(minutes))


class MedicineRow(QWidget):
    """One medicine: name, dose, time, and a button that removes the row."""

    edited = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, completer: QCompleter, medicine: MedicineTaken | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(medicine.name if medicine else "")
        self.name.setMaxLength(MEDICINE_TEXT_MAX)
        self.name.setPlaceholderText(self.tr("Medicine"))
        self.name.setAccessibleName(self.tr("Medicine name"))
        self.name.setCompleter(completer)
        self.dose = QLineEdit(medicine.dose if medicine else "")
        self.dose.setMaxLength(MEDICINE_TEXT_MAX)
        self.dose.setPlaceholderText(self.tr("Dose"))
        self.dose.setAccessibleName(self.tr("Dose, in your words"))
        self.time = QLineEdit(medicine.time.strftime("%H:%M") if medicine and medicine.time else "")
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.time.setAccessibleName(self.tr("Time taken"))
        self.time.setMaximumWidth(self.time.fontMetrics().horizontalAdvance("00:000") + 16)
        self.remove = QPushButton("×")  # a word here took the room the medicine's name needs in a narrow pane
        self.remove.setAccessibleName(self.tr("Remove this medicine"))
        self.remove.setToolTip(self.tr("Remove this medicine"))
        self.remove.setFixedWidth(self.remove.fontMetrics().horizontalAdvance("×") + 24)
        self.settled_time = medicine.time if medicine else None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 3)
        row.addWidget(self.dose, 2)
        row.addWidget(self.time)
        row.addWidget(self.remove)
        for field in (self.name, self.dose, self.time):
            field.textEdited.connect(lambda _text: self.edited.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def time_problem(self) -> bool:
        try:
            parse_time_of_day(self.time.text())
        except ValueError:
            return True
        return False

    def medicine(self) -> MedicineTaken | None:
        """The row's medicine (None while it has no name); an invalid time keeps the time it had."""
        name = " ".join(self.name.text().split())
        if not name:
            return None
        try:
            at = parse_time_of_day(self.time.text())
        except ValueError:
            at = self.settled_time
        return MedicineTaken(name, " ".join(self.dose.text().split()), at)

    def widgets(self) -> list[QWidget]:
        return [self.name, self.dose, self.time, self.remove]


class MedicinesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.rows: list[MedicineRow] = []
        self.add_button = QPushButton(self.tr("Add a med&icine"))
        self.problem = QLabel("")
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(self._rows_box)
        box.addWidget(self.problem)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self.add_row)

    def set_names(self, names: list[str]) -> None:
        """The names she recorded before, most recent first: offered as she types a name."""
        self._names.setStringList(names)

    def names(self) -> list[str]:
        return self._names.stringList()

    def medicines(self) -> tuple[MedicineTaken, ...]:
        return tuple(m for m in (row.medicine() for row in self.rows) if m is not None)

    def set_medicines(self, medicines: tuple[MedicineTaken, ...]) -> None:
        """Show a day's list without emitting ``changed``."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for medicine in medicines:
            self._append(medicine)
        self._update()

    def add_row(self) -> MedicineRow | None:
        """A new empty row, focused: her next keys type its name."""
        if len(self.rows) >= MEDICINES_MAX:
            return None
        row = self._append(None)
        row.name.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _append(self, medicine: MedicineTaken | None) -> MedicineRow:
        row = MedicineRow(self._completer, medicine, self)
        before = self.rows[-1].remove if self.rows else None
        self.rows.append(row)
        self._rows_box.addWidget(row)
        if self.isVisible():
            row.show()  # now, not queued by the layout: Tab must find the new row at once
        row.edited.connect(self._on_edited)
        row.remove_requested.connect(self._remove)
        chain = ([before] if before is not None else []) + row.widgets() + [self.add_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._update()
        return row

    def _remove(self, row: QWidget) -> None:
        if not isinstance(row, MedicineRow) or row not in self.rows:
            return
        self.rows.remove(row)
        row.deleteLater()
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()
        self.changed.emit()

    def _on_edited(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.add_button.setEnabled(len(self.rows) < MEDICINES_MAX)
        bad = any(row.time_problem() for row in self.rows)
        self.problem.setText(self.tr("A time is written HH:MM, like 08:30; until then the time before is kept.") if bad else "")
        self.problem.setVisible(bad)

    def first_widget(self) -> QWidget:
        return self.rows[0].name if self.rows else self.add_button
