"""Process-wide protections set first thing, before the journal or a passphrase is in memory.

A crash of an unlocked, encrypted session must not write a core file: one
holds the passphrase and the text of her notes, in plaintext, wherever the
system puts cores (often a shared crash collector). So the core size limit is
set to 0 and, on Linux, the process is made non-dumpable, which also keeps
other processes of the same user from reading its memory through ``/proc``
or attaching a debugger. Every call is best effort: a platform without it
still runs the journal.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """No core file for this process and, on Linux, no ptrace or /proc/PID/mem by others."""
    try:
        import resource
    except ImportError:  # Windows: no core files to turn off
        return
    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _prctl(PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool | None:
    """What Linux says about this process (None elsewhere): for tests and `check`-like reports."""
    if not sys.platform.startswith("linux"):
        return None
    result = _prctl(PR_GET_DUMPABLE, 0)
    return None if result is None else result != 0


def _prctl(option: int, value: int) -> int | None:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the running process's own libc: no library search at start-up
        result = libc.prctl(
            ctypes.c_int(option), ctypes.c_ulong(value), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0)
        )
    except (OSError, AttributeError):
        return None
    return None if result < 0 else int(result)
