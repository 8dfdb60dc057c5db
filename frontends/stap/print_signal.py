"""D's proc:::signal-send said with stap's signal.send alias, as a stap user writes it.

D's signal-send is the signal:signal_generate tracepoint here (frontends/d/probes.py),
which is where stap's signal.send fires too (signal.stp's tracepoint form, xtrace's
own in library.py _SIGNAL), and its translated arguments are the alias's variables:
`args[2]` is `sig`, `args[1]->pr_pid` is `sig_pid` (task_pid(), the target's thread
group), `args[1]->pr_fname` is `pid_name` (task_execname(), its comm). A clause whose
every read of the tracepoint's arguments is one of those is a probe on signal.send
reading the variables; the alias reads the task, so the clause has nothing left
that can fault (no try block). A clause reading anything else of the tracepoint
(args[1]->pr_ppid, the raw $info) keeps the raw tracepoint and its reads: the alias
has no variable for it. The way back (stap -> D) reads the variables as the
args[N] again (frontends/d/provider_args_back.py, alias_reads_inlined).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.narrow_values import holds_only

ALIAS = "signal.send"
# D's translated argument at proc:::signal-send -> signal.send's variable holding it
VARIABLES = {"args[2]": "sig", "args[1]->pr_pid": "sig_pid", "args[1]->pr_fname": "pid_name"}
_PROVIDER_PROBE = "proc:::signal-send"


def _alias_variables() -> tuple[str, ...]:
    from .library import _SIGNAL
    return tuple(re.findall(r"^\t(\w+) =", _SIGNAL, re.M))


# every variable the alias sets (its `name` too), which the script's own keep clear of
ALIAS_VARIABLES = _alias_variables()


def alias_variable(e: ir.Translated) -> Optional[str]:
    """The signal.send variable D's translated argument `e` is (`sig` for
    proc:::signal-send's args[2]), or None: one the text names and whose Linux
    reading is signal-send's. The alias reads it, so reading it cannot fault."""
    from xtrace.frontends import iomap
    from xtrace.frontends.d.translators import PROBE_ARGS, Plain
    name = VARIABLES.get(e.text)
    if name is None:
        return None
    index, _, member = e.text[len("args["):].partition("]")
    spec = PROBE_ARGS[_PROVIDER_PROBE][int(index)]
    value = spec.value(e.loc) if isinstance(spec, Plain) else spec.members[member[2:]](e.loc)
    return name if iomap.same(e.value, value) else None


def _on_signal_send(p: ir.Probe) -> bool:
    return bool(p.points) and all(
        pt.kind == "tracepoint" and pt.name.rsplit(":", 1)[-1] == "signal_generate"
        and pt.alias == _PROVIDER_PROBE and not pt.when and not pt.is_return for pt in p.points)


def _alias_reads(p: ir.Probe) -> Optional[list[ir.Translated]]:
    """The translated reads of `p` if each is a signal.send variable and nothing
    else reads the tracepoint, else None."""
    found = []
    for root in (p.predicate, p.body):
        if root is None:
            continue
        todo = [root]
        while todo:
            x = todo.pop()
            if isinstance(x, ir.Translated):
                if alias_variable(x) is None:
                    return None
                found.append(x)
                continue  # (its value is the raw read the variable stands for)
            if isinstance(x, ir.ProbeArg):
                return None
            todo.extend(_children(x))
    return found


def _children(x) -> list:
    out = []
    for f in getattr(x, "__dataclass_fields__", {}):
        if f in ("loc", "type"):
            continue
        v = getattr(x, f)
        if isinstance(v, (ir.Expr, ir.Stmt)):
            out.append(v)
        elif isinstance(v, list):
            out.extend(i for i in v if isinstance(i, (ir.Expr, ir.Stmt)))
    return out


def signal_sends_as_alias(prog: ir.Program) -> ir.Program:
    """`prog` (a D program) with each proc:::signal-send clause whose reads of the
    tracepoint all have a signal.send variable reading those variables (ir.AliasVar);
    `prog` itself if none."""
    if prog.lang != "d":
        return prog
    probes, changed = [], False
    for p in prog.probes:
        if not _on_signal_send(p) or _alias_reads(p) is None:
            probes.append(p)
            continue
        q = copy.deepcopy(p)
        names = _signal_name_locals(prog, q)
        if names:
            q.body = ir.Block([x for x in q.body.stmts if _stored_local(x) not in names], loc=q.body.loc)

        known = (prog.options or {}).get("tracepoint_params") or {}

        def unconverted(e, points=q.points, known=known):
            # D's (int) of args[2]: the conversion changes nothing of the tracepoint's
            # int (the printer drops it from the raw read, ir/narrow_values.py), nor
            # of the variable that holds it
            if isinstance(e, ir.Cast) and isinstance(e.operand, ir.Translated) \
                    and alias_variable(e.operand) is not None and e.to.kind == "int" \
                    and holds_only(e.operand, e.to, points, known):
                return e.operand
            return e
        if q.predicate is not None:
            q.predicate = ir.map_tree(q.predicate, unconverted)
        q.body = ir.map_tree(q.body, unconverted)

        def as_variable(e):
            if isinstance(e, ir.Var) and e.scope == "local" and e.name in names:
                return ir.AliasVar("sig_name", loc=e.loc, type=e.type)
            return _as_variable(e)
        if q.predicate is not None:
            q.predicate = ir.map_tree(q.predicate, as_variable)
        q.body = ir.map_tree(q.body, as_variable)
        probes.append(q)
        changed = True
    return dataclasses.replace(prog, probes=probes) if changed else prog


def _stored_local(s: ir.Stmt) -> Optional[str]:
    """The local top-level statement `s` stores into (`this->x = v`), or None."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local":
        return s.expr.target.name
    return None


def _signal_name_locals(prog: ir.Program, p: ir.Probe) -> set[str]:
    """The clause-locals of `p` stored once, at its top level, with a D port's
    signal_name(args[2]) (frontends/tapset_tables.py: the table of stap's names):
    signal.send's `sig_name`, which the stap port reads instead."""
    from xtrace.frontends.tapset_tables import signal_name_read
    sig = ir.Translated("args[2]", ir.ProbeArg("sig"))
    stores: dict[str, int] = {}
    for x in ir.walk(p.body):
        if isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var) and x.target.scope == "local":
            stores[x.target.name] = stores.get(x.target.name, 0) + 1
    # (the locals mentioned before it, in the predicate too, are read before the store;
    # one a later clause of the hit reads is more than this clause's value)
    seen = set((prog.options or {}).get("shared_locals") or ())
    if p.predicate is not None:
        seen |= {x.name for x in ir.walk(p.predicate) if isinstance(x, ir.Var) and x.scope == "local"}
    found = set()
    for s in p.body.stmts:
        name = _stored_local(s)
        if name is not None and name not in seen and stores[name] == 1 \
                and signal_name_read(prog, s.expr.value, sig):
            found.add(name)
        seen |= {x.name for x in ir.walk(s) if isinstance(x, ir.Var) and x.scope == "local"}
    return found


def _as_variable(e):
    if isinstance(e, ir.Translated) and alias_variable(e) is not None:
        return ir.AliasVar(VARIABLES[e.text], loc=e.loc, type=e.type)
    if isinstance(e, ir.Call) and e.name == "kernel_string" and len(e.args) == 1 \
            and isinstance(e.args[0], ir.AliasVar) and e.args[0].name == "pid_name":
        return e.args[0]  # D's stringof(args[1]->pr_fname): the alias's string
    return e


def alias_point(pp: ir.ProbePoint, p: ir.Probe) -> Optional[str]:
    """`signal.send` for the point of D clause `p` on proc:::signal-send where the
    clause reads nothing of the tracepoint but the alias's variables, else None."""
    if not _on_signal_send(p) or _alias_reads(p) != []:
        return None
    return ALIAS + ("!" if pp.sufficient else "?" if pp.optional else "")
