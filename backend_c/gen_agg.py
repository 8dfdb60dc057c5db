"""Aggregation updates and controls (count/sum/.../quantize, clear, trunc, ...).
A mixin of CodeGen (codegen.py), whose state it uses.
"""

from __future__ import annotations

from xtrace.ir import nodes as n

from .cstr import c_ident, c_int


class AggGen:
    """C for aggregation updates and controls (mixed into CodeGen)."""

    # ------------------------------------------------------------ aggregations
    def agg_update(self, s: n.AggUpdate, site: int, out: list[str], ind: str) -> None:
        """One update of this CPU's element: count/sum/min/max always, then what the
        aggregation's spec keeps (sum of squares, stap Welford state, a bucket)."""
        a = c_ident(s.agg)
        spec = self.agg_specs[s.agg]
        val = "1" if s.func == "count" else self.int_expr(s.args[0])
        extra = []
        if spec.sumsq:
            extra.append("xt_agg_sq_add(x_, v_);")
        if spec.welford_shift is not None:
            woff = 2 if spec.sumsq else 0
            extra.append(f"xt_agg_welford(x_ + {woff}, e_->count, v_, {spec.welford_shift});")
        if spec.hist:
            hoff = spec.extra_words - spec.nbuckets
            extra.append(f"x_[{hoff} + {self._bucket_expr(spec)}]++;")
        if self.globals[s.agg].size:  # stap names the array's own size when it is full
            self.sites[site]["limit"] = self.globals[s.agg].size
        out.append(f"{ind}{{ struct xt_agg_ent *e_; s64 v_ = {val}; {self.key(s.agg, s.keys)}")
        out.append(f"{ind}  if (unlikely(!xt_agg_slot(&e_, &xt_a_{a}, XT_AGG_TAB({a}), c->key, XT_AGG_GEOM_{a})))")
        out.append(f"{ind}    {self.fail('XT_E_MAPFULL', site)}")
        # count() reads nothing but the count: skip the sum/min/max upkeep.
        out.append(f"{ind}  e_->count++;" if s.func == "count" else f"{ind}  xt_agg_add(e_, v_);")
        if extra:
            out.append(f"{ind}  {{ s64 *x_ = xt_agg_ext(&xt_a_{a}, e_); (void)x_; {' '.join(extra)} }}")
        out.append(f"{ind}}}")

    @staticmethod
    def _bucket_expr(spec) -> str:
        p = [c_int(x) for x in spec.params]
        if spec.hist == "quantize":
            return "xt_q_pow2(v_)"
        if spec.hist == "lquantize":
            base, limit, step = spec.params
            return f"xt_q_lin(v_, {c_int(base)}, {c_int(step)}, {c_int((limit - base) // step)})"
        if spec.hist == "llquantize":
            return f"xt_q_llq(v_, {p[0]}, {p[1]}, {p[2]}, {p[3]})"
        if spec.hist == "hist_log":
            return "xt_h_log(v_)"
        if spec.hist == "hist_linear":
            return f"xt_h_lin(v_, {p[0]}, {p[2]}, {spec.nbuckets})"
        raise AssertionError(spec.hist)

    def _agg_alloc(self, g: n.Global) -> dict:
        """xt_agg_alloc arguments (the XT_AGG_GEOM_<name> constants). The pool holds
        MAXMAPENTRIES elements per CPU. Histogram elements are big (quantize: ~1 KiB,
        a fine lquantize: far more), so their pool is also capped at about 4 MiB per
        CPU, at least 16 elements; a full pool is a counted, reported error."""
        spec = self.agg_specs[g.name]
        keysize = self.layouts[g.name].keysize
        entsize = 40 + keysize + 8 * spec.extra_words
        # stap's `global s[N]` with <<< sizes each CPU's table at N, as its pmaps do
        maxent = g.size or self.limits["MAXMAPENTRIES"]
        if spec.nbuckets:
            maxent = min(maxent, max(16, (4 << 20) // entsize))
        return {"name": c_ident(g.name), "keysize": keysize,
                "hoff": spec.extra_words - spec.nbuckets, "nb": spec.nbuckets, "maxent": maxent}

    def agg_control(self, s: n.AggControl, out: list[str], ind: str) -> None:
        """clear/trunc/normalize/denormalize. The driver keeps what they change (DTrace's
        consumer does too): a dump of the aggregation tells it which elements exist
        at this point; clear() and a whole trunc() also empty the kernel's elements."""
        a, aid = c_ident(s.agg), self.agg_ids[s.agg]
        if s.op in ("normalize", "denormalize") or (s.op == "trunc" and s.args):
            self.printf(n.Printf("", s.args, loc=s.loc), out, ind,
                        extra={"control": s.op, "agg": aid})
        if s.op == "normalize" and not (isinstance(s.args[0], n.IntLit) and s.args[0].value):
            # DTrace's consumer refuses a factor of 0 when the aggregation has
            # elements (it aborts): a dump tells the driver whether it has any
            pid = len(self.prints)
            self.prints.append({"agg": aid, "name": s.agg, "layout": "normalize",
                                "with_count": False, "more": [], "fmt": None,
                                "value_func": self.globals[s.agg].agg_func})
            out.append(f"{ind}xt_agg_print(&xt_a_{a}, {pid}, {aid});")
        if s.op in ("clear", "trunc"):
            pid = len(self.prints)
            self.prints.append({"agg": aid, "name": s.agg, "layout": s.op,
                                "with_count": bool(s.args), "more": [], "fmt": None,
                                "value_func": self.globals[s.agg].agg_func})
            out.append(f"{ind}xt_agg_print(&xt_a_{a}, {pid}, {aid});")
            if not (s.op == "trunc" and s.args):
                out.append(f"{ind}xt_agg_clear(&xt_a_{a});")
