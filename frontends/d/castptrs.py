"""A kernel pointer's cast in a clause-local, as a D porter keeps it.

A stap port reads the members of a probe's pointer argument through a cast where D
types it as an integer (a tracepoint's `$prev`: `((struct task_struct *)args[1])->tgid`,
an skb `@cast` of an fbt argument: `((struct sk_buff *)args[0])->len`). Written out at
each read, the cast comes three or four times in one clause; a porter writes it once:

    this->prev = (struct task_struct *)args[1];
    this->prev_pid = this->prev->tgid;
    this->prev_priority = this->prev->prio;

The sibling of frontends/d/headerptrs.py (a packet header's address), for a cast of
the probe's argument or of a clause-local. The pointer is stored before the first
statement that reads a member through the cast; what it casts is not stored from there
on (a probe's argument never is), and a cast reads no memory, so storing it there
changes nothing the clause prints or when it faults. A Translated node is written as
its text (a D provider's `args[2]->ip_saddr`): nothing under one is a cast of this
clause. The clause's predicate, which D runs before any statement, keeps its casts.
The way back writes the cast again where the local is read
(ir/headerlocals.py header_pointer_locals_inlined).
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import Type

from .headerptrs import _statements, _stored_vars, written_nodes

# the kernel's own names for these pointers, where the argument has none of its own
_NAMES = {"struct task_struct *": "task", "struct sk_buff *": "skb", "struct sock *": "sk",
          "struct inet_sock *": "inet", "struct file *": "file", "struct inode *": "inode",
          "struct dentry *": "dentry", "struct socket *": "sock", "struct net_device *": "dev"}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*$")


def _held(e: ir.Expr) -> bool:
    """Whether cast operand `e` is a value a clause-local can hold in its place: the
    probe's argument (args[N], argN) or a clause-local."""
    return isinstance(e, ir.ProbeArg) or (isinstance(e, ir.Builtin) and re.fullmatch(r"arg\d", e.name) is not None) \
        or (isinstance(e, ir.Var) and e.scope == "local")


def pointer_cast(m: ir.KernelMember, tracepoint: bool) -> Optional[ir.KernelCast]:
    """The cast the D printer writes as the base of member read `m` (`(struct
    task_struct *)args[1]`), when it casts a value a clause-local can hold; None
    otherwise. `tracepoint`: the clause probes only tracepoints, whose pointer
    arguments D types as integers (the printer casts them: printer._member)."""
    base = m.base
    if isinstance(base, ir.KernelCast) and base.ctype.endswith("*") and _held(base.expr) \
            and not (isinstance(base.expr, ir.Builtin) and base.expr.name == "curthread"):
        return base
    if tracepoint and isinstance(base, ir.ProbeArg) and base.position is None and m.struct:
        return ir.KernelCast(base, f"{m.struct} *", loc=base.loc,
                             type=Type("int", 64, False, ctype=f"{m.struct} *"))
    return None


def _member_reads(node):
    """The member reads under `node` the D printer writes as such (headerptrs.written_nodes)."""
    return (x for x in written_nodes(node) if isinstance(x, ir.KernelMember))


def _mapped(node, fn):
    """map_tree that leaves a Translated node's insides alone (written as its text)."""
    if isinstance(node, ir.Translated):
        return fn(node)
    if isinstance(node, (ir.Expr, ir.Stmt, ir.Block)):
        for fld in node.__dataclass_fields__:
            if fld in ("loc", "type"):
                continue
            v = getattr(node, fld)
            if isinstance(v, list):
                setattr(node, fld, [_mapped(x, fn) if isinstance(x, (ir.Expr, ir.Stmt, ir.Block)) else x
                                    for x in v])
            elif isinstance(v, (ir.Expr, ir.Stmt, ir.Block)):
                setattr(node, fld, _mapped(v, fn))
    return fn(node)


def _name(cast: ir.KernelCast, taken: set[str]) -> str:
    e = cast.expr
    own = e.name if isinstance(e, ir.ProbeArg) and _IDENT.match(e.name or "") else None
    kind = _NAMES.get(cast.ctype) or cast.ctype.replace("struct ", "").rstrip(" *").replace(" ", "_")
    # (the argument's own name; else the kernel's for the type; the cast of a local:
    # the local's name as a pointer)
    for base in (own, kind, f"{e.name}_p" if isinstance(e, ir.Var) else None):
        if base and base not in taken:
            return base
    base, n = own or kind, 2
    name = f"{base}{n}"
    while name in taken:
        n += 1
        name = f"{base}{n}"
    return name


def _hoisted(p: ir.Probe, names: frozenset[str], used: dict[str, str]) -> ir.Probe:
    tracepoint = bool(p.points) and all(pt.kind == "tracepoint" and not pt.alias for pt in p.points)
    block, first = _statements(p)
    casts: list[ir.KernelCast] = []
    reads: list[list[int]] = []  # per cast, the statements (indexes in block) reading it
    # per cast, the (statement, member) reads: one member read twice in one statement
    # is the IR of one the printer writes once (ntohs() of a port's byte swap)
    seen: list[set] = []
    for i in range(first, len(block.stmts)):
        for x in _member_reads(block.stmts[i]):
            c = pointer_cast(x, tracepoint)
            if c is None:
                continue
            k = next((k for k, known in enumerate(casts) if known == c), None)
            if k is None:
                casts.append(c)
                reads.append([])
                seen.append(set())
                k = len(casts) - 1
            reads[k].append(i)
            seen[k].add((i, tuple(x.path), x.addr_of))
    wanted = []
    for c, at, pairs in zip(casts, reads, seen):
        # read more than once, of a value no statement stores from the first read on
        stored = _stored_vars(ir.Block(block.stmts[at[0]:] if at else []))
        if len(pairs) >= 2 and not any(isinstance(v, ir.Var) and (v.scope, v.name) in stored
                                    for v in ir.walk(c.expr)):
            wanted.append((c, at[0]))
    if not wanted:
        return p
    p = copy.deepcopy(p)
    block, first = _statements(p)
    stores: dict[int, list[ir.Stmt]] = {}
    mine: set[str] = set()
    for cast, at in wanted:
        # (D gives a this-> name one type in the whole program: another clause's
        # pointer of the same name has this one's type)
        name = _name(cast, set(names) | mine | {n for n, t in used.items() if t != cast.ctype})
        mine.add(name)
        used[name] = cast.ctype
        var = ir.Var(name, "local", loc=cast.loc, type=Type("int", 64, False, ctype=cast.ctype))

        def swap(x, cast=cast, var=var):
            if isinstance(x, ir.KernelMember) and pointer_cast(x, tracepoint) == cast:
                x.base = copy.deepcopy(var)
            return x
        block.stmts[first:] = [_mapped(s, swap) for s in block.stmts[first:]]
        stored = ir.KernelCast(copy.deepcopy(cast.expr), cast.ctype, loc=cast.loc, type=var.type)
        stores.setdefault(at, []).append(ir.ExprStmt(
            ir.Assign(copy.deepcopy(var), "=", stored, loc=cast.loc, type=var.type), loc=cast.loc))
    # each before the first statement that reads through it (later indexes first)
    for at in sorted(stores, reverse=True):
        block.stmts[at:at] = stores[at]
    return p


def pointer_casts_as_locals(prog: ir.Program) -> ir.Program:
    """`prog` with each clause's cast of its argument or of a clause-local that it
    reads members through more than once kept in a clause-local pointer (`this->prev`,
    the argument's own name where it has one), stored before the first statement
    that reads through it; `prog` itself when no clause has one."""
    names = frozenset(x.name for p in prog.probes for x in ir.walk([p.body, p.predicate])
                      if isinstance(x, ir.Var) and x.scope == "local")
    used: dict[str, str] = {}
    return ir.probes_rewritten(prog, lambda p: _hoisted(p, names, used))
