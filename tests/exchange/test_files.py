"""Exported files: a random, exclusive temporary name, 0600 from the first byte, no leftovers."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from desktop.exchange import files
from desktop.exchange.files import ExportError, write_private_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and symlinks")

SECRET = b"her whole journal, unencrypted"


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o1777)  # like /tmp or a shared folder: anyone may create names in it
    return folder


def replaced_sources(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Spy on the final rename: which temporary file, and its mode at that moment."""
    seen: list[tuple[str, int]] = []
    real_replace = os.replace

    def spy(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        seen.append((Path(source).name, stat.S_IMODE(os.lstat(source).st_mode)))
        real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", spy)
    return seen


def test_a_precreated_predictable_temporary_name_is_neither_used_nor_written(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = shared / "journal.json"
    planted = shared / ".journal.json.partial"  # what another user would pre-create
    planted.write_bytes(b"attacker's file")
    os.chmod(planted, 0o666)
    elsewhere = tmp_path / "attacker-reads-this"
    elsewhere.write_bytes(b"")
    (shared / ".journal.json.tmp").symlink_to(elsewhere)
    seen = replaced_sources(monkeypatch)

    write_private_file(target, SECRET)

    assert target.read_bytes() == SECRET
    assert planted.read_bytes() == b"attacker's file" and elsewhere.read_bytes() == b""
    assert len(seen) == 1
    name, mode = seen[0]
    assert name not in (planted.name, ".journal.json.tmp")
    assert name.startswith(".journal.json.") and len(name) > len(".journal.json..partial") + 4  # a random part
    assert mode == 0o600
    assert sorted(p.name for p in shared.iterdir()) == sorted([target.name, planted.name, ".journal.json.tmp"])


def test_every_export_gets_its_own_temporary_name(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = replaced_sources(monkeypatch)
    write_private_file(shared / "a.csv", SECRET)
    write_private_file(shared / "a.csv", SECRET + b"!")
    assert seen[0][0] != seen[1][0]
    assert (shared / "a.csv").read_bytes() == SECRET + b"!"


def test_private_even_under_umask_000_and_over_an_existing_open_file(shared: Path) -> None:
    target = shared / "summary.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    old_umask = os.umask(0)
    try:
        write_private_file(target, SECRET)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == SECRET


def test_a_failed_write_leaves_no_temporary_file_and_the_old_export_intact(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = shared / "journal.ics"
    target.write_bytes(b"the good old export")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_private_file(target, SECRET)
    assert [p.name for p in shared.iterdir()] == [target.name]
    assert target.read_bytes() == b"the good old export"


def test_an_interrupted_write_leaves_no_temporary_file(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_private_file(shared / "journal.json", SECRET)
    assert list(shared.iterdir()) == []


def test_a_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_private_file(tmp_path / "nowhere" / "journal.json", SECRET)
