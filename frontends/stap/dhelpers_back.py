"""D's subroutines that the stap translation writes as stap functions, read back
as those subroutines.

stap has no basename(), substr() with D's rules, printf %a, inet_ntop(), ... so
`xtrace translate --to stp` defines functions that compute them (print_dstrings.py,
print_dfiles.py's %S and fds[fd].fi_* members, print_dinet.py). A stap script that defines such a function exactly as the
translation writes it, and calls it, is read as calling the D subroutine: the
call becomes the IR node the D frontend makes (ir.Call("basename"), a printf %a
conversion, ...), so the script translates back into the D it came from, and a
run uses the runtime's implementation of the subroutine (runtime/xt_str.h),
which computes what the helper computes.

A function is the helper only when its lowered IR is the IR of the printer's own
helper text, lowered the same way, locations and the names of its parameters
and locals aside (the printer renames a local that would be a global of the
script: print_dstrings.fresh_locals). Its name says nothing: a function of the
script called dtrace_basename with another body stays the script's function.
A call is read back only where the D subroutine it spells is known from the
call (the flag that picks basename or dirname is a constant, ...); the helper
stays defined while any call of it remains. The fi_* string helper's text has
the branches of the members its calls read (print_dfiles.file_str_source): it
is compared with the text for the members its calls name, and calls the
basename/dirname helper, recognised first.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64, STRING

from .dhelpers_calls import READERS, STATEMENT_READERS, printf_back
from .print_dfiles import HELPERS as DFILE_HELPERS, file_str_source
from .print_dinet import SOURCE as DINET_SOURCE, WANT as DINET_WANT
from .print_dstack import HELPER as DSTACK_HELPER
from .print_dsymbols import HELPERS as DSYMBOL_HELPERS
from .print_dstrings import ADDR_HELPER, HELPERS as DSTRING_HELPERS, INT_HELPER

# helper kind -> the printer's text of it (NAME for its name)
_SOURCES: dict[str, str] = {
    **{want: src for want, src in DSTRING_HELPERS.values()},
    **{want: src for want, src in DSYMBOL_HELPERS.values()},
    "dtrace_addr": ADDR_HELPER,
    "dtrace_strescape": DFILE_HELPERS["escape"][1],
    "dtrace_int": INT_HELPER,
    DINET_WANT: DINET_SOURCE,
    "dtrace_fileinfo_int": DFILE_HELPERS["file_int"][1],
    # D's stack() action and %k (print_dstack.py): it calls the %a helper
    "dtrace_stack": DSTACK_HELPER,
}

# helpers whose text depends on the calls: D's fi_* strings, with the branches of
# the members the script reads (their constant second arguments) only
_VARIANTS: dict[str, Callable[[set[int]], str]] = {"dtrace_fileinfo": file_str_source}

_reading = False  # lowering the printer's own helpers: they stay functions


def read_dtrace_helpers(prog: ir.Program, filename: str, optimize: bool) -> ir.Program:
    """`prog` (a stap program from `filename`, lowered with stap's optimizer on
    or off as `optimize` says) with each call of a function that is one of the
    translation's D helpers as the D subroutine, and the helpers nothing calls
    any more dropped; `prog` itself when it has none."""
    if _reading or not prog.functions:
        return prog
    own = [f for f in prog.functions if f.loc.file == filename]
    kinds = {f.name: k for f in own if (k := _helper_kind(f, optimize)) is not None}
    # then the helpers that call those (fi_* strings call D's basename/dirname)
    for f in own:
        whats = _constant_whats(prog, f.name) if f.name not in kinds else None
        if whats:
            k = _helper_kind(f, optimize, frozenset(whats), kinds)
            if k is not None:
                kinds[f.name] = k
    # and the helpers that call the %a helper (D's stack(): print_dstack.py)
    for f in own:
        if f.name not in kinds and kinds and any(
                isinstance(x, ir.FuncCall) and x.name in kinds for x in ir.walk(f.body)):
            k = _helper_kind(f, optimize, kinds=kinds)
            if k is not None:
                kinds[f.name] = k
    kinds = {name: k for name, k in kinds.items()
             if k not in STATEMENT_READERS or _every_call_read(prog, name, STATEMENT_READERS[k])}
    if not kinds:
        return prog

    def back(x):
        if isinstance(x, ir.FuncCall) and x.name in kinds:
            return READERS[kinds[x.name]](x) or x
        if isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.FuncCall) and x.expr.name in kinds:
            return STATEMENT_READERS.get(kinds[x.expr.name], lambda c: None)(x.expr) or x
        if isinstance(x, (ir.Printf, ir.Sprintf)):
            return printf_back(x, kinds)
        return x

    helpers = [f for f in prog.functions if f.name in kinds]
    for p in prog.probes:
        p.body = ir.map_tree(p.body, back)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, back)
    for f in prog.functions:
        if f.name not in kinds:
            f.body = ir.map_tree(f.body, back)
    for g in prog.globals:
        if g.init is not None:
            g.init = ir.map_tree(g.init, back)
    called = _called(prog, {f.name for f in helpers})
    prog.functions = [f for f in prog.functions if f.name not in kinds or f.name in called]
    return prog


def _called(prog: ir.Program, helpers: set[str]) -> set[str]:
    """The functions called from the probes, the globals' initializers and the
    script's other functions, directly or through the helpers `helpers` they call."""
    bodies = {f.name: f.body for f in prog.functions}
    roots = [r for r in ir.program_roots(prog)
             if not any(r is bodies[h] for h in helpers if h in bodies)]
    called: set[str] = set()
    pending = [x.name for r in roots for x in ir.walk(r) if isinstance(x, ir.FuncCall)]
    while pending:
        name = pending.pop()
        if name in called:
            continue
        called.add(name)
        if name in helpers and name in bodies:
            pending += [x.name for x in ir.walk(bodies[name]) if isinstance(x, ir.FuncCall)]
    return called


# ------------------------------------------------------------ recognising helpers

def _helper_kind(f: ir.Function, optimize: bool, variant: frozenset[int] = frozenset(),
                 kinds: Optional[dict[str, str]] = None) -> Optional[str]:
    """The helper (its key in _SOURCES, or with a `variant`, in _VARIANTS) `f` is,
    or None; `kinds`: the helpers already known, which `f` may call."""
    if f.c_body is not None:
        return None
    sig = (_TYPE_WORDS.get(f.ret), tuple(_TYPE_WORDS.get(p.type) for p in f.params))
    for kind in (_VARIANTS if variant else _SOURCES):
        # the declared types first: lowering a helper's text costs a parse
        if _signature(kind) != sig:
            continue
        want = _canonical(kind, optimize, variant)
        if want is not None and _shape(f, kinds or {}) == _shape(want, {}):
            return kind
    return None


def _every_call_read(prog: ir.Program, name: str, read) -> bool:
    """Whether each call of function `name` is a statement that `read` reads as the
    D action it is: a helper kept for one call would be the script's function,
    calling the %a helper another port would define again."""
    stmts = {id(s.expr) for r in ir.program_roots(prog) for s in ir.walk(r)
             if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.FuncCall) and s.expr.name == name}
    calls = [x for r in ir.program_roots(prog) for x in ir.walk(r)
             if isinstance(x, ir.FuncCall) and x.name == name]
    return all(id(c) in stmts and read(c) is not None for c in calls)


def _constant_whats(prog: ir.Program, name: str) -> Optional[set[int]]:
    """The constant second arguments of the calls of function `name` (None if
    one is computed or a call has no second argument)."""
    whats: set[int] = set()
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.FuncCall) and x.name == name:
                if len(x.args) != 2 or not isinstance(x.args[1], ir.IntLit):
                    return None
                whats.add(x.args[1].value)
    return whats


_TYPE_WORDS = {INT64: "long", STRING: "string"}


@lru_cache(maxsize=None)
def _signature(kind: str) -> tuple[Optional[str], tuple[Optional[str], ...]]:
    """The result and parameter types the helper `kind` declares, as written."""
    m = re.search(r"function NAME(?::(\w+))?\(([^)]*)\)", _source(kind, frozenset({0})))
    if m is None:
        return None, ()
    params = [p.partition(":")[2] or None for p in m.group(2).split(", ")] if m.group(2) else []
    return m.group(1), tuple(params)


def _source(kind: str, variant: frozenset[int]) -> str:
    """The printer's text of helper `kind` (for the members `variant`)."""
    return _VARIANTS[kind](set(variant)) if kind in _VARIANTS else _SOURCES[kind]


_LOWERED: dict[tuple[str, bool, frozenset[int]], ir.Function] = {}


def _canonical(kind: str, optimize: bool, variant: frozenset[int] = frozenset()) -> Optional[ir.Function]:
    """The printer's helper `kind` lowered as a script's function is (None if the
    lowering fails, which would be a bug: the helper is then not recognised, and
    stays the script's function, which computes the same)."""
    key = (kind, optimize, variant)
    if key not in _LOWERED:
        f = _lowered(kind, optimize, variant)
        if f is None:
            return None  # not kept: the next script tries again
        _LOWERED[key] = f
    return _LOWERED[key]


def _lowered(kind: str, optimize: bool, variant: frozenset[int]) -> Optional[ir.Function]:
    """_canonical's lowering of the helper's text."""
    global _reading
    from . import parse
    src = _source(kind, variant).replace("NAME", kind, 1)
    if "PATHPART" in src:  # D's basename/dirname: its helper, named by its kind
        src = src.replace("PATHPART", "dtrace_pathpart") + "\n" + \
            _SOURCES["dtrace_pathpart"].replace("NAME", "dtrace_pathpart", 1)
    if kind == "dtrace_stack":  # D's stack(): the %a helper it calls, named by its kind
        src = src.replace("ADDR(", "dtrace_addr(", 1) + "\n" + \
            _SOURCES["dtrace_addr"].replace("NAME", "dtrace_addr", 1)
    params = re.search(r"function \w+(?::\w+)?\(([^)]*)\)", src)
    dummies = ['""' if p.endswith(":string") else "0"
               for p in (params.group(1).split(", ") if params and params.group(1) else [])]
    # a call keeps the function from stap's optimizer, which drops what nothing calls
    call = f"{kind}({', '.join(dummies)})"
    src += f"\nprobe begin {{ {call if _signature(kind)[0] is None else f'print({call})'} }}\n"
    _reading = True
    try:
        prog = parse(src, "dhelper.stp", optimize=optimize)
    except Exception:  # noqa: BLE001 (our own text: never the user's error)
        return None
    finally:
        _reading = False
    return next((f for f in prog.functions if f.name == kind), None)


def _shape(f: ir.Function, kinds: dict[str, str]) -> tuple:
    """What `f` computes, comparable with ==: its parameters' types, result type
    and body, with its parameters and locals named by their order of appearance
    and its calls of the helpers `kinds` by their kind (locations never compare)."""
    names: dict[str, str] = {}

    def rename(name: str) -> str:
        return names.setdefault(name, f"v{len(names)}")

    params = [(rename(p.name), p.type) for p in f.params]

    def local(x):
        if isinstance(x, ir.Var) and x.scope == "local":
            x.name = rename(x.name)
        elif isinstance(x, ir.FuncCall) and x.name in kinds:
            x.name = kinds[x.name]
        return x
    body = ir.map_tree(copy.deepcopy(f.body), local)
    return params, f.ret, body
