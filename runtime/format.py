"""C printf, done in user space.

The kernel side of printf only ships the format's id and the raw argument
values; this module parses formats (at compile time, to check them) and
applies them to the values (at run time, in the driver), with C semantics
for 64-bit integers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPEC = re.compile(r"%(?P<flags>[-+ #0]*)(?P<width>\d+|\*)?(?:\.(?P<prec>\d+|\*))?"
                   r"(?P<len>hh|h|ll|l|j|z|t|L)?(?P<conv>[diouxXcsp%])")

INT_CONVS = set("diouxXcp")


class FormatError(ValueError):
    pass


@dataclass(frozen=True)
class Piece:
    """A literal run (conv None) or one conversion."""

    text: str
    conv: str | None = None
    flags: str = ""
    width: int | None = None
    prec: int | None = None


def compile_format(fmt: str) -> list[Piece]:
    """Split a format into literal pieces and conversions; raise FormatError on bad ones."""
    pieces: list[Piece] = []
    pos = 0
    while True:
        i = fmt.find("%", pos)
        if i < 0:
            if pos < len(fmt):
                pieces.append(Piece(fmt[pos:]))
            return pieces
        if i > pos:
            pieces.append(Piece(fmt[pos:i]))
        m = _SPEC.match(fmt, i)
        if not m:
            raise FormatError(f"unsupported conversion at '{fmt[i:i + 4]}'")
        if m.group("width") == "*" or m.group("prec") == "*":
            raise FormatError("'*' width or precision is not supported yet")
        conv = m.group("conv")
        if conv == "%":
            pieces.append(Piece("%"))
        else:
            pieces.append(Piece(m.group(0), conv, m.group("flags") or "",
                                int(m.group("width")) if m.group("width") else None,
                                int(m.group("prec")) if m.group("prec") else None))
        pos = m.end()


def parse_format(fmt: str) -> list[str]:
    """The conversion letters of a format, in order (what the arguments must match)."""
    return [p.conv for p in compile_format(fmt) if p.conv]


def _pad(body: str, flags: str, width: int | None, zero_ok: bool) -> str:
    if width is None or len(body) >= width:
        return body
    if "-" in flags:
        return body.ljust(width)
    if "0" in flags and zero_ok:
        sign = body[0] if body[:1] in "+- " else ""
        rest = body[len(sign):]
        prefix = ""
        if rest[:2] in ("0x", "0X"):
            prefix, rest = rest[:2], rest[2:]
        return sign + prefix + rest.rjust(width - len(sign) - len(prefix), "0")
    return body.rjust(width)


def format_one(p: Piece, value: int | str) -> str:
    """Apply one conversion to one value, as C's printf would for 64-bit ints."""
    conv, flags = p.conv, p.flags
    if conv == "s":
        s = str(value)
        if p.prec is not None:
            s = s[:p.prec]
        return _pad(s, flags, p.width, False)
    if conv == "c":
        return _pad(chr(int(value) & 0xFF), flags, p.width, False)
    v = int(value)
    if conv in "di":
        body = str(abs(v))
        if p.prec is not None:
            body = body.rjust(p.prec, "0")
        sign = "-" if v < 0 else ("+" if "+" in flags else (" " if " " in flags else ""))
        return _pad(sign + body, flags, p.width, p.prec is None)
    u = v & 0xFFFFFFFFFFFFFFFF
    if conv == "u":
        body = str(u)
    elif conv == "o":
        body = format(u, "o")
        if "#" in flags and body[0] != "0":
            body = "0" + body
    elif conv in "xX":
        body = format(u, conv)
        if p.prec is not None:
            body = body.rjust(p.prec, "0")
        if "#" in flags and u:
            body = ("0x" if conv == "x" else "0X") + body
    else:  # 'p'
        body = "0x" + format(u, "x")
    return _pad(body, flags, p.width, p.prec is None)


def apply_format(pieces: list[Piece], values: list[int | str]) -> str:
    """Format values with a compiled format."""
    out: list[str] = []
    it = iter(values)
    for p in pieces:
        out.append(p.text if p.conv is None else format_one(p, next(it)))
    return "".join(out)
