"""What the stap printer modules share: layout, printf conversions, expression types."""

from __future__ import annotations

import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.builtins import BUILTINS, FUNCTIONS
from xtrace.ir.types import INT64, STRING, Type

from .tables import KEY_VAR_NAMES

INDENT = "    "
IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

# printf conversions stap understands; C length modifiers are dropped (stap
# values are all 64-bit) and anything else is refused.
# groups: 1 everything after '%', 2 D printa's '@' (the value goes here), 3 flags,
# width and precision, 4 the conversion letter.
CONV_RE = re.compile(r"%(%|(@?)([-+ #0]*\d*(?:\.\d*)?)(?:hh|h|ll|l|L|j|z|t|q)?([A-Za-z]))")
STAP_CONVS = set("diuoxXscpbmM")
# a `*` width or precision, which takes an argument of its own (CONV_RE does
# not read one); a `*` in the text around the conversions is only text
STAR_RE = re.compile(r"%@?[-+ #0]*(?:\*|\d*\.\*)")


def star_width(fmt: str) -> bool:
    """Whether a conversion of `fmt` has a `*` width or precision (`%*d`, `%-*s`,
    `%.*s`); a banner's `* * *` does not count."""
    return bool(STAR_RE.search(fmt.replace("%%", "")))


def type_of(e: ir.Expr) -> Optional[Type]:
    """The type of an expression: analysis's, or what its syntax says."""
    if e.type is not None:
        return e.type
    if isinstance(e, ir.Translated):
        return type_of(e.value)
    if isinstance(e, ir.StrLit):
        return STRING
    if isinstance(e, ir.IntLit):
        return INT64
    if isinstance(e, ir.Builtin) and e.name in BUILTINS:
        return BUILTINS[e.name][0]
    if isinstance(e, ir.Call) and e.name in FUNCTIONS:
        return FUNCTIONS[e.name][1]
    if isinstance(e, ir.Binary) and e.op == ".":
        return STRING
    return None


def key_var_name(k: ir.Expr) -> Optional[str]:
    """The name a porter gives the loop variable of key `k`: the built-in's
    (`comm` for execname), the variable's, the member's a D translator reads
    (`pr_fname` of `args[1]->pr_fname`), a probe argument's (`sig`); None when the key
    names nothing (an arithmetic expression)."""
    if isinstance(k, ir.Builtin):
        return KEY_VAR_NAMES.get(k.name)
    if isinstance(k, ir.Var):
        return k.name if IDENT_RE.match(k.name) else None
    if isinstance(k, ir.AliasVar):  # (signal.send's pid_name)
        return k.name
    if isinstance(k, ir.Translated):
        m = re.search(r"(?:->|\.)([A-Za-z_][A-Za-z_0-9]*)$", k.text)
        return m.group(1) if m else key_var_name(k.value)
    if isinstance(k, ir.ProbeArg) and k.name and IDENT_RE.match(k.name):
        return k.name
    if isinstance(k, ir.KernelMember) and k.path and IDENT_RE.match(k.path[-1]):
        return k.path[-1]
    if isinstance(k, ir.Cast):
        return key_var_name(k.operand)
    if isinstance(k, ir.Call) and len(k.args) == 1:  # kernel_string(x), stringof(x) ...
        return key_var_name(k.args[0])
    return None


def key_var_wants(keys: list[ir.Expr], types: list[Optional[Type]]) -> list[str]:
    """The names a porter wants for the loop variables of an array's `keys` (typed
    `types`): each key's own (key_var_name); a stack key that names nothing is the
    `stack` (or `ustack`) it holds, stack1, stack2 for several of a kind; one other key that
    names nothing is `key`, as a person writes `foreach ([key] in counts)`; several
    are numbered by their place, k1, k2, ... (a generated-looking `k1` beside `comm`
    read badly)."""
    wants = [key_var_name(k) for k in keys]
    for kind, word in (("kstack", "stack"), ("ustack", "ustack")):
        stacks = [i for i, t in enumerate(types[:len(wants)])
                  if wants[i] is None and t is not None and t.kind == kind]
        for n, i in enumerate(stacks, 1):
            wants[i] = f"{word}{n}" if len(stacks) > 1 else word  # two: stack1, stack2
    unnamed = [i for i, w in enumerate(wants) if w is None]
    return [w if w is not None else ("key" if len(unnamed) == 1 else f"k{i}")
            for i, w in enumerate(wants, 1)]
