"""D's kernel variables: `` `name `` and `` module`name `` (a mixin of Lowering).

The backquote scopes a name to the kernel's symbols, apart from the script's
variables. DTrace types each by the kernel's CTF; xtrace knows the C types of
the well-known Linux globals only (frontends/kernel_vars.KNOWN), and reads any
other through its address with an explicit type, D's own `*(T *)&`name`. Kernel
variables are read-only, as in DTrace (no operator that modifies them applies).
On Linux (dtrace-utils) the kernel image's module is `vmlinux`.
"""

from __future__ import annotations

from typing import Optional

from xtrace.frontends import kernel_vars
from xtrace.grammars.generated.d.DParser import DParser as P
from xtrace.ir import nodes as ir
from xtrace.ir.types import Type

from . import solaris, tables
from .lower_util import _unparen

# The kernel image's module name on Linux (dtrace-utils' `vmlinux`jiffies`); Solaris's
# unix and genunix name what Linux links into the same image.
_KERNEL_MODULES = frozenset({"vmlinux", "unix", "genunix"})


class KsymLowering:
    """`` `name `` reads, `&`name` addresses and their errors."""

    def _ksym_name(self, ctx: P.KsymPrimaryContext) -> str:
        """The variable's name; a module other than the kernel image's is refused
        (a loadable module's variables move from one load to the next)."""
        module, _, name = ctx.getText().partition("`")
        if module and module not in _KERNEL_MODULES:
            raise self.error(f"kernel variable {module}`{name}: xtrace reads variables of the "
                             f"kernel image only (vmlinux`{name} or `{name}), not of module "
                             f"'{module}'", ctx)
        return name

    def _p_KsymPrimaryContext(self, ctx: P.KsymPrimaryContext) -> ir.Expr:
        name = self._ksym_name(ctx)
        t = kernel_vars.known_type(name)
        if name in kernel_vars.ARRAYS:
            count = kernel_vars.ARRAYS[name][1]
            raise self.error(f"kernel variable `{name} is an array of {count}: read an element, "
                             f"`{name}[0]", ctx)
        if t is None:
            hint = solaris.KVARS.get(name)
            if hint is not None:
                raise self.error(f"kernel variable `{name}: `{name} is {hint}", ctx)
            raise self.error(f"kernel variable `{name}: xtrace does not know its C type (the "
                             "kernel's BTF types per-CPU variables only); read it through its "
                             f"address with the type the kernel declares, e.g. "
                             f"*(unsigned long *)&`{name} or *(int *)&`{name}, and a "
                             f"string (a char *) as stringof(*(char **)&`{name})", ctx)
        loc = self.loc(ctx)
        return kernel_vars.read(name, t, loc)

    def _ksym_element(self, prim: P.KsymPrimaryContext, ctx) -> ir.Expr:
        """`` `avenrun[i] ``: an element of a kernel array xtrace knows (kernel_vars.ARRAYS)."""
        name = self._ksym_name(prim)
        if name not in kernel_vars.ARRAYS:
            raise self.error(f"kernel variable `{name} is not an array xtrace knows (its "
                             f"arrays: {', '.join(sorted(kernel_vars.ARRAYS))})", prim)
        keys = ctx.exprList().expr()
        if len(keys) != 1:
            raise self.error(f"kernel array `{name} takes one index", ctx)
        index = self.expr(keys[0])
        why = kernel_vars.check_index(name, index)
        if why is not None:
            raise self.error(f"kernel array `{name}: {why}", keys[0])
        return kernel_vars.element(name, index, self.loc(ctx), self.loc(prim))

    def _ksym_address(self, inner) -> Optional[ir.Expr]:
        """`&`name`: the variable's address (no type needed), or None when `inner`
        (the operand of `&`) is no kernel variable."""
        inner = _unparen(inner)
        if not (isinstance(inner, P.PrimaryExprContext) and isinstance(inner.primary(), P.KsymPrimaryContext)):
            return None
        return kernel_vars.address(self._ksym_name(inner.primary()), self.loc(inner.primary()))

    def _ksym_typed_read(self, operand, t: Type, ctx) -> Optional[ir.Expr]:
        """`*(T *)&`name`: the variable read as T (the Vue `__kernel T name;` read),
        or None when the cast's operand is not `&` of a kernel variable."""
        inner = _unparen(operand)
        if not (isinstance(inner, P.UnaryExprContext) and inner.op.text == "&"):
            return None
        if self._ksym_address(inner.expr()) is None:
            return None
        prim = _unparen(inner.expr()).primary()
        return kernel_vars.read(self._ksym_name(prim), t, self.loc(ctx), self.loc(prim))

    def _ksym_store(self, prim: P.KsymPrimaryContext):
        """A store into a kernel variable: DTrace's refusal (they are read-only)."""
        name = self._ksym_name(prim)
        return self.error(f"kernel variable `{name} is read-only: D scripts cannot modify "
                          "kernel variables", prim)


def cast_name(t: Type) -> str:
    """The D spelling of a kernel variable's type in `*(T *)&`name`."""
    return tables.cast_type_name(t) if t.bits < 64 else ("long" if t.signed else "unsigned long")
