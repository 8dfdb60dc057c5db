"""Putting script-controlled text into C source safely.

Script strings never reach C as-is: every byte outside a small safe set is
written as a three-digit octal escape, so quotes, backslashes, newlines,
`*/`, `??=` trigraphs and `%` cannot change the meaning of the generated
code. Identifiers derived from script names are checked, never escaped.
"""

from __future__ import annotations

import re

_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _.,:;-+=/")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def c_string(value: str | bytes) -> str:
    """A C string literal holding exactly `value` (UTF-8 encoded)."""
    data = value.encode("utf-8") if isinstance(value, str) else value
    return '"' + "".join(chr(b) if b in _SAFE else f"\\{b:03o}" for b in data) + '"'


def c_ident(name: str) -> str:
    """A script identifier as a C identifier fragment; refuses anything else."""
    if not _IDENT.match(name):
        raise ValueError(f"not an identifier: {name!r}")
    return name


def c_int(value: int) -> str:
    """A 64-bit signed C constant (wrapping like the kernel's s64)."""
    value &= 0xFFFFFFFFFFFFFFFF
    if value >= 1 << 63:
        value -= 1 << 64
    if value == -(1 << 63):
        return "((s64)(-9223372036854775807LL - 1))"
    return f"((s64){value}LL)"
