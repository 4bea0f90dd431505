"""The desktop knows the app: menu entry, icon, window class; resources are found when installed."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import APP_ID, __version__, resources
from desktop.cli import main
from desktop.install_desktop import DesktopFiles, data_home, desktop_entry_text, install, running_launcher, uninstall

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = Path(sys.executable).parent / "recovery-journal"  # the venv's console script


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is not None:
        result = subprocess.run([tool, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_the_shipped_entry_names_the_app_and_its_icon() -> None:
    path = resources.resource_path(resources.DESKTOP_FILE)
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Recovery Journal"
    assert entry["Icon"] == resources.ICON_NAME == APP_ID == "io.github.recoveryjournal.RecoveryJournal"
    assert path.name == f"{APP_ID}.desktop"
    assert entry["StartupWMClass"] == "recovery-journal"  # X11's WM_CLASS is the application name
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    validate(path)


def test_the_icon_is_a_plain_svg_without_text() -> None:
    svg = resources.icon_path().read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "<text" not in svg and "<image" not in svg  # drawn, nothing embedded, no words


def test_install_puts_the_three_files_in_the_data_dir_with_an_absolute_exec(tmp_path: Path) -> None:
    files = install(LAUNCHER, tmp_path)
    assert files == DesktopFiles.under(tmp_path)
    assert files.icon == tmp_path / f"icons/hicolor/scalable/apps/{APP_ID}.svg"
    assert files.icon.read_bytes() == resources.icon_path().read_bytes()
    assert files.metainfo == tmp_path / f"metainfo/{APP_ID}.metainfo.xml"
    assert files.metainfo.read_bytes() == resources.resource_path(resources.METAINFO_FILE).read_bytes()
    entry = read_entry(files.entry)
    program, *arguments = entry["Exec"].split()
    assert Path(program).is_absolute() and os.access(program, os.X_OK)
    assert arguments == ["gui"]
    assert entry["TryExec"] == program
    assert entry["Icon"] == APP_ID
    validate(files.entry)


def test_a_launcher_path_with_a_space_is_quoted() -> None:
    template = resources.resource_path(resources.DESKTOP_FILE).read_text(encoding="utf-8")
    text = desktop_entry_text(template, Path("/home/ann/My Journal/.venv/bin/recovery-journal"))
    assert 'Exec="/home/ann/My Journal/.venv/bin/recovery-journal" gui' in text.splitlines()


def test_uninstall_removes_what_install_wrote_and_nothing_else(tmp_path: Path) -> None:
    files = install(LAUNCHER, tmp_path)
    neighbour = files.entry.parent / "another-app.desktop"
    neighbour.write_text("[Desktop Entry]\n")
    assert sorted(uninstall(tmp_path)) == sorted(files.all())
    assert not any(path.exists() for path in files.all())
    assert neighbour.exists()
    assert uninstall(tmp_path) == []  # twice is fine


def test_data_home_follows_xdg_and_falls_back_to_local_share(tmp_path: Path) -> None:
    assert data_home({"XDG_DATA_HOME": str(tmp_path), "HOME": "/home/ann"}) == tmp_path
    assert data_home({"HOME": "/home/ann"}) == Path("/home/ann/.local/share")
    assert data_home({"XDG_DATA_HOME": "relative/dir", "HOME": "/home/ann"}) == Path("/home/ann/.local/share")


def test_the_command_refuses_a_relative_or_missing_launcher(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    assert main(["install-desktop", "--exec", "recovery-journal"]) == 2
    assert main(["install-desktop", "--exec", str(tmp_path / "nothing-here")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("recovery-journal: ") for line in err)
    assert all("is not an executable absolute path" in line for line in err)
    assert not (tmp_path / "xdg-data").exists()


def test_install_desktop_and_uninstall_desktop_commands_use_xdg_data_home(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The subcommands a pipx user runs: this launcher by default, files under $XDG_DATA_HOME, all removed again."""
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setattr(sys, "argv", [str(LAUNCHER), "install-desktop"])
    assert running_launcher() == LAUNCHER
    assert main(["install-desktop"]) == 0
    files = DesktopFiles.under(home)
    assert capsys.readouterr().out.splitlines() == [f"Installed {path}" for path in files.all()]
    assert read_entry(files.entry)["Exec"] == f"{LAUNCHER} gui"
    assert files.icon.is_file() and files.metainfo.is_file()
    assert main(["uninstall-desktop"]) == 0
    assert not any(path.exists() for path in files.all())
    assert sorted(capsys.readouterr().out.splitlines()) == sorted(f"Removed {path}" for path in files.all())


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_install_desktop_and_uninstall_desktop(tmp_path: Path) -> None:
    """The Makefile targets themselves (``-o``: the venv exists, do not rebuild it here)."""
    home = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(home), PYTHON=sys.executable)
    stamp = ".venv/.installed"
    done = subprocess.run(
        ["make", "-s", "-o", stamp, "install-desktop"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    files = DesktopFiles.under(home)
    program = read_entry(files.entry)["Exec"].split()[0]
    assert Path(program) == REPO / ".venv" / "bin" / "recovery-journal"
    assert os.access(program, os.X_OK) and files.icon.is_file() and files.metainfo.is_file()
    done = subprocess.run(
        ["make", "-s", "-o", stamp, "uninstall-desktop"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert not any(path.exists() for path in files.all())


def test_package_data_wins_over_the_checkout_and_the_override_wins_over_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wheel's desktop/data (found through importlib.resources) is used wherever the package landed."""
    packaged = tmp_path / "site-packages" / "desktop" / "data"
    packaged.mkdir(parents=True)
    (packaged / "article.txt").write_text("the article\n", encoding="utf-8")
    monkeypatch.setattr(resources, "package_resources_dir", lambda: packaged)
    monkeypatch.setattr(resources, "SOURCE_RESOURCES_DIR", tmp_path / "no-checkout")
    resources.resources_dir.cache_clear()
    try:
        assert resources.resource_path("article.txt") == packaged / "article.txt"
        monkeypatch.setenv(resources.RESOURCES_ENV, str(REPO / "resources"))
        resources.resources_dir.cache_clear()
        assert resources.icon_path() == REPO / "resources" / "icons" / f"{APP_ID}.svg"
    finally:
        resources.resources_dir.cache_clear()


def test_a_checkout_has_no_package_data_and_reads_its_resources_folder() -> None:
    assert resources.package_resources_dir() == Path(resources.__file__).parent / "data"
    assert not (Path(resources.__file__).parent / "data").exists()  # only a build makes it (setup.py)
    assert resources.resources_dir() == REPO / "resources"


def test_the_window_and_about_show_the_icon(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from desktop.ui.app import create_application, set_application_icon
    from desktop.ui.window.welcome import show_about

    app = create_application()
    assert QGuiApplication.desktopFileName() == APP_ID
    previous = app.windowIcon()
    set_application_icon(app)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        assert not window.windowIcon().isNull()
        assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey()
        seen: list[QMessageBox] = []

        def look_and_close() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            seen.append(box)
            assert __version__ in box.text()
            expected = app.windowIcon().pixmap(box.iconPixmap().size()).toImage()
            assert box.iconPixmap().toImage() == expected  # the app's icon, not the "information" one
            box.accept()

        QTimer.singleShot(0, look_and_close)
        show_about(window)
        assert seen
    finally:
        app.setWindowIcon(previous)
