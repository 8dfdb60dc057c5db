"""A Vue script's C types: struct / union / enum definitions, typedefs, struct
variables and pointers to structs. A mixin of `lower.Lowerer`.

ProbeVue takes C declarations as a C header would (IBM: "Data types derived from
the C language"): structs and unions are laid out as C lays them out on LP64
(`frontends.ctypes_common`, shared with D); pointers "dereference kernel or
application data". The IR has no struct values, so:
  * `p->m` (p a pointer to a struct: a variable declared so, a cast, `__argN`
    typed by a prototype, a pointer member) reads the member's bytes at its
    offset: user memory in @@syscall and @@uft clauses (the probed process's
    data), kernel memory elsewhere; a bad address is the clause's run-time
    error, as with copy_userdata();
  * a struct variable (`struct foo s;`) is one IR variable per scalar member
    (`s__a`, `s__b__c`, ctypes_common.mangle); `copy_userdata(addr, s)` fills
    every member from memory and `s.m` reads its variable;
  * an enum's constants are integer constants; an enum type is an int.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Optional, Union

from xtrace.frontends import ctypes_common as ctypes
from xtrace.frontends.ctypes_common import CType, mangle
from xtrace.frontends.d.constfold import const_int
from xtrace.grammars.generated.vue.VueParser import VueParser as P
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc
from xtrace.ir.types import INT32, INT64, STRING, UINT64

from . import netinfo, tables
from .decls import DeclType, decl_type, int_type_words, prototype_slot


@dataclass
class VarRef:
    """A struct held in variables, one per scalar member."""

    ctype: CType
    scope: str  # 'global', 'thread' or 'local'
    name: str
    path: tuple[str, ...] = ()


@dataclass
class MemRef:
    """A struct in memory at `addr`."""

    ctype: CType
    addr: ir.Expr


Ref = Union[VarRef, MemRef]


def _unparen(ctx):
    while isinstance(ctx, P.PrimaryExprContext) and isinstance(ctx.primary(), P.ParenExprContext):
        ctx = ctx.primary().expr()
    return ctx


def _name_of(ctx) -> Optional[str]:
    """The identifier an expression is, else None."""
    ctx = _unparen(ctx)
    if isinstance(ctx, P.PrimaryExprContext) and isinstance(ctx.primary(), P.NameExprContext):
        return ctx.getText()
    return None


class CTypeLowering:
    """The script's C types (mixed into Lowerer, whose state and helpers it uses)."""

    def _init_ctypes(self) -> None:
        self.tags: dict[str, CType] = {}        # "struct foo", "enum e" -> type
        self.typedefs: dict[str, CType] = {}
        self.enum_consts: dict[str, int] = {}
        self.struct_vars: dict[str, tuple[str, CType]] = {}  # global/thread: name -> (scope, type)
        self.struct_locals: dict[str, CType] = {}            # this clause's __auto structs
        self.proto_ctypes: dict[str, tuple[list[Optional[CType]], Optional[CType]]] = {}
        self.spec_types: dict[int, CType] = {}  # a struct/enum spelled with a body: defined once

    # ------------------------------------------------------------ type names

    def ctype_of(self, spec, stars: int = 0) -> CType:
        """The CType a typeSpec (and `stars` '*'s) names; defines the struct, union
        or enum it spells with a body."""
        if isinstance(spec, (P.SouTypeSpecContext, P.EnumTypeSpecContext)):
            t = self.spec_types.get(id(spec))
            if t is None:
                t = self.sou(spec.souSpec()) if isinstance(spec, P.SouTypeSpecContext) \
                    else self.enum(spec.enumSpec())
                self.spec_types[id(spec)] = t
        elif isinstance(spec, P.TypedefTypeSpecContext):
            t = self.typedefs[spec.TYPEDEF_NAME().getText()]
        elif isinstance(spec, P.IntTypeSpecContext):
            words = int_type_words(spec)
            t = ctypes.integer(words, tables.C_INT_TYPES[words])
        elif isinstance(spec, P.BareSignTypeSpecContext):
            words = "unsigned int" if spec.UNSIGNED() else "int"
            t = ctypes.integer(words, tables.C_INT_TYPES[words])
        else:
            named = spec.namedType()
            if named.VOID():
                t = CType("void", "void")
            elif named.TIMESTAMP_T():
                t = ctypes.integer("probev_timestamp_t", tables.TIMESTAMP_TYPE)
            elif named.FLOAT() or named.DOUBLE():
                size = 4 if named.FLOAT() else 8
                t = CType("float", named.getText(), size, size)
            else:
                raise self.error(f"'{named.getText()}' is not a C type", spec)
        for _ in range(stars):
            t = ctypes.pointer(t)
        return t

    @staticmethod
    def is_ctype_spec(spec) -> bool:
        """Whether a typeSpec names a struct, union, enum or typedef."""
        return isinstance(spec, (P.SouTypeSpecContext, P.EnumTypeSpecContext, P.TypedefTypeSpecContext))

    def c_pointee(self, spec) -> bool:
        """Whether a pointer to `spec` has a C type to read (not String, list, timestamp...)."""
        return self.is_ctype_spec(spec) or not isinstance(spec, P.NamedTypeSpecContext) \
            or bool(spec.namedType().VOID())

    def sou(self, ctx: P.SouSpecContext) -> CType:
        """`struct foo`, `struct foo { ... }`, `union { ... }`."""
        tag = ctx.tag.text
        named = ctx.ID() is not None
        key = f"{tag} {ctx.ID().getText()}" if named else f"{tag} (anon)"
        if ctx.souBody() is None:
            if key not in self.tags:
                self.tags[key] = CType(tag, key)  # declared only: usable through a pointer
            return self.tags[key]
        old = self.tags.get(key) if named else None
        if old is not None and old.members is not None:
            raise self.error(f"'{key}' is defined twice", ctx)
        sou = old or CType(tag, key)
        if named:
            self.tags[key] = sou  # before its members, so a member may point to its own struct
        members: list[tuple[str, CType]] = []
        for md in ctx.souBody().memberDecl():
            spec = md.typeSpec()
            if isinstance(spec, P.NamedTypeSpecContext) and (spec.namedType().STRING_T()
                                                             or spec.namedType().LIST_T()):
                raise self.error(f"a {tag} member cannot be a Vue {spec.getText()}: use C types "
                                 "(a char array for text)", spec)
            for d in md.memberDeclarator():
                mname = d.ID().getText()
                if d.getChild(d.getChildCount() - 2).getText() == ":":
                    raise self.error(f"bit-field member '{mname}' is not supported (ProbeVue leaves "
                                     "the layout of a struct with bit-fields undefined)", d)
                t = self.ctype_of(spec, len(d.STAR()))
                for n in reversed(d.expr()):
                    count = const_int(self.expr(n))
                    if count is None or count <= 0:
                        raise self.error("an array member's size must be a positive integer "
                                         "constant", n)
                    t = ctypes.array(t, count)
                if t.kind == "void" or (t.is_sou and t.members is None):
                    raise self.error(f"member '{mname}' has incomplete type {t.name}", d)
                if any(m == mname for m, _ in members):
                    raise self.error(f"'{key}' has two members named '{mname}'", d)
                members.append((mname, t))
        ctypes.lay_out(sou, members)
        return sou

    def enum(self, ctx: P.EnumSpecContext) -> CType:
        """`enum e`, `enum e { A, B = 5 }`: its constants become integer constants."""
        key = f"enum {ctx.ID().getText()}" if ctx.ID() else "enum (anon)"
        if ctx.enumBody() is None:
            if key not in self.tags:
                raise self.error(f"unknown type '{key}'", ctx)
            return self.tags[key]
        if ctx.ID() is not None and key in self.tags:
            raise self.error(f"'{key}' is defined twice", ctx)
        value = 0
        for en in ctx.enumBody().enumerator():
            name = en.ID().getText()
            if en.expr() is not None:
                v = const_int(self.expr(en.expr()))
                if v is None:
                    raise self.error(f"the value of '{name}' must be an integer constant", en.expr())
                value = v
            if name in self.enum_consts or name in tables.CONSTANTS or name in tables.BUILTIN_VARS:
                raise self.error(f"'{name}' is already defined", en)
            self.enum_consts[name] = value
            value += 1
        t = ctypes.integer(key, INT32)
        if ctx.ID() is not None:
            self.tags[key] = t
        return t

    def typedef(self, ctx: P.DeclarationContext) -> None:
        """`typedef T NAME[, *NAME2];`"""
        for d in ctx.declarator():
            name = d.ID().getText()
            if any(ch.getText() in ("(", "=") for ch in d.getChildren()):
                raise self.error(f"typedef '{name}' must name a type (no function types or values)", d)
            t = self.ctype_of(ctx.typeSpec(), len(d.STAR()))
            if d.expr():
                count = const_int(self.expr(d.expr(0)))
                if count is None or count <= 0:
                    raise self.error("an array type's size must be a positive integer constant", d)
                t = ctypes.array(t, count)
            if name in self.typedefs:
                raise self.error(f"type '{name}' is defined twice", d)
            if t.is_sou and t.name.endswith("(anon)"):
                t.name = name
            self.typedefs[name] = t

    def decl_of(self, spec, stars: int, node) -> DeclType:
        """The DeclType of a declaration's type (a struct: kind 'struct' with its CType)."""
        if isinstance(spec, P.NamedTypeSpecContext) and spec.namedType().VUE_TYPE() \
                and spec.namedType().getText() == "net_info_t":
            if stars:
                raise self.error("a net_info_t variable holds the socket's values: declare "
                                 "'net_info_t n;', not a pointer", node)
            return DeclType("struct", None, netinfo.NET_INFO_T.size, ctype=netinfo.NET_INFO_T)
        if not self.is_ctype_spec(spec):
            dt = decl_type(spec, stars > 0, self.error)
            if stars and self.c_pointee(spec):
                return DeclType("int", UINT64, 8, ctype=self.ctype_of(spec, stars))
            return dt
        t = self.ctype_of(spec, stars)
        if t.kind == "pointer":
            return DeclType("int", UINT64, 8, ctype=t)
        if t.kind == "int":
            return DeclType("int", t.ir, t.size, ctype=t)
        if t.is_sou:
            if t.members is None:
                raise self.error(f"'{t.name}' is declared without its members: only a pointer to "
                                 "it can be declared", node)
            return DeclType("struct", None, t.size, ctype=t)
        if t.kind == "float":
            return DeclType("float", INT64, t.size)
        if t.kind == "array":
            raise self.error("C arrays are not supported (a String holds text)", node)
        raise self.error(f"a variable cannot have type {t.name}", node)

    # ------------------------------------------------------------ struct variables

    def declare_struct(self, name: str, scope: str, dt: DeclType, node) -> None:
        """`struct foo s;`: a variable per scalar member (mangled names)."""
        ct = dt.ctype
        if scope == "local":
            self.struct_locals[name] = ct
        else:
            if name in self.struct_vars and self.struct_vars[name] != (scope, ct):
                raise self.error(f"'{name}' is declared again with another type", node)
            self.struct_vars[name] = (scope, ct)
        for path, leaf in ctypes.leaves(ct):
            var = mangle(name, path)
            ldt = DeclType("str", STRING) if leaf.leaf_type() == STRING else \
                DeclType("int", leaf.leaf_type(), leaf.size, ctype=leaf)
            if scope == "global":
                self.declare_global(var, ldt, node)
            else:
                (self.locals if scope == "local" else self.threads)[var] = ldt
                self.env.table(ir.Var(var, scope))[var] = ldt.is_str

    def struct_var(self, name: str) -> Optional[VarRef]:
        """The struct variable called `name` here, else None."""
        if name in self.struct_locals:
            return VarRef(self.struct_locals[name], "local", name)
        if name in self.locals:
            return None
        if name in self.struct_vars:
            scope, ct = self.struct_vars[name]
            return VarRef(ct, scope, name)
        return None

    # ------------------------------------------------------------ expressions

    def sref(self, ctx) -> Optional[Ref]:
        """The struct expression `ctx` denotes (a variable, `*p`, a struct member), else None."""
        ctx = _unparen(ctx)
        name = _name_of(ctx)
        if name is not None:
            return self.struct_var(name)
        if isinstance(ctx, P.PrefixExprContext) and ctx.op.text == "*":
            ptr = self.static_ptr(ctx.expr())
            if ptr is None or not ptr.target.is_sou:
                return None
            return MemRef(self.complete(ptr.target, ctx), self.expr(ctx.expr()))
        if isinstance(ctx, P.MemberExprContext):
            base = self.member_base(ctx)
            if base is None:
                return None
            m = self.member(base.ctype, ctx)
            if not m.ctype.is_sou:
                return None
            if isinstance(base, VarRef):
                return VarRef(m.ctype, base.scope, base.name, base.path + (m.name,))
            return MemRef(m.ctype, ctypes.at_offset(base.addr, m.offset))
        return None

    def member_base(self, ctx: P.MemberExprContext) -> Optional[Ref]:
        """The struct whose member `ctx` names (None: no struct of the script)."""
        base = ctx.expr().getText()
        if ctx.op.text == ".":
            ref = self.sref(ctx.expr())
            if ref is None and self.static_ptr(ctx.expr()) is not None:
                raise self.error(f"'{base}' is a pointer: its members are {base}->member", ctx)
            return ref
        ptr = self.static_ptr(ctx.expr())
        if ptr is None:
            if self.sref(ctx.expr()) is not None:
                raise self.error(f"'{base}' is a struct, not a pointer: its members are "
                                 f"{base}.member", ctx)
            return None
        if not ptr.target.is_sou:
            raise self.error(f"'->' needs a pointer to a struct or union; '{base}' is {ptr.name}", ctx)
        return MemRef(self.complete(ptr.target, ctx), self.expr(ctx.expr()))

    def complete(self, t: CType, node) -> CType:
        if t.members is None:
            raise self.error(f"'{t.name}' is declared without its members: its members cannot be "
                             "read", node)
        return t

    def member(self, t: CType, ctx: P.MemberExprContext) -> ctypes.Member:
        m = t.member(ctx.ID().getText())
        if m is None and t is netinfo.NET_INFO_T and ctx.ID().getText() in netinfo.ADDR_MEMBERS:
            raise self.error(netinfo.ADDR_MEMBERS[ctx.ID().getText()], ctx.ID())
        if m is None:
            raise self.error(f"'{ctx.ID().getText()}' is not a member of {t.name}", ctx.ID())
        return m

    def static_ptr(self, ctx) -> Optional[CType]:
        """The pointer type of expression `ctx` where the script gives it one (a
        variable or prototype argument declared so, a cast, a pointer member)."""
        ctx = _unparen(ctx)
        name = _name_of(ctx)
        if name is not None:
            t = self.var_ctype(name)
            return t if t is not None and t.kind == "pointer" else None
        if isinstance(ctx, P.CastExprContext):
            spec, stars = ctx.typeName().typeSpec(), len(ctx.typeName().STAR())
            if stars and self.c_pointee(spec):
                return self.ctype_of(spec, stars)
            if self.is_ctype_spec(spec):
                t = self.ctype_of(spec)
                return t if t.kind == "pointer" else None
            return None
        if isinstance(ctx, P.MemberExprContext):
            base = self.member_base(ctx)
            if base is None:
                return None
            m = self.member(base.ctype, ctx)
            return m.ctype if m.ctype.kind == "pointer" else None
        if isinstance(ctx, P.BinaryExprContext) and ctx.op.text in ("+", "-"):
            left = self.static_ptr(ctx.expr(0))
            return left if left is not None or ctx.op.text == "-" else self.static_ptr(ctx.expr(1))
        return None

    def pointer_arith(self, ctx: P.BinaryExprContext, lhs: ir.Expr, rhs: ir.Expr) -> tuple[ir.Expr, ir.Expr]:
        """`p + n`, `n + p`, `p - n` of a typed pointer step n elements, as in C (IR
        integers add bytes); the operands unchanged otherwise."""
        if ctx.op.text not in ("+", "-"):
            return lhs, rhs
        left, right = self.static_ptr(ctx.expr(0)), self.static_ptr(ctx.expr(1))
        if left is not None and right is not None:
            if ctx.op.text == "-":
                raise self.error("subtracting pointers is not supported", ctx)
            raise self.error("adding two pointers is not allowed in C", ctx)
        ptr = left or (right if ctx.op.text == "+" else None)
        if ptr is None or ptr.target.size <= 1:
            return lhs, rhs  # void * and char * step bytes
        def scale(e: ir.Expr) -> ir.Expr:
            return ir.Binary("*", e, ir.IntLit(ptr.target.size, loc=e.loc), loc=e.loc)
        return (lhs, scale(rhs)) if left is not None else (scale(lhs), rhs)

    def var_ctype(self, name: str) -> Optional[CType]:
        """The C type a variable, `__argN` or `__rv` was declared with."""
        for table in (self.locals, self.threads):
            if name in table:
                return table[name].ctype
        if name.startswith("__arg") or name == "__rv":
            return self.proto_ctype(name)
        dt = self.decl_types.get(name)
        return dt.ctype if dt is not None else None

    def proto_ctype(self, name: str) -> Optional[CType]:
        """The C type a prototype gives `__argN` / `__rv` in this clause."""
        return prototype_slot(self.proto_ctypes, self.clause_funcs, name)

    def struct_member(self, ctx: P.MemberExprContext) -> Optional[ir.Expr]:
        """`s.m` / `p->m` of the script's structs as a value (None: not one of those)."""
        base = self.member_base(ctx)
        if base is None:
            return None
        m = self.member(base.ctype, ctx)
        loc = self.loc(ctx)
        if m.ctype.is_sou:
            raise self.error(f"member '{m.name}' is a {m.ctype.kind}: read one of its members "
                             f"({ctx.getText()}.member)", ctx)
        if isinstance(base, VarRef):
            if m.ctype.leaf_type() is None:
                raise self.error(f"member '{m.name}' of type {m.ctype.name} cannot be held in a "
                                 "struct variable", ctx)
            return ir.Var(mangle(base.name, base.path + (m.name,)), base.scope, loc=loc)
        return self.read(ctypes.at_offset(base.addr, m.offset), m.ctype, loc, ctx)

    def array_address(self, ctx) -> Optional[ir.Expr]:
        """The address of a char array member read through a pointer (`p->name`), where
        C would take it (get_userstring(p->name, N)); None for anything else."""
        ctx = _unparen(ctx)
        if not isinstance(ctx, P.MemberExprContext):
            return None
        base = self.member_base(ctx)
        if not isinstance(base, MemRef):
            return None
        m = self.member(base.ctype, ctx)
        return ctypes.at_offset(base.addr, m.offset) if m.ctype.is_char_array else None

    def deref(self, ctx: P.PrefixExprContext) -> ir.Expr:
        """`*p` of a pointer to an integer or a pointer (`*(int *)addr`)."""
        ptr = self.static_ptr(ctx.expr())
        if ptr is None:
            raise self.error("'*' needs a pointer: declare the variable, or cast the address, "
                             "with a pointer type ('*(int *)addr')", ctx)
        if ptr.target.is_sou:
            raise self.error(f"'*{ctx.expr().getText()}' is a {ptr.target.kind}: read one of its "
                             "members with '->'", ctx)
        return self.read(self.expr(ctx.expr()), ptr.target, self.loc(ctx), ctx)

    def reads_user(self) -> bool:
        """Whether pointers in this clause point into the probed process (@@syscall
        arguments, @@uft functions) rather than into the kernel."""
        return bool(self.point_kinds) and self.point_kinds <= {"syscall", "ufunc"}

    def read(self, addr: ir.Expr, t: CType, loc: Loc, node, user: Optional[bool] = None) -> ir.Expr:
        """A value of type `t` read from memory at `addr` (a run-time error if it cannot be):
        user memory when `user` (by default: where this clause's pointers point)."""
        if user is None:
            user = self.reads_user()
        if t.is_char_array:
            return ir.Call("user_string" if user else "kernel_string", [addr, ir.IntLit(t.size, loc=loc)],
                           loc=loc)
        if t.kind in ("int", "pointer") and t.size in (1, 2, 4, 8):
            signed = int(t.kind == "int" and t.ir.signed)
            return ir.Call("user_read" if user else "kernel_read_int",
                           [addr, ir.IntLit(t.size, loc=loc), ir.IntLit(signed, loc=loc)], loc=loc)
        raise self.error(f"reading a value of type {t.name} is not supported (integers, pointers "
                         "and char arrays are)", node)

    def copy_struct(self, fname: str, addr_ctx, ref: VarRef, loc: Loc) -> ir.Block:
        """copy_userdata(addr, s) / copy_kdata(addr, s) of a struct variable: every
        scalar member read from its offset."""
        user = fname == "copy_userdata"
        addr = self.expr(addr_ctx)
        out: list[ir.Stmt] = []
        for path, leaf in ctypes.leaves(ref.ctype):
            off, t = 0, ref.ctype
            for p in path:
                m = t.member(p)
                off, t = off + m.offset, m.ctype
            # Vue copies the struct at once; the IR reads each member at its offset.
            value = self.read(ctypes.at_offset(copy.deepcopy(addr), off), leaf, loc, addr_ctx, user)
            target = ir.Var(mangle(ref.name, ref.path + path), ref.scope, loc=loc)
            out.append(ir.ExprStmt(ir.Assign(target, "=", value, loc=loc), loc=loc))
        return ir.Block(out, loc=loc)
