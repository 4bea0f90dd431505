"""Full-text search over the day pages (SQLite FTS5, see migration 0004).

What she types is plain words, not FTS5 syntax, so nothing she types can be a
"syntax error": every word is quoted and searched as a prefix of a light stem,
so the list fills while she types and inflected forms match:

* "walk" or "walking" finds "walk", "walks", "walked", "walking";
* "cafe" finds "café" (the tokenizer removes diacritics);
* "боль" finds "боль", "боли", "болью" (Russian endings are stripped).

Words are all required; ``OR`` between two words accepts either, and a
"quoted phrase" must appear as it is. What is not achievable without a
dictionary: irregular forms ("bleeding" does not find "bled"; search "bled"),
and "е" does not find "ё". ``raw=True`` passes real FTS5 syntax through for
power users and scripts; a malformed query then raises one clear JournalError.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.store.diagnosis import sqlite_reason

if TYPE_CHECKING:
    from desktop.store.rows import Execute

DEFAULT_LIMIT = 50

# Private-use characters: they never occur in what she writes, so splitting the
# snippet on them is safe, and widgets decide how a highlight looks.
_OPEN = "\ue000"
_CLOSE = "\ue001"

_ENGLISH_SUFFIXES = ("ing", "ed", "es", "s")
_RUSSIAN_ENDINGS = tuple(
    sorted(
        ["иями", "ием", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ешь", "ете", "ите", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ия", "ии", "ию", "ам", "ям", "ах", "ях", "ов", "ев", "ом", "ем", "ую", "юю", "ью", "ть", "ет", "ют", "ут", "ит", "ат", "ят", "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й"],
        key=len,
        reverse=True,
    )
)
_MIN_STEM = 3
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PLAIN_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class SnippetPart:
    """A piece of a result's snippet; ``matched`` pieces are the words that were found."""

    text: str
    matched: bool


@dataclass(frozen=True)
class SearchHit:
    """One day that matches, best first. ``score`` is larger for a better match (negated bm25)."""

    date: date
    parts: tuple[SnippetPart, ...]
    score: float
    in_tags: bool = False

    @property
    def snippet(self) -> str:
        return "".join(part.text for part in self.parts)

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each found word wrapped, e.g. for the command line."""
        return "".join(f"{before}{p.text}{after}" if p.matched else p.text for p in self.parts)


class SearchQueryError(ValueError):
    """The query cannot be searched; the message says why in plain words."""


def light_stem(word: str) -> str:
    """Strip one common inflectional ending, keeping at least three letters.

    Deliberately light: a prefix search on the result is what finds the other
    forms, so over-stripping costs a few extra hits and under-stripping costs
    missed pages; the former is the kinder failure in a personal journal.
    """
    folded = word.casefold()
    if not folded.isalpha():
        return folded
    if _CYRILLIC.search(folded):
        for ending in _RUSSIAN_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= _MIN_STEM:
                return folded[: -len(ending)]
        return folded
    for suffix in _ENGLISH_SUFFIXES:
        if not folded.endswith(suffix) or len(folded) - len(suffix) < _MIN_STEM:
            continue
        stem = folded[: -len(suffix)]
        if suffix == "s" and stem[-1] in "siu":  # "pass", "virus", "this" are not plurals
            return folded
        if suffix in ("ing", "ed") and len(stem) > _MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            stem = stem[:-1]  # "stopped" -> "stop"
        return stem
    return folded


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query_from_words(query: str) -> str:
    """Turn what she typed into a safe FTS5 query (see the module docstring)."""
    clauses: list[str] = []
    pending_or = False
    for match in _PLAIN_TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if word == "OR":
            pending_or = bool(clauses)
            continue
        if phrase is not None:
            if not any(ch.isalnum() for ch in phrase):
                continue
            clause = _quote(" ".join(phrase.split()))
        else:
            stripped = word.strip(".,;:!?()[]{}'\"«»“”‘’…-–—*^+")
            if not any(ch.isalnum() for ch in stripped):
                continue
            clause = _quote(light_stem(stripped)) + "*"
        if pending_or:
            clauses[-1] = f"{clauses[-1]} OR {clause}"
        else:
            clauses.append(clause)
        pending_or = False
    if not clauses:
        raise SearchQueryError("type at least one word to search for")
    return " ".join(f"({c})" if " OR " in c else c for c in clauses)


SNIPPET_TOKENS = 12  # words of a note shown around what was found
LONG_NOTE_CHARS = 10_000  # from here on, the snippet comes from a window of the note (_near_first_match)
TOKENIZER = "unicode61 remove_diacritics 2"  # entries_fts's (migration 0004 keeps its own, frozen copy)

# Rank first, then make snippets for the few rows shown: snippet() is the
# expensive part, and computing it for every match would waste most of it.
# The snippets are FTS5's own snippet(), made in a private in-memory FTS5
# table of just the rows shown (_shown_snippets): asking for them from the
# journal's index means a second MATCH joined by rowid, which FTS5 answers by
# running the whole query again (a prefix query expands every term again:
# measured at 100k pages, the join doubled the search, 463 ms against 252 ms
# for ten queries). FTS5's snippet() weighs every window around every match,
# and highlight() grows its result one match at a time: both cost the square
# of the matches in a note (a word standing 100,000 times in a 1 MB note took
# 15 s and 6 s), so a long note's snippet is made over the stretch of the note
# where the first match is (_near_first_match), never over the whole note.
SEARCH_SQL = """
    WITH best AS (
        SELECT rowid AS id, bm25(entries_fts, 1.0, 2.0, 2.0) AS score
        FROM entries_fts WHERE entries_fts MATCH :query
        ORDER BY score LIMIT :limit
    )
    SELECT entries.date AS day, entries.text, entries.tags, entries.medicines, best.score AS score
    FROM best
    JOIN entries ON entries.id = best.id
    ORDER BY best.score, entries.date DESC
"""


def search_entries(
    execute: Execute,
    query: str,
    limit: int = DEFAULT_LIMIT,
    *,
    raw: bool = False,
    syntax_errors: tuple[type[BaseException], ...] = (),
) -> list[SearchHit]:
    """Best matches first; raises SearchQueryError for an empty or (raw) malformed query.

    ``syntax_errors`` are the driver's errors that a malformed raw query raises.
    """
    if raw:
        if not query.strip():
            raise SearchQueryError("type at least one word to search for")
        fts_query = query
    else:
        fts_query = fts_query_from_words(query)
    try:
        rows = [tuple(row) for row in execute(SEARCH_SQL, {"query": fts_query, "limit": max(1, limit)})]
    except syntax_errors as error:
        if not raw:  # every word was quoted: this is not her input's fault
            raise
        raise SearchQueryError(f"the search '{query}' is not valid search syntax ({sqlite_reason(error)})") from None
    snippets = _shown_snippets([(text or "", tags or "", medicines or "") for _day, text, tags, medicines, _score in rows], fts_query)
    hits: list[SearchHit] = []
    for index, (day, text, _tags, _medicines, score) in enumerate(rows):
        text_snippet, tags_snippet, medicines_snippet = snippets.get(index, (None, "", ""))
        if text_snippet is None:
            text_snippet = _near_first_match(text or "", fts_query)
        hits.append(_hit(day, text_snippet, tags_snippet, score, medicines_snippet))
    return hits


def _private_index(scratch: sqlite3.Connection, name: str) -> None:
    """An FTS5 table shaped and tokenized as the journal's own, in a private in-memory database."""
    scratch.execute(f"CREATE VIRTUAL TABLE {name} USING fts5(text, tags, medicines, tokenize='{TOKENIZER}')")


def _shown_snippets(rows: list[tuple[str, str, str]], fts_query: str) -> dict[int, tuple[str | None, str, str]]:
    """FTS5's snippet() of each shown row's text, tags and medicines, by the row's place in ``rows``.

    The rows go into a private in-memory FTS5 table with the journal's
    tokenizer (nothing touches the journal file or the disk), where the same
    query finds them again at the cost of a few rows, not of the journal. A
    long note's text is left out (None: its snippet comes from
    ``_near_first_match``); a row the query finds only in that text is absent.
    """
    if not rows:
        return {}
    with closing(sqlite3.connect(":memory:")) as scratch:
        _private_index(scratch, "shown")
        scratch.executemany(
            "INSERT INTO shown (rowid, text, tags, medicines) VALUES (?, ?, ?, ?)",
            [(index, text if len(text) <= LONG_NOTE_CHARS else "", tags, medicines) for index, (text, tags, medicines) in enumerate(rows)],
        )
        found = scratch.execute(
            f"""SELECT rowid, snippet(shown, 0, :open, :close, '…', {SNIPPET_TOKENS}),
                       snippet(shown, 1, :open, :close, '…', 8), snippet(shown, 2, :open, :close, '…', 8)
                FROM shown WHERE shown MATCH :query""",
            {"open": _OPEN, "close": _CLOSE, "query": fts_query},
        ).fetchall()
    return {
        int(index): (text if len(rows[index][0]) <= LONG_NOTE_CHARS else None, tags or "", medicines or "")
        for index, text, tags, medicines in found
    }


def _near_first_match(note: str, fts_query: str) -> str:
    """FTS5's own snippet() of a long note, made over the stretch where the query first matches.

    The note is looked at LONG_NOTE_CHARS at a time in a private in-memory FTS5
    table (same tokenizer; nothing touches the journal file or the disk), so
    each snippet() sees a bounded number of matches. When no stretch matches
    on its own (the words lie far apart, or only the tags matched), the note's
    first words are shown.
    """
    with closing(sqlite3.connect(":memory:")) as scratch:
        _private_index(scratch, "stretch")
        for offset in range(0, len(note), LONG_NOTE_CHARS):
            start = _word_start(note, offset)
            end = _word_start(note, offset + LONG_NOTE_CHARS + 200)  # overlapping: a phrase across the cut is seen
            piece = note[start : end if end > start else None]
            scratch.execute("DELETE FROM stretch")
            scratch.execute("INSERT INTO stretch (text, tags, medicines) VALUES (?, '', '')", (piece,))
            found = scratch.execute(
                "SELECT snippet(stretch, 0, ?, ?, '…', ?) FROM stretch WHERE stretch MATCH ?",
                (_OPEN, _CLOSE, SNIPPET_TOKENS, fts_query),
            ).fetchone()
            if found and _OPEN in found[0]:
                snippet = str(found[0])
                before = "…" if start > 0 and not snippet.startswith("…") else ""
                after = "…" if start + len(piece) < len(note) and not snippet.endswith("…") else ""
                return before + snippet + after
    return " ".join(note[: SNIPPET_TOKENS * 40].split()[:SNIPPET_TOKENS]) + "…"


def _word_start(text: str, index: int, reach: int = 100) -> int:
    """``index`` moved back to the start of the word it falls in (at most ``reach`` characters back)."""
    index = min(index, len(text))
    lowest = max(0, index - reach)
    while lowest < index < len(text) and not text[index - 1].isspace():
        index -= 1
    return index


# The triggers as the current schema wants them (migrations 0004 and 0007 keep their own, frozen copies).
SEARCH_TRIGGERS = {
    "entries_fts_after_insert": """
        CREATE TRIGGER entries_fts_after_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts(rowid, text, tags, medicines) VALUES (new.id, new.text, new.tags, new.medicines);
        END""",
    "entries_fts_after_delete": """
        CREATE TRIGGER entries_fts_after_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, tags, medicines)
            VALUES ('delete', old.id, old.text, old.tags, old.medicines);
        END""",
    "entries_fts_after_update": """
        CREATE TRIGGER entries_fts_after_update AFTER UPDATE OF text, tags, medicines ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, tags, medicines)
            VALUES ('delete', old.id, old.text, old.tags, old.medicines);
            INSERT INTO entries_fts(rowid, text, tags, medicines) VALUES (new.id, new.text, new.tags, new.medicines);
        END""",
}


def _hit(day: str | date, text_snippet: str, tags_snippet: str, score: float, medicines_snippet: str = "") -> SearchHit:
    in_tags = _OPEN not in (text_snippet or "") and _OPEN in (tags_snippet or "")
    in_medicines = not in_tags and _OPEN not in (text_snippet or "") and _OPEN in (medicines_snippet or "")
    snippet = tags_snippet.replace("\n", ", ") if in_tags else (text_snippet or "")
    if in_medicines:  # a medicine's name, dose and time: "name dose HH:MM", one medicine after another
        snippet = "; ".join(" ".join(line.split()) for line in medicines_snippet.split("\n") if line.strip())
    return SearchHit(
        date=day if isinstance(day, date) else date.fromisoformat(day),
        parts=_split_snippet(" ".join(snippet.split())),
        score=-float(score),
        in_tags=in_tags,
    )


def _split_snippet(snippet: str) -> tuple[SnippetPart, ...]:
    parts: list[SnippetPart] = []
    for index, piece in enumerate(re.split(f"[{_OPEN}{_CLOSE}]", snippet)):
        if piece:
            parts.append(SnippetPart(piece, matched=index % 2 == 1))
    return tuple(parts)
