"""The comments a D script writes about its inline constants, for its ports.

A comment above `inline int LIMIT = 3;` (or after it on its line) documents the
constant, not the clause below it: the D front end keeps it with the constant's
name (Program.options['inline_lead_comments'], ['inline_comments']), and a port
writes it where it says the constant: above stap's `@define LIMIT %( 3 %)`; at
the top of a port that names no constant (Vue, whose literals are written out
where they are used), said of the constant: `LIMIT = 3: how many ticks`.
"""

from __future__ import annotations

import json
from typing import Optional

from xtrace.ir import nodes as ir


def lead_comments(prog: ir.Program, name: str) -> list[str]:
    """The comments above the inline `name` in the source (none when it has none)."""
    return list(((prog.options or {}).get("inline_lead_comments") or {}).get(name) or [])


def constant_notes(prog: ir.Program, named: Optional[set[str]] = None) -> dict[str, str]:
    """The comments on the inlines a port does not name (all but those in `named`),
    by name in source order, each said of its constant: `NAME = VALUE: text`, the value
    as the literal the port writes where the script uses it (`NAME: text` for an
    inline the script never uses)."""
    opts = prog.options or {}
    lead = opts.get("inline_lead_comments") or {}
    trailing = opts.get("inline_comments") or {}
    order = list(opts.get("inlines") or []) + sorted((set(lead) | set(trailing)) - set(opts.get("inlines") or []))
    values = _values(prog)
    notes: dict[str, str] = {}
    for name in order:
        if named is not None and name in named:
            continue
        texts = lead.get(name, []) + ([trailing[name]] if name in trailing else [])
        if not texts:
            continue
        said = f"{name} = {values[name]}" if name in values else name
        notes[name] = f"{said}: " + "\n".join(texts)
    return notes


def _values(prog: ir.Program) -> dict[str, str]:
    """Each named constant's literal, from its first use."""
    out: dict[str, str] = {}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.IntLit) and x.name is not None:
                out.setdefault(x.name, ir.int_text(x))
            elif isinstance(x, ir.StrLit) and x.name is not None:
                out.setdefault(x.name, json.dumps(x.value))
    return out
