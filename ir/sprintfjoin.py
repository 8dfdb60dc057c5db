"""A sprintf() kept as a value, said as the concatenation of its pieces, and back.

D and Vue have no sprintf. A stap script builds keys and stored strings with it
(`names[sprintf("%s(%d)", execname(), pid())]++`), and a porter writes the pieces
joined: D's `strjoin(strjoin(strjoin(execname, "("), lltostr(pid)), ")")`, Vue's
`__pname + "(" + ...` (Vue has no way to make a string of a number, so only a
sprintf of strings reaches it). The joined pieces are the same characters: a bare
`%s` writes its string whole, `%d` is lltostr()'s base 10 (a `-` before the digits
of a negative value), `0x%x` its base 16 (the 64-bit pattern), `%#o` its base 8
(a leading 0, as `#` writes it), and `%%` a `%`.
stap cuts a sprintf at MAXSTRINGLEN as it cuts a concatenation. Other conversions
(widths, precisions, flags, `%x` without its prefix, `%u`, `%c`) print what no
join says, and stay sprintf (which the printer then refuses, naming it).

The pieces are joined left to right, `((a . b) . c)`, the way stap's `.` groups
them, so that the stap printer can fold such a chain back into the one sprintf a
stap user writes (concat_as_sprintf): a port read back is the script it came
from, and D's own `strjoin(strjoin("pid=", lltostr(pid)), "\\n")` reads, in stap,
`sprintf("pid=%d\\n", pid())`.
"""

from __future__ import annotations

import copy
from typing import Callable, Optional

from . import nodes as ir
from .types import INT64, STRING

# how a number prints as a string piece: the piece, or None when it cannot be said
NumberPiece = Callable[[ir.Expr, int, ir.Sprintf], Optional[ir.Expr]]


def lltostr_piece(value: ir.Expr, base: int, e: ir.Sprintf) -> ir.Expr:
    """D's lltostr() of `value` in `base` (10: `%d`, 16: `0x%x`, 8: `%#o`)."""
    args = [value] if base == 10 else [value, ir.IntLit(base, loc=e.loc, type=INT64)]
    return ir.Call("lltostr", args, loc=e.loc, type=STRING)


def pieces(e: ir.Sprintf, number: Optional[NumberPiece]) -> Optional[list[ir.Expr]]:
    """The pieces `e` writes, in order (string literals, string arguments, numbers as
    `number` says them), or None when a conversion has no piece (or `number` is None
    and the format converts a number)."""
    out: list[ir.Expr] = []
    text = ""
    args = iter(e.args)
    pos = 0
    for m in ir.PRINTF_CONVERSION.finditer(e.fmt):
        text += e.fmt[pos:m.start()]
        pos = m.end()
        conv = m.group(1)  # flags, width, length and letter: only bare ones join
        if conv == "%":
            text += "%"
            continue
        arg = next(args, None)
        if arg is None:
            return None
        is_str = arg.type is not None and arg.type.is_str
        if conv == "s" and is_str:
            piece: Optional[ir.Expr] = arg
        elif conv in ("d", "ld", "lld") and not is_str and number is not None:
            piece = number(arg, 10, e)
        elif conv == "x" and text.endswith("0x") and not is_str and number is not None:
            text = text[:-2]
            piece = number(arg, 16, e)
        elif conv == "#o" and not is_str and number is not None:
            piece = number(arg, 8, e)  # lltostr()'s base 8 has the leading 0 too
        else:
            return None
        if piece is None:
            return None
        if text:
            out.append(ir.StrLit(text, loc=e.loc, type=STRING))
            text = ""
        out.append(piece)
    text += e.fmt[pos:]
    if next(args, None) is not None:
        return None
    if text:
        out.append(ir.StrLit(text, loc=e.loc, type=STRING))
    return out


def sprintf_as_concat(e: ir.Sprintf, number: Optional[NumberPiece]) -> Optional[ir.Expr]:
    """`e` as its pieces joined left to right with `.` (one piece: the piece itself),
    or None when some conversion has no piece. A sprintf of one string alone
    (`sprintf("%s", s)`) is left as it is: it is the string, which a printer says."""
    got = pieces(e, number)
    if not got or (len(got) == 1 and got[0].type is not None and got[0].type.is_str
                   and not isinstance(got[0], ir.Call)):
        return None
    joined = got[0]
    for p in got[1:]:
        joined = ir.Binary(".", joined, p, loc=e.loc, type=STRING)
    return joined


def sprintf_values_joined(prog: ir.Program, number: Optional[NumberPiece],
                          keep_printed: bool = False) -> ir.Program:
    """A copy of `prog` with every sprintf the join can say replaced by its joined
    pieces; `prog` itself when it has none. With `keep_printed`, a sprintf that is
    itself a printf argument is left for the printer (Vue's writes a padded
    `sprintf("%s:entry", f)` into the format: frontends/vue/printer.spliced_sprintf)."""
    def joinable(root) -> list[ir.Sprintf]:
        printed = {id(a) for n in ir.walk(root) if keep_printed and isinstance(n, ir.Printf)
                   for a in n.args}
        return [n for n in ir.walk(root) if isinstance(n, ir.Sprintf) and id(n) not in printed
                and sprintf_as_concat(n, number) is not None]

    if not any(joinable(root) for root in ir.program_roots(prog)):
        return prog
    prog = copy.deepcopy(prog)
    chosen = {id(n) for root in ir.program_roots(prog) for n in joinable(root)}
    ir.map_code(prog, lambda n: (sprintf_as_concat(n, number) or n) if id(n) in chosen else n)
    return prog


def number_of(piece: ir.Expr) -> Optional[tuple[str, ir.Expr]]:
    """The stap conversion and value of a lltostr() piece (`%d`, `0x%x`)."""
    if not (isinstance(piece, ir.Call) and piece.name == "lltostr" and piece.args):
        return None
    if len(piece.args) == 1 or piece.args[1] == ir.IntLit(10):
        return "%d", piece.args[0]
    if piece.args[1] == ir.IntLit(16):
        return "0x%x", piece.args[0]
    if piece.args[1] == ir.IntLit(8):
        return "%#o", piece.args[0]
    return None


def concat_as_sprintf(e: ir.Binary) -> Optional[ir.Sprintf]:
    """A left-grouped `.` chain holding a lltostr() piece, as the one stap sprintf
    that writes it (the inverse of sprintf_as_concat for D's lltostr); None for
    other chains, which stap says with `.` as written."""
    chain: list[ir.Expr] = []
    node: ir.Expr = e
    while isinstance(node, ir.Binary) and node.op == ".":
        chain.append(node.rhs)
        node = node.lhs
    chain.append(node)
    chain.reverse()
    if not any(number_of(p) is not None for p in chain):
        return None
    if any(isinstance(a, ir.StrLit) and (not a.value or isinstance(b, ir.StrLit))
           for a, b in zip(chain, chain[1:] + [None])):
        return None  # "a" . "b" is not what a sprintf reads back as: keep it written
    fmt, args = "", []
    for p in chain:
        number = number_of(p)
        if number is not None:
            fmt += number[0]
            args.append(number[1])
        elif isinstance(p, ir.StrLit):
            fmt += p.value.replace("%", "%%")
        elif p.type is not None and p.type.is_str:
            fmt += "%s"
            args.append(p)
        else:
            return None
    return ir.Sprintf(fmt, args, loc=e.loc, type=STRING)
