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

from dataclasses import dataclass, field, replace
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

    def attempt(self, fn: Callable[[], T], on_gap: Callable[[XtraceError], T],
                undo: Optional[Callable[[], None]] = None) -> T:
        """fn(), or (with force) undo whatever it half-printed and on_gap(error)."""
        marks = len(self.found), len(self.approximated)
        try:
            return fn()
        except XtraceError as ex:
            if not self.force:
                raise
            if undo is not None:
                undo()
            # what fn() substituted before it failed was undone with its text
            del self.found[marks[0]:], self.approximated[marks[1]:]
            self.found.append(ex)
            return on_gap(ex)

    def substitute(self, ex: XtraceError) -> bool:
        """With force: keep `ex` as a gap whose nearest code the caller prints in its
        place (after `nearest_comment`), and say True. Without: False (the caller
        raises `ex`)."""
        if not self.force:
            return False
        self.found.append(ex)
        self.approximated.append(ex)
        return True

    def approximate(self, ex: XtraceError) -> bool:
        """Whether `ex` was substituted by its nearest code rather than left out."""
        return any(ex is x for x in self.approximated)


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

