"""C printf, done in user space.

The kernel side of printf only ships the format's id and the raw argument
values; this module parses formats (at compile time, to check them) and
applies them to the values (at run time, in the driver), with C semantics
for 64-bit integers, plus DTrace's own conversions:

  %a / %A   a kernel (user) address as `module`symbol+0xoff` when a symbol
            table is given, else as a hexadecimal address (libdtrace does the
            same when it cannot resolve one);
  %S        a string with its non-printable characters escaped as C does;
  %Y        a walltimestamp (nanoseconds since the epoch) as
            `2026 Dec  1 09:39:29` (libdtrace's "%Y %b %e %T", local time);
            with a strftime format (dated_pieces: ProbeVue's %A, whose default
            is `12:01:2026 09:39:29`) when the program sets one;
  %e %f %g  floating point (D has no float variables: the lowering rejects
            integer arguments as DTrace does, so these only see converted values).
`*` width and precision take an integer argument each, before the value.
Size prefixes: `hh` and `h` truncate the value to 8 / 16 bits as C does;
`l`, `ll`, `j`, `z`, `t` are 64-bit, which every IR integer already is.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional, Sequence

if TYPE_CHECKING:
    from .stacks import KernelSymbols

_SPEC = re.compile(r"%(?P<flags>[-+ #0@]*)(?P<width>\d+|\*)?(?:\.(?P<prec>\d*|\*))?"
                   r"(?P<len>hh|h|ll|l|j|z|t|L)?(?P<conv>[diouxXcspaAYSeEfFgGk%])")

INT_CONVS = set("diouxXcpaAY")
STR_CONVS = set("sS")
FLOAT_CONVS = set("eEfFgG")
_M64 = (1 << 64) - 1

# A symbolizer maps a kernel address to (symbol, offset, module) or None.
Symbolizer = Callable[[int], Optional[tuple[str, int, str]]]


class FormatError(ValueError):
    pass


@dataclass(frozen=True)
class Piece:
    """A literal run (conv None) or one conversion (`*` widths read from the arguments)."""

    text: str
    conv: str | None = None
    flags: str = ""
    width: int | None = None
    prec: int | None = None
    length: str = ""
    star_width: bool = False
    star_prec: bool = False
    datefmt: str = ""  # %Y: a strftime format (dated_pieces); "" is DTrace's layout

    @property
    def nargs(self) -> int:
        """Arguments the conversion consumes (the value plus one per `*`)."""
        return 0 if self.conv is None else 1 + self.star_width + self.star_prec


def stap_pieces(pieces: list[Piece]) -> list[Piece]:
    """stap's printf (its runtime's number()) writes the `0x` of `%#x` even for 0,
    where C's printf writes `0`, and `%#c` writes the character escaped (`\n`,
    `\000`: systemtap.printf's char2.stp), where C's writes it as it is: such
    conversions get the internal flag `^`."""
    import dataclasses
    return [dataclasses.replace(p, flags=p.flags + "^") if p.conv in ("x", "X", "c") and "#" in p.flags
            else p for p in pieces]


# stap's %#c (its runtime's, as xt_char_esc in xt_str.h): C's escapes for these
_CHAR_ESCAPES = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v",
                 39: "\\'", 92: "\\\\"}


def stap_escaped_char(v: int) -> str:
    """A byte as stap's `%#c` writes it: printable ASCII but ' and \\ as it is, C's
    escape where there is one, else a backslash and three octal digits."""
    c = v & 0xFF
    if c in _CHAR_ESCAPES:
        return _CHAR_ESCAPES[c]
    if 0x20 <= c < 0x7F:
        return chr(c)
    return f"\\{c:03o}"


def dated_pieces(pieces: list[Piece], date_format: str) -> list[Piece]:
    """`%Y` conversions that print their wall-clock time with the strftime format
    `date_format` (the program's 'date_format' option: Vue's %A) instead of DTrace's."""
    import dataclasses
    return [dataclasses.replace(p, datefmt=date_format) if p.conv == "Y" else p for p in pieces]


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
        conv = m.group("conv")
        if conv == "%":
            if m.end() - i != 2:
                raise FormatError("invalid %% conversion")
            pieces.append(Piece("%"))
        else:
            w, pr = m.group("width"), m.group("prec")
            pieces.append(Piece(m.group(0), conv, m.group("flags") or "",
                                int(w) if w and w != "*" else None,
                                (int(pr) if pr else 0) if pr is not None and pr != "*" else None,
                                m.group("len") or "", w == "*", pr == "*"))
        pos = m.end()


def parse_format(fmt: str) -> list[str]:
    """One conversion letter per argument the format consumes, in order (`*` is 'd';
    printa's `%@` conversions take no argument)."""
    out: list[str] = []
    for p in compile_format(fmt):
        if p.conv and "@" not in p.flags:
            out += ["d"] * (p.star_width + p.star_prec) + [p.conv]
    return out


def _pad(body: str, flags: str, width: int | None, zero_ok: bool) -> str:
    if width is None or len(body) >= width:
        return body
    if "-" in flags:
        return body.ljust(width)
    if "0" in flags and zero_ok:
        sign = body[0] if body[:1] in ("+", "-", " ") and body[:1] else ""
        rest = body[len(sign):]
        prefix = ""
        if rest[:2] in ("0x", "0X"):
            prefix, rest = rest[:2], rest[2:]
        return sign + prefix + rest.rjust(width - len(sign) - len(prefix), "0")
    return body.rjust(width)


def _sized(v: int, length: str, signed: bool, arg_bits: int = 64) -> int:
    """v as C reads it through the size prefix (hh: char, h: short); otherwise at the
    width of the argument's own type (`arg_bits`): DTrace formats an argument by its
    D type's size, so `%x` of an int -1 is ffffffff and `%lld` of it is -1."""
    bits = {"hh": 8, "h": 16}.get(length, arg_bits)
    v &= (1 << bits) - 1
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v


def escape_string(s: str) -> str:
    """%S: the string with C escapes for what is not printable (libdtrace's strchr2esc)."""
    named = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
             "\v": "\\v", "\\": "\\\\", '"': '\\"', "\0": "\\0"}
    out = []
    for ch in s:
        if ch in named:
            out.append(named[ch])
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            # strchr2esc's `char c` is signed: a byte above 0x7e is below '!' too,
            # so each byte of a non-ASCII character is written in octal
            out.extend(f"\\{b:03o}" for b in ch.encode("utf-8", "surrogatepass"))
    return "".join(out)


def format_walltime(ns: int) -> str:
    """%Y: DTrace's `%Y %b %e %T` of a walltimestamp, e.g. `2026 Dec  1 09:39:29`."""
    t = time.localtime(ns // 1_000_000_000)
    return (f"{t.tm_year} {time.strftime('%b', t)} {t.tm_mday:2d} "
            f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}")


def format_date(ns: int, fmt: str) -> str:
    """A wall-clock time (nanoseconds since the epoch) with a strftime format, local
    time (ProbeVue's %A: by default MM:DD:YYYY hh:mm:ss)."""
    return time.strftime(fmt, time.localtime(ns // 1_000_000_000))


def format_symbol(addr: int, symbolize: Optional[Symbolizer], offset: bool = True) -> str:
    """%a: `module`symbol+0xoff` (or `module`symbol at offset 0), the bare address when
    nothing resolves it (libdtrace prints the hexadecimal address then)."""
    u = addr & _M64
    hit = symbolize(u) if symbolize else None
    if hit is None:
        return f"0x{u:x}"
    sym, off, mod = hit
    name = f"{mod}`{sym}" if mod else sym
    return f"{name}+0x{off:x}" if off and offset else name


def format_stack(text: str, flags: str, width: int | None) -> str:
    """printa's %k of a stack key (its frames as the default layout prints them: a
    newline, then one indented frame a line), as libdtrace's pfprint_stack does: a
    newline, then each frame through %s with the conversion's flags and width,
    indented by the width when left-aligned (`%-14k`), else not at all."""
    frames = [ln.lstrip(" ") for ln in text.split("\n")[1:] if ln.strip()]
    indent = (width or 0) if "-" in flags else 0
    return "\n" + "".join(" " * indent + _pad(f, flags, width, False) + "\n" for f in frames)


def format_one(p: Piece, value: int | str | float, width: int | None = None,
               prec: int | None = None, symbolize: Optional[Symbolizer] = None,
               bits: int = 64, unsigned: bool = False) -> str:
    """Apply one conversion to one value, as C's printf would for 64-bit ints.
    `width`/`prec` override the piece's (they come from `*` arguments); `bits` is
    the width of the value's type (see _sized), `unsigned` whether that type is
    unsigned: DTrace's plain %d shows an unsigned value as %u does (libdtrace's
    pfcheck_dint), so `%d` of an unsigned int 0x90abcdef is 2427178479."""
    conv, flags = p.conv, p.flags
    width = p.width if width is None else width
    prec = p.prec if prec is None else prec
    if width is not None and width < 0:  # C: a negative * width means '-' and |width|
        flags, width = flags + "-", -width
    if prec is not None and prec < 0:
        prec = None
    if conv == "k":
        return format_stack(str(value), flags, width)
    if conv in STR_CONVS:
        s = str(value)
        if conv == "S":
            s = escape_string(s)
        if prec is not None:
            s = s[:prec]
        return _pad(s, flags, width, False)
    if conv in FLOAT_CONVS:
        spec = "%" + flags + (str(width) if width is not None else "") + \
            (f".{prec}" if prec is not None else "") + conv
        return spec % float(value)
    if conv == "c":
        if "#" in flags and "^" in flags:
            return _pad(stap_escaped_char(int(value)), flags.replace("^", ""), width, False)
        return _pad(chr(int(value) & 0xFF), flags, width, False)
    if conv == "Y":
        date = format_date(int(value), p.datefmt) if p.datefmt else format_walltime(int(value))
        return _pad(date, flags, width, False)
    if conv in "aA":
        if isinstance(value, str):  # D's %A: the driver named the user address already
            return _pad(value, flags, width, False)
        return _pad(format_symbol(int(value), symbolize), flags, width, False)
    if conv in "di" and not (conv == "d" and unsigned and not p.length):
        v = _sized(int(value), p.length, True, bits)
        body = str(abs(v))
        if prec is not None:
            body = "" if prec == 0 and v == 0 else body.rjust(prec, "0")
        sign = "-" if v < 0 else ("+" if "+" in flags else (" " if " " in flags else ""))
        return _pad(sign + body, flags, width, prec is None)
    u = _sized(int(value), p.length, False, bits) & _M64
    if conv in "ud":
        body = str(u)
        if prec is not None:
            body = body.rjust(prec, "0")
    elif conv == "o":
        body = format(u, "o")
        if prec is not None:
            body = body.rjust(prec, "0")
        if "#" in flags and body[0] != "0":
            body = "0" + body
    elif conv in "xX":
        body = format(u, conv)
        if prec is not None:
            body = body.rjust(prec, "0")
        if "#" in flags and (u or "^" in flags):
            body = ("0x" if conv == "x" else "0X") + body
    else:  # 'p'
        body = "0x" + format(u, "x")
    return _pad(body, flags, width, prec is None)


def apply_format(pieces: list[Piece], values: Sequence[int | str | float],
                 symbolize: Optional[Symbolizer] = None,
                 bits: Optional[Sequence[Optional[int]]] = None,
                 unsigned: Optional[Sequence[bool]] = None) -> str:
    """Format values with a compiled format (`*` arguments come before their value).
    `bits`, one per value, gives the width of each integer value's type (64 if None);
    `unsigned`, one per value, whether that type is unsigned (see format_one)."""
    out: list[str] = []
    it = iter(values)
    bit_it = iter(bits or ())
    sign_it = iter(unsigned or ())
    for p in pieces:
        if p.conv is None:
            out.append(p.text)
            continue
        width = int(next(it)) if p.star_width else None
        if p.star_width:
            next(bit_it, None)
            next(sign_it, None)
        prec = int(next(it)) if p.star_prec else None
        if p.star_prec:
            next(bit_it, None)
            next(sign_it, None)
        out.append(format_one(p, next(it), width, prec, symbolize, next(bit_it, None) or 64,
                              bool(next(sign_it, False))))
    return "".join(out)


def kallsyms_symbolizer(text: str, modules_then: Optional[str] = None,
                        modules_now: Optional[str] = None) -> Symbolizer:
    """A Symbolizer over a /proc/kallsyms dump: the text or data symbol an address
    lies in, with its module (`vmlinux` for the core kernel, as Linux DTrace names
    it); module symbols placed as runtime/stacks.KernelSymbols places them."""
    from .stacks import KernelSymbols
    return symbolizer_of(KernelSymbols(text, modules_then, modules_now, types=None))


def symbolizer_of(syms: KernelSymbols) -> Symbolizer:
    """printf's %a resolver over parsed kernel symbols (every type: %a names data too)."""
    every = syms.with_types(None)

    def look(addr: int) -> Optional[tuple[str, int, str]]:
        f = every.resolve(addr)
        return None if f.sym is None else (f.sym, f.off, f.mod)

    return look
