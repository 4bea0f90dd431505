"""Writing exported files: private (0600) from the first byte, and never half-written.

An export holds her journal unencrypted, so it is created readable by her
only; it is written to a temporary file beside the target and renamed over it
only when complete, so an interrupted export never leaves a truncated file
where a good one was.

The temporary file gets a random name and is created with ``O_EXCL``
(``tempfile.mkstemp``): in a shared folder another user could otherwise
create a predictable ``.NAME.partial`` first (or a symlink by that name) and
receive the plaintext. Whatever goes wrong, the temporary file is removed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from desktop.store.errors import JournalError

TEMPORARY_SUFFIX = ".partial"


class ExportError(JournalError):
    """An export could not be written; the message is shown as it is."""


def write_private_file(path: Path, data: bytes) -> None:
    write_private_chunks(path, (data,))


def write_private_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """As ``write_private_file``, the bytes given a piece at a time (an export of 100,000 pages is never whole in memory).

    The pieces are made while the file is written: whatever making one raises, the
    temporary file is removed and nothing is left where the export was to go.
    """
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ExportError(f"cannot write {path}: the folder {directory} does not exist")
    temporary: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=directory)
        temporary = Path(name)
        with os.fdopen(fd, "wb") as handle:
            if sys.platform != "win32":
                os.fchmod(handle.fileno(), 0o600)  # mkstemp already makes it 0600: say so where it matters
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        temporary = None
        _sync_directory(directory)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable; some file systems (and Windows) cannot open a folder: fine."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
