"""D's printa of several aggregations, trunc() and normalize() said in stap.

* `printa(fmt, @a, @b)` joins the aggregations on their keys (0 where one
  lacks a key) and sorts by the value of the first (aggsortpos: the one it
  names): a scratch array `printa_rows[keys] = value` collects every key, then
  one foreach over it prints the row. By value, dtrace breaks a tie by the keys
  (ascending; under aggsortrev descending), stap's sort keeps a tie in the order
  stored: the rows are first copied into `printa_by_key` and back, one key
  column a copy, the last first (stap's merge sort is stable), so they are stored
  in the keys' order when the value sort walks them;
* `trunc(@a)` is `delete a`; `trunc(@a, n)` deletes all but the n elements
  with the largest values (n < 0: the -n smallest), found by a sorted foreach;
* `normalize(@a, n)` keeps n in a global `a_scale` (1 until then, and again
  after `denormalize(@a)`) that every print of `a` divides by;
* `stddev()` keeps a sum of squares beside the statistics (`a_sumsq[k] += v * v`)
  and prints libdtrace's integer sqrt(avg(x^2) - avg(x)^2) through a helper
  function, sorted through the scratch array; the sums of squares are 64-bit
  here (DTrace's are 128-bit), so they wrap past 2^63;
* `clear(@a)` zeroes the values and keeps the keys (DTrace prints them with
  0), which a stap statistics array cannot hold (`delete` drops the keys, as
  trunc() does): a cleared count() or sum() is a plain array instead
  (`a[k]++`, `a[k] += v`, printed by its own value), and clear() is
  `a[k] = 0` for each key (through a scratch array: stap refuses
  writes to an array inside its own foreach). A cleared avg() is two plain
  arrays, the sum and the number of values (`a[k] += v`, `a_count[k]++`), as a
  porter averages by hand: printa prints `a_count[k] ? a[k] / a_count[k] : 0`
  (libdtrace's average of no values is 0), sorted through the scratch array of
  rows. A cleared quantize()/lquantize()/llquantize() keeps its histogram
  arrays (print_quantize.py). A cleared min/max/stddev or keyless
  count/sum/avg aggregation stays a gap.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.anonagg import ANON_AGG
from xtrace.ir.constint import int_value

from .literals import encode_string
from .print_common import CONV_RE, INDENT, type_of
from .print_dstack import is_stack

_STATS = ("count", "sum", "min", "max", "avg")

STDDEV_NAMES = frozenset({"dtrace_stddev", "count", "sum", "sumsq", "avg", "v", "root", "bit"})

_STDDEV = """\
# D's stddev(): the integer square root of avg(x^2) - avg(x)^2, as libdtrace
# computes it (digit by digit).
function dtrace_stddev:long(count:long, sum:long, sumsq:long)
{
    avg = sum / count
    v = sumsq / count - avg * avg
    root = 0
    bit = 1 << 62
    while (bit > v)
        bit >>= 2
    while (bit) {
        if (v >= root + bit) {
            v -= root + bit
            root = (root >> 1) + bit
        } else
            root >>= 1
        bit >>= 2
    }
    return root
}"""


class AggOpsPrinting:
    """Mixed into the stap printer beside AggPrinting."""

    def _setup_aggops(self, taken: set[str]) -> None:
        """Names of the scratch arrays and scale globals the program needs."""
        self.extra_names: dict[str, str] = {}
        self.scales: dict[str, str] = {}
        self.sumsq: dict[str, str] = {}
        self.cleared: dict[str, str] = {}
        self.hist_cleared: dict[str, str] = {}  # a histogram's keys clear() zeroed (print_quantize)
        self.avg_counts: dict[str, str] = {}
        for p in self.prog.probes:
            for x in ir.walk(p.body):
                if isinstance(x, ir.PrintAgg) and (x.more or self._is_stddev(x.agg) and self._agg_shape(x.agg)):
                    if "rows" not in self.extra_names:
                        self.extra_names["rows"] = self._fresh("printa_rows", taken)
                    if x.more and x.sort_by == "value" and "by_key" not in self.extra_names:
                        self.extra_names["by_key"] = self._fresh("printa_by_key", taken)
                elif isinstance(x, ir.AggUpdate) and x.func == "stddev" and x.agg not in self.sumsq:
                    self.sumsq[x.agg] = self._fresh((self.gname.get(x.agg, x.agg).strip("_") or "agg")
                                                    + "_sumsq", taken)
                elif isinstance(x, ir.AggControl):
                    if x.op == "clear" and x.agg in getattr(self, "hists", {}):
                        if x.agg not in self.hist_cleared:
                            self.hist_cleared[x.agg] = self._fresh(
                                (self.gname.get(x.agg, x.agg).strip("_") or "agg") + "_cleared", taken)
                    elif x.op == "clear":
                        if x.agg not in self.cleared:
                            # one per aggregation: each has its own key types
                            self.cleared[x.agg] = self._fresh(
                                (self.gname.get(x.agg, x.agg).strip("_") or "agg") + "_keys", taken)
                            g = self.globals.get(x.agg)
                            if g is not None and g.agg_func == "avg" and self._agg_shape(x.agg):
                                self.avg_counts[x.agg] = self._fresh(
                                    (self.gname.get(x.agg, x.agg).strip("_") or "agg") + "_count", taken)
                                if "rows" not in self.extra_names:
                                    self.extra_names["rows"] = self._fresh("printa_rows", taken)
                    if x.op == "trunc" and x.args and "gone" not in self.extra_names:
                        self.extra_names["gone"] = self._fresh("trunc_gone", taken)
                    elif x.op in ("normalize", "denormalize") and x.agg not in self.scales:
                        self.scales[x.agg] = self._fresh((self.gname.get(x.agg, x.agg).strip("_") or "agg") + "_scale",
                                                         taken)

        # a divisor every print of its aggregation reads in the one probe whose first
        # word on it is the normalize() (denorm.d's END, renormalize.d's tick) is a
        # local of that probe, as a porter keeps the probe's own value
        self.local_scales: set[str] = set()
        self.scale_homes: dict[str, ir.Probe] = {}
        for agg in self.scales:
            homes = [p for p in self.prog.probes if any(_scale_use(x, agg) for x in ir.walk(p.body))]
            if len(homes) != 1:
                continue
            top = [x for x in homes[0].body.stmts if _scale_use(x, agg)]
            uses = [x for x in ir.walk(homes[0].body) if _scale_use(x, agg)]
            if len(top) == len(uses) and isinstance(top[0], ir.AggControl) and top[0].op == "normalize":
                self.local_scales.add(agg)
                self.scale_homes[agg] = homes[0]
        self.scale_now: dict[str, Optional[str]] = {}

    def _stored_after(self, name: str, control: ir.AggControl) -> bool:
        """Whether local `name` is stored in its probe after statement `control`."""
        stmts = self.scale_homes[control.agg].body.stmts
        after = stmts[next(i for i, x in enumerate(stmts) if x is control) + 1:]
        return any(isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var)
                   and x.target.scope == "local" and x.target.name == name for x in ir.walk(after))

    def _agg_label(self, agg: str) -> str:
        """How a helper global's note names the aggregation it serves: D's `@name`,
        or for D's anonymous `@` the name it has here."""
        return self.gname.get(agg, agg) if agg == ANON_AGG and self.anon else "@" + agg

    def _d_spelling(self, agg: str) -> str:
        """The aggregation as the D script spells it, for messages."""
        return "@" if agg == ANON_AGG and self.anon else "@" + agg

    def _plain(self, agg: str) -> bool:
        """Whether `agg` is a plain array (a cleared count() or sum(), see above)."""
        return agg in getattr(self, "cleared", ())

    def _plain_avg(self, agg: str) -> bool:
        """Whether `agg` is a cleared avg(): its sums and its counts, two plain arrays."""
        return agg in getattr(self, "avg_counts", ())

    def _plain_avg_update(self, s: ir.AggUpdate) -> list[str]:
        """A cleared avg()'s update: the value into the sum, one more into the count."""
        keys = f"[{self._keys(s.keys)}]"
        return [f"{self.gname.get(s.agg, s.agg)}{keys} += {self._expr(s.args[0])}",
                f"{self.avg_counts[s.agg]}{keys}++"]

    def _plain_avg_value(self, agg: str, lvars: list[str]) -> str:
        """The average of a cleared avg()'s element: 0 for no values, as libdtrace prints."""
        elem = f"[{', '.join(lvars)}]"
        count = self.avg_counts[agg]
        return f"{count}{elem} ? {self.gname.get(agg, agg)}{elem} / {count}{elem} : 0"

    def _plain_update(self, s: ir.AggUpdate, target: str) -> str:
        """A cleared aggregation's update: the plain array's own arithmetic."""
        if s.func not in ("count", "sum") or not s.keys:
            what = "an aggregation without keys" if not s.keys else f"a {s.func}() aggregation"
            raise self.err(f"clear({self._d_spelling(s.agg)}) of {what} keeps it with the value 0, which a stap "
                           "statistics array cannot hold (nearest: `delete`, which is D's trunc(), "
                           "or a count()/sum()/avg() with keys, plain arrays in stap)", s)
        if s.func == "count":
            return f"{target}++"
        return f"{target} += {self._expr(s.args[0])}"

    def _aggops_names(self) -> set[str]:
        return set(getattr(self, "extra_names", {}).values()) | set(getattr(self, "scales", {}).values()) \
            | set(getattr(self, "sumsq", {}).values()) | set(getattr(self, "cleared", {}).values()) \
            | set(getattr(self, "avg_counts", {}).values()) | set(getattr(self, "hist_cleared", {}).values()) \
            | set(getattr(self, "sym_order", {}).values())

    def _is_stddev(self, agg: str) -> bool:
        g = self.globals.get(agg)
        return g is not None and g.agg_func == "stddev"

    def _aggops_functions(self) -> list[str]:
        return [_STDDEV] if self.sumsq else []

    def _stddev_update(self, s: ir.AggUpdate) -> list[str]:
        """The value into the statistics and its square into the sum of squares."""
        v = self._expr(s.args[0])
        keys = f"[{self._keys(s.keys)}]" if s.keys else ""
        if not isinstance(s.args[0], (ir.IntLit, ir.Var)):
            tmp = self.local_names.get(" value")
            if tmp is None:
                tmp = self.local_names[" value"] = self._fresh("value", self._taken())
            out = [f"{tmp} = {v}"]
            v = tmp
        else:
            out = []
        return out + [f"{self.gname.get(s.agg, s.agg)}{keys} <<< {v}",
                      f"{self.sumsq[s.agg]}{keys} += {v} * {v}"]

    def _stddev_value(self, agg: str, lvars: list[str]) -> str:
        name = self.gname.get(agg, agg)
        elem = f"[{', '.join(lvars)}]" if lvars else ""
        return self._scaled(agg, f"dtrace_stddev(@count({name}{elem}), @sum({name}{elem}), "
                                 f"{self.sumsq[agg]}{elem})")

    def _aggops_globals(self) -> list[str]:
        out = []
        if "rows" in self.extra_names:
            out.append(f"global {self.extra_names['rows']}  # printa()'s joined rows, while printing")
        if "by_key" in self.extra_names:
            out.append(f"global {self.extra_names['by_key']}  # printa()'s joined rows, while printing")
        if "gone" in self.extra_names:
            out.append(f"global {self.extra_names['gone']}  # the elements trunc() removes")
        for agg, name in self.cleared.items():
            if agg in self.avg_counts:
                out.append(f"global {self.avg_counts[agg]}  # the number of values in each sum of "
                           f"{self._agg_label(agg)}")
            out.append(f"global {name}  # the keys clear() zeroes in {self._agg_label(agg)}")
        for agg, name in self.hist_cleared.items():
            out.append(f"global {name}  # the keys clear() zeroed in {self._agg_label(agg)}, "
                       "until a value comes again")
        for agg, name in self.scales.items():
            if agg in self.local_scales:
                continue
            out.append(f"global {name} = 1  # normalize()'s divisor of {self._agg_label(agg)}")
        for agg, name in self.sumsq.items():
            out.append(f"global {name}  # stddev()'s sums of squares of {self._agg_label(agg)}")
        return out

    def _scaled(self, agg: str, value: str) -> str:
        """A printed value of `agg`, divided by its normalize() factor if it has one
        (a local one: what the last normalize() before the print said, nothing after
        a denormalize())."""
        if agg in getattr(self, "local_scales", ()):
            now = self.scale_now.get(agg)
            return f"{value} / {now}" if now is not None else value
        return f"{value} / {self.scales[agg]}" if agg in getattr(self, "scales", {}) else value

    def _func_of(self, agg: str, node, stddev: bool = False) -> str:
        """The statistic `agg` keeps (count, sum, ...); with `stddev`, also D's
        stddev(), which a joined printa prints from its sum of squares."""
        g = self.globals.get(agg)
        func = g.agg_func if g is not None else None
        if stddev and func == "stddev" and agg in self.sumsq:
            return func
        if func not in _STATS:
            raise self.err(f"this use of D's {func}() aggregation '{agg}' cannot be expressed in stap", node)
        return func

    # ------------------------------------------------------------ controls

    def _agg_control(self, s: ir.AggControl) -> list[str]:
        name = self.gname.get(s.agg, s.agg)
        if s.op == "clear" and s.agg in self.hist_cleared:
            return self._hist_clear(s)
        if s.op == "clear":
            keys = self._agg_shape(s.agg)
            g = self.globals.get(s.agg)
            if not keys or g is None or g.agg_func not in ("count", "sum", "avg"):
                what = "an aggregation without keys" if not keys else \
                    f"a {g.agg_func if g is not None else 'never updated'}() aggregation"
                raise self.err(f"clear({self._d_spelling(s.agg)}) of {what} keeps it with the value 0, which a stap "
                               f"statistics array cannot hold (nearest: `delete {name}`, which is D's "
                               "trunc(), or a count()/sum()/avg() with keys, plain arrays in stap)", s)
            lvars = self._loop_vars(keys, list(g.key_types or [type_of(k) for k in keys]))
            elem = ", ".join(lvars)
            # stap refuses to write an array inside its own foreach: the keys first
            zeroed = self.cleared[s.agg]
            zero = [f"{name}[{elem}] = 0"]
            if s.agg in self.avg_counts:
                zero.append(f"{self.avg_counts[s.agg]}[{elem}] = 0")
            loop = [f"foreach ([{elem}] in {zeroed})", f"{INDENT}{zero[0]}"] if len(zero) == 1 else \
                [f"foreach ([{elem}] in {zeroed}) {{"] + [INDENT + z for z in zero] + ["}"]
            return [f"foreach ([{elem}] in {name})", f"{INDENT}{zeroed}[{elem}] = 1"] + loop \
                + [f"delete {zeroed}"]
        if s.op == "normalize" and s.agg in self.local_scales:
            n = s.args[0]
            if isinstance(n, ir.IntLit):
                # a constant divisor is written where it divides, as a porter writes
                # `/ 1000`; dividing by 1 is no division (sysc.d's normalize(@avg, 1))
                self.scale_now[s.agg] = None if n.value == 1 else self._expr(n)
                return []
            if isinstance(n, ir.Var) and n.scope == "local" and not self._stored_after(n.name, s):
                self.scale_now[s.agg] = self._expr(n)  # denorm.d: `/ seconds`
                return []
            self.scale_now[s.agg] = self.scales[s.agg]
            return [f"{self.scales[s.agg]} = {self._expr(n)}"]
        if s.op == "denormalize" and s.agg in self.local_scales:
            self.scale_now[s.agg] = None  # the raw values: no division
            return []
        if s.op == "normalize":
            return [f"{self.scales[s.agg]} = {self._expr(s.args[0])}"]
        if s.op == "denormalize":
            return [f"{self.scales[s.agg]} = 1"]
        hist = s.agg in getattr(self, "hist_names", {})
        if not s.args:
            out = [f"delete {name}"]
            if hist:
                out.append(f"delete {self.hist_names[s.agg][0]}")
            if s.agg in self.hist_cleared:
                out.append(f"delete {self.hist_cleared[s.agg]}")
            if self._plain_avg(s.agg):
                out.append(f"delete {self.avg_counts[s.agg]}")
            return out
        n = s.args[0]
        if self._plain_avg(s.agg):
            raise self.err(f"trunc({self._d_spelling(s.agg)}, n) of a clear()ed avg() cannot be expressed "
                           "in stap (its averages are sums and counts there; nearest: `foreach ... limit n` "
                           "where it is printed)", s)
        # a constant expression (zonecalls.d's `trunc(@, TOP + 1)` of an inline TOP)
        # counts as its value; the port writes it as the script does
        const = int_value(n)
        if hist or const is None:
            raise self.err(f"trunc({self._d_spelling(s.agg)}, n) of {'a histogram' if hist else 'a variable n'} "
                           "cannot be expressed in stap (nearest: `foreach ... limit n` where it is "
                           "printed)", s)
        func = self._func_of(s.agg, s)
        keys = self._agg_shape(s.agg)
        key_types = (self.globals[s.agg].key_types if s.agg in self.globals else None) \
            or [type_of(k) for k in keys]
        lvars = self._loop_vars(keys, list(key_types))
        if not lvars:
            return [f"delete {name}"] if const[0] == 0 else []
        kept = self.local_names.get(" kept")
        if kept is None:
            kept = self.local_names[" kept"] = self._fresh("kept", self._taken())
        gone = self.extra_names["gone"]
        elem = ", ".join(lvars)
        sign = "-" if const[0] >= 0 else "+"
        count = self._expr(n) if const[0] >= 0 and not isinstance(n, ir.IntLit) else str(abs(const[0]))
        stat = "" if self._plain(s.agg) else f" @{func}"
        return [f"{kept} = 0",
                f"foreach ([{elem}] in {name}{stat}{sign})",
                f"{INDENT}if ({kept}++ >= {count})",
                f"{INDENT * 2}{gone}[{elem}] = 1",
                f"foreach ([{elem}] in {gone})",
                f"{INDENT}delete {name}[{elem}]",
                f"delete {gone}"]

    def _print_stddev(self, s: ir.PrintAgg, lvars: list[str], fmt: str, args_of,
                      body_of=None) -> list[str]:
        """A stddev() aggregation's table: its values sorted through the scratch array.
        `body_of(v)`, where given, is the statements of a row (keys with a stack)."""
        name = self.gname.get(s.agg, s.agg)
        value = self._stddev_value(s.agg, lvars)

        def row(v: str) -> str:
            return f"printf({encode_string(self._fmt(fmt, s))}" + "".join(", " + a for a in args_of(v)) + ")"
        if not lvars:
            return [f"if (@count({name})) {row(value)}"]
        rows = self.extra_names["rows"]
        elem = ", ".join(lvars)
        sign = "-" if s.descending else "+"
        head = (f"[{lvars[0]}{sign}{''.join(', ' + v for v in lvars[1:])}] in {rows}"
                if s.sort_by == "key" else f"[{elem}] in {rows}{sign}")
        if s.limit is not None:
            head += f" limit {s.limit}"
        each = [f"foreach ({head})", INDENT + row(f"{rows}[{elem}]")] if body_of is None else \
            [f"foreach ({head}) {{"] + [INDENT + b for b in body_of(f"{rows}[{elem}]")] + ["}"]
        return [f"foreach ([{elem}] in {name})", f"{INDENT}{rows}[{elem}] = {value}"] + each \
            + [f"delete {rows}"]

    # ------------------------------------------------------- joined printa

    @staticmethod
    def _joined_head(s: ir.PrintAgg, lvars: list[str], rows: str) -> str:
        """The inside of the foreach over the joined rows, in the printa's order."""
        sign = "-" if s.descending else "+"
        head = (f"[{lvars[0]}{sign}{''.join(', ' + v for v in lvars[1:])}] in {rows}"
                if s.sort_by == "key" else f"[{', '.join(lvars)}] in {rows}{sign}")
        if s.limit is not None:
            head += f" limit {s.limit}"
        return head

    def _rows_in_key_order(self, s: ir.PrintAgg, lvars: list[str], rows: str) -> tuple[list[str], str]:
        """The copies storing the rows in the keys' order, which the value sort keeps for
        a tie (module docstring), and the array holding them after."""
        sign = "-" if s.descending else "+"
        elem = ", ".join(lvars)
        src, dst = rows, self.extra_names["by_key"]
        out: list[str] = []
        for col in reversed(range(len(lvars))):
            head = ", ".join(v + (sign if j == col else "") for j, v in enumerate(lvars))
            out += [f"foreach ([{head}] in {src})", f"{INDENT}{dst}[{elem}] = {src}[{elem}]", f"delete {src}"]
            src, dst = dst, src
        return out, src

    def _print_joined(self, s: ir.PrintAgg) -> list[str]:
        """printa of several aggregations: every key of any of them, one row each."""
        aggs = [s.agg] + list(s.more)
        # (a stddev() among them, tcp_rwndclosed.d's: from its sum of squares)
        funcs = [self._func_of(a, s, stddev=True) for a in aggs]
        if any(self._plain(a) for a in aggs):
            raise self.err("printa() of several aggregations, one of them clear()ed, cannot be "
                           "expressed in stap (nearest: one printa per aggregation)", s)
        names = [self.gname.get(a, a) for a in aggs]
        keys = self._agg_shape(s.agg)
        key_types = (self.globals[s.agg].key_types if s.agg in self.globals else None) \
            or [type_of(k) for k in keys]
        lvars = self._loop_vars(keys, list(key_types))
        if not lvars:
            raise self.err("printa() of several aggregations without keys cannot be expressed in stap", s)
        aggsort = (self.prog.options or {}).get("aggsort", {})
        if aggsort.get("aggsortkeypos"):
            raise self.err("aggsortkeypos has no stap equivalent (foreach sorts by one key)", s)
        pos = min(int(aggsort.get("aggsortpos") or 0), len(aggs) - 1)
        elem = ", ".join(lvars)
        member = f"{lvars[0]} in" if len(lvars) == 1 else f"[{elem}] in"

        def stat(i: int) -> str:  # aggregation i's value for the row's keys
            if funcs[i] == "stddev":
                return self._stddev_value(aggs[i], lvars)
            return self._scaled(aggs[i], f"@{funcs[i]}({names[i]}[{elem}])")

        def value(i: int) -> str:  # a printf argument: a bare `?:` needs no parentheses
            v = stat(i)
            return v if funcs[i] == "count" and aggs[i] not in self.scales else f"{member} {names[i]} ? {v} : 0"
        rows = self.extra_names["rows"]
        out = []
        # one loop per aggregation, however often the printa names it (sysc.d's
        # @totaltime twice): the sorting one's loop, last, stores the values
        others = [i for i in range(len(aggs)) if names[i] != names[pos]]
        for i in [i for n, i in enumerate(others) if names[i] not in {names[j] for j in others[:n]}] + [pos]:
            v = stat(i) if i == pos else "0"
            out += [f"foreach ([{elem}] in {names[i]})", f"{INDENT}{rows}[{elem}] = {v}"]
        if s.sort_by == "value":
            passes, rows = self._rows_in_key_order(s, lvars, rows)
            out += passes
        if any(is_stack(t) for t in key_types):  # D's stack() keys: printed by a helper
            body = self._stack_row_body(s, s.fmt or "", lvars, list(key_types),
                                        [value(i) for i in range(len(aggs))])
            if s.layout == "dtrace":
                out.insert(0, 'printf("\\n")')
            return out + [f"foreach ({self._joined_head(s, lvars, rows)}) {{"] \
                + [INDENT + b for b in body] + ["}", f"delete {rows}"]
        if s.layout == "dtrace":
            from .print_agg import _dtrace_key_fmt
            fmt = "".join(_dtrace_key_fmt(t) for t in key_types) + " %16d" * len(aggs) + "\n"
            args = lvars + [value(i) for i in range(len(aggs))]
            out.insert(0, 'printf("\\n")')
        elif s.layout == "format":
            fmt = s.fmt or ""
            args, nkey, nagg = [], iter(lvars), 0
            for m in CONV_RE.finditer(fmt):
                if m.group(1) == "%":
                    continue
                if m.group(2) == "@":
                    args.append(value(nagg) if nagg < len(aggs) else "0")
                    nagg += 1
                else:
                    k: Optional[str] = next(nkey, None)
                    if k is None:
                        raise self.err("printa format has more conversions than keys", s)
                    args.append(k)
        else:
            raise self.err(f"printing aggregations {', '.join(aggs)} in this layout cannot be "
                           "expressed in stap", s)
        head = self._joined_head(s, lvars, rows)
        args = self._addr_args(fmt, args)
        out += [f"foreach ({head})",
                f"{INDENT}printf({encode_string(self._fmt(fmt, s))}{''.join(', ' + a for a in args)})",
                f"delete {rows}"]
        return out


def _scale_use(x, agg: str) -> bool:
    """Whether statement `x` prints `agg` or sets its normalize() divisor."""
    if isinstance(x, ir.PrintAgg):
        return x.agg == agg or agg in (x.more or [])
    return isinstance(x, ir.AggControl) and x.agg == agg and x.op in ("normalize", "denormalize")
