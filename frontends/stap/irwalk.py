"""Walking IR trees (the printer's needs: every node, a probe's roots, its locals)."""

from __future__ import annotations

from xtrace.ir import nodes as ir


def children(x) -> list:
    """The IR nodes directly inside a node."""
    out = []
    for v in getattr(x, "__dict__", {}).values():
        for item in (v if isinstance(v, list) else [v]):
            if isinstance(item, (ir.Expr, ir.Stmt)):
                out.append(item)
    return out


def nodes(x) -> list:
    """x and every IR node under it, pre-order."""
    out = [x]
    for c in children(x):
        out.extend(nodes(c))
    return out


def roots(p: ir.Probe) -> list:
    """The predicate (if any) and body of a probe."""
    return ([p.predicate] if p.predicate is not None else []) + [p.body]


def local_names(p: ir.Probe) -> list[str]:
    """The probe's local variable names, in order of first mention."""
    return local_names_in(roots(p))


def local_names_in(trees: list) -> list[str]:
    """The local variable names under the IR trees (foreach variables included)."""
    found: list[str] = []
    for root in trees:
        for x in nodes(root):
            names = []
            if isinstance(x, ir.Var) and x.scope == "local":
                names = [x.name]
            elif isinstance(x, ir.ForEach):
                names = x.keys + ([x.value] if x.value else [])
            found += [n for n in names if n not in found]
    return found
