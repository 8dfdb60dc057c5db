"""Vue's range data type: `range_t T;`, set_range(), add_range(), qrange().

IBM's "Range and bucket data type" page: a range_t variable describes slots
(a linear set of integer ranges, the powers of two, or sets of strings); qrange(
a[key], T, value) counts value in its slot of the element a[key]; print(a) shows
each key's slots with their counts, and "Others" for the values no slot holds.

A range's slots are constants of the script (set_range() and add_range() take
constants and are called in @@BEGIN), so xtrace fixes them when compiling and
counts each element as one of D's histograms, which have those slots:

    set_range(T, LINEAR, min, max, step)  lquantize(v, min, max, step): below min and
                                          from max on are the Others
    set_range(T, POWER, 2)                quantize(v): slots [1, 2), [2, 4), ...;
                                          0 and negatives are the Others
    add_range(T, "s1", "s2", ...)         lquantize(slot, 0, N, 1) of the number of the
                                          add_range() call naming the string (-1, the
                                          Others, for none)

The driver prints them (runtime/vueprint.format_vue_ranges) from the labels
`print_layout` gives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc

from .scope import is_str

FUNCS = ("set_range", "add_range", "qrange")
# IR layout of print() of an associative array of ranges (runtime/vueprint.py)
LAYOUT = "vue_range"


@dataclass
class RangeSpec:
    """The slots of one range_t variable."""

    kind: str = ""  # 'linear', 'power' or 'strings' ('' until set_range/add_range)
    params: tuple[int, ...] = ()  # linear: (min, max, step)
    slots: list[list[str]] = field(default_factory=list)  # strings: one list per add_range()
    loc: Optional[Loc] = None

    def labels(self) -> list[str]:
        """The printed name of each slot, in order (strings only: the others are numbers)."""
        return [", ".join(s) for s in self.slots]


class Ranges:
    """The range_t variables of one script and what qrange() counts into."""

    def __init__(self) -> None:
        self.vars: dict[str, RangeSpec] = {}
        self.array_range: dict[str, str] = {}  # associative array -> its range_t variable

    def declare(self, name: str, loc: Loc) -> None:
        self.vars.setdefault(name, RangeSpec(loc=loc))

    def is_range_array(self, name: str) -> bool:
        return name in self.array_range

    def print_layout(self, array: str) -> tuple[str, str, str]:
        """(IR layout, value_func, fmt) of print(array): fmt is JSON with the slot kind and,
        for string slots, their labels."""
        spec = self.vars[self.array_range[array]]
        func = "quantize" if spec.kind == "power" else "lquantize"
        return LAYOUT, func, json.dumps({"kind": spec.kind, "labels": spec.labels()})


def _const(low, ctx) -> Optional[int]:
    """An integer constant argument (a literal, or minus one), else None."""
    return ir.int_constant(low.expr(ctx))


def _range_var(low, ranges: Ranges, ctx, fname: str) -> tuple[str, RangeSpec]:
    name = ctx.getText()
    if name not in ranges.vars:
        raise low.error(f"{fname}(): '{name}' is not a range_t variable (declare it: "
                        f"'range_t {name};')", ctx)
    return name, ranges.vars[name]


def set_range(low, ranges: Ranges, call) -> None:
    """set_range(T, LINEAR, min, max, step) / set_range(T, POWER, 2) in @@BEGIN."""
    args = call.expr()
    if low.point_kinds != {"begin"}:
        raise low.error("set_range() can be called only in the @@BEGIN clause in xtrace (a "
                        "range's slots are fixed when the script is compiled)", call)
    if len(args) < 2:
        raise low.error("set_range() takes a range_t variable, LINEAR or POWER and its bounds", call)
    name, spec = _range_var(low, ranges, args[0], "set_range")
    kind = args[1].getText()
    if spec.kind:
        raise low.error(f"the slots of range '{name}' are already set", call)
    if kind == "LINEAR":
        if len(args) != 5:
            raise low.error("set_range(T, LINEAR, min, max, step) takes five arguments", call)
        vals = [_const(low, a) for a in args[2:]]
        for v, a in zip(vals, args[2:]):
            if v is None:
                raise low.error("set_range()'s bounds and step must be integer constants", a)
        lo, hi, step = vals
        if step <= 0 or hi <= lo or (hi - lo) % step:
            raise low.error(f"set_range(): the range {lo} .. {hi} must be a positive whole number "
                            f"of steps of {step}", call)
        if not (-(1 << 31) <= lo and hi < (1 << 31)):
            raise low.error("set_range(): the bounds must fit in an int", call)
        spec.kind, spec.params = "linear", (lo, hi, step)
    elif kind == "POWER":
        if len(args) != 3 or _const(low, args[2]) != 2:
            raise low.error("set_range(T, POWER, 2): the power-of-two distribution is the only "
                            "power one", call)
        spec.kind = "power"
    else:
        raise low.error(f"set_range(): '{kind}' is not LINEAR or POWER (add_range() sets string "
                        "slots)", args[1])


def add_range(low, ranges: Ranges, call) -> None:
    """add_range(T, "s1", "s2", ...) in @@BEGIN: one more slot of strings."""
    args = call.expr()
    if low.point_kinds != {"begin"}:
        raise low.error("add_range() can be called only in the @@BEGIN clause in xtrace (a "
                        "range's slots are fixed when the script is compiled)", call)
    if len(args) < 2:
        raise low.error("add_range() takes a range_t variable and the strings of one slot", call)
    name, spec = _range_var(low, ranges, args[0], "add_range")
    if spec.kind not in ("", "strings"):
        raise low.error(f"range '{name}' has integer slots (set_range()): add_range() adds string "
                        "slots", call)
    strings = []
    for a in args[1:]:
        value = low.expr(a)
        if not isinstance(value, ir.StrLit):
            raise low.error("add_range()'s strings must be string constants", a)
        if any(value.value in s for s in spec.slots):
            raise low.error(f"'{value.value}' is already in a slot of range '{name}'", a)
        strings.append(value.value)
    spec.kind = "strings"
    spec.slots.append(strings)


def qrange(low, ranges: Ranges, call) -> ir.Stmt:
    """qrange(a[key], T, value): count value in its slot of a[key]'s distribution."""
    args = call.expr()
    loc = low.loc(call)
    if len(args) != 3:
        raise low.error("qrange() takes an associative array element, a range_t variable and "
                        "the value", call)
    name, spec = _range_var(low, ranges, args[1], "qrange")
    if not spec.kind:
        raise low.error(f"qrange(): range '{name}' has no slots yet: give them with set_range() "
                        "or add_range() in @@BEGIN, before this clause", args[1])
    agg, keys = low.agg_ref(args[0])
    if not keys:
        raise low.error("qrange() counts into an element of an associative array: a[key]", args[0])
    old = ranges.array_range.get(agg)
    g = low.global_named(agg)
    if old is None and (g.agg_func != "stats" or agg in low.assigned):
        raise low.error(f"'{agg}' holds lists (append()): qrange() needs an associative array of "
                        "its own", args[0])
    if old is not None and old != name:
        raise low.error(f"'{agg}' counts into range '{old}' elsewhere: one associative array has "
                        "one range_t", args[1])
    low.assigned.add(agg)
    value = low.expr(args[2])
    is_string = is_str(value, low.env)
    if spec.kind == "strings":
        if not is_string:
            raise low.error(f"range '{name}' has string slots (add_range()): qrange() takes a "
                            "string value", args[2])
        g.agg_func = "lquantize"
        ranges.array_range[agg] = name
        return _string_slot(low, agg, keys, spec, value, loc)
    if is_string:
        raise low.error(f"range '{name}' has integer slots (set_range()): qrange() takes an "
                        "integer value", args[2])
    ranges.array_range[agg] = name
    if spec.kind == "power":
        g.agg_func = "quantize"
        return ir.AggUpdate(agg, keys, "quantize", [value], loc=loc)
    g.agg_func = "lquantize"
    lo, hi, step = (ir.IntLit(p, loc=loc) for p in spec.params)  # `-5` is the literal -5
    return ir.AggUpdate(agg, keys, "lquantize", [value, lo, hi, step], loc=loc)


def _string_slot(low, agg: str, keys: list, spec: RangeSpec, value: ir.Expr, loc: Loc) -> ir.AggUpdate:
    """lquantize(slot, 0, N, 1) where slot is the number of the add_range() holding value
    (-1: none): a chain of string comparisons, each slot's strings joined by ||."""
    slot: ir.Expr = ir.IntLit(-1, loc=loc)
    for i in reversed(range(len(spec.slots))):
        cond: Optional[ir.Expr] = None
        for s in spec.slots[i]:
            eq = ir.Binary("==", value, ir.StrLit(s, loc=loc), loc=loc)
            cond = eq if cond is None else ir.Binary("||", cond, eq, loc=loc)
        slot = ir.Ternary(cond, ir.IntLit(i, loc=loc), slot, loc=loc)
    n = len(spec.slots)
    upd = ir.AggUpdate(agg, keys, "lquantize",
                       [slot, ir.IntLit(0, loc=loc), ir.IntLit(n, loc=loc), ir.IntLit(1, loc=loc)], loc=loc)
    return upd


# ------------------------------------------------------------------ IR -> Vue
# (frontends/vue/printer.py writes an aggregation counted this way back as a range_t)


def slot_chain(e: ir.Expr) -> Optional[tuple[ir.Expr, list[list[str]]]]:
    """(the compared value, the strings of each slot) of the slot number `_string_slot`
    writes (`v == "a" || v == "b" ? 0 : v == "c" ? 1 : -1`), None for anything else."""
    slots: list[list[str]] = []
    value: Optional[ir.Expr] = None
    while isinstance(e, ir.Ternary):
        if ir.int_constant(e.then) != len(slots):
            return None
        strings, stack = [], [e.cond]
        while stack:
            c = stack.pop()
            if isinstance(c, ir.Binary) and c.op == "||":
                stack += [c.rhs, c.lhs]
            elif isinstance(c, ir.Binary) and c.op == "==" and isinstance(c.rhs, ir.StrLit) \
                    and (value is None or c.lhs == value):
                value = c.lhs
                strings.append(c.rhs.value)
            else:
                return None
        slots.append(strings)
        e = e.else_
    if value is None or ir.int_constant(e) != -1:
        return None
    return value, slots


def spec_of_update(u: ir.AggUpdate) -> Optional[RangeSpec]:
    """The range_t whose qrange() counts as `u` does: quantize -> POWER, lquantize with
    constant bounds -> LINEAR, or the string slots of `slot_chain`; None otherwise."""
    if u.func == "quantize" and len(u.args) == 1:
        return RangeSpec("power")
    if u.func != "lquantize" or len(u.args) != 4:
        return None
    params = [ir.int_constant(a) for a in u.args[1:]]
    if None in params:
        return None
    chain = slot_chain(u.args[0])
    if chain is not None and params == [0, len(chain[1]), 1]:
        return RangeSpec("strings", slots=chain[1])
    lo, hi, step = params
    if step <= 0 or hi <= lo or (hi - lo) % step:
        return None
    return RangeSpec("linear", (lo, hi, step))


def range_declarations(spec: RangeSpec, name: str) -> list[str]:
    """The @@BEGIN calls that give range_t `name` the slots of `spec`."""
    if spec.kind == "power":
        return [f"set_range({name}, POWER, 2);"]
    if spec.kind == "linear":
        lo, hi, step = spec.params
        return [f"set_range({name}, LINEAR, {lo}, {hi}, {step});"]
    from .strings import escape
    return [f"add_range({name}, {', '.join(escape(s) for s in slot)});" for slot in spec.slots]


def forced_differs(s: ir.PrintAgg, target: str) -> str:
    """What differs when `translate --force` prints Vue's print() of the range_t
    distributions in `s.agg` (layout LAYOUT) as `target`'s print-out of the
    quantize()/lquantize() aggregation that counts them (the same buckets)."""
    info = json.loads(s.fmt or "{}")
    kind = info.get("kind")
    if kind == "strings":
        slots = "; ".join(f"{i}: {label}" for i, label in enumerate(info.get("labels", [])))
        buckets = (f"the slots as the values of an lquantize() by slot number ({slots}; "
                   "the Others below 0 and past the last)")
    elif kind == "power":
        buckets = "the power-of-two slots as quantize() rows (0 and negatives in rows of their own, not Others)"
    else:
        buckets = "the linear slots as lquantize() rows (the Others as the rows below min and from max on)"
    return (f"Vue prints each key of '{s.agg}' with a Range/Count table (a row per slot, Others "
            f"last); {target} prints each key's distribution in DTrace's value/Distribution/count "
            f"layout, {buckets}")


def as_histogram_print(s: ir.PrintAgg) -> ir.PrintAgg:
    """Vue's print() of range_t distributions (layout LAYOUT) as a print-out of the
    quantize()/lquantize() aggregation counting them, in DTrace's layout, showing the
    entries print()'s options choose, in its order."""
    import dataclasses
    from xtrace.runtime.vueprint import layout_options
    _, count, by, order = layout_options(s.layout)
    return dataclasses.replace(s, layout="dtrace", fmt=None, sort_by=by, descending=order == "desc",
                               limit=count or None)
