"""D string literals and printf-style formats, in both directions.

The IR keeps strings decoded (a real newline, not backslash-n); the lowering
decodes D escapes and the printer re-escapes, so the round trip is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xtrace.frontends.c_literals import EscapeError, decode, encode  # noqa: F401 (re-exported)


def decode_escapes(body: str) -> str:
    """Decode the C escapes of a D string/char literal body (without its quotes).

    An escape C does not have stays as written, its backslash and character:
    libdtrace's stresc2chr() copies both (dtrace-utils libdtrace/dt_string.c),
    so `printf("write \\ system call")` prints `write \\ system call`
    (JKO/dtrace-scripts' dtracing.d)."""
    return decode(body, unknown="invalid escape sequence", continuation=True, keep_unknown=True)


def encode_string(value: str) -> str:
    """A D string literal (with quotes) whose decoded value is `value`."""
    return encode(value)


# ---------------------------------------------------------------- conversions

# dt_printf_create reads '@' as a flag wherever it stands before the conversion
# name, so `%@8d`, `%-@8d`, `%8@d` and `%8.2@d` all mean the same: the '@' groups
# after the width and after the precision catch the last two.
_CONV_RE = re.compile(
    r"%(?P<flags>[-+ #0@']*)(?P<width>\*|\d+)?(?P<at1>@*)(?:\.(?P<prec>\*|\d*))?(?P<at2>@*)"
    r"(?P<length>hh|h|ll|l|L|j|z|t|q)?(?P<conv>.?)", re.S)

# Conversions the driver's printf (runtime/format.py) applies (%k: a stack()
# or ustack() aggregation key in printa()).
SUPPORTED_CONVS = set("diuoxXcspaAYSeEfFgGk")
# Valid D conversions with no IR meaning yet.
UNSUPPORTED_CONVS: set[str] = set()


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
        flags = cm.group("flags") + cm.group("at1") + cm.group("at2")
        c = Conv(cm.start(), cm.end(), flags, cm.group("width"),
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


def _spec(conv: Conv, agg: bool) -> str:
    """The text of `conv` rebuilt, with its '@' (if `agg`) first among the flags."""
    flags = ("@" if agg else "") + conv.flags.replace("@", "")
    prec = "" if conv.prec is None else "." + conv.prec
    return f"%{flags}{conv.width or ''}{prec}{conv.length or ''}{conv.conv}"


def strip_agg_flag(fmt: str, conv: Conv) -> str:
    """`fmt` with the '@' removed from `conv` (printa's %@d becomes the IR's %d)."""
    return fmt[:conv.start] + _spec(conv, False) + fmt[conv.end:]


def canonical_agg_flags(fmt: str) -> str:
    """`fmt` with every '@' moved to the front of its conversion's flags (`%8@d`
    becomes `%@8d`), the one spelling the driver's printf parses."""
    out, pos = [], 0
    for c in conversions(fmt):
        if c.is_agg:
            out += [fmt[pos:c.start], _spec(c, True)]
            pos = c.end
    return "".join(out) + fmt[pos:]


def add_agg_flag(fmt: str, conv: Conv) -> str:
    """`fmt` with '@' put in front of `conv`'s flags (the IR's %d becomes printa's %@d)."""
    return fmt[:conv.start] + "%@" + fmt[conv.start + 1:]
