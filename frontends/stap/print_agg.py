"""Printing aggregations as stap: PrintAgg becomes a foreach/printf loop over a statistics array.

DTrace's end-of-run table (layout 'dtrace') becomes `printf("\\n")` and a
foreach sorted by the statistic, one printf per row with DTrace's columns
(keys by type, then the value in " %16d"). In D's exit dump the blank line prints
only when the aggregation has a row (dtrace_aggregate_print walks records): under
`foreach ([k..] in a limit 1)` (a plain printf where a BEGIN clause gave it a row
that nothing takes away: listfill.with_rows_at_exit), or in the format of the one row
of an aggregation without keys, which `if (@count(a))` guards (a normalize()d one and a
stddev() too; a clear()ed one has keys in stap). That line is dtrace's one newline
before the dump's rows, none between two aggregations: in a dump of several, the first
with a row prints it (`if (!dumped++) printf("\\n")` there). Layout 'format' applies the given
format to the keys and value; a D printa `%@` conversion places the value.
"""

from __future__ import annotations

import re

from typing import Optional

from xtrace.frontends.vue.listfill import with_rows_at_exit
from xtrace.ir import nodes as ir
from xtrace.ir.types import Type

from .irwalk import nodes
from .literals import encode_string
from .print_common import CONV_RE, INDENT, key_var_wants, star_width, type_of
from .print_dstack import FRAME_INDENT, is_stack, pad
from .print_dustack import is_ustack


class AggPrinting:
    """Aggregation printing, mixed into the printer (which holds names, globals, lines)."""

    @property
    def rows_at_exit(self) -> frozenset[str]:
        """The aggregations sure to hold a row at D's exit dump (listfill.with_rows_at_exit)."""
        if getattr(self, "_rows_at_exit", None) is None:
            self._rows_at_exit = with_rows_at_exit(self.prog)
        return self._rows_at_exit

    def _agg_shape(self, agg: str) -> list[ir.Expr]:
        """Key expressions of some update of agg (they name the loop variables)."""
        for p in self.prog.probes:
            for x in nodes(p.body):
                if isinstance(x, ir.AggUpdate) and x.agg == agg:
                    return x.keys
        g = self.globals.get(agg)
        if g is not None and g.key_types:
            return [ir.IntLit(0, type=t) for t in g.key_types]
        return []

    def _loop_vars(self, keys: list[ir.Expr], types: list[Optional[Type]]) -> list[str]:
        """Readable loop variables; one name keeps one type within a probe (stap
        infers a local's type once)."""
        names: list[str] = []
        for want, t in zip(key_var_wants(keys, types), types):
            kind = "str" if t is not None and (t.is_str or is_stack(t)) else "int"
            name = self.loop_names.get((want, kind))
            if name is None or name in names:
                name = self._fresh(want, self._taken())
                self.loop_names[(want, kind)] = name
            names.append(name)
        return names

    def _value_func(self, s: ir.PrintAgg) -> str:
        g = self.globals.get(s.agg)
        if g is not None and g.agg_func in ("count", "sum", "min", "max", "avg"):
            return g.agg_func
        return s.value_func

    def _print_agg(self, s: ir.PrintAgg) -> list[str]:
        lines = self._print_agg_rows(s)
        sets = [f"{self.gname.get(m, m)} = 1" for m in s.marks]
        if sets and INDENT + sets[0] not in lines:
            # a layout whose rows print otherwise (stacks, averages): the flag set after,
            # whether or not a row printed
            lines += sets
        return lines

    def _print_agg_rows(self, s: ir.PrintAgg) -> list[str]:
        if s.layout == "stap_hist":
            return [self._print_hist(s)] if s.keys is not None else self._print_hist_loop(s)
        if s.value_func in ("quantize", "lquantize", "llquantize") or (
                s.value_func == "stddev" and s.agg not in self.sumsq):
            raise self.err(f"printing D's {s.value_func}() aggregation '{s.agg}' cannot be "
                           "expressed in stap", s)
        if s.more:
            return self._print_joined(s)
        if s.layout not in ("dtrace", "format"):
            raise self.err(f"printing aggregation '{s.agg}' in stap's exit format cannot be "
                           "expressed here (stap only does it for unread globals at exit)", s)
        keys = self._agg_shape(s.agg)
        key_types = (self.globals[s.agg].key_types if s.agg in self.globals else None) \
            or [type_of(k) for k in keys]
        func = self._value_func(s)
        name = self.gname.get(s.agg, s.agg)
        out: list[str] = []
        dump_blank = None
        lvars = self._loop_vars(keys, list(key_types))
        plain = self._plain(s.agg)
        if s.layout == "dtrace":
            fmt = "".join(_dtrace_key_fmt(t) for t in key_types) + " %16d\n"
            surely = s.agg in self.rows_at_exit  # (a BEGIN clause gave it a row that stays)
            if self.exit_dump and self.dump_several and not plain and not self._plain_avg(s.agg):
                # the one blank line before the rows of the dump, printed by the first
                # aggregation that has one (dtrace.c main(), then dt_print_agg per row)
                blank = f'if (!{self._dump_count()}++) printf("\\n")'
                if lvars and not surely:
                    out += [f"foreach ([{', '.join(lvars)}] in {name} limit 1)", INDENT + blank]
                elif lvars:
                    out.append(blank)
                else:
                    dump_blank = blank  # (in the one row's guard, below)
            elif self.exit_dump and lvars and not surely:
                # dtrace's exit dump walks the records: no blank line without a row
                out += [f"foreach ([{', '.join(lvars)}] in {name} limit 1)", INDENT + 'printf("\\n")']
            elif self.exit_dump and lvars:
                out.append('printf("\\n")')
            elif self.exit_dump and not plain and not self._plain_avg(s.agg):
                # (a clear()ed one has keys: stap has no keyless one, _plain_update)
                fmt = "\n" + fmt  # (its one row's guard, `if (@count(a))`, guards the blank line too)
            else:
                out.append('printf("\\n")')
        else:
            fmt = s.fmt or ""
        if self._plain_avg(s.agg):
            return out + self._print_plain_avg(s, name, lvars, list(key_types), fmt)
        if plain:
            value = f"{name}[{', '.join(lvars)}]"
        else:
            value = f"@{func}({name}[{', '.join(lvars)}])" if lvars else f"@{func}({name})"
        value = self._scaled(s.agg, value)
        stacks = any(is_stack(t) for t in key_types)
        if func == "stddev":
            body = (lambda v: self._stack_row_body(s, fmt, lvars, list(key_types), [v])) if stacks else None
            rows = self._print_stddev(s, lvars, fmt, lambda v: self._row_args(fmt, lvars, v, s), body)
            return out + (_with_blank(rows[0], name, dump_blank) if dump_blank else rows)
        if stacks:
            return out + self._stack_rows(s, name, lvars, list(key_types), value, fmt, plain, func)
        if s.agg in getattr(self, "sym_order", {}):  # (keys named from addresses: print_symorder)
            return out + self._symorder_rows(s, lvars, value, lambda v: self._row_printf(fmt, lvars, v, s))
        args = self._row_args(fmt, lvars, value, s)
        row = f"printf({encode_string(self._fmt(fmt, s))}" \
              + "".join(", " + a for a in args) + ")"
        head = f"if (@count({name}))" if not lvars else \
            f"foreach ({_foreach_head(s, name, lvars, '' if plain else f' @{func}')})"
        if s.marks:  # (set where a row prints: a printa of no rows sets none)
            return out + [head + " {", INDENT + row, *(INDENT + f"{self.gname.get(m, m)} = 1" for m in s.marks),
                          "}"]
        if not lvars:
            return out + (_with_blank(f"{head} {row}", name, dump_blank) if dump_blank else [f"{head} {row}"])
        return out + [head, INDENT + row]

    def _row_printf(self, fmt: str, lvars: list[str], value: str, s: ir.PrintAgg) -> str:
        """The printf of one row whose value is `value`."""
        return f"printf({encode_string(self._fmt(fmt, s))}" \
            + "".join(", " + a for a in self._row_args(fmt, lvars, value, s)) + ")"

    def _dump_count(self) -> str:
        """The local counting the aggregations of D's exit dump that have a row."""
        name = self.local_names.get(" dumped")
        if name is None:
            name = self.local_names[" dumped"] = self._fresh("dumped", self._taken())
        return name

    def _print_plain_avg(self, s: ir.PrintAgg, name: str, lvars: list[str], key_types: list,
                         fmt: str) -> list[str]:
        """The rows of a clear()ed avg() (print_aggops): each element's average into the
        scratch array of rows, which the foreach sorts as printa does."""
        if any(is_stack(t) for t in key_types):
            raise self.err("printa() of a clear()ed avg() keyed by a stack cannot be expressed in stap", s)
        rows = self.extra_names["rows"]
        elem = ", ".join(lvars)
        value = self._scaled(s.agg, f"{rows}[{elem}]")
        args = self._row_args(fmt, lvars, value, s)
        row = f"printf({encode_string(self._fmt(fmt, s))}" + "".join(", " + a for a in args) + ")"
        return [f"foreach ([{elem}] in {name})", f"{INDENT}{rows}[{elem}] = {self._plain_avg_value(s.agg, lvars)}",
                f"foreach ({_foreach_head(s, rows, lvars, '')})", INDENT + row, f"delete {rows}"]

    def _stack_rows(self, s: ir.PrintAgg, name: str, lvars: list[str], key_types: list,
                    value: str, fmt: str, plain: bool, func: str) -> list[str]:
        """The loop printing the rows of an aggregation keyed by D's stack()
        (_stack_row_body)."""
        body = self._stack_row_body(s, fmt, lvars, key_types, [value])
        by_value = "" if plain else f" @{func}"
        return [f"foreach ({_foreach_head(s, name, lvars, by_value)}) {{"] \
            + [INDENT + b for b in body] + ["}"]

    def _stack_row_body(self, s: ir.PrintAgg, fmt: str, lvars: list[str], key_types: list,
                        values: list[str]) -> list[str]:
        """The statements printing one row whose keys include D's stack(): a stack key
        is the stack helper's frames (print_dstack), the other keys and the values
        printf()s around it. In DTrace's table a stack key is its frames indented 14
        columns; printa's %k indents them by its width when left-aligned (`%-6k`),
        else not at all."""
        if s.layout == "dtrace":
            pieces = self._key_pieces(s, lvars, key_types)
            pieces += [(" %16d", v, None) for v in values] + [("\n", None, None)]
        else:
            pieces = self._format_pieces(s, fmt, lvars, key_types, values)
        return self._piece_statements(s, pieces)

    def _key_pieces(self, s: ir.PrintAgg, lvars: list[str],
                    key_types: list) -> list[tuple[str, Optional[str], Optional[int]]]:
        """The keys in DTrace's table as pieces (_format_pieces): each by its type, a
        stack as its frames 14 columns in (the piece's text: its printing helper)."""
        return [(self._stack_printer(t), v, FRAME_INDENT) if is_stack(t)
                else (_dtrace_key_fmt(t), v, None) for v, t in zip(lvars, key_types)]

    def _stack_printer(self, t) -> str:
        """The helper printing a stack key of type `t` in D's layout: a kernel one is
        backtrace() words named at the end (print_dstack), a user one the frames'
        text named in the probe (print_dustack)."""
        return self._dustack_print_helper() if is_ustack(t) else self._dstack_helper()

    def _piece_statements(self, s: ir.PrintAgg, pieces: list[tuple[str, Optional[str], Optional[int]]],
                          block: Optional[str] = None) -> list[str]:
        """The statements printing `pieces`: printf()s of the text and arguments between
        the stacks, the stack helper for each stack; the piece whose argument is `block`
        (a histogram's print call) is that call."""
        body: list[str] = []
        text, args = "", []

        def flush() -> None:
            nonlocal text, args
            if text:
                body.append(f"printf({encode_string(self._fmt(text, s))}"
                            + "".join(", " + a for a in self._addr_args(text, args)) + ")")
            text, args = "", []
        for piece, arg, indent in pieces:
            if block is not None and arg == block:
                flush()
                body.append(block)
                continue
            if indent is not None:  # a stack: `piece` names the helper printing it
                flush()
                body.append(f"{piece}({arg}, {pad(indent)})")
                continue
            text += piece
            if arg is not None:
                args.append(arg)
        flush()
        return body

    def _format_pieces(self, s: ir.PrintAgg, fmt: str, lvars: list[str], key_types: list,
                       values: list[str]) -> list[tuple[str, Optional[str], Optional[int]]]:
        """printa's format cut at its conversions: (text, argument or None, None) for
        text and the conversions of the keys and values, (helper, key, indentation) for a
        %k of a stack (helper: the function printing it). Each %@ takes the next value (none left: 0); without one, the
        conversion after the keys takes the value."""
        if star_width(fmt):
            raise self.err("a '*' width in printa() of an aggregation keyed by a stack "
                           "cannot be expressed in stap", s)
        convs = [m for m in CONV_RE.finditer(fmt) if m.group(1) != "%"]
        has_value = any(m.group(2) == "@" for m in convs)
        keys = iter(zip(lvars, key_types))
        vals = iter(values)
        out: list[tuple[str, Optional[str], Optional[int]]] = []
        pos = 0
        for i, m in enumerate(convs):
            out.append((fmt[pos:m.start()], None, None))
            pos = m.end()
            if m.group(2) == "@" or (not has_value and i == len(lvars)):
                out.append(("%" + m.group(3) + m.group(4), next(vals, "0"), None))
                continue
            nxt = next(keys, None)
            if nxt is None:
                raise self.err("printa format has more conversions than keys", s)
            if is_stack(nxt[1]):
                if m.group(4) != "k":
                    raise self.err(f"printa's %{m.group(4)} of a stack key cannot be expressed "
                                   "in stap", s)
                width = re.match(r"[-+ #0]*(\d*)", m.group(3)).group(1)
                out.append((self._stack_printer(nxt[1]), nxt[0],
                            int(width) if "-" in m.group(3) and width else 0))
            else:
                out.append((fmt[m.start():m.end()], nxt[0], None))
        out.append((fmt[pos:], None, None))
        return out

    def _print_hist(self, s: ir.PrintAgg) -> str:
        """`print(@hist_log(s[k]))`; @hist_linear's parameters come from the updates."""
        name = self.gname.get(s.agg, s.agg)
        target = f"{name}[{self._keys(s.keys)}]" if s.keys else name
        return self._hist_call(s, target)

    def _print_hist_loop(self, s: ir.PrintAgg) -> list[str]:
        """Every element's histogram: a foreach, the keys printed with fmt first."""
        keys = self._agg_shape(s.agg)
        key_types = (self.globals[s.agg].key_types if s.agg in self.globals else None) \
            or [type_of(k) for k in keys]
        lvars = self._loop_vars(keys, list(key_types))
        name = self.gname.get(s.agg, s.agg)
        if not lvars:
            raise self.err(f"printing every histogram of '{s.agg}', which has no keys, "
                           "cannot be expressed in stap", s)
        head = _foreach_head(s, name, lvars, "")
        body = []
        if s.fmt:
            args = self._addr_args(s.fmt, lvars)
            body.append(f"printf({encode_string(self._fmt(s.fmt, s))}{''.join(', ' + v for v in args)})")
        body.append(self._hist_call(s, f"{name}[{', '.join(lvars)}]"))
        return [f"foreach ({head}) {{"] + [INDENT + b for b in body] + ["}"]

    def _hist_call(self, s: ir.PrintAgg, target: str) -> str:
        params = ""
        if s.value_func == "hist_linear":
            upd = next((x for p in self.prog.probes for x in nodes(p.body)
                        if isinstance(x, ir.AggUpdate) and x.agg == s.agg and x.func == "hist_linear"),
                       None)
            if upd is None:
                raise self.err(f"the @hist_linear parameters of '{s.agg}' are unknown "
                               "(it is never updated)", s)
            params = "".join(f", {self._expr(a)}" for a in upd.args[1:])
        return f"{s.called}(@{s.value_func}({target}{params}))"

    def _row_args(self, fmt: str, lvars: list[str], value: str, s: ir.PrintAgg) -> list[str]:
        """printf arguments for one row: keys in order, the value where `%@` (or last) asks."""
        convs = [m.group(2) for m in CONV_RE.finditer(fmt) if m.group(1) != "%"]
        if star_width(fmt):
            # a `*` width or precision takes the next key, before its conversion's
            # (dtrace-utils printa/tst.dynwidth.d): stap's printf takes them in that order
            convs = []
            for m in _STAR_CONV_RE.finditer(fmt):
                if m.group(1) != "%":
                    convs += ["*"] * m.group(3).count("*") + [m.group(2)]
        if "@" not in convs:  # D's printa without %@, or stap's keys-then-value
            args = lvars + [value]
            if len(convs) > len(args):
                raise self.err("printa format has more conversions than keys and value", s)
            return self._addr_args(fmt, args[:len(convs)])
        out, rest = [], iter(lvars)
        for c in convs:
            nxt = value if c == "@" else next(rest, None)
            if nxt is None:
                raise self.err("printa format has more conversions than keys", s)
            out.append(nxt)
        return self._addr_args(fmt, out)


def _with_blank(guarded_row: str, name: str, blank: str) -> list[str]:
    """`if (@count(a)) printf(...)` with the dump's once-printed blank line first in
    the guard (an aggregation without keys in D's exit dump of several)."""
    head = f"if (@count({name}))"
    assert guarded_row.startswith(head + " ")
    return [head + " {", INDENT + blank, INDENT + guarded_row[len(head) + 1:], "}"]


# print_common.CONV_RE with `*` widths and precisions
_STAR_CONV_RE = re.compile(r"%(%|(@?)([-+ #0]*(?:\d*|\*)(?:\.(?:\d*|\*))?)(?:hh|h|ll|l|L|j|z|t|q)?([A-Za-z]))")


def _dtrace_key_fmt(t: Optional[Type]) -> str:
    """DTrace's column for one aggregation key, by type."""
    if t is not None and t.is_str:
        return "  %-50s"
    bits = t.bits if t is not None and t.is_int else 64
    conv = "u" if t is not None and t.is_int and not t.signed else "d"
    width = {8: 3, 16: 5, 32: 8}.get(bits, 16)
    return f" %{width}{conv}"


def _foreach_head(s: ir.PrintAgg, name: str, lvars: list[str], by_value: str) -> str:
    """The inside of `foreach (...)` for a PrintAgg's order: by value (`by_value` names
    the statistic, e.g. " @count", or "" for the array's own value) or by the first key."""
    sign = "-" if s.descending else "+"
    if s.sort_by == "value":
        head = f"[{', '.join(lvars)}] in {name}{by_value}{sign}"
    else:
        head = f"[{lvars[0]}{sign}{''.join(', ' + v for v in lvars[1:])}] in {name}"
    if s.limit is not None:
        head += f" limit {s.limit}"
    return head
