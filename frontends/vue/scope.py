"""Which names are strings: Vue spells string concatenation `+`, the IR `.`.

Vue decides from declarations (`String s[40];`) and, for undeclared variables,
from the first assignment. The lowering and the printer both need that
answer, so it lives here, next to the name tables it reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from xtrace.ir import nodes as ir

# IR builtins whose value is a string.
STRING_BUILTINS = frozenset({"execname", "probefunc", "probename", "pp", "syscall_name", "argstr"})
STRING_CALLS = frozenset({"user_string", "kernel_string", "strstr"})


@dataclass
class StrEnv:
    """Known string-ness of variables: name -> True (string) / False (not)."""

    globals: dict[str, bool] = field(default_factory=dict)
    maps: dict[str, bool] = field(default_factory=dict)
    threads: dict[str, bool] = field(default_factory=dict)
    locals: dict[str, bool] = field(default_factory=dict)

    def table(self, target: ir.Expr) -> Optional[dict[str, bool]]:
        """The dict that records `target`'s string-ness (None for non-variables)."""
        if isinstance(target, ir.Index):
            return self.maps
        if isinstance(target, ir.Var):
            return {"local": self.locals, "thread": self.threads}.get(target.scope, self.globals)
        return None

    def learn(self, target: ir.Expr, value: ir.Expr) -> None:
        """Record the type an assignment gives an undeclared variable (the first one wins)."""
        table = self.table(target)
        name = target.map if isinstance(target, ir.Index) else getattr(target, "name", None)
        if table is not None and name is not None and name not in table:
            table[name] = is_str(value, self)


def is_str(e: ir.Expr, env: StrEnv) -> bool:
    """Whether `e` is a string, from analysis types when present, else from what Vue knows."""
    if e.type is not None:
        return e.type.is_str
    if isinstance(e, ir.StrLit):
        return True
    if isinstance(e, ir.Builtin):
        return e.name in STRING_BUILTINS
    if isinstance(e, ir.Call):
        return e.name in STRING_CALLS
    if isinstance(e, (ir.Var, ir.Index)):
        table = env.table(e)
        name = e.map if isinstance(e, ir.Index) else e.name
        return bool(table and table.get(name, False))
    if isinstance(e, ir.Binary):
        return e.op == "."
    if isinstance(e, ir.Ternary):
        return is_str(e.then, env) or is_str(e.else_, env)
    if isinstance(e, ir.Assign):
        return is_str(e.target, env) or e.op == ".="
    return False
