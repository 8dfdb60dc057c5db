"""A long string built by one nest of strjoin() calls, written as a porter writes it
in D: one strjoin() a statement, each adding a piece to what the variable holds.

stap's `.` and Vue's `+` chain a string's pieces (`args = "\\"" . user_string(p) .
"\\", " . mode_str . ...`); D has strjoin() of two strings and no sprintf(), so the
chain's D text is a nest, `strjoin(strjoin(strjoin(...), ...), ...)`, eight deep for
an argstr. A person writes it in steps:

    this->args = strjoin("\\"", copyinstr(arg0));
    this->args = strjoin(this->args, "\\", ");
    ...

which stores the same string (each strjoin's result is cut at strsize either way).
A clause-local target takes the steps itself. A self-> or global target is built in
a clause-local of its name and stored once at the end: a piece that faults (a
copyinstr() of a bad address) ends the clause before that store, so the variable
keeps its old value as the nest leaves it. Not for a chain that reads its own target
(each step changes it), nor where the clause-local's name is some clause's own
this-> variable (D gives a this-> variable one type in the whole program).
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

# pieces from which the nest is written in steps: three strjoin()s and more (two read
# well enough, `strjoin(strjoin(a, " "), b)`)
MIN_PIECES = 4


def join_pieces(e: ir.Expr) -> list[ir.Expr]:
    """The pieces of a left-to-right `.` chain, in order (a parenthesized chain on the
    right is one piece: it is joined before it is added)."""
    if isinstance(e, ir.Binary) and e.op == ".":
        return join_pieces(e.lhs) + [e.rhs]
    return [e]


def _reads(pieces: list[ir.Expr], name: str, scope: str) -> bool:
    return any(isinstance(x, ir.Var) and x.name == name and x.scope == scope
               for x in ir.walk(pieces))


def steps_of(e: ir.Expr, prog: ir.Program) -> Optional[tuple[Optional[ir.Var], list[ir.Expr]]]:
    """For `target = a . b . c . d ...` (MIN_PIECES pieces or more) whose pieces do
    not read the target: (the clause-local to build it in, None when the target is
    one, and the pieces); None for anything else."""
    if not (isinstance(e, ir.Assign) and e.op == "=" and isinstance(e.target, ir.Var)):
        return None
    pieces = join_pieces(e.value)
    t = e.target
    if len(pieces) < MIN_PIECES or _reads(pieces, t.name, t.scope):
        return None
    if t.scope == "local":
        return None if t.type is not None and not t.type.is_str else (None, pieces)
    if any(_reads([p.body, p.predicate] if p.predicate is not None else [p.body], t.name, "local")
           for p in prog.probes):
        return None  # this-><name> is some clause's own variable already
    return ir.Var(t.name, scope="local", type=t.type), pieces
