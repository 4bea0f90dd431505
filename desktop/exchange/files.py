"""Writing exported files: private (0600) from the first byte, and never half-written.

An export holds her journal unencrypted, so it is created readable by her
only; it is written to a temporary name beside the target and renamed over it
only when complete, so an interrupted export never leaves a truncated file
where a good one was.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.store.journal import JournalError


class ExportError(JournalError):
    """An export could not be written; the message is shown as it is."""


def write_private_file(path: Path, data: bytes) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ExportError(f"cannot write {path}: the folder {directory} does not exist")
    temporary = directory / f".{path.name}.partial"
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if sys.platform != "win32":
            os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
