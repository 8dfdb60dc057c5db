"""A D or Vue port of stap's user_string_warn(), said in stap as its author wrote it.

uconversions.stp's user_string_warn(p[, msg]) and user_string_n_warn(p, n[, msg])
give the string, or msg ("" by default, with a warning) where p cannot be read.
D and Vue have no such reader: their ports read with copyinstr() and
get_userstring(), whose fault ends the clause instead, and say so in a note of
the clause, one text a clause (frontends/d/printer.py, frontends/vue/printer.py:
`stap warned and printed "" where the string could not be read; D reports the
fault instead`; stap's user_string(p, err), which does not warn, is noted without
"warned and", and stays user_string() read back). The note is the porter's word
that the clause's reads stand for stap's reader of that default: read back, each user-string read of the clause
(its predicate's too) is that reader again, which cannot fault, and the note,
which the stap text no longer needs, goes. A clause with notes of two defaults
is left as it is (which read had which is not said), and so is every clause of a
port that says stap ended the session at a fault (D's ERROR clause, Vue's note):
there some reads were stap's user_string(), which the note does not tell apart.

stap's user_string(p, err), which gives err where p cannot be read and does not
warn, is noted without "warned and" (`stap printed "-" where ...`): read back,
the clause's read is that reader again (user_string(p, "-"), which cannot fault
either), but only where the clause's one string read is such a user string
(copyinstr(p), get_userstring(p, -1)): user_string(p, err) has no size, and a
clause that also reads a kernel string or a string of a size could have had its
note from that one.
"""

from __future__ import annotations

import ast
import copy
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import STRING

# the printers' note (a literal in D's or Vue's spelling, which for a plain text is
# a Python literal too)
_NOTE = re.compile(r'stap (warned and )?printed ("(?:[^"\\]|\\.)*") where the string could not be read; '
                   r"(?:D|Vue) reports the fault instead")
# the IR of stap's user_string(p, err) (frontends/stap/library.py)
_FALLBACK_READ = "user_string2"


def warn_reads_restored(prog: ir.Program) -> ir.Program:
    """`prog` (a D or Vue program) with the user-string reads of each clause that
    carries the note as stap's user_string_warn() / user_string_n_warn() (see the
    module docstring); `prog` itself when no clause does."""
    if prog.lang not in ("d", "vue") or not any(_default(p) is not None for p in prog.probes) \
            or _session_ends_at_faults(prog):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        said = _default(p)
        if said is None:
            continue
        msg, warned = said

        def fn(x, msg=msg, warned=warned):
            if not (isinstance(x, ir.Call) and x.name == "user_string" and len(x.args) in (1, 2)):
                return x
            if not warned:
                return ir.Call(_FALLBACK_READ, [x.args[0], ir.StrLit(msg, loc=x.loc, type=STRING)],
                               loc=x.loc, type=STRING)
            name = "user_string_warn" if len(x.args) == 1 else "user_string_n_warn"
            extra = [ir.StrLit(msg, loc=x.loc, type=STRING)] if msg else []
            return ir.Call(name, list(x.args) + extra, loc=x.loc, type=STRING)
        p.body = ir.map_tree(p.body, fn)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, fn)
        for b in ir.walk(p.body):
            if isinstance(b, ir.Block):
                b.stmts = [s for s in b.stmts if not (isinstance(s, ir.Comment) and _NOTE.fullmatch(s.text))]
    return prog


def _default(p: ir.Probe) -> Optional[tuple[str, bool]]:
    """The one default the notes of clause `p` name and whether stap warned, or None
    (no note, two, or user_string(p, err)'s note where the clause reads another
    string besides its user strings of one argument)."""
    said = {(m.group(2), bool(m.group(1))) for s in ir.walk(p.body) if isinstance(s, ir.Comment)
            for m in [_NOTE.fullmatch(s.text)] if m}
    if len(said) != 1:
        return None
    literal, warned = said.pop()
    try:
        text = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return None
    if not isinstance(text, str):
        return None
    if not warned and any(isinstance(x, ir.Call) and x.name in _STRING_READS
                          and not (x.name == "user_string" and len(x.args) == 1)
                          for x in ir.walk([p.body, p.predicate])):
        return None
    return text, warned


# the string reads a D or Vue program's IR holds (copyinstr(), stringof() of an
# address, get_userstring(), get_kstring())
_STRING_READS = frozenset({"user_string", "kernel_string"})


def _session_ends_at_faults(prog: ir.Program) -> bool:
    """Whether the port says stap ended the session at a run-time error: D's ERROR
    clause, Vue's note of it (frontends/vue/printer.py)."""
    if any(pt.kind == "error" for p in prog.probes for pt in p.points):
        return True
    said = [c for p in prog.probes for c in p.comments or []]
    said += list((prog.options or {}).get("header_comments") or [])
    return any("stap ended the session" in c for c in said if isinstance(c, str))
