"""A quoted user string compared with a quoted literal, said without the quotes.

stap's syscall variables of user strings (`filename` of syscall.open) are
user_string_quoted(): the text in double quotes, its unprintable characters escaped.
Real scripts test them against a literal that spells the quotes,
`filename == "\\"/etc/hostname\\""`. D and Vue read the raw string (copyinstr(),
get_userstring()) and the translation builds the quotes around it; a porter compares
the raw string with the literal's inside instead:

    copyinstr(arg1) == "/etc/hostname"

That says the same when the inside is plain printable text (no backslash, no quote,
nothing the quoting escapes): the quoted string then equals the literal exactly when
the raw string equals its inside, since a raw string with a character the quoting
escapes comes out with a backslash, which the literal has none of.
"""

from __future__ import annotations

from typing import Callable, Optional

from . import nodes as ir


def unquoted_comparison(e: ir.Expr, quoted: Callable[[ir.Expr], bool]
                        ) -> Optional[tuple[ir.Expr, str]]:
    """For `q == "\\"text\\""` (or `!=`, either side) where `quoted(q)`: (q, text); else None."""
    if not (isinstance(e, ir.Binary) and e.op in ("==", "!=")):
        return None
    for q, lit in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        if isinstance(lit, ir.StrLit) and quoted(q):
            inner = _inside(lit.value)
            if inner is not None:
                return q, inner
    return None


def _inside(v: str) -> Optional[str]:
    """The text between a literal's surrounding quotes, when it is plain printable text."""
    if len(v) < 2 or v[0] != '"' or v[-1] != '"':
        return None
    inner = v[1:-1]
    if any(c in '"\\' or not (" " <= c <= "~") for c in inner):
        return None
    return inner


def unquoted_join(e: ir.Expr, quoted: Callable[[ir.Expr], bool]
                  ) -> Optional[tuple[ir.Expr, ir.Expr, bool]]:
    """For `q == "\\"" . x . "\\""` (or `!=`, either side; the joined quotes as any
    chain of `.` spells them, a sprintf("\\"%s\\"", x) joined) where `quoted(q)`:
    (q, x, whether q was the left side); else None.

    hpplinux's filewatch.stap tests `sprintf("\\"%s\\"", _filename) == filename`,
    whose port built the quotes on both sides, `strjoin(strjoin("\\"", _filename),
    "\\"") == strjoin("\\"", strjoin(copyinstr(arg0), "\\""))`; with the same quote
    first and last on both, the two are equal exactly when what is between is, so
    a porter writes `_filename == copyinstr(arg0)`. (The port builds q's quotes
    around the raw string without escaping it, so this is the comparison it made.)"""
    if not (isinstance(e, ir.Binary) and e.op in ("==", "!=")):
        return None
    for q, join, left in ((e.lhs, e.rhs, True), (e.rhs, e.lhs, False)):
        if not (isinstance(join, ir.Binary) and join.op == ".") or not quoted(q):
            continue
        pieces = _pieces(join)
        first, last = pieces[0], pieces[-1]
        if len(pieces) < 3 or not (isinstance(first, ir.StrLit) and first.value.startswith('"')) \
                or not (isinstance(last, ir.StrLit) and last.value.endswith('"')):
            continue
        inner = [ir.StrLit(first.value[1:], loc=first.loc, type=first.type)] + pieces[1:-1] \
            + [ir.StrLit(last.value[:-1], loc=last.loc, type=last.type)]
        inner = [p for p in inner if not (isinstance(p, ir.StrLit) and p.value == "")]
        if not inner:
            continue
        x = inner[0]
        for p in inner[1:]:
            x = ir.Binary(".", x, p, loc=join.loc, type=join.type)
        return q, x, left
    return None


def _pieces(e: ir.Expr) -> list[ir.Expr]:
    """The operands of a chain of `.`, left to right, however it groups."""
    if isinstance(e, ir.Binary) and e.op == ".":
        return _pieces(e.lhs) + _pieces(e.rhs)
    return [e]
