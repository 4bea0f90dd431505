"""A calm look: the platform's own palette (light or dark), a little air, quiet captions."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

CALM_STYLE_SHEET = """
QLabel#todayHeader { font-weight: 600; padding: 2px 0 8px 0; }
QLabel#dayTitle { font-weight: 600; padding: 2px 0 6px 0; }
QLabel#saveState, QLabel#hint, QLabel#legendText, QLabel#panelCaption { color: palette(placeholder-text); }
QLabel#panelCaption { padding: 4px 0 6px 2px; }
QLabel#disclaimer { color: palette(placeholder-text); padding-top: 6px; }
QLabel#problem { padding: 10px; border: 1px solid palette(mid); border-radius: 6px; }
QFrame#welcomeBanner { border: 1px solid palette(mid); border-radius: 6px; padding: 4px; }
QCalendarWidget QWidget#qt_calendar_navigationbar { background: palette(window); }
QCalendarWidget QToolButton { color: palette(window-text); font-weight: 600; }
QCalendarWidget QToolButton::menu-indicator { image: none; }
QTreeWidget::item { padding: 3px 0; }
"""


def apply_calm_style(app: QApplication) -> None:
    app.setStyleSheet(CALM_STYLE_SHEET)


def scale_font(widget: QWidget, factor: float) -> None:
    """Size a caption relative to the user's own font, so large-font setups stay in proportion."""
    font = widget.font()
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
        widget.setFont(font)
