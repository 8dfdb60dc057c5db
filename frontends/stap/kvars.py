"""stap's `@var("name")`: a kernel global variable read by name (a mixin of the
expression lowering).

stap types it from the kernel's DWARF; xtrace has none, so it takes the type
from the well-known table (frontends/kernel_vars.KNOWN), and any other variable
is read through its address with a tapset reader of the width the script
chooses: `kernel_int(&@var("name"))`. The IR is the one Vue's `__kernel` and
D's backquote give.

`@var("name@file.c")`: stap's file part picks one of several static variables
of that name. kallsyms carries no file names; xtrace accepts the file part and
ignores it, which is safe because a name several variables share is refused
(ir/ksyms: ambiguous), so the one variable read is the one the file names. The
optional module argument must be the kernel's ("kernel").
"""

from __future__ import annotations

from typing import Optional

from xtrace.frontends import kernel_vars
from xtrace.grammars.generated.stap.StapParser import StapParser as P
from xtrace.ir import nodes as ir


class KernelVarLowering:
    """`@var` reads and `&@var` addresses."""

    def _var_name(self, p: P.AtExprContext) -> str:
        """The variable `@var(...)` names (its `@file` part dropped), checked."""
        args = p.expr()
        if len(args) not in (1, 2):
            raise self.error('@var takes a variable name and optionally a module, '
                             '@var("jiffies") or @var("jiffies", "kernel")', p)
        spelled = self._expr(args[0])
        if not isinstance(spelled, ir.StrLit):
            raise self.error("the name of @var must be a literal string", args[0])
        if len(args) == 2:
            module = self._expr(args[1])
            if not isinstance(module, ir.StrLit):
                raise self.error("the module of @var must be a literal string", args[1])
            if module.value != "kernel":
                raise self.error(f'@var reads variables of the kernel image only ("kernel"), '
                                 f"not of module '{module.value}'", args[1])
        name = spelled.value.partition("@")[0]
        if not name.isidentifier():
            raise self.error(f"@var(\"{spelled.value}\"): '{name}' is not a variable name", args[0])
        suffixes = p.targetSuffix()
        if len(suffixes) == 2 and suffixes[0].expr() is not None and suffixes[1].memberName() is not None \
                and suffixes[1].memberName().getText() in kernel_vars.ELEMENT_MEMBERS.get(name, {}):
            return name  # @var("major_names@block/genhd.c")[i]->name
        if suffixes and not (len(suffixes) == 1 and suffixes[0].expr() is not None
                             and name in kernel_vars.ARRAYS):
            raise self.error(f'members and elements of @var("{spelled.value}") are not supported '
                             "(xtrace reads integer kernel variables, and elements of "
                             f"{', '.join(sorted(kernel_vars.ARRAYS))})", suffixes[0])
        return name

    def _var(self, p: P.AtExprContext) -> ir.Expr:
        """`@var("name")`: the variable's value, typed by the well-known table; in a
        function probe, a bare name is stap's other spelling of `$name`."""
        param = self._var_param(p)
        if param is not None:
            return param
        name = self._var_name(p)
        if name in kernel_vars.ARRAYS:
            if not p.targetSuffix():
                count = kernel_vars.ARRAYS[name][1]
                raise self.error(f'@var("{name}") is an array of {count}: read an element, '
                                 f'@var("{name}")[0]', p)
            index = self._expr(p.targetSuffix(0).expr())
            why = kernel_vars.check_index(name, index)
            if why is not None:
                raise self.error(f'@var("{name}"): {why}', p.targetSuffix(0).expr())
            if len(p.targetSuffix()) == 2:  # a char array member: its address, as stap's
                member = p.targetSuffix(1).memberName().getText()
                return kernel_vars.member_address(name, index, member, self.loc(p))
            return kernel_vars.element(name, index, self.loc(p))
        t = kernel_vars.known_type(name)
        if t is None:
            raise self.error(f'@var("{name}"): xtrace does not know the C type of this kernel '
                             "variable (stap takes it from DWARF, which xtrace does not read); "
                             f'read it through its address, e.g. kernel_long(&@var("{name}")) or '
                             f'kernel_int(&@var("{name}"))', p)
        return kernel_vars.read(name, t, self.loc(p))

    def _var_param(self, p: P.AtExprContext) -> Optional[ir.Expr]:
        """`@var("fd")` in a kernel.function or process.function probe: stap looks the
        name up as it does `$fd`, in the probed function's scope first, so it reads the
        parameter (and `->` steps into it as `$p->m` does). A name with an `@file`
        part, or one of the kernel globals xtrace knows (`@var("jiffies")`), stays a
        kernel variable: a parameter named so is improbable, and xtrace resolves the
        parameter later, from BTF, where it could no longer fall back."""
        args = p.expr()
        if not (args and len(args) == 1 and self.function is None and self.points
                and all(pp.kind in ("kfunc", "ufunc") for pp in self.points)):
            return None
        spelled = self._expr(args[0])
        if not isinstance(spelled, ir.StrLit) or not spelled.value.isidentifier() \
                or spelled.value in kernel_vars.KNOWN or spelled.value in kernel_vars.ARRAYS:
            return None
        return self._param_read(spelled.value, p.targetSuffix(), self.loc(p), p.getText())

    def _var_address(self, e) -> Optional[ir.Expr]:
        """`&@var("name")`: the variable's address, or None when `e` (the operand
        of `&`) is no @var."""
        while isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.ParenExprContext):
            e = e.primary().expr()
        if not (isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.AtExprContext)
                and e.primary().AT_IDENT().getText() == "@var"):
            return None
        return kernel_vars.address(self._var_name(e.primary()), self.loc(e.primary()))

    def _var_store(self, e) -> Optional[Exception]:
        """The refusal of a store into `@var(...)`: stap's without -g; with -g too,
        as xtrace never writes kernel variables."""
        if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.AtExprContext) \
                and e.primary().AT_IDENT().getText() == "@var":
            if not self.guru:  # stap's words: a target variable is written under -g only
                return self.error("write to target variable not permitted; need stap -g", e,
                                  kind="semantic error")
            return self.error(f"@var(\"{self._var_name(e.primary())}\") is read-only: xtrace does "
                              "not write kernel variables", e)
        return None
