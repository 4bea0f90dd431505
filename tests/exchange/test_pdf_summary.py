"""The PDF summary for a gynecologist visit, read back with pdftotext."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.exchange.formats import ExportOptions
from desktop.exchange.pdf_summary import export_pdf
from desktop.store import DayRecord

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def recorded(journal):  # type: ignore[no-untyped-def]
    journal.add_event("miscarriage", date(2026, 3, 1), "at home")
    journal.add_event("procedure", date(2026, 3, 3))
    journal.set_override("abstinence", offset_days=14, note="Dr K")
    journal.save_day(DayRecord(date(2026, 3, 4), "very private words", "heavy", 8, 38.2, 1, ("cramps",)))
    journal.save_day(DayRecord(date(2026, 3, 9), "", "spotting", 3))
    journal.save_day(DayRecord(date(2026, 4, 20), "outside the range", pain=1))
    return journal


def test_the_summary_holds_dates_plan_sources_and_symptoms_without_notes(qapp, recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "summary.pdf"
    export_pdf(recorded, path, ExportOptions(today=date(2026, 3, 20), first=date(2026, 3, 1), last=date(2026, 3, 31)))
    assert path.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = pdf_text(path)
    for expected in ("2026-03-01", "Miscarriage", "2026-03-03", "Uterine procedure",  # recorded dates
                     "2026-03-17", "from your doctor",  # the doctor's date
                     "2026-09-03", "from the article", "in 167 days",  # the article's plan, in the window's words
                     "2026-03-04", "heavy", "38.2", "cramps", "2026-03-09", "spotting"):  # symptoms
        assert expected in text, expected
    # the whole title, also when its cell wraps "again" onto the row's next line
    assert re.search(r"Earliest time for sex( again|[^\n]*\n\s*again)", text), "Earliest time for sex again"
    assert "2026-04-20" not in text  # outside the chosen range
    assert "very private words" not in text and "at home" not in text  # notes only when asked
    assert "not medical advice" in text


def test_notes_appear_only_when_asked(qapp, recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "summary.pdf"
    options = ExportOptions(today=date(2026, 3, 20), first=date(2026, 3, 1), last=date(2026, 3, 31), include_notes=True)
    export_pdf(recorded, path, options)
    text = pdf_text(path)
    assert "very private words" in text and "at home" in text


def test_an_empty_journal_still_gives_a_readable_summary(qapp, journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "summary.pdf"
    export_pdf(journal, path, ExportOptions(today=date(2026, 3, 20)))
    text = pdf_text(path)
    assert "No dates recorded" in text and "Nothing recorded in this range" in text
    assert "2026-02-18 to 2026-03-20" in text  # the default range: the last 30 days


def test_the_command_line_makes_its_own_offscreen_qt_for_the_pdf(tmp_path: Path, data_dir: Path) -> None:
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    cli = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)]
    subprocess.run([*cli, "event", "add", "miscarriage", "2026-03-01"], check=True, env=env, capture_output=True)
    target = tmp_path / "visit.pdf"
    done = subprocess.run([*cli, "export", "pdf", str(target), "--today", "2026-03-20"], env=env, capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")
    assert "2026-03-01" in pdf_text(target)


def test_hcg_tests_medicines_discharge_and_appointments_are_in_the_summary(qapp, journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import time

    from desktop.store.records import Appointment, MedicineTaken

    journal.add_event("miscarriage", date(2026, 3, 1))
    journal.save_day(DayRecord(date(2026, 3, 2), hcg_miu_ml=4800.0, test_result="positive"))
    journal.save_day(DayRecord(date(2026, 3, 9), hcg_miu_ml=12.5, medicines=(MedicineTaken("Ibuprofen", "400 mg", time(8, 30)),)))
    journal.save_day(DayRecord(date(2026, 3, 16), test_result="faint", discharge="unusual"))
    journal.add_appointment(Appointment(date(2026, 3, 23), time(10, 30), place="Clinic"))
    path = tmp_path / "summary.pdf"
    export_pdf(journal, path, ExportOptions(today=date(2026, 3, 20), first=date(2026, 3, 1), last=date(2026, 3, 31)))
    text = pdf_text(path)
    assert "hCG values and pregnancy tests" in text
    assert "hCG (mIU/mL), log scale" in text  # 12.5 to 4,800: the axis is logarithmic, and says so
    for line in ("2026-03-02 4,800 positive", "2026-03-09 12.5", "2026-03-16 faint"):
        assert line in " ".join(text.split()), line
    assert "Ibuprofen 400 mg at 08:30" in text
    assert "unusual (colour or smell)" in " ".join(text.split())
    assert "Consultation with a gynecologist" in " ".join(text.split()) and "Clinic" in text
    assert b"/Subtype /Image" in path.read_bytes()  # the picture itself, beside the table


def test_a_forty_day_journal_runs_over_pages_each_with_its_header_row_its_name_and_page_n_of_m(qapp, journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.exchange.pdf_seed import FIRST, LAST, LONG_NOTE_DAY, TODAY, seed_visit_journal

    seed_visit_journal(journal)
    path = tmp_path / "visit.pdf"
    export_pdf(journal, path, ExportOptions(today=TODAY, first=FIRST, last=LAST, include_notes=True, name="Anna K."))
    pages = pdf_text(path).rstrip("\f").split("\f")
    assert len(pages) >= 3
    row = re.compile(r"^\s*(2026-\d\d-\d\d)\s+(none|spotting|light|medium|heavy)\b", re.MULTILINE)
    seen: list[str] = []
    for number, page in enumerate(pages, start=1):
        assert page.rstrip().endswith(f"Page {number} of {len(pages)}")
        assert "Anna K." in page  # on the first page's name line, then in every running head
        rows = list(row.finditer(page))
        if rows:  # the symptom table runs on this page: its header row is there, above its first row
            header = re.search(r"^\s*Date\s+Bleeding\s+Pain\s+Temp\s+Mood\s+Discharge\s+Medicines\s+Tags", page, re.MULTILINE)
            assert header is not None and header.start() < rows[0].start(), f"page {number}"
        seen += [m.group(1) for m in rows]
    days = [date.fromordinal(FIRST.toordinal() + n) for n in range((LAST - FIRST).days + 1)]
    assert seen == [d.isoformat() for d in days]  # each day's row once, in order: none split
    text = "\n".join(pages)
    assert re.search(r"38\.4 ▲", text) and re.search(r"heavy ◆", text)
    assert "Marked: ▲ a temperature of 38.0 °C or more · ◆ heavy bleeding · ● discharge" in " ".join(text.split())
    assert "Aftercare guidance (for example the NHS, not the article)" in " ".join(text.split())
    assert f"{LONG_NOTE_DAY.isoformat()} (continued)" in text  # the long note runs on, its date repeated
    assert "2026-04-20 (article: 2026-03-24)" in " ".join(text.split())  # the doctor's date, the article's beside it
    assert "Women's clinic, room 4" in text and "hCG (mIU/mL), log scale" in text
