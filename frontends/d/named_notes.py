"""A D port's named comment lines read back as the comments of the globals they name.

A stap or Vue global the D port declares nowhere (an aggregation, a thread-local, a
global of unknown type) has its comment on a line of its own among the
declarations, naming it as D spells it (frontends/global_notes.py named_notes):
`/* @reads: bytes read, per process */`, `/* self->asked: when it asked */`. D
reads any comment above a clause as that clause's (or, at the top of the file,
as the file's opening comment), so without this a round trip moved the comment
from the global to the next probe. A comment is taken only when every name it
opens with is a variable the script uses: an aggregation (`@x`), a thread-local
(`self->x`) or a global (`x`); any other comment stays where it was.
"""

from __future__ import annotations

import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.threadvars import THREAD_COMMENTS

_NAME = r"(?:@|self->)?[A-Za-z_]\w*"
# `NAMES: text` on one line, or `NAMES:` and the text on the lines below
_NOTE = re.compile(rf"({_NAME}(?:, {_NAME})*):(?: (.+)|\n(.+))", re.DOTALL)


def _parse(text: str) -> Optional[tuple[list[str], str]]:
    m = _NOTE.fullmatch(text)
    if m is None:
        return None
    body = m.group(2) if m.group(2) is not None else m.group(3)
    if m.group(2) is not None and "\n" in body:
        return None  # `x: ...` running onto more lines is prose, not a note
    return m.group(1).split(", "), body


def _targets(prog: ir.Program) -> tuple[dict[str, ir.Global], set[str]]:
    """The script's globals by the name a D port spells them with (`@x` for an
    aggregation), and the names of its thread-locals."""
    globals_ = {("@" if g.kind == "agg" else "") + g.name: g for g in prog.globals}
    threads = {x.name for root in ir.program_roots(prog) for x in ir.walk(root)
               if isinstance(x, ir.Var) and x.scope == "thread"}
    return globals_, threads


def take_named_notes(prog: ir.Program) -> None:
    """Move, in place, each named comment line of `prog`'s opening comment and of its
    clauses' comments onto the globals it names (Global.comment) or the thread-locals
    (options['thread_comments'])."""
    globals_, threads = _targets(prog)

    def take(text: str) -> bool:
        parsed = _parse(text)
        if parsed is None:
            return False
        names, body = parsed
        if not all(n in globals_ or (n.startswith("self->") and n[6:] in threads) for n in names):
            return False
        if any(n in globals_ and globals_[n].comment for n in names):
            return False  # a global's own comment is said once, beside it
        for n in names:
            if n in globals_:
                globals_[n].comment = body
            else:
                prog.options.setdefault(THREAD_COMMENTS, {})[n[6:]] = body
        return True

    header = prog.options.get("header_comments")
    if header:
        kept = [t for t in header if not take(t)]
        if kept:
            prog.options["header_comments"] = kept
        else:
            del prog.options["header_comments"]
    for p in prog.probes:
        p.comments = [t for t in p.comments if not take(t)]
