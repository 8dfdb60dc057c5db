"""A Vue uft function regular expression as the shell globs that match the same names.

Vue names the functions of a uft probe with an extended regular expression
(`@@uft:$__CPID:libc.so.6:/^sync(fs)?$/:entry`); D's pid provider and stap's
process().function() take a name or a glob. Many such expressions are a few
alternatives of literals, `.`, `.*` and bracket classes, which a porter writes as
one probe point per glob: `sync` and `syncfs` here. An expression with a
repetition a glob cannot say (`a+`, `(ab)*`), or with too many alternatives, has
no such list.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Optional

from . import nodes as ir
from .elfsyms import is_regex_name

# more points than this is no longer what a porter writes (the refusal names the nearest)
MAX_GLOBS = 8

_GLOB_SPECIAL = set("*?[]")


class _NoGlob(Exception):
    """The expression has no finite list of globs."""


def regex_as_globs(pattern: str, limit: int = MAX_GLOBS) -> Optional[list[str]]:
    """The globs that together match exactly the names regular expression `pattern`
    (POSIX ERE, searched as Vue does: unanchored ends match anything) matches, in
    the order its alternatives give them; None when there is no such short list."""
    try:
        parser = _Parser(pattern, limit)
        globs = parser.top()
    except _NoGlob:
        return None
    out: list[str] = []
    for g in globs:
        if g not in out:
            out.append(g)
    return out if out and "" not in out else None


def _lit(c: str) -> str:
    return f"[{c}]" if c in _GLOB_SPECIAL else c


class _Parser:
    def __init__(self, text: str, limit: int) -> None:
        self.s, self.i, self.limit = text, 0, limit

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def top(self) -> list[str]:
        out = []
        while True:
            start = self.peek() == "^"
            if start:
                self.i += 1
            body = self.sequence(top=True)
            end = self.peek() == "$"
            if end:
                self.i += 1
            out += [("" if start else "*") + b + ("" if end else "*") for b in body]
            if self.peek() == "|":
                self.i += 1
                continue
            if self.peek():
                raise _NoGlob
            return [_tidy(g) for g in self.capped(out)]

    def capped(self, globs: list[str]) -> list[str]:
        if len(globs) > self.limit:
            raise _NoGlob
        return globs

    def alternatives(self) -> list[str]:
        out = self.sequence()
        while self.peek() == "|":
            self.i += 1
            out = self.capped(out + self.sequence())
        return out

    def sequence(self, top: bool = False) -> list[str]:
        parts: list[list[str]] = []
        while self.peek() and self.peek() not in "|)" and not (top and self.peek() == "$"):
            parts.append(self.quantified())
        product = [""]
        for options in parts:
            product = self.capped([a + b for a, b in itertools.product(product, options)])
        return product

    def quantified(self) -> list[str]:
        atom, any_char = self.atom()
        q = self.peek()
        if q == "?":
            self.i += 1
            return self.capped([""] + atom)
        if q in ("*", "+"):
            self.i += 1
            if not any_char:
                raise _NoGlob  # a glob repeats only "any character"
            return ["*"] if q == "*" else ["?*"]
        if q == "{":
            close = self.s.find("}", self.i)
            if close < 0:
                raise _NoGlob
            lo, comma, hi = self.s[self.i + 1:close].partition(",")
            if not lo.isdigit() or (hi and not hi.isdigit()) or (comma and not hi):
                raise _NoGlob  # `{m,}` repeats without end
            self.i = close + 1
            lo_n = int(lo)
            hi_n = int(hi) if comma else lo_n
            if hi_n > self.limit:
                raise _NoGlob
            return self.capped(["".join(p) for n in range(lo_n, hi_n + 1)
                                for p in itertools.product(atom, repeat=n)])
        return atom

    def atom(self) -> tuple[list[str], bool]:
        c = self.peek()
        self.i += 1
        if c == "(":
            inner = self.alternatives()
            if self.peek() != ")":
                raise _NoGlob
            self.i += 1
            return inner, False
        if c == ".":
            return ["?"], True
        if c == "[":
            return [self.bracket()], False
        if c == "\\":
            nxt = self.peek()
            if not nxt or nxt.isalnum():
                raise _NoGlob  # `\d`, `\w`, `\b`: classes and assertions
            self.i += 1
            return [_lit(nxt)], False
        if c in "^$*+?{}|)":
            raise _NoGlob  # an anchor inside, or a quantifier with nothing before it
        return [_lit(c)], False

    def bracket(self) -> str:
        end = self.i
        if end < len(self.s) and self.s[end] == "^":
            end += 1
        if end < len(self.s) and self.s[end] == "]":
            end += 1
        end = self.s.find("]", end)
        if end < 0:
            raise _NoGlob
        body = self.s[self.i:end]
        self.i = end + 1
        if "[:" in body or "\\" in body or body.lstrip("^").startswith("!"):
            # POSIX classes and escapes read differently in a glob, and a glob's
            # `[!` negates where the expression's means the character
            raise _NoGlob
        return "[!" + body[1:] + "]" if body.startswith("^") else "[" + body + "]"


def _tidy(glob: str) -> str:
    while "**" in glob:
        glob = glob.replace("**", "*")
    return glob


def regex_functions_as_globs(prog: ir.Program) -> ir.Program:
    """`prog` with each uft point whose function is a regular expression that
    regex_as_globs() can say as globs written as one point per glob (the point
    itself where it cannot: the printers refuse it, naming the nearest); `prog`
    itself when there is none."""
    probes, changed = [], False
    for probe in prog.probes:
        points: list[ir.ProbePoint] = []
        for p in probe.points:
            globs = regex_as_globs(p.name[1:-1]) if p.kind == "ufunc" and is_regex_name(p.name) \
                else None
            points += [dataclasses.replace(p, name=g) for g in globs] if globs else [p]
            changed = changed or bool(globs)
        probes.append(dataclasses.replace(probe, points=points) if points != probe.points else probe)
    return dataclasses.replace(prog, probes=probes) if changed else prog
