"""Contrast as WCAG 2 measures it, and colours nudged until they reach it.

The calendar's hues (rose, lavender, teal, amber) are drawn over whatever base
colour the palette has, light, dark or the desktop's own; a hue that reads well
on white can vanish on a dark grey. Each is made darker on a light background,
lighter on a dark one, just until it reaches the contrast WCAG AA asks for:
4.5:1 for text, 3:1 for large text and for marks (graphical objects).
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor

TEXT = 4.5
LARGE_TEXT = 3.0
MARK = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG's relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    return 0.2126 * _channel(color.red()) + 0.7152 * _channel(color.green()) + 0.0722 * _channel(color.blue())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two opaque colours, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(color: QColor, background: QColor) -> QColor:
    """``color`` (with its alpha) painted over an opaque ``background``: the opaque colour seen."""
    alpha = color.alphaF()
    return QColor(
        round(color.red() * alpha + background.red() * (1 - alpha)),
        round(color.green() * alpha + background.green() * (1 - alpha)),
        round(color.blue() * alpha + background.blue() * (1 - alpha)),
    )


def readable(color: QColor, background: QColor, minimum: float) -> QColor:
    """``color`` (opaque, as seen over ``background``) made darker or lighter until it stands out by ``minimum``.

    Towards black on a light background, towards white on a dark one, in small
    steps, so the hue stays recognisable; black or white at the end always reach
    at least 4.5:1 against any background. Remembered per pair of colours: the
    calendar asks it for each of its 42 cells on every paint (12 ms of the first frame).
    """
    return QColor.fromRgba(_readable_rgba(color.rgba(), background.rgba(), minimum))


@functools.lru_cache(maxsize=512)
def _readable_rgba(color_rgba: int, background_rgba: int, minimum: float) -> int:
    color, background = QColor.fromRgba(color_rgba), QColor.fromRgba(background_rgba)
    seen = over(color, background)
    if contrast(seen, background) >= minimum:
        return seen.rgba()
    target = QColor(0, 0, 0) if luminance(background) > 0.18 else QColor(255, 255, 255)
    for step in range(1, 21):
        mix = step / 20
        candidate = QColor(
            round(seen.red() + (target.red() - seen.red()) * mix),
            round(seen.green() + (target.green() - seen.green()) * mix),
            round(seen.blue() + (target.blue() - seen.blue()) * mix),
        )
        if contrast(candidate, background) >= minimum:
            return candidate.rgba()
    return target.rgba()
