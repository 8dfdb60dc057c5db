"""D's speculative tracing said with stap's speculative.stp (library_extra.SPECULATIVE).

D's speculate(id) sends the records of the rest of its clause to speculation `id`;
stap's speculate(id, output) holds one string. So each record of such a clause is
`speculate(id, sprintf(...))` with the text printf would print, and speculation(),
commit() and discard() keep their names. What the two do not share, and how the
port deals with it:

* the id's value: D's speculation() gives 1..nspec, an id again once committed or
  discarded, and 0 when all nspec are busy; stap's counts up and never fails. A
  script that does more with the id than pass it on and test it for 0 is refused
  (`id_uses`); one whose speculations may be more than nspec at once gets from
  stap what D drops, which the comment above the first speculate() says (SPEC_NOTE);
* id 0 (and an id not active): D drops the records; stap holds output for any id.
  A literal 0 is D's no-op, so its records and its commit/discard are left out;
  an id written as another number is refused (stap's ids are speculation()'s);
* non-quiet framing: D prints a speculative clause's probe prefix with its records,
  at commit: the prefix printf (explicit_framing's) moves after the speculate()
  (`reordered`). DTrace prints the heading with the first record it prints, a
  commit's when nothing printed before: the speculative clause notes that its id
  holds a record and the commit prints the heading if still due (ir/specheading.py;
  a script whose speculations are all discarded prints none);
* specsize: an explicit one is refused (D drops a clause's records that do not fit;
  stap's arrays hold MAXMAPENTRIES pieces, the oldest going); with the default
  (megabytes) the two agree for any script that prints lines. When the consumer
  reads a commit is not modelled: stap prints it at once.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.framing import FLOW_HEADING, HEADING
from xtrace.ir.loc import XtraceError
from xtrace.ir.specheading import HELD_OPTION
from xtrace.ir.specids import key, shown_id

SPEC_NOTE = ("# D's speculation() gives 0 once its nspec buffers are busy, and D drops what",
             "# is speculated on an id committed already; stap's never fails, and an id",
             "# takes output after its commit: what D drops prints here")

_ID_SHOWN = ("the value of a D speculation id cannot be expressed in stap: D's speculation() gives "
             "1..nspec (an id again after its commit or discard, 0 when all are busy), stap's "
             "counts up from 1 and never fails; only passing the id to speculate(), commit() and "
             "discard() and testing it for 0 translate")
_NUMBERED = ("a D speculation id written as a number (other than 0) cannot be expressed in stap: "
             "stap's ids are only those speculation() gave out, and stap holds output for any id "
             "where D drops the records of one not active")


def check_id(e: ir.Expr, s: ir.Stmt) -> None:
    """Refuse an id written as a number other than 0 (see _NUMBERED)."""
    if isinstance(e, ir.IntLit) and e.value != 0:
        raise XtraceError(_NUMBERED, s.loc)


def _heading(s: ir.Stmt) -> bool:
    return any(isinstance(x, ir.Printf) and x.fmt in (HEADING, FLOW_HEADING) for x in ir.walk(s))


def reordered(stmts: list[ir.Stmt]) -> list[ir.Stmt]:
    """A D clause's top-level statements in the order stap prints what D does: a
    speculative clause's prefix after its speculate() (D allows no record before
    speculate(), so every printf before it is explicit_framing's; such a clause has
    no heading: ir/specheading.py puts it at the commit)."""
    for i, s in enumerate(stmts):
        if isinstance(s, ir.Speculate) and s.tentative is None:
            moved = [x for x in stmts[:i] if isinstance(x, ir.Printf) and not _heading(x)]
            kept = [x for x in stmts[:i] if not any(x is m for m in moved)]
            return kept + [s] + moved + stmts[i + 1:]
        # a clause that can fault is a try block (ir.clause_errors), framing and all,
        # and clauses merged into one probe are blocks and ifs (ir.clausemerge)
        for field in ("body", "then", None):
            block = s if field is None else getattr(s, field, None)
            if isinstance(block, ir.Block) and isinstance(s, (ir.Try, ir.If, ir.Block)) \
                    and any(isinstance(x, ir.Speculate) for x in ir.walk(block)):
                inner = dataclasses.replace(block, stmts=reordered(block.stmts))
                new = inner if field is None else dataclasses.replace(s, **{field: inner})
                return stmts[:i] + [new] + stmts[i + 1:]
    return stmts


def check_specsize(prog: ir.Program, s: ir.Speculate) -> None:
    """Refuse a D script that sets specsize (see the module's docstring)."""
    if "SPECSIZE" in ((prog.options or {}).get("limits") or {}):
        raise XtraceError("D's specsize option (a speculation's records that do not fit are "
                          "dropped) has no stap equivalent (stap's speculate() keeps up to "
                          "MAXMAPENTRIES strings)", s.loc)


def clause_rest(stmts: list[ir.Stmt], s: ir.Speculate) -> list[ir.Stmt]:
    """The statements after speculate() `s` in its clause: those after it in the
    statement list that holds it (D's speculate() is a top-level statement of its
    clause; a clause merged with others is a block or an if of its own)."""
    if any(x is s for x in stmts):
        return stmts[next(i for i, x in enumerate(stmts) if x is s) + 1:]
    for x in stmts:
        for block in (y for y in ir.walk(x) if isinstance(y, ir.Block)):
            if any(z is s for z in block.stmts):
                return clause_rest(block.stmts, s)
    return []


def stable_id(s: ir.Speculate, rest: list) -> None:
    """Refuse a speculate() whose id the clause's code after it (`rest`, its nodes)
    may change: each record after it reads the id again (D reads it once, at the
    speculate())."""
    names = {key(x) for x in ir.walk(s.id) if isinstance(x, (ir.Var, ir.Index))}
    if any(not isinstance(x, (ir.Var, ir.Index, ir.IntLit)) for x in ir.walk(s.id)
           if not isinstance(x, ir.Builtin)):
        raise XtraceError("a speculate() id computed by an expression cannot be expressed in "
                          "stap here (each speculate(id, ...) of the clause reads it again); "
                          "nearest: keep the id in a variable", s.loc)
    for x in rest:
        if isinstance(x, (ir.Assign, ir.IncDec)) and key(x.target) in names:
            raise XtraceError("a speculate() whose clause changes the id after it cannot be "
                              "expressed in stap (each speculate(id, ...) reads the id again, "
                              "D's records all go to the id speculate() read)", x.loc)


def id_uses(prog: ir.Program) -> Optional[XtraceError]:
    """The refusal for a D program that reads a speculation id's value for more than
    passing it on or testing it for 0 (ir.specids), None when it does not."""
    # (the key of specheading's note that a speculation holds a framed record is
    # a use of the id stap has too)
    noted = set((prog.options or {}).get(HELD_OPTION, ()))
    found = shown_id(prog, lambda e: isinstance(e, ir.Call) and e.name == "speculation",
                     lambda e, parent: (isinstance(parent, (ir.Speculate, ir.SpecEnd)) and e is parent.id)
                     or (isinstance(parent, (ir.Index, ir.Delete)) and parent.map in noted))
    return XtraceError(_ID_SHOWN, found.loc) if found is not None else None
