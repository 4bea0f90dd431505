"""Nothing leaves the machine: every CLI subcommand runs with sockets made to raise, logs stay clean,
and the data directory stays private (0700, files 0600)."""

from __future__ import annotations

import argparse
import importlib.util
import logging
import socket
import stat
import sys
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import build_parser, main
from desktop.cli.passphrase import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV
from desktop.paths import resolve_data_dir

NOTE = "Cramps again; cried in the shower; told Marta"
EVENT_NOTE = "cleaning at St. Elsewhere"
OWN_TITLE = "Lunch with my sister"
PASSPHRASES = ("first secret phrase", "second secret phrase")
EVENT_DATES = ("2026-10-28", "2026-10-30", "2026-12-07")
SECRETS = (NOTE, EVENT_NOTE, OWN_TITLE, *PASSPHRASES, *EVENT_DATES, "Marta", "Elsewhere")


def newest_backup(data_dir: Path) -> list[str]:
    return ["backup", "restore", str(max((data_dir / "backups").glob("*.sqlite3")))]


def command_samples(export_dir: Path, data_dir: Path) -> dict[tuple[str, str | None], Sample]:
    """One real invocation for every subcommand; ordered so each finds what it needs."""
    exported = export_dir / "journal.json"
    return {
        ("event", "add"): ["event", "add", "miscarriage", EVENT_DATES[0], "--note", EVENT_NOTE],
        ("event", "list"): ["event", "list", "--json"],
        ("note", "set"): ["note", "set", EVENT_DATES[1], NOTE],
        ("note", "show"): ["note", "show", EVENT_DATES[1]],
        ("milestones", None): ["milestones", "--json", "--today", "2026-11-20"],
        ("milestone", "change"): ["milestone", "change", "sex-earliest", "--days", "28", "--note", "my doctor"],
        ("milestone", "reset"): ["milestone", "reset", "sex-earliest"],
        ("milestone", "add"): ["milestone", "add", OWN_TITLE, EVENT_DATES[2]],
        ("day", "set"): ["day", "set", EVENT_DATES[1], "--hcg", "1250", "--medicine", "Ibuprofen|400 mg|08:30"],
        ("day", "show"): ["day", "show", EVENT_DATES[1], "--json"],
        ("appointment", "add"): ["appointment", "add", EVENT_DATES[1], "10:30", "--place", "St. Elsewhere"],
        ("appointment", "list"): ["appointment", "list", "--json"],
        ("appointment", "answer"): ["appointment", "answer", "1", "happened"],
        ("appointment", "delete"): ["appointment", "delete", "1"],
        ("search", None): ["search", "shower", "--json"],
        ("export", "json"): ["export", "json", str(exported)],
        ("export", "csv"): ["export", "csv", str(export_dir / "journal.csv")],
        ("export", "ics"): ["export", "ics", str(export_dir / "journal.ics")],
        ("export", "pdf"): ["export", "pdf", str(export_dir / "journal.pdf")],
        ("import", None): ["import", str(exported)],
        ("backup", "now"): ["backup", "now"],
        ("backup", "list"): ["backup", "list"],
        ("backup", "restore"): lambda: newest_backup(data_dir),
        ("check", None): ["check"],
        ("event", "delete"): ["event", "delete", "miscarriage", EVENT_DATES[0]],
        ("install-desktop", None): ["install-desktop", "--exec", sys.executable],  # into the test's XDG_DATA_HOME
        ("uninstall-desktop", None): ["uninstall-desktop"],
    }


Sample = list[str] | Callable[[], list[str]]
PASSPHRASE_COMMANDS = {("passphrase", "set"), ("passphrase", "change"), ("passphrase", "remove")}
GUI_COMMANDS = {("gui", None)}  # the GUI's flows have their own no-network test


def not_yet_built() -> set[tuple[str, str | None]]:
    """Subcommands the parser offers whose code is on another branch still (merged later)."""
    pending: set[tuple[str, str | None]] = set()
    if importlib.util.find_spec("desktop.exchange.pdf_summary") is None:
        pending.add(("export", "pdf"))
    return pending


def parser_subcommands() -> set[tuple[str, str | None]]:
    """Every (command, subcommand) the parser knows, so a new one cannot skip these tests."""
    found: set[tuple[str, str | None]] = set()
    top = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in top.choices.items():
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        chosen = [a for a in sub._actions if a.choices and not isinstance(a, argparse._SubParsersAction)]
        if nested:
            found.update((name, child) for child in nested[0].choices)
        elif chosen and not chosen[0].option_strings:
            found.update((name, str(choice)) for choice in chosen[0].choices)  # type: ignore[union-attr]
        else:
            found.add((name, None))
    return found


def run_every_subcommand(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, export_dir: Path
) -> set[tuple[str, str | None]]:
    """The full flow: everything on a plain journal, set a passphrase, everything again, change, remove."""
    available = parser_subcommands() - not_yet_built()
    samples = command_samples(export_dir, resolve_data_dir())
    missing = available - samples.keys() - PASSPHRASE_COMMANDS - GUI_COMMANDS
    assert not missing, f"add a sample invocation to command_samples() for {sorted(missing, key=str)}"
    ran: set[tuple[str, str | None]] = set()

    def run_all() -> None:
        for key, sample in samples.items():
            if key in available:
                argv = sample() if callable(sample) else sample
                code = main(argv)
                _, err = capsys.readouterr()
                assert code == 0, f"{argv}: {err}"
                ran.add(key)

    def passphrase(action: str, old: str | None, new: str | None) -> None:
        for variable, value in ((PASSPHRASE_ENV, old), (NEW_PASSPHRASE_ENV, new)):
            if value is None:
                monkeypatch.delenv(variable, raising=False)
            else:
                monkeypatch.setenv(variable, value)
        code = main(["passphrase", action])
        _, err = capsys.readouterr()
        assert code == 0, err
        ran.add(("passphrase", action))
        monkeypatch.delenv(NEW_PASSPHRASE_ENV, raising=False)
        if new is None:
            monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
        else:
            monkeypatch.setenv(PASSPHRASE_ENV, new)

    run_all()
    passphrase("set", None, PASSPHRASES[0])
    run_all()
    passphrase("change", PASSPHRASES[0], PASSPHRASES[1])
    passphrase("remove", PASSPHRASES[1], None)
    run_all()
    return ran


def test_the_no_network_fixture_really_blocks_sockets(no_network: list[str]) -> None:
    with pytest.raises(OSError, match="network use attempted"):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError, match="network use attempted"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError, match="network use attempted"):
        urllib.request.urlopen("http://example.invalid/", timeout=1)
    assert "create_connection" in no_network
    no_network.clear()  # the attempts above were this test's own


def test_every_cli_subcommand_runs_without_network(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_network: list[str],
    qapp: object,  # a QApplication for any Qt-based exporter (PDF)
) -> None:
    ran = run_every_subcommand(capsys, monkeypatch, tmp_path)
    assert ran == parser_subcommands() - GUI_COMMANDS - not_yet_built()
    assert no_network == []


def test_logs_of_a_full_cli_flow_hold_no_text_passphrase_or_dates(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    qapp: object,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")  # its statement log too (it defaults to WARN)
    run_every_subcommand(capsys, monkeypatch, tmp_path)
    assert any(r.name.startswith("sqlalchemy") for r in caplog.records), "SQLAlchemy's log was not captured"
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in SECRETS:
        assert secret not in logged


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_after_a_full_flow_the_data_dir_is_0700_and_every_file_0600(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    data_dir: Path,
    qapp: object,
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    run_every_subcommand(capsys, monkeypatch, exports)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in [*data_dir.rglob("*"), *exports.iterdir()]:
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path.name
