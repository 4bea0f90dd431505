"""The cheap half of packaging (the wheel, bundle and .deb themselves are built and started by .ci/packaging)."""

from __future__ import annotations

import importlib.metadata
import os
import runpy
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import desktop
from desktop import APP_ID

REPO = Path(__file__).resolve().parent.parent
SETUP = runpy.run_path(str(REPO / "setup.py"), run_name="setup_for_tests")
RELEASES = runpy.run_path(str(REPO / "packaging" / "releases.py"), run_name="releases_for_tests")
CHECK_DEPENDS = REPO / "packaging" / "check_deb_depends.py"
CHECK_MILESTONES = REPO / "packaging" / "check_milestones.py"


def pyproject_version() -> str:
    return str(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def test_version_has_one_home_and_version_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    assert desktop.__version__ == pyproject_version() == importlib.metadata.version("recovery-journal")
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"recovery-journal {pyproject_version()}\n"


def test_the_version_is_read_from_the_first_dist_info_on_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As importlib.metadata finds it: the first recovery_journal-*.dist-info on sys.path; else pyproject.toml."""
    site = tmp_path / "site"
    (site / "recovery_journal-9.8.7.dist-info").mkdir(parents=True)
    (site / "recovery_journal-9.8.7.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.4\nName: recovery-journal\nVersion: 9.8.7\n\nVersion: not this one\n"
    )
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(site), *sys.path])
    assert desktop._metadata_version() == "9.8.7"
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing")])
    assert desktop._metadata_version() is None
    assert desktop._pyproject_version() == pyproject_version()


def test_a_wheel_ships_every_resource_the_app_reads_and_no_translation_source() -> None:
    shipped = {str(p) for p in SETUP["shipped_resources"](require_translations=False)}
    for needed in ("article.txt", "guidance/article.toml", f"icons/{APP_ID}.svg", f"{APP_ID}.desktop",
                   f"{APP_ID}.metainfo.xml"):
        assert needed in shipped
    sources = sorted(p.name for p in (REPO / "resources" / "translations").glob("*.ts"))
    assert sources and not any(name.endswith(".ts") for name in shipped)
    if all((REPO / "resources" / "translations" / name).with_suffix(".qm").exists() for name in sources):
        assert {f"translations/{Path(name).with_suffix('.qm')}" for name in sources} <= shipped


def test_a_build_without_built_translations_is_refused(tmp_path: Path) -> None:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "recovery-journal_de.ts").write_text("<TS/>")
    with pytest.raises(SystemExit, match="run `make qm` before building"):
        SETUP["shipped_resources"](tmp_path)
    (tmp_path / "translations" / "recovery-journal_de.qm").write_bytes(b"qm")
    assert SETUP["shipped_resources"](tmp_path) == [Path("translations/recovery-journal_de.qm")]


def test_importlib_resources_finds_the_article_in_package_data(tmp_path: Path) -> None:
    """Laid out as a wheel installs it (desktop/ with desktop/data, no checkout beside it), in a fresh interpreter."""
    site = tmp_path / "site-packages"
    shutil.copytree(REPO / "desktop", site / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    for relative in SETUP["shipped_resources"](require_translations=False):
        target = site / "desktop" / "data" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / "resources" / relative, target)
    script = (
        "from desktop import resources, install_desktop\n"
        "from desktop.guidance.plan import PLAN_FILE\n"
        "print(resources.resources_dir())\n"
        "print(PLAN_FILE.is_file(), resources.icon_path().is_file())\n"
        "print(resources.article_text().splitlines()[0])\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "RECOVERY_JOURNAL_RESOURCES"}
    env["PYTHONPATH"] = str(site)
    done = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r})\n{script}"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    where, found, first_line = done.stdout.splitlines()
    assert Path(where) == site / "desktop" / "data"
    assert found == "True True"
    assert first_line == (REPO / "resources" / "article.txt").read_text(encoding="utf-8").splitlines()[0]


def test_changelog_and_metainfo_release_notes_agree() -> None:
    assert RELEASES["problems"]() == []
    releases = RELEASES["changelog_releases"]((REPO / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert releases[0].version == pyproject_version() and releases[0].notes


def test_the_release_check_sees_a_changelog_line_the_metainfo_lacks() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    metainfo = (REPO / "resources" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    edited = RELEASES["changelog_releases"](changelog.replace("\n- ", "\n- A new line.\n- ", 1))
    assert edited != RELEASES["metainfo_releases"](metainfo)
    assert RELEASES["metainfo_releases"](metainfo) == RELEASES["changelog_releases"](changelog)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed (CI installs it)")
def test_metainfo_validates() -> None:
    path = REPO / "resources" / f"{APP_ID}.metainfo.xml"
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("objdump") is None, reason="binutils is not installed (CI installs it)")
def test_the_depends_check_fails_for_a_linked_library_depends_does_not_name(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copyfile(shutil.which("true") or "/bin/true", bundle / "program")  # links libc.so.6
    depends = tmp_path / "depends"
    depends.write_text("# comment\nlibc6: libc.so.6 ld-linux-x86-64.so.2\n")
    done = subprocess.run([sys.executable, str(CHECK_DEPENDS), str(bundle), str(depends)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    depends.write_text("libstdc++6: libstdc++.so.6\n")
    done = subprocess.run([sys.executable, str(CHECK_DEPENDS), str(bundle), str(depends)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "libc.so.6 (needed by program) is not in the bundle nor in depends" in done.stderr


def test_the_milestones_check_fails_for_a_passage_the_article_lacks(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Sex after it should be banned\nfor at least three weeks.\n")
    quoted = '[{"key": "a", "passage": "should be banned for at least three weeks"}]'
    done = subprocess.run([sys.executable, str(CHECK_MILESTONES), str(article)], input=quoted, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    for wrong in ('[{"key": "a", "passage": "banned for three months"}]', '[{"key": "a", "passage": ""}]', "[]"):
        done = subprocess.run([sys.executable, str(CHECK_MILESTONES), str(article)], input=wrong,
                              capture_output=True, text=True)
        assert done.returncode == 1, wrong
