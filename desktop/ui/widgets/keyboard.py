"""Small keyboard helpers: a tab order in one call, and an action's text without its mnemonic."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def set_tab_chain(*widgets: QWidget | None) -> None:
    """Tab visits ``widgets`` in this order (None entries are left out), whatever order they were built in."""
    chain = [widget for widget in widgets if widget is not None]
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)


def plain_text(text: str) -> str:
    """'&Export…' → 'Export…': the text a person reads, without the mnemonic marker ('&&' stays one '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of '&Export…' ('e'), or None when the text has none."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def set_standard_shortcut(action: QAction, key: QKeySequence.StandardKey, fallback: str) -> None:
    """The platform's own shortcut for ``key``; ``fallback`` where the platform has none (Quit on a bare X11)."""
    bindings = QKeySequence.keyBindings(key)
    action.setShortcuts(bindings if bindings else [QKeySequence(fallback)])
