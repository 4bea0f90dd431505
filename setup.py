"""Build step setuptools cannot be told in pyproject.toml: resources/ becomes package data.

The checkout keeps its resources at the top (``resources/``: the article, the
plan, icons, translations, the desktop and AppStream files). A wheel copies
them into the package as ``desktop/data`` so ``importlib.resources`` finds them
wherever the wheel is installed (desktop/resources.py). An editable install
skips the copy: it reads the checkout's folder directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"
SOURCES_ONLY = {".ts"}  # translation sources: the app reads the .qm files built from them (`make qm`)


def shipped_resources(root: Path = RESOURCES, *, require_translations: bool = True) -> list[Path]:
    """Every resource file a wheel carries, relative to ``root``; refuses a .ts whose .qm was not built."""
    files = [p for p in sorted(root.rglob("*")) if p.is_file()]
    missing = [p.name for p in files if p.suffix == ".ts" and not p.with_suffix(".qm").is_file()]
    if missing and require_translations:
        raise SystemExit(f"translations not built ({', '.join(missing)}): run `make qm` before building")
    return [p.relative_to(root) for p in files if p.suffix not in SOURCES_ONLY]


class BuildWithResources(build_py):
    """``build_py`` plus a copy of resources/ into ``desktop/data``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "desktop" / "data"
        for relative in shipped_resources():
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(RESOURCES / relative, destination)


if __name__ == "__main__":  # setuptools runs this file as __main__; tests import shipped_resources alone
    setup(cmdclass={"build_py": BuildWithResources})
