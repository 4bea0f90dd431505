"""One line of text, safe to show: how every refusal and error line quotes what she typed.

A value she typed (or a file held) can be megabytes long, or hold a newline
followed by a fake "Traceback", a carriage return or a terminal escape that
would split the line or garble the terminal. Such characters are written as
escapes (a newline as ``\\n``, ESC as ``\\x1b``, a line separator as
``\\u2028``) and a long text is cut with "…". ``one_line`` quotes a value
inside a message; ``error_line`` bounds the whole message (the CLI's stderr).
"""

from __future__ import annotations

ERROR_LINE_LIMIT = 300  # characters of an error message on stderr, after escaping
QUOTED_VALUE_LIMIT = 40  # characters of one quoted value inside a message

_LINE_BREAKING = {"\u2028", "\u2029", "\u0085"}  # Unicode line and paragraph separators, NEL
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escaped(character: str) -> str:
    """The character itself, or its escape when it would break the line or drive the terminal."""
    if character in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[character]
    code = ord(character)
    if code < 0x20 or 0x7F <= code <= 0x9F:  # C0 and C1 controls, DEL: ESC would drive the terminal
        return f"\\x{code:02x}"
    if character in _LINE_BREAKING or character in _BIDI_CONTROLS or 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"  # separators, bidi overrides, lone surrogates
    return character


def error_line(message: object, limit: int = ERROR_LINE_LIMIT) -> str:
    """One line of at most ``limit`` characters: controls escaped, the rest cut with "…"."""
    pieces: list[str] = []
    length = 0
    for character in str(message):
        piece = escaped(character)
        if length + len(piece) > limit:
            while pieces and length + 1 > limit:
                length -= len(pieces.pop())
            pieces.append("…")
            break
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces)


def one_line(text: str, limit: int = QUOTED_VALUE_LIMIT) -> str:
    """``text`` made safe to quote inside a one-line message, at most ``limit`` characters (+ "…")."""
    return error_line(text[: limit * 8 + 1], limit)  # read only what can be shown: a value may be megabytes
