"""A formatted string printed by a bare `%s`, said as part of the printf's own format.

stap scripts build a line's pieces with sprintf and print them with `%s`, often
through a function (wait4time.stp, sleeptime.stp):

    function proc:string() { return sprintf("%d (%s)", pid(), execname()) }
    probe syscall.wait4.return { printf("%d %s wait4: %d\\n", timestamp(), proc(), t) }

Once the function is inlined, the printf's `%s` argument is the sprintf itself.
D and Vue have no sprintf, and a porter writes the pieces into the line:

    printf("%d %d (%s) wait4: %d\\n", timestamp, pid, execname, t);

which prints the same text: a bare `%s` writes its string whole, so writing the
string's own conversions in its place, with their arguments in order, writes the
same characters. (stap cuts a sprintf at MAXSTRINGLEN, 512 bytes: a longer piece
prints whole this way.) Only a bare `%s` is replaced: a width or a precision
(`%-16s`, `%.5s`) pads or cuts the whole piece, which its conversions cannot say.

A function that prints its string parameter (`function report(action:string) {
printf("... %s\n", ..., action) }` called as `report(sprintf("exec %s", filename))`,
proc_snoop.stp) is inlined as a local set to the sprintf and the printf right after
it: that local, read once and nowhere else, is the sprintf itself, when its
arguments read nothing the printf's earlier arguments could see change (no clock,
no calls, no assignments).

A string concatenation printed by a bare `%s` (stap's `log(execname() . ": " . filename)`,
`printf("%s\n", a . b)`) is spliced the same way: each literal piece becomes text of
the format, each other piece a `%s` of its own, so D and Vue print the line with one
printf, as a porter writes it, instead of nesting strjoin() calls or `+`:

    printf("%s: %s\n", execname, copyinstr(arg0));
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from . import nodes as ir


def splice_sprintfs(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose printf arguments that are sprintf() read by a bare `%s`
    are written into the printf's format; `prog` itself when it has none."""
    if not any(isinstance(n, ir.Sprintf) or _is_concat(n) for n in ir.walk(_bodies(prog))):
        return prog
    prog = copy.deepcopy(prog)
    for body in _bodies(prog):
        forward_sprintfs(body)
    for n in _printfs(prog):
        got = _spliced(n)
        if got is not None:
            n.fmt, n.args = got
    return prog


def forward_sprintfs(body: ir.Block) -> None:
    """In `body` (in place), each `x = sprintf(...)` whose one reader is the printf
    right after it moved into that printf (the function case above)."""
    for n in list(ir.walk(body)):
        if isinstance(n, ir.Block):
            _forward(n, body)


def _bodies(prog: ir.Program) -> list[ir.Block]:
    return [p.body for p in prog.probes] + [f.body for f in prog.functions]


def _printfs(prog: ir.Program):
    return [n for n in ir.walk(_bodies(prog)) if isinstance(n, ir.Printf)]


# What a forwarded sprintf's arguments may hold: values that read the same at the
# printf as at the assignment before it (no clock, no calls, no side effects).
_STEADY = (ir.IntLit, ir.StrLit, ir.Var, ir.SyscallVar, ir.ProbeArg, ir.Unary, ir.Binary,
           ir.Ternary, ir.Sprintf, ir.Index, ir.KernelMember, ir.KernelCast, ir.Cast)
_CLOCKS = {"timestamp", "vtimestamp", "walltimestamp"}
# Functions (ir.Call) whose value moves on by itself: clocks, counters, random numbers.
_CHANGING = re.compile(r"time|clock|rand|jiffies|cycles|counter")


def _forward(block: ir.Block, body: ir.Block) -> None:
    """In `block`, `x = sprintf(...)` followed by a printf that is the one reader of
    local x: the sprintf moved into the printf (in place)."""
    i = 0
    while i + 1 < len(block.stmts):
        s, nxt = block.stmts[i], block.stmts[i + 1]
        a = s.expr if isinstance(s, ir.ExprStmt) else None
        if (isinstance(a, ir.Assign) and a.op == "=" and isinstance(a.target, ir.Var)
                and a.target.scope == "local" and isinstance(a.value, ir.Sprintf)
                and isinstance(nxt, ir.Printf) and _steady(a.value)):
            name = a.target.name
            uses = [n for n in ir.walk(body) if isinstance(n, ir.Var) and n.scope == "local"
                    and n.name == name]
            at = [k for k, x in enumerate(nxt.args) if isinstance(x, ir.Var) and x.scope == "local"
                  and x.name == name]
            # the printf's arguments before it run first now: none may change anything
            before = [n for x in nxt.args[:at[0]] for n in ir.walk(x)] if len(at) == 1 else []
            if len(uses) == 2 and len(at) == 1 and not any(
                    isinstance(n, (ir.Assign, ir.IncDec, ir.FuncCall)) for n in before):
                nxt.args[at[0]] = a.value
                del block.stmts[i]
                continue
        i += 1


def _steady(e: ir.Expr) -> bool:
    return all(isinstance(n, _STEADY) or (isinstance(n, ir.Builtin) and n.name not in _CLOCKS)
               or (isinstance(n, ir.Call) and not _CHANGING.search(n.name))
               for n in ir.walk(e))


def _spliced(n) -> Optional[tuple[str, list[ir.Expr]]]:
    """`n`'s (format, arguments) with its bare-`%s` sprintf arguments written in, or
    None when it has none (or its format is one this cannot read: `*` widths, more
    or fewer arguments than conversions)."""
    if not any(isinstance(a, ir.Sprintf) or _is_concat(a) for a in n.args):
        return None
    return splice_format(n.fmt, n.args)


def _is_concat(e) -> bool:
    return isinstance(e, ir.Binary) and e.op == "."


def _concat_format(e: ir.Expr) -> tuple[str, list[ir.Expr]]:
    """A concatenation's (format, arguments) that print the same characters: its
    literal pieces as text, its sprintf pieces spliced, any other piece as `%s`."""
    if _is_concat(e):
        lf, la = _concat_format(e.lhs)
        rf, ra = _concat_format(e.rhs)
        return lf + rf, la + ra
    if isinstance(e, ir.StrLit):
        return e.value.replace("%", "%%"), []
    if isinstance(e, ir.Sprintf):
        return splice_format(e.fmt, e.args) or (e.fmt, e.args)
    return "%s", [e]


def splice_format(fmt: str, args: list[ir.Expr]) -> Optional[tuple[str, list[ir.Expr]]]:
    """A printf's (format, arguments) with each sprintf or concatenation argument of
    a bare `%s` written into the format (and, with them, the string literals of the
    others), or None where there is none or the format cannot be read (`*` widths,
    more or fewer arguments than conversions)."""
    if ir.has_star_conversion(fmt):
        return None
    changed_any = any(isinstance(a, ir.Sprintf) or _is_concat(a) for a in args)
    out, new_args, pos, i, changed = [], [], 0, 0, False
    for m in ir.PRINTF_CONVERSION.finditer(fmt):
        if m.group(1) == "%":
            continue
        if i >= len(args):
            return None
        a = args[i]
        i += 1
        inner = None
        if m.group(0) == "%s" and isinstance(a, ir.Sprintf):
            inner = splice_format(a.fmt, a.args) or (a.fmt, a.args)
        elif m.group(0) == "%s" and _is_concat(a):
            inner = _concat_format(a)
        elif m.group(0) == "%s" and isinstance(a, ir.StrLit) and changed_any:
            inner = (a.value.replace("%", "%%"), [])
        if inner is None or ir.has_star_conversion(inner[0]) or _count(inner[0]) != len(inner[1]):
            new_args.append(a)
            continue
        out.append(fmt[pos:m.start()] + inner[0])
        pos = m.end()
        new_args.extend(inner[1])
        changed = True
    if i != len(args) or not changed:
        return None
    return "".join(out) + fmt[pos:], new_args


def one_sprintf(e: ir.Expr) -> Optional[tuple[str, list[ir.Expr]]]:
    """The (format, arguments) of the one sprintf that writes what string `e`, a
    sprintf or a `.` chain, holds: nested sprintfs and chains of bare `%s`es spliced
    (splice_format), string literals of bare `%s`es written in, D's lltostr() pieces
    their conversions (`%d`, `0x%x`, `%#o`: ir/sprintfjoin.py). None for anything
    else, and where nothing but text or one bare `%s` would be left (a constant, a
    string alone: no sprintf is written for those)."""
    from .printflits import fold
    from .sprintfjoin import number_of
    if isinstance(e, ir.Sprintf):
        fmt, args = splice_format(e.fmt, e.args) or (e.fmt, e.args)
    elif _is_concat(e):
        fmt, args = _concat_format(e)
    else:
        return None
    if ir.has_star_conversion(fmt) or _count(fmt) != len(args):
        return None
    out, new_args, pos = [], [], 0
    for m, a in zip([m for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"], args):
        number = number_of(a) if m.group(0) == "%s" else None
        if number is None:
            new_args.append(a)
            continue
        out.append(fmt[pos:m.start()] + number[0])
        pos = m.end()
        new_args.append(number[1])
    fmt, args = fold("".join(out) + fmt[pos:], new_args,
                     lambda a: a.value if isinstance(a, ir.StrLit) else None)
    if not args or fmt == "%s":
        return None
    return fmt, args


def _count(fmt: str) -> int:
    return sum(1 for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%")


def quotes_in_format(fmt: str, args: list[ir.Expr], quoted) -> tuple[str, list[bool]]:
    """`fmt` with the quotes of each bare-`%s` argument that `quoted(arg)` says is a
    quoted string (stap's syscall variables of user strings, user_string_quoted())
    written into the format, and which arguments those are: the printer writes
    them unquoted, `printf("%s: \\"%s\\"\\n", execname, copyinstr(arg0))` rather
    than building the quotes with strjoin() or `+`. `fmt` unchanged when it has
    `*` widths or another number of conversions than arguments."""
    flags = [False] * len(args)
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]
    if ir.has_star_conversion(fmt) or len(convs) != len(args):
        return fmt, flags
    out, pos = [], 0
    for k, (m, a) in enumerate(zip(convs, args)):
        if m.group(0) == "%s" and quoted(a):
            out.append(fmt[pos:m.start()] + '"%s"')
            pos = m.end()
            flags[k] = True
    return "".join(out) + fmt[pos:], flags


_SPRINTF_SUFFIX = re.compile(r"%s([^%]*)\Z")
_RIGHT_WIDTH = re.compile(r"%(\d*)s\Z")


def spliced_sprintf(s: ir.Printf) -> ir.Printf:
    """`printf("%32s", sprintf("%s:entry", x))` as `printf("%26s:entry", x)`: Vue has no
    sprintf, and right-justifying x in 32 - 6 columns then writing the 6 characters
    pads exactly as right-justifying the whole does (both pad by 32 - len(x) - 6,
    or not at all)."""
    if not any(isinstance(a, ir.Sprintf) for a in s.args):
        return s
    out, args, pos, i = [], [], 0, 0
    for m in ir.PRINTF_CONVERSION.finditer(s.fmt):
        if m.group(1) == "%":
            continue
        if i >= len(s.args):
            return s
        a = s.args[i]
        i += 1
        suffix = _SPRINTF_SUFFIX.match(a.fmt) if isinstance(a, ir.Sprintf) and len(a.args) == 1 else None
        width = _RIGHT_WIDTH.match(m.group(0))
        if suffix is None or width is None:
            args.append(a)
            continue
        w = max(int(width.group(1) or 0) - len(suffix.group(1)), 0)
        out.append(s.fmt[pos:m.start()] + f"%{w or ''}s" + suffix.group(1).replace("%", "%%"))
        pos = m.end()
        args.append(a.args[0])
    if i != len(s.args):
        return s
    return ir.Printf("".join(out) + s.fmt[pos:], args, stderr=s.stderr, loc=s.loc)
