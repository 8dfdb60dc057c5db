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
