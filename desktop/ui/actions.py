"""Every action of the main window, registered under an enum key (as Picard's ``MainWindowActions``).

Whoever makes an action registers it here (``registry.add(Action.SEARCH, action)``);
the menus are built from the keys (``build_menus``), the shortcuts dialog lists
the registry, and tests find an action by its key. Nothing looks a menu or an
action up by its translated title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.guidance.kinds import EventKind
from desktop.ui.widgets.keyboard import set_standard_shortcut

translate = QCoreApplication.translate  # the words keep the "MainWindow" context they were translated in


class Action(Enum):
    # File
    EXPORT = auto()
    PRINT = auto()
    IMPORT = auto()
    IMPORT_OTHER = auto()
    BACK_UP = auto()
    RESTORE = auto()
    QUIT = auto()
    # Edit
    SETTINGS = auto()
    # Journal
    RECORD_MISCARRIAGE = auto()
    RECORD_PROCEDURE = auto()
    RECORD_PERIOD = auto()
    RECORD_CONSULTATION = auto()
    BOOK_APPOINTMENT = auto()
    LOCK_NOW = auto()
    PROTECT = auto()
    CHANGE_PASSPHRASE = auto()
    REMOVE_PASSPHRASE = auto()
    SEARCH = auto()
    HISTORY = auto()
    REMINDERS = auto()
    # View
    GO_TO_TODAY = auto()
    TOGGLE_ARTICLE = auto()
    PICTURES = auto()
    FAHRENHEIT = auto()
    DISCREET = auto()
    NEXT_PANE = auto()  # F6: in no menu, listed in Help → Keyboard shortcuts
    PREVIOUS_PANE = auto()
    # Help
    WELCOME = auto()
    SHORTCUTS = auto()
    ABOUT = auto()


RECORD_ACTIONS = {
    EventKind.MISCARRIAGE: Action.RECORD_MISCARRIAGE,
    EventKind.PROCEDURE: Action.RECORD_PROCEDURE,
    EventKind.PERIOD: Action.RECORD_PERIOD,
    EventKind.CONSULTATION: Action.RECORD_CONSULTATION,
}


WRITING_ACTIONS = [*RECORD_ACTIONS.values(), Action.BOOK_APPOINTMENT]  # off while the journal is read only


class ActionRegistry:
    """The window's actions by key; each key holds one action."""

    def __init__(self) -> None:
        self._actions: dict[Action, QAction] = {}

    def add(self, key: Action, action: QAction) -> QAction:
        if key in self._actions:
            raise ValueError(f"{key.name} is registered already")
        self._actions[key] = action
        return action

    def __getitem__(self, key: Action) -> QAction:
        return self._actions[key]

    def __contains__(self, key: object) -> bool:
        return key in self._actions

    def __iter__(self) -> Iterator[Action]:
        return iter(self._actions)

    def actions(self) -> list[QAction]:
        return list(self._actions.values())

    def set_enabled(self, keys: list[Action], enabled: bool) -> None:
        for key in keys:
            if key in self._actions:
                self._actions[key].setEnabled(enabled)


def add_window_actions(registry: ActionRegistry, parent: QObject) -> None:
    """The main window's own actions (their words keep the "MainWindow" translation context)."""

    def add(key: Action, text: str, shortcut: str | None = None) -> QAction:
        action = registry.add(key, QAction(text, parent))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    quit_action = add(Action.QUIT, translate("MainWindow", "&Quit"))
    set_standard_shortcut(quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q")
    # each with a mnemonic of its own inside Journal → Record a date
    add(Action.RECORD_MISCARRIAGE, translate("MainWindow", "&Miscarriage…"), "Ctrl+D")
    add(Action.RECORD_PROCEDURE, translate("MainWindow", "Uterine &procedure…"))
    add(Action.RECORD_PERIOD, translate("MainWindow", "Period &start…"))
    add(Action.RECORD_CONSULTATION, translate("MainWindow", "&Gynecologist consultation…"))
    add(Action.BOOK_APPOINTMENT, translate("MainWindow", "&Book an appointment…"))
    article = add(Action.TOGGLE_ARTICLE, translate("MainWindow", "Show the &article"), "F9")
    article.setCheckable(True)
    article.setChecked(True)
    add(Action.GO_TO_TODAY, translate("MainWindow", "Go to &today"), "Ctrl+T")
    add(Action.ABOUT, translate("MainWindow", "&About Recovery Journal"))
    welcome = add(Action.WELCOME, translate("MainWindow", "&Welcome…"))
    welcome.setShortcut(QKeySequence.StandardKey.HelpContents)
    add(Action.SHORTCUTS, translate("MainWindow", "&Keyboard shortcuts"), translate("MainWindow", "Ctrl+/"))
    settings = add(Action.SETTINGS, translate("MainWindow", "&Settings…"))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")])


class Menus:
    """The menu bar, built once from the registry's keys; later additions (reminders) get the menu itself."""

    def __init__(self, bar: QMenuBar, registry: ActionRegistry, *, privacy: Callable[[QMenu], None]) -> None:
        """``privacy`` adds the privacy controls' part of the Journal menu (lock, auto-lock, passphrase)."""

        def put(menu: QMenu, *keys: Action | None) -> None:
            for key in keys:
                if key is None:
                    menu.addSeparator()
                elif key in registry:
                    menu.addAction(registry[key])

        self.file = bar.addMenu(translate("MainWindow", "&File"))
        put(self.file, Action.EXPORT, Action.PRINT, Action.IMPORT, Action.IMPORT_OTHER, Action.BACK_UP, Action.RESTORE, None, Action.QUIT)
        self.edit = bar.addMenu(translate("MainWindow", "&Edit"))
        put(self.edit, Action.SETTINGS)
        self.journal = bar.addMenu(translate("MainWindow", "&Journal"))
        record = self.journal.addMenu(translate("MainWindow", "&Record a date"))
        put(record, *RECORD_ACTIONS.values())
        put(self.journal, Action.BOOK_APPOINTMENT, None)
        privacy(self.journal)
        put(self.journal, None, Action.SEARCH, Action.HISTORY)
        self.view = bar.addMenu(translate("MainWindow", "&View"))
        put(self.view, Action.GO_TO_TODAY, Action.TOGGLE_ARTICLE, None, Action.PICTURES, Action.FAHRENHEIT, None, Action.DISCREET)
        self.help = bar.addMenu(translate("MainWindow", "&Help"))
        put(self.help, Action.WELCOME, Action.SHORTCUTS, None, Action.ABOUT)
