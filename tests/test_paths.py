from pathlib import Path

import pytest

from desktop.paths import platform_app_data_dir, resolve_data_dir


def test_cli_and_gui_agree_on_the_default_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from desktop import APP_NAME

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    QStandardPaths.setTestModeEnabled(False)
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_NAME)
    try:
        qt_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QStandardPaths.setTestModeEnabled(True)
    assert Path(qt_dir) == platform_app_data_dir()


def test_override_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RECOVERY_JOURNAL_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    monkeypatch.delenv("RECOVERY_JOURNAL_DATA_DIR")
    assert resolve_data_dir(None) == platform_app_data_dir()
