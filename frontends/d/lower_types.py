"""A D script's own types: struct / union / enum declarations, typedefs,
translators and xlate, sizeof / offsetof of them. A mixin of Lowering.

The IR has no struct values, so the lowering writes them out:
  * a struct variable (`struct foo x;`, `self->x`, `this->x`, `m[k]` of an
    array of structs) is one variable per scalar member, named `x__a`, `x__b__c`;
    `x.a` is that variable and `x = y` assigns member by member;
  * a pointer to a script's struct (`(struct foo *)arg0`) stays an address:
    `p->a` reads the member's bytes at the offset C gives it (ctypes.lay_out),
    without faulting, as `kernel_read(addr, size)` converted to the member's type;
  * `xlate <T>(e).m` / `xlate <T *>(e)->m` is the translator's expression for m
    with its input identifier bound to `e`, lowered where the member is read
    (DTrace evaluates a translator member when it is referenced).
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Optional, Union

from xtrace.grammars.generated.d.DParser import DParser as P
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import Type

from xtrace.frontends import ctypes_common as ctypes
from xtrace.frontends.ctypes_common import CType, mangle

from . import constfold, tables
from .lower_util import _primary, _static_type, _unparen, spec_tag

@dataclass
class Translator:
    """`translator out < in NAME > { member = expr; ... };`"""

    out: CType
    input: CType
    param: str
    members: dict[str, object]   # member name -> its expression's parse tree
    loc: Loc


@dataclass
class VarRef:
    """A struct held in variables, one per scalar member (see module docstring)."""

    ctype: CType
    scope: str                      # 'global', 'thread', 'local' or 'map'
    name: str
    keys: Optional[list[ir.Expr]]
    path: tuple[str, ...] = ()


@dataclass
class MemRef:
    """A struct in kernel memory at `addr`."""

    ctype: CType
    addr: ir.Expr


@dataclass
class XlateRef:
    """xlate<T>(input): a struct whose members a translator computes."""

    ctype: CType
    translator: Translator
    input: ir.Expr


Ref = Union[VarRef, MemRef, XlateRef]


class TypeLowering:
    """The script's types (mixed into Lowering, whose state it uses)."""

    def _init_types(self) -> None:
        self.tags: dict[str, CType] = {}          # "struct foo", "enum e" -> type
        self.typedefs: dict[str, CType] = {}
        self.enum_consts: dict[str, int] = {}
        self.ptr_types: dict[str, CType] = {}     # "struct foo *" -> struct foo (script's own)
        self.ptr_vars: dict[tuple[str, str], CType] = {}     # variable -> struct it points to
        # a declared kernel-struct pointer variable -> its C type ("struct file *")
        self.kptr_vars: dict[tuple[str, str], str] = {}
        # a declared integer pointer variable (`this char *buf`) -> the integer type
        self.sptr_vars: dict[tuple[str, str], Type] = {}
        self.struct_vars: dict[tuple[str, str], CType] = {}  # (scope, name) -> its struct type
        # the member variables of struct variables that are bit-fields: name -> (width,
        # signed)
        self.bit_fields: dict[str, tuple[int, bool]] = {}
        self.xlators: list[Translator] = []
        self.bound: dict[str, ir.Expr] = {}       # a translator's input identifier, while lowering it
        # of those, an inline's array parameters: name -> the element type it declares
        # (`unsigned char d[14]`), None for a struct element
        self.bound_arrays: dict[str, Optional[Type]] = {}
        # those given a string (`SA2IP["abc"]`): their element type as declared
        self.bound_strings: dict[str, Optional[Type]] = {}

    # ------------------------------------------------------------ type names

    def _tagged(self, tag: str, name: str, node) -> CType:
        key = f"{tag} {name}"
        if key in self.tags:
            return self.tags[key]
        if tag == "enum":
            raise self.error(f"unknown type name: {key}", node)
        return CType("kernel", key)  # the kernel's (BTF): usable through a pointer only

    def _base_ctype(self, ctx, node) -> CType:
        """The type a typeSpec+ / IDENT / TYPEDEF_NAME sequence names."""
        specs = ctx.typeSpec() if hasattr(ctx, "typeSpec") else []
        if specs:
            if len(specs) == 1 and spec_tag(specs[0]) is not None:
                return self._tagged(specs[0].getChild(0).getText(), spec_tag(specs[0]), node)
            spelled = " ".join(s.getText() for s in specs)
        else:
            tok = (ctx.TYPEDEF_NAME() if hasattr(ctx, "TYPEDEF_NAME") else None) or ctx.IDENT()
            spelled = tok.getText()
            if spelled in self.typedefs:
                return self.typedefs[spelled]
            if spelled in tables.KERNEL_TYPEDEFS:
                return CType("kernel", tables.KERNEL_TYPEDEFS[spelled])
        t = tables.TYPES.get(spelled)
        if t is None:
            raise self.error(f"unknown type name: {spelled}", node)
        if t.is_str:
            return CType("string", "string", self._strsize(), 1)
        if t.kind == "void":
            return CType("void", "void")
        return ctypes.integer(spelled, t)

    def _strsize(self) -> int:
        # the IR's MAXSTRINGLEN counts the NUL that D's strsize leaves out
        buffer = self.options.get("limits", {}).get("MAXSTRINGLEN")
        return 256 if buffer is None else buffer - 1

    def _typename_ctype(self, ctx) -> CType:
        """A typeName / castType: base type and its '*'s."""
        t = self._base_ctype(ctx, ctx)
        for ch in ctx.getChildren():
            if ch.getText() == "*":
                t = ctypes.pointer(t)
        return t

    # ---------------------------------------------------------- declarations

    def _type_decl(self, ctx: P.TypeDeclContext) -> None:
        if ctx.souBody() is not None:  # `struct foo { ... } x;`
            self._declare_sou_vars(ctx, self._sou_body(ctx.souBody()))
            return
        t = self._type_body(ctx.typeBody())
        td = ctx.typedefName()
        if ctx.K_TYPEDEF() is None or td is None:
            return
        for ch in td.getChildren():
            if ch.getText() == "*":
                t = ctypes.pointer(t)
        if td.INT() is not None:
            t = ctypes.array(t, int(td.INT().getText(), 0))
        name = td.IDENT().getText()
        if name in self.typedefs or name in tables.TYPES:
            raise self.error(f"type redeclared: {name}", td)
        if t.is_sou and t.name.endswith("(anon)"):
            t.name = name
            self.ptr_types[f"{name} *"] = t
            self.options.setdefault("script_types", []).append(name)
        self.typedefs[name] = t

    def _type_body(self, ctx: P.TypeBodyContext) -> CType:
        if ctx.souBody() is not None:
            return self._sou_body(ctx.souBody())
        if ctx.enumBody() is not None:
            return self._enum_body(ctx.enumBody())
        return self._base_ctype(ctx, ctx)

    def _sou_body(self, ctx: P.SouBodyContext) -> CType:
        tag = ctx.tag.text
        name = f"{tag} {ctx.IDENT().getText()}" if ctx.IDENT() else f"{tag} (anon)"
        if ctx.IDENT() is not None:
            old = self.tags.get(name)
            if old is not None and old.members is not None:
                raise self.error(f"type redeclared: {name}", ctx)
        sou = self.tags.get(name) if ctx.IDENT() else None
        if sou is None:
            sou = CType(tag, name)
        if ctx.IDENT() is not None:
            # Defined before its members, so a member may point to its own struct.
            self.tags[name] = sou
            self.ptr_types[f"{name} *"] = sou
            # a printer must not name it as a kernel type (stap's @cast)
            self.options.setdefault("script_types", []).append(name)
        members: list[tuple[str, CType]] = []
        for md in ctx.memberDecl():
            base = self._type_body(md.typeBody())
            for d in md.memberDeclarator():
                mname = d.name().getText()
                dims = d.INT()[:-1] if d.COLON() is not None else d.INT()
                t = base
                for ch in d.getChildren():
                    if ch.getText() == "*":
                        t = ctypes.pointer(t)
                for n in reversed(dims):
                    t = ctypes.array(t, int(n.getText(), 0))
                if d.COLON() is not None:
                    t = self._bit_field(t, mname, int(d.INT()[-1].getText(), 0), d)
                if t.kind == "void" or (t.is_sou and t.members is None) or t.kind == "kernel":
                    raise self.error(f"declaration of member {mname} uses incomplete type "
                                     f"{t.name}", d)
                if any(m == mname for m, _ in members):
                    raise self.error(f"failed to define member '{mname}': Duplicate member "
                                     "or variable name", d)
                members.append((mname, t))
        ctypes.lay_out(sou, members)
        return sou

    def _bit_field(self, t: CType, name: str, width: int, d) -> CType:
        """Member `name` of integer type `t` as a bit-field of `width` bits (C's rules:
        an integer type, a width from 1 to the type's bits)."""
        if t.kind != "int":
            raise self.error(f"bit-field '{name}' must be of an integer type, not {t.name}", d)
        if not 1 <= width <= t.size * 8:
            raise self.error(f"bit-field '{name}' width {width} is not from 1 to the "
                             f"{t.size * 8} bits of {t.name}", d)
        return dataclasses.replace(t, bits=width)

    def _enum_body(self, ctx: P.EnumBodyContext) -> CType:
        name = f"enum {ctx.IDENT().getText()}" if ctx.IDENT() else "enum (anon)"
        if ctx.IDENT() is not None and name in self.tags:
            raise self.error(f"type redeclared: {name}", ctx)
        value = 0
        for en in ctx.enumerator():
            ident = en.IDENT().getText()
            if en.expr() is not None:
                v = constfold.const_int(self.expr(en.expr()))
                if v is None:
                    raise self.error(f"enumerator '{ident}' must be assigned to an integral "
                                     "constant expression", en.expr())
                value = v
            if ident in self.enum_consts or ident in self.inlines or ident in self.vars \
                    or ident in tables.BUILTIN_VARS:
                raise self.error(f"identifier redeclared: {ident}", en)
            self.enum_consts[ident] = value
            value += 1
        t = ctypes.integer(name, tables.TYPES["int"])
        if ctx.IDENT() is not None:
            self.tags[name] = t
        return t

    def _translator_decl(self, ctx: P.TranslatorDeclContext) -> None:
        out = self._typename_ctype(ctx.out)
        if not out.is_sou:
            raise self.error(f"translator output type must be a struct or union, not {out.name}",
                             ctx.out)
        inp = self._typename_ctype(ctx.in_)
        members: dict[str, object] = {}
        for m in ctx.translatorMember():
            mname = m.name().getText()
            if out.member(mname) is None:
                raise self.error(f"{mname} is not a member of {out.name}", m.name())
            if mname in members:
                raise self.error(f"translator member {mname} redefined", m.name())
            members[mname] = m.expr()
        tr = Translator(out, inp, ctx.IDENT().getText(), members, self.loc(ctx))
        # DTrace checks each member's expression where the translator is declared,
        # used or not: lower each once over a stand-in input of the declared type.
        loc = self.loc(ctx.in_)
        stand_in = ir.StrLit("", loc=loc) if inp.kind == "string" else ir.IntLit(0, loc=loc)
        probe = XlateRef(out, tr, stand_in)
        for name in members:
            self._xlate_member(probe, (name,), ctx)
        self.xlators.append(tr)

    def _declare_sou_vars(self, ctx, ct: CType) -> None:
        """The variables of a struct/union (or kernel) type a declaration names
        (`ctx` a declaration or a `struct foo { ... } x;`: its scope and declarators)."""
        for d in ctx.declarator():
            if d.getChild(0).getText() == "*":
                if not self._declare_pointer(ctx, ct, d):
                    self._declare_address(ctx, d, f"{ct.name} *" if ct.kind == "kernel" else None)
            elif ct.kind == "kernel":
                raise self.unsupported(f"a variable of kernel type {ct.name}", d)
            else:
                self._declare_struct(ctx, ct, d)

    def _declare_struct(self, ctx: P.DeclarationContext, ct: CType, d) -> None:
        """`[self|this] struct foo x;`, `struct foo m[int];`: its member variables."""
        name = d.IDENT().getText()
        if ct.members is None:
            raise self.error(f"declaration of {name} uses incomplete type {ct.name}", d)
        scope = {"self": "thread", "this": "local"}.get(ctx.scope.text) if ctx.scope else "global"
        keys = None
        if d.LBRACK() is not None:
            if scope != "global":
                raise self.unsupported(f"a {ctx.scope.text}-> associative array", d)
            if d.INT() is not None or d.declKeys() is None:
                raise self.unsupported("a scalar array", d)
            keys = [self._type_of(t, t) for t in d.declKeys().typeName()]
            scope = "map"
        if scope in ("global", "map"):
            if name in tables.BUILTIN_VARS or name in tables.UNSUPPORTED_VARS:
                raise self.error(f"cannot redeclare built-in variable '{name}'", d)
            if name in self.vars or ("global", name) in self.struct_vars \
                    or ("map", name) in self.struct_vars:
                raise self.error(f"'{name}' is already declared", d)
        self._struct_storage(scope, name, ct, keys, self.loc(d))

    def _struct_storage(self, scope: str, name: str, ct: CType, keys, loc: Loc) -> None:
        """Create the member variables of struct variable `name`."""
        self.struct_vars[(scope, name)] = ct
        for path, leaf in ctypes.leaves(ct):
            var = mangle(name, path)
            t = leaf.leaf_type()
            if leaf.bits:
                self.bit_fields[var] = (leaf.bits, leaf.ir.signed)
            if scope == "global":
                self._declare(ir.Global(var, "scalar", type=t, loc=loc))
            elif scope == "map":
                self.arity[var] = len(keys)
                self._declare(ir.Global(var, "map", type=t, key_types=list(keys), loc=loc))
            elif scope == "thread":
                self.thread_vars.add(var)
                self.options.setdefault("thread_types", {})[var] = t
            else:
                self.local_vars.add(var)

    def _declare_pointer(self, ctx: P.DeclarationContext, ct: CType, d) -> bool:
        """`struct foo *p;` for a script's struct: an address variable whose `->`
        reads the struct. False when `ct` is no struct of the script."""
        if ct.members is None or not ct.is_sou or d.LBRACK() is not None:
            return False
        name = d.IDENT().getText()
        scope = {"self": "thread", "this": "local"}.get(ctx.scope.text) if ctx.scope else "global"
        self.ptr_vars[(scope, name)] = ct
        if scope == "global":
            if name in self.vars:
                raise self.error(f"'{name}' is already declared", d)
            self._declare(ir.Global(name, "scalar", type=Type("int", 64, False), loc=self.loc(d)))
        else:
            (self.thread_vars if scope == "thread" else self.local_vars).add(name)
        return True

    def _declare_address(self, ctx, d, ctype: Optional[str], pointee: Optional[Type] = None) -> None:
        """`[self|this] T *p;` for a kernel struct or a scalar T (`this char *buf`,
        `self struct file *f`, `struct sockaddr_in *sa`): an address variable, a
        64-bit integer. For a kernel struct every store to it is taken as that C
        pointer type (ir.KernelCast), so `p->m` reads member m from kernel memory
        without faulting, as `((struct T *)arg0)->m` does."""
        if d.LBRACK() is not None or any(c.getText() == "*" for c in list(d.getChildren())[1:-1]):
            raise self.unsupported("a pointer array or a pointer to a pointer", d)
        name = d.IDENT().getText()
        scope = {"self": "thread", "this": "local"}.get(ctx.scope.text) if ctx.scope else "global"
        t = Type("int", 64, False, ctype=ctype)
        if ctype is not None:
            self.kptr_vars[(scope, name)] = ctype
        if pointee is not None and pointee.is_int:
            self.sptr_vars[(scope, name)] = pointee  # `*p` reads one
        if scope == "global":
            if name in tables.BUILTIN_VARS or name in tables.UNSUPPORTED_VARS:
                raise self.error(f"cannot redeclare built-in variable '{name}'", d)
            if name in self.vars:
                raise self.error(f"'{name}' is already declared", d)
            self._declare(ir.Global(name, "scalar", type=t, loc=self.loc(d)))
        elif scope == "thread":
            self.thread_vars.add(name)
            self.options.setdefault("thread_types", {})[name] = t
        else:
            self.local_vars.add(name)

    # -------------------------------------------------------- struct values

    def _static_sou(self, ctx) -> Optional[CType]:
        """The script's struct type of expression `ctx`, judged from its shape alone
        (nothing is lowered), else None."""
        ctx = _unparen(ctx)
        prim = _primary(ctx)
        if isinstance(prim, P.IdentPrimaryContext):
            return self.struct_vars.get(("global", prim.getText()))
        if isinstance(prim, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
            scope = "thread" if isinstance(prim, P.SelfPrimaryContext) else "local"
            return self.struct_vars.get((scope, prim.name().getText()))
        if isinstance(prim, P.XlatePrimaryContext):
            t = self._typename_ctype(prim.typeName())
            return t if t.is_sou else None
        if isinstance(ctx, P.IndexExprContext):
            base = _primary(ctx.expr())
            if isinstance(base, P.IdentPrimaryContext):
                return self.struct_vars.get(("map", base.getText()))
            return None
        if isinstance(ctx, P.UnaryExprContext) and ctx.op.text == "*":
            return self._static_ptr(ctx.expr())
        if isinstance(ctx, P.MemberExprContext):
            base = self._static_sou(ctx.expr()) if ctx.op.text == "." else self._static_ptr(ctx.expr())
            m = base.member(ctx.name().getText()) if base is not None else None
            return m.ctype if m is not None and m.ctype.is_sou else None
        return None

    def _static_ptr(self, ctx) -> Optional[CType]:
        """The script's struct that pointer expression `ctx` points to, judged from
        its shape (variables assigned such a pointer, casts, members), else None."""
        ctx = _unparen(ctx)
        prim = _primary(ctx)
        if isinstance(prim, P.IdentPrimaryContext):
            return self.ptr_vars.get(("global", prim.getText()))
        if isinstance(prim, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
            scope = "thread" if isinstance(prim, P.SelfPrimaryContext) else "local"
            return self.ptr_vars.get((scope, prim.name().getText()))
        if isinstance(prim, P.XlatePrimaryContext):
            t = self._typename_ctype(prim.typeName())
            return t.target if t.kind == "pointer" and t.target.is_sou else None
        if isinstance(ctx, P.CastExprContext):
            ct = ctx.castType()
            try:
                t = self._typename_ctype(ct)
            except XtraceError:
                return None
            return t.target if t.kind == "pointer" and t.target.is_sou and t.target.members is not None \
                else None
        if isinstance(ctx, P.MemberExprContext):
            base = self._static_sou(ctx.expr()) if ctx.op.text == "." else self._static_ptr(ctx.expr())
            m = base.member(ctx.name().getText()) if base is not None else None
            if m is not None and m.ctype.kind == "pointer" and m.ctype.target.is_sou:
                return m.ctype.target
        return None

    def _sref(self, ctx) -> Optional[Ref]:
        """The struct expression `ctx` denotes, or None when it is no struct of the script."""
        if self._static_sou(ctx) is None:
            return None
        ctx = _unparen(ctx)
        prim = _primary(ctx)
        if isinstance(prim, P.IdentPrimaryContext):
            name = prim.getText()
            ct = self.struct_vars.get(("global", name))
            return VarRef(ct, "global", name, None) if ct else None
        if isinstance(prim, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
            scope = "thread" if isinstance(prim, P.SelfPrimaryContext) else "local"
            name = prim.name().getText()
            ct = self.struct_vars.get((scope, name))
            return VarRef(ct, scope, name, None) if ct else None
        if isinstance(prim, P.XlatePrimaryContext):
            ref, is_ptr = self._xlate(prim)
            if is_ptr:
                return None
            return ref
        if isinstance(ctx, P.IndexExprContext):
            base = _primary(ctx.expr())
            if isinstance(base, P.IdentPrimaryContext) and ("map", base.getText()) in self.struct_vars:
                name = base.getText()
                keys = [self.expr(k) for k in ctx.exprList().expr()]
                ct = self.struct_vars[("map", name)]
                want = self.arity.get(mangle(name, ctypes.leaves(ct)[0][0])) if ctypes.leaves(ct) else None
                if want is not None and want != len(keys):
                    raise self.error(f"'{name}' is indexed with {len(keys)} key(s) here but "
                                     f"{want} elsewhere", ctx)
                return VarRef(ct, "map", name, keys)
            return None
        if isinstance(ctx, P.UnaryExprContext) and ctx.op.text == "*":
            return self._pointee(ctx.expr())[0]
        if isinstance(ctx, P.MemberExprContext):
            if ctx.op.text == ".":
                base = self._sref(ctx.expr())
            else:
                base = self._pointee(ctx.expr())[0]
            if base is None:
                return None
            m = self._member(base.ctype, ctx.name())
            if not m.ctype.is_sou:
                return None
            return self._sub(base, m)
        return None

    def _pointee(self, ctx) -> tuple[Optional[Ref], Optional[ir.Expr]]:
        """What pointer expression `ctx` points to when that is a struct of the
        script (else None), and the pointer lowered (None for xlate)."""
        prim = _primary(ctx)
        if isinstance(prim, P.XlatePrimaryContext):
            ref, is_ptr = self._xlate(prim)
            if not is_ptr:
                raise self.error(f"operator -> cannot be applied to type \"{ref.ctype.name}\"; "
                                 "must be applied to a struct or union pointer", ctx)
            return ref, None
        if self._static_ptr(ctx) is None:
            return None, None
        ptr = self.expr(ctx)
        ct = self._uptr(ptr) or self._static_ptr(ctx)
        return MemRef(ct, ptr), ptr

    def _uptr(self, e: ir.Expr) -> Optional[CType]:
        """The script's struct `e` points to, where the lowering knows it."""
        if isinstance(e, ir.KernelCast):
            return self.ptr_types.get(e.ctype)
        if isinstance(e, ir.Var):
            return self.ptr_vars.get((e.scope, e.name))
        if isinstance(e, ir.Assign) and e.op == "=":
            return self._uptr(e.value)
        return None

    def _member(self, ct: CType, name_ctx) -> ctypes.Member:
        name = name_ctx.getText()
        m = ct.member(name)
        if m is None:
            raise self.error(f"{name} is not a member of {ct.name}", name_ctx)
        return m

    def _sub(self, ref: Ref, m: ctypes.Member) -> Ref:
        """The nested struct member `m` of `ref`."""
        if isinstance(ref, VarRef):
            return VarRef(m.ctype, ref.scope, ref.name, ref.keys, ref.path + (m.name,))
        if isinstance(ref, MemRef):
            return MemRef(m.ctype, ctypes.at_offset(ref.addr, m.offset))
        raise self.unsupported("a translator member of struct type", ref.translator.loc)

    def _leaf(self, ref: Ref, path: tuple[str, ...], leaf: CType, loc: Loc, node) -> ir.Expr:
        """The value (or, for a VarRef, the variable) of scalar member `path` of `ref`."""
        if isinstance(ref, VarRef):
            name = mangle(ref.name, ref.path + path)
            if ref.scope == "map":
                return ir.Index(name, copy.deepcopy(ref.keys), loc=loc)
            return ir.Var(name, ref.scope, loc=loc)
        if isinstance(ref, XlateRef):
            return self._xlate_member(ref, path, node)
        addr, ct = ref.addr, ref.ctype
        for p in path:
            m = ct.member(p)
            addr, ct = ctypes.at_offset(addr, m.offset), m.ctype
        if leaf.bits:
            raise self.unsupported("a bit-field member read through a pointer", node)
        return self._read(addr, leaf, loc, node)

    def _field_of(self, target: ir.Expr) -> Optional[tuple[int, bool]]:
        """(width, signed) of bit-field member variable `target`, None for any other."""
        name = target.name if isinstance(target, ir.Var) else \
            target.map if isinstance(target, ir.Index) else None
        return self.bit_fields.get(name) if name is not None else None

    def bit_field_type(self, target: ir.Expr) -> Optional[Type]:
        """The integer type of bit-field member variable `target` (None for any other):
        a store into it converts, as a narrow variable's does, and then keeps the
        field's bits (field_store)."""
        field = self._field_of(target)
        return Type("int", 64, field[1]) if field is not None else None

    def field_store(self, target: ir.Expr, value: ir.Expr) -> ir.Expr:
        """`value` as a store into bit-field member variable `target` keeps it: its low
        bits, sign-extended from the field's top bit for a signed type (C's
        conversion to the field); `value` itself for any other target."""
        field = self._field_of(target)
        if field is None:
            return value
        (width, signed), loc = field, value.loc
        if not signed:
            return ir.Binary("&", value, ir.IntLit((1 << width) - 1, loc=loc), loc=loc)
        shift = ir.IntLit(64 - width, loc=loc)
        wide = ir.Cast(Type("int", 64, True), value, loc=loc)
        return ir.Binary(">>", ir.Binary("<<", wide, shift, loc=loc), copy.deepcopy(shift), loc=loc)

    def _read(self, addr: ir.Expr, t: CType, loc: Loc, node) -> ir.Expr:
        """A member of type `t` read from kernel memory at `addr`."""
        if t.kind == "string" or t.is_char_array:
            return ir.Call("kernel_string", [addr, ir.IntLit(t.size, loc=loc)], loc=loc)
        if t.kind in ("int", "pointer"):
            raw = ir.Call("kernel_read", [addr, ir.IntLit(t.size, loc=loc)], loc=loc)
            if t.kind == "pointer":
                if t.target is not None and (t.target.is_sou or t.target.kind == "kernel"):
                    return ir.KernelCast(raw, t.name, loc=loc)
                return ir.Cast(Type("int", 64, False), raw, loc=loc)
            return ir.Cast(t.ir, raw, loc=loc)
        raise self.unsupported(f"reading a member of type {t.name}", node)

    def _member_value(self, ref: Ref, name_ctx, loc: Loc) -> ir.Expr:
        """`ref.name` / `ref->name` as a value."""
        if isinstance(ref, XlateRef) and name_ctx.getText() not in ref.translator.members:
            # dt_cook_op2 asks the translator before the struct.
            raise self.error("translator does not define conversion for member: "
                             f"{name_ctx.getText()}", name_ctx)
        m = self._member(ref.ctype, name_ctx)
        if m.ctype.is_sou:
            raise self.unsupported(f"a struct value ({m.ctype.name}) other than in an "
                                   "assignment or a member reference", name_ctx)
        if isinstance(ref, VarRef) and m.ctype.leaf_type() is None:
            raise self.unsupported(f"member {m.name} of type {m.ctype.name} in a struct "
                                   "variable", name_ctx)
        return self._leaf(ref, (m.name,), m.ctype, loc, name_ctx)

    # ------------------------------------------------------------- xlate

    def _xlate(self, ctx: P.XlatePrimaryContext) -> tuple[XlateRef, bool]:
        """xlate<T>(e) / xlate<T *>(e): the translated struct, and whether T was a pointer."""
        t = self._typename_ctype(ctx.typeName())
        is_ptr = t.kind == "pointer"
        out = t.target if is_ptr else t
        value = self.expr(ctx.expr())
        found = [x for x in self.xlators if x.out is out]
        if len(found) > 1:
            found = [x for x in found if self._input_matches(x.input, value)] or found
        if not found or (found[0].input.kind in ("int", "string", "pointer")
                         and not self._input_matches(found[0].input, value)):
            raise self.error(f"cannot translate from \"{self._d_type_name(value)}\" to "
                             f"\"{t.name}\"", ctx)
        return XlateRef(out, found[0], value), is_ptr

    def _input_matches(self, want: CType, value: ir.Expr) -> bool:
        """Whether `value` can be a translator's input of type `want`. Lenient where
        the lowering cannot know (an fbt argument is an integer here, not a typed pointer)."""
        have = _static_type(value)
        if want.kind == "string":
            return have in (None, "string")
        if have == "string":
            return False
        if want.kind == "pointer" and isinstance(value, ir.KernelCast):
            return value.ctype.replace(" ", "") == want.name.replace(" ", "")
        return True

    def _d_type_name(self, value: ir.Expr) -> str:
        """D's name for the type of `value`, for messages."""
        if isinstance(value, ir.KernelCast):
            return value.ctype
        return _static_type(value) or "int64_t"

    def _xlate_member(self, ref: XlateRef, path: tuple[str, ...], node) -> ir.Expr:
        tr = ref.translator
        if len(path) != 1:
            raise self.unsupported("a nested member of a translated struct", node)
        body = tr.members.get(path[0])
        if body is None:
            raise self.error(f"translator does not define conversion for member: {path[0]}", node)
        inp = tr.input
        value = ref.input
        if inp.kind == "pointer" and inp.target is not None and \
                (inp.target.is_sou or inp.target.kind == "kernel"):
            value = ir.KernelCast(value, inp.name, loc=value.loc)
        elif inp.kind == "int":
            value = ir.Cast(inp.ir, value, loc=value.loc)
        saved = self.bound
        self.bound = {tr.param: value}
        try:
            result = self.expr(body)
        finally:
            self.bound = saved
        want = tr.out.member(path[0]).ctype
        if want.kind == "int":
            result = ir.Cast(want.ir, result, loc=result.loc)
        return result

    # ----------------------------------------------- assignment of structs

    def _struct_assign(self, ctx) -> Optional[list[ir.Stmt]]:
        """`x = y` of struct values: one assignment per member; None when `ctx`
        is no struct assignment."""
        lhs_ctx, rhs_ctx = ctx.expr(0), ctx.expr(1)
        target = self._sref(lhs_ctx)
        source = None
        if target is None:
            prim = _primary(lhs_ctx)
            if not isinstance(prim, (P.IdentPrimaryContext, P.SelfPrimaryContext,
                                     P.ThisPrimaryContext)):
                return None
            source = self._sref(rhs_ctx)
            if source is None:
                return None
            # A first assignment of a struct value declares the variable with its type.
            if isinstance(prim, P.IdentPrimaryContext):
                scope, name = "global", prim.getText()
                if name in self.vars:
                    return None
            else:
                scope = "thread" if isinstance(prim, P.SelfPrimaryContext) else "local"
                name = prim.name().getText()
                if name in (self.thread_vars if scope == "thread" else self.local_vars):
                    return None
            self._struct_storage(scope, name, source.ctype, None, self.loc(lhs_ctx))
            target = VarRef(source.ctype, scope, name, None)
        if ctx.op.text != "=":
            raise self.error(f"operator {ctx.op.text} cannot be applied to a struct", ctx)
        if not isinstance(target, VarRef):
            raise self.unsupported("assigning to a struct in kernel memory", lhs_ctx)
        if source is None:
            source = self._sref(rhs_ctx)
        if source is None or source.ctype is not target.ctype:
            have = source.ctype.name if source is not None else self._d_type_name(self.expr(rhs_ctx))
            raise self.error(f"operands have incompatible types: \"{target.ctype.name}\" = "
                             f"\"{have}\"", ctx)
        loc = self.loc(ctx)
        out: list[ir.Stmt] = []
        for path, leaf in ctypes.leaves(target.ctype):
            if isinstance(source, XlateRef) and path[0] not in source.translator.members:
                continue
            value = self._leaf(source, path, leaf, loc, rhs_ctx)
            out.append(ir.ExprStmt(ir.Assign(self._leaf(target, path, leaf, loc, lhs_ctx), "=",
                                             value, loc=loc), loc=loc))
        return out

    # ----------------------------------------------------- sizeof, offsetof

    def _sizeof_ctype(self, tn) -> Optional[CType]:
        """The script's type a sizeof(type) names, else None (the older rules apply)."""
        specs = tn.typeSpec()
        named = (len(specs) == 1 and spec_tag(specs[0]) is not None) or \
            (tn.IDENT() is not None and tn.IDENT().getText() in self.typedefs)
        if not named:
            return None
        t = self._typename_ctype(tn)
        if t.is_sou and t.members is None:
            raise self.unsupported(f"sizeof({t.name}) (a struct declared without members)", tn)
        return t

    def _kernel_layout(self, t: CType, member, loc) -> ir.Expr:
        """sizeof / offsetof of a kernel struct: only the kernel's BTF knows its layout, so
        they are addresses in a struct at 0, as C's offsetof is (analysis resolves them
        to constants): `&((T *)0)[1]` its size, `&((T *)0)->member` a member's offset."""
        base = ir.KernelCast(ir.IntLit(0, loc=loc), f"{t.name} *", loc=loc)
        if member is None:
            return ir.KernelElem(base, ir.IntLit(1, loc=loc), addr_of=True, loc=loc)
        return ir.KernelMember(base, [member], addr_of=True, loc=loc)

    def _x_OffsetofExprContext(self, ctx):
        if ctx.typeName() is None:
            # `offsetof(vmlinux`foo_t, m)`: a typedef's name scoped to the kernel image
            # (the lowering refused other modules first)
            name = ctx.KSYM().getText().rpartition("`")[2]
            if name not in self.typedefs:
                raise self.error(f"unknown type name: {name}", ctx.KSYM())
            t = self.typedefs[name]
        else:
            t = self._typename_ctype(ctx.typeName())
        if t.kind == "kernel":
            return self._kernel_layout(t, ctx.name().getText(), self.loc(ctx))
        if not t.is_sou:
            raise self.error("offsetof operand must be a struct or union type", ctx.typeName() or ctx.KSYM())
        return ir.IntLit(self._member(t, ctx.name()).offset, loc=self.loc(ctx))

    def _p_XlatePrimaryContext(self, ctx):
        ref, is_ptr = self._xlate(ctx)
        raise self.unsupported(f"xlate <{ref.ctype.name}{' *' if is_ptr else ''}> as a value "
                               "(reference one of its members)", ctx)

    def _struct_value_error(self, ct: CType, node):
        return self.unsupported(f"a struct value ({ct.name}) other than in an assignment or a "
                                "member reference", node)
