"""A JSON export read and written a piece at a time, so the worker never holds the interpreter lock for long.

Why. ``json.loads`` of a 60 MB export (100,000 pages) is one C call of 0.7 s,
and ``json.dumps`` of the whole document ends in one join and one encode of
60 MB: while a C call runs, no other Python thread does, so the window's event
loop froze for as long (issue 13, budget 4: never frozen).

Reading: :func:`parse_document` decodes the bytes 1 MB at a time (a 60 MB
text is never made whole: decoding or joining it is 0.1 s in one C call), walks
the document's top level and the lists directly under it in Python, and reads
each list item (one page, one recorded date) with json's own scanner.
The walk follows json's C scanner (``_parse_object_unicode`` and
``_parse_array_unicode`` in CPython's ``Modules/_json.c``) step for step, so the
value is the one ``json.loads`` gives and a malformed file raises the same
``JSONDecodeError``, message and position, at the same place.

Writing: :func:`document_chunks` gives the bytes of
``json.dumps(document, ensure_ascii=False, indent=2) + "\\n"`` a list item at a
time, with the items of one list (the pages) coming from an iterator of batches.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Iterator
from json import decoder as json_decoder
from json.decoder import JSONDecodeError
from typing import Any, cast

DECODE_STEP = 1 << 20  # bytes decoded between two chances for the window's thread to run
TICK_EVERY = 256  # list items read between two reports of how far the reading is

_WHITESPACE = re.compile(r"[ \t\n\r]*")  # json.decoder.WHITESPACE: what json skips between tokens
Scanner = Callable[[str, int], tuple[Any, int]]
# json's own readers (C when built): the string reader keys are read with, and the value scanner json.loads uses
scanstring = cast(Callable[[str, int, bool], tuple[str, int]], getattr(json_decoder, "scanstring"))  # noqa: B009
_INDENT = 2  # the export's indent (json_format.document_to_bytes)


def parse_document(raw: bytes, tick: Callable[[int, int], None] | None = None) -> Any:
    """``json.loads(raw.decode("utf-8-sig"))``, decoded and read a piece at a time.

    Raises what that would: ``UnicodeDecodeError`` (a bad byte at the same ``start``, and
    before any complaint about the JSON, as when the whole text was decoded first) or
    ``JSONDecodeError`` with the same message, position, line and column. ``tick(done,
    total)`` hears the bytes decoded so far every ``TICK_EVERY`` list items; whatever it
    raises (she cancelled) stops the reading.
    """
    return _Walk(raw, tick).document()


class _Walk:
    """One pass over one file's bytes; see the module docstring for why it mirrors json's C scanner.

    The text is held as a window: ``buffer`` is the decoded text from character
    ``base`` on, a step or so long; what the walk has passed is dropped as the next
    step is decoded. Indices in the methods are into ``buffer``. A value cut by the
    window's end is read again with more text; a complaint is only made once the
    window holds the rest of the file, so it is the one the whole text would give.
    """

    def __init__(self, raw: bytes, tick: Callable[[int, int], None] | None) -> None:
        bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
        self.raw = raw[bom:] if bom else raw  # utf-8-sig counts a bad byte's place after the mark
        self.body = memoryview(self.raw)
        self.decoded = 0  # bytes of body decoded into the window so far
        self.buffer = ""
        self.base = 0  # the character of the whole text that buffer[0] is
        self.lines_before = 0  # line breaks before base
        self.last_break = -1  # the whole text's index of the last line break before base (-1: none)
        self.tick = tick
        self.items = 0
        self.skip_spaces = _WHITESPACE.match
        self.scan = cast(Scanner, getattr(json.JSONDecoder(), "scan_once"))  # noqa: B009 (as json.loads, strict)

    # -- the window ---------------------------------------------------------------------

    def more(self) -> bool:
        return self.decoded < len(self.body)

    def _decode(self, start: int, step: int) -> tuple[str, int]:
        """The text of ``step`` bytes (or a few more, to end a character) from ``start``; the bytes used."""
        size = step
        try:
            while True:
                last = start + size >= len(self.body)
                text, used = codecs.utf_8_decode(self.body[start : start + size], "strict", last)
                if used or last:
                    return text, used
                size += 4  # the step cut the only character in it: take the rest of it too
        except UnicodeDecodeError as error:
            raise UnicodeDecodeError(error.encoding, self.raw, start + error.start, start + error.end, error.reason) from None

    def grow(self, keep: int, at_least: int = 0) -> int:
        """Drop the window before ``keep``, decode at least one more step (``at_least`` characters); ``keep``'s new index (0)."""
        dropped = self.buffer[:keep]
        self.lines_before += dropped.count("\n")
        last_break = dropped.rfind("\n")
        if last_break >= 0:
            self.last_break = self.base + last_break
        self.base += keep
        pieces = [self.buffer[keep:]]
        added = 0
        while self.more() and (added == 0 or added < at_least):
            text, used = self._decode(self.decoded, DECODE_STEP)
            self.decoded += used
            pieces.append(text)
            added += len(text)
        self.buffer = "".join(pieces)
        return 0

    def complaint(self, message: str, at: int) -> JSONDecodeError:
        """What json.loads would raise for the whole text, at ``at`` in the window.

        A bad byte anywhere in the file comes first, as when the whole text was decoded first.
        """
        while self.more():
            used = self._decode(self.decoded, DECODE_STEP)[1]
            self.decoded += used
        position = self.base + at
        line_break = self.buffer.rfind("\n", 0, at)
        error = JSONDecodeError(message, self.buffer, at)  # then made to name the place in the whole text
        error.pos = position
        error.lineno = self.lines_before + self.buffer.count("\n", 0, at) + 1
        error.colno = at - line_break if line_break >= 0 else position - self.last_break
        error.args = (f"{message}: line {error.lineno} column {error.colno} (char {position})",)
        return error

    def char(self, at: int) -> tuple[str, int]:
        """The character at ``at`` ("" at the end of the text), and ``at`` in the window after growing it."""
        while at >= len(self.buffer) and self.more():
            at = self.grow(at)
        return self.buffer[at : at + 1], at

    def skip(self, at: int) -> int:
        """Past the spaces and line breaks from ``at``."""
        while True:
            spaces = self.skip_spaces(self.buffer, at)
            end = spaces.end() if spaces is not None else at  # the pattern matches even nothing
            if end < len(self.buffer) or not self.more():
                return end
            at = self.grow(end)

    def scanned(self, at: int) -> tuple[Any, int]:
        """One value read whole by json's scanner; read again with a longer window when the window cut it."""
        while True:
            try:
                value, end = self.scan(self.buffer, at)
            except StopIteration as stop:
                problem: tuple[str, int] | None = ("Expecting value", stop.value)
            except JSONDecodeError as error:
                problem = (error.msg, error.pos)
            except (RecursionError, ValueError):  # nested too deeply, a number too long: as json.loads raises them
                if not self.more():
                    raise
                problem = None
            else:
                if end + 2 < len(self.buffer) or not self.more():  # a number may end where the window does
                    return value, end
                problem = None
            if not self.more():
                assert problem is not None
                raise self.complaint(*problem)
            at = self.grow(at, at_least=len(self.buffer))  # doubled: a real mistake is found in as few reads

    # -- the walk -----------------------------------------------------------------------

    def document(self) -> Any:
        value, end = self.value(self.skip(0), 0)
        end = self.skip(end)
        if end < len(self.buffer):
            raise self.complaint("Extra data", end)
        return value

    def value(self, at: int, depth: int) -> tuple[Any, int]:
        """The value at ``at``: the top-level object and the lists in it are walked, anything else is read whole."""
        first, at = self.char(at)
        if first == "{" and depth == 0:
            return self.object(at + 1, depth)
        if first == "[" and depth <= 1:
            return self.array(at + 1, depth)
        return self.scanned(at)

    def key(self, at: int) -> tuple[str, int]:
        """The member's name from its opening quote at ``at``: json's own string reader."""
        while True:
            try:
                name: str
                name, end = scanstring(self.buffer, at + 1, True)
            except JSONDecodeError as error:
                if not self.more():
                    raise self.complaint(error.msg, error.pos) from None
                at = self.grow(at, at_least=len(self.buffer))
            else:
                return name, end

    def object(self, at: int, depth: int) -> tuple[dict[str, Any], int]:
        result: dict[str, Any] = {}
        at = self.skip(at)
        first, at = self.char(at)
        if first == "}":
            return result, at + 1
        while True:
            first, at = self.char(at)
            if first != '"':
                raise self.complaint("Expecting property name enclosed in double quotes", at)
            name, at = self.key(at)
            at = self.skip(at)
            first, at = self.char(at)
            if first != ":":
                raise self.complaint("Expecting ':' delimiter", at)
            result[name], at = self.value(self.skip(at + 1), depth + 1)
            at = self.skip(at)
            first, at = self.char(at)
            if first == "}":
                return result, at + 1
            if first != ",":
                raise self.complaint("Expecting ',' delimiter", at)
            at = self.skip(at + 1)

    def array(self, at: int, depth: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        at = self.skip(at)
        first, at = self.char(at)
        if first == "]":
            return items, at + 1
        while True:
            item, at = self.value(at, depth + 1)
            items.append(item)
            self.items += 1
            if self.tick is not None and self.items % TICK_EVERY == 0:
                self.tick(self.decoded, len(self.body))
            at = self.skip(at)
            first, at = self.char(at)
            if first == "]":
                return items, at + 1
            if first != ",":
                raise self.complaint("Expecting ',' delimiter", at)
            at = self.skip(at + 1)


# -- writing ---------------------------------------------------------------------------


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=_INDENT)


def document_chunks(document: dict[str, Any], streamed: str, batches: Iterable[list[Any]]) -> Iterator[bytes]:
    """The bytes of ``json.dumps(document, ensure_ascii=False, indent=2) + "\\n"``, with ``document[streamed]``
    being the items of ``batches`` (each batch one chunk) instead of what ``document`` holds there.

    A member of the top-level object is ``json.dumps({key: value})`` less its braces; a list item
    two levels down is ``json.dumps(item)`` with every line break indented by two levels (a JSON
    string never holds a bare line break: json writes it as ``\\n``).
    """
    members = list(document)
    yield b"{\n"
    for number, key in enumerate(members):
        comma = ",\n" if number + 1 < len(members) else "\n"
        if key != streamed:
            yield (_dumps({key: document[key]})[2:-2] + comma).encode("utf-8")
            continue
        opening = _dumps({key: []})[2:-2][: -len("[]")]  # '  "entries": '
        inner, outer = "\n" + " " * (2 * _INDENT), "\n" + " " * _INDENT
        wrote = False
        for batch in batches:
            pieces = []
            for item in batch:
                pieces.append(("," if wrote else opening + "[") + inner + _dumps(item).replace("\n", inner))
                wrote = True
            if pieces:
                yield "".join(pieces).encode("utf-8")
        yield ((outer + "]" if wrote else opening + "[]") + comma).encode("utf-8")
    yield b"}\n"
