"""Vue's trace(v) and D's tracemem(), hex dumps of bytes, written out in stap.

xtrace's Vue run prints trace(v) as tracemem() prints memory (runtime/stream.py
raw_bytes): a line naming the 16 columns, then per 16 bytes the offset, the bytes
in hex and as characters ('.' for what is not printable ASCII). The bytes are an
integer's `size` bytes as they lie in memory (little-endian) or a String's
characters padded with zeros to its declared length (ir.TraceValue). stap has no
such dump, but its sprintf() can build the text: a function of the translation's
own gives one row of it (the header before the first), so that the dump is one
printf per row, or, in a Vue tentative buffer, one speculate() per row (stap's
strings are MAXSTRINGLEN long: a whole String's dump may not fit in one).

D's tracemem(addr, size) prints memory the same way: the row function reads the
bytes at the address, from the user's memory for tracemem(copyin(uaddr, n), size)
(JKO's write-entries.d, `tracemem(copyin(arg1, 80), 80)`), with user_char_error()
(a fault ends the clause, in the try block a D clause that can fault is in), or
the kernel's for a kernel address, with kernel_char().
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
    dt_out = dt_row ? "" :
             HEADER
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

# tracemem()'s: its third argument can show fewer bytes than the rows written,
# and a row past them prints nothing (nor the header, for none)
_MEM_ROW = _ROW.replace("Vue's trace()", "D's tracemem()").replace(
    "# the header naming the columns\n", "# the header naming the columns; a row from byte dt_n on\n# prints nothing\n").replace(
    "{\n    dt_out =", "{\n    if (dt_row >= dt_n)\n        return \"\"\n    dt_out =", 1)

HELPERS = {
    "int": ("vue_trace_int", _ROW.replace("WHAT", "an integer's dt_n bytes (little-endian)")
            .replace("TYPE", "long").replace("BYTE", "(dt_v >> (8 * dt_j)) & 255")
            .replace("HEADER", encode_string(_HEADER))),
    "str": ("vue_trace_str", _ROW.replace("WHAT", "a String's dt_n bytes (its characters, then zeros)")
            .replace("TYPE", "string").replace("BYTE", "dt_j < strlen(dt_v) ? stringat(dt_v, dt_j) & 255 : 0")
            .replace("HEADER", encode_string(_HEADER))),
    "user": ("tracemem_user", _MEM_ROW
             .replace("WHAT", "the dt_n bytes of user memory at dt_v")
             .replace("TYPE", "long").replace("BYTE", "user_char_error(dt_v + dt_j) & 255")
             .replace("HEADER", encode_string(_HEADER))),
    "kernel": ("tracemem_kernel", _MEM_ROW
               .replace("WHAT", "the dt_n bytes of kernel memory at dt_v")
               .replace("TYPE", "long").replace("BYTE", "kernel_char(dt_v + dt_j) & 255")
               .replace("HEADER", encode_string(_HEADER))),
}


def memory_dump(s: ir.TraceMem) -> Optional[tuple[str, ir.Expr]]:
    """(helper kind, address) for D's tracemem() `s`, None when stap cannot say it:
    a copyin() of fewer bytes than are dumped or of a count not known here (DTrace
    dumps its scratch memory beyond them), or an address or shown count each row
    could not read again alike."""
    if s.size <= 0 or (s.shown is not None and not _rereadable(s.shown)):
        return None
    addr, kind = s.addr, "kernel"
    if isinstance(addr, ir.Call) and addr.name == "copyin" and len(addr.args) == 2:
        n = addr.args[1]
        if not isinstance(n, ir.IntLit) or n.value < s.size:
            return None
        addr, kind = addr.args[0], "user"
    return (kind, addr) if _rereadable(addr) else None


def _rereadable(e: ir.Expr) -> bool:
    return all(isinstance(x, (ir.Var, ir.Index, ir.IntLit, ir.Builtin, ir.ProbeArg, ir.SyscallVar, ir.Binary))
               for x in ir.walk(e))


def shown_count(s: ir.TraceMem, shown: str) -> str:
    """The stap expression of the bytes tracemem() `s` shows, its third argument's
    source `shown`: those when 0 <= shown < size, else all (as DTrace does)."""
    return f"{shown} >= 0 && {shown} < {s.size} ? {shown} : {s.size}"


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
