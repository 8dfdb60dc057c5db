"""DTrace's non-quiet record framing (ir.Probe.framed) as explicit statements.

A D script without `#pragma D option quiet` prints, before the session's first
record, the heading `CPU     ID                    FUNCTION:NAME`, and frames
each firing of a recording clause as `%3d %6d %32s ` (CPU, probe ID,
`function:name`) ... newline. Another language prints the same with a printf at
each end of the clause and a global that remembers the heading. The probe ID is
xtrace's numbering of the session's probes (`probe_ids`, which the D driver
prints as well): BEGIN 1, END 2 and ERROR 3 as in DTrace, then the syscalls,
kernel functions and ticks the session resolved. A translation numbers them the
same way from the same analysis (Program.options['probe_ids']). A clause whose
probe has several sites (`syscall::read*:entry`) prints the ID and name of the
one that fired: the translation looks it up at run time by the syscall's or
function's name (a table filled at the start), or, where the target reads the
syscall's number and the sites are many (`syscall:::entry`), as a function of the
number (ir/sysnr_pieces.py); several kinds of site, or entries mixed with returns,
in one clause stay a gap.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Callable, Optional

from . import nodes as ir
from .loc import XtraceError
from .specheading import held_headings, speculates
from .faultfirst import _can_fault
from .sugarblocks import first_block_records, pieces, recording_runs, records, sugared
from .sysnr_pieces import by_number
from .types import INT64, STRING
from xtrace.runtime import flow
from xtrace.runtime.flow import arrow, flow_kind

HEADING = "CPU     ID                    FUNCTION:NAME\n"
FLOW_HEADING = flow.HEADING  # with flowindent: `CPU FUNCTION`
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
    names += [f"{f.rpartition(':')[2]}:{side}" for f in sorted(funcs) for side in ("entry", "return")]
    kept = _kept_names(points)
    if kept is not None and not names:
        # a system call or function a kept script argument names (`syscall::$1:entry`),
        # the session's only one: numbered first, whichever the argument names
        names = [f"{kept}:{side}" for side in ("entry", "return")]
    for d in names + ticks + provider:
        ids.setdefault(d, len(ids) + 1)
    return ids


def _tick(p: ir.ProbePoint) -> str:
    return ":" + (p.spelling or "").rsplit(":", 1)[-1]


def _kept_names(points) -> Optional[str]:
    """`$N` where every syscall or kernel-function point a translation resolved with no
    site is named by the same kept script argument N (D's `syscall::$1:return`), else
    None."""
    args = {rp.point.name_arg for rps in points for rp in rps
            if rp.point.kind in ("syscall", "kfunc") and not rp.syscalls and not rp.functions}
    return f"${args.pop()}" if len(args) == 1 and 0 not in args else None


def _point_descs(rp) -> list[str] | None:
    """The FUNCTION:NAME of each site one resolved point attaches to, for the kinds
    the probe IDs number by site (None for the others)."""
    p = rp.point
    side = "return" if p.is_return else "entry"
    if p.alias and p.kind in ("tracepoint", "kfunc"):
        return [":" + p.alias.rsplit(":", 1)[-1]]
    if p.name_arg and p.kind in ("syscall", "kfunc") and not rp.syscalls and not rp.functions:
        return [f"${p.name_arg}:{side}"]
    if p.kind == "syscall":
        return [f"{nm}:{side}" for nm, _ in rp.syscalls]
    if p.kind == "kfunc":
        return [f"{f.rpartition(':')[2]}:{side}" for f in rp.functions]
    if p.kind == "timer":
        return [_tick(p)]
    return None


def provider_field(points: list[ir.ProbePoint], field: str) -> Optional[str]:
    """D's probeprov/probemod/probefunc/probename of a clause whose every point stands
    for the same DTrace provider probe (proc:::exec-success: proc, vmlinux, "",
    exec-success, as the D driver names it), else None."""
    idx = {"probeprov": 0, "probemod": 1, "probefunc": 2, "probename": 3}.get(field)
    fields = {tuple(p.alias.split(":")) if p.alias else () for p in points}
    if idx is None or len(fields) != 1:
        return None
    parts = fields.pop()
    if len(parts) != 4:
        return None
    return "vmlinux" if idx == 1 else parts[idx]


def site_descs(rps) -> list[str]:
    """The FUNCTION:NAME (probe_ids' keys) of every probe one clause's resolved
    points enable: D's enabled probes, which `epid` numbers."""
    out: list[str] = []
    for rp in rps:
        descs = _point_descs(rp)
        if descs is not None:
            out += descs
        elif rp.point.kind in ("begin", "end", "error"):
            out.append(":" + rp.point.kind.upper())
    return list(dict.fromkeys(out))


def _site(p: ir.Probe, ids: dict[str, int], sites: dict[int, list[str]]) -> tuple[int, str] | list[str]:
    """(ID, `function:name`) of the one site a framed clause's probe has, or the
    `function:name` of each of its sites when it has several that the target can
    tell apart at run time (syscalls by name, kernel functions by function, all
    entries or all returns)."""
    kinds = {pt.kind for pt in p.points}
    if len(kinds) == 1 and kinds <= set(_IDS):
        pid, name = _IDS[kinds.pop()]
        return pid, ":" + name
    spelled = ", ".join(pt.spelling or pt.kind for pt in p.points)
    descs = sites.get(id(p))

    def gap(why: str) -> XtraceError:
        return XtraceError(f"DTrace's non-quiet probe line of '{spelled}' shows the probe's ID and "
                           f"function:name, and this probe {why} (nearest: `#pragma D option quiet` "
                           "in the D source, or one clause per probe)", p.loc)
    if not descs or any(d not in ids for d in descs):
        raise gap("has no probe ID known to the translation")
    if len(set(descs)) == 1:
        return ids[descs[0]], descs[0]
    if len(kinds) != 1 or not kinds <= {"syscall", "kfunc"} or any(pt.alias for pt in p.points):
        raise gap("has several sites of different kinds, and which one fired (its ID and name) "
                  "is only known at run time")
    if len({d.rsplit(":", 1)[1] for d in descs}) != 1:
        raise gap("has entry and return sites, and which one fired is only known at run time")
    return list(dict.fromkeys(descs))


def site_names(prog: ir.Program, points) -> dict[int, list[str]]:
    """id(probe) -> the `function:name` of every site it attaches to (None-free lists
    only for the kinds probe_ids numbers)."""
    out: dict[int, list[str]] = {}
    for p, rps in zip(prog.probes, points):
        each = [_point_descs(rp) for rp in rps]
        if all(d is not None for d in each):
            out[id(p)] = [d for descs in each for d in descs]
    return out


def record_probe_ids(prog: ir.Program, analysis) -> None:
    """Keep the session's probe numbering in the program, for explicit_framing and
    D's `id` and `epid` in a translation (its probes are the ones numbered)."""
    if not needs_framing(prog) and not _uses_ids(prog):
        return
    points = [[_matched(rp, analysis.target) for rp in rps] for rps in analysis.points]
    ids = probe_ids(points)
    sites = site_names(prog, points)
    numbers = {nm: nr for rps in points for rp in rps for nm, nr in rp.syscalls}
    prog.options = {**(prog.options or {}), "probe_ids": ids, "syscall_nrs": numbers,
                    "probe_sites": [sites.get(id(p)) for p in prog.probes],
                    "probe_descs": [site_descs(rps) for rps in points]}


def _matched(rp, target):
    """`rp` with each kernel-function pattern a translation kept (`fbt::ksys_lsee*:entry`)
    as the functions BTF describes that it matches: DTrace's probe lines name the
    function that fired, not the pattern. As it is when nothing matches or there is no
    pattern."""
    if rp.point.kind != "kfunc" or not getattr(target, "functions_guessed", False):
        return rp
    from .analysis import btf_matches
    funcs: list[str] = []
    for f in rp.functions:
        funcs += btf_matches(target, f) or [f]
    return rp if funcs == rp.functions else dataclasses.replace(rp, functions=funcs)


def _uses_ids(prog: ir.Program) -> bool:
    return any(isinstance(x, ir.Builtin) and x.name in ("probe_id", "epid")
               for p in prog.probes for root in (p.predicate, p.body) if root is not None
               for x in ir.walk(root))


def ids_as_values(prog: ir.Program,
                  site_key: Callable[[list[ir.ProbePoint], str], Optional[str]] = lambda pts, nm: nm,
                  reads_nr: Callable[[ir.Probe], bool] = lambda p: False) -> ir.Program:
    """A copy of `prog` whose D `id` (the probe's ID, as the prefix lines number it)
    and `epid` (the enabled probe's: clause by clause in script order, each
    clause's probes by ID, as the D driver numbers them) are constants, or, in a
    clause with several syscall or kernel-function sites of one side, chosen by
    the name of the site that fired (`site_key` as for explicit_framing; None for
    a name the target cannot match), or on its number where `reads_nr` says the
    target reads it in that clause and that is shorter. Left as they are where the
    sites are not known."""
    if not _uses_ids(prog):
        return prog
    opts = prog.options or {}
    ids, descs_of = opts.get("probe_ids") or {}, opts.get("probe_descs") or []
    if len(descs_of) != len(prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    nxt = 1
    nrs = opts.get("syscall_nrs") or {}
    for p, descs in zip(prog.probes, descs_of):
        if p.implicit:
            continue
        mine = sorted({ids[d] for d in descs if d in ids})
        first, nxt = nxt, nxt + len(mine)
        known = [d for d in descs if d in ids]
        if not known:
            continue
        numbers = nrs if reads_nr(p) else {}
        values = {"probe_id": {d: ids[d] for d in known},
                  "epid": {d: first + mine.index(ids[d]) for d in known}}

        def fix(e, p=p, values=values, numbers=numbers):
            if isinstance(e, ir.Builtin) and e.name in values:
                return _by_site(p, values[e.name], site_key, numbers) or e
            return e
        p.body = ir.map_tree(p.body, fix)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, fix)
    return prog


def _by_site(p: ir.Probe, value: dict[str, int],
             site_key: Callable[[list[ir.ProbePoint], str], Optional[str]],
             numbers: dict[str, int]) -> Optional[ir.Expr]:
    """The value of the site that fired: a constant when all sites have one, else a
    function of the syscall's number (`numbers`, where the target reads it) when
    that is shorter, else a choice on the syscall's or kernel function's name (None
    where that cannot tell)."""
    loc = p.loc
    if len(set(value.values())) == 1:
        return ir.IntLit(next(iter(value.values())), loc=loc, type=INT64)
    kinds = {pt.kind for pt in p.points}
    if len(kinds) != 1 or not kinds <= {"syscall", "kfunc"} or any(pt.alias for pt in p.points) \
            or len({d.rsplit(":", 1)[1] for d in value}) != 1:
        return None
    syscall = kinds == {"syscall"}
    if syscall:
        by_nr = by_number({d.rsplit(":", 1)[0]: v for d, v in value.items()}, numbers, loc)
        if by_nr is not None:
            return by_nr
    key = ir.Builtin("syscall_name" if syscall else "probefunc", loc=loc, type=STRING)
    out: ir.Expr = ir.IntLit(0, loc=loc, type=INT64)
    for d, v in sorted(value.items(), key=lambda kv: kv[1], reverse=True):
        func = d.rsplit(":", 1)[0]
        k = site_key(p.points, func) if syscall else func
        if k is None:
            return None
        out = ir.Ternary(ir.Binary("==", key, ir.StrLit(k, loc=loc, type=STRING), loc=loc, type=INT64),
                         ir.IntLit(v, loc=loc, type=INT64), out, loc=loc, type=INT64)
    return out


def needs_framing(prog: ir.Program) -> bool:
    """Whether `prog` is a D script that prints DTrace's framing (flowindent prints the
    probe lines even when quiet)."""
    opts = prog.options or {}
    return (not opts.get("quiet", prog.lang != "d") or (prog.lang == "d" and bool(opts.get("flowindent")))) \
        and any(p.framed for p in prog.probes)


def explicit_framing(prog: ir.Program,
                     site_key: Callable[[list[ir.ProbePoint], str], str] = lambda pts, nm: nm,
                     cpu_of: Optional[Callable[[ir.Probe], ir.Expr]] = None,
                     reads_nr: Callable[[ir.Probe], bool] = lambda p: False) -> ir.Program:
    """A copy of `prog`, quiet, whose framed clauses print their framing themselves
    (XtraceError at a framed clause whose DTrace probe ID cannot be known).

    A clause with several sites prints the site that fired: its `function:name`
    from the syscall's name (Builtin syscall_name) or the kernel function's
    (Builtin probefunc), and its ID from a global array filled at the start of
    the session, or, where `reads_nr` says the target reads the syscall's number in
    that clause (Builtin syscall_nr) and that is shorter than the table, as a
    function of the number (ir/sysnr_pieces.py). `site_key` maps a clause's points and a syscall's kernel name to
    what syscall_name yields there in the target (stap's syscall.pread says `pread`,
    its syscall_any and DTrace `pread64`). `cpu_of`: the CPU column's expression in
    a clause, where the target cannot always read the CPU (the CPU number by default)."""
    if not needs_framing(prog):
        return prog
    prog = sides_apart(prog)
    # a quiet record has no newline at its end; with flowindent it still has its line
    quiet = bool((prog.options or {}).get("quiet"))
    flow = bool((prog.options or {}).get("flowindent"))
    ids = (prog.options or {}).get("probe_ids") or {}
    nrs = (prog.options or {}).get("syscall_nrs") or {}
    listed = (prog.options or {}).get("probe_sites") or []
    sites = {id(p): descs for p, descs in zip(prog.probes, listed) if descs is not None}
    where = {id(p): _site(p, ids, sites) for p in prog.probes if p.framed}
    if flow:
        _flow_sites_apart(prog, where)
    before = list(prog.probes)
    prog = traces_as_printf(prog)
    prog = copy.deepcopy(prog)
    first = _heading_clause(prog)
    flag = ir.free_name(prog, "dtrace_heading")
    if first is None:
        prog.globals.append(ir.Global(flag, "scalar", type=INT64))
    depth = ir.free_name(prog, "dtrace_flow_depth") if flow else ""
    if flow:
        prog.globals.append(ir.Global(depth, "scalar", type=INT64))
    head = FLOW_HEADING if flow else HEADING
    table: Optional[str] = None
    spec_clauses: list[ir.Probe] = []
    table_rows: dict[tuple[str, ...], int] = {}
    for orig, p in zip(before, prog.probes):
        if not p.framed:
            continue
        site = where[id(orig)]
        loc = p.loc
        if isinstance(site, tuple):
            id_expr: ir.Expr = ir.IntLit(site[0], loc=loc, type=INT64)
            name_expr: ir.Expr = _kept_site_name(site[1], p)
        else:
            id_expr, name_expr = _fired_site(p, site, ids, site_key)
            by_nr = by_number({d.rsplit(":", 1)[0]: ids[d] for d in site}, nrs, loc) \
                if p.points[0].kind == "syscall" and reads_nr(orig) else None
            if by_nr is not None:
                id_expr = by_nr
            else:
                if table is None:
                    table = ir.free_name(prog, "dtrace_probe_id")
                    prog.globals.append(ir.Global(table, "map", type=INT64, key_types=[STRING, STRING]))
                id_expr = _table_row(p, site, ids, table, table_rows, site_key)
        var = ir.Var(flag, "global", loc=loc, type=INT64)
        heading: list[ir.Stmt] = [ir.If(ir.Unary("!", var, loc=loc, type=INT64), ir.Block([
            ir.ExprStmt(ir.Assign(var, "=", ir.IntLit(1, loc=loc, type=INT64), loc=loc, type=INT64),
                        loc=loc),
            ir.Printf(head, [], loc=loc)], loc=loc), loc=loc)]
        if first is not None:
            # the session's first record is this clause's: the heading goes first, once
            heading = [ir.Printf(head, [], loc=loc)] if p is first else []
        elif speculates(p):
            # its record prints at a commit, if ever: the heading goes there (specheading)
            heading = []
            spec_clauses.append(p)
        cpu = cpu_of(p) if cpu_of is not None else ir.IntLit(0, loc=loc, type=INT64) \
            if p.framed_cpu_zero else ir.Builtin("cpu", loc=loc, type=INT64)
        if flow:
            prefix: list[ir.Stmt] = _flow_prefix(p, site, name_expr, depth, cpu)
        else:
            prefix = [ir.Printf("%3d %6d %32s ", [cpu, id_expr, name_expr], loc=loc)]

        def record(run: list[ir.Stmt], i: int, heading=heading, prefix=prefix, loc=loc) -> list[ir.Stmt]:
            """One record framed: the heading (the first block's only, where the clause
            prints the session's first record), the probe line, the run, the newline."""
            stmts, last = list(run), []
            if stmts and isinstance(stmts[-1], ir.Next):
                last = [stmts.pop()]  # (a block that calls exit(): ir/sugarblocks.py)
            if stmts and isinstance(stmts[-1], ir.Exit):
                # the record's newline before the clause's closing exit(), as a porter
                # writes it: DTrace ends the session after the record is printed
                last.insert(0, stmts.pop())
            end = [] if quiet else [ir.Printf("\n", [], loc=loc)]
            head = heading if i == 0 or first is None else []
            # what can fault before the record's first output (ir/faultfirst.py put it
            # there) goes before the probe line too, with the statements between it and
            # the clause's start (soconnect.d's `s = ...` the read after it uses):
            # DTrace prints no part of a record whose clause faulted
            k = 0
            for j, x in enumerate(stmts):
                if records(x):
                    break
                if _can_fault(x):
                    k = j + 1
            return [*stmts[:k], *copy.deepcopy(head), *copy.deepcopy(prefix), *stmts[k:], *end, *last]
        if _by_blocks(p):
            # DTrace frames each basic block that records (ir/sugarblocks.py)
            count = [0]

            def block(run: list[ir.Stmt], record=record, count=count) -> list[ir.Stmt]:
                count[0] += 1
                return record(run, count[0] - 1)
            p.body = ir.Block(_blocks_framed(p.body, block), loc=p.body.loc)
        else:
            p.body = ir.Block(record(list(p.body.stmts), 0), loc=p.body.loc)
        p.framed = False
    held_headings(prog, spec_clauses, flag, head)
    if table is not None and len({side for _, side in table_rows}) == 1:
        # every clause it serves is an entry (or every one a return): the side is
        # the same in each row, and a porter keys the table by the site's name alone
        table_rows = {(k, ): v for (k, _), v in table_rows.items()}
        prog.global_named(table).key_types = [STRING]
        for n in ir.walk(list(ir.program_roots(prog))):
            if isinstance(n, ir.Index) and n.map == table:
                del n.keys[1:]
    if table is not None:
        # Filled before any clause runs: a begin probe ahead of the script's own.
        loc = prog.probes[0].loc if prog.probes else ir.NOLOC
        fill = [ir.ExprStmt(ir.Assign(ir.Index(table, [ir.StrLit(k, loc=loc, type=STRING) for k in keys],
                                               loc=loc, type=INT64),
                                      "=", ir.IntLit(v, loc=loc, type=INT64), loc=loc, type=INT64), loc=loc)
                for keys, v in table_rows.items()]
        prog.probes.insert(0, ir.Probe([ir.ProbePoint("begin", loc=loc)], ir.Block(fill, loc=loc),
                                       loc=loc, implicit=True))
    prog.options = {**(prog.options or {}), "quiet": True}
    return prog


def _by_blocks(p: ir.Probe) -> bool:
    """Whether framed clause `p` is framed per basic block: it has an `if` (and no
    speculation, whose record xtrace keeps whole)."""
    return sugared(p) and not speculates(p)


def _blocks_framed(body: ir.Stmt, frame: Callable[[list[ir.Stmt]], list[ir.Stmt]]) -> list[ir.Stmt]:
    """The statements of `body` with each basic block that records replaced by
    `frame` of it (its statements with the framing around them)."""
    out: list[ir.Stmt] = []
    for piece in pieces(body):
        if isinstance(piece, ir.If):
            piece.then = _branch(piece.then, _blocks_framed(piece.then, frame))
            if piece.else_ is not None:
                piece.else_ = _branch(piece.else_, _blocks_framed(piece.else_, frame))
            out.append(piece)
        elif records(piece):
            # a comment ending the run is about the `if` after it (ir/trailing_comments.py):
            # it stays above that `if`, after the run's closing newline
            tail: list[ir.Stmt] = []
            while piece and isinstance(piece[-1], ir.Comment):
                tail.insert(0, piece.pop())
            out += frame(piece) + tail
        else:
            out += piece
    return out


def _branch(old: ir.Stmt, stmts: list[ir.Stmt]) -> ir.Stmt:
    """An if or else body of statements `stmts`, braced as `old` was when it can be."""
    if not isinstance(old, ir.Block) and len(stmts) == 1:
        return stmts[0]
    return ir.Block(stmts, loc=old.loc)


def _kept_site_name(desc: str, p: ir.Probe) -> ir.Expr:
    """The `function:name` of a site: a literal, or for a kept argument's (`$1:return`)
    the name of the system call or function that fired with the side after it (the
    argument's text, which Vue cannot hold as a string)."""
    loc = p.loc
    if not desc.startswith("$"):
        return ir.StrLit(desc, loc=loc, type=STRING)
    side = desc.split(":", 1)[1]
    name = "syscall_name" if p.points[0].kind == "syscall" else "probefunc"
    return ir.Sprintf("%s:" + side, [ir.Builtin(name, loc=loc, type=STRING)], loc=loc, type=STRING)


def _site_descs(site: tuple[int, str] | list[str]) -> list[str]:
    return [site[1]] if isinstance(site, tuple) else site


def _flow_sites_apart(prog: ir.Program, where: dict) -> None:
    """XtraceError unless each entry and return site is recorded at by one framed
    clause: DTrace moves the depth once per firing, at the record of the firing's
    first (entry) or last (return) clause, and which clauses fire is only known at
    run time."""
    seen: dict[str, ir.Probe] = {}
    for p in prog.probes:
        if not p.framed:
            continue
        blocks = len(recording_runs(p.body)) if _by_blocks(p) else 1
        for d in _site_descs(where[id(p)]):
            if not flow_kind(d.rsplit(":", 1)[1]):
                continue
            if blocks > 1:
                # (each of its basic blocks that records is a clause of its own to DTrace)
                raise XtraceError(
                    f"DTrace's flowindent moves the call depth once per firing of '{d}', at the "
                    "record of the first or last of the basic blocks that record (this clause "
                    f"has {blocks}, cut at its `if` statements), which is only known at run time "
                    "(nearest: one block that records data per entry or return probe, or "
                    "stap's thread_indent())", p.loc)
            if d in seen and seen[d] is not p:
                raise XtraceError(
                    f"DTrace's flowindent moves the call depth once per firing of '{d}', at the "
                    f"record of the first or last of the clauses that fire (this one and line "
                    f"{seen[d].loc.line}), which is only known at run time (nearest: one clause "
                    "that records data per entry or return probe, or stap's thread_indent())", p.loc)
            seen[d] = p


def _flow_prefix(p: ir.Probe, site: tuple[int, str] | list[str], name_expr: ir.Expr,
                 depth: str, cpu: ir.Expr) -> list[ir.Stmt]:
    """flowindent's probe line (runtime/flow.py) as one printf, `%3d %-41s ` with the
    column's pieces printed in place (no sprintf, which Vue lacks): `depth` spaces,
    the arrow and the function padded to the rest of the 41 columns. The depth, a
    global, moves at an entry (after the line) or a return (before it)."""
    loc = p.loc
    descs = _site_descs(site)
    kind = flow_kind(descs[0].rsplit(":", 1)[1])
    var = ir.Var(depth, "global", loc=loc, type=INT64)

    def num(v: int) -> ir.IntLit:
        return ir.IntLit(v, loc=loc, type=INT64)
    if kind:
        provider = "syscall" if {pt.kind for pt in p.points} == {"syscall"} and \
            not any(pt.alias for pt in p.points) else ""
        lead, text = arrow(kind, provider), _func_of(name_expr)
    else:
        lead, text = "| ", name_expr
    # what is left of the 41 columns for the text (none past them: DTrace's column
    # grows, a negative `*` width would left-justify instead)
    left = ir.Binary("-", num(41 - len(lead)), var, loc=loc, type=INT64)
    width = ir.Ternary(ir.Binary(">", left, num(0), loc=loc, type=INT64), copy.deepcopy(left), num(0),
                       loc=loc, type=INT64)
    line = ir.Printf("%3d %*s" + lead.replace("%", "%%") + "%-*s ",
                     [cpu, var, ir.StrLit("", loc=loc, type=STRING),
                      width, text], loc=loc)
    two = num(2)
    if kind == "entry":
        return [line, ir.ExprStmt(ir.Assign(copy.deepcopy(var), "+=", two, loc=loc, type=INT64), loc=loc)]
    if kind == "return":
        back = ir.If(ir.Binary(">", copy.deepcopy(var), num(0), loc=loc, type=INT64),
                     ir.ExprStmt(ir.Assign(copy.deepcopy(var), "-=", two, loc=loc, type=INT64), loc=loc),
                     loc=loc)
        return [back, line]
    return [line]


def _func_of(name_expr: ir.Expr) -> ir.Expr:
    """The FUNCTION of a `function:name` expression as explicit_framing builds it: a
    literal, a sprintf("%s:side", key), or choices among literals for renamed keys."""
    if isinstance(name_expr, ir.StrLit):
        return ir.StrLit(name_expr.value.rsplit(":", 1)[0], loc=name_expr.loc, type=STRING)
    if isinstance(name_expr, ir.Sprintf):
        return name_expr.args[0]
    if isinstance(name_expr, ir.Ternary):
        return ir.Ternary(name_expr.cond, _func_of(name_expr.then), _func_of(name_expr.else_),
                          loc=name_expr.loc, type=STRING)
    raise AssertionError(f"unexpected probe name expression {name_expr!r}")


def _heading_clause(prog: ir.Program) -> Optional[ir.Probe]:
    """The framed clause that prints the session's first record whatever happens, when
    there is one: the first framed clause is a BEGIN clause without a predicate, and
    no BEGIN clause before it may end the session (the clauses before it print no
    record). BEGIN fires
    before any other probe, its clauses in order, so that clause prints the heading
    and no clause needs the flag that tells whether it was printed (a porter writes
    the heading there). Also the one framed clause of a script, when it is an END
    clause without a predicate: END fires once, so its record is the session's only
    one (the DTrace book's fsrwtime.d, whose other clauses record nothing)."""
    framed = [p for p in prog.probes if p.framed]
    if len(framed) == 1 and _ends_only(framed[0]) and framed[0].predicate is None \
            and not speculates(framed[0]) and _records_first(framed[0]):
        return framed[0]
    for p in prog.probes:
        begin = bool(p.points) and all(pt.kind == "begin" for pt in p.points)
        if p.framed:
            # (a speculative clause's record prints at its commit, if ever; one cut into
            # blocks records first only when its first block does)
            return p if begin and p.predicate is None and not speculates(p) \
                and _records_first(p) else None
        if begin and any(isinstance(n, ir.Exit) for n in ir.walk(p.body)):
            return None
    return None


def _records_first(p: ir.Probe) -> bool:
    """Whether framed clause `p` records whenever it runs, first thing: one record, or
    basic blocks the first of which records (ir/sugarblocks.py)."""
    if _by_blocks(p) and not first_block_records(p):
        return False
    # (nor when what can fault comes before its output: a fault drops the record)
    first = pieces(p.body)[:1]
    return not (first and isinstance(first[0], list) and not records(first[0][0])
                and _can_fault(first[0][0]))


def _ends_only(p: ir.Probe) -> bool:
    return bool(p.points) and all(pt.kind == "end" for pt in p.points)


def _reads_probename(p: ir.Probe) -> bool:
    return any(isinstance(n, ir.Builtin) and n.name == "probename"
               for root in (p.predicate, p.body) if root is not None for n in ir.walk(root))


def sides_apart(prog: ir.Program) -> ir.Program:
    """A copy of `prog` in which each D clause over both the entries and the returns
    of syscalls or kernel functions (`syscall:::`, `syscall::read:`) whose side
    matters, because it prints DTrace's probe line (non-quiet) or reads `probename`,
    is two clauses, the entries' and the returns', with the same predicate and body,
    as a porter writes it: each then knows its own side. A firing runs one of them,
    as it ran the one clause. `prog` itself when there is none."""
    framing = needs_framing(prog)
    listed = (prog.options or {}).get("probe_sites") or []
    if len(listed) != len(prog.probes):
        listed = [None] * len(prog.probes)

    def mixed(p: ir.Probe, descs) -> bool:
        return ((framing and p.framed and descs is not None) or _reads_probename(p)) \
            and len({pt.kind for pt in p.points}) == 1 \
            and p.points[0].kind in ("syscall", "kfunc") and not any(pt.alias for pt in p.points) \
            and len({pt.is_return for pt in p.points}) == 2
    if prog.lang != "d" or not any(mixed(p, d) for p, d in zip(prog.probes, listed)):
        return prog
    probes, sites = [], []
    for p, descs in zip(prog.probes, listed):
        if not mixed(p, descs):
            probes.append(p)
            sites.append(descs)
            continue
        for ret, side in ((False, ":entry"), (True, ":return")):
            half = copy.deepcopy(p)
            half.points = [pt for pt in half.points if pt.is_return == ret]
            probes.append(half)
            sites.append(None if descs is None else [d for d in descs if d.endswith(side)])
    prog = copy.copy(prog)
    prog.probes = probes
    if (prog.options or {}).get("probe_sites") is not None:
        prog.options = {**(prog.options or {}), "probe_sites": sites}
    return prog


def _fired_site(p: ir.Probe, descs: list[str], ids: dict[str, int],
                site_key: Callable[[list[ir.ProbePoint], str], str]) -> tuple[ir.Expr, ir.Expr]:
    """(ID, `function:name`) expressions of the site of `p` that fired: its name from
    the syscall's or kernel function's name and the side (entry, return); its ID a
    placeholder (0) the caller replaces (_table_row, or a function of the number)."""
    loc = p.loc
    key = _site_name_key(p)
    side = descs[0].rsplit(":", 1)[1]
    renamed: list[tuple[str, str]] = []
    for d in descs:
        func = d.rsplit(":", 1)[0]
        k = _row_key(p, func, site_key)
        if k != func:
            renamed.append((k, d))
    name: ir.Expr = ir.Sprintf(f"%s:{side}", [key], loc=loc, type=STRING)
    for k, d in renamed:
        name = ir.Ternary(ir.Binary("==", copy.deepcopy(key), ir.StrLit(k, loc=loc, type=STRING), loc=loc,
                                    type=INT64),
                          ir.StrLit(d, loc=loc, type=STRING), name, loc=loc, type=STRING)
    return ir.IntLit(0, loc=loc, type=INT64), name


def _site_name_key(p: ir.Probe) -> ir.Expr:
    """The name of the site that fired in `p`: the syscall's or the kernel function's."""
    syscall = p.points[0].kind == "syscall"
    return ir.Builtin("syscall_name" if syscall else "probefunc", loc=p.loc, type=STRING)


def _row_key(p: ir.Probe, func: str, site_key: Callable[[list[ir.ProbePoint], str], str]) -> str:
    return site_key(p.points, func) if p.points[0].kind == "syscall" else func


def _table_row(p: ir.Probe, descs: list[str], ids: dict[str, int], table: str,
               rows: dict[tuple[str, str], int],
               site_key: Callable[[list[ir.ProbePoint], str], str]) -> ir.Expr:
    """The ID of the site of `p` that fired, read from the table keyed on the site's
    name and side (entry, return); `rows` gets the table's entries."""
    loc = p.loc
    side = descs[0].rsplit(":", 1)[1]
    for d in descs:
        rows[_row_key(p, d.rsplit(":", 1)[0], site_key), side] = ids[d]
    return ir.Index(table, [_site_name_key(p), ir.StrLit(side, loc=loc, type=STRING)], loc=loc, type=INT64)


def trace_format(e: ir.Expr, quiet: bool) -> str:
    """trace()'s printf format: dtrace-utils 2.x's layout (dt_consume.c dt_print_trace):
    quiet, the bare value; else strings `  %-33s` and integers by size and sign,
    ` %3d` ` %5d` ` %10d` ` %19ld` (signed) and ` %20lu` (unsigned 64-bit) etc.
    D types the IR keeps coarser are taken as D has them: an integer constant
    that fits is an int, timestamps are uint64_t."""
    if isinstance(e, ir.Call) and e.name in ("d_func", "d_mod", "d_ufunc", "d_umod", "d_uaddr"):
        return "  %-50s"  # D's symbol actions, quiet or not (dt_print_sym's format)
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
        if isinstance(s, ir.Trace) and quiet and isinstance(s.expr, ir.StrLit):
            # a quiet trace("text") prints the text: a porter's printf("text")
            return ir.Printf(s.expr.value.replace("%", "%%"), [], loc=s.loc)
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


def probe_desc_constant(points: list[ir.ProbePoint], field: str) -> Optional[str]:
    """D's probeprov/probemod/probename of a clause's probe as the constant DTrace
    names it (dtrace:::BEGIN, syscall:vmlinux:read:entry, profile:::tick-1s), or
    None where it is not one constant."""
    alias = provider_field(points, field)
    if alias is not None:
        return alias
    kinds = {p.kind for p in points}
    if not points or len(kinds) != 1 or len({p.is_return for p in points}) != 1 \
            or any(p.alias for p in points):
        return None
    kind = kinds.pop()
    if kind in ("begin", "end", "error"):
        return {"probeprov": "dtrace", "probemod": "", "probename": kind.upper()}[field]
    if kind in ("syscall", "kfunc"):
        return {"probeprov": "syscall" if kind == "syscall" else "fbt", "probemod": "vmlinux",
                "probename": "return" if points[0].is_return else "entry"}[field]
    if kind == "timer" and all((p.spelling or "").split(":")[-1].startswith("tick-") for p in points):
        names = {(p.spelling or "").rsplit(":", 1)[-1] for p in points}
        if field == "probename":
            return names.pop() if len(names) == 1 else None
        return {"probeprov": "profile", "probemod": ""}[field]
    if kind == "ufunc" and field == "probename":
        return "return" if points[0].is_return else "entry"
    files = {p.binary for p in points}
    if kind == "ufunc" and field == "probemod" and len(files) == 1:
        # the pid provider's module is the object's file name (pid1234:libc.so.6:...);
        # the -c command's program or a pattern is known only at the run
        path = files.pop()
        if path and path != "$target" and not any(c in path for c in "*?["):
            return path.rpartition("/")[2]
    return None


def pp_constant(points: list[ir.ProbePoint]) -> Optional[str]:
    """stap's pp() of a begin, end or timer clause or of one user function (not a
    pattern): the point as stap spells it (Vue's get_probe() would name the Vue
    point); None for one point of another kind, of Vue's own (its get_probe() is
    that already), or for several."""
    if len(points) != 1 or points[0].kind not in ("begin", "end", "timer", "ufunc"):
        return None
    if points[0].kind == "ufunc" and (any(c in points[0].name for c in "*?[/") or points[0].alias):
        return None  # a pattern's pp() names the function that fired
    spelling = points[0].spelling or ""
    if points[0].kind == "ufunc" and not spelling.startswith("process"):
        return None  # a D or Vue point: stap's pp() is stap's spelling
    return spelling if spelling and not spelling.startswith("@@") else None


def kernelmode_constant(points: list[ir.ProbePoint]) -> Optional[int]:
    """Vue's __kernelmode where the clause's points say it: 1 at system calls,
    kernel functions and tracepoints (kernel code), 0 at user functions; None
    where it depends on what the thread was running (a timer)."""
    kinds = {p.kind for p in points}
    if kinds and kinds <= {"syscall", "kfunc", "tracepoint"}:
        return 1
    if kinds == {"ufunc"}:
        return 0
    return None
