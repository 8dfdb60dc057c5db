"""Where D's carried clause-locals live in the generated C.

A `this->` variable one clause sets and a later clause of the same probe hit
reads (Program.options['shared_locals'], frontends/d/lower.py) cannot be a C
local of either clause's function: it lives in the CPU's context for the hit.
Integers and pointers are one `s64` each in `c->shared[]`; strings are one
XT_MAXSTRINGLEN (strsize + 1) buffer each in `c->shared_str[]`, written only by
the bounded string copies every string store uses, so a value can never run
past its buffer and is always terminated (the context is zeroed at load: a
string read before any clause of any hit set it is "", as an integer is 0).

Neither is cleared between hits: D leaves a clause-local that no clause of this
firing set undefined, and what a read of one gives here is what the last hit on
the CPU left, for strings as for integers.
"""

from __future__ import annotations

from dataclasses import dataclass

from xtrace.ir import nodes as n
from xtrace.ir.types import Type
from .cstr import c_ident


@dataclass(frozen=True)
class CarriedLocals:
    """The carried clause-locals, by where they are stored (each list in
    Program.options['shared_locals'] order; an index is the storage slot)."""

    ints: list[str]
    strs: list[str]

    def __contains__(self, name: str) -> bool:
        return name in self.ints or name in self.strs

    def macros(self, names: list[str]) -> tuple[str, str]:
        """The `#define`s that make `l_NAME` in a clause's function the context's
        storage for each carried name of `names`, and the `#undef`s after it."""
        pre, post = [], []
        for name in names:
            if name in self.strs:
                where = f"(c->shared_str[{self.strs.index(name)}])"
            elif name in self.ints:
                where = f"(c->shared[{self.ints.index(name)}])"
            else:
                continue
            pre.append(f"#define l_{c_ident(name)} {where}\n")
            post.append(f"#undef l_{c_ident(name)}\n")
        return "".join(pre), "".join(post)


def carried_locals(prog: n.Program, local_types: dict[int, dict[str, Type]]) -> CarriedLocals:
    """Split the program's carried clause-locals into integers (pointers among
    them) and strings, by the type the analysis gave them in the clauses that use
    them (ir/analysis.py makes every clause agree on the kind)."""
    ints: list[str] = []
    strs: list[str] = []
    for name in prog.options.get("shared_locals") or ():
        types = [t for probe in prog.probes
                 if (t := local_types.get(id(probe), {}).get(name)) is not None]
        (strs if any(t.is_str for t in types) else ints).append(name)
    return CarriedLocals(ints, strs)
