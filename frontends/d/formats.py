"""D string literals and printf-style formats, in both directions.

The IR keeps strings decoded (a real newline, not backslash-n); the lowering
decodes D escapes and the printer re-escapes, so the round trip is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SIMPLE_ESCAPES = {
    "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
    "\\": "\\", '"': '"', "'": "'", "?": "?",
}
_OCTAL = "01234567"
_HEX = "0123456789abcdefABCDEF"


class EscapeError(ValueError):
    """A bad escape; `offset` is its index in the literal body (after the quote)."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def decode_escapes(body: str) -> str:
    """Decode the C escapes of a D string/char literal body (without its quotes)."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(body):
            raise EscapeError("string ends with a lone backslash", i)
        e = body[i + 1]
        if e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
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
        elif e == "\n":  # backslash-newline continues the literal
            i += 2
        else:
            raise EscapeError(f"invalid escape sequence '\\{e}'", i)
    return "".join(out)


_ENCODE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
           "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}


def encode_string(value: str) -> str:
    """A D string literal (with quotes) whose decoded value is `value`."""
    out = []
    for i, c in enumerate(value):
        if c in _ENCODE:
            out.append(_ENCODE[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            # Three octal digits always, so a following digit cannot extend it.
            out.append(f"\\{ord(c):03o}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


# ---------------------------------------------------------------- conversions

_CONV_RE = re.compile(
    r"%(?P<flags>[-+ #0@']*)(?P<width>\*|\d+)?(?:\.(?P<prec>\*|\d*))?"
    r"(?P<length>hh|h|ll|l|L|j|z|t|q)?(?P<conv>.?)", re.S)

# Conversions the IR's C printf can do for integers and strings.
SUPPORTED_CONVS = set("diuoxXcsp")
# Valid D conversions with no IR meaning yet (symbols, dates, floats, ...).
UNSUPPORTED_CONVS = set("aAkSYeEfFgG")


@dataclass
class Conv:
    """One `%...` conversion of a format string (`%%` included, with conv '%')."""

    start: int
    end: int
    flags: str
    width: str | None
    prec: str | None
    length: str | None
    conv: str

    @property
    def args(self) -> int:
        """How many printf arguments the conversion consumes (`*` takes one each)."""
        if self.conv == "%":
            return 0
        return 1 + (self.width == "*") + (self.prec == "*")

    @property
    def is_agg(self) -> bool:
        """A printa `%@` conversion: the aggregation value."""
        return "@" in self.flags


class FormatError(ValueError):
    """A bad conversion; `offset` is its index in the decoded format."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def conversions(fmt: str) -> list[Conv]:
    """The conversions of a decoded format string, validated for the IR."""
    out = []
    for m in re.finditer(r"%", fmt):
        if out and m.start() < out[-1].end:
            continue  # the second % of a %%
        cm = _CONV_RE.match(fmt, m.start())
        assert cm is not None
        conv = cm.group("conv")
        c = Conv(cm.start(), cm.end(), cm.group("flags"), cm.group("width"),
                 cm.group("prec"), cm.group("length"), conv)
        if conv == "":
            raise FormatError("format ends in the middle of a conversion", m.start())
        if conv == "%":
            if cm.end() - cm.start() != 2:
                raise FormatError("invalid %% conversion", m.start())
        elif conv in UNSUPPORTED_CONVS:
            raise FormatError(f"format conversion '%{conv}' is not supported yet", m.start())
        elif conv not in SUPPORTED_CONVS:
            raise FormatError(f"invalid format conversion '%{conv}'", m.start())
        out.append(c)
    return out


def strip_agg_flag(fmt: str, conv: Conv) -> str:
    """`fmt` with the '@' removed from `conv` (printa's %@d becomes the IR's %d)."""
    flags = conv.flags.replace("@", "")
    return fmt[:conv.start] + "%" + flags + fmt[conv.start + 1 + len(conv.flags):]


def add_agg_flag(fmt: str, conv: Conv) -> str:
    """`fmt` with '@' put in front of `conv`'s flags (the IR's %d becomes printa's %@d)."""
    return fmt[:conv.start] + "%@" + fmt[conv.start + 1:]
