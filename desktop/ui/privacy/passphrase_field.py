"""The passphrase field every passphrase dialog and the lock page share.

A password-style QLineEdit with two helps a person typing blind needs:

* **Show/hide** inside the field: a trailing action with an eye icon, a spoken
  name and a shortcut (``REVEAL_SHORTCUT`` while the field has focus), because
  QLineEdit's action buttons never take keyboard focus.
* **Caps Lock**: ``caps_lock_changed(bool)`` when the field learns that Caps Lock
  is on or off. Qt has no portable query for it, so the field reads it from the
  key events she types (``caps_lock_from_key``):

  - on X11 (Qt's ``xcb`` platform) every key event carries the X modifier state
    in ``nativeModifiers()``, whose Lock bit (0x2) *is* Caps Lock — known from the
    first key, letter or not (checked under Xvfb with xdotool);
  - everywhere else (Wayland, Windows, macOS, and X11 too) a letter typed in the
    case opposite to Shift (``A`` without Shift, ``a`` with it) means Caps Lock is
    on, a letter in the expected case means off; keys without case say nothing.

Also here, for the dialogs around it: ``busy_bar`` (the "checking…" sign shown
while the key is derived) and ``fit_height`` (Qt does not grow a window for
word-wrapped labels that need more lines, so a message would be clipped).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QLineEdit, QProgressBar, QToolButton, QWidget

from desktop.ui.widgets.on_screen import keep_on_screen

REVEAL_SHORTCUT = "Ctrl+Shift+S"  # S for "show"; QLineEdit binds nothing to it
X11_LOCK_MASK = 0x2  # X11's LockMask: Caps Lock in the key event's modifier state


def caps_lock_from_key(event: QKeyEvent, platform: str | None = None) -> bool | None:
    """Whether Caps Lock is on, as far as this key event tells (None: it does not say)."""
    platform = platform if platform is not None else QGuiApplication.platformName()
    if platform == "xcb" and event.nativeScanCode():  # a real X key event (synthetic ones carry no state)
        locked = bool(event.nativeModifiers() & X11_LOCK_MASK)
        # the state is the one *before* this key: pressing Caps Lock itself flips it
        return not locked if event.key() == Qt.Key.Key_CapsLock else locked
    text = event.text()
    if len(text) != 1 or text.lower() == text.upper():
        return None  # a digit, a space, a control key: no case to compare
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


def _eye_icon(color: QColor, *, crossed: bool) -> QIcon:
    """An eye (crossed out: "hide"), drawn in the text colour, for themes without view-visible/view-hidden."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 16, size / 16)
        painter.setPen(QPen(color, 1.4))
        outline = QPainterPath(QPointF(1.5, 8))
        outline.quadTo(QPointF(8, 1.5), QPointF(14.5, 8))
        outline.quadTo(QPointF(8, 14.5), QPointF(1.5, 8))
        painter.drawPath(outline)
        painter.setBrush(color)
        painter.drawEllipse(QRectF(5.8, 5.8, 4.4, 4.4))
        if crossed:
            painter.drawLine(QPointF(3, 13.5), QPointF(13, 2.5))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class PassphraseField(QLineEdit):
    """A password field with a show/hide toggle and a Caps Lock signal; see the module docstring."""

    caps_lock_changed = Signal(bool)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.caps_lock: bool | None = None  # unknown until she types
        text_colour = self.palette().text().color()
        self._show_icon = QIcon.fromTheme("view-visible", _eye_icon(text_colour, crossed=False))
        self._hide_icon = QIcon.fromTheme("view-hidden", _eye_icon(text_colour, crossed=True))
        self.reveal_action = QAction(self)
        self.reveal_action.setCheckable(True)
        self.reveal_action.setShortcut(QKeySequence(REVEAL_SHORTCUT))
        self.reveal_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # this field's, not the window's
        self.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        self.reveal_action.toggled.connect(self._follow_reveal)
        self._follow_reveal(False)

    @property
    def reveal_button(self) -> QToolButton | None:
        """The button QLineEdit made for the toggle (to name it for screen readers)."""
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is self.reveal_action:
                return button
        return None

    def _follow_reveal(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        name = self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase")
        shortcut = QKeySequence(REVEAL_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.reveal_action.setText(name)
        self.reveal_action.setToolTip(self.tr("{action} ({shortcut})").format(action=name, shortcut=shortcut))
        self.reveal_action.setIcon(self._hide_icon if shown else self._show_icon)
        button = self.reveal_button
        if button is not None:
            button.setAccessibleName(name)

    def conceal(self) -> None:
        """Back to dots (when the dialog forgets what was typed)."""
        self.reveal_action.setChecked(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        state = caps_lock_from_key(event)
        if state is not None and state != self.caps_lock:
            self.caps_lock = state
            self.caps_lock_changed.emit(state)
        super().keyPressEvent(event)


def busy_bar(accessible_name: str) -> QProgressBar:
    """An indeterminate bar shown while the key is derived; it keeps its room when hidden, so nothing jumps."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(max(6, bar.fontMetrics().height() // 2))
    bar.setAccessibleName(accessible_name)
    policy = bar.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    bar.setSizePolicy(policy)
    bar.hide()
    return bar


def fit_height(window: QWidget) -> None:
    """Make ``window`` at least as tall as its word-wrapped labels need at its present width.

    A top-level window's minimum size ignores height-for-width, so a message shown
    (or wrapped onto more lines by a larger font) after the window was laid out
    would be squeezed to part of its height. Called after every change of a message.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed <= 0:
        return
    window.setMinimumHeight(needed)
    if window.height() < needed:
        window.resize(window.width(), needed)
    keep_on_screen(window)


def comfortable_width(widget: QWidget, characters: int = 52) -> QSize:
    """A width that keeps messages to a few lines at any font size: about ``characters`` average letters."""
    width = widget.fontMetrics().averageCharWidth() * characters
    screen = widget.screen()
    if screen is not None:
        width = min(width, int(screen.availableGeometry().width() * 0.9))
    return QSize(width, 0)
