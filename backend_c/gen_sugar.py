"""A D clause with `if` statements, generated as DTrace runs it: basic blocks.

DTrace runs such a clause as one ECB per basic block (ir/sugarblocks.py): a
non-quiet session frames each block that records data, a fault drops only its
own block's record (the earlier blocks' stay), and the blocks after an exit()
do not run. The handler stays one C function; at a block's start it marks
where the block's records begin (only once an earlier block may have recorded),
tests the session's state (only after a block that calls exit()), and frames the
block when it records and the session is not quiet. A clause without an `if`
costs nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from xtrace.ir import nodes as n
from xtrace.ir.sugarblocks import pieces, records


@dataclass
class _Blocks:
    """The state of one clause's blocks as its handler is generated."""
    framed: bool        # frame each recording block (non-quiet, or flowindent)
    newline: bool       # end a framed block with the newline (not quiet)
    skip_exit: bool     # blocks after an exit() do not run (D, not an END clause)
    marks: bool = True  # a fault discards its own block's records (D's rule)
    dirty: bool = False     # a block since the last mark may have recorded
    exited: bool = False    # a block before this point calls exit()
    count: int = 0          # recording blocks framed so far
    ifs: list = field(default_factory=list)  # per `if` being generated: a branch recorded


class SugarGen:
    """Mixin of CodeGen: a D clause's body cut into DTrace's basic blocks."""

    blocks: Optional[_Blocks] = None

    def sugar_body(self, probe: n.Probe, out: list[str], framed: bool, newline: bool,
                   skip_exit: bool, marks: bool = True) -> None:
        """Generate `probe`'s body block by block (its framing included when `framed`;
        `marks`, `skip_exit`: D's rules for faults and exit(), which a stap or Vue
        script read as D's framing, frontends/dframing.py, keeps its own of)."""
        self.blocks = _Blocks(framed, newline, skip_exit, marks)
        try:
            self.sugar_stmts(probe.body, out, "\t", top=True)
        finally:
            self.blocks = None

    def branch(self, s: n.Stmt, out: list[str], ind: str) -> None:
        """An if or else body: its own basic blocks in a D clause being cut, else plain."""
        st = self.blocks
        if st is not None:
            st.dirty = False  # the `if` marked, or nothing had recorded
            self.sugar_stmts(s, out, ind, top=False)
            st.ifs[-1] = st.ifs[-1] or st.dirty
        else:
            self.stmt(s, out, ind)

    def sugar_stmts(self, s: n.Stmt, out: list[str], ind: str, top: bool) -> None:
        for piece in pieces(s):
            self._boundary(out, ind)
            if isinstance(piece, n.If):
                st = self.blocks
                assert st is not None
                st.ifs.append(False)
                self.stmt(piece, out, ind, top)  # its bodies come back through branch()
                st.dirty = st.ifs.pop()
            else:
                self._block(piece, out, ind, top)

    def _block(self, run: list[n.Stmt], out: list[str], ind: str, top: bool) -> None:
        st = self.blocks
        assert st is not None
        rec = records(run)
        framed = rec and st.framed
        if framed:
            st.count += 1
            self.prefix(self.cur_probe, out, end=False, ind=ind, block=st.count)
        # (a port's `next` after a block's exit(), read back: ir/sugarblocks.py
        # exits_end_clause, goes after the record's newline)
        tail = run[-1:] if run and isinstance(run[-1], n.Next) else []
        for x in run[:len(run) - len(tail)]:
            self.stmt(x, out, ind, top)
        if framed and st.newline:
            self.prefix(self.cur_probe, out, end=True, ind=ind)
        for x in tail:
            self.stmt(x, out, ind, top)
        st.dirty = st.dirty or rec
        st.exited = st.exited or any(isinstance(x, n.Exit) for x in n.walk(run))

    def _boundary(self, out: list[str], ind: str) -> None:
        """What the start of a block (or of an `if`, whose condition is a sub-clause
        of its own) does: after an exit(), stop; after a record, mark."""
        st = self.blocks
        assert st is not None
        if st.exited and st.skip_exit:
            out.append(f"{ind}if (unlikely(READ_ONCE(xt_state) == XT_EXITING))\n{ind}\tgoto xt_out;")
        if st.dirty and st.marks:
            out.append(f"{ind}xt_clause_mark(c);")
            st.dirty = False
