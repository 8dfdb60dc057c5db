"""stap's errno and signal names in D and Vue: a lookup table filled at BEGIN.

stap's errno_str(), errno_p() and signal.send's `sig_name` (signal_name())
name a number from a table of their own. D and Vue have neither the
functions nor a `switch`, but both have associative arrays with string
values, and that is how a D user says it (the DTraceToolkit's errinfo fills
`err[2] = "ENOENT"; ...` in BEGIN and indexes it): the translation declares a
global `errname` / `signame` array, fills it at BEGIN, one statement an entry
(Vue has no loops), and the calls become reads of it. Every entry is needed:
the number is only known when the probe fires.

The functions become plain ones reading the table, which `ir.inline` then
writes out at each call as it does for the script's own functions. A number
missing from the table prints what stap prints for it: D builds stap's
"E<n>" (errno_str) or "<n>" (signal_name) with lltostr(); Vue cannot turn a
number into a string, so there a missing number reads "" (the tables hold
every number the kernel returns or sends: errnos 1-133 and its own 512-530,
signals 1-64), which the generated table's comment says.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.frontends.common import note_text
from xtrace.frontends.errno_compare import errno_names_as_numbers
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc
from xtrace.ir.types import INT64, STRING

_ERRNO_FUNCS = ("errno_str", "errno_p")
_SIGNAL_FUNC = "__xt_signal_name"
# the public name stap's signal.stp gives the function (signal_name(sig))
_SIGNAL_PUBLIC = "signal_name"


def errno_entries() -> list[tuple[int, str]]:
    """stap's errno_str() names, as xtrace's tapset library has them (x86-64 Linux)."""
    from xtrace.backend_c.sysc import ERRNO_NAMES
    return sorted(ERRNO_NAMES.items())


def signal_entries() -> list[tuple[int, str]]:
    """stap's signal names 1-64 (signal.stp: SIGHUP .. SIGSYS, then SIGRTMIN+n)."""
    from xtrace.frontends.stap.library import _SIGNALS
    out = list(enumerate(_SIGNALS, 1))
    out += [(n, f"SIGRTMIN+{n - 32}") for n in range(32, 65)]
    return out


def tables_for_tapset_calls(prog: ir.Program, target: str) -> ir.Program:
    """`prog` with stap's errno_str/errno_p/signal-name library functions reading a
    table filled at BEGIN (target 'd' or 'vue'), and without the stores of tapset
    aliases into locals nothing reads; `prog` itself when there are none."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    from xtrace.ir.deadstores import without_unread_alias_locals
    prog = without_unread_alias_locals(prog, TAPSET_FILE)
    lib = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE
           and f.name in (*_ERRNO_FUNCS, _SIGNAL_FUNC)}
    calls = [x for root in ir.program_roots(prog) for x in ir.walk(root)
             if isinstance(x, ir.FuncCall) and x.name in lib]
    if not calls:
        return prog
    prog = copy.deepcopy(prog)
    # (both passes run: `or` would skip the second)
    folded = _fold_constant_calls(prog, lib)
    if errno_names_as_numbers(prog, set(lib)) or folded:
        calls = [x for root in ir.program_roots(prog) for x in ir.walk(root)
                 if isinstance(x, ir.FuncCall) and x.name in lib]
        if not calls:
            prog.functions = [f for f in prog.functions if f.name not in lib]
            return prog
    funcs = {f.name: f for f in prog.functions if f.name in lib}
    called = {c.name for c in calls}
    # where the user's script first reaches the table (a call, else the probe whose
    # alias makes it): the functions' new home, the script's own
    site = next((c.loc for c in calls if c.loc.file != TAPSET_FILE), None) or next(
        (p.loc for p in prog.probes for x in ir.walk(p.body)
         if isinstance(x, ir.FuncCall) and x.name in lib), prog.probes[0].loc)
    fills: list[ir.Stmt] = []
    if called & set(_ERRNO_FUNCS):
        table = ir.free_name(prog, "errname")
        prog.globals.append(ir.Global(table, "map", type=STRING, key_types=[INT64], loc=site))
        fills += _fill(table, errno_entries(), target, "errno_str()", "E<n>", site)
        if "errno_str" in funcs:
            _rewrite(funcs["errno_str"], _errno_str(table, target, site), site)
        if "errno_p" in funcs:
            _rewrite(funcs["errno_p"], _errno_p(table, site), site)
    if _SIGNAL_FUNC in called:
        table = ir.free_name(prog, "signame")
        prog.globals.append(ir.Global(table, "map", type=STRING, key_types=[INT64], loc=site))
        fills += _fill(table, signal_entries(), target, "signal_name()", "<n>", site)
        public = _SIGNAL_PUBLIC if not any(f.name == _SIGNAL_PUBLIC for f in prog.functions) \
            else _SIGNAL_FUNC
        f = funcs[_SIGNAL_FUNC]
        _rewrite(f, _signal_name(table, target, site), site)
        f.name = public
        for root in ir.program_roots(prog):
            for x in ir.walk(root):
                if isinstance(x, ir.FuncCall) and x.name == _SIGNAL_FUNC:
                    x.name = public
    prepend_to_begin(prog, fills, site)
    return prog


def fold_constant_tapset_calls(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with each call of stap's errno_str(), errno_p() or signal-name
    function with a constant argument its value (as tables_for_tapset_calls writes
    it); `prog` itself when it has none."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    lib = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE
           and f.name in (*_ERRNO_FUNCS, _SIGNAL_FUNC)}
    if not lib:
        return prog
    prog = copy.deepcopy(prog)
    _fold_constant_calls(prog, lib)
    errno_names_as_numbers(prog, set(lib))
    return prog


def _fold_constant_calls(prog: ir.Program, lib: dict) -> bool:
    """errno_str(-2) is "ENOENT" whatever happens: a call with a constant argument
    becomes its value, as a person porting the script would write it. Whether any was."""
    errnos, signals = dict(errno_entries()), dict(signal_entries())
    folded = False

    def fold(e):
        nonlocal folded
        if not (isinstance(e, ir.FuncCall) and e.name in lib and len(e.args) == 1):
            return e
        n = ir.int_constant(e.args[0])
        if n is None:
            return e
        folded = True
        if e.name == "errno_str":
            return ir.StrLit(errnos.get(abs(n), f"E{abs(n)}"), loc=e.loc, type=STRING)
        if e.name == "errno_p":
            return ir.IntLit(-n if n < 0 and -n in errnos else 0, loc=e.loc, type=INT64)
        return ir.StrLit(signals.get(n, str(n)), loc=e.loc, type=STRING)
    ir.map_code(prog, fold)
    return folded


def _fill(table: str, entries: list[tuple[int, str]], target: str, what: str,
          unknown: str, loc: Loc) -> list[ir.Stmt]:
    note = f"stap's {what} names (x86-64 Linux)"
    if target == "vue":
        note += (f"; a number not here reads \"\" where stap prints {unknown}: Vue cannot "
                 "turn a number into a string")
    return [ir.Comment(note_text(note), loc=loc), *name_stores(table, entries, loc)]


def name_stores(table: str, entries: list[tuple[int, str]], loc: Loc) -> list[ir.Stmt]:
    """`table[n] = "NAME";` for each entry, the statements a port's BEGIN fills a
    table of names with (the first entry of a value wins, as a lookup finds it)."""
    out: list[ir.Stmt] = []
    seen: set[int] = set()
    for n, name in entries:
        if n in seen:
            continue
        seen.add(n)
        cell = _cell(table, ir.IntLit(n, loc=loc, type=INT64), loc)
        out.append(ir.ExprStmt(ir.Assign(cell, "=", ir.StrLit(name, loc=loc, type=STRING),
                                         loc=loc, type=STRING), loc=loc))
    return out


def _rewrite(f: ir.Function, body: ir.Block, loc: Loc) -> None:
    """`f` as a plain function of the script (no longer the library's, so it is
    written out where it is called)."""
    f.body = body
    f.loc = loc
    f.tapset = True
    f.ret = f.ret or (body.stmts[-1].value.type if isinstance(body.stmts[-1], ir.Return) else None)


def _var(name: str, loc: Loc) -> ir.Var:
    return ir.Var(name, "local", loc=loc, type=INT64)


def _cell(table: str, key: ir.Expr, loc: Loc) -> ir.Index:
    return ir.Index(table, [key], loc=loc, type=STRING)


def _known(table: str, key: ir.Expr, loc: Loc) -> ir.Expr:
    return ir.Binary("!=", _cell(table, key, loc), ir.StrLit("", loc=loc, type=STRING),
                     loc=loc, type=INT64)


def _or_number(table: str, key: ir.Expr, prefix: str, target: str, loc: Loc) -> ir.Expr:
    """table[key], or (D) what stap prints for a number it has no name for."""
    if target != "d":
        return _cell(table, key, loc)
    number: ir.Expr = ir.Call("lltostr", [copy.deepcopy(key)], loc=loc, type=STRING)
    if prefix:
        number = ir.Binary(".", ir.StrLit(prefix, loc=loc, type=STRING), number, loc=loc, type=STRING)
    return ir.Ternary(_known(table, copy.deepcopy(key), loc), _cell(table, copy.deepcopy(key), loc),
                      number, loc=loc, type=STRING)


def _errno_str(table: str, target: str, loc: Loc) -> ir.Block:
    """errno_str(err): the name of |err|, else "E|err|"."""
    err, e = _var("err", loc), _var("e", loc)
    absolute = ir.Ternary(ir.Binary("<", err, ir.IntLit(0, loc=loc, type=INT64), loc=loc, type=INT64),
                          ir.Unary("-", copy.deepcopy(err), loc=loc, type=INT64), copy.deepcopy(err),
                          loc=loc, type=INT64)
    return ir.Block([
        ir.ExprStmt(ir.Assign(e, "=", absolute, loc=loc, type=INT64), loc=loc),
        ir.Return(_or_number(table, _var("e", loc), "E", target, loc), loc=loc),
    ], loc=loc)


def _errno_p(table: str, loc: Loc) -> ir.Block:
    """errno_p(err): -err when err is minus a named error number, else 0."""
    err = _var("err", loc)
    neg = ir.Unary("-", copy.deepcopy(err), loc=loc, type=INT64)
    cond = ir.Binary("&&", ir.Binary("<", err, ir.IntLit(0, loc=loc, type=INT64), loc=loc, type=INT64),
                     _known(table, copy.deepcopy(neg), loc), loc=loc, type=INT64)
    value = ir.Ternary(cond, copy.deepcopy(neg), ir.IntLit(0, loc=loc, type=INT64), loc=loc, type=INT64)
    return ir.Block([ir.Return(value, loc=loc)], loc=loc)


def _signal_name(table: str, target: str, loc: Loc) -> ir.Block:
    """signal_name(sig): its name, else the number."""
    return ir.Block([ir.Return(_or_number(table, _var("sig", loc), "", target, loc), loc=loc)],
                    loc=loc)


def prepend_to_begin(prog: ir.Program, fills: list[ir.Stmt], loc: Loc) -> None:
    """The table filled first thing: in the script's first BEGIN clause when that is
    a plain one, else in a BEGIN clause of its own before every other."""
    first: Optional[ir.Probe] = next((p for p in prog.probes
                                      if any(pt.kind == "begin" for pt in p.points)), None)
    from xtrace.ir.clause_errors import is_clause_try
    if first is not None and first.predicate is None and not is_clause_try(first.body) \
            and all(pt.kind == "begin" for pt in first.points):
        first.body = ir.Block(fills + list(first.body.stmts), loc=first.body.loc)
        return
    point = ir.ProbePoint("begin", spelling="begin", loc=loc)
    prog.probes.insert(0, ir.Probe([point], ir.Block(fills, loc=loc), loc=loc))



def signal_name_read(prog: ir.Program, e: ir.Expr, key: ir.Expr) -> bool:
    """Whether `e` is a D port's signal_name(`key`): `t[key] != "" ? t[key] :
    lltostr(key)` of a table `t` the program's BEGIN clauses fill with stap's signal
    names, one top-level store an entry (as tables_for_tapset_calls writes it), and
    nothing else stores into."""
    if not (isinstance(e, ir.Ternary) and isinstance(e.then, ir.Index)):
        return False
    table = e.then.map
    if e != _or_number(table, key, "", "d", e.loc):
        return False
    fills = []
    for p in prog.probes:
        top = {id(s.expr) for s in p.body.stmts if isinstance(s, ir.ExprStmt)} \
            if all(pt.kind == "begin" for pt in p.points) and p.predicate is None else set()
        for x in ir.walk(p.body):
            if isinstance(x, ir.Delete) and x.map == table:
                return False
            stored = x.target if isinstance(x, (ir.Assign, ir.IncDec)) else None
            if isinstance(stored, ir.Index) and stored.map == table:
                if id(x) not in top:
                    return False
                fills.append(x)
    if any(isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Index)
           and x.target.map == table for f in prog.functions for x in ir.walk(f.body)):
        return False
    return fills == [s.expr for s in name_stores(table, signal_entries(), e.loc)]
