"""stap literals: C-escaped strings and C integer spellings, both directions."""

from __future__ import annotations

from xtrace.ir.loc import Loc, XtraceError

from xtrace.frontends.c_literals import EscapeError, decode, encode

_UINT64_MAX = (1 << 64) - 1


# The escapes stap's lexer hands on to the C literal it writes; before any other
# character (`\"`, `\s`, `\x`) it drops the backslash and keeps the character,
# so "%\s" is "%s" and "\x41" is "x41" (its lexer has no hex escapes).
_STAP_ESCAPES = "abtnvfr01234567\\"


def _stap_escapes(body: str) -> str:
    """`body` with the escapes stap does not hand on to C replaced by their character."""
    out: list[str] = []
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body) and body[i + 1] not in _STAP_ESCAPES:
            out.append(body[i + 1])
            i += 2
        elif body[i] == "\\" and i + 1 < len(body):
            out.append(body[i:i + 2])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def decode_string(token_text: str, loc: Loc, source: str | None = None) -> str:
    """The value of a stap string literal (`"a\\tb"` with its quotes): escapes decoded
    as stap's lexer and then C decode them."""
    try:
        return decode(_stap_escapes(token_text[1:-1]))
    except EscapeError as ex:
        raise XtraceError(f"{ex} in string", loc, source) from None


def decode_strings(tokens, loc: Loc, source: str | None = None) -> str:
    """The value of adjacent string literals (`"sys_" "open"`): one string, as stap glues them."""
    return "".join(decode_string(t.getText(), loc, source) for t in tokens)


def encode_string(value: str) -> str:
    """A stap string literal (with quotes) whose value is `value`."""
    return encode(value)


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
