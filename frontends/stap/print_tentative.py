"""Vue's tentative tracing said with stap's speculative.stp (library_extra.SPECULATIVE).

Vue's start_tentative(ID) ... end_tentative(ID) (or the clause's end) holds the
clause's output in the buffer named ID; commit_tentative(ID) prints it,
discard_tentative(ID) drops it, and the buffer takes output again after either
(IBM's tentative.e starts the same buffer at every write() entry and commits or
discards it at the exit). What a stap porter writes for it:

* one global per buffer name, `tentative_ID`, holding an id speculation() gives
  it in a `probe begin` ahead of the script's own probes (stap runs begin probes
  in the order the script has them). stap's commit() and discard() empty an id,
  which then takes output again, so one id serves the whole session;
* each record made while a buffer is open: `speculate(tentative_ID, TEXT)` with
  the text printf would print; commit_tentative/discard_tentative: commit()/discard();
* which buffer is open is known where the script is written when every path to
  a record agrees (start_tentative at the clause's top, or in the record's own
  block). Where paths disagree (start_tentative in an `if`, a record after it) a
  local holds the open buffer's id (0: none), set where the script starts and ends
  a buffer, and such a record is `if (held) speculate(held, TEXT) else printf(...)`.

What is never committed stays in the tapset's arrays, unprinted, as Vue drops it.
Only text is what stap can hold: printf's, trace()'s hex dump built by sprintf()
(print_hexdump, one speculate() per row), and Vue's print(a), by then a header
printf and a foreach of printfs (ir.vueprintloops), held line by line; Vue's raw
stktrace() (no PRINT_SYMBOLS), backtrace()'s words held one a line
(print_vuestack.py). Other stacks are refused inside an open buffer:
sprint_backtrace() is stap's layout, not stktrace()'s `symbol+0xoff` lines.
"""

from __future__ import annotations

import re
from typing import Optional, Union

from xtrace.frontends.constructs import describe
from xtrace.frontends.gaps import nearest_comment, trace_value_printf
from xtrace.ir import nodes as ir

from .print_vuestack import is_vue_raw_kernel_stack, is_vue_symbol_kernel_stack


class _Unknown:
    """The state at a point reached with different buffers open."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown()
State = Union[None, str, _Unknown]  # None: no buffer open; a name: that buffer

# statements that put something on the trace (what an open buffer holds)
RECORDS = (ir.Printf, ir.PrintStack, ir.TraceMem, ir.TraceValue, ir.PrintAgg, ir.PrintVar,
           ir.System, ir.PrintTree, ir.Trace)

PREFIX = "tentative_"  # a buffer's global: the prefix, then the buffer's name
NOTE = "# Vue's tentative buffers: a speculation each (commit() and discard() empty it for more)"


def is_tentative(s: ir.Stmt) -> bool:
    """Whether `s` is one of Vue's tentative-tracing calls."""
    return isinstance(s, ir.SpecStop) or (isinstance(s, (ir.Speculate, ir.SpecEnd))
                                          and s.tentative is not None)


def buffer_names(prog: ir.Program) -> list[str]:
    """The tentative buffer names of a program, in the order they first appear."""
    seen: dict[str, None] = {}
    for body in [p.body for p in prog.probes] + [f.body for f in prog.functions]:
        for x in ir.walk(body):
            if is_tentative(x):
                seen.setdefault(x.tentative, None)
    return list(seen)


def global_base(name: str) -> str:
    """The stap global's name wanted for buffer `name` (`tentative_t1` for "t1")."""
    return PREFIX + (re.sub(r"[^A-Za-z0-9_]", "_", name) or "buffer")


def _join(a: State, b: State) -> State:
    return a if a == b else UNKNOWN


class Flow:
    """Which buffer is open at each record of one clause (or function) body, as the
    script is written: `states` maps id(record) to its State."""

    def __init__(self, stmts: list[ir.Stmt]) -> None:
        self.states: dict[int, State] = {}
        self._order: dict[int, int] = {}  # id(statement) -> its place in the body's text
        self._looped: set[int] = set()  # the calls a loop may reach again
        self._loops = 0
        self._run(stmts, None)
        unknown = [self._order[k] for k, v in self.states.items() if v is UNKNOWN]
        self._last_unknown = max(unknown, default=-1)

    def held_somewhere(self) -> bool:
        """Whether some record is reached with different buffers open (a local
        must hold the open one)."""
        return self._last_unknown >= 0

    def sets_held(self, s: ir.Stmt) -> bool:
        """Whether start/end_tentative `s` must set the local: a record reached
        with different buffers open comes after it (or its loop may come round)."""
        return id(s) in self._looped or self._order.get(id(s), -1) < self._last_unknown

    def inherit(self, old: ir.Stmt, new: ir.Stmt) -> None:
        """`new` (a copy of record `old`) is made where `old` is."""
        if id(old) in self.states:
            self.states[id(new)] = self.states[id(old)]

    def _run(self, stmts: list[ir.Stmt], state: State) -> State:
        for s in stmts:
            state = self._stmt(s, state)
        return state

    def _stmt(self, s: ir.Stmt, state: State) -> State:
        self._order.setdefault(id(s), len(self._order))
        if self._loops:
            self._looped.add(id(s))
        if isinstance(s, ir.Speculate) and s.tentative is not None:
            return s.tentative
        if isinstance(s, ir.SpecStop):
            return None
        if isinstance(s, RECORDS):
            self.states[id(s)] = state
            return state
        if isinstance(s, ir.Block):
            return self._run(s.stmts, state)
        if isinstance(s, ir.If):
            after = self._stmt(s.then, state)
            return _join(after, self._stmt(s.else_, state) if s.else_ is not None else state)
        if isinstance(s, (ir.While, ir.ForEach)):
            # a body that opens or ends a buffer is entered with either state
            self._loops += 1
            try:
                if self._stmt(s.body, state) == state:
                    return state
                self._stmt(s.body, UNKNOWN)
                return UNKNOWN
            finally:
                self._loops -= 1
        if isinstance(s, ir.Try):
            after = self._stmt(s.body, state)
            # a fault may leave the body anywhere: the handler starts from any state in it
            start = state if after == state and not _opens(s.body) else UNKNOWN
            return _join(after, self._stmt(s.handler, start))
        return state


def _opens(s: ir.Stmt) -> bool:
    return any(isinstance(x, (ir.Speculate, ir.SpecStop)) for x in ir.walk(s))


class TentativePrinting:
    """Vue's tentative tracing in the stap printer (mixed into it: it holds the
    names, the lines and the printf helpers)."""

    def _tentative_names(self, taken: set[str]) -> None:
        """Name each buffer's global, clear of the script's names (`taken`)."""
        self.tent_gname = {n: self._fresh(global_base(n), taken) for n in buffer_names(self.prog)}
        self.tent_flow: Optional[Flow] = None
        self.tent_held: Optional[str] = None

    def _tentative_body(self, stmts: list[ir.Stmt]) -> None:
        """Before a probe's or function's statements are printed: where its records go,
        and the local holding the open buffer where that is known only at run time."""
        if not self.tent_gname:
            self.tent_flow, self.tent_held = None, None
            return
        self.tent_flow = Flow(stmts)
        self.tent_held = None
        if self.tent_flow.held_somewhere():
            # (keyed by a name no script local has, as the printer's other invented locals)
            self.tent_held = self.local_names[" tentative"] = self._fresh("tentative", self._taken())

    def _tentative_state(self, s: ir.Stmt) -> State:
        """The buffer open at record `s` (None: none, or not a Vue tentative script)."""
        return self.tent_flow.states.get(id(s)) if self.tent_flow is not None else None

    def _tentative_call(self, s: ir.Stmt, depth: int) -> None:
        """start_tentative / end_tentative / commit_tentative / discard_tentative."""
        if isinstance(s, ir.SpecEnd):
            self._emit(depth, f"{s.op}({self.tent_gname[s.tentative]})", simple=True)
        elif self.tent_held is not None and self.tent_flow.sets_held(s):  # records after it read it
            value = self.tent_gname[s.tentative] if isinstance(s, ir.Speculate) else "0"
            self._emit(depth, f"{self.tent_held} = {value}", simple=True)
        # else: the records it opens or ends are written with their buffer (or none)

    def _tentative_record(self, s: ir.Stmt, state: State, depth: int) -> None:
        """A record made with buffer `state` (a name, or UNKNOWN) open."""
        if isinstance(s, ir.TraceValue) and self._trace_dump(s) is not None:
            # the dump's text, row by row (print_hexdump)
            for row in self._trace_dump(s):
                self._tentative_text(row, state, depth)
            return
        if isinstance(s, ir.TraceValue):
            s = self._trace_value_nearest(s, depth)  # (refused, or its printf with --force)
        if is_vue_raw_kernel_stack(s):  # its lines, each held (print_vuestack.py)
            self._vue_raw_stack(s, depth, lambda text, d: self._tentative_text(text, state, d))
            return
        if is_vue_symbol_kernel_stack(s):  # the same, each line named (print_vuestack.py)
            self._vue_symbol_stack(s, depth, lambda text, d: self._tentative_text(text, state, d))
            return
        if isinstance(s, ir.PrintStack) and s.layout.startswith("vue"):
            # (sprint_ubacktrace() is a string, but of stap's own layout)
            raise self.err("Vue's stktrace() of the user stack (GET_USER_TRACE) inside a tentative "
                           "buffer (start_tentative(ID) ... end_tentative(ID)) cannot be expressed "
                           "in stap: the string stap can hold, sprint_ubacktrace()'s, has stap's "
                           "layout (`symbol+0xoff [module]` lines), not Vue's (`symbol+0xoff`), "
                           "which stap has no form for outside a buffer either", s)
        if not isinstance(s, ir.Printf):
            raise self.err(f"{describe(s)} inside a tentative buffer (start_tentative(ID) ... "
                           "end_tentative(ID)) cannot be expressed in stap (stap's "
                           "speculate(id, output) holds strings; only printf's text can be held)", s)
        where = "inside a tentative buffer"
        if state is UNKNOWN:
            self._emit(depth, f"if ({self.tent_held}) {self._spec_printf(s, self.tent_held, where)}")
            self._emit(depth, f"else {self._printf(s)}", simple=True)
        else:
            self._emit(depth, self._spec_printf(s, self.tent_gname[state], where), simple=True)

    def _tentative_text(self, text: str, state: State, depth: int) -> None:
        """A string (its stap source `text`) printed with buffer `state` open."""
        if state is UNKNOWN:
            self._emit(depth, f"if ({self.tent_held}) speculate({self.tent_held}, {text})")
            self._emit(depth, f'else printf("%s", {text})', simple=True)
        else:
            self._emit(depth, f"speculate({self.tent_gname[state]}, {text})", simple=True)

    def _trace_value_nearest(self, s: ir.TraceValue, depth: int) -> ir.Printf:
        """Vue's trace(v): refused, or (--force) its nearest, printf of the value,
        under a comment saying what differs."""
        err = self.err("Vue's trace() (a hex dump of a variable's bytes) has no stap "
                       "equivalent; nearest: printf of the value", s)
        near = trace_value_printf(s)
        if near is None or not self.gaps.substitute(err):
            raise err
        self._emit(depth, nearest_comment(err, near[1]))
        return ir.Printf(near[0], [s.value], loc=s.loc)

    def _declare_tentative(self, mark: int) -> None:
        """Once the script is printed: the globals of the buffers it uses, and the begin
        probe giving each its id, at line `mark` (after the script's globals, before
        its first probe; none when it uses no buffer)."""
        text = "\n".join(self.lines[mark:])
        used = [g for g in self.tent_gname.values() if re.search(rf"\b{g}\b", text)]
        if not used:
            return
        decl = [f"global {g}" for g in used] + ["", "probe begin", "{", f"    {NOTE}"] + \
            [f"    {g} = speculation()" for g in used] + ["}"]
        if self.lines[mark:mark + 1] not in ([], [""]):
            decl.append("")
        self.lines[mark:mark] = decl
