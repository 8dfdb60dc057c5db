"""stap literals: C-escaped strings and C integer spellings, both directions."""

from __future__ import annotations

from xtrace.ir.loc import Loc, XtraceError

from .tables import ESCAPES

_UINT64_MAX = (1 << 64) - 1


def decode_string(token_text: str, loc: Loc, source: str | None = None) -> str:
    """The value of a stap string literal (`"a\\tb"` with its quotes): C escapes decoded."""
    body = token_text[1:-1]
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]  # the lexer guarantees a character after a backslash
        if nxt in ESCAPES:
            out.append(ESCAPES[nxt])
            i += 2
        elif nxt in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1:j], 8) & 0xFF))
            i = j
        elif nxt == "x":
            j = i + 2
            while j < len(body) and body[j] in "0123456789abcdefABCDEF":
                j += 1
            if j == i + 2:
                raise XtraceError("\\x used with no following hex digits", loc, source)
            out.append(chr(int(body[i + 2:j], 16) & 0xFF))
            i = j
        else:
            raise XtraceError(f"unknown escape sequence '\\{nxt}' in string", loc, source)
    return "".join(out)


def encode_string(value: str) -> str:
    """A stap string literal (with quotes) whose value is `value`."""
    out = ['"']
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def to_int64(value: int) -> int:
    """`value` wrapped to a signed 64-bit integer (stap numbers are int64_t)."""
    value &= _UINT64_MAX
    return value - (1 << 64) if value > (1 << 63) - 1 else value


def parse_int(text: str, loc: Loc, source: str | None = None, negate: bool = False) -> int:
    """A stap integer literal: decimal, 0x hex or 0-prefixed octal (as C's strtoll base 0).

    `negate` folds a leading unary minus first, so that -9223372036854775808 fits."""
    if text[:2] in ("0x", "0X"):
        value = int(text[2:], 16)
    elif len(text) > 1 and text[0] == "0":
        if any(c in "89" for c in text):
            raise XtraceError(f"invalid octal number '{text}'", loc, source)
        value = int(text, 8)
    else:
        value = int(text, 10)
    if value > _UINT64_MAX:
        raise XtraceError(f"number '{text}' does not fit in 64 bits", loc, source)
    # 0xffffffffffffffff is -1, as in C
    return to_int64(-value if negate else value)
