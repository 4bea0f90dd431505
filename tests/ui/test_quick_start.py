"""The start-up shortcuts: PySide6 no longer reads every module's source; garbage collection comes back."""

from __future__ import annotations

import os
import subprocess
import sys

IMPORT_WITHOUT_READING_SOURCES = """
import inspect, sys
import PySide6.QtCore
from desktop.ui.quick_start import skip_feature_source_scan
assert skip_feature_source_scan()
def refuse(*args, **kwargs):
    raise AssertionError("a module's source was read at import")
inspect.getsource = refuse
import desktop.ui.settings.style  # a module using PySide6, imported after the hook is in place
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("still works")
label.setText("changed")
print(label.text())
"""


def test_pyside_reads_no_module_source_at_import_and_still_works() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_WITHOUT_READING_SOURCES], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "changed"


def test_garbage_collection_comes_back_after_the_first_paint() -> None:
    import gc

    from desktop.ui.quick_start import collect_after_start

    gc.disable()
    try:
        collect_after_start()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
