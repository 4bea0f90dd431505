"""The day's structured fields: bleeding, pain, temperature, mood and tags, then a compact section
for a pregnancy test, hCG, discharge and medicines (``day_more_fields.MoreDayFields``).

A compact form the day editor places beside the note. Every field starts at
"not recorded" (never zero). The widget never sees the store: it emits
``changed`` whenever ``values()`` changes, and the owner autosaves
``values().apply_to(record)``; ``set_values(entry)`` loads a day without
emitting anything and resets every field, including text being typed.

Temperature is typed in °C or °F (QSettings ``display/temperature_unit``,
"C" or "F") and always handed out in °C. Only a complete, valid value is
handed out: while the text is not a temperature (or out of the store's
range), ``values()`` keeps the value the day had before she began this edit,
and a line under the field says why — so typing ``375`` over 38.0 never
leaves 37.0 (the valid prefix) behind. Leaving the field (Tab, Enter) with a
valid value makes it the day's value. At 38.0 °C or more (and for heavy
bleeding or unusual discharge) a calm note appears under the fields, quoting
aftercare guidance by name; it links to nothing in the article, whose only
passage on infection is about intercourse.

The choices and limits (bleeding levels, pain and mood ranges, the
temperature range) are the store's (desktop/store/records.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.guidance.temperature import TemperatureError, TemperatureUnit, parse_temperature, to_unit
from desktop.guidance.warning_signs import warning_notes
from desktop.store.records import (
    BLEEDING_LEVELS,
    MOOD_RANGE,
    PAIN_RANGE,
    DayRecord,
    EntryRecord,
    MedicineTaken,
    normalize_tags,
)
from desktop.ui.day.day_more_fields import MoreDayFields
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, number_text, wording
from desktop.ui.settings.preferences import read_temperature_unit

# English; shown through QCoreApplication.translate("DayFields", …)
NOT_RECORDED = QT_TRANSLATE_NOOP("DayFields", "Not recorded")
BLEEDING_LABELS = {
    "none": QT_TRANSLATE_NOOP("DayFields", "None"),
    "spotting": QT_TRANSLATE_NOOP("DayFields", "Spotting"),
    "light": QT_TRANSLATE_NOOP("DayFields", "Light"),
    "medium": QT_TRANSLATE_NOOP("DayFields", "Medium"),
    "heavy": QT_TRANSLATE_NOOP("DayFields", "Heavy"),
}
PAIN_LABELS = {0: QT_TRANSLATE_NOOP("DayFields", "0 · none"), 5: QT_TRANSLATE_NOOP("DayFields", "5 · moderate"), 10: QT_TRANSLATE_NOOP("DayFields", "10 · worst imaginable")}
MOOD_LABELS = {
    1: QT_TRANSLATE_NOOP("DayFields", "Very low"),
    2: QT_TRANSLATE_NOOP("DayFields", "Low"),
    3: QT_TRANSLATE_NOOP("DayFields", "In between"),
    4: QT_TRANSLATE_NOOP("DayFields", "Fairly good"),
    5: QT_TRANSLATE_NOOP("DayFields", "Good"),
}


def temperature_unit_from_settings(settings: QSettings | None = None) -> TemperatureUnit:
    fahrenheit = read_temperature_unit(settings or QSettings()) == "F"
    return TemperatureUnit.FAHRENHEIT if fahrenheit else TemperatureUnit.CELSIUS


@dataclass(frozen=True)
class DayFieldValues:
    """The fields as the store wants them: ``None`` / ``()`` means "not recorded"."""

    bleeding: str | None = None
    pain: int | None = None
    temperature_c: float | None = None
    mood: int | None = None
    tags: tuple[str, ...] = ()
    test_result: str | None = None
    hcg_miu_ml: float | None = None
    medicines: tuple[MedicineTaken, ...] = ()
    discharge: str | None = None

    def apply_to(self, record: DayRecord) -> DayRecord:
        """The day's record with these fields and its own text, ready for ``Journal.save_day``."""
        return replace(
            record,
            bleeding=self.bleeding,
            pain=self.pain,
            temperature_c=self.temperature_c,
            mood=self.mood,
            tags=self.tags,
            test_result=self.test_result,
            hcg_miu_ml=self.hcg_miu_ml,
            medicines=self.medicines,
            discharge=self.discharge,
        )


def parse_tags(text: str) -> tuple[str, ...]:
    return normalize_tags(text.split(","))


class DayFields(QWidget):
    changed = Signal()
    passage_requested = Signal(str)  # a passage id of resources/guidance/article.toml

    def __init__(self, parent: QWidget | None = None, unit: TemperatureUnit | None = None) -> None:
        super().__init__(parent)
        self._unit = unit or temperature_unit_from_settings()
        self._temperature_c: float | None = None  # what values() hands out
        self._settled_c: float | None = None  # the day's value before this edit began: kept while the text is invalid
        self._loading = False

        self.bleeding = QComboBox()
        self.bleeding.addItem(self.tr(NOT_RECORDED), None)
        for level in BLEEDING_LEVELS:
            self.bleeding.addItem(self.tr(BLEEDING_LABELS[level]), level)
        self.bleeding.setAccessibleName(self.tr("Bleeding"))

        self.pain = QComboBox()
        self.pain.addItem(self.tr(NOT_RECORDED), None)
        for score in range(PAIN_RANGE[0], PAIN_RANGE[1] + 1):
            self.pain.addItem(self.tr(PAIN_LABELS[score]) if score in PAIN_LABELS else QLocale().toString(score), score)
        self.pain.setAccessibleName(self.tr("Pain from 0 (none) to 10 (worst imaginable)"))

        self.temperature = QLineEdit()
        self.temperature.setPlaceholderText(self.tr(NOT_RECORDED))
        self._name_temperature()
        self.unit_label = QLabel(self._unit.symbol)
        self.temperature_problem = QLabel("")
        self.temperature_problem.setObjectName("hint")
        self.temperature_problem.setWordWrap(True)  # one sentence; wrapped rather than cut off in a narrow column
        self.temperature_problem.setAccessibleName(self.tr("Temperature not saved"))
        self.temperature_problem.hide()
        self.fever_note = QLabel("")
        self.fever_note.setObjectName("feverNote")
        self.fever_note.setWordWrap(True)
        self.fever_note.setTextFormat(Qt.TextFormat.PlainText)  # notes that quote aftercare guidance, no link
        self.fever_note.setTextInteractionFlags(  # reachable with Tab and read out, like the rest of the fields
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fever_note.setAccessibleName(self.tr("Note from aftercare guidance"))
        self.fever_note.setStyleSheet(
            "QLabel#feverNote { border: 1px solid palette(mid); border-radius: 6px; padding: 6px 8px; }"
        )
        self.fever_note.hide()

        self.mood = QComboBox()
        self.mood.addItem(self.tr(NOT_RECORDED), None)
        for step in range(MOOD_RANGE[0], MOOD_RANGE[1] + 1):
            label = MOOD_LABELS.get(step)
            self.mood.addItem(f"{QLocale().toString(step)} · {self.tr(label)}" if label else QLocale().toString(step), step)
        self.mood.setAccessibleName(self.tr("Mood in five steps"))

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Words of your own, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.more = MoreDayFields()

        temperature_row = QHBoxLayout()
        temperature_row.setContentsMargins(0, 0, 0, 0)
        temperature_row.addWidget(self.temperature)
        temperature_row.addWidget(self.unit_label)
        temperature_row.addStretch(1)
        temperature_box = QVBoxLayout()
        temperature_box.setContentsMargins(0, 0, 0, 0)
        temperature_box.setSpacing(4)
        temperature_box.addLayout(temperature_row)
        temperature_box.addWidget(self.temperature_problem)
        temperature_box.addWidget(self.fever_note)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("&Bleeding"), self.bleeding)
        form.addRow(self.tr("&Pain"), self.pain)
        temperature_label = QLabel()
        temperature_label.setBuddy(self.temperature)
        temperature_label.setText(self.tr("&Temperature"))
        form.addRow(temperature_label, temperature_box)
        form.addRow(self.tr("&Mood"), self.mood)
        form.addRow(self.tr("T&ags"), self.tags)
        form.addRow(self.more)  # tests, hCG, discharge, medicines: a section of its own below
        items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        row_labels = [widget for item in items if item is not None and (widget := item.widget()) is not None]
        row_labels += self.more.labels  # the section below is a form of its own: one label column for both
        label_width = max(row_label.sizeHint().width() for row_label in row_labels) + 3  # no letter clipped
        for row_label in row_labels:
            row_label.setMinimumWidth(label_width)

        combos = (self.bleeding, self.pain, self.mood, self.more.test_result, self.more.discharge)
        field_width = max(combo.sizeHint().width() for combo in combos)
        for field in (self.bleeding, self.pain, self.mood, self.temperature, *self.more.fields):
            field.setFixedWidth(field_width)
        for combo in (self.bleeding, self.pain, self.mood):
            combo.currentIndexChanged.connect(self._on_edited)
        self.temperature.textEdited.connect(self._on_temperature_edited)
        self.temperature.editingFinished.connect(self._on_temperature_finished)
        self.tags.textEdited.connect(self._on_edited)
        self.fever_note.linkActivated.connect(self.passage_requested.emit)
        self.bleeding.currentIndexChanged.connect(self._update_fever_note)  # heavy bleeding has its note too
        self.more.changed.connect(self._on_edited)
        self.more.discharge.currentIndexChanged.connect(self._update_fever_note)  # unusual discharge: the same note

    # -- API -----------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """The fields top to bottom (the fever note's link after the temperature): for the window's tab order."""
        return [self.bleeding, self.pain, self.temperature, self.fever_note, self.mood, self.tags, *self.more.tab_chain()]

    def values(self) -> DayFieldValues:
        """What is recorded now. While the temperature's text is not valid, the day's value before this edit."""
        test_result, hcg, medicines, discharge = self.more.values()
        return DayFieldValues(
            bleeding=self.bleeding.currentData(),
            pain=self.pain.currentData(),
            temperature_c=self._temperature_c,
            mood=self.mood.currentData(),
            tags=parse_tags(self.tags.text()),
            test_result=test_result,
            hcg_miu_ml=hcg,
            medicines=medicines,
            discharge=discharge,
        )

    def set_values(self, entry: EntryRecord | DayRecord | None) -> None:
        """Show a day's fields (``None``: nothing recorded) without emitting ``changed``."""
        self._loading = True
        try:
            record = entry or DayRecord(date.min)
            _select_data(self.bleeding, record.bleeding)
            _select_data(self.pain, record.pain)
            _select_data(self.mood, record.mood)
            self.tags.setText(", ".join(record.tags))
            self._set_problem("")  # first: text left invalid on the previous day is not kept
            self._temperature_c = self._settled_c = record.temperature_c
            self._show_temperature_in_unit()
            self._update_fever_note()
            self.more.set_values(record)
        finally:
            self._loading = False

    def set_medicine_names(self, names: list[str]) -> None:
        """The medicine names she recorded before (``Journal.medicine_names``): offered again as she types."""
        self.more.medicines.set_names(names)

    def temperature_unit(self) -> TemperatureUnit:
        return self._unit

    def set_temperature_unit(self, unit: TemperatureUnit) -> None:
        """Switch the unit she reads and types; the stored °C value does not change."""
        self._unit = unit
        self.unit_label.setText(unit.symbol)
        self._name_temperature()
        self._show_temperature_in_unit()
        self._update_fever_note()

    def temperature_problem_text(self) -> str:
        return self.temperature_problem.text() if not self.temperature_problem.isHidden() else ""

    def fever_note_text(self) -> str:
        """The fever note as plain text, or "" when it is not shown."""
        return "" if self.fever_note.isHidden() else self._fever_plain

    # -- internals -----------------------------------------------------------------

    _fever_plain = ""

    def _on_edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_temperature_edited(self, text: str) -> None:
        try:
            celsius = parse_temperature(text, self._unit)  # the store's range (records.TEMPERATURE_RANGE_C)
        except TemperatureError as error:
            self._set_problem(wording().temperature_error(error, self._unit))
            celsius = self._settled_c  # "375" after "37": the valid prefix is not what she meant
        else:
            self._set_problem("")
        if celsius != self._temperature_c:
            self._temperature_c = celsius
            self._update_fever_note()
            self._on_edited()

    def _on_temperature_finished(self) -> None:
        """Tab or Enter with a valid value: that value is the day's now (text still invalid: kept to correct)."""
        if not self.temperature_problem_text():
            self._settled_c = self._temperature_c
        self._show_temperature_in_unit()

    def _show_temperature_in_unit(self) -> None:
        if self.temperature_problem_text():
            return  # keep what she typed so she can correct it
        value = self._temperature_c
        self.temperature.setText("" if value is None else number_text(to_unit(value, self._unit), 1))

    def _name_temperature(self) -> None:
        """The unit is a separate label on screen; a screen reader hears it with the field's name."""
        self.temperature.setAccessibleName(self.tr("Temperature in %1").replace("%1", self._unit.symbol))

    def _set_problem(self, message: str) -> None:
        self.temperature_problem.setText(message)
        self.temperature_problem.setVisible(bool(message))
        self.temperature.setAccessibleDescription(message)  # a screen reader hears why with the field

    def _update_fever_note(self) -> None:
        notes = warning_notes(self._temperature_c, self.bleeding.currentData(), self.more.discharge.currentData())
        if not notes:
            self._fever_plain = ""
            self.fever_note.hide()
            return
        # Aftercare guidance, named; no link to the article, which says nothing of temperature or bleeding.
        self._fever_plain = text = wording().warning_notes(notes, self._unit)
        self.fever_note.setText(text)
        self.fever_note.setAccessibleDescription(text)
        self.fever_note.show()


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)
