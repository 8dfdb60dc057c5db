"""D's probeprov/probemod/probename of user-space probes (the pid provider's
functions, USDT markers) in stap.

DTrace names a pid probe `pid1234:libc.so.6:sync:entry` and a USDT one
`python1234:python3.11::function-entry`: the provider is the provider's name
and the process's pid, the module the base name of the object the probe is in
(stap's umodname() of an address in it), the name the side or the marker's
name with its `__` spelled `-`."""

from __future__ import annotations

import posixpath
from typing import Optional

from xtrace.ir import nodes as ir
from .literals import encode_string


def _glob(name: str) -> bool:
    return any(c in name for c in "*?[")


def _module(pts: list[ir.ProbePoint]) -> Optional[str]:
    """stap for the base name of the object the clause's user probes are in: the
    file every point names, or umodname() of the probe's address where that is the
    probed code (a marker, a function's entry; a return's address is its caller's)."""
    files = {pp.binary for pp in pts}
    if len(files) == 1:
        path = files.pop()
        if path and path != "$target" and not _glob(path):
            return encode_string(posixpath.basename(path))
    if all(pp.kind == "umark" or not pp.is_return for pp in pts):
        return "umodname(uaddr())"
    return None


def user_probe_desc(pts: list[ir.ProbePoint], field: str) -> Optional[str]:
    """stap for D's `field` (probeprov, probemod, probename) in a clause on user
    function points alone or markers alone, or None (not such a clause, or a
    field stap cannot tell there)."""
    kinds = {pp.kind for pp in pts}
    if not pts or len(kinds) != 1 or kinds - {"ufunc", "umark"} or any(pp.alias for pp in pts):
        return None
    kind = kinds.pop()
    if field == "probemod":
        return _module(pts)
    if field == "probeprov":
        provs = {pp.module if kind == "umark" else "pid" for pp in pts}
        prov = provs.pop() if len(provs) == 1 else None
        if not prov or _glob(prov):
            return None
        return f'sprintf("{prov}%d", pid())'
    if field == "probename" and kind == "ufunc":
        sides = {pp.is_return for pp in pts}
        return ('"return"' if sides.pop() else '"entry"') if len(sides) == 1 else None
    if field == "probename":
        names = {pp.name for pp in pts}
        name = names.pop() if len(names) == 1 else None
        if name and not _glob(name):
            return encode_string(name.replace("__", "-"))
    return None
