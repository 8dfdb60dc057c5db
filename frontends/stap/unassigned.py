"""stap's never-assigned locals: a local a probe or function reads but never
assigns is 0 (or "") with a warning, as stap's pass 2 says:

    WARNING: never-assigned local variable 'x' (similar: y, z): identifier 'x' at f.stp:3:9
     source: ...

The lowering makes each such local explicit (`x = 0` / `x = ""` first in the
body). Its type is what its uses give it in stap's type inference: a string
when it meets a string operator or a string literal or is a tapset function's
string argument, else a number.
"""

from __future__ import annotations

from typing import Iterable

from xtrace.ir import nodes as ir
from xtrace.ir.builtins import FUNCTIONS
from xtrace.ir.loc import Loc

_COMPARE = {"==", "!=", "<", "<=", ">", ">="}


def levenshtein(a: str, b: str) -> int:
    """stap's edit distance (util.cxx): insert/delete 2, substitute 2, or 1 when
    the two characters differ only in case."""
    prev = [2 * j for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        cur = [2 * i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                sub = 1 if a[i - 1].lower() == b[j - 1].lower() else 2
                cur[j] = min(prev[j - 1] + sub, prev[j] + 2, cur[j - 1] + 2)
        prev = cur
    return prev[-1]


def suggest(target: str, names: Iterable[str], most: int = 5, threshold: int = 7) -> str:
    """stap's levenshtein_suggest: up to `most` names within `threshold`, best
    first (ties in name order), joined with ', '."""
    scored = sorted((levenshtein(target, n), n) for n in set(names) if n and n != target)
    return ", ".join([n for s, n in scored if s <= threshold][:most])


def is_string_use(name: str, body: ir.Stmt) -> bool:
    """Whether the script's uses of local `name` make it a string in stap's inference."""
    def me(e) -> bool:
        return isinstance(e, ir.Var) and e.scope == "local" and e.name == name

    def stringy(e) -> bool:
        return isinstance(e, ir.StrLit) or (isinstance(e, ir.Binary) and e.op == ".")

    for x in ir.walk([body]):
        if isinstance(x, ir.Binary):
            if x.op == "." and (me(x.lhs) or me(x.rhs)):
                return True
            if x.op in _COMPARE and ((me(x.lhs) and stringy(x.rhs)) or (me(x.rhs) and stringy(x.lhs))):
                return True
        elif isinstance(x, ir.Call) and x.name in FUNCTIONS:
            # an argument a tapset function takes as a string (systemtap.string
            # strtol.stp's `strtol(teststr10, 2)`, teststr10 never assigned)
            kinds = FUNCTIONS[x.name][0]
            if any(me(a) and k.rstrip("?") == "str" for k, a in zip(kinds, x.args)):
                return True
        elif isinstance(x, ir.Assign):
            if x.op == ".=" and me(x.value):
                return True
            if x.op == "=" and me(x.value) and stringy(x.target):
                return True
    return False


def initializers(reads: dict[str, Loc], body: ir.Stmt) -> list[ir.Stmt]:
    """`x = 0` / `x = ""` for each never-assigned local read in `body`."""
    out: list[ir.Stmt] = []
    for name, loc in reads.items():
        value = ir.StrLit("", loc=loc) if is_string_use(name, body) else ir.IntLit(0, loc=loc)
        out.append(ir.ExprStmt(ir.Assign(ir.Var(name, "local", loc=loc), "=", value, loc=loc), loc=loc))
    return out


def warning(name: str, loc: Loc, source: str, others: Iterable[str]) -> str:
    """stap's warning for never-assigned local `name` first read at `loc`."""
    sugs = suggest(name, others)
    text = f"WARNING: never-assigned local variable '{name}'"
    if sugs:
        text += f" (similar: {sugs})"
    text += f": identifier '{name}' at {loc.file}:{loc.line}:{loc.col}\n"
    lines = source.splitlines()
    if 1 <= loc.line <= len(lines):
        line = lines[loc.line - 1]
        text += f" source: {line}\n" + " " * (len(" source: ") + loc.col - 1) + "^\n"
    return text
