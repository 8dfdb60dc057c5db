"""Array and pointer parameters of D's parameterized inlines.

`inline string SA2IP[char data[14]] = ... lltostr(data[2] & 0xFF) ...;` (nfsstats.d)
declares an inline whose parameter is a kernel array: dtrace's grammar takes any C
declarator as an inline's parameter (dt_grammar.y parameter_declaration), and its
dt_node_inline() makes each parameter an identifier standing for the argument of a
use. No xtrace function can take a kernel array, so such an inline is lowered
where it is used with the arguments in place of the parameters
(lower.py _subst_inline, lower_expr.py _param_inline_call). A string passed for a
char array or char pointer parameter is indexed as its characters (stringat).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc
from xtrace.ir.types import INT64, Type


# the element types D calls char (dt_node_is_strcompat's IS_CHAR: one byte, any sign)
_CHAR_TYPES = frozenset({"char", "signed char", "unsigned char"})


@dataclass
class InlineParam:
    """One parameter: its name, its D base type (`char`), its IR type if a scalar,
    the `*`s before the name and the array dimension after it (`data[14]`), and the
    parse node, for locations."""

    name: str
    base: str
    type: Type
    stars: int
    dim: Optional[int]
    node: object
    # an array's element type as declared, where it is an integer (`unsigned char`)
    elem: Optional[Type] = None

    @property
    def scalar(self) -> bool:
        """Whether the parameter is a plain value (an integer or a string)."""
        return not self.stars and self.dim is None

    def type_name(self) -> str:
        """The parameter's type as dtrace names it in a prototype message
        (dt_node_type_name: `char [14]`, `struct sock *`)."""
        name = self.base + (" " + "*" * self.stars if self.stars else "")
        return f"{name} [{self.dim}]" if self.dim is not None else name

    def stand_in(self, loc: Loc) -> ir.Expr:
        """A value of the parameter's shape for lowering the body at its definition,
        where no argument exists yet: an array member of some kernel structure, or
        a kernel pointer. The lowered body is only checked, never used."""
        if self.scalar:
            return ir.Var(self.name, "local", loc=loc, type=self.type)
        nowhere = ir.KernelCast(ir.IntLit(0, loc=loc), "void *", loc=loc)
        if self.dim is not None:
            return ir.KernelMember(nowhere, [self.name], loc=loc)
        return ir.KernelCast(ir.IntLit(0, loc=loc), self.type_name(), loc=loc)

    @property
    def of_chars(self) -> bool:
        """Whether the parameter is a char array or a char pointer (`char data[14]`,
        `char *s`), which dtrace's dt_node_is_strcompat takes for a string."""
        return self.base in _CHAR_TYPES and (self.dim is not None) != (self.stars == 1) \
            and self.stars <= 1

    def takes_string(self, static: Optional[str]) -> bool:
        """Whether an argument of known D type `static` is a string passed for this
        char array or pointer parameter: dtrace's dt_idcook_sign accepts it
        (dt_node_is_argcompat: two string-compatible types), and the body's
        `data[2]` reads the string's third character."""
        return static == "string" and self.of_chars

    def incompatible(self, static: Optional[str]) -> bool:
        """Whether an argument of known D type `static` (lower_util._static_type:
        "int", "int64_t", "string", ...; None where only analysis knows it) cannot be
        passed for this array or pointer parameter, as dtrace's dt_node_is_argcompat
        says: an integer for a char array, a string for a `struct sock *`."""
        return static is not None and not self.takes_string(static)


def inline_param(ctx) -> InlineParam:
    """The InlineParam of grammar node `inlineParam`; its `type` (the IR type of a
    scalar parameter) is the caller's to set."""
    stars = sum(1 for i in range(ctx.getChildCount()) if ctx.getChild(i).getText() == "*")
    dim = int(ctx.INT().getText(), 0) if ctx.INT() is not None else None
    return InlineParam(ctx.IDENT().getText(), _spaced(ctx.declType()), INT64, stars, dim, ctx)


def _spaced(ctx) -> str:
    """A type's tokens joined by single spaces (`unsigned char`, `struct sock`), as
    getText() runs them together."""
    words: list[str] = []

    def walk(node) -> None:
        if node.getChildCount() == 0:
            words.append(node.getText())
            return
        for i in range(node.getChildCount()):
            walk(node.getChild(i))

    walk(ctx)
    return " ".join(words)
