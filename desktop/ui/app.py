"""Starting the GUI: create the application, show the window, then open the journal."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from desktop.ui.settings.i18n import install_translations
from desktop.ui.settings.location import move_legacy_settings, name_the_application
from desktop.ui.settings.preferences import load_preferences, make_settings_private
from desktop.ui.settings.style import apply_calm_style, apply_theme


def create_application(argv: list[str] | None = None, *, style_sheet: bool = True) -> QApplication:
    """The application, in her language and theme; ``style_sheet=False`` leaves the sheet to the caller,
    who sets it once the window is built (``apply_calm_style``), as ``run_gui`` does to start faster."""
    name_the_application()  # settings in ~/.config/recovery-journal/, not "Unknown Organization"
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland's app id = the .desktop file's name; X11's WM_CLASS stays APP_NAME
    move_legacy_settings()  # once: a file from the old "Unknown Organization" folder keeps her choices
    make_settings_private()  # before anything is saved: 0600 once, and Qt keeps it so on every save
    install_translations(app)  # before any widget: every tr() after this speaks her language
    if style_sheet:
        apply_calm_style(app)
    apply_theme(app, load_preferences().theme)  # before any widget: the first paint is already in her theme
    return app


def set_application_icon(app: QApplication) -> None:
    """The window, the tray and About show the app's icon.

    Loading the SVG brings in Qt's SVG icon engine (about 4 ms), so it is done
    after the first paint; the window manager updates the icon when it comes.
    """
    from PySide6.QtGui import QIcon

    from desktop.resources import icon_path

    path = icon_path()
    if path.is_file():
        app.setWindowIcon(QIcon(str(path)))


def run_gui(data_dir: Path, *, exit_after_first_paint: bool = False, exit_when_ready: bool = False) -> int:
    """Show the window, then open the journal; the two exit flags quit as File ▸ Quit does, at first paint or when ready.

    The command line turns garbage collection off before it imports the UI; it comes back on once
    the first frame is painted (``quick_start.collect_after_start``).
    """
    from desktop.ui.quick_start import collect_after_start, skip_feature_source_scan

    skip_feature_source_scan()  # before the window's ~80 modules are imported
    app = create_application(style_sheet=False)
    from desktop.instance_lock import InstanceLockError
    from desktop.ui.window.single_instance import ALREADY_OPEN, SingleInstance, bring_forward

    instance = SingleInstance(data_dir)
    try:
        acquired = instance.acquire(listen=False)
    except InstanceLockError as error:  # a full disk or read-only folder is not "already open": say what it is
        print(f"{APP_NAME}: {error}; opening without it", file=sys.stderr)
        acquired = True  # never locked out: the journal's own open says what it can do here
    if not acquired:  # listening (QtNetwork) waits for the first paint  # one window per journal: say so, and bring the open one forward
        instance.ask_first_instance_to_raise()
        print(f"{APP_NAME}: {ALREADY_OPEN}", file=sys.stderr)
        if not (exit_after_first_paint or exit_when_ready):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, APP_DISPLAY_NAME, QCoreApplication.translate("SingleInstance", ALREADY_OPEN))
        return 1
    from desktop.ui.window.main_window import MainWindow

    window = MainWindow(data_dir)
    apply_calm_style(app)  # once, on the built tree: under a sheet, every reparent while building re-styles
    instance.raise_requested.connect(lambda: bring_forward(window))
    from desktop.ui.window.quit_signals import QuitSignals

    quit_signals = QuitSignals()  # logout and shutdown save her last words, as Ctrl+Q does
    quit_signals.received.connect(lambda _number: window.quit_on_signal())
    window.first_painted.connect(collect_after_start)
    if exit_after_first_paint:
        window.first_painted.connect(window.quit_journal)  # as Ctrl+Q: settings saved, everything closed
    elif exit_when_ready:
        from desktop.ui.window.ready import quit_when_ready

        quit_when_ready(window, app)  # opens the journal after the first paint, quits once she could type
    else:
        window.first_painted.connect(lambda: set_application_icon(app))
        window.first_painted.connect(window.load)  # show first, load after
        window.first_painted.connect(instance.listen)  # then hear later launches (QtNetwork is not needed to paint)
    window.show()
    if exit_after_first_paint or exit_when_ready:
        limit_ms = 10_000 if exit_after_first_paint else 60_000
        QTimer.singleShot(limit_ms, lambda: app.exit(1))  # a window that never paints (or never gets ready) fails
    try:
        return app.exec()
    finally:
        quit_signals.close()
        instance.release()
