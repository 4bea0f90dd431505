"""The export read and written a piece at a time: json.loads' values and complaints, json.dumps' bytes."""

from __future__ import annotations

import gc
import json
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.exchange import json_stream
from desktop.exchange.json_format import (
    ImportFileError,
    document_to_bytes,
    export_json,
    import_json,
    snapshot_to_document,
)
from desktop.exchange.json_stream import document_chunks, parse_document
from desktop.store import DayRecord, open_journal
from desktop.store.records import MedicineTaken

DOCUMENT: dict[str, Any] = {
    "format": "recovery-journal",
    "version": 3,
    "events": [{"kind": "miscarriage", "date": "2026-03-01", "note": "ночью\n\"quoted\""}],
    "entries": [
        {"date": f"2026-03-{day:02d}", "text": "Café 🙂 " * day, "pain": day % 10, "temperature_c": 36.6, "tags": ["a", "b"],
         "medicines": [{"name": "Ibuprofen", "dose": "400 mg", "time": None}], "hcg_miu_ml": 1.5e3}
        for day in range(2, 9)
    ],
    "milestone_overrides": [],
    "custom_milestones": [{"title": "Walk", "date": "2026-06-01", "note": ""}],
}


def _outcome(read: Any, raw: bytes) -> tuple[Any, ...]:
    try:
        return ("value", read(raw))
    except UnicodeDecodeError as error:
        return ("not UTF-8", error.start)
    except json.JSONDecodeError as error:
        return ("not JSON", error.msg, error.pos, error.lineno, error.colno)


def _whole(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8-sig"))


def _mistakes(text: str) -> list[str]:
    """The text cut, or with a stray character, at every place."""
    made = []
    for at in range(len(text) + 1):
        made += [text[:at], text[:at] + text[at + 1 :], text[:at] + "," + text[at:], text[:at] + "}" + text[at:],
                 text[:at] + '"' + text[at:], text[:at] + "x" + text[at:]]
    return made


@pytest.mark.parametrize("step", [1, 3, 7, 1 << 20])
def test_every_mistake_gets_the_complaint_json_loads_gives_wherever_the_decoding_steps_fall(
    monkeypatch: pytest.MonkeyPatch, step: int
) -> None:
    monkeypatch.setattr(json_stream, "DECODE_STEP", step)
    small = {"format": "recovery-journal", "entries": [{"date": "2026-03-02", "text": "é\n", "n": [1.5e3, -2]}, {}], "x": {}}
    for text in (json.dumps(small, ensure_ascii=False, indent=2) + "\n", json.dumps(small), "[1, [2], {}]", "7", ""):
        for mistake in _mistakes(text):
            for raw in (mistake.encode(), b"\xef\xbb\xbf" + mistake.encode(), mistake.encode()[:5] + b"\xff" + mistake.encode()[5:]):
                assert _outcome(parse_document, raw) == _outcome(_whole, raw), raw


@pytest.mark.parametrize("step", [2, 64, 1 << 20])
def test_a_whole_export_reads_as_json_loads_reads_it(monkeypatch: pytest.MonkeyPatch, step: int) -> None:
    monkeypatch.setattr(json_stream, "DECODE_STEP", step)
    raw = document_to_bytes(DOCUMENT)
    assert parse_document(raw) == json.loads(raw)
    assert parse_document(b" \n" + json.dumps(DOCUMENT, ensure_ascii=False).encode() + b"\n") == DOCUMENT


def _many_pages(count: int) -> bytes:
    pages = [{"date": (date(1990, 1, 1) + timedelta(days=n)).isoformat(), "text": f"page {n} ü"} for n in range(count)]
    return document_to_bytes({"format": "recovery-journal", "version": 3, "entries": pages})


def dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return "\n".join(connection.iterdump())


def test_an_import_reads_the_file_a_piece_at_a_time_and_says_how_far_it_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "many.json"
    source.write_bytes(_many_pages(3000))
    monkeypatch.setattr(json_stream, "DECODE_STEP", 4096)

    def whole_text_at_once(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the whole file was read in one call")

    monkeypatch.setattr(json, "loads", whole_text_at_once)
    monkeypatch.setattr(json, "load", whole_text_at_once)
    read: list[tuple[int, int]] = []
    held_off: list[bool] = []

    def reading(done: int, total: int) -> None:
        read.append((done, total))
        held_off.append(gc.get_threshold()[2] > 1_000_000)  # no full collection over the pages read so far

    with open_journal(tmp_path / "journal.sqlite3") as journal:
        import_json(journal, source, reading=reading)
        assert journal.counts().entries == 3000
    assert all(held_off) and gc.get_threshold()[2] < 1_000_000
    assert len(read) >= 5  # every 256 pages
    assert all(total == source.stat().st_size for _done, total in read)
    assert [done for done, _total in read] == sorted(done for done, _total in read)
    assert read[0][0] < read[-1][0] <= source.stat().st_size


class _Stopped(Exception):
    """What the window's Cancel raises in the reading's report."""


def test_cancel_while_the_file_is_read_leaves_the_journal_as_it_was(tmp_path: Path) -> None:
    source = tmp_path / "many.json"
    source.write_bytes(_many_pages(3000))
    path = tmp_path / "journal.sqlite3"
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 2), "already here"))
    before = dump(path)

    def stop_halfway(done: int, total: int) -> None:
        if done > total // 2:
            raise _Stopped

    with open_journal(path) as journal:
        with pytest.raises(_Stopped):
            import_json(journal, source, replace_all=True, reading=stop_halfway)
        assert journal.counts().entries == 1
    assert dump(path) == before


@pytest.mark.parametrize("cut", [0.0, 0.3, 0.5, 0.99])
def test_a_file_broken_anywhere_gets_the_same_one_line_as_before_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cut: float
) -> None:
    monkeypatch.setattr(json_stream, "DECODE_STEP", 1000)  # the mistake falls in a later step than the first
    raw = _many_pages(200)
    at = int(len(raw) * cut)
    source = tmp_path / "broken.json"
    source.write_bytes(raw[:at] + b"\x01" + raw[at:])  # a control character: a mistake in or out of a string
    try:
        json.loads(source.read_bytes().decode("utf-8-sig"))
    except json.JSONDecodeError as error:  # what the import said when it read the whole file with json.loads
        expected = f"broken.json: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
    path = tmp_path / "journal.sqlite3"
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 2), "already here"))
    before = dump(path)
    with open_journal(path) as journal:
        for replace_all in (False, True):
            with pytest.raises(ImportFileError) as raised:
                import_json(journal, source, replace_all=replace_all)
            assert str(raised.value) == expected
    assert dump(path) == before


def test_a_bad_byte_is_named_where_it_is_even_after_a_json_mistake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(json_stream, "DECODE_STEP", 1000)
    raw = _many_pages(200)
    source = tmp_path / "broken.json"
    source.write_bytes(b"\xef\xbb\xbf" + raw[:100] + b"]" + raw[100:5000] + b"\xc3(" + raw[5000:])
    with pytest.raises(UnicodeDecodeError) as whole:
        source.read_bytes().decode("utf-8-sig")
    with open_journal(tmp_path / "journal.sqlite3") as journal, pytest.raises(ImportFileError) as raised:
        import_json(journal, source)
    assert str(raised.value) == f"broken.json: not UTF-8 text (byte {whole.value.start})"


# -- writing ---------------------------------------------------------------------------


@pytest.mark.parametrize("batch", [1, 2, 5, 100])
def test_the_written_pieces_are_json_dumps_bytes(batch: int) -> None:
    for document in (DOCUMENT, {**DOCUMENT, "entries": []}, {**DOCUMENT, "entries": DOCUMENT["entries"][:1]},
                     {"entries": DOCUMENT["entries"]}):
        pages = document["entries"]
        batches = [pages[at : at + batch] for at in range(0, len(pages), batch)] + [[]]
        written = b"".join(document_chunks({**document, "entries": []}, "entries", batches))
        assert written == document_to_bytes(document)


def test_an_export_reads_the_pages_a_year_at_a_time_and_writes_what_the_whole_document_gave(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with open_journal(tmp_path / "journal.sqlite3") as journal:
        journal.add_event("miscarriage", date(2026, 3, 1), "at home — ночью")
        for n in range(0, 900, 3):  # three years of pages
            journal.save_day(DayRecord(date(2024, 1, 1) + timedelta(days=n), f"day {n} 🙂", pain=n % 11, tags=("x",),
                                       medicines=(MedicineTaken("Ibuprofen", "200 mg", None),) if n % 2 else ()))
        whole = document_to_bytes(snapshot_to_document(journal.snapshot()))
        batches: list[int] = []
        real_parts = type(journal).snapshot_in_parts

        def counted(self: Any) -> Any:
            parts = real_parts(self)
            return _Counting(parts, batches)

        monkeypatch.setattr(type(journal), "snapshot_in_parts", counted)
        monkeypatch.setattr(type(journal), "snapshot", lambda _self: pytest.fail("the export read every page at once"))
        export_json(journal, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == whole
    assert batches == [122, 122, 56]  # 2024, 2025 and 2026's pages, one year per read


class _Counting:
    """Wraps the store's ``snapshot_in_parts`` context, counting the pages of each batch read."""

    def __init__(self, context: Any, batches: list[int]) -> None:
        self._context = context
        self._batches = batches

    def __enter__(self) -> Any:
        parts = self._context.__enter__()
        batches = self._batches
        real_pages = parts.pages

        def pages() -> Any:
            for batch in real_pages():
                batches.append(len(batch))
                yield batch

        return type(parts)(parts.head, pages)

    def __exit__(self, *exc: object) -> Any:
        return self._context.__exit__(*exc)
