"""IR names for D aggregations that share their name with a variable.

D keeps aggregations (`@ts`) and variables (`ts`, `ts[k]`) in separate name
spaces, so a script may time a call in `ts[probefunc]` and sum the times in
`@ts[probefunc]`. The IR, stap and Vue have one name space for globals: the
aggregation takes a name of its own there, `ts_agg`, as a porter would rename
one of the two.
"""

from __future__ import annotations

from xtrace.grammars.generated.d.DParser import DParser as P

from . import tables


def _primaries(tree):
    """Every IdentPrimary and AggPrimary under `tree`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (P.IdentPrimaryContext, P.AggPrimaryContext)):
            yield node
            continue
        stack.extend(node.getChildren() if hasattr(node, "getChildren") else ())


def agg_renames(tree) -> dict[str, str]:
    """{D aggregation name: IR name} for each `@x` whose `x` the script also uses
    as a variable; every other aggregation keeps its name."""
    idents: set[str] = set()
    aggs: set[str] = set()
    for prim in _primaries(tree):
        text = prim.getText()
        if isinstance(prim, P.AggPrimaryContext):
            if len(text) > 1:
                aggs.add(text[1:])
        elif text not in tables.BUILTIN_VARS:
            idents.add(text)
    taken = idents | aggs
    renames: dict[str, str] = {}
    for name in sorted(aggs & idents):
        new, n = f"{name}_agg", 2
        while new in taken:
            new, n = f"{name}_agg{n}", n + 1
        taken.add(new)
        renames[name] = new
    return renames
