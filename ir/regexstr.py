"""stap regular expressions that are plain string tests, for D and Vue.

Neither D nor Vue matches regular expressions, but many stap scripts use `=~` for
what is a substring, whole-string or prefix test (`execname() =~ "java"`,
`filename =~ "^/etc/passwd$"`), or a pattern that matches every string (the
`".*"` a wrapper script passes when no filter is given). Those a porter writes
with the target's string functions; anything with a real metacharacter stays
refused (the printers say so). A match of a constant subject is decided at translate
time (`"hello" =~ "^h.l+o$"` is 1), whatever its pattern.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir
from .types import INT64, STRING

_META = set(".[]()*+?{}|^$\\")


def _literal(body: str) -> Optional[str]:
    """The text `body` matches when it has no metacharacter (backslash-escaped
    punctuation is its character); None otherwise."""
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if i + 1 >= len(body) or body[i + 1].isalnum():
                return None  # `\d`, `\w` ... are classes, not characters
            out.append(body[i + 1])
            i += 2
            continue
        if c in _META:
            return None
        out.append(c)
        i += 1
    return "".join(out)


def _str(text: str, loc) -> ir.Expr:
    return ir.StrLit(text, loc=loc, type=STRING)


def _truth_value(e: ir.Expr) -> bool:
    """`e` is 0 or 1 (a comparison, a negation, a logical operator)."""
    return (isinstance(e, ir.Binary) and e.op in ("==", "!=", "<", ">", "<=", ">=", "&&", "||")) \
        or (isinstance(e, ir.Unary) and e.op == "!")


def _pure(e: ir.Expr) -> bool:
    return not any(isinstance(n, (ir.Assign, ir.IncDec)) for n in ir.walk([e]))


def regexes_as_string_tests(prog: ir.Program, prefix: str) -> ir.Program:
    """A copy of `prog` in which each match as_string_test() can say is that test,
    and a test that became constant is gone from the `if`, `&&` or `||` that made
    it (the `if (1)` a porter would not write); `prog` itself when nothing
    changes. `prefix`: "substr" (D) or "strstr" (Vue), see as_string_test()."""
    if not any(isinstance(n, ir.RegexMatch) and as_string_test(n, prefix) is not None
               for n in ir.walk(list(ir.program_roots(prog)))):
        return prog
    prog = copy.deepcopy(prog)

    def fn(n):
        if isinstance(n, ir.RegexMatch):
            return as_string_test(n, prefix) or n
        if isinstance(n, ir.Binary) and n.op in ("&&", "||"):
            for a, b in ((n.lhs, n.rhs), (n.rhs, n.lhs)):
                v = ir.int_constant(a) if isinstance(a, ir.IntLit) else None
                if v is not None and (v != 0) == (n.op == "&&") and _truth_value(b):
                    return b  # `x && 1`, `x || 0`: x, itself 0 or 1
        if isinstance(n, ir.If) and isinstance(n.cond, ir.IntLit):
            kept = n.then if n.cond.value else n.else_
            return kept if kept is not None else ir.Block([], loc=n.loc)
        return n
    ir.map_code(prog, fn)
    for p in prog.probes:
        if isinstance(p.predicate, ir.IntLit) and p.predicate.value:
            p.predicate = None
    return prog


def constant_match(m: ir.RegexMatch, leaf=None) -> Optional[int]:
    """1 or 0, what `m` is when its subject is a constant (a literal, or what `leaf`
    says of it: ir/conststr.py's) of ASCII text; None otherwise. The pattern runs
    as the runtime runs it (ir/regex.py)."""
    from .conststr import value
    from .regex import RegexError, compile_regex, search
    s = m.subject.value if isinstance(m.subject, ir.StrLit) else \
        value(m.subject, leaf) if leaf is not None else None
    if not isinstance(s, str) or not s.isascii() or not m.pattern.isascii():
        return None
    try:
        found = search(compile_regex(m.pattern), s.encode())
    except RegexError:
        return None
    return int(found != m.negate)


def as_string_test(m: ir.RegexMatch, prefix: str = "substr") -> Optional[ir.Expr]:
    """`m` as an expression of the IR's string functions, or None when its pattern
    is a real regular expression. `prefix`: how the target tests a prefix, "substr"
    (D's `substr(s, 0, n) == "lit"`) or "strstr" (Vue's `strstr(s, "lit") == s`,
    the first occurrence being the string itself); "" when it cannot."""
    pat = m.pattern
    matched = constant_match(m)
    if matched is not None:
        # a constant subject: the match is decided here, as the kernel would decide it
        return ir.IntLit(matched, loc=m.loc, type=INT64)
    start = pat.startswith("^")
    end = pat.endswith("$") and not pat.endswith("\\$")
    body = pat[1 if start else 0:len(pat) - 1 if end else len(pat)]
    loc, s = m.loc, m.subject
    if body == ".*" or (body == "" and not (start and end)):
        # matches every string: the test is the constant (when reading it does nothing)
        return ir.IntLit(0 if m.negate else 1, loc=loc, type=INT64) if _pure(s) else None
    lit = _literal(body)
    if lit is None:
        return None
    eq, ne = ("!=", "==") if m.negate else ("==", "!=")
    if start and end:
        return ir.Binary(eq, s, _str(lit, loc), loc=loc, type=INT64)
    if not start and not end:
        found = ir.Call("index", [s, _str(lit, loc)], loc=loc, type=INT64)
        return ir.Binary(ne, found, ir.IntLit(-1, loc=loc, type=INT64), loc=loc, type=INT64)
    if start and prefix == "strstr" and _pure(s):
        first = ir.Call("strstr", [s, _str(lit, loc)], loc=loc, type=STRING)
        return ir.Binary(eq, first, copy.deepcopy(s), loc=loc, type=INT64)
    if start and prefix == "substr":
        n = len(lit.encode())
        head = ir.Call("substr", [s, ir.IntLit(0, loc=loc, type=INT64), ir.IntLit(n, loc=loc, type=INT64)],
                       loc=loc, type=STRING)
        return ir.Binary(eq, head, _str(lit, loc), loc=loc, type=INT64)
    return None
