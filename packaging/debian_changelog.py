#!/usr/bin/env python3
"""CHANGELOG.md in Debian's changelog format (the .deb's /usr/share/doc/recovery-journal/changelog.gz)."""

from __future__ import annotations

import runpy
import sys
import textwrap
from datetime import UTC, date, datetime
from email.utils import format_datetime
from pathlib import Path

MAINTAINER = "The Recovery Journal developers <recovery-journal@users.noreply.github.com>"


def main(changelog: Path) -> str:
    releases = runpy.run_path(str(Path(__file__).with_name("releases.py")), run_name="releases")["changelog_releases"]
    blocks = []
    for release in releases(changelog.read_text(encoding="utf-8")):
        when = datetime.combine(date.fromisoformat(release.date), datetime.min.time(), UTC)
        notes = "\n".join(textwrap.fill(note, 78, initial_indent="  * ", subsequent_indent="    ") for note in release.notes)
        blocks.append(
            f"recovery-journal ({release.version}) unstable; urgency=medium\n\n{notes}\n\n"
            f" -- {MAINTAINER}  {format_datetime(when)}\n"
        )
    return "\n".join(blocks)


if __name__ == "__main__":
    sys.stdout.write(main(Path(sys.argv[1])))
