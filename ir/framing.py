"""DTrace's non-quiet record framing (ir.Probe.framed) as explicit statements.

A D script without `#pragma D option quiet` prints, before the session's first
record, the heading `CPU     ID                    FUNCTION:NAME`, and frames
each firing of a recording clause as `%3d %6d %32s ` (CPU, probe ID,
`function:name`) ... newline. Another language prints the same with a printf at
each end of the clause and a global that remembers the heading. The probe ID is
xtrace's numbering of the session's probes (`probe_ids`, which the D driver
prints as well): BEGIN 1, END 2 and ERROR 3 as in DTrace, then the syscalls,
kernel functions and ticks the session resolved. A translation numbers them the
same way from the same analysis (Program.options['probe_ids']); a clause whose
probe has several sites (`syscall::read*:entry`) prints the ID and name of the
one that fired, which a translation cannot know statically: a gap.
"""

from __future__ import annotations

import copy

from . import nodes as ir
from .loc import XtraceError
from .types import INT64, STRING

HEADING = "CPU     ID                    FUNCTION:NAME\n"
_IDS = {"begin": (1, "BEGIN"), "end": (2, "END"), "error": (3, "ERROR")}


def probe_ids(points) -> dict[str, int]:
    """`function:name` -> probe ID for the prefix lines, from the resolved points
    (ir.analysis.Analysis.points): BEGIN 1, END 2, ERROR 3 as in DTrace, then the
    probes this session resolved (syscalls by number, entry before return; kernel
    functions by name; ticks), numbered in that order. DTrace's own IDs depend on
    the providers of the machine; these are stable per kernel."""
    ids = {":BEGIN": 1, ":END": 2, ":ERROR": 3}
    sys, funcs, ticks, provider = set(), set(), [], []
    for rps in points:
        for rp in rps:
            p = rp.point
            if p.alias and p.kind in ("tracepoint", "kfunc"):
                provider.append(":" + p.alias.rsplit(":", 1)[-1])  # proc:::create -> ":create"
            elif p.kind == "syscall":
                sys.update(rp.syscalls)
            elif p.kind == "kfunc":
                funcs.update(rp.functions)
            elif p.kind == "timer":
                ticks.append(_tick(p))
    names = [f"{nm}:{side}" for nm, _ in sorted(sys, key=lambda x: x[1]) for side in ("entry", "return")]
    names += [f"{f}:{side}" for f in sorted(funcs) for side in ("entry", "return")]
    for d in names + ticks + provider:
        ids.setdefault(d, len(ids) + 1)
    return ids


def _tick(p: ir.ProbePoint) -> str:
    return ":" + (p.spelling or "").rsplit(":", 1)[-1]


def _site(p: ir.Probe, ids: dict[str, int], sites: dict[int, list[str]]) -> tuple[int, str]:
    """(ID, `function:name`) of the one site a framed clause's probe has."""
    kinds = {pt.kind for pt in p.points}
    if len(kinds) == 1 and kinds <= set(_IDS):
        pid, name = _IDS[kinds.pop()]
        return pid, ":" + name
    spelled = ", ".join(pt.spelling or pt.kind for pt in p.points)
    descs = sites.get(id(p))
    if descs is None or len(set(descs)) != 1 or descs[0] not in ids:
        why = ("has several sites, and which one fired (its ID and name) is only known at run time"
               if descs and len(set(descs)) > 1 else "has no probe ID known to the translation")
        raise XtraceError(f"DTrace's non-quiet probe line of '{spelled}' shows the probe's ID and "
                          f"function:name, and this probe {why} (nearest: `#pragma D option quiet` "
                          "in the D source, or one clause per probe)", p.loc)
    return ids[descs[0]], descs[0]


def site_names(prog: ir.Program, points) -> dict[int, list[str]]:
    """id(probe) -> the `function:name` of every site it attaches to (None-free lists
    only for the kinds probe_ids numbers)."""
    out: dict[int, list[str]] = {}
    for p, rps in zip(prog.probes, points):
        descs: list[str] = []
        for rp in rps:
            pt = rp.point
            side = "return" if pt.is_return else "entry"
            if pt.alias and pt.kind in ("tracepoint", "kfunc"):
                descs.append(":" + pt.alias.rsplit(":", 1)[-1])
            elif pt.kind == "syscall":
                descs += [f"{nm}:{side}" for nm, _ in rp.syscalls]
            elif pt.kind == "kfunc":
                descs += [f"{f}:{side}" for f in rp.functions]
            elif pt.kind == "timer":
                descs.append(_tick(pt))
            else:
                break
        else:
            out[id(p)] = descs
    return out


def record_probe_ids(prog: ir.Program, analysis) -> None:
    """Keep the session's probe numbering in the program, for explicit_framing in a
    translation (its probes are the ones numbered)."""
    if not needs_framing(prog):
        return
    ids = probe_ids(analysis.points)
    sites = site_names(prog, analysis.points)
    prog.options = {**(prog.options or {}), "probe_ids": ids,
                    "probe_sites": [sites.get(id(p)) for p in prog.probes]}


def needs_framing(prog: ir.Program) -> bool:
    """Whether `prog` is a D script that prints DTrace's framing."""
    return not (prog.options or {}).get("quiet", prog.lang != "d") and any(p.framed for p in prog.probes)


def explicit_framing(prog: ir.Program) -> ir.Program:
    """A copy of `prog`, quiet, whose framed clauses print their framing themselves
    (XtraceError at a framed clause whose DTrace probe ID cannot be known)."""
    if not needs_framing(prog):
        return prog
    ids = (prog.options or {}).get("probe_ids") or {}
    listed = (prog.options or {}).get("probe_sites") or []
    sites = {id(p): descs for p, descs in zip(prog.probes, listed) if descs is not None}
    where = {id(p): _site(p, ids, sites) for p in prog.probes if p.framed}
    before = list(prog.probes)
    prog = traces_as_printf(prog)
    prog = copy.deepcopy(prog)
    flag = _free_name(prog, "dtrace_heading")
    prog.globals.append(ir.Global(flag, "scalar", type=INT64))
    for orig, p in zip(before, prog.probes):
        if not p.framed:
            continue
        pid, name = where[id(orig)]
        loc = p.loc
        var = ir.Var(flag, "global", loc=loc, type=INT64)
        heading = ir.If(ir.Unary("!", var, loc=loc, type=INT64), ir.Block([
            ir.ExprStmt(ir.Assign(var, "=", ir.IntLit(1, loc=loc, type=INT64), loc=loc, type=INT64),
                        loc=loc),
            ir.Printf(HEADING, [], loc=loc)], loc=loc), loc=loc)
        prefix = ir.Printf("%3d %6d %32s ", [ir.Builtin("cpu", loc=loc, type=INT64),
                                             ir.IntLit(pid, loc=loc, type=INT64),
                                             ir.StrLit(name, loc=loc, type=STRING)], loc=loc)
        p.body = ir.Block([heading, prefix, *p.body.stmts, ir.Printf("\n", [], loc=loc)], loc=p.body.loc)
        p.framed = False
    prog.options = {**(prog.options or {}), "quiet": True}
    return prog


def trace_format(e: ir.Expr, quiet: bool) -> str:
    """trace()'s printf format: dtrace-utils 2.x's layout (dt_consume.c dt_print_trace):
    quiet, the bare value; else strings `  %-33s` and integers by size and sign,
    ` %3d` ` %5d` ` %10d` ` %19ld` (signed) and ` %20lu` (unsigned 64-bit) etc.
    D types the IR keeps coarser are taken as D has them: an integer constant
    that fits is an int, timestamps are uint64_t."""
    assert e.type is not None
    if e.type.is_str:
        return "%s" if quiet else "  %-33s"
    bits, signed = e.type.bits, e.type.signed
    if isinstance(e, ir.IntLit):
        bits, signed = (32, True) if -(1 << 31) <= e.value < (1 << 31) else (64, True)
    elif isinstance(e, ir.Builtin) and e.name in ("timestamp", "walltimestamp"):
        signed = False
    length = {8: "hh", 16: "h", 32: "", 64: "l"}.get(bits, "l")
    width = {8: 3, 16: 5, 32: 10, 64: 19 if signed else 20}.get(bits, 20)
    conv = "d" if signed else "u"
    return f"%{length}{conv}" if quiet else f" %{width}{length}{conv}"


def traces_as_printf(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose trace() statements are the printf they print as (for
    another language; the program's quiet option decides the layout)."""
    if not any(isinstance(x, ir.Trace) for p in prog.probes for x in ir.walk(p.body)):
        return prog
    quiet = bool((prog.options or {}).get("quiet"))
    prog = copy.deepcopy(prog)

    def fix(s):
        if isinstance(s, ir.Trace):
            return ir.Printf(trace_format(s.expr, quiet), [s.expr], loc=s.loc)
        if isinstance(s, ir.Block):
            s.stmts = [fix(x) for x in s.stmts]
        elif isinstance(s, ir.If):
            s.then, s.else_ = fix(s.then), fix(s.else_) if s.else_ is not None else None
        return s
    for p in prog.probes:
        p.body = fix(p.body)
    return prog


def _free_name(prog: ir.Program, base: str) -> str:
    taken = {g.name for g in prog.globals} | {f.name for f in prog.functions}
    name, i = base, 2
    while name in taken:
        name, i = f"{base}{i}", i + 1
    return name
