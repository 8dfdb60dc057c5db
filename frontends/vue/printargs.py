"""Vue's print_args(): the probed function's name and its arguments on one line,
`read(3, 0x7ffc12345678, 128)`.

IBM reads the argument types from the function's traceback table (or the system
call's own declaration); xtrace has no traceback tables, so it reads them from the
script's C prototype of the function, or, in a syscall clause without one, from
xtrace's table of the Linux system calls (ir/syscalls.py). IBM's printed layout
could not be read: `NAME(ARG, ...)` with integers in decimal and addresses in hex
is xtrace's.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as syscall_table


def print_args(low, call) -> ir.Printf:
    """The Printf of print_args() in the clause `low` is lowering: with the function's C
    prototype, integers in decimal (signed or unsigned as declared), pointers and types
    the script does not define (typedef names) in hex; in a syscall clause without one,
    as the Linux system call's table entry types them."""
    low.arity_check(call, 0)
    kinds = {p.kind for p in low.clause_points}
    if not kinds or not kinds <= {"syscall", "ufunc"}:
        raise low.error("print_args() prints the probed function's arguments: it is available "
                        "in @@syscall, @@syscallx and @@uft entry clauses only", call)
    if any(p.is_return for p in low.clause_points):
        raise low.error("print_args() is available at entry probes only (at the exit the "
                        "arguments are gone: print __rv)", call)
    if len(low.clause_funcs) != 1 or None in low.clause_funcs:
        raise low.error("print_args() needs a clause probing one function", call)
    fn = next(iter(low.clause_funcs))
    proto = low.proto_ctypes.get(fn)
    if proto is None and kinds == {"syscall"}:
        return _syscall_args(low, call, fn)
    if proto is None:
        raise low.error(f"print_args(): xtrace reads the arguments as the function's C "
                        f"prototype declares them, and '{fn}' has none: declare it before "
                        f"this clause ('TYPE {fn}(TYPE, ...);')", call)
    parts, values = [], []
    params = [ct for ct in proto[0] if ct is None or ct.kind != "void"]
    for i, ct in enumerate(params, 1):
        values.append(low.name(f"__arg{i}", call, False))
        if ct is not None and ct.kind == "int":
            parts.append("%lld" if ct.ir.signed else "%llu")
        else:
            parts.append("0x%llx")
    return ir.Printf(f"{fn}({', '.join(parts)})\n", values, loc=low.loc(call))


def _syscall_args(low, call, fn: str) -> ir.Printf:
    """print_args() in a syscall clause without a prototype: the Linux system call's
    arguments as xtrace's syscall table (ir/syscalls.py, the kernel's order) types them:
    32-bit and 64-bit integers (flags, modes and signal numbers too) in decimal, with
    their sign; addresses (pointers, strings, buffers, structs) in hex."""
    names = {p.name for p in low.clause_points}
    sc = syscall_table.lookup(next(iter(names))) if len(names) == 1 else None
    if sc is None:
        raise low.error(f"print_args(): xtrace knows no argument types of the system call "
                        f"'{fn}' here: declare its C prototype before this clause "
                        f"('TYPE {fn}(TYPE, ...);')", call)
    loc = low.loc(call)
    by_index: dict[int, str] = {}
    for v in sc.vars:
        by_index.setdefault(v.index, v.kind)
    parts, values = [], []
    for i in range(max(by_index, default=-1) + 1):
        kind = by_index.get(i, "ulong")
        value = low.name(f"__arg{i + 1}", call, False)
        if kind == "long":
            parts.append("%lld")
        elif kind == "ulong":
            parts.append("%llu")
        elif kind == "uint":
            parts.append("%llu")
            value = ir.Cast(ir.Type("int", 32, False), value, loc=loc)
        elif kind == "hex":
            parts.append("0x%llx")
            value = ir.Cast(ir.Type("int", 32, False), value, loc=loc)
        elif syscall_table.KINDS[kind] == "str" or kind == "ptr":
            parts.append("0x%llx")
        else:  # int and the 32-bit symbolic kinds (flags, modes, fds, signals)
            parts.append("%lld")
            value = ir.Cast(ir.Type("int", 32, True), value, loc=loc)
        values.append(value)
    return ir.Printf(f"{fn}({', '.join(parts)})\n", values, loc=loc)
