"""Vue expressions -> IR expressions (the expression half of `lower.Lowerer`)."""

from __future__ import annotations

import copy
import re
import struct
from typing import Optional, Union

from xtrace.frontends.common import loc_of
from xtrace.grammars.generated.vue.VueParser import VueParser as P
from xtrace.frontends import kernel_vars
from xtrace.ir import nodes as ir
from xtrace.ir.builtins import FUNCTIONS
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.stores import convert
from xtrace.ir.types import INT64, Type

from . import iomgr, netmgr, sysproc, tables
from .decls import UNTYPED, DeclType, prototype_slot
from .scope import StrEnv, is_str
from .strings import EscapeError, unescape
from .syscalls import is_raw_rv, syscall_rv

_ARG = re.compile(r"__arg(\d+)\Z")
# Statement-only Vue functions: they have no value.
STATEMENT_FUNCS = ("printf", "eprintf", "print", "quantize", "lquantize", "stktrace", "exit", "delete", "clear", "append",
                   "start_tentative", "end_tentative", "commit_tentative", "discard_tentative", "ptree")


def pgid(loc: Loc) -> ir.Expr:
    """`__pgid`: the current process's process group id."""
    return ir.Call("task_info", [ir.Builtin("curthread", loc=loc), ir.IntLit(0, loc=loc)], loc=loc)


def constant(name: str, loc: Loc) -> ir.Expr:
    """A Vue named constant (tables.CONSTANTS) as the IR a literal of its value lowers
    to, keeping its name (a port says EADDRINUSE where the script did)."""
    e = constant_int(tables.CONSTANTS[name], loc)
    if isinstance(e, ir.IntLit) and name in tables.NAMED_CONSTANTS:
        e.name = name
    return e


def negated_literal(value: int, loc: Loc) -> ir.Expr:
    """`-N` for an integer literal N: the literal -N, as D and stap read it, when -N has
    N's C type (int, else long long); else the negation, which keeps N's type
    (`-2147483648` is the negation of a long long in C, not an int)."""
    if _c_literal_type(value) == _c_literal_type(-value):
        return ir.IntLit(-value, loc=loc)
    return ir.Unary("-", ir.IntLit(value, loc=loc), loc=loc)


def _c_literal_type(v: int) -> str:
    """The C type of an integer constant by its value: int, long long or unsigned long long."""
    if -(1 << 31) <= v < (1 << 31):
        return "int"
    return "long long" if v < (1 << 63) else "unsigned long long"


def parse_int(text: str) -> int:
    """A C integer literal (decimal, 0x hex, 0 octal, u/l suffixes); ValueError if malformed."""
    t = text.rstrip("uUlL")
    if t[:2] in ("0x", "0X"):
        return int(t[2:], 16)
    if len(t) > 1 and t[0] == "0":
        return int(t[1:], 8)
    return int(t)


class ExprLowerer:
    """Expression lowering; `lower.Lowerer` owns the symbol state used here."""

    filename: str
    source: str
    env: StrEnv
    locals: dict[str, DeclType]
    threads: dict[str, DeclType]
    declared: dict[str, ir.Global]
    implicit: dict[str, ir.Global]
    decl_types: dict[str, DeclType]
    first_use: dict[str, Loc]
    assigned: set[str]
    arity: dict[str, int]
    arg_uses: list[Loc]
    events: set[Optional[str]]
    manager_events: set[Optional[str]]
    point_kinds: set[str]
    clause_funcs: set[Optional[str]]
    syscall_exit: bool
    profiling: bool
    clause_points: list[ir.ProbePoint]
    prototypes: dict[str, tuple[list, object]]
    kernel_vars: dict[str, tuple[DeclType, Loc]]
    in_predicate: bool

    # ------------------------------------------------------------ helpers

    def loc(self, node) -> Loc:
        return loc_of(self.filename, node)

    def error(self, msg: str, node) -> XtraceError:
        at = node if isinstance(node, Loc) else self.loc(node)
        return XtraceError(msg, at, self.source)

    def global_named(self, name: str) -> Optional[ir.Global]:
        return self.declared.get(name) or self.implicit.get(name)

    def _implicit(self, name: str, kind: str, node, **kw) -> ir.Global:
        """An undeclared global, typed by its first use as Vue does."""
        g = ir.Global(name, kind, loc=self.loc(node), **kw)
        self.implicit[name] = g
        self.first_use[name] = g.loc
        return g

    # ------------------------------------------------------------ dispatch

    def expr(self, ctx: P.ExprContext) -> ir.Expr:
        """Lower any expression that has a value."""
        method = getattr(self, "_x_" + type(ctx).__name__[:-len("Context")])
        e = method(ctx)
        if e.loc.line == 0:
            e.loc = self.loc(ctx)
        return e

    def _x_PrimaryExpr(self, ctx: P.PrimaryExprContext) -> ir.Expr:
        return self.primary(ctx.primary())

    def primary(self, ctx: P.PrimaryContext) -> ir.Expr:
        loc = self.loc(ctx)
        if isinstance(ctx, P.IntLitContext):
            try:
                value = parse_int(ctx.getText())
            except ValueError:
                raise self.error(f"malformed integer literal '{ctx.getText()}'", ctx) from None
            if value >= 1 << 64:
                # (C's rule, as ProbeVue's compiler, a C compiler, applies it; the C this
                # would become truncates the constant where the script meant it whole)
                raise self.error(f"integer constant '{ctx.getText()}' is too large for its type "
                                 "(64 bits at most)", ctx)
            return ir.IntLit(value, loc=loc, spelling=ir.radix_spelling(ctx.getText()))
        if isinstance(ctx, P.FloatLitContext):
            raise self.error("floating-point numbers can only be assigned to float or double "
                             "variables (no floating-point arithmetic: kernel code cannot use the FPU)",
                             ctx)
        if isinstance(ctx, P.CharLitContext):
            return ir.IntLit(ord(self.literal(ctx.CHAR_LIT())[0]), loc=loc)
        if isinstance(ctx, P.StringLitContext):
            return ir.StrLit("".join(self.literal(t) for t in ctx.STRING_LIT()), loc=loc)
        if isinstance(ctx, P.DollarArgContext) and ctx.getText() in ("$__CPID", "$__CTID"):
            # $__CPID is the pid of the -X command, $__CTID the id of its thread. The
            # program's initial thread has tid == pid on Linux, so both are that pid.
            return ir.Builtin("target", loc=loc)
        if isinstance(ctx, P.DollarArgContext):
            if ctx.getText()[1:].isdigit() and int(ctx.getText()[1:]) > 0:
                # a run substitutes the arguments' text first (driver/probevue_cli.py);
                # one left is a script being translated, which keeps it (as D's $1)
                return ir.ScriptArg(int(ctx.getText()[1:]), loc=loc, type=INT64)
            if ctx.getText()[1:].isdigit():
                raise self.error(f"script arguments ('{ctx.getText()}') are given on the command "
                                 "line: run the script with 'xtrace probevue SCRIPT ARGS...'", ctx)
            raise self.error(f"environment variable {ctx.getText()} is not set: probevue puts "
                             "its value in when it compiles the script (export it before running "
                             "'xtrace probevue SCRIPT' or 'xtrace translate')", ctx)
        if isinstance(ctx, P.QualifiedVarContext):
            return self.qualified(ctx, target=False)
        if isinstance(ctx, P.CallExprContext):
            return self.call_value(ctx)
        if isinstance(ctx, P.NameExprContext):
            return self.name(ctx.ID().getText(), ctx, target=False)
        return self.expr(ctx.expr())  # parenthesized

    def literal(self, tok) -> str:
        """The decoded value of a STRING_LIT / CHAR_LIT token."""
        text = tok.getText()
        try:
            return unescape(text[1:-1])
        except EscapeError as err:
            at = self.loc(tok)
            raise XtraceError(str(err), Loc(at.file, at.line, at.col + 1 + err.offset), self.source) from None

    # ------------------------------------------------------------ names

    def name(self, name: str, node, target: bool) -> Union[ir.Var, ir.Builtin]:
        """A bare identifier as a value or as an assignment target."""
        loc = self.loc(node)
        if (self.locals.get(name, UNTYPED).kind == "float" or self.threads.get(name, UNTYPED).kind
                == "float") and not self.float_ok:
            raise self.float_misuse(name, node)
        if name in self.locals:
            return ir.Var(name, "local", loc=loc)
        if name in tables.BUILTIN_VARS:
            if target:
                raise self.error(f"'{name}' is a built-in variable and cannot be modified", node)
            if name.startswith("__arg"):
                self.arg_uses.append(loc)
                if int(name[len("__arg"):]) > 6 and self.point_kinds != {"ufunc"}:
                    raise self.error(f"'{name}': __arg7 .. __arg32 (a function's stack-passed "
                                     "arguments) are read in @@uft clauses only; a Linux system "
                                     "call takes at most six arguments", node)
            value = ir.Builtin(tables.BUILTIN_VARS[name], loc=loc)
            if name == "__rv" and self.syscall_exit:
                value = syscall_rv(loc)
            narrow = self.prototype_type(name)
            return value if narrow is None else self.narrow(value, narrow, loc)
        if name == "__pgid":
            if target:
                raise self.error(f"'{name}' is a built-in variable and cannot be modified", node)
            return pgid(loc)
        if name in self.enum_consts and name not in self.threads:
            if target:
                raise self.error(f"'{name}' is an enum constant and cannot be modified", node)
            return ir.IntLit(self.enum_consts[name], loc=loc)
        if self.struct_var(name) is not None:
            raise self.error(f"'{name}' is a struct: use its members ({name}.member), or fill it "
                             f"with copy_userdata(addr, {name})", node)
        if name in tables.CONSTANTS:
            if target:
                raise self.error(f"'{name}' is a constant and cannot be modified", node)
            return constant(name, loc)
        if name in tables.AIX_ONLY_BUILTINS:
            raise self.error(tables.AIX_ONLY_BUILTINS[name], node)
        if name in tables.UNSUPPORTED_BUILTINS:
            raise self.error(f"'{name}' ({tables.UNSUPPORTED_BUILTINS[name]}) is not supported yet", node)
        m = _ARG.match(name)
        if m:
            raise self.error(f"Vue's arguments are __arg1 .. __arg32, not '{name}'", node)
        if name in self.threads:
            return ir.Var(name, "thread", loc=loc)
        if name in self.kernel_vars:
            return self.kernel_var(name, node, target)
        if self.decl_types.get(name, UNTYPED).kind == "float" and not self.float_ok:
            raise self.float_misuse(name, node)
        g = self.global_named(name)
        if g is None:
            g = self._implicit(name, "scalar", node)
        if g.kind == "map":
            raise self.error(f"'{name}' is an associative array: use it with a key, {name}[key]", node)
        if g.kind == "agg":
            raise self.error(f"'{name}' is a list: read it with count(), sum(), min(), max() or avg()", node)
        if target:
            self.assigned.add(name)
        return ir.Var(name, "global", loc=loc)

    def kernel_var(self, name: str, node, target: bool) -> ir.Expr:
        """A read of the `__kernel` variable `name` (ProbeVue: read-only, not in predicates)."""
        if target:
            raise self.error(f"'{name}' is a kernel variable: kernel variables are read-only", node)
        if self.in_predicate:
            raise self.error(f"kernel variable '{name}' cannot be used in a predicate (when); "
                             "ProbeVue reads kernel variables in the action block only", node)
        t, decl = self.kernel_vars[name]
        loc = self.loc(node)
        assert t.type is not None and t.size is not None
        if name in tables.AIX_KERNEL_ALIASES:
            ticks = ir.Builtin(tables.AIX_KERNEL_ALIASES[name], loc=loc)
            return ticks if t.size == 8 and t.type.signed else self.narrow(ticks, t.type, loc)
        return kernel_vars.read(name, t.type, loc, decl)

    def prototype_type(self, name: str):
        """The C type a prototype gives `__argN` / `__rv` in this clause, when narrower
        than 64 bits (a clause of one function's probes only)."""
        return prototype_slot(self.prototypes, self.clause_funcs, name)

    def qualified(self, ctx: P.QualifiedVarContext, target: bool) -> ir.Expr:
        """`global:x`, `thread:x`, `auto:x`: the class of an undeclared variable at first use."""
        cls, name = ctx.CLASSQ().getText()[:-1], ctx.ID().getText()
        if cls in ("kernel", "__k"):
            if name in tables.AIX_KERNEL_VARS and name not in self.kernel_vars:
                what, nearest = tables.AIX_KERNEL_VARS[name]
                raise self.error(f"kernel variable '{name}' ({what}) does not exist on Linux; the "
                                 f"nearest Linux variable: {nearest}", ctx)
            if name not in self.kernel_vars:
                raise self.error(f"'{cls}:{name}' names a kernel variable: declare it first "
                                 f"(__kernel TYPE {name};)", ctx)
            return self.kernel_var(name, ctx, target)
        if cls == "auto":
            self.locals.setdefault(name, UNTYPED)
        elif cls == "thread":
            self.threads.setdefault(name, UNTYPED)
        elif name not in self.declared and name not in self.implicit:
            self._implicit(name, "scalar", ctx)
        var = self.name(name, ctx, target)
        want = {"auto": "local", "thread": "thread", "global": "global"}[cls]
        if not isinstance(var, ir.Var) or var.scope != want:
            raise self.error(f"'{name}' is already a variable of another class", ctx)
        return var

    def index(self, ctx: P.IndexExprContext, target: bool, agg: bool = False) -> ir.Index:
        """`a[k1][k2]` (Vue writes one bracket per key) -> Index('a', [k1, k2])."""
        keys: list[P.ExprContext] = []
        base = ctx
        while isinstance(base, P.IndexExprContext):
            keys.insert(0, base.expr(1))
            base = base.expr(0)
        if not (isinstance(base, P.PrimaryExprContext) and isinstance(base.primary(), P.NameExprContext)):
            raise self.error("only associative arrays can be indexed", ctx)
        name = base.getText()
        if name in self.float_maps and not self.float_ok:
            raise self.float_misuse(f"{name}[...]", ctx)
        kind = self.container(name, base, len(keys), agg)
        if target:
            self.assigned.add(name)
        index = ir.Index(name, self.map_keys(name, keys), loc=self.loc(ctx))
        if kind == "agg" and not agg:
            raise self.error(f"'{name}' holds lists: read them with count(), sum(), min(), max() "
                             "or avg()", ctx)
        return index

    def container(self, name: str, node, nkeys: int, agg: bool) -> str:
        """Check (or create) the global `name` as an associative array (`agg`: of lists)."""
        if name in self.locals or name in self.threads or name in tables.BUILTIN_VARS:
            raise self.error(f"'{name}' is not an associative array (those are always global)", node)
        g = self.global_named(name)
        if g is None:
            g = (self._implicit(name, "agg", node, agg_func="stats") if agg
                 else self._implicit(name, "map", node))
            self.arity[name] = nkeys
        if g.kind == "scalar":
            what = "a string" if self.decl_types.get(name, UNTYPED).is_str else "a scalar"
            raise self.error(f"'{name}' is {what}, not an associative array", node)
        if g.kind == "map" and agg:
            raise self.error(f"'{name}' is an associative array of values, not of lists", node)
        have = self.arity.setdefault(name, nkeys)
        if have != nkeys:
            raise self.error(f"'{name}' is used with {nkeys} key(s) here but {have} at its first use", node)
        return g.kind

    def map_keys(self, name: str, key_ctxs: list) -> list[ir.Expr]:
        """The keys of an element of `name`. Vue fixes each key's type at the array's
        first use: a float/double key (IBM's `var[0]["a"][2.5]`) travels as the bits of
        the double (a number literal or a float variable), a stktrace_t key as its text;
        their kinds tell print() how to show them (vueprint.with_kinds)."""
        known = self.key_kinds.get(name)
        out, kinds = [], []
        for i, k in enumerate(key_ctxs):
            want = known[i] if known is not None and i < len(known) else None
            floaty = self.is_float_ctx(k)
            if want == "f" or (want is None and floaty):
                value = self.float_operand(k)
                if value is None:
                    raise self.error(f"key {i + 1} of '{name}' is a float/double (set at its first "
                                     "use): give a number or a float/double variable", k)
                out.append(value)
                kinds.append("f")
                continue
            if floaty:
                raise self.error(f"key {i + 1} of '{name}' is not a float/double (set at its first "
                                 "use)", k)
            value = self.expr(k)
            kind = "t" if self.is_stack(value) else "-"
            if want is not None and kind != want:
                what = "a stack trace" if want == "t" else "not a stack trace"
                raise self.error(f"key {i + 1} of '{name}' is {what} (set at its first use)", k)
            out.append(value)
            kinds.append(kind)
        if known is None:
            self.key_kinds[name] = kinds
        return out

    def is_float_ctx(self, ctx: P.ExprContext) -> bool:
        """Whether `ctx` is a floating-point literal (`2.5`, `-1.0`) or a float/double variable."""
        if isinstance(ctx, P.PrefixExprContext) and ctx.op.text in ("-", "+"):
            ctx = ctx.expr()
        if isinstance(ctx, P.IndexExprContext):
            base = ctx
            while isinstance(base, P.IndexExprContext):
                base = base.expr(0)
            return base.getText() in self.float_maps
        if not isinstance(ctx, P.PrimaryExprContext):
            return False
        prim = ctx.primary()
        if isinstance(prim, P.FloatLitContext):
            return True
        if isinstance(prim, (P.NameExprContext, P.QualifiedVarContext)):
            name = prim.ID().getText()
            t = self.locals.get(name) or self.threads.get(name) or self.decl_types.get(name)
            return t is not None and t.kind == "float"
        return False

    def lvalue(self, ctx: P.ExprContext) -> Union[ir.Var, ir.Index]:
        """An assignment / ++ / -- target."""
        if isinstance(ctx, P.IndexExprContext):
            return self.index(ctx, target=True)
        if isinstance(ctx, P.PrimaryExprContext):
            prim = ctx.primary()
            if isinstance(prim, P.NameExprContext):
                return self.name(prim.getText(), prim, target=True)
            if isinstance(prim, P.QualifiedVarContext):
                return self.qualified(prim, target=True)
            if isinstance(prim, P.ParenExprContext):
                return self.lvalue(prim.expr())
        if isinstance(ctx, P.MemberExprContext) and ctx.op.text == ".":
            member = self.struct_member(ctx)  # a struct variable's member is a variable
            if isinstance(member, ir.Var):
                return member
        raise self.error("this expression cannot be assigned to", ctx)

    # ------------------------------------------------------------ operators

    def _x_IndexExpr(self, ctx: P.IndexExprContext) -> ir.Expr:
        return self.index(ctx, target=False)

    def _x_MemberExpr(self, ctx: P.MemberExprContext) -> ir.Expr:
        value = self.struct_member(ctx)
        if value is not None:
            return value
        base, member = ctx.expr().getText(), ctx.ID().getText()
        if base == "__sigsendinfo":
            if self.events != {"sendsig"}:
                raise self.error("__sigsendinfo is available only in a @@sysproc:sendsig clause", ctx)
            if member not in sysproc.SIGSEND_MEMBERS:
                raise self.error(f"__sigsendinfo->{member} is not supported (xtrace has "
                                 f"{', '.join(sysproc.SIGSEND_MEMBERS)})", ctx)
            return ir.ProbeArg(sysproc.SIGSEND_MEMBERS[member], loc=self.loc(ctx))
        managed = self.manager_member(base, member, ctx)
        if managed is not None:
            return managed
        builtin = tables.BUILTIN_MEMBERS.get((base, member))
        at = self.loc(ctx)
        if (base, member) == tables.PGID_MEMBER:
            return pgid(at)
        if builtin is not None:
            return ir.Builtin(builtin, loc=at)
        if (base, member) in tables.TASK_MEMBERS or (base, member) == ("__curproc", "nice"):
            if self.point_kinds & {"begin", "end", "timer"} and not self.profiling:
                # IBM: not in BEGIN/END, in interval probes only with a PID
                raise self.error(f"{base} cannot be used in @@BEGIN, @@END or @@interval clauses", ctx)
        if (base, member) in tables.TASK_MEMBERS:
            e: ir.Expr = ir.Builtin("curthread", loc=at)
            for step in tables.TASK_MEMBERS[(base, member)]:
                e = ir.KernelMember(e, step, loc=at)
            return e
        if (base, member) == ("__curproc", "nice"):
            prio = ir.KernelMember(ir.Builtin("curthread", loc=at), ["static_prio"], loc=at)
            return ir.Binary("-", prio, ir.IntLit(tables.NICE_BASE, loc=at), loc=at)
        if (base, member) in tables.TASK_MEMBERS_REFUSED:
            raise self.error(f"{base}->{member} is not supported: "
                             f"{tables.TASK_MEMBERS_REFUSED[(base, member)]}", ctx)
        if _ARG.match(base) or base == "__rv":
            raise self.error(f"'{base}' has no struct type here: declare the probed function's "
                             f"prototype with a struct pointer parameter (int f(struct foo *);)", ctx)
        raise self.error(f"member access '{ctx.getText()}': '{base}' is not a struct, nor a "
                         "pointer to one", ctx)

    def manager_member(self, base: str, member: str, ctx) -> Optional[ir.Expr]:
        """`__iobuf->bcount`, `__diskinfo->name`, `__proto_info->local_port`: the io and net
        managers' built-ins, read from the clause's tracepoint (None: not one of those)."""
        tables_of = {"__iobuf": ("io", iomgr.IOBUF, iomgr.IOBUF_NEAREST),
                     "__diskinfo": ("io", iomgr.DISKINFO, iomgr.DISKINFO_NEAREST),
                     "__proto_info": ("net", netmgr.PROTO_INFO, netmgr.PROTO_INFO_NEAREST)}
        if base in iomgr.NEAREST_BUILTIN:
            raise self.error(f"'{base}' (AIX I/O stack state) has no Linux equivalent in xtrace"
                             f"{_nearest(iomgr.NEAREST_BUILTIN[base])}", ctx)
        if base not in tables_of:
            return None
        manager, known, nearest = tables_of[base]
        events = {e.split(":", 1)[1] if e and e.startswith(manager + ":") else None
                  for e in self.manager_events}
        if None in events:
            raise self.error(f"{base} is available only in a clause whose probes are all "
                             f"@@{manager} probes", ctx)
        if member in nearest:
            raise self.error(f"{base}->{member} has no Linux equivalent in xtrace"
                             f"{_nearest(nearest[member])}", ctx)
        if member not in known:
            raise self.error(f"{base}->{member} is not supported (xtrace has "
                             f"{', '.join(known)})", ctx)
        at = self.loc(ctx)
        values = [known[member](ev, at) for ev in sorted(events)]
        if any(v != values[0] for v in values[1:]):
            raise self.error(f"{base}->{member} is read differently at {' and '.join(sorted(events))}: "
                             "put those probes in separate clauses", ctx)
        return values[0]

    def _x_PostfixExpr(self, ctx: P.PostfixExprContext) -> ir.Expr:
        return self.incdec(self.lvalue(ctx.expr()), ctx.op.text, False, self.loc(ctx))

    def incdec(self, target: Union[ir.Var, ir.Index], op: str, prefix: bool, loc: Loc) -> ir.Expr:
        """`x++` / `++x`. IR integers are 64-bit, so on a variable declared narrower
        (char, short, int) it becomes `x = narrow(x + 1)`, wrapping as C does; the
        postfix value is the old one, `narrow(new - 1)` (equal to it even across the wrap)."""
        if self.is_stack(target):
            raise XtraceError(f"'{op}' on a stack trace: a stktrace_t value can only be assigned, "
                              "compared with == or != and printed with printf's %t or %T", loc, self.source)
        narrow = self.narrow_type(target)
        if narrow is None:
            return ir.IncDec(target, op, prefix=prefix, loc=loc)
        one = ir.IntLit(1, loc=loc)
        new = self.narrow(ir.Binary(op[0], copy.deepcopy(target), one, loc=loc), narrow, loc)
        assign = ir.Assign(target, "=", new, loc=loc)
        if prefix:
            return assign
        back = "-" if op == "++" else "+"
        return self.narrow(ir.Binary(back, assign, ir.IntLit(1, loc=loc), loc=loc), narrow, loc)

    def _x_PrefixExpr(self, ctx: P.PrefixExprContext) -> ir.Expr:
        op = ctx.op.text
        if op in ("++", "--"):
            return self.incdec(self.lvalue(ctx.expr()), op, True, self.loc(ctx))
        if op == "*":
            return self.deref(ctx)
        if op == "&":
            raise self.error("taking an address ('&') is not supported (Vue has no pointers to "
                             "script variables)", ctx)
        operand = self.expr(ctx.expr())
        if self.is_stack(operand):
            raise self.stack_misuse(f"'{op}' on a stack trace", ctx)
        if op == "-" and isinstance(ctx.expr(), P.PrimaryExprContext) \
                and isinstance(ctx.expr().primary(), P.IntLitContext):
            return negated_literal(operand.value, self.loc(ctx))  # `-5` is a literal, as in D and stap
        return ir.Unary(op, operand, loc=self.loc(ctx))

    def _x_SizeofTypeExpr(self, ctx: P.SizeofTypeExprContext) -> ir.Expr:
        t = self.type_name(ctx.typeName())
        if t.size is None:
            raise self.error("sizeof works on C types only", ctx)
        return ir.IntLit(t.size, loc=self.loc(ctx))

    def _x_SizeofExpr(self, ctx: P.SizeofExprContext) -> ir.Expr:
        name = ctx.expr().getText().strip("()")
        ref = self.struct_var(name)
        if ref is not None:
            return ir.IntLit(ref.ctype.size, loc=self.loc(ctx))
        t = self.locals.get(name) or self.threads.get(name) or self.decl_types.get(name)
        if t is None or t.size is None:
            raise self.error("sizeof needs a C integer type or a variable declared with one", ctx)
        return ir.IntLit(t.size, loc=self.loc(ctx))

    def type_name(self, ctx: P.TypeNameContext) -> DeclType:
        return self.decl_of(ctx.typeSpec(), len(ctx.STAR()), ctx)

    def _x_CastExpr(self, ctx: P.CastExprContext) -> ir.Expr:
        """IR integers are 64-bit: a narrower cast is an IR Cast (C's conversion),
        kept even where a constant's value does not change (`(int)-1`, as D's
        lowering keeps it). A 64-bit cast converts nothing in the IR, but of a C int
        (a constant, a narrower cast) it is the widening C does, which it keeps too:
        `(long long)(int)-1`, `(unsigned long long)-1`."""
        t = self.type_name(ctx.typeName())
        value = self.expr(ctx.expr())
        if t.kind == "stack" or self.is_stack(value):
            raise self.error("no cast is allowed to or from stktrace_t", ctx)
        if t.kind != "int":
            raise self.error("casts are supported to C integer types only", ctx)
        loc = self.loc(ctx)
        if t.type.bits >= 64 and not _c_int(value):
            return value
        value = self.narrow(value, t.type, loc)
        if isinstance(value, ir.Cast) and (value.to.bits, value.to.signed) == (t.type.bits, t.type.signed):
            return value
        return ir.Cast(Type("int", t.type.bits, t.type.signed), value, loc=loc)

    @staticmethod
    def narrow(value: ir.Expr, t, loc: Loc) -> ir.Expr:
        """`value` converted to the C integer type `t` (wrapped to its width, sign-extended)."""
        return convert(value, t, loc)

    def _x_BinaryExpr(self, ctx: P.BinaryExprContext) -> ir.Expr:
        lhs, rhs = self.expr(ctx.expr(0)), self.expr(ctx.expr(1))
        op = ctx.op.text
        if self.is_stack(lhs) or self.is_stack(rhs):
            if op not in ("==", "!=") or not (self.is_stack(lhs) and self.is_stack(rhs)):
                raise self.stack_misuse(f"'{op}' with a stack trace", ctx)
            return ir.Binary(op, lhs, rhs, loc=self.loc(ctx))  # equal when every entry is
        if op == "+" and (is_str(lhs, self.env) or is_str(rhs, self.env)):
            op = "."  # Vue concatenates strings with '+'
        else:
            lhs, rhs = self.pointer_arith(ctx, lhs, rhs)
        return ir.Binary(op, lhs, rhs, loc=self.loc(ctx))

    def _x_TernaryExpr(self, ctx: P.TernaryExprContext) -> ir.Expr:
        e = ir.Ternary(self.expr(ctx.expr(0)), self.expr(ctx.expr(1)), self.expr(ctx.expr(2)),
                       loc=self.loc(ctx))
        if self.syscall_exit and is_raw_rv(e):
            return ir.Builtin("retval", loc=e.loc)  # Linux's own value, as the printer spells it
        return e

    # ------------------------------------------------------------ float / double

    # Vue has float and double variables; kernel code may not use the FPU (its
    # registers belong to the interrupted task), so xtrace carries a float value
    # as the 64 bits of an IEEE-754 double in an integer, computed here at compile
    # time, and the driver formats printf's %e %f %g of it from those bits in user
    # space. Values can be assigned (literals, other float variables) and printed;
    # arithmetic and comparisons on them are refused.
    float_ok: bool = False

    def float_misuse(self, name: str, node) -> XtraceError:
        if name.endswith("[...]"):
            return self.error(f"'{name[:-5]}' holds float/double values: xtrace can assign them and "
                              "print them with printf's %e, %f or %g (or print()), not compute with "
                              "them (kernel code cannot use the FPU)", node)
        return self.error(f"'{name}' is a float/double variable: xtrace can assign it and print it "
                          "with printf's %e, %f or %g, not compute with it (kernel code cannot use "
                          "the FPU)", node)

    def is_float_var(self, e: ir.Expr) -> bool:
        """Whether `e` is a variable declared float or double."""
        if isinstance(e, ir.Index):
            return e.map in self.float_maps
        if not isinstance(e, ir.Var):
            return False
        table = {"local": self.locals, "thread": self.threads}.get(e.scope, self.decl_types)
        return table.get(e.name, UNTYPED).kind == "float"

    def float_operand(self, ctx: P.ExprContext) -> Optional[ir.Expr]:
        """`ctx` lowered where a float value may stand (an assignment's value, a printf
        argument): a float variable as itself, a number literal (`1.5`, `-2`, `3`) as the
        bits of the double; None when `ctx` is neither."""
        neg = False
        inner = ctx
        if isinstance(inner, P.PrefixExprContext) and inner.op.text in ("-", "+"):
            neg, inner = inner.op.text == "-", inner.expr()
        if isinstance(inner, P.IndexExprContext) and not neg:
            return self._float_var(ctx)
        if isinstance(inner, P.PrimaryExprContext):
            prim = inner.primary()
            if isinstance(prim, (P.FloatLitContext, P.IntLitContext)):
                text = prim.getText()
                try:
                    value = float(text.rstrip("fFlL")) if isinstance(prim, P.FloatLitContext) \
                        else float(parse_int(text))
                except ValueError:
                    raise self.error(f"malformed number '{text}'", prim) from None
                except OverflowError:  # an integer past any double (a float is ~1.8e308 at most)
                    raise self.error(f"integer constant '{text}' is too large for a float", prim) from None
                # double_bits(): the bits of a double are no integer, which a translation
                # must not mistake for one (printers refuse it; in C the bits as they are)
                at = self.loc(ctx)
                return ir.Call("double_bits", [ir.IntLit(float_bits(-value if neg else value), loc=at)],
                               loc=at)
            if isinstance(prim, (P.NameExprContext, P.QualifiedVarContext)) and not neg:
                return self._float_var(ctx)
        return None

    def _float_var(self, ctx: P.ExprContext) -> Optional[ir.Expr]:
        """`ctx` (a variable or an array element) lowered where a float may stand: the
        float variable, or None when it holds no float."""
        self.float_ok = True
        try:
            e = self.expr(ctx)
        finally:
            self.float_ok = False
        return e if self.is_float_var(e) else None

    def _x_AssignExpr(self, ctx: P.AssignExprContext) -> ir.Expr:
        self.float_ok = True
        try:
            target = self.lvalue(ctx.expr(0))
        finally:
            self.float_ok = False
        if (isinstance(target, ir.Index) and target.map not in self.env.maps
                and target.map not in self.float_maps and self.is_float_ctx(ctx.expr(1))):
            # an array's first value sets its value type (IBM: values may be floating point)
            self.float_maps.add(target.map)
            self.env.maps[target.map] = False
        if self.is_float_var(target):
            what = target.name if isinstance(target, ir.Var) else f"{target.map}[...]"
            if ctx.op.text != "=":
                raise self.float_misuse(what, ctx)
            value = self.float_operand(ctx.expr(1))
            if value is None:
                raise self.error(f"'{what}' is a float/double variable: only a number or "
                                 "another float/double variable can be assigned to it", ctx.expr(1))
            return ir.Assign(target, "=", value, loc=self.loc(ctx))
        return self._assign(ctx)

    def _assign(self, ctx: P.AssignExprContext) -> ir.Expr:
        if self.is_call(ctx.expr(1), "list"):
            raise self.error("'x = list()' is a statement (it empties a list), not a value", ctx)
        target = self.lvalue(ctx.expr(0))
        value = self.expr(ctx.expr(1))
        op = ctx.op.text
        if self.is_stack(value) or self.is_stack(target):
            return self.assign_stack(ctx, target, value)
        if op == "=":
            self.env.learn(target, value)
        elif op == "+=" and (is_str(target, self.env) or is_str(value, self.env)):
            op = ".="
        loc = self.loc(ctx)
        narrow = self.narrow_type(target)
        if narrow is not None and is_str(value, self.env):
            raise self.error(f"'{target.name}' is an integer variable: a string cannot be assigned to it",
                             ctx)
        if narrow is not None and op != ".=":
            # IR integers are 64-bit: a C int/short/char variable wraps as it does in C.
            if op != "=":
                value = ir.Binary(op[:-1], copy.deepcopy(target), value, loc=loc)
            value, op = self.narrow(value, narrow, loc), "="
        return ir.Assign(target, op, value, loc=loc)

    def assign_stack(self, ctx: P.AssignExprContext, target: Union[ir.Var, ir.Index],
                     value: ir.Expr) -> ir.Expr:
        """`st = get_stktrace(5)`, `t2 = t1`, `a[k] = st`: an undeclared global or an
        associative array takes the stack type at its first assignment, as Vue types them."""
        if ctx.op.text != "=":
            raise self.stack_misuse(f"'{ctx.op.text}' on a stack trace", ctx)
        if not self.is_stack(value):
            raise self.error(f"'{ctx.expr(0).getText()}' is a stktrace_t: only get_stktrace() or "
                             "another stktrace_t value can be assigned to it", ctx.expr(1))
        if not self.is_stack(target):
            table = self.env.table(target)
            name = target.map if isinstance(target, ir.Index) else getattr(target, "name", None)
            learnable = (isinstance(target, ir.Index) or (isinstance(target, ir.Var) and target.scope
                         == "global" and name in self.implicit))
            if not learnable or table is None or name in table:
                where = ("stktrace_t variables are global (ProbeVue allows no auto or thread "
                         "qualifier on them)" if isinstance(target, ir.Var) and target.scope != "global"
                         else "declare it 'stktrace_t NAME;'")
                raise self.error(f"'{ctx.expr(0).getText()}' is not a stktrace_t variable: a stack "
                                 f"trace cannot be assigned to it ({where})", ctx)
            (self.stack_maps if isinstance(target, ir.Index) else self.stack_globals).add(name)
            table[name] = True
        return ir.Assign(target, "=", value, loc=self.loc(ctx))

    def narrow_type(self, target: Union[ir.Var, ir.Index]):
        """The IR type of a variable declared with a C integer type narrower than 64 bits
        (a `__kernel` one too: its read is converted to the declared type)."""
        if (isinstance(target, ir.Cast) and isinstance(target.operand, ir.Call)
                and target.operand.name == "kernel_read_int"
                and isinstance(target.operand.args[0], ir.Call) and target.operand.args[0].name == "ksym_addr"):
            return target.to
        if not isinstance(target, ir.Var):
            return None
        table = {"local": self.locals, "thread": self.threads}.get(target.scope, self.decl_types)
        t = table.get(target.name)
        if t is None or t.kind != "int" or t.type is None or t.type.bits >= 64:
            return None
        return t.type

    # ------------------------------------------------------------ stktrace_t

    # IBM's stack trace type: get_stktrace() kept in a variable or an associative
    # array (key or value), assigned, compared with == and != only, printed with
    # printf's %t / %T. In the IR it is a string (runtime/xt_vstack.h's text), so
    # the string machinery stores, copies and compares it; these checks keep
    # everything else (arithmetic, casts, other comparisons) away from it.
    stack_globals: set[str]
    stack_maps: set[str]
    float_maps: set[str]  # associative arrays of float/double values
    key_kinds: dict[str, list[str]]

    def is_stack(self, e: ir.Expr) -> bool:
        """Whether `e` is a stktrace_t value."""
        if isinstance(e, ir.Call):
            return e.name == "vue_stktrace"
        if isinstance(e, ir.Var) and e.scope == "global":
            return self.decl_types.get(e.name, UNTYPED).kind == "stack" or e.name in self.stack_globals
        if isinstance(e, ir.Index):
            return e.map in self.stack_maps
        if isinstance(e, ir.Assign):
            return self.is_stack(e.target)
        return False

    def stack_misuse(self, what: str, node) -> XtraceError:
        return self.error(f"{what}: a stktrace_t value can only be assigned, compared with == or != "
                          "and printed with printf's %t or %T", node)

    def get_stktrace(self, ctx: P.CallExprContext) -> ir.Expr:
        """get_stktrace(LEVELS) as a value: -1 (or no argument) for every frame."""
        args = ctx.expr()
        if len(args) > 1:
            raise self.error("get_stktrace() takes one argument, the number of levels (-1: all)", ctx)
        levels = args[0].getText() if args else "-1"
        if levels != "-1" and not (levels.isdigit() and int(levels) > 0):
            raise self.error("get_stktrace() takes -1 (every frame) or a positive number of frames",
                             args[0])
        loc = self.loc(ctx)
        return ir.Call("vue_stktrace", [constant_int(int(levels), loc)], loc=loc)

    # ------------------------------------------------------------ calls

    @staticmethod
    def is_call(ctx: P.ExprContext, name: Optional[str] = None) -> bool:
        """Whether `ctx` is a call (of `name`)."""
        if not isinstance(ctx, P.PrimaryExprContext) or not isinstance(ctx.primary(), P.CallExprContext):
            return False
        return name is None or ctx.primary().ID().getText() == name

    def call_value(self, ctx: P.CallExprContext) -> ir.Expr:
        """A Vue function used for its value."""
        fname, args, loc = ctx.ID().getText(), ctx.expr(), self.loc(ctx)
        if fname in tables.BUILTIN_FUNCS:
            self.arity_check(ctx, 0)
            return ir.Builtin(tables.BUILTIN_FUNCS[fname], loc=loc)
        if fname == "get_location_point":
            self.arity_check(ctx, 0)
            return self.location_point(ctx)
        if fname == "get_stktrace":
            return self.get_stktrace(ctx)
        if fname in ("get_userstring", "get_kstring"):
            self.arity_check(ctx, 2)
            length = self.expr(args[1])
            name = "user_string" if fname == "get_userstring" else "kernel_string"
            # a char array member stands for its address here, as in C
            addr = self.array_address(args[0]) or self.expr(args[0])
            if ir.int_constant(length) == -1:
                return ir.Call(name, [addr], loc=loc)  # -1: up to the NUL
            # at most `length` bytes, stopping at a NUL (the IR's explicit-length read)
            return ir.Call(name, [addr, length], loc=loc)
        if fname in tables.FD_FUNCS:
            # the current process's descriptor, as D's fds[fd] reads it (runtime/xt_kinfo.h)
            self.arity_check(ctx, 1)
            file = ir.Call("fd_file", [ir.Builtin("curthread", loc=loc), self.expr(args[0])], loc=loc)
            return ir.Call("fileinfo_str", [file, ir.IntLit(0, loc=loc),
                                            ir.IntLit(tables.FD_FUNCS[fname], loc=loc)], loc=loc)
        if fname in tables.STRING_FUNCS:
            ir_name = tables.STRING_FUNCS[fname]
            self.arity_check(ctx, len(FUNCTIONS[ir_name][0]))
            return ir.Call(ir_name, [self.expr(a) for a in args], loc=loc)
        if fname == "diff_time":
            return self.diff_time(ctx)
        if fname in tables.LIST_READ_FUNCS:
            self.arity_check(ctx, 1)
            agg, keys = self.agg_ref(args[0])
            return ir.AggRead(agg, keys, fname, loc=loc)
        if fname == "list":
            raise self.error("list() can only be assigned to a list variable: 'l = list();'", ctx)
        if fname in STATEMENT_FUNCS:
            raise self.error(f"{fname}() has no value; use it as a statement", ctx)
        if fname in tables.UNSUPPORTED_FUNCS:
            raise self.error(f"{fname}() ({tables.UNSUPPORTED_FUNCS[fname]}) is not supported yet", ctx)
        raise self.error(f"unknown function '{fname}'", ctx)

    def location_point(self, ctx: P.CallExprContext) -> ir.Expr:
        """get_location_point(): FUNCTION_ENTRY (0) at an entry probe, FUNCTION_EXIT (-1) at
        an exit probe; xtrace probes no offsets inside a function, so nothing else."""
        kinds = {p.kind for p in self.clause_points}
        if not kinds <= {"syscall", "ufunc"}:
            raise self.error("get_location_point() is available in @@syscall, @@syscallx and @@uft "
                             "clauses only (probes of a function's entry or exit)", ctx)
        exits = {p.is_return for p in self.clause_points}
        if len(exits) != 1:
            raise self.error("get_location_point() in a clause of both entry and exit probes is not "
                             "supported: write one clause for the entries and one for the exits", ctx)
        return constant("FUNCTION_EXIT" if exits.pop() else "FUNCTION_ENTRY", self.loc(ctx))

    def arity_check(self, ctx: P.CallExprContext, n: int) -> None:
        got = len(ctx.expr())
        if got != n:
            fname = ctx.ID().getText()
            raise self.error(f"{fname}() takes {n} argument{'s' if n != 1 else ''}, not {got}", ctx)

    def diff_time(self, ctx: P.CallExprContext) -> ir.Expr:
        """diff_time(t1, t2, UNIT) = (t2 - t1) in UNIT; IR timestamps are nanoseconds."""
        self.arity_check(ctx, 3)
        a, b, unit = ctx.expr()
        unit_name = unit.getText()
        if unit_name not in tables.DIFF_TIME_UNITS:
            raise self.error("diff_time() takes MICROSECONDS or MILLISECONDS as its unit", unit)
        loc = self.loc(ctx)
        delta = ir.Binary("-", self.expr(b), self.expr(a), loc=loc)
        return ir.Binary("/", delta, ir.IntLit(tables.DIFF_TIME_UNITS[unit_name], loc=loc), loc=loc)

    def agg_ref(self, ctx: P.ExprContext) -> tuple[str, list[ir.Expr]]:
        """A Vue list (`l`) or a list in an associative array (`a[k]`): (name, keys)."""
        if isinstance(ctx, P.IndexExprContext):
            index = self.index(ctx, target=False, agg=True)
            return index.map, index.keys
        if isinstance(ctx, P.PrimaryExprContext) and isinstance(ctx.primary(), P.NameExprContext):
            name = ctx.getText()
            self.container(name, ctx, 0, agg=True)
            return name, []
        raise self.error("expected a list variable or a list in an associative array", ctx)


def constant_int(value: int, loc: Loc) -> ir.Expr:
    """An integer constant as the IR its literal lowers to (a negative one as `-N` does)."""
    if value < 0:
        return negated_literal(-value, loc)
    return ir.IntLit(value, loc=loc)


def _nearest(text: str) -> str:
    """The tail of a 'no Linux equivalent' message: the nearest Linux fact, or why none."""
    if text.startswith("none"):
        return ": " + text[len("none"):].lstrip(": ")
    return "; the nearest is " + text


def float_bits(value: float) -> int:
    """The IEEE-754 double `value` as a signed 64-bit integer (how xtrace carries floats)."""
    return struct.unpack("<q", struct.pack("<d", value))[0]


def _c_int(e: ir.Expr) -> bool:
    """Whether C would type `e` an int or narrower: a constant in int's range (or
    its negation or complement), or a value cast to fewer than 64 bits."""
    if isinstance(e, ir.Unary) and e.op in ("-", "~"):
        return _c_int(e.operand)
    if isinstance(e, ir.IntLit):
        return -(1 << 31) <= e.value < (1 << 31)
    return isinstance(e, ir.Cast) and e.to.bits < 64
