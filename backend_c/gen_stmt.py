"""Statements: control flow, loops, foreach over maps and aggregations, printf,
trace, prints. A mixin of CodeGen (codegen.py), whose state it uses.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as n
from xtrace.ir.builtins import DEFERRED_STR

from . import embedc
from .cstr import c_ident
from .gen_base import _SIMPLE, _STMT_WORD


class StmtGen:
    """C for statements (mixed into CodeGen)."""

    def fail_stmt(self, s: n.Fail, out: list[str], ind: str) -> None:
        """stap's error(msg): a fault whose message is the script's (runtime XT_E_USER);
        a try in this frame catches the message itself."""
        site = self.site(s.loc, "identifier 'error'")
        msg = self.str_expr(s.msg)
        if self.catches:
            label, var = self.catches[-1]
            keep = f"strscpy(l_{c_ident(var)}, {msg}, XT_MAXSTRINGLEN); " if var else ""
            out.append(f"{ind}{{ {keep}goto {label}; }}")
            return
        out.append(f"{ind}strscpy(c->errbuf, {msg}, XT_MAXSTRINGLEN);")
        if self.fn is not None:
            out.append(f"{ind}{{ xt_throw(c, XT_E_USER, {site}, 0); goto xt_out; }}")
        else:
            out.append(f"{ind}{{ xt_fail(c, XT_E_USER, {site}); goto xt_out; }}")

    def unwind_jump(self) -> str:
        """Leave this handler (or function) because a callee faulted. A fault a
        callee kept for a try (xt_throw) goes to this frame's catch if it has one,
        up to the caller if this is a function, else it is reported now."""
        if self.catches:
            label, var = self.catches[-1]
            # error(msg)'s message, and a memory fault's (xt_throw_addr), are in c->errbuf
            keep = (f"strscpy(l_{c_ident(var)}, c->thrown_code == XT_E_USER || c->thrown < 0 ? "
                    f"c->errbuf : xt_msgs[c->thrown - 1], XT_MAXSTRINGLEN); ") if var else ""
            return (f"{{ if (c->thrown) {{ {keep}c->thrown = 0; c->unwind = 0; goto {label}; }} "
                    f"goto xt_out; }}")
        if self.fn is not None:
            return "goto xt_out;"
        return "{ xt_rethrow(c); goto xt_out; }"

    # ------------------------------------------------------------ statements
    def stmt(self, s: n.Stmt, out: list[str], ind: str, top: bool = False) -> None:
        if isinstance(s, n.Block):
            for x in s.stmts:
                self.stmt(x, out, ind, top)
            return
        if isinstance(s, n.Comment):
            return
        if top:
            self.action += 1
        site = self.site(s.loc, _STMT_WORD.get(type(s).__name__, "statement"))
        if self.loop_depth and type(s).__name__ in _SIMPLE:
            out.append(f"{ind}c->budget--;")
        else:
            out.append(f"{ind}XT_STMT(c, {site});")
        if isinstance(s, n.ExprStmt) and isinstance(s.expr, n.EmbeddedC) and s.expr.stmt:
            out.extend(embedc.statement(s.expr, ind, self.fn))
        elif isinstance(s, n.ExprStmt):
            e = s.expr
            code = self.str_expr(e) if e.type and e.type.is_str else self.int_expr(e)
            out.append(f"{ind}(void)({code});")
        elif isinstance(s, n.If):
            out.append(f"{ind}if ({self.int_expr(s.cond)}) {{")
            self.branch(s.then, out, ind + "\t")
            if s.else_ is not None:
                out.append(f"{ind}}} else {{")
                self.branch(s.else_, out, ind + "\t")
            out.append(f"{ind}}}")
        elif isinstance(s, n.Printf):
            self.printf(s, out, ind)
        elif isinstance(s, n.System):
            # The driver runs the command when the record arrives (in order with output).
            self.printf(n.Printf(s.fmt, s.args, loc=s.loc), out, ind, extra={"system": True})
        elif isinstance(s, n.Delay):
            self.uses.add("delay")
            ns = self.int_expr(s.amount)
            if s.unit != "ns":
                ns = f"(({ns}) * {n.DELAY_NS[s.unit]}LL)"
            if self.prog.lang == "d":
                site = self.site(s.loc, "identifier 'chill'")
                out.append(f"{ind}if (!xt_chill({ns})) {self.fail('XT_E_ILLOP', site)}")
            else:
                out.append(f"{ind}xt_delay_ns({ns});")
        elif isinstance(s, n.Raise):
            self.signals = True
            out.append(f"{ind}xt_raise({self.int_expr(s.sig)});")
        elif isinstance(s, n.Exit):
            st = self.int_expr(s.status) if s.status is not None else "0"
            out.append(f"{ind}xt_request_exit({st}, 0);")
        elif isinstance(s, n.Next):
            out.append(f"{ind}goto xt_out;")
        elif isinstance(s, n.While):
            self.while_loop(s, out, ind)
        elif isinstance(s, n.ForEach):
            self.foreach(s, out, ind)
        elif isinstance(s, n.Break):
            out.append(f"{ind}break;")
        elif isinstance(s, n.Continue):
            out.append(f"{ind}continue;")
        elif isinstance(s, n.Return):
            assert self.fn is not None and self.fn.ret is not None
            if s.value is not None:
                if self.fn.ret.is_str:
                    out.append(f"{ind}xt_str_copy(ret_, {self.str_expr(s.value)});")
                else:
                    out.append(f"{ind}rv_ = {self.int_expr(s.value)};")
            out.append(f"{ind}goto xt_ret;")
        elif isinstance(s, n.AggUpdate):
            self.agg_update(s, site, out, ind)
        elif isinstance(s, n.PrintAgg):
            g = self.globals[s.agg]
            pid = len(self.prints)
            self.prints.append({"agg": self.agg_ids[s.agg], "name": s.agg, "layout": s.layout, "fmt": s.fmt,
                                "value_func": s.value_func, "sort_by": s.sort_by,
                                "descending": s.descending, "limit": s.limit,
                                "agg_func": g.agg_func, "one_element": s.keys is not None,
                                "more": [self.agg_ids[m] for m in s.more],
                                "more_funcs": [self.globals[m].agg_func for m in s.more],
                                "unless_printed": s.unless_printed,
                                # D's exit dump (dtrace_aggregate_print) walks records: an
                                # aggregation without one prints nothing, not even its blank line
                                "exit_dump": self.prog.lang == "d" and self.cur_probe is not None
                                and self.cur_probe.implicit})
            a, aid = c_ident(s.agg), self.agg_ids[s.agg]
            if s.keys is not None and s.layout == "stap_hist" and self.prog.lang == "stap":
                # stap's print(@hist_log(s)) checks the count first (translate.cxx
                # visit_print_format): no value is "empty aggregate" at the print.
                where = self.site(s.loc, f"identifier '{s.called}'")
                out.append(f"{ind}{{ s64 n_ = 0; {self.key(s.agg, s.keys)} "
                           f"xt_agg_bucket(&xt_a_{a}, c->key, -1, &n_); "
                           f"if (unlikely(!n_)) {self.fail('XT_E_EMPTYAGG', where)} "
                           f"xt_agg_print_key(&xt_a_{a}, c->key, {pid}, {aid}); }}")
            elif s.keys is not None:
                out.append(f"{ind}{{ {self.key(s.agg, s.keys)} xt_agg_print_key(&xt_a_{a}, c->key, {pid}, {aid}); }}")
            else:
                # Several aggregations of one printa arrive as one dump each, under one
                # print id; the driver joins them on their keys.
                for m in [s.agg, *s.more]:
                    out.append(ind + self.dump("xt_agg_print", f"&xt_a_{c_ident(m)}, {pid}, {self.agg_ids[m]}"))
        elif isinstance(s, n.PrintVar):
            self.printvar(s, out, ind)
        elif isinstance(s, n.Trace):
            self.trace(s, out, ind)
        elif isinstance(s, n.TraceMem):
            self.uses.add("mem")
            shown = self.int_expr(s.shown) if s.shown is not None else str(s.size)
            fault = self.fail_addr(site, "a_")
            out.append(f"{ind}{{ unsigned long a_ = (unsigned long)({self.int_expr(s.addr)}); "
                       f"s64 s_ = {shown};")
            # DTrace shows the first `shown` bytes when 0 <= shown < size, else all.
            out.append(f"{ind}  if (!xt_tracemem(c, a_, {s.size}, s_ >= 0 && s_ < {s.size} ? s_ : "
                       f"{s.size})) {fault} }}")
        elif isinstance(s, n.TraceValue):
            self.uses.add("mem")
            if s.value.type is not None and s.value.type.is_str:
                out.append(f"{ind}{{ const char *s_ = {self.str_expr(s.value)}; "
                           f"xt_tracebuf(c, s_, strnlen(s_, XT_MAXSTRINGLEN), {s.size}); }}")
            else:
                # x86-64 is little-endian: an integer's first `size` bytes are its C value
                # at that width.
                out.append(f"{ind}{{ s64 tv_ = {self.int_expr(s.value)}; "
                           f"xt_tracebuf(c, &tv_, {s.size}, {s.size}); }}")
        elif isinstance(s, n.Speculate) and s.tentative is not None:
            self.uses.add("spec")  # a tentative buffer: a constant id, always open
            out.append(f"{ind}c->spec = xt_tentative({self.int_expr(s.id)});")
        elif isinstance(s, n.SpecStop):
            out.append(f"{ind}c->spec = 0;")
        elif isinstance(s, n.Speculate):
            self.uses.add("spec")
            out.append(f"{ind}{{ s64 id_ = {self.int_expr(s.id)};")
            out.append(f"{ind}  if (unlikely((u64)id_ > XT_NSPEC)) {self.fail('XT_E_ILLOP', site)}")
            out.append(f"{ind}  c->spec = xt_speculate(id_); }}")
            if self.spec_frame is not None:
                self.prefix(self.spec_frame, out, end=False)
        elif isinstance(s, n.SpecEnd):
            self.uses.add("spec")
            out.append(f"{ind}{{ s64 id_ = {self.int_expr(s.id)};")
            out.append(f"{ind}  if (unlikely((u64)id_ > XT_NSPEC)) {self.fail('XT_E_ILLOP', site)}")
            out.append(f"{ind}  if (id_) xt_spec_end(id_, {'true' if s.op == 'commit' else 'false'}); }}")
        elif isinstance(s, n.PrintTree):
            self.uses.add("ptree")
            self.printf(n.Printf("", [], loc=s.loc), out, ind, extra={"ptree": True},
                        c_args=[("ptree", f"{'XT_PTREE_LEVELS' if s.depth is None else s.depth}")])
        elif isinstance(s, n.PrintStack):
            depth = s.depth
            if depth is None and s.layout == "stap":  # stap's unwinder stops at MAXBACKTRACE frames
                depth = self.limits["MAXBACKTRACE"]
            self.stacks.append({"layout": s.layout, "depth": depth, "user": s.user})
            if s.user:
                out.append(f"{ind}xt_put_ustack(c, {len(self.stacks) - 1}, {depth or 'XT_USTKDEPTH'});")
            else:
                out.append(f"{ind}xt_put_stack(c, {len(self.stacks) - 1});")
        elif isinstance(s, n.AggControl):
            self.agg_control(s, out, ind)
        elif isinstance(s, n.SetOpt):
            self.printf(n.Printf("", [], loc=s.loc), out, ind,
                        extra={"control": "setopt", "name": s.name, "value": s.value,
                               "probe": self.probe_index})  # who complains of a bad value
        elif isinstance(s, n.Fail):
            self.fail_stmt(s, out, ind)
        elif isinstance(s, n.Try):
            k = self.temp().rstrip("_")
            self.catches.append((f"xt_catch_{k}", s.catch_var))
            calls = any(isinstance(x, n.FuncCall) for x in n.walk(s.body))
            out.append(f"{ind}{{")
            if calls:
                # functions called from the body keep their faults for this catch
                out.append(f"{ind}\tc->trying++;")
            self.stmt(s.body, out, ind + "\t")
            self.catches.pop()
            if calls:
                out.append(f"{ind}\tc->trying--;")
            out.append(f"{ind}\tgoto xt_tried_{k};")
            out.append(f"{ind}xt_catch_{k}: __attribute__((unused));")
            if calls:
                out.append(f"{ind}\tc->trying--;")
            self.stmt(s.handler, out, ind + "\t")
            out.append(f"{ind}xt_tried_{k}: __attribute__((unused));")
            out.append(f"{ind}\t;\n{ind}}}")
        elif isinstance(s, n.Delete):
            g = self.globals[s.map]
            name = c_ident(s.map)
            if g.kind == "agg":
                if s.keys is None:
                    out.append(f"{ind}xt_agg_clear(&xt_a_{name});")
                else:
                    out.append(f"{ind}{{ {self.key(s.map, s.keys)} xt_agg_clear_key(&xt_a_{name}, c->key); }}")
            elif g.kind == "map":
                lock = (f"if (!xt_map_lock(&xt_m_{name})) {self.fail('XT_E_LOCK', site)}")
                if s.keys is None:
                    out.append(f"{ind}{{ {lock} xt_map_delete_all(&xt_m_{name}); xt_map_unlock(&xt_m_{name}); }}")
                elif any(isinstance(k, n.Wildcard) for k in s.keys):
                    out.append(ind + self.wild_delete(s, lock))
                else:
                    out.append(f"{ind}{{ struct xt_map_ent *e_; {self.key(s.map, s.keys)} {lock} "
                               f"e_ = xt_map_find(&xt_m_{name}, c->key, false); if (e_) xt_map_remove(&xt_m_{name}, e_); "
                               f"xt_map_unlock(&xt_m_{name}); }}")
            else:
                if g.type and g.type.is_str:
                    out.append(f"{ind}xt_g_{name}[0] = 0;")
                else:
                    out.append(f"{ind}atomic64_set(&xt_g_{name}, 0);")
        else:
            raise self.err(f"cannot compile {type(s).__name__} yet", s.loc)

    def wild_delete(self, s: n.Delete, lock: str) -> str:
        """`delete a[k, *]`: one pass over the table, under its lock, removing the
        elements whose non-`*` key fields are the given ones (bounded by the
        table's size, as stap's own walk is)."""
        name = c_ident(s.map)
        assert s.keys is not None
        fields = self.layouts[s.map].key_fields
        given = [n.StrLit("", loc=k.loc, type=k.type) if isinstance(k, n.Wildcard) and k.type and k.type.is_str
                 else n.IntLit(0, loc=k.loc, type=k.type) if isinstance(k, n.Wildcard) else k
                 for k in s.keys]
        checks, off = [], 0
        for (t, size), k in zip(fields, s.keys):
            if not isinstance(k, n.Wildcard):
                checks.append(f"!memcmp((char *)e_->key + {off}, (char *)c->key + {off}, {size})")
            off += size
        match = " && ".join(checks) or "true"
        return (f"{{ u32 i_; {self.key(s.map, given)} {lock} "
                f"for (i_ = 0; i_ < xt_m_{name}.nslots; i_++) {{ struct xt_map_ent *e_ = xt_map_at(&xt_m_{name}, i_); "
                f"if (e_->used == XT_SLOT_USED && {match}) xt_map_remove(&xt_m_{name}, e_); }} "
                f"xt_map_unlock(&xt_m_{name}); }}")

    # ------------------------------------------------------------ loops
    def body_site(self, body: n.Stmt) -> int:
        """Where an iteration's budget check reports: the body's '{' (stap's block token)."""
        if isinstance(body, n.Block):
            return self.site(body.loc, "operator '{'")
        return self.site(body.loc, _STMT_WORD.get(type(body).__name__, "statement"))

    def while_loop(self, s: n.While, out: list[str], ind: str) -> None:
        """`for (;; step)`: C's continue runs the step, as stap's does; each
        iteration spends an action, reported at the body's '{'."""
        site = self.body_site(s.body)
        step = ""
        if s.step is not None:
            is_str = s.step.type is not None and s.step.type.is_str
            step = f"(void)({self.str_expr(s.step) if is_str else self.int_expr(s.step)})"
        out.append(f"{ind}for (;; {step}) {{")
        out.append(f"{ind}\tXT_ITER(c, {site});")
        out.append(f"{ind}\tif (!({self.int_expr(s.cond)}))")
        out.append(f"{ind}\t\tbreak;")
        self.loop_depth += 1
        self.stmt(s.body, out, ind + "\t")
        self.loop_depth -= 1
        out.append(f"{ind}}}")

    def foreach(self, s: n.ForEach, out: list[str], ind: str) -> None:
        """Snapshot the elements (an array's slots under its lock, an aggregate's
        distinct elements over the CPUs), sorted, into this CPU's iteration pool;
        then visit them, copying each one's keys (and value) into the loop variables
        so that the body runs with no lock held."""
        g = self.globals[s.map]
        m = c_ident(s.map)
        lay = self.layouts[s.map]
        k = self.temp().rstrip("_")
        site = self.site(s.loc, "keyword 'foreach'")
        body_site = self.body_site(s.body)
        offs, off = [], 0
        for t, size in lay.key_fields:
            offs.append((t, off, size))
            off += size
        direction = -1 if s.descending else 1
        lim = self.int_expr(s.limit) if s.limit is not None else None
        n_, i_, used_ = f"n{k}_", f"i{k}_", f"u{k}_"
        out.append(f"{ind}{{ u32 {n_}, {i_}, {used_};")
        if lim is not None:
            out.append(f"{ind}  s64 lim{k}_ = {lim};")
        if g.kind == "map":
            vt = g.type
            vsize = self.strlen if vt is not None and vt.is_str else 8
            if s.sort_column is None:
                order = "0, 0, 0, 1"
            elif s.sort_column == 0:
                order = f"{lay.keysize}, {vsize}, {int(bool(vt and vt.is_str))}, {direction}"
            else:
                t, o, size = offs[s.sort_column - 1]
                order = f"{o}, {size}, {int(t.is_str)}, {direction}"
            ix_ = f"ix{k}_"
            out.append(f"{ind}  u32 *{ix_} = (u32 *)(c->iter + c->iter_sp);")
            out.append(f"{ind}  struct xt_map_order o{k}_ = {{ NULL, {order} }};")
            out.append(f"{ind}  if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)}")
            out.append(f"{ind}  {n_} = xt_map_collect(&xt_m_{m}, {ix_}, 2 * (XT_ITERPOOL - c->iter_sp), &o{k}_);")
            out.append(f"{ind}  xt_map_unlock(&xt_m_{m});")
            out.append(f"{ind}  if ({n_} == U32_MAX) {self.fail('XT_E_MAPFULL', site)}")
            out.append(f"{ind}  {used_} = ({n_} + 1) / 2;")
        else:
            spec = self.agg_specs[s.map]
            what = {"count": 0, "sum": 1, "min": 2, "max": 3, "avg": 4, "variance": 5}[s.sort_stat]
            woff = 2 if spec.sumsq else 0
            shift = spec.welford_shift or 0
            if s.sort_column is None:
                order = "0, 0, 0, 0, 0"
            elif s.sort_column == 0:
                order = f"0, 0, 0, {direction}, 1"
            else:
                t, o, size = offs[s.sort_column - 1]
                order = f"{o}, {size}, {int(t.is_str)}, {direction}, 0"
            ix_ = f"pk{k}_"
            out.append(f"{ind}  struct xt_agg_pick *{ix_} = (struct xt_agg_pick *)(c->iter + c->iter_sp);")
            out.append(f"{ind}  struct xt_agg_order o{k}_ = {{ NULL, {order} }};")
            out.append(f"{ind}  {n_} = xt_agg_collect(&xt_a_{m}, {ix_}, (XT_ITERPOOL - c->iter_sp) / 2, "
                       f"&o{k}_, {what}, {woff}, {shift});")
            out.append(f"{ind}  if ({n_} == U32_MAX) {self.fail('XT_E_MAPFULL', site)}")
            out.append(f"{ind}  {used_} = 2 * {n_};")
        out.append(f"{ind}  c->iter_sp += {used_};")
        out.append(f"{ind}  for ({i_} = 0; {i_} < {n_}; {i_}++) {{")
        ind2 = ind + "\t"
        if lim is not None:
            out.append(f"{ind2}if ({i_} >= lim{k}_)")
            out.append(f"{ind2}\tbreak;")
        out.append(f"{ind2}XT_ITER(c, {body_site});")
        if g.kind == "map":
            out.append(f"{ind2}{{ struct xt_map_ent *e_;")
            out.append(f"{ind2}if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)}")
            out.append(f"{ind2}e_ = xt_map_at(&xt_m_{m}, {ix_}[{i_}]);")
            out.append(f"{ind2}if (e_->used != XT_SLOT_USED) {{ xt_map_unlock(&xt_m_{m}); continue; }}")
        else:
            out.append(f"{ind2}{{ struct xt_agg_ent *e_ = xt_agg_ent_at(&xt_a_{m}, "
                       f"xt_a_{m}.tab[{ix_}[{i_}].cpu], {ix_}[{i_}].i);")
        for name, (t, o, size) in zip(s.keys, offs):
            if t.is_str:
                out.append(f"{ind2}strscpy(l_{c_ident(name)}, (char *)e_->key + {o}, "
                           f"min_t(size_t, {size}, XT_MAXSTRINGLEN));")
            else:
                out.append(f"{ind2}memcpy(&l_{c_ident(name)}, (char *)e_->key + {o}, 8);")
        if g.kind == "map":
            if s.value is not None:
                if g.type is not None and g.type.is_str:
                    out.append(f"{ind2}strscpy(l_{c_ident(s.value)}, xt_map_val(&xt_m_{m}, e_), XT_MAXSTRINGLEN);")
                else:
                    out.append(f"{ind2}memcpy(&l_{c_ident(s.value)}, xt_map_val(&xt_m_{m}, e_), 8);")
            out.append(f"{ind2}xt_map_unlock(&xt_m_{m});")
        out.append(f"{ind2}}}")
        self.loop_depth += 1
        self.stmt(s.body, out, ind2)
        self.loop_depth -= 1
        out.append(f"{ind}  }}")
        out.append(f"{ind}  c->iter_sp -= {used_};")
        out.append(f"{ind}}}")

    def printf(self, s: n.Printf, out: list[str], ind: str, extra: Optional[dict] = None,
               c_args: Optional[list[tuple[str, str]]] = None) -> None:
        """A printf record. `extra` goes into its manifest entry (a record the driver
        treats specially: the non-quiet prefix, aggregation controls); `c_args`,
        (kind, C expression) pairs, replace the IR arguments."""
        fid = len(self.formats)
        if c_args is None:
            uaddrs = self.uaddr_args(s)
            c_args = [self.deferred_arg(a) if isinstance(a, n.Call) and a.name in DEFERRED_STR
                      else ("usym:uaddr", self.int_expr(a)) if i in uaddrs
                      else ("str", self.str_expr(a)) if a.type and a.type.is_str else ("int", self.int_expr(a))
                      for i, a in enumerate(s.args)]
        kinds = [k for k, _ in c_args]
        entry = {"fmt": s.fmt, "args": kinds, "loc": str(s.loc), **(extra or {})}
        if s.stderr:
            entry["stderr"] = True
        doubles = [i for i, a in enumerate(s.args) if isinstance(a, n.Call) and a.name == "double_bits"]
        if doubles:
            entry["doubles"] = doubles
        if self.ctypes and s.args and len(s.args) == len(c_args):
            # Integers print at their D type's width, as libdtrace reads each record by
            # its size (`%x` of an int -1 is ffffffff, of a char -1 ff), and a plain
            # %d shows an unsigned type's value as %u does.
            entry["bits"] = [a.type.bits if a.type and a.type.is_int else None for a in s.args]
            if any(a.type and a.type.is_int and not a.type.signed for a in s.args):
                entry["unsigned"] = [bool(a.type and a.type.is_int and not a.type.signed)
                                     for a in s.args]
        self.formats.append(entry)
        decl, size, put = [], ["0"], []
        for i, (k, code) in enumerate(c_args):
            kind = k.split(":")[0]
            if kind in ("str", "kstr", "vstk"):
                decl.append(f"const char *a{i}_ = {code}; u16 n{i}_ = xt_strlen(a{i}_);")
                size.append(f"2 + n{i}_")
                put.append(f"p_ = xt_put_str(p_, a{i}_, n{i}_);")
            elif kind == "ustr":  # the current address space's snapshot, then the string
                decl.append(f"const char *a{i}_ = {code}; u16 n{i}_ = xt_strlen(a{i}_); "
                            f"s64 m{i}_ = xt_umm_cur();")
                size.append(f"10 + n{i}_")
                put.append(f"p_ = xt_put_int(p_, m{i}_); p_ = xt_put_str(p_, a{i}_, n{i}_);")
            elif kind == "rematch":  # the pattern (-1: no match yet), the group, the subject
                decl.append(f"s64 g{i}_ = {code}; s64 r{i}_ = xt_rematch_id(c); "
                            f"const char *a{i}_ = xt_rematch_subj(c); u16 n{i}_ = xt_strlen(a{i}_);")
                size.append(f"18 + n{i}_")
                put.append(f"p_ = xt_put_int(p_, r{i}_); p_ = xt_put_int(p_, g{i}_); "
                           f"p_ = xt_put_str(p_, a{i}_, n{i}_);")
            elif kind == "ptree":  # entry count, then (level, pid, comm) per process
                decl.append(f"int d{i}_ = {code};")
                size.append("XT_PTREE_BYTES")
                put.append(f"p_ = xt_ptree_fill(p_, d{i}_);")
            elif kind == "usym":
                decl.append(f"s64 a{i}_ = {code}; s64 m{i}_ = xt_umm_cur();")
                size.append("16")
                put.append(f"p_ = xt_put_int(p_, m{i}_); p_ = xt_put_int(p_, a{i}_);")
            elif kind == "kstack":  # frame count, frames (from the probed code: xt_kstack_walk)
                decl.append(f"unsigned int n{i}_ = xt_kstack_walk(c, XT_STKDEPTH);")
                size.append(f"8 + 8 * n{i}_")
                put.append(f"p_ = xt_put_int(p_, n{i}_); memcpy(p_, c->stk, 8 * n{i}_); "
                           f"p_ += 8 * n{i}_;")
            elif kind == "ustack":  # address-space snapshot, frame count, frames
                decl.append(f"unsigned int n{i}_ = xt_ustack_walk(c, XT_USTKDEPTH); "
                            f"s64 m{i}_ = n{i}_ ? xt_umm_cur() : 0;")
                size.append(f"16 + 8 * n{i}_")
                put.append(f"p_ = xt_put_int(p_, m{i}_); p_ = xt_put_int(p_, n{i}_); "
                           f"memcpy(p_, c->ustk, 8 * n{i}_); p_ += 8 * n{i}_;")
            else:
                decl.append(f"s64 a{i}_ = {code};")
                size.append("8")
                put.append(f"p_ = xt_put_int(p_, a{i}_);")
        out.append(f"{ind}{{ char *p_; {' '.join(decl)}")
        out.append(f"{ind}  p_ = {self.reserve(' + '.join(size), 'XT_REC_PRINTF', str(fid))};")
        out.append(f"{ind}  if (p_) {{ {' '.join(put)} (void)p_; xt_rec_commit(); }} }}")

    def uaddr_args(self, s: n.Printf) -> set[int]:
        """The arguments of D's printf %A conversions: user addresses, which the
        driver names from the process's own files (`file`symbol+0xoff), so the record
        carries each with the current address space's snapshot (as usymname's do)."""
        if self.prog.lang != "d" or "%" not in s.fmt:
            return set()
        from xtrace.runtime.format import FormatError, parse_format
        try:
            convs = parse_format(s.fmt)
        except FormatError:
            return set()
        out = {i for i, conv in enumerate(convs) if conv == "A"}
        if out:
            self.uses.add("ustack")
            self.uses.add("umaps")
        return out

    def deferred_arg(self, a: n.Call) -> tuple[str, str]:
        """(kind, C) of a symbol-string argument (ir.builtins.DEFERRED_STR): what the
        record carries for the driver to name; the kind is `how:function`."""
        how = DEFERRED_STR[a.name]
        if how in ("usym", "ustack", "ustr"):
            self.uses.add("ustack")
            self.uses.add("umaps")
        if how == "kstack":
            self.uses.add("kstack")
        code = ""
        if how == "rematch":
            self.uses.add("rematch")
        if how in ("ksym", "usym", "rematch"):
            code = self.int_expr(a.args[0])
        elif how in ("kstr", "ustr", "vstk"):
            code = self.str_expr(a.args[0])
        return f"{how}:{a.name}", code

    def trace(self, s: n.Trace, out: list[str], ind: str) -> None:
        """trace(): the value in dtrace-utils 2.x's layout (dt_consume.c dt_print_trace):
        quiet, the bare value; else strings `  %-33s` and integers by size and sign,
        ` %3d` ` %5d` ` %10d` ` %19ld` (signed) and ` %20lu` (unsigned 64-bit) etc.
        D types the IR keeps coarser are taken as D has them: an integer constant
        that fits is an int, timestamps are uint64_t (ir.framing.trace_format)."""
        from xtrace.ir.framing import trace_format
        e = s.expr
        fmt = trace_format(e, bool(self.prog.options.get("quiet")))
        self.printf(n.Printf(fmt, [e], loc=s.loc), out, ind)

    def printvar(self, s: n.PrintVar, out: list[str], ind: str) -> None:
        g = self.globals[s.name]
        name = c_ident(s.name)
        if g.kind == "map":
            if s.layout != "stap":  # tells the driver how to print the dump that follows
                self.printf(n.Printf("", [], loc=s.loc), out, ind,
                            extra={"control": "map_layout", "map": self.map_ids[s.name],
                                   "layout": s.layout})
            out.append(ind + self.dump("xt_map_print", f"&xt_m_{name}, {self.map_ids[s.name]}"))
            return
        vid = len(self.vars_printed)
        self.vars_printed.append({"name": s.name, "kind": g.type.kind if g.type else "int"})
        if g.type and g.type.is_str:
            out.append(f"{ind}{{ u16 l_ = xt_strlen(xt_g_{name}); char *p_ = xt_rec_reserve(2 + l_, XT_REC_VAR, {vid}); "
                       f"if (p_) {{ xt_put_str(p_, xt_g_{name}, l_); xt_rec_commit(); }} }}")
        else:
            out.append(f"{ind}{{ char *p_ = xt_rec_reserve(8, XT_REC_VAR, {vid}); "
                       f"if (p_) {{ xt_put_int(p_, atomic64_read(&xt_g_{name})); xt_rec_commit(); }} }}")
