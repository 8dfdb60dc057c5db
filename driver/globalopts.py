"""stap -G NAME=VALUE: a script's global scalar given its starting value on the
command line. stap passes the value to its module as a parameter, set at load
before any probe runs; xtrace compiles it in as the global's initial value,
which the module sets at the same point."""

from __future__ import annotations

import re
from typing import Optional

from xtrace.ir import nodes as n

# stap's check of a -G argument (its option parser's safety pattern): a name,
# '=', and a value of letters, digits, '_' and '-'
_GLOBAL_OPT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)=([A-Za-z0-9_-]+)")


class GlobalOptError(Exception):
    """A -G argument that is malformed or names no global scalar of the script."""


def parse_global_opt(arg: str) -> tuple[str, str]:
    """One -G argument as (name, value)."""
    m = _GLOBAL_OPT.fullmatch(arg)
    if m is None:
        raise GlobalOptError(f"Invalid -G parameter '{arg}' (should be NAME=VALUE, the value "
                             "letters, digits, '_' or '-').")
    return m.group(1), m.group(2)


def kernel_int(text: str) -> Optional[int]:
    """A module parameter's number as the kernel's kstrtoll(text, 0) reads it: an
    optional sign, then 0x-prefixed hex, 0-prefixed octal or decimal (None: not one)."""
    m = re.fullmatch(r"([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)", text)
    if m is None:
        return None
    digits = m.group(2)
    base = 16 if digits[:2].lower() == "0x" else 8 if digits.startswith("0") else 10
    value = int(digits, base) * (-1 if m.group(1) == "-" else 1)
    return value if -(1 << 63) <= value < (1 << 63) else None


def set_globals(prog: n.Program, pairs: tuple[tuple[str, str], ...]) -> None:
    """Give each named scalar of the analyzed `prog` its -G value as its initial
    value (after analysis: the global's type says how the value reads)."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    own = {g.name: g for g in prog.globals if g.loc.file != TAPSET_FILE}
    for name, value in pairs:
        g = own.get(name)
        if g is None:
            raise GlobalOptError(f"-G {name}={value}: the script has no global variable '{name}'.")
        if g.kind != "scalar":
            raise GlobalOptError(f"-G {name}={value}: '{name}' is an array; -G sets scalars only.")
        if g.type is not None and g.type.is_str:
            g.init = n.StrLit(value, loc=g.loc, type=g.type)
            continue
        number = kernel_int(value)
        if number is None:
            raise GlobalOptError(f"-G {name}={value}: '{name}' is a number and '{value}' is not one.")
        g.init = n.IntLit(number, loc=g.loc, type=g.type)
