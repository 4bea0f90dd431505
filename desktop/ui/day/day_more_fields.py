"""A compact section of the day's fields for what people follow after a loss (issue 16).

A pregnancy test as she read it, an hCG blood value in mIU/mL, discharge
(none / usual / unusual: a colour or smell not usual for her) and the
medicines taken that day. Each starts at "not recorded", never zero. The hCG
value behaves like the temperature: only a complete value within the store's
range (records.HCG_RANGE) is handed out; while the text is not one, the
value before this edit is kept and a line says why.

Unusual discharge is a warning sign the article does not name: the day's
fields show it in the same note as a fever or heavy bleeding, quoting
aftercare guidance by name (desktop/guidance/warning_signs.py, words in
desktop/wording.py); this section only offers the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.store.records import DISCHARGE_KINDS, HCG_RANGE, TEST_RESULTS, DayRecord, MedicineTaken
from desktop.ui.day.medicines_editor import MedicinesEditor
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP

NOT_RECORDED = QT_TRANSLATE_NOOP("MoreDayFields", "Not recorded")
TEST_LABELS = {
    "negative": QT_TRANSLATE_NOOP("MoreDayFields", "Negative"),
    "faint": QT_TRANSLATE_NOOP("MoreDayFields", "Faint line"),
    "positive": QT_TRANSLATE_NOOP("MoreDayFields", "Positive"),
}
DISCHARGE_LABELS = {
    "none": QT_TRANSLATE_NOOP("MoreDayFields", "None"),
    "usual": QT_TRANSLATE_NOOP("MoreDayFields", "Usual for me"),
    "unusual": QT_TRANSLATE_NOOP("MoreDayFields", "Unusual colour or smell"),
}


def parse_hcg(text: str, locale: QLocale | None = None) -> float | None:
    """Her typed value in mIU/mL; empty is "not recorded". Raises ValueError when it is not one in range."""
    cleaned = text.strip().removesuffix("mIU/mL").strip()
    if not cleaned:
        return None
    value, ok = (locale or QLocale()).toDouble(cleaned)
    if not ok:
        try:
            value = float(cleaned.replace(",", ""))
        except ValueError:
            raise ValueError(text) from None
    if not HCG_RANGE[0] <= value <= HCG_RANGE[1]:
        raise ValueError(text)
    return value


class MoreDayFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._hcg: float | None = None
        self._settled_hcg: float | None = None

        self.test_result = QComboBox()
        self.test_result.addItem(self.tr(NOT_RECORDED), None)
        for result in TEST_RESULTS:
            self.test_result.addItem(self.tr(TEST_LABELS[result]), result)
        self.test_result.setAccessibleName(self.tr("Pregnancy test result"))

        self.hcg = QLineEdit()
        self.hcg.setPlaceholderText(self.tr(NOT_RECORDED))
        self.hcg.setAccessibleName(self.tr("hCG blood value in mIU/mL"))
        self.hcg_problem = QLabel("")
        self.hcg_problem.setObjectName("hint")
        self.hcg_problem.setWordWrap(True)
        self.hcg_problem.hide()

        self.discharge = QComboBox()
        self.discharge.addItem(self.tr(NOT_RECORDED), None)
        for kind in DISCHARGE_KINDS:
            self.discharge.addItem(self.tr(DISCHARGE_LABELS[kind]), kind)
        self.discharge.setAccessibleName(self.tr("Discharge"))

        self.medicines = MedicinesEditor()

        hcg_box = QVBoxLayout()  # the unit is in the label: a unit beside the field widened the whole pane
        hcg_box.setContentsMargins(0, 0, 0, 0)
        hcg_box.addWidget(self.hcg)
        hcg_box.addWidget(self.hcg_problem)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        test_label = QLabel(self.tr("Test &result"))
        test_label.setBuddy(self.test_result)
        form.addRow(test_label, self.test_result)
        hcg_label = QLabel(self.tr("h&CG, mIU/mL"))
        hcg_label.setBuddy(self.hcg)
        form.addRow(hcg_label, hcg_box)
        discharge_label = QLabel(self.tr("Di&scharge"))
        discharge_label.setBuddy(self.discharge)
        form.addRow(discharge_label, self.discharge)
        form.addRow(QLabel(self.tr("Medicines")))  # its rows below, across the whole width: names and doses are read in full
        form.addRow(self.medicines)
        self.labels = [test_label, hcg_label, discharge_label]  # DayFields lines them up with its own
        self.fields = [self.test_result, self.discharge, self.hcg]  # one width with the fields above (DayFields)
        self.test_result.currentIndexChanged.connect(self._on_edited)
        self.discharge.currentIndexChanged.connect(self._on_edited)
        self.hcg.textEdited.connect(self._on_hcg_edited)
        self.hcg.editingFinished.connect(self._on_hcg_finished)
        self.medicines.changed.connect(self._on_edited)

    # -- API -----------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """Test result, hCG, discharge, then the medicines' first field."""
        return [self.test_result, self.hcg, self.discharge, self.medicines.first_widget()]

    def values(self) -> tuple[str | None, float | None, tuple[MedicineTaken, ...], str | None]:
        """(test_result, hcg_miu_ml, medicines, discharge) as the store wants them."""
        return self.test_result.currentData(), self._hcg, self.medicines.medicines(), self.discharge.currentData()

    def set_values(self, record: DayRecord) -> None:
        """Show a day's values without emitting ``changed``."""
        self._loading = True
        try:
            _select(self.test_result, record.test_result)
            _select(self.discharge, record.discharge)
            self._set_hcg_problem("")
            self._hcg = self._settled_hcg = record.hcg_miu_ml
            self._show_hcg()
            self.medicines.set_medicines(record.medicines)
        finally:
            self._loading = False

    def hcg_problem_text(self) -> str:
        return "" if self.hcg_problem.isHidden() else self.hcg_problem.text()

    # -- internals -----------------------------------------------------------------

    def _on_edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_hcg_edited(self, text: str) -> None:
        try:
            value = parse_hcg(text)
        except ValueError:
            low, high = (QLocale().toString(bound, "f", 0) for bound in HCG_RANGE)
            self._set_hcg_problem(
                self.tr("hCG is a number of mIU/mL from %1 to %2; this is not saved until it is one.")
                .replace("%1", low)
                .replace("%2", high)
            )
            value = self._settled_hcg
        else:
            self._set_hcg_problem("")
        if value != self._hcg:
            self._hcg = value
            self._on_edited()

    def _on_hcg_finished(self) -> None:
        if not self.hcg_problem_text():
            self._settled_hcg = self._hcg
            self._show_hcg()

    def _show_hcg(self) -> None:
        value = self._hcg
        if value is None:
            self.hcg.setText("")
        else:
            decimals = 0 if value == int(value) else 2
            self.hcg.setText(QLocale().toString(value, "f", decimals))

    def _set_hcg_problem(self, message: str) -> None:
        self.hcg_problem.setText(message)
        self.hcg_problem.setVisible(bool(message))
        self.hcg.setAccessibleDescription(message)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)
