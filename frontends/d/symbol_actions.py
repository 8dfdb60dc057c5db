"""D's symbol actions: func()/sym() and mod() of a kernel address, ufunc()/usym(),
umod() and uaddr() of a user address of the current process.

DTrace records the address and names it when it prints it (dt_consume.c
dt_print_sym, dt_print_mod, dt_print_usym, dt_print_umod): `module`symbol` for
func/sym and ufunc/usym, with `+0xoff` past the symbol's start for uaddr, the
module alone for mod/umod, `module`0xADDR` when the address is in a module but
no symbol covers it and the bare `0xADDR` when nothing does; printed by trace's
layout for them, `  %-50s`, as an action and as a key of printa's default layout.
They are actions: DTrace takes them only as a statement or as an aggregation key
(`@[ufunc(arg1)] = count()`), where the addresses of one symbol, or of one
module, are one key (dt_aggregate.c), and keys are ordered by that address.
xtrace's module writes a kernel address's text (runtime/xt_str.h xt_dsym) and,
in a key, the address it is ordered by; a user address is recorded with its
process's address-space snapshot and named by the driver from the process's
own mappings and files (runtime/ustack.py d_user_key), as libdtrace names it.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir

# D name -> the IR function (sym and usym are func and ufunc's other names)
SYMBOL_ACTIONS: dict[str, str] = {
    "func": "d_func", "sym": "d_func", "mod": "d_mod",
    "ufunc": "d_ufunc", "usym": "d_ufunc", "umod": "d_umod", "uaddr": "d_uaddr",
}
# IR function -> the D name a port prints
D_NAMES: dict[str, str] = {"d_func": "func", "d_mod": "mod", "d_ufunc": "ufunc",
                           "d_umod": "umod", "d_uaddr": "uaddr"}
USER = frozenset({"d_ufunc", "d_umod", "d_uaddr"})
# how an action prints it, quiet or not (dt_print_sym's default format)
TRACE_FORMAT = "  %-50s"


def is_symbol_action(e: ir.Expr) -> bool:
    """Is `e` one of D's symbol actions (an ir.Call of a D_NAMES function)?"""
    return isinstance(e, ir.Call) and e.name in D_NAMES


def not_in_expression(name: str) -> str:
    """DTrace's refusal of a symbol action inside an expression (dt_cg_node)."""
    return f"{name}( ) may not be called from a D expression (D program context required)"
