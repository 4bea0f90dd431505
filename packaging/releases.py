#!/usr/bin/env python3
"""CHANGELOG.md and the AppStream release notes: one set of facts, two forms.

``--write`` replaces the metainfo's ``<releases>`` block with one made from
CHANGELOG.md; ``--check`` (the default) exits 1 with a line per difference when
they disagree, or when the newest version is not pyproject.toml's. Standard
library only: it runs before any venv exists.
"""

from __future__ import annotations

import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.recoveryjournal.RecoveryJournal"
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
PYPROJECT = ROOT / "pyproject.toml"
HEADING = re.compile(r"^## (?P<version>\d+(?:\.\d+)*)\s+[—-]\s+(?P<date>\d{4}-\d{2}-\d{2})\s*$")


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    notes: tuple[str, ...]


def changelog_releases(text: str) -> list[Release]:
    """Each ``## VERSION — DATE`` section with its ``- `` lines, in file order (newest first)."""
    releases: list[Release] = []
    current: tuple[str, str] | None = None
    notes: list[str] = []
    for line in [*text.splitlines(), "## end"]:
        if line.startswith("## "):
            if current is not None:
                releases.append(Release(current[0], current[1], tuple(notes)))
            match = HEADING.match(line)
            if line != "## end" and match is None:
                raise ValueError(f"CHANGELOG.md: not a '## VERSION — YYYY-MM-DD' heading: {line!r}")
            current, notes = (match["version"], match["date"]) if match else None, []
        elif current is not None and line.startswith("- "):
            notes.append(line[2:].strip())
        elif current is not None and line.startswith("  ") and notes:
            notes[-1] += " " + line.strip()  # a wrapped line continues its item
    return releases


def metainfo_releases(text: str) -> list[Release]:
    root = ET.fromstring(text)
    found = []
    for release in root.iterfind("releases/release"):
        items = tuple(" ".join((li.text or "").split()) for li in release.iterfind("description/ul/li"))
        found.append(Release(release.get("version", ""), release.get("date", ""), items))
    return found


def releases_xml(releases: list[Release]) -> str:
    lines = ["  <releases>"]
    for release in releases:
        lines.append(f'    <release version="{release.version}" date="{release.date}">')
        lines.append("      <description>")
        lines.append("        <ul>")
        lines.extend(f"          <li>{escape(note)}</li>" for note in release.notes)
        lines.append("        </ul>")
        lines.append("      </description>")
        lines.append("    </release>")
    lines.append("  </releases>")
    return "\n".join(lines)


def problems() -> list[str]:
    from_changelog = changelog_releases(CHANGELOG.read_text(encoding="utf-8"))
    from_metainfo = metainfo_releases(METAINFO.read_text(encoding="utf-8"))
    version = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]
    found = []
    if not from_changelog:
        found.append("CHANGELOG.md has no '## VERSION — DATE' section")
    elif from_changelog[0].version != version:
        found.append(f"pyproject.toml's version {version} is not CHANGELOG.md's newest ({from_changelog[0].version})")
    if [r.version for r in from_changelog] != sorted((r.version for r in from_changelog), key=_key, reverse=True):
        found.append("CHANGELOG.md is not newest first")
    if from_changelog != from_metainfo:
        found.append(f"{METAINFO.name}'s <releases> differ from CHANGELOG.md: run python3 packaging/releases.py --write")
    return found


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def write() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    block = releases_xml(changelog_releases(CHANGELOG.read_text(encoding="utf-8")))
    updated = re.sub(r"  <releases>.*?</releases>", lambda _m: block, text, count=1, flags=re.S)
    METAINFO.write_text(updated, encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv == ["--write"]:
        write()
    elif argv not in ([], ["--check"]):
        print("usage: releases.py [--check | --write]", file=sys.stderr)
        return 2
    found = problems()
    for line in found:
        print(f"releases: {line}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
