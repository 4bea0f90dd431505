"""The Qt binding must not drop references to None (PySide6 6.12.0 does, and Python 3.11 then aborts).

PySide6 6.12.0 returns None from every void method without taking a
reference; after a few thousand calls (a few calendar repaints) CPython 3.11
aborts with "none_dealloc: deallocating None". pyproject.toml excludes that
version; this test catches a binding with the same fault.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_calls_keep_the_reference_count_of_none() -> None:
    color = QColor(10, 20, 30)
    before = sys.getrefcount(None)
    for _ in range(500):
        color.setAlpha(40)
    assert sys.getrefcount(None) > before - 100
