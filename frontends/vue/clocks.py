"""Elapsed times measured with the wall clock, said with Vue's timestamp() and diff_time().

stap scripts time things with gettimeofday_us() (the IR's `walltimestamp / 1000`):

    probe begin { start = gettimeofday_us() }
    probe syscall.wait4 { entry[pid()] = gettimeofday_us() }
    probe syscall.wait4.return { printf("%d %d\\n", gettimeofday_us() - start,
                                        gettimeofday_us() - entry[pid()]) }

Vue has no wall clock to read as a number; it has timestamp(), an opaque
probev_timestamp_t, and diff_time(t1, t2, MICROSECONDS) for the time between two.
A porter keeps the stamps and says each difference with diff_time:

    __global probev_timestamp_t start;
    @@BEGIN { start = timestamp(); }
    ... entry[__pid] = timestamp(); ...
    printf("%d %d\\n", diff_time(start, timestamp(), MICROSECONDS),
           diff_time(entry[__pid], timestamp(), MICROSECONDS));

which prints the same numbers (the difference of two readings of the wall clock is
the time between them, unless the clock is set in between). A variable, thread
variable or array becomes a stamp when everything stored in it is such a reading (in
µs or ms), another stamp of the same unit or 0, and everything that reads it is a
difference with another or a test of whether it is set; otherwise nothing changes
and the wall clock stays refused.

A stamp tested for being set (futexes.stp's `ts = blocktime[t]; if (ts) {...}`,
`ts != 0`, `!ts`) is compared against 0 in Vue, which IBM's "Timestamp data type"
page allows: a probev_timestamp_t can be set to 0 and compared against 0, and
timestamp() is always greater than 0, as a reading of the wall clock is. So the
test is true exactly when stap's is (an unset element or variable is 0 in both).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import Type

# a probev_timestamp_t: a 64-bit integer to the IR (nanoseconds), spelled apart in Vue
STAMP = Type("int", 64, True, ctype="probev_timestamp_t")
# IR divisor of walltimestamp (ns) -> diff_time()'s unit
UNITS = {1000: "MICROSECONDS", 1000000: "MILLISECONDS"}
# the unit of D's `timestamp` stamps (nanoseconds), whose difference Vue says only in µs
# or ms: `(timestamp - self->ts) / 1000` is diff_time(ts, timestamp(), MICROSECONDS), a
# division by a multiple of 1000 the rest of it (`/ 1000000000`: MILLISECONDS, `/ 1000`),
# and a difference left in ns is counted in µs and said in ns again (`* 1000`), so every
# number the port prints keeps the unit the script's text gives it (at µs resolution)
NS = 1
DIFF = "timestamp_diff"  # ir.Call(DIFF, [t1, t2, IntLit(divisor)]): diff_time(t1, t2, UNIT)


def clocks_as_timestamps(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose wall-clock stamps and their differences are Vue's
    timestamp() and diff_time() (module doc); `prog` itself when it has none (and for
    a Vue program, whose stamps are already as Vue writes them)."""
    if prog.lang == "vue":
        return prog
    bodies = _bodies(prog)
    if not any(_unit(n) for _, b in bodies for n in ir.walk(b)):
        return prog
    stamps = _stamps(prog, bodies)
    diffs = [n for i, b in bodies for n in ir.walk(b) if _diff_unit(n, stamps, i) is not None]
    if not diffs:
        return prog
    prog = copy.deepcopy(prog)
    # a free is left out only where no test could tell it happened
    tested = {k for i, b in bodies for k in _tested(b, i, stamps)} | {
        _key(p.predicate, i) for i, p in enumerate(prog.probes) if _key(p.predicate, i) in stamps}
    freeable = {k: u for k, u in stamps.items() if k not in tested}
    scaled = _scaled_ids(_bodies(prog))  # (the copy's nodes, by id)
    micro, sums = _microsecond_totals(prog, _bodies(prog), stamps)
    for i, p in enumerate(prog.probes):
        _drop_frees(p.body, i, freeable)
        p.body = ir.map_tree(p.body, lambda e, i=i: _rewrite(e, i, stamps, scaled, micro, sums))
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, lambda e, i=i: _rewrite(e, i, stamps, scaled, micro,
                                                                                sums))
            if _key(p.predicate, i) in stamps:  # `when (ts != 0)`, as Vue wants a stamp tested
                p.predicate = ir.Binary("!=", p.predicate, ir.IntLit(0, loc=p.predicate.loc),
                                        loc=p.predicate.loc, type=Type("int", 64, True))
    for g in prog.globals:
        if ("global", -1, g.name) in stamps:
            g.type = STAMP
    return prog


def _bodies(prog: ir.Program) -> list:
    """(probe index, tree) for each probe's body and predicate: a D or Vue clause's
    predicate reads stamps too (`/self->ts/`)."""
    return [(i, p.body) for i, p in enumerate(prog.probes)] + \
        [(i, p.predicate) for i, p in enumerate(prog.probes) if p.predicate is not None]


def _unit(e) -> Optional[int]:
    """The divisor of a reading of the wall clock (`walltimestamp / 1000`), NS for a
    reading of D's monotonic clock in nanoseconds (`timestamp`), or None."""
    if isinstance(e, ir.Binary) and e.op == "/" and isinstance(e.lhs, ir.Builtin) \
            and e.lhs.name == "walltimestamp" and isinstance(e.rhs, ir.IntLit) and e.rhs.value in UNITS:
        return e.rhs.value
    if isinstance(e, ir.Builtin) and e.name == "timestamp":
        return NS
    return None


def _scaled(n) -> Optional[int]:
    """The divisor of `(a - b) / 1000` (or any multiple of 1000): the difference of two
    nanosecond stamps in µs, ms or coarser, which is diff_time(b, a, MICROSECONDS) (or
    MILLISECONDS) divided by the rest; None for anything else."""
    if isinstance(n, ir.Binary) and n.op == "/" and isinstance(n.lhs, ir.Binary) \
            and n.lhs.op == "-" and _thousands(n.rhs):
        return n.rhs.value
    return None


def _scaled_ids(bodies) -> frozenset:
    """The differences (by id) a division by a multiple of 1000 scales (`_scaled`)."""
    return frozenset(id(n.lhs) for _, b in bodies for n in ir.walk(b) if _scaled(n))


def _key(e, probe: int):
    if isinstance(e, ir.Var):
        return (e.scope, probe if e.scope == "local" else -1, e.name)
    if isinstance(e, ir.Index):
        return ("map", -1, e.map)
    return None


def _stamps(prog: ir.Program, bodies) -> dict:
    """Storage key -> unit for the variables and arrays that hold only stamps and are
    read only in differences of stamps."""
    units: dict = {}
    bad: set = {("global", -1, g.name) for g in prog.globals if g.init is not None}
    stores: list = []
    for i, b in bodies:
        for n in ir.walk(b):
            if isinstance(n, ir.Assign):
                k = _key(n.target, i)
                if k is not None and not _is_free(n):
                    if n.op != "=":
                        bad.add(k)
                    stores.append((k, n.value, i))
            elif isinstance(n, ir.IncDec):
                k = _key(n.target, i)
                if k is not None:
                    bad.add(k)
    changed = True
    while changed:
        changed = False
        for k, value, i in stores:
            if k in bad:
                continue
            if _is_zero(value):
                continue  # a stamp set back to 0: Vue's probev_timestamp_t allows it
            u = _unit(value)
            vk = _key(value, i)
            if u is None and vk is not None and vk not in bad:
                u = units.get(vk)
                if u is None:
                    continue  # decided when vk is
            if u is None or units.setdefault(k, u) != u:
                bad.add(k)
                changed = True
        # every read of a stamp is one side of a difference of stamps
        for i, b in bodies:
            for n in ir.walk(b):
                if isinstance(n, ir.Assign):
                    continue
                live = {k: u for k, u in units.items() if k not in bad}
                for k in _bare_reads(n, i, live):
                    if k in units and k not in bad:
                        bad.add(k)
                        changed = True
    return {k: u for k, u in units.items() if k not in bad}


def _is_zero(e) -> bool:
    return isinstance(e, ir.IntLit) and e.value == 0


_COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")


def _set_test(n, c) -> bool:
    """Is the child `c` of `n` read only as a test of whether it is set: a
    condition, an operand of `!`, `&&` or `||`, or compared against 0?"""
    if isinstance(n, (ir.If, ir.While, ir.Ternary)) and c is n.cond:
        return True
    if isinstance(n, ir.Unary) and n.op == "!":
        return True
    if isinstance(n, ir.Binary) and n.op in ("&&", "||"):
        return True
    if isinstance(n, ir.Binary) and n.op in _COMPARISONS:
        other = n.rhs if c is n.lhs else n.lhs
        return _is_zero(other)
    return False


def _tested(body, probe: int, stamps: dict) -> set:
    """The stamps `body` tests for being set."""
    out = set()
    for n in ir.walk(body):
        for name in getattr(n, "__dataclass_fields__", ()):
            c = getattr(n, name)
            k = _key(c, probe)
            if k in stamps and _set_test(n, c):
                out.add(k)
    return out


def _is_free(n: ir.Assign) -> bool:
    """`self->t = 0` of a thread variable: the variable given back (a stap @entry
    value's after its return probe), no value of it."""
    return n.op == "=" and isinstance(n.target, ir.Var) and n.target.scope == "thread" \
        and isinstance(n.value, ir.IntLit) and n.value.value == 0


def _drop_frees(node, probe: int, stamps: dict) -> None:
    """Leave out the frees of stamp thread variables that nothing tests for being
    set: a Vue __thread variable is no dynamic one to give back. (A tested one keeps
    its `= 0`, which a probev_timestamp_t allows, so the test sees the free.)"""
    for name in getattr(node, "__dataclass_fields__", ()):
        v = getattr(node, name)
        if isinstance(v, list):
            v[:] = [s for s in v if not (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign)
                                         and _is_free(s.expr) and _key(s.expr.target, probe) in stamps)]
            for c in v:
                _drop_frees(c, probe, stamps)
        elif hasattr(v, "__dataclass_fields__"):
            _drop_frees(v, probe, stamps)


def _bare_reads(n, probe: int, stamps: dict) -> list:
    """The storage keys `n` reads other than as a side of a difference of stamps, an
    assignment's target or a stored value."""
    out = []
    for name in n.__dataclass_fields__:
        if name in ("loc", "type"):
            continue
        v = getattr(n, name)
        kids = v if isinstance(v, list) else [v]
        for c in kids:
            k = _key(c, probe)
            if k is None:
                continue
            if _diff_unit(n, stamps, probe) is not None:
                continue
            if isinstance(n, ir.Assign) and (c is n.target or c is n.value):
                continue
            if _set_test(n, c):
                continue
            out.append(k)
    return out


def _side_unit(e, probe: int, stamps: dict) -> Optional[int]:
    u = _unit(e)
    if u is not None:
        return u
    k = _key(e, probe)
    return stamps.get(k) if k is not None else None


def _diff_unit(n, stamps: dict, probe: int) -> Optional[int]:
    """The unit of `n` when it is a difference of two stamps Vue can say: of the wall
    clock in µs or ms, or NS for two of D's nanosecond stamps (`_rewrite` says in
    which unit)."""
    if not (isinstance(n, ir.Binary) and n.op == "-"):
        return None
    a = _side_unit(n.lhs, probe, stamps)
    b = _side_unit(n.rhs, probe, stamps)
    if a is None or a != b or (_unit(n.lhs) and _unit(n.rhs)):
        return None
    return a


def _set_tests(e, probe: int, stamps: dict):
    """Stamps read as truth values compared against 0, as Vue wants them."""
    def tested(c, op: str = "!="):
        if _key(c, probe) in stamps:
            return ir.Binary(op, c, ir.IntLit(0, loc=c.loc), loc=c.loc, type=Type("int", 64, True))
        return c
    if isinstance(e, (ir.If, ir.While, ir.Ternary)):
        e.cond = tested(e.cond)
    elif isinstance(e, ir.Binary) and e.op in ("&&", "||"):
        e.lhs, e.rhs = tested(e.lhs), tested(e.rhs)
    elif isinstance(e, ir.Unary) and e.op == "!" and _key(e.operand, probe) in stamps:
        return tested(e.operand, "==")
    return e


def _diff_time(d: ir.Binary, unit: int, probe: int, stamps: dict, loc) -> ir.Call:
    """diff_time(b, a, UNIT) for the difference `a - b` of two stamps."""
    return ir.Call(DIFF, [_stamp(d.rhs, probe, stamps), _stamp(d.lhs, probe, stamps),
                          ir.IntLit(unit, loc=loc)], loc=loc, type=Type("int", 64, True))


def _thousands(e) -> bool:
    """Is `e` a positive multiple of 1000 (a divisor that leaves nanoseconds)?"""
    return isinstance(e, ir.IntLit) and e.value > 0 and e.value % 1000 == 0


def _microsecond_totals(prog: ir.Program, bodies, stamps: dict) -> tuple[frozenset, frozenset]:
    """A variable summing nanosecond spans (`total += timestamp - start`, a stap
    stopwatch's spans, cswstat.d's `times`) and read only in µs or coarser (`total /
    1000`, `(total + (start ? timestamp - start : 0)) / 1000000`) is kept in µs, as a
    porter keeps it: `total += diff_time(start, timestamp(), MICROSECONDS)` and
    `total / 1000`, not each span said in ns again (`* 1000`) and divided back. Returns
    the ids of the spans to say in µs and of the divisions that read such a total."""
    def ns_span(e, i) -> bool:
        return _diff_unit(e, stamps, i) == NS

    printed = {x.name for x in ir.walk(list(ir.program_roots(prog))) if isinstance(x, ir.PrintVar)}
    bad = {("global", -1, g.name) for g in prog.globals if g.init is not None or g.name in printed}
    totals = {_key(n.target, i) for i, b in bodies for n in ir.walk(b)
              if isinstance(n, ir.Assign) and n.op == "+=" and isinstance(n.target, ir.Var)
              and ns_span(n.value, i)} - bad - set(stamps)
    micro: dict = {}
    sums: dict = {}

    def visit(n, parent, grand, i) -> None:
        k = _key(n, i)
        if k in totals:
            if isinstance(parent, ir.Assign) and n is parent.target:
                if parent.op == "+=" and ns_span(parent.value, i):
                    micro.setdefault(k, set()).add(id(parent.value))
                elif not (parent.op == "=" and _is_zero(parent.value)):
                    bad.add(k)
            elif isinstance(parent, ir.Binary) and parent.op == "/" and n is parent.lhs \
                    and _thousands(parent.rhs):
                sums.setdefault(k, set()).add(id(parent))
            elif isinstance(parent, ir.Binary) and parent.op == "+" and n is parent.lhs \
                    and isinstance(parent.rhs, ir.Ternary) and ns_span(parent.rhs.then, i) \
                    and _is_zero(parent.rhs.else_) and isinstance(grand, ir.Binary) \
                    and grand.op == "/" and parent is grand.lhs and _thousands(grand.rhs):
                sums.setdefault(k, set()).add(id(grand))
                micro.setdefault(k, set()).add(id(parent.rhs.then))
            else:
                bad.add(k)
        for c in ir.children(n):
            visit(c, n, parent, i)

    for i, b in bodies:
        visit(b, None, None, i)
    keep = totals - bad
    return (frozenset(x for k in keep for x in micro.get(k, ())),
            frozenset(x for k in keep for x in sums.get(k, ())))


def _rewrite(e, probe: int, stamps: dict, scaled: frozenset, micro: frozenset = frozenset(),
             sums: frozenset = frozenset()):
    e = _set_tests(e, probe, stamps)
    long_ = Type("int", 64, True)
    if id(e) in micro:  # a span of a total kept in µs (_microsecond_totals)
        return _diff_time(e, 1000, probe, stamps, e.loc)
    if id(e) in sums:  # the total is in µs already: the division says only the rest
        rest = e.rhs.value // 1000
        return e.lhs if rest == 1 else ir.Binary("/", e.lhs, ir.IntLit(rest, loc=e.loc), loc=e.loc,
                                                 type=long_)
    div = _scaled(e)
    if div is not None and _diff_unit(e.lhs, stamps, probe) == NS:
        unit = 1000000 if div % 1000000 == 0 else 1000
        call = _diff_time(e.lhs, unit, probe, stamps, e.loc)
        if div == unit:
            return call
        return ir.Binary("/", call, ir.IntLit(div // unit, loc=e.loc), loc=e.loc, type=long_)
    u = _diff_unit(e, stamps, probe)
    if u == NS:
        if id(e) in scaled:
            return e  # its division says it (above, when map_tree reaches the parent)
        return ir.Binary("*", _diff_time(e, 1000, probe, stamps, e.loc), ir.IntLit(1000, loc=e.loc),
                         loc=e.loc, type=long_)
    if u is not None:
        return _diff_time(e, u, probe, stamps, e.loc)
    if isinstance(e, ir.Assign) and _key(e.target, probe) in stamps:
        e.target.type = STAMP
        e.value = _stamp(e.value, probe, stamps)
        e.type = STAMP
    elif isinstance(e, (ir.Var, ir.Index)) and _key(e, probe) in stamps:
        e.type = STAMP
    return e


def _stamp(e, probe: int, stamps: dict):
    """A side of a difference (or a stored value) as a stamp: timestamp() for a reading."""
    if _unit(e) is not None:
        return ir.Builtin("timestamp", loc=e.loc, type=STAMP)
    if _key(e, probe) in stamps:
        e.type = STAMP
    return e
