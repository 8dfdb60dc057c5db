"""The formats of stap's print, println, printd and printdln, which depend on argument kinds.

`print(x)` prints x as a string or a number, so its Printf needs "%s" or "%d".
The kind comes from the syntax (literals, concatenation, builtins, functions)
and from the variables the script assigns strings to, found by fixpoint over
all assignments once every probe is lowered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.builtins import BUILTINS, FUNCTIONS
from xtrace.ir.syscalls import VAR_TYPES


@dataclass
class PrintFix:
    """A print-family Printf whose format waits for the argument kinds."""

    node: ir.Printf | ir.Sprintf
    probe: int
    delim: Optional[str]
    newline: bool


FUNCTION_IDX = 100_000  # lower.FUNCTION_IDX: function i's locals are keyed FUNCTION_IDX + i


def fix_print_formats(fixes: list[PrintFix], assigns: list[tuple[int, ir.Assign]],
                      globals_: list[ir.Global], functions: Optional[list[ir.Function]] = None,
                      links: Optional[list[tuple[tuple[int, str], ir.Expr, int]]] = None,
                      resets: Optional[list[tuple[int, ir.Assign]]] = None) -> None:
    """Fill in each pending format: %s for string arguments, %d for the others;
    and each `resets` store (stap's `delete x` of a local x, lowered `x = 0`) of a
    local found to hold a string stores "" instead.

    A function's result is a string when declared so or when a `return`
    gives a string; a parameter when declared so or when a call passes one
    (`links`: (function index, parameter) <- argument in the caller's index)."""
    strs: set[tuple[int, str]] = {(-1, g.name) for g in globals_ if isinstance(g.init, ir.StrLit)}
    flows: list[tuple[tuple[int, str], ir.Expr, int]] = list(links or [])
    for i, f in enumerate(functions or []):
        idx = FUNCTION_IDX + i
        if f.ret is not None and f.ret.is_str:
            strs.add((-2, f.name))
        for prm in f.params:
            if prm.type is not None and prm.type.is_str:
                strs.add((idx, prm.name))
        for x in ir.walk(f.body):
            if isinstance(x, ir.Return) and x.value is not None:
                flows.append(((-2, f.name), x.value, idx))
    changed = True
    while changed:
        changed = False
        for idx, a in assigns:
            if not isinstance(a.target, (ir.Var, ir.Index)):
                continue  # procfs's $value (a string already), kernel writes (numbers)
            key = _var_key(a.target, idx)
            if key not in strs and (a.op == ".=" or _is_str(a.value, idx, strs)):
                strs.add(key)
                changed = True
        for key, value, idx in flows:
            if key not in strs and _is_str(value, idx, strs):
                strs.add(key)
                changed = True
    for idx, reset in resets or []:
        if _var_key(reset.target, idx) in strs:
            reset.value = ir.StrLit("", loc=reset.value.loc)
    for fix in fixes:
        convs = ["%s" if _is_str(x, fix.probe, strs) else "%d" for x in fix.node.args]
        delim = (fix.delim or "").replace("%", "%%")
        fix.node.fmt = delim.join(convs) + ("\n" if fix.newline else "")
        if isinstance(fix.node, ir.Printf) and fix.node.args and all(isinstance(x, ir.StrLit) for x in fix.node.args):
            # print("text\n") is the format "text\n" itself, as a person would port it
            texts = [x.value.replace("%", "%%") for x in fix.node.args]  # type: ignore[attr-defined]
            fix.node.fmt = delim.join(texts) + ("\n" if fix.newline else "")
            fix.node.args = []


def _var_key(t: ir.Expr, idx: int) -> tuple[int, str]:
    """Locals are keyed by probe index, globals (scalars and arrays) by -1."""
    if isinstance(t, ir.Var):
        return (idx if t.scope == "local" else -1, t.name)
    return (-1, t.map)  # Index: arrays are global


def _is_str(e: ir.Expr, idx: int, strs: set[tuple[int, str]]) -> bool:
    """Whether an expression is string-valued, from its syntax and known string variables."""
    if isinstance(e, ir.StrLit):
        return True
    if isinstance(e, ir.Binary):
        return e.op == "."
    if isinstance(e, ir.Builtin):
        return e.name in BUILTINS and BUILTINS[e.name][0].is_str
    if isinstance(e, ir.Call):
        return e.name in FUNCTIONS and FUNCTIONS[e.name][1].is_str
    if isinstance(e, ir.FuncCall):
        return (-2, e.name) in strs
    if isinstance(e, (ir.Sprintf, ir.ContextVars)):
        return True
    if isinstance(e, ir.EmbeddedC):
        return e.is_str  # stap -g `%{ /* string */ ... %}`
    if isinstance(e, ir.SyscallVar):
        return VAR_TYPES.get(e.name) == "str"
    if isinstance(e, ir.AliasVar):  # (D's args[1]->pr_fname at signal-send: pid_name)
        return e.type is not None and e.type.is_str
    if isinstance(e, (ir.Var, ir.Index)):
        return _var_key(e, idx) in strs
    if isinstance(e, ir.Ternary):
        return _is_str(e.then, idx, strs) or _is_str(e.else_, idx, strs)
    if isinstance(e, ir.Assign):
        return e.op == ".=" or _is_str(e.value, idx, strs)
    return False
