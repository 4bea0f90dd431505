"""Help → Keyboard shortcuts: every action of the window that has a shortcut, as the platform writes it.

The list is read from the action registry (``desktop/ui/actions.py``) each time
it opens: the registered actions in menu order first, then any registered
action that lives outside the menus, so a new shortcut shows up here without
anyone editing a list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.ui.actions import ActionRegistry
from desktop.ui.widgets.keyboard import plain_text


@dataclass(frozen=True)
class ShortcutRow:
    where: str  # the top-level menu, e.g. "Journal"; "" outside the menus
    action: str  # the action's text without its mnemonic, after its submenu: "Record a date ▸ Miscarriage"
    keys: str  # the action's shortcut in the platform's native text (the first one, if it has several)


def _native(action: QAction) -> str:
    """The primary shortcut only: the others are alternatives such as a keyboard's own "Exit" key."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def action_name(text: str) -> str:
    """'&Welcome…' → 'Welcome': how an action reads in a list."""
    return plain_text(text).removesuffix("…")


def _menu_rows(menu: QMenu, where: str, seen: set[int], path: str = "") -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, where, seen, f"{path}{action_name(submenu.title())} ▸ ")
            continue
        seen.add(id(action))
        keys = _native(action)
        if keys:
            rows.append(ShortcutRow(where, path + action_name(action.text()), keys))
    return rows


def window_shortcuts(window: QMainWindow, registry: ActionRegistry) -> list[ShortcutRow]:
    """Every registered action with a shortcut: those in ``window``'s menus in menu order, then the rest."""
    seen: set[int] = set()
    rows: list[ShortcutRow] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, action_name(menu.title()), seen)
    for action in registry.actions():
        keys = _native(action)
        if keys and id(action) not in seen and action.menu() is None:
            seen.add(id(action))
            rows.append(ShortcutRow("", action_name(action.text()), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, registry: ActionRegistry) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(500, 430)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rows = window_shortcuts(window, registry)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            where = row.where or self.tr("Elsewhere")
            group = groups.get(where)
            if group is None:
                group = QTreeWidgetItem([where, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[where] = group
                self.tree.addTopLevelItem(group)
            QTreeWidgetItem(group, [row.action, row.keys])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.expandAll()
        hint = QLabel(
            self.tr(
                "In the calendar, the arrow keys move by a day or a week, and Page Up and Page Down "
                "change the month. Alt with an underlined letter opens a menu."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def listed(self) -> list[tuple[str, str]]:
        """(action, shortcut) as shown, in order."""
        found: list[tuple[str, str]] = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None:
                    found.append((item.text(0), item.text(1)))
        return found

    @classmethod
    def show_shortcuts(cls, window: QMainWindow, registry: ActionRegistry) -> None:
        dialog = cls(window, registry)
        dialog.exec()
        dialog.deleteLater()
