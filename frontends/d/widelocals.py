"""Which clause-locals of a stap script a D port declares `this int64_t x;`.

D types a clause-local by its first assignment, for every clause: `this->x = 5;`
makes it an int, so a later `this->x = walltimestamp;` keeps 32 bits and
`this->x * 1000000000` computes in 32 (stap's `x = 5; y = x * 1000000000` prints
5000000000, such a port 705032704). stap's numbers are 64 bits: where a local's
first store is one D types int and the variable later takes a wider value or is
multiplied or shifted, the port declares it 64-bit (one first read or compounded,
`x += gettimeofday_ns()`, starts at the printer's `this->x = 0;`, an int too). The
others keep D's inference (`this->n = 0; this->n++;` never leaves int in one firing).
A Vue local declared `long long` (`__auto long long x;`) is read by the same rule;
one declared `int` or narrower is D's int already (its stores wrap by the port's casts).
"""

from __future__ import annotations

from xtrace.ir import nodes as ir

_INT_MIN, _INT_MAX = -(1 << 31), (1 << 31) - 1
_GROWS = ("*", "<<")
_TRUTH = ("!", "==", "!=", "<", "<=", ">", ">=", "&&", "||")


def int64_locals(prog: ir.Program) -> list[str]:
    """Names of the clause-locals to declare `this int64_t name;`, in first-store order."""
    if prog.lang not in ("stap", "vue"):
        return []
    # Vue's locals are typed 64-bit in the IR whatever their declaration (a narrow
    # one's stores wrap by casts): those declared `long long` are those the lowering
    # lists (frontends/vue/lower.py)
    declared = set((prog.options or {}).get("long_locals") or ()) if prog.lang == "vue" else None
    first: dict[str, ir.Expr] = {}
    order: dict[str, None] = {}  # every local stored into, in first-store order
    wide: set[str] = set()
    not_int64: set[str] = set()
    for node in ir.walk([x for p in prog.probes for x in (p.predicate, p.body) if x is not None]):
        if isinstance(node, ir.Var) and node.scope == "local" and not (
                node.type is not None and node.type.is_int and node.type.bits == 64):
            not_int64.add(node.name)
        elif isinstance(node, ir.Assign) and _local(node.target):
            name = node.target.name
            order.setdefault(name)
            if node.op == "=" and name not in first and name not in wide:
                first[name] = node.value
            elif not _d_int(node.value) or node.op[:-1] in _GROWS:
                wide.add(name)
        elif isinstance(node, ir.Binary) and node.op in _GROWS:
            wide.update(x.name for x in (node.lhs, node.rhs) if _local(x))
    return [n for n in order if n in wide and n not in not_int64
            and (declared is None or n in declared) and (n not in first or _d_int(first[n]))]


def _local(e) -> bool:
    return isinstance(e, ir.Var) and e.scope == "local"


def _d_int(e: ir.Expr) -> bool:
    """Whether D types e int (32 bits): literal arithmetic within int's range."""
    if isinstance(e, ir.IntLit):
        return _INT_MIN <= e.value <= _INT_MAX
    if isinstance(e, (ir.Unary, ir.Binary)) and e.op in _TRUTH:
        return True  # 0 or 1
    if isinstance(e, ir.Unary) and e.op in ("-", "~", "+"):
        return _d_int(e.operand)
    if isinstance(e, ir.Binary) and e.op in ("+", "-", "*", "/", "%", "&", "|", "^"):
        return _d_int(e.lhs) and _d_int(e.rhs)
    return False
