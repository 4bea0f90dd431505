"""Take the README's screenshots of the real main window (run under xvfb-run; ``make screenshots`` runs them all).

    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" .venv/bin/python docs/screenshots.py main-window --days-ago 20

Each scenario seeds a throw-away journal, opens the real main window, and saves
``docs/screenshots/<name>.png``. Nothing touches the user's own journal or
settings: HOME and the XDG folders point into a temporary folder before Qt starts.
The other ``docs/*_screenshots.py`` scripts take their start-up, seed and
saving from here, so every picture is made the same way.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent / "screenshots"
TODAY = date(2026, 11, 25)
PALETTE_SIZE = 256  # 8-bit PNGs: a third of the size of 24-bit ones, and a screenshot has few colours


def isolate(tmp: str) -> None:
    """Point HOME and the XDG folders at ``tmp``: no picture reads or writes her real settings or journal."""
    home = Path(tmp) / "home"
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder)
    (home / "Documents").mkdir(exist_ok=True)  # the export dialog's default folder
    os.environ.pop("RECOVERY_JOURNAL_DATA_DIR", None)


def start_app(
    tmp: str, *, dark: bool = False, font_size: float = 0, lang: str = "", settings: dict[str, Any] | None = None
) -> QApplication:
    """The real application (``create_application``) with throw-away settings, in the app's own theme and language.

    Dark goes through ``apply_theme`` (what Edit → Settings does), so the pictures show what
    she sees, not a palette of the script's own. ``lang`` ("ru") sets the locale the app
    reads its language from, as her system's would. ``settings`` are saved before the
    window is built (the article's text size, the header line, discreet mode).
    """
    isolate(tmp)
    if lang:
        QLocale.setDefault(QLocale(lang))
    from desktop.ui.app import create_application
    from desktop.ui.settings.preferences import THEME_KEY, Theme
    from desktop.ui.settings.style import apply_theme

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
    app = create_application()
    theme = Theme.DARK if dark else Theme.LIGHT
    stored = QSettings()
    stored.setValue(THEME_KEY, theme.value)  # the window applies the saved theme when it is built
    for key, value in (settings or {}).items():
        stored.setValue(key, value)
    stored.sync()
    apply_theme(app, theme)
    if font_size:
        font = QFont(app.font())
        font.setPointSizeF(font_size)
        app.setFont(font)
    return app


def settle(app: QApplication, rounds: int = 10) -> None:
    """Let posted events (layouts, palette changes, queued signals) reach the widgets before a grab.

    Widgets given to ``deleteLater`` (a day's medicine rows, when another day is shown) go too: outside
    ``exec()`` nothing else deletes them, and the picture would show the last day's rows.
    """
    for _ in range(rounds):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _palette(image: QImage) -> list[int]:
    """The image's most frequent colours, then the rarer ones most unlike them (a milestone's small orange
    diamond is a few pixels, but must keep its colour)."""

    def rgb(c: int) -> tuple[int, int, int]:
        return (c >> 16) & 255, (c >> 8) & 255, c & 255

    def distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
        return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2

    counts = Counter(c & 0xFFFFFF for c in memoryview(image.constBits()).cast("I"))  # type: ignore[arg-type]
    ranked = counts.most_common()
    frequent = PALETTE_SIZE * 5 // 8
    table = [c for c, _ in ranked[:frequent]]
    rest = dict(ranked[frequent:])
    nearest = {c: min(distance(rgb(c), rgb(t)) for t in table) for c in rest}
    while len(table) < PALETTE_SIZE and rest:
        pick = max(rest, key=lambda c: rest[c] * nearest[c])
        table.append(pick)
        del rest[pick]
        for c in rest:
            nearest[c] = min(nearest[c], distance(rgb(c), rgb(pick)))
    return [c | 0xFF000000 for c in table]


def save_png(source: QWidget | QImage, target: Path) -> Path:
    """Save a widget's grab (or an image) as an 8-bit palette PNG: small in the repository, same look."""
    image = source if isinstance(source, QImage) else source.grab().toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    indexed = image.convertToFormat(QImage.Format.Format_Indexed8, _palette(image), flags)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not indexed.save(str(target), "PNG", 0):
        raise OSError(f"could not write {target}")
    print(target)
    return target


def seed(data_dir: Path, days_ago: int | None, *, russian: bool = False) -> None:
    """A procedure ``days_ago`` days before TODAY, notes and symptoms on a few days (in Russian for a Russian picture)."""
    from desktop.paths import journal_path
    from desktop.store import DayRecord, open_journal

    walk = "Спала чуть лучше. Короткая прогулка днём." if russian else "Slept a little better. A short walk in the afternoon."
    tea = "Чай с сестрой. Стало легче, когда поговорили." if russian else "Tea with my sister. It helped to talk."
    with open_journal(journal_path(data_dir)) as journal:
        if days_ago is None:
            return
        loss = TODAY - timedelta(days=days_ago)
        journal.add_event("miscarriage", loss - timedelta(days=2))
        journal.add_event("procedure", loss, "Дневной стационар" if russian else "Day clinic")
        for offset in (1, 2, 4, 7, 9, 12, 16, 19):
            day = loss + timedelta(days=offset)
            if day <= TODAY:
                journal.save_entry(day, walk)
        for offset, bleeding, pain in ((1, "medium", 4), (2, "light", 3), (3, "spotting", 2), (6, "spotting", 1)):
            day = loss + timedelta(days=offset)
            if day <= TODAY:
                current = journal.entry(day)
                journal.save_day(DayRecord(day, current.text if current else "", bleeding, pain, 36.8))
        if days_ago > 60:
            journal.add_event("period", loss + timedelta(days=33))
            journal.add_event("consultation", loss + timedelta(days=150), "Dr. Novak")
            journal.save_entry(TODAY - timedelta(days=3), "Quiet day.")
        journal.save_entry(TODAY, tea)


def main() -> int:
    from desktop.ui.settings.preferences import ARTICLE_FONT_KEY, DISCREET_KEY, HEADER_NEXT_KEY

    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("--days-ago", type=int, default=None, help="procedure this many days before 2026-11-25")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--font-size", type=float, default=0, help="the application's font, in points")
    parser.add_argument("--article-pt", type=int, default=0, help="Settings ▸ Article text size")
    parser.add_argument("--lang", default="", help="the locale the app takes its language from, e.g. ru")
    parser.add_argument("--select", default="", help="milestone key to select")
    parser.add_argument("--header-next", action="store_true", help="Settings ▸ Show the next milestone in the header")
    parser.add_argument("--discreet", action="store_true", help="discreet mode, as the window is when she switches away")
    parser.add_argument("--screen", action="store_true", help="the window at its own size, grabbed with the whole screen")
    args = parser.parse_args()

    settings: dict[str, Any] = {HEADER_NEXT_KEY: args.header_next, DISCREET_KEY: args.discreet}
    if args.article_pt:
        settings[ARTICLE_FONT_KEY] = args.article_pt
    with tempfile.TemporaryDirectory() as tmp:
        app = start_app(tmp, dark=args.dark, font_size=args.font_size, lang=args.lang, settings=settings)
        data_dir = Path(tmp) / "data"
        seed(data_dir, args.days_ago, russian=args.lang.startswith("ru"))
        from desktop.ui.app import build_window

        window = build_window(data_dir, lambda: TODAY)
        backdrop = QWidget()  # a plain desktop behind the window (Xvfb's bare screen is black)
        if args.screen:
            backdrop.setStyleSheet("background: #5b6670")
            backdrop.setGeometry(app.primaryScreen().geometry())
            backdrop.show()
        else:
            window.resize(1280, 800)  # the whole of the 1280×800 screen
        window.show()
        window.load()
        if args.select:
            window.milestones.select_key(args.select)
        settle(app)
        if args.discreet:
            window.discreet.cover()  # what a glance sees while another window is in front
            settle(app)
        target = OUT / f"{args.name}.png"
        if args.screen:
            screen = window.screen()
            save_png(screen.grabWindow(0).toImage(), target)  # the screen, to show the window fits on it
        else:
            save_png(window, target)
        window.close()
        backdrop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
