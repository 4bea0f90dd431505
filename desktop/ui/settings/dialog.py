"""The Settings dialog: every preference on one calm page, returned as a ``Preferences``.

The dialog only edits values; saving them and applying them to the window is
the caller's job (``MainWindow.edit_preferences``, which previews each change
live and restores on Cancel), so the dialog can be driven in tests without a journal. ``auto_lock_minutes`` None means "the default for
this journal" (5 minutes with a passphrase, never without); the dialog shows
that default as selected and keeps returning None while it stays selected, so
the default can still follow a passphrase set later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings.i18n import plural
from desktop.ui.settings.preferences import (
    ARTICLE_FONT_RANGE,
    AUTO_LOCK_CHOICES,
    Preferences,
    Theme,
    default_auto_lock_minutes,
    locale_first_day_of_week,
)

SMALLEST_READABLE_PT = 6  # stepping below this goes back to "Default"
WEEKDAYS = tuple(Qt.DayOfWeek(number) for number in range(1, 8))  # Monday … Sunday


class ArticleSizeSpinBox(QSpinBox):
    """Points, with 0 shown as "Default"; stepping off "Default" starts from the system's size, not from 1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        low, high = ARTICLE_FONT_RANGE
        self.setRange(low, high)
        self.setSuffix(self.tr(" pt"))
        self.setSpecialValueText(self.tr("Default"))

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        if self.value() == 0:
            base = round(QApplication.font().pointSizeF()) or 10
            self.setValue(min(self.maximum(), max(SMALLEST_READABLE_PT, base + steps)))
        elif self.value() + steps < SMALLEST_READABLE_PT:
            self.setValue(0)
        else:
            super().stepBy(steps)


class SettingsDialog(QDialog):
    previewed = Signal(object)  # Preferences: a control changed; the window shows it at once (Cancel undoes it)

    def __init__(self, parent: QWidget | None, current: Preferences, *, encrypted: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._default_auto_lock = default_auto_lock_minutes(encrypted)
        self._auto_lock_follows_default = current.auto_lock_minutes is None

        self.theme = QComboBox()
        for theme, text in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(text, theme.value)  # plain values: QComboBox.findData compares them reliably
        self.theme.setAccessibleName(self.tr("Theme"))
        self.article_size = ArticleSizeSpinBox()
        self.article_size.setAccessibleName(self.tr("Article text size"))
        self.article_size.setAccessibleDescription(self.tr("In points; Default uses the system's text size."))

        self.first_day = QComboBox()
        locale = QLocale()
        for day in WEEKDAYS:
            self.first_day.addItem(locale.dayName(day.value, QLocale.FormatType.LongFormat), day.value)
        self.first_day.setAccessibleName(self.tr("First day of the week"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Celsius (°C)"), "C")
        self.unit.addItem(self.tr("Fahrenheit (°F)"), "F")
        self.unit.setAccessibleName(self.tr("Temperature unit"))

        self.auto_lock = QComboBox()
        for minutes in AUTO_LOCK_CHOICES:
            self._add_auto_lock_choice(minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock automatically"))
        self.auto_lock.setAccessibleDescription(self.tr("Lock the journal after this long without use."))

        self.show_next = QCheckBox(self.tr("Show the &next milestone in the header"))
        self.show_next.setAccessibleName(self.tr("Show the next milestone in the header"))
        self.show_next.setAccessibleDescription(
            self.tr("The day and the next milestone, in large letters at the top of the window all day.")
        )
        self.discreet = QCheckBox(self.tr("&Discreet mode"))
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.discreet.setAccessibleDescription(
            self.tr("Neutral titles in the header, reminders and calendar files; the window blurred when you switch away.")
        )

        self.reminders = QCheckBox(self.tr("&Remind me of milestones"))
        self.reminders.setAccessibleName(self.tr("Remind me of milestones"))
        explanation = self.tr("A quiet notification on a milestone's day while the app runs.")
        self.reminders.setAccessibleDescription(explanation)
        self.reminders_hint = QLabel(explanation)
        self.reminders_hint.setObjectName("hint")
        self.reminders_hint.setWordWrap(True)
        self.tray = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.tray.setAccessibleName(self.tr("Keep running in the tray when the window is closed"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            self._section(
                self.tr("Appearance"),
                (self.tr("&Theme:"), self.theme),
                (self.tr("&Article text size:"), self.article_size),
            )
        )
        layout.addWidget(
            self._section(
                self.tr("Calendar and notes"),
                (self.tr("&First day of the week:"), self.first_day),
                (self.tr("Temperature &unit:"), self.unit),
            )
        )
        privacy = self._section(self.tr("Privacy"), (self.tr("&Lock automatically:"), self.auto_lock))
        privacy_form = privacy.layout()
        assert isinstance(privacy_form, QFormLayout)
        privacy_form.addRow(self.show_next)
        privacy_form.addRow(self.discreet)
        layout.addWidget(privacy)
        reminders_box = QGroupBox(self.tr("Reminders"))
        reminders_layout = QVBoxLayout(reminders_box)
        reminders_layout.addWidget(self.reminders)
        style = self.style()  # the hint and the tray option sit under the check box's text: they belong to it
        indented = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )
        self.reminders_hint.setContentsMargins(indented, 0, 0, 4)
        reminders_layout.addWidget(self.reminders_hint)
        tray_row = QWidget()
        tray_layout = QVBoxLayout(tray_row)
        tray_layout.setContentsMargins(indented, 0, 0, 0)
        tray_layout.addWidget(self.tray)
        reminders_layout.addWidget(tray_row)
        layout.addWidget(reminders_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._align_labels()
        metrics = self.reminders_hint.fontMetrics()  # the hint on one line, unless a translation is very long
        self.reminders_hint.setMinimumWidth(
            min(metrics.horizontalAdvance(explanation), metrics.averageCharWidth() * 72) + indented
        )
        self.set_preferences(current)

        # -- wiring --
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)
        self.reminders.toggled.connect(self.tray.setEnabled)
        for combo in (self.theme, self.first_day, self.unit):
            combo.currentIndexChanged.connect(self._preview)
        self.article_size.valueChanged.connect(self._preview)

    def _preview(self) -> None:
        self.previewed.emit(self.preferences())

    def _align_labels(self) -> None:
        """One label column across the sections, so the fields line up down the page."""
        labels = [label for label in self.findChildren(QLabel) if label.buddy() is not None]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _section(self, title: str, *rows: tuple[str, QWidget]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        return box

    def _add_auto_lock_choice(self, minutes: int) -> None:
        text = self.tr("Never") if minutes == 0 else plural(self.tr("After %n minute(s)", "", minutes), minutes)
        self.auto_lock.addItem(text, minutes)

    # -- values in and out -------------------------------------------------------------

    def set_preferences(self, preferences: Preferences) -> None:
        _select(self.theme, preferences.theme.value)
        self.article_size.setValue(preferences.article_font_pt)
        _select(self.first_day, preferences.first_day_of_week.value)
        _select(self.unit, preferences.temperature_unit)
        minutes = self._default_auto_lock if preferences.auto_lock_minutes is None else preferences.auto_lock_minutes
        if self.auto_lock.findData(minutes) < 0:  # a value from an older version or a hand-edited file: keep it
            self._add_auto_lock_choice(minutes)
        _select(self.auto_lock, minutes)
        self.show_next.setChecked(preferences.show_next_in_header)
        self.discreet.setChecked(preferences.discreet)
        self.reminders.setChecked(preferences.reminders)
        self.tray.setChecked(preferences.minimise_to_tray)
        self.tray.setEnabled(preferences.reminders)

    def preferences(self) -> Preferences:
        minutes = int(self.auto_lock.currentData())
        follows_default = self._auto_lock_follows_default and minutes == self._default_auto_lock
        return Preferences(
            temperature_unit=str(self.unit.currentData()),
            first_day_of_week=Qt.DayOfWeek(int(self.first_day.currentData())),
            auto_lock_minutes=None if follows_default else minutes,
            reminders=self.reminders.isChecked(),
            minimise_to_tray=self.tray.isChecked(),
            theme=Theme(str(self.theme.currentData())),
            article_font_pt=self.article_size.value(),
            show_next_in_header=self.show_next.isChecked(),
            discreet=self.discreet.isChecked(),
        )

    def restore_defaults(self) -> None:
        """Every control back to its default; nothing is saved until OK."""
        self.set_preferences(default_preferences())
        self._auto_lock_follows_default = True

    @classmethod
    def get_preferences(
        cls,
        parent: QWidget | None,
        current: Preferences,
        *,
        encrypted: bool,
        preview: Callable[[Preferences], None] | None = None,
    ) -> Preferences | None:
        """The edited preferences, or None when she cancels.

        With ``preview``, what she sees follows each change at once (theme, article
        text size, first weekday, unit), as the README promises; Cancel (or Esc, or
        closing the dialog) calls it once more with ``current``, so all is as before.
        """
        dialog = cls(parent, current, encrypted=encrypted)
        if preview is not None:
            dialog.previewed.connect(preview)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.preferences()
        if preview is not None:
            preview(current)
        return None


def default_preferences() -> Preferences:
    """What "Restore defaults" sets: the locale's first weekday and the journal's own auto-lock default."""
    return replace(Preferences(), first_day_of_week=locale_first_day_of_week(), auto_lock_minutes=None)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
