"""Translations: every visible string goes through tr(), lupdate finds them, a .qm changes the window.

Also: dates follow the user's locale (QLocale), not a hard-coded English format.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from pytestqt.qtbot import QtBot

from tests.repo import REPO

ROOT = REPO
UI_DIR = ROOT / "desktop" / "ui"
BIN = Path(sys.executable).parent
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)

# Calls whose string arguments she reads (or hears, through a screen reader).
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setTitle", "setSuffix", "setPrefix",
    "setLabelText", "setInformativeText", "setDetailedText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addMenu", "showMessage", "addRow", "addItem", "addButton", "addTab", "setTabText",
}  # fmt: skip
TEXT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton", "QToolButton", "QDockWidget",
    "QMenu", "QCommandLinkButton", "QTreeWidgetItem", "QListWidgetItem", "QTableWidgetItem",
}  # fmt: skip
MESSAGE_BOX_FUNCTIONS = {"information", "warning", "question", "critical", "about"}  # (parent, title, text)
LETTER = re.compile(r"[^\W\d_]")
HTML_TAG = re.compile(r"<[^<>]*>")


def _has_words(text: str) -> bool:
    """Letters outside HTML tags: markup such as <a href="…"> is not for translators."""
    return bool(LETTER.search(HTML_TAG.sub("", text)))


def _bare_text(node: ast.expr) -> bool:
    """A literal with a letter in it that reaches the screen untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):  # an f-string: lupdate cannot read it either
        return _has_words("".join(str(p.value) if isinstance(p, ast.Constant) else "{}" for p in node.values))
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_bare_text(element) for element in node.elts)
    return False


def _checked_arguments(call: ast.Call) -> list[ast.expr]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    keywords = [kw.value for kw in call.keywords if kw.arg in ("text", "title")]
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "QMessageBox":
        return call.args[1:3] + keywords if name in MESSAGE_BOX_FUNCTIONS else []
    if name in TEXT_CONSTRUCTORS:
        return call.args[:1] + keywords
    if name in TEXT_SETTERS:
        return call.args[:1] + keywords
    return []


def untranslated_strings(source: str, filename: str) -> list[str]:
    """``file:line: text`` for every literal handed straight to a visible setter or constructor."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            for argument in _checked_arguments(node):
                if _bare_text(argument):
                    found.append(f"{filename}:{argument.lineno}: {ast.unparse(argument)[:70]}")
    return found


# -- (a) no bare strings ---------------------------------------------------------------


def test_the_checker_catches_bare_strings_and_lets_translated_ones_pass() -> None:
    source = """
label = QLabel("Hello")
self.setWindowTitle(f"Change: {title}")
QMessageBox.warning(self, "Oops", self.tr("fine"))
menu.addMenu("&File" if a else self.tr("&View"))
fine = QLabel(self.tr("Hello")), QLabel(""), QLabel("→ 2"), button.setText(self.tr("{n} days").format(n=n))
ok = QCoreApplication.translate("Ctx", "Hi"), widget.setObjectName("problem"), item.setText(f"{a} · {b}")
html = label.setText(f'<a href="{x}">' + self.tr("Read") + "</a>"), label.setText(f"<b>{title}</b>")
"""
    found = untranslated_strings(source, "x.py")
    assert [line.split(":")[1] for line in found] == ["2", "3", "4", "5"]


def test_every_visible_string_of_the_ui_goes_through_translation() -> None:
    offenders: list[str] = []
    for path in sorted(UI_DIR.rglob("*.py")):
        offenders += untranslated_strings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not offenders, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(offenders)


# -- (b) lupdate collects them -----------------------------------------------------------


def _messages(ts_file: Path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    result: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext()).strip()
            result[(name, message.findtext("source", ""))] = text
    return result


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_translations_collects_the_window_strings(tmp_path: Path) -> None:
    subprocess.run(
        ["make", "-s", "-o", ".venv/.installed", "translations", f"TRANSLATIONS_DIR={tmp_path}", f"BIN={BIN}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    messages = _messages(tmp_path / "recovery-journal_en.ts")
    for expected in [
        ("MainWindow", "&Quit"),
        ("MainWindow", "&File"),
        ("DayEditor", "Saved"),
        ("SearchPanel", "%n day(s)"),
        ("Legend", "Three-week window"),  # a table of English words, collected through QT_TRANSLATE_NOOP
        ("EventKind", "Miscarriage"),
        ("Wording", "in %n day(s)"),  # the plan's sentences, written once in desktop/wording.py
        ("Wording", "First period"),
    ]:
        assert expected in messages, expected


def _lupdate_sources() -> list[str]:
    """The one list of files lupdate reads (resources/translations/ru_translations.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("ru_translations", ROOT / "resources" / "translations" / "ru_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sources: list[str] = module.lupdate_sources()
    return sources


def test_the_committed_templates_are_up_to_date(tmp_path: Path) -> None:
    """A string added without `make translations` would reach no translator."""
    committed = ROOT / "resources" / "translations" / "recovery-journal_en.ts"
    sources = [str(ROOT / source) for source in _lupdate_sources()]
    fresh = tmp_path / "recovery-journal_en.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = sorted(set(_messages(fresh)) - set(_messages(committed)))
    assert not missing, f"run `make translations`: {missing[:10]}"


def test_the_russian_starter_translation_is_well_formed(tmp_path: Path) -> None:
    ts_file = ROOT / "resources" / "translations" / "recovery-journal_ru.ts"
    messages = _messages(ts_file)
    assert messages[("MainWindow", "&Quit")] == "&Выход"
    qm = tmp_path / "ru.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("SearchPanel", "%n day(s)", None, 5) == "%n дней"


# -- (c) a translation reaches the window --------------------------------------------------

FAKE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>MainWindow</name>
  <message><source>&amp;Quit</source><translation>&amp;Beenden</translation></message>
  <message><source>&amp;Journal</source><translation>&amp;Tagebuch</translation></message>
</context>
<context><name>JournalFeatures</name>
  <message><source>&amp;Search notes</source><translation>Notizen &amp;durchsuchen</translation></message>
</context>
<context><name>SearchPanel</name>
  <message numerus="yes"><source>%n day(s)</source>
    <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def german_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QTranslator]]:
    """A tiny German .qm built now, installed the way the app installs its translations."""
    from desktop.ui.settings import i18n

    ts_file = tmp_path / "recovery-journal_de.ts"
    ts_file.write_text(FAKE_TS, encoding="utf-8")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(tmp_path / "recovery-journal_de.qm")],
        check=True,
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(tmp_path))
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translations(app, GERMAN)
    yield installed
    for translator in installed:
        app.removeTranslator(translator)


def test_an_installed_translation_changes_the_window(qtbot: QtBot, data_dir: Path, german_catalog) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.actions import Action
    from desktop.ui.app import build_window

    window = build_window(data_dir)
    qtbot.addWidget(window)
    assert window.registry[Action.QUIT].text() == "&Beenden"
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Tagebuch" in menus and "&Journal" not in menus  # one Journal menu: the features found it translated
    journal_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tagebuch")
    assert "Notizen &durchsuchen" in [a.text() for a in journal_menu.actions()]
    assert "&File" in menus  # not in the catalog: stays English, never blank


def test_plural_forms_come_from_the_catalog(german_catalog) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.settings.i18n import plural

    text = QCoreApplication.translate("SearchPanel", "%n day(s)", None, 3)
    assert plural(text, 3) == "3 Tage"
    assert plural(QCoreApplication.translate("SearchPanel", "%n day(s)", None, 1), 1) == "1 Tag"


def test_qt_own_buttons_are_translated_too(german_catalog) -> None:  # type: ignore[no-untyped-def]
    qt_catalog = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    if not qt_catalog.exists():
        pytest.skip("this Qt has no German qtbase catalog")
    assert len(german_catalog) == 2
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_without_a_translation_plurals_read_as_english() -> None:
    from desktop.ui.settings.i18n import plural

    assert plural(QCoreApplication.translate("SearchPanel", "%n day(s)", None, 1), 1) == "1 day"
    assert plural(QCoreApplication.translate("SearchPanel", "%n day(s)", None, 4), 4) == "4 days"


def test_an_english_locale_loads_nothing() -> None:
    from desktop.ui.settings.i18n import install_translations

    app = QCoreApplication.instance()
    assert app is not None
    assert install_translations(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == []


# -- (d) dates in her locale -----------------------------------------------------------------


@pytest.fixture
def german_locale() -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield GERMAN
    QLocale.setDefault(before)


def test_the_day_editor_writes_the_date_the_german_way(qtbot: QtBot, german_locale) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.day.autosave import DayAutosave
    from desktop.ui.day.day_editor import DayEditor

    editor = DayEditor(DayAutosave(lambda _edit: None))
    qtbot.addWidget(editor)
    editor.show_day(date(2026, 3, 19), "")
    assert editor.title.text() == "Donnerstag, 19. März 2026"


def test_dates_and_numbers_follow_the_locale(german_locale) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from desktop.ui.settings.i18n import date_time_text, medium_date, number_text

    assert medium_date(date(2026, 3, 19)) == "19 März 2026"
    assert date_time_text(datetime(2026, 3, 19, 8, 5)) == "19 März 2026 08:05"
    assert number_text(37.5) == "37,5"


def test_the_temperature_field_shows_the_locale_decimal_sign(qtbot: QtBot, german_locale) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.records import DayRecord
    from desktop.ui.day.day_fields import DayFields

    fields = DayFields()
    qtbot.addWidget(fields)
    fields.set_values(DayRecord(date(2026, 3, 19), temperature_c=37.5))
    assert fields.temperature.text() == "37,5"
    fields.temperature.clear()
    qtbot.keyClicks(fields.temperature, "38,2")  # what she sees can be typed back: the parser takes a comma
    assert fields.values().temperature_c == pytest.approx(38.2)


# -- (e) the Russian translation is complete ------------------------------------------------

RU_TS = ROOT / "resources" / "translations" / "recovery-journal_ru.ts"
RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d|<[^<>]*>")
LATIN = re.compile(r"[A-Za-z]")
# Names that stay as they are in a Russian window: the app's name, the article's English title,
# the guidance body, file formats and keys.
KEPT_NAMES = (
    "Recovery Journal", "Sex after a miscarriage", "NHS", "JSON", "CSV", "ICS", "PDF",
    "Caps Lock", "Page Up", "Page Down", "Delete", "Enter", "Ctrl", "Alt", "Shift", "Down", "°F", "°C",
)  # fmt: skip


def _russian_messages() -> list[tuple[str, str, bool, list[str], str | None]]:
    """(context, source, plural, translations, type) for every message of the Russian catalog."""
    import xml.etree.ElementTree as ET

    found = []
    for context in ET.parse(RU_TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            found.append((name, message.findtext("source", ""), message.get("numerus") == "yes", texts, translation.get("type")))
    return found


def test_every_russian_message_is_translated_and_finished() -> None:
    messages = _russian_messages()
    assert len(messages) > 500
    unfinished = [f"{c}: {s!r} ({t or 'empty'})" for c, s, _p, texts, t in messages if t or not all(x.strip() for x in texts)]
    assert not unfinished, "translate these in resources/translations/ru_translations.py:\n" + "\n".join(unfinished)


def test_russian_plurals_have_three_forms() -> None:
    plurals = [(c, s, texts) for c, s, is_plural, texts, _t in _russian_messages() if is_plural]
    assert len(plurals) >= 15
    assert [f"{c}: {s!r}" for c, s, texts in plurals if len(texts) != 3 or len(set(texts)) < 2] == []


def test_russian_placeholders_equal_the_source_ones() -> None:
    wrong = []
    for context, source, _plural, texts, _type in _russian_messages():
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            short = len(source) < 60  # a label or menu item; a long text's "&" is prose ("D&C")
            if short and ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):  # a mnemonic kept
                wrong.append(f"{context}: {source!r} -> {text!r} (mnemonic)")
    assert not wrong, "\n".join(wrong)


def test_the_russian_catalog_builds_without_unfinished_messages(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(RU_TS), "-qm", str(tmp_path / "ru.qm")], check=True, capture_output=True, text=True
    )
    assert "0 unfinished" in result.stdout and "untranslated" not in result.stdout, result.stdout


@pytest.fixture
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QTranslator]]:
    """The committed Russian catalog built now and installed as the app installs it, with a Russian locale."""
    from desktop.ui.settings import i18n

    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(RU_TS), "-qm", str(tmp_path / "recovery-journal_ru.qm")], check=True
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(tmp_path))
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    QLocale.setDefault(RUSSIAN)
    installed = i18n.install_translations(app, RUSSIAN)
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


def _english_left(text: str) -> bool:
    """Latin letters that are not one of the names kept as they are."""
    text = text.replace("&", "")
    for name in KEPT_NAMES:
        text = text.replace(name, "")
    return bool(LATIN.search(text))


def _menu_texts(menu) -> Iterator[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    """(menu title, its item texts) for a menu and each submenu."""
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    yield (menu.title() if hasattr(menu, "title") else "menu bar"), texts
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def test_the_window_in_russian_shows_no_english(qtbot: QtBot, data_dir: Path, russian) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHeaderView, QLabel

    from desktop.paths import journal_path
    from desktop.store import open_journal
    from desktop.ui.app import build_window

    with open_journal(journal_path(data_dir)) as journal:
        journal.add_event("miscarriage", date(2026, 3, 1))
    window = build_window(data_dir, lambda: date(2026, 3, 19))
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    english: list[str] = []
    checked = 0
    menus = list(_menu_texts(window.menuBar()))
    for title, items in menus:
        english += [f"menu {title!r}: {text!r}" for text in items if _english_left(text)]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + window.findChildren(QGroupBox):
        if not widget.isVisibleTo(window):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        checked += bool(LETTER.search(text))
        if _english_left(HTML_TAG.sub("", text)):
            english.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if model is not None and header.isVisibleTo(window):
            for section in range(model.columnCount() if header.orientation() == Qt.Orientation.Horizontal else 0):
                text = str(model.headerData(section, header.orientation()) or "")
                english += [f"header: {text!r}"] if _english_left(text) else []
    assert not english, "\n".join(english)
    assert len(menus) >= 7 and checked >= 10  # the menus, submenus and the main labels were all looked at
    assert "Выкидыш" in " ".join(items for _title, texts in menus for items in texts)
    assert window.article.language_note.isVisibleTo(window)
    assert window.article.language_note.text() == "Статья приводится на английском языке, как в оригинале."
    from desktop.ui.actions import Action

    assert window.registry[Action.QUIT].text() == "&Выход"


def test_russian_menus_have_unique_mnemonics(qtbot: QtBot, data_dir: Path, russian) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app import build_window

    window = build_window(data_dir)
    qtbot.addWidget(window)
    clashes = []
    for title, items in _menu_texts(window.menuBar()):
        keys = [m.group(1).lower() for text in items if (m := re.search(r"&([^&])", text))]
        if len(keys) != len(set(keys)):
            clashes.append(f"{title!r}: {items}")
    assert not clashes, "\n".join(clashes)


def test_an_english_window_has_no_note_about_the_article_language(qtbot: QtBot) -> None:
    from desktop.ui.plan.article_panel import ArticlePanel

    panel = ArticlePanel()
    qtbot.addWidget(panel)
    assert not panel.language_note.isVisibleTo(panel)


def test_russian_dates_and_buttons_come_from_qlocale_and_qt(russian) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.settings.i18n import medium_date, plural, wording

    assert medium_date(date(2026, 12, 5)) == QLocale(RUSSIAN).toString(date(2026, 12, 5), "d MMM yyyy")
    assert "дек" in medium_date(date(2026, 12, 5))
    assert wording().tr("in %n day(s)", "", 3) == "через 3 дня"
    assert plural(QCoreApplication.translate("SearchPanel", "%n day(s)", None, 21), 21) == "21 день"
    qt_catalog = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ru.qm"
    if qt_catalog.exists():
        assert len(russian) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
        assert QCoreApplication.translate("QPlatformTheme", "Open") == "Открыть"


def test_the_welcome_in_russian_shows_no_english(qtbot: QtBot, russian) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from desktop.ui.window.first_run import FirstRunWizard

    wizard = FirstRunWizard(None, date(2026, 3, 19))
    qtbot.addWidget(wizard)
    wizard.show()
    english: list[str] = []
    pages = 0
    while True:
        pages += 1
        for widget in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton):
            if widget.isVisibleTo(wizard) and _english_left(HTML_TAG.sub("", widget.text())):
                english.append(f"page {pages}, {type(widget).__name__}: {widget.text()!r}")
        if _english_left(wizard.currentPage().title()):
            english.append(f"page {pages} title: {wizard.currentPage().title()!r}")
        if wizard.nextId() == -1:
            break
        wizard.next()
    assert pages >= 3
    assert not english, "\n".join(english)


def test_the_date_field_hint_reads_in_russian_letters(qtbot: QtBot, russian) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.widgets.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    assert field.edit.toolTip() == "Введите дату в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ; Alt+Down открывает календарь."
