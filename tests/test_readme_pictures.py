"""The README's pictures: every one it links exists, every committed one is linked, and each is a small 8-bit PNG.

``make screenshots`` retakes them (docs/screenshots.py and its siblings); a picture renamed or
dropped there, or a link mistyped in the README, would otherwise show as a broken image.
"""

from __future__ import annotations

import re
import struct

from tests.repo import REPO

README = REPO / "README.md"
PICTURES = REPO / "docs" / "screenshots"
LINK = re.compile(r"(?:\]\(|src=\")(docs/screenshots/[^)\"\s]+\.png)")
PALETTE = 3  # a PNG's colour type for indexed colour (8-bit palette)
MOST_BYTES = 300_000  # the 200% picture is the largest, about 200 kB


def linked() -> set[str]:
    return set(LINK.findall(README.read_text(encoding="utf-8")))


def test_every_picture_the_readme_links_exists() -> None:
    links = linked()
    assert len(links) >= 20  # the pattern still finds the README's links
    missing = sorted(link for link in links if not (REPO / link).is_file())
    assert missing == []


def test_every_committed_picture_is_shown_in_the_readme() -> None:
    committed = {path.relative_to(REPO).as_posix() for path in PICTURES.rglob("*.png")}
    assert sorted(committed - linked()) == []


def test_pictures_are_small_palette_pngs() -> None:
    for path in sorted(PICTURES.rglob("*.png")):
        head = path.read_bytes()[:26]
        assert head[:8] == b"\x89PNG\r\n\x1a\n", path
        _width, _height, depth, colour_type = struct.unpack(">IIBB", head[16:26])
        assert (depth, colour_type) == (8, PALETTE), f"{path.name}: save it through docs/screenshots.py save_png"
        assert path.stat().st_size < MOST_BYTES, path.name
