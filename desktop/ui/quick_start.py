"""Two costs of a PySide6 start-up that this app does not need to pay before its first paint.

Both are undone or finished once the window's content is built after its first frame
(``collect_after_start``; at the first frame itself when the window quits there), or touch
only PySide6's opt-in ``__feature__`` switches, which this app never uses.
Measured on the real start-up path (``docs/performance.md``).
"""

from __future__ import annotations

import gc
import sys
from types import ModuleType


def skip_feature_source_scan() -> bool:
    """Stop PySide6 reading the source of every module imported after it.

    For its opt-in ``from __feature__ import snake_case, true_property``, PySide6 hooks
    ``import`` and, for each module imported after it, reads the module's whole source
    (``inspect.getsource``) to learn whether it mentions PySide6: about 90 modules and
    25-30 ms of CPU before the first paint. Its answer only says whether that module's
    feature selection switches (0) or is ignored (-1); this app selects no feature
    anywhere, so every module gets the same, feature-free, behaviour either way. A
    module that does ``from __feature__ import ...`` is still registered by the hook
    itself. Returns False (and changes nothing) on a PySide6 without this hook.
    """
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False

    def uses_no_feature(_module: ModuleType) -> bool:
        return False

    setattr(feature, "_mod_uses_pyside", uses_no_feature)  # noqa: B010 (PySide6's private hook: see the docstring)
    return True


def collect_after_start() -> None:
    """Garbage collection back on once start-up's objects are made, with them moved out of its way.

    The command line turns cyclic collection off before it imports the UI: start-up
    makes tens of thousands of objects and no garbage cycles, and the collector walked
    them all several times (10-12 ms). Freezing them keeps later collections short too.
    """
    gc.freeze()
    gc.enable()
