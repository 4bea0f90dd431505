"""Showing a value she typed (or a file held) inside a one-line message.

Every refusal is one line; a value quoted in it may hold a line break, a
carriage return or another control character, which would split the line or
garble the terminal. Such characters are written as escapes, and a long value
is cut short.
"""

from __future__ import annotations

import unicodedata

_BREAKING = {"Cc", "Zl", "Zp", "Cs"}  # controls (\n, \r, \x1b ...), line/paragraph separators, lone surrogates


def one_line(text: str, limit: int = 40) -> str:
    """``text`` with every line-breaking or control character escaped, at most ``limit`` characters (+ "...")."""
    shown = "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in _BREAKING else ch for ch in text[: limit + 1]
    )
    return shown if len(text) <= limit else shown[:limit] + "..."
