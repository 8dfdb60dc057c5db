"""D expressions to IR: operators, casts, sizeof/stringof, members, literals,
built-in variables and subroutine calls. A mixin of Lowering (lower.py),
whose state it uses.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from antlr4 import Token

from xtrace.grammars.generated.d.DParser import DParser as P
from xtrace.frontends import kernel_vars
from xtrace.ir import nodes as ir
from xtrace.ir.byteorder import byte_swap
from xtrace.ir import registers
from xtrace.ir.builtins import FUNCTIONS, arity
from xtrace.ir.loc import Loc
from xtrace.ir.stores import convert
from xtrace.ir.types import INT32, INT64, STRING, UINT64, Type

from . import tables, tcpprovider, translators
from .formats import EscapeError, decode_escapes
from .lower_types import VarRef
from .symbol_actions import SYMBOL_ACTIONS, not_in_expression
from .lower_util import _D_INT_PROTO, _MAX_U64, _primary, _static_type, _struct_pointer, _unparen, spec_tag


class ExprLowering:
    """D expressions to IR (mixed into Lowering)."""

    def expr(self, ctx) -> ir.Expr:
        """Lower an expression used for its value."""
        return getattr(self, f"_x_{type(ctx).__name__}")(ctx)

    def _x_PrimaryExprContext(self, ctx):
        return getattr(self, f"_p_{type(ctx.primary()).__name__}")(ctx.primary())

    def _param_inline_call(self, name: str, ctx) -> ir.Expr:
        """`prot_table[flags]` of `inline string prot_table[int32_t prot] = ...`: a call of
        the function the inline is (frontends/d/lower.py _param_inline), each integer
        argument converted to its parameter's type, as C passes it to a typed one."""
        params = self.param_inlines[name]
        args = ctx.exprList().expr()
        if len(args) != len(params):
            # (dt_idcook_sign: an inline used as `NAME[...]` is an array, its arguments keys)
            raise self.error(f"{name}[ ] prototype mismatch: {len(args)} key"
                             f"{'' if len(args) == 1 else 's'} passed, {len(params)} expected", ctx)
        if name in self.subst_inlines:
            return self._subst_inline_use(name, args)
        values = []
        for (_, ptype), a in zip(params, args):
            v = self.expr(a)
            if ptype.is_int:
                v = convert(v, ptype, loc=v.loc)
            values.append(v)
        return ir.FuncCall(name, values, loc=self.loc(ctx))

    def _subst_inline_use(self, name: str, args) -> ir.Expr:
        """`SA2IP[args[0]->nd_nam->sa_data]` of an inline with an array or pointer
        parameter (lower.py _subst_inline): its body lowered with each argument in
        its parameter's place, as dtrace's inline reads the argument there."""
        vtype, params, body = self.subst_inlines[name]
        bound = {}
        strings: set[str] = set()  # the char array parameters given a string
        for i, (q, a) in enumerate(zip(params, args), 1):
            v = self.expr(a)
            if q.scalar:
                if q.type.is_int:
                    v = convert(v, q.type, loc=v.loc)
            elif q.takes_string(_static_type(v)) or q.of_chars and _static_type(v) is None \
                    and not isinstance(v, _KERNEL_VALUES):
                # (a D variable: a string, analysis checks, as it is no kernel array)
                strings.add(q.name)
            elif q.incompatible(_static_type(v)):
                raise self.error(f"{name}[ ] key #{i} is incompatible with prototype:\n"
                                 f"\tprototype: {q.type_name()}\n\t{'key':>9}: "
                                 f"{_static_type(v)}", a)
            bound[q.name] = v
        value = self._with_params(params, bound, body, strings)
        return convert(value, vtype, loc=value.loc) if vtype.is_int else value

    def _with_params(self, params, bound: dict, body, strings: frozenset[str] | set[str] = frozenset()
                     ) -> ir.Expr:
        """`body` lowered with the inline parameters `params` bound to `bound`'s values.
        It sees its parameters and the globals, not the bindings of the translator or
        inline being lowered around it (dtrace pushes the inline's own scope)."""
        saved = self.bound, self.bound_arrays, self.bound_strings
        self.bound = bound
        self.bound_arrays = {q.name: q.elem for q in params if q.dim is not None and not q.stars}
        self.bound_strings = {q.name: q.elem for q in params if q.name in strings}
        try:
            return self.expr(body)
        finally:
            self.bound, self.bound_arrays, self.bound_strings = saved

    def _x_IndexExprContext(self, ctx):
        base = _primary(ctx.expr())
        if isinstance(base, P.IdentPrimaryContext) and base.getText() in self.bound_strings:
            # `data[2]` of a char array parameter given a string: the string's byte
            # there, as dtrace reads the argument's characters through the array type
            keys = ctx.exprList().expr() if ctx.exprList() else []
            if len(keys) != 1:
                raise self.error("an array element takes one index", ctx)
            loc = self.loc(ctx)
            byte = ir.Call("stringat", [self.expr(ctx.expr()), self.expr(keys[0])], loc=loc)
            elem = self.bound_strings[base.getText()]
            # stringat() gives the signed char a plain `char` (x86's) or `signed char`
            # parameter reads; `unsigned char d[14]` reads it unsigned
            return convert(byte, elem, loc=loc) if elem is not None and not elem.signed else byte
        if isinstance(base, P.IdentPrimaryContext) and base.getText() in self.bound:
            # `data[2]` of an inline's array parameter: an element of the array argument
            value = self._kernel_element(ctx)
            elem = self.bound_arrays.get(base.getText())
            if elem is not None and elem != _PLAIN_CHAR:
                # read as the parameter declares its elements (`unsigned char d[14]` of
                # a char array: dtrace typed the body by the parameter). A plain `char`
                # array, the kernel's own (sa_data, comm), reads as the argument's.
                value = convert(value, elem, loc=value.loc)
            return value
        if isinstance(base, P.IdentPrimaryContext):
            name = base.getText()
            g = self.vars.get(name)
            if g is None and name == tcpprovider.STATE_STRING and name not in self.param_inlines:
                # tcp.d's inline, defined for the script as if it had written it
                self.param_inlines[name] = [("state", INT32)]
                self.functions.append(tcpprovider.state_string_function(self.loc(ctx)))
            if g is None and name in self.param_inlines:
                return self._param_inline_call(name, ctx)
            if g is None:
                keys = ctx.exprList().expr()
                if name == "args" and len(keys) == 1 and re.fullmatch(r"\d", keys[0].getText()):
                    translated = self._provider_arg(int(keys[0].getText()), None, ctx)
                    if translated is not None:
                        return translated
                    if self.points and all(p.kind == "kfunc" and not p.is_return for p in self.points):
                        # fbt entry: the parameter, typed by the kernel's BTF (args[0]->f_path)
                        return ir.ProbeArg("", position=int(keys[0].getText()), loc=self.loc(ctx))
                    # args[N] as the integer argument N (tracepoint:...)
                    return ir.Builtin(f"arg{keys[0].getText()}", loc=self.loc(ctx))
                if name == "uregs":
                    return self._user_register(keys, ctx)
                if name in tables.BUILTIN_VARS or name in tables.UNSUPPORTED_VARS:
                    raise self.unsupported(f"indexing built-in variable '{name}'", ctx)
                # dt_cook_op2 creates an associative array at its first `name[...]`,
                # read or written: a predicate may test one a later clause fills
                # (`/!pending[dev]/` before `pending[dev]++`); unset, it reads 0.
                g = self._declare(ir.Global(name, "map", loc=self.loc(base)))
            if g.kind != "map":
                raise self.error(f"'{name}' is a scalar, not an associative array", base)
            keys = [self.expr(k) for k in ctx.exprList().expr()]
            self._check_arity(name, len(keys), ctx)
            return ir.Index(name, keys, loc=self.loc(ctx))
        if isinstance(base, P.AggPrimaryContext):
            raise self.error("aggregations cannot be read in expressions; use printa()", ctx)
        if isinstance(base, P.KsymPrimaryContext) and _unparen(ctx.expr()).primary() is base:
            return self._ksym_element(base, ctx)
        if isinstance(base, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
            return self._indexed_local(base, ctx)
        return self._kernel_element(ctx)

    def _user_register(self, keys, ctx) -> ir.Expr:
        """`uregs[R_PC]`: a register of the thread's user-space state, named by one of
        regs.d's constants (ir/registers.py)."""
        if len(keys) != 1:
            raise self.error("uregs[] takes one index, a register such as R_PC or R_RAX", ctx)
        index = self.expr(keys[0])
        if not isinstance(index, ir.IntLit):
            raise self.error("the index of uregs[] must be a constant register number, such as "
                             "R_PC, R_SP or R_RAX (xtrace reads each register by name)", keys[0])
        slot = registers.d_slot(index.value)
        if slot is None:
            raise self.error(f"uregs[{keys[0].getText()}]: Linux saves no such register of a "
                             "thread on x86_64 (it keeps no segment registers but cs and ss, "
                             "and no trap number)", keys[0])
        return registers.user_register(slot, self.loc(ctx))

    def _kernel_element(self, ctx) -> ir.Expr:
        """`args[0]->comm[0]`, `((struct upid *)p)[1]`: an element of a kernel array
        member or of what a kernel pointer points to, as C indexes it (analysis
        types it from the kernel's BTF; a char array member is its address here, not
        D's string)."""
        keys = ctx.exprList().expr() if ctx.exprList() else []
        value = self.expr(ctx.expr())
        if isinstance(value, ir.KernelMember) and not value.addr_of:
            value = ir.KernelMember(value.base, value.path, decay=True, loc=value.loc)
        if not isinstance(value, (ir.KernelMember, ir.KernelElem, ir.KernelCast, ir.ProbeArg)):
            raise self.unsupported("indexing anything but an associative array, a kernel "
                                   "array member or a kernel pointer", ctx)
        if len(keys) != 1:
            raise self.error("an array element takes one index", ctx)
        return ir.KernelElem(value, self.expr(keys[0]), loc=self.loc(ctx))

    def _provider_arg(self, index: int, member, ctx):
        """args[index] (->member) of a translated provider probe, or None."""
        provider = [p for p in self.points if p.kind in ("tracepoint", "kfunc") and p.alias]
        # (sched:::enqueue: 4 functions, one key; tcpprovider.point_key: state-change's own)
        aliases = list(dict.fromkeys(tcpprovider.point_key(p) for p in provider))
        if not aliases:
            return None
        if len(provider) != len(self.points):
            aliases = aliases + ["(another kind of probe)"]
        try:
            return translators.provider_arg(aliases, index, member, self.loc(ctx))
        except translators.TranslatorError as ex:
            raise self.error(str(ex), ctx) from None

    def _x_MemberExprContext(self, ctx):
        # `p->a.b`: one kernel read of member path [a, b] of what p points to.
        name = ctx.name().getText()
        inner = ctx.expr()
        if ctx.op.text == "->" and isinstance(inner, P.IndexExprContext):
            base = _primary(inner.expr())
            keys = inner.exprList().expr() if inner.exprList() else []
            if (isinstance(base, P.IdentPrimaryContext) and base.getText() == "args"
                    and "args" not in self.vars and len(keys) == 1
                    and re.fullmatch(r"\d", keys[0].getText())):
                translated = self._provider_arg(int(keys[0].getText()), name, ctx.name())
                if translated is not None:
                    return translated
        if ctx.op.text == "->" and isinstance(inner, P.IndexExprContext) \
                and isinstance(_primary(inner.expr()), P.KsymPrimaryContext):
            # `major_names[i]->name: a member of the struct a kernel array's element
            # points to (kernel_vars.ELEMENT_MEMBERS); a char array, read through its
            # address as `stringof((char *)`major_names[i]->name)`
            element = kernel_vars.element_read(self.expr(inner))
            if element is not None and name in kernel_vars.ELEMENT_MEMBERS.get(element[0], {}):
                return kernel_vars.member_address(element[0], element[1], name, self.loc(ctx))
        special = self._translated_var(inner, ctx.op.text, name, ctx)
        if special is not None:
            return special
        if ctx.op.text == ".":
            ref = self._sref(inner)
            if ref is not None:
                return self._member_value(ref, ctx.name(), self.loc(ctx))
            prim = _primary(inner)
            if isinstance(prim, P.XlatePrimaryContext):
                t = self._typename_ctype(prim.typeName())
                raise self.error(f'operator . cannot be applied to type "{t.name}"; must be '
                                 "applied to a struct or union", ctx.op)
            base = self.expr(inner)
        else:
            ref, base = self._pointee(inner)
            if ref is not None:
                return self._member_value(ref, ctx.name(), self.loc(ctx.op))
            if base is None:
                base = self.expr(inner)
        if ctx.op.text == ".":
            if isinstance(base, ir.KernelElem):
                # a member of a struct array's element (`numbers[0].nr`): analysis
                # takes the element as its address (struct_element_base)
                return ir.KernelMember(base, [name], loc=self.loc(ctx.op))
            if not isinstance(base, ir.KernelMember):
                raise self.unsupported("the member operator '.' on anything but a kernel "
                                       "structure member", ctx.op)
            return ir.KernelMember(base.base, base.path + [name], loc=base.loc)
        return ir.KernelMember(base, [name], loc=self.loc(ctx.op))

    def _x_PostIncDecExprContext(self, ctx, value_used: bool = True):
        # D declares a variable whose first use is `x++` (an int starting at 0).
        target = self._lvalue(ctx.expr(), declare=True)
        return self._incdec(target, ctx.op.text, False, self.loc(ctx), value_used)

    def _x_PreIncDecExprContext(self, ctx):
        return self._incdec(self._lvalue(ctx.expr(), declare=True), ctx.op.text, True,
                            self.loc(ctx))

    def _incdec(self, target, op: str, prefix: bool, loc, value_used: bool = True) -> ir.Expr:
        """`x++` / `++x`. IR integers are 64-bit: on a variable declared narrower
        (int32_t, char ...) it is `x = (T)(x + 1)`, wrapping as C (and D) does;
        the postfix value is the old one, `(T)(new - 1)` (unless nothing uses it)."""
        t = self._declared_narrow(target) or self.bit_field_type(target)
        if t is None:
            return ir.IncDec(target, op, prefix, loc=loc)
        prefix = prefix or not value_used
        new = self.field_store(target, convert(
            ir.Binary(op[0], copy.deepcopy(target), ir.IntLit(1, loc=loc), loc=loc), t))
        assign = ir.Assign(target, "=", new, loc=loc)
        if prefix:
            return assign
        back = "-" if op == "++" else "+"
        return self.field_store(target, ir.Cast(t, ir.Binary(back, assign, ir.IntLit(1, loc=loc),
                                                             loc=loc), loc=loc))

    def _declared_narrow(self, target) -> Optional[Type]:
        """The type of a variable declared narrower than 64 bits (stores wrap to it): a
        global or array, a `self int x;` thread-local or a `this char c;` clause-local."""
        t = self._declared_int(target)
        return t if t is not None and t.bits < 64 else None

    def _declared_int(self, target) -> Optional[Type]:
        """The integer type a variable or array element was declared (any width), else None."""
        if not isinstance(target, (ir.Var, ir.Index)):
            return None
        if isinstance(target, ir.Var) and target.scope == "thread":
            t = self.options.get("thread_types", {}).get(target.name)
        elif isinstance(target, ir.Var) and target.scope == "local":
            t = self.local_types.get(target.name)
        elif isinstance(target, ir.Index) and target.map in self.thread_maps:
            t = self.thread_maps[target.map].type  # `self char a[int];`
        else:
            g = self.vars.get(target.name if isinstance(target, ir.Var) else target.map) \
                if isinstance(target, ir.Index) or (isinstance(target, ir.Var) and target.scope == "global") \
                else None
            t = g.type if g is not None else None
        return t if t is not None and t.kind == "int" else None

    def _x_UnaryExprContext(self, ctx):
        op = ctx.op.text
        if op == "*" and self._sref(ctx) is not None:
            raise self._struct_value_error(self._sref(ctx).ctype, ctx)
        if op == "*":
            read = self._deref_cast(ctx) or self._deref_var(ctx)
            if read is not None:
                return read
        if op == "&":
            return self._ksym_address(ctx.expr()) or self._address_of(ctx)
        if op == "*":
            raise self.unsupported(f"the pointer operator '{op}'", ctx.op)
        operand = self.expr(ctx.expr())
        if op == "-" and isinstance(operand, ir.IntLit) and _unparen(ctx.expr()) is ctx.expr():
            # Fold so a negative constant is one IntLit, as the printer writes it; a
            # negated parenthesised one (`-(-3)`, `-(5)`) stays a negation, as the
            # printers write that and stap reads it.
            return ir.IntLit(-operand.value, loc=self.loc(ctx))
        return ir.Unary(op, operand, loc=self.loc(ctx))

    def _address_of(self, ctx) -> ir.Expr:
        """`&p->m` / `&p->a.b`: the address of a kernel structure's member, computed
        from the pointer and the member's offset with no memory read (as D's `&`
        on an lvalue). D variables have no address, and an rvalue is no operand
        of `&`: dt_cook_op1's messages for both."""
        inner = _unparen(ctx.expr())
        prim = _primary(inner)
        if isinstance(prim, (P.IdentPrimaryContext, P.SelfPrimaryContext, P.ThisPrimaryContext,
                             P.AggPrimaryContext)) and not isinstance(inner, P.MemberExprContext) \
                or (isinstance(inner, P.IndexExprContext) and isinstance(
                    _primary(inner.expr()), (P.IdentPrimaryContext, P.AggPrimaryContext))
                    and _primary(inner.expr()).getText() != "args"):
            if not (isinstance(prim, P.IdentPrimaryContext) and prim.getText() in self.inlines):
                raise self.error("cannot take address of dynamic variable", ctx)
        if isinstance(inner, (P.MemberExprContext, P.IndexExprContext)) and self._sref(inner) is None:
            target = self.expr(inner)
            # `&p->m`, `&p->arr[i]`: the member's or element's address, nothing read
            if isinstance(target, (ir.KernelMember, ir.KernelElem)) and not target.addr_of:
                target.addr_of = True
                target.loc = self.loc(ctx)
                return target
        if self._sref(inner) is not None:
            # a member of the script's own struct variable (kept as D variables)
            raise self.error("cannot take address of dynamic object", ctx)
        raise self.error("unacceptable operand for unary & operator", ctx)

    def _deref_var(self, ctx) -> Optional[ir.Expr]:
        """`*p` with p a variable declared `T *p` (T an integer type): a T read from
        kernel memory at p (scratch from alloca()/copyin() included), as `*(T *)p`."""
        inner = _unparen(ctx.expr())
        prim = _primary(inner)
        if isinstance(prim, P.IdentPrimaryContext):
            key = ("global", prim.getText())
        elif isinstance(prim, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
            key = ("thread" if isinstance(prim, P.SelfPrimaryContext) else "local", prim.name().getText())
        else:
            return None
        t = self.sptr_vars.get(key)
        if t is None:
            return None
        loc = self.loc(ctx)
        raw = ir.Call("kernel_read", [self.expr(inner), ir.IntLit(t.bits // 8, loc=loc)], loc=loc)
        return ir.Cast(t, raw, loc=loc, spelling=tables.cast_type_name(t))

    def _deref_cast(self, ctx) -> Optional[ir.Expr]:
        """`*(T *)addr` with T an integer type (or a pointer: `*(T **)addr`): T read
        from kernel memory at addr, as DTrace loads through a kernel pointer (user
        memory takes copyin()); a bad address is the clause's "invalid address"
        fault (`*(char *)NULL`). None for any other operand."""
        inner = _unparen(ctx.expr())
        if not isinstance(inner, P.CastExprContext) or _struct_pointer(inner.castType()) is not None:
            return None
        words = [c.getText() for c in inner.castType().getChildren()
                 if not isinstance(c, P.TypeQualContext)]
        if len(words) < 2 or words[-1] != "*":
            return None
        if words[-2] == "*":
            t = UINT64  # a pointer read as the address it holds
        else:
            t = tables.TYPES.get(" ".join(words[:-1]))
            if t is None or not t.is_int:
                return None
        kvar = self._ksym_typed_read(inner.expr(), t, ctx)
        if kvar is not None:
            return kvar
        loc = self.loc(ctx)
        raw = ir.Call("kernel_read", [self.expr(inner.expr()), ir.IntLit(t.bits // 8, loc=loc)], loc=loc)
        return ir.Cast(t, raw, loc=loc, spelling=tables.cast_type_name(t))

    def _cast_type(self, words: list[str], node) -> Type:
        """The IR type of a cast's type name (a pointer is a 64-bit unsigned address)."""
        if "*" in words:
            return UINT64
        spelled = " ".join(words)
        t = tables.TYPES.get(spelled)
        if t is None or not t.is_int:
            raise self.unsupported(f"a cast to '{spelled}'", node)
        return t

    def _cast(self, t: Type, ctx, spelled: str = "") -> ir.Expr:
        operand = self.expr(ctx.expr())
        if _static_type(operand) == "string":
            # dt_cook_op2's wording for DT_TOK_LPAR: a string converts to no integer.
            raise self.error(f'invalid cast expression: "string" to '
                             f'"{spelled or tables.cast_type_name(t)}"', ctx)
        return ir.Cast(t, operand, loc=self.loc(ctx), spelling=spelled or tables.cast_type_name(t))

    def _x_CastExprContext(self, ctx):
        ctype = _struct_pointer(ctx.castType())
        if ctype is not None:
            return ir.KernelCast(self.expr(ctx.expr()), ctype, loc=self.loc(ctx))
        ct = ctx.castType()
        specs = ct.typeSpec()
        if len(specs) == 1 and spec_tag(specs[0]) is not None and ct.getChild(ct.getChildCount() - 1) is specs[0]:
            # `(struct foo)x`: a struct is no scalar (dt_cook_op2's D_CAST_INVAL).
            t = self._typename_ctype(ct)
            if t.kind == "int":
                return self._cast(t.ir, ctx, t.name)  # an enum
            raise self.error(f'invalid cast expression: "{self._d_type_name(self.expr(ctx.expr()))}" '
                             f'to "{t.name}"', ctx)
        words = [c.getText() for c in ct.getChildren() if not isinstance(c, P.TypeQualContext)]
        if ct.IDENT() is not None or (ct.TYPEDEF_NAME() is not None
                                      and ct.TYPEDEF_NAME().getText() in self.typedefs):
            # `(foo_t *)arg0`: a typedef of the script's.
            t = self._typename_ctype(ct)
            if t.kind == "pointer" and t.target is not None and \
                    (t.target.is_sou or t.target.kind == "kernel"):
                return ir.KernelCast(self.expr(ctx.expr()), t.name, loc=self.loc(ctx))
            if t.kind == "pointer":
                return self._cast(UINT64, ctx, t.name)
            if t.kind == "int":
                return self._cast(t.ir, ctx, t.name)
            raise self.error(f'invalid cast expression: "{self._d_type_name(self.expr(ctx.expr()))}" '
                             f'to "{t.name}"', ctx)
        if words in (["char", "*"], ["string"]):
            # `(char *)curpsinfo->pr_psargs` (iosnoop): a string taken as char * stays
            # the string.
            operand = self.expr(ctx.expr())
            value = operand.value if isinstance(operand, ir.Translated) else operand
            if _static_type(value) == "string":
                return operand
            if words == ["string"]:
                # (string)addr: the string at that address, as stringof() reads it (a
                # string variable passes through: analysis knows its type).
                return ir.Call("kernel_string", [operand], loc=self.loc(ctx))
        return self._cast(self._cast_type(words, ct), ctx, " ".join(words).replace(" *", "*"))

    def _x_SizeofExprContext(self, ctx):
        loc = self.loc(ctx)
        tn = ctx.typeName()
        if tn is not None:
            own = self._sizeof_ctype(tn)
            if own is not None and own.kind == "kernel":
                return self._kernel_layout(own, None, loc)
            if own is not None:
                return ir.IntLit(own.size, loc=loc)
            if tn.IDENT() is not None and ("global", tn.IDENT().getText()) in self.struct_vars:
                return ir.IntLit(self.struct_vars[("global", tn.IDENT().getText())].size, loc=loc)
            words = [c.getText() for c in tn.getChildren() if not isinstance(c, P.TypeQualContext)]
            if "*" in words:
                return ir.IntLit(tables.SIZEOF_POINTER, loc=loc)
            t = tables.TYPES.get(" ".join(words))
            if t is None and len(words) == 1 and tn.IDENT() is not None:
                # `sizeof(x)` of a variable parses as a type name: size its value.
                e = self._p_IdentPrimaryContext(tn)
            elif t is None or t.kind == "void":
                raise self.unsupported(f"sizeof({' '.join(words)})", tn)
            else:
                return ir.IntLit(self._sizeof(t), loc=loc)
        else:
            ref = self._sref(ctx.expr())
            if ref is not None:
                return ir.IntLit(ref.ctype.size, loc=loc)
            inner = _unparen(ctx.expr())
            if isinstance(inner, P.MemberExprContext):
                # A member of the script's struct has its C size (char name[16]: 16).
                sou = (self._static_sou(inner.expr()) if inner.op.text == "."
                       else self._static_ptr(inner.expr()))
                if sou is not None:
                    return ir.IntLit(self._member(sou, inner.name()).ctype.size, loc=loc)
            e = self.expr(ctx.expr())
        t = self._static_ir_type(e)
        if t is None:
            raise self.unsupported(f"sizeof of '{(tn or ctx.expr()).getText()}' (its type is not "
                                   "known when the script is compiled)", ctx)
        return ir.IntLit(self._sizeof(t), loc=loc)

    def _sizeof(self, t: Type) -> int:
        if t.is_str:
            return self._strsize()
        return t.bits // 8

    def _static_ir_type(self, e: ir.Expr) -> Type | None:
        """The D type of `e` where the lowering knows it (for sizeof)."""
        from xtrace.ir.builtins import BUILTINS
        if isinstance(e, ir.Cast):
            return e.to
        if isinstance(e, ir.IntLit):
            return tables.TYPES["int"] if -(1 << 31) <= e.value < (1 << 31) else tables.TYPES["long long"]
        if isinstance(e, ir.Var) and e.scope == "global" and e.name in self.vars:
            return self.vars[e.name].type
        if isinstance(e, ir.Builtin) and e.name in BUILTINS:
            return BUILTINS[e.name][0]
        if isinstance(e, ir.Call) and e.name in _D_TYPED_CALLS:
            return FUNCTIONS[e.name][1]
        if _static_type(e) == "string":
            return tables.TYPES["string"]
        return None

    def _x_StringofExprContext(self, ctx):
        # stringof((char *)addr) reads a kernel string; other uses format values.
        inner = _unparen(ctx.expr())
        if isinstance(inner, P.CastExprContext) and inner.castType().getText() == "char*":
            return ir.Call("kernel_string", [self.expr(inner.expr())], loc=self.loc(ctx))
        if isinstance(inner, P.MemberExprContext):
            # A char pointer member is read as a string; a char array member is one already.
            return ir.Call("kernel_string", [self.expr(inner)], loc=self.loc(ctx))
        # stringof of a string is the string; of an integer (an address) the
        # kernel string there, as DTrace treats a scalar operand.
        value = self.expr(ctx.expr())
        have = _static_type(value)
        if have == "string":
            return value
        # Of a variable: analysis decides by its type (a string stays itself; an
        # address, such as a copyin() buffer kept in this->buf, is read).
        return ir.Call("kernel_string", [value], loc=self.loc(ctx))

    def _x_BinaryExprContext(self, ctx):
        null_test = self._null_test(ctx)
        if null_test is not None:
            return null_test
        lhs, rhs = self.expr(ctx.expr(0)), self.expr(ctx.expr(1))
        loc = self.loc(ctx)
        if ctx.op.text == "^^":
            # Logical xor: true when exactly one side is true, i.e. !a != !b.
            return ir.Binary("!=", ir.Unary("!", lhs, loc=loc), ir.Unary("!", rhs, loc=loc), loc=loc)
        return ir.Binary(ctx.op.text, lhs, rhs, loc=loc)

    def _null_test(self, ctx) -> ir.Expr | None:
        """`strstr(s, t) != NULL` (or 0, either side, == too): the IR has no
        NULL string, so test what NULL means: strstr's needle is absent
        (index -1), strchr/strrchr's result is empty."""
        if ctx.op.text not in ("==", "!="):
            return None
        a, b = _unparen(ctx.expr(0)), _unparen(ctx.expr(1))
        if a.getText() in ("NULL", "0"):
            a, b = b, a
        if b.getText() not in ("NULL", "0"):
            return None
        prim = _primary(a)
        if not isinstance(prim, P.CallPrimaryContext) or \
                prim.IDENT().getText() not in ("strstr", "strchr", "strrchr"):
            return None
        call = self.expr(a)
        loc = self.loc(ctx)
        if call.name == "strstr":
            return ir.Binary(ctx.op.text, ir.Call("index", call.args, loc=call.loc),
                             ir.IntLit(-1, loc=loc), loc=loc)
        return ir.Binary(ctx.op.text, call, ir.StrLit("", loc=loc), loc=loc)

    def _x_TernaryExprContext(self, ctx):
        return ir.Ternary(self.expr(ctx.expr(0)), self.expr(ctx.expr(1)), self.expr(ctx.expr(2)),
                          loc=self.loc(ctx))

    def _x_AssignExprContext(self, ctx):
        if self._agg_target(ctx.expr(0)) is not None:
            raise self.error("an aggregation assignment must be a statement of its own", ctx)
        op = ctx.op.text
        if self._sref(ctx.expr(0)) is not None or self._sref(ctx.expr(1)) is not None:
            raise self.unsupported("a struct assignment used as a value", ctx)
        value = self.expr(ctx.expr(1))  # the right side is read first: `x = x + 1` needs x
        target = self._lvalue(ctx.expr(0), declare=(op == "="))
        if isinstance(target, ir.Index) and _is_char_pointer_cast(ctx.expr(1)):
            # iosnoop.d's `start_args[dev, blk] = (char *)curpsinfo->pr_psargs`: the array
            # holds char pointers (kept as the strings they point to), so `(int)start_args[..]`
            # is a NULL test of a missing element, not DTrace's string-to-int error
            self.options.setdefault("char_pointer_maps", [])
            if target.map not in self.options["char_pointer_maps"]:
                self.options["char_pointer_maps"].append(target.map)
        if isinstance(target, ir.Var) and (target.scope, target.name) in self.kptr_vars \
                and op == "=" and not isinstance(value, (ir.KernelCast, ir.IntLit)):
            # a declared `struct T *p`: what is stored is that pointer (`->` reads T)
            value = ir.KernelCast(value, self.kptr_vars[(target.scope, target.name)], loc=value.loc)
        pointee = self._uptr(value)
        if pointee is not None and isinstance(target, ir.Var) and op == "=":
            # `this->p = (struct foo *)arg0`: `this->p->a` reads a struct foo.
            self.ptr_vars[(target.scope, target.name)] = pointee
        loc = self.loc(ctx)
        field = self.bit_field_type(target)
        t = self._declared_narrow(target) or field
        if t is not None and _static_type(value) == "string":
            # dt_cook_op2's D_OP_INCOMPAT (`int x; x = "s";`)
            raise self.error(f'operands have incompatible types: "{tables.cast_type_name(t)}" '
                             f'{op} "string"', ctx)
        if t is not None:  # a store converts to the variable's C type
            if op != "=":
                value = ir.Binary(op[:-1], copy.deepcopy(target), value, loc=loc)
            elif _holds(t, self._declared_int(value)) and field is None:
                # a variable of a type `t` holds (an int copied into an int array) is
                # stored unchanged, as a struct copy stores its members
                return ir.Assign(target, "=", value, loc=loc)
            return ir.Assign(target, "=", self.field_store(target, convert(value, t)), loc=loc)
        return ir.Assign(target, op, value, loc=loc)

    def _lvalue(self, ctx, declare: bool):
        """The Var/Index a store goes to; `declare` lets a first `=` create it."""
        ctx = _unparen(ctx)
        prim = _primary(ctx)
        loc = self.loc(ctx)
        if isinstance(ctx, P.MemberExprContext):
            ref = self._sref(ctx.expr()) if ctx.op.text == "." else self._pointee(ctx.expr())[0]
            if isinstance(ref, VarRef):
                return self._member_value(ref, ctx.name(), loc)
            if ref is not None:
                raise self.unsupported("assigning to a struct member in kernel memory "
                                       "(D scripts may not write kernel memory)", ctx)
        ref = self._sref(ctx)
        if ref is not None:
            raise self._struct_value_error(ref.ctype, ctx)
        if isinstance(ctx, P.IndexExprContext) and isinstance(_primary(ctx.expr()), P.KsymPrimaryContext):
            prim = _primary(ctx.expr())  # `avenrun[0] = ...
        if isinstance(prim, P.KsymPrimaryContext):
            raise self._ksym_store(prim)
        if isinstance(prim, P.IdentPrimaryContext):
            name = prim.getText()
            self._not_builtin(name, prim)
            if name in self.enum_consts:
                raise self.error("operator = can only be applied to a writable variable", prim)
            g = self.vars.get(name)
            if g is None:
                if not declare:
                    raise self.error(f"unknown identifier '{name}'", prim)
                g = self._declare(ir.Global(name, "scalar", loc=loc))
            if g.kind != "scalar":
                raise self.error(f"'{name}' is an associative array; index it", prim)
            return ir.Var(name, "global", loc=loc)
        if isinstance(prim, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
            scope = "thread" if isinstance(prim, P.SelfPrimaryContext) else "local"
            known = self.thread_vars if scope == "thread" else self.local_vars
            name = prim.name().getText()
            if scope == "thread":
                self._check_not_thread_array(name, prim)
            if name not in known:
                if not declare and scope == "local":
                    raise self.error(f"unknown identifier '{prim.getText()}'", prim)
                known.add(name)
            return ir.Var(name, scope, loc=loc)
        if isinstance(ctx, P.IndexExprContext):
            base = _primary(ctx.expr())
            if isinstance(base, P.IdentPrimaryContext):
                name = base.getText()
                self._not_builtin(name, base)
                keys = [self.expr(k) for k in ctx.exprList().expr()]
                g = self.vars.get(name)
                if g is None:
                    if not declare:
                        raise self.error(f"unknown identifier '{name}'", base)
                    g = self._declare(ir.Global(name, "map", loc=self.loc(base)))
                if g.kind != "map":
                    raise self.error(f"'{name}' is a scalar, not an associative array", base)
                self._check_arity(name, len(keys), ctx)
                return ir.Index(name, keys, loc=loc)
            if isinstance(base, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
                return self._indexed_local(base, ctx)
        raise self.error("invalid assignment target", ctx)

    def _indexed_local(self, base, ctx) -> ir.Index:
        """`self->a[k]` (a thread-local array) read or stored; `this->a[k]` and
        a pointer variable indexed are errors."""
        if isinstance(base, P.SelfPrimaryContext) and not self._is_pointer_var(base):
            return self._thread_array(base, ctx)
        if isinstance(base, P.ThisPrimaryContext):
            self._refuse_indexed_this(base, ctx)
        raise self.unsupported("indexing a pointer variable (p[i])", ctx)

    def _is_pointer_var(self, base) -> bool:
        """`self->p` / `this->p` holds a pointer (so `p[i]` would index memory)."""
        key = ("thread" if isinstance(base, P.SelfPrimaryContext) else "local", base.name().getText())
        return key in self.sptr_vars or key in self.kptr_vars

    def _not_builtin(self, name: str, node) -> None:
        if name in tables.BUILTIN_VARS or name in tables.UNSUPPORTED_VARS:
            raise self.error(f"cannot assign to built-in variable '{name}'", node)

    def _p_ParenPrimaryContext(self, ctx):
        return self.expr(ctx.expr())

    def _p_CommaPrimaryContext(self, ctx):
        return self.comma_value(ctx.commaExpr())

    def comma_operands(self, ctx: P.CommaExprContext) -> list:
        """The operands of a comma expression, which D's compiler refuses to be
        actions (dt_cook_op2)."""
        for e in ctx.expr():
            if self._is_action(e):
                raise self.error("operator , operands cannot be actions", e)
        return ctx.expr()

    def comma_value(self, ctx: P.CommaExprContext) -> ir.Expr:
        """The value of D's comma operator `a, b` (a predicate's or a parenthesis'):
        DTrace evaluates `a` and discards it, then `b` is the value (dt_cg_node's
        DT_TOK_COMMA). An `a` that can neither change anything nor fault leaves
        nothing to keep (kdavyd/dtrace's trussrw.d tests `/i > 0, pid == $1/`,
        which is `pid == $1`); one that stores or calls would need a sequence the
        IR has no expression for: a statement of its own (`a, b;`) is one."""
        *before, last = self.comma_operands(ctx)
        for e in before:
            if not _discardable(self.expr(e)):
                raise self.unsupported("a comma expression whose left operand stores, calls or "
                                       "reads memory, outside a statement", e)
        return self.expr(last)

    def _p_IntPrimaryContext(self, ctx):
        text = ctx.getText()
        digits = text.rstrip("uUlL")
        if digits[:2] in ("0x", "0X"):
            value = int(digits, 16)
        elif len(digits) > 1 and digits[0] == "0":
            if any(c not in "01234567" for c in digits):
                raise self.error(f"invalid digit in octal constant '{text}'", ctx)
            value = int(digits, 8)
        else:
            value = int(digits)
        if value > _MAX_U64:
            raise self.error(f"integer constant '{text}' is too large", ctx)
        lit = ir.IntLit(value, loc=self.loc(ctx), spelling=ir.radix_spelling(text))
        suffix = text[len(digits):].lower()
        if suffix:
            # C's suffixes choose the constant's type (1LL is a long long, 1U unsigned).
            wide = "l" in suffix or value >= (1 << 32) or (value >= (1 << 31) and "u" not in suffix)
            to = tables.TYPES[("unsigned " if "u" in suffix else "") + ("long long" if wide else "int")]
            return ir.Cast(to, lit, loc=lit.loc)
        return lit

    def _p_CharPrimaryContext(self, ctx):
        value = self._decode(ctx.CHAR_LIT().getSymbol())
        if len(value) != 1:
            raise self.unsupported("a multi-character constant", ctx)
        return ir.IntLit(ord(value), loc=self.loc(ctx))

    def _p_StringPrimaryContext(self, ctx):
        return ir.StrLit(self._string(ctx.STRING_LIT().getSymbol()), loc=self.loc(ctx))

    def _string(self, tok: Token) -> str:
        return self._decode(tok)

    def _decode(self, tok: Token) -> str:
        try:
            return decode_escapes(tok.text[1:-1])
        except EscapeError as e:
            prefix = tok.text[:1 + e.offset]
            line = tok.line + prefix.count("\n")
            col = (len(prefix) - prefix.rfind("\n") if "\n" in prefix else tok.column + len(prefix) + 1)
            raise self.error(str(e), Loc(self.file, line, col)) from None

    def _p_MacroPrimaryContext(self, ctx):
        # A run expands macros before parsing (driver/passes.py); what is left is a
        # script being translated, where $target is the traced command's pid.
        text = ctx.getText()
        if text == "$target":
            return ir.Builtin("target", loc=self.loc(ctx))
        if text == "$pid":  # dtrace's own process id: Vue's __trcid, stap's stp_pid()
            return ir.Builtin("tracer_pid", loc=self.loc(ctx))
        m = re.fullmatch(r"\$(\$?)([1-9][0-9]*)", text)
        if m:
            # the translation takes the argument as the script does
            return ir.ScriptArg(int(m.group(2)), as_string=bool(m.group(1)),
                                optional=bool(self.options.get("defaultargs")), loc=self.loc(ctx),
                                type=STRING if m.group(1) else INT64)
        raise self.unsupported(f"macro argument '{text}'", ctx)

    def _p_AggPrimaryContext(self, ctx):
        raise self.error("aggregations cannot be read in expressions; use printa()", ctx)

    def _p_SelfPrimaryContext(self, ctx):
        name = ctx.name().getText()
        if ("thread", name) in self.struct_vars:
            raise self._struct_value_error(self.struct_vars[("thread", name)], ctx)
        self._check_not_thread_array(name, ctx)
        # self->name springs into existence where it is first named, read or not, as
        # DTrace's cooking of `self->` creates it (a clause on the return probe written
        # before the one on the entry that sets it); unset, it reads 0.
        self.thread_vars.add(name)
        return ir.Var(name, "thread", loc=self.loc(ctx))

    def _p_ThisPrimaryContext(self, ctx):
        name = ctx.name().getText()
        if ("local", name) in self.struct_vars:
            raise self._struct_value_error(self.struct_vars[("local", name)], ctx)
        if name not in self.local_vars:
            raise self.error(f"unknown identifier 'this->{name}'", ctx)
        return ir.Var(name, "local", loc=self.loc(ctx))

    def _p_IdentPrimaryContext(self, ctx):
        name = ctx.getText()
        loc = self.loc(ctx)
        if name in self.bound:
            value = copy.deepcopy(self.bound[name])
            return value
        if name in self.enum_consts and name not in self.vars:
            return ir.IntLit(self.enum_consts[name], loc=loc)
        if ("global", name) in self.struct_vars:
            raise self._struct_value_error(self.struct_vars[("global", name)], ctx)
        if name in self.pointer_inlines and name not in self.vars:
            raise self.unsupported("a pointer inline", self.pointer_inlines[name])
        if name in self.inlines:
            value = copy.deepcopy(self.inlines[name][1])
            value.loc = loc
            lit = value.operand if isinstance(value, ir.Cast) else value  # `inline uint_t X = ...`
            if isinstance(lit, (ir.IntLit, ir.StrLit)):
                lit.name = name
            return value
        if name in tables.BUILTIN_VARS:
            return self._builtin(name, ctx)
        if name in ("cwd", "zonename") and name not in self.vars:
            return getattr(translators, name)(loc)
        if name == "caller":
            # the return address into the function that called the probed one: frame
            # 1 of the stack the probe stopped (a kprobe's or the profile tick's
            # registers; 0 where the probe has none, a tracepoint's)
            return ir.Translated("caller", ir.Call("kstack_frame", [ir.IntLit(1, loc=loc)], loc=loc),
                                 loc=loc)
        if name == "uregs" and name not in self.vars:
            raise self.error("uregs is the array of the thread's user registers: read one, "
                             "uregs[R_PC]", ctx)
        if name in tables.UNSUPPORTED_VARS:
            raise self.unsupported(f"built-in variable '{name}'", ctx)
        g = self.vars.get(name)
        if g is None and name in translators.CURRENT:
            try:
                translators.current(name, None, loc)
            except translators.TranslatorError as ex:
                raise self.error(str(ex), ctx) from None
        if g is None and name == "NULL":
            # D's null pointer; beside a string it is the unset string (ir.analysis)
            return ir.IntLit(0, name="NULL", loc=loc)
        if g is None and name in translators.CONSTANTS:
            # the name kept for a port whose target knows it (Vue's EPERM, SIGKILL)
            return ir.IntLit(translators.CONSTANTS[name], name=name, loc=loc)
        if g is None:
            raise self.error(f"failed to resolve {name}: Unknown variable name", ctx)
        if g.kind == "map":
            raise self.error(f"'{name}' is an associative array; index it", ctx)
        return ir.Var(name, "global", loc=loc)

    def _builtin(self, name: str, ctx) -> ir.Expr:
        """A D built-in; arg0/arg1 at return probes carry the return value."""
        loc = self.loc(ctx)
        if name in ("arg0", "arg1"):
            returns = [p.is_return for p in self.points if p.kind in ("syscall", "kfunc", "ufunc")]
            if any(returns):
                if not all(returns) or len(returns) != len(self.points):
                    raise self.error(f"'{name}' is ambiguous in a clause that mixes return "
                                     "probes with other probes", ctx)
                if name == "arg0" and any(p.kind in ("kfunc", "ufunc") for p in self.points):
                    raise self.unsupported(f"arg0 (the return offset) at an "
                                           f"{'fbt' if self.points[0].kind == 'kfunc' else 'pid'} "
                                           "return probe", ctx)
                return ir.Builtin("retval", loc=loc)
        raw = self._raw_provider_arg(name, loc)
        if raw is not None:
            return raw
        return ir.Builtin(tables.BUILTIN_VARS[name], loc=loc)

    def _raw_provider_arg(self, name: str, loc) -> Optional[ir.Expr]:
        """argN of a provider probe whose raw arguments DTrace rearranges
        (translators.RAW_ARGS: sched:::enqueue's arg0 is the task), or None."""
        if not (name[:3] == "arg" and name[3:].isdigit()) or not self.points:
            return None
        provider = [p for p in self.points if p.kind in ("tracepoint", "kfunc") and p.alias]
        if len(provider) != len(self.points):
            return None
        aliases = list(dict.fromkeys(tcpprovider.point_key(p) for p in provider))
        return translators.raw_arg(aliases, int(name[3:]), loc)

    def _p_CallPrimaryContext(self, ctx):
        name = ctx.IDENT().getText()
        arg_ctxs = ctx.exprList().expr() if ctx.exprList() else []
        loc = self.loc(ctx)
        if name == "strjoin":
            if len(arg_ctxs) != 2:
                raise self.error("strjoin() takes 2 arguments", ctx)
            return ir.Binary(".", self.expr(arg_ctxs[0]), self.expr(arg_ctxs[1]), loc=loc)
        if name in tables.FUNCTIONS:
            return self._subroutine(name, arg_ctxs, ctx)
        if name in _BYTE_ORDER:
            return self._byte_order(name, arg_ctxs, ctx)
        if name in ("inet_ntoa", "inet_ntoa6"):
            # inet_ntoa(ipaddr_t *) / inet_ntoa6(in6_addr_t *): inet_ntop of AF_INET/AF_INET6
            if len(arg_ctxs) != 1:
                raise self.error(f"{name}( ) prototype mismatch: {len(arg_ctxs)} args passed, "
                                 "1 expected", ctx)
            addr = self.expr(arg_ctxs[0])
            if _static_type(addr) == "string":
                proto = "ipaddr_t *" if name == "inet_ntoa" else "in6_addr_t *"
                raise self.error(f"{name}( ) argument #1 is incompatible with prototype:\n"
                                 f"\tprototype: {proto}\n\t argument: string", arg_ctxs[0])
            af = ir.IntLit(2 if name == "inet_ntoa" else 10, loc=loc)
            return ir.Call("inet_ntop", [af, addr], loc=loc)
        if name == "d_path":
            return self._d_path(arg_ctxs, ctx)
        if name in ("stack", "ustack"):
            # D takes their value only as an aggregation key (@[ustack()]).
            raise self.unsupported(f"{name}() as a value other than an aggregation key", ctx)
        if name in tables.ACTIONS:
            raise self.error(f"{name}() is an action and has no value", ctx)
        if name in tables.AGG_FUNCS or name in tables.UNSUPPORTED_AGG_FUNCS:
            raise self.error(f"{name}() must be assigned to an aggregation", ctx)
        if name in SYMBOL_ACTIONS:
            raise self.error(not_in_expression(name), ctx)
        if name in tables.UNSUPPORTED_CALLS:
            raise self.unsupported(f"{name}()", ctx)
        if name == "getf":
            # illumos's getf(fd) (fdrwmon.d: getf(fd)->f_vnode->v_type)
            raise self.error("getf() is illumos's (the file_t * of a file descriptor, with "
                             "Solaris's vnode); nearest on Linux: fds[fd], the descriptor's "
                             "fileinfo_t (fi_fs, fi_name, fi_pathname, fi_offset)", ctx)
        raise self.error(f"unknown function '{name}'", ctx)

    def _symbol_action(self, ctx) -> ir.Call:
        """func(addr), ufunc(addr), ... (frontends/d/symbol_actions.py) where D takes
        them: a statement or an aggregation key; the argument checked as
        dt_cook_func checks it (one uintptr_t)."""
        name = ctx.IDENT().getText()
        arg_ctxs = ctx.exprList().expr() if ctx.exprList() else []
        if len(arg_ctxs) != 1:
            raise self.error(f"{name}( ) prototype mismatch: {len(arg_ctxs)} arg"
                             f"{'' if len(arg_ctxs) == 1 else 's'} passed, 1 expected", ctx)
        addr = self.expr(arg_ctxs[0])
        if _static_type(addr) == "string":
            raise self.error(f"{name}( ) argument #1 is incompatible with prototype:\n"
                             "\tprototype: uintptr_t\n\t argument: string", arg_ctxs[0])
        return ir.Call(SYMBOL_ACTIONS[name], [addr], loc=self.loc(ctx))

    def _d_path(self, arg_ctxs, ctx) -> ir.Expr:
        """dtrace-utils' d_path(struct path *): the path's full name, walked from its
        dentry and mount up to the current task's root as stap's task_dentry_path()
        walks it (runtime/xt_kinfo.h): `d_path(&args[0]->f_path)`."""
        loc = self.loc(ctx)
        if len(arg_ctxs) != 1:
            raise self.error(f"d_path( ) prototype mismatch: {len(arg_ctxs)} args passed, "
                             "1 expected", ctx)
        p = self.expr(arg_ctxs[0])
        if _static_type(p) == "string":
            raise self.error("d_path( ) argument #1 is incompatible with prototype:\n"
                             "\tprototype: struct path *\n\t argument: string", arg_ctxs[0])
        if isinstance(p, ir.KernelMember) and p.addr_of:  # &f->f_path: its members, read
            members = [ir.KernelMember(p.base, p.path + [m], decay=p.decay, loc=loc)
                       for m in ("dentry", "mnt")]
        else:
            base = ir.KernelCast(p, "struct path *", loc=loc)
            members = [ir.KernelMember(base, [m], loc=loc) for m in ("dentry", "mnt")]
        return ir.Call("task_dentry_path", [ir.Builtin("curthread", loc=loc), *members], loc=loc)

    def _byte_order(self, name: str, arg_ctxs, ctx) -> ir.Expr:
        """htons/htonl/htonll/ntohs/ntohl/ntohll: the integer's bytes reversed (the
        targets are little-endian x86_64 and arm64), as shifts and masks, in
        DTrace's unsigned result type (uint16_t, uint32_t, uint64_t)."""
        bits = _BYTE_ORDER[name]
        if len(arg_ctxs) != 1:
            raise self.error(f"{name}( ) prototype mismatch: {len(arg_ctxs)} args passed, "
                             "1 expected", ctx)
        arg = self.expr(arg_ctxs[0])
        if _static_type(arg) == "string":
            raise self.error(f"{name}( ) argument #1 is incompatible with prototype:\n"
                             f"\tprototype: uint{bits}_t\n\t argument: string", arg_ctxs[0])
        return byte_swap(arg, bits, self.loc(ctx))

    def _subroutine(self, name: str, arg_ctxs, ctx) -> ir.Call:
        """A D subroutine with a value: its IR function, arguments checked as
        dt_cook_func does (count, then string vs integer per prototype)."""
        fn = tables.FUNCTIONS[name]
        least, most = arity(fn)
        if not least <= len(arg_ctxs) <= most:
            if least == most:
                want = str(least)
            else:
                want = f"at least {least}" if len(arg_ctxs) < least else f"no more than {most}"
            raise self.error(f"{name}( ) prototype mismatch: {len(arg_ctxs)} arg"
                             f"{'' if len(arg_ctxs) == 1 else 's'} passed, {want} expected", ctx)
        if name == "strtok" and arg_ctxs and arg_ctxs[0].getText() in ("NULL", "0"):
            # strtok(NULL, delim) goes on with the last string: the IR's "".
            args = [ir.StrLit("", loc=self.loc(arg_ctxs[0]))] + [self.expr(a) for a in arg_ctxs[1:]]
        else:
            args = [self.expr(a) for a in arg_ctxs]
        for i, (kind, a) in enumerate(zip(FUNCTIONS[fn][0], args)):
            have = _static_type(a)
            if have is not None and (have == "string") != (kind.rstrip("?") == "str"):
                proto = "string" if kind.rstrip("?") == "str" else _D_INT_PROTO.get((name, i), "int")
                raise self.error(f"{name}( ) argument #{i + 1} is incompatible with prototype:\n"
                                 f"\tprototype: {proto}\n\t argument: {have}", arg_ctxs[i])
        if name == "strtoll" and len(args) == 1:
            args.append(ir.IntLit(10, loc=self.loc(ctx)))  # DTrace's default base, said
        return ir.Call(fn, args, loc=self.loc(ctx))


# D's `char`: the element type of the kernel's char arrays
_PLAIN_CHAR = tables.TYPES["char"]
# what an inline's char array parameter indexes as the kernel's memory
_KERNEL_VALUES = (ir.KernelMember, ir.KernelElem, ir.KernelCast, ir.ProbeArg)

# D's byte-order subroutines -> the width they swap.
_BYTE_ORDER = {"htons": 16, "ntohs": 16, "htonl": 32, "ntohl": 32, "htonll": 64, "ntohll": 64}

# Subroutines whose IR return type is the one D's prototype gives (rand() and
# progenyof() are int()); the IR widens most others to 64 bits, which would
# make sizeof() disagree with DTrace's.
_D_TYPED_CALLS = frozenset({"rand", "progenyof"})


def _is_char_pointer_cast(ctx) -> bool:
    """Is ctx `(char *)expr`?"""
    ctx = _unparen(ctx)
    if not isinstance(ctx, P.CastExprContext):
        return False
    words = [c.getText() for c in ctx.castType().getChildren() if not isinstance(c, P.TypeQualContext)]
    return words == ["char", "*"]


def _holds(t: Type, vt: Optional[Type]) -> bool:
    """Whether every value of integer type `vt` is one of integer type `t` (so a store
    of it into a `t` variable converts nothing)."""
    if vt is None or vt.kind != "int":
        return False
    if vt.signed == t.signed:
        return vt.bits <= t.bits
    return not vt.signed and vt.bits < t.bits


def _discardable(e: ir.Expr) -> bool:
    """Whether evaluating `e` only to discard its value does nothing DTrace could
    show: no store, no call, no memory read that could fault, no division (by 0)."""
    for x in ir.walk(e):
        if isinstance(x, ir.Binary) and x.op in ("/", "%"):
            return False
        if not isinstance(x, (ir.IntLit, ir.StrLit, ir.Builtin, ir.ScriptArg, ir.Var, ir.Index,
                              ir.Unary, ir.Binary, ir.Ternary, ir.Cast)):
            return False
    return True
