"""One fact, one sentence: the window, the CLI, the PDF and the calendar file say the same English.

All four word the plan through desktop/wording.py; this drives each door as a user
would (the CLI's commands, the window's milestone list, the files the exports write)
on one journal and compares what each shows for the same milestone.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.guidance import milestones_for
from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.plan.milestone_panel import MilestonePanel
from desktop.ui.settings.i18n import wording

TODAY = "2026-10-25"


@pytest.fixture
def doors(qtbot: QtBot, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """A loss with a procedure, a logged first period and a consultation she has had; each door's words for it."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    for kind, day in (("miscarriage", "2026-08-30"), ("procedure", "2026-09-01"), ("period", "2026-10-05"),
                      ("consultation", "2026-10-20")):
        assert main(["event", "add", kind, day]) == 0
    capsys.readouterr()
    assert main(["milestones", "--today", TODAY]) == 0
    cli = capsys.readouterr().out.splitlines()
    assert main(["export", "ics", str(tmp_path / "plan.ics"), "--today", TODAY]) == 0
    assert main(["export", "pdf", str(tmp_path / "plan.pdf"), "--today", TODAY, "--from", "2026-09-01"]) == 0
    capsys.readouterr()
    ics = {
        str(event.get("uid")).split("@")[0]: event
        for event in Calendar.from_ical((tmp_path / "plan.ics").read_bytes()).walk("VEVENT")
    }
    pdf = subprocess.run(["pdftotext", str(tmp_path / "plan.pdf"), "-"], check=True, capture_output=True, text=True).stdout
    with open_journal(journal_path(data_dir)) as journal:
        history = journal.history()
    plan = milestones_for(history, date.fromisoformat(TODAY))
    panel = MilestonePanel()
    qtbot.addWidget(panel)
    panel.set_milestones(plan)
    yield {"cli": cli, "ics": ics, "pdf": " ".join(unicodedata.normalize("NFKC", pdf).split()),  # "ﬁ" ligatures read as "fi"
        "panel": panel, "plan": plan, "history": history}
    QLocale.setDefault(QLocale.c())


def cli_row(lines: list[str], title: str) -> list[str]:
    """A row of the CLI's table, split into its columns (title, when, status, source)."""
    row = next(line for line in lines if line.startswith(f"  {title} "))
    return re.split(r"\s{2,}", row.strip())


def test_titles_statuses_and_sources_read_the_same_at_every_door(doors) -> None:  # type: ignore[no-untyped-def]
    panel: MilestonePanel = doors["panel"]
    for m in doors["plan"]:
        title, _when, status, _badge = panel.row_texts(m.key)
        row = cli_row(doors["cli"], title)
        assert row[0] == title and row[2] == status, m.key  # the window's "to do", never "open, -12 days"
        assert title in doors["pdf"] and status in doors["pdf"], m.key
        assert str(doors["ics"][f"milestone-{m.key}"].get("summary")).startswith(title), m.key
        assert f"Source: {row[3]}" in str(doors["ics"][f"milestone-{m.key}"].get("description")), m.key


def test_a_consultation_she_has_had_is_done_everywhere_and_never_before_its_own_date(doors) -> None:  # type: ignore[no-untyped-def]
    title, when, status, _badge = doors["panel"].row_texts("consultation")
    assert (when, status) == ("20 Oct 2026", "done")
    assert cli_row(doors["cli"], title)[1:3] == ["2026-10-20", "done"]
    assert str(doors["ics"]["milestone-consultation"].get("summary")) == title
    assert "before 2026-10-20" not in doors["pdf"] and "(before this date)" not in doors["pdf"]


def test_a_first_period_she_logged_is_hers_everywhere(doors) -> None:  # type: ignore[no-untyped-def]
    assert cli_row(doors["cli"], "First period")[3] == "recorded by you"
    assert "Source: recorded by you" in str(doors["ics"]["milestone-first-period"].get("description"))
    assert "First period 2026-10-05 recorded by you" in doors["pdf"]
    day = wording().day_description(date(2026, 10, 5), doors["history"], doors["plan"])
    assert "First period (recorded by you)" in day


def test_a_window_names_its_last_day_at_every_door(doors) -> None:  # type: ignore[no-untyped-def]
    title, when, _status, _badge = doors["panel"].row_texts("abstinence")
    assert when == "1 Sep 2026 – 21 Sep 2026"  # the three weeks end on the 21st; the 22nd is the earliest date
    assert cli_row(doors["cli"], title)[1] == "2026-09-01 – 2026-09-21"
    assert doors["panel"].row_texts("sex-earliest")[1] == "22 Sep 2026"


def test_the_header_and_the_not_medical_advice_sentence_are_one_text(doors) -> None:  # type: ignore[no-untyped-def]
    header = wording().header(doors["history"], doors["plan"], date.fromisoformat(TODAY))
    assert doors["cli"][0] == header == "Day 54 after the procedure · Next: Earliest time to plan a pregnancy, in 127 days"
    day = wording().day_description(date.fromisoformat(TODAY), doors["history"], doors["plan"])
    assert day[0] == "Day 54 after the procedure"  # the calendar's hover says what the header says
    advice = doors["panel"].disclaimer.text()
    assert doors["cli"][-1] == advice and " ".join(advice.split()) in doors["pdf"]
    assert advice.startswith("This is not medical advice.")
