"""A stap global that only ever holds a narrow C type's values, as a C-typed
language declares it.

stap has one integer type, so a port of a Vue or D `unsigned int u` keeps it in
a long and writes each store's conversion as a mask: `u = (u - 1) & 0xffffffff`.
Where every store into a global is such a conversion to one type T (or a
constant T holds), the global holds only T's values, and a C-typed language
declares it T and stores into it plainly (`unsigned int u; u = u - 1;`; analysis
types such a global T already unless a constant, `u = 0`, is stored first): the
value is the same for every input, and the port reads back as the script.

Only where the global's reads cannot tell the types apart: printed, stored
elsewhere whole, or in arithmetic whose result is masked to no more than T's
bits (`(u + 1) & 0xff`: the low bits of a sum, difference or product are the
same whether it is computed in T or in 64 bits). A read in other arithmetic
(`u * 1000`, a comparison) keeps the 64-bit variable: C would compute it in T.
"""

from __future__ import annotations

from typing import Optional

from . import nodes as ir
from .stores import cast_of_masks, constant_fits
from .types import Type


def masked_type(prog: ir.Program, g: ir.Global, bodies: list) -> Optional[Type]:
    """The narrow integer type every store into stap global scalar `g` converts to
    (read from the masks stap writes), when there is at least one such store and every
    other store is a constant of that type; else None."""
    if prog.lang != "stap" or g.kind != "scalar" or g.type is None or g.type.kind != "int":
        return None
    if g.init is not None and ir.int_constant(g.init) is None:
        return None
    found: Optional[Type] = None
    constants: list[ir.Expr] = [g.init] if g.init is not None else []
    for node in ir.walk(bodies):
        target = getattr(node, "target", None)
        if not (isinstance(target, ir.Var) and target.scope == "global" and target.name == g.name):
            continue
        if not isinstance(node, ir.Assign) or node.op != "=":
            return None  # `u++`, `u += 1`: stap's 64-bit arithmetic
        if ir.int_constant(node.value) is not None:
            constants.append(node.value)
            continue
        cast = cast_of_masks(node.value, unsigned_too=True)
        if not isinstance(cast, ir.Cast):
            return None
        t = Type("int", cast.to.bits, cast.to.signed)
        if found is not None and found != t:
            return None
        found = t
    if found is None or not all(constant_fits(c, found) for c in constants):
        return None
    return found if _reads_unaffected(g.name, found.bits, bodies) else None


# operations whose result's low k bits depend only on their operands' low k bits
_MODULAR = frozenset({"+", "-", "*", "&", "|", "^"})


def _reads_unaffected(name: str, bits: int, bodies: list) -> bool:
    """Whether every read of global `name` gives the same result from a variable of
    `bits` bits as from stap's 64-bit one holding the same value."""
    def is_g(e) -> bool:
        return isinstance(e, ir.Var) and e.scope == "global" and e.name == name

    def ok(node, modular: bool) -> bool:
        if is_g(node):
            return modular
        if isinstance(node, ir.Printf):
            return all(is_g(a) or ok(a, False) for a in node.args)  # printed whole
        if isinstance(node, ir.Assign):
            # a store's target is no read; a plain store of the global stores it whole
            whole = node.op == "=" and is_g(node.value)
            return (is_g(node.target) or ok(node.target, False)) and (whole or ok(node.value, False))
        if isinstance(node, ir.Binary) and node.op == "&" and isinstance(node.rhs, ir.IntLit) \
                and 0 < node.rhs.value and (node.rhs.value + 1) & node.rhs.value == 0 \
                and node.rhs.value.bit_length() <= bits:
            return ok(node.lhs, True)  # `x & 0xff`: only x's low bits count
        if isinstance(node, ir.Cast) and node.to.bits <= bits:
            return ok(node.operand, True)  # the masks above, as the stap frontend reads them
        if isinstance(node, ir.Binary) and node.op in _MODULAR:
            return ok(node.lhs, modular) and ok(node.rhs, modular)
        if isinstance(node, ir.Unary) and node.op in ("-", "~"):
            return ok(node.operand, modular)
        return all(ok(c, False) for c in ir.children(node))

    return all(ok(b, False) for b in bodies)


def as_cast(value: ir.Expr) -> ir.Expr:
    """A store's value with stap's conversion masks read as the Cast they write."""
    return cast_of_masks(value, unsigned_too=True)
