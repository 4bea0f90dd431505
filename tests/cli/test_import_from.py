"""`recovery-journal import --from APP PATH [--dry-run]` end to end: the preview on stdout, one line and exit 2 for a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli.parser import IMPORT_APPS
from desktop.exchange.importers.apps import APPS
from desktop.paths import journal_path
from desktop.store import open_journal
from tests.exchange.importers.fixture_files import fixture


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_offers_every_importer() -> None:
    assert tuple(APPS) == IMPORT_APPS


def test_dry_run_prints_the_preview_and_writes_nothing(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(capsys, "import", "--from", "mensinator", str(fixture("mensinator.json")), "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "From Mensinator (mensinator.json): 6 days and 2 period starts to add, 2 skipped, 0 days already with a page "
        "(kept as they are)."
    )
    assert "  add period start 2026-01-10" in lines
    assert lines[-1] == "Nothing was written (--dry-run)."
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.counts().entries == 0 and journal.list_events() == []


def test_import_adds_and_keeps_a_day_that_already_has_a_page(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "note", "set", "2026-03-02", "My own page.")[0] == 0
    code, out, err = run(capsys, "import", "--from", "jrnl", str(fixture("jrnl.json")))
    assert (code, err) == (0, "")
    assert "  keep 2026-03-02: it already has a page" in out.splitlines()
    assert out.splitlines()[-1] == "Imported from jrnl: 1 record added."
    assert run(capsys, "note", "show", "2026-03-02")[1] == "My own page.\n"
    assert run(capsys, "note", "show", "2026-03-01")[1].startswith("09:15 — Back from the clinic.\n")


@pytest.mark.parametrize(
    ("app", "name", "message"),
    [
        ("drip", "drip-temperature-not-a-number.csv", "line 2, temperature.value: 'warm' is not a number"),
        ("mensinator", "mensinator-truncated.json", "mensinator-truncated.json: not valid JSON"),
        ("jrnl", "jrnl-bad-time.json", "is not a time written HH:MM"),
        ("dayone", "dayone-bad-creation-date.json", "'yesterday' is not a date and time"),
        ("dayone", "drip.csv", "drip.csv: not valid JSON"),
    ],
)
def test_a_malformed_file_is_one_line_on_stderr_exit_2_and_nothing_changed(
    capsys: pytest.CaptureFixture[str], data_dir: Path, app: str, name: str, message: str
) -> None:
    assert run(capsys, "note", "set", "2026-02-01", "Before.")[0] == 0
    before = journal_path(data_dir).read_bytes()
    code, out, err = run(capsys, "import", "--from", app, str(fixture(name)))
    assert (code, out) == (2, "")
    assert err.startswith("recovery-journal: ") and err.count("\n") == 1
    assert message in err
    assert journal_path(data_dir).read_bytes() == before


def test_a_malformed_file_does_not_even_create_a_journal(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _out, err = run(capsys, "import", "--from", "drip", str(fixture("drip-not-drip.csv")))
    assert code == 2 and "this is not drip's CSV export" in err
    assert not journal_path(data_dir).exists()


def test_options_that_do_not_go_together_are_refused(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _out, err = run(capsys, "import", "--from", "drip", "--replace", str(fixture("drip.csv")))
    assert code == 2 and "--replace is for a Recovery Journal export" in err
    code, _out, err = run(capsys, "import", "--dry-run", str(fixture("drip.csv")))
    assert code == 2 and "--dry-run goes with --from APP" in err
    code, _out, err = run(capsys, "import", "--from", "clue", str(fixture("drip.csv")))
    assert code == 2 and err.startswith("recovery-journal: ") and "clue" in err
    assert not journal_path(data_dir).exists()  # refused before the journal was opened (or made)
