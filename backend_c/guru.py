"""C for stap's guru-mode writes (the frontend allows them under stap -g only):
`$param = v` (the parameter's register, at a kprobe on the function's entry),
`$return = v` (the return value register, at a kretprobe), `$p->m = v` and
set_kernel_*() (kernel memory, written with xt_copy_to_kernel_nofault of
runtime/xt_guru.h: a bad address is the statement's run-time fault, never a crash), and a netfilter
probe's `$verdict`.
"""

from __future__ import annotations

from xtrace.ir import nodes as n

# kernel_write_int(addr, value, BYTES) / kernel_write_str(addr, s, MAX) (ir.builtins)
CALLS = ("kernel_write_int", "kernel_write_str")


def store(gen, t: n.Expr, value: str) -> str:
    """C (an s64 expression, the value written) storing C value `value` into target `t`."""
    if isinstance(t, n.Builtin) and t.name == "nf_verdict":
        return f"({{ s64 v_ = {value}; c->nf_verdict = (int)v_; v_; }})"
    if isinstance(t, n.Builtin) and t.name == "retval":
        # the kretprobe's registers are the ones the caller gets back (at sys_exit:
        # the user's registers, the syscall's result already stored in them)
        gen.uses.add("sysregs")
        return (f"({{ s64 v_ = {value}; if (c->regs) regs_set_return_value(c->regs, "
                f"(unsigned long)v_); c->retval = (long)v_; v_; }})")
    if isinstance(t, n.ProbeArg):
        assert t.index is not None and t.index < 6, "analysis checks the parameter's register"
        gen.uses.add("sysregs")
        gen.uses.add("guru")
        setter = "xt_set_syscall_argument" if gen.probe_kind == {"syscall"} else "xt_set_kernel_argument"
        return f"({{ s64 v_ = {value}; if (c->regs) {setter}(c->regs, {t.index}, v_); v_; }})"
    if isinstance(t, n.KernelMember):
        assert t.type is not None
        pre, ref, site = gen._kmember_ref(t)
        size = t.type.bits // 8
        addr = f"(unsigned long)&{ref}" if t.header else f"(b_ + {t.offset})"
        check = f"BUILD_BUG_ON(sizeof({ref}) != {size}); " if t.header else ""
        return _write(gen, pre, addr, size, value, check, site)
    if isinstance(t, n.KernelElem):
        addr = (f"((unsigned long)({gen.int_expr(t.base)}) + "
                f"(unsigned long)(({gen.int_expr(t.index)}) * {t.size}))")
        return _write(gen, "", addr, t.size, value, "", gen.site(t.loc, "operator '[]'"))
    raise gen.err("cannot assign to this", t.loc)


def _write(gen, pre: str, addr: str, size: int, value: str, check: str, site: int,
           result: str = "v_") -> str:
    """C writing the low `size` bytes of `value` at `addr` (a fault: the site's run-time
    error), whose value is `result` (the value written, or set_kernel_*()'s 0)."""
    gen.uses.add("guru")
    gen.sites[site]["write"] = True
    fault = gen.fail_addr(site, "a_")
    return (f"({{ {pre} s64 v_ = {value}; u{size * 8} w_ = (u{size * 8})v_; "
            f"unsigned long a_ = {addr}; {check}"
            f"if (!a_ || xt_copy_to_kernel_nofault((void *)a_, &w_, {size})) {fault} {result}; }})")


def call(gen, e: n.Call) -> str:
    """set_kernel_long/int/short/char/pointer (kernel_write_int) and
    set_kernel_string/_n (kernel_write_str): 0 as a value."""
    site = gen.site(e.loc, f"identifier '{_spelling(e)}'")
    addr = gen.int_expr(e.args[0])
    if e.name == "kernel_write_int":
        size = e.args[2]
        assert isinstance(size, n.IntLit) and size.value in (1, 2, 4, 8)
        # the address first, as stap evaluates arguments left to right
        return _write(gen, f"unsigned long p_ = {addr};", "p_", size.value, gen.int_expr(e.args[1]),
                      "", site, result="0LL")
    gen.uses.add("guru")
    gen.sites[site]["write"] = True
    fault = gen.fail_addr(site, "a_")
    # a string with its NUL; set_kernel_string_n writes at most n bytes of it
    return (f"({{ unsigned long a_ = {addr}; const char *s_ = {gen.str_expr(e.args[1])}; "
            f"s64 m_ = {gen.int_expr(e.args[2])}; size_t n_ = strnlen(s_, XT_MAXSTRINGLEN - 1) + 1; "
            f"if (m_ >= 0 && (size_t)m_ < n_) n_ = (size_t)m_; "
            f"if (!a_ || (n_ && xt_copy_to_kernel_nofault((void *)a_, s_, n_))) {fault} 0LL; }})")


_NAMES = {1: "set_kernel_char", 2: "set_kernel_short", 4: "set_kernel_int", 8: "set_kernel_long"}


def _spelling(e: n.Call) -> str:
    """The stap function the script called (for the fault message)."""
    if e.name == "kernel_write_str":
        return "set_kernel_string"
    size = e.args[2]
    return _NAMES.get(size.value, "set_kernel_long") if isinstance(size, n.IntLit) else "set_kernel_long"
