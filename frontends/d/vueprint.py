"""Why a Vue print()/quantize()/lquantize() of an associative array has no D form.

The D port prints Vue's print(a) of an array that is only counted (`a[k]++`) or
summed (`a[k] += v`), and so is an aggregation there (ir.mapagg), as the
header's printf and `printa("%-32s | %@d\\n", @a)`. What is left is said here,
with the nearest D.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.vueprintloops import is_vue_lists_print
from xtrace.runtime.vueprint import KEY_WIDTH, layout_kinds, layout_options

_PRINTA = f'printa("%-{KEY_WIDTH}s | %@d\\n", @a)'


def vue_print_refusal(s: ir.PrintVar, g: Optional[ir.Global], nkeys: Optional[int]) -> str:
    """The message for Vue's print `s` of the global `g` (None when unknown), an
    aggregation of `nkeys` keys in the D port or (nkeys None) still an array."""
    base = s.layout.partition(";")[0]
    if base != "vue":
        func = base[len("vue_"):]
        return (f"Vue's {func}({s.name}) (a bar per element) has no D equivalent (nearest: "
                f"printa() of a {func}() aggregation, which draws DTrace's distribution)")
    keys, value = layout_kinds(s.layout)
    if set(keys) - {"-"} or value != "-":
        return (f"Vue's print({s.name}) of float or stack trace columns has no D equivalent "
                "(D has neither as an array's value)")
    if g is not None and g.kind == "agg" and nkeys is not None and nkeys > 1:
        types = g.key_types or [None] * nkeys
        near = ", ".join("%s" if t is not None and t.is_str else "%d" for t in types)
        return (f"Vue's print({s.name}) joins the {nkeys} keys with \", \" and pads the text to "
                f"{KEY_WIDTH} columns, which a printa format cannot do (nearest: the header's "
                f"printf and printa(\"{near} | %@d\\n\", @{s.name}), the keys unpadded)")
    return (f"Vue's print({s.name}) has no D equivalent: D cannot walk an array, and "
            f"'{s.name}' is not only counted (a[k]++) or summed (a[k] += v) and printed, which "
            f"would make it an aggregation (nearest: @{s.name}[k] = count() or sum(v), printed by "
            f"the header's printf and {_PRINTA.replace('@a', '@' + s.name)})")


def d_lists_refusal(prog: ir.Program, s: ir.PrintAgg) -> Optional[str]:
    """Why D's printa of one aggregation per statistic (ir.statsplit) cannot print
    Vue's print() `s` of an array of lists, or None."""
    g = prog.global_named(s.agg)
    _, count, by, _ = layout_options(s.layout)
    nkeys = len(g.key_types or []) if g is not None else 0
    near = (f"nearest: the header's printf and printa(\"%-32s | %@10d %@10d %@10d %@10d "
            f"%@10d\\n\", @{s.agg}_count, @{s.agg}_sum, @{s.agg}_min, @{s.agg}_max, "
            f"@{s.agg}_avg), every row")
    if nkeys > 1:
        return (f"Vue's print({s.agg}) of an array of lists joins its {nkeys} keys in one padded "
                f"column, which a printa format cannot do ({near})")
    if count:
        return (f"Vue's print({s.agg}, {count}, ...) of an array of lists has no D equivalent: "
                "trunc() keeps the first rows of one aggregation, and each statistic is an "
                f"aggregation of its own in D ({near})")
    if by == "value" and s.value_func != "count":
        return (f"Vue's print({s.agg}) of an array of lists sorted by its {s.value_func} has no D "
                "equivalent: printa of one aggregation per statistic sorts on the first, the "
                f"count ({near}, sorted by count)")
    return None


def d_printable_lists(prog: ir.Program):
    """Which statements the D printer has ir.vueprintloops write as loops: the
    prints of lists `d_lists_refusal` finds nothing against."""
    return lambda s: is_vue_lists_print(s) and d_lists_refusal(prog, s) is None
