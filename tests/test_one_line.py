"""Values quoted in a refusal never split its one line."""

from __future__ import annotations

import pytest

from desktop.one_line import one_line


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2026-03-01", "2026-03-01"),
        ("a\nb", "a\\nb"),
        ("\r", "\\r"),
        ("x\u2028y\x85z", "x\\u2028y\\x85z"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("Café ночью", "Café ночью"),
        ("y" * 50, "y" * 39 + "…"),
    ],
)
def test_one_line_escapes_breaks_and_cuts_long_values(text: str, shown: str) -> None:
    assert one_line(text) == shown
    assert len(one_line(text).splitlines()) == 1
