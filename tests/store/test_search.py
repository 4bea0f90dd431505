"""Full-text search: inflected, accented and Cyrillic words; ranking; snippets; staying in sync."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.store import DayRecord, JournalError, open_journal
from desktop.store.schema import SCHEMA_HEAD
from desktop.store.search import fts_query_from_words, light_stem

D1, D2, D3, D4 = date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)


def found(journal, query: str) -> list[date]:  # type: ignore[no-untyped-def]
    return sorted(hit.date for hit in journal.search(query))


@pytest.fixture
def filled(journal):  # type: ignore[no-untyped-def]
    journal.save_entry(D1, "I went walking by the river. Bled a little in the evening.")
    journal.save_entry(D2, "Coffee in a small café with Anna. Bleeding is lighter.")
    journal.save_entry(D3, "Сильная боль внизу живота, потом отпустило.")
    journal.save_entry(D4, "Нет боли сегодня. Прогулка.")
    return journal


@pytest.mark.parametrize(
    ("query", "days"),
    [
        ("walk", [D1]),  # prefix: "walk" finds "walking"
        ("walked", [D1]),  # light stem: "walked" -> "walk*"
        ("cafe", [D2]),  # diacritics removed
        ("CAFÉ", [D2]),
        ("боль", [D3, D4]),  # "боль" finds "боль" and "боли"
        ("боли", [D3, D4]),
        ("прогулки", [D4]),
        ("bleeding", [D2]),  # documented limit: the irregular "bled" is not found
        ("bled", [D1]),
        ("bled OR bleeding", [D1, D2]),
        ("river evening", [D1]),  # every word is required
        ("river café", []),
        ('"small café"', [D2]),
    ],
)
def test_plain_words_find_inflected_accented_and_cyrillic_text(filled, query: str, days: list[date]) -> None:  # type: ignore[no-untyped-def]
    assert found(filled, query) == days


def test_hits_carry_a_highlighted_snippet_and_best_match_comes_first(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_entry(D1, "tea " + "quiet day " * 30)
    journal.save_entry(D2, "tea, tea and more tea")
    hits = journal.search("tea")
    assert [h.date for h in hits] == [D2, D1]
    assert hits[0].score > hits[1].score
    assert hits[0].marked() == "[tea], [tea] and more [tea]"
    assert [p.text for p in hits[0].parts if p.matched] == ["tea", "tea", "tea"]
    assert hits[0].snippet == "tea, tea and more tea"


def test_tags_are_searched_and_shown_when_they_are_what_matched(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(D1, "a slow morning", tags=("cramps", "hot water bottle")))
    [hit] = journal.search("cramp")
    assert hit.in_tags and hit.marked() == "[cramps], hot water bottle"


def test_search_follows_edits_and_deletes(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_entry(D1, "headache all day")
    assert found(journal, "headache") == [D1]
    journal.save_entry(D1, "feeling calmer")
    assert found(journal, "headache") == []
    assert found(journal, "calm") == [D1]
    journal.save_day(DayRecord(D1, "feeling calmer", tags=("nausea",)))
    assert found(journal, "nausea") == [D1]
    journal.save_entry(D1, "")  # the tag keeps the page
    assert found(journal, "calmer") == [] and found(journal, "nausea") == [D1]
    journal.save_day(DayRecord(D1))  # nothing recorded: the page is deleted
    assert found(journal, "nausea") == []
    assert journal.integrity_check() == "ok"


@pytest.mark.parametrize("query", ["", "   ", "…", '""', "OR"])
def test_an_empty_query_is_a_clear_message(journal, query: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(JournalError, match="at least one word"):
        journal.search(query)


@pytest.mark.parametrize("query", ['"unbalanced', "a AND", "NOT x", "(open", "col:umn"])
def test_user_input_never_breaks_the_plain_search(journal, query: str) -> None:  # type: ignore[no-untyped-def]
    journal.save_entry(D1, "an open window")
    journal.search(query)  # no exception: every word is quoted


@pytest.mark.parametrize("query", ["a AND", "(open", '"unbalanced', "NEAR(", "nocolumn: word"])
def test_malformed_raw_syntax_is_one_clear_journal_error(journal, query: str) -> None:  # type: ignore[no-untyped-def]
    journal.save_entry(D1, "an open window")
    with pytest.raises(JournalError, match="not valid search syntax"):
        journal.search(query, raw=True)


def test_raw_syntax_is_passed_through(filled) -> None:  # type: ignore[no-untyped-def]
    assert found_raw(filled, "bled OR café") == [D1, D2]
    assert found_raw(filled, "tags: walk*") == []


def found_raw(journal, query: str) -> list[date]:  # type: ignore[no-untyped-def]
    return sorted(hit.date for hit in journal.search(query, raw=True))


def test_limit_caps_the_number_of_hits(journal) -> None:  # type: ignore[no-untyped-def]
    for day in range(1, 11):
        journal.save_entry(date(2026, 4, day), "same words")
    assert len(journal.search("same", limit=3)) == 3


def test_query_building_quotes_every_word() -> None:
    assert fts_query_from_words('walking "small café" OR tea x"y') == '"walk"* ("small café" OR "tea"*) "x""y"*'


@pytest.mark.parametrize(
    ("word", "stem"),
    [("walking", "walk"), ("walks", "walk"), ("stopped", "stop"), ("pass", "pass"), ("bleeding", "bleed"),
     ("tea", "tea"), ("боли", "бол"), ("болью", "бол"), ("головой", "голов"), ("сон", "сон"), ("COVID-19", "covid-19")],
)
def test_light_stem(word: str, stem: str) -> None:
    assert light_stem(word) == stem


def test_pages_written_before_search_existed_are_indexed_by_the_migration(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from desktop.store.schema import upgrade_to_head

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade_to_head(connection, None, target="0003")
        connection.exec_driver_sql(
            "INSERT INTO entries (date, text, tags, created_at, updated_at) "
            "VALUES ('2026-01-02', 'Старая запись о боли', 'sleep', '2026-01-02', '2026-01-02')"
        )
    engine.dispose()
    with open_journal(path) as journal:
        assert journal.schema_revision() == SCHEMA_HEAD
        assert found(journal, "боль") == [date(2026, 1, 2)]
        assert found(journal, "sleep") == [date(2026, 1, 2)]
        assert journal.entry(date(2026, 1, 2)).text == "Старая запись о боли"


def test_the_sync_triggers_exist_at_head(journal) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(journal.path) as raw:
        names = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"entries_fts_after_insert", "entries_fts_after_update", "entries_fts_after_delete"} <= names


def test_search_works_in_an_encrypted_journal(tmp_path: Path) -> None:
    with open_journal(tmp_path / "secret.sqlite3", passphrase="a long enough passphrase") as journal:
        journal.save_entry(D1, "Кафе у реки, café by the river")
        assert found(journal, "кафе") == [D1] and found(journal, "cafe") == [D1]
        journal.save_entry(D1, "")
        assert found(journal, "cafe") == []


def test_search_survives_encrypting_and_decrypting_the_journal(tmp_path: Path) -> None:
    from desktop.store.encryption import remove_passphrase, set_passphrase

    path = tmp_path / "journal.sqlite3"
    with open_journal(path) as journal:
        journal.save_entry(D1, "Боль в спине, walked slowly")
        journal.save_entry(D2, "café")
    set_passphrase(path, "a long enough passphrase")
    with open_journal(path, passphrase="a long enough passphrase") as journal:
        assert found(journal, "боль") == [D1] and found(journal, "walk") == [D1]
        journal.save_entry(D2, "tea instead")  # the triggers came along
        assert found(journal, "cafe") == [] and found(journal, "tea") == [D2]
    remove_passphrase(path, "a long enough passphrase")
    with open_journal(path) as journal:
        assert found(journal, "tea") == [D2] and journal.integrity_check() == "ok"


def test_check_notices_a_search_index_out_of_step_and_rebuilding_repairs_it(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_entry(D1, "headache")
    assert journal.integrity_check() == "ok"
    with sqlite3.connect(journal.path) as raw:  # what a careless future migration could do
        raw.execute("DROP TRIGGER entries_fts_after_update")
        raw.execute("UPDATE entries SET text = 'calm' WHERE date = ?", (D1.isoformat(),))
    assert "search index is out of step" in journal.integrity_check()
    journal.rebuild_search_index()
    assert journal.integrity_check() == "ok"
    assert found(journal, "calm") == [D1] and found(journal, "headache") == []
    journal.save_entry(D1, "sleep")  # the lost trigger is back
    assert found(journal, "sleep") == [D1] and journal.integrity_check() == "ok"


def test_the_current_triggers_match_the_migration() -> None:
    import importlib.util

    from desktop.store.schema import MIGRATIONS_DIR
    from desktop.store.search import SEARCH_TRIGGERS

    spec = importlib.util.spec_from_file_location("m0007", MIGRATIONS_DIR / "versions" / "0007_day_depth.py")
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.TRIGGERS == SEARCH_TRIGGERS  # change both, and add a migration, or neither


def test_a_long_note_s_snippet_is_the_words_around_its_first_match(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.search import LONG_NOTE_CHARS, SNIPPET_TOKENS

    far = "quiet " * LONG_NOTE_CHARS + "then a long walk by the sea " + "quiet " * LONG_NOTE_CHARS
    journal.save_entry(D1, far)
    [hit] = journal.search("walking")
    assert len(far) > 10 * LONG_NOTE_CHARS and hit.marked().startswith("…") and hit.marked().endswith("…")
    assert "then a long [walk] by the sea" in hit.marked() and len(hit.snippet.split()) <= SNIPPET_TOKENS
    # A word standing 199,000 times in a note of almost 1 MB: FTS5's snippet() over the whole note
    # would weigh every window around every match (minutes); over the first stretch it is at once.
    journal.save_entry(D2, "walk " * 199_000)
    [hit] = [h for h in journal.search("walk") if h.date == D2]
    assert hit.marked() == " ".join(["[walk]"] * SNIPPET_TOKENS) + "…"


def test_a_long_note_found_by_its_tags_shows_the_tags(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.search import LONG_NOTE_CHARS

    journal.save_day(DayRecord(D1, "quiet " * LONG_NOTE_CHARS, tags=("cramps", "hot water bottle")))
    [hit] = journal.search("cramp")
    assert hit.in_tags and hit.marked() == "[cramps], hot water bottle"


def test_snippets_are_fts5_s_own_but_the_journal_s_index_is_matched_once(tmp_path: Path) -> None:
    """The shown rows' snippets equal snippet() over the journal's index, which is asked only once.

    Asking the journal's index for snippets means a second MATCH joined by rowid, which FTS5
    answers by running the whole query again (at 100k pages it doubled the time of a search).
    """
    from desktop.store.search import SEARCH_TRIGGERS, SNIPPET_TOKENS, TOKENIZER, fts_query_from_words, search_entries

    connection = sqlite3.connect(tmp_path / "pages.sqlite3")
    connection.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, date TEXT, text TEXT, tags TEXT, medicines TEXT)")
    connection.execute(f"CREATE VIRTUAL TABLE entries_fts USING fts5(text, tags, medicines, content='entries', content_rowid='id', tokenize='{TOKENIZER}')")
    connection.execute(SEARCH_TRIGGERS["entries_fts_after_insert"])
    pages = [
        ("2026-03-01", "A walk by the river, then tea. Walking helps.", "", ""),
        ("2026-03-02", "Nothing much.", "walks\noutside", ""),
        ("2026-03-03", "Quiet.", "", "Walkmed 5 mg 08:00"),
        ("2026-03-04", "Tea. " * 40 + "A short walk at the end of a long day of rest.", "tea", ""),
        ("2026-03-05", "Мама приехала. Прогулка у реки, walk.", "", ""),
    ]
    connection.executemany("INSERT INTO entries (date, text, tags, medicines) VALUES (?, ?, ?, ?)", pages)
    statements: list[str] = []

    def execute(sql: str, parameters: dict[str, object]) -> list[tuple[object, ...]]:
        statements.append(sql)
        return connection.execute(sql, parameters).fetchall()

    hits = search_entries(execute, "walking")
    assert len(statements) == 1 and statements[0].count("MATCH") == 1
    # The oracle: FTS5's snippet() of the journal's own index, row by row.
    expected = {}
    for day, text, tags, medicines in connection.execute(
        f"""SELECT entries.date, snippet(entries_fts, 0, '[', ']', '…', {SNIPPET_TOKENS}),
                   snippet(entries_fts, 1, '[', ']', '…', 8), snippet(entries_fts, 2, '[', ']', '…', 8)
            FROM entries_fts JOIN entries ON entries.id = entries_fts.rowid WHERE entries_fts MATCH ?""",
        (fts_query_from_words("walking"),),
    ):
        expected[date.fromisoformat(day)] = (text, tags, medicines)
    assert sorted(hit.date for hit in hits) == sorted(expected)
    for hit in hits:
        text, tags, medicines = expected[hit.date]
        if "[" in text:
            assert hit.marked() == " ".join(text.split())
        elif "[" in tags:
            assert hit.in_tags and hit.marked() == tags.replace("\n", ", ")
        else:
            assert hit.marked() == " ".join(medicines.split())
    connection.close()
