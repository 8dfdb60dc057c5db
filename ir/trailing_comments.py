"""A comment written after a statement on the statement's own line is about that
statement (`timed++  # slept 10 ms`). The frontends collect each comment before the
statement that follows it, which would carry such a comment over to the next
statement in a translation; this pass moves it before the statement it trails, so
the printers write it just above that statement, or at the end of its line (the stap
printer, where the statement is one line: Comment.trails)."""

from __future__ import annotations

import dataclasses

from . import nodes as ir


def comments_before_the_statements_they_trail(prog: ir.Program) -> None:
    """Reorder, in place, every block of `prog`'s probes and functions."""
    lines = (getattr(prog, "source", None) or "").split("\n")
    for p in prog.probes:
        _walk(p.body, lines)
    for f in getattr(prog, "functions", None) or []:
        body = getattr(f, "body", None)
        if body is not None:
            _walk(body, lines)


def _walk(node, lines: list[str]) -> None:
    if not dataclasses.is_dataclass(node):
        return
    if isinstance(node, ir.Block):
        _reorder(node.stmts, lines)
    for fld in dataclasses.fields(node):
        v = getattr(node, fld.name)
        for c in (v if isinstance(v, list) else [v]):
            if isinstance(c, ir.Stmt):
                _walk(c, lines)


def _reorder(stmts: list, lines: list[str]) -> None:
    i = 1
    while i < len(stmts):
        c, prev = stmts[i], stmts[i - 1]
        nxt = stmts[i + 1] if i + 1 < len(stmts) else None
        if isinstance(c, ir.Comment) and not isinstance(prev, ir.Comment) and (
                _same_line(c, prev) or _ends_statement(c, prev, nxt, lines)):
            # the comment goes just above the statement it trails, after any comments
            # already written above that statement
            stmts[i - 1], stmts[i] = c, prev
            c.trails = True
        i += 1


def _same_line(c: ir.Comment, s: ir.Stmt) -> bool:
    a, b = c.loc, s.loc
    return bool(a and b and a.file == b.file and a.line and a.line == b.line and a.col > b.col)


def _ends_statement(c: ir.Comment, prev: ir.Stmt, nxt, lines: list[str]) -> bool:
    """A comment after code on a later line of a statement that spans lines (the
    closing `...)); /* divided by 1000 */` of a long printf), with the next statement
    starting on a later line: it trails that statement too."""
    a, b = c.loc, prev.loc
    if not (a and b and a.file == b.file and a.line and b.line and b.line < a.line <= len(lines)):
        return False
    if not lines[a.line - 1][:max(a.col - 1, 0)].strip():
        return False  # a comment on a line of its own is about what follows
    n = getattr(nxt, "loc", None)
    return n is None or not n.line or n.line > a.line
