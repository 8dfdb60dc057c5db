"""A comment written after a statement on the statement's own line is about that
statement (`timed++  # slept 10 ms`). The frontends collect each comment before the
statement that follows it, which would carry such a comment over to the next
statement in a translation; this pass moves it before the statement it trails, so
the printers write it just above that statement."""

from __future__ import annotations

import dataclasses

from . import nodes as ir


def comments_before_the_statements_they_trail(prog: ir.Program) -> None:
    """Reorder, in place, every block of `prog`'s probes and functions."""
    for p in prog.probes:
        _walk(p.body)
    for f in getattr(prog, "functions", None) or []:
        body = getattr(f, "body", None)
        if body is not None:
            _walk(body)


def _walk(node) -> None:
    if not dataclasses.is_dataclass(node):
        return
    if isinstance(node, ir.Block):
        _reorder(node.stmts)
    for fld in dataclasses.fields(node):
        v = getattr(node, fld.name)
        for c in (v if isinstance(v, list) else [v]):
            if isinstance(c, ir.Stmt):
                _walk(c)


def _reorder(stmts: list) -> None:
    i = 1
    while i < len(stmts):
        c, prev = stmts[i], stmts[i - 1]
        if isinstance(c, ir.Comment) and not isinstance(prev, ir.Comment) and _same_line(c, prev):
            # the comment goes just above the statement it trails, after any comments
            # already written above that statement
            stmts[i - 1], stmts[i] = c, prev
        i += 1


def _same_line(c: ir.Comment, s: ir.Stmt) -> bool:
    a, b = c.loc, s.loc
    return bool(a and b and a.file == b.file and a.line and a.line == b.line and a.col > b.col)
