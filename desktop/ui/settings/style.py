"""A calm look: the platform's own palette (light or dark), a little air, quiet captions.

The theme preference (follow the system, light, dark) is applied here too. Qt can ask
the platform to switch its colour scheme (``QStyleHints.setColorScheme``), which works
on Windows, macOS and the newer Linux desktops; where the platform cannot (plain X11,
offscreen, older desktops) the chosen scheme is painted with Fusion and a palette of
our own, so "Dark" always means dark.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.settings.preferences import Theme

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

APPLIED_THEME_PROPERTY = "recoveryJournalTheme"  # what apply_theme last did, so repeating it costs nothing
PLATFORM_STYLE_PROPERTY = "recoveryJournalPlatformStyle"  # the platform's style, read before our style sheet wraps it
FOLLOWS_SYSTEM_PROPERTY = "recoveryJournalFollowsSystem"  # listening for the desktop's light/dark switch
FORCED_FUSION_PROPERTY = "recoveryJournalForcedFusion"  # Fusion was put in for a light or dark choice



def apply_calm_style(app: QApplication) -> None:
    """The application's style sheet, set once the main window is built (``run_gui``), not before.

    With an application-wide sheet in place, Qt re-styles a widget on every reparent,
    and building the window reparents each one several times (about 9% of start-up);
    set afterwards, the tree is styled once, before the first paint.
    """
    _platform_style(app)  # read now or never: under the sheet, style() is a wrapper without a name
    if app.styleSheet() == CALM_STYLE_SHEET:
        return  # setting it again would re-style every widget for nothing
    app.setStyleSheet(CALM_STYLE_SHEET)
    if not app.property(FOLLOWS_SYSTEM_PROPERTY):
        app.setProperty(FOLLOWS_SYSTEM_PROPERTY, True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: follow_system_scheme(app))


def _platform_style(app: QApplication) -> str:
    """The platform's own style's name, read once, when first needed and before a style sheet wraps it.

    Read lazily: asking for ``app.style()`` creates the style, which nothing before the window needs.
    """
    name = app.property(PLATFORM_STYLE_PROPERTY)
    if name is None:
        # Once a style sheet is set, style() is Qt's style-sheet wrapper, whose name() is empty.
        name = app.style().name() if not app.styleSheet() else ""
        app.setProperty(PLATFORM_STYLE_PROPERTY, name)
    return str(name)


def follow_system_scheme(app: QApplication) -> None:
    """The desktop turned dark or light while the app runs: Qt changes the palette by itself,
    but the style sheet's palette(...) colours (captions, frames) are read when it is applied."""
    following = (app.property(APPLIED_THEME_PROPERTY) or Theme.SYSTEM.value) == Theme.SYSTEM.value
    if following and app.styleSheet():
        app.setStyleSheet(app.styleSheet())


def scale_font(widget: QWidget, factor: float) -> None:
    """Size a caption relative to the user's own font, so large-font setups stay in proportion."""
    font = widget.font()
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
        widget.setFont(font)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _palette(colors: dict[QPalette.ColorRole, QColor], disabled: QColor) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def dark_palette() -> QPalette:
    """Soft greys rather than black, so a late-night page is calm, not stark.

    The window is a shade lighter than the fields (base): Fusion draws check boxes
    and frames in a colour darker than the window, which would vanish on a window
    as dark as the fields.
    """
    role = QPalette.ColorRole
    text = QColor(225, 225, 228)
    return _palette(
        {
            role.Window: QColor(45, 46, 50),
            role.WindowText: text,
            role.Base: QColor(30, 31, 34),
            role.AlternateBase: QColor(40, 41, 44),
            role.Text: text,
            role.Button: QColor(56, 57, 61),
            role.ButtonText: text,
            role.BrightText: QColor(255, 255, 255),
            role.Highlight: QColor(75, 105, 170),  # white on it: 5.4:1 (was 3.4:1)
            role.HighlightedText: QColor(255, 255, 255),
            role.PlaceholderText: QColor(150, 150, 156),
            role.ToolTipBase: QColor(56, 57, 61),
            role.ToolTipText: text,
            role.Link: QColor(140, 175, 235),
            role.LinkVisited: QColor(180, 160, 230),
            role.Light: QColor(78, 79, 84),
            role.Midlight: QColor(66, 67, 72),
            role.Mid: QColor(90, 91, 97),
            role.Dark: QColor(25, 26, 28),
            role.Shadow: QColor(12, 12, 14),
        },
        disabled=QColor(115, 115, 121),
    )


def light_palette() -> QPalette:
    """Fusion's own light colours, spelled out so they do not depend on the desktop's scheme."""
    role = QPalette.ColorRole
    text = QColor(0, 0, 0)
    return _palette(
        {
            role.Window: QColor(239, 239, 239),
            role.WindowText: text,
            role.Base: QColor(255, 255, 255),
            role.AlternateBase: QColor(247, 247, 247),
            role.Text: text,
            role.Button: QColor(239, 239, 239),
            role.ButtonText: text,
            role.BrightText: QColor(255, 255, 255),
            role.Highlight: QColor(40, 120, 175),  # white on it: 4.8:1 (was 3.7:1)
            role.HighlightedText: QColor(255, 255, 255),
            role.PlaceholderText: QColor(100, 100, 100),  # captions on the window: 5.1:1 (was 4.4:1)
            role.ToolTipBase: QColor(255, 255, 220),
            role.ToolTipText: text,
            role.Link: QColor(0, 90, 180),
            role.LinkVisited: QColor(110, 60, 160),
            role.Light: QColor(255, 255, 255),
            role.Midlight: QColor(227, 227, 227),
            role.Mid: QColor(160, 160, 160),
            role.Dark: QColor(160, 160, 160),
            role.Shadow: QColor(105, 105, 105),
        },
        disabled=QColor(150, 150, 150),
    )


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Follow the system, or force light or dark, at once and without a restart."""
    applied = app.property(APPLIED_THEME_PROPERTY) or Theme.SYSTEM.value
    if applied == theme.value:
        return  # at start with "follow the system": nothing to do, nothing to slow the first paint
    app.setProperty(APPLIED_THEME_PROPERTY, theme.value)
    schemes = QtCore.Qt.ColorScheme  # touched here, not at import: the first frame needs no Qt namespace
    scheme = {Theme.SYSTEM: schemes.Unknown, Theme.LIGHT: schemes.Light, Theme.DARK: schemes.Dark}[theme]
    app.styleHints().setColorScheme(scheme)
    app.setPalette(QPalette())  # drop a palette set for an earlier choice: back to the platform's own
    own_palette = theme is not Theme.SYSTEM and app.styleHints().colorScheme() != scheme
    # The platform could not switch: paint the chosen scheme ourselves, on Fusion, which follows a palette.
    # The style is swapped only between the platform's (known) style and Fusion, and only when that changes.
    platform_style = _platform_style(app)
    want_fusion = own_palette and platform_style.lower() not in ("", "fusion")
    sheet = app.styleSheet()
    if want_fusion != bool(app.property(FORCED_FUSION_PROPERTY)):
        app.setStyleSheet("")  # never swap the style under a style sheet: Qt can keep a deleted base style (a crash)
        app.setStyle("Fusion" if want_fusion else platform_style)
        app.setProperty(FORCED_FUSION_PROPERTY, want_fusion)
    if own_palette:
        app.setPalette(dark_palette() if theme is Theme.DARK else light_palette())
    if sheet:
        app.setStyleSheet(sheet)  # (re)applied: the style sheet's palette(...) colours follow the new palette
