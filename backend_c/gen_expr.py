"""Expressions: integer and string values, built-in variables, kernel members,
calls, assignments. A mixin of CodeGen (codegen.py), whose state it uses.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as n
from xtrace.ir.builtins import DEFERRED_STR

# stap's user symbol strings kept as values, by what xt_usym_str() writes
USYM_KINDS = {"usymname": "XT_USYM_NAME", "usymdata": "XT_USYM_DATA", "umodname": "XT_USYM_MOD",
              # D's ufunc()/usym(), uaddr(), umod() (frontends/d/symbol_actions.py)
              "d_ufunc": "XT_USYM_DFUNC", "d_uaddr": "XT_USYM_DADDR", "d_umod": "XT_USYM_DMOD"}
from xtrace.ir.loc import XtraceError
from xtrace.runtime.faultwords import stap_addr_words

from . import kinfo, strcalls
from .cstr import c_ident, c_int, c_string
from . import embedc, guru
from .gen_base import STAP_CHECKED_EXTRACTORS, _SCRATCH_CALLS, _as_read, _c_cast


# A netfilter probe's numbers (runtime/xt_netfilter.h keeps its skb and hook state).
_NF_INT = {
    "nf_hooknum": "((s64)(c->nf_state ? c->nf_state->hook : 0))",
    "nf_skb": "((s64)(unsigned long)c->nf_skb)",
    "nf_in": "((s64)(unsigned long)(c->nf_state ? c->nf_state->in : NULL))",
    "nf_out": "((s64)(unsigned long)(c->nf_state ? c->nf_state->out : NULL))",
    "nf_okfn": "((s64)(unsigned long)(c->nf_state ? c->nf_state->okfn : NULL))",
    "nf_verdict": "((s64)c->nf_verdict)",
}


# stap's readers (frontends/stap/tapset.py) by the read they are: the function a
# script calls for it (user_int32_error reads as user_int_error does, and is named so)
_STAP_READS = {("kernel_read_int", 8, 1): "kernel_long", ("kernel_read_int", 4, 1): "kernel_int",
               ("kernel_read_int", 2, 1): "kernel_short", ("kernel_read_int", 1, 1): "kernel_char",
               ("kernel_read_int", 8, 0): "kernel_pointer",
               ("user_read", 8, 1): "user_long_error", ("user_read", 4, 1): "user_int_error",
               ("user_read", 2, 1): "user_short_error", ("user_read", 1, 1): "user_char_error",
               ("user_read", 2, 0): "user_ushort_error", ("user_read", 1, 0): "user_uint8_error",
               ("user_read", 4, 0): "user_uint32_error", ("user_read", 8, 0): "user_uint64_error"}


class ExprGen:
    """C for expressions (mixed into CodeGen)."""

    # ------------------------------------------------------------ expressions
    def int_expr(self, e: n.Expr) -> str:
        assert e.type is not None, f"untyped {e}"
        if isinstance(e, n.Translated):
            return self.int_expr(e.value)
        if e.type.is_str:
            # A string as a condition (`/self->path/`): true when not empty.
            return f"((s64)(({self.str_expr(e)})[0] != 0))"
        if isinstance(e, n.IntLit):
            return c_int(e.value)
        if isinstance(e, n.Defined):
            return "1" if e.value else "0"
        if isinstance(e, n.RegexMatch):
            k = self.regex_table(e.pattern)
            if self.rematch:  # matched(n) reads what the last successful match kept
                self.uses.add("rematch")
                res = f"xt_regex_search_keep(c, &xt_re_{k}, {k}, {self.str_expr(e.subject)})"
            else:
                res = f"xt_regex_search(&xt_re_{k}, {self.str_expr(e.subject)})"
            return f"((s64)!{res})" if e.negate else f"((s64){res})"
        if isinstance(e, n.Cast):
            return _c_cast(e.to, self.int_expr(e.operand))
        if isinstance(e, n.Builtin):
            return self.builtin_int(e)
        if isinstance(e, n.ProbeArg):
            assert e.index is not None, "analysis resolves probe arguments"
            if self.probe_kind == {"kfunc"}:
                # a kprobe on the function's entry: the parameter is where the
                # x86_64 calling convention put it (BTF's prototype gave its position)
                self.uses.add("sysregs")
                raw = f"(c->regs ? regs_get_kernel_argument(c->regs, {e.index}) : 0)"
                return _c_cast(e.type, raw) if e.type is not None and not e.type.ctype else f"((s64){raw})"
            if self.probe_kind == {"syscall"}:
                self.uses.add("sysregs")
                return f"((s64)xt_sys_arg(c, {e.index}))"
            slot = e.index if e.index >= 0 else self.tp_base - 1 - e.index  # a named slot
            return f"((s64)(c->tpargs[{slot}]))"
        if isinstance(e, n.SyscallVar):
            self.sysc.use_var(e.name, self.probe_syscalls)
            self.uses.add("sysregs")
            return f"xt_sv_{c_ident(e.name)}(c)"
        if isinstance(e, n.Var):
            if e.scope == "global":
                return f"atomic64_read(&xt_g_{c_ident(e.name)})"
            if e.scope == "thread":
                return self.tls_read(e)
            return f"l_{c_ident(e.name)}"
        if isinstance(e, n.Index):
            m = c_ident(e.map)
            site = self.site(e.loc, f"identifier '{e.map}'")
            return (f"({{ s64 v_ = 0; struct xt_map_ent *e_; {self.key(e.map, e.keys)} "
                    f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                    f"e_ = xt_map_find(&xt_m_{m}, c->key, false); "
                    f"if (e_) memcpy(&v_, xt_map_val(&xt_m_{m}, e_), 8); "
                    f"xt_map_unlock(&xt_m_{m}); v_; }})")
        if isinstance(e, n.HistBucket):
            return self.hist_bucket(e)
        if isinstance(e, n.AggRead):
            what = {"count": 0, "sum": 1, "min": 2, "max": 3, "avg": 4, "variance": 5}[e.func]
            spec = self.agg_specs[e.agg]
            # stap's @avg and @variance use the aggregate's @variance bit shift.
            shift = spec.welford_shift or 0
            woff = 2 if spec.sumsq else 0
            a = c_ident(e.agg)
            if self.prog.lang == "stap" and e.func in STAP_CHECKED_EXTRACTORS:
                # stap's translator checks the count before these (visit_stat_op):
                # a statistic or element with no value is "empty aggregate".
                site = self.site(e.loc, f"operator '@{e.func}'")
                return (f"({{ s64 n_ = 0, v_; {self.key(e.agg, e.keys)} "
                        f"v_ = xt_agg_read_n(&xt_a_{a}, c->key, {what}, {woff}, {shift}, &n_); "
                        f"if (unlikely(!n_)) {self.fail('XT_E_EMPTYAGG', site)} v_; }})")
            return (f"({{ {self.key(e.agg, e.keys)} "
                    f"xt_agg_read(&xt_a_{a}, c->key, {what}, {woff}, {shift}); }})")
        if isinstance(e, n.InMap):
            m = c_ident(e.map)
            if self.globals[e.map].kind == "agg":
                return f"({{ {self.key(e.map, e.keys)} (s64)(xt_agg_read(&xt_a_{m}, c->key, 0, 0, 0) != 0); }})"
            site = self.site(e.loc, f"identifier '{e.map}'")
            return (f"({{ s64 v_; {self.key(e.map, e.keys)} "
                    f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                    f"v_ = xt_map_find(&xt_m_{m}, c->key, false) != NULL; xt_map_unlock(&xt_m_{m}); v_; }})")
        if isinstance(e, n.Unary):
            v = self.int_expr(e.operand)
            return {"-": f"(-({v}))", "!": f"((s64)!({v}))", "~": f"(~({v}))", "+": f"({v})"}[e.op]
        if isinstance(e, n.Binary):
            return self.binary_int(e)
        if isinstance(e, n.Ternary):
            return f"(({self.int_expr(e.cond)}) ? ({self.int_expr(e.then)}) : ({self.int_expr(e.else_)}))"
        if isinstance(e, n.Assign):
            return self.assign(e)
        if isinstance(e, n.IncDec):
            return self.incdec(e)
        if isinstance(e, n.Call) and e.name in ("speculation",) + _SCRATCH_CALLS:
            return self.mem_call(e)
        if isinstance(e, n.Call) and e.name == "kernel_read":
            return self.kernel_read(e)
        if isinstance(e, n.Call) and e.name in ("user_read", "kernel_read_int"):
            return self.read_int(e)
        if isinstance(e, n.Call) and e.name in guru.CALLS:
            return guru.call(self, e)
        if isinstance(e, n.Call) and e.name == "timestamp_to_wall":
            return (f"({{ s64 t_ = {self.int_expr(e.args[0])}; t_ ? t_ + ((s64)ktime_get_real_fast_ns() "
                    f"- (s64)ktime_get_mono_fast_ns()) : 0; }})")
        if isinstance(e, n.Call) and e.name == "ksym_addr":
            # the kernel variable's address in the target, from its kallsyms (ir.ksyms)
            assert isinstance(e.args[0], n.StrLit)
            if e.args[0].value not in self.an.ksyms:
                raise self.err(f"kernel variable '{e.args[0].value}': the target kernel's symbol "
                               "table (/proc/kallsyms) is not known", e.loc)
            return f"((s64){self.an.ksyms[e.args[0].value]:#x}ULL)"
        if isinstance(e, n.Call) and e.name == "user_mode" and not e.args and self.probe_kind \
                and not self.probe_kind & {"timer", "perf"} \
                and (self.probe_kind <= {"ufunc", "umark"} or not self.probe_kind & {"ufunc", "umark"}):
            # stap's user_mode() asks where the probe fired, not the registers it holds: a
            # system call's are the caller's user registers, yet the probe runs in the kernel
            return "1LL" if self.probe_kind <= {"ufunc", "umark"} else "0LL"
        if strcalls.handles(e):
            if e.name in strcalls.TASK_CALLS:
                self.uses.add("task")
            if e.name in ("cmdline_str", "cmdline_args"):
                self.uses.add("cmdline")  # the process.begin walk reads them ahead
            if e.name == "kstack_frame":
                self.uses.add("kstack")
            if e.name == "ustack_frame":
                self.uses.add("ustack")
            return strcalls.int_call(self, e)
        if isinstance(e, n.Call) and e.name == "strtoll":
            # D: a base outside 2..36 is an illegal operation, as in DTrace
            self.uses.add("str")
            site = self.site(e.loc, "identifier 'strtoll'")
            return (f"({{ s64 b_ = {self.int_expr(e.args[1])}; "
                    f"if (b_ < 2 || b_ > 36) {self.fail('XT_E_ILLOP', site)} "
                    f"xt_strtoll({self.str_expr(e.args[0])}, b_); }})")
        if kinfo.handles(e):
            return kinfo.call(self, e)
        if isinstance(e, n.KernelCast):
            return self.int_expr(e.expr)
        if isinstance(e, n.ContainerOf):
            assert e.offset is not None, "analysis finds the member's offset"
            return f"((s64)(({self.int_expr(e.expr)}) - {e.offset}LL))"
        if isinstance(e, n.KernelMember):
            return self.kmember_int(e)
        if isinstance(e, n.KernelElem):
            return self.kelem_int(e)
        if isinstance(e, n.FuncCall):
            return self.func_call(e)
        if isinstance(e, n.EmbeddedC):
            return embedc.expression(e, self.fn)
        raise self.err(f"cannot compile {type(e).__name__} as a number yet", e.loc)

    def _kmember_ref(self, e: n.KernelMember, path: Optional[list[str]] = None) -> tuple[str, str, int]:
        """(statements binding b_ to the base pointer, the C lvalue of the member, fault site).
        `path`: another member path from the same base (a bitfield's holder)."""
        assert e.struct and e.header is not None, "analysis resolves kernel members"
        site = self.site(e.loc, "operator '->'")
        pre = f"unsigned long b_ = (unsigned long)({self.int_expr(e.base)});"
        if not e.header:
            # a struct private to a .c file: BTF's offset (an lvalue of its bytes)
            return pre, f"(*(char (*)[{max(e.size, 1)}])(b_ + {e.offset}))", site
        self.kheaders.add(e.header)
        path = e.path if path is None else path
        if not path:
            return pre, f"(*(({e.struct} *)b_))", site
        return pre, f"((({e.struct} *)b_)->{'.'.join(c_ident(p) for p in path)})", site

    def kmember_int(self, e: n.KernelMember) -> str:
        """Read an integer or pointer member with copy_from_kernel_nofault; the C compiler
        places it (the kernel's headers) and checks BTF's size for it."""
        assert e.type is not None
        # A bitfield's bytes are read from the struct that holds it: C cannot take its address.
        pre, ref, site = self._kmember_ref(e, e.path[:-1] if e.bitfield is not None else None)
        fault = self.fail_addr(site, "a_")
        if e.array_addr or e.addr_of:
            return f"({{ {pre} (s64)(unsigned long)&{ref}; }})"
        if e.bitfield is not None:
            # The bytes that hold it, from the start of its struct (placed by C) at
            # BTF's bit offset.
            bitoff, bits = e.bitfield
            holder = ref
            start, shift = bitoff // 8, bitoff % 8
            nbytes = (shift + bits + 7) // 8
            mask = (1 << bits) - 1
            sign = (f" if (v_ & (u64){c_int(1 << (bits - 1))}) v_ |= ~(u64){c_int(mask)};"
                    if e.type.signed else "")
            return (f"({{ {pre} u64 v_ = 0; unsigned long a_ = (unsigned long)&{holder} + {start}; "
                    f"if (copy_from_kernel_nofault(&v_, (const void *)a_, {nbytes})) {fault} "
                    f"v_ = (v_ >> {shift}) & (u64){c_int(mask)};{sign} (s64)v_; }})")
        size = e.type.bits // 8
        ctype = "u64" if e.type.ctype else f"{'s' if e.type.signed else 'u'}{e.type.bits}"
        if not e.header:
            ref = f"(*({ctype} *)(b_ + {e.offset}))"
        return (f"({{ {pre} {ctype} v_; unsigned long a_ = (unsigned long)&{ref}; "
                f"BUILD_BUG_ON(sizeof({ref}) != {size}); "
                f"if (copy_from_kernel_nofault(&v_, (const void *)a_, {size})) {fault} (s64)v_; }})")

    def kelem_int(self, e: n.KernelElem) -> str:
        """Element i of a kernel array (its address with addr_of), read without faulting:
        `size` bytes at base + i * size, widened as the element's type says."""
        assert (e.addr_of and e.size > 0) or e.size in (1, 2, 4, 8), "analysis sizes the element"
        assert e.type is not None, "analysis types the element"
        addr = (f"((unsigned long)({self.int_expr(e.base)}) + "
                f"(unsigned long)(({self.int_expr(e.index)}) * {e.size}))")
        if e.addr_of:
            return f"((s64){addr})"
        site = self.site(e.loc, "operator '[]'")
        fault = self.fail_addr(site, "a_")
        read = (f"({{ u64 v_ = 0; unsigned long a_ = {addr}; "
                f"if (copy_from_kernel_nofault(&v_, (const void *)a_, {e.size})) {fault} "
                f"(s64)v_; }})")
        return _c_cast(e.type, read) if not e.type.ctype else read

    def kernel_read(self, e: n.Call) -> str:
        """`size` bytes of kernel memory, zero-extended (little-endian: the low bytes
        of v_), read without faulting; a Cast around the call gives the member's type."""
        size = e.args[1]
        assert isinstance(size, n.IntLit) and size.value in (1, 2, 4, 8), "a member's size"
        site = self.site(e.loc, "operator '->'")
        fault = self.fail_addr(site, "a_")
        return (f"({{ u64 v_ = 0; unsigned long a_ = (unsigned long)({self.int_expr(e.args[0])}); "
                f"if (copy_from_kernel_nofault(&v_, (const void *)a_, {size.value})) {fault} "
                f"(s64)v_; }})")

    def kmember_str(self, e: n.KernelMember) -> str:
        """A char array member as a string, read without faulting."""
        pre, ref, site = self._kmember_ref(e)
        self.uses.add("str")
        fault = self.fail_addr(site, "a_")
        return (f"({{ {pre} char *d_ = {self.slot()}; unsigned long a_ = (unsigned long)&{ref}; "
                f"if (xt_kernel_string(d_, a_, min_t(size_t, sizeof({ref}) + 1, XT_MAXSTRINGLEN)) < 0) "
                f"{fault} (const char *)d_; }})")

    def hist_bucket(self, e: n.HistBucket) -> str:
        """stap's `@hist_log(s[k])[i]`: bucket i of the element's histogram, summed over
        the CPUs. Checked (stap's `[i]`), an element with no value and an index outside
        the buckets are stap's run-time errors; a loop's reads are neither."""
        a = c_ident(e.agg)
        nb = self.agg_specs[e.agg].nbuckets
        idx = self.int_expr(e.index)
        if not e.checked:
            return (f"({{ s64 i_ = {idx}; {self.key(e.agg, e.keys)} "
                    f"xt_agg_bucket(&xt_a_{a}, c->key, i_, NULL); }})")
        site = self.site(e.loc, f"operator '@{e.func}'")
        return (f"({{ s64 i_ = {idx}, n_ = 0, v_; {self.key(e.agg, e.keys)} "
                f"v_ = xt_agg_bucket(&xt_a_{a}, c->key, i_, &n_); "
                f"if (unlikely(!n_)) {self.fail('XT_E_EMPTYAGG', site)} "
                f"if (unlikely(i_ < 0 || i_ >= {nb})) {self.fail('XT_E_HISTRANGE', site)} v_; }})")

    def user_fail(self, site: int, msg: Optional[str] = None) -> str:
        """An error whose message is the C string `msg` (as stap's error(msg)), or
        without one, the message already in c->errbuf (an embedded function's
        STAP_ERROR): a try in this frame catches it, else it is the statement's
        run-time error."""
        if self.catches:
            label, var = self.catches[-1]
            keep = f"strscpy(l_{c_ident(var)}, {msg or 'c->errbuf'}, XT_MAXSTRINGLEN); " if var else ""
            return f"{{ {keep}goto {label}; }}"
        pre = f"strscpy(c->errbuf, {msg}, XT_MAXSTRINGLEN); " if msg else ""
        if self.fn is not None:
            return f"{{ {pre}xt_throw(c, XT_E_USER, {site}, 0); goto xt_out; }}"
        return f"{{ {pre}xt_fail(c, XT_E_USER, {site}); goto xt_out; }}"

    def fail_addr(self, site: int, addr: str) -> str:
        """A fault reading memory at `addr` (the message names the address): a try
        keeps the message the uncaught fault prints (runtime/faultwords.py) in its
        catch variable."""
        if self.catches:
            label, var = self.catches[-1]
            if var is None:
                return f"{{ goto {label}; }}"
            return (f"{{ {self._addr_msg(f'l_{c_ident(var)}', site, addr)} "
                    f"goto {label}; }}")
        if self.fn is not None:
            # In a function the try that catches it may be up the call chain: the
            # message is written for it now (c->errbuf), the address kept for the report.
            return (f"{{ if (c->trying) {self._addr_msg('c->errbuf', site, addr)} "
                    f"xt_throw_addr(c, XT_E_FAULT, {site}, {addr}); goto xt_out; }}")
        return f"{{ xt_fail_addr(c, XT_E_FAULT, {site}, {addr}); goto xt_out; }}"

    def _addr_msg(self, dst: str, site: int, addr: str) -> str:
        """C writing into `dst` the message of a memory fault at `site` (stap's words)."""
        st = self.sites[site]
        fmt = stap_addr_words(st, self.prog.lang).c_format()
        return (f"snprintf({dst}, XT_MAXSTRINGLEN, {c_string(fmt + ' near %s')}, "
                f"(unsigned long)({addr}), {c_string(st['what'] + ' at ' + st['loc'])});")

    def read_int(self, e: n.Call) -> str:
        """user_read/kernel_read_int(addr, BYTES, SIGNED): an integer read from memory
        without faulting; a bad address is the statement's run-time fault."""
        size, signed = e.args[1], e.args[2]
        assert isinstance(size, n.IntLit) and size.value in (1, 2, 4, 8), "user_read size"
        assert isinstance(signed, n.IntLit), "user_read sign"
        ctype = f"{'s' if signed.value else 'u'}{size.value * 8}"
        what = e.name
        # stap's tapset readers: the function the script called, and its words for
        # the fault with the address (kernel_int's "kernel int copy fault at 0x..",
        # user_int_error's loc2c "read fault")
        tapset = _STAP_READS.get((e.name, size.value, signed.value)) if self.prog.lang == "stap" else None
        if isinstance(e.args[0], n.Call) and e.args[0].name == "ksym_addr":
            what = e.args[0].args[0].value  # a Vue __kernel variable: its own name
        elif tapset is not None:
            what = tapset
        site = self.site(e.loc, f"identifier '{what}'")
        if e.name == "user_read":
            copy = "copy_from_user_nofault(&v_, (const void __user *)a_, sizeof(v_))"
        else:
            copy = "copy_from_kernel_nofault(&v_, (const void *)a_, sizeof(v_))"
        if tapset is None:
            fault = self.fail("XT_E_FAULT", site)
        else:
            if tapset.startswith("kernel_"):
                self.sites[site]["copy"] = f"kernel {tapset[len('kernel_'):]}"
            fault = self.fail_addr(site, "a_")
        return (f"({{ {ctype} v_ = 0; unsigned long a_ = {self.int_expr(e.args[0])}; "
                f"if (!a_ || {copy}) {fault} (s64)v_; }})")

    def mem_call(self, e: n.Call) -> str:
        """speculation(), and copyin()/alloca()/copyinto() on this hit's scratch space:
        a scratch request that does not fit is DTrace's "out of scratch space", a
        user address that cannot be read its "invalid address"."""
        if e.name == "speculation":
            self.uses.add("spec")
            return "xt_speculation()"
        self.uses.add("scratch")
        site = self.site(e.loc, f"identifier '{e.name}'")
        full = self.fail("XT_E_SCRATCH", site)
        if e.name == "copyin":
            return (f"({{ unsigned long u_ = (unsigned long)({self.int_expr(e.args[0])}); "
                    f"u64 n_ = {self.int_expr(e.args[1])}; char *d_ = xt_scratch(c, n_); "
                    f"if (!d_) {full} "
                    f"if (copy_from_user_nofault(d_, (const void __user *)u_, n_)) "
                    f"{self.fail_addr(site, 'u_')} (s64)(unsigned long)d_; }})")
        if e.name == "alloca":
            return (f"({{ u64 n_ = {self.int_expr(e.args[0])}; char *d_ = xt_scratch(c, n_); "
                    f"if (!d_) {full} memset(d_, 0, n_); (s64)(unsigned long)d_; }})")
        # copyinto(addr, size, dest): dest must be scratch space this hit was given.
        return (f"({{ unsigned long u_ = (unsigned long)({self.int_expr(e.args[0])}); "
                f"u64 n_ = {self.int_expr(e.args[1])}; "
                f"unsigned long d_ = (unsigned long)({self.int_expr(e.args[2])}); "
                f"if (!xt_in_scratch(c, d_, n_)) {self.fail_addr(site, 'd_')} "
                f"if (copy_from_user_nofault((void *)d_, (const void __user *)u_, n_)) "
                f"{self.fail_addr(site, 'u_')} 0LL; }})")

    def reserve(self, size: str, rtype: str, rid: str) -> str:
        """C reserving a record: through the speculation (if any) in a clause that speculates."""
        if self.spec_probe:
            return f"xt_spec_reserve(c, {size}, {rtype}, {rid})"
        return f"xt_rec_reserve({size}, {rtype}, {rid})"

    def dump(self, fn: str, args: str) -> str:
        """C calling dump function `fn` (xt_map_print, xt_agg_print) on `args`: in a
        clause that speculates, its `_via` form reserves through the speculation, so
        the snapshot taken now is held with the clause's other records."""
        if self.spec_probe:
            return f"{fn}_via(c, {args}, xt_spec_reserve);"
        return f"{fn}({args});"

    def func_call(self, e: n.FuncCall) -> str:
        """Arguments left to right into temporaries, the MAXNESTING check (stap reports
        it at the callee's name), the call, and the way out when the callee faulted."""
        f = self.prog.function_named(e.name)
        assert f is not None
        pre, args = [], []
        for prm, a in zip(f.params, e.args):
            tmp = self.temp()
            if prm.type is not None and prm.type.is_str:
                pre.append(f"const char *{tmp} = {self.str_expr(a)};")
            else:
                pre.append(f"s64 {tmp} = {self.int_expr(a)};")
            args.append(tmp)
        site = self.site(f.loc, f"identifier '{f.name}'")
        assert f.ret is not None
        is_str = f.ret.is_str
        rtype = "const char *" if is_str else "s64 "
        if f.c_body is not None:
            # embedded C: a STAP_ERROR in it is an error at the call, as stap's error()
            call = self.site(e.loc, f"identifier '{f.name}'")
            call_args = ", ".join(["c", "&e_"] + ([self.slot()] if is_str else []) + args)
            return (f"({{ {rtype}r_; int e_ = 0; {' '.join(pre)} "
                    f"if (unlikely(c->nesting >= XT_MAXNESTING)) {self.fail('XT_E_MAXNESTING', site)} "
                    f"r_ = xt_fn_{c_ident(f.name)}({call_args}); "
                    f"if (unlikely(e_)) {self.user_fail(call)} r_; }})")
        call_args = ", ".join(["c"] + ([self.slot()] if is_str else []) + args)
        out_ = self.unwind_jump()
        return (f"({{ {rtype}r_; {' '.join(pre)} "
                f"if (unlikely(c->nesting >= XT_MAXNESTING)) {self.fail('XT_E_MAXNESTING', site)} "
                f"r_ = xt_fn_{c_ident(f.name)}({call_args}); if (unlikely(c->unwind)) {out_} r_; }})")

    def sprintf(self, e: n.Sprintf) -> str:
        """The kernel's snprintf with a format rebuilt from the checked pieces (never
        the script's text as such): every integer is a long long, `*` an int."""
        from xtrace.runtime.format import compile_format
        fmt, pre, args = [], [], []
        values = iter(e.args)

        def take(kind: str) -> str:
            a = next(values)
            tmp = self.temp()
            if kind == "str":
                pre.append(f"const char *{tmp} = {self.str_expr(a)};")
            else:
                pre.append(f"s64 {tmp} = {self.int_expr(a)};")
            return tmp

        for p in compile_format(e.fmt):
            if p.conv is None:
                fmt.append(p.text.replace("%", "%%"))
                continue
            if p.conv == "p" and not p.flags and p.width is None and not p.star_width \
                    and p.prec is None and not p.star_prec:
                # as the driver writes a printf's %p (runtime/format.py): 0x and the hex digits
                fmt.append("0x%llx")
                args.append(f"(unsigned long long){take('int')}")
                continue
            if p.conv not in "diouxXcs":
                raise self.err(f"sprintf conversion '%{p.conv}' is not supported yet", e.loc)
            spec = "%" + "".join(ch for ch in p.flags if ch in "-+ #0")
            if p.star_width:
                spec += "*"
                args.append(f"(int){take('int')}")
            elif p.width is not None:
                spec += str(p.width)
            if p.star_prec:
                spec += ".*"
                args.append(f"(int){take('int')}")
            elif p.prec is not None:
                spec += f".{p.prec}"
            if p.conv == "s":
                spec += "s"
                args.append(take("str"))
            elif p.conv == "c":
                spec += "c"
                args.append(f"(int){take('int')}")
            else:
                spec += "ll" + p.conv
                cast = "(long long)" if p.conv in "di" else "(unsigned long long)"
                args.append(f"{cast}{take('int')}")
            fmt.append(spec)
        dst = self.slot()
        call_args = "".join(", " + a for a in args)
        return (f"({{ char *d_ = {dst}; {' '.join(pre)} "
                f"snprintf(d_, XT_MAXSTRINGLEN, {c_string(''.join(fmt))}{call_args}); (const char *)d_; }})")

    def binary_int(self, e: n.Binary) -> str:
        op = e.op
        if e.lhs.type and e.lhs.type.is_str:
            a, b = self.str_expr(e.lhs), self.str_expr(e.rhs)
            return f"((s64)(strncmp({a}, {b}, XT_MAXSTRINGLEN) {op} 0))"
        a, b = self.int_expr(e.lhs), self.int_expr(e.rhs)
        return self.arith(op, a, b, e.loc, e.rhs)

    def arith(self, op: str, a: str, b: str, loc, rhs: Optional[n.Expr] = None) -> str:
        if op in ("/", "%"):
            site = self.site(loc, f"operator '{op}'")
            # INT64_MIN / -1 traps on x86: compute it by negation instead.
            if op == "/":
                res = "(b_ == -1 ? (s64)(0 - (u64)a_) : a_ / b_)"
            else:
                res = "(b_ == -1 ? 0 : a_ % b_)"
            return (f"({{ s64 a_ = {a}, b_ = {b}; if (unlikely(!b_)) {self.fail('XT_E_DIVZERO', site)} "
                    f"{res}; }})")
        if op in ("<<", ">>"):
            if self.prog.lang == "stap" and not (isinstance(rhs, n.IntLit) and 0 <= rhs.value < 64):
                # stap clamps the count to 0..64 and x86 shifts by 64 as by 0: a count
                # outside 0..63 leaves the operand as it is (C, D and Vue take its low
                # six bits)
                return (f"({{ s64 a_ = {a}, b_ = {b}; (u64)b_ > 63 ? a_ : (s64)(a_ {op} b_); }})")
            return f"((s64)(({a}) {op} (({b}) & 63)))"
        if op in ("&&", "||"):
            return f"((s64)(!!({a}) {op} !!({b})))"
        if op in ("==", "!=", "<", "<=", ">", ">="):
            return f"((s64)(({a}) {op} ({b})))"
        return f"((s64)(({a}) {op} ({b})))"

    def str_expr(self, e: n.Expr) -> str:
        if isinstance(e, n.Translated):
            return self.str_expr(e.value)
        if isinstance(e, n.StrLit):
            return c_string(e.value)
        if isinstance(e, n.Builtin):
            return self.builtin_str(e)
        if isinstance(e, n.Var):
            if e.scope == "global":
                return f"xt_g_{c_ident(e.name)}"
            if e.scope == "thread":
                return self.tls_read(e)
            return f"l_{c_ident(e.name)}"
        if isinstance(e, n.Index):
            m = c_ident(e.map)
            dst = self.slot()
            site = self.site(e.loc, f"identifier '{e.map}'")
            return (f"({{ char *d_ = {dst}; struct xt_map_ent *e_; {self.key(e.map, e.keys)} d_[0] = 0; "
                    f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                    f"e_ = xt_map_find(&xt_m_{m}, c->key, false); "
                    f"if (e_) strscpy(d_, xt_map_val(&xt_m_{m}, e_), XT_MAXSTRINGLEN); "
                    f"xt_map_unlock(&xt_m_{m}); (const char *)d_; }})")
        if isinstance(e, n.Binary) and e.op == ".":
            return f"xt_str_cat({self.slot()}, {self.str_expr(e.lhs)}, {self.str_expr(e.rhs)})"
        if isinstance(e, n.Ternary):
            return f"(({self.int_expr(e.cond)}) ? ({self.str_expr(e.then)}) : ({self.str_expr(e.else_)}))"
        if isinstance(e, n.Assign):
            return self.assign(e)
        if isinstance(e, n.KernelMember):
            return self.kmember_str(e)
        if isinstance(e, n.SyscallVar):
            self.sysc.use_var(e.name, self.probe_syscalls)
            self.uses.add("sysregs")
            self.uses.add("str")
            return f"xt_svs_{c_ident(e.name)}(c, {self.slot()}, {self.slot()}, {self.slot()})"
        if isinstance(e, n.Call) and e.name == "syscall_name_of":
            self.uses.add("sysnames")
            return f"xt_sysname_of({self.int_expr(e.args[0])})"
        if isinstance(e, n.Call) and e.name in ("symname", "symdata"):
            return f"xt_ksym({self.slot()}, {self.int_expr(e.args[0])}, {'true' if e.name == 'symdata' else 'false'})"
        if isinstance(e, n.Call) and e.name == "vue_stktrace":
            # Vue's get_stktrace() as a stktrace_t value (runtime/xt_vstack.h)
            self.uses.update({"kstack", "ustack", "umaps", "vstack"})
            return f"xt_vstktrace(c, {self.slot()}, {self.int_expr(e.args[0])})"
        if isinstance(e, n.Call) and e.name == "modname":
            site = self.site(e.loc, "identifier 'modname'")
            fail = self.user_fail(site, "d_")
            return (f"({{ char *d_ = {self.slot()}; if (!xt_kmodname(d_, {self.int_expr(e.args[0])})) "
                    f"{fail} (const char *)d_; }})")
        if isinstance(e, n.Call) and e.name in ("d_func", "d_mod"):
            return f"xt_dsym({self.slot()}, {self.int_expr(e.args[0])}, {'true' if e.name == 'd_mod' else 'false'})"
        if isinstance(e, n.Call) and e.name in USYM_KINDS:
            # a value: written by the module from its own symbol tables (runtime/xt_usym.h)
            self.uses.add("usym")
            if e.name.startswith("d_"):  # D names the libraries' symbols too
                self.uses.add("usym_libs")
            return f"xt_usym_str({self.slot()}, {self.int_expr(e.args[0])}, {USYM_KINDS[e.name]})"
        if isinstance(e, n.Call) and e.name in DEFERRED_STR:
            raise XtraceError(f"{e.name}() gives a string only the driver can write, when it prints "
                              "it: use it as an argument of printf/print/println (xtrace cannot "
                              "store, compare or join it in the kernel)",
                              e.loc, self.prog.source, kind="semantic error")
        if isinstance(e, n.Call) and e.name == "kernel_string" and e.args[0].type is not None \
                and e.args[0].type.is_str:
            return self.str_expr(e.args[0])  # a char array member, read as a string already
        if isinstance(e, n.FuncCall):
            return self.func_call(e)
        if isinstance(e, n.EmbeddedC):
            return embedc.expression(e, self.fn)
        if isinstance(e, n.Sprintf):
            return self.sprintf(e)
        if isinstance(e, n.ContextVars):
            assert e.expanded is not None, "analysis expands $$parms"
            return self.str_expr(e.expanded)
        if isinstance(e, n.Call) and e.name in ("user_string", "kernel_string"):
            self.uses.add("str")
            # stap names the function called: user_string_n(a, n) is the IR's
            # user_string with a length
            name = f"{e.name}_n" if len(e.args) > 1 and self.prog.lang == "stap" else e.name
            site = self.site(e.loc, f"identifier '{name}'")
            self.sites[site]["copy"] = "user string" if e.name == "user_string" else "kernel string"
            # An explicit length n reads at most n bytes (copyinstr(a, n), user_string_n).
            # As DTrace compares it unsigned, a negative n reads the whole string.
            size = "XT_MAXSTRINGLEN" if len(e.args) < 2 else \
                f"({{ u64 n_ = {self.int_expr(e.args[1])}; n_ < XT_MAXSTRINGLEN ? n_ + 1 : XT_MAXSTRINGLEN; }})"
            # The fault names the address read (DTrace's "invalid address (0x1)", stap's
            # "user string copy fault -14 at 0000000000000001").
            return (f"({{ char *d_ = {self.slot()}; unsigned long a_ = (unsigned long)({self.int_expr(e.args[0])}); "
                    f"if (xt_{e.name}(d_, a_, {size}) < 0) {self.fail_addr(site, 'a_')} "
                    f"(const char *)d_; }})")
        if isinstance(e, n.Call) and e.name == "inet_ntop":
            self.uses.add("str")
            site = self.site(e.loc, "identifier 'inet_ntop'")
            return (f"({{ char *d_ = {self.slot()}; s64 f_ = {self.int_expr(e.args[0])}; "
                    f"unsigned long a_ = (unsigned long)({self.int_expr(e.args[1])}); "
                    f"int r_ = xt_inet_ntop(d_, f_, a_); "
                    f"if (r_ == -EFAULT) {self.fail_addr(site, 'a_')} "
                    f"if (r_ < 0) {self.fail('XT_E_ILLOP', site)} (const char *)d_; }})")
        if kinfo.handles(e):
            return kinfo.call(self, e)
        if strcalls.handles(e):
            if e.name == "ctime":
                self.uses.add("time")
            if e.name in ("kernel_string2", "user_string2"):
                self.uses.add("str")
            if e.name == "task_backtrace":
                self.uses.add("kstack")
            if e.name in strcalls.TASK_CALLS:
                self.uses.add("task")
            if e.name in ("cmdline_str", "cmdline_args"):
                self.uses.add("cmdline")  # the process.begin walk reads them ahead
            return strcalls.string_call(self, e)
        raise self.err(f"cannot compile {type(e).__name__} as a string yet", e.loc)

    def builtin_int(self, e: n.Builtin) -> str:
        name = e.name
        simple = {
            "pid": "((s64)XT_CUR(c)->tgid)",
            "tid": "((s64)XT_CUR(c)->pid)",
            "ppid": "((s64)READ_ONCE(XT_CUR(c)->real_parent)->tgid)",
            "uid": "((s64)from_kuid_munged(current_user_ns(), XT_CRED(c, uid)))",
            "gid": "((s64)from_kgid_munged(current_user_ns(), XT_CRED(c, gid)))",
            "euid": "((s64)from_kuid_munged(current_user_ns(), XT_CRED(c, euid)))",
            "egid": "((s64)from_kgid_munged(current_user_ns(), XT_CRED(c, egid)))",
            "cpu": "((s64)smp_processor_id())",
            "timestamp": "((s64)ktime_get_mono_fast_ns())",
            "walltimestamp": "((s64)ktime_get_real_fast_ns())",
            # exec_start is the scheduler's clock (local_clock) when the task went on CPU.
            "vtimestamp": ("({ u64 s_ = READ_ONCE(current->se.sum_exec_runtime), "
                           "e_ = READ_ONCE(current->se.exec_start), n_ = local_clock(); "
                           "(s64)(s_ + (n_ > e_ ? n_ - e_ : 0)); })"),
            "retval": "((s64)c->retval)",
            # Linux returns -errno; only a syscall return probe has one.
            "errno": ("((s64)(c->retval < 0 && c->retval >= -4095 ? -c->retval : 0))"
                      if self.probe_kind == {"syscall"} and self.probe_is_return else "0LL"),
            "syscall_nr": "((s64)xt_sysnr(c))",
            "curthread": "((s64)(unsigned long)current)",
            "target": "((s64)READ_ONCE(xt_target_pid))",
            "tracer_pid": "((s64)READ_ONCE(xt_tracer_pid))",
            "ticks": "((s64)(get_jiffies_64() - INITIAL_JIFFIES))",
            "jiffies": "((s64)get_jiffies_64())",
            "hz": "((s64)HZ)",
            "compat_syscall": "((s64)in_compat_syscall())",
        }
        if name == "target":
            self.uses.add("target")
        if name in _NF_INT:
            return _NF_INT[name]
        if name == "kernelmode":
            return self.kernelmode(e)
        if name == "stackdepth":
            self.uses.update({"kstack", "stackdepth"})
            return "xt_kstack_depth(c)"
        if name in ("ucaller", "ustackdepth", "uaddr"):
            self.uses.add("ustack")
            return {"ucaller": "((s64)(xt_ustack_walk(c, 2) == 2 ? c->ustk[1] : 0))",
                    "uaddr": "((s64)(xt_ustack_walk(c, 1) ? c->ustk[0] : 0))",
                    "ustackdepth": "((s64)xt_ustack_walk(c, XT_USTKDEPTH))"}[name]
        if name == "vtimestamp":
            self.kheaders.add("linux/sched/clock.h")  # local_clock()
        if name == "addr":
            # a timer's handler runs in the hard irq: the interrupted registers
            self.kheaders.add("asm/irq_regs.h")
            return ("({ struct pt_regs *r_ = c->regs ? c->regs : get_irq_regs(); "
                    "(s64)(r_ ? instruction_pointer(r_) : 0); })")
        if name in simple:
            if name == "syscall_nr":
                self.uses.add("sysregs")
            return simple[name]
        if name in ("probe_id", "epid"):
            self.uses.add("probe_id")
            func, pname = self.site_desc(self.cur_probe)
            pid_c = f"xt_probe_id({func}, {pname})"
            if name == "probe_id":
                return pid_c
            idx = next(i for i, p in enumerate(self.prog.probes) if p is self.cur_probe)
            self.epid_users.add(idx)
            first, mine = self.epids()[idx]
            return f"xt_epid(xt_epid_tab_{idx}, {max(len(mine), 1)}, {first}, {pid_c})"
        if name.startswith("arg") and name[3:].isdigit():
            i = int(name[3:])
            if self.probe_kind == {"timer"}:
                return kinfo.profile_arg(self, i)
            if self.probe_kind == {"syscall"}:
                if i >= 6:
                    return "0LL"  # a syscall has six arguments (D's arg6..arg9 are 0)
                self.uses.add("sysregs")
                return f"((s64)xt_sys_arg(c, {i}))"
            if self.probe_kind == {"tracepoint"}:
                return f"((s64)(c->tpargs[{i}]))" if i < self.tp_nargs else "0LL"
            if self.probe_kind == {"umark"}:  # an SDT marker's arguments, decoded by its handler
                return f"((s64)(c->tpargs[{i}]))" if i < self.umark_nargs else "0LL"
            if self.probe_kind == {"ufunc"} and i >= 6:
                # x86-64 passes the 7th argument on: at a function's entry it is above
                # the return address on the user stack (0 if that cannot be read)
                return (f"({{ unsigned long v_ = 0; if (c->regs && user_mode(c->regs)) "
                        f"(void)copy_from_user_nofault(&v_, (const void __user *)"
                        f"(user_stack_pointer(c->regs) + {8 * (i - 5)}), 8); (s64)v_; }})")
            self.uses.add("sysregs")  # the clause may also have syscall probes
            return f"((s64)(c->regs ? regs_get_kernel_argument(c->regs, {i}) : 0))"
        raise self.err(f"builtin '{name}' is not a number", e.loc)

    def kernelmode(self, e: n.Builtin) -> str:
        """1 where the probe interrupts kernel code, 0 where it interrupts user code: a
        uprobe is user code, a timer asks the interrupted registers, the rest is kernel."""
        if self.probe_kind and self.probe_kind <= {"ufunc", "umark"}:
            return "0LL"
        if self.probe_kind & {"ufunc", "umark"}:
            raise self.err("the execution mode in a clause with user function probes and other "
                           "probes: give the user function probes a clause of their own", e.loc)
        if self.probe_kind & {"timer", "perf"}:
            self.uses.add("task")
            return "((s64)!xt_user_mode(c->regs))"
        return "1LL"

    def builtin_str(self, e: n.Builtin) -> str:
        name = e.name
        if name == "execname":
            self.uses.add("str")
            return f"xt_str_comm({self.slot()}, XT_CUR(c))"
        if name == "argstr":
            self.sysc.use_argstr(self.probe_syscalls)
            self.uses.add("sysregs")
            self.uses.add("str")
            return f"xt_argstr(c, {self.slot()}, {self.slot()}, {self.slot()})"
        if name == "retstr":
            self.sysc.retstr.update(self.probe_syscalls)
            self.uses.add("sysregs")
            return f"xt_retstr(c, {self.slot()})"
        if name in ("probeprov", "probemod", "probefunc", "probename"):
            named = self.probe_desc_field(name)
            if named is not None:
                return named
        if name in ("probefunc", "probename", "pp"):
            self.uses.add(name)
            return f"c->{name}"
        if name == "syscall_name":
            self.uses.add("probefunc")
            return "c->probefunc"
        if name == "ubacktrace":
            self.uses.add("ustack")
            return f"xt_ubacktrace(c, {self.slot()})"
        if name == "backtrace":
            self.uses.add("kstack")
            return f"xt_kbacktrace(c, {self.slot()})"
        if name == "procfs_value":
            return f"xt_pfs_get(c, {self.slot()})"
        if name in ("nf_indev_name", "nf_outdev_name"):
            dev = "in" if name == "nf_indev_name" else "out"
            return f"xt_nf_devname(c->nf_state ? c->nf_state->{dev} : NULL, {self.slot()})"
        raise self.err(f"builtin '{name}' is not a string", e.loc)

    def probe_module(self) -> str:
        """DTrace's probemod of the clause's kernel probes: vmlinux, or the loaded
        module its fbt points name (one module: the clause may not span several)."""
        mods = {p.module for p in self.cur_probe.points} if self.cur_probe is not None else {""}
        if mods == {""}:
            return "vmlinux"
        if len(mods) == 1 and not any(c in next(iter(mods)) for c in "*?["):
            return next(iter(mods))
        raise XtraceError("probemod in a clause whose probes lie in several modules is not "
                          "supported", self.cur_probe.loc)

    def probe_desc_field(self, name: str) -> Optional[str]:
        """C for probeprov/probemod/probefunc/probename as DTrace names the probe that
        fired (dtrace:::BEGIN, syscall:vmlinux:read:entry, fbt:vmlinux:f:return,
        profile:::tick-1s), or None to use the runtime's c->probefunc/c->probename."""
        kinds = self.probe_kind
        if not kinds:  # a function's body: whatever probe called it sets c->probefunc
            return None
        if kinds <= {"begin", "end", "error", "error_end"}:
            fields = {"probeprov": '"dtrace"', "probemod": '""', "probefunc": '""'}
            if len(kinds) == 1:
                fields["probename"] = c_string(next(iter(kinds)).upper())
            else:
                # BEGIN and END run from the driver's thread; END only while stopping.
                # (c->pp is the point as written, or "ERROR" in an error probe)
                fields["probename"] = ('(!strcmp(c->pp, "ERROR") ? "ERROR" : READ_ONCE(xt_state) '
                                       '== XT_STOPPING ? "END" : "BEGIN")')
            return fields[name]
        if "timer" in kinds and kinds <= {"begin", "end", "error", "error_end", "timer"}:
            # BEGIN or END and profile:::tick-N in one clause: the timer's name is the
            # last part of its point (c->pp, the point as written, is not one of them)
            tick = ('({ const char *s_ = strrchr(c->pp, \':\'); s_ = s_ ? s_ + 1 : c->pp; '
                    '!strncmp(s_, "tick-", 5) || !strncmp(s_, "profile-", 8) ? s_ : NULL; })')
            if name == "probename":
                return (f'({{ const char *t_ = {tick}; t_ ? t_ : !strcmp(c->pp, "ERROR") ? '
                        '"ERROR" : READ_ONCE(xt_state) == XT_STOPPING ? "END" : "BEGIN"; })')
            if name == "probeprov":
                return f'({tick} ? "profile" : "dtrace")'
            return '""'
        alias = kinfo.provider_alias(self.cur_probe) if self.cur_probe is not None else None
        if alias is not None:  # proc:::create, sched:::on-cpu: DTrace's probe, not what stands for it
            return c_string({"probeprov": alias[0], "probemod": "vmlinux",
                             "probefunc": alias[2], "probename": alias[3]}[name])
        by_point = self.provider_by_point(name)
        if by_point is not None:
            return by_point
        if kinds == {"syscall"} or kinds == {"kfunc"}:
            return {"probeprov": '"syscall"' if kinds == {"syscall"} else '"fbt"',
                    "probemod": c_string(self.probe_module())}.get(name)
        if kinds == {"timer"}:
            if name == "probename":
                return "({ const char *s_ = strrchr(c->pp, ':'); s_ ? s_ + 1 : c->pp; })"
            return {"probeprov": '"profile"'}.get(name, '""')
        if kinds == {"tracepoint"}:
            return {"probeprov": '"sdt"', "probemod": '"vmlinux"'}.get(name)
        if kinds == {"umark"}:
            # a USDT probe: DTrace names the provider with the process's pid (python1234)
            # and the module by the file's name; the function holding the marker is
            # not looked up ("")
            rps = self.an.points[self.probe_index]
            mark = next((mk for rp in rps for mk in rp.umarks), None)
            binary = next((rp.binary for rp in rps if rp.umarks), "")
            if name == "probeprov" and mark is not None:
                return (f"({{ char *s_ = {self.slot()}; snprintf(s_, XT_MAXSTRINGLEN, \"%s%d\", "
                        f"{c_string(mark.provider)}, (int)current->tgid); (const char *)s_; }})")
            if name == "probemod":
                return c_string(binary.rsplit("/", 1)[-1])
            if name == "probefunc":
                return '""'
            return None
        if kinds == {"ufunc"}:
            # DTrace's pid provider: pid1234, the object's file name (libc.so.6, or
            # the program's: DTrace names a.out by its file too), the function hit
            if name == "probeprov":
                return (f"({{ char *s_ = {self.slot()}; snprintf(s_, XT_MAXSTRINGLEN, \"pid%d\", "
                        "(int)current->tgid); (const char *)s_; })")
            if name == "probemod":
                rps = self.an.points[self.probe_index]
                mods = {rp.binary.rsplit("/", 1)[-1] for rp in rps if rp.ufuncs}
                if len(mods) == 1:
                    return c_string(mods.pop())
                self.uses.add("probemod")
                return "c->probemod"  # (each uprobe site sets its object's name)
            return None
        return {"probeprov": '""', "probemod": '""'}.get(name)

    def provider_by_point(self, name: str) -> Optional[str]:
        """probeprov/probemod/probefunc/probename in a clause on several providers'
        kernel probes (`::ksys_sync:entry, ::sync:entry`, `:::start`): the fields of
        the point that fired, told apart by c->pp (each point's own spelling); a
        syscall's or function's own function and name come from the runtime. None
        when the spellings cannot tell the points apart."""
        if self.cur_probe is None:
            return None
        fields: dict[str, Optional[str]] = {}
        for p in self.cur_probe.points:
            if p.kind not in ("syscall", "kfunc", "tracepoint") or any(c in p.module for c in "*?["):
                return None
            if p.alias:
                prov, _, func, pname = p.alias.split(":")
                value: Optional[str] = {"probeprov": prov, "probemod": "vmlinux",
                                        "probefunc": func, "probename": pname}[name]
            else:
                value = {"probeprov": {"syscall": "syscall", "kfunc": "fbt",
                                       "tracepoint": "sdt"}[p.kind],
                         "probemod": p.module or "vmlinux"}.get(name)
            # (a site's c->pp: the DTrace probe a tracepoint stands for, else the spelling)
            pp = kinfo.site_pp(p, "") if p.kind == "tracepoint" else p.spelling
            if not pp or fields.setdefault(pp, value) != value:
                return None
        values = set(fields.values())
        if values == {None}:
            return None  # the runtime's own c->probefunc / c->probename
        runtime = f"c->{name}" if name in ("probefunc", "probename") else '""'
        if None in values:
            self.uses.add(name)
        elif len(values) == 1:
            return c_string(values.pop())
        self.uses.add("pp")
        chain = " : ".join(f"!strcmp(c->pp, {c_string(sp)}) ? {c_string(v)}"
                           for sp, v in fields.items() if v is not None)
        return f"({chain} : {runtime})"

    # ------------------------------------------------------------ thread-locals
    def _tls_prefix(self, e: n.Var, what: str) -> tuple[str, str]:
        """(lock statement, find call) for thread-local `e` (runtime/xt_tls.h)."""
        self.uses.add("tls")
        site = self.site(e.loc, f"identifier 'self->{e.name}'")
        lock = f"if (!xt_tls_lock(&xt_tls)) {self.fail('XT_E_LOCK', site)}"
        find = f"xt_tls_find(&xt_tls, current, {self.tls_ids[e.name]}, {what})"
        return lock, find

    def tls_read(self, e: n.Var) -> str:
        """A thread-local's value: 0 or "" when this thread has not set it."""
        lock, find = self._tls_prefix(e, "false")
        if e.type is not None and e.type.is_str:
            return (f"({{ char *d_ = {self.slot()}; struct xt_tls_ent *e_; d_[0] = 0; {lock} "
                    f"e_ = {find}; if (e_) strscpy(d_, (const char *)e_->val, XT_MAXSTRINGLEN); "
                    f"xt_tls_unlock(&xt_tls); (const char *)d_; }})")
        return (f"({{ s64 v_ = 0; struct xt_tls_ent *e_; {lock} e_ = {find}; "
                f"if (e_) v_ = (s64)e_->val[0]; xt_tls_unlock(&xt_tls); v_; }})")

    def tls_write(self, t: n.Var, value: n.Expr) -> str:
        """Store to a thread-local: 0 frees it (an integer 0 frees a string one too);
        a full table drops the store and counts it (DTrace's dynamic variable drops)."""
        vt = value.type
        assert vt is not None
        if t.type is not None and t.type.is_str and vt.is_str:
            lock, find = self._tls_prefix(t, "true")
            return (f"({{ char *d_ = {self.slot()}; struct xt_tls_ent *e_; "
                    f"xt_str_copy(d_, {self.str_expr(value)}); {lock} e_ = {find}; "
                    f"if (e_) strscpy((char *)e_->val, d_, XT_MAXSTRINGLEN); else xt_tls_drop(); "
                    f"xt_tls_unlock(&xt_tls); (const char *)d_; }})")
        lock, find = self._tls_prefix(t, "v_ != 0")
        done = '""' if t.type is not None and t.type.is_str else "v_"
        return (f"({{ s64 v_ = {self.int_expr(value)}; struct xt_tls_ent *e_; {lock} "
                f"e_ = {find}; if (e_) {{ if (v_) e_->val[0] = (u64)v_; else xt_tls_delete(&xt_tls, e_); }} "
                f"else if (v_) xt_tls_drop(); xt_tls_unlock(&xt_tls); {done}; }})")

    # ------------------------------------------------------------ assignment
    def assign(self, e: n.Assign) -> str:
        t = e.target
        value = e.value
        op = e.op
        if isinstance(t, n.Builtin) and t.name == "procfs_value":
            # appended in place: the file's text may be longer than a string (maxsize)
            append = "true" if op == ".=" else "false"
            return f"xt_pfs_put(c, {self.str_expr(value)}, {append}, {self.slot()})"
        if isinstance(t, (n.Builtin, n.ProbeArg, n.KernelMember, n.KernelElem)):
            if op != "=":
                value = n.Binary(op[:-1], t, value, loc=e.loc, type=t.type)
            return guru.store(self, t, self.int_expr(value))

        if op not in ("=",):
            base = op[:-1]
            value = n.Binary(base, _as_read(t), value, loc=e.loc, type=t.type)
            op = "="
        assert t.type is not None
        if isinstance(t, n.Var) and t.scope == "thread":
            return self.tls_write(t, value)
        if isinstance(t, n.Var):
            name = c_ident(t.name)
            if t.type.is_str:
                dst = f"xt_g_{name}" if t.scope == "global" else f"l_{name}"
                return f"xt_str_copy({dst}, {self.str_expr(value)})"
            if t.scope == "global":
                if e.op in ("+=", "-="):
                    sign = "" if e.op == "+=" else "-"
                    return f"atomic64_add_return({sign}({self.int_expr(e.value)}), &xt_g_{name})"
                return f"({{ s64 v_ = {self.int_expr(value)}; atomic64_set(&xt_g_{name}, v_); v_; }})"
            return f"(l_{name} = {self.int_expr(value)})"
        if isinstance(t, n.Index):
            m = c_ident(t.map)
            # stap reports a full array at the array's name
            site = self.site(t.loc if t.loc.line > 0 else e.loc, f"identifier '{t.map}'")
            if self.globals[t.map].size:  # stap names the array's own size when it is full
                self.sites[site]["limit"] = self.globals[t.map].size
            if t.type.is_str:
                tmp = self.slot()
                return (f"({{ char *d_ = {tmp}; struct xt_map_ent *e_; xt_str_copy(d_, {self.str_expr(value)}); "
                        f"{self.key(t.map, t.keys)} "
                        f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                        f"e_ = xt_map_find(&xt_m_{m}, c->key, true); "
                        f"if (e_) strscpy(xt_map_val(&xt_m_{m}, e_), d_, XT_MAXSTRINGLEN); "
                        f"xt_map_unlock(&xt_m_{m}); "
                        f"if (!e_) {self.fail('XT_E_MAPFULL', site)} (const char *)d_; }})")
            if e.op in ("+=", "-="):
                # Read-modify-write under one lock hold, so concurrent `a[k]++` never loses counts.
                delta = self.int_expr(e.value)
                upd = "*p_ += d_;" if e.op == "+=" else "*p_ -= d_;"
                return (f"({{ s64 d_ = {delta}, v_ = 0; struct xt_map_ent *e_; {self.key(t.map, t.keys)} "
                        f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                        f"e_ = xt_map_find(&xt_m_{m}, c->key, true); "
                        f"if (e_) {{ s64 *p_ = xt_map_val(&xt_m_{m}, e_); {upd} v_ = *p_; }} "
                        f"xt_map_unlock(&xt_m_{m}); "
                        f"if (!e_) {self.fail('XT_E_MAPFULL', site)} v_; }})")
            return (f"({{ s64 v_ = {self.int_expr(value)}; struct xt_map_ent *e_; {self.key(t.map, t.keys)} "
                    f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                    f"e_ = xt_map_find(&xt_m_{m}, c->key, true); "
                    f"if (e_) memcpy(xt_map_val(&xt_m_{m}, e_), &v_, 8); "
                    f"xt_map_unlock(&xt_m_{m}); "
                    f"if (!e_) {self.fail('XT_E_MAPFULL', site)} v_; }})")
        raise self.err("cannot assign to this", e.loc)

    def incdec(self, e: n.IncDec) -> str:
        op = "+=" if e.op == "++" else "-="
        one = n.IntLit(1, loc=e.loc, type=e.type)
        new = self.assign(n.Assign(e.target, op, one, loc=e.loc, type=e.type))
        if e.prefix:
            return new
        return f"(({new}) {'-' if e.op == '++' else '+'} 1)"
