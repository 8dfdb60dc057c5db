"""Vue's trace(v), a hex dump of a variable's bytes, written out in stap.

xtrace's Vue run prints trace(v) as tracemem() prints memory (runtime/stream.py
raw_bytes): a line naming the 16 columns, then per 16 bytes the offset, the bytes
in hex and as characters ('.' for what is not printable ASCII). The bytes are an
integer's `size` bytes as they lie in memory (little-endian) or a String's
characters padded with zeros to its declared length (ir.TraceValue). stap has no
such dump, but its sprintf() can build the text: a function of the translation's
own gives one row of it (the header before the first), so that the dump is one
printf per row, or, in a Vue tentative buffer, one speculate() per row (stap's
strings are MAXSTRINGLEN long: a whole String's dump may not fit in one).
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

from .literals import encode_string

_HEADER = "\n" + " " * 11 + "".join(f"  {c}" for c in "0123456789abcdef") + "  0123456789abcdef\n"

# One row of the dump; BYTE is the expression of byte dt_j (0 <= dt_j < dt_n).
_ROW = """# Vue's trace(): the row from byte dt_row of the hex dump of
# WHAT: the offset, then the bytes in hex
# and as characters ('.' if not printable ASCII); before the first row,
# the header naming the columns
function NAME:string (dt_v:TYPE, dt_n:long, dt_row:long)
{
    dt_out = dt_row ? "" : HEADER
    dt_hex = ""
    dt_txt = ""
    for (dt_j = dt_row; dt_j < dt_row + 16; dt_j++) {
        if (dt_j >= dt_n) {
            dt_hex .= "   "
            continue
        }
        dt_b = BYTE
        dt_hex .= sprintf(" %02x", dt_b)
        dt_txt .= dt_b >= 32 && dt_b <= 126 ? sprintf("%c", dt_b) : "."
    }
    return dt_out . sprintf("     %5x:%s  %s\\n", dt_row, dt_hex, dt_txt)
}"""

HELPERS = {
    "int": ("vue_trace_int", _ROW.replace("WHAT", "an integer's dt_n bytes (little-endian)")
            .replace("TYPE", "long").replace("BYTE", "(dt_v >> (8 * dt_j)) & 255")
            .replace("HEADER", encode_string(_HEADER))),
    "str": ("vue_trace_str", _ROW.replace("WHAT", "a String's dt_n bytes (its characters, then zeros)")
            .replace("TYPE", "string").replace("BYTE", "dt_j < strlen(dt_v) ? stringat(dt_v, dt_j) & 255 : 0")
            .replace("HEADER", encode_string(_HEADER))),
}


def dump_kind(s: ir.TraceValue) -> Optional[str]:
    """Which helper writes out trace(v) `s` ("int" or "str"), None when stap cannot
    say it: a value of another type, or one that is not a variable (each row reads
    it again)."""
    t = getattr(s.value, "type", None)
    if t is None or not (t.is_int or t.is_str) or s.size <= 0 or (t.is_int and s.size > 8):
        return None
    if any(not isinstance(x, (ir.Var, ir.Index, ir.IntLit, ir.StrLit, ir.Builtin)) for x in ir.walk(s.value)):
        return None
    return "str" if t.is_str else "int"


def dump_rows(s: ir.TraceValue, helper: str, value: str) -> list[str]:
    """The stap expressions of the rows of trace(v) `s`'s dump (the helper's name,
    the value's stap source)."""
    return [f"{helper}({value}, {s.size}, {row})" for row in range(0, s.size, 16)]
