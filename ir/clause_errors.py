"""Run-time errors: stap ends the session at the first one (exit status 1); D
and Vue end only the clause that raised it and go on. A translation says the
source's rule in the target: D gets an ERROR clause that exits 1 for a stap
script (and a stap translation of D reads that clause back as stap's own rule),
stap gets `try { clause } catch { }` for a D or Vue clause that can fault, and a
D translation reads that idiom back as a plain clause. A predicate that can fault
is the clause's too: its test is the try block's first statement,
`try { if (!(pred)) next ... } catch { }` (the part of a `&&` chain that cannot
fault stays the probe's own test, above the try), read back as the predicate.
"""

from __future__ import annotations

import copy
import textwrap
from typing import Callable, Optional, Union

from . import nodes as ir
from .constint import int_value
from .constlocals import constant_int_locals
from .nonext import guard_condition, guard_of, guarded_predicate

# Functions that read kernel or user memory, and so can fault.
_MEMORY_READS = frozenset({"user_string", "kernel_string", "user_int", "kernel_int",
                           "user_long", "kernel_long", "copyin", "copyinstr", "kernel_read",
                           "user_read", "kernel_read_int"})
# D's functions that read the address they are given whatever its form (an
# integer too: inet_ntop(AF_INET, 0) faults), and inet_ntop() refuses a family
# other than AF_INET and AF_INET6 as an illegal operation.
_ADDRESS_READS = frozenset({"inet_ntop", "inet_ntoa", "inet_ntoa6"})


# What a Vue port of a stap script whose clauses can fault says above its first clause
# (frontends/vue/printer.py): Vue has no rule of stap's to write instead.
SESSION_ENDS_NOTE = ("stap ended the session, with exit status 1, at the first run-time error (a "
                     "division by 0, a bad address); a Vue error ends only its clause, and Vue's "
                     "exit() takes no status")


def errors_end_session(prog: ir.Program) -> bool:
    """The source language's rule (the backend decides it the same way: codegen
    errors_fatal)."""
    return prog.lang == "stap"


def may_fault(node, trusted: Optional[Callable[[ir.Expr], bool]] = None,
              nonzero: frozenset[str] = frozenset()) -> bool:
    """Whether `node` holds, outside any try block, an expression that can raise
    a run-time error (a memory read, a division by a variable). A cast or a
    member's address reads nothing, unless a function is given it. `trusted`: the
    member reads and read calls not to count (ones through pointers the kernel gave
    the probe); what they are given is looked at still. `nonzero`: the locals that
    hold a constant other than 0 wherever they are read (a probe's own, found here
    when `node` is the probe): a division by one cannot fault, as by the constant."""
    if isinstance(node, ir.Try):
        return may_fault(node.handler, trusted, nonzero)
    if isinstance(node, ir.TraceMem):
        return True  # (it reads its bytes at its address, which may not be mapped)
    if isinstance(node, ir.Translated) and _current_credential(node):
        return False  # (the current task's cred is always there: stap's euid() ...)
    if isinstance(node, ir.Translated) and _alias_variable(node):
        return False  # (signal-send's args[2], stap's signal.send `sig`: the alias reads it)
    if isinstance(node, ir.KernelMember) and not node.addr_of and not (trusted and trusted(node)):
        return True  # (a member's address is its base plus an offset: only the base can)
    if isinstance(node, ir.Binary) and node.op in ("/", "%") and not _nonzero_constant(node.rhs) \
            and not (isinstance(node.rhs, ir.Var) and node.rhs.scope == "local" and node.rhs.name in nonzero):
        return True
    if isinstance(node, ir.Call) and (node.name in _MEMORY_READS | _ADDRESS_READS or any(
            isinstance(x, ir.KernelCast) or (isinstance(x, ir.KernelMember) and x.addr_of)
            for a in node.args for x in ir.walk(a))) and not (trusted and trusted(node)):
        return True  # (a function given a kernel pointer reads through it: inet_ntop, d_path)
    if isinstance(node, ir.Probe):
        # (the predicate runs before the body's stores: no local holds a value there)
        return may_fault(node.predicate, trusted) or may_fault(node.body, trusted, _nonzero_locals(node.body))
    if isinstance(node, list):
        return any(may_fault(x, trusted, nonzero) for x in node)
    if isinstance(node, (ir.Expr, ir.Stmt)):
        return any(may_fault(getattr(node, f), trusted, nonzero) for f in node.__dataclass_fields__
                   if f not in ("loc", "type"))
    return False


# Why a stap port of a D or Vue script has its try blocks, said once at its top (the
# catch blocks are empty, and a reader would take one for an unfinished thought).
TRY_NOTES = {
    lang: textwrap.fill(f"In {name} a run-time error (a bad address, a division by zero) "
                        "ends only the clause it happens in; stap would end the session, so "
                        "a probe that can fault is one try block whose catch does nothing.", 76)
    for lang, name in (("d", "D"), ("vue", "ProbeVue"))}


def empty_catches_noted(prog: ir.Program) -> ir.Program:
    """For stap, last: TRY_NOTES[lang] after the script's opening comment when the port
    has a try block whose catch block is empty (a D or Vue clause that can fault)."""
    note = TRY_NOTES.get(prog.lang)
    if note is None or not any(isinstance(x, ir.Try) and not x.handler.stmts
                               for p in prog.probes for x in ir.walk(p.body)):
        return prog
    prog = copy.copy(prog)
    prog.options = {**(prog.options or {}), "header_comments": [
        *(prog.options or {}).get("header_comments", []), note]}
    return prog


def _current_credential(e: ir.Translated) -> bool:
    """Whether `e` is one of curpsinfo's credentials (frontends/d/translators.py)."""
    from xtrace.frontends.d.translators import CURRENT_CREDENTIALS
    return e.text in CURRENT_CREDENTIALS


def _alias_variable(e: ir.Translated) -> bool:
    """Whether `e` is a variable of a stap tapset alias (frontends/stap/print_signal.py)."""
    from xtrace.frontends.stap.print_signal import alias_variable
    return alias_variable(e) is not None


def _nonzero_constant(e: ir.Expr) -> bool:
    """Whether divisor `e` is a constant other than 0: a literal, or a product of
    them as people write a unit (`walltimestamp / (1000 * 1000 * 1000)`)."""
    value = int_value(e)
    return value is not None and value[0] != 0


def _nonzero_locals(body: ir.Block) -> frozenset[str]:
    """The locals of probe `body` that hold one integer constant other than 0 wherever
    they are read (ir/constlocals.py: `a = 17; b = 5` at its top, as a porter names
    the operands of `a / b`)."""
    return frozenset(name for name, e in constant_int_locals(body).items() if _nonzero_constant(e))


def is_clause_try(body: ir.Block) -> bool:
    """`try { clause } catch { }` as a whole probe body: a D clause's own rule."""
    return (len(body.stmts) == 1 and isinstance(body.stmts[0], ir.Try)
            and not body.stmts[0].handler.stmts and body.stmts[0].catch_var is None)


def is_exit_on_error(p: ir.Probe) -> bool:
    """D's `ERROR { exit(1); }`: the session ends, with status 1, at the first
    run-time error (what the D printer writes for a stap script); or
    `ERROR { flag = 1; exit(1); }`, which also skips the END clauses predicated
    `!flag` (error_flag)."""
    stmts = [s for s in p.body.stmts if not isinstance(s, ir.Comment)]
    if stmts[:1] and error_flag(p) is not None:
        stmts = stmts[1:]
    return ([pt.kind for pt in p.points] == ["error"] and p.predicate is None
            and stmts == [ir.Exit(ir.IntLit(1))])


def error_flag(p: ir.Probe) -> Optional[str]:
    """The global an ERROR clause sets to 1 first (`flag = 1;`), or None."""
    stmts = [s for s in p.body.stmts if not isinstance(s, ir.Comment)]
    first = stmts[0] if stmts else None
    if (isinstance(first, ir.ExprStmt) and isinstance(first.expr, ir.Assign) and first.expr.op == "="
            and isinstance(first.expr.target, ir.Var) and first.expr.target.scope == "global"
            and first.expr.value == ir.IntLit(1)):
        return first.expr.target.name
    return None


def end_skipped_predicate(pred: Optional[ir.Expr], flag: str) -> Union[ir.Expr, None, bool]:
    """`pred` without its leading `!flag` (`!flag` alone: None), or False when
    `pred` does not start with it."""
    negated = ir.Unary("!", ir.Var(flag, "global"))
    if pred == negated:
        return None
    if isinstance(pred, ir.Binary) and pred.op == "&&" and pred.lhs == negated:
        return pred.rhs
    return False


def _flag_read_only_so(prog: ir.Program, flag: str) -> bool:
    """Whether `flag` is a global that the ERROR clauses set to 1 and that is read
    only as the `!flag` that starts the predicates of END clauses."""
    g = prog.global_named(flag)
    if g is None or g.kind != "scalar" or g.init is not None:
        return False
    for p in prog.probes:
        pred, body = p.predicate, p.body
        if pred is not None and any(pt.kind == "end" for pt in p.points):
            rest = end_skipped_predicate(pred, flag)
            pred = pred if rest is False else rest
        if any(pt.kind == "error" for pt in p.points) and error_flag(p) == flag:
            body = [s for s in p.body.stmts if not isinstance(s, ir.Comment)][1:]
        if any(isinstance(x, ir.Var) and x.name == flag and x.scope == "global"
               for part in (pred, body) if part is not None for x in ir.walk(part)):
            return False
    return True


def _errors_as_stap(prog: ir.Program) -> ir.Program:
    """A D program whose only ERROR clauses are `exit(1)` has stap's rule: stap
    says it with no error clause at all; and since D runs its END clauses after
    that exit, where stap runs its `probe error` instead of the end probes, each
    end probe is an error probe too. Where the ERROR clauses first set a flag that
    is read only as `!flag` at the head of END predicates, those END clauses are
    skipped after the error, as stap skips its end probes: plain end probes."""
    flags = {error_flag(p) for p in prog.probes if any(pt.kind == "error" for pt in p.points)}
    if len(flags) != 1:
        return prog  # ERROR clauses that set a flag and others that do not: D's own
    flag = flags.pop()
    if flag is not None and not _flag_read_only_so(prog, flag):
        return prog  # the ERROR clauses are D's own (refused as such)
    prog = copy.copy(prog)
    probes = []
    for p in prog.probes:
        if is_exit_on_error(p):
            continue
        pred = p.predicate
        skipped = False
        if flag is not None and pred is not None and any(pt.kind == "end" for pt in p.points):
            rest = end_skipped_predicate(pred, flag)
            if rest is not False:
                pred, skipped = rest, True
        extra = [] if skipped else [ir.ProbePoint("error_end", spelling="error", loc=pt.loc)
                                    for pt in p.points if pt.kind == "end"][:1]
        probes.append(ir.Probe(p.points + extra, p.body, pred, loc=p.loc, comments=p.comments,
                               framed=p.framed, implicit=p.implicit, must_match=p.must_match))
    prog.probes = probes
    if flag is not None:
        prog.globals = [g for g in prog.globals if g.name != flag]
    return prog


def clauses_as_try(prog: ir.Program) -> ir.Program:
    """For stap, from a language whose errors end only the clause: each clause
    body that can fault wrapped in `try { } catch { }` (D's ERROR clauses are
    later that catch block: ir/error_catches.py); unless D's ERROR clause ends
    the session as stap does (_errors_as_stap), or a Vue port's note says stap's
    rule (_says_session_ends: no try blocks, but for the port of a quoted test,
    _string_test_faults_first)."""
    if errors_end_session(prog):
        return prog
    noted = _says_session_ends(prog)
    if noted:
        prog = _session_note_dropped(prog)
    errors = [p for p in prog.probes if any(pt.kind == "error" for pt in p.points)]
    if errors and all(is_exit_on_error(p) for p in errors):
        as_stap = _errors_as_stap(prog)
        if as_stap is not prog:
            return as_stap
        # (else D's own ERROR clauses: the catch blocks of the try blocks below,
        # ir/error_catches.py)
    def tried(p: ir.Probe) -> bool:
        return may_fault(p) and (not noted or _string_test_faults_first(p))
    if not any(tried(p) for p in prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        # (a predicate that can fault goes into the try block last, once the
        # printer's other passes have seen it: guards_into_clause_try)
        if tried(p):
            p.body = ir.Block([ir.Try(ir.Block(p.body.stmts, loc=p.body.loc),
                                      ir.Block([], loc=p.body.loc), loc=p.body.loc)],
                              loc=p.body.loc)
    return prog


def _is_session_note(text) -> bool:
    return isinstance(text, str) and " ".join(text.split()) == SESSION_ENDS_NOTE


def _says_session_ends(prog: ir.Program) -> bool:
    """Whether `prog`, a Vue program, is the port of a stap script that says stap's
    rule in its note (SESSION_ENDS_NOTE): the porter's word that the original ended
    the session at its first run-time error, which is stap's own rule again, as D's
    `ERROR { exit(1); }` is (_errors_as_stap). Read back, its clauses are the
    original's, without the try blocks a Vue script's clauses get."""
    said = [c for p in prog.probes for c in p.comments]
    # (first in the file, it is the script's opening comment)
    said += (prog.options or {}).get("header_comments") or []
    return prog.lang == "vue" and any(_is_session_note(c) for c in said)


def _string_test_faults_first(p: ir.Probe) -> bool:
    """Whether Vue clause `p` can fault first at its condition's last test, a user
    string read of a syscall argument compared with a literal (`get_userstring(__arg2,
    -1) == "/etc/hostname"`), and after it only where that read did: where the string
    cannot be read the clause does nothing, as the test of stap's quoted variable does
    (`filename == "\\"/etc/hostname\\""`, which never faults), the port a Vue test
    says. Read back, such a clause is in a try block even under SESSION_ENDS_NOTE
    (compared with that test: ir/rtnormal.py _quoted_test_read_first)."""
    cond, rest = p.predicate, [s for s in p.body.stmts if not isinstance(s, ir.Comment)]
    if cond is None and len(rest) == 1 and isinstance(rest[0], ir.If) and rest[0].else_ is None:
        cond, rest = rest[0].cond, rest[0].then
    if cond is None:
        return False
    conj = ir.conjuncts(cond)
    last = conj[-1]
    if any(may_fault(c) for c in conj[:-1]) or not (isinstance(last, ir.Binary) and last.op == "=="):
        return False
    reads = [a for a in (last.lhs, last.rhs) if isinstance(a, ir.Call) and a.name == "user_string"
             and len(a.args) == 1 and isinstance(a.args[0], ir.Builtin) and a.args[0].name.startswith("arg")]
    if len(reads) != 1 or not any(isinstance(a, ir.StrLit) for a in (last.lhs, last.rhs)):
        return False
    return not may_fault(rest, trusted=lambda x: x == reads[0])


def _session_note_dropped(prog: ir.Program) -> ir.Program:
    """`prog` without the note: in stap there is nothing left for it to say."""
    prog = copy.copy(prog)
    prog.probes = [p if not any(_is_session_note(c) for c in p.comments) else
                   _with_comments(p, [c for c in p.comments if not _is_session_note(c)])
                   for p in prog.probes]
    header = (prog.options or {}).get("header_comments")
    if header:
        prog.options = {**prog.options, "header_comments": [c for c in header if not _is_session_note(c)]}
    return prog


def _with_comments(p: ir.Probe, comments: list[str]) -> ir.Probe:
    p = copy.copy(p)
    p.comments = comments
    return p


def _conjuncts(e: ir.Expr) -> list[ir.Expr]:
    """The operands of a `&&` chain, as it associates (`a && b && c`: a, b, c)."""
    if isinstance(e, ir.Binary) and e.op == "&&":
        return _conjuncts(e.lhs) + [e.rhs]
    return [e]


def _split_predicate(pred: ir.Expr) -> tuple[Optional[ir.Expr], ir.Expr]:
    """`pred` as the test that cannot fault, the leading operands of its `&&`
    chain (None when the first can fault), and the rest, which can."""
    parts = _conjuncts(pred)
    safe = 0
    while not may_fault(parts[safe]):
        safe += 1
    if not safe:
        return None, pred
    outer = pred  # the chain's left operand holding exactly the first `safe` operands
    for _ in range(len(parts) - safe):
        outer = outer.lhs
    inner = parts[safe]
    for part in parts[safe + 1:]:
        inner = ir.Binary("&&", inner, part, loc=inner.loc, type=pred.type)
    return outer, inner


def guards_into_clause_try(prog: ir.Program) -> ir.Program:
    """For stap, after clauses_as_try and the passes that read predicates: each
    clause's predicate that can fault tested as the first statement of its try
    block (`if (!(pred)) next`), so that a fault there ends that clause only, as
    in D and Vue; the leading operands of a `&&` chain that cannot fault stay the
    probe's predicate (a `pid == $target &&` in front, as a stap user writes it)."""
    if errors_end_session(prog) or not any(_guard_goes_in(p) for p in prog.probes):
        return prog
    prog = copy.copy(prog)
    probes = []
    for p in prog.probes:
        if _guard_goes_in(p):
            p = copy.copy(p)
            outer, inner = _split_predicate(p.predicate)
            tried = p.body.stmts[0]
            guard = ir.If(guard_condition(inner), ir.Next(loc=inner.loc), loc=inner.loc)
            body = ir.Block([guard] + list(tried.body.stmts), loc=tried.body.loc)
            p.body = ir.Block([ir.Try(body, tried.handler, loc=tried.loc)], loc=p.body.loc)
            p.predicate = outer
        probes.append(p)
    prog.probes = probes
    return prog


def _guard_goes_in(p: ir.Probe) -> bool:
    return p.predicate is not None and is_clause_try(p.body) and may_fault(p.predicate)


def clause_try_guard(p: ir.Probe) -> Optional[tuple[ir.Expr, list[ir.Stmt]]]:
    """For a clause `try { if (c) next ... } catch { }` (guards_into_clause_try):
    its whole predicate (the probe's own, if any, `&&` the one c stands for) and
    the try block's statements after the test; else None."""
    if not is_clause_try(p.body):
        return None
    stmts = p.body.stmts[0].body.stmts
    cond = guard_of(stmts[0]) if stmts else None
    if cond is None:
        return None
    pred = p.predicate
    for part in _conjuncts(guarded_predicate(cond)):
        pred = part if pred is None else ir.Binary("&&", pred, part, loc=pred.loc, type=pred.type)
    return pred, list(stmts[1:])


def unwrap_clause_try(prog: ir.Program) -> ir.Program:
    """For D and Vue: `try { clause } catch { }` bodies as plain clauses (the test
    that starts the try block, the clause's predicate: clause_try_guard)."""
    if not any(is_clause_try(p.body) for p in prog.probes):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        guarded = clause_try_guard(p)
        if guarded is not None:
            p.predicate, stmts = guarded
            p.body = ir.Block(stmts, loc=p.body.loc)
        elif is_clause_try(p.body):
            p.body = ir.Block(p.body.stmts[0].body.stmts, loc=p.body.loc)
    return prog
