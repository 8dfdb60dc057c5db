"""A stap port of Vue's tentative tracing read back as Vue's tentative buffers.

The stap printer says a Vue buffer as speculative.stp's speculation (the porter's
form, frontends/stap/print_tentative.py): a global `tentative_ID` per buffer, given
its id by speculation() in a begin probe of its own; each record made while the
buffer is open `speculate(tentative_ID, TEXT)` with the text printf would print;
commit_tentative(ID)/discard_tentative(ID) commit()/discard() of the global; and
where the open buffer is known only at run time a local holding its id (0: none),
set where the script starts or ends a buffer, and each record there
`if (held) speculate(held, TEXT) else printf(...)`.

A Vue porter reading that script back writes the buffers again: the records a
speculate() holds, in a row (with what records nothing between them), are a
section, start_tentative(ID) ... end_tentative(ID) (no end where the section runs
to the clause's end, which ends it); the local's stores are start_tentative() and
end_tentative(), and its record is the printf. Anything else that uses stap's
speculation (an id not held so, a text not in a buffer's place) leaves the program
as it is, which the Vue printer refuses (speculation() has no Vue form).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional, Union

from xtrace.frontends.stap.print_tentative import PREFIX, RECORDS
from xtrace.ir import nodes as ir

# commit()/discard() and speculate() of speculative.stp (library_extra.SPECULATIVE)
_ENDS = ("commit", "discard")
_SPEC_FUNCS = ("speculation", "speculate", *_ENDS)


class _NotThePort(Exception):
    """The script uses stap's speculation otherwise than a port of Vue's buffers."""


def stap_speculations_as_tentative(prog: ir.Program) -> ir.Program:
    """A copy of stap program `prog` with the speculations a port of Vue's tentative
    tracing writes as those buffers again; `prog` itself where it has none, or uses
    stap's speculation another way."""
    if prog.lang != "stap":
        return prog
    from xtrace.frontends.stap.library import TAPSET_FILE
    if not any(f.name == "speculate" and f.loc.file == TAPSET_FILE for f in prog.functions):
        return prog
    try:
        return _Back(prog, TAPSET_FILE).run()
    except _NotThePort:
        return prog


def _call(e, names) -> bool:
    return isinstance(e, ir.FuncCall) and e.name in names


def _spec_stmt(s: ir.Stmt, names) -> Optional[ir.FuncCall]:
    """The call of `names` that statement `s` is, if it is one."""
    e = s.expr if isinstance(s, ir.ExprStmt) else None
    return e if _call(e, names) else None


def _only(s: Optional[ir.Stmt]) -> Optional[ir.Stmt]:
    """`s`, or the one statement of block `s`."""
    while isinstance(s, ir.Block) and len(s.stmts) == 1:
        s = s.stmts[0]
    return s


def _record(text: ir.Expr, loc) -> ir.Printf:
    """The printf a speculate()'s text is (the stap printer's _spec_printf backwards)."""
    if isinstance(text, ir.StrLit):
        return ir.Printf(text.value.replace("%", "%%"), [], loc=loc)
    if isinstance(text, ir.Sprintf):
        return ir.Printf(text.fmt, list(text.args), loc=loc)
    return ir.Printf("%s", [text], loc=loc)


UNKNOWN = object()  # different buffers open on different paths (a local holds which)
State = Union[None, str, object]  # None: no buffer open; a name: that buffer; UNKNOWN


class _Back:
    """One program's speculations written back as buffers (a copy of it: run())."""

    def __init__(self, prog: ir.Program, tapset_file: str) -> None:
        self.prog = copy.deepcopy(prog)
        self.tapset_file = tapset_file
        self.buffers: dict[str, str] = {}  # global holding an id -> the buffer's name
        self.numbers: dict[str, int] = {}  # buffer name -> its number (first use)
        self.held: dict[str, set[str]] = {}  # a local holding an open buffer -> their names
        # the script's functions that may print (what a speculate()'s text calls does not)
        self.printing = {f.name for f in prog.functions if f.loc.file != tapset_file
                         and any(isinstance(x, (*RECORDS, ir.FuncCall)) for x in ir.walk(f.body))}

    def run(self) -> ir.Program:
        prog = self.prog
        user = [f for f in prog.functions if f.loc.file != self.tapset_file]
        if any(_call(x, _SPEC_FUNCS) for f in user for x in ir.walk(f.body)):
            raise _NotThePort
        givers = self._find_buffers()
        for p in prog.probes:
            self.held = {}  # (a probe's own locals)
            p.body = ir.Block(self._block(p.body.stmts, None, follows=False)[0], loc=p.body.loc)
            # every use of the speculation is a buffer's again
            for x in ir.walk([p.body, p.predicate] if p.predicate is not None else p.body):
                if _call(x, _SPEC_FUNCS) or isinstance(x, ir.Var) and (
                        x.scope == "global" and x.name in self.buffers
                        or x.scope == "local" and x.name in self.held):
                    raise _NotThePort
        # the begin probes that only gave the ids, the ids' globals, the tapset's code
        prog.probes = [p for p in prog.probes
                       if id(p) not in givers or not all(isinstance(s, ir.Comment) for s in p.body.stmts)]
        prog.globals = [g for g in prog.globals
                        if g.name not in self.buffers and not g.name.startswith("__xt_spec_")]
        prog.functions = [f for f in prog.functions if not (
            f.loc.file == self.tapset_file and f.name in (*_SPEC_FUNCS, "__xt_spec_end"))]
        return prog

    def _find_buffers(self) -> set[int]:
        """The globals holding the buffers' ids, each stored only speculation(), at
        the top of begin probes, whose stores are taken out: the ids of those probes."""
        stored: set[int] = set()
        givers: set[int] = set()
        for p in self.prog.probes:
            begin = p.points and all(pt.kind == "begin" for pt in p.points) and p.predicate is None
            for s in p.body.stmts if begin else []:
                e = s.expr if isinstance(s, ir.ExprStmt) else None
                if isinstance(e, ir.Assign) and e.op == "=" and _call(e.value, ("speculation",)) \
                        and not e.value.args and isinstance(e.target, ir.Var) and e.target.scope == "global":
                    name = e.target.name
                    base = name[len(PREFIX):] if name.startswith(PREFIX) else ""
                    self.buffers[name] = base or name
                    stored.add(id(e.value))
                    givers.add(id(p))
        for p in self.prog.probes:
            if any(_call(x, ("speculation",)) and id(x) not in stored for x in ir.walk(p.body)):
                raise _NotThePort
        if not self.buffers or len(set(self.buffers.values())) < len(self.buffers):
            raise _NotThePort
        for p in self.prog.probes:
            p.body.stmts = [s for s in p.body.stmts if not (
                isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and id(s.expr.value) in stored)]
        return givers

    def _buffer_of(self, e) -> Optional[str]:
        """The buffer whose id global `e` reads."""
        if isinstance(e, ir.Var) and e.scope == "global" and e.name in self.buffers:
            return self.buffers[e.name]
        return None

    def _number(self, name: str) -> ir.IntLit:
        return ir.IntLit(self.numbers.setdefault(name, len(self.numbers) + 1))

    def _held_local(self, e) -> Optional[str]:
        return e.name if isinstance(e, ir.Var) and e.scope == "local" else None

    def _speculated(self, s: ir.Stmt) -> Optional[str]:
        """The buffer every record of statement `s` (a call, or a loop: the port's
        print() of an array) goes to, where each is a speculate() of one buffer's
        global (None else, or where `s` also reads a global otherwise, stores the
        local holding a buffer, or ends a buffer)."""
        if not isinstance(s, (ir.ExprStmt, ir.While, ir.ForEach)):
            return None  # (an if's branches are read each: a section starts in the branch)
        specs = [x for x in ir.walk(s) if _call(x, ("speculate",))]
        found = {self._buffer_of(x.args[0]) if len(x.args) == 2 else None for x in specs}
        if len(found) != 1 or None in found or not self._quiet(s, spoken=len(specs)):
            return None
        return found.pop()

    def _quiet(self, s: ir.Stmt, spoken: int = 0) -> bool:
        """Whether statement `s` records nothing and touches no buffer (but for
        `spoken` speculate() calls of a buffer's global)."""
        calls = ids = 0
        for x in ir.walk(s):
            if isinstance(x, RECORDS) or _call(x, (*_ENDS, "speculation")) \
                    or isinstance(x, ir.FuncCall) and x.name in self.printing \
                    or isinstance(x, ir.Var) and x.scope == "local" and x.name in self.held:
                return False
            if _call(x, ("speculate",)):
                calls += 1
            elif self._buffer_of(x) is not None:
                ids += 1
        # (a buffer's global read only as those calls' ids)
        return calls == spoken and ids == calls

    def _as_printfs(self, s: ir.Stmt) -> ir.Stmt:
        """`s` with each speculate() of its buffer the printf of its text."""
        def fn(x):
            if isinstance(x, ir.ExprStmt) and _call(x.expr, ("speculate",)):
                return _record(x.expr.args[1], x.loc)
            return x
        return ir.map_tree(s, fn)

    def _block(self, stmts: list[ir.Stmt], state: State, follows: bool) -> tuple[list[ir.Stmt], State]:
        """`stmts` (a block entered with buffer `state` open, `follows`: the clause may
        record more after it) with the buffers written back, and the buffer open
        after them."""
        out: list[ir.Stmt] = []
        run: Optional[str] = None  # the buffer of the section being written
        last = 0  # where in `out` that section's last record ends

        def close() -> None:
            nonlocal run, state
            if run is not None:
                out.insert(last, ir.SpecStop(run))
                run, state = None, None
        for i, s in enumerate(stmts):
            name = self._speculated(s)
            if name is not None and name in (state, run):
                out.append(self._as_printfs(s))
                last = len(out)
                continue
            if name is not None:
                close()
                run = state = name
                out.extend([ir.Speculate(self._number(name), tentative=name, loc=s.loc),
                            self._as_printfs(s)])
                last = len(out)
                continue
            if run is not None and not self._quiet(s):
                close()
            after = follows or not all(self._quiet(t) for t in stmts[i + 1:])
            new, state = self._stmt(s, state, after)
            out.extend(new)
        if follows:  # (else the clause's end ends the section)
            close()
        return out, state

    def _stmt(self, s: ir.Stmt, state: State, follows: bool) -> tuple[list[ir.Stmt], State]:
        e = s.expr if isinstance(s, ir.ExprStmt) else None
        if isinstance(e, ir.Assign) and e.op == "=" and self._held_local(e.target):
            local = e.target.name
            name = self._buffer_of(e.value)
            if name is not None:
                self.held.setdefault(local, set()).add(name)
                return [ir.Speculate(self._number(name), tentative=name, loc=s.loc)], name
            if isinstance(e.value, ir.IntLit) and e.value.value == 0 and local in self.held:
                names = self.held[local]
                ends = state if isinstance(state, str) else (next(iter(names)) if len(names) == 1 else None)
                if ends is None:
                    raise _NotThePort
                return [ir.SpecStop(ends, loc=s.loc)], None
        call = _spec_stmt(s, _ENDS)
        if call is not None:
            name = self._buffer_of(call.args[0]) if len(call.args) == 1 else None
            if name is None:
                raise _NotThePort
            return [ir.SpecEnd(call.name, self._number(name), tentative=name, loc=s.loc)], state
        if isinstance(s, ir.If) and self._held_local(s.cond) in self.held:
            # `if (held) speculate(held, TEXT) else printf(...)`: the record, wherever it goes
            held, other = _spec_stmt(_only(s.then), ("speculate",)), _only(s.else_)
            if held is None or len(held.args) != 2 or held.args[0] != s.cond \
                    or not isinstance(other, ir.Printf):
                raise _NotThePort
            return [other], state
        if isinstance(s, ir.Block):
            stmts, state = self._block(s.stmts, state, follows)
            return [ir.Block(stmts, loc=s.loc)], state
        if isinstance(s, ir.If):
            then, after = self._branch(s.then, state, follows)
            else_, other = self._branch(s.else_, state, follows) if s.else_ is not None else (None, state)
            # (paths that disagree: the port holds the open buffer in a local)
            return [ir.If(s.cond, then, else_, loc=s.loc)], after if after == other else UNKNOWN
        if isinstance(s, (ir.While, ir.ForEach)):
            body, after = self._branch(s.body, state, True)  # (the body may run again)
            if after != state:
                raise _NotThePort
            return [dataclasses.replace(s, body=body)], state
        if isinstance(s, ir.Try):
            body, after = self._branch(s.body, state, follows)
            handler, other = self._branch(s.handler, state, follows)
            if after != state or other != state:
                raise _NotThePort
            return [dataclasses.replace(s, body=body, handler=handler)], state
        return [s], state

    def _branch(self, s: ir.Stmt, state: State, follows: bool) -> tuple[ir.Stmt, State]:
        stmts, after = self._block(s.stmts if isinstance(s, ir.Block) else [s], state, follows)
        return (ir.Block(stmts, loc=s.loc) if isinstance(s, ir.Block) or len(stmts) != 1 else stmts[0]), after
