"""C-style string and character literals as Vue writes them."""

from __future__ import annotations

_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
           "\\": "\\", '"': '"', "'": "'", "?": "?"}
_REVERSE = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b", "\f": "\\f",
            "\v": "\\v", "\\": "\\\\", '"': '\\"'}


class EscapeError(ValueError):
    """A bad escape; `offset` is its index in the literal body."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def unescape(body: str) -> str:
    """Decode the escapes of a literal body (the text between the quotes)."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(body):
            raise EscapeError("a literal cannot end with a backslash", i)
        e = body[i + 1]
        if e in _SIMPLE:
            out.append(_SIMPLE[e])
            i += 2
        elif e in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1:j], 8) & 0xFF))
            i = j
        elif e == "x":
            j = i + 2
            while j < len(body) and body[j] in "0123456789abcdefABCDEF":
                j += 1
            if j == i + 2:
                raise EscapeError("\\x needs hexadecimal digits", i)
            out.append(chr(int(body[i + 2:j], 16) & 0xFF))
            i = j
        else:
            raise EscapeError(f"unknown escape sequence '\\{e}'", i)
    return "".join(out)


def escape(text: str) -> str:
    """A Vue string literal (with the quotes) whose value is `text`."""
    out = []
    for c in text:
        if c in _REVERSE:
            out.append(_REVERSE[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\{ord(c):03o}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def comment_text(raw: str) -> str:
    """The text of a `/* */` or `//` comment token, without delimiters and outer blanks."""
    if raw.startswith("/*"):
        raw = raw[2:-2]
    else:
        raw = raw[2:]
    return raw.strip()


def block_comment(text: str) -> str:
    """`text` as a Vue `/* */` comment (a `*/` inside would end it early, so break it)."""
    return "/* " + text.replace("*/", "* /") + " */" if text else "/* */"
