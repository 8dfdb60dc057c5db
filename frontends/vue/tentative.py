"""Vue's tentative tracing: start_tentative(id) ... end_tentative(id) hold a
clause's output in the buffer named id until commit_tentative(id) prints it or
discard_tentative(id) drops it.

It is D's speculative tracing with names instead of speculation() ids: each
name the script writes is given one speculation buffer, always open (no
speculation() call), numbered in the order the names first appear. What is
left in a buffer when the session ends is dropped, as an uncommitted D
speculation is.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc

FUNCS = ("start_tentative", "end_tentative", "commit_tentative", "discard_tentative")


class Tentative:
    """The buffer names of one script and the statements for its calls."""

    def __init__(self) -> None:
        self.names: dict[str, int] = {}

    def buffer(self, name: str) -> int:
        """The speculation number of buffer `name` (1, 2, ... by first use)."""
        return self.names.setdefault(name, len(self.names) + 1)

    def stmt(self, fname: str, name: str, loc: Loc) -> ir.Stmt:
        """The statement for `fname(name)`."""
        if fname == "end_tentative":
            return ir.SpecStop(name, loc=loc)
        num = ir.IntLit(self.buffer(name), loc=loc)
        if fname == "start_tentative":
            return ir.Speculate(num, tentative=name, loc=loc)
        op = "commit" if fname == "commit_tentative" else "discard"
        return ir.SpecEnd(op, num, tentative=name, loc=loc)

