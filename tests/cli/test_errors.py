"""Every error line of the command line: one line, bounded, control characters escaped; 2 for bad input, 1 for faults."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop.store
from desktop.cli import main
from desktop.one_line import ERROR_LINE_LIMIT, error_line

PREFIX = "recovery-journal: "
HUGE = 20 * 1024 * 1024
FAKE_TRACEBACK = '\nTraceback (most recent call last):\n  File "x.py", line 1\nKeyError: x'


def the_one_error_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err[:500]
    line = err[:-1]
    assert line.startswith(PREFIX)
    assert len(line) <= len(PREFIX) + ERROR_LINE_LIMIT
    return line


def test_a_20_mb_value_gives_one_bounded_line(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code = main(["event", "add", "x" * HUGE, "2026-01-01"])
    line = the_one_error_line(capsys.readouterr().err)
    assert code == 2
    # the quoted value is cut short, so the line still says what the kinds are
    assert line.startswith(f"{PREFIX}argument KIND: unknown event kind 'xxx") and "xxx…' (choose one of: " in line
    assert not data_dir.exists() or not any(data_dir.iterdir())  # bad input writes nothing


def test_a_value_with_a_newline_cannot_print_a_fake_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["event", "add", f"birthday{FAKE_TRACEBACK}", "2026-01-01"])
    line = the_one_error_line(capsys.readouterr().err)
    assert code == 2
    assert "birthday\\nTraceback (most recent call" in line


def test_terminal_escapes_and_line_separators_are_shown_not_obeyed(capsys: pytest.CaptureFixture[str]) -> None:
    main(["milestones", "--today", "\x1b[2J\x1b[31mred\r\u2028\u202e\x00\t"])
    line = the_one_error_line(capsys.readouterr().err)
    for raw in ("\x1b", "\r", "\u2028", "\u202e", "\x00", "\t"):
        assert raw not in line
    assert "\\x1b[2J\\x1b[31mred\\r\\u2028\\u202e\\x00\\t'" in line  # all of it: short enough to quote whole


def test_a_huge_import_file_value_through_the_real_command(tmp_path: Path, data_dir: Path) -> None:
    document = {"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-01-01", "y" * HUGE + FAKE_TRACEBACK: 1}]}
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(document))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "import", str(path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    line = the_one_error_line(result.stderr)
    assert "Traceback" not in line.split("\\n", 1)[0] and "yyy" in line
    assert result.stdout == ""


def test_a_fault_of_the_system_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def disk_full(path: Path, _passphrase: str | None = None, **_options: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(desktop.store, "open_journal", disk_full)
    code = main(["note", "set", "2026-01-01", "text"])
    line = the_one_error_line(capsys.readouterr().err)
    assert code == 1
    assert line == f"{PREFIX}{data_dir / 'journal.sqlite3'}: No space left on device"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("plain", "plain"),
        ("a\nb\r\nc\td", "a\\nb\\r\\nc\\td"),
        ("\x7f\x85\x9b", "\\x7f\\x85\\x9b"),
        ("\u2066bidi\u2069", "\\u2066bidi\\u2069"),
        ("Слабость, café", "Слабость, café"),
        ("x" * ERROR_LINE_LIMIT, "x" * ERROR_LINE_LIMIT),
        ("x" * (ERROR_LINE_LIMIT + 1), "x" * (ERROR_LINE_LIMIT - 1) + "…"),
    ],
)
def test_error_line(message: str, expected: str) -> None:
    assert error_line(message) == expected


def test_an_escape_is_never_cut_in_half() -> None:
    line = error_line("x" * (ERROR_LINE_LIMIT - 2) + "\n\n")
    assert line == "x" * (ERROR_LINE_LIMIT - 2) + "…"  # not "…\\" or "\\…"
    line = error_line("x" * (ERROR_LINE_LIMIT - 3) + "\n\n")
    assert line == "x" * (ERROR_LINE_LIMIT - 3) + "\\n…"
