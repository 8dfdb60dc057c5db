"""`translate --force`: what a printer cannot say becomes a marked comment.

Without --force a printer stops at the first construct the target language
cannot express (an XtraceError naming it, with its location). With --force
the printers run each statement, clause and program-level step through
`Gaps.attempt`: a failing piece is replaced by one comment that says what was
left out and where, the error is kept for the driver to report, and the rest
of the program is still printed.

Where the refusal names a nearest equivalent that is real code of the target
(print(a) for a table Vue cannot lay out as D does), the printer emits that
code after a comment saying what differs (`nearest_comment`) and reports the
refusal through `Gaps.substitute`: the data still reaches the output, in the
target's own layout, and the driver still warns about the gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Callable, Optional, TypeVar

from xtrace.ir.loc import XtraceError

T = TypeVar("T")


def gap_comment(ex: XtraceError) -> str:
    """The marker put where an untranslated clause or declaration was (a C
    comment: all three languages accept `/* */`)."""
    where = f" at {ex.loc}" if ex.loc is not None and ex.loc.line > 0 else ""
    msg = " ".join(ex.message.split()).replace("*/", "* /")
    return f"/* xtrace --force: not translated{where}: {msg} */"


def gap_statement(ex: XtraceError) -> str:
    """The marker for an untranslated statement: the comment and an empty
    statement, so that it can stand as an if's branch in every language."""
    return gap_comment(ex) + " ;"


def nearest_comment(ex: XtraceError, differs: str) -> str:
    """The marker put before the nearest code printed in place of what `ex` refuses:
    where the construct was and how the code's output differs from it."""
    where = f" at {ex.loc}" if ex.loc is not None and ex.loc.line > 0 else ""
    msg = " ".join(differs.split()).replace("*/", "* /")
    return f"/* xtrace --force: nearest equivalent{where}: {msg} */"


@dataclass
class Gaps:
    """The gaps of one translation; `force` False means the first one is fatal."""

    force: bool = False
    found: list[XtraceError] = field(default_factory=list)
    # those of `found` whose nearest code was printed in their place (`substitute`)
    approximated: list[XtraceError] = field(default_factory=list)

    # names (ir.inline.effects' pairs) that only left-out code sets: code reading
    # them is left out too (print_forced), with the gap that left them unset
    unset: dict = field(default_factory=dict)
    # the names set by code printed, and by code left out (with its gap), as the
    # printer goes: what print_forced's next round leaves unset
    kept_sets: set = field(default_factory=set)
    gap_sets: dict = field(default_factory=dict)
    # a script's locals are the probe's own: counted per probe printed (its serial)
    probe_serial: int = 0
    # names the target cannot have at all (a stap statistic D cannot aggregate): every
    # statement reading or setting one is a gap, with this error
    unsayable: dict = field(default_factory=dict)
    # the target language ("D", "Vue") of a --force port of a stap -g script whose
    # writes to target variables it cannot say: each statement writing one is a gap
    target_writes: Optional[str] = None

    def attempt(self, fn: Callable[[], T], on_gap: Callable[[XtraceError], T],
                undo: Optional[Callable[[], None]] = None, node=None) -> T:
        """fn(), or (with force) undo whatever it half-printed and on_gap(error).
        `node`: the IR statement or probe fn prints, whose sets and reads print_forced
        follows (with force only)."""
        marks = len(self.found), len(self.approximated)
        if self.force and node is not None:
            from xtrace.ir import nodes as ir
            if isinstance(node, ir.Probe):
                self.probe_serial += 1
        try:
            if self.force and node is not None:
                self._check_unset(node)
            out = fn()
        except XtraceError as ex:
            if not self.force:
                raise
            if undo is not None:
                undo()
            # what fn() substituted before it failed was undone with its text
            del self.found[marks[0]:], self.approximated[marks[1]:]
            self.found.append(ex)
            if node is not None:
                for key in self._keyed(_sets(node, own=False)):
                    self.gap_sets.setdefault(key, ex)
            return on_gap(ex)
        if self.force and node is not None:
            self.kept_sets |= self._keyed(_sets(node, own=True))
            left_out = getattr(node, "left_out", None)
            if left_out is not None:  # a gap made before printing: its stores are gaps too
                ex, stmt = left_out
                for key in self._keyed(_sets(stmt, own=False)):
                    self.gap_sets.setdefault(key, ex)
        return out

    def _keyed(self, names: set) -> set:
        return {k + (self.probe_serial,) if k[0] == "local" else k for k in names}

    def _check_unset(self, node) -> None:
        if self.target_writes:
            write = _target_write(node)
            if write is not None:
                raise XtraceError(target_write_refusal(self.target_writes), write.target.loc)
        # (of several names, the one whose gap comes first, so that every run names the
        # same: the sets' order is the string hash's, which differs from run to run)
        if self.unsayable:
            said = [self.unsayable[k] for k in _reads(node) | _sets(node, own=True) if k in self.unsayable]
            if said:
                raise min(said, key=_where)
        unset = [(self.unset[k], k) for k in self._keyed(_reads(node)) if k in self.unset]
        if unset:
            ex, key = min(unset, key=lambda u: (_where(u[0]), u[1][1]))
            where = f" (at {ex.loc})" if ex.loc is not None and ex.loc.line > 0 else ""
            raise XtraceError(f"'{key[1]}' is set only by code left out{where}, so what "
                              "reads it is left out too", getattr(node, "loc", None))

    def substitute(self, ex: XtraceError) -> bool:
        """With force: keep `ex` as a gap whose nearest code the caller prints in its
        place (after `nearest_comment`), and say True. Without: False (the caller
        raises `ex`)."""
        if not self.force:
            return False
        if not any(ex is x for x in self.found):  # (one error substituted at each use)
            self.found.append(ex)
            self.approximated.append(ex)
        return True

    def approximate(self, ex: XtraceError) -> bool:
        """Whether `ex` was substituted by its nearest code rather than left out."""
        return any(ex is x for x in self.approximated)


def target_write_refusal(lang: str) -> str:
    """Why a write to a target variable (stap -g) is not ported into D or Vue (`lang`)."""
    return (f"a write to a target variable (stap -g, guru mode) has no {lang} equivalent: "
            f"{lang} reads the probed code's arguments and variables, never writes them")


def _target_write(node):
    """The first write in statement `node`'s own parts to what is not a script variable
    or array (stap -g's `$count = 0`, a member of a kernel structure), or None."""
    from xtrace.ir import nodes as ir
    for e in _own_parts(node):
        for x in ir.walk(e):
            if isinstance(x, (ir.Assign, ir.IncDec)) and not isinstance(x.target, (ir.Var, ir.Index)):
                return x
    return None


def _own_parts(node) -> list:
    """The expressions of statement `node` itself, not of the statements in it (each
    of those is printed, or left out, by an attempt of its own); a probe's predicate."""
    from xtrace.ir import nodes as ir
    if isinstance(node, ir.Probe):
        return [node.predicate] if node.predicate is not None else []
    parts: list = []
    for f in fields(node):
        v = getattr(node, f.name)
        for x in (v if isinstance(v, (list, tuple)) else [v]):
            if isinstance(x, ir.Expr):
                parts.append(x)
    return parts


def _where(ex: XtraceError) -> tuple:
    """`ex`'s place in the script, for a choice that is the same in every run."""
    loc = ex.loc
    return (0, "", 0, 0, str(ex)) if loc is None else (1, loc.file or "", loc.line, loc.col, str(ex))


def _sets(node, own: bool) -> set:
    """The names `node` gives a value (not a delete or clear, which leaves a name
    unset): its own parts' (`own`, see _own_parts) or everything in it."""
    from xtrace.ir import nodes as ir
    from xtrace.ir.inline import node_effects, effects
    if not own:
        roots = [node.predicate, node.body] if isinstance(node, ir.Probe) else [node]
        return {k for r in roots if r is not None for k in _defines(r)}
    out = set() if isinstance(node, (ir.Probe, ir.Delete)) else set(node_effects(node)[1])
    for e in _own_parts(node):
        out |= effects(e)[1]
    return out


def _defines(root) -> set:
    from xtrace.ir import nodes as ir
    from xtrace.ir.inline import node_effects
    return {k for x in ir.walk(root) if not isinstance(x, ir.Delete) for k in node_effects(x)[1]}


def _reads(node) -> set:
    """The names `node` itself reads (a delete or clear of a name counts: the target
    refuses one of an array it never saw set)."""
    from xtrace.ir import nodes as ir
    from xtrace.ir.inline import node_effects
    out = set() if isinstance(node, ir.Probe) else set(node_effects(node)[0])
    if isinstance(node, ir.Delete):
        out.add(("map", node.map))
    elif isinstance(node, ir.AggControl):
        out.add(("map", node.agg))
    for e in _own_parts(node):
        out |= _expr_reads(e)
    return out


def _expr_reads(e) -> set:
    """What expression `e` reads: the target of a plain `=` is not read (its keys are)."""
    from xtrace.ir import nodes as ir
    from xtrace.ir.inline import node_effects
    if isinstance(e, ir.Assign) and e.op == "=":
        t = e.target
        keys = [k for k in (getattr(t, "keys", None) or []) if isinstance(k, ir.Expr)]
        return _expr_reads(e.value).union(*(_expr_reads(k) for k in keys))
    out = set(node_effects(e)[0])
    for f in fields(e):
        v = getattr(e, f.name)
        for x in (v if isinstance(v, (list, tuple)) else [v]):
            if isinstance(x, ir.Expr):
                out |= _expr_reads(x)
    return out


def print_forced(print_once: Callable[[Gaps], str], gaps: Gaps, rounds: int = 6) -> str:
    """A --force translation printed until no code reads what only left-out code sets.
    A gap can leave a variable, an array or an aggregation without any store (a
    statement setting `this->s` from a call the target has no form for): code reading
    it would make the port fail to compile (`unknown identifier`, Vue's "read before
    it is assigned"), so the next round leaves that code out too, each with a gap
    naming the first; and so on, as the names it set go unset in turn."""
    unset: dict = {}
    while True:
        trial = Gaps(force=True, unset=dict(unset), target_writes=gaps.target_writes)
        text = print_once(trial)
        more = {k: ex for k, ex in trial.gap_sets.items() if k not in trial.kept_sets and k not in unset}
        rounds -= 1
        if not more or rounds == 0:
            # (one error of a name the target cannot have is each using statement's)
            gaps.found += list({id(ex): ex for ex in trial.found}.values())
            gaps.approximated += trial.approximated
            return text
        unset.update(more)


def library_function(f, readers: frozenset[str] = frozenset()) -> bool:
    """Whether `f` is a function of stap's tapset library appended to the script that
    computes a value (errno_str()) or keeps state of its own (`__xt_` globals, the
    stopwatches): written out, it would bring the library's insides into the
    translation and into its messages, where the tapset function is what the
    script's reader knows. Those that only print (ansi_clear_screen()) are plain
    script code."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    from xtrace.ir import nodes as ir
    if f.loc.file != TAPSET_FILE:
        return False
    if one_expression_reader(f, readers):
        return False
    names = [f.name] + [getattr(x, "name", None) or getattr(x, "map", None) or ""
                        for x in ir.walk(f.body)]
    return any(isinstance(n, str) and n.startswith("__xt") for n in names) or any(
        isinstance(x, ir.Return) and x.value is not None for x in ir.walk(f.body))


# The built-ins a one-expression reader may call: D's own (inet_get_ip_source() is
# `inet_ntop(2, &((struct sock *)sk)->__sk_common.skc_daddr)`).
_READERS = frozenset({"inet_ntop"})


def one_expression_reader(f, readers: frozenset[str] = frozenset()) -> bool:
    """Whether tapset function `f` is one returned expression that only reads (a
    member of a @cast, a byte swap: inet_get_local_port(sk) is
    `ntohs(@cast(sk, "inet_sock")->inet_sport)`): written out at the call, it is
    what a D or Vue user writes for it (`ntohs(((struct inet_sock *)arg0)->inet_sport)`),
    so it is not kept a function the port refuses. Not one calling a function (another
    tapset function, or a built-in such as kernel_string_n(), task_dentry_path(),
    whose failure to translate would name the tapset's insides, not the function the
    script calls; _READERS aside), nor one with state of xtrace's own (`__xt` names)."""
    from xtrace.ir import nodes as ir
    stmts = [s for s in f.body.stmts if not isinstance(s, ir.Comment)]
    if len(stmts) != 1 or not isinstance(stmts[0], ir.Return) or stmts[0].value is None:
        return False
    for x in ir.walk(stmts[0].value):
        if isinstance(x, (ir.FuncCall, ir.Assign)) or (isinstance(x, ir.Call)
                                                        and x.name not in _READERS | readers):
            return False
        name = getattr(x, "name", None) or getattr(x, "map", None)
        if isinstance(name, str) and name.startswith("__xt"):
            return False
    return True


# what a port writes for a tapset function's call it cannot write out, by name
_TAPSET_NEAREST = {
    "errno_str": "a comparison of the error number, as a port writes one with a name "
                 "(errno_str(retval) == \"ETIMEDOUT\" is `retval == -110 || retval == 110`)",
    "errno_p": "a test of the error number (`retval < 0`)",
}


def _tapset_function_kept(prog, f, target: str) -> XtraceError:
    """The error for stap tapset function `f` (errno_str()), which the port writes out
    as the script's own (tapset_tables.py), left a function: at its first call, named
    as the tapset's, with why and the nearest form."""
    from xtrace.ir import nodes as ir
    cond = next((x for p in prog.probes for x in ir.walk(p.predicate)
                 if isinstance(x, ir.FuncCall) and x.name == f.name), None)
    if cond is not None:
        where = "predicate" if target == "D" else "`when` condition"
        why = (f"the call is in the probe's condition (the clause's {where}), which has no "
               "room for the statements it is written out as")
        at = cond.loc
    else:
        from xtrace.ir.inline import why_kept
        why = why_kept(f, prog, target)
        at = next((x.loc for p in prog.probes for x in ir.walk([p.predicate, p.body])
                   if isinstance(x, ir.FuncCall) and x.name == f.name), f.loc)
    near = _TAPSET_NEAREST.get(f.name)
    return XtraceError(f"stap's tapset function {f.name}() cannot be written out in {target} "
                       f"here: {why}" + (f"; nearest: {near}" if near else ""), at)


def no_functions(prog, target: str) -> XtraceError:
    """The error for a program with script functions in a language that has none
    (D, Vue). A function of stap's tapset library is not the user's: it is named
    as the tapset's, at the script's first call of it, or, called only by tapset
    code the script uses (an alias's body, another tapset function written out),
    at the probe that uses it: never at a line of the tapset."""
    from xtrace.frontends.nearest_d import nearest_in_d, nearest_in_vue
    from xtrace.frontends.stap.library import TAPSET_FILE
    from xtrace.ir import nodes as ir
    # the first function a probe calls (one only calling itself may be left uncalled)
    called = {x.name for p in prog.probes for x in ir.walk([p.body, p.predicate])
              if isinstance(x, ir.FuncCall)}
    f = next((g for g in prog.functions if g.name in called), prog.functions[0])
    if f.tapset:
        return _tapset_function_kept(prog, f, target)
    if f.loc.file != TAPSET_FILE:
        from xtrace.ir.inline import why_kept
        return XtraceError(f"{target} has no user-defined functions; function '{f.name}' "
                           f"cannot be expressed in {target}: "
                           f"{why_kept(f, prog, target, lambda g: g.loc.file == TAPSET_FILE)}", f.loc)
    names = {g.name for g in prog.functions if g.loc.file == TAPSET_FILE}
    calls = [(p, x) for p in prog.probes for x in ir.walk([p.predicate, p.body])
             if isinstance(x, ir.FuncCall) and x.name in names]
    for p, x in calls:
        if x.loc.file != TAPSET_FILE:
            from xtrace.frontends.stap.library import SCRIPT_NAMES
            name = SCRIPT_NAMES.get(x.name, x.name)  # the script's name of the library's reader
            near = nearest_in_d(name) if target == "D" else nearest_in_vue(name)
            return XtraceError(f"stap's tapset function {name}() has no {target} equivalent{near}",
                               x.loc)
    for p, x in calls:
        where = next((pt.loc for pt in p.points if pt.loc.file != TAPSET_FILE), None)
        if where is not None:
            var = _tapset_variable_of(p, x)
            if var:
                return XtraceError(f"the tapset variable '{var}' of this probe has no {target} "
                                   "equivalent (its alias computes it with a stap tapset function)",
                                   where)
            return XtraceError(f"stap's tapset function {x.name}(), which the tapset code of this "
                               f"probe calls, has no {target} equivalent", where)
    return XtraceError(f"stap's tapset function {f.name}() has no {target} equivalent", f.loc)


def functions_as_gaps(prog, target: str, gaps: Gaps):
    """(`prog` without its script functions, the message of the gap at a call of each,
    by name) for a --force translation into D or Vue, which have no functions: each
    statement calling one is a gap that says why the function could not be written
    out, the rest is translated. Without force, no_functions' refusal."""
    if not gaps.force:
        raise no_functions(prog, target)
    from xtrace.frontends.stap.library import TAPSET_FILE
    from xtrace.ir.inline import why_kept

    def message(f) -> str:
        if f.loc.file == TAPSET_FILE or f.tapset:
            return f"stap's tapset function {f.name}() has no {target} equivalent"
        why = why_kept(f, prog, target, lambda g: g.loc.file == TAPSET_FILE)
        return (f"{target} has no user-defined functions; function '{f.name}' (line "
                f"{f.loc.line}) cannot be written out here: {why}")
    return replace(prog, functions=[]), {f.name: message(f) for f in prog.functions}


def _tapset_variable_of(probe, call) -> "str | None":
    """The alias variable whose assignment holds `call` (vfs.read's devname for the
    bdev name function), which the user wrote where the function is internal."""
    from xtrace.ir import nodes as ir
    for s in ir.walk(probe.body):
        if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and \
                isinstance(s.expr.target, ir.Var) and any(x is call for x in ir.walk(s.expr.value)):
            return s.expr.target.name
    return None


def trace_value_printf(s) -> "tuple[str, str] | None":
    """(printf format, what differs) for Vue's trace(v) (an ir.TraceValue) in a language
    without it: the refusal's nearest, printf of the value (an integer in decimal, a
    String as text), which shows what the hex dump of v's bytes shows. None for a
    value of another type."""
    t = getattr(s.value, "type", None)
    if t is None or not (t.is_str or t.is_int):
        return None
    conv = "%s" if t.is_str else "%d" if t.signed else "%u"
    what = ("its characters (padded with zeros to the String's declared length)" if t.is_str
            else f"its {s.size} bytes (as they lie in memory, little-endian)")
    return (conv + "\n", f"Vue's trace() prints {what} as a hex dump; this prints the value "
                          f"with printf's {conv}")

