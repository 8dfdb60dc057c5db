"""A comment that sat at the end of a statement's line in the source (`x = 1; // why`)
stays at the end of that statement's line in the stap port (`x = 1  # why`), as a
person writes it, where the statement is one line in stap; otherwise it goes on a
line of its own above the statement (ir/trailing_comments.py moved it there). The
stap frontend reads such a comment back before the statement again."""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir


def trails_on_its_line(c: ir.Comment) -> bool:
    """Whether `c` trails the statement after it and fits at the end of a line."""
    return c.trails and "\n" not in c.text.strip() and bool(c.text.strip())


def semicolon_before_comment(line: str, comment_at: Optional[int]) -> str:
    """`line` ended by a `;` (stap's optional separator), put before the comment that
    ends the line, if any, so that the comment does not swallow it."""
    if comment_at is None:
        return line + ";"
    return line[:comment_at] + ";" + line[comment_at:]


def trails_statement(c: ir.Comment, s: ir.Stmt) -> bool:
    """Whether the trailing comment `c` is on a line of `s` (the statement it trailed
    may have been left out of the port, and `s` be the one after it)."""
    a, b = c.loc, getattr(s, "loc", None)
    return bool(a and b and a.file == b.file and a.line and b.line and a.line >= b.line)
