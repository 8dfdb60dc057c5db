"""C string literals, which all three languages share.

D, SystemTap and Vue spell strings with C's escapes; the IR keeps them
decoded (a real newline, not backslash-n). Each frontend decodes with
`decode` and its printer re-encodes with `encode`, so translation round
trips exactly.
"""

from __future__ import annotations

SIMPLE_ESCAPES = {
    "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
    "\\": "\\", '"': '"', "'": "'", "?": "?",
}
_ENCODE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
           "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_OCTAL = "01234567"
_HEX = "0123456789abcdefABCDEF"


class EscapeError(ValueError):
    """A bad escape; `offset` is its index in the literal body (after the quote)."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def decode(body: str, unknown: str = "unknown escape sequence", continuation: bool = False,
           keep_unknown: bool = False) -> str:
    """Decode the C escapes of a literal body (the text between the quotes).

    `unknown` words the error for an escape C does not have; `keep_unknown`
    keeps such an escape as its backslash and character instead (D does);
    `continuation` lets backslash-newline continue the literal (D does)."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(body):
            raise EscapeError("a literal cannot end with a lone backslash", i)
        e = body[i + 1]
        if e in SIMPLE_ESCAPES:
            out.append(SIMPLE_ESCAPES[e])
            i += 2
        elif e in _OCTAL:
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in _OCTAL:
                j += 1
            out.append(chr(int(body[i + 1:j], 8) & 0xFF))
            i = j
        elif e == "x":
            j = i + 2
            while j < len(body) and body[j] in _HEX:
                j += 1
            if j == i + 2:
                raise EscapeError("\\x used with no following hex digits", i)
            out.append(chr(int(body[i + 2:j], 16) & 0xFF))
            i = j
        elif e == "\n" and continuation:
            i += 2
        elif keep_unknown:
            out.append("\\" + e)
            i += 2
        else:
            raise EscapeError(f"{unknown} '\\{e}'", i)
    return "".join(out)


def encode(value: str) -> str:
    """A C string literal (with its quotes) whose decoded value is `value`."""
    out = []
    for c in value:
        if c in _ENCODE:
            out.append(_ENCODE[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            # Always three octal digits, so a following digit cannot extend it.
            out.append(f"\\{ord(c):03o}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'
