"""A D or Vue port's note of a stap array's size, said in stap as the size again.

stap's `global s[3]` holds at most three elements; storing a fourth is an error
that ends the session. D's and Vue's arrays have no size, so their ports leave it
out and say so where the declaration would be (frontends/common.py
sized_array_note: `stap's \\`global s[3]\\` holds at most 3 elements: storing one
more is an error that ends the session; Vue's arrays have no size`). The note is
the porter's word for the declaration: read back in stap, the array is declared
with that size again, and the note, which stap no longer needs, goes.

Strict: only a comment that is that note exactly (its words as the printers write
them, up to line breaks), naming an array or statistics array of the program that
has no size, with the same count twice. A comment saying anything more, or of a
name the program does not have, stays a comment."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Optional

from xtrace.frontends.common import sized_array_note
from xtrace.ir import nodes as ir

_NOTE = re.compile(r"stap's `global ([A-Za-z_][A-Za-z0-9_]*)\[([1-9][0-9]*)\]` holds at most ([1-9][0-9]*) "
                   r"elements: storing one more is an error that ends the session; (D|Vue)'s arrays "
                   r"have no size")


def sized_notes_read(prog: ir.Program) -> ir.Program:
    """`prog` (a D or Vue program) with each array its port's note gives a size to
    declared with it, the note dropped; `prog` itself where no comment is such a
    note (see the module docstring)."""
    if prog.lang not in ("d", "vue"):
        return prog
    header = list((prog.options or {}).get("header_comments") or [])
    texts = header + [c for p in prog.probes for c in p.comments]
    sizes = {}
    for text in texts:
        found = _sized(prog, text)
        if found is not None:
            sizes[found[0]] = (found[1], text)
    if not sizes:
        return prog
    prog = copy.copy(prog)
    notes = {text for _size, text in sizes.values()}
    prog.globals = [dataclasses.replace(g, size=sizes[g.name][0]) if g.name in sizes else g
                    for g in prog.globals]
    prog.options = dict(prog.options)
    prog.options["header_comments"] = [t for t in header if t not in notes]
    prog.probes = [dataclasses.replace(p, comments=[c for c in p.comments if c not in notes])
                   if any(c in notes for c in p.comments) else p for p in prog.probes]
    return prog


def _sized(prog: ir.Program, text: str) -> Optional[tuple[str, int]]:
    """The array and size the note `text` gives, where it is exactly the note the
    printers write for a sizeless array of `prog`."""
    m = _NOTE.fullmatch(" ".join(text.split()))
    if m is None or m.group(2) != m.group(3) or m.group(4) != {"d": "D", "vue": "Vue"}[prog.lang]:
        return None
    g = next((g for g in prog.globals if g.name == m.group(1)), None)
    if g is None or g.kind not in ("map", "agg") or g.size:
        return None
    size = int(m.group(2))
    said = sized_array_note(dataclasses.replace(g, size=size), m.group(4))
    if said is None or " ".join(said.split()) != " ".join(text.split()):
        return None
    return g.name, size
