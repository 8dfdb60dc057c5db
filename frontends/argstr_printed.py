"""stap's argstr printed by a target with no string of a number (Vue): printf()s in turn.

Vue has no sprintf, lltostr or strjoin, so a symbolic argument's text (openat's
`AT_FDCWD` or the descriptor's number, open's `O_RDONLY|O_CREAT`, the mode only
under O_CREAT) cannot be a string. Where the text is printed directly (the common
`printf("%s(%d) open (%s)\\n", execname(), pid(), argstr)`), it need not be one:
the printf is split at the argstr's `%s` and the text printed piece by piece, a
name or a number chosen by an if:

    printf("%s(%d) open (", execname(), pid());
    if ((int)__arg1 == -100)
        printf("AT_FDCWD");
    else
        printf("%d", (int)__arg1);
    ...
    if (__arg3 & 64)
        printf("|O_CREAT");
    printf(")\\n");

This is sound only where the pieces print in the printf's order and what the
printf's later arguments read is what it was: each argstr (or symbolic variable,
flags_str) is a whole argument at a plain `%s` (no width to pad it to), and no
later argument changes anything (an assignment, a script function). Elsewhere
(an argstr kept as a value, padded, or inside an expression) the caller keeps
its refusal.
"""

from __future__ import annotations

import copy
from typing import Optional, Union

from xtrace.frontends import argstr_text as at_
from xtrace.frontends.argstr_text import ArgstrText
from xtrace.backend_c.sysc import TABLES
from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc
from xtrace.ir.loc import Loc
from xtrace.ir.types import STRING

# One piece of printed text: a format and its arguments (merged with its
# neighbours into one printf), or statements printing it themselves (an if).
Piece = Union[tuple[str, list[ir.Expr]], ir.Stmt]

# The kinds whose text may hold a number where no name says it: printed by ifs.
_SYMBOLIC = frozenset({"dfd", "oflags", "cmode"}) | frozenset(at_._TABLE_OF)


def needs_printing(b: ArgstrText, n: ir.Expr) -> bool:
    """Whether target `n` (argstr, or a symbolic variable) has a symbolic kind,
    whose text the target cannot make a string of."""
    if isinstance(n, ir.Builtin) and n.name == "argstr":
        return any(v.kind in _SYMBOLIC for v in b.s.argstr_vars)
    v = b.s.variables().get(getattr(n, "name", ""))
    return v is not None and v.kind.startswith("sym:") and v.kind[4:] in _SYMBOLIC


def split_printf(s: ir.Printf, b: ArgstrText, wanted) -> Optional[list[ir.Stmt]]:
    """Printf `s` as printf()s in turn with each target argument (`wanted`) printed
    piece by piece; None where that is not sound (see the module's docstring) or a
    kind has no printed form (the caller's refusal then says why)."""
    if ir.has_star_conversion(s.fmt):
        return None
    # a variable this syscall sets to a constant (epoll_create1's size, 0) is that
    # constant, no text to build
    s = ir.map_tree(copy.deepcopy(s), lambda n: _constant_of(b, n, wanted) or n)
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(s.fmt) if m.group(1) != "%"]
    if len(convs) != len(s.args):
        return None
    targets = [i for i, a in enumerate(s.args) if wanted(a)]
    if not targets or any(convs[i].group(0) != "%s" for i in targets):
        return None
    if any(wanted(y) for i, a in enumerate(s.args) if i not in targets for y in ir.walk(a)):
        return None  # inside an expression: a string is needed
    if any(not _idle(a) for a in s.args[targets[0] + 1:]):
        return None
    try:
        pieces: list[Piece] = []
        pos = 0
        for i, m in enumerate(convs):
            if i in targets:
                pieces.append((s.fmt[pos:m.start()], []))
                pieces += _target_pieces(b, s.args[i], s.stderr)
            else:
                pieces.append((s.fmt[pos:m.end()], [s.args[i]]))
            pos = m.end()
        pieces.append((s.fmt[pos:], []))
    except _NoForm:
        return None
    return _merged(pieces, s.loc, s.stderr)


def _constant_of(b: ArgstrText, n: ir.Expr, wanted) -> Optional[ir.Expr]:
    """The constant a target variable `n` is in this syscall (dup2's flags, 0;
    its flags_str, "0x0"), None for any other node."""
    if not (isinstance(n, ir.SyscallVar) and wanted(n)):
        return None
    v = b.s.variables().get(n.name)
    return b.companion(n.name) if v is not None and v.kind in _CONSTANT_KINDS else None


_CONSTANT_KINDS = ("zero", "str0x0", "strempty")


class _NoForm(Exception):
    """A kind with no printed form here (a long name table): the refusal stands."""


def _idle(e: ir.Expr) -> bool:
    """Whether evaluating `e` later than the printf changes nothing it reads:
    no assignment, no script function."""
    return not any(isinstance(x, (ir.Assign, ir.IncDec, ir.FuncCall)) for x in ir.walk(e))


def _merged(pieces: list[Piece], loc: Loc, stderr: bool) -> list[ir.Stmt]:
    """The pieces as statements: neighbouring texts one printf."""
    out: list[ir.Stmt] = []
    fmt, args = "", []
    for p in pieces:
        if isinstance(p, tuple):
            fmt, args = fmt + p[0], args + p[1]
            continue
        if fmt:
            out.append(ir.Printf(fmt, args, stderr=stderr, loc=loc))
        fmt, args = "", []
        out.append(p)
    if fmt:
        out.append(ir.Printf(fmt, args, stderr=stderr, loc=loc))
    return out


def _target_pieces(b: ArgstrText, n: ir.Expr, stderr: bool) -> list[Piece]:
    """argstr's pieces in stap's order and separators, or one symbolic variable's."""
    if isinstance(n, ir.Builtin) and n.name == "argstr":
        out: list[Piece] = []
        for k, v in enumerate(b.s.argstr_vars):
            if v.kind != "cmode" and k:
                out.append((", ", []))
            out += _piece(b, v, stderr)
        return out
    v = b.s.variables()[n.name]
    if v.kind.startswith("sym:"):
        return _piece(b, sc.SysVar(n.name, v.index, v.kind[4:]), stderr)
    value = b.companion(n.name)
    return [("%s", [value if value is not None else n])]


def _piece(b: ArgstrText, v: sc.SysVar, stderr: bool) -> list[Piece]:
    """One argument's text: a format (the kinds a number or a path says), or the
    statements printing its names."""
    at, i = b.at, v.index

    def say(fmt: str, *args: ir.Expr) -> ir.Printf:
        return ir.Printf(fmt, list(args), stderr=stderr, loc=at)

    if v.kind == "dfd":
        fd = at_._s32(i, at)
        return [ir.If(at_._bin("==", fd, at_._int(at_.AT_FDCWD, at, "AT_FDCWD"), at), say("AT_FDCWD"),
                      say("%d", copy.deepcopy(fd)), loc=at)]
    if v.kind == "cmode":
        # open's mode is written only where the flags create the file
        flags = next(x.index for x in b.s.vars if x.kind == "oflags")
        created = at_._bin("&", at_._raw(flags, at), at_._int(at_.O_CREAT, at, "O_CREAT"), at)
        return [ir.If(created, say(", %#o", at_._u32(i, at)), loc=at)]
    if v.kind == "oflags":
        return _oflags(i, at, say)
    if v.kind in at_._TABLE_OF:
        return _table(b, v, at_._TABLE_OF[v.kind], say)
    return [b.piece(v)]


def _chain(value: ir.Expr, names: list[tuple[int, str]], last: ir.Stmt, at: Loc, say,
           named: bool = True) -> ir.Stmt:
    """`if (value == A) printf("A"); else if ... else last`; `named`: each constant
    written as its name (open's O_RDONLY), else as its number."""
    out = last
    for val, name in reversed(names):
        const = at_._int(val, at, name) if named else at_._name(val, at)
        out = ir.If(at_._bin("==", copy.deepcopy(value), const, at), say(name),
                    out, loc=at)
    return out


def _oflags(i: int, at: Loc, say) -> list[Piece]:
    """open(2)'s flags: the access mode's name, `|NAME` for each flag set, then the
    bits no name has in hex (what ArgstrText.oflags builds as a string)."""
    acc = at_._bin("&", at_._raw(i, at), at_._int(3, at, "O_ACCMODE"), at)
    out: list[Piece] = [_chain(acc, at_._ACCMODE, say("O_ACCMODE"), at, say)]
    for value, name in at_._OFLAGS:
        test = at_._bin("&", at_._raw(i, at), at_._int(value, at, name), at)
        if name == "O_DSYNC":  # O_SYNC's own bit takes it
            both = at_._bin("|", at_._int(0o4000000, at, "__O_SYNC"), at_._int(value, at, name), at)
            test = at_._bin("==", at_._bin("&", at_._raw(i, at), both, at), at_._int(value, at, name), at)
        out.append(ir.If(test, say("|" + ("O_SYNC" if name == "__O_SYNC" else name)), loc=at))
    rest = at_._bin("&", at_._raw(i, at), at_._not(3 | sum(v for v, _ in at_._OFLAGS), at), at)
    out.append(ir.If(rest, say("|0x%x", copy.deepcopy(rest)), loc=at))
    return out


def _table(b: ArgstrText, v: sc.SysVar, table: str, say) -> list[Piece]:
    """A value named by one of backend_c/sysc.py's tables: an if/else chain of its
    names, the number where none matches (a short table of values); each flag's
    name, `|` between (a flag set: a flag is the first where no earlier flag is set)."""
    at, (how, base, names) = b.at, TABLES[table]
    value = (at_._u32(v.index, at) if v.kind in at_._AS_U32 else at_._s32(v.index, at)
             if v.kind in at_._AS_INT else at_._raw(v.index, at))
    number = {10: "%d", 8: "%#o"}.get(base, "0x%x")
    if how == "eq":
        if len(names) > at_._ONE_LINE:
            # an if a name would be too long to read: the name from an array of
            # them filled at BEGIN (fill_name_tables), as the D port reads it
            cell = ir.Index(at_.TABLE_MARK + table, [copy.deepcopy(value)], loc=at, type=STRING)
            known = at_._bin("!=", cell, at_._str("", at), at)
            return [ir.If(known, say("%s", copy.deepcopy(cell)), say(number, copy.deepcopy(value)),
                          loc=at)]
        seen: set[int] = set()
        firsts = [(val, name) for val, name in names if not (val in seen or seen.add(val))]
        return [_chain(value, firsts, say(number, copy.deepcopy(value)), at, say, named=False)]
    if any(val & (val - 1) for val, _ in names if val):
        raise _NoForm()
    out: list[Piece] = []
    known = 0
    for val, name in names:
        if not val:
            continue
        test = at_._bin("&", copy.deepcopy(value), at_._name(val, at, bit=True), at)
        first = say(name) if not known else ir.Block([ir.If(
            at_._bin("&", copy.deepcopy(value), at_._name(known, at, bit=True), at),
            say("|" + name), say(name), loc=at)], loc=at)
        out.append(ir.If(test, first, loc=at))
        known |= val
    rest = at_._bin("&", copy.deepcopy(value), at_._not(known, at), at)
    tail = ir.Block([ir.If(at_._bin("&", copy.deepcopy(value), at_._name(known, at, bit=True), at),
                           say("|" + number, copy.deepcopy(rest)), say(number, copy.deepcopy(rest)),
                           loc=at)], loc=at)
    out.append(ir.If(rest, tail, loc=at))
    zero = next((name for val, name in names if val == 0), None) or at_._number_text(0, base)
    out.append(ir.If(at_._bin("==", copy.deepcopy(value), at_._int(0, at), at), say(zero), loc=at))
    return out
