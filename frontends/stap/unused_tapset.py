"""The tapset functions a script's code never reaches, left out of its program.

xtrace appends a family's helper functions with its aliases (library.py); an
alias variable nothing reads is deleted (lower._without_unread_tapset_vars),
and with it the only call of a helper such as vfs's errno_str or bdevname.
stap's optimizer elides such functions; xtrace would otherwise compile every
one of them into the module (a thousand lines of C for errno_str alone).
The script's own functions are kept as written: stap -u and translations
read them."""

from __future__ import annotations

import dataclasses
from typing import Iterable

from xtrace.ir import nodes as ir


def _calls(node: object, seen: set[int]) -> Iterable[str]:
    """Names of the functions `node` calls, looking through every dataclass
    field (probe points' conditions too, which ir.walk does not enter)."""
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, ir.FuncCall):
        yield node.name
    if isinstance(node, list):
        for x in node:
            yield from _calls(x, seen)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            if f.name not in ("loc", "type"):
                yield from _calls(getattr(node, f.name), seen)


def without_unreached_tapset_functions(functions: list[ir.Function], probes: list[ir.Probe],
                                       tapset_file: str) -> list[ir.Function]:
    """`functions` less those defined in `tapset_file` that no probe reaches,
    directly or through other functions."""
    by_name = {f.name: f for f in functions}
    reached: set[str] = set()
    todo = list(_calls(probes, set()))
    while todo:
        name = todo.pop()
        if name in reached or name not in by_name:
            continue
        reached.add(name)
        todo += _calls(by_name[name].body, set())
    return [f for f in functions if f.loc.file != tapset_file or f.name in reached]
