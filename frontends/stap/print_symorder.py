"""D aggregations keyed by a code address's name, printed in dtrace's order in stap.

dtrace orders the keys of func()/sym(), ufunc()/usym(), umod() and uaddr() by the
address behind the text (dt_aggregate_keycmp: the symbol's or file's start, or the
address itself), not by the text: keys of equal values print in address order, and
under aggsortkey the whole table does. The stap port keys its statistics array by the
text (print_dsymbols' helpers), which sorts by the text. So beside each update the
port stores the address the key was named from,

    f[dtrace_func(caller_addr())] <<< 1
    f_at[dtrace_func(caller_addr())] = caller_addr()

and prints by walking that array sorted by address: for printa's order by value, into
the scratch array of rows first, whose value sort keeps equal values in the order
stored (stap's sort is a stable merge sort over the elements in the order stored):

    foreach ([key] in f_at+)
        printa_rows[key] = @count(f[key])
    foreach ([key] in printa_rows+)
        printf("  %-50s %16d\\n", key, printa_rows[key])
    delete printa_rows

One function (one file) covers a range no other covers, so any address named by a key
orders the keys as their starts do. mod() is left alone: dtrace's order of kernel
modules is their load address, which this project's D does not follow either (it
orders them by name: runtime/xt_str.h xt_dsym_order).
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

from .print_common import INDENT

# the D symbol actions whose keys dtrace orders by address (frontends/d/symbol_actions.py)
ADDRESS_ORDERED = frozenset({"d_func", "d_ufunc", "d_umod", "d_uaddr"})
_VALUES = ("count", "sum", "min", "max", "avg")


def address_ordered_aggs(prog: ir.Program) -> list[str]:
    """The aggregations whose one key is always a symbol action dtrace orders by
    address, updated by count()/sum()/min()/max()/avg(), never cleared, truncated
    or normalized, and printed alone (not joined to others) with D's table or a
    format (no flag set where a row prints): those the port orders by the address
    it stores beside each update."""
    updates: dict[str, list[ir.AggUpdate]] = {}
    refused: set[str] = set()
    for p in prog.probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.AggUpdate):
                updates.setdefault(x.agg, []).append(x)
            elif isinstance(x, ir.AggControl):
                refused.add(x.agg)
            elif isinstance(x, ir.PrintAgg):
                if x.more or x.layout not in ("dtrace", "format") or x.keys is not None or x.marks:
                    refused.update([x.agg, *x.more])
    out = []
    for agg, ups in updates.items():
        if agg in refused:
            continue
        if all(u.func in _VALUES and _address_key(u) is not None for u in ups) \
                and len({_address_key(u).name for u in ups}) == 1:
            out.append(agg)
    return out


def _address_key(u: ir.AggUpdate) -> Optional[ir.Call]:
    """The update's one key when it is a symbol action dtrace orders by address."""
    if len(u.keys) == 1 and isinstance(u.keys[0], ir.Call) and u.keys[0].name in ADDRESS_ORDERED \
            and len(u.keys[0].args) == 1:
        return u.keys[0]
    return None


class SymOrderPrinting:
    """Mixed into the stap printer: the address arrays and the rows printed by them."""

    def _setup_symorder(self, taken: set[str]) -> None:
        """A name for each address array (`<aggregation>_at`), and the scratch array
        of rows where one is printed by value."""
        self.sym_order: dict[str, str] = {}
        for agg in address_ordered_aggs(self.prog):
            self.sym_order[agg] = self._fresh((self.gname.get(agg, agg).strip("_") or "agg") + "_at", taken)
        if any(isinstance(x, ir.PrintAgg) and x.agg in self.sym_order and x.sort_by == "value"
               for p in self.prog.probes for x in ir.walk(p.body)) and "rows" not in self.extra_names:
            self.extra_names["rows"] = self._fresh("printa_rows", taken)

    def _symorder_globals(self) -> list[str]:
        return [f"global {name}  # the address each key of {self._agg_label(agg)} names: dtrace "
                "orders them by it, not by their text" for agg, name in self.sym_order.items()]

    def _symorder_store(self, s: ir.AggUpdate) -> Optional[str]:
        """The store of the key's address beside an update of an address-ordered
        aggregation (None for another)."""
        name = getattr(self, "sym_order", {}).get(s.agg)
        if name is None:
            return None
        return f"{name}[{self._keys(s.keys)}] = {self._expr(s.keys[0].args[0])}"

    def _symorder_rows(self, s: ir.PrintAgg, lvars: list[str], value: str, row_of) -> list[str]:
        """The loops printing an address-ordered aggregation's rows: walked by address
        (by key, D's aggsortkey) or, by value, stored by address into the rows the
        value sort walks. `row_of(v)` is the printf of a row whose value is v."""
        at = self.sym_order[s.agg]
        key = lvars[0]
        sign = "-" if s.descending else "+"
        limit = f" limit {s.limit}" if s.limit is not None else ""
        if s.sort_by == "key":
            return [f"foreach ([{key}] in {at}{sign}{limit})", INDENT + row_of(value)]
        rows = self.extra_names["rows"]
        return [f"foreach ([{key}] in {at}{sign})", f"{INDENT}{rows}[{key}] = {value}",
                f"foreach ([{key}] in {rows}{sign}{limit})", INDENT + row_of(f"{rows}[{key}]"),
                f"delete {rows}"]
